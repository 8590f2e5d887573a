// The facts of one md4c walk over a note's body: everything later stages need, so that no stage
// parses the Markdown again. Offsets are byte offsets into the note's file.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "np/source.h"

namespace np {

struct Heading {
  int level = 0;
  std::string text;         // rendered text content (code and math included as their source)
  std::string anchor;       // GitHub-style slug, de-duplicated within the note; the explicit id when given
  std::string explicit_id;  // a trailing {#id} attribute (stripped from `text`), "" when none
  std::size_t begin = 0, end = 0;
};

struct Link {
  enum class Kind { link, autolink, wiki, image };
  Kind kind = Kind::link;
  std::string target;              // href or wiki target as written (after md4c's unescaping)
  std::string text;                // link text, or image alt text
  std::size_t begin = 0, end = 0;  // the target in the source when found, else the link's start
  // An autolink's trailing punctuation that GitHub leaves out of the link (md4c 0.4.8 takes it in:
  // "https://x.org/a]" or "(https://x.org);"): already taken off `target` and `text`; the
  // renderers write it after the link.
  std::string trailing;
};

struct MathSpan {
  bool display = false;  // $$...$$ or a ```math fence
  bool fenced = false;   // a ```math fence
  // An inline '$...$' md4c takes as a formula that pandoc reads as two dollar signs ("$5 and $10":
  // a space inside a delimiter or a digit after the closing one). Every output writes it as the
  // text it is, '$' included; lint says so (math-dollar-ambiguous).
  bool dollars = false;
  // A $$...$$ with text before it or after it on its lines ("the loss $$L$$ is convex"): kramdown's
  // inline formula. np reads it so too (`display` is false), in lint and every output; md4c and
  // GitHub show a display formula there (math-dollar-ambiguous says so).
  bool in_sentence = false;
  std::string tex;
  std::size_t begin = 0, end = 0;  // the TeX source (without delimiters)
  // Where `tex` is in the file. md4c passes a formula that spans lines one line at a time, without
  // the line break and the next line's indentation; the pieces are joined with '\n' in `tex`.
  struct Piece {
    std::size_t tex = 0, source = 0;  // where a piece starts in `tex` and in the file
  };
  std::vector<Piece> pieces;
  // The file offset of tex[tex_offset] (a joining '\n' maps to the end of its line).
  std::size_t source_offset(std::size_t tex_offset) const;
};

// A run of '$' that md4c reads as text, not as a math delimiter (unescaped, outside code): an
// unmatched '$', or the halves of a formula a table cell boundary or a blank line cut apart.
struct TextDollar {
  std::size_t begin = 0, length = 0;
  bool in_table = false;  // in a table row
};

struct CodeBlock {
  std::string language;            // first word of the info string
  std::string attributes;          // the rest of the info string: "no-run", "requires=ANTHROPIC_API_KEY"
  std::size_t begin = 0, end = 0;  // the code (the lines between the fences)
  std::size_t lines = 0;
};

// An HTML comment such as <!-- np-disable-next-line link-missing-anchor -->.
struct HtmlComment {
  std::string text;  // between <!-- and -->
  std::size_t begin = 0, end = 0;
};

// A footnote definition, "[^label]: text" at the start of a block, with its indented continuation
// lines (GitHub's footnotes; md4c 0.4.8 has none, so np finds them: src/load/footnotes.cc). The
// walk takes the definitions out of the body and walks each one's Markdown after the body.
struct Footnote {
  std::string label;               // as written between "[^" and "]"
  std::size_t begin = 0, end = 0;  // the "[^label]" marker
  std::size_t block_end = 0;       // the end of the definition's last line
  std::string markdown;            // its content, the marker and continuation indents taken off
  // Where each line of `markdown` comes from: (offset in markdown, offset in the file), sorted.
  std::vector<std::pair<std::size_t, std::size_t>> lines;
  std::size_t first_link = 0, first_math = 0, first_heading = 0;  // where its walk began in BodyFacts
  std::size_t references = 0;                                     // "[^label]" in the body
  std::size_t duplicate_of = static_cast<std::size_t>(-1);        // an earlier definition of the label
};

// A "[^label]" in the body's text (not in code, math or a link's text).
struct FootnoteRef {
  static constexpr std::size_t kUndefined = static_cast<std::size_t>(-1);
  std::size_t footnote = kUndefined;  // index into BodyFacts::footnotes; kUndefined: no such label
  std::string label;
  std::size_t begin = 0, end = 0;
};

// Raw HTML the EPUB, site and LaTeX outputs cannot hold (an HTML block, or one inline tag): they
// show its source instead (util/raw_html.h says what counts; comments and anchors do not).
struct RawHtml {
  std::size_t begin = 0, end = 0;  // the first thing left out, to the end of the block or tag
  bool block = false;              // an HTML block, not an inline tag
  std::string excerpt;             // its first line, up to 40 bytes
};

// An id= or name= in raw HTML that cannot become an id in XHTML (util/raw_html.h is_kept_anchor_id).
struct HtmlAnchor {
  std::string id;
  std::size_t begin = 0, end = 0;
};

// "{{ ... }}" or "{% ... %}" in text: Liquid (Jekyll) template syntax, which no output expands.
struct TemplateTag {
  std::size_t begin = 0, end = 0;
  std::string text;  // up to 60 bytes of it
};

// An HTML entity that stands for a control character (&#1;, &#x7F;; np/utf8.h): md4c decodes it into
// the text, where EPUB and LaTeX would stop on it.
struct ControlEntity {
  std::size_t begin = 0, end = 0;  // the entity in the file
  char32_t code_point = 0;
};

// The walk itself, recorded for the writers (render_html, the LaTeX writer): md4c's callbacks in
// the order md4c made them, each link, formula and heading carrying the index of its fact, so that
// no writer parses the body again or finds a fact by counting. The types are md4c 0.4.8's, in the
// same order (src/load/markdown.cc checks), so that a writer needs no md4c.h.
enum class BlockType : std::uint8_t { doc, quote, ul, ol, li, hr, h, code, html, p, table, thead, tbody, tr, th, td };
enum class SpanType : std::uint8_t { em, strong, a, img, code, del, latexmath, latexmath_display, wikilink, u };
enum class TextType : std::uint8_t { normal, nullchar, br, softbr, entity, code, html, latexmath };
enum class CellAlign : std::uint8_t { none, left, center, right };

struct BodyEvent {
  static constexpr std::size_t kNoFact = static_cast<std::size_t>(-1);
  enum class Kind : std::uint8_t { enter_block, leave_block, enter_span, leave_span, text, footnote_ref };
  Kind kind = Kind::text;
  std::uint8_t type = 0;  // a BlockType, SpanType or TextType, by kind (block(), span(), text_type())
  // li: the task mark ('x', 'X' or ' '), 0 when the item is no task; th, td: a CellAlign.
  std::uint8_t mark = 0;
  // text, footnote_ref: the bytes are the file's at `begin`; else BodyRecord::bytes's (text md4c
  // makes up, such as a line break of its own).
  bool in_file = false;
  std::uint32_t number = 0;  // h (enter and leave): the level; ol: the start; table: the column count
  // Both events of a link, image or wiki link (BodyFacts::links), a formula or ```math fence
  // (math; kNoFact for a fence with no formula in it) and a heading (headings); a footnote_ref's
  // definition (footnotes, or FootnoteRef::kUndefined).
  std::size_t fact = kNoFact;
  // text, footnote_ref: its bytes (the marker "[^label]"); code block: the language; link: the title.
  std::size_t begin = 0, size = 0;

  BlockType block() const { return static_cast<BlockType>(type); }
  SpanType span() const { return static_cast<SpanType>(type); }
  TextType text_type() const { return static_cast<TextType>(type); }
};

struct BodyRecord {
  std::vector<BodyEvent> events;             // the body's walk, then each footnote definition's, in order
  std::vector<std::size_t> footnote_events;  // where definition i's walk begins in `events`
  std::string bytes;                         // what events hold that is not in the file: a code block's language, a title

  std::span<const BodyEvent> body() const;
  std::span<const BodyEvent> footnote(std::size_t index) const;
  // The bytes of a text or footnote_ref event, or the attribute of a code block or link.
  std::string_view text(const BodyEvent& event, std::string_view file) const {
    return (event.in_file ? file : std::string_view(bytes)).substr(event.begin, event.size);
  }
};

// Hands each event to the writer, in order: writer.enter_block(e), leave_block(e), enter_span(e),
// leave_span(e), text(e) or footnote_ref(e). The one switch over a record that every writer
// (render_html, render_latex) shares.
template <typename Writer>
void replay(std::span<const BodyEvent> events, Writer& writer) {
  for (const BodyEvent& e : events) {
    switch (e.kind) {
      case BodyEvent::Kind::enter_block:
        writer.enter_block(e);
        break;
      case BodyEvent::Kind::leave_block:
        writer.leave_block(e);
        break;
      case BodyEvent::Kind::enter_span:
        writer.enter_span(e);
        break;
      case BodyEvent::Kind::leave_span:
        writer.leave_span(e);
        break;
      case BodyEvent::Kind::text:
        writer.text(e);
        break;
      case BodyEvent::Kind::footnote_ref:
        writer.footnote_ref(e);
        break;
    }
  }
}

struct BodyFacts {
  std::vector<Heading> headings;
  std::vector<Link> links;  // links, autolinks, wiki links and images, in document order
  std::vector<MathSpan> math;
  std::vector<TextDollar> dollars;
  std::vector<CodeBlock> code_blocks;
  std::vector<HtmlComment> comments;
  std::vector<std::string> html_ids;              // id= and name= values in raw HTML that the outputs keep as ids
  std::vector<HtmlAnchor> html_anchors_left_out;  // id= and name= values they cannot keep
  std::vector<RawHtml> raw_html;                  // raw HTML they leave out
  std::vector<TemplateTag> template_tags;
  std::vector<Footnote> footnotes;  // definitions, in source order
  std::vector<FootnoteRef> footnote_refs;
  std::vector<ControlEntity> control_entities;
  std::size_t words = 0;                                  // prose words: front matter, code, math and HTML excluded
  std::size_t inline_formulas = 0, display_formulas = 0;  // `math` counted, also once it is released
  bool parsed = false;
  // The walk, for the writers; null unless asked for (walk_markdown's `record`): lint and stats
  // keep no text and so need no record.
  std::shared_ptr<const BodyRecord> record;

  // What a note keeps when its text is released (LoadOptions::keep_text): no formulas and no
  // text dollars (the math checks ran while the text was there; the counts remain), no link text
  // (an image keeps its alt text, which link-image-missing-alt reads), no copy of a footnote's
  // Markdown, no record, and no spare capacity in any list.
  void release_text();
};

// Walks file.text()[begin, end) with md4c (GitHub dialect, LaTeX math spans, wiki links), and
// each footnote definition after it; `record`: keep the walk in BodyFacts::record for the writers.
BodyFacts walk_markdown(const SourceFile& file, std::size_t begin, std::size_t end, bool record = true);

// GitHub's heading anchor for a heading's text: lowercase, punctuation removed, spaces to '-'.
// The caller de-duplicates with -1, -2 suffixes. The algorithm: src/load/github_slug.cc.
std::string github_slug(std::string_view text);

// GitHub's de-duplication of the slugs of one document: "a", "a", "a-1" give a, a-1, a-1-1.
class AnchorSlugger {
 public:
  std::string unique(const std::string& slug);

 private:
  std::unordered_map<std::string, int> occurrences_;
};

}  // namespace np
