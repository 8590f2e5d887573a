// The export framework, the JSON exporter and external plugins.

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>

#include "np/exporter.h"
#include "np/plugin.h"
#include "test_support.h"

namespace np::test {
namespace {

const std::string kBook = fixtures_dir() + "/export/book";

nlohmann::json manifest_of(const Curriculum& c, const std::string& only = "", long long timestamp = 1764000000) {
  std::string error;
  const auto selection = select_notes(c, only, error);
  EXPECT_TRUE(selection.has_value()) << error;
  const Analysis analysis = analyze(c);
  const RealFileSystem disk;
  const ExportContext context{
      .analysis = analysis, .selection = *selection, .files = disk, .timestamp = timestamp, .destination = "unused"};
  return build_manifest(context);
}

TEST(JsonExport, ContentManifestMatchesTheExportSchema) {
  const Curriculum c = load_real(source_dir() + "/content");
  const nlohmann::json manifest = manifest_of(c);
  EXPECT_EQ(schema_errors(manifest, "export.schema.json"), "");
  EXPECT_EQ(manifest["figures"]["notes"], 164);
  EXPECT_EQ(manifest["figures"]["modules"], 26);
  EXPECT_EQ(manifest["figures"]["parts"], 5);
}

TEST(JsonExport, FixtureBookMatchesGolden) {
  const Curriculum c = load_real(kBook);
  const nlohmann::json manifest = manifest_of(c);
  EXPECT_EQ(schema_errors(manifest, "export.schema.json"), "");
  expect_golden(fixtures_dir() + "/export/book.json", manifest.dump(2) + "\n");
}

TEST(JsonExport, ReproducibleWhateverTheThreads) {
  const std::string a = manifest_of(load_real(source_dir() + "/content", 1)).dump();
  const std::string b = manifest_of(load_real(source_dir() + "/content", 4)).dump();
  EXPECT_EQ(a, b);
}

TEST(JsonExport, OnlyOneModuleTurnsOtherNotesIntoUrlsFromNpYaml) {
  const Curriculum c = load_real(kBook);
  const nlohmann::json manifest = manifest_of(c, "03");
  EXPECT_EQ(manifest["selection"], "module 03 Models");
  EXPECT_EQ(manifest["figures"]["notes"], 1);
  const auto& links = manifest["parts"][0]["modules"][0]["notes"][0]["links"];
  EXPECT_EQ(links[0]["url"], "https://example.org/notes/expectation#linearity");
  EXPECT_EQ(links[1]["url"], "https://example.org/notes/norms");
  EXPECT_EQ(links[2]["note"], "bridge-regression");
  EXPECT_EQ(links[2]["anchor"], "the-normal-equations");
}

TEST(JsonExport, OnlyRejectsWhatNamesNothing) {
  const Curriculum c = load_real(kBook);
  std::string error;
  EXPECT_FALSE(select_notes(c, "nothing-here", error).has_value());
  EXPECT_NE(error.find("--only 'nothing-here' names no part, module or note"), std::string::npos);
  EXPECT_TRUE(select_notes(c, "Practice", error).has_value());
  EXPECT_TRUE(select_notes(c, "01-vectors", error).has_value());
  EXPECT_TRUE(select_notes(c, "expectation", error).has_value());
}

// np export's exit code follows the outcome: an error placed in a note refuses the content (a
// finding, exit 1); errors on no line (the output, the destination) fail the run (exit 2).
TEST(ExportOutcome, AStoppedExportIsRefusedOnlyForErrorsInTheNotes) {
  Diagnostic output;
  output.file = "build/book.epub";
  output.rule = "export-output";
  Diagnostic placed;
  placed.file = "01-p/01-m/a.md";
  placed.line = 3;
  placed.rule = "export-epub";
  Diagnostic warning = placed;
  warning.severity = Severity::warning;
  EXPECT_EQ(export_stopped({output}), ExportOutcome::failed);
  EXPECT_EQ(export_stopped({output, warning}), ExportOutcome::failed);
  EXPECT_EQ(export_stopped({warning, placed}), ExportOutcome::refused);
}

TEST(ExportTimestamp, SourceDateEpochElseNewestUpdated) {
  const Curriculum c = load_real(kBook);
  EXPECT_EQ(export_timestamp(c, "1700000000"), 1700000000);
  EXPECT_EQ(iso_timestamp(export_timestamp(c, nullptr)), "2026-05-03T00:00:00Z");
  EXPECT_EQ(iso_timestamp(export_timestamp(c, "not-a-number")), "2026-05-03T00:00:00Z");
}

// --- plugins ---------------------------------------------------------------------------------

PluginCommand plugin(const std::string& name) {
  return {name, {fixtures_dir() + "/export/plugins/np-export-" + name}, "np-export-" + name};
}

std::vector<Diagnostic> run_plugin(const std::string& name, const std::string& destination, bool expect_ok, unsigned timeout = 60) {
  const Curriculum c = load_real(kBook);
  std::string error;
  const auto selection = select_notes(c, "", error);
  const Analysis analysis = analyze(c);
  const RealFileSystem disk;
  const ExportContext context{.analysis = analysis,
                              .selection = *selection,
                              .files = disk,
                              .timestamp = 1764000000,
                              .destination = destination,
                              .timeout_seconds = timeout};
  std::vector<Diagnostic> diagnostics;
  const ExportOutcome outcome = run_plugin_export(plugin(name), context, diagnostics);
  // A plugin that fails is the run's problem (exit 2), never refused content, whatever it reports.
  EXPECT_EQ(outcome, expect_ok ? ExportOutcome::written : ExportOutcome::failed) << name;
  return diagnostics;
}

std::string temp_dir(const std::string& name) {
  const std::string dir = testing::TempDir() + "np-export-" + name;
  std::filesystem::remove_all(dir);
  return dir;
}

TEST(Plugin, ReceivesTheContextInItsDestination) {
  const std::string dir = temp_dir("files");
  EXPECT_TRUE(run_plugin("files", dir, true).empty());
  const auto context = nlohmann::json::parse(read_file(dir + "/context.json"));
  EXPECT_EQ(context["protocol"], 1);
  EXPECT_EQ(context["source_date_epoch"], 1764000000);
  // The plugin writes into a fresh hidden folder beside the destination, renamed to it at the end.
  const std::filesystem::path written = context["destination"].get<std::string>();
  EXPECT_EQ(written.parent_path(), std::filesystem::absolute(dir).parent_path());
  EXPECT_EQ(written.filename().string().rfind(".np-export-files.tmp-", 0), 0u) << written;
  EXPECT_FALSE(std::filesystem::exists(written));
  EXPECT_TRUE(std::filesystem::exists(dir + "/.np-export-files"));
  EXPECT_EQ(schema_errors(context["curriculum"], "export.schema.json"), "");
}

std::vector<std::string> folder_entries(const std::string& dir) {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::directory_iterator(dir)) out.push_back(e.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

// A plugin that fails half way leaves the previous output as it was, and nothing beside it.
TEST(Plugin, AFailingPluginLeavesThePreviousOutput) {
  const std::string parent = temp_dir("flaky-parent"), dir = parent + "/out";
  std::filesystem::create_directories(parent);
  EXPECT_TRUE(run_plugin("flaky", dir, true).empty());
  ASSERT_EQ(read_file(dir + "/book.txt"), "the whole book\n");
  ::setenv("FLAKY", "fail", 1);
  const auto diagnostics = run_plugin("flaky", dir, false);
  ::unsetenv("FLAKY");
  ASSERT_EQ(diagnostics.size(), 2u);
  EXPECT_EQ(diagnostics[0].message, "says: ran out of ink");
  EXPECT_EQ(diagnostics[1].message, "'np-export-flaky' failed with exit code 1");
  EXPECT_EQ(read_file(dir + "/book.txt"), "the whole book\n");
  EXPECT_EQ(folder_entries(parent), std::vector<std::string>{"out"});
  EXPECT_EQ(folder_entries(dir), (std::vector<std::string>{".np-export-flaky", "book.txt"}));
}

// np replaces only a folder that a run of the same exporter wrote (or an empty one).
TEST(Plugin, AFolderNpDidNotWriteIsNotReplaced) {
  const std::string dir = temp_dir("flaky-mine");
  std::filesystem::create_directories(dir);
  { std::ofstream(dir + "/thesis.tex") << "mine"; }
  const auto diagnostics = run_plugin("flaky", dir, false);
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].rule, "export-output");
  EXPECT_EQ(diagnostics[0].message,
            "cannot replace '" + dir + "': it is not empty and not an earlier np export flaky (no .np-export-flaky in it)");
  EXPECT_EQ(folder_entries(dir), std::vector<std::string>{"thesis.tex"});
}

// 8 MB of standard error: np keeps the first MiB, shows the first 40 lines and says how many more
// there were (it used to keep every line as a diagnostic: 1.2 GB and a minute).
TEST(Plugin, AFloodOfStandardErrorIsBounded) {
  const auto diagnostics = run_plugin("flood", temp_dir("flood"), false);
  ASSERT_EQ(diagnostics.size(), 42u);
  EXPECT_EQ(diagnostics[0].message, "says: spam spam spam");
  EXPECT_EQ(diagnostics[39].message, "says: spam spam spam");
  EXPECT_EQ(diagnostics[40].message,
            "533294 more lines of its standard error not shown (np shows the first 40 lines of text and 1000 JSON diagnostics)");
  EXPECT_EQ(diagnostics[41].message, "'np-export-flood' failed with exit code 1");

  const ProcessResult r = run_process({"sh", "-c", "yes 'spam spam spam' | head -c 8000000 >&2"}, "", "", 60);
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.err.size(), std::size_t{1} << 20);
  EXPECT_EQ(r.err_dropped_lines, 533333u - (std::size_t{1} << 20) / 15);  // 15 bytes a line
}

// What np prints of a line: at most 500 bytes, cut between characters, and no terminal escapes.
TEST(Plugin, StandardErrorLinesArePrintedSafely) {
  const auto diagnostics = run_plugin("noisy", temp_dir("noisy"), false);
  ASSERT_EQ(diagnostics.size(), 3u);
  EXPECT_EQ(diagnostics[0].message, "says: \xEF\xBF\xBD[31mred");
  EXPECT_EQ(
      diagnostics[1].message, "says: " + std::string(166, 'x') + [] {
        std::string e;
        for (int i = 0; i < 167; ++i) e += "\xC3\xA9";
        return e;
      }() + "...");
}

bool process_gone(pid_t pid) {
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string line;
  if (!std::getline(stat, line)) return true;
  const auto paren = line.rfind(')');
  return paren != std::string::npos && paren + 2 < line.size() && line[paren + 2] == 'Z';  // dead, not yet reaped
}

// A plugin that exits leaving a child that holds its pipes: np takes the exit as the end (it used
// to wait for the pipes until the timeout and fail), and the child does not outlive the export.
TEST(Plugin, ALingeringChildIsKilledAndDoesNotHoldTheExport) {
  const std::string dir = temp_dir("linger");
  EXPECT_TRUE(run_plugin("linger", dir, true, 30).empty());
  const pid_t child = static_cast<pid_t>(std::stol(read_file(dir + "/child.pid")));
  ASSERT_GT(child, 0);
  bool gone = false;
  for (int i = 0; i < 1000 && !(gone = process_gone(child)); ++i) ::usleep(10000);  // SIGKILL is sent, not yet delivered
  EXPECT_TRUE(gone) << "the plugin's child " << child << " outlived the export";
  if (!gone) ::kill(child, SIGKILL);
}

TEST(Plugin, HangingPluginIsKilledAtTheTimeout) {
  const auto start = std::chrono::steady_clock::now();
  const auto diagnostics = run_plugin("hang", temp_dir("hang"), false, 1);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(30));  // a bound on a hang, not a speed test
  ASSERT_FALSE(diagnostics.empty());
  EXPECT_EQ(diagnostics.back().message, "'np-export-hang' did not finish within 1 second and was stopped");
}

TEST(Plugin, CrashReportsItsJsonDiagnosticsAndTheSignal) {
  const auto diagnostics = run_plugin("crash", temp_dir("crash"), false);
  ASSERT_EQ(diagnostics.size(), 3u);
  EXPECT_EQ(diagnostics[0].file, "01-foundations/01-vectors/norms.md");
  EXPECT_EQ(diagnostics[0].line, 12);
  EXPECT_EQ(diagnostics[0].message, "cannot render note");
  EXPECT_EQ(diagnostics[1].message, "says: plain words on stderr");
  EXPECT_EQ(diagnostics[2].message, "'np-export-crash' failed (killed by a signal)");
}

TEST(Plugin, GarbageDescriptionAndOtherProtocolsAreRefused) {
  auto diagnostics = run_plugin("garbage", temp_dir("garbage"), false);
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].message, "'np-export-garbage --describe' did not print JSON: this is not JSON\n");
  diagnostics = run_plugin("future", temp_dir("future"), false);
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].message, std::string("'np-export-future' speaks protocol 2, np ") + NP_VERSION + " speaks protocol 1");
}

TEST(Plugin, NonZeroExitWithoutReadingTheInputDoesNotBlock) {
  const auto diagnostics = run_plugin("fail", temp_dir("fail"), false);
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].message, "'np-export-fail' failed with exit code 3");
}

TEST(Plugin, ThePythonExampleWritesItsCsv) {
  ASSERT_EQ(std::system("python3 --version > /dev/null 2>&1"), 0) << "python3 is missing: scripts/install-deps installs it";
  const Curriculum c = load_real(kBook);
  std::string error;
  const auto selection = select_notes(c, "", error);
  const Analysis analysis = analyze(c);
  const RealFileSystem disk;
  const std::string dir = temp_dir("wordcount");
  const ExportContext context{.analysis = analysis, .selection = *selection, .files = disk, .timestamp = 0, .destination = dir};
  std::vector<Diagnostic> diagnostics;
  ASSERT_EQ(run_plugin_export({"wordcount", {source_dir() + "/examples/np-export-wordcount"}, "examples/np-export-wordcount"}, context,
                              diagnostics),
            ExportOutcome::written);
  EXPECT_TRUE(diagnostics.empty());
  const std::string csv = read_file(dir + "/words.csv");
  EXPECT_EQ(csv.substr(0, csv.find('\n')), "id,module,words,formulas\r");
  EXPECT_NE(csv.find("norms,1,"), std::string::npos);
}

}  // namespace
}  // namespace np::test

namespace np::test {
namespace {

// np killed (SIGKILL: no handler runs) at many points of an export: the destination holds either
// the previous file or the complete new export, and no temporary file is left in its folder.
TEST(ExportFaults, KilledMidExportLeavesTheOldOutputAndNoTemporaryFile) {
  const std::string dir = std::filesystem::temp_directory_path().string() + "/np-kill-" + std::to_string(::getpid());
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const std::string reference = dir + "/reference.epub", dest = dir + "/out/book.epub";
  std::filesystem::create_directories(dir + "/out");
  const std::string content = source_dir() + "/content";
  ASSERT_EQ(std::system(("SOURCE_DATE_EPOCH=1 '" + std::string(NP_BINARY) + "' export epub --root '" + content + "' -o '" + reference +
                         "' 2>/dev/null")
                            .c_str()),
            0);
  const std::string complete = read_file(reference);
  int killed_before_rename = 0, finished = 0;
  for (int delay_ms = 0; delay_ms <= 300; delay_ms += 15) {
    { std::ofstream(dest, std::ios::binary) << "OLD"; }
    const pid_t pid = ::fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      ::setenv("SOURCE_DATE_EPOCH", "1", 1);
      const int devnull = ::open("/dev/null", O_WRONLY);
      ::dup2(devnull, 1);
      ::dup2(devnull, 2);
      ::execl(NP_BINARY, NP_BINARY, "export", "epub", "--root", content.c_str(), "-o", dest.c_str(), static_cast<char*>(nullptr));
      ::_exit(127);
    }
    ::usleep(static_cast<useconds_t>(delay_ms) * 1000);
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    const std::string now = read_file(dest);
    EXPECT_TRUE(now == "OLD" || now == complete)
        << "after " << delay_ms << " ms: " << now.size() << " bytes, neither the old file nor the export";
    (now == "OLD" ? killed_before_rename : finished)++;
    std::vector<std::string> names;
    for (const auto& e : std::filesystem::directory_iterator(dir + "/out")) names.push_back(e.path().filename().string());
    EXPECT_EQ(names, std::vector<std::string>{"book.epub"}) << "after " << delay_ms << " ms";
  }
  EXPECT_GT(killed_before_rename, 0);  // the test did interrupt exports
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace np::test
