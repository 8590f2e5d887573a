// np graph: the prerequisite graph as DOT, Mermaid or JSON, so that an author can see the
// learning path of the whole curriculum, one module, or everything one note needs.
#include <iostream>

#include "commands.h"
#include "common.h"
#include "np/graph.h"

namespace np::cli {

void setup_graph(CLI::App& app, GraphOptions& o) {
  app.add_option("--root", o.root, "Curriculum root, the folder with np.yaml (default: content/, or . when it holds np.yaml)");
  app.add_option("--format", o.format, "Output format (default: dot)")->check(CLI::IsMember({"dot", "mermaid", "json"}));
  app.add_option("--module", o.module,
                 "Only this module's notes (and the prerequisites they take from elsewhere, dashed): its folder or number");
  app.add_option("--focus", o.focus, "Only this note (by id) and everything it needs, transitively");
  app.add_option("-j,--jobs", o.jobs, "Threads reading files (default: all cores)");
}

int run_graph(const GraphOptions& o) {
  const std::string root = resolve_root(o.root);
  RealFileSystem disk;
  const auto curriculum = load(disk, root, o.jobs, Keep::facts);
  if (!curriculum) return kExitUsage;
  GraphFilter filter;
  if (std::string error; !make_graph_filter(*curriculum, o.module, o.focus, filter, error)) throw UsageError(error);
  GraphFormat format = GraphFormat::dot;
  parse_graph_format(o.format, format);
  std::cout << render_graph(*curriculum, prerequisite_graph(*curriculum, filter), format);
  std::cout.flush();
  return kExitClean;
}

}  // namespace np::cli
