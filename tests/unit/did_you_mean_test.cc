#include "np/did_you_mean.h"

#include "test_support.h"

namespace np::test {

TEST(DidYouMean, EditDistance) {
  EXPECT_EQ(edit_distance("", ""), 0u);
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3u);
  EXPECT_EQ(edit_distance("abc", ""), 3u);
}

TEST(DidYouMean, Wording) {
  EXPECT_EQ(did_you_mean("svd-qr-lu"), "did you mean 'svd-qr-lu'?");
  EXPECT_EQ(did_you_mean(""), "");
}

TEST(DidYouMean, ClosestWithinTheDefaultLimit) {
  const std::vector<std::string> ids = {"frontmatter-schema", "link-orphan", "link-to-draft"};
  EXPECT_EQ(closest_match("link-orphn", ids), "link-orphan");
  EXPECT_EQ(closest_match("nothing-like-it", ids), "");
  // max(2, size / 3) edits: "ab" -> "xy" is two edits, within the limit of 2.
  EXPECT_EQ(closest_match("ab", {"xy"}), "xy");
  EXPECT_EQ(closest_match("ab", {"xyz"}), "");
  // Equally close: the first in sorted order.
  EXPECT_EQ(closest_match("cat", {"bat", "cab"}), "bat");
}

TEST(DidYouMean, ExplicitLimit) {
  EXPECT_EQ(closest_match("abcdefghijkl", {"abcdefghixyz"}), "abcdefghixyz");  // 3 edits, limit 12/3 = 4
  EXPECT_EQ(closest_match("abcdefghijkl", {"abcdefghixyz"}, {.max_edits = 2}), "");
}

// np explain: a prefix of an id is one edit from it.
TEST(DidYouMean, PrefixIsOneEdit) {
  const std::vector<std::string> ids = {"frontmatter-schema", "link-orphan"};
  EXPECT_EQ(closest_match("front", ids), "");
  EXPECT_EQ(closest_match("front", ids, {.max_edits = 3, .prefix_is_one_edit = true}), "frontmatter-schema");
}

// TeX commands: two swapped letters win over a closer edit distance (\alpah -> \alpha, not \aleph).
TEST(DidYouMean, SwapFirst) {
  const std::vector<std::string> names = {"\\aleph", "\\alpha"};
  EXPECT_EQ(closest_match("\\alpah", {"\\aleph"}), "\\aleph");
  EXPECT_EQ(closest_match("\\alpah", names, {.swap_first = true}), "\\alpha");
}

}  // namespace np::test
