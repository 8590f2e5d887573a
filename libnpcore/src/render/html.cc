#include "np/html.h"

#include <algorithm>
#include <cstdlib>
#include <set>
#include <vector>

#include "np/utf8.h"
#include "util/raw_html.h"

namespace np {

std::string escape_html(std::string_view text, bool attribute) {
  std::string out;
  out.reserve(text.size());
  std::size_t next_control = 0, length = 0;
  auto control = utf8::find_control_character(text, 0, length);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (control && i == *control) {  // never written: XML forbids them (np/utf8.h)
      i += length - 1;
      next_control = i + 1;
      control = utf8::find_control_character(text, next_control, length);
      continue;
    }
    const char c = text[i];
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += attribute ? "&quot;" : "\"";
        break;
      case '\'':
        out += attribute ? "&#39;" : "'";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string percent_encode_url(std::string_view url) {
  static const char* hex = "0123456789ABCDEF";
  const auto is_hex = [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; };
  // Brackets belong in the authority only (an IPv6 host): after it they are escaped.
  std::size_t authority_end = 0;
  if (const auto scheme = url.find("://"); scheme != std::string_view::npos)
    authority_end = std::min(url.find_first_of("/?#", scheme + 3), url.size());
  const std::size_t fragment = url.find('#');
  std::string out;
  out.reserve(url.size());
  for (std::size_t i = 0; i < url.size(); ++i) {
    const auto c = static_cast<unsigned char>(url[i]);
    const bool escape = c <= 0x20 || c == 0x7F || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`' || c == '{' ||
                        c == '|' || c == '}' || ((c == '[' || c == ']') && i >= authority_end) ||
                        (c == '%' && !(i + 2 < url.size() && is_hex(url[i + 1]) && is_hex(url[i + 2]))) || (c == '#' && i > fragment);
    if (escape) {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

namespace {

// The named entities authors write; others are kept as text so that XHTML stays well-formed.
const char* named_entity(std::string_view name) {
  struct Entity {
    const char* name;
    const char* text;
  };
  static const Entity entities[] = {
      {"&nbsp;", "\xC2\xA0"},
      {"&amp;", "&amp;"},
      {"&lt;", "&lt;"},
      {"&gt;", "&gt;"},
      {"&quot;", "\""},
      {"&apos;", "'"},
      {"&copy;", "\xC2\xA9"},
      {"&reg;", "\xC2\xAE"},
      {"&mdash;", "\xE2\x80\x94"},
      {"&ndash;", "\xE2\x80\x93"},
      {"&hellip;", "\xE2\x80\xA6"},
      {"&times;", "\xC3\x97"},
      {"&middot;", "\xC2\xB7"},
      {"&rarr;", "\xE2\x86\x92"},
      {"&larr;", "\xE2\x86\x90"},
      {"&le;", "\xE2\x89\xA4"},
      {"&ge;", "\xE2\x89\xA5"},
      {"&ne;", "\xE2\x89\xA0"},
      {"&deg;", "\xC2\xB0"},
      {"&plusmn;", "\xC2\xB1"},
      {"&lsquo;", "\xE2\x80\x98"},
      {"&rsquo;", "\xE2\x80\x99"},
      {"&ldquo;", "\xE2\x80\x9C"},
      {"&rdquo;", "\xE2\x80\x9D"},
      {"&euro;", "\xE2\x82\xAC"},
  };
  for (const auto& e : entities)
    if (name == e.name) return e.text;
  return nullptr;
}

// Writes the recorded walk (BodyFacts::record); each link, formula and heading names its fact.
struct Renderer {
  Renderer(const SourceFile& f, const BodyFacts& b, const BodyRecord& r, const HtmlOptions& o) : file(f), facts(b), record(r), options(o) {}
  const SourceFile& file;
  const BodyFacts& facts;
  const BodyRecord& record;
  const HtmlOptions& options;
  std::string out;
  std::size_t heading_text_start = 0;      // where the open heading's text begins in `out`
  std::vector<bool> link_open;             // per open <a>: was an element written
  std::vector<std::string> link_trailing;  // per open link: what follows its </a> (Link::trailing)
  std::string link_text;                   // an autolink's text while one with trailing punctuation is open
  bool capture_link_text = false;
  // Raw HTML (XHTML mode): the open HTML block's source, and the ids written so far (each once).
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::size_t html_block_begin = kNone, html_block_end = 0;
  bool in_html_block = false;
  std::set<std::string> ids;
  int image_depth = 0;         // inside an image: text goes to alt
  bool image_missing = false;  // the image being read has no target: it is written as its alt text
  std::string alt;
  int math_depth = 0;
  bool in_math_fence = false;
  // Footnotes: numbered in the order of their first reference.
  std::vector<std::size_t> number;      // per definition: its number, 0 when not referenced yet
  std::vector<std::size_t> references;  // per definition: references written
  std::vector<std::size_t> numbered;    // definitions, by number - 1
  std::string after_paragraph_open;     // written after the next <p> (a footnote's back link)

  // Inline markup; inside an image's alt text only the text counts.
  void tag(const char* markup) {
    if (!image_depth) out += markup;
  }

  std::string close_void() const { return options.xhtml ? " />" : ">"; }

  void text_out(std::string_view s) {
    if (image_depth)
      alt.append(s);
    else if (capture_link_text)
      link_text.append(s);
    else if (!math_depth && !in_math_fence)
      out += escape_html(s);
  }

  // Raw HTML in XHTML (the EPUB, the site): its anchors become empty elements with their ids, and
  // whatever else it holds is shown as its source, in code (lint: html-left-out). `block`: an HTML
  // block (<pre>), else one inline tag (<code>). The facts walk scans the same pieces.
  void raw_html(std::string_view html, bool block) {
    const RawHtmlScan scan = scan_raw_html(html);
    for (const RawHtmlAnchor& a : scan.anchors)
      if (is_kept_anchor_id(a.id) && a.id.rfind("np-", 0) != 0 && ids.insert(a.id).second)
        out += "<span id=\"" + escape_html(a.id, true) + "\"></span>";
    if (!scan.content) return;
    const std::string source = escape_html(utf8::drop_control_characters(html));
    out += block ? "<pre class=\"raw-html\"><code>" + source + "</code></pre>\n" : "<code class=\"raw-html\">" + source + "</code>";
  }

  // The heading that event (an enter or leave of one) is, or null.
  const Heading* heading_of(const BodyEvent& e) const { return e.fact < facts.headings.size() ? &facts.headings[e.fact] : nullptr; }

  void enter_block(const BodyEvent& e) {
    const BlockType type = e.block();
    if (!after_paragraph_open.empty() && type != BlockType::doc) {
      // A footnote's back link opens its first paragraph, or stands before its first other block.
      out += type == BlockType::p ? "<p>" + after_paragraph_open : "<p>" + after_paragraph_open + "</p>\n";
      after_paragraph_open.clear();
      if (type == BlockType::p) return;
    }
    switch (type) {
      case BlockType::doc:
        break;
      case BlockType::quote:
        out += "<blockquote>\n";
        break;
      case BlockType::ul:
        out += "<ul>\n";
        break;
      case BlockType::ol:
        out += e.number == 1 ? "<ol>\n" : "<ol start=\"" + std::to_string(e.number) + "\">\n";
        break;
      case BlockType::li:
        out += "<li>";
        if (e.mark)
          out += std::string("<input type=\"checkbox\" disabled=\"disabled\"") +
                 ((e.mark == 'x' || e.mark == 'X') ? " checked=\"checked\"" : "") + close_void() + " ";
        break;
      case BlockType::hr:
        out += "<hr" + close_void() + "\n";
        break;
      case BlockType::h: {
        const int level = std::min(6, static_cast<int>(e.number) + options.heading_shift);
        out += "<h" + std::to_string(level);
        if (const Heading* h = heading_of(e); h && !h->anchor.empty()) {
          out += " id=\"" + escape_html(h->anchor, true) + "\"";
          ids.insert(h->anchor);
        }
        out += ">";
        heading_text_start = out.size();
        break;
      }
      case BlockType::code: {
        const std::string_view lang = record.text(e, file.text());
        if (lang == "math") {
          in_math_fence = true;
          break;
        }
        out += lang.empty() ? "<pre><code>" : "<pre><code class=\"language-" + escape_html(lang, true) + "\">";
        break;
      }
      case BlockType::html:
        html_block_begin = kNone;
        html_block_end = 0;
        in_html_block = true;
        break;
      case BlockType::p:
        out += "<p>";
        break;
      case BlockType::table:
        out += "<table>\n";
        break;
      case BlockType::thead:
        out += "<thead>\n";
        break;
      case BlockType::tbody:
        out += "<tbody>\n";
        break;
      case BlockType::tr:
        out += "<tr>";
        break;
      case BlockType::th:
      case BlockType::td: {
        const char* tag = type == BlockType::th ? "th" : "td";
        const auto a = static_cast<CellAlign>(e.mark);
        const char* align = a == CellAlign::left ? "left" : a == CellAlign::center ? "center" : a == CellAlign::right ? "right" : nullptr;
        out += std::string("<") + tag + (align ? std::string(" style=\"text-align: ") + align + "\"" : "") + ">";
        break;
      }
    }
  }

  void leave_block(const BodyEvent& e) {
    switch (e.block()) {
      case BlockType::doc:
        break;
      case BlockType::quote:
        out += "</blockquote>\n";
        break;
      case BlockType::ul:
        out += "</ul>\n";
        break;
      case BlockType::ol:
        out += "</ol>\n";
        break;
      case BlockType::li:
        out += "</li>\n";
        break;
      case BlockType::hr:
        break;
      case BlockType::h: {
        const int level = std::min(6, static_cast<int>(e.number) + options.heading_shift);
        // A trailing {#id} attribute named the anchor (the loader took it off the heading's text):
        // it is not part of what the reader sees.
        if (const Heading* h = heading_of(e); h && !h->explicit_id.empty() && !out.empty() && out.back() == '}') {
          const auto open = out.rfind('{');
          if (open != std::string::npos && open >= heading_text_start) {
            out.erase(open);
            while (out.size() > heading_text_start && (out.back() == ' ' || out.back() == '\t')) out.pop_back();
          }
        }
        out += "</h" + std::to_string(level) + ">\n";
        break;
      }
      case BlockType::code:
        if (in_math_fence) {
          in_math_fence = false;
          emit_math(e.fact);
          out += "\n";
        } else {
          out += "</code></pre>\n";
        }
        break;
      case BlockType::html:
        if (options.xhtml && html_block_begin != kNone)
          raw_html(file.text().substr(html_block_begin, html_block_end - html_block_begin), true);
        html_block_begin = kNone;
        in_html_block = false;
        break;
      case BlockType::p:
        out += "</p>\n";
        break;
      case BlockType::table:
        out += "</table>\n";
        break;
      case BlockType::thead:
        out += "</thead>\n";
        break;
      case BlockType::tbody:
        out += "</tbody>\n";
        break;
      case BlockType::tr:
        out += "</tr>\n";
        break;
      case BlockType::th:
        out += "</th>";
        break;
      case BlockType::td:
        out += "</td>";
        break;
    }
  }

  // facts.math[index]; kNoFact (a ```math fence with nothing in it) writes nothing.
  void emit_math(std::size_t index) {
    if (index >= facts.math.size()) return;
    const MathSpan& m = facts.math[index];
    if (m.dollars) {  // "$5 and $10": dollar signs, as lint reads them (MathSpan::dollars)
      text_out("$" + m.tex + "$");
      return;
    }
    if (image_depth) return;  // in an image's alt text a formula is its TeX (text() wrote it)
    if (options.math)
      out += options.math(index, m);
    else
      out += std::string(m.display ? "<span class=\"math display\">" : "<span class=\"math inline\">") + escape_html(m.tex) + "</span>";
  }

  void enter_span(const BodyEvent& e) {
    const Link* link = e.fact < facts.links.size() ? &facts.links[e.fact] : nullptr;
    switch (e.span()) {
      case SpanType::em:
        tag("<em>");
        break;
      case SpanType::strong:
        tag("<strong>");
        break;
      case SpanType::u:
        tag("<u>");
        break;
      case SpanType::del:
        tag("<del>");
        break;
      case SpanType::code:
        tag("<code>");
        break;
      case SpanType::a:
      case SpanType::wikilink: {
        std::string href, trailing;
        if (link) {
          href = options.link_target ? options.link_target(e.fact, *link) : link->target;
          trailing = link->trailing;
        }
        link_open.push_back(!href.empty() && !image_depth);
        link_trailing.push_back(image_depth ? std::string() : trailing);
        if (!link_trailing.back().empty()) {
          capture_link_text = true;
          link_text.clear();
        }
        if (link_open.back()) {
          out += "<a href=\"" + escape_html(percent_encode_url(href), true) + "\"";
          if (e.span() == SpanType::a && e.size) out += " title=\"" + escape_html(record.text(e, file.text()), true) + "\"";
          out += ">";
        }
        break;
      }
      case SpanType::img: {
        std::string src;
        if (link) src = options.link_target ? options.link_target(e.fact, *link) : link->target;
        if (image_depth++ == 0) {
          alt.clear();
          // An image that goes nowhere (a missing file under --force) is its alt text, visibly,
          // never <img src="">.
          image_missing = src.empty();
          if (!image_missing) out += "<img src=\"" + escape_html(percent_encode_url(src), true) + "\" alt=\"";
        }
        break;
      }
      case SpanType::latexmath:
      case SpanType::latexmath_display:
        ++math_depth;
        break;
    }
  }

  void leave_span(const BodyEvent& e) {
    switch (e.span()) {
      case SpanType::em:
        tag("</em>");
        break;
      case SpanType::strong:
        tag("</strong>");
        break;
      case SpanType::u:
        tag("</u>");
        break;
      case SpanType::del:
        tag("</del>");
        break;
      case SpanType::code:
        tag("</code>");
        break;
      case SpanType::a:
      case SpanType::wikilink:
        if (!link_open.empty()) {
          const std::string trailing = std::move(link_trailing.back());
          if (!trailing.empty() && capture_link_text) {
            // The autolink's text without its trailing punctuation, which follows the link.
            capture_link_text = false;
            const std::size_t keep =
                link_text.size() >= trailing.size() && link_text.compare(link_text.size() - trailing.size(), trailing.size(), trailing) == 0
                    ? link_text.size() - trailing.size()
                    : link_text.size();
            out += escape_html(std::string_view(link_text).substr(0, keep));
            if (link_open.back()) out += "</a>";
            out += escape_html(std::string_view(link_text).substr(keep));
          } else if (link_open.back()) {
            out += "</a>";
          }
          link_open.pop_back();
          link_trailing.pop_back();
        }
        break;
      case SpanType::img:
        if (--image_depth == 0)
          out += image_missing ? "<span class=\"missing-image\">[image: " + escape_html(alt) + "]</span>"
                               : escape_html(alt, true) + "\"" + close_void();
        break;
      case SpanType::latexmath:
      case SpanType::latexmath_display:
        if (--math_depth == 0) emit_math(e.fact);
        break;
    }
  }

  std::string epub_type(const char* type) const { return options.xhtml ? std::string(" epub:type=\"") + type + "\"" : ""; }

  // A reference: a superscript number linking to the note's footnote (a marker without a definition,
  // or inside an image's alt text, stays text).
  void footnote_ref(const BodyEvent& e) {
    const std::size_t footnote = e.fact;
    if (footnote == FootnoteRef::kUndefined || footnote >= facts.footnotes.size() || image_depth) {
      text_out(record.text(e, file.text()));
      return;
    }
    number.resize(facts.footnotes.size(), 0);
    references.resize(facts.footnotes.size(), 0);
    if (!number[footnote]) {
      numbered.push_back(footnote);
      number[footnote] = numbered.size();
    }
    const std::string n = std::to_string(number[footnote]);
    const std::size_t k = ++references[footnote];
    out += "<sup><a id=\"np-fnref-" + n + (k > 1 ? "-" + std::to_string(k) : "") + "\" href=\"#np-fn-" + n +
           "\" class=\"footnote-ref\" role=\"doc-noteref\"" + epub_type("noteref") + ">" + n + "</a></sup>";
  }

  // The referenced footnotes after the body, in the order of their numbers, each from the record
  // of its definition's walk.
  void footnotes() {
    if (numbered.empty()) return;
    out += "<section class=\"footnotes\"" + epub_type("footnotes") + ">\n";
    for (std::size_t i = 0; i < numbered.size(); ++i) {
      const std::string n = std::to_string(i + 1);
      out += "<aside id=\"np-fn-" + n + "\" class=\"footnote\" role=\"doc-footnote\"" + epub_type("footnote") + ">\n";
      after_paragraph_open = "<a href=\"#np-fnref-" + n + "\" role=\"doc-backlink\">" + n + ".</a> ";
      write(record.footnote(numbered[i]));
      if (!after_paragraph_open.empty()) out += "<p>" + after_paragraph_open + "</p>\n";  // no paragraph in it
      after_paragraph_open.clear();
      out += "</aside>\n";
    }
    out += "</section>\n";
  }

  void text(const BodyEvent& e) {
    const std::string_view s = record.text(e, file.text());
    switch (e.text_type()) {
      case TextType::nullchar:
        text_out("\xEF\xBF\xBD");
        break;
      case TextType::br:
        if (image_depth)
          alt += ' ';
        else
          out += "<br" + close_void() + "\n";
        break;
      case TextType::softbr:
        if (image_depth)
          alt += ' ';
        else if (!math_depth && !in_math_fence)
          out += "\n";
        break;
      case TextType::html:
        if (options.xhtml) {
          if (image_depth) break;
          if (in_html_block) {
            // md4c hands a block's line breaks over as text of its own, not in the file.
            if (!e.in_file) break;
            if (html_block_begin == kNone) html_block_begin = e.begin;
            html_block_end = std::max(html_block_end, e.begin + e.size);
          } else {
            raw_html(s, false);
          }
        } else {
          out += utf8::drop_control_characters(s);
        }
        break;
      case TextType::entity: {
        std::string decoded;
        if (s.size() > 3 && s[1] == '#') {
          const bool hex = s[2] == 'x' || s[2] == 'X';
          const long cp = std::strtol(std::string(s.substr(hex ? 3 : 2, s.size() - (hex ? 4 : 3))).c_str(), nullptr, hex ? 16 : 10);
          utf8::append(decoded, cp > 0 && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF) ? static_cast<char32_t>(cp) : 0xFFFD);
          text_out(decoded);
        } else if (const char* named = named_entity(s)) {
          if (image_depth)
            alt += named;
          else if (!math_depth)
            out += named;
        } else {
          text_out(s);
        }
        break;
      }
      case TextType::normal:
      case TextType::code:
      case TextType::latexmath:
        text_out(s);
        break;
    }
  }

  void write(std::span<const BodyEvent> events) { replay(events, *this); }
};

}  // namespace

std::string render_html(const SourceFile& file, const BodyFacts& facts, const HtmlOptions& options) {
  if (!facts.record) return "";
  Renderer r(file, facts, *facts.record, options);
  r.write(facts.record->body());
  r.footnotes();
  return std::move(r.out);
}

}  // namespace np
