# A plugin that never exits is stopped at --timeout; nothing is left behind.
$ PATH=$ROOT_PLUGINS:$PATH np export hang --root tests/fixtures/export/book --out $TMP/hang --timeout 1
--- stdout
--- stderr
np-export-hang: error: '$ROOT/tests/fixtures/export/plugins/np-export-hang' did not finish within 1 second and was stopped [export-plugin]
np: export hang failed; $TMP/hang was not changed
--- exit 2
