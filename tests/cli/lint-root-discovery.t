# Without --root, np finds the curriculum as git finds its repository: the nearest np.yaml above
# the current folder (or above the files named). Paths are shown relative to the current folder.
$ cd tests/fixtures/cli/broken/01-part/01-module && np lint crlf.md; echo "exit $?"; cd .. && np lint 01-module | tail -1
--- stdout
crlf.md:4:24: error: tags[1]: 'Ω' is not a lowercase kebab-case tag like 'linear-algebra' [frontmatter-schema]
 4 | tags: [linear-algebra, "Ω", BadTag]
   |                        ^~~
crlf.md:4:29: error: tags[2]: 'BadTag' is not a lowercase kebab-case tag like 'linear-algebra' [frontmatter-schema]
 4 | tags: [linear-algebra, "Ω", BadTag]
   |                             ^~~~~~
crlf.md:10:1: error: unknown field 'titel'; did you mean 'title'? [frontmatter-schema]
 10 | titel: typo
    | ^~~~~

3 errors, 0 warnings in 1 file (1 file checked)
exit 1
11 errors, 0 warnings in 8 files (9 files checked)
--- exit 0
