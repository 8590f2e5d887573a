#include "np/config.h"

#include <re2/re2.h>

#include <algorithm>

#include "load/control_characters.h"
#include "np/latex_allowlist.h"
#include "np/links.h"
#include "np/utf8.h"

namespace np {

namespace {

Diagnostic config_error(const SourceFile& source, std::size_t begin, std::size_t end, std::string message, std::string hint = "") {
  Diagnostic d;
  d.file = source.path();
  const Position b = source.position(begin);
  const Position e = source.position(end);
  d.line = b.line;
  d.column = b.column;
  d.end_line = e.line;
  d.end_column = e.column;
  d.severity = Severity::error;
  d.rule = "config";
  d.message = std::move(message);
  d.hint = std::move(hint);
  return d;
}

std::string string_at(const nlohmann::json& object, const char* key) {
  if (!object.is_object() || !object.contains(key) || !object[key].is_string()) return "";
  return object[key].get<std::string>();
}

// links.allow and links.deny: each pattern must compile as RE2, reported at its position.
bool read_link_patterns(Config& config, std::vector<Diagnostic>& errors) {
  const nlohmann::json& doc = config.document.value;
  if (!doc.contains("links") || !doc["links"].is_object()) return true;
  bool ok = true;
  for (const char* list : {"allow", "deny"}) {
    if (!doc["links"].contains(list)) continue;
    const auto& patterns = doc["links"][list];
    for (std::size_t i = 0; i < patterns.size(); ++i) {
      const std::string pattern = patterns[i].get<std::string>();
      RE2::Options options;
      options.set_log_errors(false);
      const RE2 re(pattern, options);
      if (!re.ok()) {
        const auto loc = config.document.locate("/links/" + std::string(list) + "/" + std::to_string(i));
        errors.push_back(config_error(config.source, loc.value_begin, loc.value_end,
                                      "links." + std::string(list) + "[" + std::to_string(i) + "]: '" + pattern +
                                          "' is not a valid RE2 regular expression: " + re.error(),
                                      "escape special characters such as '.', '?' and '(' with a backslash"));
        ok = false;
      }
      (std::string(list) == "allow" ? config.link_allow : config.link_deny).push_back(pattern);
    }
  }
  return ok;
}

// katex.macros: each a string, its name and body on the allowlist of the LaTeX export
// (np/latex_allowlist.h), its body parsed as a formula. Nothing of np.yaml reaches LaTeX's
// preamble without this check, and lint, stats and every export refuse np.yaml when it fails.
bool read_katex_macros(Config& config, std::vector<Diagnostic>& errors) {
  const nlohmann::json& doc = config.document.value;
  if (!doc.contains("katex") || !doc["katex"].is_object() || !doc["katex"].contains("macros")) return true;
  const nlohmann::json& macros = doc["katex"]["macros"];
  const auto loc = [&](const std::string& name) { return config.document.locate("/katex/macros/" + json_pointer_token(name)); };
  if (!macros.is_object()) {
    const auto at = config.document.locate("/katex/macros");
    errors.push_back(config_error(config.source, at.value_begin, at.value_end, "katex.macros must be a mapping of macro names to TeX",
                                  "write '\\R': '\\mathbb{R}' under katex.macros"));
    return false;
  }
  bool ok = true;
  for (const auto& [name, body] : macros.items()) {
    if (!body.is_string()) {
      errors.push_back(config_error(config.source, loc(name).value_begin, loc(name).value_end,
                                    "katex.macros: '" + name + "' must be TeX in a string", "quote it: '" + name + "': '\\mathbb{R}'"));
      ok = false;
      continue;
    }
    config.katex_macros[name] = body.get<std::string>();
  }
  if (!ok) return false;
  std::vector<Diagnostic> refused;
  for (const latex::MacroProblem& p : latex::check_macros(config.katex_macros)) {
    const YamlLocation at = loc(p.name);
    refused.push_back(
        config_error(config.source, p.in_name ? at.key_begin : at.value_begin, p.in_name ? at.key_end : at.value_end, p.message, p.hint));
  }
  sort_diagnostics(refused);
  errors.insert(errors.end(), refused.begin(), refused.end());
  return refused.empty();
}

// export.note_url: where a note left out by --only is linked, {id} standing for its id. It becomes
// a link in every export, so it gets the allowlist of links: a well-formed http or https URL.
bool read_note_url(Config& config, std::vector<Diagnostic>& errors) {
  const nlohmann::json& doc = config.document.value;
  if (!doc.contains("export") || !doc["export"].is_object() || !doc["export"].contains("note_url")) return true;
  const nlohmann::json& value = doc["export"]["note_url"];
  const auto at = config.document.locate("/export/note_url");
  const char* hint = "write the address of a note's page, with {id} for its id: https://example.org/notes/{id}";
  if (!value.is_string()) {
    errors.push_back(config_error(config.source, at.value_begin, at.value_end, "export.note_url must be a string: an http(s) URL", hint));
    return false;
  }
  const std::string url = value.get<std::string>();
  std::string sample = url;
  for (auto id = sample.find("{id}"); id != std::string::npos; id = sample.find("{id}", id + 2)) sample.replace(id, 4, "id");
  std::string problem = external_url_problem(sample);
  if (problem.empty() && (sample[0] == 'm' || sample[0] == 'M')) problem = "a note's page is a web page, not a mailto: address";
  if (!problem.empty()) {
    errors.push_back(config_error(config.source, at.value_begin, at.value_end,
                                  "export.note_url '" + utf8::drop_control_characters(url) + "' is not an http(s) URL: " + problem, hint));
    return false;
  }
  config.note_url = url;
  return true;
}

}  // namespace

std::optional<LoadedConfig> load_config(const FileSystem& fs, const std::string& root, std::vector<Diagnostic>& errors) {
  const std::string path = join_path(root, "np.yaml");
  Diagnostic missing;
  missing.file = path;
  missing.rule = "config";
  if (!fs.exists(path)) {
    missing.message = "no np.yaml in '" + root + "': not a curriculum root";
    missing.hint = "pass the curriculum folder with --root, or create np.yaml there (see docs/curriculum.md)";
    errors.push_back(missing);
    return std::nullopt;
  }
  // Nothing outside the root is read: np.yaml may not be a symlink out of it (a credentials file
  // would otherwise be parsed and quoted in diagnostics).
  const auto root_real = fs.canonical(root);
  const ReadResult read = root_real ? fs.read_within(*root_real, path, 1 << 20) : fs.read(path, 1 << 20);
  if (!read.ok) {
    if (!read.outside.empty()) {
      missing.message = "np.yaml resolves to '" + read.outside + "', outside the curriculum root; np does not read files outside the root";
      missing.hint = "make np.yaml a file of the curriculum folder, not a symbolic link out of it";
    } else {
      missing.message = "cannot read np.yaml: " + read.error;
    }
    errors.push_back(missing);
    return std::nullopt;
  }
  if (read.text.size() > (1 << 20)) {
    missing.message = "np.yaml is larger than 1 MiB";
    errors.push_back(missing);
    return std::nullopt;
  }

  LoadedConfig loaded;
  Config& config = loaded.config;
  config.path = path;
  config.source = SourceFile(path, read.text);
  if (const auto nul = read.text.find('\0'); nul != std::string::npos) {  // yaml-cpp would stop there
    errors.push_back(
        config_error(config.source, nul, nul + 1, "np.yaml contains a NUL byte: it is binary, not YAML", "save the file as UTF-8 text"));
    return std::nullopt;
  }
  if (const auto bad = utf8::first_invalid(read.text)) {
    errors.push_back(config_error(config.source, *bad, *bad + 1, "np.yaml is not valid UTF-8", "save the file as UTF-8"));
    return std::nullopt;
  }
  std::size_t control_length = 0;
  if (const auto control = utf8::find_control_character(read.text, 0, control_length)) {  // every export would carry it
    std::size_t i = *control;
    errors.push_back(config_error(config.source, *control, *control + control_length,
                                  "np.yaml contains the control character " + code_point_name(utf8::decode(read.text, i)),
                                  "remove it: XML (EPUB) forbids it and LaTeX stops on it"));
    return std::nullopt;
  }
  std::vector<YamlProblem> problems;
  config.document = parse_yaml(config.source, config.source.content_begin(), config.source.text().size(), problems);
  for (const auto& p : problems) errors.push_back(config_error(config.source, p.begin, p.end, p.message, p.hint));
  if (!problems.empty() || !config.document.parsed) return std::nullopt;
  const nlohmann::json& doc = config.document.value;
  if (!doc.is_object()) {
    errors.push_back(config_error(config.source, config.document.begin, config.document.begin + 1, "np.yaml must be a mapping"));
    return std::nullopt;
  }

  // Custom schemas first, so that np.yaml itself is checked against the schema the user edits.
  const std::string schemas_dir = string_at(doc, "schemas");
  if (!schemas_dir.empty() && !fs.exists(join_path(root, schemas_dir))) {
    // A curriculum copied out of its repository (content/ names ../schemas): it still works, with
    // the schemas np was built with, and np says so.
    const Position p = config.source.position(config.document.locate("/schemas").value_begin);
    loaded.notices.push_back(path + ":" + std::to_string(p.line) + ":" + std::to_string(p.column) + ": schemas: '" + schemas_dir +
                             "' names a folder that does not exist here; using the schemas built into np");
    loaded.schemas = SchemaSet::builtin();
  } else if (!schemas_dir.empty()) {
    const std::string dir = join_path(root, schemas_dir);
    const auto loc = config.document.locate("/schemas");
    // np.yaml may name a schema folder outside the root, but only by its name (content/ names
    // ../schemas): a folder named inside the root that resolves outside it is a symlink out of the
    // root, which np does not follow. Inside the folder, schema files must stay in it (SchemaSet).
    const std::string named = normalize_path(schemas_dir);
    const bool named_inside = schemas_dir[0] != '/' && named != ".." && named.rfind("../", 0) != 0;
    const auto dir_real = fs.canonical(dir);
    if (named_inside && root_real && dir_real && !path_within(*dir_real, *root_real)) {
      errors.push_back(
          config_error(config.source, loc.value_begin, loc.value_end,
                       "schemas: '" + schemas_dir + "' resolves to '" + *dir_real +
                           "', outside the curriculum root; np does not follow a symbolic link out of the root",
                       "name a folder outside the root as such (schemas: ../schemas), or copy the schemas into the curriculum"));
      return std::nullopt;
    }
    // A file, or a folder without any schema, is a wrong path: never fall back silently.
    const auto entries = fs.list(dir);
    const bool has_schema = entries && std::any_of(entries->begin(), entries->end(), [](const DirEntry& e) {
                              return e.name == "note.schema.json" || e.name == "module.schema.json" || e.name == "part.schema.json" ||
                                     e.name == "np.schema.json";
                            });
    if (!has_schema) {
      errors.push_back(config_error(
          config.source, loc.value_begin, loc.value_end,
          entries ? "schema folder '" + dir + "' holds none of note.schema.json, module.schema.json, part.schema.json, np.schema.json"
                  : "schemas: '" + dir + "' is not a folder",
          "point schemas: at the folder of JSON Schemas, or remove it to use the built-in ones"));
      return std::nullopt;
    }
    auto set = SchemaSet::from_directory(fs, dir, errors);
    if (!set) return std::nullopt;
    loaded.schemas = std::move(*set);
  } else {
    loaded.schemas = SchemaSet::builtin();
  }

  std::vector<Diagnostic> violations;
  for (const auto& v : loaded.schemas.validate(SchemaKind::config, doc)) {
    const auto loc = config.document.locate(v.pointer);
    violations.push_back(
        config_error(config.source, v.on_key ? loc.key_begin : loc.value_begin, v.on_key ? loc.key_end : loc.value_end, v.message));
  }
  if (!violations.empty()) {
    sort_diagnostics(violations);
    errors.insert(errors.end(), violations.begin(), violations.end());
    return std::nullopt;
  }

  // Strings of np.yaml reach every export (the book's title...): no control character in them,
  // not even as a YAML escape ("\x01").
  const auto controls = control_strings(doc);
  for (const auto& [pointer, cp] : controls) {
    const auto at = config.document.locate(pointer);
    errors.push_back(
        config_error(config.source, at.value_begin, at.value_end,
                     "np.yaml: " + field_name(pointer) + " holds the control character " + code_point_name(cp) + " (a YAML escape)",
                     "remove it: XML (EPUB) forbids it and LaTeX stops on it"));
  }
  if (!controls.empty()) return std::nullopt;

  const auto& book = doc["book"];
  config.book = {string_at(book, "title"),    string_at(book, "subtitle"),    string_at(book, "author"),
                 string_at(book, "language"), string_at(book, "description"), string_at(book, "license"),
                 string_at(book, "url"),      string_at(book, "identifier"),  std::nullopt};
  if (book.is_object() && book.contains("about") && book["about"].is_object()) {
    const auto& about = book["about"];
    config.book.about =
        BookAbout{string_at(about, "tagline"), string_at(about, "role"), string_at(about, "text"), string_at(about, "quote")};
  }
  if (doc.contains("lint") && doc["lint"].is_object()) {
    const auto& lint = doc["lint"];
    if (lint.contains("rules") && lint["rules"].is_object()) {
      for (const auto& [rule, severity] : lint["rules"].items()) {
        Severity s = Severity::error;
        parse_severity(severity.get<std::string>(), s);
        config.rule_severity[rule] = s;
      }
    }
    if (lint.contains("max_file_size")) config.max_file_size = lint["max_file_size"].get<std::size_t>();
  }
  if (doc.contains("expect")) {
    for (const auto& [name, value] : doc["expect"].items()) config.expect[name] = value.get<long long>();
  }
  if (!read_link_patterns(config, errors) || !read_katex_macros(config, errors) || !read_note_url(config, errors)) return std::nullopt;
  config.raw = doc;
  return loaded;
}

ExportSettings export_settings(const Config& config, const std::string& name) {
  ExportSettings settings;
  const nlohmann::json& raw = config.raw;
  if (!raw.contains("export") || !raw["export"].is_object() || !raw["export"].contains(name) || !raw["export"][name].is_object())
    return settings;
  settings.options = raw["export"][name];
  if (settings.options.contains("command") && settings.options["command"].is_array())
    for (const auto& arg : settings.options["command"])
      if (arg.is_string()) settings.command.push_back(arg.get<std::string>());
  settings.options.erase("command");
  return settings;
}

}  // namespace np
