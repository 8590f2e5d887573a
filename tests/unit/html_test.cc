#include "np/html.h"

#include <gtest/gtest.h>

namespace np {
namespace {

std::string render(const std::string& md, HtmlOptions options = {}) {
  const SourceFile f("n.md", md);
  const BodyFacts facts = walk_markdown(f, 0, f.text().size());
  return render_html(f, facts, options);
}

TEST(Html, HeadingsCarryTheAnchorsOfTheWalk) {
  EXPECT_EQ(render("## Intro\n\n## Intro\n"), "<h2 id=\"intro\">Intro</h2>\n<h2 id=\"intro-1\">Intro</h2>\n");
}

// The {#id} attribute names the anchor and is not shown (it was printed in EPUB and the site).
TEST(Html, AnExplicitIdAttributeIsNotPartOfTheHeadingText) {
  EXPECT_EQ(render("## Summarizing a *posterior* {#summarising-a-posterior}\n\n## Sets {x}\n"),
            "<h2 id=\"summarising-a-posterior\">Summarizing a <em>posterior</em></h2>\n<h2 id=\"sets-x\">Sets {x}</h2>\n");
}

TEST(Html, LinksGoThroughTheCallbackByIndex) {
  HtmlOptions o;
  o.link_target = [](std::size_t i, const Link& l) { return i == 0 ? "x.xhtml#" + l.text : std::string(); };
  EXPECT_EQ(render("[a](b.md) and [[c]]\n", o), "<p><a href=\"x.xhtml#a\">a</a> and c</p>\n");
}

TEST(Html, MathDefaultsToMarkedTexAndCanBeReplaced) {
  EXPECT_EQ(render("$a<b$\n"), "<p><span class=\"math inline\">a&lt;b</span></p>\n");
  HtmlOptions o;
  o.math = [](std::size_t i, const MathSpan& m) { return "[" + std::to_string(i) + (m.display ? "D" : "I") + "]"; };
  EXPECT_EQ(render("$x$ and\n\n$$\ny\n$$\n\n```math\nz\n```\n", o), "<p>[0I] and</p>\n<p>[1D]</p>\n[2D]\n");
}

TEST(Html, ASpanMd4cNeverClosesIsClosedWithItsBlock) {
  // md4c 0.4.8 opens a strikethrough at "~b" whose closing '~' is in the link destination, and
  // never leaves it (found by fuzz_latex): the XHTML of an EPUB must stay well-formed.
  EXPECT_EQ(render("a ~b c [x](d~e) f\n\nnext\n"), "<p>a <del>b c <a href=\"d~e\">x</a> f</del></p>\n<p>next</p>\n");
}

TEST(Html, XhtmlClosesVoidElementsAndDecodesEntities) {
  HtmlOptions o;
  o.xhtml = true;
  EXPECT_EQ(render("![a *b*](f.png)\n\nA&nbsp;B &#x3B1; &unknown;\n\n---\n", o),
            "<p><img src=\"f.png\" alt=\"a b\" /></p>\n<p>A\xC2\xA0"
            "B \xCE\xB1 &amp;unknown;</p>\n<hr />\n");
}

TEST(Html, XhtmlShowsRawHtmlAsSourceAndKeepsItsAnchors) {
  // Issue 20: a raw-HTML <table> vanished from the EPUB, and links to <a name="DPR"> went nowhere.
  HtmlOptions o;
  o.xhtml = true;
  EXPECT_EQ(render("<table>\n<tr><td id=\"c\">x</td></tr>\n</table>\n", o),
            "<span id=\"c\"></span><pre class=\"raw-html\"><code>&lt;table&gt;\n&lt;tr&gt;&lt;td id=\"c\"&gt;x&lt;/td&gt;&lt;/tr&gt;\n"
            "&lt;/table&gt;</code></pre>\n");
  EXPECT_EQ(render("DPR<a name=\"DPR\"></a> and H<sub>2</sub>O<!-- c -->.\n", o),
            "<p>DPR<span id=\"DPR\"></span> and H<code class=\"raw-html\">&lt;sub&gt;</code>2<code "
            "class=\"raw-html\">&lt;/sub&gt;</code>O.</p>\n");
  // An id a heading (or an earlier anchor) has is written once; one XHTML cannot hold is left out.
  EXPECT_EQ(render("## Results\n\n<a id=\"results\"></a><span id=\"x\"></span><a name=\"x\"></a><a name=\"a b\"></a>\n", o),
            "<h2 id=\"results\">Results</h2>\n<p><span id=\"x\"></span></p>\n");
  // Comments and anchors alone write nothing else.
  EXPECT_EQ(render("<!-- np-disable-next-line x -->\n<div id=\"top\"></div>\n", o), "<span id=\"top\"></span>");
  // HTML (the JSON manifest) keeps raw HTML as it is.
  EXPECT_EQ(render("H<sub>2</sub>O\n"), "<p>H<sub>2</sub>O</p>\n");
}

TEST(Html, AutolinksEndAsGithubEndsThem) {
  // md4c 0.4.8 takes "]" or ");" into a bare URL; GitHub (and np) leave them after the link.
  EXPECT_EQ(render("[see https://arxiv.org/abs/1603.08983] (https://x.org/a_(b));\n"),
            "<p>[see <a href=\"https://arxiv.org/abs/1603.08983\">https://arxiv.org/abs/1603.08983</a>] "
            "(<a href=\"https://x.org/a_(b)\">https://x.org/a_(b)</a>);</p>\n");
  EXPECT_EQ(render("Go to https://example.org/path. Or <https://example.org/a.>\n"),
            "<p>Go to <a href=\"https://example.org/path\">https://example.org/path</a>. Or "
            "<a href=\"https://example.org/a.\">https://example.org/a.</a></p>\n");
}

TEST(Html, HrefsArePercentEncoded) {
  HtmlOptions o;
  o.xhtml = true;
  EXPECT_EQ(render("![x](<figures/loss^2 curve.png>) [q](https://e.org/s?q=a^b%zz#f#g) [v6](http://[::1]/[x])\n", o),
            "<p><img src=\"figures/loss%5E2%20curve.png\" alt=\"x\" /> <a href=\"https://e.org/s?q=a%5Eb%25zz#f%23g\">q</a> "
            "<a href=\"http://[::1]/%5Bx%5D\">v6</a></p>\n");
  EXPECT_EQ(percent_encode_url("a%20b/\xC3\xA9"), "a%20b/\xC3\xA9");
}

TEST(Html, DollarsPandocReadsAsPricesAreText) {
  // Issue 20: lint's warning read "$5 and $10" as prices while the export wrote a formula.
  HtmlOptions o;
  o.math = [](std::size_t i, const MathSpan& m) { return "[" + std::to_string(i) + (m.display ? "D" : "I") + "]"; };
  EXPECT_EQ(render("From $5 and $10 to $x$, $ a$ and $n$th.\n", o), "<p>From $5 and $10 to [1I], $ a$ and [3I]th.</p>\n");
  // A $$...$$ inside a sentence is an inline formula (kramdown's reading), as lint checks it.
  EXPECT_EQ(render("The loss $$L$$ is convex.\n\n$$\nM\n$$\n", o), "<p>The loss [0I] is convex.</p>\n<p>[1D]</p>\n");
}

TEST(Html, AFormulaInAltTextKeepsTheFormulasAfterItInStep) {
  HtmlOptions o;
  o.math = [](std::size_t i, const MathSpan&) { return "[" + std::to_string(i) + "]"; };
  EXPECT_EQ(render("![$x$](f.png) $y$\n", o), "<p><img src=\"f.png\" alt=\"x\"> [1]</p>\n");
}

TEST(Html, CodeBlocksTablesAndTasks) {
  EXPECT_EQ(render("```python\nx < 1\n```\n"), "<pre><code class=\"language-python\">x &lt; 1\n</code></pre>\n");
  EXPECT_EQ(render("| a | b |\n|:--|--:|\n| 1 | 2 |\n"),
            "<table>\n<thead>\n<tr><th style=\"text-align: left\">a</th><th style=\"text-align: right\">b</th></tr>\n</thead>\n"
            "<tbody>\n<tr><td style=\"text-align: left\">1</td><td style=\"text-align: right\">2</td></tr>\n</tbody>\n</table>\n");
}

}  // namespace
}  // namespace np
