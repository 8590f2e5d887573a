# NO_COLOR is set by the harness: --color auto prints no escape codes even with findings.
$ np lint --root tests/fixtures/cli/warnings
--- stdout
tests/fixtures/cli/warnings/01-part/01-module/second.md:2:5: warning: note id 'second-note' does not match its file name 'second.md' [frontmatter-id-filename]
 2 | id: second-note
   |     ^~~~~~~~~~~
  hint: rename the file to second-note.md, or the id to 'second'

0 errors, 1 warning in 1 file (4 files checked)
--- exit 0
