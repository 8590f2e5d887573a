# The SARIF 2.1.0 reporter (GitHub code scanning).
$ np lint --root tests/fixtures/cli/broken --format sarif
--- stdout
{
  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
  "runs": [
    {
      "columnKind": "unicodeCodePoints",
      "results": [
        {
          "level": "error",
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "tests/fixtures/cli/broken/01-part/01-module/bom.md",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "endColumn": 11,
                  "endLine": 5,
                  "startColumn": 7,
                  "startLine": 5
                }
              }
            }
          ],
          "message": {
            "text": "kind: 'nite' is not one of note, bridge; did you mean 'note'?"
          },
          "partialFingerprints": {
            "npFinding/v1": "325bf42d23a5cc97"
          },
          "ruleId": "frontmatter-schema",
          "ruleIndex": 17
        },
        {
          "level": "error",
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "tests/fixtures/cli/broken/01-part/01-module/crlf.md",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "endColumn": 27,
                  "endLine": 4,
                  "startColumn": 24,
                  "startLine": 4
                }
              }
            }
          ],
          "message": {
            "text": "tags[1]: 'Ω' is not a lowercase kebab-case tag like 'linear-algebra'"
          },
          "partialFingerprints": {
            "npFinding/v1": "d1fb7702ba92f62d"
          },
          "ruleId": "frontmatter-schema",
          "ruleIndex": 17
        },
        {
          "level": "error",
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "tests/fixtures/cli/broken/01-part/01-module/crlf.md",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "endColumn": 35,
                  "endLine": 4,
                  "startColumn": 29,
                  "startLine": 4
                }
              }
            }
          ],
          "message": {
            "text": "tags[2]: 'BadTag' is not a lowercase kebab-case tag like 'linear-algebra'"
          },
          "partialFingerprints": {
            "npFinding/v1": "db6b8fa4dab9f376"
          },
          "ruleId": "frontmatter-schema",
          "ruleIndex": 17
        },
        {
          "level": "error",
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "tests/fixtures/cli/broken/01-part/01-module/crlf.md",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "endColumn": 6,
                  "endLine": 10,
                  "startColumn": 1,
                  "startLine": 10
                }
              }
            }
          ],
          "message": {
            "text": "unknown field 'titel'; did you mean 'title'?"
          },
          "partialFingerprints": {
            "npFinding/v1": "33114098d04a1b81"
          },
          "ruleId": "frontmatter-schema",
          "ruleIndex": 17
        },
        {
          "level": "error",
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "tests/fixtures/cli/broken/01-part/01-module/deep.md",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "endColumn": 205,
                  "endLine": 3,
                  "startColumn": 204,
                  "startLine": 3
                }
              }
            }
          ],
          "message": {
            "text": "YAML nested too deeply (more than 200 levels) (front matter needs a few levels at most; flatten the structure)"
          },
          "partialFingerprints": {
            "npFinding/v1": "4fdeed2579854904"
          },
          "ruleId": "frontmatter-too-complex",
          "ruleIndex": 18
        },
        {
          "level": "error",
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "tests/fixtures/cli/broken/01-part/01-module/dupkey.md",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "endColumn": 9,
                  "endLine": 4,
                  "startColumn": 8,
                  "startLine": 4
                }
              }
            }
          ],
          "message": {
            "text": "note order jumps from 4 to 6 in module '01-part/01-module' ('dupkey') (expected 5; number them 1, 2, 3... with no gaps)"
          },
          "partialFingerprints": {
            "npFinding/v1": "8824365f6a81d3fe"
          },
          "ruleId": "structure-order-gap",
          "ruleIndex": 74
        },
        {
          "level": "error",
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "tests/fixtures/cli/broken/01-part/01-module/dupkey.md",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "endColumn": 6,
                  "endLine": 9,
                  "startColumn": 1,
                  "startLine": 9
                }
              }
            }
          ],
          "message": {
            "text": "duplicate key 'order' (first defined at line 4) (YAML keeps only one of the values; remove or rename one of them)"
          },
          "partialFingerprints": {
            "npFinding/v1": "ebbd0053c6719e66"
          },
          "ruleId": "frontmatter-duplicate-key",
          "ruleIndex": 14
        },
        {
          "level": "error",
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "tests/fixtures/cli/broken/01-part/01-module/empty.md",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "endColumn": 2,
                  "endLine": 1,
                  "startColumn": 1,
                  "startLine": 1
                }
              }
            }
          ],
          "message": {
            "text": "empty note: no front matter (start the file with ---, the fields id, title, order, kind, status, summary and updated, then ---)"
          },
          "partialFingerprints": {
            "npFinding/v1": "21e9658413aafc5d"
          },
          "ruleId": "frontmatter-missing",
          "ruleIndex": 16
        },
        {
          "level": "error",
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "tests/fixtures/cli/broken/01-part/01-module/fm-only.md",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "endColumn": 9,
                  "endLine": 4,
                  "startColumn": 8,
                  "startLine": 4
                }
              }
            }
          ],
          "message": {
            "text": "note order jumps from 2 to 4 in module '01-part/01-module' ('fm-only') (expected 3; number them 1, 2, 3... with no gaps)"
          },
          "partialFingerprints": {
            "npFinding/v1": "a528e3639b1531cc"
          },
          "ruleId": "structure-order-gap",
          "ruleIndex": 74
        },
        {
          "level": "error",
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "tests/fixtures/cli/broken/01-part/01-module/image.md",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "endColumn": 5,
                  "endLine": 1,
                  "startColumn": 4,
                  "startLine": 1
                }
              }
            }
          ],
          "message": {
            "text": "'01-part/01-module/image.md' contains a NUL byte: it is binary, not a Markdown note (rename it if it is not a note)"
          },
          "partialFingerprints": {
            "npFinding/v1": "9bd39244f8b3c733"
          },
          "ruleId": "file-binary",
          "ruleIndex": 5
        },
        {
          "level": "error",
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "tests/fixtures/cli/broken/01-part/01-module/tabs.md",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "endColumn": 7,
                  "endLine": 8,
                  "startColumn": 1,
                  "startLine": 8
                }
              }
            }
          ],
          "message": {
            "text": "duplicate key 'status' (first defined at line 6) (YAML keeps only one of the values; remove or rename one of them)"
          },
          "partialFingerprints": {
            "npFinding/v1": "61e3a3750b419f76"
          },
          "ruleId": "frontmatter-duplicate-key",
          "ruleIndex": 14
        }
      ],
      "tool": {
        "driver": {
          "name": "np",
          "rules": [
            {
              "defaultConfiguration": {
                "level": "warning"
              },
              "fullDescription": {
                "text": "np test reads two attributes after ```python: no-run (never run the block) and requires=VARIABLE (run it only when the variable is set). Anything else is most likely a typo of one of them, and the block would run."
              },
              "help": {
                "text": "np test reads two attributes after ```python: no-run (never run the block) and requires=VARIABLE (run it only when the variable is set). Anything else is most likely a typo of one of them, and the block would run.\n\nRun `np explain code-attribute-unknown` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#code-attribute-unknown",
              "id": "code-attribute-unknown",
              "name": "code-attribute-unknown",
              "shortDescription": {
                "text": "A word in a python block's info string that np test does not know"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "Reported by np test, which runs every ```python block in a fresh folder without network. The position is the note line of the last frame of the traceback that lies in the note (or the block's fence), and the hint holds the traceback's last lines with note paths and lines."
              },
              "help": {
                "text": "Reported by np test, which runs every ```python block in a fresh folder without network. The position is the note line of the last frame of the traceback that lies in the note (or the block's fence), and the hint holds the traceback's last lines with note paths and lines.\n\nRun `np explain code-error` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#code-error",
              "id": "code-error",
              "name": "code-error",
              "shortDescription": {
                "text": "A python block that raises or exits with an error (np test)"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "Reported by np test. An ```output block right after a ```python block holds what the block prints; trailing spaces and final blank lines aside, they must be equal, so the numbers the text quotes stay true when the code changes."
              },
              "help": {
                "text": "Reported by np test. An ```output block right after a ```python block holds what the block prints; trailing spaces and final blank lines aside, they must be equal, so the numbers the text quotes stay true when the code changes.\n\nRun `np explain code-output` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#code-output",
              "id": "code-output",
              "name": "code-output",
              "shortDescription": {
                "text": "A python block whose printed output differs from the ```output block after it (np test)"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "A block marked ```python requires=VARIABLE runs only when the variable (an API key) is set. The module's requires: tells readers and the site which modules need it; a block that needs a variable the module does not declare surprises them."
              },
              "help": {
                "text": "A block marked ```python requires=VARIABLE runs only when the variable (an API key) is set. The module's requires: tells readers and the site which modules need it; a block that needs a variable the module does not declare surprises them.\n\nRun `np explain code-requires-undeclared` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#code-requires-undeclared",
              "id": "code-requires-undeclared",
              "name": "code-requires-undeclared",
              "shortDescription": {
                "text": "A python block that requires a variable its module.yaml does not list"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "Reported by np test (--timeout, 60 s by default). Notes' code should run in seconds; code that needs a GPU or a cluster is marked ```python no-run."
              },
              "help": {
                "text": "Reported by np test (--timeout, 60 s by default). Notes' code should run in seconds; code that needs a GPU or a cluster is marked ```python no-run.\n\nRun `np explain code-timeout` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#code-timeout",
              "id": "code-timeout",
              "name": "code-timeout",
              "shortDescription": {
                "text": "A python block that does not finish within np test's time limit"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "A file named .md that contains a NUL byte is binary (an image or an archive saved under the wrong name), not a note. np reports it at the first NUL byte and checks it no further."
              },
              "help": {
                "text": "A file named .md that contains a NUL byte is binary (an image or an archive saved under the wrong name), not a note. np reports it at the first NUL byte and checks it no further.\n\nRun `np explain file-binary` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#file-binary",
              "id": "file-binary",
              "name": "file-binary",
              "shortDescription": {
                "text": "A .md file that contains NUL bytes"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "Control characters are invisible in an editor and forbidden in XML: one in a note makes epubcheck stop (RSC-016) and LaTeX stop or typeset nothing. np reports each where it is written: as the character itself (in a note, part.yaml or module.yaml), as an HTML entity in a note's body (&#1;, &#x7F;), or as an escape in a YAML string (\"\\x01\"). The exporters never write them. At most 20 are listed per file."
              },
              "help": {
                "text": "Control characters are invisible in an editor and forbidden in XML: one in a note makes epubcheck stop (RSC-016) and LaTeX stop or typeset nothing. np reports each where it is written: as the character itself (in a note, part.yaml or module.yaml), as an HTML entity in a note's body (&#1;, &#x7F;), or as an escape in a YAML string (\"\\x01\"). The exporters never write them. At most 20 are listed per file.\n\nRun `np explain file-control-character` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#file-control-character",
              "id": "file-control-character",
              "name": "file-control-character",
              "shortDescription": {
                "text": "A control character (U+0001-U+001F but tab and line breaks, U+007F, U+FFFE, U+FFFF), as such or as &#1;"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "Notes and metadata must be UTF-8. np reports the first byte that is not part of well-formed UTF-8 (Latin-1 text, overlong forms, surrogates) and checks the file no further, since every later position would be a guess. A file or folder whose name is not UTF-8 cannot be named in JSON, SARIF, an EPUB or a link: np reports it (the bad bytes written as \\xHH) and leaves it out."
              },
              "help": {
                "text": "Notes and metadata must be UTF-8. np reports the first byte that is not part of well-formed UTF-8 (Latin-1 text, overlong forms, surrogates) and checks the file no further, since every later position would be a guess. A file or folder whose name is not UTF-8 cannot be named in JSON, SARIF, an EPUB or a link: np reports it (the bad bytes written as \\xHH) and leaves it out.\n\nRun `np explain file-invalid-utf8` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#file-invalid-utf8",
              "id": "file-invalid-utf8",
              "name": "file-invalid-utf8",
              "shortDescription": {
                "text": "A file that is not valid UTF-8, or whose name is not"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "np reads at most lint.max_file_size bytes of a note (8 MiB unless np.yaml says otherwise) so that a generated or mistakenly committed file cannot stall a pre-commit hook. Larger notes are reported and skipped."
              },
              "help": {
                "text": "np reads at most lint.max_file_size bytes of a note (8 MiB unless np.yaml says otherwise) so that a generated or mistakenly committed file cannot stall a pre-commit hook. Larger notes are reported and skipped.\n\nRun `np explain file-too-large` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#file-too-large",
              "id": "file-too-large",
              "name": "file-too-large",
              "shortDescription": {
                "text": "A note larger than lint.max_file_size"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "A note, part.yaml, module.yaml or folder that cannot be opened (permissions, a broken disk) is reported with the system's reason; np carries on with the other files."
              },
              "help": {
                "text": "A note, part.yaml, module.yaml or folder that cannot be opened (permissions, a broken disk) is reported with the system's reason; np carries on with the other files.\n\nRun `np explain file-unreadable` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#file-unreadable",
              "id": "file-unreadable",
              "name": "file-unreadable",
              "shortDescription": {
                "text": "A file or folder np cannot read"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "Labels match without regard to case. Every output keeps the first definition and drops the others without a word, so the text of the second one is lost."
              },
              "help": {
                "text": "Labels match without regard to case. Every output keeps the first definition and drops the others without a word, so the text of the second one is lost.\n\nRun `np explain footnote-duplicate` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#footnote-duplicate",
              "id": "footnote-duplicate",
              "name": "footnote-duplicate",
              "shortDescription": {
                "text": "Two footnote definitions with the same label"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "A \"[^label]\" in text refers to a definition \"[^label]: text\" in the same note, at the start of a block (after a blank line). Without one, every output shows the brackets as text. The hint names the closest label."
              },
              "help": {
                "text": "A \"[^label]\" in text refers to a definition \"[^label]: text\" in the same note, at the start of a block (after a blank line). Without one, every output shows the brackets as text. The hint names the closest label.\n\nRun `np explain footnote-undefined` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#footnote-undefined",
              "id": "footnote-undefined",
              "name": "footnote-undefined",
              "shortDescription": {
                "text": "A footnote reference without a definition"
              }
            },
            {
              "defaultConfiguration": {
                "level": "warning"
              },
              "fullDescription": {
                "text": "A definition no \"[^label]\" in the note refers to is left out of every output (GitHub drops it too), so its text never reaches a reader."
              },
              "help": {
                "text": "A definition no \"[^label]\" in the note refers to is left out of every output (GitHub drops it too), so its text never reaches a reader.\n\nRun `np explain footnote-unused` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#footnote-unused",
              "id": "footnote-unused",
              "name": "footnote-unused",
              "shortDescription": {
                "text": "A footnote definition that nothing refers to"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "Note ids are how prerequisites, wiki links and exports refer to notes, so each must be unique in the whole curriculum. Both notes are reported, each naming the other's file, line and column."
              },
              "help": {
                "text": "Note ids are how prerequisites, wiki links and exports refer to notes, so each must be unique in the whole curriculum. Both notes are reported, each naming the other's file, line and column.\n\nRun `np explain frontmatter-duplicate-id` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#frontmatter-duplicate-id",
              "id": "frontmatter-duplicate-id",
              "name": "frontmatter-duplicate-id",
              "shortDescription": {
                "text": "Two notes with the same id"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "YAML parsers keep one of the two values without a word, so the note silently says something else than its author meant. The second key is reported with the line of the first."
              },
              "help": {
                "text": "YAML parsers keep one of the two values without a word, so the note silently says something else than its author meant. The second key is reported with the line of the first.\n\nRun `np explain frontmatter-duplicate-key` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#frontmatter-duplicate-key",
              "id": "frontmatter-duplicate-key",
              "name": "frontmatter-duplicate-key",
              "shortDescription": {
                "text": "A key written twice in front matter"
              }
            },
            {
              "defaultConfiguration": {
                "level": "warning"
              },
              "fullDescription": {
                "text": "By convention a note with id ID is the file ID.md, so that an author who reads an id in a prerequisite finds the file at once and a relative link can be written from the id alone."
              },
              "help": {
                "text": "By convention a note with id ID is the file ID.md, so that an author who reads an id in a prerequisite finds the file at once and a relative link can be written from the id alone.\n\nRun `np explain frontmatter-id-filename` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#frontmatter-id-filename",
              "id": "frontmatter-id-filename",
              "name": "frontmatter-id-filename",
              "shortDescription": {
                "text": "A note whose id is not its file name"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "Every note starts with a YAML front-matter block between two '---' lines (schemas/note.schema.json lists the fields). Without it np cannot know the note's id, title or place in its module. Empty files are reported here too."
              },
              "help": {
                "text": "Every note starts with a YAML front-matter block between two '---' lines (schemas/note.schema.json lists the fields). Without it np cannot know the note's id, title or place in its module. Empty files are reported here too.\n\nRun `np explain frontmatter-missing` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#frontmatter-missing",
              "id": "frontmatter-missing",
              "name": "frontmatter-missing",
              "shortDescription": {
                "text": "A note without front matter"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "Front matter is validated against schemas/note.schema.json (or the folder np.yaml names under `schemas`): required fields, types, allowed values (kind: note | bridge; status: draft | review | published), id and tag syntax, calendar dates that exist, unknown fields (with the closest known field suggested). The diagnostic points at the offending key or value; a missing field is reported on the opening '---'. To add a field, edit the schema, not np."
              },
              "help": {
                "text": "Front matter is validated against schemas/note.schema.json (or the folder np.yaml names under `schemas`): required fields, types, allowed values (kind: note | bridge; status: draft | review | published), id and tag syntax, calendar dates that exist, unknown fields (with the closest known field suggested). The diagnostic points at the offending key or value; a missing field is reported on the opening '---'. To add a field, edit the schema, not np.\n\nRun `np explain frontmatter-schema` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#frontmatter-schema",
              "id": "frontmatter-schema",
              "name": "frontmatter-schema",
              "shortDescription": {
                "text": "Front matter that does not match the note schema"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "YAML aliases can make a few lines expand to billions of nodes (the 'billion laughs' attack), and deep nesting can exhaust the stack. np stops at 200 levels and 100,000 nodes and reports where; front matter never needs either."
              },
              "help": {
                "text": "YAML aliases can make a few lines expand to billions of nodes (the 'billion laughs' attack), and deep nesting can exhaust the stack. np stops at 200 levels and 100,000 nodes and reports where; front matter never needs either.\n\nRun `np explain frontmatter-too-complex` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#frontmatter-too-complex",
              "id": "frontmatter-too-complex",
              "name": "frontmatter-too-complex",
              "shortDescription": {
                "text": "Front matter nested too deeply or expanding too far"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "Without its closing '---' line the whole note would be read as YAML. Reported on the opening line."
              },
              "help": {
                "text": "Without its closing '---' line the whole note would be read as YAML. Reported on the opening line.\n\nRun `np explain frontmatter-unterminated` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#frontmatter-unterminated",
              "id": "frontmatter-unterminated",
              "name": "frontmatter-unterminated",
              "shortDescription": {
                "text": "Front matter opened with '---' but never closed"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "Reported at the YAML parser's line and column, mapped to the note file. A common cause is an unquoted value with ': ' or starting with a special character such as '[', '{', '&', '*', '!', '%' or '@'."
              },
              "help": {
                "text": "Reported at the YAML parser's line and column, mapped to the note file. A common cause is an unquoted value with ': ' or starting with a special character such as '[', '{', '&', '*', '!', '%' or '@'.\n\nRun `np explain frontmatter-yaml-syntax` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#frontmatter-yaml-syntax",
              "id": "frontmatter-yaml-syntax",
              "name": "frontmatter-yaml-syntax",
              "shortDescription": {
                "text": "Front matter that is not valid YAML"
              }
            },
            {
              "defaultConfiguration": {
                "level": "warning"
              },
              "fullDescription": {
                "text": "GitHub renders some raw HTML in Markdown; np's outputs must stay valid XHTML and LaTeX whatever a note holds, so they do not write it. An anchor (`<a name=\"x\"></a>`, `<span id=\"x\">`) is kept as an id that links reach, and comments are left out silently; any other raw HTML (a `<table>`, `<sub>`, `<br>`, a `<div>` with content) is shown as its source, in code, in the EPUB and the site, so that nothing vanishes, and left out of the LaTeX book. An id= or name= that cannot be an XHTML id (a space or punctuation in it) is left out, and so reported here."
              },
              "help": {
                "text": "GitHub renders some raw HTML in Markdown; np's outputs must stay valid XHTML and LaTeX whatever a note holds, so they do not write it. An anchor (`<a name=\"x\"></a>`, `<span id=\"x\">`) is kept as an id that links reach, and comments are left out silently; any other raw HTML (a `<table>`, `<sub>`, `<br>`, a `<div>` with content) is shown as its source, in code, in the EPUB and the site, so that nothing vanishes, and left out of the LaTeX book. An id= or name= that cannot be an XHTML id (a space or punctuation in it) is left out, and so reported here.\n\nRun `np explain html-left-out` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#html-left-out",
              "id": "html-left-out",
              "name": "html-left-out",
              "shortDescription": {
                "text": "Raw HTML that the EPUB, the site and the LaTeX book do not render"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "External links are never fetched, but np.yaml can restrict them with RE2 regular expressions (searched anywhere in the URL; anchor them with ^ and $): `links.deny` reports every URL that matches one of its patterns, and `links.allow`, when given, reports every URL that matches none of its patterns. A denied pattern wins over an allowed one."
              },
              "help": {
                "text": "External links are never fetched, but np.yaml can restrict them with RE2 regular expressions (searched anywhere in the URL; anchor them with ^ and $): `links.deny` reports every URL that matches one of its patterns, and `links.allow`, when given, reports every URL that matches none of its patterns. A denied pattern wins over an allowed one.\n\nRun `np explain link-external-denied` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#link-external-denied",
              "id": "link-external-denied",
              "name": "link-external-denied",
              "shortDescription": {
                "text": "An external URL that links.allow / links.deny in np.yaml forbid"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "np checks the syntax of external links and never makes a network request: an http(s) URL needs '//' and a valid host name (and a numeric port), a mailto: link an address like name@example.org; spaces, backslashes and '%' not followed by two hexadecimal digits are errors. Other schemes (ftp:, javascript:, data:) are reported, and so is a protocol-relative //host URL."
              },
              "help": {
                "text": "np checks the syntax of external links and never makes a network request: an http(s) URL needs '//' and a valid host name (and a numeric port), a mailto: link an address like name@example.org; spaces, backslashes and '%' not followed by two hexadecimal digits are errors. Other schemes (ftp:, javascript:, data:) are reported, and so is a protocol-relative //host URL.\n\nRun `np explain link-external-syntax` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#link-external-syntax",
              "id": "link-external-syntax",
              "name": "link-external-syntax",
              "shortDescription": {
                "text": "A malformed external URL, or a scheme other than http, https and mailto"
              }
            },
            {
              "defaultConfiguration": {
                "level": "warning"
              },
              "fullDescription": {
                "text": "Alt text is what a screen reader says and what an e-reader shows when it cannot display the image; an image with empty brackets says nothing about what it shows."
              },
              "help": {
                "text": "Alt text is what a screen reader says and what an e-reader shows when it cannot display the image; an image with empty brackets says nothing about what it shows.\n\nRun `np explain link-image-missing-alt` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#link-image-missing-alt",
              "id": "link-image-missing-alt",
              "name": "link-image-missing-alt",
              "shortDescription": {
                "text": "An image without alt text"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "An anchor (#part after a note's path, a same-note #anchor, or [[id#anchor]]) must be one the target provides: the GitHub slug of one of its headings (lowercased, punctuation and symbols dropped, spaces turned into '-', -1, -2 for repeated headings; see src/load/github_slug.cc), an explicit {#id} at the end of a heading, or an id/name attribute in its raw HTML. Renaming a heading breaks every link to it; the hint names the closest anchor."
              },
              "help": {
                "text": "An anchor (#part after a note's path, a same-note #anchor, or [[id#anchor]]) must be one the target provides: the GitHub slug of one of its headings (lowercased, punctuation and symbols dropped, spaces turned into '-', -1, -2 for repeated headings; see src/load/github_slug.cc), an explicit {#id} at the end of a heading, or an id/name attribute in its raw HTML. Renaming a heading breaks every link to it; the hint names the closest anchor.\n\nRun `np explain link-missing-anchor` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#link-missing-anchor",
              "id": "link-missing-anchor",
              "name": "link-missing-anchor",
              "shortDescription": {
                "text": "A link to an anchor that its target note does not have"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "An image path is relative to the note's folder and must name a file of the curriculum; the site and every export would show a broken image. The hint names a file of the same name elsewhere, or the closest path."
              },
              "help": {
                "text": "An image path is relative to the note's folder and must name a file of the curriculum; the site and every export would show a broken image. The hint names a file of the same name elsewhere, or the closest path.\n\nRun `np explain link-missing-asset` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#link-missing-asset",
              "id": "link-missing-asset",
              "name": "link-missing-asset",
              "shortDescription": {
                "text": "An image whose file does not exist"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "A relative link is resolved from the note's folder (%XX decoded, ?query ignored) and must name a file of the curriculum. A moved or renamed note breaks every link to it; the hint names a note of the same file name elsewhere, or the closest path. An empty link target is reported too."
              },
              "help": {
                "text": "A relative link is resolved from the note's folder (%XX decoded, ?query ignored) and must name a file of the curriculum. A moved or renamed note breaks every link to it; the hint names a note of the same file name elsewhere, or the closest path. An empty link target is reported too.\n\nRun `np explain link-missing-file` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#link-missing-file",
              "id": "link-missing-file",
              "name": "link-missing-file",
              "shortDescription": {
                "text": "A relative link to a file that does not exist"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "Links between notes go to notes: a link to a folder has no page in the site or the exports, and a Markdown file outside a module folder is not part of the curriculum (structure-note-outside-module reports the file itself). Other files (PDFs, data) are assets and may be linked."
              },
              "help": {
                "text": "Links between notes go to notes: a link to a folder has no page in the site or the exports, and a Markdown file outside a module folder is not part of the curriculum (structure-note-outside-module reports the file itself). Other files (PDFs, data) are assets and may be linked.\n\nRun `np explain link-not-a-note` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#link-not-a-note",
              "id": "link-not-a-note",
              "name": "link-not-a-note",
              "shortDescription": {
                "text": "A link to a folder, or to a Markdown file that is not a note"
              }
            },
            {
              "defaultConfiguration": {
                "level": "warning"
              },
              "fullDescription": {
                "text": "A published note that is neither linked from another note (relative or wiki link) nor listed as a prerequisite can only be found through the table of contents; usually a link from the note it builds on was forgotten. The first note of each module is exempt (it is the module's entry), and so are notes that are not published yet (draft, review)."
              },
              "help": {
                "text": "A published note that is neither linked from another note (relative or wiki link) nor listed as a prerequisite can only be found through the table of contents; usually a link from the note it builds on was forgotten. The first note of each module is exempt (it is the module's entry), and so are notes that are not published yet (draft, review).\n\nRun `np explain link-orphan` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#link-orphan",
              "id": "link-orphan",
              "name": "link-orphan",
              "shortDescription": {
                "text": "A published note that no other note links to or requires"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "np and its exporters never read a file outside the curriculum root, so that a note cannot pull /etc/passwd or a home folder into a book. A relative path climbing above the root, an absolute path, a file: URL, and a path through a symlink that leads out of the root are reported."
              },
              "help": {
                "text": "np and its exporters never read a file outside the curriculum root, so that a note cannot pull /etc/passwd or a home folder into a book. A relative path climbing above the root, an absolute path, a file: URL, and a path through a symlink that leads out of the root are reported.\n\nRun `np explain link-outside-root` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#link-outside-root",
              "id": "link-outside-root",
              "name": "link-outside-root",
              "shortDescription": {
                "text": "A link or image path that leaves the curriculum root"
              }
            },
            {
              "defaultConfiguration": {
                "level": "warning"
              },
              "fullDescription": {
                "text": "Notes converted from a Jekyll blog keep tags such as `{{ \"/assets/x.png\" | relative_url }}` or `{% post_url 2019-05-01-intro %}` where a link or image path belongs. np does not run a template engine: the tag is not a link, not an image, and every output (EPUB, site, LaTeX, JSON) shows it as text. Template syntax inside code spans and code blocks is not reported."
              },
              "help": {
                "text": "Notes converted from a Jekyll blog keep tags such as `{{ \"/assets/x.png\" | relative_url }}` or `{% post_url 2019-05-01-intro %}` where a link or image path belongs. np does not run a template engine: the tag is not a link, not an image, and every output (EPUB, site, LaTeX, JSON) shows it as text. Template syntax inside code spans and code blocks is not reported.\n\nRun `np explain link-template-syntax` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#link-template-syntax",
              "id": "link-template-syntax",
              "name": "link-template-syntax",
              "shortDescription": {
                "text": "Liquid or Jekyll template syntax ({{ ... }}, {% ... %}) in text or a link"
              }
            },
            {
              "defaultConfiguration": {
                "level": "warning"
              },
              "fullDescription": {
                "text": "A draft is not ready for readers, and exports leave drafts out of the book (np export --include-drafts puts them in). A note in the book (published or under review) that links to a draft (relative or wiki link) or lists it as a prerequisite sends readers to unfinished material, and its exported link becomes plain text."
              },
              "help": {
                "text": "A draft is not ready for readers, and exports leave drafts out of the book (np export --include-drafts puts them in). A note in the book (published or under review) that links to a draft (relative or wiki link) or lists it as a prerequisite sends readers to unfinished material, and its exported link becomes plain text.\n\nRun `np explain link-to-draft` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#link-to-draft",
              "id": "link-to-draft",
              "name": "link-to-draft",
              "shortDescription": {
                "text": "A note in the book that links to, or requires, a draft note"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "Wiki links name notes by id ([[svd-qr-lu]], [[svd-qr-lu#truncated-svd]], [[svd-qr-lu|the SVD note]]), so they survive a note moving to another folder, but not a change of id. The hint names the closest id."
              },
              "help": {
                "text": "Wiki links name notes by id ([[svd-qr-lu]], [[svd-qr-lu#truncated-svd]], [[svd-qr-lu|the SVD note]]), so they survive a note moving to another folder, but not a change of id. The hint names the closest id.\n\nRun `np explain link-unknown-id` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#link-unknown-id",
              "id": "link-unknown-id",
              "name": "link-unknown-id",
              "shortDescription": {
                "text": "A wiki link to a note id that does not exist"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "KaTeX's array takes l, c and r columns and | or : rules, nothing else: no p{width}, @{...} or *{n}{c}. subarray takes one column, l or c; matrix* takes [l], [c] or [r]."
              },
              "help": {
                "text": "KaTeX's array takes l, c and r columns and | or : rules, nothing else: no p{width}, @{...} or *{n}{c}. subarray takes one column, l or c; matrix* takes [l], [c] or [r].\n\nRun `np explain math-array-column-spec` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#math-array-column-spec",
              "id": "math-array-column-spec",
              "name": "math-array-column-spec",
              "shortDescription": {
                "text": "An array's column specification KaTeX cannot read"
              }
            },
            {
              "defaultConfiguration": {
                "level": "warning"
              },
              "fullDescription": {
                "text": "Three periods in math are three punctuation marks with the spacing of periods; \\dots (\\ldots on the baseline, \\cdots between operators) is the ellipsis."
              },
              "help": {
                "text": "Three periods in math are three punctuation marks with the spacing of periods; \\dots (\\ldots on the baseline, \\cdots between operators) is the ellipsis.\n\nRun `np explain math-ascii-dots` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#math-ascii-dots",
              "id": "math-ascii-dots",
              "name": "math-ascii-dots",
              "shortDescription": {
                "text": "'...' in a formula instead of \\dots"
              }
            },
            {
              "defaultConfiguration": {
                "level": "warning"
              },
              "fullDescription": {
                "text": "KaTeX's blackboard-bold font has letters only: \\mathbb{1} renders a plain 1, not the double-struck indicator. Write \\mathbf{1} (np.yaml defines it as \\ind) or \\mathbb{I}."
              },
              "help": {
                "text": "KaTeX's blackboard-bold font has letters only: \\mathbb{1} renders a plain 1, not the double-struck indicator. Write \\mathbf{1} (np.yaml defines it as \\ind) or \\mathbb{I}.\n\nRun `np explain math-blackboard-digit` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#math-blackboard-digit",
              "id": "math-blackboard-digit",
              "name": "math-blackboard-digit",
              "shortDescription": {
                "text": "\\mathbb{1} or another blackboard-bold digit"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "An unclosed '{', an unmatched '}' or an unclosed optional argument '[' make KaTeX refuse the formula, as does a command used as an argument without braces (x^\\sqrt2). np points at the brace that is not closed."
              },
              "help": {
                "text": "An unclosed '{', an unmatched '}' or an unclosed optional argument '[' make KaTeX refuse the formula, as does a command used as an argument without braces (x^\\sqrt2). np points at the brace that is not closed.\n\nRun `np explain math-braces` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#math-braces",
              "id": "math-braces",
              "name": "math-braces",
              "shortDescription": {
                "text": "Unbalanced braces in a formula, or a command that needs braces"
              }
            },
            {
              "defaultConfiguration": {
                "level": "warning"
              },
              "fullDescription": {
                "text": "cases has a value column and a condition column; KaTeX renders a third column, LaTeX's cases refuses it. The extra '&' is usually meant as a space: write \\quad or put the words in \\text{...}."
              },
              "help": {
                "text": "cases has a value column and a condition column; KaTeX renders a third column, LaTeX's cases refuses it. The extra '&' is usually meant as a space: write \\quad or put the words in \\text{...}.\n\nRun `np explain math-cases-columns` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#math-cases-columns",
              "id": "math-cases-columns",
              "name": "math-cases-columns",
              "shortDescription": {
                "text": "A cases row with more than two columns"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "A display formula lives in one paragraph: a blank line, a line starting with # or with a list marker (- , + , * , 1. ) ends the paragraph, and md4c (like GitHub) then shows both '$$' and the TeX as text. A line that starts with '+ ' is a common case: move the + to the end of the line before."
              },
              "help": {
                "text": "A display formula lives in one paragraph: a blank line, a line starting with # or with a list marker (- , + , * , 1. ) ends the paragraph, and md4c (like GitHub) then shows both '$$' and the TeX as text. A line that starts with '+ ' is a common case: move the + to the end of the line before.\n\nRun `np explain math-display-interrupted` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#math-display-interrupted",
              "id": "math-display-interrupted",
              "name": "math-display-interrupted",
              "shortDescription": {
                "text": "A blank line, heading or list item inside $$...$$"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "align, gather, equation, split, CD and \\tag number or arrange whole lines: KaTeX accepts them only in display math ($$...$$ or a ```math block). Inline, use aligned or gathered."
              },
              "help": {
                "text": "align, gather, equation, split, CD and \\tag number or arrange whole lines: KaTeX accepts them only in display math ($$...$$ or a ```math block). Inline, use aligned or gathered.\n\nRun `np explain math-display-only` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#math-display-only",
              "id": "math-display-only",
              "name": "math-display-only",
              "shortDescription": {
                "text": "An environment or \\tag that needs display math, in inline math"
              }
            },
            {
              "defaultConfiguration": {
                "level": "warning"
              },
              "fullDescription": {
                "text": "md4c (and GitHub) read any '$...$' as a formula; pandoc needs the opening '$' followed and the closing one preceded by a non-space, and no digit after the closing one. np reads such dollars as pandoc does: '$5 and $10' is two prices, written as text in every output (EPUB, site, LaTeX, JSON), where GitHub shows a formula. A letter right after the closing '$' ($n$th) keeps some renderers from ending the formula there; np keeps that one a formula. A $$...$$ inside a sentence (text before it or a word after it on its lines) is an inline formula to np, as to kramdown; md4c and GitHub show a display formula. Escape dollar signs as \\$, write $n$-th, and give a display formula a paragraph of its own."
              },
              "help": {
                "text": "md4c (and GitHub) read any '$...$' as a formula; pandoc needs the opening '$' followed and the closing one preceded by a non-space, and no digit after the closing one. np reads such dollars as pandoc does: '$5 and $10' is two prices, written as text in every output (EPUB, site, LaTeX, JSON), where GitHub shows a formula. A letter right after the closing '$' ($n$th) keeps some renderers from ending the formula there; np keeps that one a formula. A $$...$$ inside a sentence (text before it or a word after it on its lines) is an inline formula to np, as to kramdown; md4c and GitHub show a display formula. Escape dollar signs as \\$, write $n$-th, and give a display formula a paragraph of its own.\n\nRun `np explain math-dollar-ambiguous` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#math-dollar-ambiguous",
              "id": "math-dollar-ambiguous",
              "name": "math-dollar-ambiguous",
              "shortDescription": {
                "text": "'$' that md4c and other Markdown renderers read differently"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "x^a^b is ambiguous, and TeX and KaTeX refuse it (so does a prime after a superscript, x^2'). Group the scripts, x^{ab} or {x^a}^b."
              },
              "help": {
                "text": "x^a^b is ambiguous, and TeX and KaTeX refuse it (so does a prime after a superscript, x^2'). Group the scripts, x^{ab} or {x^a}^b.\n\nRun `np explain math-double-script` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#math-double-script",
              "id": "math-double-script",
              "name": "math-double-script",
              "shortDescription": {
                "text": "A second superscript or subscript on the same base"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "An environment closed by another name's \\end, a \\begin without \\end, or an \\end without \\begin: KaTeX refuses the formula."
              },
              "help": {
                "text": "An environment closed by another name's \\end, a \\begin without \\end, or an \\end without \\begin: KaTeX refuses the formula.\n\nRun `np explain math-environment-mismatch` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#math-environment-mismatch",
              "id": "math-environment-mismatch",
              "name": "math-environment-mismatch",
              "shortDescription": {
                "text": "\\begin and \\end do not match"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "Sizes are a number and a unit (em, ex, mu, pt, mm, cm, in, bp, pc, dd, cc, nd, nc, sp, px); colours are names or #rgb/#rrggbb; \\char takes a decimal, 'octal, \"hex or `character code."
              },
              "help": {
                "text": "Sizes are a number and a unit (em, ex, mu, pt, mm, cm, in, bp, pc, dd, cc, nd, nc, sp, px); colours are names or #rgb/#rrggbb; \\char takes a decimal, 'octal, \"hex or `character code.\n\nRun `np explain math-invalid-argument` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#math-invalid-argument",
              "id": "math-invalid-argument",
              "name": "math-invalid-argument",
              "shortDescription": {
                "text": "A size, colour, unit or number KaTeX cannot read"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "A delimiter is one of ( ) [ ] \\{ \\} | \\| / \\langle \\rangle \\lfloor \\rfloor \\lceil \\rceil \\lvert \\rvert \\uparrow... or '.' for none. A brace must be escaped: \\left\\{, not \\left{."
              },
              "help": {
                "text": "A delimiter is one of ( ) [ ] \\{ \\} | \\| / \\langle \\rangle \\lfloor \\rfloor \\lceil \\rceil \\lvert \\rvert \\uparrow... or '.' for none. A brace must be escaped: \\left\\{, not \\left{.\n\nRun `np explain math-invalid-delimiter` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#math-invalid-delimiter",
              "id": "math-invalid-delimiter",
              "name": "math-invalid-delimiter",
              "shortDescription": {
                "text": "\\left, \\right, \\middle or \\big with something that is not a delimiter"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "KaTeX has no cross-references: a formula with \\label, \\ref or \\eqref is refused and shown in red. Number a display formula with \\tag{...} and refer to it in the prose (or link to the heading above it)."
              },
              "help": {
                "text": "KaTeX has no cross-references: a formula with \\label, \\ref or \\eqref is refused and shown in red. Number a display formula with \\tag{...} and refer to it in the prose (or link to the heading above it).\n\nRun `np explain math-label-ref` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#math-label-ref",
              "id": "math-label-ref",
              "name": "math-label-ref",
              "shortDescription": {
                "text": "\\label, \\ref or \\eqref, which KaTeX does not support"
              }
            },
            {
              "defaultConfiguration": {
                "level": "warning"
              },
              "fullDescription": {
                "text": "What KaTeX's strict mode reports: \\\\ at the top of display math (LaTeX ignores it), text accents such as \\' in math, \\kern with mu or \\mkern without, an array row with more columns than its column spec, \\html... extensions; and what else LaTeX cannot typeset as KaTeX does: KaTeX's internal \\@ macros, a colour xcolor cannot name, & in {gather}, a math-only command in \\text{...}, \\noexpand and the other commands the export keeps out. The LaTeX export writes such a formula as its TeX source, in code."
              },
              "help": {
                "text": "What KaTeX's strict mode reports: \\\\ at the top of display math (LaTeX ignores it), text accents such as \\' in math, \\kern with mu or \\mkern without, an array row with more columns than its column spec, \\html... extensions; and what else LaTeX cannot typeset as KaTeX does: KaTeX's internal \\@ macros, a colour xcolor cannot name, & in {gather}, a math-only command in \\text{...}, \\noexpand and the other commands the export keeps out. The LaTeX export writes such a formula as its TeX source, in code.\n\nRun `np explain math-latex-incompatible` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#math-latex-incompatible",
              "id": "math-latex-incompatible",
              "name": "math-latex-incompatible",
              "shortDescription": {
                "text": "TeX that KaTeX renders and LaTeX would not"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "\\left and \\right come in pairs within one group (and one cell of an array); \\middle goes between them. Use \\left. or \\right. for an invisible delimiter."
              },
              "help": {
                "text": "\\left and \\right come in pairs within one group (and one cell of an array); \\middle goes between them. Use \\left. or \\right. for an invisible delimiter.\n\nRun `np explain math-left-right` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#math-left-right",
              "id": "math-left-right",
              "name": "math-left-right",
              "shortDescription": {
                "text": "\\left without \\right, \\right without \\left, or \\middle outside them"
              }
            },
            {
              "defaultConfiguration": {
                "level": "warning"
              },
              "fullDescription": {
                "text": "A \\left/\\right pair sizes its delimiters to one line: around \\\\ KaTeX keeps the break inside the pair (LaTeX refuses it). Close with \\right. before the break and reopen with \\left. after it."
              },
              "help": {
                "text": "A \\left/\\right pair sizes its delimiters to one line: around \\\\ KaTeX keeps the break inside the pair (LaTeX refuses it). Close with \\right. before the break and reopen with \\left. after it.\n\nRun `np explain math-left-right-linebreak` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#math-left-right-linebreak",
              "id": "math-left-right-linebreak",
              "name": "math-left-right-linebreak",
              "shortDescription": {
                "text": "\\left...\\right around a line break"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "KaTeX stops after 1000 macro expansions (a macro that calls itself), and refuses definitions with bad parameters (#2 before #1), \\newcommand of an existing command, or a use that does not match a \\def's parameter text. Check the macros of np.yaml that the formula uses."
              },
              "help": {
                "text": "KaTeX stops after 1000 macro expansions (a macro that calls itself), and refuses definitions with bad parameters (#2 before #1), \\newcommand of an existing command, or a use that does not match a \\def's parameter text. Check the macros of np.yaml that the formula uses.\n\nRun `np explain math-macro` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#math-macro",
              "id": "math-macro",
              "name": "math-macro",
              "shortDescription": {
                "text": "A macro that expands forever, or a malformed macro definition or use"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "'&' separates columns only inside array-like environments (matrix, aligned, cases...); outside them, or beyond an environment's columns (split has two, alignat{n} has 2n), KaTeX refuses the formula. \\hline works only in arrays. A literal ampersand is \\&."
              },
              "help": {
                "text": "'&' separates columns only inside array-like environments (matrix, aligned, cases...); outside them, or beyond an environment's columns (split has two, alignat{n} has 2n), KaTeX refuses the formula. \\hline works only in arrays. A literal ampersand is \\&.\n\nRun `np explain math-misplaced-alignment` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#math-misplaced-alignment",
              "id": "math-misplaced-alignment",
              "name": "math-misplaced-alignment",
              "shortDescription": {
                "text": "'&', '\\\\' or \\hline where the formula has no columns or rows"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "\\frac takes two arguments, ^ and _ one; at the end of a formula or a group KaTeX has none to give them and refuses the formula. np reports the command that is short of arguments."
              },
              "help": {
                "text": "\\frac takes two arguments, ^ and _ one; at the end of a formula or a group KaTeX has none to give them and refuses the formula. np reports the command that is short of arguments.\n\nRun `np explain math-missing-argument` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#math-missing-argument",
              "id": "math-missing-argument",
              "name": "math-missing-argument",
              "shortDescription": {
                "text": "A command or script is missing an argument"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "Inside \\text{...} KaTeX is in text mode: \\frac, \\sqrt, ^ and _ are refused there. End the text first (\\text{if } x^2 > 0), or nest math with $...$ inside \\text. A '$' in a formula is refused too."
              },
              "help": {
                "text": "Inside \\text{...} KaTeX is in text mode: \\frac, \\sqrt, ^ and _ are refused there. End the text first (\\text{if } x^2 > 0), or nest math with $...$ inside \\text. A '$' in a formula is refused too.\n\nRun `np explain math-mode` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#math-mode",
              "id": "math-mode",
              "name": "math-mode",
              "shortDescription": {
                "text": "A math command in text mode, a text command in math mode, or a script in text"
              }
            },
            {
              "defaultConfiguration": {
                "level": "warning"
              },
              "fullDescription": {
                "text": "In TeX, % comments out the rest of the line: in $50% of x$ KaTeX renders only 50, and the LaTeX export loses the closing '$'. Write \\% for a percent sign."
              },
              "help": {
                "text": "In TeX, % comments out the rest of the line: in $50% of x$ KaTeX renders only 50, and the LaTeX export loses the closing '$'. Write \\% for a percent sign.\n\nRun `np explain math-percent-comment` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#math-percent-comment",
              "id": "math-percent-comment",
              "name": "math-percent-comment",
              "shortDescription": {
                "text": "'%' in a formula starts a TeX comment"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "The formula breaks one of KaTeX's rules not covered by another math-* rule: \\limits after something that is not an operator, two \\over in one group, a \\verb without its closing delimiter, a character KaTeX does not accept (a control or private-use character). The message says which."
              },
              "help": {
                "text": "The formula breaks one of KaTeX's rules not covered by another math-* rule: \\limits after something that is not an operator, two \\over in one group, a \\verb without its closing delimiter, a character KaTeX does not accept (a control or private-use character). The message says which.\n\nRun `np explain math-syntax` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#math-syntax",
              "id": "math-syntax",
              "name": "math-syntax",
              "shortDescription": {
                "text": "Any other error KaTeX throws"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "In a GitHub table every '|' ends a cell, also inside $...$: the formula is cut in two and neither half renders. Write \\vert (or \\mid for 'such that', \\lvert...\\rvert for an absolute value)."
              },
              "help": {
                "text": "In a GitHub table every '|' ends a cell, also inside $...$: the formula is cut in two and neither half renders. Write \\vert (or \\mid for 'such that', \\lvert...\\rvert for an absolute value).\n\nRun `np explain math-table-pipe` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#math-table-pipe",
              "id": "math-table-pipe",
              "name": "math-table-pipe",
              "shortDescription": {
                "text": "A '|' inside a formula in a table row"
              }
            },
            {
              "defaultConfiguration": {
                "level": "warning"
              },
              "fullDescription": {
                "text": "A script without braces takes one character: 10^10 is 10¹0 and x_12 is x₁2. Brace the whole script: 10^{10}, x_{12}."
              },
              "help": {
                "text": "A script without braces takes one character: 10^10 is 10¹0 and x_12 is x₁2. Brace the whole script: 10^{10}, x_{12}.\n\nRun `np explain math-unbraced-script` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#math-unbraced-script",
              "id": "math-unbraced-script",
              "name": "math-unbraced-script",
              "shortDescription": {
                "text": "A superscript or subscript of several digits without braces"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "KaTeX refuses the whole formula at an unknown control sequence and shows its source in red. np knows every command, symbol, environment and macro of KaTeX (generated from KaTeX's own tables, see scripts/katex/gen-table.mjs) and the macros of np.yaml, and suggests the closest known name."
              },
              "help": {
                "text": "KaTeX refuses the whole formula at an unknown control sequence and shows its source in red. np knows every command, symbol, environment and macro of KaTeX (generated from KaTeX's own tables, see scripts/katex/gen-table.mjs) and the macros of np.yaml, and suggests the closest known name.\n\nRun `np explain math-undefined-command` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#math-undefined-command",
              "id": "math-undefined-command",
              "name": "math-undefined-command",
              "shortDescription": {
                "text": "A formula uses a command KaTeX does not know"
              }
            },
            {
              "defaultConfiguration": {
                "level": "warning"
              },
              "fullDescription": {
                "text": "KaTeX renders α, ≤ or é typed directly, but LaTeX (the PDF export) needs the commands \\alpha, \\le, \\acute{e} without extra packages, and KaTeX warns about letters in its strict mode. np names the command where KaTeX has one. Words belong in \\text{...}."
              },
              "help": {
                "text": "KaTeX renders α, ≤ or é typed directly, but LaTeX (the PDF export) needs the commands \\alpha, \\le, \\acute{e} without extra packages, and KaTeX warns about letters in its strict mode. np names the command where KaTeX has one. Words belong in \\text{...}.\n\nRun `np explain math-unicode-text` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#math-unicode-text",
              "id": "math-unicode-text",
              "name": "math-unicode-text",
              "shortDescription": {
                "text": "A non-ASCII character in math"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "KaTeX has matrix (and p, b, B, v, V variants), array, aligned, gathered, cases, split, CD and the display environments align, gather and equation; it has no eqnarray, itemize or tabular. np suggests the closest name."
              },
              "help": {
                "text": "KaTeX has matrix (and p, b, B, v, V variants), array, aligned, gathered, cases, split, CD and the display environments align, gather and equation; it has no eqnarray, itemize or tabular. np suggests the closest name.\n\nRun `np explain math-unknown-environment` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#math-unknown-environment",
              "id": "math-unknown-environment",
              "name": "math-unknown-environment",
              "shortDescription": {
                "text": "\\begin{...} names an environment KaTeX does not have"
              }
            },
            {
              "defaultConfiguration": {
                "level": "warning"
              },
              "fullDescription": {
                "text": "md4c pairs '$' with the next '$' in the same paragraph; one without a partner is shown as text, which is rarely what was meant (a formula missing its closing '$'). Write \\$ for a dollar sign."
              },
              "help": {
                "text": "md4c pairs '$' with the next '$' in the same paragraph; one without a partner is shown as text, which is rarely what was meant (a formula missing its closing '$'). Write \\$ for a dollar sign.\n\nRun `np explain math-unmatched-dollar` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#math-unmatched-dollar",
              "id": "math-unmatched-dollar",
              "name": "math-unmatched-dollar",
              "shortDescription": {
                "text": "A '$' that is not a math delimiter"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "Formulas reach the LaTeX export as TeX: \\input, \\include, \\write18, \\openout, \\catcode, \\csname, \\directlua, \\special and their kin would read files, run programs or change how TeX reads the rest of the book. Macro definitions (\\def, \\gdef, \\let, \\newcommand...) belong in np.yaml's katex.macros, where every formula and the export see the same notation."
              },
              "help": {
                "text": "Formulas reach the LaTeX export as TeX: \\input, \\include, \\write18, \\openout, \\catcode, \\csname, \\directlua, \\special and their kin would read files, run programs or change how TeX reads the rest of the book. Macro definitions (\\def, \\gdef, \\let, \\newcommand...) belong in np.yaml's katex.macros, where every formula and the export see the same notation.\n\nRun `np explain math-unsafe-command` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#math-unsafe-command",
              "id": "math-unsafe-command",
              "name": "math-unsafe-command",
              "shortDescription": {
                "text": "A TeX file, shell or catcode primitive, or a macro definition, in a formula"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "A link in a formula ends up in the HTML, EPUB and PDF, so it gets the allowlist of Markdown links: a well-formed http, https or mailto URL. Anything else is refused: in a PDF, hyperref makes \\href{run:...} a Launch action (it starts a program) and a relative target such as \\href{other.pdf} a GoToR action (it opens a file); a javascript: URL runs code when clicked, a file: or data: URL reads from the reader's machine. The LaTeX and EPUB exports refuse such a formula."
              },
              "help": {
                "text": "A link in a formula ends up in the HTML, EPUB and PDF, so it gets the allowlist of Markdown links: a well-formed http, https or mailto URL. Anything else is refused: in a PDF, hyperref makes \\href{run:...} a Launch action (it starts a program) and a relative target such as \\href{other.pdf} a GoToR action (it opens a file); a javascript: URL runs code when clicked, a file: or data: URL reads from the reader's machine. The LaTeX and EPUB exports refuse such a formula.\n\nRun `np explain math-unsafe-url` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#math-unsafe-url",
              "id": "math-unsafe-url",
              "name": "math-unsafe-url",
              "shortDescription": {
                "text": "\\href, \\url or \\includegraphics with a target other than an http, https or mailto URL"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "part.yaml needs order and title; module.yaml needs number, title and summary, and may list requires (environment variables such as ANTHROPIC_API_KEY). Unknown fields are errors, with the closest known field suggested. The schemas are schemas/part.schema.json and schemas/module.schema.json."
              },
              "help": {
                "text": "part.yaml needs order and title; module.yaml needs number, title and summary, and may list requires (environment variables such as ANTHROPIC_API_KEY). Unknown fields are errors, with the closest known field suggested. The schemas are schemas/part.schema.json and schemas/module.schema.json.\n\nRun `np explain metadata-schema` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#metadata-schema",
              "id": "metadata-schema",
              "name": "metadata-schema",
              "shortDescription": {
                "text": "part.yaml or module.yaml does not match its schema"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "Syntax errors at the parser's line and column, duplicate keys (YAML keeps one value silently), and documents that expand past np's limits through aliases."
              },
              "help": {
                "text": "Syntax errors at the parser's line and column, duplicate keys (YAML keeps one value silently), and documents that expand past np's limits through aliases.\n\nRun `np explain metadata-yaml` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#metadata-yaml",
              "id": "metadata-yaml",
              "name": "metadata-yaml",
              "shortDescription": {
                "text": "part.yaml or module.yaml is not valid YAML"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "Prerequisites say what to read first, so they cannot go round in a circle: a -> b -> a leaves no note to start with. The whole cycle is named, in order, in each note on it (at the prerequisite that continues the cycle)."
              },
              "help": {
                "text": "Prerequisites say what to read first, so they cannot go round in a circle: a -> b -> a leaves no note to start with. The whole cycle is named, in order, in each note on it (at the prerequisite that continues the cycle).\n\nRun `np explain prerequisite-cycle` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#prerequisite-cycle",
              "id": "prerequisite-cycle",
              "name": "prerequisite-cycle",
              "shortDescription": {
                "text": "Notes that need each other through their prerequisites"
              }
            },
            {
              "defaultConfiguration": {
                "level": "warning"
              },
              "fullDescription": {
                "text": "Each prerequisite needs to be listed once; a repeated id is usually a copy-and-paste slip, or a second id that was meant."
              },
              "help": {
                "text": "Each prerequisite needs to be listed once; a repeated id is usually a copy-and-paste slip, or a second id that was meant.\n\nRun `np explain prerequisite-duplicate` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#prerequisite-duplicate",
              "id": "prerequisite-duplicate",
              "name": "prerequisite-duplicate",
              "shortDescription": {
                "text": "A prerequisite listed twice in one note"
              }
            },
            {
              "defaultConfiguration": {
                "level": "warning"
              },
              "fullDescription": {
                "text": "A reader who follows the curriculum in order meets a note before the notes it needs when a prerequisite comes later (a later note of the module, a later module or part). Move one of them, or drop the prerequisite."
              },
              "help": {
                "text": "A reader who follows the curriculum in order meets a note before the notes it needs when a prerequisite comes later (a later note of the module, a later module or part). Move one of them, or drop the prerequisite.\n\nRun `np explain prerequisite-order` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#prerequisite-order",
              "id": "prerequisite-order",
              "name": "prerequisite-order",
              "shortDescription": {
                "text": "A prerequisite placed later in the curriculum than the note needing it"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "A note cannot be read before itself; listing its own id among its prerequisites is a slip (often a copied front matter)."
              },
              "help": {
                "text": "A note cannot be read before itself; listing its own id among its prerequisites is a slip (often a copied front matter).\n\nRun `np explain prerequisite-self` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#prerequisite-self",
              "id": "prerequisite-self",
              "name": "prerequisite-self",
              "shortDescription": {
                "text": "A note that lists itself as a prerequisite"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "Prerequisites name notes by id. An id that no note has is a typo or a note that was renamed or removed; the hint names the closest id."
              },
              "help": {
                "text": "Prerequisites name notes by id. An id that no note has is a typo or a note that was renamed or removed; the hint names the closest id.\n\nRun `np explain prerequisite-unknown` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#prerequisite-unknown",
              "id": "prerequisite-unknown",
              "name": "prerequisite-unknown",
              "shortDescription": {
                "text": "A prerequisite id that no note has"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "Part folders are named NN-slug after the part's order and module folders NN-slug after the module's number, so that the tree sorts in reading order and a link such as ../03-linear-algebra/svd-qr-lu.md says where it goes. A note therefore sits in the folder of the module it belongs to; a folder and a module.yaml that disagree are reported on the number."
              },
              "help": {
                "text": "Part folders are named NN-slug after the part's order and module folders NN-slug after the module's number, so that the tree sorts in reading order and a link such as ../03-linear-algebra/svd-qr-lu.md says where it goes. A note therefore sits in the folder of the module it belongs to; a folder and a module.yaml that disagree are reported on the number.\n\nRun `np explain structure-folder-name` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#structure-folder-name",
              "id": "structure-folder-name",
              "name": "structure-folder-name",
              "shortDescription": {
                "text": "A part or module folder whose NN- prefix does not match its metadata"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "Notes live in ROOT/NN-part/NN-module/, a module folder with a module.yaml inside a part folder with a part.yaml. A .md file anywhere else (the root, a part folder, a module's sub-folder, a folder without module.yaml) belongs to no module and would be left out of the site and the exports."
              },
              "help": {
                "text": "Notes live in ROOT/NN-part/NN-module/, a module folder with a module.yaml inside a part folder with a part.yaml. A .md file anywhere else (the root, a part folder, a module's sub-folder, a folder without module.yaml) belongs to no module and would be left out of the site and the exports.\n\nRun `np explain structure-note-outside-module` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#structure-note-outside-module",
              "id": "structure-note-outside-module",
              "name": "structure-note-outside-module",
              "shortDescription": {
                "text": "A Markdown file that is not in a module folder"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "The reading order is explicit: `order` of notes within their module, `number` of modules across the curriculum and `order` of parts. Two things with the same number leave the order undefined; both are named."
              },
              "help": {
                "text": "The reading order is explicit: `order` of notes within their module, `number` of modules across the curriculum and `order` of parts. Two things with the same number leave the order undefined; both are named.\n\nRun `np explain structure-order-duplicate` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#structure-order-duplicate",
              "id": "structure-order-duplicate",
              "name": "structure-order-duplicate",
              "shortDescription": {
                "text": "Two notes of a module (or two modules, two parts) with the same number"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "Notes of a module are numbered 1, 2, 3... and so are modules and parts; a gap usually means a note was deleted or renumbered by hand and another was forgotten."
              },
              "help": {
                "text": "Notes of a module are numbered 1, 2, 3... and so are modules and parts; a gap usually means a note was deleted or renumbered by hand and another was forgotten.\n\nRun `np explain structure-order-gap` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#structure-order-gap",
              "id": "structure-order-gap",
              "name": "structure-order-gap",
              "shortDescription": {
                "text": "A gap in the numbering of notes, modules or parts"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "np never reads a file outside the curriculum root, so that a note cannot pull /etc/passwd or a home directory into a lint report or an export. A symlink leading out of the root is reported and not followed."
              },
              "help": {
                "text": "np never reads a file outside the curriculum root, so that a note cannot pull /etc/passwd or a home directory into a lint report or an export. A symlink leading out of the root is reported and not followed.\n\nRun `np explain structure-outside-root` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#structure-outside-root",
              "id": "structure-outside-root",
              "name": "structure-outside-root",
              "shortDescription": {
                "text": "A symlink that points outside the curriculum root"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "A folder symlink that leads back into one of its own parents would make the walk endless, and a dangling link hides a file that is not there. Both are reported and skipped."
              },
              "help": {
                "text": "A folder symlink that leads back into one of its own parents would make the walk endless, and a dangling link hides a file that is not there. Both are reported and skipped.\n\nRun `np explain structure-symlink-loop` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#structure-symlink-loop",
              "id": "structure-symlink-loop",
              "name": "structure-symlink-loop",
              "shortDescription": {
                "text": "A symlink that loops or points to nothing"
              }
            },
            {
              "defaultConfiguration": {
                "level": "error"
              },
              "fullDescription": {
                "text": "<!-- np-disable-next-line RULE -->, <!-- np-disable RULE --> and <!-- np-enable RULE --> take rule ids (several separated by spaces or commas; none means every rule). A misspelt id would silently suppress nothing, so it is an error, with the closest id suggested."
              },
              "help": {
                "text": "<!-- np-disable-next-line RULE -->, <!-- np-disable RULE --> and <!-- np-enable RULE --> take rule ids (several separated by spaces or commas; none means every rule). A misspelt id would silently suppress nothing, so it is an error, with the closest id suggested.\n\nRun `np explain suppression-unknown-rule` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#suppression-unknown-rule",
              "id": "suppression-unknown-rule",
              "name": "suppression-unknown-rule",
              "shortDescription": {
                "text": "A suppression comment names a rule that does not exist"
              }
            },
            {
              "defaultConfiguration": {
                "level": "warning"
              },
              "fullDescription": {
                "text": "A suppression left behind after the problem was fixed hides the next real problem on that line. np reports every np-disable-next-line and np-disable comment (per rule it names) that matched no diagnostic."
              },
              "help": {
                "text": "A suppression left behind after the problem was fixed hides the next real problem on that line. np reports every np-disable-next-line and np-disable comment (per rule it names) that matched no diagnostic.\n\nRun `np explain suppression-unused` for examples."
              },
              "helpUri": "https://github.com/neural-path/np/blob/main/docs/rules.md#suppression-unused",
              "id": "suppression-unused",
              "name": "suppression-unused",
              "shortDescription": {
                "text": "A suppression comment that suppresses nothing"
              }
            }
          ],
          "semanticVersion": "0.1.0",
          "version": "0.1.0"
        }
      }
    }
  ],
  "version": "2.1.0"
}
--- exit 1
