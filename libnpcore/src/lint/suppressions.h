// Inline suppressions: <!-- np-disable-next-line RULE --> and <!-- np-disable RULE --> ...
// <!-- np-enable RULE -->, parsed from the HTML comments the Markdown walk found.
#pragma once

#include <string>
#include <vector>

#include "np/curriculum.h"
#include "np/diagnostic.h"

namespace np {

// Removes suppressed diagnostics and adds suppression-unknown-rule and suppression-unused ones.
void apply_suppressions(const Curriculum& curriculum, std::vector<Diagnostic>& diagnostics);

}  // namespace np
