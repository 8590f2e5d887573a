// np stats: the curriculum's figures as a table, JSON, Markdown or CSV; shields.io badges; and a
// check of the figures against np.yaml's `expect`.
#include <filesystem>
#include <iostream>

#include "commands.h"
#include "common.h"
#include "np/atomic_file.h"
#include "np/lint.h"
#include "np/stats.h"

namespace np::cli {

void setup_stats(CLI::App& app, StatsOptions& o) {
  app.add_option("--root", o.root, "Curriculum root, the folder with np.yaml (default: content/, or . when it holds np.yaml)");
  app.add_option("--format", o.format, "Output format: an aligned table, JSON (schemas/stats.schema.json), a Markdown table or CSV")
      ->check(CLI::IsMember({"text", "json", "markdown", "csv"}));
  app.add_option("--badges", o.badges_dir,
                 "Also write shields.io endpoint files (notes, modules, parts, words, reading time, lint) into DIR");
  app.add_flag("--check", o.check, "Exit 1 when the notes, modules or parts differ from np.yaml's expect: {notes, modules, parts}");
  app.add_flag("--include-drafts", o.include_drafts, "Count notes with status: draft (default: they are left out, and the output says so)");
  app.add_option(
         "--status", o.statuses,
         "Count only the notes with these statuses, e.g. --status published (draft, review, published; repeat or separate with commas)")
      ->delimiter(',')
      ->check(CLI::IsMember({"draft", "review", "published"}));
  app.add_option("-j,--jobs", o.jobs, "Threads reading files (default: all cores)");
}

namespace {

void write_badges(const std::string& dir, const Curriculum& curriculum, const Stats& stats) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) throw UsageError("--badges: cannot create the folder '" + dir + "': " + ec.message());
  // The lint badge needs the rules; only --badges pays for analysing and running them. The
  // curriculum was loaded as np lint loads it (math checked), so the badge is red exactly when np
  // lint exits 1.
  const LintResult lint = run_lint(analyze(curriculum));
  const auto badges = make_badges(stats, lint);
  for (const auto& badge : badges) {
    std::string error;
    if (!write_file_atomic(join_path(dir, badge.file_name), badge.json, error)) throw UsageError("--badges: " + error);
  }
  std::cerr << "np: wrote " << badges.size() << " badges to " << dir << "\n";
}

std::string expected_list(const Curriculum& curriculum) {
  std::string out;
  for (const char* figure : {"notes", "modules", "parts"}) {
    const auto it = curriculum.config.expect.find(figure);
    if (it != curriculum.config.expect.end()) out += (out.empty() ? "" : ", ") + std::to_string(it->second) + " " + figure;
  }
  return out;
}

}  // namespace

int run_stats(const StatsOptions& o) {
  const std::string root = resolve_root(o.root);
  RealFileSystem disk;
  if (!o.statuses.empty() && o.include_drafts)
    throw UsageError("--status names every status to count; drop --include-drafts (or add --status draft)");
  const auto curriculum = load(disk, root, o.jobs, o.badges_dir.empty() ? Keep::facts : Keep::lint);
  if (!curriculum) return kExitUsage;
  if (o.check && curriculum->config.expect.empty())
    throw UsageError("--check: " + display_prefix(root) +
                     "np.yaml declares no figures to check; add expect: {notes: N, modules: N, parts: N}");

  CountOptions options;
  options.include_drafts = o.include_drafts;
  options.statuses = o.statuses;
  const Stats stats = compute_stats(*curriculum, options);
  StatsFormat format = StatsFormat::text;
  parse_stats_format(o.format, format);
  std::cout << render_stats(*curriculum, stats, format);
  std::cout.flush();

  if (!o.badges_dir.empty()) write_badges(o.badges_dir, *curriculum, stats);
  if (!o.check) return kExitClean;
  const auto mismatches = check_expected(*curriculum, stats);
  for (const auto& m : mismatches) std::cerr << "np: " << m << "\n";
  if (!mismatches.empty()) {
    std::cerr << "np: the figures differ from " << display_prefix(root) << "np.yaml; update expect: when the change is intended\n";
    return kExitFindings;
  }
  std::cerr << "np: figures match np.yaml (" << expected_list(*curriculum) << ")\n";
  return kExitClean;
}

}  // namespace np::cli
