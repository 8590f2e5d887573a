# Without -o the export goes under build/ in the current folder, which np creates.
$ R="$PWD/tests/fixtures/cli/verdict"; cd "$TMP" && rm -rf build && np export json --root "$R" 2>&1 | sed "s#$R#ROOT#"; ls build
--- stdout
np: note: ROOT/np.yaml:6:10: schemas: '../no-such-schema-folder' names a folder that does not exist here; using the schemas built into np
np: wrote build/verdict-fixture.json (the whole curriculum, drafts excluded (1 left out), 1 note)
verdict-fixture.json
--- exit 0
