// Writing an exporter's output folder atomically (np export latex, np export site).
#include "export/folder_output.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "np/atomic_file.h"

namespace np {

namespace {

namespace fs = std::filesystem;

std::string errno_text(const std::string& what, const std::string& path) { return what + " '" + path + "': " + std::strerror(errno); }

}  // namespace

bool write_export_folder(const std::string& destination, const std::map<std::string, std::string>& files, const std::string& marker,
                         std::string& error) {
  std::error_code ec;
  const fs::path dest(destination);
  const fs::path parent = dest.has_parent_path() ? dest.parent_path() : fs::path(".");
  const bool exists = fs::exists(fs::symlink_status(dest, ec));
  if (exists) {
    if (!fs::is_directory(fs::symlink_status(dest, ec))) {
      error = "cannot replace '" + destination + "': it is not a folder";
      return false;
    }
    if (!fs::is_empty(dest, ec) && !fs::exists(dest / marker, ec)) {
      error = "cannot replace '" + destination + "': it is not empty and not an earlier export of np (no " + marker + " in it)";
      return false;
    }
  }
  // The project is a folder: its parent folders are created (mkdir -p), unless one is a file.
  if (fs::create_directories(parent, ec); ec) {
    error = "cannot write '" + destination + "': " +
            (ec == std::errc::not_a_directory || ec == std::errc::file_exists ? "'" + parent.string() + "' is not a folder"
                                                                            : "cannot create the folder '" + parent.string() + "': " + ec.message());
    return false;
  }
  std::string temp = (parent / ("." + dest.filename().string() + ".tmp-XXXXXX")).string();
  if (!::mkdtemp(temp.data())) {
    error = errno_text("cannot write", destination);  // EACCES, EROFS, ENOSPC: name what the user asked for
    return false;
  }
  const auto fail = [&](std::string message) {
    error = std::move(message);
    fs::remove_all(temp, ec);
    return false;
  };
  ::chmod(temp.c_str(), 0755);
  for (const auto& [path, contents] : files) {
    const fs::path file = fs::path(temp) / path;
    fs::create_directories(file.parent_path(), ec);
    if (ec) return fail("cannot create '" + file.parent_path().string() + "': " + ec.message());
    std::string write_error;
    if (!write_file_atomic(file.string(), contents, write_error)) return fail(write_error);
  }
  if (!exists) {
    if (::rename(temp.c_str(), destination.c_str()) != 0) return fail(errno_text("cannot rename the output to", destination));
    return true;
  }
  // An atomic swap where the kernel has one, else two renames.
  if (::renameat2(AT_FDCWD, temp.c_str(), AT_FDCWD, destination.c_str(), RENAME_EXCHANGE) != 0) {
    const std::string old = (parent / ("." + dest.filename().string() + ".old")).string();
    fs::remove_all(old, ec);
    if (::rename(destination.c_str(), old.c_str()) != 0) return fail(errno_text("cannot move aside", destination));
    if (::rename(temp.c_str(), destination.c_str()) != 0) {
      ::rename(old.c_str(), destination.c_str());
      return fail(errno_text("cannot rename the output to", destination));
    }
    fs::remove_all(old, ec);
    return true;
  }
  fs::remove_all(temp, ec);  // now the old project
  return true;
}

}  // namespace np
