// Paragraphs of more than kParagraphLines lines, parsed as several (src/load/long_paragraphs.cc):
// md4c 0.4.8 takes time quadratic in a paragraph's lines. The growth itself is measured by
// QuadraticShapes.EveryStageIsLinear (bad_inputs_test.cc); here, what the split keeps.
#include <gtest/gtest.h>

#include "np/html.h"
#include "np/markdown.h"
#include "util/md_parse.h"

namespace np {
namespace {

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(LongParagraphs, AParagraphUpToTheLimitIsParsedAsItIs) {
  std::string text;
  for (std::size_t i = 0; i < kParagraphLines; ++i) text += "word [x](#h)\n";
  MarkdownInput input;
  input.text = text.data();
  input.size = text.size();
  MarkdownInput out;
  std::string storage;
  EXPECT_FALSE(split_long_paragraphs(input, out, storage));
}

// Every link is found, at its place in the file, in a paragraph of 2,500 lines; the HTML has a
// paragraph per thousand lines or so, and the emphasis and code spans that cross a line break are
// whole (no split inside a span).
TEST(LongParagraphs, ALongerOneIsSplitBetweenSpansWithEveryLinkWhereItIs) {
  std::string text = "# H\n\n";
  for (std::size_t i = 0; i < 2500; ++i)
    text += i % 3 == 0 ? "Line " + std::to_string(i) + " [x](#h) *em\n" : i % 3 == 1 ? "phasis* `co\n" : "de` end\n";
  const SourceFile f("n.md", text);
  const BodyFacts facts = walk_markdown(f, 0, text.size());
  ASSERT_EQ(facts.links.size(), 834u);
  for (std::size_t k = 0; k < facts.links.size(); ++k) {
    EXPECT_EQ(text.substr(facts.links[k].begin, 2), "#h");
    EXPECT_EQ(f.position(facts.links[k].begin).line, static_cast<int>(3 + 3 * k));
  }
  const std::string html = render_html(f, facts, {});
  EXPECT_EQ(count(html, "<p>"), 3u);
  EXPECT_EQ(count(html, "<em>"), 833u);  // the last line opens one it never closes
  EXPECT_EQ(count(html, "<code>"), 833u);
  EXPECT_EQ(count(html, "<a href=\"#h\">x</a>"), 834u);
  // The split comes before a line that starts a paragraph as it continues one.
  EXPECT_NE(html.find("</p>\n<p>Line "), std::string::npos);
}

// A paragraph whose lines all start like a block (a quote's '>') is still split, at twice the
// limit; its links are all found.
TEST(LongParagraphs, AParagraphWithNoGoodPlaceIsSplitAtTwiceTheLimit) {
  std::string text;
  for (std::size_t i = 0; i < 5000; ++i) text += "> [x](#h)\n";
  const SourceFile f("n.md", text);
  const BodyFacts facts = walk_markdown(f, 0, text.size());
  EXPECT_EQ(facts.links.size(), 5000u);
  EXPECT_EQ(count(render_html(f, facts, {}), "<blockquote>"), 3u);
}

// The walk of a footnote definition (a Markdown of its own, mapped to the file line by line) is
// split too, and its links keep their places.
TEST(LongParagraphs, AFootnoteDefinitionIsSplitToo) {
  std::string text = "See[^a].\n\n[^a]: Start\n";
  for (std::size_t i = 0; i < 1500; ++i) text += "    more [x](#h)\n";
  const SourceFile f("n.md", text);
  const BodyFacts facts = walk_markdown(f, 0, text.size());
  ASSERT_EQ(facts.links.size(), 1500u);
  EXPECT_EQ(f.position(facts.links.back().begin).line, 1503);
  EXPECT_EQ(f.position(facts.links.back().begin).column, 14);
}

}  // namespace
}  // namespace np
