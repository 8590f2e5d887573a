// A curriculum as git stores it, read through the FileSystem seam: the index (what `git commit`
// would record) or HEAD. `np lint --staged` lints the staged tree and compares it with HEAD, so
// that it sees deletions, renames and configuration changes, not only the files passed to it.
#pragma once

#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "np/filesystem.h"

namespace np {

// A change the index records against HEAD (`git diff --cached`), paths relative to the top of the
// work tree. status: 'A'dded, 'M'odified, 'D'eleted, 'R'enamed (old_path set), 'C'opied, 'T'ype.
struct StagedChange {
  char status = 'M';
  std::string path;
  std::string old_path;
};

struct GitWorkTree {
  std::string top;        // absolute path of the work tree's top folder
  bool has_head = false;  // false before the first commit
};

// The work tree holding `dir`, or nullopt with `error` (not a repository, git missing or failing).
std::optional<GitWorkTree> find_work_tree(const std::string& dir, std::string& error);

// What the index changes against HEAD (everything, before the first commit).
std::optional<std::vector<StagedChange>> staged_changes(const GitWorkTree& tree, std::string& error);

class GitTreeFileSystem final : public FileSystem {
 public:
  enum class Tree { index, head };
  // Lists the tree and reads the text files (.md, .yaml, .yml, .json) under `prefetch` (a folder,
  // as np names it) with one git process each; other files are read on demand. Paths are taken
  // as np names them (relative to the current folder, or absolute) and must lie in the work tree.
  static std::optional<GitTreeFileSystem> open(const GitWorkTree& tree, Tree which, const std::string& prefetch, std::string& error);

  GitTreeFileSystem(GitTreeFileSystem&& other) noexcept;

  std::optional<std::vector<DirEntry>> list(const std::string& dir) const override;
  ReadResult read(const std::string& path, std::size_t max_bytes) const override;
  std::optional<std::size_t> file_size(const std::string& path) const override;
  bool exists(const std::string& path) const override;
  std::optional<std::string> canonical(const std::string& path) const override;
  // Whether the tree holds a symlink anywhere: then a file whose path git reports unchanged may
  // read differently (its target changed).
  bool has_symlink() const;

 private:
  GitTreeFileSystem() = default;
  struct Blob {
    std::string oid;
    bool symlink = false;
    mutable std::optional<std::size_t> size;  // known once read (guarded by mutex_)
    mutable std::optional<std::string> text;
  };
  // The path relative to the top of the work tree ("" for the top), or nullopt outside it.
  std::optional<std::string> in_tree(const std::string& path) const;
  // A symlink's target inside the tree (one level), or nullopt when it leaves the tree or dangles.
  std::optional<std::string> follow(const std::string& rel) const;
  const Blob* blob(const std::string& rel) const;
  bool load_texts(const std::vector<std::string>& rels) const;

  std::string top_, cwd_;
  std::map<std::string, Blob> files_;
  std::set<std::string> dirs_;
  mutable std::mutex mutex_;  // the loader reads from several threads; texts read on demand are stored
};

}  // namespace np
