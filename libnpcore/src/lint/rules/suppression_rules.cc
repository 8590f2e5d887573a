// suppression-*: the inline suppression comments. Parsed and applied by src/lint/suppressions.cc.
#include "lint/rules/rules.h"

namespace np::rules {

const Rule suppression_unknown_rule{
    .id = "suppression-unknown-rule",
    .default_severity = Severity::error,
    .scope = Scope::body,
    .summary = "A suppression comment names a rule that does not exist",
    .description =
        "<!-- np-disable-next-line RULE -->, <!-- np-disable RULE --> and <!-- np-enable RULE --> take rule ids (several "
        "separated by spaces or commas; none means every rule). A misspelt id would silently suppress nothing, so it is an error, "
        "with the closest id suggested.",
    .bad_example = "<!-- np-disable-next-line link-mising-anchor -->",
    .good_example = "<!-- np-disable-next-line link-missing-anchor -->",
    .decided_in = "libnpcore/src/lint/suppressions.cc",
};

const Rule suppression_unused{
    .id = "suppression-unused",
    .default_severity = Severity::warning,
    .scope = Scope::body,
    .summary = "A suppression comment that suppresses nothing",
    .description =
        "A suppression left behind after the problem was fixed hides the next real problem on that line. np reports every "
        "np-disable-next-line and np-disable comment (per rule it names) that matched no diagnostic.",
    .bad_example = "<!-- np-disable-next-line frontmatter-schema -->\nA line with no problem.",
    .good_example = "A line with no problem.",
    .decided_in = "libnpcore/src/lint/suppressions.cc",
};

}  // namespace np::rules
