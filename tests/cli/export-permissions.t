# Permissions, tested as the unprivileged user 'nobody' (setpriv, when the tests run as root, who
# ignores them): a destination folder np may not write to is a clear error, exit 2, nothing left
# behind; a read-only content tree lints and exports like any other (np never writes into it), and
# an output asked for inside it is refused cleanly.
$ chmod -R u+w $TMP/book 2>/dev/null; rm -rf $TMP/ro $TMP/book $TMP/out; mkdir -m 555 $TMP/ro; mkdir -m 777 $TMP/out; cp -r tests/fixtures/export/book $TMP/book; chmod -R a-w $TMP/book; unprivileged() { if [ "$(id -u)" = 0 ]; then setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; else "$@"; fi; }; unprivileged np export json --root tests/fixtures/export/book -o $TMP/ro/book.json; echo "exit $?"; unprivileged np export latex --root tests/fixtures/export/book -o $TMP/ro/book; echo "exit $?"; unprivileged np lint --root $TMP/book; echo "exit $?"; unprivileged np export epub --root $TMP/book -o $TMP/out/book.epub; echo "exit $?"; unprivileged np stats --root $TMP/book --badges $TMP/book/badges; echo "exit $?"; ls -A $TMP/ro $TMP/out
--- stdout
exit 2
exit 2
no problems in 8 files
exit 0
exit 0
Fixture Book: 3 notes, 3 modules, 2 parts; 115 words, 3 min of reading
drafts excluded (there are none)

                         status     kind                          formulas                 links
part / module     notes  published  note  bridge  words  reading  inline  display  code  internal  external  prereqs  chain
01 Foundations        2          2     2       0     85       3m      14        2     2         4         1        1      2
  01 Vectors          1          1     1       0     52       2m      11        1     2         2         0        0      1
  02 Probability      1          1     1       0     33       1m       3        1     0         2         1        1      2
02 Practice           1          1     0       1     30       1m       2        1     0         3         0        2      3
  03 Models           1          1     0       1     30       1m       2        1     0         3         0        2      3
---------------------------------------------------------------------------------------------------------------------------
total                 3          3     2       1    115       3m      16        3     2         7         1        3      3

code blocks by language: python 2
module requirements: ANTHROPIC_API_KEY (03 Models)
longest prerequisite chain: 3 notes: norms -> expectation -> bridge-regression
reading time: 200 words a minute, plus 20 s per display formula and 30 s per code block
exit 2
$TMP/out:
book.epub

$TMP/ro:
--- stderr
$TMP/ro/book.json: error: cannot write '$TMP/ro/book.json': Permission denied [export-output]
np: export json failed; $TMP/ro/book.json was not changed
$TMP/ro/book: error: cannot write '$TMP/ro/book': Permission denied [export-output]
np: export latex failed; $TMP/ro/book was not changed
np: wrote $TMP/out/book.epub (the whole curriculum, 3 notes)
np: --badges: cannot create the folder '$TMP/book/badges': Permission denied
--- exit 0
