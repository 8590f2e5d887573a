#include "np/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
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

}  // namespace

bool write_file_atomic(const std::string& path, std::string_view contents, std::string& error) {
  const auto slash = path.rfind('/');
  const std::string dir = slash == std::string::npos ? "." : (slash == 0 ? "/" : path.substr(0, slash));
  const std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  if (name.empty()) {
    error = "cannot write '" + path + "': it names a folder, not a file";
    return false;
  }
  // Hidden and in the same folder: rename(2) is atomic only within one file system, and a reader
  // listing the folder (a web server, a glob in CI) skips dot files.
  const std::string temp_template = (dir == "/" ? "" : dir) + "/." + name + ".tmp-XXXXXX";
  std::vector<char> temp(temp_template.begin(), temp_template.end());
  temp.push_back('\0');
  const int fd = ::mkostemp(temp.data(), O_CLOEXEC);
  if (fd < 0) {
    error = describe("cannot create", temp_template);
    return false;
  }
  const std::string temp_path(temp.data());
  const auto fail = [&](const std::string& what, const std::string& subject) {
    error = describe(what, subject);
    if (fd >= 0) ::close(fd);
    ::unlink(temp_path.c_str());
    return false;
  };
  // mkstemp creates the file 0600; an output file is for others to read.
  if (::fchmod(fd, 0644) != 0) return fail("cannot set the mode of", temp_path);
  if (!write_all(fd, contents)) return fail("cannot write", temp_path);
  if (::fsync(fd) != 0) return fail("cannot flush", temp_path);
  if (::close(fd) != 0) {
    error = describe("cannot close", temp_path);
    ::unlink(temp_path.c_str());
    return false;
  }
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
