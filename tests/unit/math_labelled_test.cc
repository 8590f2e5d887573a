// KaTeX labels np's expectations: tests/fixtures/math/labelled.json holds valid and invalid uses of
// every function, environment, symbol, macro, delimiter, unit and argument type of KaTeX's tables,
// each labelled by KaTeX itself (scripts/katex/gen-labelled.mjs). np's math checker must agree on
// every one: no formula KaTeX renders gets an error, every formula KaTeX rejects does. The few
// where np disagrees on purpose are in tests/fixtures/math/labelled-exceptions.txt, each with its
// reason, and that list must be exact.
#include <yaml-cpp/yaml.h>

#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "math/katex_table.h"
#include "np/math/parser.h"
#include "np/rule.h"
#include "test_support.h"

namespace np::test::math_labelled {
namespace {

const math::MacroTable& fixture_macros() {
  static const math::MacroTable table = [] {
    std::map<std::string, std::string> macros;
    for (const auto& m : YAML::Load(read_file(fixtures_dir() + "/math/np.yaml"))["katex"]["macros"])
      macros[m.first.as<std::string>()] = m.second.as<std::string>();
    return math::MacroTable(macros);
  }();
  return table;
}

// A formula as the exceptions file writes it: its TeX as a JSON string, then " display" for
// display math.
std::string key(const std::string& tex, bool display) { return nlohmann::json(tex).dump() + (display ? " display" : ""); }

// tests/fixtures/math/labelled-exceptions.txt: "# reason" lines, each followed by the formulas it
// explains, one per line ("## " lines are comments).
std::map<std::string, std::string> exceptions() {
  std::map<std::string, std::string> out;
  std::istringstream in(read_file(fixtures_dir() + "/math/labelled-exceptions.txt"));
  std::string line, reason;
  while (std::getline(in, line)) {
    if (line.empty() || line.rfind("##", 0) == 0) continue;  // a comment about the file
    if (line.rfind("# ", 0) == 0) {
      reason = line.substr(2);
      continue;
    }
    EXPECT_FALSE(reason.empty()) << "an exception without a reason: " << line;
    EXPECT_TRUE(out.emplace(line, reason).second) << "listed twice: " << line;
  }
  return out;
}

std::string describe(const std::vector<math::Issue>& issues) {
  std::string out;
  for (const auto& i : issues)
    if (math::is_error(i.code)) out += std::string(out.empty() ? "" : "; ") + std::string(rule_for(i.code).id) + ": " + i.message;
  return out.empty() ? "nothing" : out;
}

TEST(MathLabelled, IsGeneratedByTodaysKatex) {
  const auto j = nlohmann::json::parse(read_file(fixtures_dir() + "/math/labelled.json"));
  EXPECT_EQ(j["katex"], "0.19.1");
  EXPECT_EQ(j["katex"].get<std::string>(), std::string(math::katex::version()));
  EXPECT_GT(j["cases"].size(), 10000u);
}

TEST(MathLabelled, NpAgreesWithKatexOnEveryFormula) {
  const auto j = nlohmann::json::parse(read_file(fixtures_dir() + "/math/labelled.json"));
  const auto listed = exceptions();
  std::map<std::string, std::string> seen;  // key -> "ok"/"error", to find stale exceptions
  std::string unexpected;
  std::size_t rendered = 0, rejected = 0, excepted = 0;
  math::ParseWorkspace workspace;
  for (const auto& c : j["cases"]) {
    const std::string tex = c["tex"];
    const bool display = c.value("display", false);
    const bool katex_ok = c["katex"] == "ok";
    math::ParseOptions options;
    options.display = display;
    options.macros = &fixture_macros();
    const std::vector<math::Issue> issues = math::check_formula(tex, options, &workspace);
    const bool np_error = std::any_of(issues.begin(), issues.end(), [](const math::Issue& i) { return math::is_error(i.code); });
    (katex_ok ? rendered : rejected)++;
    if (np_error != katex_ok) continue;  // agreement
    const std::string k = key(tex, display);
    seen[k] = katex_ok ? "ok" : "error";
    if (listed.count(k)) {
      ++excepted;
      continue;
    }
    unexpected += "\n  " + k + ": KaTeX " + (katex_ok ? "renders it" : "rejects it (" + c.value("message", std::string()) + ")") +
                  ", np says " + describe(issues);
  }
  std::string stale;
  for (const auto& [k, reason] : listed)
    if (!seen.count(k)) stale += "\n  " + k + " (" + reason + ")";
  std::cout << "KaTeX-labelled: " << rendered << " rendered, " << rejected << " rejected, np agrees on all but " << excepted
            << " listed exceptions\n";
  EXPECT_EQ(unexpected, "") << "np disagrees with KaTeX and labelled-exceptions.txt does not list it";
  EXPECT_EQ(stale, "") << "listed in labelled-exceptions.txt, but np agrees with KaTeX (or the formula is gone): remove them";
}

}  // namespace
}  // namespace np::test::math_labelled
