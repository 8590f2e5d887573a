// A lint rule: its id, default severity, scope, documentation, and the check that the engine calls.
// Rules never walk files themselves: the loader has already read and walked everything, links and
// formulas are resolved and checked once (np/analysis.h), and the engine calls each enabled rule
// over the curriculum model with that Analysis in its RuleContext.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "np/analysis.h"
#include "np/curriculum.h"
#include "np/diagnostic.h"

namespace np {

enum class Scope {
  file,         // reading the file itself (encoding, size, symlinks)
  front_matter, // a note's YAML front matter, module.yaml, part.yaml
  body,         // a note's Markdown body
  curriculum,   // relations between files (ids, order, folders)
};
std::string_view to_string(Scope scope);

class RuleContext;

struct Rule {
  std::string_view id;  // kebab-case, grouped by prefix: file-, frontmatter-, metadata-, structure-, suppression-
  Severity default_severity;
  Scope scope;
  std::string_view summary;      // one line
  std::string_view description;  // what it does and why it matters
  std::string_view bad_example;
  std::string_view good_example;
  // The check, or nullptr for rules whose findings the loader produces (named in `description`).
  void (*check)(const Curriculum&, RuleContext&) = nullptr;
};

// The rule's severity in np.yaml (lint.rules), or its default.
Severity configured_severity(const Config& config, const Rule& rule);

// Every rule, sorted by id: the one explicit list (lint/registry.cc).
const std::vector<const Rule*>& all_rules();
const Rule* find_rule(std::string_view id);

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
