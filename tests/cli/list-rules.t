# Every rule with its default severity and the severity np.yaml configures ('-': not configured).
$ np lint --list-rules --root tests/fixtures/scaffold
--- stdout
RULE                           DEFAULT  NP.YAML  SUMMARY
code-attribute-unknown         warning  -        A word in a python block's info string that np test does not know
code-error                     error    -        A python block that raises or exits with an error (np test)
code-output                    error    -        A python block whose printed output differs from the ```output block after it (np test)
code-requires-undeclared       error    -        A python block that requires a variable its module.yaml does not list
code-timeout                   error    -        A python block that does not finish within np test's time limit
export-epub                    error    -        The EPUB exporter cannot write part of the book
export-latex                   error    -        The LaTeX exporter cannot write part of the book
export-output                  error    -        An export cannot be written to its destination
export-plugin                  error    -        An external np-export-NAME plugin failed or broke the protocol
export-site                    error    -        The site exporter cannot write part of the site
file-binary                    error    -        A .md file that contains NUL bytes
file-control-character         error    -        A control character (U+0001-U+001F but tab and line breaks, U+007F, U+FFFE, U+FFFF), as such or as &#1;
file-invalid-utf8              error    -        A file that is not valid UTF-8, or whose name is not
file-too-large                 error    -        A note larger than lint.max_file_size
file-unreadable                error    -        A file or folder np cannot read
footnote-duplicate             error    -        Two footnote definitions with the same label
footnote-undefined             error    -        A footnote reference without a definition
footnote-unused                warning  -        A footnote definition that nothing refers to
frontmatter-duplicate-id       error    -        Two notes with the same id
frontmatter-duplicate-key      error    -        A key written twice in front matter
frontmatter-id-filename        warning  -        A note whose id is not its file name
frontmatter-missing            error    -        A note without front matter
frontmatter-schema             error    -        Front matter that does not match the note schema
frontmatter-too-complex        error    -        Front matter nested too deeply or expanding too far
frontmatter-unterminated       error    -        Front matter opened with '---' but never closed
frontmatter-yaml-syntax        error    -        Front matter that is not valid YAML
html-left-out                  warning  -        Raw HTML that the EPUB, the site and the LaTeX book do not render
link-external-denied           error    -        An external URL that links.allow / links.deny in np.yaml forbid
link-external-syntax           error    -        A malformed external URL, or a scheme other than http, https and mailto
link-image-missing-alt         warning  -        An image without alt text
link-missing-anchor            error    -        A link to an anchor that its target note does not have
link-missing-asset             error    -        An image whose file does not exist
link-missing-file              error    -        A relative link to a file that does not exist
link-not-a-note                error    -        A link to a folder, or to a Markdown file that is not a note
link-orphan                    warning  off      A published note that no other note links to or requires
link-outside-root              error    -        A link or image path that leaves the curriculum root
link-template-syntax           warning  -        Liquid or Jekyll template syntax ({{ ... }}, {% ... %}) in text or a link
link-to-draft                  warning  -        A note in the book that links to, or requires, a draft note
link-unknown-id                error    -        A wiki link to a note id that does not exist
math-array-column-spec         error    -        An array's column specification KaTeX cannot read
math-ascii-dots                warning  -        '...' in a formula instead of \dots
math-blackboard-digit          warning  -        \mathbb{1} or another blackboard-bold digit
math-braces                    error    -        Unbalanced braces in a formula, or a command that needs braces
math-cases-columns             warning  -        A cases row with more than two columns
math-display-interrupted       error    -        A blank line, heading or list item inside $$...$$
math-display-only              error    -        An environment or \tag that needs display math, in inline math
math-dollar-ambiguous          warning  -        '$' that md4c and other Markdown renderers read differently
math-double-script             error    -        A second superscript or subscript on the same base
math-environment-mismatch      error    -        \begin and \end do not match
math-invalid-argument          error    -        A size, colour, unit or number KaTeX cannot read
math-invalid-delimiter         error    -        \left, \right, \middle or \big with something that is not a delimiter
math-label-ref                 error    -        \label, \ref or \eqref, which KaTeX does not support
math-latex-incompatible        warning  -        TeX that KaTeX renders and LaTeX would not
math-left-right                error    -        \left without \right, \right without \left, or \middle outside them
math-left-right-linebreak      warning  -        \left...\right around a line break
math-macro                     error    -        A macro that expands forever, or a malformed macro definition or use
math-misplaced-alignment       error    -        '&', '\\' or \hline where the formula has no columns or rows
math-missing-argument          error    -        A command or script is missing an argument
math-mode                      error    -        A math command in text mode, a text command in math mode, or a script in text
math-percent-comment           warning  -        '%' in a formula starts a TeX comment
math-syntax                    error    -        Any other error KaTeX throws
math-table-pipe                error    -        A '|' inside a formula in a table row
math-unbraced-script           warning  -        A superscript or subscript of several digits without braces
math-undefined-command         error    -        A formula uses a command KaTeX does not know
math-unicode-text              warning  -        A non-ASCII character in math
math-unknown-environment       error    -        \begin{...} names an environment KaTeX does not have
math-unmatched-dollar          warning  -        A '$' that is not a math delimiter
math-unsafe-command            error    -        A TeX file, shell or catcode primitive, or a macro definition, in a formula
math-unsafe-url                error    -        \href, \url or \includegraphics with a target other than an http, https or mailto URL
metadata-schema                error    -        part.yaml or module.yaml does not match its schema
metadata-yaml                  error    -        part.yaml or module.yaml is not valid YAML
prerequisite-cycle             error    -        Notes that need each other through their prerequisites
prerequisite-duplicate         warning  -        A prerequisite listed twice in one note
prerequisite-order             warning  -        A prerequisite placed later in the curriculum than the note needing it
prerequisite-self              error    -        A note that lists itself as a prerequisite
prerequisite-unknown           error    -        A prerequisite id that no note has
structure-folder-name          error    -        A part or module folder whose NN- prefix does not match its metadata
structure-note-outside-module  error    -        A Markdown file that is not in a module folder
structure-order-duplicate      error    -        Two notes of a module (or two modules, two parts) with the same number
structure-order-gap            error    -        A gap in the numbering of notes, modules or parts
structure-outside-root         error    -        A symlink that points outside the curriculum root
structure-symlink-loop         error    -        A symlink that loops or points to nothing
suppression-unknown-rule       error    -        A suppression comment names a rule that does not exist
suppression-unused             warning  -        A suppression comment that suppresses nothing
--- stderr
np: severities set by tests/fixtures/scaffold/np.yaml ('-': the default)
--- exit 0
