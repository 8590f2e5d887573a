#include "lint/suppressions.h"

#include <map>
#include <sstream>

#include "lint/rules/rules.h"
#include "np/did_you_mean.h"

namespace np {

namespace {

struct Suppression {
  std::string rule;  // "" for every rule
  int first_line = 0, last_line = 0;
  std::size_t begin = 0, end = 0;  // the comment, for reporting it
  bool used = false;
};

std::vector<std::string> split_rules(const std::string& text) {
  std::vector<std::string> out;
  std::string word;
  std::istringstream in(text);
  while (in >> word) {
    std::stringstream parts(word);
    for (std::string piece; std::getline(parts, piece, ',');)
      if (!piece.empty()) out.push_back(piece);
  }
  return out;
}

// The rules a suppression may name: lint's, not the export diagnostics (np export never reads
// suppression comments).
const Rule* find_lint_rule(std::string_view id) {
  const Rule* rule = find_rule(id);
  return rule && rule->scope != Scope::export_ ? rule : nullptr;
}

std::vector<std::string> rule_ids() {
  std::vector<std::string> ids;
  for (const Rule* r : all_rules())
    if (r->scope != Scope::export_) ids.emplace_back(r->id);
  return ids;
}

// Parses one note's comments; unknown rule names are reported right away.
std::vector<Suppression> parse(const Note& note, RuleReporter& ctx) {
  std::vector<Suppression> out;
  std::map<std::string, std::size_t> open;  // rule -> index of the np-disable in `out`
  const int last_line = note.source.line_count();
  for (const auto& comment : note.body.comments) {
    std::istringstream in(comment.text);
    std::string directive;
    in >> directive;
    if (directive != "np-disable-next-line" && directive != "np-disable" && directive != "np-enable") continue;
    std::string rest;
    std::getline(in, rest);
    std::vector<std::string> names = split_rules(rest);
    std::vector<std::string> known;
    for (const auto& name : names) {
      if (find_lint_rule(name)) {
        known.push_back(name);
        continue;
      }
      const std::string best = closest_match(name, rule_ids());
      ctx.report(rules::suppression_unknown_rule, note.source, comment.begin, comment.end, "unknown rule '" + name + "' in " + directive,
                 best.empty() ? "np lint --list-rules lists the rule ids" : did_you_mean(best));
    }
    if (names.empty()) known.push_back("");
    if (!names.empty() && known.empty()) continue;
    const int comment_last = note.source.position(comment.end > comment.begin ? comment.end - 1 : comment.begin).line;
    if (directive == "np-disable-next-line") {
      for (const auto& rule : known) out.push_back({rule, comment_last + 1, comment_last + 1, comment.begin, comment.end, false});
    } else if (directive == "np-disable") {
      for (const auto& rule : known) {
        open[rule] = out.size();
        out.push_back({rule, comment_last + 1, last_line, comment.begin, comment.end, false});
      }
    } else {
      const int line = note.source.position(comment.begin).line;
      for (const auto& rule : known) {
        if (const auto it = open.find(rule); it != open.end()) {
          out[it->second].last_line = line;
          open.erase(it);
        }
      }
    }
  }
  return out;
}

}  // namespace

void apply_suppressions(const Curriculum& curriculum, std::vector<Diagnostic>& diagnostics) {
  std::vector<Diagnostic> added;
  RuleReporter ctx(curriculum, added);
  std::map<std::string, std::vector<Suppression>> by_file;
  std::map<std::string, const Note*> notes;
  for (const auto& note : curriculum.notes) {
    if (note.body.comments.empty()) continue;
    auto parsed = parse(note, ctx);
    if (!parsed.empty()) {
      by_file[note.source.path()] = std::move(parsed);
      notes[note.source.path()] = &note;
    }
  }
  if (by_file.empty()) {
    for (auto& d : added) diagnostics.push_back(std::move(d));
    return;
  }
  std::vector<Diagnostic> kept;
  kept.reserve(diagnostics.size());
  for (auto& d : diagnostics) {
    bool suppressed = false;
    if (const auto it = by_file.find(d.file); it != by_file.end()) {
      for (auto& s : it->second) {
        if ((s.rule.empty() || s.rule == d.rule) && d.line >= s.first_line && d.line <= s.last_line) {
          s.used = true;
          suppressed = true;
        }
      }
    }
    if (!suppressed) kept.push_back(std::move(d));
  }
  for (const auto& [file, suppressions] : by_file) {
    for (const auto& s : suppressions) {
      if (s.used) continue;
      ctx.report(rules::suppression_unused, notes[file]->source, s.begin, s.end,
                 s.rule.empty() ? "suppression comment suppresses nothing" : "suppression of '" + s.rule + "' suppresses nothing",
                 "remove the comment");
    }
  }
  for (auto& d : added) kept.push_back(std::move(d));
  diagnostics = std::move(kept);
}

}  // namespace np
