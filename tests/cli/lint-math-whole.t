# The whole curriculum: every note's math is checked, and all three broken formulas are reported.
$ np lint --root tests/fixtures/cli/math-selected
--- stdout
tests/fixtures/cli/math-selected/01-part/01-module/other.md:14:18: error: undefined control sequence '\mathfrac' [math-undefined-command]
 14 | The Lie algebra $\mathfrac{g}$ over $\R$.
    |                  ^~~~~~~~~
  hint: did you mean '\mathfrak'?
tests/fixtures/cli/math-selected/01-part/01-module/selected.md:11:21: error: missing '}': the '{' here is not closed [math-braces]
 11 | A fraction $\frac{a}{b$ in $\R$, and the [unselected note's heading](other.md#lie-algebras).
    |                     ^
  hint: add the '}' that closes it
tests/fixtures/cli/math-selected/01-part/02-module/third.md:11:15: error: '^' has nothing to attach: a superscript is missing [math-missing-argument]
 11 | An exponent $e^$ and a [link](../01-module/selected.md).
    |               ^
  hint: write ^{...}, or remove the '^'

3 errors, 0 warnings in 3 files (6 files checked)
--- exit 1
