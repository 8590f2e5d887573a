#include "np/rule_docs.h"

#include "test_support.h"

namespace np::test {
namespace {

// The text of rule_markdown() between `prefix` and the next '`'.
std::string quoted_after(const std::string& doc, const std::string& prefix) {
  const auto at = doc.find(prefix);
  if (at == std::string::npos) return "";
  const auto begin = at + prefix.size();
  return doc.substr(begin, doc.find('`', begin) - begin);
}

// Every file under libnpcore/ (sources and headers), by path relative to the source tree.
std::map<std::string, std::string> library_files() {
  std::map<std::string, std::string> out;
  for (const auto& e : std::filesystem::recursive_directory_iterator(source_dir() + "/libnpcore")) {
    const std::string ext = e.path().extension().string();
    if (e.is_regular_file() && (ext == ".cc" || ext == ".h"))
      out[std::filesystem::relative(e.path(), source_dir()).generic_string()] = read_file(e.path().string());
  }
  return out;
}

}  // namespace

// docs/rules.md is generated from the rule table; regenerate with NP_UPDATE_GOLDENS=1.
TEST(RuleDocs, DocsRulesMdIsUpToDate) {
  std::string path = source_dir();  // not source_dir() + "...": GCC 12's false -Warray-bounds (PR 105329)
  path += "/docs/rules.md";
  expect_golden(path, rules_markdown());
}

// What a rule's doc says about where it lives is true: the Source file defines the rule object
// with that id; "Decided in" names the file whose check or report uses that object; "Facts" names
// the loader file that writes each LoadProblem, or the math parser's IssueCodes.
TEST(RuleDocs, EveryRuleSourceFileExists) {
  const auto files = library_files();
  std::string math_sources;
  for (const auto& [path, text] : files)
    if (path.starts_with("libnpcore/src/math/")) math_sources += text;
  for (const Rule* r : all_rules()) {
    const std::string id(r->id);
    const std::string doc = rule_markdown(*r);
    const std::string source = quoted_after(doc, "Source: `");
    ASSERT_TRUE(files.count(source)) << id << " -> " << source;
    std::string object = id;
    std::replace(object.begin(), object.end(), '-', '_');
    const std::string& text = files.at(source);
    const auto begin = text.find("const Rule " + object + "{\n    .id = \"" + id + "\",\n");
    ASSERT_NE(begin, std::string::npos) << source << " does not define rules::" << object << " with .id = \"" << id << "\"";
    const std::string definition = text.substr(begin, text.find("\n};\n", begin) - begin);

    if (const std::string decided = quoted_after(doc, "Decided in: `"); !decided.empty()) {
      ASSERT_TRUE(files.count(decided)) << id << " -> " << decided;
      if (decided == source) {
        EXPECT_NE(definition.find("\n    .check = "), std::string::npos) << id << ": decided in its own file, without a check";
      } else
        EXPECT_NE(files.at(decided).find("rules::" + object), std::string::npos) << decided << " never reports rules::" << object;
    } else {
      ASSERT_NE(doc.find("Facts: "), std::string::npos) << id << " says neither where it is decided nor its facts";
    }
    for (const LoadProblem p : r->load_facts) {
      const std::string written = "LoadProblem::" + std::string(to_string(p));
      EXPECT_NE(doc.find("`" + written + "`"), std::string::npos) << id;
      EXPECT_NE(files.at(std::string(source_of(p))).find(written), std::string::npos) << source_of(p) << " never writes " << written;
    }
    for (const math::IssueCode c : r->math_facts) {
      const std::string written = "IssueCode::" + std::string(to_string(c));
      EXPECT_NE(doc.find("`" + written + "`"), std::string::npos) << id;
      EXPECT_NE(math_sources.find(written), std::string::npos) << "the math parser never reports " << written;
    }
    for (const LinkProblem p : r->link_facts) {
      const std::string written = "LinkProblem::" + std::string(to_string(p));
      EXPECT_NE(doc.find("`" + written + "`"), std::string::npos) << id;
      EXPECT_NE(files.at("libnpcore/src/links/resolve_links.cc").find(written), std::string::npos)
          << "the link resolver never reports " << written;
      EXPECT_NE(definition.find("\n    .check = "), std::string::npos) << id << ": a link rule's check words its facts";
    }
  }
}

// A reader goes from an id to its decision in one hop: the library spells each rule id only where
// the rule object is defined; everyone else names the object (rules::link_orphan) or its facts.
TEST(RuleDocs, NoRuleIdIsSpelledOutsideItsRuleFile) {
  const auto files = library_files();
  for (const Rule* r : all_rules()) {
    const std::string source = quoted_after(rule_markdown(*r), "Source: `");
    for (const auto& [path, text] : files) {
      if (path != source) {
        EXPECT_EQ(text.find("\"" + std::string(r->id) + "\""), std::string::npos) << path << " spells \"" << r->id << "\"";
      }
    }
  }
}

}  // namespace np::test
