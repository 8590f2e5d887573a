#include "np/yaml_document.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <map>

namespace np {

namespace {

bool is_null_scalar(const std::string& s) { return s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL"; }

bool is_int_scalar(const std::string& s) {
  std::size_t i = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
  if (i == s.size()) return false;
  return std::all_of(s.begin() + static_cast<std::ptrdiff_t>(i), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// [-+]? ( \.[0-9]+ | [0-9]+ ( \.[0-9]* )? ) ( [eE] [-+]? [0-9]+ )?  (YAML 1.2 core schema)
bool is_float_scalar(const std::string& s) {
  std::size_t i = 0;
  const auto digits = [&] {
    const std::size_t start = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    return i - start;
  };
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
  if (i < s.size() && s[i] == '.') {
    ++i;
    if (digits() == 0) return false;
  } else {
    if (digits() == 0) return false;
    if (i < s.size() && s[i] == '.') {
      ++i;
      digits();
    }
  }
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
    if (digits() == 0) return false;
  }
  return i == s.size();
}

nlohmann::json resolve_plain(const std::string& s);

// A scalar's value: a plain one resolved by the YAML 1.2 core schema, a quoted one a string. A
// standard tag (!!int, !!float, !!bool, !!null) asks for the type its text resolves to when plain:
// text of that form gets it, other text stays a string (and the schema says what was expected).
nlohmann::json resolve_scalar(const YAML::Node& node) {
  const std::string& s = node.Scalar();
  const std::string& tag = node.Tag();
  if (tag == "?") return resolve_plain(s);
  static constexpr std::string_view kCore = "tag:yaml.org,2002:";
  if (tag.size() <= kCore.size() || tag.compare(0, kCore.size(), kCore) != 0) return s;
  const std::string_view want = std::string_view(tag).substr(kCore.size());
  const nlohmann::json value = resolve_plain(s);
  if (want == "int" && value.is_number_integer()) return value;
  if (want == "float" && value.is_number()) return value.get<double>();
  if ((want == "bool" && value.is_boolean()) || (want == "null" && value.is_null())) return value;
  return s;
}

// The YAML 1.2 core schema's resolution of a plain scalar.
nlohmann::json resolve_plain(const std::string& s) {
  if (is_null_scalar(s)) return nullptr;
  if (s == "true" || s == "True" || s == "TRUE") return true;
  if (s == "false" || s == "False" || s == "FALSE") return false;
  if (is_int_scalar(s)) {  // every int64; a larger one goes on as a float (and fails type: integer)
    long long value = 0;
    const char* first = s.data() + (s[0] == '+' ? 1 : 0);
    if (const auto r = std::from_chars(first, s.data() + s.size(), value); r.ec == std::errc() && r.ptr == s.data() + s.size())
      return value;
  }
  if (s.size() > 2 && s[0] == '0' && s[1] == 'x') return std::strtoll(s.c_str() + 2, nullptr, 16);
  if (s.size() > 2 && s[0] == '0' && s[1] == 'o') return std::strtoll(s.c_str() + 2, nullptr, 8);
  // 1e400 overflows to infinity, which JSON cannot hold (it would print as null): keep the text.
  if (s.size() < 40 && is_float_scalar(s)) {
    const double value = std::strtod(s.c_str(), nullptr);
    if (std::isfinite(value)) return value;
  }
  return s;
}

class Converter {
 public:
  Converter(const SourceFile& file, std::size_t begin, std::size_t end, std::vector<YamlProblem>& problems, YamlDocument& doc,
            const YamlLimits& limits)
      : file_(file), begin_(begin), end_(end), problems_(problems), doc_(doc), limits_(limits) {}

  bool convert(const YAML::Node& node, const std::string& pointer, nlohmann::json& out, int depth) {
    if (++visited_ > limits_.max_nodes || depth > limits_.max_depth) {
      if (!reported_) {
        reported_ = true;
        const std::size_t at = offset(node.Mark());
        const bool deep = depth > limits_.max_depth;
        problems_.push_back({YamlProblem::Kind::too_complex, at, at + 1,
                             deep ? "YAML nested too deeply (more than " + std::to_string(limits_.max_depth) + " levels)"
                                  : "YAML expands to more than " + std::to_string(limits_.max_nodes) + " nodes",
                             deep ? "front matter needs a few levels at most; flatten the structure"
                                  : "aliases (*name) that repeat large anchors are not needed in front matter; write the values out"});
      }
      return false;
    }
    switch (node.Type()) {
      case YAML::NodeType::Null:
      case YAML::NodeType::Undefined:
        out = nullptr;
        return true;
      case YAML::NodeType::Scalar:
        out = resolve_scalar(node);
        return true;
      case YAML::NodeType::Sequence: {
        if (node.size() > limits_.max_items) {
          // Validation compares every pair of a uniqueItems list: a huge list would take hours.
          const std::size_t at = offset(node.Mark());
          problems_.push_back(
              {YamlProblem::Kind::too_complex, at, at + 1,
               "YAML list of " + std::to_string(node.size()) + " items (more than " + std::to_string(limits_.max_items) + ")",
               "lists in front matter and metadata hold a few items; split the data into a file of its own"});
          reported_ = true;
          return false;
        }
        out = nlohmann::json::array();
        std::size_t index = 0;
        for (const auto& item : node) {
          const std::string child = pointer + "/" + std::to_string(index++);
          record(child, item.Mark(), item.Mark(), item, 0, node.Style() == YAML::EmitterStyle::Flow);
          nlohmann::json value;
          if (!convert(item, child, value, depth + 1)) return false;
          out.push_back(std::move(value));
        }
        return true;
      }
      case YAML::NodeType::Map: {
        out = nlohmann::json::object();
        std::map<std::string, std::size_t> seen;
        for (const auto& kv : node) {
          if (++visited_ > limits_.max_nodes) return convert(kv.first, pointer, out, depth + 1);
          const std::string key = kv.first.IsScalar() ? kv.first.Scalar() : YAML::Dump(kv.first);
          const std::size_t key_at = offset(kv.first.Mark());
          if (const auto it = seen.find(key); it != seen.end()) {
            const Position first = file_.position(it->second);
            problems_.push_back({YamlProblem::Kind::duplicate_key, key_at, key_at + key.size(),
                                 "duplicate key '" + key + "' (first defined at line " + std::to_string(first.line) + ")",
                                 "YAML keeps only one of the values; remove or rename one of them"});
            continue;
          }
          seen.emplace(key, key_at);
          const std::string child = pointer + "/" + json_pointer_token(key);
          record(child, kv.first.Mark(), kv.second.Mark(), kv.second, key.size(), node.Style() == YAML::EmitterStyle::Flow);
          nlohmann::json value;
          if (!convert(kv.second, child, value, depth + 1)) return false;
          out[key] = std::move(value);
        }
        return true;
      }
    }
    return true;
  }

  void record(const std::string& pointer, const YAML::Mark& key, const YAML::Mark& value, const YAML::Node& node, std::size_t key_size,
              bool in_flow) {
    YamlLocation loc;
    loc.key_begin = offset(key);
    loc.key_end = key_size ? loc.key_begin + key_size : loc.key_begin;
    const bool has_value = value.pos >= 0 && !(node.IsNull() && key_size);
    loc.value_begin = has_value ? offset(value) : loc.key_begin;
    loc.value_end = loc.value_begin + (node.IsScalar() ? std::max<std::size_t>(1, scalar_extent(loc.value_begin, in_flow)) : 1);
    if (!key_size) {
      loc.key_begin = loc.value_begin;
      loc.key_end = loc.value_end;
    }
    if (loc.key_end == loc.key_begin) loc.key_end = loc.key_begin + 1;
    doc_.locations.emplace_back(pointer, loc);
  }

  std::size_t offset(const YAML::Mark& mark) const {
    if (mark.pos < 0) return begin_;
    return std::min(begin_ + static_cast<std::size_t>(mark.pos), end_);
  }

 private:
  // The scalar's source extent, for the caret under it: a quoted scalar to its closing quote, a
  // plain one to the end of its line (trailing spaces and comments aside) or, in a flow
  // collection, to the next ',', ']' or '}'.
  std::size_t scalar_extent(std::size_t at, bool in_flow) const {
    const std::string_view text = file_.text();
    if (at < end_ && (text[at] == '"' || text[at] == '\'')) {
      const char quote = text[at];
      for (std::size_t e = at + 1; e < end_; ++e) {
        if (quote == '"' && text[e] == '\\')
          ++e;
        else if (text[e] == quote)
          return e + 1 - at;
      }
    }
    std::size_t e = at;
    while (e < end_ && text[e] != '\n' && text[e] != '\r') {
      if (text[e] == '#' && e > at && (text[e - 1] == ' ' || text[e - 1] == '\t')) break;
      if (in_flow && (text[e] == ',' || text[e] == ']' || text[e] == '}')) break;
      ++e;
    }
    while (e > at && (text[e - 1] == ' ' || text[e - 1] == '\t')) --e;
    return e - at;
  }

  const SourceFile& file_;
  std::size_t begin_, end_;
  std::vector<YamlProblem>& problems_;
  YamlDocument& doc_;
  const YamlLimits& limits_;
  std::size_t visited_ = 0;
  bool reported_ = false;
};

// The last '[' or '{' in [begin, end) that is not closed before `end`, outside quotes and comments.
std::size_t unclosed_bracket(std::string_view text, std::size_t begin, std::size_t end) {
  std::vector<std::size_t> open;
  char quote = 0;
  for (std::size_t i = begin; i < end && i < text.size(); ++i) {
    const char c = text[i];
    if (quote) {
      if (c == quote) quote = 0;
      continue;
    }
    if ((c == '"' || c == '\'') && (i == begin || text[i - 1] == ' ' || text[i - 1] == '[' || text[i - 1] == '{' || text[i - 1] == ','))
      quote = c;
    else if (c == '#' && (i == begin || text[i - 1] == ' ')) {
      while (i < end && text[i] != '\n') ++i;
    } else if (c == '[' || c == '{')
      open.push_back(i);
    else if ((c == ']' || c == '}') && !open.empty())
      open.pop_back();
  }
  return open.empty() ? std::string::npos : open.back();
}

}  // namespace

std::string json_pointer_token(const std::string& key) {
  std::string out;
  for (char c : key) {
    if (c == '~')
      out += "~0";
    else if (c == '/')
      out += "~1";
    else
      out += c;
  }
  return out;
}

YamlLocation YamlDocument::locate(const std::string& pointer) const {
  std::string p = pointer;
  while (true) {
    const auto it =
        std::lower_bound(locations.begin(), locations.end(), p, [](const auto& l, const std::string& key) { return l.first < key; });
    if (it != locations.end() && it->first == p) return it->second;
    const auto slash = p.rfind('/');
    if (slash == std::string::npos || p.empty()) break;
    p = p.substr(0, slash);
  }
  return {begin, begin + 1, begin, begin + 1};
}

YamlDocument parse_yaml(const SourceFile& file, std::size_t begin, std::size_t end, std::vector<YamlProblem>& problems,
                        const YamlLimits& limits) {
  YamlDocument doc;
  doc.begin = begin;
  doc.end = end;
  const std::string text(file.text().substr(begin, end - begin));
  YAML::Node root;
  try {
    root = YAML::Load(text);
  } catch (const YAML::DeepRecursion& e) {
    // yaml-cpp's mark is where it gave up, often the end of the nesting: point at the first
    // bracket or sequence marker deeper than the limit instead (a rough count is enough here).
    std::size_t at = std::min(begin + static_cast<std::size_t>(std::max(0, e.mark.pos)), end);
    int depth = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
      const char c = text[i];
      if (c == '\n')
        depth = 0;
      else if (c == '[' || c == '{' || (c == '-' && i + 1 < text.size() && text[i + 1] == ' '))
        ++depth;
      else if ((c == ']' || c == '}') && depth > 0)
        --depth;
      if (depth > limits.max_depth) {
        at = begin + i;
        break;
      }
    }
    problems.push_back({YamlProblem::Kind::too_complex, at, at + 1,
                        "YAML nested too deeply (more than " + std::to_string(limits.max_depth) + " levels)", "flatten the structure"});
    return doc;
  } catch (const YAML::Exception& e) {
    // yaml-cpp reports a 0-based line and column within the YAML text; pos is the byte offset.
    std::size_t at = begin;
    if (e.mark.pos >= 0) at = std::min(begin + static_cast<std::size_t>(e.mark.pos), end);
    std::string message = e.msg.empty() ? "invalid YAML" : e.msg;
    std::string hint;
    // yaml-cpp notices an unclosed [ or { where the text ends; point at the bracket instead.
    if (message.find("flow not found") != std::string::npos) {
      const std::size_t opener = unclosed_bracket(file.text(), begin, at);
      if (opener != std::string::npos) {
        at = opener;
        message = std::string("'") + file.text()[opener] + "' is never closed";
        hint = "close it, or quote the value if the bracket is part of the text: title: \"[Draft] ...\"";
      }
    }
    problems.push_back({YamlProblem::Kind::syntax, at, at + 1, "YAML syntax error: " + message, hint});
    return doc;
  } catch (const std::exception& e) {
    problems.push_back({YamlProblem::Kind::syntax, begin, begin + 1, std::string("YAML error: ") + e.what(), ""});
    return doc;
  }
  Converter converter(file, begin, end, problems, doc, limits);
  doc.locations.emplace_back("", YamlLocation{begin, begin + 1, begin, begin + 1});
  try {
    doc.parsed = converter.convert(root, "", doc.value, 0);
  } catch (const YAML::Exception& e) {
    problems.push_back({YamlProblem::Kind::syntax, begin, begin + 1, "YAML error: " + e.msg, ""});
    doc.parsed = false;
  }
  // Sorted for locate(); the first location of a pointer wins.
  std::stable_sort(doc.locations.begin(), doc.locations.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  doc.locations.erase(
      std::unique(doc.locations.begin(), doc.locations.end(), [](const auto& a, const auto& b) { return a.first == b.first; }),
      doc.locations.end());
  doc.locations.shrink_to_fit();
  return doc;
}

}  // namespace np
