// CLI transcripts: each tests/cli/NAME.t holds a command, optional standard input, and the
// expected standard output, standard error and exit code. The command runs from the repository
// root with NO_COLOR=1, under `timeout` (a hang is a failure, not a slow pass); the source path is
// shown as $ROOT. NP_UPDATE_GOLDENS=1 rewrites the expectations (review the diff).
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <map>

#include "test_support.h"

namespace np::test {
namespace {

struct Transcript {
  std::string comment;  // leading '#' lines
  std::string command;
  std::map<std::string, std::string> sections;  // stdin, stdout, stderr, exit
};

Transcript parse(const std::string& text) {
  Transcript t;
  std::string current;
  std::size_t pos = 0;
  while (pos < text.size()) {
    auto nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    const std::string line = text.substr(pos, nl - pos);
    pos = nl + 1;
    if (current.empty() && line.rfind("# ", 0) == 0)
      t.comment += line + "\n";
    else if (current.empty() && line.rfind("$ ", 0) == 0)
      t.command = line.substr(2);
    else if (line.rfind("--- ", 0) == 0) {
      const std::string header = line.substr(4);
      if (header.rfind("exit ", 0) == 0) {
        t.sections["exit"] = header.substr(5);
        current = "exit";
      } else {
        current = header;
        t.sections[current];
      }
    } else if (!current.empty() && current != "exit") {
      t.sections[current] += line + "\n";
    }
  }
  return t;
}

std::string render(const Transcript& t) {
  std::string out = t.comment + "$ " + t.command + "\n";
  for (const char* name : {"stdin", "stdout", "stderr"}) {
    const auto it = t.sections.find(name);
    if (it != t.sections.end() && (!it->second.empty() || std::string(name) == "stdout"))
      out += std::string("--- ") + name + "\n" + it->second;
  }
  out += "--- exit " + t.sections.at("exit") + "\n";
  return out;
}

void replace_all(std::string& s, const std::string& from, const std::string& to) {
  for (std::size_t p = 0; (p = s.find(from, p)) != std::string::npos; p += to.size()) s.replace(p, from.size(), to);
}

std::vector<std::string> transcripts() {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::directory_iterator(source_dir() + "/tests/cli"))
    if (e.path().extension() == ".t") out.push_back(e.path().stem().string());
  std::sort(out.begin(), out.end());
  return out;
}

class CliTranscript : public testing::TestWithParam<std::string> {};

TEST_P(CliTranscript, Matches) {
  const std::string path = source_dir() + "/tests/cli/" + GetParam() + ".t";
  Transcript t = parse(read_file(path));
  ASSERT_FALSE(t.command.empty()) << path << " has no '$ ' command line";
  const std::string tmp = testing::TempDir() + "np-cli-" + GetParam();
  std::filesystem::create_directories(tmp);
  { std::ofstream(tmp + "/stdin") << t.sections["stdin"]; }
  std::string command = t.command;
  // `np` as the command, or after environment assignments ("PATH=... np export ...").
  if (command.rfind("np ", 0) == 0) command = std::string(NP_BINARY) + command.substr(2);
  replace_all(command, " np ", " " + std::string(NP_BINARY) + " ");
  const std::string shell = "cd '" + source_dir() + "' && NO_COLOR=1 TMP='" + tmp + "' ROOT_PLUGINS='" + source_dir() +
                            "/tests/fixtures/export/plugins' timeout 60 sh -c '" +
                            [&] {
                              std::string escaped = command;
                              replace_all(escaped, "'", "'\\''");
                              return escaped;
                            }() +
                            "' <'" + tmp + "/stdin' >'" + tmp + "/stdout' 2>'" + tmp + "/stderr'";
  const int status = std::system(shell.c_str());
  const int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  Transcript actual = t;
  for (const char* name : {"stdout", "stderr"}) {
    std::string text = read_file(tmp + "/" + name);
    replace_all(text, tmp, "$TMP");
    replace_all(text, source_dir(), "$ROOT");
    replace_all(text, NP_BINARY, "np");
    actual.sections[name] = text;
  }
  actual.sections["exit"] = std::to_string(code);
  if (const char* update = std::getenv("NP_UPDATE_GOLDENS"); update && std::string(update) == "1") {
    std::ofstream(path) << render(actual);
    return;
  }
  EXPECT_NE(code, 124) << "timed out: " << t.command;
  EXPECT_EQ(t.sections["stdout"], actual.sections["stdout"]) << t.command;
  EXPECT_EQ(t.sections["stderr"], actual.sections["stderr"]) << t.command;
  EXPECT_EQ(t.sections["exit"], actual.sections["exit"]) << t.command;
}

INSTANTIATE_TEST_SUITE_P(Cli, CliTranscript, testing::ValuesIn(transcripts()), [](const testing::TestParamInfo<std::string>& param_info) {
  std::string name = param_info.param;
  std::replace(name.begin(), name.end(), '-', '_');
  return name;
});

}  // namespace
}  // namespace np::test
