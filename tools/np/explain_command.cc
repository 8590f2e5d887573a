// np explain RULE: a rule's documentation, from the same table as --list-rules and docs/rules.md.
#include <iostream>

#include "commands.h"
#include "np/did_you_mean.h"
#include "np/rule.h"
#include "np/rule_docs.h"

namespace np::cli {

void setup_explain(CLI::App& app, ExplainOptions& o) {
  app.add_option("rule", o.rule, "Rule id, e.g. frontmatter-schema");
  app.add_flag("--all", o.all, "Every rule's documentation as Markdown (docs/rules.md)");
}

namespace {

void print_indented(const std::string_view text) {
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto nl = text.find('\n', start);
    std::cout << "    " << text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start) << "\n";
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
}

}  // namespace

int run_explain(const ExplainOptions& o) {
  if (o.all) {
    std::cout << rules_markdown();
    return kExitClean;
  }
  if (o.rule.empty()) throw UsageError("explain needs a rule id (np lint --list-rules lists them) or --all");
  const Rule* rule = find_rule(o.rule);
  if (!rule) {
    std::vector<std::string> ids;  // sorted, as all_rules()
    for (const Rule* r : all_rules()) ids.emplace_back(r->id);
    // Prefix matches ("frontmatter-sch") count as close.
    const std::string best = closest_match(o.rule, ids, {.max_edits = 3, .prefix_is_one_edit = true});
    throw UsageError("unknown rule '" + o.rule + "'" + (best.empty() ? "; np lint --list-rules lists them" : "; " + did_you_mean(best)));
  }
  std::cout << rule->id << " (" << to_string(rule->default_severity) << ", " << to_string(rule->scope) << ")\n\n"
            << rule->summary << ".\n\n"
            << rule_origin(*rule) << "\n\n";
  std::cout << "What it does\n";
  print_indented(rule->description);
  std::cout << "\nExample\n";
  print_indented(rule->bad_example);
  std::cout << "\nUse instead\n";
  print_indented(rule->good_example);
  if (rule->scope == Scope::export_)
    std::cout << "\nReported by np export, not np lint: np.yaml cannot change its severity.\n";
  else
    std::cout << "\nConfigure in np.yaml:  lint: { rules: { " << rule->id << ": off | warning | error } }\n";
  return kExitClean;
}

}  // namespace np::cli
