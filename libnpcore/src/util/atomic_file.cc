#include "np/atomic_file.h"

#include <dirent.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>
#include <vector>

namespace np {

namespace {

namespace fs = std::filesystem;

struct DirAndName {
  std::string dir, name;
};

DirAndName split(const std::string& path) {
  const auto slash = path.rfind('/');
  if (slash == std::string::npos) return {".", path};
  return {slash == 0 ? "/" : path.substr(0, slash), path.substr(slash + 1)};
}

std::string in_dir(const std::string& dir, const std::string& name) { return (dir == "/" ? "" : dir) + "/" + name; }

std::string cannot_write(const std::string& path, int e) { return "cannot write '" + path + "': " + std::strerror(e); }

// What np will not write over, in words (lstat's view: a symbolic link is not followed).
std::string refused_kind(mode_t mode) {
  if (S_ISLNK(mode)) return "a symbolic link";
  if (S_ISDIR(mode)) return "a folder";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  return "not a regular file";
}

// write(2) may write less than asked, or be interrupted by a signal.
bool write_all(int fd, std::string_view data) {
  while (!data.empty()) {
    const ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

// Makes the rename itself durable; a failure here loses nothing already visible, so it is ignored.
void sync_directory(const std::string& dir) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

// Links the unnamed O_TMPFILE file `fd` into `dir` under a fresh hidden name (linkat through
// /proc/self/fd needs no privilege), for the rename that follows.
bool link_unnamed(int fd, const std::string& dir, const std::string& name, std::string& linked) {
  std::random_device random;
  const std::string proc = "/proc/self/fd/" + std::to_string(fd);
  for (int attempt = 0; attempt < 100; ++attempt) {
    char suffix[16];
    std::snprintf(suffix, sizeof suffix, "%06x", random() & 0xffffffu);
    linked = in_dir(dir, "." + name + ".tmp-" + suffix);
    if (::linkat(AT_FDCWD, proc.c_str(), AT_FDCWD, linked.c_str(), AT_SYMLINK_FOLLOW) == 0) return true;
    if (errno != EEXIST) return false;
  }
  return false;
}

// A reader of a FIFO that goes away raises SIGPIPE, which would kill np: the signal is blocked in
// this thread for the write, and one that the write raised is taken back. The write fails with EPIPE.
bool write_to_stream(int fd, std::string_view data) {
  sigset_t pipe_only, old;
  sigemptyset(&pipe_only);
  sigaddset(&pipe_only, SIGPIPE);
  pthread_sigmask(SIG_BLOCK, &pipe_only, &old);
  sigset_t pending;
  sigpending(&pending);
  const bool was_pending = sigismember(&pending, SIGPIPE) == 1;
  const bool ok = write_all(fd, data);
  const int e = errno;
  if (!ok && e == EPIPE && !was_pending) {
    const timespec now{0, 0};
    sigtimedwait(&pipe_only, nullptr, &now);
  }
  pthread_sigmask(SIG_SETMASK, &old, nullptr);
  errno = e;
  return ok;
}

// A FIFO or a character device: written in place, never created, truncated or replaced.
bool write_stream(const std::string& path, std::string_view contents, std::string& error) {
  // O_NONBLOCK: opening a FIFO that nobody reads fails (ENXIO) instead of waiting for a reader.
  // O_NOFOLLOW: a symbolic link put there since the lstat is refused, not followed.
  const int fd = ::open(path.c_str(), O_WRONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) {
    const int e = errno;
    error = e == ENXIO   ? "cannot write '" + path + "': it is a FIFO that no process is reading"
            : e == ELOOP ? "cannot write '" + path + "': it is a symbolic link; np does not write through one"
                         : cannot_write(path, e);
    return false;
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !(S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode))) {
    ::close(fd);
    error = "cannot write '" + path + "': it changed while np opened it";
    return false;
  }
  ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  const bool ok = write_to_stream(fd, contents);
  const int e = errno;
  if (::close(fd) != 0 && ok) {
    error = cannot_write(path, errno);
    return false;
  }
  if (!ok) error = cannot_write(path, e);
  return ok;
}

bool is_temporary_name(const std::string& entry, const std::string& prefix) {
  if (entry.size() != prefix.size() + 6 || entry.compare(0, prefix.size(), prefix) != 0) return false;
  for (std::size_t i = prefix.size(); i < entry.size(); ++i)
    if (!std::isalnum(static_cast<unsigned char>(entry[i]))) return false;
  return true;
}

// What killed runs left beside `destination` (see FolderReplacement::begin).
void remove_stale_temporaries(const std::string& destination) {
  std::string trimmed = destination;
  while (trimmed.size() > 1 && trimmed.back() == '/') trimmed.pop_back();
  const auto [dir, name] = split(trimmed);
  if (name.empty() || name == "." || name == "..") return;
  const std::string prefix = "." + name + ".tmp-";
  DIR* listing = ::opendir(dir.c_str());
  if (!listing) return;
  std::vector<std::string> candidates;
  while (const dirent* e = ::readdir(listing))
    if (is_temporary_name(e->d_name, prefix)) candidates.push_back(e->d_name);
  ::closedir(listing);
  for (const auto& entry : candidates) {
    const std::string path = in_dir(dir, entry);
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0 || st.st_uid != ::geteuid() || !(S_ISREG(st.st_mode) || S_ISDIR(st.st_mode))) continue;
    const int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | (S_ISDIR(st.st_mode) ? O_DIRECTORY : 0));
    if (fd < 0) continue;
    struct stat opened {};
    // The lock fails while a running np writes it; a killed one held no lock after it died.
    if (::fstat(fd, &opened) == 0 && opened.st_dev == st.st_dev && opened.st_ino == st.st_ino && ::flock(fd, LOCK_EX | LOCK_NB) == 0) {
      std::error_code ec;
      fs::remove_all(path, ec);
    }
    ::close(fd);
  }
}

}  // namespace

bool write_file_atomic(const std::string& path, std::string_view contents, std::string& error) {
  const auto [dir, name] = split(path);
  if (name.empty()) {
    error = "cannot write '" + path + "': it names a folder, not a file";
    return false;
  }
  // The folder must exist (as for any shell redirection): say so, rather than name the temporary file.
  struct stat st {};
  if (const int e = ::stat(dir.c_str(), &st) != 0 ? errno : S_ISDIR(st.st_mode) ? 0 : ENOTDIR) {
    error = "cannot write '" + path + "': " +
            (e == ENOENT    ? "the folder '" + dir + "' does not exist"
             : e == ENOTDIR ? "'" + dir + "' is not a folder"
                            : "cannot use the folder '" + dir + "': " + std::strerror(e));
    return false;
  }
  // What is there decides (an allowlist): a regular file or nothing is replaced, a stream written.
  if (::lstat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    if (S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode)) return write_stream(path, contents, error);
    error = "cannot write '" + path + "': it is " + refused_kind(st.st_mode) +
            "; np replaces only a regular file, and writes only to a FIFO or a character device";
    return false;
  }
  // Hidden and in the same folder: rename(2) is atomic only within one file system, and a reader
  // listing the folder (a web server, a glob in CI) skips dot files.
  // First choice: an unnamed file (O_TMPFILE) that gets a name only once it is complete, so that a
  // process killed while writing (SIGKILL included) leaves nothing behind. File systems without
  // O_TMPFILE get a named temporary file from mkostemp, locked so that the next run can tell a
  // leftover of a killed run (remove_stale_temporaries) from the file of a running one.
  int fd = ::open(dir.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0644);
  const bool unnamed = fd >= 0;
  std::string temp_path;
  if (!unnamed) {
    if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL) {
      error = cannot_write(path, errno);  // EACCES, EROFS, ENOSPC: the user knows the destination, not the temporary name
      return false;
    }
    remove_stale_temporaries(path);
    std::string temp = in_dir(dir, "." + name + ".tmp-XXXXXX");
    fd = ::mkostemp(temp.data(), O_CLOEXEC);
    if (fd < 0) {
      error = cannot_write(path, errno);
      return false;
    }
    temp_path = temp;
  }
  // Every message names the destination: the temporary name is random, hidden and removed.
  const auto fail = [&](int e) {
    error = cannot_write(path, e);
    if (fd >= 0) ::close(fd);
    if (!temp_path.empty()) ::unlink(temp_path.c_str());
    return false;
  };
  ::flock(fd, LOCK_EX);
  // mkstemp creates the file 0600 (O_TMPFILE applies the umask); an output file is for others to read.
  if (::fchmod(fd, 0644) != 0) return fail(errno);
  if (!write_all(fd, contents)) return fail(errno);
  if (::fsync(fd) != 0) return fail(errno);
  if (unnamed && !link_unnamed(fd, dir, name, temp_path)) {
    temp_path.clear();
    return fail(errno);
  }
  if (::rename(temp_path.c_str(), path.c_str()) != 0) {
    const int e = errno;
    error = "cannot replace '" + path + "': " + std::strerror(e);
    ::unlink(temp_path.c_str());
    ::close(fd);
    return false;
  }
  // Closed (and unlocked) only now: until the rename, the lock marks the temporary file as in use.
  // The data is on disk (fsync above): a failing close cannot lose it.
  ::close(fd);
  sync_directory(dir);
  return true;
}

// --- FolderReplacement -----------------------------------------------------------------------

FolderReplacement::~FolderReplacement() {
  std::error_code ec;
  if (!temp_.empty()) fs::remove_all(temp_, ec);
  if (lock_fd_ >= 0) ::close(lock_fd_);
}

bool FolderReplacement::begin(const std::string& destination, const std::string& marker, std::string& error) {
  destination_ = destination;
  while (destination_.size() > 1 && destination_.back() == '/') destination_.pop_back();
  marker_ = marker;
  const std::string what = marker.rfind(".np-export-", 0) == 0 ? "np export " + marker.substr(11) : "np export";
  const auto [parent, name] = split(destination_);
  if (name.empty() || name == "." || name == "..") {
    error = "cannot replace '" + destination + "': name the folder to write, not '" + name + "'";
    return false;
  }
  struct stat st {};
  existed_ = ::lstat(destination_.c_str(), &st) == 0;
  if (existed_) {
    if (S_ISLNK(st.st_mode)) {
      error = "cannot replace '" + destination + "': it is a symbolic link; np replaces only a folder it wrote";
      return false;
    }
    if (!S_ISDIR(st.st_mode)) {
      error = "cannot replace '" + destination + "': it is not a folder";
      return false;
    }
    std::error_code ec;
    struct stat marker_st {};
    const bool earlier = ::lstat((destination_ + "/" + marker).c_str(), &marker_st) == 0 && S_ISREG(marker_st.st_mode);
    if (!earlier && !fs::is_empty(destination_, ec)) {
      error = "cannot replace '" + destination + "': it is not empty and not an earlier " + what + " (no " + marker + " in it)";
      return false;
    }
  }
  // The output is a folder: its parent folders are created (mkdir -p), unless one is a file.
  std::error_code ec;
  if (fs::create_directories(parent, ec); ec) {
    error =
        "cannot write '" + destination + "': " +
        (ec == std::errc::not_a_directory || ec == std::errc::file_exists ? "'" + parent + "' is not a folder"
                                                                          : "cannot create the folder '" + parent + "': " + ec.message());
    return false;
  }
  remove_stale_temporaries(destination_);
  std::string temp = in_dir(parent, "." + name + ".tmp-XXXXXX");
  if (!::mkdtemp(temp.data())) {
    error = cannot_write(destination, errno);  // EACCES, EROFS, ENOSPC: name what the user asked for
    return false;
  }
  temp_ = temp;
  lock_fd_ = ::open(temp_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (lock_fd_ >= 0) ::flock(lock_fd_, LOCK_EX);
  ::chmod(temp_.c_str(), 0755);
  return true;
}

bool FolderReplacement::commit(std::string& error) {
  const auto failed = [&](const std::string& what, const std::string& path) {
    error = what + " '" + path + "': " + std::strerror(errno);
    return false;
  };
  const std::string marker_path = temp_ + "/" + marker_;
  struct stat st {};
  if (::lstat(marker_path.c_str(), &st) != 0) {
    std::string marker_error;
    if (!write_file_atomic(marker_path, "This folder is replaced by each `np export`; np never replaces a folder without this file.\n",
                           marker_error)) {
      error = marker_error;
      return false;
    }
  }
  const std::string parent = split(destination_).dir;
  if (!existed_) {
    if (::rename(temp_.c_str(), destination_.c_str()) != 0) return failed("cannot rename the output to", destination_);
  } else if (::renameat2(AT_FDCWD, temp_.c_str(), AT_FDCWD, destination_.c_str(), RENAME_EXCHANGE) == 0) {
    std::error_code ec;
    fs::remove_all(temp_, ec);  // now the old output
  } else {
    // Two renames where the kernel or the file system cannot exchange.
    const std::string old = in_dir(parent, "." + split(destination_).name + ".old");
    std::error_code ec;
    fs::remove_all(old, ec);
    if (::rename(destination_.c_str(), old.c_str()) != 0) return failed("cannot move aside", destination_);
    if (::rename(temp_.c_str(), destination_.c_str()) != 0) {
      const int e = errno;
      ::rename(old.c_str(), destination_.c_str());
      errno = e;
      return failed("cannot rename the output to", destination_);
    }
    fs::remove_all(old, ec);
  }
  temp_.clear();
  sync_directory(parent);
  if (lock_fd_ >= 0) ::close(lock_fd_);
  lock_fd_ = -1;
  return true;
}

}  // namespace np
