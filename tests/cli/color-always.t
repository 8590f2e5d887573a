# --color always: ANSI colours even when not on a terminal (NO_COLOR applies to auto only).
$ np lint --root tests/fixtures/cli/warnings --color always
--- stdout
[1mtests/fixtures/cli/warnings/01-part/01-module/second.md:2:5:[0m [1;33mwarning[0m: note id 'second-note' does not match its file name 'second.md' [2m[frontmatter-id-filename][0m
 [2m2 | [0mid: second-note
 [2m  | [0m    [1;33m^~~~~~~~~~~[0m
  [36mhint:[0m rename the file to second-note.md, or the id to 'second'

0 errors, 1 warning in 1 file (4 files checked)
--- exit 0
