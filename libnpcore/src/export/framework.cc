#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>

#include "lint/rules/rules.h"
#include "np/exporter.h"
#include "np/html.h"
#include "np/markdown.h"
#include "np/stats.h"
#include "np/utf8.h"

namespace np {

namespace {

std::optional<ExportSelection> select_named(const Curriculum& c, const std::string& only, std::string& error) {
  ExportSelection s;
  s.notes.assign(c.notes.size(), only.empty());
  if (only.empty()) {
    s.description = "the whole curriculum";
    return s;
  }
  const auto folder_name = [](const std::string& dir) { return dir.substr(dir.rfind('/') == std::string::npos ? 0 : dir.rfind('/') + 1); };
  for (std::size_t p = 0; p < c.parts.size(); ++p) {
    const Part& part = c.parts[p];
    if (only == part.dir || only == folder_name(part.dir) || only == part.title || only == "part-" + std::to_string(part.order)) {
      for (std::size_t m : part.modules)
        for (std::size_t n : c.modules[m].notes) s.notes[n] = true;
      s.description = "part " + std::to_string(part.order) + " " + part.title;
      return s;
    }
  }
  for (const Module& module : c.modules) {
    char number[8];
    std::snprintf(number, sizeof number, "%02d", module.number);
    if (only == module.dir || only == folder_name(module.dir) || only == number || only == std::to_string(module.number)) {
      for (std::size_t n : module.notes) s.notes[n] = true;
      s.description = std::string("module ") + number + " " + module.title;
      return s;
    }
  }
  if (const auto it = c.note_by_id.find(only); it != c.note_by_id.end()) {
    s.notes[it->second] = true;
    s.description = "note " + only;
    return s;
  }
  error = "--only '" + only + "' names no part, module or note (use a part folder or title, a module number or folder, or a note id)";
  return std::nullopt;
}

}  // namespace

std::optional<ExportSelection> select_notes(const Curriculum& c, const std::string& only, std::string& error, const BookScope& scope) {
  auto s = select_named(c, only, error);
  if (!s) return s;
  std::size_t left_out = 0;
  for (std::size_t n = 0; n < c.notes.size(); ++n)
    if (s->notes[n] && !scope.contains(c.notes[n])) {
      s->notes[n] = false;
      ++left_out;
    }
  if (const auto it = c.note_by_id.find(only); it != c.note_by_id.end() && left_out > 0 && s->description == "note " + only) {
    error = "--only '" + only + "' is a note with status " + c.notes[it->second].status + ", which the book leaves out (" +
            scope.describe() + "); pass --include-drafts to export it";
    return std::nullopt;
  }
  if (left_out > 0) s->description += ", " + scope.describe() + " (" + std::to_string(left_out) + " left out)";
  return s;
}

LinkDestination link_destination(const ExportContext& context, std::size_t note, std::size_t link) {
  LinkDestination d;
  if (note >= context.analysis.links.by_note.size() || link >= context.analysis.links.by_note[note].size()) return d;
  const ResolvedLink& r = context.analysis.links.by_note[note][link];
  switch (r.kind) {
    case LinkKind::note:
    case LinkKind::anchor: {
      const std::size_t target = r.kind == LinkKind::anchor ? note : r.target;
      if (context.selection.contains(target)) {
        d.kind = LinkDestination::Kind::note;
        d.note = target;
        d.anchor = r.anchor;
      } else if (!context.analysis.curriculum.config.note_url.empty()) {
        // A note left out by --only: the URL np.yaml gives for it, e.g. https://site/notes/{id}.
        std::string url = context.analysis.curriculum.config.note_url;
        const auto at = url.find("{id}");
        if (at != std::string::npos) url.replace(at, 4, context.analysis.curriculum.notes[target].id);
        if (!r.anchor.empty()) url += "#" + r.anchor;
        d.kind = LinkDestination::Kind::url;
        d.url = url;
      }
      break;
    }
    case LinkKind::asset:
      d.kind = LinkDestination::Kind::asset;
      d.asset = r.path;
      break;
    case LinkKind::external:
      d.kind = LinkDestination::Kind::url;
      d.url = r.path;
      break;
    case LinkKind::broken:
      break;
  }
  return d;
}

ReadResult read_asset(const ExportContext& context, const std::string& asset, std::size_t max_bytes) {
  const FileSystem& files = context.files;
  const Curriculum& c = context.analysis.curriculum;
  ReadResult r = files.read_within(c.canonical_root.empty() ? files.canonical(c.root).value_or(c.root) : c.canonical_root,
                                   join_path(c.root, asset), max_bytes);
  if (!r.ok && !r.outside.empty()) r.error = "it resolves to '" + r.outside + "', outside the curriculum root, and np does not read it";
  return r;
}

long long export_timestamp(const Curriculum& c, const char* source_date_epoch) {
  if (source_date_epoch && *source_date_epoch) {
    char* end = nullptr;
    const long long value = std::strtoll(source_date_epoch, &end, 10);
    if (end && *end == '\0' && value >= 0) return value;
  }
  std::string newest;
  for (const Note& n : c.notes)
    if (n.updated.size() == 10 && n.updated > newest) newest = n.updated;
  if (newest.empty()) return 0;
  std::tm tm{};
  tm.tm_year = std::atoi(newest.substr(0, 4).c_str()) - 1900;
  tm.tm_mon = std::atoi(newest.substr(5, 2).c_str()) - 1;
  tm.tm_mday = std::atoi(newest.substr(8, 2).c_str());
  return static_cast<long long>(timegm(&tm));
}

std::string iso_timestamp(long long seconds) {
  const std::time_t t = static_cast<std::time_t>(seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return text;
}

ExportOutcome output_failed(const ExportContext& context, std::string error, std::vector<Diagnostic>& diagnostics) {
  Diagnostic d;
  d.file = context.destination;
  d.rule = rules::export_output.id;
  d.message = std::move(error);
  diagnostics.push_back(std::move(d));
  return ExportOutcome::failed;
}

ExportOutcome export_stopped(const std::vector<Diagnostic>& diagnostics) {
  const bool placed =
      std::any_of(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) { return d.severity == Severity::error && d.line > 0; });
  return placed ? ExportOutcome::refused : ExportOutcome::failed;
}

std::string book_slug(const Curriculum& c) {
  const std::string source = c.config.book.title.empty() ? "curriculum" : c.config.book.title;
  std::string slug;
  for (char ch : source) {
    if (std::isalnum(static_cast<unsigned char>(ch)))
      slug += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    else if (!slug.empty() && slug.back() != '-')
      slug += '-';
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug.empty() ? "curriculum" : slug;
}

std::size_t note_reading_minutes(const Note& n) {
  const std::size_t seconds = n.body.words * 60 / kWordsPerMinute + n.body.display_formulas * kSecondsPerDisplayFormula +
                              n.body.code_blocks.size() * kSecondsPerCodeBlock;
  return (seconds + 59) / 60;
}

namespace {

nlohmann::json note_json(const ExportContext& context, std::size_t index) {
  const Curriculum& c = context.analysis.curriculum;
  const Note& n = c.notes[index];
  nlohmann::json prerequisites = nlohmann::json::array();
  for (const auto& p : n.prerequisites) {
    nlohmann::json entry = {{"id", p.id}};
    if (const Note* target = c.find_note(p.id)) {
      entry["title"] = target->title;
      entry["included"] = context.selection.contains(static_cast<std::size_t>(target - c.notes.data()));
    }
    prerequisites.push_back(entry);
  }
  nlohmann::json headings = nlohmann::json::array();
  for (const auto& h : n.body.headings) headings.push_back({{"level", h.level}, {"text", h.text}, {"anchor", h.anchor}});
  nlohmann::json links = nlohmann::json::array();
  for (std::size_t i = 0; i < n.body.links.size(); ++i) {
    const LinkDestination d = link_destination(context, index, i);
    nlohmann::json link = {
        {"text", n.body.links[i].text}, {"written", n.body.links[i].target}, {"image", n.body.links[i].kind == Link::Kind::image}};
    switch (d.kind) {
      case LinkDestination::Kind::note:
        link["note"] = c.notes[d.note].id;
        if (!d.anchor.empty()) link["anchor"] = d.anchor;
        break;
      case LinkDestination::Kind::url:
        link["url"] = d.url;
        break;
      case LinkDestination::Kind::asset:
        link["asset"] = d.asset;
        break;
      case LinkDestination::Kind::none:
        link["unresolved"] = true;
        break;
    }
    links.push_back(std::move(link));
  }
  // Links to notes become NOTE-ID.html#anchor (or np.yaml export.json.note_href with {id} and
  // {anchor}); the `links` array carries the same targets as data for a site that routes itself.
  const std::string href_template = context.settings.options.value("note_href", std::string("{id}.html"));
  HtmlOptions html;
  html.link_target = [&](std::size_t i, const Link&) {
    const LinkDestination d = link_destination(context, index, i);
    switch (d.kind) {
      case LinkDestination::Kind::note: {
        if (d.note == index) return "#" + d.anchor;  // within the note itself
        std::string href = href_template;
        if (const auto at = href.find("{id}"); at != std::string::npos) href.replace(at, 4, c.notes[d.note].id);
        return d.anchor.empty() ? href : href + "#" + d.anchor;
      }
      case LinkDestination::Kind::url:
        return d.url;
      case LinkDestination::Kind::asset:
        return d.asset;
      case LinkDestination::Kind::none:
        return std::string();
    }
    return std::string();
  };
  const std::size_t inline_math = n.body.inline_formulas, display_math = n.body.display_formulas;
  nlohmann::json tags = n.tags;
  return {{"id", n.id},
          {"title", n.title},
          {"order", n.order},
          {"kind", n.kind},
          {"status", n.status},
          {"summary", n.summary},
          {"tags", tags},
          {"updated", n.updated},
          {"path", n.source.path()},
          {"prerequisites", prerequisites},
          {"figures",
           {{"words", n.body.words},
            {"reading_minutes", note_reading_minutes(n)},
            {"formulas", inline_math + display_math},
            {"inline_formulas", inline_math},
            {"display_formulas", display_math},
            {"code_blocks", n.body.code_blocks.size()}}},
          {"headings", headings},
          {"links", links},
          {"html", render_html(n.source, n.body, html)}};
}

}  // namespace

namespace {

// Every string of the manifest without control characters (np/utf8.h): the JSON escapes would
// carry them into the site that reads it.
void drop_control_characters(nlohmann::json& value) {
  if (value.is_string()) {
    std::string& s = value.get_ref<std::string&>();
    std::size_t length = 0;
    if (utf8::find_control_character(s, 0, length)) s = utf8::drop_control_characters(s);
  } else if (value.is_structured()) {
    for (auto& item : value) drop_control_characters(item);
  }
}

}  // namespace

nlohmann::json build_manifest(const ExportContext& context) {
  const Curriculum& c = context.analysis.curriculum;
  const BookMetadata& b = c.config.book;
  nlohmann::json book = {{"title", b.title}, {"language", b.language}};
  for (const auto& [key, value] : {std::pair{"subtitle", b.subtitle},
                                   {"author", b.author},
                                   {"description", b.description},
                                   {"license", b.license},
                                   {"url", b.url},
                                   {"identifier", b.identifier}})
    if (!value.empty()) book[key] = value;
  nlohmann::json parts = nlohmann::json::array();
  std::size_t notes = 0, modules = 0, words = 0, minutes = 0;
  for (const Part& part : c.parts) {
    nlohmann::json part_modules = nlohmann::json::array();
    for (std::size_t m : part.modules) {
      const Module& module = c.modules[m];
      nlohmann::json module_notes = nlohmann::json::array();
      for (std::size_t n : module.notes) {
        if (!context.selection.contains(n)) continue;
        module_notes.push_back(note_json(context, n));
        ++notes;
        words += c.notes[n].body.words;
        minutes += note_reading_minutes(c.notes[n]);
      }
      if (module_notes.empty()) continue;
      ++modules;
      part_modules.push_back({{"number", module.number},
                              {"title", module.title},
                              {"summary", module.summary},
                              {"requires", module.requires_env},
                              {"path", module.dir},
                              {"notes", module_notes}});
    }
    if (part_modules.empty()) continue;
    nlohmann::json p = {{"order", part.order}, {"title", part.title}, {"path", part.dir}, {"modules", part_modules}};
    if (!part.summary.empty()) p["summary"] = part.summary;
    parts.push_back(std::move(p));
  }
  nlohmann::json manifest = {
      {"format", "np-export"},
      {"version", 1},
      {"np_version", NP_VERSION},
      {"generated", iso_timestamp(context.timestamp)},
      {"selection", context.selection.description},
      {"book", book},
      {"figures", {{"parts", parts.size()}, {"modules", modules}, {"notes", notes}, {"words", words}, {"reading_minutes", minutes}}},
      {"parts", parts}};
  drop_control_characters(manifest);
  return manifest;
}

}  // namespace np
