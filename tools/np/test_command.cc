// np test [PATHS...]: runs the notes' ```python blocks (libnpcore: np/code_test.h) and reports
// what failed at note lines, as np lint reports its findings.
#include <cstdlib>
#include <iostream>
#include <set>

#include "commands.h"
#include "common.h"
#include "np/code_test.h"
#include "np/reporter.h"

namespace np::cli {

void setup_test(CLI::App& app, TestOptions& o) {
  app.add_option("paths", o.paths, "Notes or folders whose code to run (default: every note)");
  app.add_option(
      "--root", o.root,
      "Curriculum root, the folder with np.yaml (default: the nearest np.yaml above the paths or the current folder, else content/)");
  app.add_option("--format", o.format, "Output format")->check(CLI::IsMember({"text", "json", "sarif", "github"}));
  app.add_option("--python", o.python, "The Python interpreter (default: python3 on PATH)");
  app.add_option("--timeout", o.timeout, "Seconds each block may run (default 60)")->check(CLI::Range(1u, 3600u));
  app.add_option("-j,--jobs", o.jobs, "Blocks run at once (default: all cores)");
}

int run_test(const TestOptions& o) {
  const std::string root = resolve_root(o.root, o.paths);
  RealFileSystem disk;
  const PathArguments given = check_paths(root, o.paths);
  const auto curriculum = load(disk, root, o.jobs, Keep::texts);
  if (!curriculum) return kExitUsage;

  CodeTestOptions options;
  options.python = o.python;
  options.timeout_seconds = o.timeout;
  options.threads = o.jobs;
  if (!o.paths.empty() && !given.whole) {
    const auto files = expand_paths(*curriculum, given, disk);
    const std::set<std::string> wanted(files.begin(), files.end());
    options.selected.assign(curriculum->notes.size(), false);
    for (std::size_t n = 0; n < curriculum->notes.size(); ++n) options.selected[n] = wanted.count(curriculum->notes[n].source.path()) > 0;
  }
  const CodeTestResult result = run_code_blocks(*curriculum, options);
  if (!result.interpreter_error.empty()) throw UsageError(result.interpreter_error + " (pass --python PATH)");

  ReportFormat format = ReportFormat::text;
  parse_report_format(o.format, format);
  ReportOptions report;
  report.path_display = path_display(root);
  report.files_checked = result.ran;
  report.noun = "python block";
  const std::size_t skipped = result.skipped_no_run + [&] {
    std::size_t n = 0;
    for (const auto& [var, count] : result.skipped_for) n += count;
    return n;
  }();
  if (skipped > 0) {
    report.scope = "; " + std::to_string(skipped) + " not run (";
    std::string why;
    if (result.skipped_no_run) why += std::to_string(result.skipped_no_run) + " no-run";
    for (const auto& [var, count] : result.skipped_for)
      why += (why.empty() ? "" : ", ") + std::to_string(count) + " need " + var + ", which is not set";
    report.scope += why + ")";
  }
  report.color = false;
  std::cout << render_report(result.diagnostics, format, report, [&](const std::string& p) { return curriculum->find_source(p); });
  std::cout.flush();
  std::size_t errors = 0;
  for (const auto& d : result.diagnostics) errors += d.severity == Severity::error ? 1 : 0;
  return errors > 0 ? kExitFindings : kExitClean;
}

}  // namespace np::cli
