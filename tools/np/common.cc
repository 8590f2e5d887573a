#include "common.h"

#include <unistd.h>

#include <cstdio>
#include <iostream>

#include "commands.h"
#include "np/lint.h"
#include "np/reporter.h"

namespace np::cli {

std::string resolve_root(const std::string& requested) {
  if (!requested.empty()) return normalize_path(requested);
  RealFileSystem fs;
  if (!fs.exists("content/np.yaml") && fs.exists("np.yaml")) return ".";
  return "content";
}

std::string display_prefix(const std::string& root) { return root == "." ? "" : root + "/"; }

std::optional<Curriculum> load(const FileSystem& fs, const std::string& root, unsigned jobs, Keep keep) {
  std::vector<Diagnostic> errors;
  auto config = load_config(fs, root, errors);
  if (!config) {
    ReportOptions options;
    options.color = false;
    std::vector<SourceFile> sources;
    for (const auto& e : errors) {
      const ReadResult r = e.line > 0 ? fs.read(e.file, 4 << 20) : ReadResult{};
      if (r.ok) sources.emplace_back(e.file, r.text);
    }
    const auto lookup = [&](const std::string& path) -> const SourceFile* {
      for (const auto& s : sources)
        if (s.path() == path) return &s;
      return nullptr;
    };
    // Only the diagnostics themselves: drop each report's summary line.
    std::string out;
    for (const auto& e : errors) {
      std::string one = render_report({e}, ReportFormat::text, options, lookup);
      one = one.substr(0, one.rfind("\n\n") + 1);
      out += one;
    }
    std::cerr << out << "np: configuration error; nothing was checked\n";
    return std::nullopt;
  }
  LoadOptions options;
  options.threads = jobs;
  options.keep_text = keep == Keep::texts;
  if (keep == Keep::lint) options = lint_load_options(config->config, jobs);
  return load_curriculum(fs, root, std::move(*config), options);
}

bool stdout_is_terminal() { return isatty(fileno(stdout)) != 0; }

}  // namespace np::cli
