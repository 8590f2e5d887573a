// The np subcommands: each has an options struct, a setup_X(CLI::App&, XOptions&) that binds its
// flags, and a run_X(const XOptions&) that returns the exit code (0 clean, 1 findings, 2 usage or
// configuration error). Rendering only: the work is in libnpcore.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace np::cli {

constexpr int kExitClean = 0;
constexpr int kExitFindings = 1;
constexpr int kExitUsage = 2;

// Thrown by run_X for usage and configuration errors; main prints it and exits 2.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct LintOptions {
  std::vector<std::string> paths;
  std::string root;
  std::string format = "text";
  std::string color = "auto";
  int max_warnings = -1;
  unsigned jobs = 0;
  bool stdin_input = false;
  std::string stdin_filename;
  bool list_rules = false;
  bool staged = false;
};
void setup_lint(CLI::App& app, LintOptions& options);
int run_lint(const LintOptions& options);

struct ExplainOptions {
  std::string rule;
  bool all = false;
};
void setup_explain(CLI::App& app, ExplainOptions& options);
int run_explain(const ExplainOptions& options);

struct GraphOptions {
  std::string root;
  std::string format = "dot";
  std::string module;  // a module folder or number
  std::string focus;   // a note id
  unsigned jobs = 0;
};
void setup_graph(CLI::App& app, GraphOptions& options);
int run_graph(const GraphOptions& options);

struct StatsOptions {
  std::string root;
  std::string format = "text";
  std::string badges_dir;
  bool check = false;
  bool include_drafts = false;
  std::vector<std::string> statuses;
  unsigned jobs = 0;
};
void setup_stats(CLI::App& app, StatsOptions& options);
int run_stats(const StatsOptions& options);

struct ExportOptions {
  std::string format;
  std::string root;
  std::string out;
  std::string only;
  bool include_drafts = false;
  bool force = false;
  bool list = false;
  bool no_configured_commands = false;  // also NP_NO_CONFIGURED_COMMANDS=1
  unsigned timeout = 60;
  unsigned jobs = 0;
};
void setup_export(CLI::App& app, ExportOptions& options);
int run_export(const ExportOptions& options);

struct TestOptions {
  std::vector<std::string> paths;
  std::string root;
  std::string format = "text";
  std::string python = "python3";
  unsigned timeout = 60;
  unsigned jobs = 0;
};
void setup_test(CLI::App& app, TestOptions& options);
int run_test(const TestOptions& options);

struct ServeOptions {
  std::string root;
  int port = 8000;
  unsigned jobs = 0;
};
void setup_serve(CLI::App& app, ServeOptions& options);
int run_serve(const ServeOptions& options);

}  // namespace np::cli
