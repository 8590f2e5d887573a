#include "np/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <random>
#include <vector>

namespace np {

namespace {

std::string describe(const std::string& what, const std::string& path) { return what + " '" + path + "': " + std::strerror(errno); }

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
    linked = (dir == "/" ? "" : dir) + "/." + name + ".tmp-" + suffix;
    if (::linkat(AT_FDCWD, proc.c_str(), AT_FDCWD, linked.c_str(), AT_SYMLINK_FOLLOW) == 0) return true;
    if (errno != EEXIST) return false;
  }
  return false;
}

}  // namespace

bool write_file_atomic(const std::string& path, std::string_view contents, std::string& error) {
  const auto slash = path.rfind('/');
  const std::string dir = slash == std::string::npos ? "." : (slash == 0 ? "/" : path.substr(0, slash));
  const std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  if (name.empty()) {
    error = "cannot write '" + path + "': it names a folder, not a file";
    return false;
  }
  // The folder must exist (as for any shell redirection): say so, rather than name the temporary file.
  struct stat st {};
  if (const int e = ::stat(dir.c_str(), &st) != 0 ? errno : S_ISDIR(st.st_mode) ? 0 : ENOTDIR) {
    error = "cannot write '" + path + "': " +
            (e == ENOENT   ? "the folder '" + dir + "' does not exist"
             : e == ENOTDIR ? "'" + dir + "' is not a folder"
                            : "cannot use the folder '" + dir + "': " + std::strerror(e));
    return false;
  }
  // Hidden and in the same folder: rename(2) is atomic only within one file system, and a reader
  // listing the folder (a web server, a glob in CI) skips dot files.
  const std::string temp_template = (dir == "/" ? "" : dir) + "/." + name + ".tmp-XXXXXX";
  // First choice: an unnamed file (O_TMPFILE) that gets a name only once it is complete, so that a
  // process killed while writing (SIGKILL included) leaves nothing behind. File systems without
  // O_TMPFILE get a named temporary file from mkostemp.
  int fd = ::open(dir.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0644);
  const bool unnamed = fd >= 0;
  std::string temp_path;
  if (!unnamed) {
    if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL) {
      error = describe("cannot write", path);  // EACCES, EROFS, ENOSPC: the user knows the destination, not the temporary name
      return false;
    }
    std::vector<char> temp(temp_template.begin(), temp_template.end());
    temp.push_back('\0');
    fd = ::mkostemp(temp.data(), O_CLOEXEC);
    if (fd < 0) {
      error = describe("cannot write", path);  // EACCES, EROFS, ENOSPC: the user knows the destination, not the temporary name
      return false;
    }
    temp_path = temp.data();
  }
  const auto fail = [&](const std::string& what, const std::string& subject) {
    error = describe(what, subject);
    if (fd >= 0) ::close(fd);
    if (!temp_path.empty()) ::unlink(temp_path.c_str());
    return false;
  };
  const std::string shown = unnamed ? temp_template : temp_path;
  // mkstemp creates the file 0600 (O_TMPFILE applies the umask); an output file is for others to read.
  if (::fchmod(fd, 0644) != 0) return fail("cannot set the mode of", shown);
  if (!write_all(fd, contents)) return fail("cannot write", shown);
  if (::fsync(fd) != 0) return fail("cannot flush", shown);
  if (unnamed && !link_unnamed(fd, dir, name, temp_path)) {
    temp_path.clear();
    return fail("cannot create", temp_template);
  }
  if (::close(fd) != 0) {
    fd = -1;
    return fail("cannot close", temp_path);
  }
  fd = -1;
  if (::rename(temp_path.c_str(), path.c_str()) != 0) {
    // The temporary name is random; the user knows the destination.
    error = describe("cannot replace", path);
    ::unlink(temp_path.c_str());
    return false;
  }
  sync_directory(dir);
  return true;
}

}  // namespace np
