// Footnotes: the definitions found before md4c's walk (src/load/footnotes.cc), the references the
// walk finds, and how the HTML renderer and the LaTeX writer write them.
#include <gtest/gtest.h>

#include "export/latex/latex_writer.h"
#include "np/html.h"
#include "np/markdown.h"
#include "util/md_parse.h"

namespace np {
namespace {

std::vector<Footnote> find(const std::string& md) { return find_footnotes(md, 0, md.size()); }

TEST(Footnotes, DefinitionsWithTheirContinuationLines) {
  const std::string md =
      "Text[^a] and[^B].\n\n[^a]: First line\nlazy line.\n\n    Indented paragraph.\n\n[^b]:\tTab-separated.\n[^c]: Right "
      "after.\n\nAfter.\n";
  const auto notes = find(md);
  ASSERT_EQ(notes.size(), 3u);
  EXPECT_EQ(notes[0].label, "a");
  EXPECT_EQ(notes[0].markdown, "First line\nlazy line.\n\nIndented paragraph.\n");
  EXPECT_EQ(md.substr(notes[0].begin, notes[0].end - notes[0].begin), "[^a]");
  EXPECT_EQ(md.substr(notes[0].block_end - 19, 19), "Indented paragraph.");
  // Each line of the definition's Markdown maps back to its place in the file.
  ASSERT_EQ(notes[0].lines.size(), 4u);
  EXPECT_EQ(md.substr(notes[0].lines[3].second, 8), "Indented");
  EXPECT_EQ(notes[0].lines[3].first, 23u);
  EXPECT_EQ(notes[1].markdown, "Tab-separated.\n");
  EXPECT_EQ(notes[2].label, "c");  // a definition ends where another begins
}

TEST(Footnotes, WhatIsNotADefinition) {
  // In a fenced code block, in an indented one, in the middle of a paragraph, without the colon,
  // with a space in the label.
  EXPECT_TRUE(find("```\n[^a]: code\n```\n\n    [^b]: code\n\nText\n[^c]: text\n\n[^d] text\n\n[^e f]: text\n").empty());
  // Nothing to find.
  EXPECT_TRUE(find("No footnotes here.\n").empty());
}

TEST(Footnotes, DuplicateLabelsMatchWithoutCase) {
  const auto notes = find("[^Note]: one\n\n[^note]: two\n");
  ASSERT_EQ(notes.size(), 2u);
  EXPECT_EQ(notes[0].duplicate_of, FootnoteRef::kUndefined);
  EXPECT_EQ(notes[1].duplicate_of, 0u);
  const FootnoteIndex index(notes);
  EXPECT_EQ(index.find("NOTE"), 0u);
  EXPECT_EQ(index.find("other"), FootnoteRef::kUndefined);
}

TEST(Footnotes, TheWalkFindsReferencesAndWhatIsInsideDefinitionsWhereItIsInTheFile) {
  const SourceFile f("n.md",
                     "Gradient[^g], `[^g]` and $a[^g]$, [link [^g]](#x), \\[^g] and [^nope].\r\n\r\n"
                     "[^g]: See [the proof](#proof) and $\\beta$,\r\n    on two lines.\r\n");
  const BodyFacts facts = walk_markdown(f, 0, f.text().size());
  ASSERT_EQ(facts.footnotes.size(), 1u);
  EXPECT_EQ(facts.footnotes[0].references, 1u);
  ASSERT_EQ(facts.footnote_refs.size(), 2u);
  EXPECT_EQ(facts.footnote_refs[0].footnote, 0u);
  EXPECT_EQ(f.position(facts.footnote_refs[0].begin).column, 9);
  EXPECT_EQ(facts.footnote_refs[1].footnote, FootnoteRef::kUndefined);
  EXPECT_EQ(facts.footnote_refs[1].label, "nope");
  // The definition's link and formula come after the body's, at their place in the file.
  ASSERT_EQ(facts.links.size(), 2u);
  EXPECT_EQ(facts.footnotes[0].first_link, 1u);
  EXPECT_EQ(facts.links[1].target, "#proof");
  EXPECT_EQ(f.position(facts.links[1].begin).line, 3);
  EXPECT_EQ(f.position(facts.links[1].begin).column, 23);
  ASSERT_EQ(facts.math.size(), 2u);
  EXPECT_EQ(facts.math[1].tex, "\\beta");
  EXPECT_EQ(f.position(facts.math[1].begin).column, 36);
  // The definition's words count; the markers do not.
  EXPECT_EQ(facts.words, 13u);
}

std::string html(const std::string& md, bool xhtml = false) {
  const SourceFile f("n.md", md);
  const BodyFacts facts = walk_markdown(f, 0, f.text().size());
  HtmlOptions o;
  o.xhtml = xhtml;
  return render_html(f, facts, o);
}

TEST(Footnotes, HtmlNumbersByFirstReferenceAndLinksBothWays) {
  EXPECT_EQ(html("A[^z] B[^y] C[^z] D[^none]\n\n[^y]: Why.\n\n[^z]: Zed.\n\n[^unused]: Dropped.\n"),
            "<p>A<sup><a id=\"np-fnref-1\" href=\"#np-fn-1\" class=\"footnote-ref\" role=\"doc-noteref\">1</a></sup>"
            " B<sup><a id=\"np-fnref-2\" href=\"#np-fn-2\" class=\"footnote-ref\" role=\"doc-noteref\">2</a></sup>"
            " C<sup><a id=\"np-fnref-1-2\" href=\"#np-fn-1\" class=\"footnote-ref\" role=\"doc-noteref\">1</a></sup> D[^none]</p>\n"
            "<section class=\"footnotes\">\n"
            "<aside id=\"np-fn-1\" class=\"footnote\" role=\"doc-footnote\">\n"
            "<p><a href=\"#np-fnref-1\" role=\"doc-backlink\">1.</a> Zed.</p>\n</aside>\n"
            "<aside id=\"np-fn-2\" class=\"footnote\" role=\"doc-footnote\">\n"
            "<p><a href=\"#np-fnref-2\" role=\"doc-backlink\">2.</a> Why.</p>\n</aside>\n</section>\n");
}

TEST(Footnotes, XhtmlMarksNotesForEReaders) {
  const std::string out = html("A[^1]\n\n[^1]:\n    ```\n    code\n    ```\n", true);
  EXPECT_NE(out.find("role=\"doc-noteref\" epub:type=\"noteref\">1</a>"), std::string::npos) << out;
  EXPECT_NE(out.find("<section class=\"footnotes\" epub:type=\"footnotes\">"), std::string::npos) << out;
  // A definition that does not start with a paragraph gets its number in a paragraph of its own.
  EXPECT_NE(out.find("epub:type=\"footnote\">\n<p><a href=\"#np-fnref-1\" role=\"doc-backlink\">1.</a> </p>\n<pre><code>code\n"),
            std::string::npos)
      << out;
}

std::string latex(const std::string& md) {
  const SourceFile f("n.md", md);
  const BodyFacts facts = walk_markdown(f, 0, f.text().size());
  latex::WriterOptions o;
  o.footnote_label = [](std::size_t i) { return "fn" + std::to_string(i); };
  return latex::render_latex(f, facts, o);
}

TEST(Footnotes, LatexWritesTheTextAtTheFirstReferenceAndFootrefAfter) {
  EXPECT_EQ(latex("A[^a] and again[^a], B[^b].\n\n[^a]: The *first* note.\n\n[^b]: Code:\n\n    ```\n    x = 1 % 2\n    ```\n"),
            "A\\footnote{\\label{fn0}The \\emph{first} note.} and again\\footref{fn0}, B\\footnote{\\label{fn1}Code:\n\n"
            "\\par\\noindent\n\\npinline{x~=~1~\\%~2}\\par}.\n");
}

TEST(Footnotes, LatexHeadingsKeepTheirFootnoteOutOfTheShortForm) {
  EXPECT_EQ(latex("# Title[^t]\n\n[^t]: Why.\n"), "\\subsection[Title]{Title\\protect\\footnote{\\label{fn0}Why.}}\n");
}

}  // namespace
}  // namespace np
