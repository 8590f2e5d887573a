// Levenshtein distance, for "did you mean" hints.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace np {

std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word` within max(2, size/3) edits, or "" when none is close.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace np
