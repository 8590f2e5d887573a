// A finding about the content, and the sink rules and loaders report into.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace np {

enum class Severity { off, warning, error };

std::string_view to_string(Severity severity);
// Parses "off", "warning"/"warn", "error"; false when the text is none of them.
bool parse_severity(std::string_view text, Severity& out);

struct Diagnostic {
  std::string file;  // relative to the curriculum root, '/'-separated (or as given for config files)
  int line = 0;      // 1-based; 0 when the finding is about the whole file
  int column = 0;    // 1-based, in code points
  int end_line = 0;
  int end_column = 0;
  Severity severity = Severity::error;
  std::string rule;
  std::string message;
  std::string hint;
};

// The order every reporter prints in: by file, position, rule, message. Deterministic whatever
// the number of threads that produced the diagnostics.
bool diagnostic_less(const Diagnostic& a, const Diagnostic& b);
void sort_diagnostics(std::vector<Diagnostic>& diagnostics);

}  // namespace np
