# A folder argument means every note and metadata file under it; the summary says where the
# findings are and how many files were checked.
$ np lint tests/fixtures/cli/broken/01-part/
--- stdout
tests/fixtures/cli/broken/01-part/01-module/bom.md:5:7: error: kind: 'nite' is not one of note, bridge; did you mean 'note'? [frontmatter-schema]
 5 | kind: nite
   |       ^~~~
tests/fixtures/cli/broken/01-part/01-module/crlf.md:4:24: error: tags[1]: 'Ω' is not a lowercase kebab-case tag like 'linear-algebra' [frontmatter-schema]
 4 | tags: [linear-algebra, "Ω", BadTag]
   |                        ^~~
tests/fixtures/cli/broken/01-part/01-module/crlf.md:4:29: error: tags[2]: 'BadTag' is not a lowercase kebab-case tag like 'linear-algebra' [frontmatter-schema]
 4 | tags: [linear-algebra, "Ω", BadTag]
   |                             ^~~~~~
tests/fixtures/cli/broken/01-part/01-module/crlf.md:10:1: error: unknown field 'titel'; did you mean 'title'? [frontmatter-schema]
 10 | titel: typo
    | ^~~~~
tests/fixtures/cli/broken/01-part/01-module/deep.md:3:204: error: YAML nested too deeply (more than 200 levels) [frontmatter-too-complex]
  hint: front matter needs a few levels at most; flatten the structure
tests/fixtures/cli/broken/01-part/01-module/dupkey.md:4:8: error: note order jumps from 4 to 6 in module '01-part/01-module' ('dupkey') [structure-order-gap]
 4 | order: 6
   |        ^
  hint: expected 5; number them 1, 2, 3... with no gaps
tests/fixtures/cli/broken/01-part/01-module/dupkey.md:9:1: error: duplicate key 'order' (first defined at line 4) [frontmatter-duplicate-key]
 9 | order: 7
   | ^~~~~
  hint: YAML keeps only one of the values; remove or rename one of them
tests/fixtures/cli/broken/01-part/01-module/empty.md:1:1: error: empty note: no front matter [frontmatter-missing]
 1 | 
   | ^
  hint: start the file with ---, the fields id, title, order, kind, status, summary and updated, then ---
tests/fixtures/cli/broken/01-part/01-module/fm-only.md:4:8: error: note order jumps from 2 to 4 in module '01-part/01-module' ('fm-only') [structure-order-gap]
 4 | order: 4
   |        ^
  hint: expected 3; number them 1, 2, 3... with no gaps
tests/fixtures/cli/broken/01-part/01-module/image.md:1:4: error: '01-part/01-module/image.md' contains a NUL byte: it is binary, not a Markdown note [file-binary]
 1 | PNG�␁␂
   |    ^
  hint: rename it if it is not a note
tests/fixtures/cli/broken/01-part/01-module/tabs.md:8:1: error: duplicate key 'status' (first defined at line 6) [frontmatter-duplicate-key]
 8 | status:    publishd
   | ^~~~~~
  hint: YAML keeps only one of the values; remove or rename one of them

11 errors, 0 warnings in 8 files (10 files checked)
--- exit 1
