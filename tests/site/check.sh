#!/usr/bin/env bash
# The site of content/ through the Nu HTML Checker (npm vnu-jar, run with the installed Java): no
# error on any page. vnu-jar is installed from the npm registry into the work folder (never
# committed); without npm or the registry the test is skipped (exit 77), except in CI, where it fails.
# Usage: tests/site/check.sh NP_BINARY SOURCE_DIR WORK_DIR
set -euo pipefail
np=$1 src=$2 work=$3
vnu_version=26.9.27
skip() {
  if [ "${CI:-}" = "true" ]; then echo "$1" >&2; exit 1; fi
  echo "$1: skipped" >&2
  exit 77
}
command -v java >/dev/null || skip "java is not installed (scripts/install-deps installs it with epubcheck)"
mkdir -p "$work"
jar="$work/npm/node_modules/vnu-jar/build/dist/vnu.jar"
if [ ! -f "$jar" ]; then
  command -v npm >/dev/null || skip "npm is not installed"
  mkdir -p "$work/npm"
  (cd "$work/npm" && npm install --silent --no-audit --no-fund --ignore-scripts "vnu-jar@$vnu_version" >/dev/null 2>&1) || skip "npm could not install vnu-jar@$vnu_version"
fi
rm -rf "$work/site"
SOURCE_DATE_EPOCH=1764000000 "$np" export site --root "$src/content" -o "$work/site" --force 2>"$work/export.txt" || { cat "$work/export.txt"; exit 1; }
pages=$(find "$work/site" -name '*.html' | sort)
count=$(echo "$pages" | wc -l)
if ! java -jar "$jar" --errors-only --format gnu $pages 2>"$work/vnu.txt"; then
  echo "the Nu HTML Checker found errors:"; head -n 40 "$work/vnu.txt"; exit 1
fi
echo "the Nu HTML Checker found no error in $count pages"
