// np_bench_floor ROOT: the least work any linter of the curriculum must do, as the floor np lint is
// measured against. Single-threaded: read every .md file under ROOT, split off the front matter,
// parse it with yaml-cpp (YAML::Load) and parse the body with md4c (the flags np uses, callbacks
// that do nothing). No schema, no rules, no report.
#include <md4c.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

namespace fs = std::filesystem;

// The same dialect as np's walker (libnpcore/src/load/markdown.cc).
constexpr unsigned kParserFlags = MD_DIALECT_GITHUB | MD_FLAG_LATEXMATHSPANS | MD_FLAG_WIKILINKS;

std::vector<fs::path> markdown_files(const fs::path& root) {
  std::vector<fs::path> files;
  for (auto it = fs::recursive_directory_iterator(root); it != fs::recursive_directory_iterator(); ++it) {
    const std::string name = it->path().filename().string();
    // np skips dot files and folders (.git, editor files); so does the floor.
    if (!name.empty() && name[0] == '.') {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file() && it->path().extension() == ".md") files.push_back(it->path());
  }
  return files;
}

bool read_file(const fs::path& path, std::string& text) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return false;
  std::ostringstream buffer;
  buffer << f.rdbuf();
  text = std::move(buffer).str();
  return true;
}

// Where the front matter's YAML and the body start: a first line "---", YAML, a line "---".
// Returns {yaml_begin, yaml_end, body_begin}; no front matter gives {0, 0, 0}.
struct Split {
  std::size_t yaml_begin = 0, yaml_end = 0, body_begin = 0;
};

Split split_front_matter(std::string_view text) {
  if (text.substr(0, 4) != "---\n") return {};
  for (std::size_t at = 4; at < text.size();) {
    const std::size_t nl = text.find('\n', at);
    const std::string_view line = text.substr(at, nl == std::string_view::npos ? std::string_view::npos : nl - at);
    if (line == "---" || line == "...") return {4, at, nl == std::string_view::npos ? text.size() : nl + 1};
    if (nl == std::string_view::npos) break;
    at = nl + 1;
  }
  return {};
}

int parse_body(std::string_view body) {
  MD_PARSER parser{};
  parser.flags = kParserFlags;
  parser.enter_block = [](MD_BLOCKTYPE, void*, void*) { return 0; };
  parser.leave_block = [](MD_BLOCKTYPE, void*, void*) { return 0; };
  parser.enter_span = [](MD_SPANTYPE, void*, void*) { return 0; };
  parser.leave_span = [](MD_SPANTYPE, void*, void*) { return 0; };
  parser.text = [](MD_TEXTTYPE, const MD_CHAR*, MD_SIZE, void*) { return 0; };
  return md_parse(body.data(), static_cast<MD_SIZE>(body.size()), &parser, nullptr);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: np_bench_floor ROOT\n";
    return 2;
  }
  std::size_t files = 0, bytes = 0, yaml_nodes = 0, failures = 0;
  try {
    for (const fs::path& path : markdown_files(argv[1])) {
      std::string text;
      if (!read_file(path, text)) {
        std::cerr << "np_bench_floor: cannot read " << path.string() << "\n";
        ++failures;
        continue;
      }
      ++files;
      bytes += text.size();
      const Split split = split_front_matter(text);
      try {
        // The node count keeps the parse from being optimised away and shows it did work.
        yaml_nodes += YAML::Load(text.substr(split.yaml_begin, split.yaml_end - split.yaml_begin)).size();
      } catch (const YAML::Exception& e) {
        std::cerr << "np_bench_floor: " << path.string() << ": " << e.what() << "\n";
        ++failures;
      }
      if (parse_body(std::string_view(text).substr(split.body_begin)) != 0) ++failures;
    }
  } catch (const fs::filesystem_error& e) {
    std::cerr << "np_bench_floor: " << e.what() << "\n";
    return 2;
  }
  std::cout << "np_bench_floor: " << files << " files, " << bytes << " bytes, " << yaml_nodes << " front-matter keys, " << failures
            << " failures\n";
  return failures == 0 ? 0 : 1;
}
