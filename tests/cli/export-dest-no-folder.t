# A destination whose folder does not exist, or is a file: a clear error naming the folder, exit 2,
# nothing written (np does not create folders for a file output, as a shell redirection would not).
$ touch $TMP/afile; np export json --root tests/fixtures/export/book -o $TMP/nosuch/book.json; echo "exit $?"; np export epub --root tests/fixtures/export/book -o $TMP/afile/book.epub; echo "exit $?"; np export latex --root tests/fixtures/export/book -o $TMP/afile/book; echo "exit $?"; ls -A $TMP | grep -v "^std"
--- stdout
exit 2
exit 2
exit 2
afile
--- stderr
$TMP/nosuch/book.json: error: cannot write '$TMP/nosuch/book.json': the folder '$TMP/nosuch' does not exist [export-output]
np: export json failed; $TMP/nosuch/book.json was not changed
$TMP/afile/book.epub: error: cannot write '$TMP/afile/book.epub': '$TMP/afile' is not a folder [export-output]
np: export epub failed; $TMP/afile/book.epub was not changed
$TMP/afile/book: error: cannot write '$TMP/afile/book': '$TMP/afile' is not a folder [export-output]
np: export latex failed; $TMP/afile/book was not changed
--- exit 0
