# --stdin: the math of the text on standard input is checked (lint keeps no note text after loading).
$ np lint --stdin --stdin-filename tests/fixtures/cli/math-selected/01-part/01-module/other.md
--- stdin
---
id: other
title: Other
order: 2
kind: note
status: published
summary: S.
updated: 2026-01-01
---

## Lie algebras

Now $x^a^b$.
--- stdout
tests/fixtures/cli/math-selected/01-part/01-module/other.md:13:9: error: double superscript: this '^' follows another one [math-double-script]
 13 | Now $x^a^b$.
    |         ^
  hint: group them: x^{a b}, or {x^a}^b

1 error, 0 warnings in 1 file (1 file checked)
--- exit 1
