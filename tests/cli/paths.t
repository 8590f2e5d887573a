# With PATHS only those files are reported (as pre-commit passes them); a path outside the root is ignored.
$ np lint --root tests/fixtures/cli/broken tests/fixtures/cli/broken/01-part/01-module/crlf.md README.md
--- stdout
--- stderr
np: no such file: 'README.md'
--- exit 2
