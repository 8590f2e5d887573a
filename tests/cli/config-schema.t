# A malformed JSON Schema named by np.yaml: file, line and column, exit 2.
$ np lint --root tests/fixtures/cli/bad-schema
--- stdout
--- stderr
tests/fixtures/cli/bad-schema/schemas/note.schema.json:4:29: error: malformed JSON Schema: parse error at line 4, column 29: syntax error while parsing object key - unexpected '}'; expected string literal [config-schema]
 4 |     "id": {"type": "string",}
   |                             ^
np: configuration error; nothing was checked
--- exit 2
