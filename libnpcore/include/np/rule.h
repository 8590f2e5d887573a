// A lint rule: its id, default severity, scope, documentation, and the check that the engine calls.
// Rules never walk files themselves: the loader has already read and walked everything, and the
// engine calls each enabled rule over the curriculum model.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "np/curriculum.h"
#include "np/diagnostic.h"
#include "np/links.h"
#include "np/math/check.h"

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

// What a rule reports into. Positions are byte offsets into a file of the curriculum; the context
// turns them into lines and columns and applies the configured severity.
class RuleContext {
 public:
  RuleContext(const Curriculum& curriculum, std::vector<Diagnostic>& out) : curriculum_(curriculum), out_(out) {}
  void report(const Rule& rule, const SourceFile& file, std::size_t begin, std::size_t end, std::string message, std::string hint = "");
  void report_file(const Rule& rule, const std::string& file, std::string message, std::string hint = "");
  Severity severity(const Rule& rule) const;
  bool enabled(const Rule& rule) const { return severity(rule) != Severity::off; }
  // Every link of the curriculum resolved: computed on first use, then shared by all the rules
  // (and the engine) of this run, so that links are resolved once.
  const LinkResolution& links() const;
  // Every formula of the curriculum checked (np/math/check.h): computed on first use, then shared
  // by the math-* rules, so that each formula is parsed once.
  const std::vector<math::MathFinding>& math() const;

 private:
  const Curriculum& curriculum_;
  std::vector<Diagnostic>& out_;
  mutable std::unique_ptr<LinkResolution> links_;
  mutable std::unique_ptr<std::vector<math::MathFinding>> math_;
};

}  // namespace np
