// A formula KaTeX renders, as LaTeX must read it. KaTeX and LuaLaTeX disagree on a few things
// that np's preamble cannot settle by defining a command (np/latex_allowlist.h has the commands
// KaTeX has and LaTeX lacks), so np rewrites them, keeping what KaTeX draws:
// - \verb|...| (and \verb*): LaTeX's \verb cannot sit in an argument (\text, a heading); written
//   \text{\texttt{...}} with the characters escaped;
// - \url{URL}: hyperref's \url fails in math; written \href{URL}{\text{\texttt{URL}}}, and the URL
//   of \href and \url percent-encoded as in the text (a % or # in it is a character);
// - \TeX and \LaTeX: text logos that fail in math; written \text{\TeX};
// - a colour of \color, \textcolor, \colorbox, \fcolorbox that KaTeX hands to CSS (#rgb, #rrggbb,
//   rrggbb, a CSS colour name): xcolor's [HTML]{RRGGBB}, the colour the browser shows.
// What np cannot write as LaTeX at all (KaTeX's internal \@ commands, a colour LaTeX cannot
// name) is a problem: the exporter then writes the formula as its source, and lint says so first.
// The result still goes through check_tex before it is written: this rewrites, it never vouches.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "np/latex_allowlist.h"
#include "np/math/issue.h"

namespace np::latex {

struct LatexFormula {
  std::string tex;                    // the formula for LaTeX (valid when !problem)
  std::optional<TexProblem> problem;  // what LaTeX cannot typeset, at its bytes in the input
};

// `tex` is a formula np's math parser accepts.
LatexFormula latex_formula(std::string_view tex);

// Whether the LaTeX export writes a formula with this issue as its source: the parser's errors,
// and the warnings that say LaTeX refuses what KaTeX renders.
bool export_refuses(math::IssueCode code);

// What makes the LaTeX export write a formula np's parser accepts as its source: a problem of
// latex_formula, or of check_tex on what it rewrote (placed in `tex` where it can be). `macros`:
// np.yaml's.
std::optional<TexProblem> latex_export_problem(std::string_view tex, const std::map<std::string, std::string>* macros);

}  // namespace np::latex
