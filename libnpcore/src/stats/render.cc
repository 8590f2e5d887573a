// The stats writers: one table model (a row per scope, a column per figure) rendered as an aligned
// text table, a Markdown table or CSV; JSON straight from the figures (schemas/stats.schema.json).
#include <algorithm>
#include <functional>
#include <nlohmann/json.hpp>

#include "np/stats.h"
#include "np/utf8.h"
#include "util/text.h"

namespace np {

namespace {

// --- the table model ---------------------------------------------------------------------------

struct Row {
  int level = 0;  // 0: the total, 1: a part, 2: a module
  std::string name;
  const Figures* figures = nullptr;
};

struct Column {
  std::string group;     // text: the label above a run of columns ("status", "formulas", "links")
  std::string text;      // text header
  std::string markdown;  // Markdown header
  std::string csv;       // CSV header
  std::function<std::size_t(const Figures&)> value;
  bool reading_time = false;  // shown as a duration in text and Markdown
};

std::size_t lookup(const std::map<std::string, std::size_t>& m, const std::string& key) {
  const auto it = m.find(key);
  return it == m.end() ? 0 : it->second;
}

// The keys of `m` with the `first` ones (in that order) ahead of the rest (sorted).
std::vector<std::string> ordered_keys(const std::map<std::string, std::size_t>& m, const std::vector<std::string>& first) {
  std::vector<std::string> out;
  for (const auto& k : first)
    if (m.count(k)) out.push_back(k);
  for (const auto& [k, count] : m)
    if (std::find(first.begin(), first.end(), k) == first.end()) out.push_back(k);
  return out;
}

std::vector<Column> columns(const Stats& s) {
  std::vector<Column> out;
  out.push_back({"", "notes", "Notes", "notes", [](const Figures& f) { return f.notes; }});
  for (const auto& status : ordered_keys(s.total.notes_by_status, {"published", "review", "draft"}))
    out.push_back({"status", status, "Status: " + status, "status_" + status,
                   [status](const Figures& f) { return lookup(f.notes_by_status, status); }});
  for (const auto& kind : ordered_keys(s.total.notes_by_kind, {"note", "bridge"}))
    out.push_back({"kind", kind, "Kind: " + kind, "kind_" + kind, [kind](const Figures& f) { return lookup(f.notes_by_kind, kind); }});
  out.push_back({"", "words", "Words", "words", [](const Figures& f) { return f.words; }});
  out.push_back({"", "reading", "Reading time", "reading_minutes", [](const Figures& f) { return f.reading_minutes; }, true});
  out.push_back({"formulas", "inline", "Inline formulas", "formulas_inline", [](const Figures& f) { return f.inline_formulas; }});
  out.push_back({"formulas", "display", "Display formulas", "formulas_display", [](const Figures& f) { return f.display_formulas; }});
  out.push_back({"", "code", "Code blocks", "code_blocks", [](const Figures& f) { return f.code_blocks; }});
  out.push_back({"links", "internal", "Internal links", "links_internal", [](const Figures& f) { return f.internal_links; }});
  out.push_back({"links", "external", "External links", "links_external", [](const Figures& f) { return f.external_links; }});
  out.push_back({"", "prereqs", "Prerequisites", "prerequisites", [](const Figures& f) { return f.prerequisites; }});
  out.push_back({"", "chain", "Longest chain", "longest_chain", [](const Figures& f) { return f.longest_chain.size(); }});
  return out;
}

std::string part_name(const Part& p) { return two_digits(p.order) + " " + (p.title.empty() ? p.dir : p.title); }
std::string module_name(const Module& m) { return two_digits(m.number) + " " + (m.title.empty() ? m.dir : m.title); }

// Parts with their modules, then the total.
std::vector<Row> rows(const Curriculum& c, const Stats& s) {
  std::vector<Row> out;
  for (const auto& p : s.parts) {
    out.push_back({1, part_name(c.parts[p.part]), &p.figures});
    for (const auto& m : p.modules) out.push_back({2, module_name(c.modules[m.module]), &m.figures});
  }
  out.push_back({0, "total", &s.total});
  return out;
}

std::string thousands(std::size_t n) {
  std::string digits = std::to_string(n), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string compact_duration(std::size_t minutes) {
  if (minutes < 60) return std::to_string(minutes) + "m";
  return std::to_string(minutes / 60) + "h" + two_digits(static_cast<int>(minutes % 60)) + "m";
}

std::string book_title(const Curriculum& c) { return c.config.book.title.empty() ? "the curriculum" : c.config.book.title; }

std::string plural(std::size_t n, const std::string& one, const std::string& many) { return thousands(n) + " " + (n == 1 ? one : many); }

std::string drafts_sentence(const Stats& s) {
  if (!s.statuses.empty())
    return "only notes with " + CountOptions{s.include_drafts, s.statuses}.describe() +
           " (--status): " + plural(s.notes_excluded, "note", "notes") + " not counted";
  if (s.include_drafts) return "drafts included (--include-drafts)";
  if (s.drafts_excluded == 0) return "drafts excluded (there are none)";
  return "drafts excluded: " + plural(s.drafts_excluded, "draft note", "draft notes") + " not counted (--include-drafts counts " +
         (s.drafts_excluded == 1 ? "it)" : "them)");
}

// "python 12, bash 3": most used first, then by name.
std::string languages_list(const Figures& f) {
  std::vector<std::pair<std::string, std::size_t>> langs(f.code_by_language.begin(), f.code_by_language.end());
  std::stable_sort(langs.begin(), langs.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  std::string out;
  for (const auto& [lang, n] : langs) out += (out.empty() ? "" : ", ") + lang + " " + thousands(n);
  return out.empty() ? "none" : out;
}

std::string markdown_escape(const std::string& s) {
  std::string out;
  for (const char ch : s) {
    if (ch == '|' || ch == '*' || ch == '_' || ch == '\\' || ch == '`' || ch == '[' || ch == ']' || ch == '<') out += '\\';
    out += ch;
  }
  return out;
}

// "ANTHROPIC_API_KEY (19 LLMs in Production); ...": each variable with the modules that need it.
std::string requires_list(const Curriculum& c, const Stats& s, bool markdown) {
  std::string out;
  for (const auto& [variable, modules] : s.requires_env) {
    std::string names;
    for (const std::size_t m : modules)
      names += (names.empty() ? "" : ", ") + (markdown ? markdown_escape(module_name(c.modules[m])) : module_name(c.modules[m]));
    out += (out.empty() ? "" : "; ") + (markdown ? "`" + variable + "`" : variable) + " (" + names + ")";
  }
  return out.empty() ? "none" : out;
}

// Long chains are shortened in the middle for reading; JSON has every id.
std::string chain_text(const std::vector<std::string>& chain, const std::string& arrow) {
  constexpr std::size_t kEnds = 4;
  std::string out;
  for (std::size_t i = 0; i < chain.size(); ++i) {
    if (chain.size() > 3 * kEnds && i == kEnds) {
      out += arrow + "... (" + std::to_string(chain.size() - 2 * kEnds) + " more)";
      i = chain.size() - kEnds - 1;
      continue;
    }
    out += (i ? arrow : "") + chain[i];
  }
  return out;
}

std::string chain_sentence(const Figures& f, const std::string& arrow) {
  if (f.longest_chain.empty()) return "none";
  return plural(f.longest_chain.size(), "note", "notes") + ": " + chain_text(f.longest_chain, arrow);
}

std::string reading_rule() {
  return std::to_string(kWordsPerMinute) + " words a minute, plus " + std::to_string(kSecondsPerDisplayFormula) +
         " s per display formula and " + std::to_string(kSecondsPerCodeBlock) + " s per code block";
}

std::string headline(const Stats& s) {
  const Figures& t = s.total;
  return plural(t.notes, "note", "notes") + ", " + plural(t.modules, "module", "modules") + ", " + plural(t.parts, "part", "parts") + "; " +
         plural(t.words, "word", "words") + ", " + format_reading_time(t.reading_minutes) + " of reading";
}

// --- text --------------------------------------------------------------------------------------

std::size_t width_of(const std::string& s) { return utf8::count_code_points(s); }

std::string pad_left(const std::string& s, std::size_t w) { return std::string(w > width_of(s) ? w - width_of(s) : 0, ' ') + s; }
std::string pad_right(const std::string& s, std::size_t w) { return s + std::string(w > width_of(s) ? w - width_of(s) : 0, ' '); }

std::string text_cell(const Column& col, const Figures& f) {
  const std::size_t v = col.value(f);
  return col.reading_time ? compact_duration(v) : thousands(v);
}

std::string render_text(const Curriculum& c, const Stats& s) {
  const auto cols = columns(s);
  const auto table = rows(c, s);
  std::vector<std::vector<std::string>> cells;
  std::vector<std::string> names;
  std::size_t name_width = width_of("part / module");
  for (const auto& r : table) {
    names.push_back(std::string(r.level == 2 ? 2 : 0, ' ') + r.name);
    name_width = std::max(name_width, width_of(names.back()));
    cells.emplace_back();
    for (const auto& col : cols) cells.back().push_back(text_cell(col, *r.figures));
  }
  std::vector<std::size_t> widths;
  for (std::size_t k = 0; k < cols.size(); ++k) {
    std::size_t w = cols[k].text.size();
    for (const auto& row : cells) w = std::max(w, width_of(row[k]));
    widths.push_back(w);
  }
  // The group line: each group's label over the first of its columns.
  std::string groups = std::string(name_width, ' ');
  std::string header = pad_right("part / module", name_width);
  for (std::size_t k = 0; k < cols.size(); ++k) {
    const bool starts_group = !cols[k].group.empty() && (k == 0 || cols[k - 1].group != cols[k].group);
    std::string label = starts_group ? cols[k].group : "";
    groups += "  " + pad_right(label, widths[k]);
    header += "  " + pad_left(cols[k].text, widths[k]);
  }
  while (!groups.empty() && groups.back() == ' ') groups.pop_back();
  std::string out = book_title(c) + ": " + headline(s) + "\n" + drafts_sentence(s) + "\n\n" + groups + "\n" + header + "\n";
  for (std::size_t i = 0; i < table.size(); ++i) {
    if (table[i].level == 0) out += std::string(width_of(header), '-') + "\n";
    std::string line = pad_right(names[i], name_width);
    for (std::size_t k = 0; k < cols.size(); ++k) line += "  " + pad_left(cells[i][k], widths[k]);
    out += line + "\n";
  }
  out += "\ncode blocks by language: " + languages_list(s.total) + "\n";
  out += "module requirements: " + requires_list(c, s, false) + "\n";
  out += "longest prerequisite chain: " + chain_sentence(s.total, " -> ") + "\n";
  out += "reading time: " + reading_rule() + "\n";
  return out;
}

// --- Markdown ------------------------------------------------------------------------------------

std::string render_markdown(const Curriculum& c, const Stats& s) {
  const auto cols = columns(s);
  std::string out = "**" + markdown_escape(book_title(c)) + "**: " + headline(s) + "; " + drafts_sentence(s) + ".\n\n";
  out += "| Part / module |";
  std::string rule = "| :-- |";
  for (const auto& col : cols) {
    out += " " + col.markdown + " |";
    rule += " --: |";
  }
  out += "\n" + rule + "\n";
  for (const auto& r : rows(c, s)) {
    const std::string strong = r.level == 2 ? "" : "**";
    out += "| " + strong + markdown_escape(r.level == 0 ? "Total" : r.name) + strong + " |";
    for (const auto& col : cols) {
      const std::size_t v = col.value(*r.figures);
      out += " " + strong + (col.reading_time ? format_reading_time(v) : thousands(v)) + strong + " |";
    }
    out += "\n";
  }
  out += "\nCode blocks by language: " + languages_list(s.total) + ".\n\n";
  out += "Module requirements: " + requires_list(c, s, true) + ".\n\n";
  out += "Longest prerequisite chain: " + markdown_escape(chain_sentence(s.total, " → ")) + ".\n\n";
  out += "Reading time: " + reading_rule() + ".\n";
  return out;
}

// --- CSV -----------------------------------------------------------------------------------------

// RFC 4180 quoting (with \n line ends, which every reader accepts): a field with a comma, quote or line break is quoted, quotes doubled.
std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n") == std::string::npos) return s;
  std::string out = "\"";
  for (const char ch : s) out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
  return out + "\"";
}

std::string render_csv(const Curriculum& c, const Stats& s) {
  auto cols = columns(s);
  for (const auto& entry : s.total.code_by_language) {
    const std::string lang = entry.first;
    cols.push_back({"", "", "", "code_" + lang, [lang](const Figures& f) { return lookup(f.code_by_language, lang); }});
  }
  std::string out = "scope,part,module,title";
  for (const auto& col : cols) out += "," + csv_field(col.csv);
  out += ",requires\r\n";
  const auto line = [&](const std::string& scope, const std::string& part, const std::string& module, const std::string& title,
                        const Figures& f, const std::string& requires_env) {
    out += scope + "," + csv_field(part) + "," + csv_field(module) + "," + csv_field(title);
    for (const auto& col : cols) out += "," + std::to_string(col.value(f));
    out += "," + csv_field(requires_env) + "\n";
  };
  for (const auto& p : s.parts) {
    const Part& part = c.parts[p.part];
    line("part", part.dir, "", part.title, p.figures, "");
    for (const auto& m : p.modules) {
      const Module& module = c.modules[m.module];
      std::string env;
      for (const auto& v : module.requires_env) env += (env.empty() ? "" : " ") + v;
      line("module", part.dir, module.dir, module.title, m.figures, env);
    }
  }
  std::string env;
  for (const auto& [v, modules] : s.requires_env) env += (env.empty() ? "" : " ") + v;
  line("total", "", "", book_title(c), s.total, env);
  return out;
}

// --- JSON ----------------------------------------------------------------------------------------

nlohmann::json figures_json(const Figures& f) {
  return {
      {"notes", f.notes},
      {"notes_by_status", f.notes_by_status},
      {"notes_by_kind", f.notes_by_kind},
      {"modules", f.modules},
      {"parts", f.parts},
      {"words", f.words},
      {"reading_minutes", f.reading_minutes},
      {"formulas", {{"inline", f.inline_formulas}, {"display", f.display_formulas}}},
      {"code_blocks", {{"total", f.code_blocks}, {"by_language", f.code_by_language}}},
      {"links", {{"internal", f.internal_links}, {"external", f.external_links}}},
      {"prerequisites", f.prerequisites},
      {"longest_chain", {{"length", f.longest_chain.size()}, {"notes", f.longest_chain}}},
  };
}

std::string render_json(const Curriculum& c, const Stats& s) {
  nlohmann::json parts = nlohmann::json::array();
  for (const auto& p : s.parts) {
    const Part& part = c.parts[p.part];
    nlohmann::json modules = nlohmann::json::array();
    for (const auto& m : p.modules) {
      const Module& module = c.modules[m.module];
      modules.push_back({{"dir", module.dir},
                         {"number", module.number},
                         {"title", module.title},
                         {"requires", module.requires_env},
                         {"figures", figures_json(m.figures)}});
    }
    parts.push_back(
        {{"dir", part.dir}, {"order", part.order}, {"title", part.title}, {"figures", figures_json(p.figures)}, {"modules", modules}});
  }
  nlohmann::json requires_env = nlohmann::json::object();
  for (const auto& [variable, modules] : s.requires_env) {
    requires_env[variable] = nlohmann::json::array();
    for (const std::size_t m : modules) requires_env[variable].push_back(c.modules[m].dir);
  }
  const nlohmann::json doc = {
      {"version", 1},
      {"title", c.config.book.title},
      {"drafts", {{"included", s.include_drafts}, {"excluded", s.drafts_excluded}}},
      {"statuses", s.statuses.empty() ? nlohmann::json(nullptr) : nlohmann::json(s.statuses)},
      {"notes_excluded", s.notes_excluded},
      {"reading_time",
       {{"words_per_minute", kWordsPerMinute},
        {"seconds_per_display_formula", kSecondsPerDisplayFormula},
        {"seconds_per_code_block", kSecondsPerCodeBlock}}},
      {"figures", figures_json(s.total)},
      {"parts", parts},
      {"requires", requires_env},
  };
  // Titles are the authors' text: replace invalid UTF-8 rather than throw.
  return doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace

bool parse_stats_format(std::string_view name, StatsFormat& out) {
  if (name == "text")
    out = StatsFormat::text;
  else if (name == "json")
    out = StatsFormat::json;
  else if (name == "markdown")
    out = StatsFormat::markdown;
  else if (name == "csv")
    out = StatsFormat::csv;
  else
    return false;
  return true;
}

std::string render_stats(const Curriculum& c, const Stats& s, StatsFormat format) {
  switch (format) {
    case StatsFormat::text:
      return render_text(c, s);
    case StatsFormat::json:
      return render_json(c, s);
    case StatsFormat::markdown:
      return render_markdown(c, s);
    case StatsFormat::csv:
      return render_csv(c, s);
  }
  return {};
}

}  // namespace np
