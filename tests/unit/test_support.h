// Shared by the tests: fixture trees copied into the in-memory file system, and golden files.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "np/curriculum.h"
#include "np/filesystem.h"
#include "np/lint.h"
#include "np/reporter.h"

namespace np::test {

// Held in statics: g++ 12 at -O2 sees through "literal" + "literal" concatenations and reports
// false array-bounds errors whose appearance depends on the length of the source path.
inline const std::string& source_dir_string() {
  static const std::string dir(NP_SOURCE_DIR);
  return dir;
}
inline std::string source_dir() { return source_dir_string(); }
inline std::string fixtures_dir() {
  static const std::string dir = [] {
    std::string d = source_dir_string();
    d.append("/tests/fixtures");
    return d;
  }();
  return dir;
}

// Every error of `instance` against schemas/<schema_file>, one per line; "" when valid
// (schema_support.cc).
std::string schema_errors(const nlohmann::json& instance, const std::string& schema_file);

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Copies every file under `dir` into `fs` under `prefix`. A file named X.unreadable becomes an
// unreadable file X (root cannot make a real file unreadable).
inline void add_tree(MemoryFileSystem& fs, const std::string& dir, const std::string& prefix) {
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    std::string rel = std::filesystem::relative(entry.path(), dir).string();
    const std::string suffix = ".unreadable";
    if (rel.size() > suffix.size() && rel.compare(rel.size() - suffix.size(), suffix.size(), suffix) == 0) {
      fs.add_unreadable(join_path(prefix, rel.substr(0, rel.size() - suffix.size())));
    } else {
      fs.add(join_path(prefix, rel), read_file(entry.path().string()));
    }
  }
}

inline Curriculum load_memory(const MemoryFileSystem& fs, const std::string& root = "root", unsigned threads = 1) {
  std::vector<Diagnostic> errors;
  auto config = load_config(fs, root, errors);
  EXPECT_TRUE(config.has_value()) << (errors.empty() ? "" : errors[0].message);
  if (!config) return {};
  LoadOptions options;
  options.threads = threads;
  return load_curriculum(fs, root, std::move(*config), options);
}

// A curriculum from disk (np.yaml and all), as the CLI loads it.
inline Curriculum load_real(const std::string& root, unsigned threads = 0) {
  RealFileSystem fs;
  std::vector<Diagnostic> errors;
  auto config = load_config(fs, root, errors);
  EXPECT_TRUE(config.has_value()) << (errors.empty() ? "" : errors[0].message);
  LoadOptions options;
  options.threads = threads;
  return load_curriculum(fs, root, std::move(*config), options);
}

inline std::string render_text(const Curriculum& c, const LintResult& r) {
  ReportOptions options;
  options.files_checked = r.files_checked;
  return render_report(r.diagnostics, ReportFormat::text, options, [&](const std::string& p) { return c.find_source(p); });
}

// As `np lint` loads: without the note texts, the math checked while loading (lint_load_options).
inline Curriculum load_memory_for_lint(const MemoryFileSystem& fs, const std::string& root = "root") {
  std::vector<Diagnostic> errors;
  auto config = load_config(fs, root, errors);
  EXPECT_TRUE(config.has_value()) << (errors.empty() ? "" : errors[0].message);
  if (!config) return {};
  const LoadOptions options = lint_load_options(config->config, 1);
  return load_curriculum(fs, root, std::move(*config), options);
}

// The text report of a curriculum loaded without its texts: quoted lines are read again from `fs`.
inline std::string render_text(const Curriculum& c, const FileSystem& fs, const LintResult& r) {
  ReportOptions options;
  options.files_checked = r.files_checked;
  ExcerptSources sources(c, fs);
  return render_report(r.diagnostics, ReportFormat::text, options, [&](const std::string& p) { return sources.find(p); });
}

// Compares with a golden file; NP_UPDATE_GOLDENS=1 rewrites it instead (review the diff).
inline void expect_golden(const std::string& path, const std::string& actual) {
  const char* update = std::getenv("NP_UPDATE_GOLDENS");
  if (update && std::string(update) == "1") {
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    std::ofstream(path, std::ios::binary) << actual;
    return;
  }
  ASSERT_TRUE(std::filesystem::exists(path)) << "missing golden " << path << " (run with NP_UPDATE_GOLDENS=1 and review it)";
  EXPECT_EQ(read_file(path), actual) << "golden: " << path;
}

}  // namespace np::test
