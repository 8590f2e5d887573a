# GitHub workflow-command annotations.
$ np lint --root tests/fixtures/cli/broken --format github
--- stdout
::error file=tests/fixtures/cli/broken/01-part/01-module/bom.md,line=5,col=7,endLine=5,endColumn=11,title=np frontmatter-schema::kind: 'nite' is not one of note, bridge; did you mean 'note'?
::error file=tests/fixtures/cli/broken/01-part/01-module/crlf.md,line=4,col=24,endLine=4,endColumn=27,title=np frontmatter-schema::tags[1]: 'Ω' is not a lowercase kebab-case tag like 'linear-algebra'
::error file=tests/fixtures/cli/broken/01-part/01-module/crlf.md,line=4,col=29,endLine=4,endColumn=35,title=np frontmatter-schema::tags[2]: 'BadTag' is not a lowercase kebab-case tag like 'linear-algebra'
::error file=tests/fixtures/cli/broken/01-part/01-module/crlf.md,line=10,col=1,endLine=10,endColumn=6,title=np frontmatter-schema::unknown field 'titel'; did you mean 'title'?
::error file=tests/fixtures/cli/broken/01-part/01-module/deep.md,line=3,col=204,endLine=3,endColumn=205,title=np frontmatter-too-complex::YAML nested too deeply (more than 200 levels) (front matter needs a few levels at most; flatten the structure)
::error file=tests/fixtures/cli/broken/01-part/01-module/dupkey.md,line=4,col=8,endLine=4,endColumn=9,title=np structure-order-gap::note order jumps from 4 to 6 in module '01-part/01-module' ('dupkey') (expected 5; number them 1, 2, 3... with no gaps)
::error file=tests/fixtures/cli/broken/01-part/01-module/dupkey.md,line=9,col=1,endLine=9,endColumn=6,title=np frontmatter-duplicate-key::duplicate key 'order' (first defined at line 4) (YAML keeps only one of the values; remove or rename one of them)
::error file=tests/fixtures/cli/broken/01-part/01-module/empty.md,line=1,col=1,endLine=1,endColumn=1,title=np frontmatter-missing::empty note: no front matter (start the file with ---, the fields id, title, order, kind, status, summary and updated, then ---)
::error file=tests/fixtures/cli/broken/01-part/01-module/fm-only.md,line=4,col=8,endLine=4,endColumn=9,title=np structure-order-gap::note order jumps from 2 to 4 in module '01-part/01-module' ('fm-only') (expected 3; number them 1, 2, 3... with no gaps)
::error file=tests/fixtures/cli/broken/01-part/01-module/image.md,line=1,col=4,endLine=1,endColumn=5,title=np file-binary::'01-part/01-module/image.md' contains a NUL byte: it is binary, not a Markdown note (rename it if it is not a note)
::error file=tests/fixtures/cli/broken/01-part/01-module/tabs.md,line=8,col=1,endLine=8,endColumn=7,title=np frontmatter-duplicate-key::duplicate key 'status' (first defined at line 6) (YAML keeps only one of the values; remove or rename one of them)
--- exit 1
