// Reporters: diagnostics rendered as text (terminal), JSON, SARIF 2.1.0 or GitHub workflow commands.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "np/diagnostic.h"
#include "np/source.h"

namespace np {

enum class ReportFormat { text, json, sarif, github };
bool parse_report_format(std::string_view name, ReportFormat& out);

struct ReportOptions {
  bool color = false;
  std::string path_prefix;  // prepended to every file path (the root as the user wrote it)
  // When set, turns a root-relative path into the one shown (instead of path_prefix + path), e.g.
  // relative to the current folder when the root was found above it.
  std::function<std::string(const std::string&)> path_display;
  std::size_t files_checked = 0;
  // What the text summary calls the files checked ("file", "staged file"), and what it says after
  // their count (", 1 deleted").
  std::string noun = "file";
  std::string scope;

  std::string display(const std::string& path) const { return path_display ? path_display(path) : path_prefix + path; }
};

// Looks up a file's source (for the text reporter's source line and caret); may return nullptr.
using SourceLookup = std::function<const SourceFile*(const std::string& path)>;

std::string render_report(const std::vector<Diagnostic>& diagnostics, ReportFormat format, const ReportOptions& options,
                          const SourceLookup& lookup);

}  // namespace np
