// Rule documentation rendered from the rule table: docs/rules.md is this output (a test keeps
// them equal), so the docs, `np explain` and `np lint --list-rules` cannot drift apart.
#pragma once

#include <string>

#include "np/rule.h"

namespace np {

std::string rule_markdown(const Rule& rule);
// Where the rule's verdict comes from, one line: "Facts: the loader (`...`), `LoadProblem::binary`."
// or "Decided in: `libnpcore/src/lint/rules/link_rules.cc`." (np explain prints it too).
std::string rule_origin(const Rule& rule);
std::string rules_markdown();  // every rule, with a table of contents

}  // namespace np
