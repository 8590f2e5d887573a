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
                  "uri": "tests/fixtures/cli/broken/01-part/01-module/bom.md"
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
          "ruleId": "frontmatter-schema",
          "ruleIndex": 8
        },
        {
          "level": "error",
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "tests/fixtures/cli/broken/01-part/01-module/crlf.md"
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
          "ruleId": "frontmatter-schema",
          "ruleIndex": 8
        },
        {
          "level": "error",
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "tests/fixtures/cli/broken/01-part/01-module/crlf.md"
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
          "ruleId": "frontmatter-schema",
          "ruleIndex": 8
        },
        {
          "level": "error",
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "tests/fixtures/cli/broken/01-part/01-module/crlf.md"
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
          "ruleId": "frontmatter-schema",
          "ruleIndex": 8
        },
        {
          "level": "error",
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "tests/fixtures/cli/broken/01-part/01-module/deep.md"
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
          "ruleId": "frontmatter-too-complex",
          "ruleIndex": 9
        },
        {
          "level": "error",
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "tests/fixtures/cli/broken/01-part/01-module/dupkey.md"
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
          "ruleId": "structure-order-gap",
          "ruleIndex": 17
        },
        {
          "level": "error",
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "tests/fixtures/cli/broken/01-part/01-module/dupkey.md"
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
          "ruleId": "frontmatter-duplicate-key",
          "ruleIndex": 5
        },
        {
          "level": "error",
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "tests/fixtures/cli/broken/01-part/01-module/empty.md"
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
          "ruleId": "frontmatter-missing",
          "ruleIndex": 7
        },
        {
          "level": "error",
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "tests/fixtures/cli/broken/01-part/01-module/fm-only.md"
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
          "ruleId": "structure-order-gap",
          "ruleIndex": 17
        },
        {
          "level": "error",
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "tests/fixtures/cli/broken/01-part/01-module/image.md"
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
          "ruleId": "file-binary",
          "ruleIndex": 0
        },
        {
          "level": "error",
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "tests/fixtures/cli/broken/01-part/01-module/tabs.md"
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
          "ruleId": "frontmatter-duplicate-key",
          "ruleIndex": 5
        }
      ],
      "tool": {
        "driver": {
          "name": "np",
          "rules": [
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
                "text": "Notes and metadata must be UTF-8. np reports the first byte that is not part of well-formed UTF-8 (Latin-1 text, overlong forms, surrogates) and checks the file no further, since every later position would be a guess."
              },
              "help": {
                "text": "Notes and metadata must be UTF-8. np reports the first byte that is not part of well-formed UTF-8 (Latin-1 text, overlong forms, surrogates) and checks the file no further, since every later position would be a guess.\n\nRun `np explain file-invalid-utf8` for examples."
              },
              "id": "file-invalid-utf8",
              "name": "file-invalid-utf8",
              "shortDescription": {
                "text": "A file that is not valid UTF-8"
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
                "text": "Note ids are how prerequisites, wiki links and exports refer to notes, so each must be unique in the whole curriculum. Both notes are reported, each naming the other's file, line and column."
              },
              "help": {
                "text": "Note ids are how prerequisites, wiki links and exports refer to notes, so each must be unique in the whole curriculum. Both notes are reported, each naming the other's file, line and column.\n\nRun `np explain frontmatter-duplicate-id` for examples."
              },
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
                "text": "Front matter is validated against schemas/note.schema.json (or the folder np.yaml names under `schemas`): required fields, types, allowed values (kind: note | bridge; status: draft | review | published), id and tag syntax, ISO dates, unknown fields (with the closest known field suggested). The diagnostic points at the offending key or value; a missing field is reported on the opening '---'. To add a field, edit the schema, not np."
              },
              "help": {
                "text": "Front matter is validated against schemas/note.schema.json (or the folder np.yaml names under `schemas`): required fields, types, allowed values (kind: note | bridge; status: draft | review | published), id and tag syntax, ISO dates, unknown fields (with the closest known field suggested). The diagnostic points at the offending key or value; a missing field is reported on the opening '---'. To add a field, edit the schema, not np.\n\nRun `np explain frontmatter-schema` for examples."
              },
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
              "id": "frontmatter-yaml-syntax",
              "name": "frontmatter-yaml-syntax",
              "shortDescription": {
                "text": "Front matter that is not valid YAML"
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
                "text": "Part folders are named NN-slug after the part's order and module folders NN-slug after the module's number, so that the tree sorts in reading order and a link such as ../03-linear-algebra/svd-qr-lu.md says where it goes. A note therefore sits in the folder of the module it belongs to; a folder and a module.yaml that disagree are reported on the number."
              },
              "help": {
                "text": "Part folders are named NN-slug after the part's order and module folders NN-slug after the module's number, so that the tree sorts in reading order and a link such as ../03-linear-algebra/svd-qr-lu.md says where it goes. A note therefore sits in the folder of the module it belongs to; a folder and a module.yaml that disagree are reported on the number.\n\nRun `np explain structure-folder-name` for examples."
              },
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
