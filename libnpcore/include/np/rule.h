// A rule: its id, default severity, scope, documentation, what it decides and from which facts.
// Rules never walk files themselves: the loader has already read and walked everything, links and
// formulas are resolved and checked once (np/analysis.h), and the engine calls each enabled rule
// over the curriculum with that Analysis in its RuleContext. The loader and the math parser report
// facts (a LoadProblem, a math::IssueCode); each fact is claimed by exactly one rule (load_facts,
// math_facts), which words it under its id. Rules are defined with designated initializers.
#pragma once

#include <array>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "np/analysis.h"
#include "np/curriculum.h"
#include "np/diagnostic.h"

namespace np {

enum class Scope {
  file,          // reading the file itself (encoding, size, symlinks)
  front_matter,  // a note's YAML front matter, module.yaml, part.yaml
  body,          // a note's Markdown body
  curriculum,    // relations between files (ids, order, folders)
  export_,       // writing an export (np export): not a lint rule; np.yaml cannot change its severity
};
std::string_view to_string(Scope scope);

class RuleContext;

struct Rule {
  std::string_view id;  // kebab-case, grouped by prefix; the prefix names the file (link-* in lint/rules/link_rules.cc)
  Severity default_severity;
  Scope scope;
  std::string_view summary;      // one line
  std::string_view description;  // what it does and why it matters
  std::string_view bad_example;
  std::string_view good_example;
  // The check, or nullptr for rules that only word the facts they claim (load_facts: the engine
  // reports those) and for export diagnostics (Scope::export_: the exporters report them).
  void (*check)(const Curriculum&, RuleContext&) = nullptr;
  // The loader's findings this rule words (lint/engine.cc reports them under this rule).
  std::span<const LoadProblem> load_facts = {};
  // The math parser's issue codes this rule words (its check reports them: lint/rules/math_rules.cc).
  std::span<const math::IssueCode> math_facts = {};
  // The link resolver's problems this rule words (its check reports them: lint/rules/link_rules.cc).
  std::span<const LinkProblem> link_facts = {};
  // Where the decision lives when it is neither the check in this rule's own file nor a claimed
  // fact: the file that calls ctx.report (np test's code-* rules) or sets Diagnostic::rule (export-*).
  std::string_view decided_in = {};
};

// For Rule::load_facts and Rule::math_facts: `.load_facts = kLoadFacts<LoadProblem::binary>`.
template <LoadProblem... Problems>
inline constexpr std::array<LoadProblem, sizeof...(Problems)> kLoadFacts{Problems...};
template <math::IssueCode... Codes>
inline constexpr std::array<math::IssueCode, sizeof...(Codes)> kMathFacts{Codes...};
template <LinkProblem... Problems>
inline constexpr std::array<LinkProblem, sizeof...(Problems)> kLinkFacts{Problems...};

// The rule's severity in np.yaml (lint.rules), or its default. Export diagnostics (Scope::export_)
// always have their default: np.yaml's lint.rules may name them, and is ignored for them.
Severity configured_severity(const Config& config, const Rule& rule);

// Every rule, sorted by id: the one explicit list (lint/registry.cc).
const std::vector<const Rule*>& all_rules();
const Rule* find_rule(std::string_view id);
// The rule that claims a fact, from a table built from all_rules() (a test checks that every fact
// is claimed by exactly one rule).
const Rule& rule_for(LoadProblem problem);
const Rule& rule_for(math::IssueCode code);
const Rule& rule_for(LinkProblem problem);

// What rules, suppressions and np test report into. Positions are byte offsets into a file of the
// curriculum; the reporter turns them into lines and columns and applies the configured severity.
class RuleReporter {
 public:
  RuleReporter(const Curriculum& curriculum, std::vector<Diagnostic>& out) : curriculum_(curriculum), out_(out) {}
  void report(const Rule& rule, const SourceFile& file, std::size_t begin, std::size_t end, std::string message, std::string hint = "");
  void report_file(const Rule& rule, const std::string& file, std::string message, std::string hint = "");
  Severity severity(const Rule& rule) const;
  bool enabled(const Rule& rule) const { return severity(rule) != Severity::off; }

 private:
  const Curriculum& curriculum_;
  std::vector<Diagnostic>& out_;
};

// What a rule's check receives: the reporter, and the run's one Analysis (np/analysis.h), built
// before any rule runs, so that every rule reads the same resolved links and checked formulas.
class RuleContext : public RuleReporter {
 public:
  RuleContext(const Analysis& analysis, std::vector<Diagnostic>& out) : RuleReporter(analysis.curriculum, out), analysis_(analysis) {}
  const Analysis& analysis() const { return analysis_; }
  const LinkResolution& links() const { return analysis_.links; }
  const std::vector<math::MathFinding>& math() const { return analysis_.math; }

 private:
  const Analysis& analysis_;
};

}  // namespace np
