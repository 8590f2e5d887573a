// file-*: problems reading a file. The loader (src/load/curriculum.cc, load_note) finds them; a
// file with one of them is not checked further, but for file-control-character
// (src/load/control_characters.cc), which only the exporters would stop on.
#include "lint/rules/rules.h"

namespace np::rules {

const Rule file_binary{
    "file-binary", Severity::error, Scope::file, "A .md file that contains NUL bytes",
    "A file named .md that contains a NUL byte is binary (an image or an archive saved under the wrong name), not a note. "
    "np reports it at the first NUL byte and checks it no further.",
    "notes.md: a PNG renamed to .md", "rename the file to its real extension"};

const Rule file_control_character{
    "file-control-character", Severity::error, Scope::file,
    "A control character (U+0001-U+001F but tab and line breaks, U+007F, U+FFFE, U+FFFF), as such or as &#1;",
    "Control characters are invisible in an editor and forbidden in XML: one in a note makes epubcheck stop (RSC-016) and LaTeX "
    "stop or typeset nothing. np reports each where it is written: as the character itself (in a note, part.yaml or "
    "module.yaml), as an HTML entity in a note's body (&#1;, &#x7F;), or as an escape in a YAML string (\"\\x01\"). The "
    "exporters never write them. At most 20 are listed per file.",
    "Pasted from a PDF:&#11;with its line tab (or the character U+000B itself)", "Pasted from a PDF: with its line tab removed"};

const Rule file_invalid_utf8{
    "file-invalid-utf8", Severity::error, Scope::file, "A file that is not valid UTF-8, or whose name is not",
    "Notes and metadata must be UTF-8. np reports the first byte that is not part of well-formed UTF-8 (Latin-1 text, "
    "overlong forms, surrogates) and checks the file no further, since every later position would be a guess. A file "
    "or folder whose name is not UTF-8 cannot be named in JSON, SARIF, an EPUB or a link: np reports it (the bad "
    "bytes written as \\xHH) and leaves it out.",
    "caf\\xE9 (Latin-1 e-acute)", "café (UTF-8)"};

const Rule file_too_large{
    "file-too-large", Severity::error, Scope::file, "A note larger than lint.max_file_size",
    "np reads at most lint.max_file_size bytes of a note (8 MiB unless np.yaml says otherwise) so that a generated or "
    "mistakenly committed file cannot stall a pre-commit hook. Larger notes are reported and skipped.",
    "a 50 MB log pasted into a note", "split the note, or raise lint.max_file_size in np.yaml"};

const Rule file_unreadable{
    "file-unreadable", Severity::error, Scope::file, "A file or folder np cannot read",
    "A note, part.yaml, module.yaml or folder that cannot be opened (permissions, a broken disk) is reported with the "
    "system's reason; np carries on with the other files.",
    "chmod 000 note.md", "chmod 644 note.md"};

}  // namespace np::rules
