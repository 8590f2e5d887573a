// The Markdown walk: headings, links, math spans, code blocks, comments, entities that name control
// characters. Every offset it records lies inside the file. And the HTML renderer on the same
// facts: its output never holds a control character (np/utf8.h), whatever the input holds.
#include <cstddef>
#include <cstdint>

#include "np/html.h"
#include "np/markdown.h"
#include "np/utf8.h"

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
  for (const auto& e : facts.control_entities)
    if (e.begin > e.end || e.end > n || !np::utf8::is_control_character(e.code_point)) __builtin_trap();
  for (const bool xhtml : {false, true}) {
    np::HtmlOptions options;
    options.xhtml = xhtml;
    std::size_t length = 0;
    if (np::utf8::find_control_character(np::render_html(file, facts, options), 0, length)) __builtin_trap();
  }
  return 0;
}
