#!/usr/bin/env bash
# The site of content/ in headless Chromium (Debian's chromium, driven by npm puppeteer-core, which
# this script installs into the work folder, never committed): home page, a note with typeset math,
# the search box, and axe-core's accessibility audit (tests/site/browser.mjs). Skipped (exit 77) without chromium, node or the npm
# registry, except in CI, where that fails.
# Usage: tests/site/browser.sh NP_BINARY SOURCE_DIR WORK_DIR
set -euo pipefail
np=$1 src=$2 work=$3
pptr_version=24.43.1 axe_version=4.14.1
skip() {
  if [ "${CI:-}" = "true" ]; then echo "$1" >&2; exit 1; fi
  echo "$1: skipped" >&2
  exit 77
}
chromium=$(command -v chromium || true)
[ -n "$chromium" ] || skip "chromium is not installed (scripts/install-deps installs it)"
command -v node >/dev/null || skip "node is not installed"
mkdir -p "$work/npm"
if [ ! -d "$work/npm/node_modules/puppeteer-core" ] || [ ! -d "$work/npm/node_modules/axe-core" ]; then
  command -v npm >/dev/null || skip "npm is not installed"
  (cd "$work/npm" && npm install --silent --no-audit --no-fund --ignore-scripts "puppeteer-core@$pptr_version" "axe-core@$axe_version" >/dev/null 2>&1) ||
    skip "npm could not install puppeteer-core@$pptr_version and axe-core@$axe_version"
fi
cp "$src/tests/site/browser.mjs" "$work/npm/browser.mjs"
rm -rf "$work/site"
"$np" export site --root "$src/content" -o "$work/site" --force 2>"$work/export.txt" || { cat "$work/export.txt"; exit 1; }
cd "$work/npm" && node browser.mjs "$work/site" "$chromium"
