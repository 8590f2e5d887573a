#include "common.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <iostream>

#include "commands.h"
#include "np/lint.h"
#include "np/reporter.h"

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
      throw UsageError("'" + p + "' belongs to the curriculum in '" + relative_to_cwd(*root, cwd) + "', but '" + found_for + "' to the one in '" +
                       relative_to_cwd(*found, cwd) + "'; lint one curriculum at a time, or pass --root");
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

std::string display_prefix(const std::string& root) { return root == "." ? "" : root + "/"; }

std::optional<Curriculum> load(const FileSystem& fs, const std::string& root, unsigned jobs, Keep keep, bool quiet) {
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
  if (keep == Keep::lint) options = lint_load_options(config->config, jobs);
  return load_curriculum(fs, root, std::move(*config), options);
}

bool stdout_is_terminal() { return isatty(fileno(stdout)) != 0; }

}  // namespace np::cli
