# -o onto something other than a regular file (made in a scratch folder; the real /dev is never
# touched): a FIFO is written as a stream and stays a FIFO (one that nobody reads is refused at
# once); a symbolic link, to a file or to a folder, is neither followed nor replaced. Only regular
# files are replaced (atomically).
$ rm -rf $TMP/fifo $TMP/target $TMP/link.json $TMP/folder $TMP/link-dir; mkfifo $TMP/fifo; exec 3<>$TMP/fifo; np export json --root tests/fixtures/export/book -o $TMP/fifo; echo "exit $?"; head -c 28 <&3; echo; exec 3>&-; np export json --root tests/fixtures/export/book -o $TMP/fifo; echo "exit $?"; test -p $TMP/fifo && echo "still a FIFO"; printf precious > $TMP/target; ln -s target $TMP/link.json; mkdir $TMP/folder; ln -s folder $TMP/link-dir; np export json --root tests/fixtures/export/book -o $TMP/link.json; echo "exit $?"; np export latex --root tests/fixtures/export/book -o $TMP/link-dir; echo "exit $?"; test -L $TMP/link.json && test -L $TMP/link-dir && echo "still links"; cat $TMP/target; echo; ls -A $TMP/folder | wc -l
--- stdout
exit 0
{
  "book": {
    "author": 
exit 2
still a FIFO
exit 2
exit 2
still links
precious
0
--- stderr
np: wrote $TMP/fifo (the whole curriculum, 3 notes)
$TMP/fifo: error: cannot write '$TMP/fifo': it is a FIFO that no process is reading [export-output]
np: export json failed
$TMP/link.json: error: cannot write '$TMP/link.json': it is a symbolic link; np replaces only a regular file, and writes only to a FIFO or a character device [export-output]
np: export json failed; $TMP/link.json was not changed
$TMP/link-dir: error: cannot replace '$TMP/link-dir': it is a symbolic link; np replaces only a folder it wrote [export-output]
np: export latex failed; $TMP/link-dir was not changed
--- exit 0
