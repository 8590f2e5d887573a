// The lint pipeline: load findings and rule checks into diagnostics, suppressions applied,
// restricted to the selected files, sorted.
#pragma once

#include <string>
#include <vector>

#include "np/curriculum.h"
#include "np/diagnostic.h"

namespace np {

struct LintResult {
  std::vector<Diagnostic> diagnostics;  // sorted
  std::size_t errors = 0, warnings = 0;
  std::size_t files_checked = 0;
};

// `selected`: curriculum-relative paths to report on; empty means every file.
LintResult run_lint(const Curriculum& curriculum, const std::vector<std::string>& selected = {});

}  // namespace np
