#include "np/plugin.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <optional>
#include <set>
#include <sstream>

#include "lint/rules/rules.h"
#include "np/atomic_file.h"
#include "np/utf8.h"

namespace np {

std::optional<PluginCommand> find_plugin(const Curriculum& c, const std::string& name) {
  const ExportSettings settings = export_settings(c.config, name);
  if (!settings.command.empty()) {
    PluginCommand command{name, settings.command, "np.yaml export." + name + ".command", true};
    // A relative program path is relative to the curriculum root, where np.yaml is.
    if (command.argv[0].find('/') != std::string::npos && command.argv[0][0] != '/')
      command.argv[0] = std::filesystem::absolute(join_path(c.root, command.argv[0])).string();
    return command;
  }
  const char* path = std::getenv("PATH");
  std::stringstream dirs(path ? path : "");
  for (std::string dir; std::getline(dirs, dir, ':');) {
    if (dir.empty()) continue;
    const std::string candidate = dir + "/np-export-" + name;
    if (::access(candidate.c_str(), X_OK) == 0) return PluginCommand{name, {candidate}, candidate, false};
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

namespace {

// Of each of standard output and standard error, np keeps this much and counts the rest: a plugin
// that floods them costs np neither memory nor time.
constexpr std::size_t kKeptOutput = 1u << 20;

void keep(std::string& kept, std::size_t& dropped_lines, const char* data, std::size_t n) {
  const std::size_t taken = std::min(n, kept.size() < kKeptOutput ? kKeptOutput - kept.size() : 0);
  kept.append(data, taken);
  dropped_lines += static_cast<std::size_t>(std::count(data + taken, data + n, '\n'));
}

// A descriptor that becomes readable when the process exits (Linux 5.3), or -1: np then looks
// every 50 ms.
int open_pidfd(pid_t pid) {
#ifdef SYS_pidfd_open
  return static_cast<int>(::syscall(SYS_pidfd_open, pid, 0));
#else
  (void)pid;
  return -1;
#endif
}

// Whether the child has exited. It is left a zombie (WNOWAIT): its pid, which is also its process
// group's id, cannot be reused before np has killed the group and reaped the child.
bool has_exited(pid_t pid) {
  siginfo_t info{};
  return ::waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info.si_pid == pid;
}

}  // namespace

ProcessResult run_process(const std::vector<std::string>& argv, const std::string& cwd, const std::string& input,
                          unsigned timeout_seconds) {
  using Clock = std::chrono::steady_clock;
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
    ::signal(SIGPIPE, SIG_DFL);  // np ignores it; an ignored signal would stay ignored across exec
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
  int in_fd = in[1];
  if (exec_failed || input.empty()) {
    ::close(in[1]);
    in_fd = -1;
  }
  const auto deadline = Clock::now() + std::chrono::seconds(timeout_seconds);
  std::optional<Clock::time_point> drain_until;  // set once the child has exited
  const int pidfd = open_pidfd(pid);
  int out_fd = out[0], err_fd = err[0];
  bool exited = false;
  char buffer[65536];
  while (out_fd >= 0 || err_fd >= 0 || !exited) {
    const auto now = Clock::now();
    const auto until = drain_until ? *drain_until : deadline;
    if (now >= until) {
      // Past the deadline: stopped. Past the drain: what holds the pipes left the process group.
      if (!exited) result.timed_out = true;
      break;
    }
    pollfd fds[4];
    int n = 0;
    if (out_fd >= 0) fds[n++] = {out_fd, POLLIN, 0};
    if (err_fd >= 0) fds[n++] = {err_fd, POLLIN, 0};
    if (in_fd >= 0) fds[n++] = {in_fd, POLLOUT, 0};
    if (!exited && pidfd >= 0) fds[n++] = {pidfd, POLLIN, 0};
    const long long left = std::chrono::duration_cast<std::chrono::milliseconds>(until - now).count() + 1;
    if (::poll(fds, static_cast<nfds_t>(n), static_cast<int>(std::min<long long>(left, pidfd >= 0 || exited ? 1000 : 50))) < 0 &&
        errno != EINTR)
      break;
    if (!exited && has_exited(pid)) {
      // Whatever it left running (a daemon, `cmd &`) would hold the pipes until the timeout and
      // outlive np: its process group goes with it, and what is already in the pipes is read.
      exited = true;
      ::kill(-pid, SIGKILL);
      drain_until = Clock::now() + std::chrono::seconds(1);
      if (in_fd >= 0) ::close(in_fd);
      in_fd = -1;
    }
    for (int k = 0; k < n; ++k) {
      if (!fds[k].revents || fds[k].fd == pidfd) continue;
      if (fds[k].fd == in_fd) {
        const ssize_t w = ::write(in_fd, input.data() + written, input.size() - written);
        if (w > 0) written += static_cast<std::size_t>(w);
        if ((w < 0 && errno != EAGAIN) || written == input.size()) {
          ::close(in_fd);  // done, or the child closed its end: stop writing, do not block
          in_fd = -1;
        }
        continue;
      }
      if (fds[k].fd != out_fd && fds[k].fd != err_fd) continue;  // stdin, closed above
      const ssize_t r = ::read(fds[k].fd, buffer, sizeof buffer);
      if (r > 0) {
        const bool is_out = fds[k].fd == out_fd;
        keep(is_out ? result.out : result.err, is_out ? result.out_dropped_lines : result.err_dropped_lines, buffer,
             static_cast<std::size_t>(r));
      } else if (r == 0 || errno != EINTR) {
        ::close(fds[k].fd);
        (fds[k].fd == out_fd ? out_fd : err_fd) = -1;
      }
    }
  }
  // Timed out, or done: nothing of the plugin's process group outlives this call.
  ::kill(-pid, SIGKILL);
  if (in_fd >= 0) ::close(in_fd);
  if (out_fd >= 0) ::close(out_fd);
  if (err_fd >= 0) ::close(err_fd);
  if (pidfd >= 0) ::close(pidfd);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
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
  d.rule = rules::export_plugin.id;
  d.severity = severity;
  d.message = std::move(message);
  return d;
}

// What np shows of a plugin's standard error: enough to see what went wrong, never all of a flood.
constexpr std::size_t kShownJsonDiagnostics = 1000;
constexpr std::size_t kShownPlainLines = 40;
constexpr std::size_t kShownLineBytes = 500;

// A line as np prints it: at most kShownLineBytes, cut between characters; control characters
// (a terminal's escape sequences) and ill-formed UTF-8 become U+FFFD.
std::string printable(std::string_view line) {
  std::string out;
  for (std::size_t i = 0; i < line.size();) {
    const char32_t cp = utf8::decode(line, i);
    const bool control = (cp < 0x20 && cp != '\t') || (cp >= 0x7F && cp < 0xA0);
    std::string one;
    utf8::append(one, control ? U'\uFFFD' : cp);
    if (out.size() + one.size() > kShownLineBytes) return out + "...";
    out += one;
  }
  return out;
}

// A JSON stderr line becomes a diagnostic at its file:line:column; other lines are kept as text.
void collect_stderr(const std::string& plugin, const ProcessResult& r, std::vector<Diagnostic>& diagnostics) {
  std::size_t json_shown = 0, plain_shown = 0, not_shown = r.err_dropped_lines;
  const std::string_view err = r.err;
  for (std::size_t at = 0; at < err.size();) {
    const std::size_t nl = std::min(err.find('\n', at), err.size());
    std::string_view line = err.substr(at, nl - at);
    at = nl + 1;
    // A line cut where np stopped keeping: its newline is among the lines not kept.
    if (nl == err.size() && r.err_dropped_lines > 0) break;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    if (const auto first = line.find_first_not_of(" \t"); first != std::string_view::npos && line[first] == '{') {
      try {
        const auto j = nlohmann::json::parse(line);
        if (j.is_object() && j.contains("message") && j["message"].is_string()) {
          if (json_shown++ >= kShownJsonDiagnostics) {
            ++not_shown;
            continue;
          }
          Diagnostic d = plugin_diagnostic(plugin, printable(j["message"].get<std::string>()),
                                           j.value("severity", std::string("error")) == "warning" ? Severity::warning : Severity::error);
          if (j.contains("file") && j["file"].is_string()) d.file = printable(j["file"].get<std::string>());
          if (j.contains("line") && j["line"].is_number_integer()) d.line = j["line"].get<int>();
          if (j.contains("column") && j["column"].is_number_integer()) d.column = j["column"].get<int>();
          diagnostics.push_back(std::move(d));
          continue;
        }
      } catch (const std::exception&) {
      }
    }
    if (plain_shown++ >= kShownPlainLines) {
      ++not_shown;
      continue;
    }
    diagnostics.push_back(plugin_diagnostic(plugin, "says: " + printable(line), Severity::warning));
  }
  if (not_shown > 0)
    diagnostics.push_back(plugin_diagnostic(plugin,
                                            std::to_string(not_shown) + " more " + (not_shown == 1 ? "line" : "lines") +
                                                " of its standard error not shown (np shows the first " + std::to_string(kShownPlainLines) +
                                                " lines of text and " + std::to_string(kShownJsonDiagnostics) + " JSON diagnostics)",
                                            Severity::warning));
}

}  // namespace

ExportOutcome run_plugin_export(const PluginCommand& command, const ExportContext& context, std::vector<Diagnostic>& diagnostics) {
  std::string error;
  const auto description = describe_plugin(command, error);
  if (!description) {
    diagnostics.push_back(plugin_diagnostic(command.name, error));
    return ExportOutcome::failed;
  }
  if (description->protocol != kPluginProtocol) {
    diagnostics.push_back(plugin_diagnostic(command.name, "'" + command.origin + "' speaks protocol " +
                                                              std::to_string(description->protocol) + ", np " + NP_VERSION +
                                                              " speaks protocol " + std::to_string(kPluginProtocol)));
    return ExportOutcome::failed;
  }
  // The plugin writes into a fresh folder that replaces the destination only when it succeeds: a
  // plugin that fails half way leaves the previous output as it was.
  FolderReplacement output;
  if (!output.begin(context.destination, ".np-export-" + command.name, error)) return output_failed(context, std::move(error), diagnostics);
  const std::string folder = std::filesystem::absolute(output.folder()).lexically_normal().string();
  const nlohmann::json input = {{"protocol", kPluginProtocol},
                                {"np_version", NP_VERSION},
                                {"root", std::filesystem::absolute(context.analysis.curriculum.root).lexically_normal().string()},
                                {"destination", folder},
                                {"config", context.settings.options},
                                {"source_date_epoch", context.timestamp},
                                {"curriculum", build_manifest(context)}};
  const ProcessResult r = run_process(command.argv, folder, input.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n",
                                      context.timeout_seconds);
  collect_stderr(command.name, r, diagnostics);
  if (!r.started) {
    diagnostics.push_back(plugin_diagnostic(command.name, r.error));
    return ExportOutcome::failed;
  }
  if (r.timed_out) {
    diagnostics.push_back(
        plugin_diagnostic(command.name, "'" + command.origin + "' did not finish within " + std::to_string(context.timeout_seconds) +
                                            (context.timeout_seconds == 1 ? " second" : " seconds") + " and was stopped"));
    return ExportOutcome::failed;
  }
  if (r.exit_code != 0) {
    diagnostics.push_back(plugin_diagnostic(
        command.name, "'" + command.origin + "' failed" +
                          (r.exit_code < 0 ? std::string(" (killed by a signal)") : " with exit code " + std::to_string(r.exit_code))));
    return ExportOutcome::failed;
  }
  if (!output.commit(error)) return output_failed(context, std::move(error), diagnostics);
  return ExportOutcome::written;
}

}  // namespace np
