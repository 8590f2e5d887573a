// md_parse() for np's three Markdown walkers (the facts walk, the HTML renderer, the LaTeX writer):
// one dialect (GitHub, $-math, wiki links), and spans always balanced within their block.
//
// md4c 0.4.8 can open a span and never close it: in "a ~b c [x](d~e)" the strikethrough opened at
// "~b" is never left (its closing '~' lies in the link destination; the fuzzer found it). A writer
// that trusts md4c would leave "<del>" or "\npdel{" open. Here the spans a block opened and did not
// close are left, innermost first, before the block is; a leave_span with no open span in the
// current block is dropped.
#pragma once

#include <md4c.h>

#include <cstddef>
#include <vector>

namespace np {

inline constexpr unsigned kMarkdownFlags = MD_DIALECT_GITHUB | MD_FLAG_LATEXMATHSPANS | MD_FLAG_WIKILINKS;

// W has enter_block/leave_block(MD_BLOCKTYPE, void*), enter_span/leave_span(MD_SPANTYPE, void*)
// and text(MD_TEXTTYPE, const MD_CHAR*, MD_SIZE), each returning 0 to go on. Returns md_parse's code.
template <typename W>
int parse_markdown(const char* text, std::size_t size, W& walker) {
  struct Balanced {
    W& w;
    std::vector<MD_SPANTYPE> spans;       // open spans, innermost last
    std::vector<std::size_t> block_marks;  // spans.size() when each open block began
    std::size_t mark() const { return block_marks.empty() ? 0 : block_marks.back(); }
  } b{walker, {}, {}};
  MD_PARSER parser{};
  parser.flags = kMarkdownFlags;
  parser.enter_block = [](MD_BLOCKTYPE t, void* d, void* u) {
    auto& s = *static_cast<Balanced*>(u);
    s.block_marks.push_back(s.spans.size());
    return s.w.enter_block(t, d);
  };
  parser.leave_block = [](MD_BLOCKTYPE t, void* d, void* u) {
    auto& s = *static_cast<Balanced*>(u);
    while (s.spans.size() > s.mark()) {
      if (const int rc = s.w.leave_span(s.spans.back(), nullptr)) return rc;
      s.spans.pop_back();
    }
    if (!s.block_marks.empty()) s.block_marks.pop_back();
    return s.w.leave_block(t, d);
  };
  parser.enter_span = [](MD_SPANTYPE t, void* d, void* u) {
    auto& s = *static_cast<Balanced*>(u);
    s.spans.push_back(t);
    return s.w.enter_span(t, d);
  };
  parser.leave_span = [](MD_SPANTYPE t, void* d, void* u) {
    auto& s = *static_cast<Balanced*>(u);
    if (s.spans.size() <= s.mark()) return 0;
    s.spans.pop_back();
    return s.w.leave_span(t, d);
  };
  parser.text = [](MD_TEXTTYPE t, const MD_CHAR* x, MD_SIZE n, void* u) { return static_cast<Balanced*>(u)->w.text(t, x, n); };
  return md_parse(text, static_cast<MD_SIZE>(size), &parser, &b);
}

}  // namespace np
