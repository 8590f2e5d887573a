// Loading: walk the tree, read every note once (in parallel), split and parse its front matter,
// validate it against the schema and walk its Markdown. Problems become LoadFindings, each with its
// LoadProblem; the rule that claims that problem (Rule::load_facts) words it in lint.
#include "np/curriculum.h"

#include <algorithm>
#include <cstdio>
#include <limits>
#include <optional>
#include <set>
#include <tuple>
#include <utility>

#include "load/control_characters.h"
#include "np/math/check.h"
#include "np/math/parser.h"
#include "np/utf8.h"
#include "util/parallel.h"

namespace np {

namespace {

struct Candidate {
  std::string path;  // relative to the root
  std::size_t module = kNone;
};

struct TreeWalk {
  const FileSystem& fs;
  std::string root;
  std::string root_canonical;
  std::vector<LoadFinding>& findings;
  std::vector<Part>& parts;
  std::vector<Module>& modules;
  std::vector<Candidate> notes;
  std::vector<std::string> assets, folders;  // what links may point at besides notes

  void finding(LoadProblem problem, std::string file, std::string message, std::string hint = "") {
    LoadFinding f;
    f.problem = problem;
    f.file = std::move(file);
    f.whole_file = true;
    f.message = std::move(message);
    f.hint = std::move(hint);
    findings.push_back(std::move(f));
  }

  static bool is_markdown(const std::string& name) { return name.size() > 3 && name.compare(name.size() - 3, 3, ".md") == 0; }

  // depth 0: the root; 1: a part folder; 2: a module folder; deeper: stray folders.
  void walk(const std::string& rel, int depth, std::set<std::string>& stack, std::size_t part, std::size_t module) {
    const auto entries = fs.list(rel.empty() ? root : join_path(root, rel));
    if (!entries) {
      finding(LoadProblem::folder_unreadable, rel.empty() ? "." : rel, "cannot list folder '" + (rel.empty() ? root : rel) + "'");
      return;
    }
    for (const DirEntry& e : *entries) {
      if (e.name.empty() || e.name[0] == '.') continue;  // .git, editor files
      const std::string path = rel.empty() ? e.name : rel + "/" + e.name;
      // A name that is not UTF-8 cannot be written into JSON, SARIF, an EPUB or a link: the file
      // (or folder) is reported under its name with the bad bytes escaped, and left out.
      if (utf8::first_invalid(e.name)) {
        const std::string shown = utf8::escape_invalid(path);
        finding(LoadProblem::name_not_utf8, shown,
                "the name of '" + shown + "' is not valid UTF-8 (the bytes shown as \\xHH): np leaves this " +
                    (e.type == DirEntry::Type::directory ? "folder" : "file") + " out",
                "rename it with UTF-8 characters only");
        continue;
      }
      const std::string full = join_path(root, path);
      std::string canonical;
      if (e.symlink || e.type == DirEntry::Type::other) {
        const auto c = fs.canonical(full);
        if (!c) {
          if (e.symlink)
            finding(LoadProblem::symlink_broken, path, "symlink '" + path + "' loops or points to nothing",
                    "remove the link or point it at a file inside the curriculum");
          continue;
        }
        canonical = *c;
        if (canonical != root_canonical && canonical.rfind(root_canonical + "/", 0) != 0) {
          finding(LoadProblem::symlink_outside_root, path,
                  "symlink '" + path + "' points outside the curriculum root (to '" + canonical + "')",
                  "np never reads files outside the root; copy the file into the curriculum instead");
          continue;
        }
      }
      if (e.type == DirEntry::Type::directory) {
        if (canonical.empty()) canonical = fs.canonical(full).value_or(full);
        if (stack.count(canonical) || depth > 32) {
          finding(LoadProblem::folder_loop, path, "folder '" + path + "' leads back into one of its own parent folders",
                  "remove the symlink that closes the loop");
          continue;
        }
        stack.insert(canonical);
        folders.push_back(path);
        descend(path, depth, stack, part);
        stack.erase(canonical);
      } else if (e.type == DirEntry::Type::file && is_markdown(e.name)) {
        notes.push_back({path, module});
      } else if (e.type == DirEntry::Type::file) {
        assets.push_back(path);
      } else if (is_markdown(e.name)) {
        finding(LoadProblem::not_a_regular_file, path,
                "'" + path + "' is not a regular file (a FIFO, socket or device); np does not read it", "replace it with a regular file");
      }
    }
  }

  void descend(const std::string& path, int depth, std::set<std::string>& stack, std::size_t part) {
    if (depth == 0 && fs.exists(join_path(root, path + "/part.yaml"))) {
      Part p;
      p.dir = path;
      parts.push_back(std::move(p));
      walk(path, 1, stack, parts.size() - 1, kNone);
    } else if (depth == 1 && part != kNone && fs.exists(join_path(root, path + "/module.yaml"))) {
      Module m;
      m.dir = path;
      m.part = part;
      modules.push_back(std::move(m));
      walk(path, 2, stack, part, modules.size() - 1);
    } else {
      // Assets folders and stray folders: notes found there are reported as outside any module.
      walk(path, depth + 1, stack, part, kNone);
    }
  }
};

// Reads a metadata file (part.yaml, module.yaml) and validates it.
// The finding of a file that resolves outside the root, which np therefore did not read (the walk
// reports a symlink out of the root once; this covers one put there since).
void outside_root(const std::string& path, const ReadResult& read, std::vector<LoadFinding>& findings) {
  findings.push_back({LoadProblem::file_outside_root, path, 0, 0, true,
                      "'" + path + "' resolves to '" + read.outside + "', outside the curriculum root; np does not read it",
                      "np never reads files outside the root; copy the file into the curriculum instead"});
}

void load_metadata(const FileSystem& fs, const std::string& root, const std::string& canonical_root, const std::string& path,
                   SchemaKind kind, const SchemaSet& schemas, SourceFile& source, YamlDocument& document, bool& valid,
                   std::vector<LoadFinding>& findings) {
  constexpr std::size_t kLimit = 1 << 20;
  const ReadResult read = fs.read_within(canonical_root, join_path(root, path), kLimit);
  if (!read.ok && !read.outside.empty()) {
    const bool reported =
        std::any_of(findings.begin(), findings.end(), [&](const LoadFinding& f) { return is_outside_root(f.problem) && f.file == path; });
    if (!reported) outside_root(path, read, findings);
    return;
  }
  if (!read.ok) {
    findings.push_back({LoadProblem::file_unreadable, path, 0, 0, true, "cannot read '" + path + "': " + read.error, ""});
    return;
  }
  if (read.text.size() > kLimit) {  // read() stops one byte past the limit: never parse a truncated file
    findings.push_back({LoadProblem::too_large, path, 0, 0, true,
                        "'" + path + "' is larger than the 1 MiB limit for part.yaml and module.yaml",
                        "part.yaml and module.yaml hold a few fields; move long text into a note"});
    return;
  }
  source = SourceFile(path, read.text);
  if (const auto nul = read.text.find('\0'); nul != std::string::npos) {  // yaml-cpp would stop there
    findings.push_back({LoadProblem::binary, path, nul, nul + 1, false, "'" + path + "' contains a NUL byte: it is binary, not YAML",
                        "save the file as UTF-8 text"});
    return;
  }
  if (const auto bad = utf8::first_invalid(read.text)) {
    findings.push_back(
        {LoadProblem::invalid_utf8, path, *bad, *bad + 1, false, "invalid UTF-8 byte in '" + path + "'", "save the file as UTF-8"});
    return;
  }
  std::vector<YamlProblem> problems;
  document = parse_yaml(source, source.content_begin(), source.text().size(), problems);
  for (const auto& p : problems) findings.push_back({LoadProblem::metadata_yaml, path, p.begin, p.end, false, p.message, p.hint});
  find_control_characters(source, &document, nullptr, findings);
  if (!document.parsed || !problems.empty()) return;
  valid = true;
  for (const auto& v : schemas.validate(kind, document.value)) {
    const auto loc = document.locate(v.pointer);
    findings.push_back({LoadProblem::metadata_schema, path, v.on_key ? loc.key_begin : loc.value_begin,
                        v.on_key ? loc.key_end : loc.value_end, false,
                        std::string(kind == SchemaKind::part ? "part.yaml: " : "module.yaml: ") + v.message, ""});
    valid = false;
  }
}

std::string json_string(const nlohmann::json& object, const char* key) {
  return object.is_object() && object.contains(key) && object[key].is_string() ? object[key].get<std::string>() : "";
}

// 0 (unset) unless an integer that fits an int: a larger one is reported by the schema, never narrowed.
int json_int(const nlohmann::json& object, const char* key) {
  if (!object.is_object() || !object.contains(key) || !object[key].is_number_integer()) return 0;
  const auto value = object[key].get<long long>();
  return value >= std::numeric_limits<int>::min() && value <= std::numeric_limits<int>::max() ? static_cast<int>(value) : 0;
}

// A line that is exactly `marker`, optionally followed by spaces and a \r.
bool is_marker_line(std::string_view text, std::size_t at, std::string_view marker, std::size_t& line_end) {
  if (text.compare(at, marker.size(), marker) != 0) return false;
  std::size_t i = at + marker.size();
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  if (i < text.size() && text[i] == '\r') ++i;
  if (i < text.size() && text[i] != '\n') return false;
  line_end = i < text.size() ? i + 1 : i;
  return true;
}

// A note that is no Markdown (a NUL byte, invalid UTF-8) has no facts, but `np export --force`
// writes its body as md4c reads it, as it always has: its walk is recorded, with no fact behind any
// event (links are written as their text, formulas not at all, headings without ids).
void record_unread_body(Note& note, bool keep_text) {
  if (!keep_text) return;
  BodyRecord record = std::move(*walk_markdown(note.source, note.body_begin, note.source.text().size()).record);
  for (BodyEvent& e : record.events) e.fact = BodyEvent::kNoFact;
  note.body.record = std::make_shared<const BodyRecord>(std::move(record));
}

void load_note(const FileSystem& fs, const std::string& root, const std::string& canonical_root, const std::string& path,
               const LoadedConfig& config, bool keep_text, Note& note, std::vector<LoadFinding>& findings) {
  auto add = [&](LoadProblem problem, std::size_t begin, std::size_t end, std::string message, std::string hint = "") {
    findings.push_back({problem, path, begin, end, false, std::move(message), std::move(hint)});
  };
  const std::size_t limit = config.config.max_file_size;
  ReadResult read = fs.read_within(canonical_root, join_path(root, path), limit);
  if (!read.ok && !read.outside.empty()) {
    note.source = SourceFile(path, "");
    outside_root(path, read, findings);
    return;
  }
  if (!read.ok) {
    note.source = SourceFile(path, "");
    findings.push_back({LoadProblem::file_unreadable, path, 0, 0, true, "cannot read '" + path + "': " + read.error, ""});
    return;
  }
  if (read.text.size() > limit) {
    note.source = SourceFile(path, "");
    const auto size = fs.file_size(join_path(root, path)).value_or(read.text.size());
    const auto human = [](std::size_t bytes) {
      if (bytes < 10240) return std::to_string(bytes) + " bytes";
      if (bytes < (1u << 20)) return std::to_string(bytes >> 10) + " KiB";
      char text[32];
      std::snprintf(text, sizeof text, "%.1f MiB", static_cast<double>(bytes) / (1u << 20));
      return std::string(text);
    };
    findings.push_back({LoadProblem::too_large, path, 0, 0, true,
                        "'" + path + "' is " + human(size) + ", larger than the " + human(limit) + " limit",
                        "split the note, or raise lint.max_file_size in np.yaml"});
    return;
  }
  note.source = SourceFile(path, std::move(read.text));
  const std::string_view text = note.source.text();
  if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
    add(LoadProblem::binary, nul, nul + 1, "'" + path + "' contains a NUL byte: it is binary, not a Markdown note",
        "rename it if it is not a note");
    record_unread_body(note, keep_text);
    return;
  }
  if (const auto bad = utf8::first_invalid(text)) {
    add(
        LoadProblem::invalid_utf8, *bad, *bad + 1,
        "invalid UTF-8 byte 0x" +
            [&] {
              static const char* hex = "0123456789ABCDEF";
              const auto b = static_cast<unsigned char>(text[*bad]);
              return std::string{hex[b >> 4], hex[b & 15]};
            }(),
        "save the file as UTF-8");
    record_unread_body(note, keep_text);
    return;
  }
  note.readable = true;

  // Front matter: a first line '---', YAML, a line '---' (or '...').
  const std::size_t start = note.source.content_begin();
  std::size_t line_end = 0;
  note.body_begin = start;
  if (!is_marker_line(text, start, "---", line_end)) {
    add(LoadProblem::front_matter_missing, start, start + 1,
        text.size() == start ? "empty note: no front matter" : "no front matter: a note must start with a '---' line followed by YAML",
        "start the file with ---, the fields id, title, order, kind, status, summary and updated, then ---");
  } else {
    note.has_front_matter = true;
    note.front_matter_begin = start;
    const std::size_t yaml_begin = line_end;
    std::size_t yaml_end = std::string_view::npos;
    for (std::size_t at = yaml_begin; at < text.size();) {
      if (is_marker_line(text, at, "---", line_end) || is_marker_line(text, at, "...", line_end)) {
        yaml_end = at;
        break;
      }
      const auto nl = text.find('\n', at);
      if (nl == std::string_view::npos) break;
      at = nl + 1;
    }
    if (yaml_end == std::string_view::npos) {
      add(LoadProblem::front_matter_unterminated, start, start + 3, "front matter is not closed: no '---' line after the opening one",
          "add a line with --- after the last front-matter field");
      note.has_front_matter = false;
    } else {
      note.body_begin = line_end;
      std::vector<YamlProblem> problems;
      note.front_matter = parse_yaml(note.source, yaml_begin, yaml_end, problems);
      for (const auto& p : problems) {
        const LoadProblem problem = p.kind == YamlProblem::Kind::syntax          ? LoadProblem::front_matter_yaml_syntax
                                    : p.kind == YamlProblem::Kind::duplicate_key ? LoadProblem::front_matter_duplicate_key
                                                                                 : LoadProblem::front_matter_too_complex;
        add(problem, p.begin, p.end, p.message, p.hint);
      }
      if (note.front_matter.parsed) {
        const auto violations = config.schemas.validate(SchemaKind::note, note.front_matter.value);
        for (const auto& v : violations) {
          if (v.pointer.empty()) {
            add(LoadProblem::front_matter_schema, start, start + 3, v.message);
          } else {
            const auto loc = note.front_matter.locate(v.pointer);
            add(LoadProblem::front_matter_schema, v.on_key ? loc.key_begin : loc.value_begin, v.on_key ? loc.key_end : loc.value_end,
                v.message);
          }
        }
        note.front_matter_valid = violations.empty() && problems.empty();
        // Fields of the right type are taken even when others are wrong, so that later rules
        // (duplicate ids, prerequisites) still see them.
        const auto& fm = note.front_matter.value;
        note.id = json_string(fm, "id");
        note.title = json_string(fm, "title");
        note.kind = json_string(fm, "kind");
        note.status = json_string(fm, "status");
        note.summary = json_string(fm, "summary");
        note.updated = json_string(fm, "updated");
        note.order = json_int(fm, "order");
        if (fm.is_object() && fm.contains("prerequisites") && fm["prerequisites"].is_array()) {
          for (std::size_t i = 0; i < fm["prerequisites"].size(); ++i) {
            if (!fm["prerequisites"][i].is_string()) continue;
            const auto loc = note.front_matter.locate("/prerequisites/" + std::to_string(i));
            note.prerequisites.push_back({fm["prerequisites"][i].get<std::string>(), loc.value_begin, loc.value_end});
          }
        }
        if (fm.is_object() && fm.contains("tags") && fm["tags"].is_array())
          for (const auto& t : fm["tags"])
            if (t.is_string()) note.tags.push_back(t.get<std::string>());
      }
    }
  }
  // The walk is recorded for the writers only when the text is kept (exporters render from it).
  note.body = walk_markdown(note.source, note.body_begin, text.size(), keep_text);
  find_control_characters(note.source, note.has_front_matter ? &note.front_matter : nullptr, &note.body, findings);
}

// What a note keeps once its text is released (LoadOptions::keep_text): the facts, not the copies
// of the text the walk made (BodyFacts::release_text), and of the front matter the location of
// each top-level field, not its value (the typed fields have been taken from it; a prerequisite
// keeps its own place in IdRef).
void release_text(Note& note) {
  if (!note.source.release_text()) return;
  note.body.release_text();
  note.front_matter.value = nullptr;
  auto& locations = note.front_matter.locations;
  std::erase_if(locations, [](const auto& l) { return std::count(l.first.begin(), l.first.end(), '/') > 1; });
  locations.shrink_to_fit();
}

// Whether LoadOptions::check_math_under takes the note at `path`.
bool math_selected(const std::vector<std::string>& under, const std::string& path) {
  if (under.empty()) return true;
  return std::any_of(under.begin(), under.end(), [&](const std::string& u) {
    return path == u || (path.size() > u.size() && path[u.size()] == '/' && path.compare(0, u.size(), u) == 0);
  });
}

}  // namespace

std::string_view to_string(LoadProblem problem) {
  switch (problem) {
    case LoadProblem::folder_unreadable:
      return "folder_unreadable";
    case LoadProblem::not_a_regular_file:
      return "not_a_regular_file";
    case LoadProblem::file_unreadable:
      return "file_unreadable";
    case LoadProblem::name_not_utf8:
      return "name_not_utf8";
    case LoadProblem::invalid_utf8:
      return "invalid_utf8";
    case LoadProblem::binary:
      return "binary";
    case LoadProblem::too_large:
      return "too_large";
    case LoadProblem::control_character:
      return "control_character";
    case LoadProblem::symlink_broken:
      return "symlink_broken";
    case LoadProblem::folder_loop:
      return "folder_loop";
    case LoadProblem::symlink_outside_root:
      return "symlink_outside_root";
    case LoadProblem::file_outside_root:
      return "file_outside_root";
    case LoadProblem::front_matter_missing:
      return "front_matter_missing";
    case LoadProblem::front_matter_unterminated:
      return "front_matter_unterminated";
    case LoadProblem::front_matter_yaml_syntax:
      return "front_matter_yaml_syntax";
    case LoadProblem::front_matter_duplicate_key:
      return "front_matter_duplicate_key";
    case LoadProblem::front_matter_too_complex:
      return "front_matter_too_complex";
    case LoadProblem::front_matter_schema:
      return "front_matter_schema";
    case LoadProblem::metadata_yaml:
      return "metadata_yaml";
    case LoadProblem::metadata_schema:
      return "metadata_schema";
    case LoadProblem::note_outside_module:
      return "note_outside_module";
  }
  return "unknown";
}

std::string_view source_of(LoadProblem problem) {
  return problem == LoadProblem::control_character ? "libnpcore/src/load/control_characters.cc" : "libnpcore/src/load/curriculum.cc";
}

const Note* Curriculum::find_note(const std::string& id) const {
  const auto it = note_by_id.find(id);
  return it == note_by_id.end() ? nullptr : &notes[it->second];
}

std::unordered_map<std::string_view, const SourceFile*> Curriculum::sources_by_path() const {
  std::unordered_map<std::string_view, const SourceFile*> out;
  for (const auto& n : notes) out.emplace(n.source.path(), &n.source);
  for (const auto& m : modules) out.emplace(m.source.path(), &m.source);
  for (const auto& p : parts) out.emplace(p.source.path(), &p.source);
  return out;
}

const SourceFile* Curriculum::find_source(const std::string& path) const {
  for (const auto& n : notes)
    if (n.source.path() == path) return &n.source;
  for (const auto& m : modules)
    if (m.source.path() == path) return &m.source;
  for (const auto& p : parts)
    if (p.source.path() == path) return &p.source;
  return nullptr;
}

Curriculum load_curriculum(const FileSystem& fs, const std::string& root, LoadedConfig loaded, const LoadOptions& options) {
  Curriculum c;
  c.threads = options.threads;
  c.root = root;
  c.canonical_root = fs.canonical(root).value_or(normalize_path(root));
  std::vector<Part> parts;
  std::vector<Module> modules;
  TreeWalk walk{fs, root, c.canonical_root, c.findings, parts, modules, {}, {}, {}};
  std::set<std::string> stack{walk.root_canonical};
  walk.walk("", 0, stack, kNone, kNone);

  for (auto& p : parts) {
    load_metadata(fs, root, c.canonical_root, p.dir + "/part.yaml", SchemaKind::part, loaded.schemas, p.source, p.document, p.valid,
                  c.findings);
    p.order = json_int(p.document.value, "order");
    p.title = json_string(p.document.value, "title");
    p.summary = json_string(p.document.value, "summary");
  }
  for (auto& m : modules) {
    load_metadata(fs, root, c.canonical_root, m.dir + "/module.yaml", SchemaKind::module, loaded.schemas, m.source, m.document, m.valid,
                  c.findings);
    m.number = json_int(m.document.value, "number");
    m.title = json_string(m.document.value, "title");
    m.summary = json_string(m.document.value, "summary");
    const auto& doc = m.document.value;
    if (doc.is_object() && doc.contains("requires") && doc["requires"].is_array())
      for (const auto& r : doc["requires"])
        if (r.is_string()) m.requires_env.push_back(r.get<std::string>());
  }

  // Notes in parallel, each into its own slot: the result does not depend on scheduling.
  std::vector<Note> notes(walk.notes.size());
  std::vector<std::vector<LoadFinding>> note_findings(walk.notes.size());
  std::optional<math::MacroTable> macros;
  if (options.check_math) macros.emplace(loaded.config.katex_macros);
  parallel_for(walk.notes.size(), options.threads, [&](std::size_t i) {
    load_note(fs, root, c.canonical_root, walk.notes[i].path, loaded, options.keep_text, notes[i], note_findings[i]);
    notes[i].module = walk.notes[i].module;
    if (macros && math_selected(options.check_math_under, walk.notes[i].path)) {
      notes[i].math_findings = math::check_note_math(notes[i], 0, &*macros);  // `note` is set below
      notes[i].math_checked = true;
    }
    if (!options.keep_text) release_text(notes[i]);
  });
  c.math_checked = options.check_math;
  for (std::size_t i = 0; i < notes.size(); ++i) {
    if (notes[i].module == kNone) {
      c.findings.push_back({LoadProblem::note_outside_module, walk.notes[i].path, 0, 0, true,
                            "note '" + walk.notes[i].path + "' is not in a module folder",
                            "notes live in ROOT/NN-part/NN-module/ beside a module.yaml, inside a part folder with part.yaml"});
    }
    for (auto& f : note_findings[i]) c.findings.push_back(std::move(f));
  }

  // Curriculum order: parts by order, modules by number, notes by order (paths break ties).
  std::vector<std::size_t> part_order(parts.size()), module_order(modules.size());
  for (std::size_t i = 0; i < parts.size(); ++i) part_order[i] = i;
  for (std::size_t i = 0; i < modules.size(); ++i) module_order[i] = i;
  std::sort(part_order.begin(), part_order.end(),
            [&](auto a, auto b) { return std::tie(parts[a].order, parts[a].dir) < std::tie(parts[b].order, parts[b].dir); });
  std::vector<std::size_t> part_rank(parts.size());
  for (std::size_t r = 0; r < part_order.size(); ++r) part_rank[part_order[r]] = r;
  std::sort(module_order.begin(), module_order.end(), [&](auto a, auto b) {
    return std::tie(part_rank[modules[a].part], modules[a].number, modules[a].dir) <
           std::tie(part_rank[modules[b].part], modules[b].number, modules[b].dir);
  });
  std::vector<std::size_t> module_rank(modules.size());
  for (std::size_t r = 0; r < module_order.size(); ++r) module_rank[module_order[r]] = r;
  std::vector<std::size_t> note_order(notes.size());
  for (std::size_t i = 0; i < notes.size(); ++i) note_order[i] = i;
  std::sort(note_order.begin(), note_order.end(), [&](auto a, auto b) {
    const auto rank = [&](std::size_t n) { return notes[n].module == kNone ? modules.size() : module_rank[notes[n].module]; };
    return std::make_tuple(rank(a), notes[a].order, notes[a].source.path()) <
           std::make_tuple(rank(b), notes[b].order, notes[b].source.path());
  });

  for (std::size_t r : part_order) c.parts.push_back(std::move(parts[r]));
  for (std::size_t r : module_order) {
    modules[r].part = part_rank[modules[r].part];
    c.modules.push_back(std::move(modules[r]));
  }
  for (auto& p : c.parts) p.modules.clear();
  for (std::size_t m = 0; m < c.modules.size(); ++m) c.parts[c.modules[m].part].modules.push_back(m);
  for (Note& n : notes)
    if (n.module != kNone) n.module = module_rank[n.module];
  // Notes are put in order where they are (cycle by cycle): a second array of 100,000 notes would
  // be 70 MB more at the peak.
  for (std::size_t i = 0; i < notes.size(); ++i) {
    if (note_order[i] == i) continue;
    Note first = std::move(notes[i]);
    std::size_t j = i;
    for (; note_order[j] != i; j = std::exchange(note_order[j], j)) notes[j] = std::move(notes[note_order[j]]);
    notes[j] = std::move(first);
    note_order[j] = j;
  }
  c.notes = std::move(notes);
  for (std::size_t i = 0; i < c.notes.size(); ++i) {
    for (auto& f : c.notes[i].math_findings) f.note = i;
    if (c.notes[i].module != kNone) c.modules[c.notes[i].module].notes.push_back(i);
    if (!c.notes[i].id.empty()) c.note_by_id.emplace(c.notes[i].id, i);
  }
  c.assets = std::move(walk.assets);
  c.folders = std::move(walk.folders);
  c.config = std::move(loaded.config);
  return c;
}

bool BookScope::contains(const Note& note) const {
  if (!statuses.empty()) return std::find(statuses.begin(), statuses.end(), note.status) != statuses.end();
  return include_drafts || note.status != "draft";
}

std::string BookScope::describe() const {
  if (statuses.empty()) return include_drafts ? "drafts included" : "drafts excluded";
  std::string out = "status ";
  for (std::size_t i = 0; i < statuses.size(); ++i) out += (i ? (i + 1 == statuses.size() ? " or " : ", ") : "") + statuses[i];
  return out;
}

}  // namespace np
