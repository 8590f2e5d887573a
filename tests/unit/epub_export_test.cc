// np export epub: what goes into the archive (a namespace of its own: helper names stay apart in a
// unity build). epubcheck runs on the whole curriculum in tests/epub/check.sh.
#include <zip.h>

#include "np/exporter.h"
#include "test_support.h"

namespace np::test::epub_export {
namespace {

namespace fs = std::filesystem;

std::string fresh_dir(const std::string& name) {
  const std::string dir = testing::TempDir() + "np-epub-" + name;
  fs::remove_all(dir);
  return dir;
}

struct EpubRun {
  bool ok = false;
  std::vector<Diagnostic> diagnostics;
};

EpubRun export_epub(const Curriculum& c, const std::string& destination, const FileSystem& files = RealFileSystem()) {
  std::string error;
  const auto selection = select_notes(c, "", error);
  EXPECT_TRUE(selection.has_value()) << error;
  const Analysis analysis = analyze(c);
  const ExportContext context{
      .analysis = analysis, .selection = *selection, .files = files, .timestamp = 1764000000, .destination = destination};
  EpubRun run;
  run.ok = find_builtin_exporter("epub")->run(context, run.diagnostics) == ExportOutcome::written;
  return run;
}

// Entry name -> contents, read with libzip.
std::map<std::string, std::string> entries(const std::string& epub) {
  std::map<std::string, std::string> out;
  int error = 0;
  zip_t* archive = zip_open(epub.c_str(), ZIP_RDONLY, &error);
  if (!archive) return out;
  for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
    zip_stat_t st;
    if (zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &st) != 0) continue;
    std::string data(st.size, '\0');
    if (zip_file_t* f = zip_fopen_index(archive, static_cast<zip_uint64_t>(i), 0)) {
      zip_fread(f, data.data(), st.size);
      zip_fclose(f);
    }
    out[st.name] = std::move(data);
  }
  zip_close(archive);
  return out;
}

// The export fixture with a note that shows images named to break out of a folder when unzipped
// on Windows (backslashes), with a space and capitals, and one whose safe name is taken.
std::string hostile_names_book() {
  const std::string root = fresh_dir("names-root");
  fs::copy(fixtures_dir() + "/export/book", root, fs::copy_options::recursive);
  const std::string figures = root + "/01-foundations/01-vectors/figures/";
  for (const char* name : {"a\\..\\..\\evil.png", "Fig 1.PNG", "fig-1.png"}) fs::copy_file(figures + "unit.png", figures + name);
  std::ofstream(root + "/01-foundations/01-vectors/norms.md", std::ios::app)
      << "\n![evil](<figures/a\\\\..\\\\..\\\\evil.png>) ![f](<figures/Fig 1.PNG>) ![g](figures/fig-1.png)\n";
  return root;
}

// Zip entry names come from a safe alphabet, whatever the files are called; every image a page
// shows is an entry of the archive, each image once.
TEST(EpubExport, ZipEntryNamesAreBuiltFromASafeAlphabet) {
  const Curriculum c = load_real(hostile_names_book());
  const std::string out = fresh_dir("names") + ".epub";
  fs::remove(out);
  const EpubRun run = export_epub(c, out);
  ASSERT_TRUE(run.ok) << (run.diagnostics.empty() ? "" : run.diagnostics[0].message);
  const auto files = entries(out);
  std::vector<std::string> assets;
  for (const auto& [name, data] : files) {
    EXPECT_EQ(name.find('\\'), std::string::npos) << name;
    EXPECT_EQ(name.find(".."), std::string::npos) << name;
    EXPECT_EQ(name.find(' '), std::string::npos) << name;
    if (name.rfind("EPUB/assets/", 0) != 0) continue;
    assets.push_back(name);
    EXPECT_TRUE(std::all_of(name.begin() + 5, name.end(), [](char ch) {  // after EPUB/
      return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '_' || ch == '/' || ch == '.';
    })) << name;
  }
  const std::string dir = "EPUB/assets/01-foundations/01-vectors/figures/";
  EXPECT_EQ(assets, (std::vector<std::string>{dir + "a-------evil.png", dir + "fig-1-2.png", dir + "fig-1.png", dir + "unit.png"}));
  const std::string page = files.at("EPUB/n-norms.xhtml");
  for (const char* image : {"unit.png", "a-------evil.png", "fig-1.png", "fig-1-2.png"})
    EXPECT_NE(page.find("src=\"assets/01-foundations/01-vectors/figures/" + std::string(image) + "\""), std::string::npos) << image;
}

// An image swapped for a symlink to a file outside the root after np has walked the tree (as a
// race during an export would): refused, and nothing is written.
TEST(EpubExport, AnImageSwappedForASymlinkOutOfTheRootIsRefused) {
  const std::string root = fresh_dir("swap-root"), outside = fresh_dir("swap-outside");
  fs::copy(fixtures_dir() + "/export/book", root, fs::copy_options::recursive);
  fs::create_directories(outside);
  std::ofstream(outside + "/secret.png") << "SECRET-OUTSIDE-THE-ROOT";
  const Curriculum c = load_real(root);
  const std::string image = root + "/01-foundations/01-vectors/figures/unit.png";
  fs::remove(image);
  fs::create_symlink(outside + "/secret.png", image);
  const std::string out = fresh_dir("swap") + ".epub";
  fs::remove(out);
  const EpubRun run = export_epub(c, out);
  EXPECT_FALSE(run.ok);
  EXPECT_FALSE(fs::exists(out));
  ASSERT_EQ(run.diagnostics.size(), 1u);
  EXPECT_EQ(run.diagnostics[0].message, "cannot read image '01-foundations/01-vectors/figures/unit.png': it resolves to '" +
                                            fs::canonical(outside).string() +
                                            "/secret.png', outside the curriculum root, and np does not read it");
}

// Images are read through the file system the curriculum was loaded from (ExportContext::files),
// never from the disk around it: a curriculum in memory exports the images it holds.
TEST(EpubExport, ImagesAreReadThroughTheCurriculumsFileSystem) {
  MemoryFileSystem memory;
  add_tree(memory, fixtures_dir() + "/export/book", "book");
  const std::string path = "01-foundations/01-vectors/figures/unit.png";
  const std::string only_in_memory = read_file(fixtures_dir() + "/export/book/" + path) + "np-in-memory";
  memory.add("book/" + path, only_in_memory);
  const Curriculum c = load_memory(memory, "book");
  const std::string out = fresh_dir("memory") + ".epub";
  const EpubRun run = export_epub(c, out, memory);
  ASSERT_TRUE(run.ok) << (run.diagnostics.empty() ? "" : run.diagnostics[0].message);
  std::size_t copies = 0;
  for (const auto& [name, data] : entries(out)) copies += data == only_in_memory ? 1 : 0;
  EXPECT_EQ(copies, 1u);
}

}  // namespace
}  // namespace np::test::epub_export
