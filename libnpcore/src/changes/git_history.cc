// Asking git for the HEAD versions of changed files: three read-only commands (rev-parse,
// diff --cached, cat-file --batch), run without a shell and under a time limit. Any failure
// turns the pre-commit check off rather than failing the lint.
#include <set>

#include "changes/git.h"
#include "np/changes.h"

namespace np {

namespace {

// Files under the root (paths relative to it) that the index deletes, and the old paths of the
// ones it renames: `git diff --cached --name-status -z` is "D\0path\0", "R100\0old\0new\0", ...
std::vector<std::string> deleted_or_renamed(const std::string& root, int timeout_ms) {
  std::string out;
  if (!run_git(root, {"diff", "--cached", "--name-status", "-z", "-M", "--relative", "--no-color", "--no-ext-diff", "--no-textconv"}, "",
               timeout_ms, out))
    return {};
  const std::vector<std::string> fields = split_nul(out);
  std::vector<std::string> paths;
  for (std::size_t i = 0; i < fields.size();) {
    const std::string& status = fields[i];
    const bool two_paths = !status.empty() && (status[0] == 'R' || status[0] == 'C');
    if (i + 1 < fields.size() && !status.empty() && (status[0] == 'D' || status[0] == 'R')) paths.push_back(fields[i + 1]);
    i += two_paths ? 3 : 2;
  }
  return paths;
}

// `git cat-file --batch` answers each "HEAD:path" line with "<oid> blob <size>\n<content>\n", or
// "<name> missing\n" for a file that HEAD does not have (a new note).
std::vector<PreviousFile> read_at_head(const std::string& root, const std::string& prefix, const std::vector<std::string>& paths,
                                       int timeout_ms) {
  std::string input;
  std::vector<std::string> asked;
  for (const auto& p : paths) {
    if (p.find('\n') != std::string::npos) continue;  // cannot be written on one line
    input += "HEAD:" + prefix + p + "\n";
    asked.push_back(p);
  }
  std::string out;
  if (asked.empty() || !run_git(root, {"cat-file", "--batch"}, input, timeout_ms, out)) return {};
  std::vector<PreviousFile> files;
  std::size_t at = 0;
  for (const auto& path : asked) {
    const auto nl = out.find('\n', at);
    if (nl == std::string::npos) break;
    const std::string header = out.substr(at, nl - at);
    at = nl + 1;
    const auto space = header.rfind(' ');
    if (header.find(" blob ") == std::string::npos || space == std::string::npos) continue;  // missing, or not a file
    std::size_t size = 0;
    for (std::size_t i = space + 1; i < header.size() && size <= out.size(); ++i)
      size = header[i] >= '0' && header[i] <= '9' ? size * 10 + static_cast<std::size_t>(header[i] - '0') : out.size() + 1;
    if (size > out.size() || at + size > out.size()) break;
    files.push_back({path, out.substr(at, size)});
    at += size + 1;
  }
  return files;
}

}  // namespace

std::vector<PreviousFile> previous_versions_from_git(const std::string& root, const std::vector<std::string>& selected, int timeout_ms) {
  std::string prefix;
  if (!run_git(root, {"rev-parse", "--show-prefix"}, "", timeout_ms, prefix)) return {};
  while (!prefix.empty() && (prefix.back() == '\n' || prefix.back() == '\r')) prefix.pop_back();
  const auto is_markdown = [](const std::string& p) { return p.size() > 3 && p.compare(p.size() - 3, 3, ".md") == 0; };
  std::set<std::string> notes;
  for (const auto& p : selected)
    if (is_markdown(p)) notes.insert(p);
  std::vector<PreviousFile> gone;  // deleted or renamed assets: their path is all they provided
  for (auto& p : deleted_or_renamed(root, timeout_ms)) {
    if (is_markdown(p))
      notes.insert(std::move(p));
    else
      gone.push_back({std::move(p), ""});
  }
  auto files = read_at_head(root, prefix, std::vector<std::string>(notes.begin(), notes.end()), timeout_ms);
  files.insert(files.end(), gone.begin(), gone.end());
  return files;
}

}  // namespace np
