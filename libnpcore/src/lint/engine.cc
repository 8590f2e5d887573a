#include <algorithm>
#include <set>
#include <stdexcept>

#include "changes/broken_by_change.h"
#include "lint/suppressions.h"
#include "np/lint.h"
#include "np/rule.h"

namespace np {

namespace {

// Load findings become diagnostics of the rule that claims their problem, under its configured
// severity.
void report_findings(const Curriculum& c, RuleContext& ctx) {
  if (c.findings.empty()) return;
  const auto sources = c.sources_by_path();
  for (const auto& f : c.findings) {
    const Rule& rule = rule_for(f.problem);
    const auto it = sources.find(f.file);
    if (f.whole_file || it == sources.end())
      ctx.report_file(rule, f.file, f.message, f.hint);
    else
      ctx.report(rule, *it->second, f.begin, f.end, f.message, f.hint);
  }
}

}  // namespace

LoadOptions lint_load_options(const Config& config, unsigned threads) {
  LoadOptions options;
  options.threads = threads;
  options.keep_text = false;
  for (const Rule* rule : all_rules())
    if (!rule->math_facts.empty() && configured_severity(config, *rule) != Severity::off) options.check_math = true;
  return options;
}

namespace {

// `math_only`: a note outside it may have been loaded without its math checked although it is
// reported on (staged_findings of two curricula); null: every note reported on must have it.
LintResult lint(const Analysis& analysis, const std::vector<std::string>& selected, const ProvidedTargets& previous,
                const std::set<std::string>* math_only) {
  const Curriculum& curriculum = analysis.curriculum;
  LintResult result;
  std::vector<Diagnostic> diagnostics;
  RuleContext ctx(analysis, diagnostics);
  // The math rules read Analysis::math: what the loader checked (LoadOptions::check_math), or the
  // kept texts parsed by analyze().
  // With neither, math would pass unchecked: a caller's bug (the lint badge once did this), never
  // a clean verdict. The same holds for a note reported on whose math the loader skipped
  // (LoadOptions::check_math_under did not take it).
  const std::set<std::string> keep(selected.begin(), selected.end());
  const bool math_on =
      std::any_of(all_rules().begin(), all_rules().end(), [&](const Rule* r) { return !r->math_facts.empty() && ctx.enabled(*r); });
  for (const Note& n : curriculum.notes) {
    if (!math_on || !n.readable || n.body.inline_formulas + n.body.display_formulas == 0) continue;
    if (!keep.empty() && !keep.count(n.source.path())) continue;    // not reported on
    if (math_only && !math_only->count(n.source.path())) continue;  // the same math in both trees (staged_findings)
    if (!curriculum.math_checked && !n.source.has_text())
      throw std::logic_error("run_lint: '" + n.source.path() +
                             "' was loaded without its text and without math checks; load with lint_load_options()");
    if (curriculum.math_checked && !n.math_checked)
      throw std::logic_error("run_lint: the math of '" + n.source.path() +
                             "' was not checked (LoadOptions::check_math_under) but it is reported on");
  }
  report_findings(curriculum, ctx);
  for (const Rule* rule : all_rules())
    if (rule->check && ctx.enabled(*rule)) rule->check(curriculum, ctx);
  apply_suppressions(curriculum, diagnostics);

  if (!selected.empty()) {
    if (previous.empty()) {
      std::erase_if(diagnostics, [&](const Diagnostic& d) { return !keep.count(d.file); });
    } else {
      const BrokenByChange broken(curriculum, analysis.links, previous, keep);
      std::erase_if(diagnostics, [&](Diagnostic& d) { return !keep.count(d.file) && !broken.keep(d); });
    }
    result.files_checked = keep.size();
  } else {
    result.files_checked = curriculum.notes.size() + curriculum.modules.size() + curriculum.parts.size();
  }
  sort_diagnostics(diagnostics);
  for (const auto& d : diagnostics) (d.severity == Severity::error ? result.errors : result.warnings)++;
  result.diagnostics = std::move(diagnostics);
  return result;
}

}  // namespace

LintResult run_lint(const Analysis& analysis, const std::vector<std::string>& selected) {
  return run_lint(analysis, selected, ProvidedTargets{});
}

LintResult run_lint(const Analysis& analysis, const std::vector<std::string>& selected, const ProvidedTargets& previous) {
  return lint(analysis, selected, previous, nullptr);
}

LintResult staged_findings(const Analysis& after, const Analysis* before, const std::set<std::string>& changed) {
  LintResult had;
  if (before) had = lint(*before, {}, {}, &changed);
  return staged_findings(lint(after, {}, {}, before ? &changed : nullptr), had, changed);
}

LintResult staged_findings(LintResult after, const LintResult& before, const std::set<std::string>& changed) {
  const auto key = [](const Diagnostic& d) {
    return d.file + "\n" + std::to_string(d.line) + ":" + std::to_string(d.column) + "\n" + d.rule;
  };
  std::set<std::string> had;
  for (const auto& d : before.diagnostics)
    if (!changed.count(d.file)) had.insert(key(d));
  LintResult result;
  for (auto& d : after.diagnostics) {
    if (!changed.count(d.file)) {
      if (had.count(key(d))) continue;
      d.message += " (broken by the staged changes)";
    }
    (d.severity == Severity::error ? result.errors : result.warnings)++;
    result.diagnostics.push_back(std::move(d));
  }
  result.files_checked = changed.size();
  return result;
}

}  // namespace np
