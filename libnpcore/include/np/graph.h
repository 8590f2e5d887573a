// The prerequisite graph: notes as nodes and an edge from each prerequisite to the note that lists
// it, so that arrows follow the learning path. `np graph` renders it; the prerequisite-cycle
// rule uses its cycles.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "np/curriculum.h"

namespace np {

struct GraphNode {
  std::size_t note = kNone;
  bool context = false;  // a prerequisite from outside the selected module, drawn dashed
};

struct GraphEdge {
  std::size_t from = kNone, to = kNone;  // note indices: `from` is a prerequisite of `to`
};

struct PrerequisiteGraph {
  std::vector<GraphNode> nodes;  // in curriculum order
  std::vector<GraphEdge> edges;  // sorted by (to, from) in curriculum order, no duplicates
};

struct GraphFilter {
  std::size_t module = kNone;  // only the notes of this module (and their direct prerequisites)
  std::size_t focus = kNone;   // only this note and everything it needs, transitively
};

// Resolves a module named by its folder, path or number and a focus note id ("" for none); on
// an unknown name returns false with `error` naming it and the closest known one.
bool make_graph_filter(const Curriculum& curriculum, const std::string& module, const std::string& focus, GraphFilter& out,
                       std::string& error);

// Notes without an id are left out; unknown prerequisites and a note listing itself are too
// (the prerequisite-* rules report them).
PrerequisiteGraph prerequisite_graph(const Curriculum& curriculum, const GraphFilter& filter = {});

// Each cycle of the "needs" relation (a note -> the prerequisites it lists), as note indices in
// order, starting at the cycle's note that comes first in the curriculum: {a, b, c} means a needs
// b, b needs c and c needs a. One cycle per strongly connected component, the shortest through
// its first note.
std::vector<std::vector<std::size_t>> prerequisite_cycles(const Curriculum& curriculum);

enum class GraphFormat { dot, mermaid, json };
bool parse_graph_format(std::string_view name, GraphFormat& out);
std::string render_graph(const Curriculum& curriculum, const PrerequisiteGraph& graph, GraphFormat format);

}  // namespace np
