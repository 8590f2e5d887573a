# --stdin lints standard input as if it were the named file (editors).
$ np lint --root tests/fixtures/scaffold --stdin --stdin-filename tests/fixtures/scaffold/01-part/01-module/first.md
--- stdin
---
id: first
title: First
order: 1
kind: notes
status: published
summary: Edited in an editor.
updated: 2026-01-01
---

Unsaved text.
--- stdout
tests/fixtures/scaffold/01-part/01-module/first.md:5:7: error: kind: 'notes' is not one of note, bridge; did you mean 'note'? [frontmatter-schema]
 5 | kind: notes
   |       ^~~~~

1 error, 0 warnings in 1 file (1 file checked)
--- exit 1
