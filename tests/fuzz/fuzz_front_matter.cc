// YAML front matter: parse_yaml with positions, then schema validation. Never crashes, never
// loops; every recorded location lies inside the document.
#include <cstddef>
#include <cstdint>

#include "np/schema.h"
#include "np/yaml_document.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const np::SchemaSet schemas = np::SchemaSet::builtin();
  const np::SourceFile file("f.md", std::string(reinterpret_cast<const char*>(data), size));
  std::vector<np::YamlProblem> problems;
  const np::YamlDocument doc = np::parse_yaml(file, 0, file.text().size(), problems);
  for (const auto& [pointer, loc] : doc.locations) {
    if (loc.value_begin > file.text().size() || loc.key_begin > file.text().size()) __builtin_trap();
    (void)file.position(loc.value_end);
  }
  for (const auto& p : problems)
    if (p.begin > file.text().size()) __builtin_trap();
  if (doc.parsed) (void)schemas.validate(np::SchemaKind::note, doc.value);
  return 0;
}
