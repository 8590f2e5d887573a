// Rule documentation rendered from the rule table: docs/rules.md is this output (a test keeps
// them equal), so the docs, `np explain` and `np lint --list-rules` cannot drift apart.
#pragma once

#include <string>

#include "np/rule.h"

namespace np {

std::string rule_markdown(const Rule& rule);
std::string rules_markdown();  // every rule, with a table of contents

}  // namespace np
