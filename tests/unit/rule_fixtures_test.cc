// One parametrised test over tests/fixtures/rules/<rule-id>/: `bad.md` (or a `bad/` curriculum)
// must produce exactly the diagnostics in bad.expected, and must include the rule; `ok.md` (or
// `ok/`) must produce none at all. A .md fixture is placed in the scaffold curriculum
// (tests/fixtures/scaffold) as 01-part/01-module/<bad|ok>.md.
#include <algorithm>

#include "np/rule.h"
#include "test_support.h"

namespace np::test {
namespace {

// Rules whose fixtures need what the in-memory file system cannot show: covered elsewhere.
const std::map<std::string, std::string> kCoveredElsewhere = {
    {"code-error", "tests/cli/test.t (np test runs the blocks of tests/fixtures/code)"},
    {"code-output", "tests/cli/test.t (np test runs the blocks of tests/fixtures/code)"},
    {"code-timeout", "tests/cli/test.t (np test runs the blocks of tests/fixtures/code)"},
    {"structure-outside-root", "tests/cli/symlinks.t (a real symlink out of the root)"},
    {"structure-symlink-loop", "tests/cli/symlinks.t (a real symlink loop)"},
};

struct Case {
  std::string rule;
  std::string variant;  // "bad" or "ok"
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.rule << "/" << c.variant; }

std::string case_name(const testing::TestParamInfo<Case>& info) {
  std::string name = info.param.rule + "_" + info.param.variant;
  std::replace(name.begin(), name.end(), '-', '_');
  return name;
}

std::vector<Case> cases() {
  std::vector<Case> out;
  for (const Rule* r : all_rules()) {
    if (kCoveredElsewhere.count(std::string(r->id))) continue;
    out.push_back({std::string(r->id), "bad"});
    out.push_back({std::string(r->id), "ok"});
  }
  return out;
}

MemoryFileSystem fixture_tree(const std::string& rule, const std::string& variant) {
  const std::string dir = fixtures_dir() + "/rules/" + rule;
  MemoryFileSystem fs;
  if (std::filesystem::is_directory(dir + "/" + variant)) {
    add_tree(fs, dir + "/" + variant, "root");
  } else {
    add_tree(fs, fixtures_dir() + "/scaffold", "root");
    const std::string note = dir + "/" + variant + ".md";
    if (std::filesystem::exists(note + ".unreadable")) fs.add_unreadable("root/01-part/01-module/" + variant + ".md");
    else fs.add("root/01-part/01-module/" + variant + ".md", read_file(note));
  }
  return fs;
}

class RuleFixture : public testing::TestWithParam<Case> {};

TEST_P(RuleFixture, MatchesSnapshot) {
  const Case& c = GetParam();
  const std::string dir = fixtures_dir() + "/rules/" + c.rule;
  ASSERT_TRUE(std::filesystem::exists(dir + "/" + c.variant + ".md") || std::filesystem::exists(dir + "/" + c.variant + ".md.unreadable") ||
              std::filesystem::is_directory(dir + "/" + c.variant))
      << "rule " << c.rule << " has no " << c.variant << " fixture in " << dir;
  const MemoryFileSystem fs = fixture_tree(c.rule, c.variant);
  const Curriculum curriculum = load_memory(fs);
  const LintResult result = run_lint(analyze(curriculum));
  if (c.variant == "ok") {
    EXPECT_TRUE(result.diagnostics.empty()) << render_text(curriculum, result);
    const Curriculum lean = load_memory_for_lint(fs);
    EXPECT_TRUE(run_lint(analyze(lean)).diagnostics.empty());
    return;
  }
  const bool triggered = std::any_of(result.diagnostics.begin(), result.diagnostics.end(), [&](const Diagnostic& d) { return d.rule == c.rule; });
  EXPECT_TRUE(triggered) << "bad fixture does not trigger " << c.rule << ":\n" << render_text(curriculum, result);
  expect_golden(dir + "/bad.expected", render_text(curriculum, result));

  // `np lint` keeps no note text (LoadOptions::keep_text) and checks math while loading: the same
  // report, positions and quoted lines included.
  const Curriculum lean = load_memory_for_lint(fs);
  for (const Note& n : lean.notes) EXPECT_FALSE(n.readable && n.source.size() > 0 && n.source.has_text()) << n.source.path() << " kept its text";
  EXPECT_EQ(render_text(lean, fs, run_lint(analyze(lean))), render_text(curriculum, result));
}

INSTANTIATE_TEST_SUITE_P(Rules, RuleFixture, testing::ValuesIn(cases()), case_name);

TEST(RuleRegistry, IsSortedAndEveryRuleIsDocumented) {
  const auto& rules = all_rules();
  for (std::size_t i = 1; i < rules.size(); ++i) EXPECT_LT(rules[i - 1]->id, rules[i]->id);
  for (const Rule* r : rules) {
    EXPECT_FALSE(r->summary.empty()) << r->id;
    EXPECT_GT(r->description.size(), 40u) << r->id;
    EXPECT_FALSE(r->bad_example.empty()) << r->id;
    EXPECT_FALSE(r->good_example.empty()) << r->id;
    EXPECT_EQ(find_rule(r->id), r);
  }
  EXPECT_EQ(find_rule("no-such-rule"), nullptr);
}

}  // namespace
}  // namespace np::test
