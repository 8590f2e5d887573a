# A prefix of a rule id is one edit from it.
$ np explain export-out
--- stdout
--- stderr
np: unknown rule 'export-out'; did you mean 'export-output'?
--- exit 2
