#include "util/raw_html.h"

#include <cctype>

namespace np {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

bool is_kept_anchor_id(std::string_view id) {
  if (id.empty()) return false;
  for (char ch : id) {
    const auto c = static_cast<unsigned char>(ch);
    if (!(std::isalnum(c) || c == '-' || c == '_' || c == '.' || c >= 0x80)) return false;
  }
  return true;
}

RawHtmlScan scan_raw_html(std::string_view html) {
  RawHtmlScan scan;
  const auto mark_content = [&](std::size_t at) {
    if (!scan.content) scan.content_begin = at;
    scan.content = true;
  };
  std::size_t i = 0;
  while (i < html.size()) {
    if (is_space(html[i])) {
      ++i;
      continue;
    }
    if (html.compare(i, 4, "<!--") == 0) {
      const auto close = html.find("-->", i + 4);
      i = close == std::string_view::npos ? html.size() : close + 3;
      continue;
    }
    const bool closing = html.compare(i, 2, "</") == 0;
    const std::size_t name_at = i + (closing ? 2 : 1);
    if (html[i] != '<' || name_at >= html.size() || !is_alpha(html[name_at])) {
      // Text between tags, a declaration, a processing instruction: content.
      mark_content(i);
      const auto next = html.find('<', i + 1);
      i = next == std::string_view::npos ? html.size() : next;
      continue;
    }
    std::size_t j = name_at;
    while (j < html.size() && (std::isalnum(static_cast<unsigned char>(html[j])) || html[j] == '-')) ++j;
    const std::string name = lower(html.substr(name_at, j - name_at));
    bool anchor_only = name == "a" || name == "span" || name == "div";
    // Attributes up to '>', quotes respected.
    while (j < html.size() && html[j] != '>') {
      if (is_space(html[j]) || html[j] == '/') {
        ++j;
        continue;
      }
      const std::size_t attr_at = j;
      while (j < html.size() && !is_space(html[j]) && html[j] != '=' && html[j] != '>' && html[j] != '/') ++j;
      const std::string attr = lower(html.substr(attr_at, j - attr_at));
      std::size_t value_begin = j, value_end = j;
      std::size_t k = j;
      while (k < html.size() && is_space(html[k])) ++k;
      if (k < html.size() && html[k] == '=') {
        ++k;
        while (k < html.size() && is_space(html[k])) ++k;
        if (k < html.size() && (html[k] == '"' || html[k] == '\'')) {
          const auto close = html.find(html[k], k + 1);
          value_begin = k + 1;
          value_end = close == std::string_view::npos ? html.size() : close;
          j = close == std::string_view::npos ? html.size() : close + 1;
        } else {
          value_begin = k;
          while (k < html.size() && !is_space(html[k]) && html[k] != '>') ++k;
          value_end = j = k;
        }
      }
      if (!closing && (attr == "id" || attr == "name")) {
        if (value_end > value_begin)
          scan.anchors.push_back({value_begin, value_end, std::string(html.substr(value_begin, value_end - value_begin))});
      } else {
        anchor_only = false;
      }
    }
    if (!anchor_only) mark_content(i);
    i = j < html.size() ? j + 1 : html.size();
  }
  return scan;
}

}  // namespace np
