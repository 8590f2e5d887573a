# --stdin without --stdin-filename is a usage error.
$ np lint --root tests/fixtures/scaffold --stdin
--- stdout
--- stderr
np: --stdin needs --stdin-filename PATH
--- exit 2
