# --check without expect: in np.yaml is a usage error.
$ np stats --root tests/fixtures/scaffold --check
--- stdout
--- stderr
np: --check: tests/fixtures/scaffold/np.yaml declares no figures to check; add expect: {notes: N, modules: N, parts: N}
--- exit 2
