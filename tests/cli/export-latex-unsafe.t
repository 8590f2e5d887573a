# A formula that tries \input is refused by the lint (exit 1, nothing written); with --force the exporter writes the book with the formula as its TeX source in code, never as TeX, and says so at its place.
$ np export latex --root tests/fixtures/export/latex-input --out $TMP/x; echo "exit $?"; np export latex --root tests/fixtures/export/latex-input --out $TMP/x --force; echo "exit $?"; ls -A $TMP; grep -c "textbackslash{}input" $TMP/x/notes/m01-attack.tex
--- stdout
exit 1
exit 0
stderr
stdin
stdout
x
1
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
01-part/01-module/attack.md:13:15: warning: formula written as its TeX source: '\input' is a TeX file, shell or catcode primitive: not allowed in math [export-latex]
 13 | Read a file: $\input{/etc/passwd}$ here.
    |               ^
  hint: remove it; formulas may only typeset
np: wrote $TMP/x (the whole curriculum, 1 note)
--- exit 0
