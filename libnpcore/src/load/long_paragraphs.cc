// Paragraphs of more than kParagraphLines lines, parsed as several (see md_parse.h).
//
// md4c 0.4.8 finds the line of each "[...]" by walking the lines of its paragraph from the first
// (md_is_link_reference, md_is_inline_link_spec): time quadratic in a paragraph's lines (200,000
// "[x]" lines took 6.5 s, 900,000 "[x](#h)" lines 244 s). Which lines form one paragraph only md4c
// knows, so md4c parses a probe first: a copy with every '[' and ']' made a letter, which leaves
// it no link to look up, and the same paragraphs (no block starts with a bracket but a link
// reference definition, which cannot interrupt a paragraph and so only widens one in the probe).
// A blank line then ends a paragraph after about every kParagraphLines of its lines, outside
// spans and before a line that starts a paragraph as well as it continues one (a letter after up
// to three spaces), or after 2 * kParagraphLines lines in any case.
#include <algorithm>

#include "util/md_parse.h"

namespace np {

namespace {

// A paragraph line that, after a blank line, starts a paragraph with the same text: no block
// (heading, list, quote, fence, HTML, code, link reference definition) starts with a letter.
bool starts_like_a_paragraph(std::string_view text, std::size_t at) {
  for (int spaces = 0; spaces < 3 && at < text.size() && text[at] == ' '; ++spaces) ++at;
  if (at >= text.size()) return false;
  const auto c = static_cast<unsigned char>(text[at]);
  return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0x80;
}

// The md4c callbacks of the probe: the line breaks inside each paragraph (and heading, and the
// text of a tight list item), counted between the places md4c hands out text.
struct Probe {
  std::string_view text;
  bool counting = false;            // inside a block whose text md4c parses for spans
  int spans = 0;                    // open spans (emphasis, code, math...): no split inside one
  std::size_t last_end = 0;         // just after the last text of the block
  std::size_t since_split = 0;      // lines of the block since it began or was split
  std::vector<std::size_t> splits;  // offsets of lines a blank line goes before

  void block(MD_BLOCKTYPE type, bool enter) {
    counting = enter && (type == MD_BLOCK_P || type == MD_BLOCK_H || type == MD_BLOCK_LI);
    since_split = 0;
    last_end = kNone;
  }

  void text_at(std::size_t at, std::size_t size) {
    if (counting && last_end != kNone) {
      const std::string_view gap = text.substr(0, at);  // searched up to `at` only: linear in all
      for (std::size_t nl = gap.find('\n', last_end); nl != std::string_view::npos; nl = gap.find('\n', nl + 1)) {
        ++since_split;
        if ((since_split >= kParagraphLines && spans == 0 && starts_like_a_paragraph(text, nl + 1)) || since_split >= 2 * kParagraphLines) {
          splits.push_back(nl + 1);
          since_split = 0;
        }
      }
    }
    last_end = at + size;
  }

  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
};

// Whether some run of non-blank lines is longer than a paragraph may be: the probe is needed.
bool has_long_run(std::string_view text) {
  std::size_t run = 0;
  for (std::size_t at = 0; at < text.size();) {
    auto nl = text.find('\n', at);
    if (nl == std::string_view::npos) nl = text.size();
    const bool blank = text.find_first_not_of(" \t\r", at) >= nl;
    run = blank ? 0 : run + 1;
    if (run > kParagraphLines) return true;
    at = nl + 1;
  }
  return false;
}

}  // namespace

bool split_long_paragraphs(const MarkdownInput& input, MarkdownInput& out, std::string& storage) {
  const std::string_view text(input.text, input.size);
  if (!has_long_run(text)) return false;

  std::string probe_text(text);
  for (char& c : probe_text)
    if (c == '[' || c == ']') c = 'a';
  Probe probe{probe_text, false, 0, Probe::kNone, 0, {}};
  MD_PARSER parser{};
  parser.flags = kMarkdownFlags;
  parser.enter_block = [](MD_BLOCKTYPE t, void*, void* u) { return static_cast<Probe*>(u)->block(t, true), 0; };
  parser.leave_block = [](MD_BLOCKTYPE t, void*, void* u) { return static_cast<Probe*>(u)->block(t, false), 0; };
  parser.enter_span = [](MD_SPANTYPE, void*, void* u) { return ++static_cast<Probe*>(u)->spans, 0; };
  parser.leave_span = [](MD_SPANTYPE, void*, void* u) { return --static_cast<Probe*>(u)->spans, 0; };
  parser.text = [](MD_TEXTTYPE, const MD_CHAR* x, MD_SIZE n, void* u) {
    auto& p = *static_cast<Probe*>(u);
    if (x >= p.text.data() && x < p.text.data() + p.text.size()) p.text_at(static_cast<std::size_t>(x - p.text.data()), n);
    return 0;
  };
  md_parse(probe_text.data(), static_cast<MD_SIZE>(probe_text.size()), &parser, &probe);
  if (probe.splits.empty()) return false;

  // The copy with a '\n' before each split line; its pieces map it to the file as `input` does
  // (the inserted '\n' to the line it comes before: md4c hands out no blank line).
  storage.clear();
  storage.reserve(text.size() + probe.splits.size());
  out = MarkdownInput();
  out.footnotes = input.footnotes;
  std::vector<std::size_t> breaks;  // offsets of `text` where a new piece begins
  for (const auto& piece : input.pieces) breaks.push_back(piece.first);
  breaks.insert(breaks.end(), probe.splits.begin(), probe.splits.end());
  breaks.push_back(0);
  std::sort(breaks.begin(), breaks.end());
  breaks.erase(std::unique(breaks.begin(), breaks.end()), breaks.end());
  std::size_t split = 0;
  for (std::size_t k = 0; k < breaks.size(); ++k) {
    const std::size_t from = breaks[k], to = k + 1 < breaks.size() ? breaks[k + 1] : text.size();
    const char* file = input.to_file(input.text + from);
    if (split < probe.splits.size() && probe.splits[split] == from) {
      out.pieces.emplace_back(storage.size(), file);
      storage += '\n';
      ++split;
    }
    out.pieces.emplace_back(storage.size(), file);
    storage.append(text.substr(from, to - from));
  }
  out.text = storage.data();
  out.size = storage.size();
  return true;
}

}  // namespace np
