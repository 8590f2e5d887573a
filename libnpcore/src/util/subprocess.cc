#include "util/subprocess.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>

#include "util/fd.h"

extern char** environ;

namespace np {

namespace {

// Standard input is one end of a socket pair rather than a pipe, so that writing to a program
// that has already exited fails with EPIPE (MSG_NOSIGNAL) instead of killing np with SIGPIPE,
// without touching the process's signal dispositions.
bool spawn(const std::vector<std::string>& argv, const std::vector<std::string>& extra_env, int in_fd, int out_fd, pid_t& pid) {
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  std::vector<char*> env;
  // An extra entry replaces the inherited one of the same name (getenv finds the first).
  const auto overridden = [&](const char* entry) {
    for (const auto& x : extra_env) {
      const auto eq = x.find('=');
      if (eq != std::string::npos && std::strncmp(entry, x.c_str(), eq + 1) == 0) return true;
    }
    return false;
  };
  for (char** e = environ; e && *e; ++e)
    if (!overridden(*e)) env.push_back(*e);
  for (const auto& e : extra_env) env.push_back(const_cast<char*>(e.c_str()));
  env.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in_fd, 0);
  posix_spawn_file_actions_adddup2(&actions, out_fd, 1);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  const int rc = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), env.data());
  posix_spawn_file_actions_destroy(&actions);
  return rc == 0;
}

}  // namespace

CommandResult run_command(const std::vector<std::string>& argv, const std::string& input, int timeout_ms,
                          const std::vector<std::string>& extra_env) {
  CommandResult result;
  if (argv.empty()) return result;
  int sockets[2], pipe_fds[2];
  if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sockets) != 0) return result;
  Fd in_parent{sockets[0]}, in_child{sockets[1]};
  if (pipe2(pipe_fds, O_CLOEXEC) != 0) return result;
  Fd out_parent{pipe_fds[0]}, out_child{pipe_fds[1]};
  pid_t pid = -1;
  if (!spawn(argv, extra_env, in_child.fd, out_child.fd, pid)) return result;
  result.started = true;
  in_child.reset();
  out_child.reset();
  if (input.empty()) in_parent.reset();

  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  std::size_t written = 0;
  char buffer[65536];
  while (out_parent.fd >= 0) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count();
    if (left <= 0) {
      result.timed_out = true;
      kill(pid, SIGKILL);
      break;
    }
    pollfd fds[2] = {{out_parent.fd, POLLIN, 0}, {in_parent.fd, POLLOUT, 0}};
    if (poll(fds, in_parent.fd >= 0 ? 2 : 1, static_cast<int>(left)) < 0) continue;
    if (in_parent.fd >= 0 && (fds[1].revents & (POLLOUT | POLLERR | POLLHUP))) {
      const ssize_t n = send(in_parent.fd, input.data() + written, input.size() - written, MSG_NOSIGNAL | MSG_DONTWAIT);
      if (n > 0) written += static_cast<std::size_t>(n);
      if (n < 0 || written == input.size()) in_parent.reset();  // EOF for the program
    }
    if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
      const ssize_t n = read(out_parent.fd, buffer, sizeof buffer);
      if (n > 0)
        result.out.append(buffer, static_cast<std::size_t>(n));
      else
        out_parent.reset();
    }
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!result.timed_out && WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
  return result;
}

}  // namespace np
