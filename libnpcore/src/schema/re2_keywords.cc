#include "schema/re2_keywords.h"

#include <re2/re2.h>

#include <memory>
#include <new>
#include <set>
#include <stdexcept>
#include <valijson/constraint_builder.hpp>
#include <valijson/constraints/concrete_constraints.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>

namespace np::schema_keywords {

namespace {

constexpr const char* kPattern = "x-np-re2-pattern";
constexpr const char* kFormat = "x-np-re2-format";

// JSON Schema patterns are ECMA-262; RE2 reads the same syntax but for "\uXXXX" and a named group
// "(?<name>", which it spells "\x{XXXX}" and "(?P<name>". What else differs (lookaround,
// backreferences) RE2 refuses, and the schema with it.
std::string re2_syntax(const std::string& pattern) {
  std::string out;
  const auto hex = [](char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); };
  bool in_class = false;  // inside [...], where "(?<" is three characters
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\' && i + 5 < pattern.size() && pattern[i + 1] == 'u' && hex(pattern[i + 2]) && hex(pattern[i + 3]) && hex(pattern[i + 4]) &&
        hex(pattern[i + 5])) {
      out += "\\x{" + pattern.substr(i + 2, 4) + "}";
      i += 5;
    } else if (c == '\\' && i + 1 < pattern.size()) {
      out += pattern.substr(i, 2);
      ++i;
    } else if (!in_class && c == '(' && pattern.compare(i, 3, "(?<") == 0 && i + 3 < pattern.size() && pattern[i + 3] != '=' &&
               pattern[i + 3] != '!') {
      out += "(?P<";
      i += 2;
    } else {
      if (c == '[') in_class = true;
      if (c == ']' && in_class && out.back() != '[' && !(out.size() >= 2 && out.compare(out.size() - 2, 2, "[^") == 0)) in_class = false;
      out += c;
    }
  }
  return out;
}

std::shared_ptr<const RE2> compile_pattern(const std::string& pattern) {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(kPatternMaxMem);
  return std::make_shared<const RE2>(re2_syntax(pattern), options);
}

// --- the constraints valijson calls ------------------------------------------------------------

// valijson's PolyConstraint: clone() copies it with placement new into valijson's memory.
template <typename Self>
class Re2Constraint : public valijson::constraints::PolyConstraint {
 private:
  Constraint* cloneInto(void* memory) const override { return new (memory) Self(static_cast<const Self&>(*this)); }
  std::size_t sizeOf() const override { return sizeof(Self); }
};

class PatternConstraint : public Re2Constraint<PatternConstraint> {
 public:
  explicit PatternConstraint(std::shared_ptr<const RE2> re) : re_(std::move(re)) {}

  bool validate(const valijson::adapters::Adapter& target, const std::vector<std::string>& context,
                valijson::ValidationResults* results) const override {
    if (!target.isString() || RE2::PartialMatch(target.asString(), *re_)) return true;
    // The words valijson uses, which schema.cc recognises as a failed 'pattern'.
    if (results) results->pushError(context, "Failed to match regex specified by 'pattern' constraint.");
    return false;
  }

 private:
  std::shared_ptr<const RE2> re_;
};

// valijson's checks of "format", on RE2: date, time and date-time; other formats are not asserted.
class FormatConstraint : public Re2Constraint<FormatConstraint> {
 public:
  explicit FormatConstraint(std::string format) : format_(std::move(format)) {}

  bool validate(const valijson::adapters::Adapter& target, const std::vector<std::string>& context,
                valijson::ValidationResults* results) const override {
    if (!target.isString()) return true;
    static const std::string kTime = "([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9]|60)(\\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])";
    static const std::string kDate = "([0-9]+)-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])";
    static const RE2 time_re(kTime), date_re(kDate), date_time_re(kDate + "[Tt]" + kTime);
    const std::string text = target.asString();
    std::string year;
    int month = 0, day = 0;
    bool ok = true;
    if (format_ == "date")
      ok = RE2::FullMatch(text, date_re, &year, &month, &day) && day_exists(year, month, day);
    else if (format_ == "date-time")
      ok = RE2::FullMatch(text, date_time_re, &year, &month, &day) && day_exists(year, month, day);
    else if (format_ == "time")
      ok = RE2::FullMatch(text, time_re);
    if (!ok && results) results->pushError(context, "String should be a valid " + format_);
    return ok;
  }

 private:
  // A real calendar day (RFC 3339 full-date): February 29 only in leap years of the Gregorian
  // calendar. The year may be long: its remainders by 4, 100 and 400 come from its last digits.
  static bool day_exists(const std::string& year, int month, int day) {
    static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day > kDays[month - 1]) return false;
    if (month != 2 || day != 29) return true;
    const int last4 = std::stoi(year.size() > 4 ? year.substr(year.size() - 4) : year);
    return last4 % 4 == 0 && (last4 % 100 != 0 || last4 % 400 == 0);
  }
  std::string format_;
};

class PatternBuilder : public valijson::ConstraintBuilder {
 public:
  valijson::constraints::Constraint* make(const valijson::adapters::Adapter& value) const override {
    std::string pattern;
    if (!value.getString(pattern)) throw std::runtime_error("'pattern' should be a string");
    auto re = compile_pattern(pattern);
    if (!re->ok()) throw std::runtime_error("'pattern' '" + pattern + "': " + re->error());
    return new PatternConstraint(std::move(re));
  }
};

class FormatBuilder : public valijson::ConstraintBuilder {
 public:
  valijson::constraints::Constraint* make(const valijson::adapters::Adapter& value) const override {
    std::string format;
    if (!value.getString(format)) throw std::runtime_error("'format' should be a string");
    return new FormatConstraint(std::move(format));
  }
};

// --- the copy valijson compiles ------------------------------------------------------------------

std::string pointer_token(const std::string& key) {
  std::string out;
  for (char c : key) out += c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c);
  return out;
}

struct Rewriter {
  nlohmann::json& root;
  std::vector<Problem>& problems;
  std::set<const nlohmann::json*> done;

  void subschema(nlohmann::json& node, const std::string& pointer) {
    if (!node.is_object() || !done.insert(&node).second) return;
    if (node.contains("pattern") && node["pattern"].is_string()) {
      const std::string pattern = node["pattern"];
      if (const auto re = compile_pattern(pattern); !re->ok())
        problems.push_back({pointer + "/pattern", "'pattern' '" + pattern + "' is not a regular expression np can match (" + re->error() +
                                                      "); np matches patterns with RE2, which has no lookaround and no backreferences"});
      node[kPattern] = pattern;
      node.erase("pattern");
    }
    if (node.contains("format") && node["format"].is_string()) {
      node[kFormat] = node["format"];
      node.erase("format");
    }
    if (node.contains("patternProperties"))
      problems.push_back({pointer + "/patternProperties",
                          "'patternProperties' is not supported; check names with 'propertyNames' and a 'pattern', and values with "
                          "'additionalProperties'"});
    for (const char* key : {"additionalItems", "additionalProperties", "contains", "propertyNames", "if", "then", "else", "not", "items"})
      if (node.contains(key)) subschema(node[key], pointer + "/" + key);
    for (const char* key : {"allOf", "anyOf", "oneOf", "items"})
      if (node.contains(key) && node[key].is_array())
        for (std::size_t i = 0; i < node[key].size(); ++i) subschema(node[key][i], pointer + "/" + key + "/" + std::to_string(i));
    for (const char* key : {"properties", "patternProperties", "definitions", "dependencies"})
      if (node.contains(key) && node[key].is_object())
        for (auto& [name, child] : node[key].items()) subschema(child, pointer + "/" + key + "/" + pointer_token(name));
    // A local "$ref" may point anywhere in the document, also where no keyword above leads.
    if (node.contains("$ref") && node["$ref"].is_string()) {
      const std::string ref = node["$ref"];
      if (ref.rfind('#', 0) != 0) return;
      try {
        const nlohmann::json::json_pointer target(ref.substr(1));
        if (root.contains(target)) subschema(root[target], ref.substr(1));
      } catch (const nlohmann::json::exception&) {
        // A malformed pointer: valijson reports it.
      }
    }
  }
};

}  // namespace

nlohmann::json for_valijson(const nlohmann::json& schema, std::vector<Problem>& problems) {
  nlohmann::json copy = schema;
  Rewriter{copy, problems, {}}.subschema(copy, "");
  return copy;
}

bool pattern_matches(const std::string& pattern, const std::string& text) {
  const auto re = compile_pattern(pattern);
  return re->ok() && RE2::PartialMatch(text, *re);
}

void add_constraint_builders(valijson::SchemaParser& parser) {
  // The parser owns (deletes) its builders.
  parser.addConstraintBuilder(kPattern, new PatternBuilder);
  parser.addConstraintBuilder(kFormat, new FormatBuilder);
}

}  // namespace np::schema_keywords
