# A destination that is a folder: a clear error, exit 2, nothing written.
$ mkdir -p $TMP/adir/book.json && np export json --root tests/fixtures/export/book --out $TMP/adir/book.json
--- stdout
--- stderr
$TMP/adir/book.json: error: cannot write '$TMP/adir/book.json': it is a folder; np replaces only a regular file, and writes only to a FIFO or a character device [export-output]
np: export json failed; $TMP/adir/book.json was not changed
--- exit 2
