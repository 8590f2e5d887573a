// Pre-commit precision: `np lint PATHS` also reports links in other files that the changes to
// PATHS broke. The committed (HEAD) versions of the changed files, and of files the index deletes
// or renames, say what they provided (note paths, ids, anchors); a broken link elsewhere whose
// target is one of those was broken by the change, and is reported although its file is not in PATHS.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

namespace np {

// A file as it is at HEAD, root-relative. `text` is empty for files that are not notes.
struct PreviousFile {
  std::string path;
  std::string text;
};

// What the previous versions provided, each mapped to the changed file that provided it.
struct ProvidedTargets {
  std::unordered_map<std::string, std::string> paths;    // a note's or asset's path
  std::unordered_map<std::string, std::string> ids;      // a note id
  std::unordered_map<std::string, std::string> anchors;  // "path#anchor" of a note
  bool empty() const { return paths.empty() && ids.empty() && anchors.empty(); }
};

// Reads each previous note's front matter (its id) and walks its Markdown (its anchors).
ProvidedTargets provided_by(const std::vector<PreviousFile>& files);

// The HEAD versions of `selected` (root-relative paths) and of the files under the root that the
// index deletes or renames, asked of git. Empty when the root is not in a git work tree, git is
// not installed or does not answer within the time limit: the check is then quietly off.
std::vector<PreviousFile> previous_versions_from_git(const std::string& root, const std::vector<std::string>& selected,
                                                     int timeout_ms = 10000);

}  // namespace np
