// np export epub: what goes into the archive (a namespace of its own: helper names stay apart in a
// unity build). epubcheck runs on the whole curriculum in tests/epub/check.sh.
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

EpubRun export_epub(const Curriculum& c, const std::string& destination) {
  std::string error;
  const auto selection = select_notes(c, "", error);
  EXPECT_TRUE(selection.has_value()) << error;
  const LinkResolution links = resolve_links(c);
  const ExportContext context{c, links, *selection, 1764000000, destination, nlohmann::json::object(), 60};
  EpubRun run;
  run.ok = find_builtin_exporter("epub")->run(context, run.diagnostics);
  return run;
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

}  // namespace
}  // namespace np::test::epub_export
