// np lint [PATHS...] | --staged | --stdin: loads the curriculum without its texts (math checked while
// loading, of the notes reported on only), analyzes it once (np/analysis.h) and runs the rules over
// that Analysis: front matter, structure, links, math and the rest of docs/rules.md.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <future>
#include <iostream>
#include <iterator>
#include <set>

#include "commands.h"
#include "common.h"
#include "np/changes.h"
#include "np/git_tree.h"
#include "np/lint.h"
#include "np/reporter.h"
#include "np/rule.h"
#include "np/utf8.h"

namespace np::cli {

void setup_lint(CLI::App& app, LintOptions& o) {
  app.add_option("paths", o.paths,
                 "Notes, folders or curriculum files to report on (a folder: everything under it); everything is still resolved against "
                 "the whole curriculum");
  app.add_option(
      "--root", o.root,
      "Curriculum root, the folder with np.yaml (default: the nearest np.yaml above the paths or the current folder, else content/)");
  app.add_option("--format", o.format, "Output format")->check(CLI::IsMember({"text", "json", "sarif", "github"}));
  app.add_option("--color", o.color, "Colour in text output (auto: only on a terminal, never when NO_COLOR is set)")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_option("--max-warnings", o.max_warnings, "Exit 1 when there are more warnings than this (default: warnings never fail)");
  app.add_option("-j,--jobs", o.jobs, "Threads reading and checking files (default: all cores)");
  app.add_flag(
      "--staged", o.staged,
      "Lint what git stages (for pre-commit): every added or modified file, and whatever the staged changes (deletions, renames, np.yaml, "
      "schemas) break elsewhere");
  app.add_flag("--stdin", o.stdin_input, "Lint standard input as if it were the file --stdin-filename (for editors)");
  app.add_option("--stdin-filename", o.stdin_filename, "The path standard input stands for");
  app.add_flag("--list-rules", o.list_rules, "List every rule with its default severity, the severity np.yaml sets, and its summary");
}

namespace {

namespace stdfs = std::filesystem;

// Every rule, with the severity np.yaml configures beside the default when a curriculum is found.
int list_rules(const LintOptions& o) {
  RealFileSystem disk;
  const std::string root = resolve_root(o.root);
  std::vector<Diagnostic> ignored;
  const auto config = load_config(disk, root, ignored);
  std::size_t width = 4;
  for (const Rule* r : all_rules()) width = std::max(width, r->id.size());
  const auto pad = [](std::string s, std::size_t n) { return s + std::string(n > s.size() ? n - s.size() : 1, ' '); };
  std::cout << pad("RULE", width + 2) << pad("DEFAULT", 9) << pad(config ? "NP.YAML" : "", config ? 9 : 0) << "SUMMARY\n";
  for (const Rule* r : all_rules()) {
    std::string configured;
    if (config) {
      configured = std::string(to_string(configured_severity(config->config, *r)));
      if (!config->config.rule_severity.count(std::string(r->id))) configured = "-";
    }
    std::cout << pad(std::string(r->id), width + 2) << pad(std::string(to_string(r->default_severity)), 9)
              << (config ? pad(configured, 9) : "") << r->summary << "\n";
  }
  if (config) std::cerr << "np: severities set by " << config->config.path << " ('-': the default)\n";
  return kExitClean;
}

bool color_enabled(const std::string& mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  return (no_color == nullptr || *no_color == '\0') && stdout_is_terminal();
}

int report(const LintResult& result, const LintOptions& o, ReportOptions options, const Curriculum* curriculum, const FileSystem& fs) {
  ReportFormat format = ReportFormat::text;
  parse_report_format(o.format, format);
  options.color = format == ReportFormat::text && color_enabled(o.color);
  options.files_checked = result.files_checked;
  std::optional<ExcerptSources> sources;
  if (curriculum) sources.emplace(*curriculum, fs);
  std::cout << render_report(result.diagnostics, format, options,
                             [&](const std::string& p) { return sources ? sources->find(p) : nullptr; });
  std::cout.flush();

  if (result.errors > 0) return kExitFindings;
  if (o.max_warnings >= 0 && result.warnings > static_cast<std::size_t>(o.max_warnings)) {
    std::cerr << "np: " << result.warnings << (result.warnings == 1 ? " warning" : " warnings") << ", more than --max-warnings "
              << o.max_warnings << "\n";
    return kExitFindings;
  }
  return kExitClean;
}

// --staged: the index's tree against HEAD's, both read from git (not the work tree, which may hold
// unstaged edits). Findings in the files the index adds or changes, and new findings elsewhere.
int run_staged(const LintOptions& o) {
  const std::string root = resolve_root(o.root);
  std::string error;
  const auto tree = find_work_tree(root, error);
  if (!tree) throw UsageError("--staged: " + error);
  const auto changes = staged_changes(*tree, error);
  if (!changes) throw UsageError("--staged: " + error);
  std::error_code ec;
  const stdfs::path root_abs = stdfs::weakly_canonical(root, ec);
  const std::string root_in_tree = root_abs.lexically_relative(tree->top).generic_string();
  const auto under_root = [&](const std::string& path) -> std::optional<std::string> {
    if (root_in_tree == ".") return path;
    if (path.rfind(root_in_tree + "/", 0) == 0) return path.substr(root_in_tree.size() + 1);
    return std::nullopt;
  };
  std::set<std::string> changed;
  std::size_t deleted = 0;
  for (const auto& c : *changes) {
    const auto rel = under_root(c.path);
    if (!rel) continue;
    if (c.status == 'D')
      ++deleted;
    else
      changed.insert(*rel);  // a renamed file under its new name
  }

  ReportOptions options;
  options.path_display = path_display(root);
  options.noun = "staged file";
  if (deleted > 0) options.scope = ", " + std::to_string(deleted) + " deleted";
  if (changes->empty()) {
    std::cerr << "np: nothing is staged\n";
    RealFileSystem disk;
    return report(LintResult{}, o, options, nullptr, disk);
  }

  const auto index_fs = GitTreeFileSystem::open(*tree, GitTreeFileSystem::Tree::index, root, error);
  if (!index_fs) throw UsageError("--staged: " + error);
  std::string head_error;  // reported after the index's configuration, as before
  const auto head_fs =
      tree->has_head ? GitTreeFileSystem::open(*tree, GitTreeFileSystem::Tree::head, root, head_error) : std::optional<GitTreeFileSystem>{};
  // When the change adds, modifies, renames or deletes notes only, every other note reads the same
  // in both trees (unless a symlink points elsewhere), as do np.yaml and the schemas: its math
  // findings would be found in both and dropped, so only the changed notes' math is checked.
  const bool notes_only = head_fs && !changed.empty() && !index_fs->has_symlink() && !head_fs->has_symlink() &&
                          std::all_of(changes->begin(), changes->end(), [](const StagedChange& c) {
                            return c.path.ends_with(".md") && (c.old_path.empty() || c.old_path.ends_with(".md"));
                          });
  const std::vector<std::string> math_under =
      notes_only ? std::vector<std::string>(changed.begin(), changed.end()) : std::vector<std::string>{};
  auto after = load(*index_fs, root, o.jobs, Keep::lint, false, math_under);
  if (!after) return kExitUsage;
  if (tree->has_head && !head_fs) throw UsageError("--staged: " + head_error);
  if (notes_only) {
    // A HEAD whose np.yaml np cannot use had no findings to compare with: everything is new, the
    // math of every note too.
    if (const auto head = load(*head_fs, root, o.jobs, Keep::lint, true, math_under)) {
      const Analysis head_analysis = analyze(*head);
      return report(staged_findings(analyze(*after), &head_analysis, changed), o, options, &*after, *index_fs);
    }
    after = load(*index_fs, root, o.jobs, Keep::lint);
    if (!after) return kExitUsage;
    return report(staged_findings(analyze(*after), nullptr, changed), o, options, &*after, *index_fs);
  }
  LintResult before;
  // A HEAD whose np.yaml np cannot use had no findings to compare with: everything is new.
  if (head_fs)
    if (const auto head = load(*head_fs, root, o.jobs, Keep::lint, true)) before = run_lint(analyze(*head));
  const LintResult result = staged_findings(run_lint(analyze(*after)), before, changed);
  return report(result, o, options, &*after, *index_fs);
}

}  // namespace

int run_lint(const LintOptions& o) {
  if (o.list_rules) return list_rules(o);
  if (o.stdin_input && o.stdin_filename.empty()) throw UsageError("--stdin needs --stdin-filename PATH");
  if (!o.stdin_input && !o.stdin_filename.empty()) throw UsageError("--stdin-filename goes with --stdin");
  if (o.staged && (o.stdin_input || !o.paths.empty())) throw UsageError("--staged reads what git stages: it takes no PATHS and no --stdin");
  if (o.staged) return run_staged(o);

  std::vector<std::string> discovery = o.paths;
  if (o.stdin_input) discovery.push_back(o.stdin_filename);
  const std::string root = resolve_root(o.root, discovery);
  RealFileSystem disk;

  // Every path must exist and lie in the curriculum, before anything is loaded.
  const PathArguments given = check_paths(root, o.paths);
  const bool whole = (o.paths.empty() && !o.stdin_input) || given.whole;

  std::unique_ptr<OverlayFileSystem> overlay;
  const FileSystem* fs = &disk;
  std::string stdin_rel;
  if (o.stdin_input) {
    const auto rel = root_relative(root, o.stdin_filename);
    if (!rel || rel->empty())
      throw UsageError("--stdin-filename '" + o.stdin_filename + "' is not inside the curriculum root '" + root + "'");
    std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    overlay = std::make_unique<OverlayFileSystem>(disk, join_path(root, *rel), std::move(text));
    fs = overlay.get();
    stdin_rel = *rel;
  }

  // Pre-commit precision: with PATHS, links elsewhere that the changes to PATHS broke (git's HEAD
  // versions say what the changed files provided; outside a git work tree this is off). When every
  // PATH names a note (what pre-commit passes), git is asked while the curriculum loads.
  const bool precision = !o.paths.empty() && !o.stdin_input && !whole;
  std::vector<std::string> early;  // the notes PATHS name, if they name only notes
  if (precision) {
    for (const auto& [shown, rel] : given.given) {
      if (!rel.ends_with(".md") || utf8::escape_invalid(rel) != rel) {
        early.clear();
        break;
      }
      early.push_back(rel);
    }
  }
  std::future<std::vector<PreviousFile>> asked;
  if (!early.empty()) asked = std::async(std::launch::async, [&root, early] { return previous_versions_from_git(root, early); });

  // Only the notes reported on have their math checked: the findings of the others are dropped.
  std::vector<std::string> math_under;
  if (!whole) {
    for (const auto& [shown, rel] : given.given) {
      math_under.push_back(rel);
      math_under.push_back(utf8::escape_invalid(rel));  // how expand_paths knows a name that is not UTF-8
    }
    if (!stdin_rel.empty()) math_under.push_back(stdin_rel);
  }
  auto curriculum = load(*fs, root, o.jobs, Keep::lint, false, std::move(math_under));
  if (!curriculum) return kExitUsage;
  std::vector<std::string> selected;
  if (!whole) {
    selected = expand_paths(*curriculum, given, *fs);
    if (!stdin_rel.empty()) selected.push_back(stdin_rel);
  }
  ProvidedTargets previous;
  if (precision) {
    // The early answer counts only if PATHS named exactly the notes selected (a folder named x.md
    // names the notes in it): previous_versions_from_git asks git about the selected notes.
    std::set<std::string> notes;
    for (const auto& p : selected)
      if (p.ends_with(".md")) notes.insert(p);
    std::vector<PreviousFile> files;
    if (asked.valid()) files = asked.get();
    if (early.empty() || std::set<std::string>(early.begin(), early.end()) != notes) files = previous_versions_from_git(root, selected);
    previous = provided_by(files);
  }
  const LintResult result = run_lint(analyze(*curriculum), selected, previous);

  ReportOptions options;
  options.path_display = path_display(root);
  return report(result, o, options, &*curriculum, *fs);
}

}  // namespace np::cli
