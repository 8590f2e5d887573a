#include "code/sandboxed_process.h"

#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>

#include "util/fd.h"

namespace np {

namespace {

// The program's path on the environment's PATH (execve does not search), or argv0 as given.
std::string find_program(const std::string& argv0, const std::vector<std::string>& env) {
  if (argv0.find('/') != std::string::npos) return argv0;
  std::string path = "/usr/local/bin:/usr/bin:/bin";
  for (const auto& e : env)
    if (e.rfind("PATH=", 0) == 0) path = e.substr(5);
  for (std::size_t at = 0; at <= path.size();) {
    const auto colon = path.find(':', at);
    const std::string dir = path.substr(at, colon == std::string::npos ? std::string::npos : colon - at);
    const std::string candidate = (dir.empty() ? "." : dir) + "/" + argv0;
    if (access(candidate.c_str(), X_OK) == 0) return candidate;
    if (colon == std::string::npos) break;
    at = colon + 1;
  }
  return argv0;
}

}  // namespace

SandboxResult run_sandboxed(const SandboxSpec& spec) {
  SandboxResult result;
  if (spec.argv.empty()) return result;
  // Everything the child needs is built before fork: after it, only async-signal-safe calls.
  const std::string program = find_program(spec.argv[0], spec.env);
  std::vector<char*> argv, envp;
  for (const auto& a : spec.argv) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  for (const auto& e : spec.env) envp.push_back(const_cast<char*>(e.c_str()));
  envp.push_back(nullptr);

  int out_pipe[2], err_pipe[2], exec_pipe[2];
  if (pipe2(out_pipe, O_CLOEXEC) != 0) return result;
  Fd out_read{out_pipe[0]}, out_write{out_pipe[1]};
  if (pipe2(err_pipe, O_CLOEXEC) != 0) return result;
  Fd err_read{err_pipe[0]}, err_write{err_pipe[1]};
  // Closed by a successful exec; carries errno when exec (or chdir) fails.
  if (pipe2(exec_pipe, O_CLOEXEC) != 0) return result;
  Fd exec_read{exec_pipe[0]}, exec_write{exec_pipe[1]};

  const pid_t pid = fork();
  if (pid < 0) return result;
  if (pid == 0) {
    setpgid(0, 0);
    // No network: a network namespace of its own has only a loopback device, and it is down.
    // As root this needs nothing more; otherwise an unprivileged user namespace. Where the kernel
    // allows neither, the caller's in-process guard is all there is.
    if (unshare(CLONE_NEWNET) != 0) unshare(CLONE_NEWUSER | CLONE_NEWNET);
    const int devnull = open("/dev/null", O_RDONLY);
    if (devnull >= 0) dup2(devnull, 0);
    dup2(out_pipe[1], 1);
    dup2(err_pipe[1], 2);
    int error = 0;
    if (chdir(spec.cwd.c_str()) != 0)
      error = errno;
    else {
      execve(program.c_str(), argv.data(), envp.data());
      error = errno;
    }
    (void)!write(exec_pipe[1], &error, sizeof error);
    _exit(127);
  }
  out_write.reset();
  err_write.reset();
  exec_write.reset();
  int exec_error = 0;
  ssize_t got;
  while ((got = read(exec_read.fd, &exec_error, sizeof exec_error)) < 0 && errno == EINTR) {
  }
  if (got == static_cast<ssize_t>(sizeof exec_error)) {
    while (waitpid(pid, nullptr, 0) < 0 && errno == EINTR) {
    }
    result.err = std::string("cannot run '") + spec.argv[0] + "': " + std::strerror(exec_error);
    return result;
  }
  result.started = true;

  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(spec.timeout_ms);
  char buffer[65536];
  while (out_read.fd >= 0 || err_read.fd >= 0) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count();
    if (left <= 0) {
      result.timed_out = true;
      break;
    }
    pollfd fds[2] = {{out_read.fd, POLLIN, 0}, {err_read.fd, POLLIN, 0}};
    if (poll(fds, 2, static_cast<int>(left)) < 0) continue;
    Fd* streams[2] = {&out_read, &err_read};
    std::string* sinks[2] = {&result.out, &result.err};
    for (int i = 0; i < 2; ++i) {
      if (streams[i]->fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      const ssize_t n = read(streams[i]->fd, buffer, sizeof buffer);
      if (n <= 0) {
        streams[i]->reset();
        continue;
      }
      const std::size_t room = spec.max_output > sinks[i]->size() ? spec.max_output - sinks[i]->size() : 0;
      if (static_cast<std::size_t>(n) > room) result.truncated = true;
      sinks[i]->append(buffer, std::min(room, static_cast<std::size_t>(n)));
    }
  }
  // The whole group: a block that started children leaves none behind.
  kill(-pid, SIGKILL);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!result.timed_out && WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
  if (!result.timed_out && WIFSIGNALED(status)) result.signal = WTERMSIG(status);
  return result;
}

}  // namespace np
