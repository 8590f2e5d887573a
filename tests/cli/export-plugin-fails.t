# A plugin writes into a fresh hidden folder that replaces the destination only when it succeeds:
# one that fails half way leaves the previous output as it was (so "was not changed" is true), and
# nothing beside it.
$ rm -rf $TMP/out; mkdir -p $TMP/out; PATH=$ROOT_PLUGINS:$PATH np export flaky --root tests/fixtures/export/book -o $TMP/out/book; echo "exit $?"; FLAKY=fail PATH=$ROOT_PLUGINS:$PATH np export flaky --root tests/fixtures/export/book -o $TMP/out/book; echo "exit $?"; cat $TMP/out/book/book.txt; ls -A $TMP/out $TMP/out/book
--- stdout
exit 0
exit 2
the whole book
$TMP/out:
book

$TMP/out/book:
.np-export-flaky
book.txt
--- stderr
np: wrote $TMP/out/book (the whole curriculum, 3 notes)
np-export-flaky: warning: says: ran out of ink [export-plugin]
np-export-flaky: error: '$ROOT/tests/fixtures/export/plugins/np-export-flaky' failed with exit code 1 [export-plugin]
np: export flaky failed; $TMP/out/book was not changed
--- exit 0
