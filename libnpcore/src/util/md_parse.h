// parse_markdown() for np's Markdown walk (src/load/markdown.cc: the facts, and the record of the
// walk the HTML and LaTeX writers write from): one dialect (GitHub, $-math, wiki links,
// footnotes), and spans always balanced within their block.
//
// md4c 0.4.8 can open a span and never close it: in "a ~b c [x](d~e)" the strikethrough opened at
// "~b" is never left (its closing '~' lies in the link destination; the fuzzer found it). A writer
// of a record that trusted md4c would leave "<del>" or "\npdel{" open. Here the spans a block opened and did not
// close are left, innermost first, before the block is; a leave_span with no open span in the
// current block is dropped.
//
// Footnotes (md4c has none): the definitions are found before the walk (src/load/footnotes.cc) and
// blanked out of the text md4c parses; each definition's Markdown is parsed on its own. Either way
// md4c parses a copy, and every pointer it hands out into that copy is turned back into a pointer
// into the file (the copy holds the file's bytes at those places), so that walkers keep computing
// offsets as `pointer - file buffer`. A "[^label]" in text (outside links) goes to the walker's
// footnote_ref() instead of text().
#pragma once

#include <md4c.h>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "np/markdown.h"

namespace np {

inline constexpr unsigned kMarkdownFlags = MD_DIALECT_GITHUB | MD_FLAG_LATEXMATHSPANS | MD_FLAG_WIKILINKS;

// What md4c parses and where it lies in the file.
struct MarkdownInput {
  const char* text = nullptr;
  std::size_t size = 0;
  // Piece i of `text` starts at offset pieces[i].first and is a copy of the file's bytes from
  // pieces[i].second on. Empty: `text` is in the file's buffer itself.
  std::vector<std::pair<std::size_t, const char*>> pieces;
  // The definitions "[^label]" refers to; null: footnote references are plain text.
  const std::vector<Footnote>* footnotes = nullptr;

  const char* to_file(const char* p) const {
    if (pieces.empty() || p < text || p >= text + size) return p;
    const auto k = static_cast<std::size_t>(p - text);
    auto it = std::upper_bound(pieces.begin(), pieces.end(), k, [](std::size_t v, const auto& piece) { return v < piece.first; });
    --it;  // pieces[0].first is 0
    return it->second + (k - it->first);
  }
};

// The definitions in text[begin, end) (a note's body), in source order, duplicates marked
// (src/load/footnotes.cc).
std::vector<Footnote> find_footnotes(std::string_view text, std::size_t begin, std::size_t end);

// The input for the body text[begin, end) with the footnote definitions blanked out (`storage`
// holds the copy when there are any). `references`: whether the text may hold a "[^label]" to
// hand to footnote_ref() (the facts walk knows from its one scan of the body); false spares every
// piece of text the search.
MarkdownInput body_input(std::string_view text, std::size_t begin, std::size_t end, const std::vector<Footnote>& footnotes, bool references,
                         std::string& storage);

// The input for one definition's Markdown.
MarkdownInput footnote_input(const Footnote& footnote, const char* file_text);

// The definitions by label, for the "[^label]" references of a body: a hash lookup each, as a
// note may hold tens of thousands of both.
class FootnoteIndex {
 public:
  explicit FootnoteIndex(const std::vector<Footnote>& footnotes);
  // The definition a "[^label]" refers to (labels match case-insensitively; the first of
  // duplicates wins), or FootnoteRef::kUndefined.
  std::size_t find(std::string_view label) const;

 private:
  std::unordered_map<std::string, std::size_t> first_;  // label_key() -> index
};

// What labels are compared by: ASCII letters in lower case.
std::string footnote_label_key(std::string_view label);

// md4c 0.4.8 takes time quadratic in the lines of a paragraph that holds brackets: a paragraph
// of more than kParagraphLines lines is parsed as several (src/load/long_paragraphs.cc). When
// `input` has one, `out` is a copy of it (its text in `storage`) with a blank line after about
// every kParagraphLines of its lines, and the result true.
inline constexpr std::size_t kParagraphLines = 1000;
bool split_long_paragraphs(const MarkdownInput& input, MarkdownInput& out, std::string& storage);

// W has enter_block/leave_block(MD_BLOCKTYPE, void*), enter_span/leave_span(MD_SPANTYPE, void*),
// text(MD_TEXTTYPE, const MD_CHAR*, MD_SIZE) and footnote_ref(std::size_t footnote,
// std::string_view label, const MD_CHAR* marker, MD_SIZE size) (footnote: an index into the
// footnotes, or FootnoteRef::kUndefined), each returning 0 to go on. Returns md_parse's code.
template <typename W>
int parse_markdown(const MarkdownInput& whole_input, W& walker) {
  MarkdownInput split_input;
  std::string split_storage;
  const MarkdownInput& input = split_long_paragraphs(whole_input, split_input, split_storage) ? split_input : whole_input;
  struct Balanced {
    W& w;
    const MarkdownInput& in;
    std::vector<MD_SPANTYPE> spans;        // open spans, innermost last
    std::vector<std::size_t> block_marks;  // spans.size() when each open block began
    int links = 0;                         // open links and images: their text holds no footnote reference
    std::optional<FootnoteIndex> index;    // built at the first reference
    std::size_t mark() const { return block_marks.empty() ? 0 : block_marks.back(); }
    static bool is_link(MD_SPANTYPE t) { return t == MD_SPAN_A || t == MD_SPAN_IMG || t == MD_SPAN_WIKILINK; }

    void fix(MD_ATTRIBUTE& a) const { a.text = in.to_file(a.text); }

    // Text with its "[^label]" markers handed to footnote_ref().
    int normal_text(const MD_CHAR* x, MD_SIZE n) {
      const std::string_view s(x, n);
      std::size_t done = 0;
      for (std::size_t i = s.find("[^"); i != std::string_view::npos; i = s.find("[^", i + 1)) {
        std::size_t j = i + 2;
        while (j < s.size() && s[j] != ']' && s[j] != '[' && static_cast<unsigned char>(s[j]) > ' ') ++j;
        if (j == i + 2 || j >= s.size() || s[j] != ']') continue;
        if (i > done)
          if (const int rc = w.text(MD_TEXT_NORMAL, x + done, static_cast<MD_SIZE>(i - done))) return rc;
        const std::string_view label = s.substr(i + 2, j - i - 2);
        if (!index) index.emplace(*in.footnotes);
        if (const int rc = w.footnote_ref(index->find(label), label, x + i, static_cast<MD_SIZE>(j + 1 - i))) return rc;
        done = j + 1;
        i = j;
      }
      return done < s.size() ? w.text(MD_TEXT_NORMAL, x + done, static_cast<MD_SIZE>(s.size() - done)) : 0;
    }
  } b{walker, input, {}, {}, 0, std::nullopt};
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
      if (s.is_link(s.spans.back())) --s.links;
      if (const int rc = s.w.leave_span(s.spans.back(), nullptr)) return rc;
      s.spans.pop_back();
    }
    if (!s.block_marks.empty()) s.block_marks.pop_back();
    return s.w.leave_block(t, d);
  };
  parser.enter_span = [](MD_SPANTYPE t, void* d, void* u) {
    auto& s = *static_cast<Balanced*>(u);
    s.spans.push_back(t);
    // A link's attributes that point into a copy point into the file instead (in a copy of md4c's
    // detail).
    const auto link = [&](auto detail, auto... attributes) {
      ++s.links;
      (s.fix(detail.*attributes), ...);
      return s.w.enter_span(t, &detail);
    };
    if (t == MD_SPAN_A) return link(*static_cast<MD_SPAN_A_DETAIL*>(d), &MD_SPAN_A_DETAIL::href, &MD_SPAN_A_DETAIL::title);
    if (t == MD_SPAN_IMG) return link(*static_cast<MD_SPAN_IMG_DETAIL*>(d), &MD_SPAN_IMG_DETAIL::src, &MD_SPAN_IMG_DETAIL::title);
    if (t == MD_SPAN_WIKILINK) return link(*static_cast<MD_SPAN_WIKILINK_DETAIL*>(d), &MD_SPAN_WIKILINK_DETAIL::target);
    return s.w.enter_span(t, d);
  };
  parser.leave_span = [](MD_SPANTYPE t, void* d, void* u) {
    auto& s = *static_cast<Balanced*>(u);
    if (s.spans.size() <= s.mark()) return 0;
    if (s.is_link(t)) --s.links;
    s.spans.pop_back();
    return s.w.leave_span(t, d);
  };
  parser.text = [](MD_TEXTTYPE t, const MD_CHAR* x, MD_SIZE n, void* u) {
    auto& s = *static_cast<Balanced*>(u);
    x = s.in.to_file(x);
    if (t == MD_TEXT_NORMAL && s.in.footnotes && s.links == 0) return s.normal_text(x, n);
    return s.w.text(t, x, n);
  };
  return md_parse(input.text, static_cast<MD_SIZE>(input.size), &parser, &b);
}

// text[0, size) of the file's own buffer, no footnotes.
template <typename W>
int parse_markdown(const char* text, std::size_t size, W& walker) {
  MarkdownInput input;
  input.text = text;
  input.size = size;
  return parse_markdown(input, walker);
}

}  // namespace np
