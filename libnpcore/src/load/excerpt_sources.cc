#include "np/curriculum.h"

namespace np {

ExcerptSources::ExcerptSources(const Curriculum& curriculum, const FileSystem& fs) : curriculum_(curriculum), fs_(fs) {}

const SourceFile* ExcerptSources::find(const std::string& path) {
  if (by_path_.empty()) by_path_ = curriculum_.sources_by_path();
  const auto it = by_path_.find(path);
  if (it == by_path_.end()) return nullptr;
  if (it->second->has_text()) return it->second;
  auto [again, inserted] = read_again_.try_emplace(path);
  if (inserted) {
    ReadResult read = fs_.read_within(curriculum_.canonical_root, join_path(curriculum_.root, path), it->second->size());
    if (read.ok && it->second->same_text(read.text)) again->second.emplace(path, std::move(read.text));
  }
  return again->second ? &*again->second : nullptr;
}

}  // namespace np
