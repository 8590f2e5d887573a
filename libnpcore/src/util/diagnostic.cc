#include "np/diagnostic.h"

#include <algorithm>
#include <tuple>

namespace np {

std::string_view to_string(Severity severity) {
  switch (severity) {
    case Severity::off:
      return "off";
    case Severity::warning:
      return "warning";
    case Severity::error:
      return "error";
  }
  return "error";
}

bool parse_severity(std::string_view text, Severity& out) {
  if (text == "off")
    out = Severity::off;
  else if (text == "warning" || text == "warn")
    out = Severity::warning;
  else if (text == "error")
    out = Severity::error;
  else
    return false;
  return true;
}

bool diagnostic_less(const Diagnostic& a, const Diagnostic& b) {
  return std::tie(a.file, a.line, a.column, a.rule, a.message, a.end_line, a.end_column) <
         std::tie(b.file, b.line, b.column, b.rule, b.message, b.end_line, b.end_column);
}

void sort_diagnostics(std::vector<Diagnostic>& diagnostics) { std::stable_sort(diagnostics.begin(), diagnostics.end(), diagnostic_less); }

}  // namespace np
