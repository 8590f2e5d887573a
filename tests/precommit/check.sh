#!/usr/bin/env bash
# The shipped .pre-commit-hooks.yaml through the real pre-commit framework: a scratch repository
# holding tests/fixtures/precommit installs the hook from a copy of this repository's hook file,
# and each scenario commits. A harmless edit must be committed; a broken formula in the staged
# note, a deleted note that others link to, a renamed heading that others link to, and a removed
# macro that formulas use must each be refused with the diagnostic that names the note they break.
# Usage: check.sh NP_BINARY SOURCE_DIR WORK_DIR
set -euo pipefail
np=$1 source=$2 work=$3

if ! command -v pre-commit >/dev/null; then
  # CI installs it (scripts/install-deps); elsewhere a missing framework is a skip, not a pass.
  if [ "${CI:-}" = "true" ]; then echo "pre-commit is not installed" >&2; exit 1; fi
  echo "pre-commit is not installed: skipped" >&2
  exit 77
fi

rm -rf "$work"
mkdir -p "$work/bin" "$work/hooks" "$work/repo"
ln -s "$(readlink -f "$np")" "$work/bin/np"
export PATH="$work/bin:$PATH" PRE_COMMIT_HOME="$work/cache" HOME="$work" GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.org GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.org

# The hook repository: this repository's .pre-commit-hooks.yaml, committed on its own.
cd "$work/hooks"
git init -q
cp "$source/.pre-commit-hooks.yaml" .
git add . && git commit -qm hooks
rev=$(git rev-parse HEAD)

# The curriculum's repository, with the hook installed as a user would.
cd "$work/repo"
git init -q
mkdir content
cp -r "$source/tests/fixtures/precommit/." content/
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $work/hooks
    rev: $rev
    hooks:
      - id: np-lint
YAML
git add . && git commit -qm "the curriculum" --no-verify
pre-commit install >/dev/null

failures=0
# expect_commit OK|REFUSED NAME EXPECTED_TEXT: commits what is staged and checks the outcome.
expect_commit() {
  local want=$1 name=$2 text=$3 out status=0
  out=$(git commit -qm "$name" 2>&1) || status=$?
  if [ "$want" = OK ] && [ $status -ne 0 ]; then
    echo "FAIL: $name: the commit was refused:"; echo "$out"; failures=$((failures + 1))
  elif [ "$want" = REFUSED ] && [ $status -eq 0 ]; then
    echo "FAIL: $name: the commit went through:"; echo "$out"; failures=$((failures + 1))
  elif ! grep -qF -- "$text" <<<"$out"; then
    echo "FAIL: $name: the output does not say '$text':"; echo "$out"; failures=$((failures + 1))
  else
    echo "ok: $name"
  fi
  git reset -q --hard HEAD
}

notes=content/01-part/01-module
echo "One more sentence." >> $notes/eigenvalues.md
git add -A
expect_commit OK "a harmless edit" "np lint"

# Only the staged notes' formulas are checked when only notes change: the staged note's are.
echo 'A formula left open: $\frac{a}{b$.' >> $notes/eigenvalues.md
git add -A
expect_commit REFUSED "a broken formula in the staged note" \
  "error: missing '}': the '{' here is not closed [math-braces]"

git rm -q $notes/vectors.md
expect_commit REFUSED "a deleted note that others link to" \
  "content/01-part/01-module/eigenvalues.md:13:3: error: wiki link to unknown note id 'vectors' (broken by the staged changes) [link-unknown-id]"

sed -i 's/^## The Euclidean norm$/## The length of a vector/' $notes/vectors.md
git add -A
expect_commit REFUSED "a renamed heading that others link to" \
  "content/01-part/01-module/matrices.md:12:60: error: link to 'vectors.md#the-euclidean-norm': '01-part/01-module/vectors.md' has no heading or HTML id with anchor '#the-euclidean-norm' (broken by the staged changes) [link-missing-anchor]"

sed -i '/norm/d' content/np.yaml
git add -A
expect_commit REFUSED "a removed macro that formulas use" \
  "content/01-part/01-module/vectors.md:15:32: error: undefined control sequence '\\norm' (broken by the staged changes) [math-undefined-command]"

# Only what is staged counts: a broken edit left unstaged does not block a harmless commit.
echo "[broken](nowhere.md)" >> $notes/matrices.md
echo "Another sentence." >> $notes/eigenvalues.md
git add $notes/eigenvalues.md
expect_commit OK "a harmless edit beside an unstaged broken one" "np lint"

[ $failures -eq 0 ] || { echo "$failures scenario(s) failed"; exit 1; }
echo "all pre-commit scenarios behaved"
