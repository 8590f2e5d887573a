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
  std::size_t files_checked = 0;
};

// Looks up a file's source (for the text reporter's source line and caret); may return nullptr.
using SourceLookup = std::function<const SourceFile*(const std::string& path)>;

std::string render_report(const std::vector<Diagnostic>& diagnostics, ReportFormat format, const ReportOptions& options,
                          const SourceLookup& lookup);

}  // namespace np
