// The part of pre-commit precision the lint engine applies: which diagnostics in files outside
// PATHS report a link or prerequisite that the change to PATHS broke.
#pragma once

#include <set>
#include <string>
#include <unordered_map>

#include "np/changes.h"
#include "np/diagnostic.h"
#include "np/links.h"

namespace np {

class BrokenByChange {
 public:
  // Finds, in notes outside `selected`, broken links and prerequisites whose target (path, id or
  // path#anchor) one of `previous` provided.
  BrokenByChange(const Curriculum& curriculum, const LinkResolution& links, const ProvidedTargets& previous,
                 const std::set<std::string>& selected);

  // Whether the diagnostic reports one of those; if so its message gains the file that provided
  // the target.
  bool keep(Diagnostic& d) const;

 private:
  void add(const SourceFile& file, std::size_t offset, const std::string& provider);
  std::unordered_map<std::string, std::string> providers_;  // "file:line:column" -> changed file
};

}  // namespace np
