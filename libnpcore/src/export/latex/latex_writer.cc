#include "export/latex/latex_writer.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "np/utf8.h"

namespace np::latex {

namespace {

// The ASCII characters that mean themselves in LaTeX's text mode (and in a Verbatim line).
bool plain_ascii(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' || c == '!' || c == '(' || c == ')' ||
         c == '*' || c == '+' || c == '.' || c == '/' || c == ':' || c == ';' || c == '=' || c == '?' || c == '@' || c == '[' || c == ']' ||
         c == '|' || c == '\n';
}

// A character beyond ASCII that LuaLaTeX typesets as itself: any well-formed one but U+FFFE and
// U+FFFF (none has a special category code in a LaTeX document). Its bytes in `length`.
bool plain_unicode(std::string_view text, std::size_t i, std::size_t& length) {
  std::size_t next = i;
  const char32_t cp = utf8::decode(text, next);
  length = next - i;
  return !(cp == 0xFFFD && text.substr(i, 3) != "\xEF\xBF\xBD") && !utf8::is_control_character(cp);
}

}  // namespace

const char* tex_special(char c) {
  switch (c) {
    case '\\':
      return "\\textbackslash{}";
    case '~':
      return "\\textasciitilde{}";
    case '^':
      return "\\textasciicircum{}";
    case '{':
      return "\\{";
    case '}':
      return "\\}";
    case '#':
      return "\\#";
    case '$':
      return "\\$";
    case '%':
      return "\\%";
    case '&':
      return "\\&";
    case '_':
      return "\\_";
    default:
      return "";
  }
}

std::string escape_text(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const char next = i + 1 < text.size() ? text[i + 1] : '\0';
    if (plain_ascii(c)) {
      out += c;
      continue;
    }
    if (const char* special = tex_special(c); *special) {
      out += special;
      continue;
    }
    switch (c) {
      // TeX ligatures: -- and --- are dashes, `` and '' quotes, ` an opening quote.
      case '-':
        out += next == '-' ? "-{}" : "-";
        break;
      case '\'':
        out += next == '\'' ? "'{}" : "'";
        break;
      case ',':
        out += next == ',' ? ",{}" : ",";
        break;
      case '<':
        out += next == '<' ? "<{}" : "<";
        break;
      case '>':
        out += next == '>' ? ">{}" : ">";
        break;
      case '`':
        out += "\\textasciigrave{}";
        break;
      case '"':
        out += "\\textquotedbl{}";
        break;
      case '\t':
        out += ' ';
        break;
      default: {
        if (static_cast<unsigned char>(c) < 0x80) break;  // control characters: never written
        if (c == '\xC2' && next == '\xA0') {              // U+00A0 no-break space
          out += '~';
          ++i;
          break;
        }
        std::size_t length = 1;
        if (plain_unicode(text, i, length)) out.append(text.substr(i, length));
        i += length - 1;
      }
    }
  }
  return out;
}

std::string escape_verbatim(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '\\':
        out += "\\textbackslash{}";
        break;
      case '{':
        out += "\\{";
        break;
      case '}':
        out += "\\}";
        break;
      default: {
        // In Verbatim every other printable ASCII character is of category "other", tab too.
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 0x20 && u < 0x7F) || c == '\n' || c == '\t') {
          out += c;
        } else if (u >= 0x80) {
          std::size_t length = 1;
          if (plain_unicode(text, i, length)) out.append(text.substr(i, length));
          i += length - 1;
        }
      }
    }
  }
  return out;
}

std::string escape_url(std::string_view url) {
  static constexpr std::string_view kAsItself = "!$&'()*+,-./:;=?@[]_~";
  std::string out;
  for (char c : url) {
    const auto u = static_cast<unsigned char>(c);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || kAsItself.find(c) != std::string_view::npos) {
      out += c;
    } else if (c == '#' || c == '%') {
      out += '\\';
      out += c;
    } else {
      char hex[4];
      std::snprintf(hex, sizeof hex, "%%%02X", u);
      out += '\\';
      out += hex;
    }
  }
  return out;
}

std::string label(std::string_view note_id, std::string_view anchor) {
  std::string out = "np:";
  const auto add = [&](std::string_view s) {
    for (char c : s) {
      const auto u = static_cast<unsigned char>(c);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.') {
        out += c;
      } else {
        char hex[4];
        std::snprintf(hex, sizeof hex, "+%02X", u);
        out += hex;
      }
    }
  };
  add(note_id);
  if (!anchor.empty()) {
    out += ':';
    add(anchor);
  }
  return out;
}

namespace {

// HTML entities decoded for text: the common named ones and numeric references.
std::string decode_entity(std::string_view s) {
  struct Entity {
    const char* name;
    const char* text;
  };
  static const Entity entities[] = {
      {"&nbsp;", "\xC2\xA0"},
      {"&amp;", "&"},
      {"&lt;", "<"},
      {"&gt;", ">"},
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
  if (s.size() > 3 && s[1] == '#') {
    const bool hex = s[2] == 'x' || s[2] == 'X';
    const long cp = std::strtol(std::string(s.substr(hex ? 3 : 2, s.size() - (hex ? 4 : 3))).c_str(), nullptr, hex ? 16 : 10);
    std::string decoded;
    utf8::append(decoded, cp > 0 && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF) ? static_cast<char32_t>(cp) : 0xFFFD);
    return decoded;
  }
  for (const auto& e : entities)
    if (s == e.name) return e.text;
  return std::string(s);
}

const char* heading_command(int depth) {
  switch (depth) {
    case 0:
      return "\\subsection";
    case 1:
      return "\\subsubsection";
    case 2:
      return "\\paragraph";
    default:
      return "\\subparagraph";
  }
}

// Writes the recorded walk (BodyFacts::record); each link, formula and heading names its fact.
struct Writer {
  Writer(const BodyFacts& f, const BodyRecord& r, const WriterOptions& o, std::string_view t) : facts(f), record(r), options(o), file(t) {}
  const BodyFacts& facts;
  const BodyRecord& record;
  const WriterOptions& options;
  std::string_view file;  // the note's text
  int min_level = 1;

  std::string body;
  std::string heading;    // the text of the heading being written
  int heading_level = 0;  // inside a heading: its level
  std::vector<LinkOut::Kind> open_links;
  int image_depth = 0;
  std::string image_path, alt;
  int math_depth = 0;
  bool in_math_fence = false, in_code_block = false;
  std::string html_block;
  std::size_t html_offset = 0;
  bool in_html_block = false;
  // Tables: columns, the cell index in the row, the alignment of each column.
  unsigned columns = 0, cell = 0;
  bool header_row = false;
  std::vector<bool> list_written;  // per open list: was an environment written (LaTeX nests 4 deep)
  int written_lists = 0;
  int containers = 0;  // lists and quotes: tables inside them are tabular, not longtable
  bool longtable = false;
  // Footnotes: a \footnote at the first reference, \footref at the others. The text of one is
  // written by a writer of its own in footnote mode: no sectioning, verbatim or longtable there.
  bool in_footnote = false;
  std::vector<bool> footnote_written;                              // per definition
  std::vector<std::pair<std::size_t, std::size_t>> heading_notes;  // footnotes in `heading`
  std::string code_lines;                                          // a code block in footnote mode

  std::string& out() { return heading_level ? heading : body; }

  void text_out(std::string_view s) {
    if (image_depth)
      alt.append(s);
    else if (math_depth || in_math_fence)
      return;
    else if (in_code_block && in_footnote)
      code_lines.append(s);
    else if (in_code_block)
      out() += escape_verbatim(s);
    else
      out() += escape_text(s);
  }

  void markup(std::string_view s) {
    if (!image_depth) out() += s;
  }

  void paragraph_break() {
    if (!body.empty() && body.back() != '\n') body += '\n';
    if (body.size() >= 2 && body.compare(body.size() - 2, 2, "\n\n") == 0) return;
    if (!body.empty()) body += '\n';
  }

  std::string column_spec(unsigned n) const {
    std::string spec = "@{}";
    for (unsigned i = 0; i < n; ++i)
      spec += "p{\\dimexpr(\\linewidth-" + std::to_string(2 * n) + "\\tabcolsep)/" + std::to_string(n) + "\\relax}";
    return spec + "@{}";
  }

  void enter_block(const BodyEvent& e) {
    const BlockType type = e.block();
    switch (type) {
      case BlockType::doc:
        break;
      case BlockType::quote:
        paragraph_break();
        body += "\\begin{quote}\n";
        ++containers;
        break;
      case BlockType::ul:
      case BlockType::ol: {
        paragraph_break();
        ++containers;
        const bool write = written_lists < 4;
        list_written.push_back(write);
        if (!write) break;
        ++written_lists;
        if (type == BlockType::ul) {
          body += "\\begin{itemize}\n";
        } else {
          body += "\\begin{enumerate}\n";
          if (e.number != 1) body += "\\npstartat{" + std::to_string(static_cast<long>(e.number) - 1) + "}\n";
        }
        break;
      }
      case BlockType::li: {
        if (!e.mark)
          body += "\\item{}";
        else
          body += (e.mark == 'x' || e.mark == 'X') ? "\\item[\\(\\boxtimes\\)]{}" : "\\item[\\(\\square\\)]{}";
        body += ' ';
        break;
      }
      case BlockType::hr:
        paragraph_break();
        body += "\\npruler\n\n";
        break;
      case BlockType::h: {
        paragraph_break();
        heading_level = static_cast<int>(e.number);
        heading.clear();
        heading_notes.clear();
        break;
      }
      case BlockType::code: {
        paragraph_break();
        if (record.text(e, file) == "math") {
          in_math_fence = true;
          break;
        }
        in_code_block = true;
        code_lines.clear();
        if (!in_footnote) body += "\\begin{npcode}\n";
        break;
      }
      case BlockType::html:
        in_html_block = true;
        html_block.clear();
        break;
      case BlockType::p:
        break;
      case BlockType::table: {
        paragraph_break();
        columns = std::max(1u, static_cast<unsigned>(e.number));
        longtable = containers == 0 && !in_footnote;
        body += longtable ? "\\begin{longtable}{" + column_spec(columns) + "}\n\\toprule\n"
                          : "\\par\\noindent\\begin{tabular}{" + column_spec(columns) + "}\n\\toprule\n";
        break;
      }
      case BlockType::thead:
        header_row = true;
        break;
      case BlockType::tbody:
        header_row = false;
        break;
      case BlockType::tr:
        cell = 0;
        break;
      case BlockType::th:
      case BlockType::td: {
        const auto align = static_cast<CellAlign>(e.mark);
        if (cell++ > 0) body += " & ";
        body += align == CellAlign::center ? "\\centering " : align == CellAlign::right ? "\\raggedleft " : "\\raggedright ";
        if (type == BlockType::th) body += "\\bfseries ";
        break;
      }
    }
  }

  void leave_block(const BodyEvent& e) {
    const BlockType type = e.block();
    switch (type) {
      case BlockType::doc:
        break;
      case BlockType::quote:
        paragraph_break();
        body += "\\end{quote}\n\n";
        --containers;
        break;
      case BlockType::ul:
      case BlockType::ol:
        --containers;
        if (!list_written.empty() && list_written.back()) {
          if (!body.empty() && body.back() != '\n') body += '\n';
          body += type == BlockType::ul ? "\\end{itemize}\n\n" : "\\end{enumerate}\n\n";
          --written_lists;
        }
        if (!list_written.empty()) list_written.pop_back();
        break;
      case BlockType::li:
        if (!body.empty() && body.back() != '\n') body += '\n';
        break;
      case BlockType::hr:
        break;
      case BlockType::h: {
        const int depth = std::max(0, heading_level - min_level);
        const Heading* h = e.fact < facts.headings.size() ? &facts.headings[e.fact] : nullptr;
        std::string label_text;
        if (h && options.heading_label) label_text = options.heading_label(e.fact, *h);
        // A trailing {#id} attribute (escaped as \{\#id\}) named the anchor: it is not shown.
        if (h && !h->explicit_id.empty() && heading.ends_with("\\}")) {
          if (const auto open = heading.rfind("\\{"); open != std::string::npos) {
            heading.erase(open);
            while (!heading.empty() && (heading.back() == ' ' || heading.back() == '~')) heading.pop_back();
          }
        }
        heading_level = 0;
        if (in_footnote) {
          body += "\\textbf{" + heading + "}\\par\n";
          break;
        }
        // A footnote in a heading stays out of its short form (contents, running heads, bookmarks).
        std::string short_form;
        std::size_t from = 0;
        for (const auto& [note_begin, note_end] : heading_notes) {
          short_form += heading.substr(from, note_begin - from);
          from = note_end;
        }
        if (!heading_notes.empty()) short_form = "[" + short_form + heading.substr(from) + "]";
        body += std::string(heading_command(depth)) + short_form + "{" + heading + "}" + label_text + "\n\n";
        break;
      }
      case BlockType::code:
        if (in_math_fence) {
          in_math_fence = false;
          emit_math(e.fact);
          paragraph_break();
        } else if (in_footnote) {
          in_code_block = false;
          footnote_code();
        } else {
          in_code_block = false;
          if (!body.empty() && body.back() != '\n') body += '\n';
          body += "\\end{npcode}\n\n";
        }
        break;
      case BlockType::html:
        in_html_block = false;
        if (options.raw_html) options.raw_html(html_offset, html_block);
        break;
      case BlockType::p:
        paragraph_break();
        break;
      case BlockType::table:
        body += longtable ? "\\bottomrule\n\\end{longtable}\n\n" : "\\bottomrule\n\\end{tabular}\n\n";
        break;
      case BlockType::thead:
        body += longtable ? "\\midrule\n\\endhead\n" : "\\midrule\n";
        break;
      case BlockType::tbody:
        break;
      case BlockType::tr:
        while (cell++ < columns) body += " &";
        body += " \\tabularnewline\n";
        break;
      case BlockType::th:
      case BlockType::td:
        break;
    }
  }

  // A code block in a footnote (verbatim cannot be in an argument): its lines in \npinline, spaces
  // kept.
  void footnote_code() {
    if (!code_lines.empty() && code_lines.back() == '\n') code_lines.pop_back();
    body += "\\par\\noindent";
    std::size_t from = 0;
    while (from <= code_lines.size()) {
      const auto nl = std::min(code_lines.find('\n', from), code_lines.size());
      std::string line = escape_text(std::string_view(code_lines).substr(from, nl - from));
      std::replace(line.begin(), line.end(), ' ', '~');
      body += (from ? "\\newline\n" : "\n") + std::string("\\npinline{") + line + "}";
      from = nl + 1;
    }
    body += "\\par\n";
  }

  // "[^label]": a \footnote with the definition's text at the first reference, \footref at the
  // others; a marker without a definition (or in an image's alt text, or in a footnote) is text.
  void footnote_ref(const BodyEvent& e) {
    const std::size_t footnote = e.fact;
    if (footnote == FootnoteRef::kUndefined || footnote >= facts.footnotes.size() || image_depth || in_footnote) {
      text_out(record.text(e, file));
      return;
    }
    footnote_written.resize(facts.footnotes.size(), false);
    const std::string label = options.footnote_label ? options.footnote_label(footnote) : "np::fn" + std::to_string(footnote);
    const std::string protect = heading_level ? "\\protect" : "";
    const std::size_t at = out().size();
    if (footnote_written[footnote]) {
      out() += protect + "\\footref{" + label + "}";
    } else {
      footnote_written[footnote] = true;
      Writer note(facts, record, options, file);
      note.in_footnote = true;
      note.write(record.footnote(footnote));
      while (!note.body.empty() && note.body.back() == '\n') note.body.pop_back();
      out() += protect + "\\footnote{\\label{" + label + "}" + note.body + "}";
    }
    if (heading_level) heading_notes.emplace_back(at, heading.size());
  }

  // facts.math[index]; kNoFact (a ```math fence with nothing in it) writes nothing.
  void emit_math(std::size_t index) {
    if (index >= facts.math.size() || image_depth || !options.math) return;
    const MathSpan& m = facts.math[index];
    if (m.dollars) {  // "$5 and $10": dollar signs, as lint reads them (MathSpan::dollars)
      out() += escape_text("$" + m.tex + "$");
      return;
    }
    const std::string tex = options.math(index, m, heading_level != 0);
    if (!m.display || heading_level || tex.empty()) {
      out() += tex;
      return;
    }
    // Display math on lines of its own; the text after it continues the paragraph.
    if (!body.empty() && body.back() != '\n') body += '\n';
    body += tex + "\n";
  }

  void enter_span(const BodyEvent& e) {
    const Link* link = e.fact < facts.links.size() ? &facts.links[e.fact] : nullptr;
    switch (e.span()) {
      case SpanType::em:
        markup("\\emph{");
        break;
      case SpanType::strong:
        markup("\\textbf{");
        break;
      case SpanType::u:
        markup("\\underline{");
        break;
      case SpanType::del:
        markup("\\npdel{");
        break;
      case SpanType::code:
        markup("\\npinline{");
        break;
      case SpanType::a:
      case SpanType::wikilink: {
        LinkOut to;
        if (link && options.link) to = options.link(e.fact, *link);
        if (image_depth || heading_level) to.kind = LinkOut::Kind::none;  // a heading's text is a moving argument
        open_links.push_back(to.kind);
        if (to.kind == LinkOut::Kind::ref)
          out() += "\\hyperref[" + to.target + "]{";
        else if (to.kind == LinkOut::Kind::url)
          out() += "\\href{" + escape_url(to.target) + "}{";
        break;
      }
      case SpanType::img: {
        std::string path;
        if (link && options.image) path = options.image(e.fact, *link);
        if (image_depth++ == 0) {
          image_path = heading_level ? std::string() : path;
          alt.clear();
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
      case SpanType::strong:
      case SpanType::u:
      case SpanType::del:
      case SpanType::code:
        markup("}");
        break;
      case SpanType::a:
      case SpanType::wikilink:
        if (!open_links.empty()) {
          if (open_links.back() != LinkOut::Kind::none) out() += "}";
          open_links.pop_back();
        }
        break;
      case SpanType::img:
        if (--image_depth == 0) {
          if (!image_path.empty())
            out() += "\\npimage{" + image_path + "}";
          else if (!alt.empty())
            out() += "[" + escape_text(alt) + "]";
        }
        break;
      case SpanType::latexmath:
      case SpanType::latexmath_display:
        if (--math_depth == 0) emit_math(e.fact);
        break;
    }
  }

  void text(const BodyEvent& e) {
    const std::string_view s = record.text(e, file);
    switch (e.text_type()) {
      case TextType::nullchar:
        text_out("\xEF\xBF\xBD");
        break;
      case TextType::br:
        if (image_depth)
          alt += ' ';
        else
          out() += heading_level ? " " : "\\newline{}\n";
        break;
      case TextType::softbr:
        if (image_depth)
          alt += ' ';
        else if (!math_depth && !in_math_fence)
          out() += heading_level ? " " : "\n";
        break;
      case TextType::html: {
        const std::size_t offset = e.in_file ? e.begin : 0;
        if (in_html_block) {
          if (html_block.empty()) html_offset = offset;
          html_block.append(s);
        } else if (options.raw_html) {
          options.raw_html(offset, std::string(s));
        }
        break;
      }
      case TextType::entity:
        text_out(decode_entity(s));
        break;
      case TextType::latexmath:
        break;  // the formula comes from facts.math
      case TextType::normal:
      case TextType::code:
        text_out(s);
        break;
    }
  }

  void write(std::span<const BodyEvent> events) { replay(events, *this); }
};

}  // namespace

std::string render_latex(const SourceFile& file, const BodyFacts& facts, const WriterOptions& options) {
  if (!facts.record) return "";
  Writer w(facts, *facts.record, options, file.text());
  if (!facts.headings.empty()) {
    w.min_level = 6;
    for (const Heading& h : facts.headings) w.min_level = std::min(w.min_level, h.level);
  }
  w.write(facts.record->body());
  while (w.body.size() >= 2 && w.body.compare(w.body.size() - 2, 2, "\n\n") == 0) w.body.pop_back();
  return std::move(w.body);
}

}  // namespace np::latex
