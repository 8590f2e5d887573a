#include "np/rule_docs.h"

#include "test_support.h"

namespace np::test {

// docs/rules.md is generated from the rule table; regenerate with NP_UPDATE_GOLDENS=1.
TEST(RuleDocs, DocsRulesMdIsUpToDate) {
  std::string path = source_dir();  // not source_dir() + "...": GCC 12's false -Warray-bounds (PR 105329)
  path += "/docs/rules.md";
  expect_golden(path, rules_markdown());
}

TEST(RuleDocs, EveryRuleSourceFileExists) {
  for (const Rule* r : all_rules()) {
    const std::string doc = rule_markdown(*r);
    const auto begin = doc.find("Source: `") + 9;
    const std::string path = doc.substr(begin, doc.find('`', begin) - begin);
    EXPECT_TRUE(std::filesystem::exists(source_dir() + "/" + path)) << r->id << " -> " << path;
    EXPECT_NE(read_file(source_dir() + "/" + path).find("\"" + std::string(r->id) + "\""), std::string::npos)
        << r->id << " is not defined in " << path;
  }
}

}  // namespace np::test
