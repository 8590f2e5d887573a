# An unknown --focus id is a usage error, with the closest id.
$ np graph --root tests/fixtures/graph/curriculum --focus hesians
--- stdout
--- stderr
np: no note with id 'hesians'; did you mean 'hessians'?
--- exit 2
