#include "np/git_tree.h"

#include <filesystem>

#include "changes/git.h"

namespace np {

namespace {

namespace stdfs = std::filesystem;

constexpr int kTimeoutMs = 20000;

bool is_text_kind(const std::string& path) {
  for (const char* ext : {".md", ".yaml", ".yml", ".json"}) {
    const std::size_t n = std::char_traits<char>::length(ext);
    if (path.size() > n && path.compare(path.size() - n, n, ext) == 0) return true;
  }
  return false;
}

std::string parent_of(const std::string& rel) {
  const auto slash = rel.rfind('/');
  return slash == std::string::npos ? "" : rel.substr(0, slash);
}

}  // namespace

std::optional<GitWorkTree> find_work_tree(const std::string& dir, std::string& error) {
  std::string out;
  if (!run_git(dir, {"rev-parse", "--show-toplevel"}, "", kTimeoutMs, out)) {
    error = "'" + dir + "' is not in a git work tree (or git is not installed)";
    return std::nullopt;
  }
  while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
  GitWorkTree tree;
  tree.top = out;
  std::string head;
  tree.has_head = run_git(dir, {"rev-parse", "--verify", "--quiet", "HEAD^{commit}"}, "", kTimeoutMs, head);
  return tree;
}

std::optional<std::vector<StagedChange>> staged_changes(const GitWorkTree& tree, std::string& error) {
  std::string out;
  // Before the first commit everything in the index is added; git's empty tree stands for HEAD.
  const std::string base = tree.has_head ? "HEAD" : "4b825dc642cb6eb9a060e54bf8d69288fbee4904";
  if (!run_git(tree.top, {"diff", "--cached", "--name-status", "-z", "-M", "--no-color", "--no-ext-diff", "--no-textconv", base}, "",
               kTimeoutMs, out)) {
    error = "git could not list the staged changes";
    return std::nullopt;
  }
  const std::vector<std::string> fields = split_nul(out);
  std::vector<StagedChange> changes;
  for (std::size_t i = 0; i < fields.size();) {
    const std::string& status = fields[i];
    if (status.empty()) {
      ++i;
      continue;
    }
    StagedChange c;
    c.status = status[0];
    const bool two_paths = c.status == 'R' || c.status == 'C';
    if (two_paths && i + 2 < fields.size()) {
      c.old_path = fields[i + 1];
      c.path = fields[i + 2];
    } else if (!two_paths && i + 1 < fields.size()) {
      c.path = fields[i + 1];
    }
    i += two_paths ? 3 : 2;
    if (!c.path.empty()) changes.push_back(std::move(c));
  }
  return changes;
}

GitTreeFileSystem::GitTreeFileSystem(GitTreeFileSystem&& other) noexcept
    : top_(std::move(other.top_)), cwd_(std::move(other.cwd_)), files_(std::move(other.files_)), dirs_(std::move(other.dirs_)) {}

std::optional<GitTreeFileSystem> GitTreeFileSystem::open(const GitWorkTree& tree, Tree which, const std::string& prefetch,
                                                         std::string& error) {
  GitTreeFileSystem fs;
  fs.top_ = tree.top;
  std::error_code ec;
  fs.cwd_ = stdfs::current_path(ec).string();
  if (ec) {
    error = "cannot tell the current folder: " + ec.message();
    return std::nullopt;
  }
  std::string out;
  // Each record is "<mode> <oid> <stage>\t<path>" (ls-files) or "<mode> <type> <oid>\t<path>" (ls-tree).
  const bool index = which == Tree::index;
  if (index ? !run_git(tree.top, {"ls-files", "--stage", "-z"}, "", kTimeoutMs, out)
            : !run_git(tree.top, {"ls-tree", "-r", "-z", "--full-tree", "HEAD"}, "", kTimeoutMs, out)) {
    error = index ? "git could not list the index" : "git could not list HEAD";
    return std::nullopt;
  }
  fs.dirs_.insert("");
  for (const std::string& record : split_nul(out)) {
    const auto tab = record.find('\t');
    if (tab == std::string::npos) continue;
    const std::string meta = record.substr(0, tab), path = record.substr(tab + 1);
    const auto first_space = meta.find(' ');
    const auto second_space = meta.find(' ', first_space + 1);
    if (first_space == std::string::npos || second_space == std::string::npos) continue;
    const std::string mode = meta.substr(0, first_space);
    if (mode != "100644" && mode != "100755" && mode != "120000") continue;  // submodules and the like
    Blob b;
    b.symlink = mode == "120000";
    b.oid = index ? meta.substr(first_space + 1, second_space - first_space - 1) : meta.substr(second_space + 1);
    if (index && meta.substr(second_space + 1) != "0" && fs.files_.count(path)) continue;  // a conflict's other stages
    fs.files_[path] = std::move(b);
    for (std::string dir = parent_of(path); !dir.empty(); dir = parent_of(dir))
      if (!fs.dirs_.insert(dir).second) break;
  }
  // The texts under `prefetch`, and every symlink's target path, with one cat-file.
  const auto base = fs.in_tree(prefetch);
  std::vector<std::string> wanted;
  for (const auto& [path, blob] : fs.files_) {
    const bool under = base && (base->empty() || path.rfind(*base + "/", 0) == 0);
    if (blob.symlink || (under && is_text_kind(path))) wanted.push_back(path);
  }
  if (!fs.load_texts(wanted)) {
    error = "git could not read the files of the " + std::string(index ? "index" : "HEAD commit");
    return std::nullopt;
  }
  return fs;
}

bool GitTreeFileSystem::load_texts(const std::vector<std::string>& rels) const {
  if (rels.empty()) return true;
  std::string input;
  for (const auto& rel : rels) input += files_.at(rel).oid + "\n";
  std::string out;
  if (!run_git(top_, {"cat-file", "--batch"}, input, kTimeoutMs * 3, out)) return false;
  // "<oid> blob <size>\n<content>\n" for each.
  std::size_t at = 0;
  for (const auto& rel : rels) {
    const auto nl = out.find('\n', at);
    if (nl == std::string::npos) return false;
    const std::string header = out.substr(at, nl - at);
    at = nl + 1;
    const auto space = header.rfind(' ');
    if (header.find(" blob ") == std::string::npos || space == std::string::npos) continue;
    std::size_t size = 0;
    for (std::size_t i = space + 1; i < header.size(); ++i) {
      if (header[i] < '0' || header[i] > '9' || size > out.size()) return false;
      size = size * 10 + static_cast<std::size_t>(header[i] - '0');
    }
    if (at + size > out.size()) return false;
    const Blob& b = files_.at(rel);
    b.text = out.substr(at, size);
    b.size = size;
    at += size + 1;
  }
  return true;
}

std::optional<std::string> GitTreeFileSystem::in_tree(const std::string& path) const {
  const stdfs::path full = (stdfs::path(path).is_absolute() ? stdfs::path(path) : stdfs::path(cwd_) / path).lexically_normal();
  std::string rel = full.lexically_relative(top_).string();
  if (rel == ".") return std::string();
  if (rel.empty() || rel.rfind("..", 0) == 0) return std::nullopt;
  while (!rel.empty() && rel.back() == '/') rel.pop_back();
  return rel;
}

std::optional<std::string> GitTreeFileSystem::follow(const std::string& rel) const {
  const auto it = files_.find(rel);
  if (it == files_.end() || !it->second.symlink) return rel;
  std::lock_guard lock(mutex_);
  if (!it->second.text) return std::nullopt;
  const std::string target = *it->second.text;
  if (target.empty() || target[0] == '/') return std::nullopt;
  std::string resolved = (stdfs::path(parent_of(rel)) / target).lexically_normal().string();
  while (!resolved.empty() && resolved.back() == '/') resolved.pop_back();
  if (resolved.rfind("..", 0) == 0) return std::nullopt;
  if (resolved == ".") resolved.clear();
  const auto t = files_.find(resolved);
  if ((t != files_.end() && !t->second.symlink) || dirs_.count(resolved)) return resolved;
  return std::nullopt;  // dangling, out of the tree, or a link to a link
}

const GitTreeFileSystem::Blob* GitTreeFileSystem::blob(const std::string& rel) const {
  const auto it = files_.find(rel);
  return it == files_.end() ? nullptr : &it->second;
}

std::optional<std::vector<DirEntry>> GitTreeFileSystem::list(const std::string& dir) const {
  auto rel = in_tree(dir);
  if (rel) rel = follow(*rel);
  if (!rel || !dirs_.count(*rel)) return std::nullopt;
  const std::string prefix = rel->empty() ? "" : *rel + "/";
  std::map<std::string, DirEntry> entries;
  const auto add = [&](const std::string& path, bool is_dir) {
    if (path.rfind(prefix, 0) != 0) return;
    const std::string rest = path.substr(prefix.size());
    if (rest.empty() || rest.find('/') != std::string::npos) return;
    DirEntry e;
    e.name = rest;
    if (is_dir) {
      e.type = DirEntry::Type::directory;
    } else {
      const Blob& b = files_.at(path);
      e.symlink = b.symlink;
      const auto target = b.symlink ? follow(path) : std::optional<std::string>(path);
      e.type = !target ? DirEntry::Type::other : dirs_.count(*target) ? DirEntry::Type::directory : DirEntry::Type::file;
    }
    entries[e.name] = e;
  };
  for (auto it = dirs_.lower_bound(prefix); it != dirs_.end() && it->rfind(prefix, 0) == 0; ++it) add(*it, true);
  for (auto it = files_.lower_bound(prefix); it != files_.end() && it->first.rfind(prefix, 0) == 0; ++it) add(it->first, false);
  std::vector<DirEntry> out;
  for (auto& [name, e] : entries) out.push_back(std::move(e));
  return out;
}

ReadResult GitTreeFileSystem::read(const std::string& path, std::size_t max_bytes) const {
  ReadResult r;
  auto rel = in_tree(path);
  if (rel) rel = follow(*rel);
  const Blob* b = rel ? blob(*rel) : nullptr;
  if (!b) {
    r.error = rel && dirs_.count(*rel) ? "it is a folder" : "no such file in the git tree";
    return r;
  }
  {
    std::lock_guard lock(mutex_);
    if (b->text) {
      r.ok = true;
      r.text = b->text->substr(0, max_bytes + 1);
      return r;
    }
  }
  std::lock_guard lock(mutex_);
  if (!b->text && !load_texts({*rel})) {
    r.error = "git could not read it";
    return r;
  }
  r.ok = b->text.has_value();
  if (r.ok)
    r.text = b->text->substr(0, max_bytes + 1);
  else
    r.error = "git could not read it";
  return r;
}

std::optional<std::size_t> GitTreeFileSystem::file_size(const std::string& path) const {
  auto rel = in_tree(path);
  if (rel) rel = follow(*rel);
  const Blob* b = rel ? blob(*rel) : nullptr;
  if (!b) return std::nullopt;
  std::lock_guard lock(mutex_);
  return b->size;
}

bool GitTreeFileSystem::has_symlink() const {
  for (const auto& [path, blob] : files_)
    if (blob.symlink) return true;
  return false;
}

bool GitTreeFileSystem::exists(const std::string& path) const {
  auto rel = in_tree(path);
  if (rel) rel = follow(*rel);
  return rel && (files_.count(*rel) || dirs_.count(*rel));
}

std::optional<std::string> GitTreeFileSystem::canonical(const std::string& path) const {
  auto rel = in_tree(path);
  if (rel) rel = follow(*rel);
  if (!rel || (!files_.count(*rel) && !dirs_.count(*rel))) return std::nullopt;
  return rel->empty() ? top_ : top_ + "/" + *rel;
}

}  // namespace np
