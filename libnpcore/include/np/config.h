// np.yaml: the curriculum's book metadata, lint configuration, KaTeX macros and expected figures.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "np/diagnostic.h"
#include "np/filesystem.h"
#include "np/schema.h"
#include "np/source.h"
#include "np/yaml_document.h"

namespace np {

// book.about: the About section of the site's home page (present when np.yaml has the object).
struct BookAbout {
  std::string tagline, role, text, quote;
};

struct BookMetadata {
  std::string title, subtitle, author, language, description, license, url, identifier;
  std::optional<BookAbout> about;
};

// np.yaml export.NAME: one exporter's settings (export.note_url is Config::note_url).
struct ExportSettings {
  // export.NAME.command: the program and arguments of an external exporter (the strings of a
  // non-empty array, as written); empty when not set.
  std::vector<std::string> command;
  // Every other key of export.NAME, for the exporter (and sent to an external one as "config"):
  // an object, empty when np.yaml has no export.NAME.
  nlohmann::json options = nlohmann::json::object();
  // export.NAME.timeout in seconds, else `fallback` (--timeout).
  unsigned timeout(unsigned fallback) const { return options.value("timeout", fallback); }
};

struct Config {
  std::string path;  // np.yaml as given to the loader
  BookMetadata book;
  std::map<std::string, Severity> rule_severity;  // configured rules only
  std::size_t max_file_size = 8u << 20;
  // katex.macros, checked when np.yaml is loaded: names and bodies on the allowlist of the LaTeX
  // export, bodies parsed as formulas (np/latex_allowlist.h).
  std::map<std::string, std::string> katex_macros;
  // export.note_url: the page of a note that --only leaves out, {id} for its id; an http(s) URL,
  // checked when np.yaml is loaded. "" when not set.
  std::string note_url;
  std::map<std::string, long long> expect;
  // links.allow / links.deny: RE2 patterns (searched, not anchored) for external URLs; checked
  // to compile when np.yaml is loaded.
  std::vector<std::string> link_allow, link_deny;
  nlohmann::json raw;  // the whole document (np.yaml's own tables are read into the fields above)
  SourceFile source;
  YamlDocument document;
};

// Reads ROOT/np.yaml and the schemas it names. Any problem is a configuration error: it is
// appended to `errors` (with file, line and column) and the result is nullopt.
struct LoadedConfig {
  Config config;
  SchemaSet schemas;
  // What the user should know about how np read the configuration, e.g. that the schema folder
  // np.yaml names is not there and the built-in schemas are used (a copied curriculum).
  std::vector<std::string> notices;
};
std::optional<LoadedConfig> load_config(const FileSystem& fs, const std::string& root, std::vector<Diagnostic>& errors);

// np.yaml export.NAME (an object, else empty settings): the one place it is read.
ExportSettings export_settings(const Config& config, const std::string& name);

}  // namespace np
