#include "np/markdown.h"

#include <algorithm>
#include <cstring>
#include <unordered_map>

#include <md4c.h>

#include "np/utf8.h"

namespace np {

namespace {

constexpr unsigned kParserFlags = MD_DIALECT_GITHUB | MD_FLAG_LATEXMATHSPANS | MD_FLAG_WIKILINKS;

// Holds the state of one walk; md4c calls back into it (STYLE: a state struct and a switch).
struct Walker {
  const SourceFile& file;
  const char* base = nullptr;  // file.text().data()
  std::size_t begin = 0, end = 0;
  BodyFacts facts;

  // Where the walk is.
  int code_depth = 0;        // inside a code block
  bool math_fence = false;   // the code block is ```math
  int html_block = 0;
  int heading_level = 0;
  std::string heading_text;
  std::size_t heading_begin = 0, heading_end = 0;
  int math_span = 0;  // 1 inline, 2 display
  MathSpan current_math;
  CodeBlock current_code;
  std::string math_fence_tex;
  std::vector<std::size_t> open_links;  // indices into facts.links for open link/image spans
  std::size_t last_offset = 0;          // the last source offset seen, for things md4c gives no pointer for
  bool in_word = false;
  std::unordered_map<std::string, int> anchor_counts;
  std::vector<std::pair<std::size_t, std::size_t>> html_ranges;

  Walker(const SourceFile& f, std::size_t b, std::size_t e) : file(f), base(f.text().data()), begin(b), end(e) {}

  bool in_source(const char* p) const { return p >= base + begin && p <= base + end; }
  std::size_t offset_of(const char* p) const { return static_cast<std::size_t>(p - base); }

  std::string attribute(const MD_ATTRIBUTE& a) const { return std::string(a.text, a.size); }

  // The source offset of an attribute (href, src, wiki target): its pointer when md4c points into
  // our buffer, else the text searched for from the last offset (md4c copies attributes with
  // escapes or entities).
  std::pair<std::size_t, std::size_t> locate_attribute(const MD_ATTRIBUTE& a) const {
    if (a.size > 0 && in_source(a.text)) return {offset_of(a.text), offset_of(a.text) + a.size};
    const std::string_view text = file.text().substr(0, end);
    const std::string needle(a.text, a.size);
    if (!needle.empty()) {
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
      const bool wordish = std::isalnum(c) || (c >= 0xC3 && c != 0xE2);
      if (wordish && !in_word) {
        ++facts.words;
        in_word = true;
      }
    }
  }

  void add_heading() {
    Heading h;
    h.level = heading_level;
    // GitHub trims the heading's text before slugging it.
    const auto first = heading_text.find_first_not_of(" \t");
    const auto last = heading_text.find_last_not_of(" \t");
    h.text = first == std::string::npos ? "" : heading_text.substr(first, last - first + 1);
    std::string slug = github_slug(h.text);
    const int n = anchor_counts[slug]++;
    h.anchor = n == 0 ? slug : slug + "-" + std::to_string(n);
    // A suffixed slug can collide with a literal heading of that name; GitHub counts those too.
    if (n > 0) anchor_counts[h.anchor]++;
    h.begin = heading_begin;
    h.end = std::max(heading_end, heading_begin + 1);
    facts.headings.push_back(std::move(h));
  }

  // --- md4c callbacks -----------------------------------------------------------------------

  int enter_block(MD_BLOCKTYPE type, void* detail) {
    in_word = false;
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
        current_code.begin = current_code.end = last_offset;
        math_fence = current_code.language == "math";
        math_fence_tex.clear();
        current_math = MathSpan();
        current_math.display = true;
        current_math.begin = kUnset;
        break;
      }
      case MD_BLOCK_HTML:
        ++html_block;
        break;
      default:
        break;
    }
    return 0;
  }

  int leave_block(MD_BLOCKTYPE type, void*) {
    in_word = false;
    switch (type) {
      case MD_BLOCK_H:
        add_heading();
        heading_level = 0;
        break;
      case MD_BLOCK_CODE:
        --code_depth;
        if (math_fence) {
          if (current_math.begin != kUnset) {
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
        break;
      default:
        break;
    }
    return 0;
  }

  int enter_span(MD_SPANTYPE type, void* detail) {
    switch (type) {
      case MD_SPAN_A: {
        const auto* d = static_cast<MD_SPAN_A_DETAIL*>(detail);
        Link link;
        link.kind = Link::Kind::link;  // md4c 0.4.8 does not flag autolinks; see leave_span
        link.target = attribute(d->href);
        std::tie(link.begin, link.end) = locate_attribute(d->href);
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
    switch (type) {
      case MD_SPAN_A:
      case MD_SPAN_IMG:
      case MD_SPAN_WIKILINK:
        if (!open_links.empty()) {
          Link& link = facts.links[open_links.back()];
          // An autolink's text is its target (<https://x>, or a bare URL under the GitHub dialect).
          if (type == MD_SPAN_A && (link.text == link.target || "mailto:" + link.text == link.target)) link.kind = Link::Kind::autolink;
          open_links.pop_back();
        }
        break;
      case MD_SPAN_LATEXMATH:
      case MD_SPAN_LATEXMATH_DISPLAY:
        if (current_math.begin == kUnset) current_math.begin = current_math.end = last_offset;
        facts.math.push_back(std::move(current_math));
        math_span = 0;
        break;
      default:
        break;
    }
    return 0;
  }

  int text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size) {
    const bool located = in_source(text);
    const std::size_t at = located ? offset_of(text) : last_offset;
    if (located) last_offset = at + size;
    const std::string_view chunk(text, size);

    if (heading_level) {
      if (heading_text.empty() && located) heading_begin = at;
      if (located) heading_end = at + size;
      if (type == MD_TEXT_SOFTBR || type == MD_TEXT_BR) heading_text += ' ';
      else if (type != MD_TEXT_HTML) heading_text.append(chunk);
    }
    if (!open_links.empty() && type != MD_TEXT_HTML) facts.links[open_links.back()].text.append(chunk);

    switch (type) {
      case MD_TEXT_NORMAL:
      case MD_TEXT_ENTITY:
        if (!code_depth && !math_span) count_words(chunk);
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
            math_fence_tex.append(chunk);
          } else {
            if (current_code.end == current_code.begin) current_code.begin = at;
            current_code.end = at + size;
          }
        }
        break;
      case MD_TEXT_LATEXMATH:
        if (current_math.begin == kUnset) current_math.begin = at;
        current_math.end = at + size;
        current_math.tex.append(chunk);
        break;
      case MD_TEXT_HTML:
        if (located) html_ranges.emplace_back(at, at + size);
        break;
      default:
        break;
    }
    return 0;
  }

  // HTML comments (suppressions) and id/name attributes (anchors) from the raw HTML md4c found.
  void scan_html() {
    const std::string_view text = file.text();
    std::sort(html_ranges.begin(), html_ranges.end());
    // Merge adjacent chunks: an HTML block arrives line by line.
    std::vector<std::pair<std::size_t, std::size_t>> merged;
    for (const auto& r : html_ranges) {
      if (!merged.empty() && r.first <= merged.back().second + 2) merged.back().second = std::max(merged.back().second, r.second);
      else merged.push_back(r);
    }
    for (const auto& [from, to] : merged) {
      const std::string_view html = text.substr(from, to - from);
      for (std::size_t i = 0; (i = html.find("<!--", i)) != std::string_view::npos;) {
        const auto close = html.find("-->", i + 4);
        const std::size_t stop = close == std::string_view::npos ? html.size() : close;
        facts.comments.push_back({std::string(html.substr(i + 4, stop - i - 4)), from + i,
                                  from + (close == std::string_view::npos ? html.size() : close + 3)});
        i = stop;
      }
      for (const char* attr : {"id=", "name="}) {
        for (std::size_t i = 0; (i = html.find(attr, i)) != std::string_view::npos;) {
          const bool boundary = i > 0 && (html[i - 1] == ' ' || html[i - 1] == '\t' || html[i - 1] == '\n');
          i += std::strlen(attr);
          if (!boundary || i >= html.size()) continue;
          const char quote = html[i];
          if (quote != '"' && quote != '\'') continue;
          const auto close = html.find(quote, i + 1);
          if (close == std::string_view::npos) continue;
          facts.html_ids.emplace_back(html.substr(i + 1, close - i - 1));
          i = close;
        }
      }
    }
  }

  static constexpr std::size_t kUnset = static_cast<std::size_t>(-1);
};

}  // namespace

BodyFacts walk_markdown(const SourceFile& file, std::size_t begin, std::size_t end) {
  Walker walker(file, begin, end);
  walker.last_offset = begin;
  MD_PARSER parser{};
  parser.abi_version = 0;
  parser.flags = kParserFlags;
  parser.enter_block = [](MD_BLOCKTYPE t, void* d, void* u) { return static_cast<Walker*>(u)->enter_block(t, d); };
  parser.leave_block = [](MD_BLOCKTYPE t, void* d, void* u) { return static_cast<Walker*>(u)->leave_block(t, d); };
  parser.enter_span = [](MD_SPANTYPE t, void* d, void* u) { return static_cast<Walker*>(u)->enter_span(t, d); };
  parser.leave_span = [](MD_SPANTYPE t, void* d, void* u) { return static_cast<Walker*>(u)->leave_span(t, d); };
  parser.text = [](MD_TEXTTYPE t, const MD_CHAR* x, MD_SIZE s, void* u) { return static_cast<Walker*>(u)->text(t, x, s); };
  const int rc = md_parse(file.text().data() + begin, static_cast<MD_SIZE>(end - begin), &parser, &walker);
  walker.scan_html();
  walker.facts.parsed = rc == 0;
  return std::move(walker.facts);
}

std::string github_slug(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp = utf8::decode(text, i);
    if (cp < 0x80) {
      const char c = static_cast<char>(cp);
      if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
      else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_') out += c;
      else if (c == ' ') out += '-';
      continue;  // other ASCII punctuation and symbols are dropped
    }
    // Punctuation and symbol blocks are dropped, as github-slugger's regex does.
    const bool punctuation = (cp >= 0x00A0 && cp <= 0x00BF) || cp == 0x00D7 || cp == 0x00F7 || (cp >= 0x2000 && cp <= 0x2BFF) ||
                             (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF0F) ||
                             (cp >= 0x1F000 && cp <= 0x1FAFF) || cp == 0xFE0F;
    if (punctuation) continue;
    // Lowercase the letters most likely in headings: Latin-1, Latin Extended-A pairs, Greek, Cyrillic.
    if ((cp >= 0x00C0 && cp <= 0x00DE)) cp += 0x20;
    else if (cp >= 0x0100 && cp <= 0x0137 && cp % 2 == 0 && cp != 0x0130) cp += 1;
    else if (cp >= 0x0391 && cp <= 0x03A9 && cp != 0x03A2) cp += 0x20;
    else if (cp >= 0x0410 && cp <= 0x042F) cp += 0x20;
    utf8::append(out, cp);
  }
  return out;
}

}  // namespace np
