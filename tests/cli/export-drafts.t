# Drafts are out of the book by default, as np stats leaves them out: a draft's broken formula
# does not stop the export. --include-drafts puts them in, and then it does.
$ np export json --root tests/fixtures/cli/verdict -o "$TMP/book.json"; echo "exit $?"; np export json --root tests/fixtures/cli/verdict -o "$TMP/drafts.json" --include-drafts; echo "exit $?"; np export json --root tests/fixtures/cli/verdict --only unfinished -o "$TMP/one.json"; echo "exit $?"
--- stdout
exit 0
exit 1
exit 2
--- stderr
np: note: tests/fixtures/cli/verdict/np.yaml:6:10: schemas: '../no-such-schema-folder' names a folder that does not exist here; using the schemas built into np
np: wrote $TMP/book.json (the whole curriculum, drafts excluded (1 left out), 1 note)
np: note: tests/fixtures/cli/verdict/np.yaml:6:10: schemas: '../no-such-schema-folder' names a folder that does not exist here; using the schemas built into np
tests/fixtures/cli/verdict/01-part/01-module/unfinished.md:12:43: error: '^' has nothing to attach: a superscript is missing [math-missing-argument]
 12 | The volume of a ball is $\frac{4}{3} \pi r^$.
    |                                           ^
  hint: write ^{...}, or remove the '^'
np: export stopped: np lint found 1 error (fix them, or pass --force)
np: note: tests/fixtures/cli/verdict/np.yaml:6:10: schemas: '../no-such-schema-folder' names a folder that does not exist here; using the schemas built into np
np: --only 'unfinished' is a note with status draft, which the book leaves out (drafts excluded); pass --include-drafts to export it
--- exit 0
