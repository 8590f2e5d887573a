# With PATHS only those files are reported (as pre-commit passes them); a path outside the root is ignored.
$ np lint --root tests/fixtures/cli/broken tests/fixtures/cli/broken/01-part/01-module/crlf.md README.md
--- stdout
tests/fixtures/cli/broken/01-part/01-module/crlf.md:4:24: error: tags[1]: 'Ω' is not a lowercase kebab-case tag like 'linear-algebra' [frontmatter-schema]
 4 | tags: [linear-algebra, "Ω", BadTag]
   |                        ^~~
tests/fixtures/cli/broken/01-part/01-module/crlf.md:4:29: error: tags[2]: 'BadTag' is not a lowercase kebab-case tag like 'linear-algebra' [frontmatter-schema]
 4 | tags: [linear-algebra, "Ω", BadTag]
   |                             ^~~~~~
tests/fixtures/cli/broken/01-part/01-module/crlf.md:10:1: error: unknown field 'titel'; did you mean 'title'? [frontmatter-schema]
 10 | titel: typo
    | ^~~~~

3 errors, 0 warnings in 1 file
--- exit 1
