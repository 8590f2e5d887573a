// write_file_atomic: the file appears whole or not at all, and no temporary file is left behind.
#include "np/atomic_file.h"

#include <sys/stat.h>

#include "test_support.h"

namespace np::test {
namespace {

std::string fresh_dir(const std::string& name) {
  const std::string dir = testing::TempDir() + "np-atomic-" + name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

std::vector<std::string> entries(const std::string& dir) {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::directory_iterator(dir)) out.push_back(e.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

TEST(AtomicFile, WritesAndReplaces) {
  const std::string dir = fresh_dir("replace");
  std::string error;
  ASSERT_TRUE(write_file_atomic(dir + "/out.json", "first\n", error)) << error;
  ASSERT_TRUE(write_file_atomic(dir + "/out.json", "second\n", error)) << error;
  EXPECT_EQ(read_file(dir + "/out.json"), "second\n");
  EXPECT_EQ(entries(dir), std::vector<std::string>{"out.json"});
  struct stat st {};
  ASSERT_EQ(stat((dir + "/out.json").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0644u);
}

TEST(AtomicFile, EmptyAndLargeContents) {
  const std::string dir = fresh_dir("sizes");
  std::string error;
  ASSERT_TRUE(write_file_atomic(dir + "/empty", "", error)) << error;
  EXPECT_EQ(read_file(dir + "/empty"), "");
  const std::string big(8u << 20, 'x');
  ASSERT_TRUE(write_file_atomic(dir + "/big", big, error)) << error;
  EXPECT_EQ(read_file(dir + "/big").size(), big.size());
}

TEST(AtomicFile, MissingFolderOrAFileInTheWayIsAnErrorNamingTheFolder) {
  const std::string dir = fresh_dir("missing");
  std::string error;
  EXPECT_FALSE(write_file_atomic(dir + "/nope/out.json", "x", error));
  EXPECT_EQ(error, "cannot write '" + dir + "/nope/out.json': the folder '" + dir + "/nope' does not exist");
  { std::ofstream(dir + "/file") << "x"; }
  EXPECT_FALSE(write_file_atomic(dir + "/file/out.json", "x", error));
  EXPECT_EQ(error, "cannot write '" + dir + "/file/out.json': '" + dir + "/file' is not a folder");
  EXPECT_FALSE(write_file_atomic(dir + "/file/deeper/out.json", "x", error));
  EXPECT_EQ(error, "cannot write '" + dir + "/file/deeper/out.json': '" + dir + "/file/deeper' is not a folder");
  EXPECT_EQ(read_file(dir + "/file"), "x");
}

TEST(AtomicFile, FailedRenameRemovesTheTemporaryFileAndKeepsTheTarget) {
  // A folder in the way: rename(2) of a file over a non-empty folder fails.
  const std::string dir = fresh_dir("rename");
  std::filesystem::create_directories(dir + "/out.json/inside");
  std::string error;
  EXPECT_FALSE(write_file_atomic(dir + "/out.json", "x", error));
  EXPECT_EQ(error, "cannot replace '" + dir + "/out.json': Is a directory");
  EXPECT_EQ(entries(dir), std::vector<std::string>{"out.json"});
  EXPECT_TRUE(std::filesystem::is_directory(dir + "/out.json/inside"));
}

TEST(AtomicFile, PathEndingInASlashIsRefused) {
  std::string error;
  EXPECT_FALSE(write_file_atomic(fresh_dir("slash") + "/", "x", error));
  EXPECT_NE(error.find("names a folder"), std::string::npos) << error;
}

}  // namespace
}  // namespace np::test
