# np.yaml that violates its own schema: the field and the expected value, exit 2.
$ np lint --root tests/fixtures/cli/invalid-config
--- stdout
--- stderr
tests/fixtures/cli/invalid-config/np.yaml:3:13: error: book.language: 'English' is not a BCP 47 language tag like 'en' or 'en-GB' [config]
 3 |   language: English
   |             ^~~~~~~
tests/fixtures/cli/invalid-config/np.yaml:4:3: error: unknown field 'book.autor'; did you mean 'author'? [config]
 4 |   autor: me
   |   ^~~~~
tests/fixtures/cli/invalid-config/np.yaml:7:25: error: lint.rules.frontmatter-schema: 'loud' is not one of off, warning, error [config]
 7 |     frontmatter-schema: loud
   |                         ^~~~
np: configuration error; nothing was checked
--- exit 2
