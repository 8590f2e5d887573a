# A write that fails part way (here the file-size limit, EFBIG, standing in for a full disk, ENOSPC,
# which takes the same path): exit 2, the previous output untouched, no temporary file left.
$ printf OLD > $TMP/book.epub && (trap '' XFSZ; ulimit -f 4; np export epub --root tests/fixtures/export/book -o $TMP/book.epub); echo "exit $?"; cat $TMP/book.epub; echo; ls -A $TMP | grep book
--- stdout
exit 2
OLD
book.epub
--- stderr
$TMP/book.epub: error: cannot write '$TMP/book.epub': File too large [export-output]
np: export epub failed; $TMP/book.epub was not changed
--- exit 0
