// One analysis per run: what every later stage reads besides the curriculum itself, computed once
// by `analyze` and handed to the lint rules (RuleContext), the lint badge, and every exporter
// (ExportContext). Nobody resolves a link or checks a formula a second time in a run.
//
//   files ─load─▶ Curriculum ─analyze─▶ Analysis ─▶ rules, stats and badges, exporters
#pragma once

#include <cstddef>
#include <vector>

#include "np/curriculum.h"
#include "np/links.h"
#include "np/math/check.h"

namespace np {

struct Analysis {
  // The curriculum analysed: it must outlive the analysis (the link index refers to it).
  const Curriculum& curriculum;
  // Every link of every note resolved (np/links.h).
  LinkResolution links;
  // Every formula checked, sorted by note, then offset (np/math/check.h). A curriculum loaded for
  // lint (without its texts) was checked while it was loaded (LoadOptions::check_math): these are
  // the findings the loader kept, and no formula is parsed again. `np lint PATHS` checks only the
  // notes it reports on (LoadOptions::check_math_under; run_lint refuses to report on the others).
  //
  // The findings only, not the parse trees: the LaTeX exporter and the MathML writer parse each
  // formula they write once more. Measured on content/ (164 notes, 42,264 formulas, 424,228 nodes
  // of 176 bytes): keeping every tree raises the peak memory from 24 MB to 164 MB (np export epub
  // peaks at 123 MB today, and bench/'s 100,000 notes would need tens of gigabytes), while parsing
  // them all again costs about 0.4 s of one core, a part of an export that zip compression and
  // rendering dominate. The second parse is the cheaper of the two.
  std::vector<math::MathFinding> math;
};

// Resolves the links and checks the math of `curriculum` (with curriculum.threads), once.
Analysis analyze(const Curriculum& curriculum);

// How many times, in this process, links were resolved (resolve_links) and the math of a whole
// curriculum was checked (math::check_math): for tests that assert a run does each once.
struct AnalysisCounts {
  std::size_t link_resolutions = 0;
  std::size_t math_checks = 0;
};
AnalysisCounts analysis_counts();

}  // namespace np
