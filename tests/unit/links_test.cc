// Link resolution (np/links.h): what each kind of link resolves to, from an in-memory curriculum.
#include "np/links.h"

#include <algorithm>

#include "np/analysis.h"
#include "np/changes.h"
#include "np/exporter.h"
#include "np/rule.h"
#include "test_support.h"

namespace np::test {
namespace {

const char* kModule = "number: 1\ntitle: Module\nsummary: A module.\n";

std::string note(const std::string& id, int order, const std::string& body) {
  return "---\nid: " + id + "\ntitle: " + id + "\norder: " + std::to_string(order) +
         "\nkind: note\nstatus: published\nsummary: A note.\nupdated: 2026-01-01\n---\n\n" + body;
}

MemoryFileSystem tree() {
  MemoryFileSystem fs;
  fs.add("root/np.yaml", "book:\n  title: T\n  language: en\n");
  fs.add("root/01-part/part.yaml", "order: 1\ntitle: Part\n");
  fs.add("root/01-part/01-module/module.yaml", kModule);
  fs.add("root/01-part/02-other/module.yaml", "number: 2\ntitle: Other\nsummary: Another module.\n");
  fs.add("root/01-part/01-module/figures/plot.png", "png");
  fs.add(
      "root/01-part/01-module/a.md",
      note("a", 1,
           "## Results\n\n"
           "[b](b.md) [b anchor](b.md#method-one) [b bad anchor](b.md#method-three) [self](#results) [self bad](#nope)\n"
           "[other module](../02-other/c.md#intro) [encoded](my%20note.md) [query](b.md?x=1#method-one)\n"
           "[[b]] [[b#method-one|text]] [[#results]] [[missing-id]] ![plot](figures/plot.png) [data](figures/plot.png)\n"
           "[up](../../../x.md) [abs](/etc/passwd) [folder](figures/) [stray](../stray.md) [gone](gone.md) [web](https://example.org/a)\n"
           "[bad web](http:/x) [ftp](ftp://x.org) [empty]()\n"));
  fs.add("root/01-part/01-module/b.md", note("b", 2, "## Method one\n\n<a id=\"html-anchor\"></a>\n"));
  fs.add("root/01-part/01-module/my note.md", note("my-note", 3, "Text.\n"));
  fs.add("root/01-part/02-other/c.md", note("c", 1, "# Intro\n"));
  fs.add("root/01-part/stray.md", note("stray", 1, "Outside any module.\n"));
  return fs;
}

struct Expected {
  LinkKind kind;
  LinkProblem problem;
  const char* path;
  const char* anchor;
};

TEST(ResolveLinks, EveryKindOfLink) {
  const MemoryFileSystem fs = tree();
  const Curriculum c = load_memory(fs);
  const LinkResolution links = resolve_links(c);
  const std::size_t a = links.index.note_by_path("01-part/01-module/a.md");
  ASSERT_NE(a, kNone);
  const std::string m = "01-part/01-module/";
  const std::vector<Expected> expected = {
      {LinkKind::note, LinkProblem::none, "01-part/01-module/b.md", ""},
      {LinkKind::note, LinkProblem::none, "01-part/01-module/b.md", "method-one"},
      {LinkKind::broken, LinkProblem::missing_anchor, "01-part/01-module/b.md", "method-three"},
      {LinkKind::anchor, LinkProblem::none, "01-part/01-module/a.md", "results"},
      {LinkKind::broken, LinkProblem::missing_anchor, "01-part/01-module/a.md", "nope"},
      {LinkKind::note, LinkProblem::none, "01-part/02-other/c.md", "intro"},
      {LinkKind::note, LinkProblem::none, "01-part/01-module/my note.md", ""},
      {LinkKind::note, LinkProblem::none, "01-part/01-module/b.md", "method-one"},
      {LinkKind::note, LinkProblem::none, "01-part/01-module/b.md", ""},
      {LinkKind::note, LinkProblem::none, "01-part/01-module/b.md", "method-one"},
      {LinkKind::anchor, LinkProblem::none, "01-part/01-module/a.md", "results"},
      {LinkKind::broken, LinkProblem::unknown_id, "missing-id", ""},
      {LinkKind::asset, LinkProblem::none, "01-part/01-module/figures/plot.png", ""},
      {LinkKind::asset, LinkProblem::none, "01-part/01-module/figures/plot.png", ""},
      {LinkKind::broken, LinkProblem::outside_root, "../x.md", ""},
      {LinkKind::broken, LinkProblem::outside_root, "/etc/passwd", ""},
      {LinkKind::broken, LinkProblem::not_a_note, "01-part/01-module/figures", ""},
      {LinkKind::broken, LinkProblem::not_a_note, "01-part/stray.md", ""},
      {LinkKind::broken, LinkProblem::missing_file, "01-part/01-module/gone.md", ""},
      {LinkKind::external, LinkProblem::none, "https://example.org/a", ""},
      {LinkKind::broken, LinkProblem::bad_external, "http:/x", ""},
      {LinkKind::broken, LinkProblem::bad_external, "ftp://x.org", ""},
      {LinkKind::broken, LinkProblem::empty_link, "", ""},
  };
  const auto& got = links.by_note[a];
  ASSERT_EQ(got.size(), expected.size());
  for (std::size_t i = 0; i < got.size(); ++i) {
    SCOPED_TRACE("link " + std::to_string(i) + ": " + c.notes[a].body.links[i].target);
    EXPECT_EQ(got[i].index, i);
    EXPECT_EQ(got[i].note, a);
    EXPECT_EQ(got[i].kind, expected[i].kind);
    EXPECT_EQ(got[i].problem, expected[i].problem);
    EXPECT_EQ(got[i].anchor, expected[i].anchor);
    if (got[i].target != kNone) {
      // A note target is named by its index only (ResolvedLink::path is empty).
      EXPECT_EQ(c.notes[got[i].target].source.path(), expected[i].path);
      EXPECT_EQ(got[i].path, "");
    } else {
      EXPECT_EQ(got[i].path, expected[i].path);
    }
  }
  // Incoming: b six times from a (a broken anchor still names b), c and my note once each, a
  // only from itself (which does not count).
  EXPECT_EQ(links.incoming[links.index.note_by_path(m + "b.md")], 6u);
  EXPECT_EQ(links.incoming[links.index.note_by_path(m + "my note.md")], 1u);
  EXPECT_EQ(links.incoming[links.index.note_by_path("01-part/02-other/c.md")], 1u);
  EXPECT_EQ(links.incoming[a], 0u);
  EXPECT_TRUE(links.index.has_anchor(links.index.note_by_path(m + "b.md"), "html-anchor"));
}

TEST(ResolveLinks, AReferenceUsedTwiceIsOnePlace) {
  MemoryFileSystem fs = tree();
  fs.add("root/01-part/01-module/d.md", note("d", 4, "[one][ref], [two][ref] and [three](b.md).\n\n[ref]: b.md#method-one\n"));
  const Curriculum c = load_memory(fs);
  const LinkResolution links = resolve_links(c);
  const auto& d = links.by_note[links.index.note_by_path("01-part/01-module/d.md")];
  ASSERT_EQ(d.size(), 3u);
  EXPECT_EQ(d[0].repeat_of, kNone);
  EXPECT_EQ(d[1].repeat_of, 0u);
  EXPECT_EQ(d[2].repeat_of, kNone);
  EXPECT_EQ(d[1].kind, LinkKind::note);
  EXPECT_EQ(d[1].anchor, "method-one");
}

TEST(ResolveLinks, SymlinkOutOfTheRootIsOutside) {
  const MemoryFileSystem fs = tree();
  Curriculum c = load_memory(fs);
  // The tree walk reports such a symlink (it cannot exist in memory) and never follows it.
  c.findings.push_back({LoadProblem::symlink_outside_root, "01-part/01-module/figures", 0, 0, true, "", ""});
  const LinkIndex index(c);
  EXPECT_TRUE(index.through_outside_link("01-part/01-module/figures/plot.png"));
  EXPECT_TRUE(index.through_outside_link("01-part/01-module/figures"));
  EXPECT_FALSE(index.through_outside_link("01-part/01-module/figures2/x.png"));
  EXPECT_FALSE(index.through_outside_link("01-part/01-module/a.md"));
  Link image;
  image.kind = Link::Kind::image;
  image.target = "figures/plot.png";
  const ResolvedLink r = resolve_link(c, index, index.note_by_path("01-part/01-module/a.md"), image);
  EXPECT_EQ(r.problem, LinkProblem::outside_root);
}

// One run resolves the links and checks the math once: lint (every link and math rule, and the
// pre-commit filter of findings outside the selected files) and an export read the one Analysis;
// nothing resolves links or checks the curriculum's formulas a second time.
TEST(ResolveLinks, ResolvedOncePerRun) {
  MemoryFileSystem fs = tree();
  fs.add("root/01-part/02-other/d.md", note("d", 2, "A formula KaTeX refuses: $\\frac{1}$, and [a](../01-module/a.md#nope).\n"));
  const Curriculum c = load_memory(fs);
  const AnalysisCounts before = analysis_counts();
  const Analysis analysis = analyze(c);

  std::vector<Diagnostic> out;
  const RuleContext ctx(analysis, out);
  EXPECT_EQ(&ctx.links(), &analysis.links);
  EXPECT_EQ(&ctx.math(), &analysis.math);
  const LintResult lint = run_lint(analysis);
  const auto has = [&](const std::string& prefix) {
    return std::any_of(lint.diagnostics.begin(), lint.diagnostics.end(),
                       [&](const Diagnostic& d) { return d.rule.starts_with(prefix) && d.file == "01-part/02-other/d.md"; });
  };
  EXPECT_TRUE(has("link-missing-anchor"));  // the rules did read the links and the math
  EXPECT_TRUE(has("math-"));
  ProvidedTargets previous;
  previous.anchors["01-part/01-module/b.md#method-two"] = "b";
  run_lint(analysis, {"01-part/01-module/b.md"}, previous);
  std::string error;
  const auto selection = select_notes(c, "", error);
  ASSERT_TRUE(selection.has_value()) << error;
  const ExportContext context{.analysis = analysis, .selection = *selection, .files = fs};
  EXPECT_FALSE(build_manifest(context).empty());

  const AnalysisCounts after = analysis_counts();
  EXPECT_EQ(after.link_resolutions - before.link_resolutions, 1u);
  EXPECT_EQ(after.math_checks - before.math_checks, 1u);
}

TEST(RelativePath, FromFolderToFile) {
  EXPECT_EQ(parent_folder("a/b/c.md"), "a/b");
  EXPECT_EQ(parent_folder("c.md"), "");
  EXPECT_EQ(relative_path("p/m", "p/m/x.md"), "x.md");
  EXPECT_EQ(relative_path("p/m", "p/n/x.md"), "../n/x.md");
  EXPECT_EQ(relative_path("p/m", "q/n/x.md"), "../../q/n/x.md");
  EXPECT_EQ(relative_path("p/m", "p/m/figures/x.png"), "figures/x.png");
  EXPECT_EQ(relative_path("", "p/x.md"), "p/x.md");
  EXPECT_EQ(relative_path("p/m", "np.yaml"), "../../np.yaml");
}

TEST(ExternalUrl, Syntax) {
  for (const char* ok :
       {"https://example.org", "http://example.org/a/b?c=d#e", "https://user:pw@example.org:8443/", "https://[::1]:80/",
        "https://b\xC3\xBC"
        "cher.example/",
        "https://example.org./", "mailto:a@example.org", "mailto:a@example.org,b@example.org?subject=x", "HTTPS://EXAMPLE.ORG/%41"})
    EXPECT_EQ(external_url_problem(ok), "") << ok;
  const std::pair<const char*, const char*> bad[] = {
      {"https:/example.org", "expected '//' after 'https:'"},
      {"https://", "no host name"},
      {"https://exa mple.org", "it contains a space (write %20)"},
      {"https://example.org/\\x", "it contains a backslash (URLs use '/')"},
      {"https://example.org/%g1", "'%' is not followed by two hexadecimal digits (write %25 for a literal '%')"},
      {"https://a..b/", "empty label in host name 'a..b'"},
      {"https://-a.org/", "label '-a' of host name '-a.org' starts or ends with '-'"},
      {"https://a!b.org/", "character '!' in host name 'a!b.org'"},
      {"https://example.org:80a/", "port '80a' is not a number"},
      {"https://example.org:65536/", "port 65536 is larger than 65535"},
      {"https://[::1/", "unterminated IPv6 address '[::1'"},
      {"mailto:", "no address after 'mailto:'"},
      {"mailto:a@b@c", "'a@b@c' is not an e-mail address like name@example.org"},
      {"gopher://x", "scheme 'gopher:' is not one np accepts (http, https, mailto)"},
  };
  for (const auto& [url, problem] : bad) EXPECT_EQ(external_url_problem(url), problem) << url;
}

TEST(LinkConfig, PatternsMustCompile) {
  MemoryFileSystem fs;
  fs.add("root/np.yaml", "book:\n  title: T\n  language: en\nlinks:\n  allow: ['^https://']\n  deny: ['(unclosed']\n");
  std::vector<Diagnostic> errors;
  EXPECT_FALSE(load_config(fs, "root", errors).has_value());
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].line, 6);
  EXPECT_EQ(errors[0].column, 10);
  EXPECT_EQ(errors[0].message, "links.deny[0]: '(unclosed' is not a valid RE2 regular expression: missing ): (unclosed");

  MemoryFileSystem good;
  good.add("root/np.yaml", "book:\n  title: T\n  language: en\nlinks:\n  allow: ['^https://']\n  deny: ['\\.pdf$']\n");
  errors.clear();
  const auto config = load_config(good, "root", errors);
  ASSERT_TRUE(config.has_value()) << (errors.empty() ? "" : errors[0].message);
  EXPECT_EQ(config->config.link_allow, std::vector<std::string>{"^https://"});
  EXPECT_EQ(config->config.link_deny, std::vector<std::string>{"\\.pdf$"});
}

}  // namespace
}  // namespace np::test
