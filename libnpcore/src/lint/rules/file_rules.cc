// file-*: problems reading a file. The loader (src/load/curriculum.cc, load_note) finds them, as
// LoadProblems that these rules claim (.load_facts); a
// file with one of them is not checked further, but for file-control-character
// (src/load/control_characters.cc), which only the exporters would stop on.
#include "lint/rules/rules.h"

namespace np::rules {

const Rule file_binary{
    .id = "file-binary",
    .default_severity = Severity::error,
    .scope = Scope::file,
    .summary = "A .md file that contains NUL bytes",
    .description =
        "A file named .md that contains a NUL byte is binary (an image or an archive saved under the wrong name), not a note. "
        "np reports it at the first NUL byte and checks it no further.",
    .bad_example = "notes.md: a PNG renamed to .md",
    .good_example = "rename the file to its real extension",
    .load_facts = kLoadFacts<LoadProblem::binary>,
};

const Rule file_control_character{
    .id = "file-control-character",
    .default_severity = Severity::error,
    .scope = Scope::file,
    .summary = "A control character (U+0001-U+001F but tab and line breaks, U+007F, U+FFFE, U+FFFF), as such or as &#1;",
    .description =
        "Control characters are invisible in an editor and forbidden in XML: one in a note makes epubcheck stop (RSC-016) and LaTeX "
        "stop or typeset nothing. np reports each where it is written: as the character itself (in a note, part.yaml or "
        "module.yaml), as an HTML entity in a note's body (&#1;, &#x7F;), or as an escape in a YAML string (\"\\x01\"). The "
        "exporters never write them. At most 20 are listed per file.",
    .bad_example = "Pasted from a PDF:&#11;with its line tab (or the character U+000B itself)",
    .good_example = "Pasted from a PDF: with its line tab removed",
    .load_facts = kLoadFacts<LoadProblem::control_character>,
};

const Rule file_invalid_utf8{
    .id = "file-invalid-utf8",
    .default_severity = Severity::error,
    .scope = Scope::file,
    .summary = "A file that is not valid UTF-8, or whose name is not",
    .description =
        "Notes and metadata must be UTF-8. np reports the first byte that is not part of well-formed UTF-8 (Latin-1 text, "
        "overlong forms, surrogates) and checks the file no further, since every later position would be a guess. A file "
        "or folder whose name is not UTF-8 cannot be named in JSON, SARIF, an EPUB or a link: np reports it (the bad "
        "bytes written as \\xHH) and leaves it out.",
    .bad_example = "caf\\xE9 (Latin-1 e-acute)",
    .good_example = "café (UTF-8)",
    .load_facts = kLoadFacts<LoadProblem::name_not_utf8, LoadProblem::invalid_utf8>,
};

const Rule file_too_large{
    .id = "file-too-large",
    .default_severity = Severity::error,
    .scope = Scope::file,
    .summary = "A note larger than lint.max_file_size",
    .description =
        "np reads at most lint.max_file_size bytes of a note (8 MiB unless np.yaml says otherwise) so that a generated or "
        "mistakenly committed file cannot stall a pre-commit hook. Larger notes are reported and skipped.",
    .bad_example = "a 50 MB log pasted into a note",
    .good_example = "split the note, or raise lint.max_file_size in np.yaml",
    .load_facts = kLoadFacts<LoadProblem::too_large>,
};

const Rule file_unreadable{
    .id = "file-unreadable",
    .default_severity = Severity::error,
    .scope = Scope::file,
    .summary = "A file or folder np cannot read",
    .description =
        "A note, part.yaml, module.yaml or folder that cannot be opened (permissions, a broken disk) is reported with the "
        "system's reason; np carries on with the other files.",
    .bad_example = "chmod 000 note.md",
    .good_example = "chmod 644 note.md",
    .load_facts = kLoadFacts<LoadProblem::folder_unreadable, LoadProblem::not_a_regular_file, LoadProblem::file_unreadable>,
};

}  // namespace np::rules
