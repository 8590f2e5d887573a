// metadata-*: part.yaml and module.yaml. The loader (src/load/curriculum.cc, load_metadata) parses
// and validates them against schemas/part.schema.json and schemas/module.schema.json.
#include "lint/rules/rules.h"

namespace np::rules {

const Rule metadata_schema{
    "metadata-schema", Severity::error, Scope::front_matter, "part.yaml or module.yaml does not match its schema",
    "part.yaml needs order and title; module.yaml needs number, title and summary, and may list requires (environment "
    "variables such as ANTHROPIC_API_KEY). Unknown fields are errors, with the closest known field suggested. The "
    "schemas are schemas/part.schema.json and schemas/module.schema.json.",
    "number: three\ntitle: Probability Theory", "number: 6\ntitle: Probability Theory\nsummary: Measure-theoretic probability."};

const Rule metadata_yaml{
    "metadata-yaml", Severity::error, Scope::front_matter, "part.yaml or module.yaml is not valid YAML",
    "Syntax errors at the parser's line and column, duplicate keys (YAML keeps one value silently), and documents that "
    "expand past np's limits through aliases.",
    "title: [Probability", "title: Probability"};

}  // namespace np::rules
