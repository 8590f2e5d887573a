// The schemas' text-matching keywords ("pattern", "format", "propertyNames"), matched with RE2
// (src/schema/re2_keywords.h): linear in the text, hostile schema patterns refused where they are.
#include "np/schema.h"

#include "test_support.h"

namespace np::test::schema {
namespace {

std::string repeat(const std::string& s, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

std::vector<std::string> messages(const std::vector<SchemaViolation>& violations) {
  std::vector<std::string> out;
  for (const auto& v : violations) out.push_back(v.pointer + " " + v.message);
  return out;
}

// A schemas/ folder holding one note.schema.json.
std::optional<SchemaSet> note_schema(const std::string& text, std::vector<Diagnostic>& errors) {
  MemoryFileSystem fs;
  fs.add("root/schemas/note.schema.json", text);
  return SchemaSet::from_directory(fs, "root/schemas", errors);
}

// std::regex (valijson's) recursed once per repetition: these overflowed the stack (SIGSEGV).
TEST(SchemaPattern, LongValuesAreMatchedWithoutRecursion) {
  const SchemaSet schemas = SchemaSet::builtin();
  const std::string tag = repeat("a-", 50000) + "a";
  nlohmann::json note = {{"id", "x"},
                         {"title", "X"},
                         {"order", 1},
                         {"kind", "note"},
                         {"status", "published"},
                         {"summary", "S."},
                         {"updated", "2026-01-01"},
                         {"tags", {tag, tag + "A"}}};
  EXPECT_EQ(messages(schemas.validate(SchemaKind::note, note)),
            (std::vector<std::string>{"/tags/1 tags[1]: 'a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-... is not a lowercase "
                                      "kebab-case tag like 'linear-algebra'"}));
  const nlohmann::json module = {{"number", 1}, {"title", "M"}, {"summary", "S."}, {"requires", {repeat("A", 100000)}}};
  EXPECT_TRUE(schemas.validate(SchemaKind::module, module).empty());
  const nlohmann::json config = {{"book", {{"title", "B"}, {"language", "en" + repeat("-abcdefgh", 20000)}}},
                                 {"katex", {{"macros", {{"\\" + repeat("R", 100000), "x"}}}}}};
  EXPECT_TRUE(schemas.validate(SchemaKind::config, config).empty());
}

// A pattern that backtracks exponentially in a backtracking engine ("(a*)*b" on a's) is linear in
// RE2; without it this test does not end.
TEST(SchemaPattern, HostilePatternIsLinear) {
  std::vector<Diagnostic> errors;
  const auto set = note_schema(R"({"properties": {"id": {"type": "string", "pattern": "^(a*)*b$"}}})", errors);
  ASSERT_TRUE(set.has_value());
  EXPECT_EQ(messages(set->validate(SchemaKind::note, {{"id", repeat("a", 100000)}})),
            (std::vector<std::string>{"/id id: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa... is not the pattern ^(a*)*b$"}));
}

TEST(SchemaPattern, PatternsRe2CannotMatchAreRefusedWhereTheyAre) {
  std::vector<Diagnostic> errors;
  EXPECT_FALSE(note_schema("{\n  \"properties\": {\n    \"id\": {\"pattern\": \"^(?=a)\"}\n  }\n}\n", errors).has_value());
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].file, "root/schemas/note.schema.json");
  EXPECT_EQ(std::make_pair(errors[0].line, errors[0].column), std::make_pair(3, 23));
  EXPECT_EQ(errors[0].message,
            "unusable JSON Schema: 'pattern' '^(?=a)' is not a regular expression np can match (invalid perl operator: (?=); np matches "
            "patterns with RE2, which has no lookaround and no backreferences");
}

TEST(SchemaPattern, OverlargePatternIsRefused) {
  std::vector<Diagnostic> errors;
  EXPECT_FALSE(note_schema(R"j({"properties": {"id": {"pattern": "((((a{100}){100}){100}){100})"}}})j", errors).has_value());
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].message.find("is not a regular expression np can match"), std::string::npos) << errors[0].message;
}

TEST(SchemaPattern, PatternPropertiesIsRefused) {
  std::vector<Diagnostic> errors;
  EXPECT_FALSE(note_schema("{\"patternProperties\": {\"^x-\": {\"type\": \"string\"}}}", errors).has_value());
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(std::make_pair(errors[0].line, errors[0].column), std::make_pair(1, 2));
  EXPECT_EQ(errors[0].message,
            "unusable JSON Schema: 'patternProperties' is not supported; check names with 'propertyNames' and a 'pattern', and values with "
            "'additionalProperties'");
}

// Patterns keep their JSON Schema meaning: unanchored, "\uXXXX" escapes, named groups, under $ref
// and in propertyNames.
TEST(SchemaPattern, PatternsKeepTheirMeaning) {
  std::vector<Diagnostic> errors;
  const auto set = note_schema(R"({
    "definitions": {"accented": {"type": "string", "pattern": "(?<first>\\u00e9)t[(?<]?"}},
    "properties": {"id": {"$ref": "#/definitions/accented"}, "tags": {"type": "object", "propertyNames": {"pattern": "^[a-z]+$"}}}
  })",
                               errors);
  ASSERT_TRUE(set.has_value()) << errors[0].message;
  EXPECT_TRUE(set->validate(SchemaKind::note, {{"id", "un \xC3\xA9t\xC3\xA9"}}).empty());
  EXPECT_EQ(set->validate(SchemaKind::note, {{"id", "ete"}}).size(), 1u);
  EXPECT_TRUE(set->validate(SchemaKind::note, {{"tags", {{"abc", 1}}}}).empty());
  EXPECT_EQ(set->validate(SchemaKind::note, {{"tags", {{"ABC", 1}}}}).size(), 1u);
}

// valijson says only that the mapping failed when a name fails propertyNames; np names the key.
TEST(SchemaPattern, NamesThatFailPropertyNamesAreReportedOnTheirKey) {
  const nlohmann::json config = {{"book", {{"title", "B"}, {"language", "en"}}}, {"katex", {{"macros", {{"R1", "x"}, {"\\ok", "y"}}}}}};
  const auto violations = SchemaSet::builtin().validate(SchemaKind::config, config);
  ASSERT_EQ(violations.size(), 1u);
  EXPECT_EQ(violations[0].pointer, "/katex/macros/R1");
  EXPECT_TRUE(violations[0].on_key);
  EXPECT_EQ(violations[0].message, "katex.macros.R1: 'R1' is not a macro name: a backslash and letters, like '\\R'");
}

// "format" was valijson's std::regex too: date, time and date-time are still asserted.
TEST(SchemaPattern, FormatsAreCheckedWithRe2) {
  std::vector<Diagnostic> errors;
  const auto set =
      note_schema(R"({"properties": {"a": {"format": "date"}, "b": {"format": "date-time"}, "c": {"format": "time"}}})", errors);
  ASSERT_TRUE(set.has_value());
  EXPECT_TRUE(set->validate(SchemaKind::note, {{"a", "2026-02-28"}, {"b", "2026-01-01T10:00:00Z"}, {"c", "23:59:60+01:00"}}).empty());
  EXPECT_EQ(
      messages(set->validate(SchemaKind::note, {{"a", "2026-04-31"}, {"b", repeat("1", 100000) + "-01-01T10:00:00"}, {"c", "24:00:00Z"}})),
      (std::vector<std::string>{"/a a: '2026-04-31' is not a valid \"date\"",
                                "/b b: '11111111111111111111111111111111111111111111111111111111... is not a valid \"date-time\"",
                                "/c c: '24:00:00Z' is not a valid \"time\""}));
}

// Issue 20: 'updated: 2026-02-31' passed and became 2026-03-03 in the EPUB's OPF. A note's date
// is a day of the Gregorian calendar: February 29 only in leap years.
TEST(SchemaFormat, UpdatedIsARealCalendarDay) {
  const SchemaSet schemas = SchemaSet::builtin();
  const auto check = [&](const std::string& date) {
    const nlohmann::json note = {{"id", "x"},       {"title", "X"},   {"order", 1}, {"kind", "note"}, {"status", "published"},
                                 {"summary", "S."}, {"updated", date}};
    return messages(schemas.validate(SchemaKind::note, note));
  };
  for (const char* date : {"2026-01-31", "2028-02-29", "2000-02-29", "2026-12-06"}) EXPECT_TRUE(check(date).empty()) << date;
  for (const char* date : {"2026-02-31", "2026-02-29", "2100-02-29", "2026-04-31", "2026-06-31"})
    EXPECT_EQ(check(date),
              (std::vector<std::string>{"/updated updated: '" + std::string(date) +
                                        "' is not a calendar date (YYYY-MM-DD, a day that exists; write it unquoted or quoted)"}))
        << date;
}

}  // namespace
}  // namespace np::test::schema
