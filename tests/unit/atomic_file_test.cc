// write_file_atomic: the file appears whole or not at all, and no temporary file is left behind.
#include "np/atomic_file.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <cstring>
#include <thread>

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

TEST(AtomicFile, AFolderInTheWayIsRefusedAndKept) {
  const std::string dir = fresh_dir("folder");
  std::filesystem::create_directories(dir + "/out.json/inside");
  std::string error;
  EXPECT_FALSE(write_file_atomic(dir + "/out.json", "x", error));
  EXPECT_EQ(error, "cannot write '" + dir +
                       "/out.json': it is a folder; np replaces only a regular file, and writes only to a FIFO or a character device");
  EXPECT_EQ(entries(dir), std::vector<std::string>{"out.json"});
  EXPECT_TRUE(std::filesystem::is_directory(dir + "/out.json/inside"));
}

// -o onto a symbolic link: np neither replaces the link with a file nor writes through it (as
// root, a link planted in an output folder could otherwise point np at any file).
TEST(AtomicFile, ASymbolicLinkIsRefusedNeitherReplacedNorFollowed) {
  const std::string dir = fresh_dir("symlink");
  { std::ofstream(dir + "/target") << "precious"; }
  std::filesystem::create_symlink("target", dir + "/out.json");
  std::filesystem::create_symlink("nowhere", dir + "/dangling.json");
  std::string error;
  EXPECT_FALSE(write_file_atomic(dir + "/out.json", "x", error));
  EXPECT_EQ(error,
            "cannot write '" + dir +
                "/out.json': it is a symbolic link; np replaces only a regular file, and writes only to a FIFO or a character device");
  EXPECT_TRUE(std::filesystem::is_symlink(dir + "/out.json"));
  EXPECT_EQ(read_file(dir + "/target"), "precious");
  EXPECT_FALSE(write_file_atomic(dir + "/dangling.json", "x", error));
  EXPECT_TRUE(std::filesystem::is_symlink(dir + "/dangling.json"));
  EXPECT_FALSE(std::filesystem::exists(dir + "/nowhere"));
  EXPECT_EQ(entries(dir), (std::vector<std::string>{"dangling.json", "out.json", "target"}));
}

// -o onto a FIFO: written as a stream (the FIFO stays a FIFO); with no reader, refused at once
// rather than waiting for one.
TEST(AtomicFile, AFifoIsWrittenNotReplaced) {
  const std::string dir = fresh_dir("fifo");
  const std::string fifo = dir + "/out.json";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0644), 0);
  std::string error;
  EXPECT_FALSE(write_file_atomic(fifo, "nobody reads", error));
  EXPECT_EQ(error, "cannot write '" + fifo + "': it is a FIFO that no process is reading");

  const int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
  ASSERT_GE(reader, 0);
  ASSERT_TRUE(write_file_atomic(fifo, "through the fifo\n", error)) << error;
  char buffer[64] = {};
  const ssize_t n = ::read(reader, buffer, sizeof buffer);
  ::close(reader);
  EXPECT_EQ(std::string(buffer, n > 0 ? static_cast<std::size_t>(n) : 0), "through the fifo\n");
  struct stat st {};
  ASSERT_EQ(::lstat(fifo.c_str(), &st), 0);
  EXPECT_TRUE(S_ISFIFO(st.st_mode));
  EXPECT_EQ(entries(dir), std::vector<std::string>{"out.json"});
}

// A reader that goes away mid-write: an error (EPIPE), not a SIGPIPE that kills np.
TEST(AtomicFile, AFifoWhoseReaderLeavesIsAnErrorNotADeath) {
  const std::string dir = fresh_dir("fifo-epipe");
  const std::string fifo = dir + "/out.json";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0644), 0);
  const int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
  ASSERT_GE(reader, 0);
  // More than the pipe holds: the write blocks; the reader takes one byte (so np has opened the
  // FIFO: before a writer comes, a read returns 0) and closes its end.
  std::thread closer([reader] {
    ::fcntl(reader, F_SETFL, 0);
    char byte = 0;
    for (int tries = 0; tries < 10000 && ::read(reader, &byte, 1) <= 0; ++tries)
      ::usleep(1000);  // np replacing the FIFO would write nothing here
    ::close(reader);
  });
  std::string error;
  EXPECT_FALSE(write_file_atomic(fifo, std::string(1u << 22, 'x'), error));
  closer.join();
  EXPECT_EQ(error, "cannot write '" + fifo + "': Broken pipe");
}

// -o /dev/null and -o /dev/full, on nodes made in a scratch folder (the real /dev is never
// touched): the device stays a device; a device that refuses the bytes is an error.
TEST(AtomicFile, ACharacterDeviceIsWrittenNotReplaced) {
  const std::string dir = fresh_dir("device");
  const std::string null = dir + "/null", full = dir + "/full";
  if (::mknod(null.c_str(), S_IFCHR | 0666, makedev(1, 3)) != 0 || ::mknod(full.c_str(), S_IFCHR | 0666, makedev(1, 7)) != 0)
    GTEST_SKIP() << "mknod needs CAP_MKNOD: " << std::strerror(errno);
  std::string error;
  EXPECT_TRUE(write_file_atomic(null, "discarded", error)) << error;
  EXPECT_FALSE(write_file_atomic(full, "no room", error));
  EXPECT_EQ(error, "cannot write '" + full + "': No space left on device");
  for (const std::string& device : {null, full}) {
    struct stat st {};
    ASSERT_EQ(::lstat(device.c_str(), &st), 0);
    EXPECT_TRUE(S_ISCHR(st.st_mode)) << device << " was replaced";
  }
  EXPECT_EQ(entries(dir), (std::vector<std::string>{"full", "null"}));
}

// A write that fails part way names the destination, never the temporary file (whose name is
// random, hidden and removed; with O_TMPFILE it had none, and np printed 'XXXXXX').
TEST(AtomicFile, AFailedWriteNamesTheDestinationAndLeavesNothing) {
  const std::string dir = fresh_dir("efbig");
  { std::ofstream(dir + "/out.epub") << "OLD"; }
  struct rlimit old {};
  ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &old), 0);
  const auto old_handler = ::signal(SIGXFSZ, SIG_IGN);
  struct rlimit small = old;
  small.rlim_cur = 4096;
  ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
  std::string error;
  const bool ok = write_file_atomic(dir + "/out.epub", std::string(8192, 'x'), error);
  ::setrlimit(RLIMIT_FSIZE, &old);
  ::signal(SIGXFSZ, old_handler);
  EXPECT_FALSE(ok);
  EXPECT_EQ(error, "cannot write '" + dir + "/out.epub': File too large");
  EXPECT_EQ(read_file(dir + "/out.epub"), "OLD");
  EXPECT_EQ(entries(dir), std::vector<std::string>{"out.epub"});
}

TEST(AtomicFile, PathEndingInASlashIsRefused) {
  std::string error;
  EXPECT_FALSE(write_file_atomic(fresh_dir("slash") + "/", "x", error));
  EXPECT_NE(error.find("names a folder"), std::string::npos) << error;
}

}  // namespace
}  // namespace np::test
