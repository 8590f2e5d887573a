// The tree of one TeX formula as KaTeX's parser builds it: the same node types, so that a MathML
// writer (EPUB) can follow KaTeX's buildMathML.js type by type. Nodes live in one vector and
// refer to each other by index; every node has its source range in the formula's TeX.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace np::math {

enum class Mode : std::uint8_t { math, text };

// A symbol's class (KaTeX's symbol "group"): it decides spacing and the MathML element
// (mi/mn for ords, mo for bin, rel, open, close, punct, inner and op-token).
enum class SymbolGroup : std::uint8_t { accent_token, bin, close, inner, mathord, op_token, open, punct, rel, spacing, textord };
std::string_view to_string(SymbolGroup group);

// KaTeX's parse node types (parseNode.js). The comment gives what `text`, `extra`, `children`
// and `flags` hold for each; a child that KaTeX allows to be absent is kNoNode.
enum class NodeKind : std::uint8_t {
  // Symbols. text: the symbol as written after Unicode normalisation ("x", "\\alpha", "+").
  atom,          // group: bin, close, inner, open, punct or rel
  mathord,       // a math-italic letter (group mathord)
  textord,       // digits, upright symbols, and any character in text mode
  spacing,       // "\\ ", "~", "\\nobreakspace"...
  op_token,      // a symbol used as an operator (\\bigstar-like glyphs, group op-token)
  accent_token,  // an accent glyph used as a symbol
  // Groups and scripts.
  ordgroup,  // children: the body. flags: kSemisimple for \begingroup...\endgroup
  supsub,    // children: {base, sup, sub}
  // Fractions, roots, operators.
  genfrac,       // children: {numer, denom}; text: left delimiter, extra: right delimiter ("" none);
                 // flags: kHasBarLine, kContinued; style: "display", "text" or "" (auto); size: bar size
  sqrt,          // children: {body, index}
  op,            // text: the name (\\sum) when it is a symbol or named operator, else children: body;
                 // flags: kLimits, kSymbol, kAlwaysHandleSupSub, kSuppressBaseShift
  operatorname,  // children: body; flags: kLimits, kAlwaysHandleSupSub
  // Delimiters.
  leftright,    // children: body; text: left delimiter, extra: right delimiter
  middle,       // text: the delimiter
  delimsizing,  // text: the delimiter; extra: the command (\\bigl...); style: mopen, mclose, mrel or mord
  // Arrays. The body is rows, each a row node whose children are the cells.
  array,  // children: rows; text: column spec (one char per column: l c r, | or : for rules);
          // extra: the environment name; style: column separation type
  row,    // children: cells; flags: kHline / kHdashline when a rule is drawn above the row
  // Fonts, styles, colours, text.
  font,     // children: {body}; text: the font (mathbb, mathbf, boldsymbol...)
  text,     // children: body (text-mode nodes); text: the command (\\text, \\textbf...)
  styling,  // children: body; text: display, text, script or scriptscript
  sizing,   // children: body; text: the size command (\\large...)
  color,    // children: body; text: the colour
  mclass,   // children: body; text: the class (mord, mbin, mrel...)
  // Accents, over- and under-things.
  accent,        // children: {base}; text: the accent command; flags: kStretchy, kShifty
  accent_under,  // children: {base}; text: the command
  horiz_brace,   // children: {base}; text: the command; flags: kOver
  overline,      // children: {body}
  underline,     // children: {body}
  x_arrow,       // children: {body, below}; text: the command
  enclose,       // children: {body}; text: the command; extra: background colour; style: border colour
  // Spacing and boxes.
  kern,        // size: the dimension
  rule,        // size: width; extra: "height shift" as written
  lap,         // children: {body}; text: llap, rlap or clap
  phantom,     // children: body
  hphantom,    // children: {body}
  vphantom,    // children: {body}
  smash,       // children: {body}; flags: kSmashHeight, kSmashDepth
  raisebox,    // children: {body}; size: the raise
  vcenter,     // children: {body}
  hbox,        // children: body
  pmb,         // children: body
  mathchoice,  // children: {display, text, script, scriptscript}, each an ordgroup
  // Links and raw HTML.
  href,             // children: body; text: the URL
  html,             // children: body; text: the command; extra: the attribute value
  htmlmathml,       // children: {html, mathml}, each an ordgroup
  includegraphics,  // text: the URL; extra: alt text
  verb,             // text: the verbatim text; flags: kStar
  // Structure.
  cr,             // a line break (\\\\ or \\newline); flags: kNewLine; size: the gap
  tag,            // children: {body, tag}: a formula with \tag
  cdlabel,        // children: {label}; text: "left" or "right"
  cdlabelparent,  // children: {fragment}
  // Intermediate nodes that handlers consume; never in a finished tree's body except `internal`
  // (a definition such as \def, which renders as nothing) and `raw` where KaTeX keeps it.
  internal,
  infix,            // text: the command it becomes (\\frac for \over)
  environment,      // text: the name of \begin{name} / \end{name}
  leftright_right,  // text: the delimiter of \right
  color_token,      // text: the colour
  size,             // size: the value; flags: kBlank
  url,              // text: the URL
  raw,              // text: the raw string
};
std::string_view to_string(NodeKind kind);

using NodeId = std::uint32_t;
constexpr NodeId kNoNode = static_cast<NodeId>(-1);

enum NodeFlag : std::uint16_t {
  kSemisimple = 1 << 0,
  kHasBarLine = 1 << 1,
  kContinued = 1 << 2,
  kLimits = 1 << 3,
  kSymbol = 1 << 4,
  kAlwaysHandleSupSub = 1 << 5,
  kSuppressBaseShift = 1 << 6,
  kStretchy = 1 << 7,
  kShifty = 1 << 8,
  kOver = 1 << 9,
  kSmashHeight = 1 << 10,
  kSmashDepth = 1 << 11,
  kStar = 1 << 12,
  kNewLine = 1 << 13,
  kBlank = 1 << 14,
  kHline = 1 << 15,
};

// A TeX dimension: "3mu", "-.5em".
struct Measurement {
  double number = 0;
  std::string unit;
};

struct Node {
  NodeKind kind = NodeKind::ordgroup;
  Mode mode = Mode::math;
  SymbolGroup group = SymbolGroup::textord;  // symbols: their class
  std::uint16_t flags = 0;
  std::uint32_t begin = 0, end = 0;  // byte range in the formula's TeX (macro output: the macro's call)
  std::string text, extra, style;
  Measurement size;
  std::vector<NodeId> children;

  bool has(NodeFlag flag) const { return (flags & flag) != 0; }
};

struct Tree {
  std::vector<Node> nodes;
  std::vector<NodeId> body;  // the formula's top-level list

  const Node& operator[](NodeId id) const { return nodes[id]; }
  Node& operator[](NodeId id) { return nodes[id]; }
  NodeId add(Node node) {
    nodes.push_back(std::move(node));
    return static_cast<NodeId>(nodes.size() - 1);
  }
};

// True for the symbol kinds (atom ... accent_token): KaTeX's checkSymbolNodeType.
inline bool is_symbol(NodeKind kind) { return kind <= NodeKind::accent_token; }

}  // namespace np::math
