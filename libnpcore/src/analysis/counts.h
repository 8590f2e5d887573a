// The counters behind np::analysis_counts(): resolve_links and math::check_math each add one per
// call, so that a test can assert that a run resolves links and checks the math once. Counting is
// the only process-wide state they touch; it never changes what they compute.
#pragma once

#include <atomic>
#include <cstddef>

namespace np::detail {

extern std::atomic<std::size_t> link_resolutions;
extern std::atomic<std::size_t> math_checks;

}  // namespace np::detail
