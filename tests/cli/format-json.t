# The JSON reporter.
$ np lint --root tests/fixtures/cli/broken --format json
--- stdout
{
  "diagnostics": [
    {
      "column": 7,
      "endColumn": 11,
      "endLine": 5,
      "file": "tests/fixtures/cli/broken/01-part/01-module/bom.md",
      "line": 5,
      "message": "kind: 'nite' is not one of note, bridge; did you mean 'note'?",
      "rule": "frontmatter-schema",
      "severity": "error"
    },
    {
      "column": 24,
      "endColumn": 27,
      "endLine": 4,
      "file": "tests/fixtures/cli/broken/01-part/01-module/crlf.md",
      "line": 4,
      "message": "tags[1]: 'Ω' is not a lowercase kebab-case tag like 'linear-algebra'",
      "rule": "frontmatter-schema",
      "severity": "error"
    },
    {
      "column": 29,
      "endColumn": 35,
      "endLine": 4,
      "file": "tests/fixtures/cli/broken/01-part/01-module/crlf.md",
      "line": 4,
      "message": "tags[2]: 'BadTag' is not a lowercase kebab-case tag like 'linear-algebra'",
      "rule": "frontmatter-schema",
      "severity": "error"
    },
    {
      "column": 1,
      "endColumn": 6,
      "endLine": 10,
      "file": "tests/fixtures/cli/broken/01-part/01-module/crlf.md",
      "line": 10,
      "message": "unknown field 'titel'; did you mean 'title'?",
      "rule": "frontmatter-schema",
      "severity": "error"
    },
    {
      "column": 204,
      "endColumn": 205,
      "endLine": 3,
      "file": "tests/fixtures/cli/broken/01-part/01-module/deep.md",
      "hint": "front matter needs a few levels at most; flatten the structure",
      "line": 3,
      "message": "YAML nested too deeply (more than 200 levels)",
      "rule": "frontmatter-too-complex",
      "severity": "error"
    },
    {
      "column": 8,
      "endColumn": 9,
      "endLine": 4,
      "file": "tests/fixtures/cli/broken/01-part/01-module/dupkey.md",
      "hint": "expected 5; number them 1, 2, 3... with no gaps",
      "line": 4,
      "message": "note order jumps from 4 to 6 in module '01-part/01-module' ('dupkey')",
      "rule": "structure-order-gap",
      "severity": "error"
    },
    {
      "column": 1,
      "endColumn": 6,
      "endLine": 9,
      "file": "tests/fixtures/cli/broken/01-part/01-module/dupkey.md",
      "hint": "YAML keeps only one of the values; remove or rename one of them",
      "line": 9,
      "message": "duplicate key 'order' (first defined at line 4)",
      "rule": "frontmatter-duplicate-key",
      "severity": "error"
    },
    {
      "column": 1,
      "endColumn": 1,
      "endLine": 1,
      "file": "tests/fixtures/cli/broken/01-part/01-module/empty.md",
      "hint": "start the file with ---, the fields id, title, order, kind, status, summary and updated, then ---",
      "line": 1,
      "message": "empty note: no front matter",
      "rule": "frontmatter-missing",
      "severity": "error"
    },
    {
      "column": 8,
      "endColumn": 9,
      "endLine": 4,
      "file": "tests/fixtures/cli/broken/01-part/01-module/fm-only.md",
      "hint": "expected 3; number them 1, 2, 3... with no gaps",
      "line": 4,
      "message": "note order jumps from 2 to 4 in module '01-part/01-module' ('fm-only')",
      "rule": "structure-order-gap",
      "severity": "error"
    },
    {
      "column": 4,
      "endColumn": 5,
      "endLine": 1,
      "file": "tests/fixtures/cli/broken/01-part/01-module/image.md",
      "hint": "rename it if it is not a note",
      "line": 1,
      "message": "'01-part/01-module/image.md' contains a NUL byte: it is binary, not a Markdown note",
      "rule": "file-binary",
      "severity": "error"
    },
    {
      "column": 1,
      "endColumn": 7,
      "endLine": 8,
      "file": "tests/fixtures/cli/broken/01-part/01-module/tabs.md",
      "hint": "YAML keeps only one of the values; remove or rename one of them",
      "line": 8,
      "message": "duplicate key 'status' (first defined at line 6)",
      "rule": "frontmatter-duplicate-key",
      "severity": "error"
    }
  ],
  "summary": {
    "errors": 11,
    "files": 10,
    "warnings": 0
  },
  "version": 1
}
--- exit 1
