// The prerequisite graph as Graphviz DOT, Mermaid or JSON: one writer per format over the same
// PrerequisiteGraph, notes grouped by module, arrows from a prerequisite to the note needing it.
#include <map>
#include <nlohmann/json.hpp>

#include "np/graph.h"

namespace np {

namespace {

std::string module_label(const Curriculum& c, std::size_t m) {
  const Module& module = c.modules[m];
  return module.title.empty() ? module.dir : std::to_string(module.number) + ". " + module.title;
}

std::string note_label(const Note& n) { return n.title.empty() ? n.id : n.title; }

// Inside a DOT double-quoted string: quotes and backslashes escaped, line breaks as spaces.
std::string dot_quote(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c == '\n' || c == '\r' ? ' ' : c;
  }
  return out + "\"";
}

// Inside a Mermaid "..." label: quotes and the characters Mermaid reads as markup become entities.
std::string mermaid_quote(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"')
      out += "#quot;";
    else if (c == '<')
      out += "#lt;";
    else if (c == '>')
      out += "#gt;";
    else if (c == '#')
      out += "#35;";
    else
      out += c == '\n' || c == '\r' ? ' ' : c;
  }
  return out + "\"";
}

// Nodes grouped by module in curriculum order; context nodes (and notes outside any module)
// under kNone, drawn outside every group.
std::map<std::size_t, std::vector<const GraphNode*>> by_module(const Curriculum& c, const PrerequisiteGraph& g) {
  std::map<std::size_t, std::vector<const GraphNode*>> groups;
  for (const auto& node : g.nodes) groups[node.context ? kNone : c.notes[node.note].module].push_back(&node);
  return groups;
}

std::string render_dot(const Curriculum& c, const PrerequisiteGraph& g) {
  std::string out = "digraph prerequisites {\n  rankdir=LR;\n  node [shape=box, style=rounded];\n";
  const auto node_line = [&](const GraphNode& node, const std::string& indent) {
    const Note& n = c.notes[node.note];
    std::string attrs = "label=" + dot_quote(note_label(n));
    if (node.context)
      attrs += ", style=\"rounded,dashed\"";
    else if (n.status == "draft")
      attrs += ", color=gray50, fontcolor=gray50";
    return indent + dot_quote(n.id) + " [" + attrs + "];\n";
  };
  for (const auto& [module, nodes] : by_module(c, g)) {
    if (module == kNone) {
      for (const GraphNode* node : nodes) out += node_line(*node, "  ");
      continue;
    }
    out += "  subgraph " + dot_quote("cluster_" + c.modules[module].dir) + " {\n    label=" + dot_quote(module_label(c, module)) + ";\n";
    for (const GraphNode* node : nodes) out += node_line(*node, "    ");
    out += "  }\n";
  }
  for (const auto& e : g.edges) out += "  " + dot_quote(c.notes[e.from].id) + " -> " + dot_quote(c.notes[e.to].id) + ";\n";
  return out + "}\n";
}

// Mermaid ids cannot hold every character of a note id ('-' next to '>' reads as an arrow), so
// nodes are n<index in the curriculum> and modules m<index>.
std::string render_mermaid(const Curriculum& c, const PrerequisiteGraph& g) {
  std::string out = "flowchart LR\n";
  const auto node_line = [&](const GraphNode& node, const std::string& indent) {
    return indent + "n" + std::to_string(node.note) + "[" + mermaid_quote(note_label(c.notes[node.note])) + "]\n";
  };
  for (const auto& [module, nodes] : by_module(c, g)) {
    if (module == kNone) {
      for (const GraphNode* node : nodes) out += node_line(*node, "  ");
      continue;
    }
    out += "  subgraph m" + std::to_string(module) + "[" + mermaid_quote(module_label(c, module)) + "]\n";
    for (const GraphNode* node : nodes) out += node_line(*node, "    ");
    out += "  end\n";
  }
  for (const auto& e : g.edges) out += "  n" + std::to_string(e.from) + " --> n" + std::to_string(e.to) + "\n";
  std::string context;
  for (const auto& node : g.nodes)
    if (node.context) context += (context.empty() ? "" : ",") + ("n" + std::to_string(node.note));
  if (!context.empty()) out += "  classDef context stroke-dasharray: 5 5\n  class " + context + " context\n";
  return out;
}

std::string render_json(const Curriculum& c, const PrerequisiteGraph& g) {
  nlohmann::ordered_json nodes = nlohmann::ordered_json::array(), edges = nlohmann::ordered_json::array();
  for (const auto& node : g.nodes) {
    const Note& n = c.notes[node.note];
    nodes.push_back({{"id", n.id},
                     {"title", n.title},
                     {"path", n.source.path()},
                     {"module", n.module == kNone ? "" : c.modules[n.module].dir},
                     {"status", n.status},
                     {"context", node.context}});
  }
  for (const auto& e : g.edges) edges.push_back({{"from", c.notes[e.from].id}, {"to", c.notes[e.to].id}});
  nlohmann::ordered_json doc = {{"nodes", nodes}, {"edges", edges}};
  return doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace

bool parse_graph_format(std::string_view name, GraphFormat& out) {
  if (name == "dot")
    out = GraphFormat::dot;
  else if (name == "mermaid")
    out = GraphFormat::mermaid;
  else if (name == "json")
    out = GraphFormat::json;
  else
    return false;
  return true;
}

std::string render_graph(const Curriculum& c, const PrerequisiteGraph& g, GraphFormat format) {
  switch (format) {
    case GraphFormat::dot:
      return render_dot(c, g);
    case GraphFormat::mermaid:
      return render_mermaid(c, g);
    case GraphFormat::json:
      return render_json(c, g);
  }
  return "";
}

}  // namespace np
