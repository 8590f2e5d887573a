# A destination that is a folder: a clear error, exit 2, nothing written.
$ mkdir -p $TMP/adir/book.json && np export json --root tests/fixtures/export/book --out $TMP/adir/book.json
--- stdout
--- stderr
$TMP/adir/book.json: error: cannot replace '$TMP/adir/book.json': Is a directory [export-output]
np: export json failed; $TMP/adir/book.json was not changed
--- exit 2
