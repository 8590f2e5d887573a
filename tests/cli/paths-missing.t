# A path that does not exist is a usage error.
$ np lint --root tests/fixtures/scaffold tests/fixtures/scaffold/nope.md
--- stdout
--- stderr
np: no such file or folder: 'tests/fixtures/scaffold/nope.md'
--- exit 2
