// np stats: goldens of every writer on tests/fixtures/stats/curriculum, the JSON output against
// schemas/stats.schema.json, the figures of content/ that the site prints, and the prerequisite
// chain on cycles, unknown ids and a chain too long to recurse along.
#include "np/stats.h"

#include "test_support.h"

namespace np::test {
namespace {

const std::string kFixture = "/stats/curriculum";

Curriculum load_fixture(unsigned threads = 1) {
  MemoryFileSystem fs;
  add_tree(fs, fixtures_dir() + kFixture, "root");
  return load_memory(fs, "root", threads);
}

std::string golden(const std::string& name) { return fixtures_dir() + "/stats/expected/" + name; }

// As `np stats --badges` loads a curriculum: as lint does, without the note texts, the math
// checked while loading (lint_load_options).
Curriculum load_as_badges_do(const MemoryFileSystem& fs) {
  std::vector<Diagnostic> errors;
  auto config = load_config(fs, "root", errors);
  EXPECT_TRUE(config.has_value());
  if (!config) return {};
  const LoadOptions options = lint_load_options(config->config, 1);
  EXPECT_FALSE(options.keep_text);
  return load_curriculum(fs, "root", std::move(*config), options);
}

TEST(Stats, FixtureGoldens) {
  const Curriculum c = load_fixture();
  const Stats s = compute_stats(c);
  expect_golden(golden("stats.txt"), render_stats(c, s, StatsFormat::text));
  expect_golden(golden("stats.json"), render_stats(c, s, StatsFormat::json));
  expect_golden(golden("stats.md"), render_stats(c, s, StatsFormat::markdown));
  expect_golden(golden("stats.csv"), render_stats(c, s, StatsFormat::csv));
  CountOptions drafts;
  drafts.include_drafts = true;
  expect_golden(golden("stats-include-drafts.txt"), render_stats(c, compute_stats(c, drafts), StatsFormat::text));
  // The badges as the CLI makes them: figures and lint of the curriculum loaded without texts.
  MemoryFileSystem fs;
  add_tree(fs, fixtures_dir() + kFixture, "root");
  const Curriculum lean = load_as_badges_do(fs);
  std::string badges;
  for (const auto& b : make_badges(compute_stats(lean), run_lint(analyze(lean)))) badges += b.file_name + ": " + b.json;
  expect_golden(golden("badges.txt"), badges);
}

// The lint badge counts math errors although the CLI loads without the texts (once it did not:
// the rules had no formulas to parse and the badge said the curriculum was clean).
TEST(Stats, LintBadgeCountsMathErrorsWithoutTexts) {
  MemoryFileSystem fs;
  add_tree(fs, fixtures_dir() + kFixture, "root");
  const std::string note = "root/01-foundations/01-algebra/vectors.md";
  fs.add(note,
         read_file(fixtures_dir() + kFixture + "/01-foundations/01-algebra/vectors.md") + "\nA formula KaTeX refuses: $\\frac{1}$.\n");
  const Curriculum lean = load_as_badges_do(fs);
  for (const Note& n : lean.notes) ASSERT_FALSE(n.source.has_text()) << n.source.path();
  const LintResult lint = run_lint(analyze(lean));
  std::size_t math_errors = 0;
  for (const auto& d : lint.diagnostics) math_errors += d.rule.starts_with("math-") && d.severity == Severity::error ? 1 : 0;
  EXPECT_GE(math_errors, 1u);
  EXPECT_EQ(lint.errors, math_errors);  // the fixture itself has warnings only (badges.txt)
  const auto badges = make_badges(compute_stats(lean), lint);
  ASSERT_EQ(badges.size(), 6u);
  EXPECT_EQ(badges[5].json, "{\"schemaVersion\":1,\"label\":\"lint\",\"message\":\"" + std::to_string(math_errors) +
                                (math_errors == 1 ? " error" : " errors") + "\",\"color\":\"red\"}\n");
}

TEST(Stats, FixtureFigures) {
  const Curriculum c = load_fixture();
  const Stats s = compute_stats(c);
  EXPECT_EQ(s.drafts_excluded, 1u);
  EXPECT_EQ(s.total.notes, 4u);
  EXPECT_EQ(s.total.notes_by_status, (std::map<std::string, std::size_t>{{"published", 2}, {"review", 2}}));
  EXPECT_EQ(s.total.notes_by_kind, (std::map<std::string, std::size_t>{{"bridge", 1}, {"note", 3}}));
  // vectors 17 (alt text included), matrices 11 (the HTML block excluded), events 13, metrics 12.
  EXPECT_EQ(s.total.words, 53u);
  EXPECT_EQ(s.total.inline_formulas, 3u);
  EXPECT_EQ(s.total.display_formulas, 2u);  // $$...$$ and a ```math fence
  EXPECT_EQ(s.total.code_by_language, (std::map<std::string, std::size_t>{{"(none)", 2}, {"bash", 1}, {"python", 1}}));
  EXPECT_EQ(s.total.internal_links, 5u);
  EXPECT_EQ(s.total.external_links, 3u);  // https, an autolink and a mailto: autolink; the image is not a link
  EXPECT_EQ(s.total.longest_chain, (std::vector<std::string>{"vectors", "matrices", "events", "metrics"}));
  // 53 words: 16 s; 2 display formulas: 40 s; 4 code blocks: 120 s; 176 s is 3 minutes rounded up.
  EXPECT_EQ(s.total.reading_minutes, 3u);
  ASSERT_EQ(s.parts.size(), 2u);
  EXPECT_EQ(s.parts[0].figures.notes, 3u);
  EXPECT_EQ(s.parts[0].modules[1].figures.longest_chain, (std::vector<std::string>{"vectors", "matrices", "events"}));
  EXPECT_EQ(s.requires_env.at("OPENAI_API_KEY").size(), 2u);

  CountOptions drafts;
  drafts.include_drafts = true;
  const Stats all = compute_stats(c, drafts);
  EXPECT_EQ(all.total.notes, 5u);
  EXPECT_EQ(all.drafts_excluded, 0u);
  EXPECT_EQ(all.total.longest_chain, (std::vector<std::string>{"vectors", "matrices", "events", "sketch", "metrics"}));
}

TEST(Stats, OutputDoesNotDependOnThreads) {
  const Curriculum one = load_fixture(1), four = load_fixture(4);
  for (const auto format : {StatsFormat::text, StatsFormat::json, StatsFormat::markdown, StatsFormat::csv})
    EXPECT_EQ(render_stats(one, compute_stats(one), format), render_stats(four, compute_stats(four), format));
}

TEST(Stats, JsonMatchesTheSchema) {
  const Curriculum c = load_fixture();
  CountOptions drafts;
  drafts.include_drafts = true;
  for (const Stats& s : {compute_stats(c), compute_stats(c, drafts)})
    EXPECT_EQ(schema_errors(nlohmann::json::parse(render_stats(c, s, StatsFormat::json)), "stats.schema.json"), "");
}

TEST(Stats, SchemaRejectsWhatItShould) {
  nlohmann::json doc = nlohmann::json::parse(render_stats(load_fixture(), compute_stats(load_fixture()), StatsFormat::json));
  doc["figures"].erase("words");
  doc["parts"][0]["figures"]["links"]["internal"] = -1;
  const std::string errors = schema_errors(doc, "stats.schema.json");
  EXPECT_NE(errors.find("words"), std::string::npos) << errors;
  EXPECT_NE(errors.find("[parts][0][figures][links][internal]"), std::string::npos) << errors;
}

// The figures the site's front page prints: "164 notes. 26 modules. 5 parts." and per part.
TEST(Stats, ContentFiguresOfTheSite) {
  RealFileSystem disk;
  std::vector<Diagnostic> errors;
  auto config = load_config(disk, source_dir() + "/content", errors);
  ASSERT_TRUE(config.has_value());
  const Curriculum c = load_curriculum(disk, source_dir() + "/content", std::move(*config), {});
  const Stats s = compute_stats(c);
  EXPECT_EQ(s.total.notes, 164u);
  EXPECT_EQ(s.total.modules, 26u);
  EXPECT_EQ(s.total.parts, 5u);
  std::vector<std::size_t> per_part;
  for (const auto& p : s.parts) per_part.push_back(p.figures.notes);
  EXPECT_EQ(per_part, (std::vector<std::size_t>{20, 68, 22, 36, 18}));
  EXPECT_EQ(check_expected(c, s), std::vector<std::string>{});
  EXPECT_EQ(s.drafts_excluded, 0u);
  EXPECT_EQ(s.requires_env.count("ANTHROPIC_API_KEY"), 1u);
  EXPECT_EQ(schema_errors(nlohmann::json::parse(render_stats(c, s, StatsFormat::json)), "stats.schema.json"), "");
}

// A curriculum built by hand: notes with ids and prerequisites only, in one module.
Curriculum graph(const std::vector<std::pair<std::string, std::vector<std::string>>>& notes) {
  Curriculum c;
  c.parts.push_back({});
  c.parts[0].modules = {0};
  c.modules.push_back({});
  c.modules[0].part = 0;
  for (const auto& [id, prerequisites] : notes) {
    Note n;
    n.id = id;
    n.status = "review";
    n.kind = "note";
    for (const auto& p : prerequisites) n.prerequisites.push_back({p, 0, 0});
    n.module = 0;
    c.modules[0].notes.push_back(c.notes.size());
    c.note_by_id.emplace(id, c.notes.size());
    c.notes.push_back(std::move(n));
  }
  return c;
}

TEST(Stats, ChainIgnoresCyclesUnknownIdsAndSelfReferences) {
  // a and b need each other; c needs b and an unknown id; d needs itself. The search starts at a,
  // reaches b, and ignores b's edge back to a: the chains are b -> a and b -> c, and a comes first.
  const Curriculum c = graph({{"a", {"b"}}, {"b", {"a"}}, {"c", {"b", "nowhere"}}, {"d", {"d"}}});
  const Stats s = compute_stats(c);
  EXPECT_EQ(s.total.prerequisites, 5u);
  EXPECT_EQ(s.total.longest_chain, (std::vector<std::string>{"b", "a"}));
  // A longer cycle still ends: e needs g needs f needs e, and h needs g; the edge f -> e is cut.
  const Curriculum ring = graph({{"e", {"g"}}, {"f", {"e"}}, {"g", {"f"}}, {"h", {"g"}}});
  EXPECT_EQ(compute_stats(ring).total.longest_chain, (std::vector<std::string>{"f", "g", "e"}));
}

TEST(Stats, ChainSkipsDraftsUnlessIncluded) {
  Curriculum c = graph({{"a", {}}, {"draft", {"a"}}, {"b", {"draft"}}});
  c.notes[1].status = "draft";
  EXPECT_EQ(compute_stats(c).total.longest_chain, (std::vector<std::string>{"a"}));
  CountOptions drafts;
  drafts.include_drafts = true;
  EXPECT_EQ(compute_stats(c, drafts).total.longest_chain, (std::vector<std::string>{"a", "draft", "b"}));
}

TEST(Stats, ChainOfAHundredThousandNotesDoesNotRecurse) {
  std::vector<std::pair<std::string, std::vector<std::string>>> notes;
  // Listed last-first, so that the search starts at the far end of the chain.
  constexpr int kNotes = 100000;
  for (int i = kNotes - 1; i >= 0; --i)
    notes.push_back({"n" + std::to_string(i), i ? std::vector<std::string>{"n" + std::to_string(i - 1)} : std::vector<std::string>{}});
  const Stats s = compute_stats(graph(notes));
  ASSERT_EQ(s.total.longest_chain.size(), static_cast<std::size_t>(kNotes));
  EXPECT_EQ(s.total.longest_chain.front(), "n0");
  EXPECT_EQ(s.total.longest_chain.back(), "n99999");
}

TEST(Stats, EmptyCurriculum) {
  const Curriculum c;
  const Stats s = compute_stats(c);
  EXPECT_EQ(s.total.notes, 0u);
  EXPECT_TRUE(s.total.longest_chain.empty());
  EXPECT_EQ(schema_errors(nlohmann::json::parse(render_stats(c, s, StatsFormat::json)), "stats.schema.json"), "");
  EXPECT_NE(render_stats(c, s, StatsFormat::text).find("longest prerequisite chain: none\n"), std::string::npos);
}

TEST(Stats, ExternalLinksHaveASchemeOrStartWithTwoSlashes) {
  const auto external = [](Link::Kind kind, const std::string& target) {
    Link l;
    l.kind = kind;
    l.target = target;
    return is_external_link(l);
  };
  EXPECT_TRUE(external(Link::Kind::link, "https://example.org"));
  EXPECT_TRUE(external(Link::Kind::autolink, "mailto:a@example.org"));
  EXPECT_TRUE(external(Link::Kind::link, "//cdn.example.org/x.js"));
  EXPECT_TRUE(external(Link::Kind::link, "git+ssh://host/repo"));
  EXPECT_FALSE(external(Link::Kind::link, "svd-qr-lu.md#the-svd"));
  EXPECT_FALSE(external(Link::Kind::link, "../03-linear-algebra/svd-qr-lu.md"));
  EXPECT_FALSE(external(Link::Kind::link, "#anchor"));
  EXPECT_FALSE(external(Link::Kind::link, "notes/a:b.md"));  // a colon after a '/' is not a scheme
  EXPECT_FALSE(external(Link::Kind::link, "1http://x"));     // a scheme starts with a letter
  EXPECT_FALSE(external(Link::Kind::link, ""));
  EXPECT_FALSE(external(Link::Kind::wiki, "https://example.org"));
}

TEST(Stats, CheckNamesEachFigureThatDiffers) {
  Curriculum c = load_fixture();
  const Stats s = compute_stats(c);
  EXPECT_EQ(check_expected(c, s), std::vector<std::string>{});
  c.config.expect = {{"notes", 6}, {"modules", 3}, {"parts", 1}, {"words", 9}};
  EXPECT_EQ(check_expected(c, s), (std::vector<std::string>{
                                      "np.yaml expects 6 notes, the curriculum has 4 (2 fewer; drafts excluded)",
                                      "np.yaml expects 1 part, the curriculum has 2 (1 more; drafts excluded)",
                                      "np.yaml expects 9 words, a figure np stats does not check (it checks notes, modules, parts)",
                                  }));
}

TEST(Stats, BadgesShortenLargeFigures) {
  Stats s;
  s.total.notes = 1234;
  s.total.words = 412345;
  s.total.modules = 2345678;
  s.total.reading_minutes = 2173;
  LintResult lint;
  lint.errors = 2;
  const auto badges = make_badges(s, lint);
  ASSERT_EQ(badges.size(), 6u);
  EXPECT_EQ(badges[0].json, "{\"schemaVersion\":1,\"label\":\"notes\",\"message\":\"1,234\",\"color\":\"blue\"}\n");
  EXPECT_EQ(badges[1].json, "{\"schemaVersion\":1,\"label\":\"modules\",\"message\":\"2.3M\",\"color\":\"blue\"}\n");
  EXPECT_EQ(badges[3].json, "{\"schemaVersion\":1,\"label\":\"words\",\"message\":\"412k\",\"color\":\"blue\"}\n");
  EXPECT_EQ(badges[4].json, "{\"schemaVersion\":1,\"label\":\"reading time\",\"message\":\"36 h 13 min\",\"color\":\"blue\"}\n");
  EXPECT_EQ(badges[5].json, "{\"schemaVersion\":1,\"label\":\"lint\",\"message\":\"2 errors\",\"color\":\"red\"}\n");
  lint.errors = 0;
  lint.warnings = 1;
  EXPECT_EQ(make_badges(s, lint)[5].json, "{\"schemaVersion\":1,\"label\":\"lint\",\"message\":\"1 warning\",\"color\":\"yellow\"}\n");
}

TEST(Stats, ReadingTimeFormat) {
  EXPECT_EQ(format_reading_time(0), "0 min");
  EXPECT_EQ(format_reading_time(59), "59 min");
  EXPECT_EQ(format_reading_time(60), "1 h 00 min");
  EXPECT_EQ(format_reading_time(412), "6 h 52 min");
}

TEST(Stats, CsvQuotesFieldsWithCommasAndQuotes) {
  Curriculum c = load_fixture();
  c.modules[0].title = "Say \"hi\", then";
  const std::string csv = render_stats(c, compute_stats(c), StatsFormat::csv);
  EXPECT_NE(csv.find(",\"Say \"\"hi\"\", then\","), std::string::npos) << csv;
}

}  // namespace
}  // namespace np::test
