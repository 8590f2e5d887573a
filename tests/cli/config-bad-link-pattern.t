# A links.allow pattern that is not a valid RE2 expression is a configuration error, at its position.
$ np lint --root tests/fixtures/cli/bad-link-pattern
--- stdout
--- stderr
tests/fixtures/cli/bad-link-pattern/np.yaml:7:7: error: links.allow[1]: '^https://(docs|blog\.example\.org/' is not a valid RE2 regular expression: missing ): ^https://(docs|blog\.example\.org/ [config]
 7 |     - "^https://(docs|blog\\.example\\.org/"
   |       ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
  hint: escape special characters such as '.', '?' and '(' with a backslash
np: configuration error; nothing was checked
--- exit 2
