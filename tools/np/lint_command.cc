// np lint [PATHS...]: front matter, structure (and later links and math) of the curriculum.
#include <cstdlib>
#include <iostream>
#include <iterator>

#include "commands.h"
#include "common.h"
#include "np/changes.h"
#include "np/lint.h"
#include "np/reporter.h"
#include "np/rule.h"

namespace np::cli {

void setup_lint(CLI::App& app, LintOptions& o) {
  app.add_option("paths", o.paths, "Files to report on (as pre-commit passes them); everything is still resolved against the whole curriculum");
  app.add_option("--root", o.root, "Curriculum root, the folder with np.yaml (default: content/, or . when it holds np.yaml)");
  app.add_option("--format", o.format, "Output format")->check(CLI::IsMember({"text", "json", "sarif", "github"}));
  app.add_option("--color", o.color, "Colour in text output (auto: only on a terminal, never when NO_COLOR is set)")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_option("--max-warnings", o.max_warnings, "Exit 1 when there are more warnings than this (default: warnings never fail)");
  app.add_option("-j,--jobs", o.jobs, "Threads reading and checking files (default: all cores)");
  app.add_flag("--stdin", o.stdin_input, "Lint standard input as if it were the file --stdin-filename (for editors)");
  app.add_option("--stdin-filename", o.stdin_filename, "The path standard input stands for");
  app.add_flag("--list-rules", o.list_rules, "List every rule with its default severity and summary");
}

namespace {

int list_rules() {
  std::size_t width = 0;
  for (const Rule* r : all_rules()) width = std::max(width, r->id.size());
  for (const Rule* r : all_rules()) {
    std::string id(r->id);
    std::string severity(to_string(r->default_severity));
    std::cout << id << std::string(width + 2 - id.size(), ' ') << severity << std::string(9 - severity.size(), ' ') << r->summary << "\n";
  }
  return kExitClean;
}

// A path as the user gave it (relative to the current folder) as a path relative to the root, or
// nullopt when it is outside the curriculum (pre-commit passes every staged file).
std::optional<std::string> root_relative(const FileSystem& fs, const std::string& root, const std::string& path) {
  const std::string p = normalize_path(path);
  if (root == ".") return p.rfind("../", 0) == 0 || p[0] == '/' ? std::nullopt : std::optional(p);
  if (p.rfind(root + "/", 0) == 0) return p.substr(root.size() + 1);
  const auto root_abs = fs.canonical(root);
  const auto slash = p.rfind('/');
  const auto parent = fs.canonical(slash == std::string::npos ? "." : p.substr(0, slash));
  if (root_abs && parent) {
    const std::string full = *parent + "/" + (slash == std::string::npos ? p : p.substr(slash + 1));
    if (full.rfind(*root_abs + "/", 0) == 0) return full.substr(root_abs->size() + 1);
  }
  return std::nullopt;
}

bool color_enabled(const std::string& mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  return (no_color == nullptr || *no_color == '\0') && stdout_is_terminal();
}

}  // namespace

int run_lint(const LintOptions& o) {
  if (o.list_rules) return list_rules();
  if (o.stdin_input && o.stdin_filename.empty()) throw UsageError("--stdin needs --stdin-filename PATH");
  if (!o.stdin_input && !o.stdin_filename.empty()) throw UsageError("--stdin-filename goes with --stdin");
  const std::string root = resolve_root(o.root);
  RealFileSystem disk;

  std::vector<std::string> selected;
  std::unique_ptr<OverlayFileSystem> overlay;
  const FileSystem* fs = &disk;
  if (o.stdin_input) {
    const auto rel = root_relative(disk, root, o.stdin_filename);
    if (!rel) throw UsageError("--stdin-filename '" + o.stdin_filename + "' is not inside the curriculum root '" + root + "'");
    std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    overlay = std::make_unique<OverlayFileSystem>(disk, join_path(root, *rel), std::move(text));
    fs = overlay.get();
    selected.push_back(*rel);
  }
  for (const auto& path : o.paths) {
    if (!disk.exists(path)) throw UsageError("no such file: '" + path + "'");
    if (const auto rel = root_relative(disk, root, path)) selected.push_back(*rel);
  }
  const bool restricted = o.stdin_input || !o.paths.empty();
  if (restricted && selected.empty()) {
    // Every path was outside the curriculum: nothing to report, which is not an error.
    return kExitClean;
  }

  auto curriculum = load(*fs, root, o.jobs, Keep::lint);
  if (!curriculum) return kExitUsage;
  // Pre-commit precision: with PATHS, links elsewhere that the changes to PATHS broke (git's HEAD
  // versions say what the changed files provided; outside a git work tree this is off).
  ProvidedTargets previous;
  if (!o.paths.empty() && !o.stdin_input) previous = provided_by(previous_versions_from_git(root, selected));
  const LintResult result = run_lint(*curriculum, selected, previous);

  ReportFormat format = ReportFormat::text;
  parse_report_format(o.format, format);
  ReportOptions options;
  options.color = format == ReportFormat::text && color_enabled(o.color);
  options.path_prefix = display_prefix(root);
  options.files_checked = result.files_checked;
  ExcerptSources sources(*curriculum, *fs);
  std::cout << render_report(result.diagnostics, format, options, [&](const std::string& p) { return sources.find(p); });
  std::cout.flush();

  if (result.errors > 0) return kExitFindings;
  if (o.max_warnings >= 0 && result.warnings > static_cast<std::size_t>(o.max_warnings)) {
    std::cerr << "np: " << result.warnings << (result.warnings == 1 ? " warning" : " warnings") << ", more than --max-warnings " << o.max_warnings << "\n";
    return kExitFindings;
  }
  return kExitClean;
}

}  // namespace np::cli
