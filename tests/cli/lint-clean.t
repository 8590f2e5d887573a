# A clean curriculum: a summary line and exit 0.
$ np lint --root tests/fixtures/scaffold
--- stdout
no problems in 3 files
--- exit 0
