#include "changes/git.h"

#include "util/subprocess.h"

namespace np {

namespace {

// Optional locks off: np must never write the index (git status would refresh it). No prompt for
// credentials, no pager, and a configuration that cannot name programs to run.
const std::vector<std::string> kGitEnv = {"GIT_OPTIONAL_LOCKS=0", "GIT_TERMINAL_PROMPT=0", "GIT_PAGER=cat", "PAGER=cat",
                                          "GIT_CONFIG_NOSYSTEM=1"};
const std::vector<std::string> kSafeConfig = {"-c", "core.fsmonitor=false",      "-c", "core.hooksPath=/dev/null", "-c", "core.pager=cat",
                                              "-c", "core.untrackedCache=false", "-c", "protocol.allow=never"};
// Every diff np asks for also passes --no-ext-diff --no-textconv (diff drivers are programs).

}  // namespace

bool run_git(const std::string& dir, const std::vector<std::string>& args, const std::string& input, int timeout_ms, std::string& out) {
  std::vector<std::string> argv = {"git", "--no-pager"};
  argv.insert(argv.end(), kSafeConfig.begin(), kSafeConfig.end());
  argv.insert(argv.end(), {"-C", dir});
  argv.insert(argv.end(), args.begin(), args.end());
  CommandResult r = run_command(argv, input, timeout_ms, kGitEnv);
  if (!r.started || r.timed_out || r.exit_code != 0) return false;
  out = std::move(r.out);
  return true;
}

std::vector<std::string> split_nul(const std::string& out) {
  std::vector<std::string> fields;
  for (std::size_t i = 0; i < out.size();) {
    const auto nul = out.find('\0', i);
    fields.push_back(out.substr(i, (nul == std::string::npos ? out.size() : nul) - i));
    i = nul == std::string::npos ? out.size() : nul + 1;
  }
  return fields;
}

}  // namespace np
