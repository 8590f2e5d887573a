// The lint pipeline: load findings and rule checks into diagnostics, suppressions applied,
// restricted to the selected files, sorted.
#pragma once

#include <string>
#include <vector>

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

// `selected`: curriculum-relative paths to report on; empty means every file.
LintResult run_lint(const Curriculum& curriculum, const std::vector<std::string>& selected = {});

// With `previous` (what the HEAD versions of changed files provided, np/changes.h), broken links
// and prerequisites in files outside `selected` that point at one of those are reported too.
LintResult run_lint(const Curriculum& curriculum, const std::vector<std::string>& selected, const ProvidedTargets& previous);

}  // namespace np
