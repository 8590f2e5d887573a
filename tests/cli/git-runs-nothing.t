# Every git call np makes switches off what a repository's configuration could make git run
# (fsmonitor, pagers, external diff and diff drivers, textconv, filters, hooks): a repository whose
# configuration names a spy program for each (tests/fixtures/cli/git-spies/make-repo.sh) is linted
# by file and with --staged, and the spy never runs.
$ tests/fixtures/cli/git-spies/make-repo.sh $TMP/repo && cd $TMP/repo && np lint 01-foundations/01-vectors/norms.md; echo "exit $?"; np lint --staged; echo "exit $?"; cat $TMP/repo.ran 2>/dev/null || echo "nothing ran"
--- stdout
no problems in 1 file
exit 0
no problems in 1 staged file
exit 0
nothing ran
--- exit 0
