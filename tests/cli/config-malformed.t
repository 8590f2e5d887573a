# A malformed np.yaml: the YAML error's position, exit 2.
$ np lint --root tests/fixtures/cli/bad-config
--- stdout
--- stderr
tests/fixtures/cli/bad-config/np.yaml:5:10: error: YAML syntax error: '{' is never closed [config]
 5 |   rules: {frontmatter-schema: off
   |          ^
  hint: close it, or quote the value if the bracket is part of the text: title: "[Draft] ..."
np: configuration error; nothing was checked
--- exit 2
