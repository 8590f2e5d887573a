#!/bin/sh
# The EPUB export checked by the standard checker: epubcheck must report no fatal, error or
# warning on the export of content/ and of the export fixture, and two exports of the same input
# must be byte-identical. scripts/install-deps installs epubcheck; without it this test fails.
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
exit $status
