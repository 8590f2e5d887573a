// Renders a note's body to HTML or XHTML, for the exporters (the JSON manifest's HTML, EPUB's
// XHTML, the site) from the walk the loader recorded (BodyFacts::record): the body is not parsed
// again. Links, images and math are handed to callbacks by the index of their fact in the note's
// BodyFacts, which each recorded event names, so that each exporter writes resolved links and its
// own form of math.
#pragma once

#include <functional>
#include <string>

#include "np/markdown.h"
#include "np/source.h"

namespace np {

struct HtmlOptions {
  bool xhtml = false;  // self-closing void elements, no named entities, raw HTML dropped
  // The href (or img src) to write for facts.links[index]; an empty result renders the link's
  // text without an <a> (images are always written).
  std::function<std::string(std::size_t index, const Link& link)> link_target;
  // Markup for facts.math[index]; the default writes <span class="math inline|display">TeX</span>.
  std::function<std::string(std::size_t index, const MathSpan& math)> math;
  // Called for what the output cannot hold, with its source offset. (Raw HTML in XHTML mode is not
  // reported here: its anchors are kept and the rest is shown as source, which lint predicts.)
  std::function<void(std::size_t offset, const std::string& what)> warn;
  int heading_shift = 0;  // added to heading levels (a note's ## becomes <h3> with 1), capped at 6
};

// The body and then the referenced footnotes; "" when the facts were walked without a record.
std::string render_html(const SourceFile& file, const BodyFacts& facts, const HtmlOptions& options);

// Escapes &, <, >, " (and ' for attributes), and leaves out the control characters XML forbids
// (np/utf8.h is_control_character): text np writes into HTML, XHTML and MathML goes through it.
std::string escape_html(std::string_view text, bool attribute = false);

// A URL as an href: the bytes a URL may not hold (space, ", <, >, \\, ^, `, {, |, }, controls, a '%'
// that starts no escape, brackets after the host, a second '#') percent-encoded, the rest as is.
// "figures/loss^2 curve.png" becomes "figures/loss%5E2%20curve.png" (epubcheck: RSC-020, PKG-009).
std::string percent_encode_url(std::string_view url);

}  // namespace np
