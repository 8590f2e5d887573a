# np lint NOTE checks the math of NOTE only (the findings of other notes would be dropped): the
# selected note's broken formula is reported and fails the run, the other notes' are not looked at.
$ np lint tests/fixtures/cli/math-selected/01-part/01-module/selected.md
--- stdout
tests/fixtures/cli/math-selected/01-part/01-module/selected.md:11:21: error: missing '}': the '{' here is not closed [math-braces]
 11 | A fraction $\frac{a}{b$ in $\R$, and the [unselected note's heading](other.md#lie-algebras).
    |                     ^
  hint: add the '}' that closes it

1 error, 0 warnings in 1 file (1 file checked)
--- exit 1
