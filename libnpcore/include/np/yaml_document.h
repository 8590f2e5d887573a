// A YAML text (a note's front matter, module.yaml, part.yaml, np.yaml) turned into JSON for schema
// validation, with the source position of every key and value, and the problems found on the way.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "np/source.h"

namespace np {

struct YamlLocation {
  std::size_t key_begin = 0, key_end = 0;  // equal to value_* for the root and array items
  std::size_t value_begin = 0, value_end = 0;
};

struct YamlProblem {
  enum class Kind { syntax, duplicate_key, too_complex };
  Kind kind = Kind::syntax;
  std::size_t begin = 0, end = 0;
  std::string message;
  std::string hint;
};

struct YamlDocument {
  bool parsed = false;  // false after a syntax error or when the document was too complex
  nlohmann::json value;
  // By JSON pointer ("" is the root, "/prerequisites/0" an item), sorted by pointer.
  std::vector<std::pair<std::string, YamlLocation>> locations;
  std::size_t begin = 0, end = 0;  // the YAML text in the file

  // The location for a pointer, or the nearest ancestor's, or the whole document.
  YamlLocation locate(const std::string& pointer) const;
};

struct YamlLimits {
  std::size_t max_nodes = 100000;  // nodes visited while converting, aliases expanded
  int max_depth = 200;
  std::size_t max_items = 1000;  // items of one list
};

// Parses file.text()[begin, end). Problems are reported with offsets into the file.
YamlDocument parse_yaml(const SourceFile& file, std::size_t begin, std::size_t end, std::vector<YamlProblem>& problems,
                        const YamlLimits& limits = {});

// "/a~1b/0" style escaping of one reference token.
std::string json_pointer_token(const std::string& key);

}  // namespace np
