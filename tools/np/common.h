// What several subcommands share: finding the curriculum root, loading it, printing config errors.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "np/curriculum.h"
#include "np/filesystem.h"

namespace np::cli {

// --root as given, or content/ (or the current folder when it holds np.yaml).
std::string resolve_root(const std::string& requested);

// What a subcommand needs of the curriculum: exporters render the texts; lint and the others need
// only the facts (LoadOptions::keep_text), and lint checks the math while loading.
enum class Keep { facts, lint, texts };

// Prints configuration errors (text, to stderr) and returns nullopt when np.yaml or the schemas
// are unusable.
std::optional<Curriculum> load(const FileSystem& fs, const std::string& root, unsigned jobs, Keep keep);

// The prefix that turns a root-relative path into one relative to the current folder.
std::string display_prefix(const std::string& root);

bool stdout_is_terminal();

}  // namespace np::cli
