#include "np/rule.h"

namespace np {

std::string_view to_string(Scope scope) {
  switch (scope) {
    case Scope::file:
      return "file";
    case Scope::front_matter:
      return "front matter";
    case Scope::body:
      return "body";
    case Scope::curriculum:
      return "curriculum";
    case Scope::export_:
      return "export";
  }
  return "";
}

Severity configured_severity(const Config& config, const Rule& rule) {
  // Turning an export diagnostic off would let an export fail silently: np.yaml cannot.
  if (rule.scope == Scope::export_) return rule.default_severity;
  const auto it = config.rule_severity.find(std::string(rule.id));
  return it == config.rule_severity.end() ? rule.default_severity : it->second;
}

Severity RuleReporter::severity(const Rule& rule) const { return configured_severity(curriculum_.config, rule); }

void RuleReporter::report(const Rule& rule, const SourceFile& file, std::size_t begin, std::size_t end, std::string message,
                          std::string hint) {
  const Severity s = severity(rule);
  if (s == Severity::off) return;
  Diagnostic d;
  d.file = file.path();
  const Position b = file.position(begin);
  const Position e = file.position(std::max(end, begin));
  d.line = b.line;
  d.column = b.column;
  d.end_line = e.line;
  d.end_column = e.column;
  d.severity = s;
  d.rule = std::string(rule.id);
  d.message = std::move(message);
  d.hint = std::move(hint);
  out_.push_back(std::move(d));
}

void RuleReporter::report_file(const Rule& rule, const std::string& file, std::string message, std::string hint) {
  const Severity s = severity(rule);
  if (s == Severity::off) return;
  Diagnostic d;
  d.file = file;
  d.severity = s;
  d.rule = std::string(rule.id);
  d.message = std::move(message);
  d.hint = std::move(hint);
  out_.push_back(std::move(d));
}

}  // namespace np
