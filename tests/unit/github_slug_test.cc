// Heading anchors as GitHub computes them (github-slugger's behaviour, src/load/github_slug.cc):
// one slug per heading text, de-duplicated across a document, and the heading text the walk
// hands it (math, code, entities, explicit {#id}).
#include <gtest/gtest.h>

#include "np/markdown.h"

namespace np::test {
namespace {

struct Case {
  const char* heading;
  const char* anchor;
};

// One document's headings in order: the expected anchors depend on what came before.
TEST(GithubSlug, OneDocumentLikeGithub) {
  const Case cases[] = {
      {"alpha", "alpha"},
      {"alpha", "alpha-1"},
      {"bravoCharlieDelta", "bravocharliedelta"},
      {"__proto__", "__proto__"},
      {"__proto__", "__proto__-1"},
      {"echo", "echo"},
      {"echo", "echo-1"},
      {"echo 1", "echo-1-1"},  // "echo-1" is taken by the repeated heading
      {"echo-1", "echo-1-2"},
      {"echo", "echo-2"},
      {"foxtrot-1", "foxtrot-1"},
      {"foxtrot", "foxtrot"},
      {"foxtrot", "foxtrot-2"},  // -1 is taken by a literal heading
      {"heading with a - dash", "heading-with-a---dash"},
      {"heading with an _ underscore", "heading-with-an-_-underscore"},
      {"heading with a period.txt", "heading-with-a-periodtxt"},
      {"exchange.bind_headers(exchange, routing [, bindCallback])", "exchangebind_headersexchange-routing--bindcallback"},
      {"apostrophe\xE2\x80\x99s are dropped", "apostrophes-are-dropped"},
      {"I \xE2\x99\xA5 unicode", "i--unicode"},
      {"en\xE2\x80\x93"
       "dash",
       "endash"},
      {"\xF0\x9F\x98\x84 unicode emoji", "-unicode-emoji"},
      {"\xF0\x9F\x98\x84_\xF0\x9F\x98\x84 emoji", "_-emoji"},
      {":smile: - a gemoji", "smile---a-gemoji"},
      {"\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82 non-latin \xE4\xBD\xA0\xE5\xA5\xBD",
       "\xD0\xBF\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82-non-latin-\xE4\xBD\xA0\xE5\xA5\xBD"},
      {":ok_hand::hatched_chick: Two", "ok_handhatched_chick-two"},
  };
  AnchorSlugger slugger;
  for (const auto& c : cases) EXPECT_EQ(slugger.unique(github_slug(c.heading)), c.anchor) << c.heading;
}

// github-slugger drops whole Unicode categories; these pick one code point from each decision.
TEST(GithubSlug, UnicodeCategories) {
  EXPECT_EQ(github_slug("a\xC2\xB2\xC2\xBD"
                        "b"),
            "ab");  // other numbers (², ½) are dropped
  EXPECT_EQ(github_slug("a\xD9\xA1"
                        "b"),
            "a\xD9\xA1"
            "b");  // decimal digits of any script stay
  EXPECT_EQ(github_slug("a\xE2\x85\xA1"
                        "b"),
            "a\xE2\x85\xB1"
            "b");  // letter numbers stay, lowercased (Ⅱ -> ⅱ)
  EXPECT_EQ(github_slug("a\xE2\x92\xBA"
                        "b"),
            "a\xE2\x93\x94"
            "b");  // circled letters are alphabetic (Ⓔ -> ⓔ)
  EXPECT_EQ(github_slug("a\xE2\x80\xBF"
                        "b"),
            "a\xE2\x80\xBF"
            "b");  // connector punctuation stays (‿)
  EXPECT_EQ(github_slug("a\xC2\xA0\xE3\x80\x80\xE2\x80\x8B"
                        "b"),
            "ab");  // no-break and ideographic spaces, ZWSP
  EXPECT_EQ(github_slug("a\xE2\x88\x91\xE2\x82\xAC\xC2\xA9"
                        "b"),
            "ab");                                                                                   // math, currency, other symbols
  EXPECT_EQ(github_slug("\xC7\x85"), "\xC7\x86");                                                    // title case ǅ -> ǆ
  EXPECT_EQ(github_slug("\xEF\xBC\xA1"), "\xEF\xBD\x81");                                            // full-width Ａ -> ａ
  EXPECT_EQ(github_slug("\xF0\x90\x90\x86"), "\xF0\x90\x90\xAE");                                    // Deseret 𐐆 -> 𐐮
  EXPECT_EQ(github_slug("\xC4\xB0"), "i\xCC\x87");                                                   // İ -> i + combining dot above
  EXPECT_EQ(github_slug("\xCE\xA3\xCE\x91\xCE\xA3 \xCE\xA3"), "\xCF\x83\xCE\xB1\xCF\x82-\xCF\x83");  // ΣΑΣ Σ -> σας-σ
}

BodyFacts walk(const std::string& text) {
  const SourceFile file("n.md", text);
  return walk_markdown(file, 0, file.text().size());
}

// The heading text GitHub slugs is its rendered text: math and code as their source, markup
// left out, entities decoded.
TEST(GithubSlug, HeadingTextFromTheWalk) {
  const BodyFacts facts = walk(
      "## The $L^2$ norm of `x_i` & *friends*\n\n## A &amp; B &#x41;\n\n## [Link text](x.md) <span>HTML</span> inside\n\n"
      "Setext heading\nsecond line\n===\n");
  ASSERT_EQ(facts.headings.size(), 4u);
  EXPECT_EQ(facts.headings[0].anchor, "the-l2-norm-of-x_i--friends");
  EXPECT_EQ(facts.headings[1].text, "A & B A");
  EXPECT_EQ(facts.headings[1].anchor, "a--b-a");
  EXPECT_EQ(facts.headings[2].anchor, "link-text-html-inside");
  EXPECT_EQ(facts.headings[3].level, 1);
  EXPECT_EQ(facts.headings[3].anchor, "setext-heading-second-line");
}

// GitHub trims the heading's source, not its text: a space that an entity or a left-out HTML
// comment leaves at an end stays, and becomes '-' (issue 20).
TEST(GithubSlug, SpacesAtTheEndsOfTheTextStay) {
  const BodyFacts facts = walk("# &#x20;a\n\n# a <!-- b -->\n\n#   padded   \n");
  ASSERT_EQ(facts.headings.size(), 3u);
  EXPECT_EQ(facts.headings[0].anchor, "-a");
  EXPECT_EQ(facts.headings[1].anchor, "a-");
  EXPECT_EQ(facts.headings[2].anchor, "padded");
}

TEST(GithubSlug, ExplicitIdAttribute) {
  const BodyFacts facts =
      walk("## Truncated SVD {#tsvd}\n\n## Truncated SVD\n\n## Attributes {#main .wide data-x=1}\n\n## Not {an attribute}\n\n## Set {x}\n");
  ASSERT_EQ(facts.headings.size(), 5u);
  EXPECT_EQ(facts.headings[0].text, "Truncated SVD");
  EXPECT_EQ(facts.headings[0].explicit_id, "tsvd");
  EXPECT_EQ(facts.headings[0].anchor, "tsvd");
  // The explicit id replaces the slug, so the next identical heading is the first to take it.
  EXPECT_EQ(facts.headings[1].anchor, "truncated-svd");
  EXPECT_EQ(facts.headings[2].anchor, "main");
  EXPECT_EQ(facts.headings[3].anchor, "not-an-attribute");
  EXPECT_EQ(facts.headings[3].explicit_id, "");
  EXPECT_EQ(facts.headings[4].anchor, "set-x");
}

TEST(GithubSlug, HtmlIdsAreCollected) {
  const BodyFacts facts = walk("<a id=\"top\"></a>\n\nText with <span name='inline'>x</span>.\n");
  EXPECT_EQ(facts.html_ids, (std::vector<std::string>{"top", "inline"}));
}

TEST(GithubSlug, RawHtmlLeftOutAndAnchorsNoOutputCanHoldAreFacts) {
  const BodyFacts facts = walk("<!-- id=\"c\" -->\n<a name=\"a b\"></a> x <b>y</b>\n\n<table id=\"t\">\n<tr><td>1</td></tr>\n</table>\n");
  EXPECT_EQ(facts.html_ids, (std::vector<std::string>{"t"}));  // not the one in the comment
  ASSERT_EQ(facts.html_anchors_left_out.size(), 1u);
  EXPECT_EQ(facts.html_anchors_left_out[0].id, "a b");
  ASSERT_EQ(facts.raw_html.size(), 3u);  // <b>, </b>, the table
  EXPECT_EQ(facts.raw_html[0].excerpt, "<b>");
  EXPECT_FALSE(facts.raw_html[0].block);
  EXPECT_EQ(facts.raw_html[2].excerpt, "<table id=\"t\">");
  EXPECT_TRUE(facts.raw_html[2].block);
}

TEST(GithubSlug, TemplateTagsInTextAndTargetsAreFacts) {
  const BodyFacts facts = walk("![a]({{ \"/x.png\" | relative_url }}) [b]({{site.url}}/c.md) `{{ code }}` {% post_url p %}\n");
  ASSERT_EQ(facts.template_tags.size(), 3u);
  EXPECT_EQ(facts.template_tags[0].text, "{{ \"/x.png\" | relative_url }}");
  EXPECT_EQ(facts.template_tags[1].text, "{{site.url}}");
  EXPECT_EQ(facts.template_tags[2].text, "{% post_url p %}");
}

TEST(GithubSlug, AutolinkTrailingPunctuationIsNotPartOfTheTarget) {
  const BodyFacts facts = walk("[https://arxiv.org/abs/1603.08983] and (https://x.org/a);\n");
  ASSERT_EQ(facts.links.size(), 2u);
  EXPECT_EQ(facts.links[0].target, "https://arxiv.org/abs/1603.08983");
  EXPECT_EQ(facts.links[0].trailing, "]");
  EXPECT_EQ(facts.links[1].target, "https://x.org/a");
  EXPECT_EQ(facts.links[1].trailing, ");");
}

}  // namespace
}  // namespace np::test
