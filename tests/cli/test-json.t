# np test's findings in JSON, as np lint's.
$ np test --root tests/fixtures/code --python /usr/bin/python3 --timeout 3 --format json tests/fixtures/code/01-part/01-module/failing.md
--- stdout
{
  "diagnostics": [
    {
      "column": 1,
      "endColumn": 17,
      "endLine": 15,
      "file": "tests/fixtures/code/01-part/01-module/failing.md",
      "hint": "traceback: line 16 in <module>, line 15 in ratio",
      "line": 15,
      "message": "the python block failed: ZeroDivisionError: division by zero",
      "rule": "code-error",
      "severity": "error"
    },
    {
      "column": 1,
      "endColumn": 2,
      "endLine": 27,
      "file": "tests/fixtures/code/01-part/01-module/failing.md",
      "hint": "update the ```output block if the new output is right, or fix the code",
      "line": 27,
      "message": "line 1 of the output block says 'mean 2.25'; the code printed 'mean 2.5'",
      "rule": "code-output",
      "severity": "error"
    },
    {
      "column": 1,
      "endColumn": 57,
      "endLine": 35,
      "file": "tests/fixtures/code/01-part/01-module/failing.md",
      "hint": "traceback: line 35 in <module>",
      "line": 35,
      "message": "the python block failed: OSError: np test: the notes' code runs without network access",
      "rule": "code-error",
      "severity": "error"
    },
    {
      "column": 1,
      "endColumn": 4,
      "endLine": 40,
      "file": "tests/fixtures/code/01-part/01-module/failing.md",
      "hint": "make it faster (a smaller example), or mark it ```python no-run if it cannot run in seconds",
      "line": 40,
      "message": "the block did not finish within 3 s; it was stopped",
      "rule": "code-timeout",
      "severity": "error"
    }
  ],
  "summary": {
    "errors": 4,
    "files": 4,
    "warnings": 0
  },
  "version": 1
}
--- exit 1
