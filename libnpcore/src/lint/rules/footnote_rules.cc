// footnote-*: "[^label]" references and "[^label]: text" definitions, as the facts walk found them
// (definitions: src/load/footnotes.cc; references: parse_markdown in src/util/md_parse.h).
#include <algorithm>

#include "lint/rules/rules.h"
#include "np/did_you_mean.h"

namespace np::rules {

namespace {

void check_undefined(const Curriculum& c, RuleContext& ctx) {
  for (const Note& note : c.notes) {
    std::vector<std::string> labels;
    for (const Footnote& f : note.body.footnotes) labels.push_back(f.label);
    for (const FootnoteRef& r : note.body.footnote_refs) {
      if (r.footnote != FootnoteRef::kUndefined) continue;
      const std::string closest = closest_match(r.label, labels);
      ctx.report(footnote_undefined, note.source, r.begin, r.end, "footnote '[^" + r.label + "]' has no definition",
                 closest.empty() ? "define it in a block of its own: [^" + r.label + "]: the footnote's text"
                                 : "did you mean '[^" + closest + "]'?");
    }
  }
}

void check_unused(const Curriculum& c, RuleContext& ctx) {
  for (const Note& note : c.notes)
    for (const Footnote& f : note.body.footnotes)
      if (f.references == 0 && f.duplicate_of == FootnoteRef::kUndefined)
        ctx.report(footnote_unused, note.source, f.begin, f.end, "footnote '[^" + f.label + "]' is never referenced",
                   "refer to it with [^" + f.label + "] where it belongs, or delete it");
}

void check_duplicate(const Curriculum& c, RuleContext& ctx) {
  for (const Note& note : c.notes)
    for (const Footnote& f : note.body.footnotes)
      if (f.duplicate_of != FootnoteRef::kUndefined) {
        const Footnote& first = note.body.footnotes[f.duplicate_of];
        ctx.report(footnote_duplicate, note.source, f.begin, f.end,
                   "footnote '[^" + f.label + "]' is defined twice; the definition on line " +
                       std::to_string(note.source.position(first.begin).line) + " is the one readers see",
                   "give this one a label of its own, or merge the two");
      }
}

}  // namespace

const Rule footnote_duplicate{
    .id = "footnote-duplicate",
    .default_severity = Severity::error,
    .scope = Scope::body,
    .summary = "Two footnote definitions with the same label",
    .description =
        "Labels match without regard to case. Every output keeps the first definition and drops the others without a word, so "
        "the text of the second one is lost.",
    .bad_example = "See Cauchy[^1] and Robbins[^1].\n\n[^1]: Cauchy, 1847.\n\n[^1]: Robbins and Monro, 1951.",
    .good_example = "See Cauchy[^cauchy] and Robbins[^robbins].\n\n[^cauchy]: Cauchy, 1847.\n\n[^robbins]: Robbins and Monro, 1951.",
    .check = check_duplicate,
};

const Rule footnote_undefined{
    .id = "footnote-undefined",
    .default_severity = Severity::error,
    .scope = Scope::body,
    .summary = "A footnote reference without a definition",
    .description =
        "A \"[^label]\" in text refers to a definition \"[^label]: text\" in the same note, at the start of a block (after a blank "
        "line). Without one, every output shows the brackets as text. The hint names the closest label.",
    .bad_example = "Gradient descent[^cauchy] goes downhill.\n\n[^cuachy]: Cauchy, 1847.",
    .good_example = "Gradient descent[^cauchy] goes downhill.\n\n[^cauchy]: Cauchy, 1847.",
    .check = check_undefined,
};

const Rule footnote_unused{
    .id = "footnote-unused",
    .default_severity = Severity::warning,
    .scope = Scope::body,
    .summary = "A footnote definition that nothing refers to",
    .description =
        "A definition no \"[^label]\" in the note refers to is left out of every output (GitHub drops it too), so its text never "
        "reaches a reader.",
    .bad_example = "Gradient descent goes downhill.\n\n[^cauchy]: Cauchy, 1847.",
    .good_example = "Gradient descent[^cauchy] goes downhill.\n\n[^cauchy]: Cauchy, 1847.",
    .check = check_unused,
};

}  // namespace np::rules
