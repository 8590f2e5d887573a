#include "analysis/counts.h"
#include "np/analysis.h"

namespace np {

Analysis analyze(const Curriculum& curriculum) {
  return Analysis{curriculum, resolve_links(curriculum, curriculum.threads), math::check_math(curriculum, curriculum.threads)};
}

namespace detail {

std::atomic<std::size_t> link_resolutions{0};
std::atomic<std::size_t> math_checks{0};

}  // namespace detail

AnalysisCounts analysis_counts() { return AnalysisCounts{detail::link_resolutions.load(), detail::math_checks.load()}; }

}  // namespace np
