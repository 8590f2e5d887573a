// link-* and prerequisite-*: cross-links and the prerequisite graph. Every rule reads the one
// LinkResolution of the run (RuleContext::links(), src/links/resolve_links.cc); none resolves a
// path itself.
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <unordered_map>

#include "lint/rules/rules.h"
#include "np/did_you_mean.h"
#include "np/graph.h"
#include "np/utf8.h"

namespace np::rules {

namespace {

const Link& link_of(const Curriculum& c, const ResolvedLink& r) { return c.notes[r.note].body.links[r.index]; }

// Calls fn(resolved) for every link of the curriculum with a problem `rule` claims (Rule::link_facts):
// a rule words only the resolver's facts it claims, and each fact has one rule.
template <typename Fn>
void for_each_claimed(RuleContext& ctx, const Rule& rule, Fn fn) {
  for (const auto& links : ctx.links().by_note)
    for (const auto& r : links)
      if (r.repeat_of == kNone && std::find(rule.link_facts.begin(), rule.link_facts.end(), r.problem) != rule.link_facts.end()) fn(r);
}

void report_link(RuleContext& ctx, const Rule& rule, const Curriculum& c, const ResolvedLink& r, std::string message,
                 std::string hint = "") {
  const Link& link = link_of(c, r);
  ctx.report(rule, c.notes[r.note].source, link.begin, std::max(link.end, link.begin + 1), std::move(message), std::move(hint));
}

std::string file_name(const std::string& path) { return path.substr(path.rfind('/') + 1); }

std::string extension(const std::string& path) {
  const std::string name = file_name(path);
  const auto dot = name.rfind('.');
  return dot == std::string::npos ? "" : name.substr(dot);
}

std::string stem(const std::string& path) {
  const std::string name = file_name(path);
  return name.substr(0, name.rfind('.'));
}

// The closest id to a mistyped one: one edit away, else the shortest id that starts with it
// ("svd-qr" -> "svd-qr-lu"), else the closest by edit distance.
std::string suggest_id(const std::string& id, const std::vector<std::string>& ids) {
  const std::string closest = closest_match(id, ids);
  if (id.empty() || (!closest.empty() && edit_distance(closest, id) <= 1)) return closest;
  std::string prefixed;
  for (const auto& candidate : ids)
    if (candidate.rfind(id, 0) == 0 && (prefixed.empty() || candidate.size() < prefixed.size())) prefixed = candidate;
  return prefixed.empty() ? closest : prefixed;
}

// The closest existing file to a missing path, written relative to the linking note: among the
// files with the same extension, one with the same name elsewhere (a moved note), else the
// closest file name, else one whose name starts with the missing one; a file in the note's own
// folder wins among files of the same name. The tables are built once per rule run.
class PathSuggester {
 public:
  explicit PathSuggester(const LinkIndex& index) {
    for (const auto* pool : {&index.note_paths(), &index.asset_paths()}) {
      for (const auto& path : *pool) {
        Files& files = by_extension_[extension(path)];
        auto& paths = files.by_stem[stem(path)];
        if (paths.empty()) files.stems.push_back(stem(path));
        paths.push_back(path);
      }
    }
  }

  std::string suggest(const Curriculum& c, const ResolvedLink& r) const {
    const auto files = by_extension_.find(extension(r.path));
    if (files == by_extension_.end()) return "";
    const std::string wanted = stem(r.path);
    const std::string best = files->second.by_stem.count(wanted) ? wanted : suggest_id(wanted, files->second.stems);
    if (best.empty()) return "";
    const std::string folder = parent_folder(c.notes[r.note].source.path());
    const auto& paths = files->second.by_stem.at(best);
    const auto local = std::find_if(paths.begin(), paths.end(), [&](const std::string& p) { return parent_folder(p) == folder; });
    return relative_path(folder, local != paths.end() ? *local : paths.front());
  }

 private:
  struct Files {
    std::unordered_map<std::string, std::vector<std::string>> by_stem;
    std::vector<std::string> stems;
  };
  std::unordered_map<std::string, Files> by_extension_;
};

// What the link says it points at, for messages: the target as written.
std::string written(const Curriculum& c, const ResolvedLink& r) { return link_of(c, r).target; }

void check_missing_file(const Curriculum& c, RuleContext& ctx) {
  const PathSuggester suggester(ctx.links().index);
  for_each_claimed(ctx, link_missing_file, [&](const ResolvedLink& r) {
    if (r.problem == LinkProblem::empty_link) {
      report_link(ctx, link_missing_file, c, r, "link with an empty target", "write the path of a note, e.g. [text](other-note.md)");
      return;
    }
    const std::string target = written(c, r);
    std::string hint = did_you_mean(suggester.suggest(c, r));
    if (hint.empty() && (target.rfind("www.", 0) == 0 || target.rfind("http", 0) == 0))
      hint = "an external link needs its scheme: https://...";
    report_link(ctx, link_missing_file, c, r,
                "link to '" + target + "': no such file ('" + utf8::escape_invalid(r.path) + "' from the curriculum root)", hint);
  });
}

void check_missing_asset(const Curriculum& c, RuleContext& ctx) {
  const PathSuggester suggester(ctx.links().index);
  for_each_claimed(ctx, link_missing_asset, [&](const ResolvedLink& r) {
    if (r.problem == LinkProblem::empty_image) {
      report_link(ctx, link_missing_asset, c, r, "image with an empty path",
                  "write the image's path relative to the note, e.g. ![alt](figures/plot.png)");
      return;
    }
    report_link(ctx, link_missing_asset, c, r,
                "image '" + written(c, r) + "' does not exist ('" + utf8::escape_invalid(r.path) + "' from the curriculum root)",
                did_you_mean(suggester.suggest(c, r)));
  });
}

void check_not_a_note(const Curriculum& c, RuleContext& ctx) {
  for_each_claimed(ctx, link_not_a_note, [&](const ResolvedLink& r) {
    report_link(ctx, link_not_a_note, c, r, "link to '" + written(c, r) + "', " + r.detail + ", not a note of the curriculum",
                r.detail == "a folder" ? "link to a note in it (a file ID.md)"
                                       : "notes live directly in a module folder; move the file there or link to a note");
  });
}

void check_missing_anchor(const Curriculum& c, RuleContext& ctx) {
  const LinkIndex& index = ctx.links().index;
  for_each_claimed(ctx, link_missing_anchor, [&](const ResolvedLink& r) {
    const auto& anchors = index.anchors(r.target);
    // Anchors are case-sensitive: '#Setup' misses '#setup' on GitHub and in every export.
    const auto same_but_case = std::find_if(anchors.begin(), anchors.end(), [&](const std::string& a) {
      return a.size() == r.anchor.size() && std::equal(a.begin(), a.end(), r.anchor.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
             });
    });
    const std::string closest = same_but_case != anchors.end() ? "" : closest_match(r.anchor, anchors);
    std::string hint = closest.empty() ? "" : did_you_mean("#" + closest);
    if (same_but_case != anchors.end()) {
      hint = "anchors are case-sensitive and heading anchors lowercase: write '#" + *same_but_case + "'";
    } else if (closest.empty()) {
      hint = anchors.empty() ? "the note has no headings" : "its anchors are";
      for (std::size_t i = 0; i < anchors.size() && i < 5; ++i) hint += (i ? ", #" : " #") + anchors[i];
      if (anchors.size() > 5) hint += ", ...";
    }
    const std::string where = r.target == r.note ? "this note" : "'" + c.notes[r.target].source.path() + "'";
    report_link(ctx, link_missing_anchor, c, r,
                "link to '" + written(c, r) + "': " + where + " has no heading or HTML id with anchor '#" + r.anchor + "'", hint);
  });
}

void check_unknown_id(const Curriculum& c, RuleContext& ctx) {
  const LinkIndex& index = ctx.links().index;
  for_each_claimed(ctx, link_unknown_id, [&](const ResolvedLink& r) {
    if (r.problem == LinkProblem::empty_wiki)
      report_link(ctx, link_unknown_id, c, r, "wiki link without a note id", "write [[note-id]] or [[note-id#anchor]]");
    else
      report_link(ctx, link_unknown_id, c, r, "wiki link to unknown note id '" + r.path + "'",
                  did_you_mean(suggest_id(r.path, index.ids())));
  });
}

void check_outside_root(const Curriculum& c, RuleContext& ctx) {
  for_each_claimed(ctx, link_outside_root, [&](const ResolvedLink& r) {
    report_link(ctx, link_outside_root, c, r, "link to '" + written(c, r) + "' leaves the curriculum root: " + r.detail,
                "link to files inside the curriculum with a relative path; np and its exporters never read outside the root");
  });
}

void check_external_syntax(const Curriculum& c, RuleContext& ctx) {
  for_each_claimed(ctx, link_external_syntax, [&](const ResolvedLink& r) {
    report_link(ctx, link_external_syntax, c, r, "malformed URL '" + written(c, r) + "': " + r.detail);
  });
}

void check_external_denied(const Curriculum& c, RuleContext& ctx) {
  const auto compile = [](const std::vector<std::string>& patterns) {
    std::vector<std::unique_ptr<RE2>> out;
    RE2::Options options;
    options.set_log_errors(false);
    for (const auto& p : patterns)
      if (auto re = std::make_unique<RE2>(p, options); re->ok()) out.push_back(std::move(re));  // load_config rejects bad ones
    return out;
  };
  const auto allow = compile(c.config.link_allow), deny = compile(c.config.link_deny);
  if (allow.empty() && deny.empty()) return;
  for (const auto& links : ctx.links().by_note) {
    for (const auto& r : links) {
      if (r.kind != LinkKind::external || r.repeat_of != kNone) continue;
      const auto denied = std::find_if(deny.begin(), deny.end(), [&](const auto& re) { return RE2::PartialMatch(r.path, *re); });
      if (denied != deny.end()) {
        report_link(ctx, link_external_denied, c, r,
                    "URL '" + r.path + "' matches the denied pattern '" + (*denied)->pattern() + "' (links.deny in np.yaml)");
      } else if (!allow.empty() &&
                 std::none_of(allow.begin(), allow.end(), [&](const auto& re) { return RE2::PartialMatch(r.path, *re); })) {
        report_link(ctx, link_external_denied, c, r, "URL '" + r.path + "' matches none of the allowed patterns (links.allow in np.yaml)",
                    "link to an allowed site, or add a pattern to links.allow");
      }
    }
  }
}

void check_image_alt(const Curriculum& c, RuleContext& ctx) {
  const LinkResolution& resolution = ctx.links();
  for (std::size_t n = 0; n < c.notes.size(); ++n) {
    const auto& links = c.notes[n].body.links;
    for (const auto& r : resolution.by_note[n]) {
      const Link& link = links[r.index];
      if (link.kind != Link::Kind::image || link.text.find_first_not_of(" \t\n") != std::string::npos) continue;
      if (r.repeat_of != kNone && links[r.repeat_of].text == link.text) continue;  // reported at the first use
      ctx.report(link_image_missing_alt, c.notes[n].source, link.begin, std::max(link.end, link.begin + 1),
                 "image '" + link.target + "' has no alt text",
                 "say what the image shows between the brackets: ![what it shows](" + link.target + ")");
    }
  }
}

void check_to_draft(const Curriculum& c, RuleContext& ctx) {
  const LinkResolution& links = ctx.links();
  for (std::size_t n = 0; n < c.notes.size(); ++n) {
    const Note& note = c.notes[n];
    // Every note but a draft is in the book (BookScope), and the book leaves drafts out: a link
    // from it to a draft would be exported as plain text.
    if (note.status == "draft") continue;
    const std::string who = (note.status.empty() ? std::string("note") : note.status + " note");
    for (const auto& r : links.by_note[n]) {
      if (r.target == kNone || r.target == n || r.repeat_of != kNone || c.notes[r.target].status != "draft") continue;
      report_link(ctx, link_to_draft, c, r, who + " links to '" + c.notes[r.target].id + "', a draft, which exports leave out",
                  "publish '" + c.notes[r.target].id + "' first, or remove the link until it is");
    }
    for (const auto& p : note.prerequisites) {
      const Note* target = c.find_note(p.id);
      if (target && target != &note && target->status == "draft")
        ctx.report(link_to_draft, note.source, p.begin, p.end, who + " lists '" + p.id + "', a draft, as a prerequisite",
                   "publish '" + p.id + "' first, or remove the prerequisite until it is");
    }
  }
}

void check_orphans(const Curriculum& c, RuleContext& ctx) {
  const LinkResolution& links = ctx.links();
  for (std::size_t n = 0; n < c.notes.size(); ++n) {
    const Note& note = c.notes[n];
    if (note.status != "published" || note.module == kNone || links.incoming[n] > 0) continue;
    if (!c.modules[note.module].notes.empty() && c.modules[note.module].notes.front() == n) continue;  // a module's first note is its entry
    const auto loc = note.locate("/id");
    ctx.report(link_orphan, note.source, loc.value_begin, loc.value_end,
               "published note '" + note.id + "' is not linked from any other note, and no note lists it as a prerequisite",
               "link to it from a related note, or list it in the prerequisites of a note that builds on it");
  }
}

// --- prerequisites -----------------------------------------------------------------------------

void check_prerequisite_unknown(const Curriculum& c, RuleContext& ctx) {
  const LinkIndex& index = ctx.links().index;
  for (const auto& note : c.notes)
    for (const auto& p : note.prerequisites)
      if (!c.find_note(p.id))
        ctx.report(prerequisite_unknown, note.source, p.begin, p.end, "unknown prerequisite '" + p.id + "': no note has this id",
                   did_you_mean(suggest_id(p.id, index.ids())));
}

void check_prerequisite_self(const Curriculum& c, RuleContext& ctx) {
  for (const auto& note : c.notes)
    for (const auto& p : note.prerequisites)
      if (!note.id.empty() && p.id == note.id)
        ctx.report(prerequisite_self, note.source, p.begin, p.end, "note '" + note.id + "' lists itself as a prerequisite",
                   "remove it from the list");
}

void check_prerequisite_duplicate(const Curriculum& c, RuleContext& ctx) {
  for (const auto& note : c.notes) {
    std::unordered_map<std::string, const IdRef*> seen;
    for (const auto& p : note.prerequisites) {
      const auto [it, inserted] = seen.emplace(p.id, &p);
      if (inserted) continue;
      const Position first = note.source.position(it->second->begin);
      ctx.report(prerequisite_duplicate, note.source, p.begin, p.end,
                 "prerequisite '" + p.id + "' is listed twice (first at line " + std::to_string(first.line) + ", column " +
                     std::to_string(first.column) + ")",
                 "remove the second one");
    }
  }
}

// Each cycle is reported in every note on it, at the prerequisite that continues the cycle, so
// that a pre-commit run on any one of those notes shows it.
void check_prerequisite_cycle(const Curriculum& c, RuleContext& ctx) {
  for (const auto& cycle : prerequisite_cycles(c)) {
    for (std::size_t k = 0; k < cycle.size(); ++k) {
      const Note& note = c.notes[cycle[k]];
      const std::string& next = c.notes[cycle[(k + 1) % cycle.size()]].id;
      std::string path;
      for (std::size_t j = 0; j <= cycle.size(); ++j) path += (j ? " -> " : "") + c.notes[cycle[(k + j) % cycle.size()]].id;
      for (const auto& p : note.prerequisites) {
        if (p.id != next) continue;
        ctx.report(prerequisite_cycle, note.source, p.begin, p.end, "prerequisite cycle: " + path + " (each note needs the next)",
                   "a note cannot need itself through others; remove one prerequisite of the cycle");
        break;
      }
    }
  }
}

void check_prerequisite_order(const Curriculum& c, RuleContext& ctx) {
  for (std::size_t n = 0; n < c.notes.size(); ++n) {
    const Note& note = c.notes[n];
    if (note.module == kNone) continue;
    for (const auto& p : note.prerequisites) {
      const auto it = c.note_by_id.find(p.id);
      if (it == c.note_by_id.end() || it->second <= n || c.notes[it->second].module == kNone) continue;
      const Note& later = c.notes[it->second];
      ctx.report(
          prerequisite_order, note.source, p.begin, p.end,
          "prerequisite '" + p.id + "' comes later in the curriculum (" + later.source.path() + ") than '" + note.id + "', which needs it",
          "move '" + p.id + "' before this note, or drop the prerequisite");
    }
  }
}

// Liquid tags as the facts walk found them (in text, and in link targets).
void check_template_syntax(const Curriculum& c, RuleContext& ctx) {
  for (const Note& note : c.notes)
    for (const TemplateTag& t : note.body.template_tags)
      ctx.report(
          link_template_syntax, note.source, t.begin, t.end,
          "template syntax '" + t.text + (t.end - t.begin > t.text.size() ? "..." : "") +
              "' is not expanded: every output shows it as text, never as the link or image it stands for",
          "write the path itself: ![plot](figures/plot.png), [post](../01-intro/intro.md); put template syntax meant as text in `code`");
}

}  // namespace

const Rule link_external_denied{
    .id = "link-external-denied",
    .default_severity = Severity::error,
    .scope = Scope::body,
    .summary = "An external URL that links.allow / links.deny in np.yaml forbid",
    .description =
        "External links are never fetched, but np.yaml can restrict them with RE2 regular expressions (searched anywhere in the URL; "
        "anchor them with ^ and $): `links.deny` reports every URL that matches one of its patterns, and `links.allow`, when given, "
        "reports every URL that matches none of its patterns. A denied pattern wins over an allowed one.",
    .bad_example = "# np.yaml\nlinks:\n  deny: ['^http://']\n# note\nSee [the paper](http://example.org/paper.pdf).",
    .good_example = "See [the paper](https://example.org/paper.pdf).",
    .check = check_external_denied,
};

const Rule link_external_syntax{
    .id = "link-external-syntax",
    .default_severity = Severity::error,
    .scope = Scope::body,
    .summary = "A malformed external URL, or a scheme other than http, https and mailto",
    .description =
        "np checks the syntax of external links and never makes a network request: an http(s) URL needs '//' and a valid host name "
        "(and a numeric port), a mailto: link an address like name@example.org; spaces, backslashes and '%' not followed by two "
        "hexadecimal digits are errors. Other schemes (ftp:, javascript:, data:) are reported, and so is a protocol-relative //host URL.",
    .bad_example = "[paper](https:/arxiv.org/abs/1706.03762)\n[mail](mailto:authors)",
    .good_example = "[paper](https://arxiv.org/abs/1706.03762)\n[mail](mailto:authors@example.org)",
    .check = check_external_syntax,
    .link_facts = kLinkFacts<LinkProblem::bad_external>,
};

const Rule link_image_missing_alt{
    .id = "link-image-missing-alt",
    .default_severity = Severity::warning,
    .scope = Scope::body,
    .summary = "An image without alt text",
    .description =
        "Alt text is what a screen reader says and what an e-reader shows when it cannot display the image; an image with empty "
        "brackets says nothing about what it shows.",
    .bad_example = "![](figures/svd.png)",
    .good_example = "![The SVD as rotation, scaling and rotation](figures/svd.png)",
    .check = check_image_alt,
};

const Rule link_missing_anchor{
    .id = "link-missing-anchor",
    .default_severity = Severity::error,
    .scope = Scope::curriculum,
    .summary = "A link to an anchor that its target note does not have",
    .description =
        "An anchor (#part after a note's path, a same-note #anchor, or [[id#anchor]]) must be one the target provides: the GitHub "
        "slug of one of its headings (lowercased, punctuation and symbols dropped, spaces turned into '-', -1, -2 for repeated "
        "headings; see src/load/github_slug.cc), an explicit {#id} at the end of a heading, or an id/name attribute in its raw HTML. "
        "Renaming a heading breaks every link to it; the hint names the closest anchor.",
    .bad_example = "[truncated SVD](svd-qr-lu.md#truncated-svds)",
    .good_example = "[truncated SVD](svd-qr-lu.md#truncated-svd)",
    .check = check_missing_anchor,
    .link_facts = kLinkFacts<LinkProblem::missing_anchor>,
};

const Rule link_missing_asset{
    .id = "link-missing-asset",
    .default_severity = Severity::error,
    .scope = Scope::curriculum,
    .summary = "An image whose file does not exist",
    .description =
        "An image path is relative to the note's folder and must name a file of the curriculum; the site and every export would show "
        "a broken image. The hint names a file of the same name elsewhere, or the closest path.",
    .bad_example = "![The SVD](figure/svd.png)",
    .good_example = "![The SVD](figures/svd.png)",
    .check = check_missing_asset,
    .link_facts = kLinkFacts<LinkProblem::empty_image, LinkProblem::missing_asset>,
};

const Rule link_missing_file{
    .id = "link-missing-file",
    .default_severity = Severity::error,
    .scope = Scope::curriculum,
    .summary = "A relative link to a file that does not exist",
    .description =
        "A relative link is resolved from the note's folder (%XX decoded, ?query ignored) and must name a file of the curriculum. A "
        "moved or renamed note breaks every link to it; the hint names a note of the same file name elsewhere, or the closest path. "
        "An empty link target is reported too.",
    .bad_example = "[SVD](../03-linear-algebra/svd.md)",
    .good_example = "[SVD](../03-linear-algebra/svd-qr-lu.md)",
    .check = check_missing_file,
    .link_facts = kLinkFacts<LinkProblem::empty_link, LinkProblem::missing_file>,
};

const Rule link_not_a_note{
    .id = "link-not-a-note",
    .default_severity = Severity::error,
    .scope = Scope::curriculum,
    .summary = "A link to a folder, or to a Markdown file that is not a note",
    .description =
        "Links between notes go to notes: a link to a folder has no page in the site or the exports, and a Markdown file outside a "
        "module folder is not part of the curriculum (structure-note-outside-module reports the file itself). Other files (PDFs, "
        "data) are assets and may be linked.",
    .bad_example = "[linear algebra](../03-linear-algebra/)",
    .good_example = "[linear algebra](../03-linear-algebra/vector-spaces.md)",
    .check = check_not_a_note,
    .link_facts = kLinkFacts<LinkProblem::not_a_note>,
};

const Rule link_orphan{
    .id = "link-orphan",
    .default_severity = Severity::warning,
    .scope = Scope::curriculum,
    .summary = "A published note that no other note links to or requires",
    .description =
        "A published note that is neither linked from another note (relative or wiki link) nor listed as a prerequisite can only be "
        "found through the table of contents; usually a link from the note it builds on was forgotten. The first note of each module is "
        "exempt (it is the module's entry), and so are notes that are not published yet (draft, review).",
    .bad_example = "# a published note, order 3, that nothing links to",
    .good_example = "See [the SVD](svd-qr-lu.md) in a related note, or prerequisites: [svd-qr-lu]",
    .check = check_orphans,
};

const Rule link_outside_root{
    .id = "link-outside-root",
    .default_severity = Severity::error,
    .scope = Scope::curriculum,
    .summary = "A link or image path that leaves the curriculum root",
    .description =
        "np and its exporters never read a file outside the curriculum root, so that a note cannot pull /etc/passwd or a home folder into "
        "a book. A relative path climbing above the root, an absolute path, a file: URL, and a path through a symlink that leads out of "
        "the root are reported.",
    .bad_example = "![key](../../../../etc/ssh/key.png)\n[notes](/home/me/notes.md)",
    .good_example = "![key](figures/key.png)",
    .check = check_outside_root,
    .link_facts = kLinkFacts<LinkProblem::outside_root>,
};

const Rule link_template_syntax{
    .id = "link-template-syntax",
    .default_severity = Severity::warning,
    .scope = Scope::body,
    .summary = "Liquid or Jekyll template syntax ({{ ... }}, {% ... %}) in text or a link",
    .description =
        "Notes converted from a Jekyll blog keep tags such as `{{ \"/assets/x.png\" | relative_url }}` or `{% post_url 2019-05-01-intro "
        "%}` "
        "where a link or image path belongs. np does not run a template engine: the tag is not a link, not an image, and every output "
        "(EPUB, site, LaTeX, JSON) shows it as text. Template syntax inside code spans and code blocks is not reported.",
    .bad_example = "![Loss]({{ \"/assets/loss.png\" | relative_url }})\n[earlier]({% post_url 2019-05-01-intro %})",
    .good_example = "![Loss](figures/loss.png)\n[earlier](../01-intro/intro.md)",
    .check = check_template_syntax,
};

const Rule link_to_draft{
    .id = "link-to-draft",
    .default_severity = Severity::warning,
    .scope = Scope::curriculum,
    .summary = "A note in the book that links to, or requires, a draft note",
    .description =
        "A draft is not ready for readers, and exports leave drafts out of the book (np export --include-drafts puts them in). A note "
        "in the book (published or under review) that links to a draft (relative or wiki link) or lists it as a prerequisite sends readers "
        "to unfinished material, and its exported link becomes plain text.",
    .bad_example = "# status: published\nSee [[attention-draft]].",
    .good_example = "# publish attention-draft first, or drop the link",
    .check = check_to_draft,
};

const Rule link_unknown_id{
    .id = "link-unknown-id",
    .default_severity = Severity::error,
    .scope = Scope::curriculum,
    .summary = "A wiki link to a note id that does not exist",
    .description =
        "Wiki links name notes by id ([[svd-qr-lu]], [[svd-qr-lu#truncated-svd]], [[svd-qr-lu|the SVD note]]), so they survive a note "
        "moving to another folder, but not a change of id. The hint names the closest id.",
    .bad_example = "[[svd-qr]]",
    .good_example = "[[svd-qr-lu]]",
    .check = check_unknown_id,
    .link_facts = kLinkFacts<LinkProblem::unknown_id, LinkProblem::empty_wiki>,
};

const Rule prerequisite_cycle{
    .id = "prerequisite-cycle",
    .default_severity = Severity::error,
    .scope = Scope::curriculum,
    .summary = "Notes that need each other through their prerequisites",
    .description =
        "Prerequisites say what to read first, so they cannot go round in a circle: a -> b -> a leaves no note to start with. The whole "
        "cycle is named, in order, in each note on it (at the prerequisite that continues the cycle).",
    .bad_example = "# a.md\nprerequisites: [b]\n# b.md\nprerequisites: [a]",
    .good_example = "# a.md\nprerequisites: []\n# b.md\nprerequisites: [a]",
    .check = check_prerequisite_cycle,
};

const Rule prerequisite_duplicate{
    .id = "prerequisite-duplicate",
    .default_severity = Severity::warning,
    .scope = Scope::front_matter,
    .summary = "A prerequisite listed twice in one note",
    .description =
        "Each prerequisite needs to be listed once; a repeated id is usually a copy-and-paste slip, or a second id that was meant.",
    .bad_example = "prerequisites: [spectral-theorem, svd-qr-lu, spectral-theorem]",
    .good_example = "prerequisites: [spectral-theorem, svd-qr-lu]",
    .check = check_prerequisite_duplicate,
};

const Rule prerequisite_order{
    .id = "prerequisite-order",
    .default_severity = Severity::warning,
    .scope = Scope::curriculum,
    .summary = "A prerequisite placed later in the curriculum than the note needing it",
    .description =
        "A reader who follows the curriculum in order meets a note before the notes it needs when a prerequisite comes later (a later "
        "note of the module, a later module or part). Move one of them, or drop the prerequisite.",
    .bad_example = "# 01-vectors.md (order 1)\nprerequisites: [matrices]  # matrices.md has order 2",
    .good_example = "# matrices.md (order 2)\nprerequisites: [vectors]",
    .check = check_prerequisite_order,
};

const Rule prerequisite_self{
    .id = "prerequisite-self",
    .default_severity = Severity::error,
    .scope = Scope::front_matter,
    .summary = "A note that lists itself as a prerequisite",
    .description =
        "A note cannot be read before itself; listing its own id among its prerequisites is a slip (often a copied front matter).",
    .bad_example = "id: svd-qr-lu\nprerequisites: [svd-qr-lu]",
    .good_example = "id: svd-qr-lu\nprerequisites: [spectral-theorem]",
    .check = check_prerequisite_self,
};

const Rule prerequisite_unknown{
    .id = "prerequisite-unknown",
    .default_severity = Severity::error,
    .scope = Scope::curriculum,
    .summary = "A prerequisite id that no note has",
    .description =
        "Prerequisites name notes by id. An id that no note has is a typo or a note that was renamed or removed; the hint names the "
        "closest id.",
    .bad_example = "prerequisites: [spectral-theorm]",
    .good_example = "prerequisites: [spectral-theorem]",
    .check = check_prerequisite_unknown,
};

}  // namespace np::rules
