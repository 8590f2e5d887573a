// suppression-*: the inline suppression comments. Parsed and applied by src/lint/suppressions.cc.
#include "lint/rules/rules.h"

namespace np::rules {

const Rule suppression_unknown_rule{
    "suppression-unknown-rule", Severity::error, Scope::body, "A suppression comment names a rule that does not exist",
    "<!-- np-disable-next-line RULE -->, <!-- np-disable RULE --> and <!-- np-enable RULE --> take rule ids (several "
    "separated by spaces or commas; none means every rule). A misspelt id would silently suppress nothing, so it is an error, "
    "with the closest id suggested.",
    "<!-- np-disable-next-line link-mising-anchor -->", "<!-- np-disable-next-line link-missing-anchor -->"};

const Rule suppression_unused{
    "suppression-unused", Severity::warning, Scope::body, "A suppression comment that suppresses nothing",
    "A suppression left behind after the problem was fixed hides the next real problem on that line. np reports every "
    "np-disable-next-line and np-disable comment (per rule it names) that matched no diagnostic.",
    "<!-- np-disable-next-line frontmatter-schema -->\nA line with no problem.", "A line with no problem."};

}  // namespace np::rules
