// np export site: the golden pages of the export fixture, reproducibility, and a walk of every
// internal link and fragment of the site of content/ (each must find its target).
#include <fstream>
#include <regex>

#include "np/exporter.h"
#include "test_support.h"

namespace np::test {
namespace {

namespace fs = std::filesystem;

struct SiteRun {
  bool ok = false;
  std::vector<Diagnostic> diagnostics;
};

SiteRun export_site(const Curriculum& c, const std::string& destination) {
  std::string error;
  const auto selection = select_notes(c, "", error);
  EXPECT_TRUE(selection.has_value()) << error;
  const Analysis analysis = analyze(c);
  const RealFileSystem disk;
  const ExportContext context{
      .analysis = analysis, .selection = *selection, .files = disk, .timestamp = 1764000000, .destination = destination};
  SiteRun run;
  run.ok = find_builtin_exporter("site")->run(context, run.diagnostics) == ExportOutcome::written;
  return run;
}

std::string fresh_dir(const std::string& name) {
  const std::string dir = testing::TempDir() + "np-site-" + name;
  fs::remove_all(dir);
  return dir;
}

std::map<std::string, std::string> site_files(const std::string& dir) {
  std::map<std::string, std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) files[fs::relative(e.path(), dir).generic_string()] = read_file(e.path().string());
  return files;
}

TEST(SiteExport, FixtureBookMatchesGolden) {
  const Curriculum c = load_real(fixtures_dir() + "/export/book");
  const std::string out = fresh_dir("golden");
  const SiteRun run = export_site(c, out);
  ASSERT_TRUE(run.ok) << (run.diagnostics.empty() ? "" : run.diagnostics[0].message);
  const auto files = site_files(out);
  for (const auto& [path, contents] : files) {
    // Images are copies; graph.html holds graphviz's own SVG (its version's layout).
    // The stylesheet and the search script are constants of the exporter (site_assets.cc).
    if (path.rfind("assets/", 0) == 0 || path == "graph.html" || path == "style.css" || path == "search.js") continue;
    expect_golden(fixtures_dir() + "/export/book-site/" + path, contents);
  }
  EXPECT_TRUE(files.count("index.html") && files.count("tags.html") && files.count("search-index.js") && files.count("graph.html"));
}

TEST(SiteExport, ReproducibleWhateverTheThreads) {
  const std::string a = fresh_dir("a"), b = fresh_dir("b");
  ASSERT_TRUE(export_site(load_real(fixtures_dir() + "/export/book", 1), a).ok);
  ASSERT_TRUE(export_site(load_real(fixtures_dir() + "/export/book", 4), b).ok);
  EXPECT_EQ(site_files(a), site_files(b));
}

// Every href and src of every page of the site of content/: a relative one names a file of the
// site, and its fragment an id in that file.
TEST(SiteExport, EveryInternalLinkOfTheCurriculumSiteResolves) {
  const Curriculum c = load_real(source_dir() + "/content");
  const std::string out = fresh_dir("content");
  const SiteRun run = export_site(c, out);
  ASSERT_TRUE(run.ok) << (run.diagnostics.empty() ? "" : run.diagnostics[0].message);
  const auto files = site_files(out);
  std::map<std::string, std::set<std::string>> ids;
  const std::regex id_attribute(R"re(\sid="([^"]*)")re");
  for (const auto& [path, contents] : files) {
    if (path.size() < 5 || path.compare(path.size() - 5, 5, ".html") != 0) continue;
    auto& set = ids[path];
    for (std::sregex_iterator it(contents.begin(), contents.end(), id_attribute), end; it != end; ++it) set.insert((*it)[1]);
  }
  const std::regex reference(R"re(\s(?:href|src)="([^"]*)")re");
  std::size_t checked = 0;
  for (const auto& [path, contents] : files) {
    if (!ids.count(path)) continue;
    for (std::sregex_iterator it(contents.begin(), contents.end(), reference), end; it != end; ++it) {
      const std::string target = (*it)[1];
      if (target.rfind("http://", 0) == 0 || target.rfind("https://", 0) == 0 || target.rfind("mailto:", 0) == 0) continue;
      ASSERT_FALSE(target.empty()) << path << " has an empty link";
      const auto hash = target.find('#');
      std::string file = target.substr(0, hash);
      const std::string fragment = hash == std::string::npos ? "" : target.substr(hash + 1);
      std::string resolved = file.empty() ? path : fs::path(fs::path(path).parent_path() / file).lexically_normal().generic_string();
      // Asset paths are percent-encoded.
      for (std::size_t p; (p = resolved.find('%')) != std::string::npos && p + 2 < resolved.size();)
        resolved.replace(p, 3, 1, static_cast<char>(std::stoi(resolved.substr(p + 1, 2), nullptr, 16)));
      EXPECT_TRUE(files.count(resolved)) << path << " links to '" << target << "', which is not in the site";
      if (!fragment.empty() && ids.count(resolved)) {
        EXPECT_TRUE(ids[resolved].count(fragment)) << path << " links to '" << target << "': no such id";
      }
      ++checked;
    }
  }
  EXPECT_GT(checked, 1000u);
  // Every note in the book has its page, and the home page links to it.
  for (const Note& n : c.notes)
    if (n.status != "draft") {
      EXPECT_TRUE(files.count("notes/" + n.id + ".html")) << n.id;
      EXPECT_NE(files.at("index.html").find("href=\"notes/" + n.id + ".html\""), std::string::npos) << n.id;
    }
}

TEST(SiteExport, SolutionsAreFoldedAndNotesUnderReviewAreMarked) {
  const Curriculum c = load_real(source_dir() + "/content");
  const std::string out = fresh_dir("folded");
  ASSERT_TRUE(export_site(c, out).ok);
  const std::string published = read_file(out + "/notes/attention-transformers.html");
  EXPECT_NE(published.find("<details class=\"solutions\" id=\"solutions\">"), std::string::npos);
  EXPECT_NE(published.find("<math"), std::string::npos);
  EXPECT_EQ(published.find("Summary only"), std::string::npos);
  for (const Note& n : c.notes)
    if (n.status == "review") {
      const std::string page = read_file(out + "/notes/" + n.id + ".html");
      EXPECT_NE(page.find("Summary only: this note is an abstract under review"), std::string::npos) << n.id;
      break;
    }
}

// Pages copy images through the curriculum's file system and only from inside the root
// (read_asset): an image swapped for a symlink out of the root is not copied into the site.
TEST(SiteExport, AnImageSwappedForASymlinkOutOfTheRootIsRefused) {
  const std::string root = fresh_dir("swap-root"), outside = fresh_dir("swap-outside");
  fs::copy(fixtures_dir() + "/export/book", root, fs::copy_options::recursive);
  fs::create_directories(outside);
  std::ofstream(outside + "/secret.png") << "SECRET-OUTSIDE-THE-ROOT";
  const Curriculum c = load_real(root);
  const std::string image = root + "/01-foundations/01-vectors/figures/unit.png";
  fs::remove(image);
  fs::create_symlink(outside + "/secret.png", image);
  const std::string out = fresh_dir("swap");
  const SiteRun run = export_site(c, out);
  EXPECT_FALSE(run.ok);
  EXPECT_FALSE(fs::exists(out));
  ASSERT_EQ(run.diagnostics.size(), 1u);
  EXPECT_EQ(run.diagnostics[0].message, "cannot read '01-foundations/01-vectors/figures/unit.png': it resolves to '" +
                                            fs::canonical(outside).string() +
                                            "/secret.png', outside the curriculum root, and np does not read it");
}

}  // namespace
}  // namespace np::test
