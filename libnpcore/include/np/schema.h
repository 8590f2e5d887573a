// The JSON Schemas np validates np.yaml, part.yaml, module.yaml and note front matter against
// (schemas/*.schema.json, draft-07), with messages that name the field and what was expected.
#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "np/diagnostic.h"
#include "np/filesystem.h"

namespace np {

struct EmbeddedSchema {
  const char* file_name;
  const char* text;
};
// The schemas of the repository's schemas/ folder, compiled into np.
const std::vector<EmbeddedSchema>& embedded_schemas();

enum class SchemaKind { config, part, module, note };
std::string_view schema_file_name(SchemaKind kind);

struct SchemaViolation {
  std::string pointer;  // JSON pointer of the offending value ("" for the document itself)
  std::string message;
  bool on_key = false;  // position the diagnostic on the key (unknown property) rather than the value
};

class SchemaSet {
 public:
  SchemaSet();
  ~SchemaSet();
  SchemaSet(SchemaSet&&) noexcept;
  SchemaSet& operator=(SchemaSet&&) noexcept;

  // The built-in schemas.
  static SchemaSet builtin();
  // Schemas from a folder; a file missing there falls back to the built-in one. A malformed
  // schema is a configuration error reported into `errors` (file, line, column of the JSON error).
  static std::optional<SchemaSet> from_directory(const FileSystem& fs, const std::string& dir, std::vector<Diagnostic>& errors);

  std::vector<SchemaViolation> validate(SchemaKind kind, const nlohmann::json& instance) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace np
