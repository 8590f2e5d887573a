#include "common.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <set>

#include "commands.h"
#include "np/lint.h"
#include "np/reporter.h"
#include "np/utf8.h"

namespace np::cli {

namespace {

namespace stdfs = std::filesystem;

// The nearest folder at or above `dir` that holds np.yaml.
std::optional<stdfs::path> find_np_yaml_above(stdfs::path dir) {
  std::error_code ec;
  for (int depth = 0; depth < 256; ++depth) {
    if (stdfs::is_regular_file(dir / "np.yaml", ec)) return dir;
    if (!dir.has_parent_path() || dir.parent_path() == dir) break;
    dir = dir.parent_path();
  }
  return std::nullopt;
}

std::string relative_to_cwd(const stdfs::path& dir, const stdfs::path& cwd) {
  const std::string rel = dir.lexically_relative(cwd).string();
  return rel.empty() || rel == "." ? "." : rel;
}

}  // namespace

std::string resolve_root(const std::string& requested, const std::vector<std::string>& paths) {
  std::error_code ec;
  if (!requested.empty()) {
    if (!stdfs::is_directory(requested, ec)) throw UsageError("--root '" + requested + "': no such folder");
    return normalize_path(requested);
  }
  const stdfs::path cwd = stdfs::current_path(ec);
  if (ec) return "content";
  std::optional<stdfs::path> found;
  std::string found_for;
  for (const auto& p : paths) {
    const stdfs::path full = stdfs::weakly_canonical(cwd / p, ec);
    if (ec) continue;
    const auto root = find_np_yaml_above(stdfs::is_directory(full, ec) ? full : full.parent_path());
    if (!root) continue;  // reported by the caller as outside any curriculum
    if (found && *found != *root)
      throw UsageError("'" + p + "' belongs to the curriculum in '" + relative_to_cwd(*root, cwd) + "', but '" + found_for +
                       "' to the one in '" + relative_to_cwd(*found, cwd) + "'; lint one curriculum at a time, or pass --root");
    found = root;
    found_for = p;
  }
  if (!found) found = find_np_yaml_above(cwd);
  if (found) return relative_to_cwd(*found, cwd);
  return "content";  // the fallback; without content/np.yaml, loading says there is no curriculum here
}

std::function<std::string(const std::string&)> path_display(const std::string& root) {
  std::error_code ec;
  const stdfs::path cwd = stdfs::current_path(ec);
  if (ec || root.empty() || root[0] == '/') {
    const std::string prefix = display_prefix(root);
    return [prefix](const std::string& path) { return prefix + path; };
  }
  const stdfs::path base = (cwd / root).lexically_normal();
  return [base, cwd](const std::string& path) {
    const std::string shown = (base / path).lexically_normal().lexically_relative(cwd).string();
    return shown.empty() ? path : shown;
  };
}

// A path as the user gave it (relative to the current folder) as a path relative to the root: ""
// for the root itself, nullopt when it is outside. Symlinks are resolved in the folders above the
// last component only: the loader names a symlinked note by its link.
std::optional<std::string> root_relative(const std::string& root, const std::string& path) {
  std::error_code ec;
  const stdfs::path root_abs = stdfs::canonical(root, ec);
  if (ec) return std::nullopt;
  stdfs::path p = stdfs::absolute(path, ec).lexically_normal();
  if (ec) return std::nullopt;
  if (p.has_filename() && p.filename() != "..")
    p = stdfs::weakly_canonical(p.parent_path(), ec) / p.filename();
  else
    p = stdfs::weakly_canonical(p, ec);
  if (ec) return std::nullopt;
  std::string rel = p.lexically_relative(root_abs).generic_string();
  while (!rel.empty() && rel.back() == '/') rel.pop_back();
  if (rel == ".") return std::string();
  if (rel.empty() || rel == ".." || rel.rfind("../", 0) == 0) return std::nullopt;
  return rel;
}

// What PATHS name, as root-relative files of the curriculum: a file itself, a folder everything
// under it. A path that names nothing np checks is a usage error, never a silent pass.
std::vector<std::string> expand_paths(const Curriculum& c, const PathArguments& arguments, const FileSystem& fs) {
  std::set<std::string> known = {"np.yaml"};
  for (const auto& [path, source] : c.sources_by_path()) known.insert(std::string(path));
  for (const auto& f : c.findings) known.insert(f.file);
  std::set<std::string> selected;
  for (const auto& [given_shown, given_rel] : arguments.given) {
    // A name that is not UTF-8 is known by its escaped form (the loader reports it so, and leaves
    // the file out).
    const std::string shown = utf8::escape_invalid(given_shown), rel = utf8::escape_invalid(given_rel);
    if (known.count(rel)) {
      selected.insert(rel);
      continue;
    }
    const auto entries = fs.list(join_path(c.root, given_rel));
    if (!entries) {
      throw UsageError("'" + shown +
                       "' is not a note, module.yaml, part.yaml or np.yaml (np lint checks those; the files notes link to are checked "
                       "through their links)");
    }
    std::size_t added = 0;
    for (auto it = known.lower_bound(rel + "/"); it != known.end() && it->rfind(rel + "/", 0) == 0; ++it, ++added) selected.insert(*it);
    if (added == 0) throw UsageError("'" + shown + "' holds no notes or curriculum files: nothing to check");
  }
  return {selected.begin(), selected.end()};
}

PathArguments check_paths(const std::string& root, const std::vector<std::string>& paths) {
  PathArguments out;
  std::error_code ec;
  for (const auto& path : paths) {
    if (!stdfs::exists(stdfs::symlink_status(path, ec))) throw UsageError("no such file or folder: '" + utf8::escape_invalid(path) + "'");
    const auto rel = root_relative(root, path);
    if (!rel)
      throw UsageError("'" + utf8::escape_invalid(path) + "' is outside the curriculum root '" + root +
                       "'; pass --root to use another curriculum");
    if (rel->empty())
      out.whole = true;
    else
      out.given.emplace_back(path, *rel);
  }
  return out;
}

std::string display_prefix(const std::string& root) { return root == "." ? "" : root + "/"; }

std::optional<Curriculum> load(const FileSystem& fs, const std::string& root, unsigned jobs, Keep keep, bool quiet,
                               std::vector<std::string> math_under) {
  std::vector<Diagnostic> errors;
  auto config = load_config(fs, root, errors);
  if (!config && quiet) return std::nullopt;
  if (!config) {
    ReportOptions options;
    options.color = false;
    std::vector<SourceFile> sources;
    for (const auto& e : errors) {
      // Quoted only if it lies in its own folder, as load_config read it (never a file outside).
      const auto folder = fs.canonical(
          std::filesystem::path(e.file).parent_path().string().empty() ? "." : std::filesystem::path(e.file).parent_path().string());
      const ReadResult r = e.line > 0 && folder ? fs.read_within(*folder, e.file, 4 << 20) : ReadResult{};
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
  if (!quiet)
    for (const auto& notice : config->notices) std::cerr << "np: note: " << notice << "\n";
  LoadOptions options;
  options.threads = jobs;
  options.keep_text = keep == Keep::texts;
  if (keep == Keep::lint) {
    options = lint_load_options(config->config, jobs);
    options.check_math_under = std::move(math_under);
  }
  return load_curriculum(fs, root, std::move(*config), options);
}

bool stdout_is_terminal() { return isatty(fileno(stdout)) != 0; }

}  // namespace np::cli
