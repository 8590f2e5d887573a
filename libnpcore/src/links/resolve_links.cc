// Link resolution: one pass over every link of every note against hash maps of notes, files and
// anchors built once (LinkIndex). Nothing here touches the disk: the tree walk already listed
// every file and folder, and symlinks out of the root were reported (and not followed) there.
#include <algorithm>
#include <cctype>

#include "analysis/counts.h"
#include "np/links.h"
#include "util/parallel.h"

namespace np {

namespace {

// Up to this many anchors a note is searched in place (links.h: LinkIndex).
constexpr std::size_t kLinearAnchors = 32;

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = static_cast<char>(c | 0x20);
  return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

// %XX sequences decoded; a malformed one is kept as written.
std::string percent_decode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 && hex_value(text[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

// The scheme of an absolute URL ("https" in https://x), lowercased, or "" for a relative
// reference. One letter before ':' is a Windows drive, not a scheme.
std::string url_scheme(std::string_view target) {
  std::size_t i = 0;
  while (i < target.size() &&
         (std::isalnum(static_cast<unsigned char>(target[i])) || target[i] == '+' || target[i] == '-' || target[i] == '.'))
    ++i;
  if (i < 2 || i >= target.size() || target[i] != ':' || !std::isalpha(static_cast<unsigned char>(target[0]))) return "";
  std::string scheme(target.substr(0, i));
  for (char& c : scheme) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return scheme;
}

bool is_windows_absolute(std::string_view target) {
  return target.size() >= 3 && std::isalpha(static_cast<unsigned char>(target[0])) && target[1] == ':' &&
         (target[2] == '\\' || target[2] == '/');
}

void check_anchor(const LinkIndex& index, ResolvedLink& r) {
  if (!r.anchor.empty() && !index.has_anchor(r.target, r.anchor)) {
    r.kind = LinkKind::broken;
    r.problem = LinkProblem::missing_anchor;
  }
}

ResolvedLink broken(ResolvedLink r, LinkProblem problem, std::string detail = "") {
  r.kind = LinkKind::broken;
  r.problem = problem;
  r.detail = std::move(detail);
  return r;
}

ResolvedLink resolve_wiki(const LinkIndex& index, ResolvedLink r, std::string_view target) {
  const auto trim = [](std::string_view s) {
    const auto first = s.find_first_not_of(" \t");
    return first == std::string_view::npos ? std::string_view() : s.substr(first, s.find_last_not_of(" \t") - first + 1);
  };
  const auto hash = target.find('#');
  const std::string id(trim(target.substr(0, hash)));
  if (hash != std::string_view::npos) r.anchor = std::string(trim(target.substr(hash + 1)));
  if (id.empty() && r.anchor.empty()) return broken(std::move(r), LinkProblem::empty_wiki);
  r.target = id.empty() ? r.note : index.note_by_id(id);
  if (r.target == kNone) {
    r.path = id;
    return broken(std::move(r), LinkProblem::unknown_id);
  }
  r.kind = r.target == r.note && id.empty() ? LinkKind::anchor : LinkKind::note;
  check_anchor(index, r);
  return r;
}

ResolvedLink resolve_external(ResolvedLink r, const std::string& target, const std::string& scheme) {
  r.path = target;
  if (scheme == "file") return broken(std::move(r), LinkProblem::outside_root, "a file: URL");
  if (scheme != "http" && scheme != "https" && scheme != "mailto")
    return broken(std::move(r), LinkProblem::bad_external, "scheme '" + scheme + ":' is not one np accepts (http, https, mailto)");
  r.kind = LinkKind::external;
  if (std::string problem = external_url_problem(target); !problem.empty())
    return broken(std::move(r), LinkProblem::bad_external, std::move(problem));
  return r;
}

// A relative reference: a note, an asset, a folder, or nothing.
ResolvedLink resolve_relative(const Curriculum& c, const LinkIndex& index, ResolvedLink r, const std::string& target) {
  const auto hash = target.find('#');
  std::string path = target.substr(0, hash);
  if (hash != std::string::npos) r.anchor = percent_decode(std::string_view(target).substr(hash + 1));
  if (const auto query = path.find('?'); query != std::string::npos) path.erase(query);
  const bool folder_syntax = !path.empty() && path.back() == '/';
  std::string full = normalize_path(join_path(parent_folder(c.notes[r.note].source.path()), percent_decode(path)));
  if (const std::size_t n = index.note_by_path(full); n != kNone && !folder_syntax && c.notes[n].module != kNone) {
    r.kind = LinkKind::note;
    r.target = n;
    check_anchor(index, r);
    return r;
  }
  r.path = std::move(full);
  const std::string& full_path = r.path;
  if (full_path == ".." || full_path.rfind("../", 0) == 0)
    return broken(std::move(r), LinkProblem::outside_root, "'..' climbs above the root");
  if (index.through_outside_link(full_path))
    return broken(std::move(r), LinkProblem::outside_root, "it goes through a symlink that points out of the root");
  if (const std::size_t n = index.note_by_path(full_path); n != kNone && !folder_syntax)
    return broken(std::move(r), LinkProblem::not_a_note, "a Markdown file outside any module");
  if (full_path == "." || index.is_folder(full_path)) return broken(std::move(r), LinkProblem::not_a_note, "a folder");
  if (index.is_asset(full_path) && !folder_syntax) {
    r.kind = LinkKind::asset;
    return r;
  }
  return broken(std::move(r), LinkProblem::missing_file);
}

}  // namespace

LinkIndex::LinkIndex(const Curriculum& c) : by_id_(&c.note_by_id), curriculum_(&c) {
  by_path_.reserve(c.notes.size());
  note_paths_.reserve(c.notes.size());
  for (std::size_t n = 0; n < c.notes.size(); ++n) {
    const Note& note = c.notes[n];
    by_path_.emplace(note.source.path(), n);
    if (note.module != kNone) note_paths_.push_back(note.source.path());
    if (!note.id.empty() && c.note_by_id.count(note.id) && c.note_by_id.at(note.id) == n) ids_.push_back(note.id);
    if (note.body.headings.size() + note.body.html_ids.size() > kLinearAnchors) {
      auto& set = large_anchor_sets_[n];
      for (const auto& h : note.body.headings) set.insert(h.anchor);
      for (const auto& id : note.body.html_ids) set.insert(id);
    }
  }
  for (const auto& a : c.assets) {
    assets_.insert(a);
    asset_paths_.push_back(a);
  }
  folders_.insert(c.folders.begin(), c.folders.end());
  // The loader reports paths out of the root (a symlink the tree walk skipped, a file that resolved
  // outside when read): links through them are not followed.
  for (const auto& f : c.findings)
    if (is_outside_root(f.problem)) outside_links_.insert(f.file);
  std::sort(ids_.begin(), ids_.end());
}

std::size_t LinkIndex::note_by_path(const std::string& path) const {
  const auto it = by_path_.find(path);
  return it == by_path_.end() ? kNone : it->second;
}

std::size_t LinkIndex::note_by_id(const std::string& id) const {
  const auto it = by_id_->find(id);
  return it == by_id_->end() ? kNone : it->second;
}

bool LinkIndex::has_anchor(std::size_t note, const std::string& anchor) const {
  if (note >= curriculum_->notes.size()) return false;
  if (const auto it = large_anchor_sets_.find(note); it != large_anchor_sets_.end()) return it->second.count(anchor) > 0;
  const BodyFacts& body = curriculum_->notes[note].body;
  return std::any_of(body.headings.begin(), body.headings.end(), [&](const Heading& h) { return h.anchor == anchor; }) ||
         std::find(body.html_ids.begin(), body.html_ids.end(), anchor) != body.html_ids.end();
}

std::vector<std::string> LinkIndex::anchors(std::size_t note) const {
  std::vector<std::string> out;
  if (note >= curriculum_->notes.size()) return out;
  for (const auto& h : curriculum_->notes[note].body.headings) out.push_back(h.anchor);
  for (const auto& id : curriculum_->notes[note].body.html_ids) out.push_back(id);
  return out;
}

bool LinkIndex::through_outside_link(const std::string& path) const {
  if (outside_links_.empty() || path.empty()) return false;
  for (std::size_t end = path.size();;) {
    if (outside_links_.count(path.substr(0, end))) return true;
    const auto slash = path.rfind('/', end - 1);
    if (slash == std::string::npos || slash == 0) return false;
    end = slash;
  }
}

ResolvedLink resolve_link(const Curriculum& c, const LinkIndex& index, std::size_t note, const Link& link) {
  ResolvedLink r;
  r.note = note;
  if (link.kind == Link::Kind::wiki) return resolve_wiki(index, std::move(r), link.target);
  const std::string& target = link.target;
  if (target.empty()) return broken(std::move(r), link.kind == Link::Kind::image ? LinkProblem::empty_image : LinkProblem::empty_link);
  if (target[0] == '#') {
    r.kind = LinkKind::anchor;
    r.target = note;
    r.anchor = percent_decode(std::string_view(target).substr(1));
    check_anchor(index, r);
    return r;
  }
  if (const std::string scheme = url_scheme(target); !scheme.empty()) return resolve_external(std::move(r), target, scheme);
  if (target.rfind("//", 0) == 0) {
    r.path = target;
    return broken(std::move(r), LinkProblem::bad_external, "a protocol-relative URL; write the scheme (https://)");
  }
  if (target[0] == '/' || target[0] == '\\' || is_windows_absolute(target)) {
    r.path = target;
    return broken(std::move(r), LinkProblem::outside_root, "an absolute path");
  }
  r = resolve_relative(c, index, std::move(r), target);
  if (r.problem == LinkProblem::missing_file && link.kind == Link::Kind::image) r.problem = LinkProblem::missing_asset;
  return r;
}

std::string_view to_string(LinkProblem problem) {
  switch (problem) {
    case LinkProblem::none:
      return "none";
    case LinkProblem::empty_link:
      return "empty_link";
    case LinkProblem::empty_image:
      return "empty_image";
    case LinkProblem::empty_wiki:
      return "empty_wiki";
    case LinkProblem::missing_file:
      return "missing_file";
    case LinkProblem::missing_asset:
      return "missing_asset";
    case LinkProblem::not_a_note:
      return "not_a_note";
    case LinkProblem::missing_anchor:
      return "missing_anchor";
    case LinkProblem::unknown_id:
      return "unknown_id";
    case LinkProblem::outside_root:
      return "outside_root";
    case LinkProblem::bad_external:
      return "bad_external";
  }
  return "unknown";
}

LinkResolution resolve_links(const Curriculum& c, unsigned threads) {
  ++::np::detail::link_resolutions;
  LinkResolution out(c);
  out.by_note.resize(c.notes.size());
  out.incoming.assign(c.notes.size(), 0);
  // Notes resolve independently against the read-only index, each into its own slot.
  parallel_for(c.notes.size(), threads, [&](std::size_t n) {
    const auto& links = c.notes[n].body.links;
    auto& resolved = out.by_note[n];
    resolved.reserve(links.size());
    std::unordered_map<std::size_t, std::size_t> first_at;  // source offset -> first link written there
    for (std::size_t i = 0; i < links.size(); ++i) {
      resolved.push_back(resolve_link(c, out.index, n, links[i]));
      resolved.back().index = i;
      const auto [at, inserted] = first_at.emplace(links[i].begin, i);
      if (!inserted && links[at->second].target == links[i].target && links[at->second].kind == links[i].kind)
        resolved.back().repeat_of = at->second;
    }
  });
  for (std::size_t n = 0; n < c.notes.size(); ++n) {
    for (const auto& r : out.by_note[n]) {
      const std::size_t t = r.target;
      if (t != kNone && t != n) ++out.incoming[t];
    }
    for (const auto& p : c.notes[n].prerequisites) {
      const std::size_t t = out.index.note_by_id(p.id);
      if (t != kNone && t != n) ++out.incoming[t];
    }
  }
  return out;
}

std::string parent_folder(const std::string& path) {
  const auto slash = path.rfind('/');
  return slash == std::string::npos ? "" : path.substr(0, slash);
}

std::string relative_path(const std::string& from_dir, const std::string& to) {
  const auto split = [](const std::string& p) {
    std::vector<std::string> parts;
    for (std::size_t i = 0; i < p.size();) {
      const auto slash = p.find('/', i);
      const auto end = slash == std::string::npos ? p.size() : slash;
      if (end > i) parts.push_back(p.substr(i, end - i));
      i = end + 1;
    }
    return parts;
  };
  const auto from = split(from_dir), target = split(to);
  std::size_t common = 0;
  while (common < from.size() && common + 1 < target.size() && from[common] == target[common]) ++common;
  std::string out;
  for (std::size_t i = common; i < from.size(); ++i) out += "../";
  for (std::size_t i = common; i < target.size(); ++i) out += (i > common ? "/" : "") + target[i];
  return out;
}

}  // namespace np
