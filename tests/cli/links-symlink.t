# A link through a symlink that leads out of the root is reported; np never reads the file behind it.
$ np lint --root tests/fixtures/cli/links-symlink
--- stdout
tests/fixtures/cli/links-symlink/01-part/01-module/first.md:11:30: error: link to 'system/hostname' leaves the curriculum root: it goes through a symlink that points out of the root [link-outside-root]
 11 | The host name is in [a file](system/hostname), and ![a picture](system/logo.png) too.
    |                              ^~~~~~~~~~~~~~~
  hint: link to files inside the curriculum with a relative path; np and its exporters never read outside the root
tests/fixtures/cli/links-symlink/01-part/01-module/first.md:11:65: error: link to 'system/logo.png' leaves the curriculum root: it goes through a symlink that points out of the root [link-outside-root]
 11 | The host name is in [a file](system/hostname), and ![a picture](system/logo.png) too.
    |                                                                 ^~~~~~~~~~~~~~~
  hint: link to files inside the curriculum with a relative path; np and its exporters never read outside the root
tests/fixtures/cli/links-symlink/01-part/01-module/system: error: symlink '01-part/01-module/system' points outside the curriculum root (to '/etc') [structure-outside-root]
  hint: np never reads files outside the root; copy the file into the curriculum instead

3 errors, 0 warnings in 2 files (3 files checked)
--- exit 1
