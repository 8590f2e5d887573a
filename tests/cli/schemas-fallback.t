# A curriculum copied without the schema folder its np.yaml names still lints, with the built-in
# schemas, and np says which it uses.
$ np stats --root tests/fixtures/cli/verdict --format csv >/dev/null
--- stdout
--- stderr
np: note: tests/fixtures/cli/verdict/np.yaml:6:10: schemas: '../no-such-schema-folder' names a folder that does not exist here; using the schemas built into np
--- exit 0
