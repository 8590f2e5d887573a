// np stats: the curriculum's figures (notes, words, reading time, formulas, code, links,
// prerequisites), computed from the loaded Curriculum and its BodyFacts, and the writers that
// render them (text | json | markdown | csv) or turn them into shields.io badges.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "np/curriculum.h"
#include "np/lint.h"

namespace np {

// Which notes are counted: the notes in the book (np/curriculum.h).
using CountOptions = BookScope;

// Reading time: prose at kWordsPerMinute, plus a pause for each display formula and code block
// (docs/stats.md). Inline math and code are read with the sentence they are in.
constexpr std::size_t kWordsPerMinute = 200;
constexpr std::size_t kSecondsPerDisplayFormula = 20;
constexpr std::size_t kSecondsPerCodeBlock = 30;

// The figures of one scope: the whole curriculum, a part or a module.
struct Figures {
  std::size_t notes = 0;
  std::map<std::string, std::size_t> notes_by_status;  // "(unknown)" when a note has none
  std::map<std::string, std::size_t> notes_by_kind;
  std::size_t modules = 0, parts = 0;
  std::size_t words = 0;            // prose: front matter, code, math and HTML excluded
  std::size_t reading_minutes = 0;  // rounded up
  std::size_t inline_formulas = 0, display_formulas = 0;
  std::size_t code_blocks = 0;
  std::map<std::string, std::size_t> code_by_language;  // "(none)" for a fence without a language
  std::size_t internal_links = 0, external_links = 0;   // images are not links
  std::size_t prerequisites = 0;                        // prerequisite entries of the notes
  // The longest chain of counted notes, each a prerequisite of the next, that ends at a note of
  // this scope (earlier links may be anywhere in the curriculum); ids, first to read first.
  std::vector<std::string> longest_chain;
};

struct ModuleStats {
  std::size_t module = kNone;  // index into Curriculum::modules
  Figures figures;
};

struct PartStats {
  std::size_t part = kNone;  // index into Curriculum::parts
  Figures figures;
  std::vector<ModuleStats> modules;
};

struct Stats {
  bool include_drafts = false;
  std::size_t drafts_excluded = 0;    // draft notes left out (0 when drafts are included)
  std::vector<std::string> statuses;  // --status: only these were counted
  std::size_t notes_excluded = 0;     // every note left out, drafts included
  Figures total;
  std::vector<PartStats> parts;  // in curriculum order
  // Each module requirement (module.yaml `requires`) with the modules that need it, sorted.
  std::map<std::string, std::vector<std::size_t>> requires_env;
};

Stats compute_stats(const Curriculum& curriculum, const CountOptions& options = {});

// A link target with a URI scheme (http:, https:, mailto:...) or starting with '//' leaves the
// curriculum; relative paths, '#anchors' and wiki links stay in it.
bool is_external_link(const Link& link);

enum class StatsFormat { text, json, markdown, csv };
bool parse_stats_format(std::string_view name, StatsFormat& out);

// Renders the figures; deterministic for a given curriculum and options.
std::string render_stats(const Curriculum& curriculum, const Stats& stats, StatsFormat format);

// A shields.io endpoint file (https://img.shields.io/endpoint?url=...): its file name and JSON.
struct Badge {
  std::string file_name;  // notes.json, modules.json, parts.json, words.json, reading-time.json, lint.json
  std::string json;
};
// One badge per headline figure, and one for the lint status of `lint`.
std::vector<Badge> make_badges(const Stats& stats, const LintResult& lint);

// --check: each figure of np.yaml's `expect` that differs, as a sentence naming both numbers;
// empty when they all match.
std::vector<std::string> check_expected(const Curriculum& curriculum, const Stats& stats);

// "3 h 05 min", "45 min".
std::string format_reading_time(std::size_t minutes);

}  // namespace np
