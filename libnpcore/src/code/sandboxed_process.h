// Runs one program of a note's code (np test) in a fresh folder, in its own process group, with an
// environment np builds (nothing inherited), a time limit and, where the kernel allows it, no
// network (a new network namespace). Standard output and error are kept up to a bound.
#pragma once

#include <string>
#include <vector>

namespace np {

struct SandboxSpec {
  std::vector<std::string> argv;  // argv[0] is looked up on the environment's PATH
  std::vector<std::string> env;   // the whole environment, "NAME=value"
  std::string cwd;
  int timeout_ms = 60000;
  std::size_t max_output = 1 << 20;  // bytes kept of each of stdout and stderr
};

struct SandboxResult {
  bool started = false;
  bool timed_out = false;
  int exit_code = -1;  // -1 unless it exited normally
  int signal = 0;      // the signal that ended it, if one did
  std::string out, err;
  bool truncated = false;  // more output than max_output was discarded
};

SandboxResult run_sandboxed(const SandboxSpec& spec);

}  // namespace np
