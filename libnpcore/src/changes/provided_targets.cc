// What the previous version of a changed note provided: its path, its id and its anchors.
#include <nlohmann/json.hpp>

#include "np/changes.h"
#include "np/markdown.h"
#include "np/utf8.h"
#include "np/yaml_document.h"

namespace np {

namespace {

// The front matter's YAML range and where the body starts, by the loader's rule (a first line
// '---', then a line '---' or '...'); nullopt-like {0, 0, start} when there is none.
struct Split {
  std::size_t yaml_begin = 0, yaml_end = 0, body_begin = 0;
};

Split split_front_matter(std::string_view text, std::size_t start) {
  const auto line_end = [&](std::size_t at) {
    const auto nl = text.find('\n', at);
    return nl == std::string_view::npos ? text.size() : nl + 1;
  };
  const auto is_marker = [&](std::size_t at, std::string_view marker) {
    if (text.compare(at, marker.size(), marker) != 0) return false;
    const auto rest = text.substr(at + marker.size(), line_end(at) - at - marker.size());
    return rest.find_first_not_of(" \t\r\n") == std::string_view::npos;
  };
  Split s{0, 0, start};
  if (!is_marker(start, "---")) return s;
  for (std::size_t at = line_end(start); at < text.size(); at = line_end(at)) {
    if (is_marker(at, "---") || is_marker(at, "...")) return {line_end(start), at, line_end(at)};
  }
  return s;
}

}  // namespace

ProvidedTargets provided_by(const std::vector<PreviousFile>& files) {
  ProvidedTargets out;
  for (const auto& f : files) {
    out.paths.emplace(f.path, f.path);
    const bool markdown = f.path.size() > 3 && f.path.compare(f.path.size() - 3, 3, ".md") == 0;
    if (!markdown || f.text.empty() || f.text.find('\0') != std::string::npos || utf8::first_invalid(f.text)) continue;
    const SourceFile source(f.path, f.text);
    const Split split = split_front_matter(source.text(), source.content_begin());
    if (split.yaml_end > split.yaml_begin) {
      std::vector<YamlProblem> problems;
      const YamlDocument doc = parse_yaml(source, split.yaml_begin, split.yaml_end, problems);
      if (doc.parsed && doc.value.is_object() && doc.value.contains("id") && doc.value["id"].is_string())
        out.ids.emplace(doc.value["id"].get<std::string>(), f.path);
    }
    const BodyFacts body = walk_markdown(source, split.body_begin, source.text().size(), false);
    for (const auto& h : body.headings) out.anchors.emplace(f.path + "#" + h.anchor, f.path);
    for (const auto& id : body.html_ids) out.anchors.emplace(f.path + "#" + id, f.path);
  }
  return out;
}

}  // namespace np
