#pragma once
// Small text helpers shared by the renderers and exporters.

#include <string>

namespace np {

// 3 -> "03", 12 -> "12": part and module numbers in names and file names.
inline std::string two_digits(int n) { return (n >= 0 && n < 10 ? "0" : "") + std::to_string(n); }

}  // namespace np
