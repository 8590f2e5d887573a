#include "np/filesystem.h"

#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <set>

namespace np {

namespace fs = std::filesystem;

std::optional<std::vector<DirEntry>> RealFileSystem::list(const std::string& dir) const {
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) return std::nullopt;
  std::vector<DirEntry> entries;
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) return std::nullopt;
    DirEntry entry;
    entry.name = it->path().filename().string();
    entry.symlink = it->is_symlink(ec);
    // status() follows symlinks; a dangling or looping link is "other".
    const auto status = it->status(ec);
    if (ec) {
      entry.type = DirEntry::Type::other;
      ec.clear();
    } else if (fs::is_directory(status)) {
      entry.type = DirEntry::Type::directory;
    } else if (fs::is_regular_file(status)) {
      entry.type = DirEntry::Type::file;
    }
    entries.push_back(std::move(entry));
  }
  std::sort(entries.begin(), entries.end(), [](const DirEntry& a, const DirEntry& b) { return a.name < b.name; });
  return entries;
}

namespace {

// Reads the open regular file `fd` (and closes it): at most max_bytes + 1 bytes, into a buffer of
// the file's size.
ReadResult read_open_file(int fd, std::size_t max_bytes) {
  ReadResult result;
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    result.error = S_ISDIR(st.st_mode) ? "it is a folder" : "not a regular file (a FIFO, socket or device)";
    ::close(fd);
    return result;
  }
  std::string text;
  // One byte more than the limit, so that the caller can tell a file that is too large.
  text.resize(std::min<std::size_t>(max_bytes + 1, static_cast<std::size_t>(st.st_size) + 1));
  std::size_t used = 0;
  while (used <= max_bytes) {
    if (used == text.size()) text.resize(std::min(max_bytes + 1, text.size() * 2));
    const ssize_t n = ::read(fd, text.data() + used, text.size() - used);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      result.error = std::strerror(errno);
      ::close(fd);
      return result;
    }
    if (n == 0) break;
    used += static_cast<std::size_t>(n);
  }
  ::close(fd);
  text.resize(used);
  result.ok = true;
  result.text = std::move(text);
  return result;
}

// O_NONBLOCK: opening a FIFO would block until a writer comes (and a device may never end);
// read_open_file's fstat then turns away everything that is not a regular file. O_NOCTTY: a
// terminal never becomes np's.
int open_for_reading(const std::string& path, ReadResult& result) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
  if (fd < 0) result.error = errno == EISDIR ? "it is a folder" : std::strerror(errno);
  return fd;
}

ReadResult outside(const std::string& folder, const std::string& target) {
  ReadResult r;
  r.outside = target;
  r.error = "it leads outside '" + folder + "' (to '" + target + "'); np does not read it";
  return r;
}

std::optional<std::string> real_path(const std::string& path) {
  char* resolved = ::realpath(path.c_str(), nullptr);
  if (!resolved) return std::nullopt;
  std::string out = resolved;
  std::free(resolved);
  return out;
}

}  // namespace

bool path_within(const std::string& path, const std::string& folder) {
  if (folder == "/") return !path.empty() && path[0] == '/';
  return path.size() >= folder.size() && path.compare(0, folder.size(), folder) == 0 &&
         (path.size() == folder.size() || path[folder.size()] == '/');
}

ReadResult FileSystem::read_within(const std::string& folder, const std::string& path, std::size_t max_bytes) const {
  if (const auto target = canonical(path); target && !path_within(*target, folder)) return outside(folder, *target);
  return read(path, max_bytes);
}

ReadResult RealFileSystem::read(const std::string& path, std::size_t max_bytes) const {
  // One open, one fstat, and reads into a buffer of the file's size: this runs for every note.
  ReadResult result;
  const int fd = open_for_reading(path, result);
  return fd < 0 ? result : read_open_file(fd, max_bytes);
}

ReadResult RealFileSystem::read_within(const std::string& folder, const std::string& path, std::size_t max_bytes) const {
  // First by name, so that a file outside (a device, a FIFO) is not even opened.
  const auto target = real_path(path);
  if (target && !path_within(*target, folder)) return outside(folder, *target);
  ReadResult result;
  const int fd = open_for_reading(path, result);
  if (fd < 0) return result;
  // Then what was opened: the name may have been swapped for a symlink since. The kernel's own
  // path of the open file says where it is; without /proc, the file must be the one the name led to.
  char opened[PATH_MAX + 1];
  const ssize_t n = ::readlink(("/proc/self/fd/" + std::to_string(fd)).c_str(), opened, PATH_MAX);
  if (n > 0) {
    const std::string where(opened, static_cast<std::size_t>(n));
    if (!path_within(where, folder)) {
      ::close(fd);
      return outside(folder, where);
    }
  } else {
    struct stat by_fd {};
    struct stat by_name {};
    if (!target || ::fstat(fd, &by_fd) != 0 || ::stat(target->c_str(), &by_name) != 0 || by_fd.st_dev != by_name.st_dev ||
        by_fd.st_ino != by_name.st_ino) {
      ::close(fd);
      result.error = "it changed while np opened it";
      return result;
    }
  }
  return read_open_file(fd, max_bytes);
}

std::optional<std::size_t> RealFileSystem::file_size(const std::string& path) const {
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (ec) return std::nullopt;
  return static_cast<std::size_t>(size);
}

bool RealFileSystem::exists(const std::string& path) const {
  std::error_code ec;
  return fs::exists(path, ec);
}

std::optional<std::string> RealFileSystem::canonical(const std::string& path) const {
  std::error_code ec;
  auto p = fs::canonical(path, ec);
  if (ec) return std::nullopt;
  return p.string();
}

// --- MemoryFileSystem -------------------------------------------------------------------------

void MemoryFileSystem::add(const std::string& path, std::string text) { files_[normalize_path(path)] = std::move(text); }
void MemoryFileSystem::add_unreadable(const std::string& path) { files_[normalize_path(path)] = std::nullopt; }

std::optional<std::vector<DirEntry>> MemoryFileSystem::list(const std::string& dir) const {
  const std::string prefix = dir.empty() || dir == "." ? "" : normalize_path(dir) + "/";
  std::map<std::string, DirEntry::Type> seen;
  bool any = prefix.empty();
  for (const auto& [path, text] : files_) {
    if (path.compare(0, prefix.size(), prefix) != 0) continue;
    any = true;
    const std::string rest = path.substr(prefix.size());
    const auto slash = rest.find('/');
    if (slash == std::string::npos)
      seen[rest] = DirEntry::Type::file;
    else
      seen[rest.substr(0, slash)] = DirEntry::Type::directory;
  }
  if (!any) return std::nullopt;
  std::vector<DirEntry> entries;
  for (const auto& [name, type] : seen) entries.push_back({name, type, false});
  return entries;
}

ReadResult MemoryFileSystem::read(const std::string& path, std::size_t max_bytes) const {
  ReadResult result;
  const auto it = files_.find(normalize_path(path));
  if (it == files_.end()) {
    result.error = "No such file or directory";
  } else if (!it->second) {
    result.error = "Permission denied";
  } else {
    result.ok = true;
    result.text = it->second->substr(0, max_bytes + 1);
  }
  return result;
}

std::optional<std::size_t> MemoryFileSystem::file_size(const std::string& path) const {
  const auto it = files_.find(normalize_path(path));
  if (it == files_.end() || !it->second) return std::nullopt;
  return it->second->size();
}

bool MemoryFileSystem::exists(const std::string& path) const {
  const std::string p = normalize_path(path);
  if (files_.count(p)) return true;
  const std::string prefix = p + "/";
  return std::any_of(files_.begin(), files_.end(), [&](const auto& f) { return f.first.compare(0, prefix.size(), prefix) == 0; });
}

std::optional<std::string> MemoryFileSystem::canonical(const std::string& path) const {
  if (!exists(path)) return std::nullopt;
  return "/" + normalize_path(path);
}

// --- OverlayFileSystem ------------------------------------------------------------------------

OverlayFileSystem::OverlayFileSystem(const FileSystem& base, std::string path, std::string text)
    : base_(base), path_(normalize_path(path)), text_(std::move(text)) {}

std::optional<std::vector<DirEntry>> OverlayFileSystem::list(const std::string& dir) const {
  auto entries = base_.list(dir);
  const auto slash = path_.rfind('/');
  const std::string parent = slash == std::string::npos ? "." : path_.substr(0, slash);
  const std::string name = slash == std::string::npos ? path_ : path_.substr(slash + 1);
  if (normalize_path(dir) != normalize_path(parent)) return entries;
  if (!entries) entries.emplace();
  const bool present = std::any_of(entries->begin(), entries->end(), [&](const DirEntry& e) { return e.name == name; });
  if (!present) {
    entries->push_back({name, DirEntry::Type::file, false});
    std::sort(entries->begin(), entries->end(), [](const DirEntry& a, const DirEntry& b) { return a.name < b.name; });
  }
  return entries;
}

ReadResult OverlayFileSystem::read(const std::string& path, std::size_t max_bytes) const {
  if (normalize_path(path) != path_) return base_.read(path, max_bytes);
  return {true, text_.substr(0, max_bytes + 1), "", ""};
}

ReadResult OverlayFileSystem::read_within(const std::string& folder, const std::string& path, std::size_t max_bytes) const {
  if (normalize_path(path) != path_) return base_.read_within(folder, path, max_bytes);
  return FileSystem::read_within(folder, path, max_bytes);
}

std::optional<std::size_t> OverlayFileSystem::file_size(const std::string& path) const {
  if (normalize_path(path) != path_) return base_.file_size(path);
  return text_.size();
}

bool OverlayFileSystem::exists(const std::string& path) const { return normalize_path(path) == path_ || base_.exists(path); }

std::optional<std::string> OverlayFileSystem::canonical(const std::string& path) const {
  if (normalize_path(path) == path_ && !base_.exists(path)) {
    const auto slash = path_.rfind('/');
    const auto parent = base_.canonical(slash == std::string::npos ? "." : path_.substr(0, slash));
    if (!parent) return std::nullopt;
    return *parent + "/" + (slash == std::string::npos ? path_ : path_.substr(slash + 1));
  }
  return base_.canonical(path);
}

// --- paths ------------------------------------------------------------------------------------

std::string normalize_path(const std::string& path) {
  const bool absolute = !path.empty() && path[0] == '/';
  std::vector<std::string> parts;
  std::size_t i = 0;
  while (i <= path.size()) {
    const auto slash = path.find('/', i);
    const std::string segment = path.substr(i, slash == std::string::npos ? std::string::npos : slash - i);
    if (segment == "..") {
      if (!parts.empty() && parts.back() != "..")
        parts.pop_back();
      else if (!absolute)
        parts.push_back("..");
    } else if (!segment.empty() && segment != ".") {
      parts.push_back(segment);
    }
    if (slash == std::string::npos) break;
    i = slash + 1;
  }
  std::string out = absolute ? "/" : "";
  for (std::size_t k = 0; k < parts.size(); ++k) {
    if (k) out += '/';
    out += parts[k];
  }
  if (out.empty()) out = ".";
  return out;
}

std::string join_path(const std::string& a, const std::string& b) {
  if (!b.empty() && b[0] == '/') return normalize_path(b);
  if (a.empty() || a == ".") return normalize_path(b);
  return normalize_path(a + "/" + b);
}

}  // namespace np
