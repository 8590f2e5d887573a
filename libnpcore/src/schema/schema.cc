#include "np/schema.h"

#include <algorithm>
#include <map>
#include <set>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "np/did_you_mean.h"
#include "np/source.h"
#include "np/utf8.h"
#include "np/yaml_document.h"
#include "schema/re2_keywords.h"

namespace np {

namespace {

constexpr SchemaKind kKinds[] = {SchemaKind::config, SchemaKind::part, SchemaKind::module, SchemaKind::note};

std::string type_name(const nlohmann::json& v) {
  switch (v.type()) {
    case nlohmann::json::value_t::null:
      return "null";
    case nlohmann::json::value_t::boolean:
      return "boolean";
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
      return "integer";
    case nlohmann::json::value_t::number_float:
      return "number";
    case nlohmann::json::value_t::string:
      return "string";
    case nlohmann::json::value_t::array:
      return "list";
    case nlohmann::json::value_t::object:
      return "mapping";
    default:
      return "value";
  }
}

std::string show(const nlohmann::json& v) {
  std::string s = v.is_string() ? "'" + v.get<std::string>() + "'" : v.dump();
  if (s.size() > 60) s = s.substr(0, 57) + "...";
  return s;
}

bool has_type(const nlohmann::json& v, const std::string& type) {
  // As valijson judges it (strong types): 2.0 is a number, not an integer, so that its message is
  // worded here rather than left as valijson's.
  if (type == "integer") return v.is_number_integer();
  if (type == "number") return v.is_number();
  if (type == "string") return v.is_string();
  if (type == "boolean") return v.is_boolean();
  if (type == "null") return v.is_null();
  if (type == "array") return v.is_array();
  if (type == "object") return v.is_object();
  return true;
}

std::string schema_type_name(const std::string& t) {
  if (t == "array") return "list";
  if (t == "object") return "mapping";
  return t;
}

// The document itself: a note's front matter, or a whole YAML file.
std::string root_name(SchemaKind kind) { return kind == SchemaKind::note ? "front matter" : "the file"; }

std::string field_name(const std::string& pointer, SchemaKind kind) {
  if (pointer.empty()) return root_name(kind);
  std::string out;
  std::size_t i = 1;
  while (i <= pointer.size()) {
    auto slash = pointer.find('/', i);
    std::string token = pointer.substr(i, slash == std::string::npos ? std::string::npos : slash - i);
    const bool index = !token.empty() && std::all_of(token.begin(), token.end(), ::isdigit);
    if (index)
      out += "[" + token + "]";
    else
      out += (out.empty() ? "" : ".") + token;
    if (slash == std::string::npos) break;
    i = slash + 1;
  }
  return out;
}

}  // namespace

struct SchemaSet::Impl {
  std::map<SchemaKind, nlohmann::json> documents;
  std::map<SchemaKind, std::unique_ptr<valijson::Schema>> compiled;

  const nlohmann::json* resolve(SchemaKind kind, const nlohmann::json* node) const {
    for (int guard = 0; node && node->is_object() && node->contains("$ref") && guard < 16; ++guard) {
      const auto ref = (*node)["$ref"];
      if (!ref.is_string() || ref.get<std::string>().rfind("#/", 0) != 0) return node;
      try {
        node = &documents.at(kind).at(nlohmann::json::json_pointer(ref.get<std::string>().substr(1)));
      } catch (const std::exception&) {
        return nullptr;
      }
    }
    return node;
  }

  // The subschema that applies at `pointer`, following properties, additionalProperties, items.
  const nlohmann::json* subschema(SchemaKind kind, const nlohmann::json& instance, const std::string& pointer) const {
    const nlohmann::json* schema = resolve(kind, &documents.at(kind));
    const nlohmann::json* value = &instance;
    std::size_t i = 1;
    while (schema && i <= pointer.size() && !pointer.empty()) {
      auto slash = pointer.find('/', i);
      std::string token = pointer.substr(i, slash == std::string::npos ? std::string::npos : slash - i);
      for (std::size_t p; (p = token.find("~1")) != std::string::npos;) token.replace(p, 2, "/");
      for (std::size_t p; (p = token.find("~0")) != std::string::npos;) token.replace(p, 2, "~");
      const nlohmann::json* next = nullptr;
      if (value->is_array()) {
        if (schema->contains("items")) next = &(*schema)["items"];
        const std::size_t index = std::stoul(token);
        value = index < value->size() ? &(*value)[index] : value;
      } else if (value->is_object()) {
        if (schema->contains("properties") && (*schema)["properties"].contains(token))
          next = &(*schema)["properties"][token];
        else if (schema->contains("additionalProperties") && (*schema)["additionalProperties"].is_object())
          next = &(*schema)["additionalProperties"];
        value = value->contains(token) ? &(*value)[token] : value;
      }
      schema = resolve(kind, next);
      if (slash == std::string::npos) break;
      i = slash + 1;
    }
    return schema;
  }

  // Messages for the keywords of `schema` that `value` fails, in words a user understands.
  // `pattern_failures` holds the pointers where valijson reported a failed 'pattern' or 'format': valijson
  // is the judge of ECMA-262 patterns, the explainer only words its verdict.
  void explain(SchemaKind kind, const nlohmann::json& schema, const nlohmann::json& value, const std::string& pointer,
               const std::set<std::string>& pattern_failures, std::vector<SchemaViolation>& out) const {
    const std::string field = field_name(pointer, kind);
    if (schema.contains("type")) {
      std::vector<std::string> types;
      if (schema["type"].is_string())
        types.push_back(schema["type"]);
      else
        for (const auto& t : schema["type"]) types.push_back(t);
      if (std::none_of(types.begin(), types.end(), [&](const std::string& t) { return has_type(value, t); })) {
        std::string expected;
        for (std::size_t k = 0; k < types.size(); ++k) expected += (k ? " or " : "") + schema_type_name(types[k]);
        out.push_back({pointer,
                       field + ": expected " +
                           (expected == "integer"   ? "an integer"
                            : expected == "list"    ? "a list"
                            : expected == "mapping" ? "a mapping"
                                                    : "a " + expected) +
                           ", found " + type_name(value) + (value.is_null() ? "" : " " + show(value)),
                       false});
        return;  // other keywords are meaningless on the wrong type
      }
    }
    if (schema.contains("enum") && std::find(schema["enum"].begin(), schema["enum"].end(), value) == schema["enum"].end()) {
      std::string options;
      std::vector<std::string> names;
      for (const auto& e : schema["enum"]) {
        options += (options.empty() ? "" : ", ") + (e.is_string() ? e.get<std::string>() : e.dump());
        if (e.is_string()) names.push_back(e.get<std::string>());
      }
      const std::string best = value.is_string() ? closest_match(value.get<std::string>(), names, {.max_edits = 2}) : "";
      out.push_back(
          {pointer, field + ": " + show(value) + " is not one of " + options + (best.empty() ? "" : "; " + did_you_mean(best)), false});
    }
    if (schema.contains("const") && schema["const"] != value)
      out.push_back({pointer, field + ": expected " + show(schema["const"]) + ", found " + show(value), false});
    if (value.is_string()) {
      const std::string s = value.get<std::string>();
      const auto length = utf8_length(s);
      if (schema.contains("minLength") && length < schema["minLength"].get<std::size_t>())
        out.push_back(
            {pointer,
             field + ": " +
                 (s.empty() ? "must not be empty"
                            : "too short (" + std::to_string(length) + " characters, at least " + schema["minLength"].dump() + ")"),
             false});
      if (schema.contains("maxLength") && length > schema["maxLength"].get<std::size_t>())
        out.push_back(
            {pointer, field + ": too long (" + std::to_string(length) + " characters, at most " + schema["maxLength"].dump() + ")", false});
      if ((schema.contains("pattern") || schema.contains("format")) && pattern_failures.count(pointer)) {
        const std::string expected = schema.contains("x-np-format") ? schema["x-np-format"].get<std::string>()
                                     : schema.contains("pattern")   ? "the pattern " + schema["pattern"].get<std::string>()
                                                                    : "a valid " + schema["format"].dump();
        out.push_back({pointer, field + ": " + show(value) + " is not " + expected, false});
      }
    }
    if (value.is_number()) {
      if (schema.contains("minimum") && value.get<double>() < schema["minimum"].get<double>())
        out.push_back({pointer, field + ": " + value.dump() + " is less than the minimum " + schema["minimum"].dump(), false});
      if (schema.contains("maximum") && value.get<double>() > schema["maximum"].get<double>())
        out.push_back({pointer, field + ": " + value.dump() + " is more than the maximum " + schema["maximum"].dump(), false});
    }
    if (value.is_array()) {
      if (schema.contains("minItems") && value.size() < schema["minItems"].get<std::size_t>())
        out.push_back(
            {pointer, field + ": needs at least " + schema["minItems"].dump() + " item(s), found " + std::to_string(value.size()), false});
      if (schema.contains("maxItems") && value.size() > schema["maxItems"].get<std::size_t>())
        out.push_back(
            {pointer, field + ": at most " + schema["maxItems"].dump() + " item(s), found " + std::to_string(value.size()), false});
      if (schema.value("uniqueItems", false)) {
        for (std::size_t a = 0; a < value.size(); ++a)
          for (std::size_t b = 0; b < a; ++b)
            if (value[a] == value[b]) {
              out.push_back({pointer + "/" + std::to_string(a),
                             field + "[" + std::to_string(a) + "]: " + show(value[a]) + " is listed twice", false});
              break;
            }
      }
    }
    if (value.is_object()) {
      if (schema.contains("required")) {
        for (const auto& key : schema["required"]) {
          if (!value.contains(key.get<std::string>()))
            out.push_back(
                {pointer, (pointer.empty() ? "" : field + ": ") + "missing required field '" + key.get<std::string>() + "'", false});
        }
      }
      if (schema.contains("additionalProperties") && schema["additionalProperties"] == false) {
        for (const auto& [key, item] : value.items()) {
          if (schema.contains("properties") && schema["properties"].contains(key)) continue;
          std::vector<std::string> known;
          if (schema.contains("properties"))
            for (const auto& [name, unused] : schema["properties"].items()) known.push_back(name);
          const std::string best = closest_match(key, known, {.max_edits = 2});
          out.push_back(
              {pointer + "/" + json_pointer_escape(key),
               "unknown field '" + (pointer.empty() ? key : field + "." + key) + "'" + (best.empty() ? "" : "; " + did_you_mean(best)),
               true});
        }
      }
    }
  }

  // The names of each mapping under `value` that fail its schema's propertyNames, on their keys:
  // valijson reports no error for them (only that a parent failed). Follows properties,
  // additionalProperties and items, as subschema() does.
  void explain_names(SchemaKind kind, const nlohmann::json* schema, const nlohmann::json& value, const std::string& pointer,
                     std::vector<SchemaViolation>& out) const {
    schema = resolve(kind, schema);
    if (!schema || !schema->is_object()) return;
    if (value.is_array()) {
      if (schema->contains("items"))
        for (std::size_t i = 0; i < value.size(); ++i)
          explain_names(kind, &(*schema)["items"], value[i], pointer + "/" + std::to_string(i), out);
      return;
    }
    if (!value.is_object()) return;
    const nlohmann::json* names = schema->contains("propertyNames") ? resolve(kind, &(*schema)["propertyNames"]) : nullptr;
    for (const auto& [key, item] : value.items()) {
      const std::string key_pointer = pointer + "/" + json_pointer_escape(key);
      if (names && names->is_object()) {
        std::set<std::string> failed_pattern;
        if (names->contains("pattern") && (*names)["pattern"].is_string() && !schema_keywords::pattern_matches((*names)["pattern"], key))
          failed_pattern.insert(key_pointer);
        std::vector<SchemaViolation> key_out;
        explain(kind, *names, key, key_pointer, failed_pattern, key_out);
        for (SchemaViolation& v : key_out) out.push_back({key_pointer, std::move(v.message), true});
      }
      if (schema->contains("properties") && (*schema)["properties"].contains(key))
        explain_names(kind, &(*schema)["properties"][key], item, key_pointer, out);
      else if (schema->contains("additionalProperties"))
        explain_names(kind, &(*schema)["additionalProperties"], item, key_pointer, out);
    }
  }

  static std::size_t utf8_length(const std::string& s) {
    return static_cast<std::size_t>(
        std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
  }
  static std::string json_pointer_escape(const std::string& key) {
    std::string out;
    for (char c : key) out += c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c);
    return out;
  }
};

SchemaSet::SchemaSet() : impl_(std::make_unique<Impl>()) {}
SchemaSet::~SchemaSet() = default;
SchemaSet::SchemaSet(SchemaSet&&) noexcept = default;
SchemaSet& SchemaSet::operator=(SchemaSet&&) noexcept = default;

std::string_view schema_file_name(SchemaKind kind) {
  switch (kind) {
    case SchemaKind::config:
      return "np.schema.json";
    case SchemaKind::part:
      return "part.schema.json";
    case SchemaKind::module:
      return "module.schema.json";
    case SchemaKind::note:
      return "note.schema.json";
  }
  return "";
}

namespace {

// Compiles one schema document; a schema valijson cannot use is reported, not thrown. Its text
// matching keywords are np's, on RE2 (re2_keywords.h); `error_pointer` is where a problem with
// one of them lies.
bool compile(const nlohmann::json& document, std::unique_ptr<valijson::Schema>& out, std::string& error, std::string& error_pointer) {
  std::vector<schema_keywords::Problem> problems;
  const nlohmann::json rewritten = schema_keywords::for_valijson(document, problems);
  if (!problems.empty()) {
    error = problems.front().message;
    error_pointer = problems.front().pointer;
    return false;
  }
  try {
    auto schema = std::make_unique<valijson::Schema>();
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
    schema_keywords::add_constraint_builders(parser);
    valijson::adapters::NlohmannJsonAdapter adapter(rewritten);
    // No fetching of remote or file references: a $ref outside the document is an error.
    parser.populateSchema(adapter, *schema);
    out = std::move(schema);
    return true;
  } catch (const std::exception& e) {
    error = e.what();
    return false;
  }
}

// Where the JSON at `pointer` of `document` is written in `text`: the first place its value (a
// string) or its key appears, else the start of the file.
Position locate(const SourceFile& source, const nlohmann::json& document, const std::string& pointer) {
  std::string needle;
  try {
    const auto& value = document.at(nlohmann::json::json_pointer(pointer));
    needle = value.is_string() ? value.dump() : "";
  } catch (const std::exception&) {
  }
  if (needle.empty() && !pointer.empty()) needle = "\"" + pointer.substr(pointer.rfind('/') + 1) + "\"";
  const auto at = needle.empty() ? std::string_view::npos : source.text().find(needle);
  return at == std::string_view::npos ? Position{1, 1} : source.position(at);
}

const char* find_embedded(std::string_view name) {
  for (const auto& e : embedded_schemas())
    if (name == e.file_name) return e.text;
  return nullptr;
}

}  // namespace

SchemaSet SchemaSet::builtin() {
  SchemaSet set;
  for (SchemaKind kind : kKinds) {
    const char* text = find_embedded(schema_file_name(kind));
    set.impl_->documents[kind] = text ? nlohmann::json::parse(text) : nlohmann::json::object();
    std::string error, pointer;
    compile(set.impl_->documents[kind], set.impl_->compiled[kind], error, pointer);
  }
  return set;
}

std::optional<SchemaSet> SchemaSet::from_directory(const FileSystem& fs, const std::string& dir, std::vector<Diagnostic>& errors) {
  SchemaSet set = builtin();
  bool ok = true;
  // A schema file is read only if it lies in the folder (a symlink to a file elsewhere is refused).
  const std::string folder = fs.canonical(dir).value_or(dir);
  for (SchemaKind kind : kKinds) {
    const std::string path = join_path(dir, std::string(schema_file_name(kind)));
    if (!fs.exists(path)) continue;
    const ReadResult read = fs.read_within(folder, path, 4 << 20);
    Diagnostic d;
    d.file = path;
    d.rule = "config-schema";
    d.severity = Severity::error;
    if (!read.ok) {
      d.message = read.outside.empty()
                      ? "cannot read schema: " + read.error
                      : "schema file resolves to '" + read.outside + "', outside the schema folder '" + dir + "'; np does not read it";
      errors.push_back(d);
      ok = false;
      continue;
    }
    nlohmann::json document;
    try {
      document = nlohmann::json::parse(read.text);
    } catch (const nlohmann::json::parse_error& e) {
      const SourceFile source(path, read.text);
      const Position p = source.position(e.byte > 0 ? e.byte - 1 : 0);
      d.line = p.line;
      d.column = p.column;
      std::string what = e.what();
      if (const auto colon = what.find("parse error"); colon != std::string::npos) what = what.substr(colon);
      d.message = "malformed JSON Schema: " + what;
      errors.push_back(d);
      ok = false;
      continue;
    }
    std::string error, pointer;
    std::unique_ptr<valijson::Schema> compiled;
    if (!document.is_object() || !compile(document, compiled, error, pointer)) {
      const Position p = pointer.empty() ? Position{1, 1} : locate(SourceFile(path, read.text), document, pointer);
      d.line = p.line;
      d.column = p.column;
      d.message = "unusable JSON Schema: " + (error.empty() ? std::string("the document is not an object") : error);
      d.hint = "np reads draft-07 schemas; $ref may only point inside the same file";
      errors.push_back(d);
      ok = false;
      continue;
    }
    set.impl_->documents[kind] = std::move(document);
    set.impl_->compiled[kind] = std::move(compiled);
  }
  if (!ok) return std::nullopt;
  return set;
}

namespace {

// valijson counts string lengths assuming well-formed UTF-8 (it reads past a table otherwise), and
// a YAML escape such as "\uD800" decodes to no character: such strings are reported, not validated.
void find_ill_formed_strings(SchemaKind kind, const nlohmann::json& value, const std::string& pointer, std::vector<SchemaViolation>& out) {
  if (value.is_string()) {
    if (utf8::first_invalid(value.get_ref<const std::string&>()))
      out.push_back({pointer, field_name(pointer, kind) + ": not valid UTF-8 text", false});
  } else if (value.is_array()) {
    for (std::size_t i = 0; i < value.size(); ++i) find_ill_formed_strings(kind, value[i], pointer + "/" + std::to_string(i), out);
  } else if (value.is_object()) {
    for (const auto& [key, item] : value.items()) {
      if (utf8::first_invalid(key))
        out.push_back({pointer,
                       (pointer.empty() ? std::string("a key") : field_name(pointer, kind) + ": a key") + " is not valid UTF-8 text",
                       false});
      else
        find_ill_formed_strings(kind, item, pointer + "/" + json_pointer_token(key), out);
    }
  }
}

}  // namespace

std::vector<SchemaViolation> SchemaSet::validate(SchemaKind kind, const nlohmann::json& instance) const {
  std::vector<SchemaViolation> violations;
  // An empty document (or front matter with nothing between the '---' lines).
  if (instance.is_null()) return {{"", root_name(kind) + " is empty; expected a mapping of fields", false}};
  find_ill_formed_strings(kind, instance, "", violations);
  if (!violations.empty()) return violations;
  const auto it = impl_->compiled.find(kind);
  if (it == impl_->compiled.end() || !it->second) return violations;
  // The patterns were compiled (as RE2) with the schema: a validator holds no state of its own.
  valijson::Validator validator(valijson::Validator::kStrongTypes);
  valijson::ValidationResults results;
  valijson::adapters::NlohmannJsonAdapter adapter(instance);
  if (validator.validate(*it->second, adapter, &results)) return violations;

  // valijson reports each failure with its ancestors ("failed to validate property x"); keep the
  // deepest contexts and word them from the schema.
  std::map<std::string, std::string> leaves;  // pointer -> valijson's description
  std::set<std::string> patterns;
  valijson::ValidationResults::Error error;
  while (results.popError(error)) {
    std::string pointer;
    for (std::size_t k = 1; k < error.context.size(); ++k) {
      std::string token = error.context[k];
      if (token.size() >= 2 && token.front() == '[' && token.back() == ']') token = token.substr(1, token.size() - 2);
      pointer += "/" + Impl::json_pointer_escape(token);
    }
    const std::string& desc = error.description;
    // Aggregates that only say "a child failed": the child's own error is reported instead.
    if (desc.rfind("Failed to validate against schema associated with property", 0) == 0 ||
        desc.rfind("Failed to validate item #", 0) == 0 || desc.rfind("Failed to validate against additional properties schema", 0) == 0 ||
        desc.rfind("Failed to validate against schema associated with pattern", 0) == 0)
      continue;
    if (desc.find("'pattern'") != std::string::npos || desc.rfind("String should be a valid ", 0) == 0) patterns.insert(pointer);
    leaves.emplace(pointer, desc);
  }
  for (const auto& [pointer, description] : leaves) {
    const nlohmann::json* schema = impl_->subschema(kind, instance, pointer);
    const nlohmann::json* value = &instance;
    try {
      value = &instance.at(nlohmann::json::json_pointer(pointer));
    } catch (const std::exception&) {
    }
    const std::size_t before = violations.size();
    if (schema) impl_->explain(kind, *schema, *value, pointer, patterns, violations);
    if (violations.size() == before) violations.push_back({pointer, field_name(pointer, kind) + ": " + description, false});
  }
  impl_->explain_names(kind, &impl_->documents.at(kind), instance, "", violations);
  // The same message can come from two leaves (a uniqueItems failure seen from its parent).
  std::sort(violations.begin(), violations.end(),
            [](const auto& a, const auto& b) { return std::tie(a.pointer, a.message) < std::tie(b.pointer, b.message); });
  violations.erase(std::unique(violations.begin(), violations.end(),
                               [](const auto& a, const auto& b) { return a.pointer == b.pointer && a.message == b.message; }),
                   violations.end());
  return violations;
}

}  // namespace np
