// The one way np runs git: read-only commands, no shell, under a time limit, with everything a
// repository's configuration could make git run switched off (fsmonitor, hooks, pagers, external
// diff and textconv drivers), so that reading a stranger's repository never runs its code.
#pragma once

#include <string>
#include <vector>

namespace np {

// Runs `git -C dir ARGS` with `input` on standard input; true and `out` set when git exited 0.
bool run_git(const std::string& dir, const std::vector<std::string>& args, const std::string& input, int timeout_ms, std::string& out);

// Splits git's -z output ("a\0b\0") into its fields.
std::vector<std::string> split_nul(const std::string& out);

}  // namespace np
