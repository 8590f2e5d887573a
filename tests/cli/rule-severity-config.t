# np.yaml turns a rule off or changes its severity.
$ np lint --root tests/fixtures/cli/severity
--- stdout
tests/fixtures/cli/severity/01-part/01-module/second.md:2:5: error: note id 'second-note' does not match its file name 'second.md' [frontmatter-id-filename]
 2 | id: second-note
   |     ^~~~~~~~~~~
  hint: rename the file to second-note.md, or the id to 'second'

1 error, 0 warnings in 1 file (4 files checked)
--- exit 1
