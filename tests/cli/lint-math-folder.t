# A folder and a note: the math of every note under the folder and of the note is checked.
$ np lint tests/fixtures/cli/math-selected/01-part/02-module/ tests/fixtures/cli/math-selected/01-part/01-module/other.md
--- stdout
tests/fixtures/cli/math-selected/01-part/01-module/other.md:14:18: error: undefined control sequence '\mathfrac' [math-undefined-command]
 14 | The Lie algebra $\mathfrac{g}$ over $\R$.
    |                  ^~~~~~~~~
  hint: did you mean '\mathfrak'?
tests/fixtures/cli/math-selected/01-part/02-module/third.md:11:15: error: '^' has nothing to attach: a superscript is missing [math-missing-argument]
 11 | An exponent $e^$ and a [link](../01-module/selected.md).
    |               ^
  hint: write ^{...}, or remove the '^'

2 errors, 0 warnings in 2 files (3 files checked)
--- exit 1
