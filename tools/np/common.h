// What several subcommands share: finding the curriculum root, loading it, printing config errors.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "np/curriculum.h"
#include "np/filesystem.h"

namespace np::cli {

// The curriculum root: --root as given; else, as git and ruff find their configuration, the nearest
// folder holding np.yaml above each of `paths` (they must agree) or above the current folder;
// else content/. Returned relative to the current folder (".", "content", "../..") unless absolute.
std::string resolve_root(const std::string& requested, const std::vector<std::string>& paths = {});

// How a root-relative path is shown: relative to the current folder ("note.md" when np runs in
// the note's folder), or under an absolute root as given.
std::function<std::string(const std::string&)> path_display(const std::string& root);

// What a subcommand needs of the curriculum: exporters render the texts; lint and the others need
// only the facts (LoadOptions::keep_text), and lint checks the math while loading.
enum class Keep { facts, lint, texts };

// Prints configuration errors (text, to stderr; nothing when `quiet`) and returns nullopt when
// np.yaml or the schemas are unusable. Notices about the configuration (which schemas are used)
// go to stderr too. `math_under`: with Keep::lint, check the math only of the notes under these
// root-relative paths (LoadOptions::check_math_under; empty: every note).
std::optional<Curriculum> load(const FileSystem& fs, const std::string& root, unsigned jobs, Keep keep, bool quiet = false,
                               std::vector<std::string> math_under = {});

// PATHS as the user gave them, checked before anything is loaded: each must exist and lie in the
// curriculum (a usage error otherwise). `whole`: one of them is the root itself.
struct PathArguments {
  std::vector<std::pair<std::string, std::string>> given;  // as written, root-relative
  bool whole = false;
};
PathArguments check_paths(const std::string& root, const std::vector<std::string>& paths);

// A path as the user gave it, relative to the root: "" for the root, nullopt outside it.
std::optional<std::string> root_relative(const std::string& root, const std::string& path);

// What checked PATHS name, as root-relative files of the curriculum: a file itself, a folder
// everything np checks under it. A path that names nothing np checks is a usage error.
std::vector<std::string> expand_paths(const Curriculum& c, const PathArguments& arguments, const FileSystem& fs);

// The prefix that turns a root-relative path into one relative to the current folder.
std::string display_prefix(const std::string& root);

bool stdout_is_terminal();

}  // namespace np::cli
