# np.yaml export.NAME.command runs a program: np.yaml is code for exporters (docs/security.md).
# --no-configured-commands, or NP_NO_CONFIGURED_COMMANDS=1, refuses such commands (exit 2, nothing
# run) for CI on changes nobody has reviewed; built-in exporters and plugins on PATH still run.
$ unset NP_NO_CONFIGURED_COMMANDS; rm -rf $TMP/book $TMP/out*; cp -r tests/fixtures/export/book $TMP/book; printf '  configured:\n    command: [%s/np-export-files]\n' $ROOT_PLUGINS >> $TMP/book/np.yaml; np export configured --root $TMP/book -o $TMP/out1; echo "exit $?"; ls $TMP/out1; np export configured --no-configured-commands --root $TMP/book -o $TMP/out2; echo "exit $?"; NP_NO_CONFIGURED_COMMANDS=1 np export configured --root $TMP/book -o $TMP/out3; echo "exit $?"; ls -d $TMP/out2 $TMP/out3 2>/dev/null || echo "nothing ran"; NP_NO_CONFIGURED_COMMANDS=1 np export json --root $TMP/book -o $TMP/out4.json; echo "exit $?"; PATH=$ROOT_PLUGINS:$PATH NP_NO_CONFIGURED_COMMANDS=1 np export files --root $TMP/book -o $TMP/out5; echo "exit $?"
--- stdout
exit 0
context.json
exit 2
exit 2
nothing ran
exit 0
exit 0
--- stderr
np: wrote $TMP/out1 (the whole curriculum, 3 notes)
np: np.yaml export.configured.command would run '$ROOT/tests/fixtures/export/plugins/np-export-files': commands configured in np.yaml are refused here (--no-configured-commands); np.yaml is code for exporters, see docs/security.md
np: np.yaml export.configured.command would run '$ROOT/tests/fixtures/export/plugins/np-export-files': commands configured in np.yaml are refused here (NP_NO_CONFIGURED_COMMANDS is set); np.yaml is code for exporters, see docs/security.md
np: wrote $TMP/out4.json (the whole curriculum, 3 notes)
np: wrote $TMP/out5 (the whole curriculum, 3 notes)
--- exit 0
