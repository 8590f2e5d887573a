// Pre-commit precision (np/changes.h): links in other files that a change to PATHS broke are
// reported, first with previous versions given in memory, then end to end through git and the np
// binary in a temporary repository.
#include "np/changes.h"

#include <stdexcept>

#include "test_support.h"

namespace np::test {
namespace {

std::string note(const std::string& id, int order, const std::string& body, const std::string& prerequisites = "") {
  return "---\nid: " + id + "\ntitle: " + id + "\norder: " + std::to_string(order) + "\nkind: note\nstatus: review\n" +
         (prerequisites.empty() ? "" : "prerequisites: [" + prerequisites + "]\n") + "summary: A note.\nupdated: 2026-01-01\n---\n\n" +
         body;
}

const std::string kLinking =
    "See [the method](target.md#old-method), [[old-id]], [[old-id#old-method]], [the data](figures/data.csv),\n"
    "[the removed note](removed.md) and [a link broken before](never-there.md).\n";

void add_scaffold(MemoryFileSystem& fs) {
  fs.add("root/np.yaml", "book:\n  title: T\n  language: en\n");
  fs.add("root/01-p/part.yaml", "order: 1\ntitle: P\n");
  fs.add("root/01-p/01-m/module.yaml", "number: 1\ntitle: M\nsummary: M.\n");
}

TEST(ProvidedBy, PathsIdsAndAnchorsOfPreviousVersions) {
  const ProvidedTargets p = provided_by({{"01-p/01-m/target.md", note("old-id", 2, "## Old method\n\n<a id=\"x\"></a>\n")},
                                         {"01-p/01-m/figures/data.csv", ""},
                                         {"01-p/01-m/broken.md", "not a note: no front matter, \xFF invalid UTF-8"}});
  EXPECT_EQ(p.paths.size(), 3u);
  EXPECT_EQ(p.ids.at("old-id"), "01-p/01-m/target.md");
  EXPECT_EQ(p.anchors.count("01-p/01-m/target.md#old-method"), 1u);
  EXPECT_EQ(p.anchors.count("01-p/01-m/target.md#x"), 1u);
  EXPECT_EQ(p.ids.size(), 1u);
}

// np lint --staged of a change to notes only checks the math of the changed notes in both trees
// (LoadOptions::check_math_under): it reports what checking every note reports. An unchanged note's
// formula error, and its suppression of another, are the same in both trees and dropped either way.
TEST(StagedFindings, MathOfUnchangedNotesIsNotCheckedAndChangesNothing) {
  MemoryFileSystem head, index;
  add_scaffold(head);
  add_scaffold(index);
  const std::string b = note("b", 2, "An old error $x^a^b$.\n\n<!-- np-disable-next-line math-braces -->\nSuppressed $\\frac{a}{b$.\n");
  head.add("root/01-p/01-m/b.md", b);
  index.add("root/01-p/01-m/b.md", b);
  head.add("root/01-p/01-m/a.md", note("a", 1, "Fine $x$.\n"));
  index.add("root/01-p/01-m/a.md", note("a", 1, "Broken $e^$.\n"));
  const std::set<std::string> changed{"01-p/01-m/a.md"};
  const auto load_lint = [](const MemoryFileSystem& fs, std::vector<std::string> under) {
    std::vector<Diagnostic> errors;
    auto config = load_config(fs, "root", errors);
    EXPECT_TRUE(config.has_value());
    LoadOptions options = lint_load_options(config->config, 1);
    options.check_math_under = std::move(under);
    return load_curriculum(fs, "root", std::move(*config), options);
  };
  const auto found = [](const LintResult& r) {
    std::string out;
    for (const auto& d : r.diagnostics)
      out += d.file + ":" + std::to_string(d.line) + ":" + std::to_string(d.column) + " " + d.rule + " " + d.message + "\n";
    return out;
  };
  const LintResult every = staged_findings(run_lint(analyze(load_lint(index, {}))), run_lint(analyze(load_lint(head, {}))), changed);
  const Curriculum after = load_lint(index, {changed.begin(), changed.end()});
  const Curriculum before = load_lint(head, {changed.begin(), changed.end()});
  ASSERT_NE(after.find_note("b"), nullptr);
  EXPECT_FALSE(after.find_note("b")->math_checked);
  const Analysis after_analysis = analyze(after), before_analysis = analyze(before);
  const LintResult changed_only = staged_findings(after_analysis, &before_analysis, changed);
  EXPECT_EQ(found(changed_only), found(every));
  EXPECT_EQ(found(changed_only), "01-p/01-m/a.md:11:10 math-missing-argument '^' has nothing to attach: a superscript is missing\n");
  EXPECT_EQ(changed_only.files_checked, 1u);
  // Without HEAD everything is new, the math of every note too: the skipped math is refused, never
  // taken as clean.
  EXPECT_THROW(staged_findings(after_analysis, nullptr, changed), std::logic_error);
  EXPECT_THROW(run_lint(after_analysis), std::logic_error);
}

TEST(BrokenByChange, ReportsLinksElsewhereThatTheChangeBroke) {
  MemoryFileSystem fs;
  add_scaffold(fs);
  fs.add("root/01-p/01-m/target.md", note("new-id", 1, "## New method\n"));
  fs.add("root/01-p/01-m/linking.md", note("linking", 2, kLinking, "old-id"));
  const Curriculum c = load_memory(fs);
  const ProvidedTargets previous = provided_by({{"01-p/01-m/target.md", note("old-id", 1, "## Old method\n")},
                                                {"01-p/01-m/removed.md", note("removed", 3, "Text.\n")},
                                                {"01-p/01-m/figures/data.csv", ""}});
  const LintResult result = run_lint(analyze(c), {"01-p/01-m/target.md"}, previous);
  std::string messages;
  for (const auto& d : result.diagnostics)
    messages += d.file + ":" + std::to_string(d.line) + ":" + std::to_string(d.column) + " " + d.rule + " " + d.message + "\n";
  EXPECT_EQ(
      messages,
      "01-p/01-m/linking.md:7:17 prerequisite-unknown unknown prerequisite 'old-id': no note has this id (broken by the change to "
      "'01-p/01-m/target.md')\n"
      "01-p/01-m/linking.md:12:18 link-missing-anchor link to 'target.md#old-method': '01-p/01-m/target.md' has no heading or HTML id with "
      "anchor '#old-method' (broken by the change to '01-p/01-m/target.md')\n"
      "01-p/01-m/linking.md:12:43 link-unknown-id wiki link to unknown note id 'old-id' (broken by the change to '01-p/01-m/target.md')\n"
      "01-p/01-m/linking.md:12:55 link-unknown-id wiki link to unknown note id 'old-id' (broken by the change to '01-p/01-m/target.md')\n"
      "01-p/01-m/linking.md:12:87 link-missing-file link to 'figures/data.csv': no such file ('01-p/01-m/figures/data.csv' from the "
      "curriculum root) (broken by the change to '01-p/01-m/figures/data.csv')\n"
      "01-p/01-m/linking.md:13:20 link-missing-file link to 'removed.md': no such file ('01-p/01-m/removed.md' from the curriculum root) "
      "(broken by the change to '01-p/01-m/removed.md')\n"
      "01-p/01-m/target.md:2:5 frontmatter-id-filename note id 'new-id' does not match its file name 'target.md'\n");
  // Without previous versions only the selected file is reported.
  const LintResult alone = run_lint(analyze(c), {"01-p/01-m/target.md"});
  ASSERT_EQ(alone.diagnostics.size(), 1u);
  EXPECT_EQ(alone.diagnostics[0].rule, "frontmatter-id-filename");
}

TEST(PreviousVersions, QuietlyOffOutsideAGitWorkTree) {
  const std::string dir = testing::TempDir() + "np-not-a-repo";
  std::filesystem::create_directories(dir);
  EXPECT_TRUE(previous_versions_from_git(dir, {"a.md"}).empty());
  EXPECT_TRUE(previous_versions_from_git(dir + "/does-not-exist", {"a.md"}).empty());
}

int sh(const std::string& script) {
  // The test may itself run under a git hook: the temporary repository must not be confused with it.
  return std::system(("unset GIT_DIR GIT_INDEX_FILE GIT_WORK_TREE GIT_PREFIX; set -e; " + script).c_str());
}

void write(const std::string& path, const std::string& text) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

// A real repository: commit a curriculum, rename a heading, an id and a file, stage the change,
// and run `np lint` on the staged paths as pre-commit would.
TEST(PreviousVersions, PreCommitReportsLinksTheStagedChangeBroke) {
  if (std::system("git --version >/dev/null 2>&1") != 0) GTEST_SKIP() << "git is not installed";
  const std::string repo = testing::TempDir() + "np-precommit";
  std::filesystem::remove_all(repo);
  const std::string root = repo + "/content";
  write(root + "/np.yaml", "book:\n  title: T\n  language: en\n");
  write(root + "/01-p/part.yaml", "order: 1\ntitle: P\n");
  write(root + "/01-p/01-m/module.yaml", "number: 1\ntitle: M\nsummary: M.\n");
  write(root + "/01-p/01-m/target.md", note("old-id", 1, "## Old method\n"));
  write(root + "/01-p/01-m/removed.md", note("removed", 3, "Text.\n"));
  write(root + "/01-p/01-m/figures/data.csv", "x\n");
  write(root + "/01-p/01-m/linking.md", note("linking", 2, kLinking, "old-id"));
  const std::string git = "git -C '" + repo + "' -c user.name=np -c user.email=np@example.org -c init.defaultBranch=main ";
  ASSERT_EQ(sh(git + "init -q && " + git + "add -A && " + git + "commit -q -m initial"), 0);

  EXPECT_EQ(previous_versions_from_git(root, {"01-p/01-m/target.md"}).size(), 1u);
  write(root + "/01-p/01-m/target.md", note("new-id", 1, "## New method\n"));
  ASSERT_EQ(sh(git + "mv content/01-p/01-m/figures/data.csv content/01-p/01-m/figures/table.csv && " + git +
               "rm -q content/01-p/01-m/removed.md && " + git + "add -A"),
            0);
  const auto previous = previous_versions_from_git(root, {"01-p/01-m/target.md"});
  std::vector<std::string> paths;
  for (const auto& f : previous) paths.push_back(f.path);
  std::sort(paths.begin(), paths.end());
  EXPECT_EQ(paths, (std::vector<std::string>{"01-p/01-m/figures/data.csv", "01-p/01-m/removed.md", "01-p/01-m/target.md"}));

  // pre-commit runs the hook from the repository's top folder with the staged files as PATHS.
  const std::string out = repo + "/out.txt";
  const int status = sh("cd '" + repo + "' && '" + std::string(NP_BINARY) +
                        "' lint --root content --color never content/01-p/01-m/target.md >'" + out + "' || rc=$?; test \"$rc\" -eq 1");
  const std::string text = read_file(out);
  EXPECT_EQ(status, 0) << text;
  for (const char* expected :
       {"content/01-p/01-m/linking.md:12:18: error: link to 'target.md#old-method'",
        "content/01-p/01-m/linking.md:12:43: error: wiki link to unknown note id 'old-id' (broken by the change to '01-p/01-m/target.md')",
        "content/01-p/01-m/linking.md:12:87: error: link to 'figures/data.csv'", "(broken by the change to '01-p/01-m/figures/data.csv')",
        "content/01-p/01-m/linking.md:13:20: error: link to 'removed.md'",
        "content/01-p/01-m/linking.md:7:17: error: unknown prerequisite 'old-id'", "6 errors, 1 warning in 2 files (1 file checked)"})
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
  // The link that was broken before the change is not this change's doing.
  EXPECT_EQ(text.find("link to 'never-there.md'"), std::string::npos) << text;
  // np only read the repository: the index still holds the staged change.
  ASSERT_EQ(sh(git + "diff --cached --name-only > '" + out + "'"), 0);
  EXPECT_NE(read_file(out).find("content/01-p/01-m/target.md"), std::string::npos);
}

}  // namespace
}  // namespace np::test
