#include "load/control_characters.h"

#include <algorithm>
#include <cstdio>

#include "np/utf8.h"

namespace np {

namespace {

constexpr std::size_t kMaxFindings = 20;
constexpr const char* kHint = "remove it: XML (EPUB) forbids it and LaTeX stops on it";

char32_t code_point_at(std::string_view text, std::size_t at) {
  std::size_t i = at;
  return utf8::decode(text, i);
}

void collect_control_strings(const nlohmann::json& value, const std::string& pointer, std::vector<std::pair<std::string, char32_t>>& out) {
  if (value.is_string()) {
    const std::string& s = value.get_ref<const std::string&>();
    std::size_t length = 0;
    if (const auto at = utf8::find_control_character(s, 0, length)) out.emplace_back(pointer, code_point_at(s, *at));
  } else if (value.is_object()) {
    for (const auto& [key, item] : value.items()) collect_control_strings(item, pointer + "/" + json_pointer_token(key), out);
  } else if (value.is_array()) {
    for (std::size_t i = 0; i < value.size(); ++i) collect_control_strings(value[i], pointer + "/" + std::to_string(i), out);
  }
}

}  // namespace

std::string code_point_name(char32_t cp) {
  char text[16];
  std::snprintf(text, sizeof text, "U+%04X", static_cast<unsigned>(cp));
  return text;
}

std::vector<std::pair<std::string, char32_t>> control_strings(const nlohmann::json& value) {
  std::vector<std::pair<std::string, char32_t>> out;
  collect_control_strings(value, "", out);
  return out;
}

std::string field_name(const std::string& pointer) {
  std::string out;
  std::size_t i = 1;
  while (i <= pointer.size()) {
    const auto slash = std::min(pointer.find('/', i), pointer.size());
    const std::string token = pointer.substr(i, slash - i);
    const bool index = !token.empty() && std::all_of(token.begin(), token.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
    out += index ? "[" + token + "]" : (out.empty() ? "" : ".") + token;
    i = slash + 1;
  }
  return out;
}

void find_control_characters(const SourceFile& source, const YamlDocument* yaml, const BodyFacts* body,
                             std::vector<LoadFinding>& findings) {
  const std::string_view text = source.text();
  // Each kind is found in source order: the first kMaxFindings of each, sorted together, are the
  // first kMaxFindings of the file.
  std::vector<LoadFinding> found;
  std::size_t total = 0, of_this_kind = 0;
  const auto add = [&](std::size_t begin, std::size_t end, const auto& message) {
    ++total;
    if (++of_this_kind <= kMaxFindings)
      found.push_back({LoadProblem::control_character, source.path(), begin, end, false, message(), kHint});
  };
  // Written as such: one finding per run of them.
  for (std::size_t from = 0, length = 0; const auto at = utf8::find_control_character(text, from, length);) {
    std::size_t end = *at + length;
    for (std::size_t next_length = 0;;) {
      const auto next = utf8::find_control_character(text, end, next_length);
      if (!next || *next != end) break;
      end += next_length;
    }
    add(*at, end, [&] {
      return "control character " + code_point_name(code_point_at(text, *at)) + (end - *at > length ? " (and more after it)" : "");
    });
    from = end;
  }
  of_this_kind = 0;
  if (body)
    for (const ControlEntity& e : body->control_entities)
      add(e.begin, e.end, [&] {
        return "'" + std::string(text.substr(e.begin, e.end - e.begin)) + "' is the control character " + code_point_name(e.code_point);
      });
  of_this_kind = 0;
  if (yaml && yaml->parsed) {
    for (const auto& control : control_strings(yaml->value)) {
      const std::string& pointer = control.first;
      const char32_t cp = control.second;
      const YamlLocation loc = yaml->locate(pointer);
      const std::size_t b = std::min(loc.value_begin, text.size()), e = std::min(std::max(loc.value_end, b), text.size());
      std::size_t length = 0;
      if (utf8::find_control_character(text.substr(b, e - b), 0, length)) continue;  // written as such: reported above
      add(b, e, [&] { return field_name(pointer) + " holds the control character " + code_point_name(cp) + " (a YAML escape)"; });
    }
  }
  std::stable_sort(found.begin(), found.end(), [](const LoadFinding& a, const LoadFinding& b) { return a.begin < b.begin; });
  if (found.size() > kMaxFindings) found.resize(kMaxFindings);
  if (total > found.size() && !found.empty())
    found.back().message += "; " + std::to_string(total - found.size()) + " more in this file are not listed";
  findings.insert(findings.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
}

}  // namespace np
