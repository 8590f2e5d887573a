# An unknown flag: usage error, exit 2.
$ np lint --frobnicate
--- stdout
--- stderr
The following argument was not expected: --frobnicate
Run with --help for more information.
--- exit 2
