// Figures from the loaded curriculum: one pass over the notes' BodyFacts, and the longest
// prerequisite chain from the prerequisite graph. Nothing is read or parsed again.
#include <algorithm>
#include <cctype>

#include "np/stats.h"

namespace np {

namespace {

std::size_t reading_minutes(const Figures& f) {
  const std::size_t seconds = (f.words * 60 + kWordsPerMinute - 1) / kWordsPerMinute + f.display_formulas * kSecondsPerDisplayFormula +
                              f.code_blocks * kSecondsPerCodeBlock;
  return (seconds + 59) / 60;
}

void add_note(Figures& f, const Note& note) {
  ++f.notes;
  ++f.notes_by_status[note.status.empty() ? "(unknown)" : note.status];
  ++f.notes_by_kind[note.kind.empty() ? "(unknown)" : note.kind];
  const BodyFacts& body = note.body;
  f.words += body.words;
  f.inline_formulas += body.inline_formulas;
  f.display_formulas += body.display_formulas;
  f.code_blocks += body.code_blocks.size();
  for (const auto& c : body.code_blocks) ++f.code_by_language[c.language.empty() ? "(none)" : c.language];
  for (const auto& l : body.links) {
    if (l.kind == Link::Kind::image) continue;
    ++(is_external_link(l) ? f.external_links : f.internal_links);
  }
  f.prerequisites += note.prerequisites.size();
}

// The longest prerequisite chain ending at each counted note: depth (in notes) and the
// prerequisite it continues from. An iterative depth-first search, so that a chain of 100,000
// notes cannot overflow the stack; an edge back to a note still on the search path closes a
// cycle and is ignored, and ids of unknown or uncounted notes are skipped, so it always ends.
struct ChainGraph {
  std::vector<std::size_t> depth;  // 0: not a counted note
  std::vector<std::size_t> previous;
};

ChainGraph chain_graph(const Curriculum& c, const std::vector<bool>& is_counted) {
  const std::size_t n = c.notes.size();
  std::vector<std::vector<std::size_t>> edges(n);
  for (std::size_t i = 0; i < n; ++i) {
    if (!is_counted[i]) continue;
    for (const auto& ref : c.notes[i].prerequisites) {
      const auto it = c.note_by_id.find(ref.id);
      if (it != c.note_by_id.end() && is_counted[it->second] && it->second != i) edges[i].push_back(it->second);
    }
  }
  enum class State : unsigned char { unseen, open, done };
  std::vector<State> state(n, State::unseen);
  ChainGraph g{std::vector<std::size_t>(n, 0), std::vector<std::size_t>(n, kNone)};
  std::vector<std::pair<std::size_t, std::size_t>> stack;  // note, next edge to follow
  for (std::size_t start = 0; start < n; ++start) {
    if (!is_counted[start] || state[start] != State::unseen) continue;
    stack.push_back({start, 0});
    state[start] = State::open;
    while (!stack.empty()) {
      auto& [note, next] = stack.back();
      if (next < edges[note].size()) {
        const std::size_t to = edges[note][next++];
        if (state[to] == State::unseen) {
          state[to] = State::open;
          stack.push_back({to, 0});
        }
        continue;
      }
      g.depth[note] = 1;
      for (const std::size_t to : edges[note]) {
        // Only finished notes: an open one is on the path, and following it would go round a cycle.
        if (state[to] == State::done && g.depth[to] + 1 > g.depth[note]) {
          g.depth[note] = g.depth[to] + 1;
          g.previous[note] = to;
        }
      }
      state[note] = State::done;
      stack.pop_back();
    }
  }
  return g;
}

// The chain ending at the deepest of `notes` (the first in curriculum order on a tie).
std::vector<std::string> chain_ending_in(const Curriculum& c, const ChainGraph& g, const std::vector<std::size_t>& notes) {
  std::size_t best = kNone;
  for (const std::size_t i : notes)
    if (g.depth[i] > 0 && (best == kNone || g.depth[i] > g.depth[best])) best = i;
  std::vector<std::string> chain;
  for (std::size_t i = best; i != kNone; i = g.previous[i])
    chain.push_back(c.notes[i].id.empty() ? c.notes[i].source.path() : c.notes[i].id);
  std::reverse(chain.begin(), chain.end());
  return chain;
}

}  // namespace

bool is_external_link(const Link& link) {
  if (link.kind == Link::Kind::wiki) return false;
  const std::string& t = link.target;
  if (t.rfind("//", 0) == 0) return true;
  // RFC 3986: scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"
  if (t.empty() || !std::isalpha(static_cast<unsigned char>(t[0]))) return false;
  for (std::size_t i = 1; i < t.size(); ++i) {
    const auto ch = static_cast<unsigned char>(t[i]);
    if (ch == ':') return true;
    if (!std::isalnum(ch) && ch != '+' && ch != '-' && ch != '.') return false;
  }
  return false;
}

Stats compute_stats(const Curriculum& c, const CountOptions& options) {
  Stats s;
  s.include_drafts = options.include_drafts;
  s.statuses = options.statuses;
  std::vector<bool> is_counted(c.notes.size());
  for (std::size_t i = 0; i < c.notes.size(); ++i) {
    is_counted[i] = options.contains(c.notes[i]);
    if (is_counted[i]) continue;
    ++s.notes_excluded;
    if (c.notes[i].status == "draft") ++s.drafts_excluded;
  }
  const ChainGraph graph = chain_graph(c, is_counted);

  std::vector<std::size_t> all_notes;
  for (std::size_t i = 0; i < c.notes.size(); ++i)
    if (is_counted[i]) {
      add_note(s.total, c.notes[i]);
      all_notes.push_back(i);
    }
  s.total.parts = c.parts.size();
  s.total.modules = c.modules.size();
  s.total.reading_minutes = reading_minutes(s.total);
  s.total.longest_chain = chain_ending_in(c, graph, all_notes);

  for (std::size_t p = 0; p < c.parts.size(); ++p) {
    PartStats part{p, {}, {}};
    std::vector<std::size_t> part_notes;
    part.figures.parts = 1;
    for (const std::size_t m : c.parts[p].modules) {
      ModuleStats module{m, {}};
      module.figures.modules = 1;
      for (const std::size_t n : c.modules[m].notes) {
        if (!is_counted[n]) continue;
        add_note(module.figures, c.notes[n]);
        add_note(part.figures, c.notes[n]);
        part_notes.push_back(n);
      }
      module.figures.reading_minutes = reading_minutes(module.figures);
      module.figures.longest_chain = chain_ending_in(c, graph, c.modules[m].notes);
      for (const auto& variable : c.modules[m].requires_env) s.requires_env[variable].push_back(m);
      part.modules.push_back(std::move(module));
    }
    part.figures.modules = c.parts[p].modules.size();
    part.figures.reading_minutes = reading_minutes(part.figures);
    part.figures.longest_chain = chain_ending_in(c, graph, part_notes);
    s.parts.push_back(std::move(part));
  }
  return s;
}

std::vector<std::string> check_expected(const Curriculum& c, const Stats& s) {
  const std::string scope = CountOptions{s.include_drafts, s.statuses}.describe();
  const std::vector<std::pair<std::string, std::size_t>> actual = {
      {"notes", s.total.notes}, {"modules", s.total.modules}, {"parts", s.total.parts}};
  std::vector<std::string> out;
  for (const auto& [figure, n] : actual) {
    const auto it = c.config.expect.find(figure);
    if (it == c.config.expect.end() || it->second == static_cast<long long>(n)) continue;
    const long long diff = static_cast<long long>(n) - it->second;
    const std::string noun = it->second == 1 ? figure.substr(0, figure.size() - 1) : figure;  // "1 part"
    out.push_back("np.yaml expects " + std::to_string(it->second) + " " + noun + ", the curriculum has " + std::to_string(n) + " (" +
                  (diff > 0 ? std::to_string(diff) + " more" : std::to_string(-diff) + " fewer") + "; " + scope + ")");
  }
  // np.schema.json allows only these three; a custom schema might allow more.
  for (const auto& expected : c.config.expect)
    if (std::none_of(actual.begin(), actual.end(), [&](const auto& a) { return a.first == expected.first; }))
      out.push_back("np.yaml expects " + std::to_string(expected.second) + " " + expected.first +
                    ", a figure np stats does not check (it checks notes, modules, parts)");
  return out;
}

std::string format_reading_time(std::size_t minutes) {
  if (minutes < 60) return std::to_string(minutes) + " min";
  const std::size_t m = minutes % 60;
  return std::to_string(minutes / 60) + " h " + (m < 10 ? "0" : "") + std::to_string(m) + " min";
}

}  // namespace np
