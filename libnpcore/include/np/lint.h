// The lint pipeline: load findings and rule checks into diagnostics, suppressions applied,
// restricted to the selected files, sorted.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "np/analysis.h"
#include "np/changes.h"
#include "np/curriculum.h"
#include "np/diagnostic.h"

namespace np {

struct LintResult {
  std::vector<Diagnostic> diagnostics;  // sorted
  std::size_t errors = 0, warnings = 0;
  std::size_t files_checked = 0;
};

// How lint loads a curriculum: without the note texts (LoadOptions::keep_text), checking the
// math of each note while it is loaded when a math-* rule is on.
LoadOptions lint_load_options(const Config& config, unsigned threads);

// The rules over the run's one Analysis (np/analysis.h: analyze(curriculum)), which stats, badges
// and exporters of the same run share. `selected`: curriculum-relative paths to report on; empty
// means every file.
LintResult run_lint(const Analysis& analysis, const std::vector<std::string>& selected = {});

// With `previous` (what the HEAD versions of changed files provided, np/changes.h), broken links
// and prerequisites in files outside `selected` that point at one of those are reported too.
LintResult run_lint(const Analysis& analysis, const std::vector<std::string>& selected, const ProvidedTargets& previous);

// np lint --staged: of the findings in the staged tree (`after`), those the staged change is
// responsible for: every finding in a file it adds or modifies (`changed`, root-relative), and
// findings elsewhere that the HEAD tree (`before`) did not have, such as a link to a deleted note
// or a formula that uses a removed macro. Positions in unchanged files are stable, so a finding
// is new when HEAD had none of its rule at its place. files_checked is the count of `changed`.
LintResult staged_findings(LintResult after, const LintResult& before, const std::set<std::string>& changed);

// staged_findings of the two trees linted, when both may have been loaded with the math of the
// `changed` notes only (LoadOptions::check_math_under = changed). The caller vouches that every other
// note, np.yaml and the schemas read the same in both trees (np lint --staged: the change adds,
// modifies, renames or deletes notes only, and neither tree has a symlink); then each other note's
// math findings are the same in both trees, and staged_findings would drop them all. `before`:
// HEAD's analysis, or null when there is none to compare with (then every note's math must be checked).
LintResult staged_findings(const Analysis& after, const Analysis* before, const std::set<std::string>& changed);

}  // namespace np
