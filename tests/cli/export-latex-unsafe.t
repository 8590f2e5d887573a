# A formula that tries \input is refused: by the lint (exit 1), and with --force by the exporter itself (exit 1 too: a finding in a note); nothing is written.
$ np export latex --root tests/fixtures/export/latex-input --out $TMP/x; echo "exit $?"; np export latex --root tests/fixtures/export/latex-input --out $TMP/x --force; echo "exit $?"; ls -A $TMP
--- stdout
exit 1
exit 1
stderr
stdin
stdout
--- stderr
tests/fixtures/export/latex-input/01-part/01-module/attack.md:13:15: error: '\input' is a TeX file, shell or catcode primitive: not allowed in math [math-unsafe-command]
 13 | Read a file: $\input{/etc/passwd}$ here.
    |               ^~~~~~
  hint: remove it; formulas may only typeset
np: export stopped: np lint found 1 error (fix them, or pass --force)
tests/fixtures/export/latex-input/01-part/01-module/attack.md:13:15: error: '\input' is a TeX file, shell or catcode primitive: not allowed in math [math-unsafe-command]
 13 | Read a file: $\input{/etc/passwd}$ here.
    |               ^~~~~~
  hint: remove it; formulas may only typeset
np: WARNING: exporting despite 1 lint error (--force)
01-part/01-module/attack.md:13:15: error: formula refused: '\input' is a TeX file, shell or catcode primitive: not allowed in math [export-latex]
 13 | Read a file: $\input{/etc/passwd}$ here.
    |               ^
  hint: remove it; formulas may only typeset
np: export latex failed; $TMP/x was not changed
--- exit 0
