#include "np/did_you_mean.h"

#include <algorithm>
#include <numeric>

namespace np {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), 0);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

std::string closest_match(std::string_view word, const std::vector<std::string>& candidates, const Closeness& closeness) {
  if (closeness.swap_first) {
    // Two swapped letters are the commonest typo, and one edit for a reader; Levenshtein distance
    // counts two and may prefer another name (\alpah -> \aleph).
    for (std::size_t i = 0; i + 1 < word.size(); ++i) {
      std::string swapped(word);
      std::swap(swapped[i], swapped[i + 1]);
      if (swapped != word && std::find(candidates.begin(), candidates.end(), swapped) != candidates.end()) return swapped;
    }
  }
  const std::size_t limit = closeness.max_edits ? closeness.max_edits : std::max<std::size_t>(2, word.size() / 3);
  std::string best;
  std::size_t best_distance = limit + 1;
  for (const auto& candidate : candidates) {
    std::size_t d = 0;
    if (closeness.prefix_is_one_edit && candidate.size() > word.size() && std::string_view(candidate).starts_with(word)) {
      d = 1;
    } else {
      // Cheap bound first: the length difference is a lower bound of the distance.
      const std::size_t diff = candidate.size() > word.size() ? candidate.size() - word.size() : word.size() - candidate.size();
      if (diff >= best_distance) continue;
      d = edit_distance(word, candidate);
    }
    if (d < best_distance || (d == best_distance && candidate < best)) {
      best_distance = d;
      best = candidate;
    }
  }
  return best;
}

std::string did_you_mean(std::string_view suggestion) {
  return suggestion.empty() ? "" : "did you mean '" + std::string(suggestion) + "'?";
}

}  // namespace np
