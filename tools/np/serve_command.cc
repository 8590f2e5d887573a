// np serve: the site of np export site, built in memory and served on 127.0.0.1 while the author
// writes. inotify watches the curriculum; an edit loads and lints the curriculum again and renders
// again only the pages it changes (build_site with a SiteCache: an edit of one note's body
// re-renders that note's page), and an open page reloads itself when its own bytes changed
// (/__np/version?path=). A note with lint findings still renders, with its findings at the top of
// its page. HTTP is cpp-httplib's; only the site's own paths are served.
#include <httplib.h>
#include <poll.h>
#include <signal.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <thread>

#include "commands.h"
#include "common.h"
#include "np/exporter.h"
#include "np/html.h"
#include "np/links.h"
#include "np/lint.h"

namespace np::cli {

void setup_serve(CLI::App& app, ServeOptions& o) {
  app.add_option("--root", o.root,
                 "Curriculum root, the folder with np.yaml (default: the nearest np.yaml above the current folder, else content/)");
  app.add_option("--port", o.port, "Port on 127.0.0.1 (default 8000; 0 picks a free one)")->check(CLI::Range(0, 65535));
  app.add_option("-j,--jobs", o.jobs, "Threads reading files (default: all cores)");
}

namespace {

// Reloads the page when its version (a hash of its bytes) changes: polls, so it needs nothing but
// fetch, and a page the edit did not change stays as the reader scrolled it.
constexpr const char* kReloadScript =
    "<script>(function(){var v=null,p=location.pathname;setInterval(function(){fetch('/__np/version?path='+encodeURIComponent(p))"
    ".then(function(r){return r.text();}).then(function(t){if(v!==null&&t!==v)location.reload();v=t;}).catch(function(){});},700);})();"
    "</script>\n";

struct Build {
  std::map<std::string, std::string> files;
  std::string errors;         // configuration errors: the whole site is this message
  long long checking_ms = 0;  // of the build's time, loading, linting and resolving links
};

// Loads, lints and renders the curriculum; each note page gets its lint findings at the top. The
// cache keeps what the last build rendered (SiteCache), so only what changed is rendered again.
Build build(const std::string& root, unsigned jobs, SiteCache& cache) {
  const auto start = std::chrono::steady_clock::now();
  Build b;
  RealFileSystem disk;
  std::vector<Diagnostic> config_errors;
  auto config = load_config(disk, root, config_errors);
  if (!config) {
    for (const auto& e : config_errors)
      b.errors += e.file + ":" + std::to_string(e.line) + ":" + std::to_string(e.column) + ": " + e.message + "\n";
    return b;
  }
  LoadOptions options;
  options.threads = jobs;
  const Curriculum c = load_curriculum(disk, root, std::move(*config), options);
  const Analysis analysis = analyze(c);  // lint and the site read the same links and formulas
  const LintResult lint = run_lint(analysis);
  std::string error;
  BookScope scope;
  scope.include_drafts = true;  // an author previews drafts too
  const auto selection = select_notes(c, "", error, scope);
  const ExportContext context{.analysis = analysis, .selection = *selection, .files = disk};
  b.checking_ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
  std::vector<Diagnostic> diagnostics;
  build_site(context, b.files, diagnostics, &cache);
  std::map<std::string, const Note*> note_by_path;
  for (const Note& n : c.notes) note_by_path.emplace(n.source.path(), &n);
  std::map<std::string, std::string> findings;  // note page -> list items
  for (const auto& d : lint.diagnostics) {
    const auto it = note_by_path.find(d.file);
    if (it == note_by_path.end()) continue;
    findings["notes/" + it->second->id + ".html"] += "<li>line " + std::to_string(d.line) + ":" + std::to_string(d.column) + ": " +
                                                     std::string(to_string(d.severity)) + ": " + escape_html(d.message) + " [" +
                                                     escape_html(d.rule) + "]</li>\n";
  }
  for (auto& [path, page] : b.files) {
    if (path.size() < 5 || path.compare(path.size() - 5, 5, ".html") != 0) continue;
    if (const auto f = findings.find(path); f != findings.end())
      if (const auto main = page.find("<main>\n"); main != std::string::npos)
        page.insert(main + 7, "<div class=\"status\"><p>np lint finds problems in this note:</p>\n<ul>\n" + f->second + "</ul></div>\n");
    if (const auto end = page.rfind("</body>"); end != std::string::npos) page.insert(end, kReloadScript);
  }
  return b;
}

// The site's file for a URL path: "/" and "/x/" are their index.html.
std::string site_path(const std::string& url_path) {
  std::string path = url_path.empty() || url_path[0] != '/' ? url_path : url_path.substr(1);
  if (path.empty() || path.back() == '/') path += "index.html";
  return path;
}

// FNV-1a of a page's bytes, as 16 hex digits: a page's version.
std::string content_hash(std::string_view bytes) {
  std::uint64_t h = 14695981039346656037ull;
  for (unsigned char ch : bytes) h = (h ^ ch) * 1099511628211ull;
  static const char* hex = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) out[static_cast<std::size_t>(i)] = hex[h & 15];
  return out;
}

const char* content_type(const std::string& path) {
  const auto ends = [&](const char* ext) {
    const std::size_t n = std::char_traits<char>::length(ext);
    return path.size() >= n && path.compare(path.size() - n, n, ext) == 0;
  };
  if (ends(".html")) return "text/html; charset=utf-8";
  if (ends(".css")) return "text/css; charset=utf-8";
  if (ends(".js")) return "text/javascript; charset=utf-8";
  if (ends(".png")) return "image/png";
  if (ends(".svg")) return "image/svg+xml";
  if (ends(".jpg") || ends(".jpeg")) return "image/jpeg";
  if (ends(".gif")) return "image/gif";
  if (ends(".webp")) return "image/webp";
  return "application/octet-stream";
}

// Watches every folder under the root (hidden ones aside) and sets `changed` on any edit.
class Watcher {
 public:
  explicit Watcher(const std::string& root) : root_(root), fd_(inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) { add_all(); }
  ~Watcher() {
    if (fd_ >= 0) close(fd_);
  }
  bool ok() const { return fd_ >= 0; }
  // Waits up to `ms` for an edit; true when something changed (after a short quiet period).
  bool wait(int ms) {
    pollfd p{fd_, POLLIN, 0};
    if (poll(&p, 1, ms) <= 0) return false;
    // Editors write in bursts (a temporary file, a rename): wait until it is quiet.
    do drain();
    while (poll(&p, 1, 120) > 0);
    add_all();  // new folders
    return true;
  }

 private:
  void drain() {
    char buffer[16384];
    while (read(fd_, buffer, sizeof buffer) > 0) {
    }
  }
  void add_all() {
    const auto mask = IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_MODIFY;
    inotify_add_watch(fd_, root_.c_str(), mask);
    std::error_code ec;
    for (auto it = std::filesystem::recursive_directory_iterator(root_, ec); !ec && it != std::filesystem::recursive_directory_iterator();
         it.increment(ec)) {
      if (it->path().filename().string().rfind('.', 0) == 0) {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_directory(ec)) inotify_add_watch(fd_, it->path().c_str(), mask);
    }
  }
  std::string root_;
  int fd_;
};

}  // namespace

int run_serve(const ServeOptions& o) {
  const std::string root = resolve_root(o.root);
  // SIGINT and SIGTERM are taken by one thread with sigwait, which stops the server: Ctrl-C ends
  // np serve cleanly, whatever the server's threads are doing.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  std::mutex mutex;
  SiteCache cache;  // the watch thread's, after this first build
  auto site = std::make_shared<const Build>(build(root, o.jobs, cache));
  std::atomic<unsigned long> version{1};
  if (!site->errors.empty()) std::cerr << site->errors;
  const auto current_site = [&] {
    std::lock_guard lock(mutex);
    return site;
  };

  httplib::Server server;
  server.set_payload_max_length(1 << 16);
  // Without ?path=, the number of the build; with ?path=/notes/x.html, the hash of the bytes that
  // page is served with (of the error page while np.yaml is broken), 404 for no such page.
  server.Get("/__np/version", [&](const httplib::Request& req, httplib::Response& res) {
    res.set_header("Cache-Control", "no-store");
    if (!req.has_param("path")) {
      res.set_content(std::to_string(version.load()), "text/plain");
      return;
    }
    const std::shared_ptr<const Build> current = current_site();
    if (!current->errors.empty()) {
      res.set_content("error-" + content_hash(current->errors), "text/plain");
      return;
    }
    const auto it = current->files.find(site_path(req.get_param_value("path")));
    if (it == current->files.end()) {
      res.status = 404;
      res.set_content("not found\n", "text/plain");
      return;
    }
    res.set_content(content_hash(it->second), "text/plain");
  });
  // Every page with its version, one "HASH PATH" a line.
  server.Get("/__np/pages", [&](const httplib::Request&, httplib::Response& res) {
    const std::shared_ptr<const Build> current = current_site();
    std::string list;
    for (const auto& [path, bytes] : current->files) list += content_hash(bytes) + " " + path + "\n";
    res.set_header("Cache-Control", "no-store");
    res.set_content(list, "text/plain; charset=utf-8");
  });
  server.Get(R"(/.*)", [&](const httplib::Request& req, httplib::Response& res) {
    const std::shared_ptr<const Build> current = current_site();
    res.set_header("Cache-Control", "no-store");
    if (!current->errors.empty()) {
      res.status = 500;
      res.set_content("<!DOCTYPE html><title>np serve</title><pre>" + escape_html(current->errors) + "</pre>" + kReloadScript,
                      "text/html; charset=utf-8");
      return;
    }
    const std::string path = site_path(req.path);
    // Only the site's own pages: nothing is read from the disk, so no path can leave the site.
    const auto it = current->files.find(path);
    if (it == current->files.end()) {
      res.status = 404;
      res.set_content("not found\n", "text/plain");
      return;
    }
    res.set_content(it->second, content_type(path));
  });
  server.Post(R"(/.*)", [](const httplib::Request&, httplib::Response& res) { res.status = 405; });

  const int port = o.port == 0 ? server.bind_to_any_port("127.0.0.1") : (server.bind_to_port("127.0.0.1", o.port) ? o.port : -1);
  if (port < 0) throw UsageError("cannot listen on 127.0.0.1:" + std::to_string(o.port) + " (is the port in use? pass --port)");
  std::cerr << "np: serving " << root << " at http://127.0.0.1:" << port << "/ (Ctrl-C stops)" << std::endl;

  std::atomic<bool> stopping{false};
  std::thread signal_thread([&] {
    int sig = 0;
    sigwait(&signals, &sig);
    stopping = true;
    server.stop();
  });
  std::thread watch_thread([&] {
    Watcher watcher(root);
    if (!watcher.ok()) {
      std::cerr << "np: cannot watch " << root << " (inotify); pages will not update\n";
      return;
    }
    while (!stopping) {
      if (!watcher.wait(300)) continue;
      const auto start = std::chrono::steady_clock::now();
      auto next = std::make_shared<const Build>(build(root, o.jobs, cache));
      const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
      const bool config_ok = next->errors.empty();
      const long long checking_ms = next->checking_ms;
      if (!config_ok) std::cerr << next->errors;
      {
        std::lock_guard lock(mutex);
        site = std::move(next);
      }
      ++version;
      if (config_ok)
        std::cerr << "np: rebuilt in " << ms << " ms (loading and linting " << checking_ms << " ms), rendered " << cache.pages_rendered()
                  << " of " << cache.pages_rendered() + cache.pages_reused() << " note pages (version " << version.load() << ")"
                  << std::endl;
      else
        std::cerr << "np: rebuilt in " << ms << " ms: np.yaml has errors (version " << version.load() << ")" << std::endl;
    }
  });
  server.listen_after_bind();
  stopping = true;
  // A stop that did not come from a signal (the server failed): wake the signal thread.
  pthread_kill(signal_thread.native_handle(), SIGTERM);
  signal_thread.join();
  watch_thread.join();
  std::cerr << "np: stopped" << std::endl;
  return kExitClean;
}

}  // namespace np::cli
