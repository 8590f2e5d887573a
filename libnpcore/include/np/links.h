// Cross-links, resolved once per run for every consumer: the link-* lint rules, the pre-commit
// check of links a change breaks, `np graph`, and the exporters (each link knows its target note
// and anchor, so no exporter resolves a path again).
//
// What a link can be:
//   [t](other.md#anchor)  a relative link to a note (paths relative to the note's folder, %XX
//                         decoded, ?query ignored), optionally with an anchor;
//   [t](#anchor)          an anchor of the same note;
//   [[id]], [[id#anchor]], [[id|text]], [[#anchor]]   a wiki link by note id;
//   ![alt](figures/x.png) an image, or [t](data.csv) another file: an asset of the curriculum;
//   http:, https:, mailto: an external link, checked for syntax only (never fetched).
// A note's anchors are its headings' GitHub slugs (or their explicit {#id}) and the id/name
// attributes of its raw HTML.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "np/curriculum.h"

namespace np {

enum class LinkKind {
  note,      // another note, or the same note through its own path or id
  anchor,    // #anchor in the same note
  asset,     // a file of the curriculum that is not a note (image, PDF, data)
  external,  // http, https or mailto
  broken,    // see LinkProblem
};

// What is wrong with a link: the resolver's facts. Each (but `none`) is worded by exactly one rule,
// which claims it (Rule::link_facts; tests/unit/rule_fixtures_test.cc checks it).
enum class LinkProblem : std::uint8_t {
  none,
  empty_link,      // [text]()
  empty_image,     // ![alt]()
  empty_wiki,      // [[]]
  missing_file,    // a link's relative path to nothing
  missing_asset,   // an image's relative path to nothing
  not_a_note,      // a folder, or a Markdown file that is not a note of a module
  missing_anchor,  // the target exists but has no such anchor (`target` is set)
  unknown_id,      // a wiki link to an id no note has
  outside_root,    // ../ past the root, an absolute path, a file: URL, a symlink out of the root
  bad_external,    // an external URL with a syntax error, or a scheme np does not accept
};
// One past the last LinkProblem: for iterating them all (tests).
inline constexpr std::size_t kLinkProblemCount = static_cast<std::size_t>(LinkProblem::bad_external) + 1;
// "missing_anchor", for docs/rules.md; "unknown" for a value past the last.
std::string_view to_string(LinkProblem problem);

struct ResolvedLink {
  std::size_t note = kNone;  // the note the link is written in
  std::size_t index = 0;     // into notes[note].body.links
  LinkKind kind = LinkKind::broken;
  LinkProblem problem = LinkProblem::none;
  std::size_t target = kNone;  // the target note (note, anchor, missing_anchor)
  // The root-relative path of an asset or of what is missing, the id a wiki link names, the URL of
  // an external link; "" when `target` is set (notes[target].source.path() is the path).
  std::string path;
  std::string anchor;  // the fragment, percent-decoded; "" when none
  std::string detail;  // what is wrong with a bad external URL
  // The earlier link of the note written at the same place (a reference definition used twice,
  // [a][ref] and [b][ref]), or kNone: rules report a place once.
  std::size_t repeat_of = kNone;
};

// The curriculum's notes, files and anchors in hash maps: built once per run. It refers to the
// curriculum's id map, so the curriculum must outlive it.
class LinkIndex {
 public:
  explicit LinkIndex(const Curriculum& curriculum);

  std::size_t note_by_path(const std::string& path) const;  // kNone when no note has it
  std::size_t note_by_id(const std::string& id) const;
  bool has_anchor(std::size_t note, const std::string& anchor) const;
  std::vector<std::string> anchors(std::size_t note) const;  // in document order (for hints)
  bool is_asset(const std::string& path) const { return assets_.count(path) > 0; }
  bool is_folder(const std::string& path) const { return folders_.count(path) > 0; }
  // Whether the path is, or is under, a symlink that leads out of the root (never read).
  bool through_outside_link(const std::string& path) const;
  const std::vector<std::string>& ids() const { return ids_; }  // for "did you mean" hints
  const std::vector<std::string>& note_paths() const { return note_paths_; }
  const std::vector<std::string>& asset_paths() const { return asset_paths_; }

 private:
  std::unordered_map<std::string, std::size_t> by_path_;
  const std::unordered_map<std::string, std::size_t>* by_id_;
  const Curriculum* curriculum_;
  // A note's anchors are looked up in its facts, without copies; a hash set only for the notes
  // with many of them, so that many links into such a note stay linear.
  std::unordered_map<std::size_t, std::unordered_set<std::string_view>> large_anchor_sets_;
  std::unordered_set<std::string> assets_, folders_, outside_links_;
  std::vector<std::string> ids_, note_paths_, asset_paths_;
};

struct LinkResolution {
  explicit LinkResolution(const Curriculum& curriculum) : index(curriculum) {}
  LinkIndex index;
  std::vector<std::vector<ResolvedLink>> by_note;  // by_note[n][i] resolves notes[n].body.links[i]
  std::vector<std::size_t> incoming;               // per note: links and prerequisites from other notes
};

LinkResolution resolve_links(const Curriculum& curriculum, unsigned threads = 0);  // threads: 0 for all cores

// One link target as written, resolved against the note it is in (exposed for tests and tools).
ResolvedLink resolve_link(const Curriculum& curriculum, const LinkIndex& index, std::size_t note, const Link& link);

// The folder of a root-relative path ("" for a file at the root), and the path of `to` relative
// to the folder `from_dir`, as a link in a note of that folder would write it.
std::string parent_folder(const std::string& path);
std::string relative_path(const std::string& from_dir, const std::string& to);

// Syntax of an http(s) or mailto URL: "" when well-formed, else what is wrong.
std::string external_url_problem(std::string_view url);

}  // namespace np
