// FileSystem::read_within: nothing outside a folder is read, whatever symlinks lead there.
#include <unistd.h>

#include "test_support.h"

namespace np::test::filesystem {
namespace {

namespace fs = std::filesystem;

struct Tree {
  std::string root, outside;
};

// ROOT/{inside.md, notes/, link-in -> inside.md, link-out -> OUTSIDE/secret, dir-out -> OUTSIDE}
Tree make_tree(const std::string& name) {
  const std::string base = testing::TempDir() + "np-fs-" + name;
  fs::remove_all(base);
  Tree t{base + "/root", base + "/outside"};
  fs::create_directories(t.root + "/notes");
  fs::create_directories(t.outside);
  std::ofstream(t.root + "/inside.md") << "inside";
  std::ofstream(t.outside + "/secret") << "SECRET";
  fs::create_symlink("inside.md", t.root + "/link-in");
  fs::create_symlink(t.outside + "/secret", t.root + "/link-out");
  fs::create_symlink("../outside", t.root + "/dir-out");
  return t;
}

TEST(ReadWithin, RealDiskReadsInsideAndRefusesWhatLeadsOutside) {
  const Tree t = make_tree("real");
  const RealFileSystem disk;
  const std::string folder = *disk.canonical(t.root);
  EXPECT_EQ(disk.read_within(folder, t.root + "/inside.md", 100).text, "inside");
  EXPECT_EQ(disk.read_within(folder, t.root + "/link-in", 100).text, "inside");
  for (const char* path : {"/link-out", "/dir-out/secret", "/notes/../dir-out/secret"}) {
    const ReadResult r = disk.read_within(folder, t.root + path, 100);
    EXPECT_FALSE(r.ok) << path;
    EXPECT_EQ(r.text, "") << path;
    EXPECT_EQ(r.outside, fs::canonical(t.outside).string() + "/secret") << path;
  }
  // The same refusal in the default implementation (the in-memory tree and git's use it).
  MemoryFileSystem memory;
  memory.add("root/a.md", "a");
  memory.add("elsewhere/b.md", "b");
  EXPECT_TRUE(memory.read_within("/root", "root/a.md", 10).ok);
  EXPECT_EQ(memory.read_within("/root", "root/../elsewhere/b.md", 10).outside, "/elsewhere/b.md");
}

// A folder whose name starts like the root's is not inside it.
TEST(ReadWithin, APrefixOfTheNameIsNotTheFolder) {
  EXPECT_TRUE(path_within("/a/root", "/a/root"));
  EXPECT_TRUE(path_within("/a/root/x", "/a/root"));
  EXPECT_FALSE(path_within("/a/root2/x", "/a/root"));
  EXPECT_FALSE(path_within("/a", "/a/root"));
  EXPECT_TRUE(path_within("/anything", "/"));
}

}  // namespace
}  // namespace np::test::filesystem
