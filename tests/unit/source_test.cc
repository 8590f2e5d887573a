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

}  // namespace np
