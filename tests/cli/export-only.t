# --only exports one module; a name that matches nothing is a usage error.
$ np export json --root tests/fixtures/export/book --only 03 --out $TMP/m.json; np export json --root tests/fixtures/export/book --only nope --out $TMP/x.json
--- stdout
--- stderr
np: wrote $TMP/m.json (module 03 Models, 1 note)
np: --only 'nope' names no part, module or note (use a part folder or title, a module number or folder, or a note id)
--- exit 2
