// External exporters (docs/export-protocol.md): `np-export-NAME` on PATH or np.yaml
// export.NAME.command, described with --describe, fed the export context as JSON on standard
// input, run in the destination folder under a timeout.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "np/exporter.h"

namespace np {

constexpr int kPluginProtocol = 1;

struct PluginCommand {
  std::string name;
  std::vector<std::string> argv;  // program and arguments
  std::string origin;             // "np.yaml export.NAME.command" or the path found on PATH
  bool configured = false;        // from np.yaml: a program the curriculum names (docs/security.md)
};

// The command for exporter NAME, or nullopt when neither np.yaml nor PATH has one.
std::optional<PluginCommand> find_plugin(const Curriculum& curriculum, const std::string& name);
// Names of the np-export-* programs on PATH, sorted, without duplicates.
std::vector<std::string> discover_plugins();

struct ProcessResult {
  bool started = false;
  int exit_code = -1;  // -1 when killed by a signal or not started
  bool timed_out = false;
  std::string out, err;                                      // the first MiB of each
  std::size_t out_dropped_lines = 0, err_dropped_lines = 0;  // newlines in what was not kept
  std::string error;                                         // why it could not start
};
// Runs argv in `cwd` (empty: the current folder) with `input` on standard input, in a process
// group of its own that is killed when the program exits (what it left running would hold the
// pipes and outlive np) or after `timeout_seconds`. Never blocks on a child that does not read;
// keeps the first MiB of standard output and of standard error.
ProcessResult run_process(const std::vector<std::string>& argv, const std::string& cwd, const std::string& input, unsigned timeout_seconds);

struct PluginDescription {
  int protocol = 0;
  std::string name, version, description;
};
std::optional<PluginDescription> describe_plugin(const PluginCommand& command, std::string& error);

// The whole exchange; diagnostics for the plugin's JSON stderr lines and for failures. A failing
// plugin is the run's problem (ExportOutcome::failed), whatever lines its diagnostics name.
ExportOutcome run_plugin_export(const PluginCommand& command, const ExportContext& context, std::vector<Diagnostic>& diagnostics);

}  // namespace np
