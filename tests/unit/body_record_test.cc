// The recorded walk of a body (BodyFacts::record): every link, formula and heading fact is named by
// exactly one recorded construct, in order, footnotes included, and the writers take each fact by
// the index its event names (they used to count, and a construct one walker counted and another
// did not moved every later fact).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "export/latex/latex_writer.h"
#include "np/html.h"
#include "np/markdown.h"

namespace np {
namespace {

// Bodies where a construct is a link, formula or heading to one reading and not to another.
const char* const kTrickyBodies[] = {
    // Autolinks inside link text, an image in a link, a link in an image's alt text, wiki links.
    "[see <https://a.org> and https://b.org/x.](c.md) [![alt $x$ [y](z.md)](img.png)](d.md) [[wiki]] [[w|t]]\n",
    // Math in headings, an explicit id, a heading with a link, a setext heading.
    "# H $a$ {#h}\n\n## [Linked](#h) $$b$$\n\nSetext $c$\n---\n",
    // A ```math fence with nothing in it is no formula; the formulas after it are.
    "```math\n```\n\n$a$ and $b$\n\n```math\nc\n```\n",
    // "$5 and $10" (dollars, a fact of its own), escaped dollars, a formula in a table.
    "Costs $5 and $10, \\$x\\$ and $y$.\n\n| a | $b$ |\n|---|---|\n| [c](d.md) | $e$ |\n",
    // Footnotes: links, math and a heading in definitions, referenced from a heading and a link.
    ("# Top[^n] $t$\n\nSee [x](x.md)[^m] and $u$.\n\n[^n]: A [note](#top) with $d$ and ![pic](p.png).\n\n"
     "    ## Inside $e$\n\n[^m]: Plain <https://m.org> and $f$.\n\n[^unused]: [gone](g.md) $g$\n"),
    // A span md4c never closes (the strikethrough) around a link.
    "a ~b c [x](d~e) f $g$\n\nnext [h](i.md)\n",
};

struct Named {
  std::vector<std::size_t> links, math, headings;  // the facts enter events name, in event order
};

// Checks that every leave event names what its enter event named, and collects the enters' facts.
Named named_facts(const BodyRecord& record) {
  Named named;
  std::vector<const BodyEvent*> open;
  for (const BodyEvent& e : record.events) {
    switch (e.kind) {
      case BodyEvent::Kind::enter_block:
      case BodyEvent::Kind::enter_span:
        open.push_back(&e);
        if (e.kind == BodyEvent::Kind::enter_block && e.block() == BlockType::h) named.headings.push_back(e.fact);
        if (e.kind == BodyEvent::Kind::enter_block && e.block() == BlockType::code && e.fact != BodyEvent::kNoFact)
          named.math.push_back(e.fact);
        if (e.kind == BodyEvent::Kind::enter_span &&
            (e.span() == SpanType::a || e.span() == SpanType::img || e.span() == SpanType::wikilink))
          named.links.push_back(e.fact);
        if (e.kind == BodyEvent::Kind::enter_span && (e.span() == SpanType::latexmath || e.span() == SpanType::latexmath_display))
          named.math.push_back(e.fact);
        break;
      case BodyEvent::Kind::leave_block:
      case BodyEvent::Kind::leave_span:
        EXPECT_FALSE(open.empty());
        if (open.empty()) break;
        EXPECT_EQ(open.back()->type, e.type);
        EXPECT_EQ(open.back()->fact, e.fact);
        open.pop_back();
        break;
      default:
        break;
    }
  }
  EXPECT_TRUE(open.empty());
  return named;
}

std::vector<std::size_t> iota(std::size_t n) {
  std::vector<std::size_t> v(n);
  for (std::size_t i = 0; i < n; ++i) v[i] = i;
  return v;
}

TEST(BodyRecord, EveryLinkMathAndHeadingFactIsNamedByExactlyOneEventInOrder) {
  for (const char* body : kTrickyBodies) {
    SCOPED_TRACE(body);
    const SourceFile f("n.md", body);
    const BodyFacts facts = walk_markdown(f, 0, f.text().size());
    ASSERT_TRUE(facts.record);
    const Named named = named_facts(*facts.record);
    EXPECT_EQ(named.links, iota(facts.links.size()));
    EXPECT_EQ(named.math, iota(facts.math.size()));
    EXPECT_EQ(named.headings, iota(facts.headings.size()));
  }
}

TEST(BodyRecord, AFootnotesEventsNameTheFactsItsWalkFound) {
  const SourceFile f("n.md", kTrickyBodies[4]);
  const BodyFacts facts = walk_markdown(f, 0, f.text().size());
  ASSERT_TRUE(facts.record);
  ASSERT_EQ(facts.footnotes.size(), 3u);
  ASSERT_EQ(facts.record->footnote_events.size(), 3u);
  for (std::size_t i = 0; i < facts.footnotes.size(); ++i) {
    SCOPED_TRACE(i);
    const Footnote& note = facts.footnotes[i];
    const std::size_t link_end = i + 1 < facts.footnotes.size() ? facts.footnotes[i + 1].first_link : facts.links.size();
    const std::size_t math_end = i + 1 < facts.footnotes.size() ? facts.footnotes[i + 1].first_math : facts.math.size();
    std::vector<std::size_t> links, math, headings;
    for (const BodyEvent& e : facts.record->footnote(i)) {
      if (e.kind == BodyEvent::Kind::enter_span && (e.span() == SpanType::a || e.span() == SpanType::img)) links.push_back(e.fact);
      if (e.kind == BodyEvent::Kind::enter_span && e.span() == SpanType::latexmath) math.push_back(e.fact);
      if (e.kind == BodyEvent::Kind::enter_block && e.block() == BlockType::h) headings.push_back(e.fact);
    }
    EXPECT_EQ(links.size(), link_end - note.first_link);
    for (std::size_t k = 0; k < links.size(); ++k) EXPECT_EQ(links[k], note.first_link + k);
    EXPECT_EQ(math.size(), math_end - note.first_math);
    for (std::size_t k = 0; k < math.size(); ++k) EXPECT_EQ(math[k], note.first_math + k);
    for (std::size_t k = 0; k < headings.size(); ++k) EXPECT_EQ(headings[k], note.first_heading + k);
  }
  // The body's own events end where the first definition's begin, and a definition's events hold
  // its heading ("## Inside", in the first definition).
  EXPECT_EQ(facts.record->body().size(), facts.record->footnote_events[0]);
  ASSERT_EQ(facts.headings.size(), 2u);
  EXPECT_EQ(facts.headings[1].text, "Inside e");
  EXPECT_EQ(facts.footnotes[0].first_heading, 1u);
}

// A walk without a record (lint and stats keep no text) keeps none, and the writers write nothing.
TEST(BodyRecord, IsKeptOnlyWhenAskedFor) {
  const SourceFile f("n.md", "# A\n\n[b](c.md) $d$\n");
  const BodyFacts facts = walk_markdown(f, 0, f.text().size(), false);
  EXPECT_FALSE(facts.record);
  EXPECT_EQ(facts.links.size(), 1u);
  EXPECT_EQ(render_html(f, facts, {}), "");
  EXPECT_EQ(latex::render_latex(f, facts, {}), "");
  BodyFacts kept = walk_markdown(f, 0, f.text().size());
  ASSERT_TRUE(kept.record);
  kept.release_text();
  EXPECT_FALSE(kept.record);
}

// Every callback gets the fact its construct is, whatever came before: each link writes its own
// target, each formula its own TeX.
TEST(BodyRecord, WritersHandEachCallbackTheFactOfItsOwnConstruct) {
  for (const char* body : kTrickyBodies) {
    SCOPED_TRACE(body);
    const SourceFile f("n.md", body);
    const BodyFacts facts = walk_markdown(f, 0, f.text().size());
    std::size_t calls = 0;
    HtmlOptions html;
    html.link_target = [&](std::size_t i, const Link& link) {
      ++calls;
      EXPECT_LT(i, facts.links.size());
      EXPECT_EQ(&link, &facts.links.at(i));
      return link.target;
    };
    html.math = [&](std::size_t i, const MathSpan& m) {
      EXPECT_EQ(&m, &facts.math.at(i));
      return std::string("<m>") + m.tex + "</m>";
    };
    render_html(f, facts, html);
    latex::WriterOptions tex;
    tex.link = [&](std::size_t i, const Link& link) {
      EXPECT_EQ(&link, &facts.links.at(i));
      return latex::LinkOut{latex::LinkOut::Kind::url, link.target};
    };
    tex.image = [&](std::size_t i, const Link& link) {
      EXPECT_EQ(&link, &facts.links.at(i));
      return link.target;
    };
    tex.math = [&](std::size_t i, const MathSpan& m, bool) {
      EXPECT_EQ(&m, &facts.math.at(i));
      return "\\(" + m.tex + "\\)";
    };
    tex.heading_label = [&](std::size_t i, const Heading& h) {
      EXPECT_EQ(&h, &facts.headings.at(i));
      return "\\label{" + h.anchor + "}";
    };
    latex::render_latex(f, facts, tex);
    EXPECT_EQ(calls > 0, !facts.links.empty());
  }
}

// The miscount the record ends: an empty ```math fence made no fact, but the writers counted it
// as a formula, so it took the next formula's TeX and every later formula moved by one.
TEST(BodyRecord, AnEmptyMathFenceTakesNoOtherFormula) {
  const SourceFile f("n.md", "```math\n```\n\n$a$ and $b$\n");
  const BodyFacts facts = walk_markdown(f, 0, f.text().size());
  ASSERT_EQ(facts.math.size(), 2u);
  EXPECT_EQ(render_html(f, facts, {}), "\n<p><span class=\"math inline\">a</span> and <span class=\"math inline\">b</span></p>\n");
  latex::WriterOptions o;
  o.math = [](std::size_t, const MathSpan& m, bool) { return "\\(" + m.tex + "\\)"; };
  EXPECT_EQ(latex::render_latex(f, facts, o), "\\(a\\) and \\(b\\)\n");
}

// What each writer needs of md4c's details is in the record: list starts, task marks, table
// alignment and columns, a code block's language, a link's title, heading levels.
TEST(BodyRecord, KeepsTheDetailsTheWritersWrite) {
  const SourceFile f("n.md",
                     "3. x\n4. y\n\n- [x] done\n- [ ] open\n\n| l | c | r |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n\n"
                     "```py extra\ncode\n```\n\n[t](u.md \"Title\")\n\n### Three\n");
  const BodyFacts facts = walk_markdown(f, 0, f.text().size());
  EXPECT_EQ(render_html(f, facts, {}),
            "<ol start=\"3\">\n<li>x</li>\n<li>y</li>\n</ol>\n"
            "<ul>\n<li><input type=\"checkbox\" disabled=\"disabled\" checked=\"checked\"> done</li>\n"
            "<li><input type=\"checkbox\" disabled=\"disabled\"> open</li>\n</ul>\n"
            "<table>\n<thead>\n<tr><th style=\"text-align: left\">l</th><th style=\"text-align: center\">c</th>"
            "<th style=\"text-align: right\">r</th></tr>\n</thead>\n<tbody>\n<tr><td style=\"text-align: left\">1</td>"
            "<td style=\"text-align: center\">2</td><td style=\"text-align: right\">3</td></tr>\n</tbody>\n</table>\n"
            "<pre><code class=\"language-py\">code\n</code></pre>\n<p><a href=\"u.md\" title=\"Title\">t</a></p>\n"
            "<h3 id=\"three\">Three</h3>\n");
}

}  // namespace
}  // namespace np
