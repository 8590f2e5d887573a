// np export FORMAT: load with the texts, analyze once (links, math), lint and export from that one
// Analysis, select (--only), run a built-in exporter or an external plugin, write atomically.
#include <sys/stat.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <set>

#include "commands.h"
#include "common.h"
#include "np/analysis.h"
#include "np/exporter.h"
#include "np/lint.h"
#include "np/plugin.h"
#include "np/reporter.h"

namespace np::cli {

void setup_export(CLI::App& app, ExportOptions& o) {
  app.add_option("format", o.format, "Exporter: json, epub, latex, or NAME for an np-export-NAME plugin");
  app.add_option("--root", o.root, "Curriculum root (default: content/)");
  app.add_option("-o,--out", o.out, "Output path (default: under build/)");
  app.add_option("--only", o.only, "Export one part (folder or title), module (number or folder) or note (id)");
  app.add_flag("--include-drafts", o.include_drafts,
               "Put notes with status: draft in the book (default: they are left out, as np stats leaves them out)");
  app.add_flag("--force", o.force, "Export even when np lint reports errors in the notes exported");
  app.add_flag("--list", o.list, "List the built-in exporters and the plugins found on PATH");
  app.add_option("--timeout", o.timeout, "Seconds an external plugin may run (default 60)");
  app.add_flag(
      "--no-configured-commands", o.no_configured_commands,
      "Refuse to run a program np.yaml names (export.NAME.command); also NP_NO_CONFIGURED_COMMANDS=1. For CI on untrusted changes");
  app.add_option("-j,--jobs", o.jobs, "Threads reading files (default: all cores)");
}

namespace {

int list_exporters() {
  for (const Exporter* e : builtin_exporters())
    std::cout << e->name() << std::string(12 - std::min<std::size_t>(11, e->name().size()), ' ') << e->description() << "\n";
  for (const auto& name : discover_plugins())
    std::cout << name << std::string(12 - std::min<std::size_t>(11, name.size()), ' ') << "external: np-export-" << name << "\n";
  return kExitClean;
}

void print(const std::vector<Diagnostic>& diagnostics, const Curriculum& c, const std::string& root) {
  if (diagnostics.empty()) return;
  ReportOptions options;
  if (!root.empty()) options.path_display = path_display(root);
  std::string text = render_report(diagnostics, ReportFormat::text, options, [&](const std::string& p) { return c.find_source(p); });
  text = text.substr(0, text.rfind("\n\n") + 1);  // the summary line is np export's own
  std::cerr << text;
}

// --no-configured-commands, or NP_NO_CONFIGURED_COMMANDS set to anything but "" or "0": CI that
// exports changes it has not reviewed runs no program that np.yaml names.
bool configured_commands_refused(const ExportOptions& o) {
  const char* env = std::getenv("NP_NO_CONFIGURED_COMMANDS");
  return o.no_configured_commands || (env && *env && std::string_view(env) != "0");
}

// The lint findings that concern the book: those in the notes it exports and in the files every
// note depends on (np.yaml, part.yaml, module.yaml), not those in notes left out.
LintResult book_lint(LintResult lint, const Curriculum& c, const ExportSelection& selection) {
  std::set<std::string> left_out;
  for (std::size_t n = 0; n < c.notes.size(); ++n)
    if (!selection.contains(n)) left_out.insert(c.notes[n].source.path());
  std::erase_if(lint.diagnostics, [&](const Diagnostic& d) { return left_out.count(d.file) > 0; });
  lint.errors = lint.warnings = 0;
  for (const auto& d : lint.diagnostics) (d.severity == Severity::error ? lint.errors : lint.warnings)++;
  return lint;
}

}  // namespace

int run_export(const ExportOptions& o) {
  if (o.list) return list_exporters();
  if (o.format.empty()) throw UsageError("export needs a format: json, epub, latex or a plugin name (np export --list)");
  const std::string root = resolve_root(o.root);
  RealFileSystem disk;
  auto curriculum = load(disk, root, o.jobs, Keep::texts);
  if (!curriculum) return kExitUsage;

  const Exporter* builtin = find_builtin_exporter(o.format);
  std::optional<PluginCommand> plugin;
  if (!builtin) {
    // The name becomes part of a program's name and of a marker file's: letters, digits, '-', '_'.
    const bool plain = std::all_of(o.format.begin(), o.format.end(),
                                   [](char ch) { return std::isalnum(static_cast<unsigned char>(ch)) || ch == '-' || ch == '_'; });
    if (!plain || o.format[0] == '-')
      throw UsageError("no exporter '" + o.format + "': an exporter's name is letters, digits, '-' and '_' (np export --list)");
    plugin = find_plugin(*curriculum, o.format);
    if (!plugin) {
      std::string known;
      for (const Exporter* e : builtin_exporters()) known += (known.empty() ? "" : ", ") + std::string(e->name());
      throw UsageError("no exporter '" + o.format + "': not built in (" + known + "), no np-export-" + o.format + " on PATH, no export." +
                       o.format + ".command in np.yaml");
    }
    if (plugin->configured && configured_commands_refused(o)) {
      std::string program = plugin->argv.empty() ? "" : plugin->argv[0];
      throw UsageError("np.yaml export." + o.format + ".command would run '" + program +
                       "': commands configured in np.yaml are refused here (" +
                       (o.no_configured_commands ? "--no-configured-commands" : "NP_NO_CONFIGURED_COMMANDS is set") +
                       "); np.yaml is code for exporters, see docs/security.md");
    }
  }

  std::string error;
  BookScope scope;
  scope.include_drafts = o.include_drafts;
  const auto selection = select_notes(*curriculum, o.only, error, scope);
  if (!selection) throw UsageError(error);

  // Lint first: errors in what is exported stop the export unless --force, and then it is said
  // loudly. Notes the book leaves out (drafts, notes outside --only) cannot break it. Lint and the
  // exporter read the same Analysis.
  const Analysis analysis = analyze(*curriculum);
  const LintResult lint = book_lint(run_lint(analysis), *curriculum, *selection);
  print(lint.diagnostics, *curriculum, root);
  if (lint.errors > 0 && !o.force) {
    std::cerr << "np: export stopped: np lint found " << lint.errors << (lint.errors == 1 ? " error" : " errors")
              << " (fix them, or pass --force)\n";
    return kExitFindings;
  }
  if (lint.errors > 0)
    std::cerr << "np: WARNING: exporting despite " << lint.errors << (lint.errors == 1 ? " lint error" : " lint errors") << " (--force)\n";
  ExportSettings settings = export_settings(curriculum->config, o.format);
  const std::string destination = !o.out.empty() ? o.out : builtin ? builtin->default_destination(*curriculum) : "build/" + o.format;
  if (o.out.empty()) {
    // The default output folder is np's to create; a folder named with -o must exist.
    std::error_code ec;
    std::filesystem::create_directories(std::filesystem::path(destination).parent_path(), ec);
    if (ec) throw UsageError("cannot create the output folder for '" + destination + "': " + ec.message());
  }
  const unsigned timeout = settings.timeout(o.timeout);
  const ExportContext context{.analysis = analysis,
                              .selection = *selection,
                              .files = disk,
                              .timestamp = export_timestamp(*curriculum, std::getenv("SOURCE_DATE_EPOCH")),
                              .destination = destination,
                              .settings = std::move(settings),
                              .timeout_seconds = timeout};

  std::vector<Diagnostic> diagnostics;
  const ExportOutcome outcome = builtin ? builtin->run(context, diagnostics) : run_plugin_export(*plugin, context, diagnostics);
  print(diagnostics, *curriculum, "");
  if (outcome != ExportOutcome::written) {
    // A FIFO or a device is written as a stream: part of the export may have gone out.
    struct stat st {};
    const bool stream = ::lstat(destination.c_str(), &st) == 0 && (S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode));
    std::cerr << "np: export " << o.format << " failed" << (stream ? "" : "; " + destination + " was not changed") << "\n";
    // Refused content (an error placed in a note) is a finding, as lint's are; an output that
    // cannot be written, or a plugin that fails, is the run's problem.
    return outcome == ExportOutcome::refused ? kExitFindings : kExitUsage;
  }
  std::size_t notes = 0;
  for (bool selected : selection->notes) notes += selected ? 1 : 0;
  std::cerr << "np: wrote " << destination << " (" << selection->description << ", " << notes << (notes == 1 ? " note)" : " notes)")
            << "\n";
  return kExitClean;
}

}  // namespace np::cli
