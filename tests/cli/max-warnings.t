# Warnings pass unless --max-warnings is exceeded.
$ np lint --root tests/fixtures/cli/warnings --max-warnings 0
--- stdout
tests/fixtures/cli/warnings/01-part/01-module/second.md:2:5: warning: note id 'second-note' does not match its file name 'second.md' [frontmatter-id-filename]
 2 | id: second-note
   |     ^~~~~~~~~~~
  hint: rename the file to second-note.md, or the id to 'second'

0 errors, 1 warning in 1 file (4 files checked)
--- stderr
np: 1 warning, more than --max-warnings 0
--- exit 1
