// Renders a note's body to LaTeX, for `np export latex`, from the walk the loader recorded
// (BodyFacts::record). Like render_html (np/html.h), links, images, math and headings are handed
// to callbacks by the index of their fact in the note's BodyFacts, which each recorded event
// names, so the exporter writes resolved links, checked math and generated labels without parsing
// anything again. Every byte of content that reaches the output passes through one of
// the escapes below, each an allowlist of what may be written as itself: text is escaped, code
// goes into a verbatim environment whose lines hold no backslash, and math is written only after
// the exporter's checks accepted it (np/latex_allowlist.h). Raw HTML is never written.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "np/markdown.h"
#include "np/source.h"

namespace np::latex {

// The text-mode form of one of TeX's ten special characters (\ { } # $ % & _ ~ ^), such as
// "\{" or "\textbackslash{}"; "" for any other character. escape_text and the \verb rewrite of
// the math (latex_math.cc) share it.
const char* tex_special(char c);

// Text for LaTeX's text mode (LuaLaTeX with fontspec): letters, digits, spaces and the punctuation
// that means itself are written as they are, the ten special characters and the characters TeX's
// ligatures would change (-- `` '' ` ") escaped, no-break spaces become ~, other characters beyond
// ASCII stay UTF-8; control characters (np/utf8.h) and ill-formed bytes are left out.
std::string escape_text(std::string_view text);

// Text for the lines of a Verbatim environment with commandchars=\\\{\}: only \ { } change, so
// no line can hold \end{...} or any other command; control characters but tab are left out.
std::string escape_verbatim(std::string_view text);

// A URL for \href's first argument: letters, digits and the URL punctuation TeX reads as itself as
// they are, # and % escaped, anything else (\ { } ^ spaces, controls, non-ASCII) percent-encoded.
std::string escape_url(std::string_view url);

// A label from a note id and an optional anchor: "np:norms", "np:norms:the-cauchy-schwarz".
// Characters other than [A-Za-z0-9-.] are written as +XX (hex), so any id or anchor is safe.
std::string label(std::string_view note_id, std::string_view anchor = {});

struct LinkOut {
  enum class Kind { none, ref, url };
  Kind kind = Kind::none;
  std::string target;  // a label (ref) or an escaped-later URL (url)
};

struct WriterOptions {
  std::function<LinkOut(std::size_t index, const Link& link)> link;
  // The project-relative path of an image (for \npimage), or "" to write its alt text instead.
  std::function<std::string(std::size_t index, const Link& link)> image;
  // The LaTeX for facts.math[index] (already checked), written in place.
  std::function<std::string(std::size_t index, const MathSpan& math, bool in_heading)> math;
  // The \label for facts.headings[index].
  std::function<std::string(std::size_t index, const Heading& heading)> heading_label;
  // The \label name of facts.footnotes[index] (a \footref at its second reference points to it).
  std::function<std::string(std::size_t index)> footnote_label;
  // Raw HTML (a block, or inline tags), with its source offset: the output never holds it; the
  // exporter warns, or refuses it when it hides TeX primitives.
  std::function<void(std::size_t offset, const std::string& html)> raw_html;
};

// LaTeX for the body the facts were walked from (with their record; "" without one). The note's
// shallowest heading level becomes \subsection.
std::string render_latex(const SourceFile& file, const BodyFacts& facts, const WriterOptions& options);

}  // namespace np::latex
