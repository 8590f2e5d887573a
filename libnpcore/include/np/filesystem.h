// The one test seam for reading content: the real disk, or an in-memory tree for fast tests.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace np {

struct DirEntry {
  enum class Type { file, directory, other };
  std::string name;
  Type type = Type::other;
  bool symlink = false;
};

struct ReadResult {
  bool ok = false;
  std::string text;
  std::string error;    // why it could not be read, for the user
  std::string outside;  // read_within: where the path leads when that is outside the folder (then not read)
};

// Whether `path` is `folder` or lies below it (both canonical: absolute, symlinks resolved).
bool path_within(const std::string& path, const std::string& folder);

class FileSystem {
 public:
  virtual ~FileSystem() = default;
  // Entries of a directory, sorted by name; nullopt when it cannot be listed.
  virtual std::optional<std::vector<DirEntry>> list(const std::string& dir) const = 0;
  // Reads at most max_bytes + 1 bytes, so that callers can tell a file is too large without
  // reading all of it.
  virtual ReadResult read(const std::string& path, std::size_t max_bytes) const = 0;
  virtual std::optional<std::size_t> file_size(const std::string& path) const = 0;
  virtual bool exists(const std::string& path) const = 0;
  // The path with symlinks resolved and made absolute; nullopt on a loop or a dangling link.
  virtual std::optional<std::string> canonical(const std::string& path) const = 0;
  // As read(), but only when the file `path` names, every symlink resolved, lies inside `folder`
  // (a path as canonical() gives it: the curriculum root, a schema folder). Otherwise the file is
  // not read (nor, where np can tell beforehand, even opened) and `outside` says where it leads.
  // This one checks the name; the real disk also checks what it opened (a file swapped for a
  // symlink while np runs).
  virtual ReadResult read_within(const std::string& folder, const std::string& path, std::size_t max_bytes) const;
};

class RealFileSystem final : public FileSystem {
 public:
  std::optional<std::vector<DirEntry>> list(const std::string& dir) const override;
  ReadResult read(const std::string& path, std::size_t max_bytes) const override;
  std::optional<std::size_t> file_size(const std::string& path) const override;
  bool exists(const std::string& path) const override;
  std::optional<std::string> canonical(const std::string& path) const override;
  ReadResult read_within(const std::string& folder, const std::string& path, std::size_t max_bytes) const override;
};

// An in-memory tree: paths are '/'-separated; directories are implied by the files below them.
// Files can be marked unreadable to test error paths the real disk cannot show as root.
class MemoryFileSystem final : public FileSystem {
 public:
  void add(const std::string& path, std::string text);
  void add_unreadable(const std::string& path);
  std::optional<std::vector<DirEntry>> list(const std::string& dir) const override;
  ReadResult read(const std::string& path, std::size_t max_bytes) const override;
  std::optional<std::size_t> file_size(const std::string& path) const override;
  bool exists(const std::string& path) const override;
  std::optional<std::string> canonical(const std::string& path) const override;

 private:
  std::map<std::string, std::optional<std::string>> files_;  // nullopt: unreadable
};

// The real disk with one file's content replaced (or added): `np lint --stdin`.
class OverlayFileSystem final : public FileSystem {
 public:
  OverlayFileSystem(const FileSystem& base, std::string path, std::string text);
  std::optional<std::vector<DirEntry>> list(const std::string& dir) const override;
  ReadResult read(const std::string& path, std::size_t max_bytes) const override;
  std::optional<std::size_t> file_size(const std::string& path) const override;
  bool exists(const std::string& path) const override;
  std::optional<std::string> canonical(const std::string& path) const override;
  ReadResult read_within(const std::string& folder, const std::string& path, std::size_t max_bytes) const override;

 private:
  const FileSystem& base_;
  std::string path_;
  std::string text_;
};

// Joins with '/' and removes "." and "x/.." segments lexically.
std::string join_path(const std::string& a, const std::string& b);
std::string normalize_path(const std::string& path);

}  // namespace np
