#!/bin/sh
# The LaTeX export compiled by latexmk (LuaLaTeX, no shell escape): the export of content/, of
# the export fixture, of the KaTeX patterns LuaLaTeX lacks (latex-katex) and, with --force, of a
# curriculum with formulas and links np cannot convert (latex-force) must compile with exit 0,
# produce a PDF, and leave no undefined control sequence or reference in the log; two exports of
# the same input must be identical. Without --force, latex-force is refused and nothing is written.
# scripts/install-deps installs TeX Live; without latexmk this test fails (it does not skip).
# Usage: tests/latex/check.sh NP_BINARY SOURCE_DIR WORK_DIR
set -eu
np=$1 src=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
command -v latexmk >/dev/null 2>&1 || { echo "latexmk is not installed (scripts/install-deps installs it)"; exit 1; }
command -v lualatex >/dev/null 2>&1 || { echo "lualatex is not installed (scripts/install-deps installs texlive-luatex)"; exit 1; }
status=0
forced="$src/tests/fixtures/export/latex-force"
if SOURCE_DATE_EPOCH=1764000000 "$np" export latex --root "$forced" -o "$work/refused" 2>"$work/refused.export.txt" || [ -e "$work/refused" ]; then
  echo "latex-force: exported without --force"; status=1
fi
# adopted and adopted-broken: the patterns of notes nobody here wrote (raw HTML, anchors, bare URLs,
# template tags, prices, a missing image) that the EPUB check also exports (issue 20).
adopted="$src/tests/fixtures/export/adopted" broken="$src/tests/fixtures/export/adopted-broken"
for root in "$src/tests/fixtures/export/book" "$src/tests/fixtures/export/latex-katex" "$forced" "$adopted" "$broken" "$src/content"; do
  name=$(basename "$root")
  force=; { [ "$root" = "$forced" ] || [ "$root" = "$broken" ]; } && force=--force
  if ! SOURCE_DATE_EPOCH=1764000000 "$np" export latex --root "$root" -o "$work/$name" $force 2>"$work/$name.export.txt"; then
    echo "$name: np export latex $force failed:"; tail -n 20 "$work/$name.export.txt"; status=1; continue
  fi
  SOURCE_DATE_EPOCH=1764000000 "$np" export latex --root "$root" -o "$work/$name-again" -j 1 $force 2>/dev/null
  diff -r "$work/$name" "$work/$name-again" >/dev/null || { echo "$name: two exports differ"; status=1; }
  if ! (cd "$work/$name" && latexmk -lualatex -no-shell-escape -interaction=nonstopmode -halt-on-error main.tex >latexmk.txt 2>&1); then
    echo "$name: latexmk failed:"; grep -E "^!|error:" "$work/$name/main.log" | head -n 20 || tail -n 30 "$work/$name/latexmk.txt"; status=1; continue
  fi
  [ -s "$work/$name/main.pdf" ] || { echo "$name: no PDF"; status=1; continue; }
  if grep -E "undefined references|Undefined control sequence|LaTeX Warning: Reference|Hyper reference .* undefined" "$work/$name/main.log"; then
    echo "$name: the log has undefined commands or references"; status=1
  else
    echo "$name: compiled cleanly ($(grep -c '' "$work/$name/main.log") log lines)"
  fi
done
exit $status
