// np explain RULE: a rule's documentation, from the same table as --list-rules and docs/rules.md.
#include <iostream>

#include "commands.h"
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
    std::vector<std::string> ids;
    for (const Rule* r : all_rules()) ids.emplace_back(r->id);
    std::string best;
    std::size_t best_distance = 4;
    for (const auto& id : ids) {
      // Prefix matches ("frontmatter-sch") count as close.
      const std::size_t d = id.rfind(o.rule, 0) == 0 ? 1 : [&] {
        std::vector<std::size_t> row(id.size() + 1);
        for (std::size_t j = 0; j <= id.size(); ++j) row[j] = j;
        for (std::size_t i = 1; i <= o.rule.size(); ++i) {
          std::size_t diag = row[0];
          row[0] = i;
          for (std::size_t j = 1; j <= id.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (o.rule[i - 1] == id[j - 1] ? 0 : 1)});
            diag = up;
          }
        }
        return row[id.size()];
      }();
      if (d < best_distance) best_distance = d, best = id;
    }
    throw UsageError("unknown rule '" + o.rule + "'" + (best.empty() ? "; np lint --list-rules lists them" : "; did you mean '" + best + "'?"));
  }
  std::cout << rule->id << " (" << to_string(rule->default_severity) << ", " << to_string(rule->scope) << ")\n\n"
            << rule->summary << ".\n\n";
  std::cout << "What it does\n";
  print_indented(rule->description);
  std::cout << "\nExample\n";
  print_indented(rule->bad_example);
  std::cout << "\nUse instead\n";
  print_indented(rule->good_example);
  std::cout << "\nConfigure in np.yaml:  lint: { rules: { " << rule->id << ": off | warning | error } }\n";
  return kExitClean;
}

}  // namespace np::cli
