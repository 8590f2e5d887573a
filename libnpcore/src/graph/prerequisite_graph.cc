// Building the prerequisite graph and finding its cycles (Tarjan's algorithm, iterative so that
// a long chain of prerequisites cannot exhaust the stack).
#include <algorithm>
#include <deque>
#include <tuple>

#include "np/did_you_mean.h"
#include "np/graph.h"

namespace np {

namespace {

// needs[n]: the notes that note n lists as prerequisites (known ids, not itself, no duplicates).
std::vector<std::vector<std::size_t>> needs_lists(const Curriculum& c) {
  std::vector<std::vector<std::size_t>> needs(c.notes.size());
  for (std::size_t n = 0; n < c.notes.size(); ++n) {
    if (c.notes[n].id.empty()) continue;
    for (const auto& p : c.notes[n].prerequisites) {
      const auto it = c.note_by_id.find(p.id);
      if (it == c.note_by_id.end() || it->second == n) continue;
      if (std::find(needs[n].begin(), needs[n].end(), it->second) == needs[n].end()) needs[n].push_back(it->second);
    }
  }
  return needs;
}

// Strongly connected components with more than one note.
std::vector<std::vector<std::size_t>> components(const std::vector<std::vector<std::size_t>>& needs) {
  const std::size_t n = needs.size();
  std::vector<std::size_t> index(n, kNone), low(n, 0);
  std::vector<bool> on_stack(n, false);
  std::vector<std::size_t> stack;
  std::vector<std::vector<std::size_t>> out;
  std::size_t counter = 0;
  struct Frame {
    std::size_t node, next;
  };
  for (std::size_t root = 0; root < n; ++root) {
    if (index[root] != kNone) continue;
    std::vector<Frame> frames{{root, 0}};
    index[root] = low[root] = counter++;
    stack.push_back(root);
    on_stack[root] = true;
    while (!frames.empty()) {
      Frame& f = frames.back();
      if (f.next < needs[f.node].size()) {
        const std::size_t w = needs[f.node][f.next++];
        if (index[w] == kNone) {
          index[w] = low[w] = counter++;
          stack.push_back(w);
          on_stack[w] = true;
          frames.push_back({w, 0});
        } else if (on_stack[w]) {
          low[f.node] = std::min(low[f.node], index[w]);
        }
        continue;
      }
      const std::size_t v = f.node;
      frames.pop_back();
      if (!frames.empty()) low[frames.back().node] = std::min(low[frames.back().node], low[v]);
      if (low[v] != index[v]) continue;
      std::vector<std::size_t> component;
      std::size_t w;
      do {
        w = stack.back();
        stack.pop_back();
        on_stack[w] = false;
        component.push_back(w);
      } while (w != v);
      if (component.size() > 1) out.push_back(std::move(component));
    }
  }
  return out;
}

// The shortest cycle through `start` inside one component (breadth-first search).
std::vector<std::size_t> cycle_through(std::size_t start, const std::vector<std::size_t>& component,
                                       const std::vector<std::vector<std::size_t>>& needs) {
  std::vector<std::size_t> sorted = component;
  std::sort(sorted.begin(), sorted.end());
  const auto inside = [&](std::size_t v) { return std::binary_search(sorted.begin(), sorted.end(), v); };
  std::vector<std::size_t> parent(needs.size(), kNone);
  std::deque<std::size_t> queue{start};
  while (!queue.empty()) {
    const std::size_t v = queue.front();
    queue.pop_front();
    for (const std::size_t w : needs[v]) {
      if (!inside(w)) continue;
      if (w == start) {
        std::vector<std::size_t> cycle{v};
        while (cycle.back() != start) cycle.push_back(parent[cycle.back()]);
        std::reverse(cycle.begin(), cycle.end());
        return cycle;
      }
      if (parent[w] == kNone) {
        parent[w] = v;
        queue.push_back(w);
      }
    }
  }
  return {start};  // cannot happen: every note of a component lies on a cycle
}

}  // namespace

std::vector<std::vector<std::size_t>> prerequisite_cycles(const Curriculum& c) {
  const auto needs = needs_lists(c);
  std::vector<std::vector<std::size_t>> out;
  for (const auto& component : components(needs))
    out.push_back(cycle_through(*std::min_element(component.begin(), component.end()), component, needs));
  std::sort(out.begin(), out.end());
  return out;
}

bool make_graph_filter(const Curriculum& c, const std::string& module, const std::string& focus, GraphFilter& out, std::string& error) {
  const auto unknown = [&](const std::string& what, const std::string& name, const std::vector<std::string>& known) {
    const std::string close = closest_match(name, known);
    error = "no " + what + " '" + name + "'" + (close.empty() ? "" : "; " + did_you_mean(close));
    return false;
  };
  out = GraphFilter();
  if (!module.empty()) {
    std::vector<std::string> folders;
    for (std::size_t m = 0; m < c.modules.size() && out.module == kNone; ++m) {
      const std::string& dir = c.modules[m].dir;
      folders.push_back(dir.substr(dir.rfind('/') + 1));
      if (module == dir || module == folders.back() || module == std::to_string(c.modules[m].number)) out.module = m;
    }
    if (out.module == kNone) return unknown("module", module, folders);
  }
  if (!focus.empty()) {
    const auto it = c.note_by_id.find(focus);
    if (it == c.note_by_id.end()) {
      std::vector<std::string> ids;
      for (const auto& note : c.notes)
        if (!note.id.empty()) ids.push_back(note.id);
      return unknown("note with id", focus, ids);
    }
    out.focus = it->second;
  }
  return true;
}

PrerequisiteGraph prerequisite_graph(const Curriculum& c, const GraphFilter& filter) {
  const auto needs = needs_lists(c);
  std::vector<bool> selected(c.notes.size(), filter.focus == kNone);
  for (std::size_t n = 0; n < c.notes.size(); ++n)
    if (c.notes[n].id.empty()) selected[n] = false;
  if (filter.focus != kNone && filter.focus < c.notes.size()) {
    std::vector<std::size_t> todo{filter.focus};
    selected[filter.focus] = true;
    while (!todo.empty()) {
      const std::size_t v = todo.back();
      todo.pop_back();
      for (const std::size_t w : needs[v]) {
        if (selected[w]) continue;
        selected[w] = true;
        todo.push_back(w);
      }
    }
  }
  std::vector<bool> core = selected, context(c.notes.size(), false);
  if (filter.module != kNone)
    for (std::size_t n = 0; n < c.notes.size(); ++n) core[n] = selected[n] && c.notes[n].module == filter.module;
  PrerequisiteGraph g;
  for (std::size_t n = 0; n < c.notes.size(); ++n) {
    if (!core[n]) continue;
    for (const std::size_t w : needs[n]) {
      g.edges.push_back({w, n});
      if (!core[w]) context[w] = true;
    }
  }
  for (std::size_t n = 0; n < c.notes.size(); ++n)
    if (core[n] || context[n]) g.nodes.push_back({n, !core[n]});
  std::sort(g.edges.begin(), g.edges.end(),
            [](const GraphEdge& a, const GraphEdge& b) { return std::tie(a.to, a.from) < std::tie(b.to, b.from); });
  return g;
}

}  // namespace np
