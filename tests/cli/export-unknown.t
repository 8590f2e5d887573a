# An exporter that is neither built in nor found on PATH nor in np.yaml.
$ np export nosuch --root tests/fixtures/export/book
--- stdout
--- stderr
np: no exporter 'nosuch': not built in (epub, json, latex, site), no np-export-nosuch on PATH, no export.nosuch.command in np.yaml
--- exit 2
