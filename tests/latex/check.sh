#!/bin/sh
# The LaTeX export compiled by latexmk (LuaLaTeX, no shell escape): the export of content/ and of
# the export fixture must compile with exit 0, produce a PDF, and leave no undefined control
# sequence or reference in the log; two exports of the same input must be identical.
# scripts/install-deps installs TeX Live; without latexmk this test fails (it does not skip).
# Usage: tests/latex/check.sh NP_BINARY SOURCE_DIR WORK_DIR
set -eu
np=$1 src=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
command -v latexmk >/dev/null 2>&1 || { echo "latexmk is not installed (scripts/install-deps installs it)"; exit 1; }
command -v lualatex >/dev/null 2>&1 || { echo "lualatex is not installed (scripts/install-deps installs texlive-luatex)"; exit 1; }
status=0
for root in "$src/tests/fixtures/export/book" "$src/content"; do
  name=$(basename "$root")
  SOURCE_DATE_EPOCH=1764000000 "$np" export latex --root "$root" -o "$work/$name" 2>"$work/$name.export.txt"
  SOURCE_DATE_EPOCH=1764000000 "$np" export latex --root "$root" -o "$work/$name-again" -j 1 2>/dev/null
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
