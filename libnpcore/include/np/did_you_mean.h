// "Did you mean" hints: the one helper behind every suggestion np makes for a mistyped name (rule
// ids, commands, note ids and paths, schema fields and values, TeX commands and environments, code
// block attributes). Callers choose how close is close (Closeness); the wording is did_you_mean().
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace np {

// Levenshtein distance.
std::size_t edit_distance(std::string_view a, std::string_view b);

// How close a candidate must be to be suggested.
struct Closeness {
  std::size_t max_edits = 0;        // 0: max(2, word.size() / 3)
  bool prefix_is_one_edit = false;  // a longer candidate that starts with the word counts as one edit ("frontmatter-sch")
  bool swap_first = false;          // two swapped neighbours (\alpah for \alpha) win before any edit distance is counted
};

// The closest candidate within the limit ("" when none is close); of equally close ones, the first in
// sorted order when `candidates` is sorted.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates, const Closeness& closeness = {});

// "did you mean 'x'?", or "" when there is no suggestion.
std::string did_you_mean(std::string_view suggestion);

}  // namespace np
