#include "np/markdown.h"

#include <md4c.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <optional>
#include <unordered_map>

#include "np/utf8.h"
#include "util/md_parse.h"
#include "util/raw_html.h"

namespace np {

namespace {

// An entity as text: numeric ones and the few named ones that are not punctuation or symbols
// (those would be dropped from a slug anyway, so they decode to nothing here).
std::string decode_entity(std::string_view entity) {
  std::string out;
  if (entity.size() > 3 && entity[1] == '#') {
    const bool hex = entity[2] == 'x' || entity[2] == 'X';
    char32_t cp = 0;
    for (std::size_t i = hex ? 3 : 2; i + 1 < entity.size() && cp <= 0x10FFFF; ++i) {
      const char c = entity[i];
      const int digit = c >= '0' && c <= '9' ? c - '0' : hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
      if (digit < 0) return out;
      cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(digit);
    }
    utf8::append(out, cp > 0 && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF) ? cp : 0xFFFD);
    return out;
  }
  if (entity == "&amp;") return "&";
  if (entity == "&lt;") return "<";
  if (entity == "&gt;") return ">";
  if (entity == "&quot;") return "\"";
  if (entity == "&apos;") return "'";
  if (entity == "&nbsp;") return "\xC2\xA0";
  return out;
}

// Takes a trailing {#id} (or {#id .class key=value}) attribute off a heading's text and returns
// the id, or "" when the text ends otherwise.
std::string strip_heading_id(std::string& text) {
  if (text.empty() || text.back() != '}') return "";
  const auto open = text.rfind('{');
  if (open == std::string::npos) return "";
  std::string id;
  std::size_t i = open + 1;
  const std::size_t close = text.size() - 1;
  while (i < close) {
    while (i < close && text[i] == ' ') ++i;
    std::size_t j = i;
    while (j < close && text[j] != ' ') ++j;
    if (j > i + 1 && text[i] == '#')
      id = text.substr(i + 1, j - i - 1);
    else if (j > i && text[i] != '.' && text.find('=', i) >= j)
      return "";  // not an attribute list
    i = j;
  }
  if (id.empty()) return "";
  const auto end = text.find_last_not_of(" \t", open == 0 ? 0 : open - 1);
  text.erase(open == 0 || end == std::string::npos ? 0 : end + 1);
  return id;
}

// np's names for md4c's types are md4c's values (np/markdown.h), so a recorded type is a cast.
static_assert(static_cast<int>(BlockType::td) == MD_BLOCK_TD && static_cast<int>(BlockType::h) == MD_BLOCK_H);
static_assert(static_cast<int>(SpanType::u) == MD_SPAN_U && static_cast<int>(SpanType::wikilink) == MD_SPAN_WIKILINK &&
              static_cast<int>(SpanType::latexmath) == MD_SPAN_LATEXMATH);
static_assert(static_cast<int>(TextType::latexmath) == MD_TEXT_LATEXMATH && static_cast<int>(TextType::html) == MD_TEXT_HTML);
static_assert(static_cast<int>(CellAlign::right) == MD_ALIGN_RIGHT);

// Records the walk's events (BodyFacts::record) with the index of each one's fact.
struct Recorder {
  std::string_view file;
  BodyRecord record;
  std::size_t open_heading = 0, open_code = 0;  // the enter events of the open heading, code block
  std::vector<std::size_t> open_spans;          // the enter events of the open link and math spans

  BodyEvent& add(BodyEvent::Kind kind, int type) {
    BodyEvent& e = record.events.emplace_back();
    e.kind = kind;
    e.type = static_cast<std::uint8_t>(type);
    return e;
  }
  // Bytes into the event: a slice of the file when they are the file's, else a copy.
  void bytes(BodyEvent& e, const char* text, std::size_t size) {
    e.size = size;
    e.in_file = size == 0 || (text >= file.data() && text + size <= file.data() + file.size());
    if (e.in_file) {
      e.begin = size == 0 ? 0 : static_cast<std::size_t>(text - file.data());
      return;
    }
    e.begin = record.bytes.size();
    record.bytes.append(text, size);
  }
  void copy(BodyEvent& e, const MD_ATTRIBUTE& a) {
    e.begin = record.bytes.size();
    e.size = a.size;
    record.bytes.append(a.text, a.size);
  }
  // The fact of a leave event, and of the enter event it closes.
  void close(std::size_t enter, std::size_t fact) {
    record.events[enter].fact = fact;
    record.events.back().fact = fact;
  }
};

// Holds the state of one walk; md4c calls back into it (STYLE: a state struct and a switch).
struct Walker {
  const SourceFile& file;
  const char* base = nullptr;  // file.text().data()
  std::size_t begin = 0, end = 0;
  BodyFacts facts;
  std::optional<Recorder> recorder;  // when the walk is recorded

  // Where the walk is.
  int code_depth = 0;       // inside a code block
  bool math_fence = false;  // the code block is ```math
  int html_block = 0;
  int heading_level = 0;
  std::string heading_text;
  std::size_t heading_begin = 0, heading_end = 0;
  int math_span = 0;  // 1 inline, 2 display
  int table_depth = 0;
  MathSpan current_math;
  CodeBlock current_code;
  std::string math_fence_tex;
  std::vector<std::size_t> open_links;  // indices into facts.links for open link/image spans
  std::size_t last_offset = 0;          // the last source offset seen, for things md4c gives no pointer for
  bool in_word = false;
  AnchorSlugger slugger;
  std::vector<std::pair<std::size_t, std::size_t>> html_ranges;
  std::size_t html_block_begin = kUnset, html_block_end = 0;  // the raw HTML of the open HTML block

  Walker(const SourceFile& f, std::size_t b, std::size_t e) : file(f), base(f.text().data()), begin(b), end(e) {}

  bool in_source(const char* p) const { return p >= base + begin && p <= base + end; }
  std::size_t offset_of(const char* p) const { return static_cast<std::size_t>(p - base); }

  std::string attribute(const MD_ATTRIBUTE& a) const { return std::string(a.text, a.size); }

  // The source offset of an attribute (href, src, wiki target): its pointer when md4c points into
  // our buffer, else the text searched for from the last offset (md4c copies attributes with
  // escapes or entities) over a few times its length: a search to the end of the note for each
  // of its links would take time quadratic in the note.
  std::pair<std::size_t, std::size_t> locate_attribute(const MD_ATTRIBUTE& a) const {
    if (a.size > 0 && in_source(a.text)) return {offset_of(a.text), offset_of(a.text) + a.size};
    const std::size_t window = 1024 + 8 * std::size_t{a.size};
    const std::string_view text = file.text().substr(0, std::min(end, last_offset + window));
    const std::string needle(a.text, a.size);
    if (!needle.empty() && last_offset <= text.size()) {
      const auto found = text.find(needle, last_offset);
      if (found != std::string_view::npos) return {found, found + needle.size()};
    }
    return {last_offset, last_offset};
  }

  void count_words(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
      const auto c = static_cast<unsigned char>(text[i]);
      const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
      if (space) {
        in_word = false;
        continue;
      }
      // A word is a run of non-space characters with a letter or digit in it; ASCII punctuation
      // and the General Punctuation block (dashes, quotes: lead byte 0xE2) do not start one.
      const bool wordish = (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= 0xC3 && c != 0xE2);
      if (wordish && !in_word) {
        ++facts.words;
        in_word = true;
      }
    }
  }

  void add_heading() {
    Heading h;
    h.level = heading_level;
    // md4c has trimmed the heading's source, as GitHub does; what the text content gains after
    // that stays: a space from an entity ('# &#x20;a' slugs to '-a') or before an HTML comment
    // that is left out ('# a <!-- b -->' slugs to 'a-').
    h.text = heading_text;
    h.explicit_id = strip_heading_id(h.text);
    // An explicit {#id} names the heading's anchor (as Pandoc and kramdown do); md4c 0.4.8 has no
    // heading attributes, so the attribute arrives as text and is taken off here.
    h.anchor = h.explicit_id.empty() ? slugger.unique(github_slug(h.text)) : h.explicit_id;
    h.begin = heading_begin;
    h.end = std::max(heading_end, heading_begin + 1);
    facts.headings.push_back(std::move(h));
  }

  // --- the record (BodyFacts::record) --------------------------------------------------------

  // md4c's details the writers use; a heading's and a fence's fact is known when it is left.
  void record_enter_block(MD_BLOCKTYPE type, void* detail) {
    BodyEvent& e = recorder->add(BodyEvent::Kind::enter_block, type);
    const std::size_t at = recorder->record.events.size() - 1;
    switch (type) {
      case MD_BLOCK_OL:
        e.number = static_cast<MD_BLOCK_OL_DETAIL*>(detail)->start;
        break;
      case MD_BLOCK_LI: {
        const auto* d = static_cast<MD_BLOCK_LI_DETAIL*>(detail);
        e.mark = d->is_task ? static_cast<std::uint8_t>(d->task_mark) : 0;
        break;
      }
      case MD_BLOCK_H:
        e.number = static_cast<MD_BLOCK_H_DETAIL*>(detail)->level;
        recorder->open_heading = at;
        break;
      case MD_BLOCK_CODE:
        recorder->copy(e, static_cast<MD_BLOCK_CODE_DETAIL*>(detail)->lang);
        recorder->open_code = at;
        break;
      case MD_BLOCK_TABLE:
        e.number = static_cast<MD_BLOCK_TABLE_DETAIL*>(detail)->col_count;
        break;
      case MD_BLOCK_TH:
      case MD_BLOCK_TD:
        e.mark = static_cast<std::uint8_t>(static_cast<MD_BLOCK_TD_DETAIL*>(detail)->align);
        break;
      default:
        break;
    }
  }

  // A link's fact is the one its enter_span adds; a formula's, the one its leave_span adds.
  void record_enter_span(MD_SPANTYPE type, void* detail) {
    BodyEvent& e = recorder->add(BodyEvent::Kind::enter_span, type);
    if (type == MD_SPAN_A) recorder->copy(e, static_cast<MD_SPAN_A_DETAIL*>(detail)->title);
    if (type == MD_SPAN_A || type == MD_SPAN_IMG || type == MD_SPAN_WIKILINK) e.fact = facts.links.size();
    if (type == MD_SPAN_A || type == MD_SPAN_IMG || type == MD_SPAN_WIKILINK || type == MD_SPAN_LATEXMATH ||
        type == MD_SPAN_LATEXMATH_DISPLAY)
      recorder->open_spans.push_back(recorder->record.events.size() - 1);
  }

  void record_leave_span(MD_SPANTYPE type) {
    recorder->add(BodyEvent::Kind::leave_span, type);
    const bool link = type == MD_SPAN_A || type == MD_SPAN_IMG || type == MD_SPAN_WIKILINK;
    if ((!link && type != MD_SPAN_LATEXMATH && type != MD_SPAN_LATEXMATH_DISPLAY) || recorder->open_spans.empty()) return;
    const std::size_t enter = recorder->open_spans.back();
    recorder->open_spans.pop_back();
    recorder->close(enter, link ? recorder->record.events[enter].fact : facts.math.size());
  }

  // --- md4c callbacks -----------------------------------------------------------------------

  int enter_block(MD_BLOCKTYPE type, void* detail) {
    in_word = false;
    if (recorder) record_enter_block(type, detail);
    switch (type) {
      case MD_BLOCK_H:
        heading_level = static_cast<int>(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level);
        heading_text.clear();
        heading_begin = heading_end = last_offset;
        break;
      case MD_BLOCK_CODE: {
        const auto* d = static_cast<MD_BLOCK_CODE_DETAIL*>(detail);
        ++code_depth;
        current_code = CodeBlock();
        current_code.language = attribute(d->lang);
        if (d->info.size > d->lang.size && std::string_view(d->info.text, d->lang.size) == std::string_view(d->lang.text, d->lang.size)) {
          std::string_view rest(d->info.text + d->lang.size, d->info.size - d->lang.size);
          while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t')) rest.remove_prefix(1);
          while (!rest.empty() && (rest.back() == ' ' || rest.back() == '\t')) rest.remove_suffix(1);
          current_code.attributes = std::string(rest);
        }
        current_code.begin = current_code.end = last_offset;
        math_fence = current_code.language == "math";
        math_fence_tex.clear();
        current_math = MathSpan();
        current_math.display = true;
        current_math.fenced = true;
        current_math.begin = kUnset;
        break;
      }
      case MD_BLOCK_HTML:
        ++html_block;
        html_block_begin = kUnset;
        break;
      case MD_BLOCK_TABLE:
        ++table_depth;
        break;
      default:
        break;
    }
    return 0;
  }

  int leave_block(MD_BLOCKTYPE type, void*) {
    in_word = false;
    if (recorder) recorder->add(BodyEvent::Kind::leave_block, type);
    switch (type) {
      case MD_BLOCK_H:
        if (recorder) {
          recorder->close(recorder->open_heading, facts.headings.size());
          recorder->record.events.back().number = recorder->record.events[recorder->open_heading].number;
        }
        add_heading();
        heading_level = 0;
        break;
      case MD_BLOCK_CODE:
        --code_depth;
        if (math_fence) {
          // A fence with nothing in it is no formula: its events have no fact.
          if (current_math.begin != kUnset) {
            if (recorder) recorder->close(recorder->open_code, facts.math.size());
            current_math.tex = math_fence_tex;
            facts.math.push_back(current_math);
          }
          math_fence = false;
        } else {
          current_code.lines = static_cast<std::size_t>(std::count(base + current_code.begin, base + current_code.end, '\n'));
          facts.code_blocks.push_back(current_code);
        }
        break;
      case MD_BLOCK_HTML:
        --html_block;
        if (html_block_begin != kUnset) add_raw_html(html_block_begin, html_block_end, true);
        break;
      case MD_BLOCK_TABLE:
        --table_depth;
        break;
      default:
        break;
    }
    return 0;
  }

  int enter_span(MD_SPANTYPE type, void* detail) {
    if (recorder) record_enter_span(type, detail);
    switch (type) {
      case MD_SPAN_A: {
        const auto* d = static_cast<MD_SPAN_A_DETAIL*>(detail);
        Link link;
        link.kind = Link::Kind::link;  // md4c 0.4.8 does not flag autolinks; see leave_span
        link.target = attribute(d->href);
        std::tie(link.begin, link.end) = locate_attribute(d->href);
        add_template_tags(link.target, link.begin);
        open_links.push_back(facts.links.size());
        facts.links.push_back(std::move(link));
        break;
      }
      case MD_SPAN_IMG: {
        const auto* d = static_cast<MD_SPAN_IMG_DETAIL*>(detail);
        Link link;
        link.kind = Link::Kind::image;
        link.target = attribute(d->src);
        std::tie(link.begin, link.end) = locate_attribute(d->src);
        add_template_tags(link.target, link.begin);
        open_links.push_back(facts.links.size());
        facts.links.push_back(std::move(link));
        break;
      }
      case MD_SPAN_WIKILINK: {
        const auto* d = static_cast<MD_SPAN_WIKILINK_DETAIL*>(detail);
        Link link;
        link.kind = Link::Kind::wiki;
        link.target = attribute(d->target);
        std::tie(link.begin, link.end) = locate_attribute(d->target);
        open_links.push_back(facts.links.size());
        facts.links.push_back(std::move(link));
        break;
      }
      case MD_SPAN_LATEXMATH:
      case MD_SPAN_LATEXMATH_DISPLAY:
        math_span = type == MD_SPAN_LATEXMATH ? 1 : 2;
        current_math = MathSpan();
        current_math.display = math_span == 2;
        current_math.begin = kUnset;
        break;
      default:
        break;
    }
    return 0;
  }

  int leave_span(MD_SPANTYPE type, void*) {
    if (recorder) record_leave_span(type);
    switch (type) {
      case MD_SPAN_A:
      case MD_SPAN_IMG:
      case MD_SPAN_WIKILINK:
        if (!open_links.empty()) {
          Link& link = facts.links[open_links.back()];
          // An autolink's text is its target (<https://x>, or a bare URL under the GitHub dialect).
          if (type == MD_SPAN_A && (link.text == link.target || "mailto:" + link.text == link.target)) {
            link.kind = Link::Kind::autolink;
            // <https://x> is all URL; a bare URL ends as GitHub ends it.
            if (link.begin == 0 || base[link.begin - 1] != '<') trim_autolink(link);
          }
          open_links.pop_back();
        }
        break;
      case MD_SPAN_LATEXMATH:
      case MD_SPAN_LATEXMATH_DISPLAY:
        if (current_math.begin == kUnset) current_math.begin = current_math.end = last_offset;
        if (current_math.display && in_sentence(current_math)) {
          current_math.display = false;
          current_math.in_sentence = true;
        }
        if (!current_math.display) current_math.dollars = !current_math.in_sentence && pandoc_reads_dollars(current_math);
        facts.math.push_back(std::move(current_math));
        math_span = 0;
        break;
      default:
        break;
    }
    return 0;
  }

  int text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size) {
    if (recorder) recorder->bytes(recorder->add(BodyEvent::Kind::text, type), text, size);
    const bool located = in_source(text);
    const std::size_t at = located ? offset_of(text) : last_offset;
    if (located) last_offset = at + size;
    const std::string_view chunk(text, size);

    if (heading_level) {
      if (heading_text.empty() && located) heading_begin = at;
      if (located) heading_end = at + size;
      if (type == MD_TEXT_SOFTBR || type == MD_TEXT_BR)
        heading_text += ' ';
      else if (type == MD_TEXT_ENTITY)
        heading_text += decode_entity(chunk);
      else if (type != MD_TEXT_HTML)
        heading_text.append(chunk);
    }
    if (!open_links.empty() && type != MD_TEXT_HTML)
      facts.links[open_links.back()].text.append(type == MD_TEXT_ENTITY ? decode_entity(chunk) : std::string(chunk));
    if (type == MD_TEXT_ENTITY && located) {
      const std::string decoded = decode_entity(chunk);
      std::size_t i = 0;
      if (const char32_t cp = decoded.empty() ? 0 : utf8::decode(decoded, i); utf8::is_control_character(cp))
        facts.control_entities.push_back({at, at + size, cp});
    }

    switch (type) {
      case MD_TEXT_NORMAL:
      case MD_TEXT_ENTITY:
        if (!code_depth && !math_span) count_words(chunk);
        if (type == MD_TEXT_NORMAL && located && !code_depth && !math_span) {
          add_dollars(chunk, at);
          add_template_tags(chunk, at);
        }
        break;
      case MD_TEXT_SOFTBR:
      case MD_TEXT_BR:
        in_word = false;
        if (math_span) current_math.tex += '\n';
        break;
      case MD_TEXT_CODE:
        if (code_depth) {
          if (math_fence) {
            if (current_math.begin == kUnset) current_math.begin = at;
            current_math.end = at + size;
            if (located) current_math.pieces.push_back({math_fence_tex.size(), at});
            math_fence_tex.append(chunk);
          } else {
            if (current_code.end == current_code.begin) current_code.begin = at;
            current_code.end = at + size;
          }
        }
        break;
      case MD_TEXT_LATEXMATH:
        if (!located) {
          // md4c joins the lines of a formula with a space of its own; the source has a line break.
          current_math.tex += '\n';
          break;
        }
        if (current_math.begin == kUnset) current_math.begin = at;
        current_math.end = at + size;
        current_math.pieces.push_back({current_math.tex.size(), at});
        current_math.tex.append(chunk);
        break;
      case MD_TEXT_HTML:
        if (!located) break;
        html_ranges.emplace_back(at, at + size);
        if (html_block) {
          if (html_block_begin == kUnset) html_block_begin = at;
          html_block_end = at + size;
        } else {
          add_raw_html(at, at + size, false);
        }
        break;
      default:
        break;
    }
    return 0;
  }

  // "[^label]" (parse_markdown finds them), defined or not.
  int footnote_ref(std::size_t footnote, std::string_view label, const MD_CHAR* marker, MD_SIZE size) {
    if (recorder) {
      BodyEvent& e = recorder->add(BodyEvent::Kind::footnote_ref, 0);
      e.fact = footnote;
      recorder->bytes(e, marker, size);
    }
    const std::size_t at = in_source(marker) ? offset_of(marker) : last_offset;
    last_offset = at + size;
    if (footnote != FootnoteRef::kUndefined) ++facts.footnotes[footnote].references;
    facts.footnote_refs.push_back({footnote, std::string(label), at, at + size});
    in_word = false;
    return 0;
  }

  // Runs of '$' in text md4c did not take as math delimiters; an escaped \$ is a dollar sign.
  void add_dollars(std::string_view chunk, std::size_t at) {
    for (std::size_t i = 0; i < chunk.size(); ++i) {
      if (chunk[i] != '$') continue;
      std::size_t j = i;
      while (j < chunk.size() && chunk[j] == '$') ++j;
      std::size_t backslashes = 0;
      while (at + i > backslashes && base[at + i - backslashes - 1] == '\\') ++backslashes;
      if (backslashes % 2 == 0) {
        if (!facts.dollars.empty() && facts.dollars.back().begin + facts.dollars.back().length == at + i)
          facts.dollars.back().length += j - i;
        else
          facts.dollars.push_back({at + i, j - i, table_depth > 0});
      }
      i = j - 1;
    }
  }

  // HTML comments (suppressions) from the raw HTML md4c found.
  void scan_html() {
    const std::string_view text = file.text();
    std::sort(html_ranges.begin(), html_ranges.end());
    // Merge adjacent chunks: an HTML block arrives line by line.
    std::vector<std::pair<std::size_t, std::size_t>> merged;
    for (const auto& r : html_ranges) {
      if (!merged.empty() && r.first <= merged.back().second + 2)
        merged.back().second = std::max(merged.back().second, r.second);
      else
        merged.push_back(r);
    }
    for (const auto& [from, to] : merged) {
      const std::string_view html = text.substr(from, to - from);
      for (std::size_t i = 0; (i = html.find("<!--", i)) != std::string_view::npos;) {
        const auto close = html.find("-->", i + 4);
        const std::size_t stop = close == std::string_view::npos ? html.size() : close;
        facts.comments.push_back(
            {std::string(html.substr(i + 4, stop - i - 4)), from + i, from + (close == std::string_view::npos ? html.size() : close + 3)});
        i = stop;
      }
    }
  }

  // Raw HTML at file[from, to) (an HTML block, or one inline tag): the anchors the outputs keep and
  // those they cannot, and what they leave out (util/raw_html.h; the renderers scan the same pieces).
  void add_raw_html(std::size_t from, std::size_t to, bool block) {
    const std::string_view html = file.text().substr(from, to - from);
    const RawHtmlScan scan = scan_raw_html(html);
    for (const RawHtmlAnchor& a : scan.anchors) {
      if (is_kept_anchor_id(a.id))
        facts.html_ids.push_back(a.id);
      else
        facts.html_anchors_left_out.push_back({a.id, from + a.begin, from + a.end});
    }
    if (!scan.content) return;
    // From the start of the line where the first left-out thing is ("<div>text</div>" from "<div>").
    std::size_t first = scan.content_begin;
    if (block) {
      const auto nl = html.rfind('\n', first);
      first = nl == std::string_view::npos ? 0 : nl + 1;
      while (first < scan.content_begin && (html[first] == ' ' || html[first] == '\t')) ++first;
    }
    std::string_view excerpt = html.substr(first);
    excerpt = excerpt.substr(0, std::min(excerpt.find('\n'), std::size_t{40}));
    facts.raw_html.push_back({from + first, to, block, std::string(excerpt)});
  }

  // "{{" or "{%" in text, to its "}}" or "%}" on the same line (Liquid; Jekyll's relative_url,
  // post_url, include). `at`: where `text` starts in the file (a link target located there).
  void add_template_tags(std::string_view text, std::size_t at) {
    const std::string_view source = file.text();
    for (std::size_t i = text.find('{'); i != std::string_view::npos; i = text.find('{', i + 1)) {
      if (i + 1 >= text.size() || (text[i + 1] != '{' && text[i + 1] != '%')) continue;
      const std::size_t from = at + i;
      if (!facts.template_tags.empty() && facts.template_tags.back().end > from) continue;
      // The closing delimiter may lie in a later piece of text (md4c splits text at brackets).
      const std::size_t line_end = std::min(source.find('\n', from), source.size());
      const std::size_t close = source.substr(0, line_end).find(text[i + 1] == '{' ? "}}" : "%}", from + 2);
      if (close == std::string_view::npos || from >= source.size() || source.compare(from, 2, text.substr(i, 2)) != 0) continue;
      facts.template_tags.push_back({from, close + 2, std::string(source.substr(from, std::min<std::size_t>(close + 2 - from, 60)))});
    }
  }

  // GitHub's end of a bare URL (cmark-gfm's autolink_delim): trailing ?!.,:*_~'" are punctuation,
  // a trailing ';' too (with the entity it ends, "&amp;"), and a closing ')', ']' or '}' that has no
  // partner in the URL. md4c 0.4.8 keeps them in the link.
  static void trim_autolink(Link& link) {
    const std::string& t = link.target;
    std::size_t end = t.size();
    while (end > 0) {
      const char c = t[end - 1];
      if (std::strchr("?!.,:*_~'\"", c) != nullptr) {
        --end;
      } else if (c == ';') {
        std::size_t amp = end - 1;
        while (amp > 0 && std::isalnum(static_cast<unsigned char>(t[amp - 1]))) --amp;
        end = amp > 0 && t[amp - 1] == '&' && amp < end - 1 ? amp - 1 : end - 1;
      } else if (c == ')' || c == ']' || c == '}') {
        const char open = c == ')' ? '(' : c == ']' ? '[' : '{';
        const auto opened = std::count(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(end), open);
        const auto closed = std::count(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(end), c);
        if (closed <= opened) break;
        --end;
      } else {
        break;
      }
    }
    const auto scheme = t.find("://");
    if (end == t.size() || end <= (scheme == std::string::npos ? 0 : scheme + 3) || link.text.size() < t.size() - end) return;
    link.trailing = t.substr(end);
    link.target.resize(end);
    link.text.resize(link.text.size() - link.trailing.size());
  }

  // Text before the opening '$$' on its line, or a word after the closing one on its line.
  bool in_sentence(const MathSpan& m) const {
    if (m.pieces.empty()) return false;
    const std::string_view text = file.text();
    const std::size_t open = m.pieces.front().source;
    if (open < 2 || text.compare(open - 2, 2, "$$") != 0) return false;
    for (std::size_t i = open - 2; i > 0 && text[i - 1] != '\n'; --i)
      if (text[i - 1] != ' ' && text[i - 1] != '\t') return true;
    const std::size_t close = text.find("$$", m.end);
    if (close == std::string_view::npos) return false;
    for (std::size_t i = close + 2; i < text.size() && text[i] != '\n'; ++i)
      if (std::isalnum(static_cast<unsigned char>(text[i]))) return true;
    return false;
  }

  // pandoc's reading of an inline '$...$' that md4c takes as a formula: a space after the opening
  // '$' or before the closing one, or a digit right after the closing one, makes both '$' dollar
  // signs ("$5 and $10"). np reads it so too (math-dollar-ambiguous says so), in every output.
  bool pandoc_reads_dollars(const MathSpan& m) const {
    if (m.pieces.empty() || m.tex.empty()) return false;
    const std::string_view text = file.text();
    const std::size_t open = m.pieces.front().source;
    if (open == 0 || text[open - 1] != '$') return false;
    std::size_t close = m.end;
    while (close < text.size() && text[close] != '$') ++close;
    if (close >= text.size()) return false;
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    const char after = close + 1 < text.size() ? text[close + 1] : '\n';
    return blank(m.tex.front()) || blank(m.tex.back()) || std::isdigit(static_cast<unsigned char>(after));
  }

  static constexpr std::size_t kUnset = static_cast<std::size_t>(-1);
};

}  // namespace

std::size_t MathSpan::source_offset(std::size_t tex_offset) const {
  if (pieces.empty()) return begin;
  tex_offset = std::min(tex_offset, tex.size());
  auto it = std::upper_bound(pieces.begin(), pieces.end(), tex_offset, [](std::size_t t, const Piece& p) { return t < p.tex; });
  if (it != pieces.begin()) --it;
  // A joining '\n' lies one past its line's last byte: at the line break in the file.
  return it->source + (tex_offset - std::min(tex_offset, it->tex));
}

std::span<const BodyEvent> BodyRecord::body() const {
  return std::span(events).first(footnote_events.empty() ? events.size() : footnote_events.front());
}

std::span<const BodyEvent> BodyRecord::footnote(std::size_t index) const {
  const std::size_t from = footnote_events.at(index);
  const std::size_t to = index + 1 < footnote_events.size() ? footnote_events[index + 1] : events.size();
  return std::span(events).subspan(from, to - from);
}

void BodyFacts::release_text() {
  record.reset();
  // swap(): assigning an empty value would keep the capacity.
  std::vector<MathSpan>().swap(math);
  std::vector<TextDollar>().swap(dollars);
  for (Link& l : links)
    if (l.kind != Link::Kind::image) std::string().swap(l.text);
  for (Footnote& f : footnotes) {
    std::string().swap(f.markdown);
    std::vector<std::pair<std::size_t, std::size_t>>().swap(f.lines);
  }
  headings.shrink_to_fit();
  links.shrink_to_fit();
  code_blocks.shrink_to_fit();
  comments.shrink_to_fit();
  html_ids.shrink_to_fit();
  html_anchors_left_out.shrink_to_fit();
  raw_html.shrink_to_fit();
  template_tags.shrink_to_fit();
  footnotes.shrink_to_fit();
  footnote_refs.shrink_to_fit();
  control_entities.shrink_to_fit();
}

BodyFacts walk_markdown(const SourceFile& file, std::size_t begin, std::size_t end, bool record) {
  Walker walker(file, begin, end);
  walker.last_offset = begin;
  if (record) walker.recorder.emplace().file = file.text();
  // Most notes have no "[^" at all: no definition to look for, no text to search for references.
  const bool markers = file.text().substr(begin, end - begin).find("[^") != std::string_view::npos;
  if (markers) walker.facts.footnotes = find_footnotes(file.text(), begin, end);
  std::string blanked;
  int rc = parse_markdown(body_input(file.text(), begin, end, walker.facts.footnotes, markers, blanked), walker);
  // Each definition after the body: its facts follow the body's (from Footnote::first_link etc.),
  // and its events the body's (BodyRecord::footnote).
  for (Footnote& f : walker.facts.footnotes) {
    if (record) walker.recorder->record.footnote_events.push_back(walker.recorder->record.events.size());
    f.first_link = walker.facts.links.size();
    f.first_math = walker.facts.math.size();
    f.first_heading = walker.facts.headings.size();
    walker.last_offset = f.end;
    if (rc == 0) rc = parse_markdown(footnote_input(f, file.text().data()), walker);
  }
  walker.scan_html();
  walker.facts.parsed = rc == 0;
  if (record) {
    walker.recorder->record.events.shrink_to_fit();
    walker.facts.record = std::make_shared<const BodyRecord>(std::move(walker.recorder->record));
  }
  for (const MathSpan& m : walker.facts.math)
    if (!m.dollars) ++(m.display ? walker.facts.display_formulas : walker.facts.inline_formulas);
  return std::move(walker.facts);
}

}  // namespace np
