# With PATHS only those files are reported (and what changes to them broke); a path outside the root is a usage error naming it.
$ np lint --root tests/fixtures/cli/broken tests/fixtures/cli/broken/01-part/01-module/crlf.md README.md
--- stdout
--- stderr
np: 'README.md' is outside the curriculum root 'tests/fixtures/cli/broken'; pass --root to use another curriculum
--- exit 2
