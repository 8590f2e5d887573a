// The export framework: one interface for built-in exporters (json, epub, latex, site) and external
// `np-export-NAME` plugins. Exporters receive the run's Analysis (np/analysis.h: the curriculum,
// its links resolved and its formulas checked once, shared with lint), the notes selected by
// --only, the file system the curriculum was loaded from, np.yaml's export.NAME and a
// reproducible timestamp; they write through write_file_atomic.
#pragma once

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "np/analysis.h"
#include "np/config.h"
#include "np/curriculum.h"
#include "np/diagnostic.h"
#include "np/filesystem.h"
#include "np/links.h"

namespace np {

// The notes an export covers: everything, or one part, module or note (--only).
struct ExportSelection {
  std::vector<bool> notes;  // by index into Curriculum::notes
  std::string description;  // "the whole curriculum", "module 03 Linear Algebra & Matrix Analysis"
  bool contains(std::size_t note) const { return note < notes.size() && notes[note]; }
};
// `only` is empty (everything), a part (folder name, order or title), a module (folder name or
// number) or a note id; of those, the notes in the book (`scope`: drafts are out by default).
// nullopt with `error` set when it names nothing, or a note the scope leaves out.
std::optional<ExportSelection> select_notes(const Curriculum& curriculum, const std::string& only, std::string& error,
                                            const BookScope& scope = {});

struct ExportContext {
  const Analysis& analysis;  // the run's one analysis (its curriculum, links and formulas), which lint read too
  const ExportSelection& selection;
  const FileSystem& files;    // what assets are read through: the one the curriculum was loaded from
  long long timestamp = 0;    // seconds since the epoch: SOURCE_DATE_EPOCH, else the newest `updated`
  std::string destination{};  // --out, or the exporter's default
  ExportSettings settings{};  // np.yaml export.NAME (export_settings)
  unsigned timeout_seconds = 60;
};

// An asset (an image) of the curriculum, for an exporter to copy: read through the context's file
// system, only if it still lies inside the root (FileSystem::read_within: an image swapped for a
// symlink to a file elsewhere during the export is refused, not copied).
ReadResult read_asset(const ExportContext& context, const std::string& asset, std::size_t max_bytes);

// Where an exporter sends a link: a note of the export (with an anchor), a URL (external links,
// and notes left out by --only when np.yaml export.note_url is set), an asset, or nowhere (the
// text is kept, the link dropped).
struct LinkDestination {
  enum class Kind { note, url, asset, none };
  Kind kind = Kind::none;
  std::size_t note = kNone;
  std::string anchor;
  std::string url;    // for url
  std::string asset;  // root-relative path, for asset
};
LinkDestination link_destination(const ExportContext& context, std::size_t note, std::size_t link);

// What an export came to; np export's exit code follows it.
enum class ExportOutcome {
  written,  // exit 0
  refused,  // content of the exported notes cannot be exported (errors placed in notes): a finding, exit 1
  failed,   // the output could not be written, or an external exporter failed: the run's problem, exit 2
};
// The outcome of an export that stopped on the errors in `diagnostics`: refused when one of them
// is placed in a file (a line), else failed.
ExportOutcome export_stopped(const std::vector<Diagnostic>& diagnostics);

class Exporter {
 public:
  virtual ~Exporter() = default;
  virtual std::string_view name() const = 0;
  virtual std::string_view description() const = 0;
  virtual std::string default_destination(const Curriculum& curriculum) const = 0;
  // Writes the export; problems are diagnostics (severity error makes the export fail).
  virtual ExportOutcome run(const ExportContext& context, std::vector<Diagnostic>& diagnostics) const = 0;
};

// Built-in exporters, one line each in export/registry.cc.
const std::vector<const Exporter*>& builtin_exporters();
const Exporter* find_builtin_exporter(std::string_view name);

// SOURCE_DATE_EPOCH when set (and a number), else the newest `updated` date of the notes at
// 00:00 UTC, else 0.
long long export_timestamp(const Curriculum& curriculum, const char* source_date_epoch);
std::string iso_timestamp(long long seconds);  // 2026-11-24T00:00:00Z

// The diagnostic of an output that could not be written (rule export-output, on the destination);
// returns ExportOutcome::failed, for `return output_failed(...)` at the end of Exporter::run.
ExportOutcome output_failed(const ExportContext& context, std::string error, std::vector<Diagnostic>& diagnostics);

// A note's reading time in whole minutes, as the JSON manifest and the site give it (prose at
// kWordsPerMinute, plus a pause per display formula and code block: docs/stats.md).
std::size_t note_reading_minutes(const Note& note);

// A short name for file names: np.yaml identifier's or title's slug ("neural-path").
std::string book_slug(const Curriculum& curriculum);

// What build_site keeps from one build to the next for np serve, so that an edit re-renders only
// what it changes. A note's page is reused when everything it is made from is the same as last
// time: its text and front matter, where each of its links goes, the notes that use it, and the
// curriculum facts every page may show (np.yaml, parts, modules, and each note's path, id, title,
// status and module); otherwise it is rendered again. The graph is redrawn only when its dot input
// changed. The other pages are cheap and always made. Either way the pages are the bytes a build
// without a cache makes (tests/serve/check.py compares them with np export site after each edit).
class SiteCache {
 public:
  SiteCache();
  ~SiteCache();
  SiteCache(const SiteCache&) = delete;
  SiteCache& operator=(const SiteCache&) = delete;
  // Of the last build: note pages rendered, and note pages reused.
  std::size_t pages_rendered() const;
  std::size_t pages_reused() const;

  struct Entries;
  std::unique_ptr<Entries> entries;
};

// The pages of `np export site` in memory (relative path -> contents), for np serve; false when a
// page could not be made (the diagnostics say why; the files made are still there). With a
// `cache`, what the last build made is reused where its inputs did not change (SiteCache).
bool build_site(const ExportContext& context, std::map<std::string, std::string>& files, std::vector<Diagnostic>& diagnostics,
                SiteCache* cache = nullptr);

// The manifest of `np export json` (schemas/export.schema.json); external plugins receive it too.
nlohmann::json build_manifest(const ExportContext& context);

}  // namespace np
