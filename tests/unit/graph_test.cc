// The prerequisite graph (np/graph.h): goldens of each format from tests/fixtures/graph, the
// filters, cycles, and the DOT output rendered by Graphviz when it is installed.
#include "np/graph.h"

#include <cstdio>

#include "test_support.h"

namespace np::test {
namespace {

const std::string kGraphDir = fixtures_dir() + "/graph";

Curriculum graph_fixture() {
  MemoryFileSystem fs;
  add_tree(fs, kGraphDir + "/curriculum", "root");
  return load_memory(fs);
}

GraphFilter filter(const Curriculum& c, const std::string& module, const std::string& focus) {
  GraphFilter f;
  std::string error;
  EXPECT_TRUE(make_graph_filter(c, module, focus, f, error)) << error;
  return f;
}

TEST(PrerequisiteGraph, FormatsMatchGoldens) {
  const Curriculum c = graph_fixture();
  ASSERT_EQ(run_lint(analyze(c)).diagnostics.size(), 0u) << render_text(c, run_lint(analyze(c)));
  const PrerequisiteGraph all = prerequisite_graph(c);
  expect_golden(kGraphDir + "/all.dot", render_graph(c, all, GraphFormat::dot));
  expect_golden(kGraphDir + "/all.mmd", render_graph(c, all, GraphFormat::mermaid));
  expect_golden(kGraphDir + "/all.json", render_graph(c, all, GraphFormat::json));
  expect_golden(kGraphDir + "/module-calculus.mmd",
                render_graph(c, prerequisite_graph(c, filter(c, "02-calculus", "")), GraphFormat::mermaid));
  expect_golden(kGraphDir + "/focus-gradients.dot", render_graph(c, prerequisite_graph(c, filter(c, "", "gradients")), GraphFormat::dot));
}

std::vector<std::string> ids(const Curriculum& c, const PrerequisiteGraph& g, bool context) {
  std::vector<std::string> out;
  for (const auto& n : g.nodes)
    if (n.context == context) out.push_back(c.notes[n.note].id);
  return out;
}

TEST(PrerequisiteGraph, Filters) {
  const Curriculum c = graph_fixture();
  const PrerequisiteGraph module = prerequisite_graph(c, filter(c, "2", ""));  // a module by its number
  EXPECT_EQ(ids(c, module, false), (std::vector<std::string>{"derivatives", "gradients", "hessians"}));
  EXPECT_EQ(ids(c, module, true), (std::vector<std::string>{"vectors", "matrices"}));
  EXPECT_EQ(module.edges.size(), 5u);

  const PrerequisiteGraph focus = prerequisite_graph(c, filter(c, "", "hessians"));
  EXPECT_EQ(ids(c, focus, false), (std::vector<std::string>{"vectors", "matrices", "derivatives", "gradients", "hessians"}));
  EXPECT_TRUE(ids(c, focus, true).empty());

  // Both: what hessians needs inside its module, with the prerequisites from elsewhere as context.
  const PrerequisiteGraph both = prerequisite_graph(c, filter(c, "01-basics/02-calculus", "gradients"));
  EXPECT_EQ(ids(c, both, false), (std::vector<std::string>{"derivatives", "gradients"}));
  EXPECT_EQ(ids(c, both, true), (std::vector<std::string>{"vectors"}));

  GraphFilter f;
  std::string error;
  EXPECT_FALSE(make_graph_filter(c, "", "gradient", f, error));
  EXPECT_EQ(error, "no note with id 'gradient'; did you mean 'gradients'?");
  EXPECT_FALSE(make_graph_filter(c, "02-calculs", "", f, error));
  EXPECT_EQ(error, "no module '02-calculs'; did you mean '02-calculus'?");
}

MemoryFileSystem cycle_tree(const std::vector<std::pair<std::string, std::string>>& notes) {
  MemoryFileSystem fs;
  fs.add("root/np.yaml", "book:\n  title: T\n  language: en\n");
  fs.add("root/01-p/part.yaml", "order: 1\ntitle: P\n");
  fs.add("root/01-p/01-m/module.yaml", "number: 1\ntitle: M\nsummary: M.\n");
  int order = 1;
  for (const auto& [id, prerequisites] : notes)
    fs.add("root/01-p/01-m/" + id + ".md", "---\nid: " + id + "\ntitle: " + id + "\norder: " + std::to_string(order++) +
                                               "\nkind: note\nstatus: review\nprerequisites: [" + prerequisites +
                                               "]\nsummary: S.\nupdated: 2026-01-01\n---\n");
  return fs;
}

TEST(PrerequisiteGraph, CyclesInOrderOnePerComponent) {
  // a -> b -> c -> a, and d <-> e; f needs a but is on no cycle; g needs itself (prerequisite-self).
  const MemoryFileSystem fs = cycle_tree({{"a", "b"}, {"b", "c"}, {"c", "a, b"}, {"d", "e"}, {"e", "d"}, {"f", "a"}, {"g", "g"}});
  const Curriculum c = load_memory(fs);
  std::vector<std::string> cycles;
  for (const auto& cycle : prerequisite_cycles(c)) {
    std::string s;
    for (const std::size_t n : cycle) s += c.notes[n].id + " ";
    cycles.push_back(s);
  }
  // The shortest cycle through the component's first note: a needs b, b needs c, c needs a.
  EXPECT_EQ(cycles, (std::vector<std::string>{"a b c ", "d e "}));
}

TEST(PrerequisiteGraph, LongChainDoesNotExhaustTheStack) {
  // A chain of 100,000 notes closed into one cycle, built directly (loading them would be slow):
  // a recursive depth-first search would need 100,000 frames.
  const std::size_t count = 100000;
  Curriculum c;
  c.notes.resize(count);
  for (std::size_t i = 0; i < count; ++i) {
    c.notes[i].id = "n" + std::to_string(i);
    c.notes[i].prerequisites.push_back({"n" + std::to_string((i + 1) % count), 0, 0});
    c.note_by_id.emplace(c.notes[i].id, i);
  }
  const auto cycles = prerequisite_cycles(c);
  ASSERT_EQ(cycles.size(), 1u);
  EXPECT_EQ(cycles[0].size(), count);
  EXPECT_EQ(cycles[0].front(), 0u);
  EXPECT_EQ(cycles[0][1], 1u);
}

// The DOT output is valid Graphviz input: rendered by `dot` when it is installed.
TEST(PrerequisiteGraph, GraphvizRendersTheDot) {
  if (std::system("command -v dot >/dev/null 2>&1") != 0) GTEST_SKIP() << "Graphviz (dot) is not installed";
  const Curriculum c = graph_fixture();
  const std::string dir = testing::TempDir() + "np-graph-dot";
  std::filesystem::create_directories(dir);
  std::ofstream(dir + "/graph.dot") << render_graph(c, prerequisite_graph(c), GraphFormat::dot);
  const std::string command = "dot -Tsvg '" + dir + "/graph.dot' -o '" + dir + "/graph.svg' 2>'" + dir + "/stderr'";
  ASSERT_EQ(std::system(command.c_str()), 0) << read_file(dir + "/stderr");
  EXPECT_EQ(read_file(dir + "/stderr"), "");
  const std::string svg = read_file(dir + "/graph.svg");
  EXPECT_NE(svg.find("<svg"), std::string::npos);
  // Every note, the escaped title and each module's cluster label made it into the drawing.
  for (const char* text : {"Vectors", "Matrices &quot;and&quot; maps", "Eigenvalues &lt;draft&gt;", "2. Calculus", "Hessians"})
    EXPECT_NE(svg.find(text), std::string::npos) << text;
  EXPECT_EQ(std::count(svg.begin(), svg.end(), '\n') > 0, true);
  std::size_t edges = 0;
  for (std::size_t at = 0; (at = svg.find("class=\"edge\"", at)) != std::string::npos; ++at) ++edges;
  EXPECT_EQ(edges, 8u);
}

}  // namespace
}  // namespace np::test
