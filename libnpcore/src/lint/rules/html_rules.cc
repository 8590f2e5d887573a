// html-*: raw HTML in Markdown. The EPUB, the site and the LaTeX book do not write raw HTML; the
// XHTML ones keep its anchors (id=, name=) and show the rest as its source. The facts walk records what they
// leave out with the same scanner the renderers use (src/util/raw_html.h).
#include "lint/rules/rules.h"

namespace np::rules {

namespace {

void check_left_out(const Curriculum& c, RuleContext& ctx) {
  for (const Note& note : c.notes) {
    const BodyFacts& b = note.body;
    // In source order: the pieces and the anchors come from the same walk, each list sorted.
    std::size_t a = 0;
    for (std::size_t h = 0; h <= b.raw_html.size(); ++h) {
      const std::size_t until = h < b.raw_html.size() ? b.raw_html[h].begin : static_cast<std::size_t>(-1);
      for (; a < b.html_anchors_left_out.size() && b.html_anchors_left_out[a].begin < until; ++a) {
        const HtmlAnchor& anchor = b.html_anchors_left_out[a];
        ctx.report(html_left_out, note.source, anchor.begin, anchor.end,
                   "anchor '" + anchor.id + "' cannot be an id in the EPUB or the site: it is left out, and links to it go nowhere",
                   "name anchors with letters, digits, '-', '_' and '.': <a id=\"dense-retrieval\"></a>");
      }
      if (h == b.raw_html.size()) break;
      const RawHtml& r = b.raw_html[h];
      ctx.report(html_left_out, note.source, r.begin, r.end,
                 std::string("raw HTML '") + r.excerpt +
                     "' is not rendered in the EPUB, the site or the LaTeX book (the EPUB and the site show its source" +
                     (r.block ? " as a code block)" : " as code)"),
                 r.block ? "write it in Markdown (a table with | cells |, an image with ![alt](path)), or keep it as a comment <!-- -->"
                         : "write it in Markdown (*emphasis*, **strong**, `code`, $H_2O$ for sub- and superscripts)");
    }
  }
}

}  // namespace

const Rule html_left_out{
    .id = "html-left-out",
    .default_severity = Severity::warning,
    .scope = Scope::body,
    .summary = "Raw HTML that the EPUB, the site and the LaTeX book do not render",
    .description =
        "GitHub renders some raw HTML in Markdown; np's outputs must stay valid XHTML and LaTeX whatever a note holds, so they do not "
        "write it. An anchor (`<a name=\"x\"></a>`, `<span id=\"x\">`) is kept as an id that links reach, and comments are left out "
        "silently; any other raw HTML (a `<table>`, `<sub>`, `<br>`, a `<div>` with content) is shown as its source, in code, in the EPUB "
        "and the site, so that nothing vanishes, and left out of the LaTeX book. An id= or name= that cannot be an XHTML id (a space or "
        "punctuation in it) is left out, and so reported here.",
    .bad_example = "<table>\n  <tr><td>DPR</td><td>4.2%</td></tr>\n</table>\n\nWater is H<sub>2</sub>O.",
    .good_example = "| model | error |\n|---|---|\n| DPR | 4.2% |\n\nWater is $\\mathrm{H_2O}$.",
    .check = check_left_out,
};

}  // namespace np::rules
