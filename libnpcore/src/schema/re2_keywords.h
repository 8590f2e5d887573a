// The schema keywords that match text, checked with RE2 instead of valijson's std::regex.
//
// valijson 1.0 matches "pattern", "format" (date, time, date-time) and "patternProperties" with
// std::regex, whose libstdc++ implementation recurses once per repeated character: a 24 KB tag
// overflowed the stack (SIGSEGV), and a hostile schema's pattern can backtrack for ever. valijson
// 1.0 has no way to swap the engine, so np hands it a copy of each schema in which "pattern" and
// "format" are keywords of np's own, whose constraints match with RE2 (time linear in the text,
// memory bounded by kPatternMaxMem), and refuses "patternProperties".
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace valijson {
class SchemaParser;
}

namespace np::schema_keywords {

// What RE2 may use for one pattern's program; a larger pattern is refused when the schema loads.
inline constexpr long kPatternMaxMem = 1 << 20;

struct Problem {
  std::string pointer;  // JSON pointer of the keyword in the schema
  std::string message;
};

// The copy of `schema` that valijson compiles: in each subschema (those reached through the
// draft-07 keywords that hold subschemas, and through local "$ref"s), "pattern" and "format" are
// renamed to np's keywords. A pattern RE2 cannot compile and every "patternProperties" go into
// `problems`.
nlohmann::json for_valijson(const nlohmann::json& schema, std::vector<Problem>& problems);

// Whether `text` matches the schema pattern `pattern` (as its constraint judges it).
bool pattern_matches(const std::string& pattern, const std::string& text);

// Teaches `parser` np's keywords.
void add_constraint_builders(valijson::SchemaParser& parser);

}  // namespace np::schema_keywords
