// metadata-*: part.yaml and module.yaml. The loader (src/load/curriculum.cc, load_metadata) parses
// and validates them against schemas/part.schema.json and schemas/module.schema.json; these rules
// claim its LoadProblems (.load_facts).
#include "lint/rules/rules.h"

namespace np::rules {

const Rule metadata_schema{
    .id = "metadata-schema",
    .default_severity = Severity::error,
    .scope = Scope::front_matter,
    .summary = "part.yaml or module.yaml does not match its schema",
    .description =
        "part.yaml needs order and title; module.yaml needs number, title and summary, and may list requires (environment "
        "variables such as ANTHROPIC_API_KEY). Unknown fields are errors, with the closest known field suggested. The "
        "schemas are schemas/part.schema.json and schemas/module.schema.json.",
    .bad_example = "number: three\ntitle: Probability Theory",
    .good_example = "number: 6\ntitle: Probability Theory\nsummary: Measure-theoretic probability.",
    .load_facts = kLoadFacts<LoadProblem::metadata_schema>,
};

const Rule metadata_yaml{
    .id = "metadata-yaml",
    .default_severity = Severity::error,
    .scope = Scope::front_matter,
    .summary = "part.yaml or module.yaml is not valid YAML",
    .description =
        "Syntax errors at the parser's line and column, duplicate keys (YAML keeps one value silently), and documents that "
        "expand past np's limits through aliases.",
    .bad_example = "title: [Probability",
    .good_example = "title: Probability",
    .load_facts = kLoadFacts<LoadProblem::metadata_yaml>,
};

}  // namespace np::rules
