#include "changes/broken_by_change.h"

#include "lint/rules/rules.h"

namespace np {

namespace {

const std::set<std::string> kBrokenLinkRules = {std::string(rules::link_missing_anchor.id), std::string(rules::link_missing_asset.id),
                                                std::string(rules::link_missing_file.id), std::string(rules::link_unknown_id.id),
                                                std::string(rules::prerequisite_unknown.id)};

std::string key(const std::string& file, int line, int column) { return file + ":" + std::to_string(line) + ":" + std::to_string(column); }

// The changed file that provided what a broken link points at, or nullptr.
const std::string* provider_of(const Curriculum& c, const ResolvedLink& r, const ProvidedTargets& previous) {
  const auto find = [](const std::unordered_map<std::string, std::string>& map, const std::string& k) {
    const auto it = map.find(k);
    return it == map.end() ? nullptr : &it->second;
  };
  switch (r.problem) {
    case LinkProblem::missing_file:
    case LinkProblem::missing_asset:
      return find(previous.paths, r.path);
    case LinkProblem::unknown_id:
      return find(previous.ids, r.path);
    case LinkProblem::missing_anchor:
      return find(previous.anchors, c.notes[r.target].source.path() + "#" + r.anchor);
    default:
      return nullptr;
  }
}

}  // namespace

BrokenByChange::BrokenByChange(const Curriculum& c, const LinkResolution& links, const ProvidedTargets& previous,
                               const std::set<std::string>& selected) {
  for (std::size_t n = 0; n < c.notes.size(); ++n) {
    const Note& note = c.notes[n];
    if (selected.count(note.source.path())) continue;
    for (const auto& r : links.by_note[n])
      if (const std::string* provider = provider_of(c, r, previous)) add(note.source, note.body.links[r.index].begin, *provider);
    for (const auto& p : note.prerequisites) {
      const auto it = previous.ids.find(p.id);
      if (it != previous.ids.end() && !c.find_note(p.id)) add(note.source, p.begin, it->second);
    }
  }
}

void BrokenByChange::add(const SourceFile& file, std::size_t offset, const std::string& provider) {
  const Position p = file.position(offset);
  providers_.emplace(key(file.path(), p.line, p.column), provider);
}

bool BrokenByChange::keep(Diagnostic& d) const {
  if (!kBrokenLinkRules.count(d.rule)) return false;
  const auto it = providers_.find(key(d.file, d.line, d.column));
  if (it == providers_.end()) return false;
  d.message += " (broken by the change to '" + it->second + "')";
  return true;
}

}  // namespace np
