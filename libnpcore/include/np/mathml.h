// TeX math to Presentation MathML, from the math checker's parse tree (for EPUB): what KaTeX's
// MathML output would be, with the TeX kept as an application/x-tex annotation and alttext.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace np {

namespace math {
class MacroTable;
}

struct MathmlResult {
  bool ok = false;
  std::string mathml;            // <math xmlns=... [display="block"] alttext=...><semantics>...</semantics></math>
  std::string error;             // the parse error KaTeX would report
  std::size_t error_offset = 0;  // byte offset of the error in the TeX
};

// `macros`: np.yaml's KaTeX macros (prepared once per curriculum), or null.
MathmlResult tex_to_mathml(std::string_view tex, bool display, const math::MacroTable* macros);

// The Mathematical Alphanumeric Symbol for an ASCII letter or digit in a MathML mathvariant
// ("double-struck", 'R' -> "ℝ"); "" when Unicode has none (or for "normal", "italic").
std::string styled_character(std::string_view variant, char c);

}  // namespace np
