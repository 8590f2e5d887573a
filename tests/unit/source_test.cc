#include "np/source.h"

#include <gtest/gtest.h>

namespace np {

TEST(SourceFile, PositionsAreOneBasedInCodePoints) {
  const SourceFile f("a.md", "ab\ncé x\n");
  EXPECT_EQ(f.position(0).line, 1);
  EXPECT_EQ(f.position(0).column, 1);
  // 'x' is at byte 7 (c, é = 2 bytes, space) but column 4.
  const Position p = f.position(7);
  EXPECT_EQ(p.line, 2);
  EXPECT_EQ(p.column, 4);
}

TEST(SourceFile, ByteOrderMarkIsNotAColumn) {
  const SourceFile f("a.md", "\xEF\xBB\xBFid: x\n");
  EXPECT_EQ(f.position(3).column, 1);
  EXPECT_EQ(f.position(7).column, 5);
  EXPECT_EQ(f.line_text(1), "id: x");
}

TEST(SourceFile, CrlfLinesExcludeTheCarriageReturn) {
  const SourceFile f("a.md", "one\r\ntwo\r\n");
  EXPECT_EQ(f.line_text(1), "one");
  EXPECT_EQ(f.line_text(2), "two");
  EXPECT_EQ(f.position(5).line, 2);
  EXPECT_EQ(f.position(5).column, 1);
}

TEST(SourceFile, TabIsOneColumn) {
  const SourceFile f("a.md", "\tx");
  EXPECT_EQ(f.position(1).column, 2);
}

// A released text (LoadOptions::keep_text false) gives every position the text gave: lines, CRLF,
// a BOM, 2-, 3- and 4-byte characters, and a long line (where the text path uses checkpoints).
TEST(SourceFile, ReleasedTextGivesTheSamePositions) {
  std::string text = "\xEF\xBB\xBFid: \xC3\xA9t\xC3\xA9\r\n\tx \xE2\x80\x94 y \xF0\x9D\x90\xB1\n\n";
  for (int i = 0; i < 3000; ++i) text += i % 7 ? "ab " : "\xCE\xB1\xCE\xB2 ";
  text += "\nend";
  const SourceFile kept("a.md", text);
  SourceFile released("a.md", text);
  ASSERT_TRUE(released.release_text());
  EXPECT_FALSE(released.has_text());
  EXPECT_TRUE(released.text().empty());
  EXPECT_EQ(released.size(), text.size());
  EXPECT_EQ(released.line_count(), kept.line_count());
  for (std::size_t offset = 0; offset <= text.size() + 2; ++offset) {
    if (offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) continue;  // inside a character
    const Position a = kept.position(offset), b = released.position(offset);
    ASSERT_EQ(a.line, b.line) << "offset " << offset;
    ASSERT_EQ(a.column, b.column) << "offset " << offset;
  }
  EXPECT_EQ(released.line_begin(2), kept.line_begin(2));
  EXPECT_EQ(released.line_text(1), "");
}

TEST(SourceFile, SameTextComparesSizeAndContent) {
  SourceFile f("a.md", "one\ntwo\n");
  ASSERT_TRUE(f.release_text());
  EXPECT_TRUE(f.same_text("one\ntwo\n"));
  EXPECT_FALSE(f.same_text("one\ntwo"));
  EXPECT_FALSE(f.same_text("one\ntwX\n"));
}

// Releasing keeps the text when the table of continuation bytes would cost more than half of it,
// and when the text is not UTF-8 (a code point per non-continuation byte would be wrong there).
TEST(SourceFile, ReleaseKeepsTextThatIsMostlyNonAscii) {
  SourceFile cjk("a.md", "\xE6\x95\xB0\xE5\xAD\xA6\xE6\x95\xB0\xE5\xAD\xA6");
  EXPECT_FALSE(cjk.release_text());
  EXPECT_TRUE(cjk.has_text());
  SourceFile invalid("b.md", "a\xFF b");
  EXPECT_FALSE(invalid.release_text());
  EXPECT_EQ(invalid.text(), "a\xFF b");
}

}  // namespace np
