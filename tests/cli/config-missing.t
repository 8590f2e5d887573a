# A root without np.yaml: configuration error, exit 2.
$ np lint --root tests/fixtures
--- stdout
--- stderr
tests/fixtures/np.yaml: error: no np.yaml in 'tests/fixtures': not a curriculum root [config]
  hint: pass the curriculum folder with --root, or create np.yaml there (see docs/curriculum.md)
np: configuration error; nothing was checked
--- exit 2
