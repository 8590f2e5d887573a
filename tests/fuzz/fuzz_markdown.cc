// The Markdown walk: headings, links, math spans, code blocks, comments. Every offset it records
// lies inside the file.
#include <cstddef>
#include <cstdint>

#include "np/markdown.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const np::SourceFile file("n.md", std::string(reinterpret_cast<const char*>(data), size));
  const np::BodyFacts facts = np::walk_markdown(file, 0, file.text().size());
  const std::size_t n = file.text().size();
  for (const auto& h : facts.headings)
    if (h.begin > n || h.end > n + 1) __builtin_trap();
  for (const auto& l : facts.links)
    if (l.begin > n || l.end > n) __builtin_trap();
  for (const auto& m : facts.math)
    if (m.begin > n || m.end > n) __builtin_trap();
  for (const auto& c : facts.comments)
    if (c.begin > n || c.end > n) __builtin_trap();
  return 0;
}
