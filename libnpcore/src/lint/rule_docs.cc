#include "np/rule_docs.h"

namespace np {

namespace {

std::string code_block(std::string_view text) { return "```\n" + std::string(text) + "\n```\n"; }

// The file that defines a rule, from its id prefix: a maintainer goes from a message to the code.
std::string rule_file(std::string_view id) {
  const auto dash = id.find('-');
  const std::string prefix(id.substr(0, dash));
  if (prefix == "prerequisite") return "libnpcore/src/lint/rules/link_rules.cc";
  return "libnpcore/src/lint/rules/" + prefix + "_rules.cc";
}

}  // namespace

std::string rule_origin(const Rule& rule) {
  if (!rule.load_facts.empty()) {
    std::string facts, files;
    for (const LoadProblem p : rule.load_facts) {
      facts += (facts.empty() ? "`LoadProblem::" : ", `LoadProblem::") + std::string(to_string(p)) + "`";
      const std::string file = "`" + std::string(source_of(p)) + "`";
      if (files.find(file) == std::string::npos) files += (files.empty() ? "" : ", ") + file;
    }
    return "Facts: the loader (" + files + "), " + facts + ".";
  }
  if (!rule.math_facts.empty()) {
    std::string facts;
    for (const math::IssueCode c : rule.math_facts)
      facts += (facts.empty() ? "`IssueCode::" : ", `IssueCode::") + std::string(to_string(c)) + "`";
    return "Facts: the math parser (`libnpcore/src/math/`), " + facts + ".";
  }
  if (!rule.link_facts.empty()) {
    std::string facts;
    for (const LinkProblem p : rule.link_facts)
      facts += (facts.empty() ? "`LinkProblem::" : ", `LinkProblem::") + std::string(to_string(p)) + "`";
    return "Facts: the link resolver (`libnpcore/src/links/resolve_links.cc`), " + facts + "; worded in `" + rule_file(rule.id) + "`.";
  }
  return "Decided in: `" + (rule.decided_in.empty() ? rule_file(rule.id) : std::string(rule.decided_in)) + "`.";
}

std::string rule_markdown(const Rule& rule) {
  std::string out = "## " + std::string(rule.id) + "\n\n";
  out += std::string(rule.summary) + ".\n\n";
  out += "Default severity: **" + std::string(to_string(rule.default_severity)) + "**. Scope: " + std::string(to_string(rule.scope)) +
         ". Source: `" + rule_file(rule.id) + "`.\n" + rule_origin(rule) + "\n\n";
  out += "### What it does\n\n" + std::string(rule.description) + "\n\n";
  out += "### Example\n\n" + code_block(rule.bad_example) + "\n";
  out += "### Use instead\n\n" + code_block(rule.good_example) + "\n";
  return out;
}

std::string rules_markdown() {
  std::string out =
      "# np lint rules\n\n"
      "Generated from the rule table (`libnpcore/src/lint/registry.cc`); `np explain RULE` prints the same text and a test keeps "
      "this file up to date (`NP_UPDATE_GOLDENS=1` regenerates it). Configure severities in np.yaml:\n\n"
      "```yaml\nlint:\n  rules:\n    frontmatter-id-filename: error\n    structure-order-gap: off\n```\n\n"
      "Suppress one occurrence in a note with `<!-- np-disable-next-line RULE -->`, or a range with "
      "`<!-- np-disable RULE -->` ... `<!-- np-enable RULE -->`.\n\n"
      "| Rule | Severity | Summary |\n|---|---|---|\n";
  for (const Rule* r : all_rules())
    out += "| [" + std::string(r->id) + "](#" + std::string(r->id) + ") | " + std::string(to_string(r->default_severity)) + " | " +
           std::string(r->summary) + " |\n";
  out += "\n";
  for (const Rule* r : all_rules()) out += rule_markdown(*r);
  return out;
}

}  // namespace np
