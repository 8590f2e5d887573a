#!/bin/sh
# The EPUB export checked by the standard checker: epubcheck must report no fatal, error or
# warning on the export of content/ and of the export fixture, and two exports of the same input
# must be byte-identical. scripts/install-deps installs epubcheck; without it this test fails.
# The "adopted" fixtures hold what real notes converted from a blog hold (issue 20: raw-HTML anchors
# and tables, bare URLs ending in punctuation, names that need percent-encoding, template tags, a
# missing image, "$5 and $10"): np exports them to a valid EPUB or refuses, with --force and without.
# Usage: tests/epub/check.sh NP_BINARY SOURCE_DIR WORK_DIR
set -eu
np=$1 src=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
jar=$(dpkg -L epubcheck 2>/dev/null | grep '/epubcheck\.jar$' | head -n 1 || true)
[ -n "$jar" ] && [ -f "$jar" ] || { echo "epubcheck is not installed (scripts/install-deps installs it)"; exit 1; }
status=0
for root in "$src/content" "$src/tests/fixtures/export/book"; do
  name=$(basename "$root")
  SOURCE_DATE_EPOCH=1764000000 "$np" export epub --root "$root" -o "$work/$name.epub"
  SOURCE_DATE_EPOCH=1764000000 "$np" export epub --root "$root" -o "$work/$name-again.epub" -j 1
  [ -s "$work/$name.epub" ] || { echo "$name: no EPUB written"; status=1; continue; }
  cmp "$work/$name.epub" "$work/$name-again.epub" || { echo "$name: two exports differ"; status=1; }
  java -jar "$jar" "$work/$name.epub" > "$work/$name.epubcheck.txt" 2>&1 || true
  if grep -q "Messages: 0 fatals / 0 errors / 0 warnings" "$work/$name.epubcheck.txt"; then
    echo "$name: epubcheck clean"
  else
    echo "$name: epubcheck found problems:"; cat "$work/$name.epubcheck.txt"; status=1
  fi
done
# Without --force np refuses (exit 1, no file) or writes a valid book; with --force it writes one.
check_epub() {  # NAME: epubcheck on $work/NAME.epub
  java -jar "$jar" "$work/$1.epub" > "$work/$1.epubcheck.txt" 2>&1 || true
  if grep -q "Messages: 0 fatals / 0 errors / 0 warnings" "$work/$1.epubcheck.txt"; then
    echo "$1: epubcheck clean"
  else
    echo "$1: epubcheck found problems:"; cat "$work/$1.epubcheck.txt"; status=1
  fi
}
for root in "$src/tests/fixtures/export/adopted" "$src/tests/fixtures/export/adopted-broken"; do
  name=$(basename "$root")
  rc=0
  SOURCE_DATE_EPOCH=1764000000 "$np" export epub --root "$root" -o "$work/$name.epub" > "$work/$name.export.txt" 2>&1 || rc=$?
  if [ "$rc" -eq 0 ]; then
    check_epub "$name"
  elif [ -e "$work/$name.epub" ]; then
    echo "$name: export failed (exit $rc) but wrote $name.epub"; status=1
  else
    echo "$name: refused without --force (exit $rc)"
  fi
  SOURCE_DATE_EPOCH=1764000000 "$np" export epub --force --root "$root" -o "$work/$name-force.epub" > "$work/$name-force.export.txt" 2>&1 ||
    { echo "$name: export --force failed:"; cat "$work/$name-force.export.txt"; status=1; continue; }
  check_epub "$name-force"
done
[ -e "$work/adopted.epub" ] || { echo "adopted: only warnings, yet not exported without --force"; cat "$work/adopted.export.txt"; status=1; }
[ -e "$work/adopted-broken.epub" ] && { echo "adopted-broken: a missing image, yet exported without --force"; status=1; }
exit $status
