# np export latex writes a LaTeX project folder and says what it wrote; a damaged image is a warning.
$ np export latex --root tests/fixtures/export/book --out $TMP/book && ls $TMP/book $TMP/book/notes
--- stdout
$TMP/book:
README.txt
assets
latexmkrc
main.tex
notes

$TMP/book/notes:
m01-norms.tex
m02-expectation.tex
m03-bridge-regression.tex
--- stderr
np: wrote $TMP/book (the whole curriculum, 3 notes)
--- exit 0
