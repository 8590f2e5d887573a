# Lint errors stop an export (exit 1) unless --force, which is said loudly.
$ np export json --root tests/fixtures/cli/warnings --out $TMP/w.json; np export json --root tests/fixtures/cli/severity --out $TMP/s.json; echo "exit $?"; np export json --root tests/fixtures/cli/severity --out $TMP/s.json --force
--- stdout
exit 1
--- stderr
tests/fixtures/cli/warnings/01-part/01-module/second.md:2:5: warning: note id 'second-note' does not match its file name 'second.md' [frontmatter-id-filename]
 2 | id: second-note
   |     ^~~~~~~~~~~
  hint: rename the file to second-note.md, or the id to 'second'
np: wrote $TMP/w.json (the whole curriculum, 2 notes)
tests/fixtures/cli/severity/01-part/01-module/second.md:2:5: error: note id 'second-note' does not match its file name 'second.md' [frontmatter-id-filename]
 2 | id: second-note
   |     ^~~~~~~~~~~
  hint: rename the file to second-note.md, or the id to 'second'
np: export stopped: np lint found 1 error (fix them, or pass --force)
tests/fixtures/cli/severity/01-part/01-module/second.md:2:5: error: note id 'second-note' does not match its file name 'second.md' [frontmatter-id-filename]
 2 | id: second-note
   |     ^~~~~~~~~~~
  hint: rename the file to second-note.md, or the id to 'second'
np: WARNING: exporting despite 1 lint error (--force)
np: wrote $TMP/s.json (the whole curriculum, 2 notes)
--- exit 0
