// The loader on in-memory trees: bad inputs become findings, never crashes; positions are right
// with BOM, CRLF, tabs and multi-byte text; the result does not depend on the thread count.
#include <algorithm>
#include <stdexcept>

#include "np/markdown.h"
#include "test_support.h"

namespace np::test {
namespace {

MemoryFileSystem scaffold_with(const std::string& name, const std::string& text) {
  MemoryFileSystem fs;
  add_tree(fs, fixtures_dir() + "/scaffold", "root");
  fs.add("root/01-part/01-module/" + name, text);
  return fs;
}

std::string front_matter(const std::string& id, int order = 2) {
  return "---\nid: " + id + "\ntitle: T\norder: " + std::to_string(order) +
         "\nkind: note\nstatus: published\nsummary: S.\nupdated: 2026-01-01\n---\n";
}

std::vector<std::string> rules_of(const LintResult& r) {
  std::vector<std::string> out;
  for (const auto& d : r.diagnostics) out.push_back(d.rule + "@" + std::to_string(d.line) + ":" + std::to_string(d.column));
  return out;
}

TEST(Loader, FiftyMegabyteNoteIsReportedNotRead) {
  MemoryFileSystem fs = scaffold_with("huge.md", front_matter("huge") + std::string(50u << 20, 'x'));
  const Curriculum c = load_memory(fs);
  const LintResult r = run_lint(analyze(c));
  ASSERT_EQ(r.diagnostics.size(), 1u) << render_text(c, r);
  EXPECT_EQ(r.diagnostics[0].rule, "file-too-large");
  EXPECT_EQ(r.diagnostics[0].message, "'01-part/01-module/huge.md' is 50.0 MiB, larger than the 8.0 MiB limit");
}

TEST(Loader, UnreadableFileIsReportedAndOthersAreChecked) {
  MemoryFileSystem fs = scaffold_with("bad.md", front_matter("bad") + "\nkind: x\n");
  fs.add_unreadable("root/01-part/01-module/locked.md");
  fs.add("root/01-part/01-module/third.md", front_matter("third", 3) + "\n");
  fs.add("root/01-part/01-module/wrong.md",
         "---\nid: wrong\ntitle: T\norder: 4\nkind: nope\nstatus: published\nsummary: S.\nupdated: 2026-01-01\n---\n");
  const LintResult r = run_lint(analyze(load_memory(fs)));
  EXPECT_EQ(rules_of(r), (std::vector<std::string>{"file-unreadable@0:0", "frontmatter-schema@5:7"}));
}

TEST(Loader, ColumnsCountCodePointsAfterMultiByteText) {
  // 'BadTag' starts at byte 30 of its line but column 29: 'Ω' is two bytes.
  const std::string text =
      "---\r\nid: bad\r\ntitle: T\r\ntags: [linear-algebra, \"\xCE\xA9\", BadTag]\r\norder: 2\r\nkind: note\r\nstatus: "
      "published\r\nsummary: S.\r\nupdated: 2026-01-01\r\n---\r\n";
  const LintResult r = run_lint(analyze(load_memory(scaffold_with("bad.md", text))));
  EXPECT_EQ(rules_of(r), (std::vector<std::string>{"frontmatter-schema@4:24", "frontmatter-schema@4:29"}));
}

TEST(Loader, ByteOrderMarkDoesNotShiftColumns) {
  const std::string text =
      "\xEF\xBB\xBF---\nid: bad\ntitle: T\norder: 2\nkind: nope\nstatus: published\nsummary: S.\nupdated: 2026-01-01\n---\n";
  const LintResult r = run_lint(analyze(load_memory(scaffold_with("bad.md", text))));
  EXPECT_EQ(rules_of(r), (std::vector<std::string>{"frontmatter-schema@5:7"}));
}

TEST(Loader, BillionLaughsStopsAtTheNodeBudget) {
  std::string text =
      "---\nid: bad\ntitle: T\norder: 2\nkind: note\nstatus: published\nsummary: S.\nupdated: 2026-01-01\nx:\n  a: &a [lol, lol, lol, lol, "
      "lol, lol, lol, lol, lol, lol]\n";
  for (char c = 'b'; c <= 'j'; ++c) {
    text += std::string("  ") + c + ": &" + c + " [";
    for (int k = 0; k < 10; ++k) text += std::string(k ? ", " : "") + "*" + static_cast<char>(c - 1);
    text += "]\n";
  }
  text += "---\n";
  const LintResult r = run_lint(analyze(load_memory(scaffold_with("bad.md", text))));
  ASSERT_FALSE(r.diagnostics.empty());
  EXPECT_EQ(r.diagnostics[0].rule, "frontmatter-too-complex");
}

TEST(Loader, DeepNestingIsReportedNotAStackOverflow) {
  const std::string text = "---\nid: bad\nx: " + std::string(10000, '[') + std::string(10000, ']') + "\n---\n";
  const LintResult r = run_lint(analyze(load_memory(scaffold_with("bad.md", text))));
  ASSERT_FALSE(r.diagnostics.empty());
  EXPECT_EQ(r.diagnostics[0].rule, "frontmatter-too-complex");
}

TEST(Loader, EmptyAndFrontMatterOnlyFiles) {
  MemoryFileSystem fs = scaffold_with("empty.md", "");
  fs.add("root/01-part/01-module/only.md", front_matter("only", 2));
  const LintResult r = run_lint(analyze(load_memory(fs)));
  EXPECT_EQ(rules_of(r), (std::vector<std::string>{"frontmatter-missing@1:1"}));
  EXPECT_EQ(r.diagnostics[0].message, "empty note: no front matter");
}

TEST(Loader, NotesAreInCurriculumOrderWhateverTheirFileNames) {
  MemoryFileSystem fs = scaffold_with("a-last.md", front_matter("a-last", 3));
  fs.add("root/01-part/01-module/z-second.md", front_matter("z-second", 2));
  const Curriculum c = load_memory(fs);
  ASSERT_EQ(c.notes.size(), 3u);
  EXPECT_EQ(c.notes[0].id, "first");
  EXPECT_EQ(c.notes[1].id, "z-second");
  EXPECT_EQ(c.notes[2].id, "a-last");
  EXPECT_EQ(c.modules[0].notes, (std::vector<std::size_t>{0, 1, 2}));
}

TEST(Loader, ContentLintsCleanAndIdenticallyWithOneOrManyThreads) {
  RealFileSystem fs;
  const std::string root = source_dir() + "/content";
  auto load = [&](unsigned threads) {
    std::vector<Diagnostic> errors;
    auto config = load_config(fs, root, errors);
    EXPECT_TRUE(config.has_value());
    LoadOptions options;
    options.threads = threads;
    return load_curriculum(fs, root, std::move(*config), options);
  };
  const Curriculum one = load(1);
  const Curriculum many = load(8);
  // -j reaches the later parallel stages (link resolution and math checks run at lint time).
  EXPECT_EQ(one.threads, 1u);
  EXPECT_EQ(many.threads, 8u);
  const LintResult a = run_lint(analyze(one));
  const LintResult b = run_lint(analyze(many));
  EXPECT_EQ(render_text(one, a), render_text(many, b));
  EXPECT_EQ(a.errors, 0u) << render_text(one, a);
  EXPECT_EQ(one.notes.size(), 164u);
  EXPECT_EQ(one.modules.size(), 26u);
  EXPECT_EQ(one.parts.size(), 5u);
  for (std::size_t i = 0; i < one.notes.size(); ++i) EXPECT_EQ(one.notes[i].source.path(), many.notes[i].source.path());
}

TEST(GithubSlug, MatchesGithubHeadingAnchors) {
  EXPECT_EQ(github_slug("Hello World"), "hello-world");
  EXPECT_EQ(github_slug("SVD, QR & LU Decompositions"), "svd-qr--lu-decompositions");
  EXPECT_EQ(github_slug("The Eckart\xE2\x80\x93Young Theorem"), "the-eckartyoung-theorem");
  EXPECT_EQ(github_slug("snake_case and kebab-case"), "snake_case-and-kebab-case");
  EXPECT_EQ(github_slug("Caf\xC3\x89 \xCE\xA3igma"), "caf\xC3\xA9-\xCF\x83igma");
  EXPECT_EQ(github_slug("Why $x^2$?"), "why-x2");
}

TEST(MarkdownWalk, CollectsHeadingsLinksMathCodeAndComments) {
  const SourceFile f("n.md",
                     "## Intro\n\nSee [SVD](../svd.md#truncated) and [[svd-qr-lu|the note]], $x^2$ and\n\n$$\n\\frac{a}{b}\n$$\n\n"
                     "```python\nprint(1)\n```\n\n<!-- np-disable-next-line x -->\n![alt text](fig.png)\n\n## Intro\n");
  const BodyFacts facts = walk_markdown(f, 0, f.text().size());
  ASSERT_EQ(facts.headings.size(), 2u);
  EXPECT_EQ(facts.headings[0].anchor, "intro");
  EXPECT_EQ(facts.headings[1].anchor, "intro-1");
  ASSERT_EQ(facts.links.size(), 3u);
  EXPECT_EQ(facts.links[0].target, "../svd.md#truncated");
  EXPECT_EQ(f.position(facts.links[0].begin).column, 11);
  EXPECT_EQ(facts.links[1].kind, Link::Kind::wiki);
  EXPECT_EQ(facts.links[1].target, "svd-qr-lu");
  EXPECT_EQ(facts.links[2].kind, Link::Kind::image);
  EXPECT_EQ(facts.links[2].text, "alt text");
  ASSERT_EQ(facts.math.size(), 2u);
  EXPECT_EQ(facts.math[0].tex, "x^2");
  EXPECT_FALSE(facts.math[0].display);
  EXPECT_TRUE(facts.math[1].display);
  // md4c drops the line break after $$ and passes the one before $$ as a space of its own; the
  // walker writes the line break of the source (a % comment ends there).
  EXPECT_EQ(facts.math[1].tex, "\\frac{a}{b}\n");
  ASSERT_EQ(facts.code_blocks.size(), 1u);
  EXPECT_EQ(facts.code_blocks[0].language, "python");
  ASSERT_EQ(facts.comments.size(), 1u);
  EXPECT_EQ(facts.comments[0].text, " np-disable-next-line x ");
  // Intro, See, SVD, and, the, note, and, alt, text, Intro: link texts count, code and math do not.
  EXPECT_EQ(facts.words, 10u);
}

}  // namespace
}  // namespace np::test

namespace np::test {
namespace {

// YAML 1.2 core schema typing: what the schema sees for plain and quoted scalars.
TEST(YamlDocument, PlainScalarsAreTypedQuotedOnesAreStrings) {
  const SourceFile f("x.yaml", "a: 3\nb: \"3\"\nc: 2.5e3\nd: .5\ne: true\nf: ~\ng: 2026-01-01\nh: 1.2.3\ni: -7\nj: 0x1F\n");
  std::vector<YamlProblem> problems;
  const YamlDocument doc = parse_yaml(f, 0, f.text().size(), problems);
  ASSERT_TRUE(doc.parsed);
  EXPECT_TRUE(problems.empty());
  EXPECT_EQ(doc.value["a"], 3);
  EXPECT_EQ(doc.value["b"], "3");
  EXPECT_EQ(doc.value["c"], 2500.0);
  EXPECT_EQ(doc.value["d"], 0.5);
  EXPECT_EQ(doc.value["e"], true);
  EXPECT_TRUE(doc.value["f"].is_null());
  EXPECT_EQ(doc.value["g"], "2026-01-01");
  EXPECT_EQ(doc.value["h"], "1.2.3");
  EXPECT_EQ(doc.value["i"], -7);
  EXPECT_EQ(doc.value["j"], 31);
  EXPECT_EQ(f.position(doc.locate("/g").value_begin).column, 4);
  EXPECT_EQ(f.position(doc.locate("/g").key_begin).line, 7);
}

}  // namespace
}  // namespace np::test

namespace np::test {
namespace {

// Loaded as lint loads (no texts kept), a note is quoted from the file read again, and not quoted
// once it has changed on disk: its positions belong to the text np checked.
TEST(Loader, ReleasedNoteIsQuotedOnlyWhileUnchanged) {
  const std::string note = front_matter("a") + "See [b](missing.md).\n";
  MemoryFileSystem fs = scaffold_with("a.md", note);
  const Curriculum c = load_memory_for_lint(fs);
  const Note* a = c.find_note("a");
  ASSERT_NE(a, nullptr);
  ASSERT_FALSE(a->source.has_text());
  const LintResult r = run_lint(analyze(c));
  ASSERT_EQ(rules_of(r), (std::vector<std::string>{"link-missing-file@10:9"})) << render_text(c, fs, r);
  EXPECT_NE(render_text(c, fs, r).find(" 10 | See [b](missing.md).\n"), std::string::npos) << render_text(c, fs, r);
  fs.add("root/01-part/01-module/a.md", note + "edited\n");
  const std::string after = render_text(c, fs, r);
  EXPECT_NE(after.find("01-part/01-module/a.md:10:9: error"), std::string::npos) << after;
  EXPECT_EQ(after.find(" 10 | "), std::string::npos) << after;
}

// np lint PATHS checks the math only of the notes it reports on (LoadOptions::check_math_under).
// A selected note's broken formula is still found with its text released, and a note whose math
// was skipped cannot pass as clean: run_lint refuses to report on it.
TEST(Loader, MathIsCheckedOnlyUnderTheSelection) {
  MemoryFileSystem fs = scaffold_with("a.md", front_matter("a") + "\nA $\\frac{a}{b$.\n");
  fs.add("root/01-part/01-module/b.md", front_matter("b", 3) + "\nB $\\mathfrac{g}$.\n");
  const auto load_under = [&](std::vector<std::string> under) {
    std::vector<Diagnostic> errors;
    auto config = load_config(fs, "root", errors);
    EXPECT_TRUE(config.has_value());
    LoadOptions options = lint_load_options(config->config, 1);
    options.check_math_under = std::move(under);
    return load_curriculum(fs, "root", std::move(*config), options);
  };
  const Curriculum c = load_under({"01-part/01-module/a.md"});
  ASSERT_NE(c.find_note("a"), nullptr);
  ASSERT_NE(c.find_note("b"), nullptr);
  EXPECT_FALSE(c.find_note("a")->source.has_text());
  EXPECT_TRUE(c.find_note("a")->math_checked);
  EXPECT_FALSE(c.find_note("b")->math_checked);
  const LintResult r = run_lint(analyze(c), {"01-part/01-module/a.md"});
  EXPECT_EQ(rules_of(r), (std::vector<std::string>{"math-braces@11:12"})) << render_text(c, fs, r);
  EXPECT_EQ(r.errors, 1u);
  EXPECT_THROW(run_lint(analyze(c)), std::logic_error);
  EXPECT_THROW(run_lint(analyze(c), {"01-part/01-module/b.md"}), std::logic_error);

  // Everything: both formulas. A folder takes the notes under it, not a sibling sharing its prefix.
  EXPECT_EQ(rules_of(run_lint(analyze(load_under({})))), (std::vector<std::string>{"math-braces@11:12", "math-undefined-command@11:4"}));
  const Curriculum folder = load_under({"01-part/01-module"});
  EXPECT_TRUE(folder.find_note("a")->math_checked && folder.find_note("b")->math_checked);
  const Curriculum prefix = load_under({"01-part/01-mod", "01-part/01-module/a"});
  EXPECT_FALSE(prefix.find_note("a")->math_checked || prefix.find_note("b")->math_checked);
}

// Inputs the fuzzers found; each must load and validate without a sanitizer report, and reach the
// schema (an input that no longer parses would test nothing). The invalid-UTF-8 ones once reached
// valijson's UTF-8 counter (UB): np reports the string instead.
TEST(FuzzRegressions, FrontMatterInputsValidateCleanly) {
  static const SchemaSet schemas = SchemaSet::builtin();
  std::size_t inputs = 0;
  for (const auto& e : std::filesystem::directory_iterator(fixtures_dir() + "/fuzz-regressions")) {
    const std::string name = e.path().filename().string();
    if (name.rfind("front_matter-", 0) != 0) continue;
    ++inputs;
    const SourceFile file("f.md", read_file(e.path().string()));
    std::vector<YamlProblem> problems;
    const YamlDocument doc = parse_yaml(file, 0, file.text().size(), problems);
    ASSERT_TRUE(doc.parsed) << name << ": the input no longer reaches the schema";
    const auto violations = schemas.validate(SchemaKind::note, doc.value);
    if (name.find("invalid-utf8") != std::string::npos) {
      EXPECT_TRUE(
          std::any_of(violations.begin(), violations.end(), [](const auto& v) { return v.message.ends_with(": not valid UTF-8 text"); }))
          << name << " is not reported as invalid UTF-8";
    }
  }
  EXPECT_GT(inputs, 0u) << "no front_matter-* input in tests/fixtures/fuzz-regressions";
}

TEST(Schema, IllFormedUtf8StringsAreReportedNotValidated) {
  const auto violations = SchemaSet::builtin().validate(SchemaKind::note, nlohmann::json{{"id", std::string("a\xFF\xFF")}});
  ASSERT_FALSE(violations.empty());
  EXPECT_EQ(violations[0].message, "id: not valid UTF-8 text");
}

// np.yaml is loaded under a schema folder that checks nothing: the loader's own checks still
// refuse what would reach the exports (export.note_url, katex.macros, control characters).
std::vector<Diagnostic> config_errors(const std::string& np_yaml) {
  MemoryFileSystem fs;
  fs.add("root/np.yaml", "schemas: schemas\n" + np_yaml);
  fs.add("root/schemas/np.schema.json", "{\"type\": \"object\"}");
  std::vector<Diagnostic> errors;
  EXPECT_FALSE(load_config(fs, "root", errors).has_value()) << np_yaml;
  return errors;
}

std::string located(const std::vector<Diagnostic>& errors) {
  std::string out;
  for (const auto& d : errors) out += std::to_string(d.line) + ":" + std::to_string(d.column) + ": " + d.message + "\n";
  return out;
}

TEST(Config, NoteUrlIsAnHttpUrl) {
  const std::string book = "book: {title: T, language: en}\nexport:\n  note_url: ";
  EXPECT_EQ(located(config_errors(book + "42\n")), "4:13: export.note_url must be a string: an http(s) URL\n");
  EXPECT_EQ(located(config_errors(book + "'javascript:alert(1)//{id}'\n")),
            "4:13: export.note_url 'javascript:alert(1)//{id}' is not an http(s) URL: scheme 'javascript:' is not one np accepts (http, "
            "https, mailto)\n");
  EXPECT_EQ(located(config_errors(book + "'notes/{id}.html'\n")),
            "4:13: export.note_url 'notes/{id}.html' is not an http(s) URL: no scheme\n");
  EXPECT_EQ(located(config_errors(book + "'mailto:a@example.org'\n")),
            "4:13: export.note_url 'mailto:a@example.org' is not an http(s) URL: a note's page is a web page, not a mailto: address\n");
  // The built-in schema says it first, with the same place.
  MemoryFileSystem fs;
  fs.add("root/np.yaml", book + "42\n");
  std::vector<Diagnostic> errors;
  EXPECT_FALSE(load_config(fs, "root", errors).has_value());
  EXPECT_EQ(located(errors), "3:13: export.note_url: expected a string, found integer 42\n");
  fs.add("root/np.yaml", book + "https://example.org/notes/{id}\n");
  errors.clear();
  const auto config = load_config(fs, "root", errors);
  ASSERT_TRUE(config.has_value()) << located(errors);
  EXPECT_EQ(config->config.note_url, "https://example.org/notes/{id}");
}

TEST(Config, MacrosOffTheAllowlistAreRefusedWhereTheyAreWritten) {
  const std::string book = "book: {title: T, language: en}\nkatex:\n  macros:\n";
  EXPECT_EQ(located(config_errors(book + "    '\\Huge': '\\UseName{directlua}{x}'\n    '\\ok': '\\mathbb{R}'\n")),
            "5:5: katex.macros: '\\Huge' is a command LaTeX already defines: a macro may not replace it\n");
  EXPECT_EQ(located(config_errors(book + "    '\\leak': '\\LVerbatimInput{/etc/passwd}'\n")),
            "5:14: katex.macros: '\\leak': '\\LVerbatimInput' is not a command np lets into the LaTeX export\n");
  EXPECT_EQ(located(config_errors(book + "    '\\n': 3\n")), "5:11: katex.macros: '\\n' must be TeX in a string\n");
  EXPECT_EQ(located(config_errors("book: {title: T, language: en}\nkatex: {macros: [x]}\n")),
            "3:17: katex.macros must be a mapping of macro names to TeX\n");
}

TEST(Config, ControlCharactersInNpYamlAreRefused) {
  EXPECT_EQ(located(config_errors("book: {title: \"T\\x01\", language: en}\n")),
            "2:15: np.yaml: book.title holds the control character U+0001 (a YAML escape)\n");
  EXPECT_EQ(located(config_errors("book: {title: T\x7f, language: en}\n")), "2:16: np.yaml contains the control character U+007F\n");
}

}  // namespace
}  // namespace np::test
