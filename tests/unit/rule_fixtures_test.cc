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
    if (r->scope == Scope::export_) continue;  // np export's, not lint's: the exporters' tests (export_test.cc...)
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
    if (std::filesystem::exists(note + ".unreadable"))
      fs.add_unreadable("root/01-part/01-module/" + variant + ".md");
    else
      fs.add("root/01-part/01-module/" + variant + ".md", read_file(note));
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
  const bool triggered =
      std::any_of(result.diagnostics.begin(), result.diagnostics.end(), [&](const Diagnostic& d) { return d.rule == c.rule; });
  EXPECT_TRUE(triggered) << "bad fixture does not trigger " << c.rule << ":\n" << render_text(curriculum, result);
  expect_golden(dir + "/bad.expected", render_text(curriculum, result));

  // `np lint` keeps no note text (LoadOptions::keep_text) and checks math while loading: the same
  // report, positions and quoted lines included.
  const Curriculum lean = load_memory_for_lint(fs);
  for (const Note& n : lean.notes) {
    EXPECT_FALSE(n.readable && n.source.size() > 0 && n.source.has_text()) << n.source.path() << " kept its text";
  }
  EXPECT_EQ(render_text(lean, fs, run_lint(analyze(lean))), render_text(curriculum, result));
}

INSTANTIATE_TEST_SUITE_P(Rules, RuleFixture, testing::ValuesIn(cases()), case_name);

TEST(RuleRegistry, IsSortedAndEveryRuleIsDocumented) {
  const auto& rules = all_rules();
  for (std::size_t i = 1; i < rules.size(); ++i) {
    EXPECT_LT(rules[i - 1]->id, rules[i]->id);
  }
  for (const Rule* r : rules) {
    EXPECT_FALSE(r->summary.empty()) << r->id;
    EXPECT_GT(r->description.size(), 40u) << r->id;
    EXPECT_FALSE(r->bad_example.empty()) << r->id;
    EXPECT_FALSE(r->good_example.empty()) << r->id;
    EXPECT_EQ(find_rule(r->id), r);
  }
  EXPECT_EQ(find_rule("no-such-rule"), nullptr);
}

// Every fact the loader, the math parser or the link resolver can report is worded by exactly one
// rule: a new LoadProblem, IssueCode or LinkProblem without a rule that claims it fails here (and
// would throw in rule_for).
TEST(RuleRegistry, EveryFactIsClaimedByExactlyOneRule) {
  std::vector<std::vector<std::string>> load(kLoadProblemCount), math(math::kIssueCodeCount), link(kLinkProblemCount);
  for (const Rule* r : all_rules()) {
    for (const LoadProblem p : r->load_facts) {
      ASSERT_LT(static_cast<std::size_t>(p), kLoadProblemCount) << r->id;
      load[static_cast<std::size_t>(p)].emplace_back(r->id);
    }
    for (const math::IssueCode c : r->math_facts) {
      ASSERT_LT(static_cast<std::size_t>(c), math::kIssueCodeCount) << r->id;
      math[static_cast<std::size_t>(c)].emplace_back(r->id);
    }
    for (const LinkProblem p : r->link_facts) {
      ASSERT_LT(static_cast<std::size_t>(p), kLinkProblemCount) << r->id;
      ASSERT_NE(p, LinkProblem::none) << r->id << " claims a link without a problem";
      link[static_cast<std::size_t>(p)].emplace_back(r->id);
    }
  }
  for (std::size_t i = 0; i < kLoadProblemCount; ++i) {
    const auto p = static_cast<LoadProblem>(i);
    EXPECT_EQ(load[i].size(), 1u) << "LoadProblem::" << to_string(p) << " is claimed by " << testing::PrintToString(load[i]);
    if (load[i].size() == 1) {
      EXPECT_EQ(rule_for(p).id, load[i][0]);
    }
  }
  for (std::size_t i = 0; i < math::kIssueCodeCount; ++i) {
    const auto c = static_cast<math::IssueCode>(i);
    EXPECT_EQ(math[i].size(), 1u) << "IssueCode::" << to_string(c) << " is claimed by " << testing::PrintToString(math[i]);
    if (math[i].size() == 1) {
      EXPECT_EQ(rule_for(c).id, math[i][0]);
    }
  }
  for (std::size_t i = 1; i < kLinkProblemCount; ++i) {  // 0 is LinkProblem::none
    const auto p = static_cast<LinkProblem>(i);
    EXPECT_EQ(link[i].size(), 1u) << "LinkProblem::" << to_string(p) << " is claimed by " << testing::PrintToString(link[i]);
    if (link[i].size() == 1) {
      EXPECT_EQ(rule_for(p).id, link[i][0]);
    }
  }
  EXPECT_THROW(rule_for(LinkProblem::none), std::logic_error);
  // The counts are the enums' ends: the value after the last has no name.
  EXPECT_EQ(to_string(static_cast<LoadProblem>(kLoadProblemCount)), "unknown");
  EXPECT_EQ(to_string(static_cast<math::IssueCode>(math::kIssueCodeCount)), "unknown");
  EXPECT_EQ(to_string(static_cast<LinkProblem>(kLinkProblemCount)), "unknown");
  // A rule words facts or decides itself, never both; an export diagnostic does neither in lint.
  for (const Rule* r : all_rules()) {
    if (!r->load_facts.empty()) {
      EXPECT_EQ(r->check, nullptr) << r->id << ": the engine reports its load facts";
    }
    if (!r->math_facts.empty()) {
      EXPECT_NE(r->check, nullptr) << r->id << ": a math rule reports the findings it claims";
    }
    if (!r->link_facts.empty()) {
      EXPECT_NE(r->check, nullptr) << r->id << ": a link rule reports the links it claims";
      EXPECT_TRUE(r->load_facts.empty() && r->math_facts.empty()) << r->id;
    }
    if (r->scope == Scope::export_) {
      EXPECT_TRUE(r->check == nullptr && r->load_facts.empty() && r->math_facts.empty() && r->link_facts.empty()) << r->id;
    }
  }
}

// np export's diagnostics are registered (np explain documents them) but np.yaml cannot turn them
// off or down: lint.rules may name them and is ignored for them, and lint never reports them.
TEST(RuleRegistry, ExportRulesIgnoreNpYamlSeverities) {
  for (const std::string id : {"export-epub", "export-latex", "export-output", "export-plugin", "export-site"}) {
    const Rule* r = find_rule(id);
    ASSERT_NE(r, nullptr) << id;
    EXPECT_EQ(r->scope, Scope::export_);
    EXPECT_EQ(r->default_severity, Severity::error);
    Config config;
    for (const Severity s : {Severity::off, Severity::warning}) {
      config.rule_severity[id] = s;
      EXPECT_EQ(configured_severity(config, *r), Severity::error) << id;
    }
  }
  Config config;
  config.rule_severity["link-orphan"] = Severity::off;  // a lint rule still follows np.yaml
  EXPECT_EQ(configured_severity(config, *find_rule("link-orphan")), Severity::off);
}

}  // namespace
}  // namespace np::test
