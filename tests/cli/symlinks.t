# A symlink loop and a symlink out of the root: reported, skipped, the walk ends.
$ np lint --root tests/fixtures/cli/symlinks
--- stdout
tests/fixtures/cli/symlinks/01-part/01-module/dangling.md: error: symlink '01-part/01-module/dangling.md' loops or points to nothing [structure-symlink-loop]
  hint: remove the link or point it at a file inside the curriculum
tests/fixtures/cli/symlinks/01-part/01-module/loop: error: folder '01-part/01-module/loop' leads back into one of its own parent folders [structure-symlink-loop]
  hint: remove the symlink that closes the loop
tests/fixtures/cli/symlinks/01-part/01-module/outside: error: symlink '01-part/01-module/outside' points outside the curriculum root (to '/etc') [structure-outside-root]
  hint: np never reads files outside the root; copy the file into the curriculum instead

3 errors, 0 warnings in 3 files (3 files checked)
--- exit 1
