# np export json writes the manifest atomically and says what it wrote.
$ np export json --root tests/fixtures/export/book --out $TMP/book.json && head -c 120 $TMP/book.json && ls -A $TMP
--- stdout
{
  "book": {
    "author": "np tests",
    "description": "A small curriculum that every exporter is tested on.",
    "book.json
stderr
stdin
stdout
--- stderr
np: wrote $TMP/book.json (the whole curriculum, 3 notes)
--- exit 0
