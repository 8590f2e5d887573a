// Presentation MathML from the math checker's parse tree, node type by node type as KaTeX's
// buildMathML.js and the mathmlBuilder of each of its functions/*.js write it, so that an EPUB
// reader typesets what the site shows. The TeX stays in an <annotation> for copy and search.
#include "np/mathml.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>
#include <utility>
#include <vector>

#include "math/katex_table.h"
#include "np/html.h"
#include "np/math/parser.h"
#include "np/utf8.h"

namespace np {

namespace {

using math::Mode;
using math::Node;
using math::NodeId;
using math::NodeKind;
using math::SymbolGroup;

// One MathML element (or, with an empty tag, a list of elements spliced into its parent).
struct Element {
  std::string tag;
  std::vector<std::pair<std::string, std::string>> attributes;
  std::string text;  // the character data of a token element (mi, mn, mo, mtext)
  std::vector<Element> children;
  // TeX's class of an <mo> the writer made from an atom (never written): 'b'in, 'r'el, 'o'pen,
  // 'c'lose, 'p'unct, or 0. The browser spacing pass (browser_spacing) reads it.
  char atom = 0;

  Element& set(std::string name, std::string value) {
    for (auto& a : attributes)
      if (a.first == name) return a.second = std::move(value), *this;
    attributes.emplace_back(std::move(name), std::move(value));
    return *this;
  }
  std::string_view get(std::string_view name) const {
    for (const auto& a : attributes)
      if (a.first == name) return a.second;
    return {};
  }
  bool is_fragment() const { return tag.empty(); }
};

Element token(std::string tag, std::string text) {
  Element e;
  e.tag = std::move(tag);
  e.text = std::move(text);
  return e;
}

Element element(std::string tag, std::vector<Element> children = {}) {
  Element e;
  e.tag = std::move(tag);
  for (auto& c : children) {
    if (c.is_fragment()) {
      for (auto& cc : c.children) e.children.push_back(std::move(cc));
    } else {
      e.children.push_back(std::move(c));
    }
  }
  return e;
}

Element fragment(std::vector<Element> children) {
  Element e = element("", std::move(children));
  e.tag.clear();
  return e;
}

// KaTeX's makeRow: one element stays itself, several become an <mrow>.
Element row(std::vector<Element> children) {
  Element e = element("mrow", std::move(children));
  if (e.children.size() == 1) return std::move(e.children[0]);
  return e;
}

void serialize(const Element& e, std::string& out) {
  if (e.is_fragment()) {
    for (const auto& c : e.children) serialize(c, out);
    return;
  }
  out += '<';
  out += e.tag;
  for (const auto& [name, value] : e.attributes) out += " " + name + "=\"" + escape_html(value, true) + "\"";
  if (e.children.empty() && e.text.empty()) {
    out += "/>";
    return;
  }
  out += '>';
  out += escape_html(e.text);
  for (const auto& c : e.children) serialize(c, out);
  out += "</" + e.tag + ">";
}

std::string em(double value) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4g", value);
  std::string s = buf;
  if (s == "-0") s = "0";
  return s + "em";
}

// KaTeX's calculateSize, in ems of the current size.
double to_em(const math::Measurement& m) {
  constexpr double kPtPerEm = 10.0;
  const std::string& u = m.unit;
  double pt_per_unit = 0;
  if (u == "em") return m.number;
  if (u == "ex") return m.number * 0.431;
  if (u == "mu") return m.number / 18.0;
  if (u == "pt")
    pt_per_unit = 1;
  else if (u == "mm")
    pt_per_unit = 7227.0 / 2540;
  else if (u == "cm")
    pt_per_unit = 7227.0 / 254;
  else if (u == "in")
    pt_per_unit = 72.27;
  else if (u == "bp" || u == "px")
    pt_per_unit = 803.0 / 800;
  else if (u == "pc")
    pt_per_unit = 12;
  else if (u == "dd")
    pt_per_unit = 1238.0 / 1157;
  else if (u == "cc")
    pt_per_unit = 14856.0 / 1157;
  else if (u == "nd")
    pt_per_unit = 685.0 / 642;
  else if (u == "nc")
    pt_per_unit = 1370.0 / 107;
  else if (u == "sp")
    pt_per_unit = 1.0 / 65536;
  return m.number * pt_per_unit / kPtPerEm;
}

// KaTeX's makeText: a symbol's character (\alpha -> α), else the text itself.
std::string symbol_text(std::string_view text, Mode mode) {
  if (const auto* s = math::katex::find_symbol(mode, text); s != nullptr && !s->replace.empty()) return std::string(s->replace);
  if (!text.empty() && text[0] == '\\' && text.size() > 1) {
    // A control symbol that stands for its character (\{, \%, \_, \$, \#, \&).
    if (text.size() == 2 && !std::isalpha(static_cast<unsigned char>(text[1]))) return std::string(text.substr(1));
  }
  return std::string(text);
}

// The mathvariant of a font command (KaTeX's getVariant, fontMap).
std::string font_variant(std::string_view font, NodeKind kind, std::string_view text) {
  if (!font.empty() && font[0] == '\\') font.remove_prefix(1);
  if (font == "mathit" || font == "textit" || font == "mathnormal") return "italic";
  if (font == "boldsymbol") return kind == NodeKind::textord ? "bold" : "bold-italic";
  if (font == "mathbf" || font == "textbf") return "bold";
  if (font == "mathbb" || font == "Bbb") return "double-struck";
  if (font == "mathfrak" || font == "frak") return "fraktur";
  if (font == "mathscr" || font == "mathcal") return "script";
  if (font == "mathsf" || font == "textsf") return "sans-serif";
  if (font == "mathtt" || font == "texttt") return "monospace";
  if (font == "mathrm" || font == "textrm" || font == "textup" || font == "textnormal" || font == "text") return "normal";
  if (font == "mathsfit" || font == "textsfit") return "sans-serif-italic";
  if (font == "textbfit" || font == "textitbf") return "bold-italic";
  (void)text;
  return {};
}

// The stretchy glyph of \widehat, \overrightarrow, \xrightarrow... (KaTeX's stretchy.js
// stretchyCodePoint).
std::string stretchy_glyph(std::string_view command) {
  static const std::pair<std::string_view, std::string_view> kGlyphs[] = {
      {"widehat", "^"},
      {"widecheck", "ˇ"},
      {"widetilde", "~"},
      {"utilde", "~"},
      {"overleftarrow", "\u2190"},
      {"underleftarrow", "\u2190"},
      {"xleftarrow", "\u2190"},
      {"overrightarrow", "\u2192"},
      {"underrightarrow", "\u2192"},
      {"xrightarrow", "\u2192"},
      {"underbrace", "\u23df"},
      {"overbrace", "\u23de"},
      {"overgroup", "\u23e0"},
      {"undergroup", "\u23e1"},
      {"overleftrightarrow", "\u2194"},
      {"underleftrightarrow", "\u2194"},
      {"xleftrightarrow", "\u2194"},
      {"Overrightarrow", "\u21d2"},
      {"xRightarrow", "\u21d2"},
      {"overleftharpoon", "\u21bc"},
      {"xleftharpoonup", "\u21bc"},
      {"overrightharpoon", "\u21c0"},
      {"xrightharpoonup", "\u21c0"},
      {"xLeftarrow", "\u21d0"},
      {"xLeftrightarrow", "\u21d4"},
      {"xhookleftarrow", "\u21a9"},
      {"xhookrightarrow", "\u21aa"},
      {"xmapsto", "\u21a6"},
      {"xrightharpoondown", "\u21c1"},
      {"xleftharpoondown", "\u21bd"},
      {"xrightleftharpoons", "\u21cc"},
      {"xleftrightharpoons", "\u21cb"},
      {"xtwoheadleftarrow", "\u219e"},
      {"xtwoheadrightarrow", "\u21a0"},
      {"xlongequal", "="},
      {"xtofrom", "\u21c4"},
      {"xrightleftarrows", "\u21c4"},
      {"xrightequilibrium", "\u21cc"},
      {"xleftequilibrium", "\u21cb"},
      {"\\cdrightarrow", "\u2192"},
      {"\\cdleftarrow", "\u2190"},
      {"\\cdlongequal", "="},
  };
  if (!command.empty() && command[0] == '\\') command.remove_prefix(1);
  for (const auto& [name, glyph] : kGlyphs)
    if (name == command) return std::string(glyph);
  return "\u2192";
}

// MathML 3's colour syntax (what EPUB checkers accept): #rgb, #rrggbb or one of the sixteen HTML 4
// names. KaTeX takes any CSS colour; one MathML cannot name is left out (the formula stays).
bool mathml_color(std::string_view c) {
  if (!c.empty() && c[0] == '#') {
    const std::string_view hex = c.substr(1);
    return (hex.size() == 3 || hex.size() == 6) && hex.find_first_not_of("0123456789abcdefABCDEF") == std::string_view::npos;
  }
  static const std::string_view kNames[] = {"aqua", "black", "blue",   "fuchsia", "gray",   "green", "lime",  "maroon",
                                            "navy", "olive", "purple", "red",     "silver", "teal",  "white", "yellow"};
  std::string lower(c);
  for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  for (const auto name : kNames)
    if (lower == name) return true;
  return false;
}

// KaTeX's SpaceNode: a space of a common width is its Unicode character in <mtext>, any other
// width an <mspace>.
Element space(double width) {
  const auto in = [&](double lo, double hi) { return width >= lo && width <= hi; };
  const char* c = nullptr;
  if (in(0.05555, 0.05556))
    c = "\u200a";
  else if (in(0.1666, 0.1667))
    c = "\u2009";
  else if (in(0.2222, 0.2223))
    c = "\u2005";
  else if (in(0.2777, 0.2778))
    c = "\u2005\u200a";
  // A negative space is an <mspace> (KaTeX writes a space and U+2063, which browsers lay out
  // as a positive space: \{\!\{ would read { {).
  if (c != nullptr) return token("mtext", c);
  return element("mspace").set("width", em(width));
}

// MathML Core (Chromium, and the e-readers built on it) ignores mathvariant: a styled letter must
// be its Mathematical Alphanumeric Symbol (ℝ for \mathbb{R}). Applied to the single-character
// tokens that carry a mathvariant, after the tree is built.
void style_characters(Element& e) {
  for (auto& c : e.children) style_characters(c);
  if ((e.tag != "mi" && e.tag != "mn") || e.text.size() != 1) return;
  const std::string variant(e.get("mathvariant"));
  if (variant.empty()) return;
  const std::string styled = styled_character(variant, e.text[0]);
  if (styled.empty()) return;
  e.text = styled;
  std::erase_if(e.attributes, [](const auto& a) { return a.first == "mathvariant"; });
}

// TeX's class of an element as a neighbour in a row: 'f' an operator name (ending in the
// function application U+2061), 'b' 'r' 'o' 'c' 'p' an atom's <mo>, 'x' another <mo> (a large
// operator: the operator dictionary spaces it), 'i' a \left...\right group, 's' an explicit
// space, 'm' anything else (ordinary).
bool ends_in_apply(const Element& e) {
  if (e.children.empty()) return e.tag == "mo" && e.text == "\u2061";
  if (e.tag == "mrow") return ends_in_apply(e.children.back());
  if (e.tag == "msub" || e.tag == "msup" || e.tag == "msubsup" || e.tag == "munder" || e.tag == "mover" || e.tag == "munderover")
    return ends_in_apply(e.children.front());
  return false;
}

bool is_space(const Element& e) {
  if (e.tag == "mspace") return true;
  if (e.tag != "mtext" || e.text.empty()) return false;
  for (std::size_t i = 0; i < e.text.size();) {
    const std::string_view rest = std::string_view(e.text).substr(i);
    if (rest.starts_with("\u00a0"))
      i += 2;
    else if (rest.starts_with("\xe2\x80") && rest.size() >= 3 && static_cast<unsigned char>(rest[2]) <= 0x8A)
      i += 3;  // U+2000..200A
    else if (rest.starts_with("\u205f") || rest.starts_with("\u2063"))
      i += 3;
    else
      return false;
  }
  return true;
}

char neighbour_class(const Element& e) {
  if (ends_in_apply(e)) return 'f';
  if (e.tag == "mo") return e.atom != 0 ? e.atom : 'x';
  if (is_space(e)) return 's';
  if ((e.tag == "msub" || e.tag == "msup" || e.tag == "msubsup") && !e.children.empty()) {
    const char base = neighbour_class(e.children.front());
    return base == 's' ? 'm' : base;
  }
  if (e.tag == "mrow" && !e.children.empty() && e.children.front().atom == 'o' && e.children.front().get("fence") == "true") return 'i';
  return 'm';
}

// The spacing of TeX's table that browsers do not give from MathML (KaTeX's HTML has it):
// - a thin space between an operator name and an ordinary neighbour ("rank A", "4 sup"; none
//   before a parenthesis): MathML's function application has no width in Chromium;
// - a binary operator where TeX reads an ordinary symbol (first in a row, after an operator, a
//   relation, an opening or a comma, before a relation, a closing or a comma: "(-1)", "= -x")
//   loses its spaces: Chromium spaces every <mo> that is not first in its row as infix.
// Only rows are changed (mrow and the elements that hold a row), never the fixed children of
// scripts and fractions; the reading stays KaTeX's (an <mspace> and attributes more).
void browser_spacing(Element& e) {
  for (auto& c : e.children) browser_spacing(c);
  static const std::string_view kRows[] = {"mrow", "mtd", "msqrt", "mstyle", "mpadded", "mphantom", "menclose"};
  if (std::find(std::begin(kRows), std::end(kRows), e.tag) == std::end(kRows)) return;
  auto& k = e.children;
  for (std::size_t i = 0; i < k.size(); ++i) {
    if (k[i].tag != "mo" || k[i].atom != 'b') continue;
    const char before = i == 0 ? 0 : neighbour_class(k[i - 1]);
    const char after = i + 1 == k.size() ? 0 : neighbour_class(k[i + 1]);
    if (before == 0 || std::strchr("bfropx", before) != nullptr || after == 0 || std::strchr("rcp", after) != nullptr) {
      k[i].set("lspace", "0em").set("rspace", "0em");
      k[i].atom = 'm';
    }
  }
  std::vector<std::size_t> thin_before;
  for (std::size_t i = 0; i < k.size(); ++i) {
    if (neighbour_class(k[i]) != 'f') continue;
    const std::size_t start = k[i].tag == "mo" && i > 0 ? i - 1 : i;  // <mi>log</mi><mo>&#x2061;</mo>
    if (start > 0 && std::strchr("mci", neighbour_class(k[start - 1])) != nullptr) thin_before.push_back(start);
    if (i + 1 < k.size() && std::strchr("mfi", neighbour_class(k[i + 1])) != nullptr) thin_before.push_back(i + 1);
  }
  std::sort(thin_before.begin(), thin_before.end());
  thin_before.erase(std::unique(thin_before.begin(), thin_before.end()), thin_before.end());
  for (auto it = thin_before.rbegin(); it != thin_before.rend(); ++it)
    k.insert(k.begin() + static_cast<std::ptrdiff_t>(*it), element("mspace").set("width", "0.1667em"));
}

class Writer {
 public:
  Writer(const math::Tree& tree, std::string_view tex, bool display) : t_(tree), tex_(tex), display_(display) {}

  Element formula() { return row(expression(t_.body, State{display_, {}})); }

 private:
  // What KaTeX's options carry into the MathML builders. As in KaTeX, only explicit styles
  // (\displaystyle, \dfrac, array cells...) change the style: fractions and scripts keep it, and
  // the reader's MathML layout does the rest.
  struct State {
    bool display;                 // display style (limits under and over operators)
    std::string font;             // the enclosing font command, "" for none
    double em_per_mu = 1.0 / 18;  // quad / 18 at the current size (larger in script styles)
  };

  const math::Tree& t_;
  std::string_view tex_;
  bool display_;

  const Node& at(NodeId id) const { return t_[id]; }

  // KaTeX's isCharacterBox: one symbol, possibly inside groups of one.
  bool is_character_box(NodeId id) const {
    while (id != math::kNoNode && at(id).kind == NodeKind::ordgroup && at(id).children.size() == 1) id = at(id).children[0];
    return id != math::kNoNode && math::is_symbol(at(id).kind);
  }

  // KaTeX's buildExpression: the elements of a list, with runs of digits joined into one <mn>
  // and runs of text into one <mtext>.
  std::vector<Element> expression(const std::vector<NodeId>& ids, const State& s) {
    std::vector<Element> out;
    bool after_fragment = false;  // KaTeX merges only two elements, never a fragment's parts
    for (const NodeId id : ids) {
      Element e = build(id, s);
      const bool fragment = e.is_fragment();
      std::vector<Element> parts;
      if (fragment)
        parts = std::move(e.children);
      else
        parts.push_back(std::move(e));
      const bool merge = !fragment && !after_fragment;
      after_fragment = fragment && !parts.empty();
      for (auto& p : parts) {
        if (merge && !out.empty()) {
          Element& last = out.back();
          const bool same_token = last.tag == p.tag && last.attributes == p.attributes && last.children.empty() && p.children.empty();
          if (same_token && p.tag == "mtext") {
            last.text += p.text;
            continue;
          }
          if (same_token && p.tag == "mn") {
            last.text += p.text;
            continue;
          }
          // \not: the combining long solidus goes onto the next character (KaTeX's overlay).
          if (last.tag == "mi" && last.text == "\u0338" && last.children.empty() && (p.tag == "mo" || p.tag == "mi" || p.tag == "mn") &&
              !p.text.empty()) {
            std::size_t first = 1;
            while (first < p.text.size() && (static_cast<unsigned char>(p.text[first]) & 0xC0) == 0x80) ++first;
            p.text.insert(first, "\u0338");
            out.pop_back();
            out.push_back(std::move(p));
            continue;
          }
          // A point after digits joins the number (3.14), as in KaTeX's buildExpression.
          if (last.tag == "mn" && last.children.empty() && p.tag == "mi" && p.text == ".") {
            last.text += p.text;
            continue;
          }
        }
        out.push_back(std::move(p));
      }
    }
    // "3." followed by nothing numeric: KaTeX keeps the point in the number too; nothing to undo.
    return out;
  }

  Element group(NodeId id, const State& s) {
    if (id == math::kNoNode) return element("mrow");
    const Node& n = at(id);
    if (n.kind == NodeKind::ordgroup) return row(expression(n.children, s));
    return row({build(id, s)});
  }

  Element body_row(const Node& n, const State& s) { return row(expression(n.children, s)); }

  Element child(const Node& n, std::size_t i, const State& s) { return group(i < n.children.size() ? n.children[i] : math::kNoNode, s); }

  static State script_state(const State& s) { return s; }

  Element symbol(const Node& n, const State& s) {
    std::string text = symbol_text(n.text, n.mode);
    // A Mathematical Alphanumeric Symbol (U+1D400...) is written as it is, as KaTeX's makeText
    // does (the parser reads it as a letter in a font).
    if (n.end > n.begin && n.end <= tex_.size() && tex_.substr(n.begin, 2) == "\xF0\x9D")
      text = std::string(tex_.substr(n.begin, n.end - n.begin));
    if (n.mode == Mode::text && (n.kind == NodeKind::textord || n.kind == NodeKind::spacing)) {
      if (n.kind == NodeKind::spacing) return token("mtext", "\u00a0");
      return token("mtext", text);
    }
    switch (n.kind) {
      case NodeKind::mathord: {
        Element e = token("mi", text);
        const std::string v = font_variant(s.font, n.kind, n.text);
        if (!v.empty() && v != "italic") e.set("mathvariant", v);
        return e;
      }
      case NodeKind::textord: {
        if (n.text == "\\prime" || text == "\u2032") return token("mo", text);
        std::string v = font_variant(s.font, n.kind, n.text);
        if (n.text.find_first_of("0123456789") != std::string::npos) {
          Element e = token("mn", text);
          if (!v.empty() && v != "normal") e.set("mathvariant", v);
          return e;
        }
        Element e = token("mi", text);
        if (v.empty()) v = "normal";
        if (v != "italic") e.set("mathvariant", v);
        return e;
      }
      case NodeKind::spacing: {
        if (n.text == "\\ " || n.text == "\\space" || n.text == " " || n.text == "~" || n.text == "\\nobreakspace")
          return token("mtext", "\u00a0");
        return element("mspace").set("width", "0.2778em");
      }
      case NodeKind::op_token:
      case NodeKind::accent_token:
        return token("mo", text);
      default:
        break;
    }
    // atom: bin, rel, open, close, punct, inner.
    Element e = token("mo", text);
    if (n.group == SymbolGroup::punct)
      e.set("separator", "true");
    else if (n.group == SymbolGroup::open || n.group == SymbolGroup::close)
      e.set("stretchy", "false");
    e.atom = n.group == SymbolGroup::bin     ? 'b'
             : n.group == SymbolGroup::rel   ? 'r'
             : n.group == SymbolGroup::open  ? 'o'
             : n.group == SymbolGroup::close ? 'c'
             : n.group == SymbolGroup::punct ? 'p'
                                             : 0;
    if (e.atom == 'o' || e.atom == 'c') as_fence(e, e.atom == 'o' ? "prefix" : "postfix");
    // A relation the operator dictionary spaces otherwise (':' as punctuation: "{x: x > 0}").
    if (e.atom == 'r' && e.text == ":") e.set("lspace", "0.2778em").set("rspace", "0.2778em");
    return e;
  }

  // A delimiter as browsers lay it out like TeX: | and ‖ rather than KaTeX's ∣ and ∥ (relations
  // in MathML's operator dictionary, which Chromium spaces as such: | x |), and its form given,
  // since Chromium takes the form from the position in the row, not from the fence.
  static void as_fence(Element& e, const char* form) {
    if (e.text == "\u2223")
      e.text = "|";
    else if (e.text == "\u2225")
      e.text = "\u2016";
    if (form != nullptr) e.set("form", form);
  }

  Element delimiter(std::string_view text, const char* form) {
    Element e = token("mo", symbol_text(text, Mode::math)).set("fence", "true");
    as_fence(e, form);
    if (form != nullptr) e.atom = form[0] == 'p' && form[1] == 'r' ? 'o' : 'c';
    return e;
  }

  Element text_node(const Node& n, const State& s) {
    State inner = s;
    const std::string command = n.text.size() > 1 && n.text[0] == '\\' ? n.text.substr(1) : n.text;
    inner.font = command;
    std::vector<Element> parts;
    for (const NodeId id : n.children) {
      const Node& c = at(id);
      if (c.mode == Mode::text && (c.kind == NodeKind::textord || c.kind == NodeKind::spacing)) {
        std::string text = c.kind == NodeKind::spacing ? std::string("\u00a0") : symbol_text(c.text, Mode::text);
        if (c.end > c.begin && c.end <= tex_.size() && tex_.substr(c.begin, 2) == "\xF0\x9D")
          text = std::string(tex_.substr(c.begin, c.end - c.begin));
        for (std::size_t p = 0; (p = text.find(' ', p)) != std::string::npos;) text.replace(p, 1, "\u00a0");
        Element e = token("mtext", text);
        const std::string v = font_variant(command, NodeKind::textord, c.text);
        if (!v.empty() && v != "normal") e.set("mathvariant", v);
        parts.push_back(std::move(e));
      } else {
        parts.push_back(build(id, inner));
      }
    }
    std::vector<Element> merged;
    for (auto& p : parts) {
      if (!merged.empty() && merged.back().tag == "mtext" && p.tag == "mtext" && merged.back().attributes == p.attributes)
        merged.back().text += p.text;
      else
        merged.push_back(std::move(p));
    }
    if (merged.empty()) return element("mrow");
    return row(std::move(merged));
  }

  Element supsub(const Node& n, const State& s) {
    const NodeId base_id = n.children.size() > 0 ? n.children[0] : math::kNoNode;
    const NodeId sup_id = n.children.size() > 1 ? n.children[1] : math::kNoNode;
    const NodeId sub_id = n.children.size() > 2 ? n.children[2] : math::kNoNode;
    bool under_over = false;
    bool base_is_brace = false;
    if (base_id != math::kNoNode) {
      const Node& b = at(base_id);
      if (b.kind == NodeKind::op && b.has(math::kLimits) && (s.display || b.has(math::kAlwaysHandleSupSub))) under_over = true;
      if (b.kind == NodeKind::operatorname && b.has(math::kAlwaysHandleSupSub) && (b.has(math::kLimits) || s.display)) under_over = true;
      if (b.kind == NodeKind::horiz_brace) under_over = true, base_is_brace = true;
    }
    Element base = base_id == math::kNoNode ? element("mrow") : row({build(base_id, s, /*parent_is_supsub=*/true)});
    // A sized delimiter with a script (\Big)^2): as the base of a script, the <mo> would make the
    // whole an embellished operator, which Chromium does not stretch to its minsize; in a row of
    // its own it keeps its size (as Temml writes it).
    if (base.tag == "mo" && !base.get("minsize").empty()) base = element("mrow", {std::move(base), element("mrow")});
    const State ss = script_state(s);
    std::vector<Element> children{std::move(base)};
    std::string tag;
    if (sup_id == math::kNoNode && sub_id == math::kNoNode) return std::move(children[0]);
    if (sup_id == math::kNoNode) {
      children.push_back(group(sub_id, ss));
      tag = under_over ? "munder" : "msub";
    } else if (sub_id == math::kNoNode) {
      children.push_back(group(sup_id, ss));
      tag = under_over ? "mover" : "msup";
      // Primes alone (f', f''): the prime characters of math fonts are drawn raised and small
      // already, so as a superscript they shrink and rise twice in browsers; beside the base they
      // look as in KaTeX. Not after an operator name, whose spacing comes after the primes.
      Element& sup = children.back();
      const auto prime = [](const Element& e) {
        if (e.tag != "mo" || !e.children.empty() || e.text.empty() || e.text.size() % 3 != 0) return false;
        for (std::size_t i = 0; i < e.text.size(); i += 3)
          if (e.text.compare(i, 3, "\u2032") != 0 && e.text.compare(i, 3, "\u2033") != 0 && e.text.compare(i, 3, "\u2034") != 0)
            return false;
        return true;
      };
      const bool primes =
          prime(sup) || (sup.tag == "mrow" && !sup.children.empty() && std::all_of(sup.children.begin(), sup.children.end(), prime));
      if (!under_over && primes && !ends_in_apply(children.front())) {
        std::vector<Element> marks;
        if (sup.tag == "mrow")
          marks = std::move(sup.children);
        else
          marks.push_back(std::move(sup));
        std::vector<Element> out{std::move(children.front())};
        for (Element& mark : marks) {
          mark.set("lspace", "0em").set("rspace", "0em");
          mark.atom = 'm';
          out.push_back(std::move(mark));
        }
        return fragment(std::move(out));
      }
    } else {
      children.push_back(group(sub_id, ss));
      children.push_back(group(sup_id, ss));
      tag = under_over ? "munderover" : "msubsup";
    }
    (void)base_is_brace;
    Element e;
    e.tag = tag;
    e.children = std::move(children);
    return e;
  }

  Element genfrac(const Node& n, const State& s) {
    State inner = s;
    if (n.style == "display")
      inner.display = true;
    else if (n.style == "text" || n.style == "script" || n.style == "scriptscript")
      inner.display = false;
    // A fraction's parts are a style smaller (TeX: display to text), so a sum in a displayed
    // fraction has its limits beside it, as KaTeX's HTML does (KaTeX's MathML keeps them under).
    State parts = s;
    parts.display = false;
    Element frac = element("mfrac", {child(n, 0, parts), child(n, 1, parts)});
    if (!n.has(math::kHasBarLine))
      frac.set("linethickness", "0px");
    else if (!n.size.unit.empty())
      frac.set("linethickness", em(to_em(n.size)));
    Element out = std::move(frac);
    if (inner.display != s.display) {
      out = element("mstyle", {std::move(out)});
      out.set("displaystyle", inner.display ? "true" : "false").set("scriptlevel", "0");
    }
    if (!n.text.empty() || !n.extra.empty()) {
      std::vector<Element> with;
      const auto delim = [](std::string d) {
        if (const auto b = d.find('\\'); b != std::string::npos) d.erase(b, 1);
        return token("mo", d).set("fence", "true");
      };
      if (!n.text.empty()) with.push_back(delim(n.text));
      with.push_back(std::move(out));
      if (!n.extra.empty()) with.push_back(delim(n.extra));
      return element("mrow", std::move(with));
    }
    return out;
  }

  Element op(const Node& n, const State& s, bool parent_is_supsub) {
    Element e;
    if (n.has(math::kSymbol) || (!n.text.empty() && n.children.empty() && symbol_text(n.text, Mode::math) != n.text)) {
      // KaTeX decides between scripts and limits itself (supsub), so the reader must not move them.
      e = token("mo", symbol_text(n.text, Mode::math));
      e.set(n.text == "\\smallint" ? "largeop" : "movablelimits", "false");
      return e;
    }
    if (!n.children.empty()) return body_row(n, s);  // \mathop{...}: KaTeX's <mo> of the body
    std::string name = n.text;
    if (!name.empty() && name[0] == '\\') name.erase(0, 1);
    e = token("mi", name);
    if (parent_is_supsub) return element("mrow", {std::move(e), token("mo", "\u2061")});
    return fragment({std::move(e), token("mo", "\u2061")});
  }

  Element operatorname(const Node& n, const State& s, bool parent_is_supsub) {
    State inner = s;
    inner.font = "mathrm";
    std::vector<Element> parts = expression(n.children, inner);
    bool all_string = true;
    std::string word;
    for (auto& p : parts) {
      if (p.tag == "mspace") {
        word += ' ';
        continue;
      }
      const bool token_tag = p.tag == "mi" || p.tag == "mn" || p.tag == "ms" || p.tag == "mtext" || p.tag == "mo";
      if (!token_tag || !p.children.empty()) {
        all_string = false;
        break;
      }
      std::string t = p.text;
      if (p.tag == "mo") {
        if (const auto at_minus = t.find("\u2212"); at_minus != std::string::npos) t.replace(at_minus, 3, "-");
        if (const auto at_star = t.find("\u2217"); at_star != std::string::npos) t.replace(at_star, 3, "*");
      }
      word += t;
    }
    Element e = all_string ? token("mi", word) : element("mrow", std::move(parts));
    if (all_string) e.set("mathvariant", "normal");
    if (parent_is_supsub) return element("mrow", {std::move(e), token("mo", "\u2061")});
    return fragment({std::move(e), token("mo", "\u2061")});
  }

  Element array(const Node& n, const State& s) {
    State cell_state = s;
    const bool aligned = n.style == "align" || n.style == "alignat";
    cell_state.display = aligned;
    // Chromium ignores the table's columnalign: each cell off the centre says its own alignment,
    // which a stylesheet turns into text-align (np's site and EPUB stylesheets do).
    std::vector<char> column_align;
    for (const char c : n.text)
      if (c != '|' && c != ':') column_align.push_back(c);
    std::vector<Element> rows;
    std::string rowlines;
    bool any_rowline = false;
    for (std::size_t r = 0; r < n.children.size(); ++r) {
      const Node& rw = at(n.children[r]);
      std::vector<Element> cells;
      for (const NodeId cell : rw.children) {
        Element td = element("mtd", {group(cell, cell_state)});
        const char a = cells.size() < column_align.size() ? column_align[cells.size()] : 'c';
        if (a == 'l' || a == 'r') td.set("columnalign", a == 'l' ? "left" : "right");
        cells.push_back(std::move(td));
      }
      rows.push_back(element("mtr", std::move(cells)));
      if (r > 0) {
        const char* line = rw.has(math::kHline) ? "solid" : "none";
        if (rw.has(math::kHline)) any_rowline = true;
        rowlines += (rowlines.empty() ? "" : " ") + std::string(line);
      }
    }
    Element table = element("mtable", std::move(rows));
    std::string align, lines;
    bool any_line = false;
    const std::string& spec = n.text;
    for (std::size_t i = 0; i < spec.size(); ++i) {
      const char c = spec[i];
      if (c == '|' || c == ':') continue;
      if (!align.empty()) {
        // The separator between this column and the previous one.
        const char before = i > 0 ? spec[i - 1] : ' ';
        const char* line = before == '|' ? "solid" : before == ':' ? "dashed" : "none";
        if (before == '|' || before == ':') any_line = true;
        lines += (lines.empty() ? "" : " ") + std::string(line);
        align += ' ';
      }
      align += c == 'l' ? "left" : c == 'r' ? "right" : "center";
    }
    if (!align.empty()) table.set("columnalign", align);
    if (any_line) table.set("columnlines", lines);
    if (any_rowline) table.set("rowlines", rowlines);
    if (aligned) table.set("columnspacing", "0em").set("class", "np-align");  // the stylesheet sets the cells' padding
    if (n.style == "small") table.set("rowspacing", "0.1em");
    if (!spec.empty() && spec.front() == '|' && spec.back() == '|') table.set("frame", "solid");
    if (!n.children.empty() && at(n.children[0]).has(math::kHline)) table.set("frame", "solid");
    return table;
  }

  Element build(NodeId id, const State& s, bool parent_is_supsub = false) {
    if (id == math::kNoNode) return element("mrow");
    const Node& n = at(id);
    if (math::is_symbol(n.kind)) return symbol(n, s);
    switch (n.kind) {
      case NodeKind::ordgroup: {
        // A braced group is an ordinary symbol to TeX: {,} in 70{,}000 takes no space.
        Element e = body_row(n, s);
        if (e.tag == "mo" && e.children.empty() && e.atom != 0) {
          e.set("lspace", "0em").set("rspace", "0em");
          e.atom = 'm';
        }
        return e;
      }
      case NodeKind::supsub:
        return supsub(n, s);
      case NodeKind::genfrac:
        return genfrac(n, s);
      case NodeKind::sqrt: {
        if (n.children.size() > 1 && n.children[1] != math::kNoNode)
          return element("mroot", {child(n, 0, s), child(n, 1, script_state(s))});
        return element("msqrt", {child(n, 0, s)});
      }
      case NodeKind::op:
        return op(n, s, parent_is_supsub);
      case NodeKind::operatorname:
        return operatorname(n, s, parent_is_supsub);
      case NodeKind::leftright: {
        std::vector<Element> inner;
        if (n.text != ".") inner.push_back(delimiter(n.text, "prefix"));
        for (auto& e : expression(n.children, s)) inner.push_back(std::move(e));
        if (n.extra != "." && !n.extra.empty()) inner.push_back(delimiter(n.extra, "postfix"));
        return element("mrow", std::move(inner));
      }
      case NodeKind::middle: {
        Element e = n.text == "\\vert" || n.text == "|" ? token("mo", "|").set("fence", "true") : delimiter(n.text, nullptr);
        e.set("lspace", "0.05em").set("rspace", "0.05em");
        return e;
      }
      case NodeKind::delimsizing: {
        static const char* const kSizes[] = {"1.2em", "1.8em", "2.4em", "3em"};
        std::string_view command = n.extra;
        if (!command.empty() && command[0] == '\\') command.remove_prefix(1);
        int size = 0;
        if (command.starts_with("Bigg"))
          size = 3;
        else if (command.starts_with("bigg"))
          size = 2;
        else if (command.starts_with("Big"))
          size = 1;
        if (n.text == ".") return element("mspace").set("width", "0.12em");
        Element e = token("mo", symbol_text(n.text, Mode::math));
        if (n.style == "mopen" || n.style == "mclose")
          e.set("fence", "true");
        else
          e.set("fence", "false");
        e.set("stretchy", "true").set("minsize", kSizes[size]).set("maxsize", kSizes[size]);
        e.atom = n.style == "mopen" ? 'o' : n.style == "mclose" ? 'c' : 0;
        as_fence(e, e.atom == 'o' ? "prefix" : e.atom == 'c' ? "postfix" : nullptr);
        if (e.atom == 0) e.set("lspace", "0em").set("rspace", "0em");  // \Big| is an ordinary symbol
        return e;
      }
      case NodeKind::array:
        return array(n, s);
      case NodeKind::row:
        return element("mtr");
      case NodeKind::font: {
        State inner = s;
        inner.font = n.text;
        return child(n, 0, inner);
      }
      case NodeKind::text:
        return text_node(n, s);
      case NodeKind::styling: {
        State inner = s;
        inner.display = n.text == "display";
        inner.em_per_mu = (n.text == "script" ? 1.171 : n.text == "scriptscript" ? 1.472 : 1.0) / 18;  // KaTeX's quad per size
        Element e = element("mstyle", {body_row(n, inner)});
        e.set("displaystyle", inner.display ? "true" : "false");
        e.set("scriptlevel", n.text == "script" ? "1" : n.text == "scriptscript" ? "2" : "0");
        return e;
      }
      case NodeKind::sizing: {
        static const std::pair<std::string_view, std::string_view> kSizes[] = {
            {"\\tiny", "0.5em"},    {"\\sixptsize", "0.6em"}, {"\\scriptsize", "0.7em"}, {"\\footnotesize", "0.8em"},
            {"\\small", "0.9em"},   {"\\normalsize", "1em"},  {"\\large", "1.2em"},      {"\\Large", "1.44em"},
            {"\\LARGE", "1.728em"}, {"\\huge", "2.074em"},    {"\\Huge", "2.488em"}};
        Element e = element("mstyle", {body_row(n, s)});
        for (const auto& [name, size] : kSizes)
          if (name == n.text) e.set("mathsize", std::string(size));
        return e;
      }
      case NodeKind::color: {
        Element e = element("mstyle", {body_row(n, s)});
        if (mathml_color(n.text)) e.set("mathcolor", n.text);
        return e;
      }
      case NodeKind::mclass: {
        // KaTeX: a single character becomes an <mi> (mord) or <mo> (the other classes) with the
        // class's spacing; anything else is grouped (an <mrow>: MathML's <mo> holds text only).
        std::vector<Element> inner = expression(n.children, s);
        const bool character_box = n.children.size() == 1 && is_character_box(n.children[0]) && inner.size() == 1 &&
                                   inner[0].children.empty() &&
                                   (inner[0].tag == "mi" || inner[0].tag == "mo" || inner[0].tag == "mn" || inner[0].tag == "mtext");
        if (inner.empty() && n.text != "mord" && n.text != "minner") return token("mo", "");  // \mathpunct{}: an empty operator
        if (n.text == "minner" || !character_box) return element(n.text == "minner" ? "mpadded" : "mrow", std::move(inner));
        Element e = std::move(inner[0]);
        e.tag = n.text == "mord" ? "mi" : "mo";
        if (n.text == "mbin")
          e.set("lspace", "0.22em").set("rspace", "0.22em");
        else if (n.text == "mpunct")
          e.set("lspace", "0em").set("rspace", "0.17em");
        else if (n.text == "mopen" || n.text == "mclose")
          e.set("lspace", "0em").set("rspace", "0em");
        return e;
      }
      case NodeKind::accent: {
        const std::string command = n.text;
        Element mark;
        if (n.has(math::kStretchy))
          mark = token("mo", stretchy_glyph(command)).set("stretchy", "true");
        else
          mark = token("mo", symbol_text(command, n.mode == Mode::text ? Mode::text : Mode::math)).set("stretchy", "false");
        if (mark.text == command && command.size() > 1 && command[0] == '\\') mark.text = "^";
        Element e = element("mover", {child(n, 0, s), std::move(mark)});
        e.set("accent", "true");
        return e;
      }
      case NodeKind::accent_under: {
        Element e = element("munder", {child(n, 0, s), token("mo", stretchy_glyph(n.text)).set("stretchy", "true")});
        e.set("accentunder", "true");
        return e;
      }
      case NodeKind::horiz_brace: {
        Element brace = token("mo", stretchy_glyph(n.text)).set("stretchy", "true");
        if (n.has(math::kOver)) return element("mover", {child(n, 0, s), std::move(brace)});
        return element("munder", {child(n, 0, s), std::move(brace)});
      }
      case NodeKind::overline: {
        Element e = element("mover", {child(n, 0, s), token("mo", "\u203e").set("stretchy", "true")});
        e.set("accent", "true");
        return e;
      }
      case NodeKind::underline: {
        Element e = element("munder", {child(n, 0, s), token("mo", "\u203e").set("stretchy", "true")});
        e.set("accentunder", "true");
        return e;
      }
      case NodeKind::x_arrow: {
        Element arrow = token("mo", stretchy_glyph(n.text)).set("stretchy", "true");
        const State ss = script_state(s);
        // The text above is a mandatory argument (maybe empty); the one below is optional.
        const bool has_below = n.children.size() > 1 && n.children[1] != math::kNoNode;
        if (has_below) return element("munderover", {std::move(arrow), child(n, 1, ss), child(n, 0, ss)});
        return element("mover", {std::move(arrow), child(n, 0, ss)});
      }
      case NodeKind::enclose: {
        std::string_view command = n.text;
        if (!command.empty() && command[0] == '\\') command.remove_prefix(1);
        Element e = element(command == "colorbox" || command == "fcolorbox" ? "mpadded" : "menclose", {child(n, 0, s)});
        if (e.tag == "mpadded") {
          if (mathml_color(n.extra)) e.set("mathbackground", n.extra);
          return e;
        }
        if (command == "cancel")
          e.set("notation", "updiagonalstrike");
        else if (command == "bcancel")
          e.set("notation", "downdiagonalstrike");
        else if (command == "xcancel")
          e.set("notation", "updiagonalstrike downdiagonalstrike");
        else if (command == "sout")
          e.set("notation", "horizontalstrike");
        else if (command == "phase")
          e.set("notation", "phasorangle");
        else if (command == "angl")
          e.set("notation", "actuarial");
        else
          e.set("notation", "box");
        if (mathml_color(n.extra)) e.set("mathbackground", n.extra);
        return e;
      }
      case NodeKind::kern:
        return space(n.size.unit == "mu" ? n.size.number * s.em_per_mu : to_em(n.size));
      case NodeKind::rule: {
        Element e = element("mspace");
        e.set("mathbackground", "black").set("width", em(to_em(n.size)));
        // extra holds "<number><unit>" of the height.
        math::Measurement h;
        const std::string& hs = n.extra;
        std::size_t i = 0;
        while (i < hs.size() && (std::isdigit(static_cast<unsigned char>(hs[i])) || hs[i] == '.' || hs[i] == '-')) ++i;
        h.number = i > 0 ? std::atof(hs.substr(0, i).c_str()) : 0;
        h.unit = hs.substr(i);
        e.set("height", em(to_em(h)));
        return e;
      }
      case NodeKind::lap: {
        Element e = element("mpadded", {child(n, 0, s)});
        e.set("width", "0px");
        if (n.text != "rlap") e.set("lspace", n.text == "llap" ? "-1width" : "-0.5width");
        return e;
      }
      case NodeKind::phantom:
        return element("mphantom", {body_row(n, s)});
      case NodeKind::hphantom:
        return element("mpadded", {element("mphantom", {child(n, 0, s)})}).set("height", "0px").set("depth", "0px");
      case NodeKind::vphantom:
        return element("mpadded", {element("mphantom", {child(n, 0, s)})}).set("width", "0px");
      case NodeKind::smash: {
        Element e = element("mpadded", {child(n, 0, s)});
        if (n.has(math::kSmashHeight) || !n.has(math::kSmashDepth)) e.set("height", "0px");
        if (n.has(math::kSmashDepth) || !n.has(math::kSmashHeight)) e.set("depth", "0px");
        return e;
      }
      case NodeKind::raisebox:
        return element("mpadded", {child(n, 0, s)}).set("voffset", em(to_em(n.size)));
      case NodeKind::vcenter:
        return child(n, 0, s);
      case NodeKind::hbox: {
        State inner = s;
        return element("mstyle", {body_row(n, inner)});
      }
      case NodeKind::pmb:
        return element("mstyle", {body_row(n, s)}).set("mathvariant", "bold");
      case NodeKind::mathchoice:
        return child(n, s.display ? 0 : 1, s);
      case NodeKind::href: {
        if (n.children.empty()) return token("mtext", n.text);
        return body_row(n, s);
      }
      case NodeKind::html:
        return body_row(n, s);
      case NodeKind::htmlmathml:
        return child(n, 1, s);
      case NodeKind::includegraphics:
        return token("mtext", n.extra.empty() ? "[image]" : n.extra);
      case NodeKind::verb: {
        std::string text = n.text;
        for (std::size_t p = 0; (p = text.find(' ', p)) != std::string::npos;) text.replace(p, 1, n.has(math::kStar) ? "\u2423" : "\u00a0");
        return token("mtext", text).set("mathvariant", "monospace");
      }
      case NodeKind::cr: {
        Element e = element("mspace");
        if (n.has(math::kNewLine)) e.set("linebreak", "newline");
        if (!n.size.unit.empty()) e.set("height", em(to_em(n.size)));
        return e;
      }
      case NodeKind::tag: {
        Element body = element("mtd", {child(n, 0, s)});
        Element tag = element("mtd", {child(n, 1, s)});
        Element pad = element("mtd");
        Element table = element("mtable", {element("mtr", {std::move(pad), std::move(body), element("mtd"), std::move(tag)})});
        table.set("width", "100%");
        return table;
      }
      case NodeKind::cdlabel:
        return child(n, 0, script_state(s));
      case NodeKind::cdlabelparent:
        return child(n, 0, s);
      case NodeKind::raw:
        return token("mtext", n.text);
      case NodeKind::internal:
      case NodeKind::infix:
      case NodeKind::environment:
      case NodeKind::leftright_right:
      case NodeKind::color_token:
      case NodeKind::size:
      case NodeKind::url:
        return fragment({});
      default:
        break;
    }
    return fragment({});
  }
};

}  // namespace

std::string styled_character(std::string_view variant, char c) {
  struct Style {
    std::string_view variant;
    char32_t upper, lower, digit;  // first code point of A-Z, a-z and 0-9 (0: none)
  };
  static constexpr Style kStyles[] = {
      {"bold", 0x1D400, 0x1D41A, 0x1D7CE},
      {"bold-italic", 0x1D468, 0x1D482, 0},
      {"script", 0x1D49C, 0x1D4B6, 0},
      {"bold-script", 0x1D4D0, 0x1D4EA, 0},
      {"fraktur", 0x1D504, 0x1D51E, 0},
      {"double-struck", 0x1D538, 0x1D552, 0x1D7D8},
      {"bold-fraktur", 0x1D56C, 0x1D586, 0},
      {"sans-serif", 0x1D5A0, 0x1D5BA, 0x1D7E2},
      {"bold-sans-serif", 0x1D5D4, 0x1D5EE, 0x1D7EC},
      {"sans-serif-italic", 0x1D608, 0x1D622, 0},
      {"sans-serif-bold-italic", 0x1D63C, 0x1D656, 0},
      {"monospace", 0x1D670, 0x1D68A, 0x1D7F6},
  };
  // The letters Unicode encoded before the block (its "holes").
  static constexpr struct {
    std::string_view variant;
    char c;
    char32_t cp;
  } kHoles[] = {
      {"script", 'B', 0x212C},        {"script", 'E', 0x2130},        {"script", 'F', 0x2131},        {"script", 'H', 0x210B},
      {"script", 'I', 0x2110},        {"script", 'L', 0x2112},        {"script", 'M', 0x2133},        {"script", 'R', 0x211B},
      {"script", 'e', 0x212F},        {"script", 'g', 0x210A},        {"script", 'o', 0x2134},        {"fraktur", 'C', 0x212D},
      {"fraktur", 'H', 0x210C},       {"fraktur", 'I', 0x2111},       {"fraktur", 'R', 0x211C},       {"fraktur", 'Z', 0x2128},
      {"double-struck", 'C', 0x2102}, {"double-struck", 'H', 0x210D}, {"double-struck", 'N', 0x2115}, {"double-struck", 'P', 0x2119},
      {"double-struck", 'Q', 0x211A}, {"double-struck", 'R', 0x211D}, {"double-struck", 'Z', 0x2124}};
  std::string out;
  for (const auto& h : kHoles)
    if (h.variant == variant && h.c == c) return utf8::append(out, h.cp), out;
  for (const auto& s : kStyles) {
    if (s.variant != variant) continue;
    if (c >= 'A' && c <= 'Z')
      utf8::append(out, s.upper + static_cast<char32_t>(c - 'A'));
    else if (c >= 'a' && c <= 'z')
      utf8::append(out, s.lower + static_cast<char32_t>(c - 'a'));
    else if (c >= '0' && c <= '9' && s.digit != 0)
      utf8::append(out, s.digit + static_cast<char32_t>(c - '0'));
    return out;
  }
  return out;
}

MathmlResult tex_to_mathml(std::string_view tex, bool display, const math::MacroTable* macros) {
  MathmlResult result;
  math::ParseOptions options;
  options.display = display;
  options.macros = macros;
  const math::ParseResult parsed = math::parse(tex, options);
  if (parsed.error) {
    result.error = parsed.error->message;
    result.error_offset = parsed.error->begin;
    return result;
  }
  // A link to anything but an http, https or mailto URL (math-unsafe-url): lint reports it, and no
  // export writes the formula, although MathML keeps only the link's text.
  for (const math::Issue& issue : parsed.issues)
    if (issue.code == math::IssueCode::unsafe_url) {
      result.error = issue.message;
      result.error_offset = issue.begin;
      return result;
    }
  Writer writer(parsed.tree, tex, display);
  Element formula = writer.formula();
  style_characters(formula);
  browser_spacing(formula);
  if (formula.tag != "mrow") formula = element("mrow", {std::move(formula)});
  Element annotation = token("annotation", std::string(tex));
  annotation.set("encoding", "application/x-tex");
  Element semantics = element("semantics", {std::move(formula), std::move(annotation)});
  Element root = element("math", {std::move(semantics)});
  root.set("xmlns", "http://www.w3.org/1998/Math/MathML");
  if (display) root.set("display", "block");
  root.set("alttext", std::string(tex));
  serialize(root, result.mathml);
  result.ok = true;
  return result;
}

}  // namespace np
