#include "np/plugin.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <set>
#include <sstream>

namespace np {

std::optional<PluginCommand> find_plugin(const Curriculum& c, const std::string& name) {
  const nlohmann::json& raw = c.config.raw;
  if (raw.contains("export") && raw["export"].is_object() && raw["export"].contains(name) && raw["export"][name].is_object() &&
      raw["export"][name].contains("command") && raw["export"][name]["command"].is_array() && !raw["export"][name]["command"].empty()) {
    PluginCommand command{name, {}, "np.yaml export." + name + ".command"};
    for (const auto& arg : raw["export"][name]["command"])
      if (arg.is_string()) command.argv.push_back(arg.get<std::string>());
    // A relative program path is relative to the curriculum root, where np.yaml is.
    if (!command.argv.empty() && command.argv[0].find('/') != std::string::npos && command.argv[0][0] != '/')
      command.argv[0] = std::filesystem::absolute(join_path(c.root, command.argv[0])).string();
    if (!command.argv.empty()) return command;
  }
  const char* path = std::getenv("PATH");
  std::stringstream dirs(path ? path : "");
  for (std::string dir; std::getline(dirs, dir, ':');) {
    if (dir.empty()) continue;
    const std::string candidate = dir + "/np-export-" + name;
    if (::access(candidate.c_str(), X_OK) == 0) return PluginCommand{name, {candidate}, candidate};
  }
  return std::nullopt;
}

std::vector<std::string> discover_plugins() {
  std::set<std::string> names;
  const char* path = std::getenv("PATH");
  std::stringstream dirs(path ? path : "");
  for (std::string dir; std::getline(dirs, dir, ':');) {
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(dir.empty() ? "." : dir, ec)) {
      const std::string file = e.path().filename().string();
      if (file.rfind("np-export-", 0) == 0 && file.size() > 10 && ::access(e.path().c_str(), X_OK) == 0) names.insert(file.substr(10));
    }
  }
  return {names.begin(), names.end()};
}

ProcessResult run_process(const std::vector<std::string>& argv, const std::string& cwd, const std::string& input, unsigned timeout_seconds) {
  ProcessResult result;
  if (argv.empty()) {
    result.error = "no command";
    return result;
  }
  // Writing to a child that exited must fail with EPIPE, not kill np.
  ::signal(SIGPIPE, SIG_IGN);
  int in[2], out[2], err[2], status_pipe[2];
  if (::pipe2(in, O_CLOEXEC) || ::pipe2(out, O_CLOEXEC) || ::pipe2(err, O_CLOEXEC) || ::pipe2(status_pipe, O_CLOEXEC)) {
    result.error = std::string("cannot create pipes: ") + std::strerror(errno);
    return result;
  }
  const pid_t pid = ::fork();
  if (pid < 0) {
    result.error = std::string("cannot fork: ") + std::strerror(errno);
    return result;
  }
  if (pid == 0) {
    ::setpgid(0, 0);
    ::dup2(in[0], 0);
    ::dup2(out[1], 1);
    ::dup2(err[1], 2);
    if (!cwd.empty() && ::chdir(cwd.c_str()) != 0) {
      const int e = errno;
      (void)!::write(status_pipe[1], &e, sizeof e);
      ::_exit(127);
    }
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    ::execvp(args[0], args.data());
    const int e = errno;
    (void)!::write(status_pipe[1], &e, sizeof e);
    ::_exit(127);
  }
  ::setpgid(pid, pid);
  ::close(in[0]);
  ::close(out[1]);
  ::close(err[1]);
  ::close(status_pipe[1]);
  int exec_errno = 0;
  const bool exec_failed = ::read(status_pipe[0], &exec_errno, sizeof exec_errno) == sizeof exec_errno;
  ::close(status_pipe[0]);

  ::fcntl(in[1], F_SETFL, O_NONBLOCK);
  std::size_t written = 0;
  int in_fd = exec_failed ? -1 : in[1];
  if (exec_failed || input.empty()) {
    ::close(in[1]);
    in_fd = -1;
  }
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds);
  int out_fd = out[0], err_fd = err[0];
  char buffer[65536];
  while (out_fd >= 0 || err_fd >= 0) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count();
    if (left <= 0) {
      result.timed_out = true;
      ::kill(-pid, SIGKILL);
      break;
    }
    pollfd fds[3];
    int n = 0;
    if (out_fd >= 0) fds[n++] = {out_fd, POLLIN, 0};
    if (err_fd >= 0) fds[n++] = {err_fd, POLLIN, 0};
    if (in_fd >= 0) fds[n++] = {in_fd, POLLOUT, 0};
    if (::poll(fds, static_cast<nfds_t>(n), static_cast<int>(std::min<long long>(left, 1000))) < 0 && errno != EINTR) break;
    for (int k = 0; k < n; ++k) {
      if (!fds[k].revents) continue;
      if (fds[k].fd == in_fd) {
        const ssize_t w = ::write(in_fd, input.data() + written, input.size() - written);
        if (w > 0) written += static_cast<std::size_t>(w);
        if ((w < 0 && errno != EAGAIN) || written == input.size()) {
          ::close(in_fd);  // done, or the child closed its end: stop writing, do not block
          in_fd = -1;
        }
        continue;
      }
      const ssize_t r = ::read(fds[k].fd, buffer, sizeof buffer);
      if (r > 0) {
        (fds[k].fd == out_fd ? result.out : result.err).append(buffer, static_cast<std::size_t>(r));
        // Bounded: a plugin that floods its output is stopped rather than exhausting memory.
        if (result.out.size() + result.err.size() > (64u << 20)) {
          ::kill(-pid, SIGKILL);
          result.error = "the plugin wrote more than 64 MiB to its output";
        }
      } else if (r == 0 || errno != EINTR) {
        ::close(fds[k].fd);
        (fds[k].fd == out_fd ? out_fd : err_fd) = -1;
      }
    }
  }
  if (in_fd >= 0) ::close(in_fd);
  if (out_fd >= 0) ::close(out_fd);
  if (err_fd >= 0) ::close(err_fd);
  int status = 0;
  // The pipes are closed; the child may still run (it closed them, or the deadline passed).
  while (true) {
    const pid_t w = ::waitpid(pid, &status, WNOHANG);
    if (w == pid) break;
    if (w < 0 && errno != EINTR) break;
    if (std::chrono::steady_clock::now() >= deadline) {
      result.timed_out = true;
      ::kill(-pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      break;
    }
    ::usleep(10000);
  }
  if (exec_failed) {
    result.error = "cannot run '" + argv[0] + "': " + std::strerror(exec_errno);
    return result;
  }
  result.started = true;
  if (WIFEXITED(status) && !result.timed_out) result.exit_code = WEXITSTATUS(status);
  return result;
}

std::optional<PluginDescription> describe_plugin(const PluginCommand& command, std::string& error) {
  std::vector<std::string> argv = command.argv;
  argv.push_back("--describe");
  const ProcessResult r = run_process(argv, "", "", 5);
  if (!r.started) {
    error = r.error;
    return std::nullopt;
  }
  if (r.timed_out) {
    error = "'" + command.origin + " --describe' did not answer within 5 seconds";
    return std::nullopt;
  }
  if (r.exit_code != 0) {
    error = "'" + command.origin + " --describe' exited with " + std::to_string(r.exit_code);
    return std::nullopt;
  }
  try {
    const auto j = nlohmann::json::parse(r.out);
    PluginDescription d;
    if (!j.is_object() || !j.contains("protocol") || !j["protocol"].is_number_integer()) {
      error = "'" + command.origin + " --describe' printed no protocol number";
      return std::nullopt;
    }
    d.protocol = j["protocol"].get<int>();
    d.name = j.value("name", command.name);
    d.version = j.value("version", std::string());
    d.description = j.value("description", std::string());
    return d;
  } catch (const std::exception&) {
    error = "'" + command.origin + " --describe' did not print JSON: " + r.out.substr(0, 80);
    return std::nullopt;
  }
}

namespace {

Diagnostic plugin_diagnostic(const std::string& plugin, std::string message, Severity severity = Severity::error) {
  Diagnostic d;
  d.file = "np-export-" + plugin;
  d.rule = "export-plugin";
  d.severity = severity;
  d.message = std::move(message);
  return d;
}

// A JSON stderr line becomes a diagnostic at its file:line:column; other lines are kept as text.
void collect_stderr(const std::string& plugin, const std::string& err, std::vector<Diagnostic>& diagnostics) {
  std::stringstream lines(err);
  for (std::string line; std::getline(lines, line);) {
    if (line.empty()) continue;
    try {
      const auto j = nlohmann::json::parse(line);
      if (j.is_object() && j.contains("message") && j["message"].is_string()) {
        Diagnostic d = plugin_diagnostic(plugin, j["message"].get<std::string>(),
                                         j.value("severity", std::string("error")) == "warning" ? Severity::warning : Severity::error);
        if (j.contains("file") && j["file"].is_string()) d.file = j["file"].get<std::string>();
        if (j.contains("line") && j["line"].is_number_integer()) d.line = j["line"].get<int>();
        if (j.contains("column") && j["column"].is_number_integer()) d.column = j["column"].get<int>();
        diagnostics.push_back(std::move(d));
        continue;
      }
    } catch (const std::exception&) {
    }
    diagnostics.push_back(plugin_diagnostic(plugin, "says: " + line.substr(0, 500), Severity::warning));
  }
}

}  // namespace

bool run_plugin_export(const PluginCommand& command, const ExportContext& context, std::vector<Diagnostic>& diagnostics) {
  std::string error;
  const auto description = describe_plugin(command, error);
  if (!description) {
    diagnostics.push_back(plugin_diagnostic(command.name, error));
    return false;
  }
  if (description->protocol != kPluginProtocol) {
    diagnostics.push_back(plugin_diagnostic(command.name, "'" + command.origin + "' speaks protocol " + std::to_string(description->protocol) +
                                                               ", np " + NP_VERSION + " speaks protocol " + std::to_string(kPluginProtocol)));
    return false;
  }
  std::error_code ec;
  std::filesystem::create_directories(context.destination, ec);
  if (ec) {
    diagnostics.push_back(plugin_diagnostic(command.name, "cannot create '" + context.destination + "': " + ec.message()));
    return false;
  }
  const std::string destination = std::filesystem::absolute(context.destination).string();
  const nlohmann::json input = {{"protocol", kPluginProtocol},
                                {"np_version", NP_VERSION},
                                {"root", std::filesystem::absolute(context.curriculum.root).lexically_normal().string()},
                                {"destination", destination},
                                {"config", context.config},
                                {"source_date_epoch", context.timestamp},
                                {"curriculum", build_manifest(context)}};
  const ProcessResult r = run_process(command.argv, destination,
                                      input.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n", context.timeout_seconds);
  collect_stderr(command.name, r.err, diagnostics);
  if (!r.started) {
    diagnostics.push_back(plugin_diagnostic(command.name, r.error));
    return false;
  }
  if (r.timed_out) {
    diagnostics.push_back(plugin_diagnostic(command.name, "'" + command.origin + "' did not finish within " + std::to_string(context.timeout_seconds) +
                                                               (context.timeout_seconds == 1 ? " second" : " seconds") + " and was stopped"));
    return false;
  }
  if (!r.error.empty()) {
    diagnostics.push_back(plugin_diagnostic(command.name, r.error));
    return false;
  }
  if (r.exit_code != 0) {
    diagnostics.push_back(plugin_diagnostic(command.name, "'" + command.origin + "' failed" +
                                                               (r.exit_code < 0 ? std::string(" (killed by a signal)") : " with exit code " + std::to_string(r.exit_code))));
    return false;
  }
  return true;
}

}  // namespace np
