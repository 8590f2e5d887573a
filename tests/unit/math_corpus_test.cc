// Agreement with KaTeX: tests/fixtures/math/corpus.json holds formulas with KaTeX's verdict on
// each (scripts/katex/gen-corpus.mjs runs the katex package). np must reject exactly the
// formulas KaTeX rejects, warn wherever KaTeX's strict mode warns, and report the rule a
// hand-written case names.
#include <yaml-cpp/yaml.h>

#include <nlohmann/json.hpp>

#include "np/math/parser.h"
#include "np/rule.h"
#include "test_support.h"

// A namespace of its own: helper names stay apart in a unity build.
namespace np::test::math_corpus {
namespace {

struct CorpusCase {
  std::string tex;
  bool display = false, macros = false, katex_ok = true;
  std::string message, rule;
  std::vector<std::string> strict;
};

const nlohmann::json& corpus() {
  static const nlohmann::json j = nlohmann::json::parse(read_file(fixtures_dir() + "/math/corpus.json"));
  return j;
}

std::vector<CorpusCase> cases() {
  std::vector<CorpusCase> out;
  for (const auto& c : corpus()["cases"]) {
    CorpusCase k;
    k.tex = c["tex"];
    k.display = c.value("display", false);
    k.macros = c.value("macros", false);
    k.katex_ok = c["katex"] == "ok";
    k.message = c.value("message", "");
    k.rule = c.value("rule", "");
    if (c.contains("strict"))
      for (const auto& s : c["strict"]) k.strict.push_back(s);
    out.push_back(std::move(k));
  }
  return out;
}

const math::MacroTable& fixture_macros() {
  static const math::MacroTable table = [] {
    std::map<std::string, std::string> macros;
    for (const auto& m : YAML::Load(read_file(fixtures_dir() + "/math/np.yaml"))["katex"]["macros"])
      macros[m.first.as<std::string>()] = m.second.as<std::string>();
    return math::MacroTable(macros);
  }();
  return table;
}

std::string describe(const std::vector<math::Issue>& issues) {
  std::string out;
  for (const auto& i : issues)
    out += "\n  " + std::string(rule_for(i.code).id) + " [" + std::to_string(i.begin) + "," + std::to_string(i.end) + "): " + i.message;
  return out.empty() ? " (none)" : out;
}

TEST(MathCorpus, IsTheGeneratedOne) {
  EXPECT_EQ(corpus()["katex"], "0.19.1");
  EXPECT_GT(corpus()["cases"].size(), 1000u);
}

TEST(MathCorpus, AgreesWithKatex) {
  std::size_t disagreements = 0, checked = 0;
  for (const CorpusCase& c : cases()) {
    math::ParseOptions options;
    options.display = c.display;
    if (c.macros) options.macros = &fixture_macros();
    const std::vector<math::Issue> issues = math::check_formula(c.tex, options);
    const math::ParseResult result = math::parse(c.tex, options);
    ++checked;
    const bool np_ok = !result.error.has_value();
    if (np_ok != c.katex_ok) {
      ++disagreements;
      ADD_FAILURE() << (c.display ? "$$" : "$") << c.tex << (c.display ? "$$" : "$") << ": KaTeX says "
                    << (c.katex_ok ? "ok" : "error: " + c.message) << ", np says" << describe(issues);
      continue;
    }
    // Where KaTeX's strict mode warns, np warns (or errs).
    if (!c.strict.empty() && c.katex_ok) {
      EXPECT_FALSE(issues.empty()) << c.tex << ": KaTeX's strict mode reports " << c.strict[0] << ", np nothing";
    }
    if (!c.rule.empty()) {
      const bool found = std::any_of(issues.begin(), issues.end(), [&](const math::Issue& i) { return rule_for(i.code).id == c.rule; });
      EXPECT_TRUE(found) << c.tex << ": expected " << c.rule << ", np says" << describe(issues);
    }
  }
  EXPECT_EQ(disagreements, 0u) << "of " << checked;
}

// A hand-written case names an error rule only where KaTeX rejects the formula (or the rule is
// np's policy), and a warning rule only where KaTeX renders it: the corpus is consistent.
TEST(MathCorpus, HandWrittenRulesMatchKatexVerdicts) {
  for (const CorpusCase& c : cases()) {
    if (c.rule.empty()) continue;
    const bool policy = c.rule == "math-unsafe-command" || c.rule == "math-unsafe-url";
    const bool warning = c.rule == "math-blackboard-digit" || c.rule == "math-cases-columns" || c.rule == "math-unicode-text" ||
                         c.rule == "math-ascii-dots" || c.rule == "math-unbraced-script" || c.rule == "math-left-right-linebreak" ||
                         c.rule == "math-percent-comment" || c.rule == "math-latex-incompatible";
    if (warning) {
      EXPECT_TRUE(c.katex_ok) << c.tex << " (" << c.rule << ") should render";
    } else if (!policy) {
      EXPECT_FALSE(c.katex_ok) << c.tex << " (" << c.rule << ") should be rejected by KaTeX";
    }
  }
}

}  // namespace
}  // namespace np::test::math_corpus
