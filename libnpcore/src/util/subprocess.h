// Runs a program (no shell) with some standard input, collecting its standard output, under a
// time limit: for the few places np asks another tool (git) for something.
#pragma once

#include <string>
#include <vector>

namespace np {

struct CommandResult {
  bool started = false;    // false: the program could not be run (not installed)
  bool timed_out = false;  // killed after the time limit
  int exit_code = -1;      // -1 unless it exited normally
  std::string out;         // standard output (standard error is discarded)
};

// argv[0] is looked up on PATH. `extra_env` entries ("NAME=value") are added to the environment.
CommandResult run_command(const std::vector<std::string>& argv, const std::string& input, int timeout_ms,
                          const std::vector<std::string>& extra_env = {});

}  // namespace np
