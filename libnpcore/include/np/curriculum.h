// The curriculum model: parts > modules > notes, each with its metadata and source positions,
// and each note with the facts of one Markdown walk. Loaded once; every later stage reads it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "np/config.h"
#include "np/diagnostic.h"
#include "np/filesystem.h"
#include "np/markdown.h"
#include "np/math/issue.h"
#include "np/source.h"
#include "np/yaml_document.h"

namespace np {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

// A front-matter reference to a note id, with where it is written.
struct IdRef {
  std::string id;
  std::size_t begin = 0, end = 0;
};

struct Note {
  SourceFile source;
  bool readable = false;  // false: unreadable, binary, invalid UTF-8 or too large
  bool has_front_matter = false;
  std::size_t front_matter_begin = 0;  // the opening '---'
  std::size_t body_begin = 0;
  YamlDocument front_matter;
  bool front_matter_valid = false;  // parsed and schema-valid: typed fields below are set

  std::string id, title, kind, status, summary, updated;
  int order = 0;
  std::vector<IdRef> prerequisites;
  std::vector<std::string> tags;

  BodyFacts body;
  // What the math checks found, when the loader ran them on this note (LoadOptions::check_math
  // and check_math_under): then math_checked is set.
  std::vector<math::MathFinding> math_findings;
  bool math_checked = false;
  std::size_t module = kNone;  // index into Curriculum::modules; kNone outside any module

  // The location of a front-matter field, for diagnostics.
  YamlLocation locate(const std::string& pointer) const { return front_matter.locate(pointer); }
};

struct Module {
  std::string dir;    // relative to the root
  SourceFile source;  // module.yaml
  YamlDocument document;
  bool valid = false;
  int number = 0;
  std::string title, summary;
  std::vector<std::string> requires_env;
  std::size_t part = kNone;
  std::vector<std::size_t> notes;  // indices into Curriculum::notes, sorted by order then path
};

struct Part {
  std::string dir;
  SourceFile source;  // part.yaml
  YamlDocument document;
  bool valid = false;
  int order = 0;
  std::string title, summary;
  std::vector<std::size_t> modules;  // sorted by number then path
};

// What the loader found wrong with a file, as a fact: which rule words it, with what id and
// severity, is the rule table's business (Rule::load_facts), not the loader's.
enum class LoadProblem : std::uint8_t {
  folder_unreadable,          // a folder could not be listed
  not_a_regular_file,         // a .md that is a FIFO, socket or device
  file_unreadable,            // reading the file failed
  name_not_utf8,              // a file or folder name that is not UTF-8
  invalid_utf8,               // the text is not UTF-8
  binary,                     // the text holds a NUL byte
  too_large,                  // larger than lint.max_file_size (notes) or 1 MiB (part.yaml, module.yaml)
  control_character,          // a control character, written, as an entity or as a YAML escape
  symlink_broken,             // a symlink that loops or points to nothing
  folder_loop,                // a folder that leads back into one of its parents
  symlink_outside_root,       // the tree walk met a symlink that leaves the root
  file_outside_root,          // a file that resolved outside the root when it was read
  front_matter_missing,       // a note that does not start with '---'
  front_matter_unterminated,  // no closing '---'
  front_matter_yaml_syntax,   // the front matter is not YAML
  front_matter_duplicate_key,
  front_matter_too_complex,  // beyond the YAML limits (np/yaml_document.h YamlLimits)
  front_matter_schema,       // the front matter breaks the note schema
  metadata_yaml,             // part.yaml or module.yaml is not plain YAML (any YamlProblem)
  metadata_schema,           // part.yaml or module.yaml breaks its schema
  note_outside_module,       // a .md outside any module folder
};
// One past the last LoadProblem: for iterating them all (tests).
inline constexpr std::size_t kLoadProblemCount = static_cast<std::size_t>(LoadProblem::note_outside_module) + 1;
// A path the loader found leading out of the root (a symlink, or a file resolving there).
inline bool is_outside_root(LoadProblem problem) {
  return problem == LoadProblem::symlink_outside_root || problem == LoadProblem::file_outside_root;
}
// The enumerator's name ("binary"), for docs/rules.md.
std::string_view to_string(LoadProblem problem);
// The loader source file that finds it ("libnpcore/src/load/curriculum.cc"), for docs/rules.md.
std::string_view source_of(LoadProblem problem);

// A problem found while loading, before any rule runs (unreadable file, bad YAML, a symlink
// loop...). The lint engine reports each under the rule that claims its `problem`
// (Rule::load_facts), with that rule's configured severity.
struct LoadFinding {
  LoadProblem problem = LoadProblem::file_unreadable;
  std::string file;
  std::size_t begin = 0, end = 0;  // offsets into `file` (a note, module.yaml or part.yaml)
  bool whole_file = false;         // no position: the file could not be read
  std::string message;
  std::string hint;
};

struct Curriculum {
  std::string root;  // as given (a path on the file system)
  // The root with every symlink resolved (FileSystem::canonical): np reads nothing outside it
  // (FileSystem::read_within), neither while loading nor when an exporter copies an image.
  std::string canonical_root;
  Config config;
  std::vector<Part> parts;  // sorted by order then path
  std::vector<Module> modules;
  std::vector<Note> notes;  // in curriculum order (part, module, note order)
  std::vector<LoadFinding> findings;
  std::unordered_map<std::string, std::size_t> note_by_id;  // first note with each id
  // What else the tree walk found, root-relative, in walk order: files that are not .md (images,
  // data, part.yaml...) and folders. Links to assets resolve against these, without touching the disk.
  std::vector<std::string> assets;
  std::vector<std::string> folders;
  unsigned threads = 0;  // LoadOptions::threads (-j): the later parallel stages (links, math) use it too
  // LoadOptions::check_math: the loader checked the math of the notes whose Note::math_checked is
  // set (every note, or those under LoadOptions::check_math_under).
  bool math_checked = false;

  const Note* find_note(const std::string& id) const;
  const SourceFile* find_source(const std::string& path) const;
  // Every note, module.yaml and part.yaml by path: for many lookups, where find_source is a scan.
  std::unordered_map<std::string_view, const SourceFile*> sources_by_path() const;
};

// The files of a curriculum by path, for quoting a line under a diagnostic (the text reporter's
// SourceLookup). A note whose text was not kept (LoadOptions::keep_text) is read again, once, and
// quoted only if it is the text np checked (SourceFile::same_text): a note edited since is not
// quoted, so a quote never disagrees with its position.
class ExcerptSources {
 public:
  ExcerptSources(const Curriculum& curriculum, const FileSystem& fs);
  const SourceFile* find(const std::string& path);

 private:
  const Curriculum& curriculum_;
  const FileSystem& fs_;
  std::unordered_map<std::string_view, const SourceFile*> by_path_;  // built on the first find()
  std::unordered_map<std::string, std::optional<SourceFile>> read_again_;
};

struct LoadOptions {
  unsigned threads = 0;  // 0: all cores
  // Keep each note's text, and what the walk copies out of it (formula TeX, footnote Markdown, the
  // front matter as JSON), after the note is loaded. Exporters render from the text. Lint and stats
  // need only the facts: without the texts, 100,000 notes fit in a few hundred megabytes instead
  // of more than two gigabytes (bench/). Positions still work (SourceFile::release_text).
  bool keep_text = true;
  // Run the math checks of each note while it is loaded (into Note::math_findings), which is how
  // lint checks math when the texts are not kept.
  bool check_math = false;
  // With check_math: only the notes at or under these root-relative paths (a note's path, or a
  // folder: every note whose path starts with it and '/'); empty: every note. `np lint PATHS`
  // reports on PATHS only, and a formula's findings depend only on its note and np.yaml's macros,
  // so the math of the other notes would be checked only to be dropped. Their Note::math_checked
  // stays false, and run_lint refuses to report on such a note.
  std::vector<std::string> check_math_under;
};

// Which notes are in the book: the one definition that stats, badges and every exporter use.
// By default every note but drafts; `include_drafts` adds them; `statuses`, when given, keeps
// exactly the notes of those statuses (`np stats --status published`).
struct BookScope {
  bool include_drafts = false;
  std::vector<std::string> statuses;

  bool contains(const Note& note) const;
  // "drafts excluded", "drafts included", "status published"
  std::string describe() const;
};

// Loads the curriculum under `root` with an already loaded configuration and schemas.
Curriculum load_curriculum(const FileSystem& fs, const std::string& root, LoadedConfig config, const LoadOptions& options);

}  // namespace np
