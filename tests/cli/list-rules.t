# Every rule with its default severity.
$ np lint --list-rules
--- stdout
file-binary                    error    A .md file that contains NUL bytes
file-invalid-utf8              error    A file that is not valid UTF-8
file-too-large                 error    A note larger than lint.max_file_size
file-unreadable                error    A file or folder np cannot read
frontmatter-duplicate-id       error    Two notes with the same id
frontmatter-duplicate-key      error    A key written twice in front matter
frontmatter-id-filename        warning  A note whose id is not its file name
frontmatter-missing            error    A note without front matter
frontmatter-schema             error    Front matter that does not match the note schema
frontmatter-too-complex        error    Front matter nested too deeply or expanding too far
frontmatter-unterminated       error    Front matter opened with '---' but never closed
frontmatter-yaml-syntax        error    Front matter that is not valid YAML
metadata-schema                error    part.yaml or module.yaml does not match its schema
metadata-yaml                  error    part.yaml or module.yaml is not valid YAML
structure-folder-name          error    A part or module folder whose NN- prefix does not match its metadata
structure-note-outside-module  error    A Markdown file that is not in a module folder
structure-order-duplicate      error    Two notes of a module (or two modules, two parts) with the same number
structure-order-gap            error    A gap in the numbering of notes, modules or parts
structure-outside-root         error    A symlink that points outside the curriculum root
structure-symlink-loop         error    A symlink that loops or points to nothing
suppression-unknown-rule       error    A suppression comment names a rule that does not exist
suppression-unused             warning  A suppression comment that suppresses nothing
--- exit 0
