// latex_formula (export/latex/latex_math.h): what KaTeX reads otherwise than LaTeX, rewritten to
// what LaTeX reads, drawing the same thing; and what LaTeX cannot typeset, found at its bytes.

#include "export/latex/latex_math.h"

#include <gtest/gtest.h>

#include "np/latex_allowlist.h"

namespace np::test {
namespace {

std::string allowlist_problem(std::string_view tex) {
  const auto p = latex::check_tex(tex, latex::TexAllowlist{nullptr, 0});
  return p ? p->message : std::string();
}

// What KaTeX reads otherwise than LaTeX is rewritten to what LaTeX reads, drawing the same thing.
std::string for_latex(std::string_view tex) {
  const latex::LatexFormula f = latex::latex_formula(tex);
  return f.problem ? "problem at " + std::to_string(f.problem->offset) + ": " + f.problem->message : f.tex;
}

TEST(LatexFormula, RewritesWhatKatexReadsOtherwise) {
  EXPECT_EQ(for_latex("a^2 + \\frac{b}{c}"), "a^2 + \\frac{b}{c}");
  // \verb fails in an argument (\text, a heading): its characters go into \texttt.
  EXPECT_EQ(for_latex("\\text{a \\verb|x^2_{i}|}"), "\\text{a \\text{\\texttt{x\\textasciicircum{}2\\_\\{i\\}}}}");
  EXPECT_EQ(for_latex("\\verb*+a b+ c"), "\\text{\\texttt{a\u2423b}} c");
  // hyperref's \url fails in math; a % or # of a URL is a character.
  EXPECT_EQ(for_latex("\\url{https://x.org/a~b%20#c}"),
            "\\href{https://x.org/a~b\\%20\\#c}{\\text{\\texttt{https://x.org/a\\textasciitilde{}b\\%20\\#c}}}");
  EXPECT_EQ(for_latex("\\href{https://x.org/%41}{x}"), "\\href{https://x.org/\\%41}{x}");
  EXPECT_EQ(for_latex("\\TeX + \\LaTeX"), "\\text{\\TeX} + \\text{\\LaTeX}");
  // Colours as the browser shows them: CSS names and hexadecimal ones in xcolor's HTML model.
  EXPECT_EQ(for_latex("\\color{#ff0000} x \\textcolor{#0a0}{y} \\color{blue} z"),
            "\\color[HTML]{FF0000} x \\textcolor[HTML]{00AA00}{y} \\color{blue} z");
  EXPECT_EQ(for_latex("\\colorbox{DarkOrange}{x} \\color{ABCDEF}"), "\\colorbox[HTML]{FF8C00}{x} \\color[HTML]{ABCDEF}");
  EXPECT_EQ(for_latex("\\fcolorbox{#000}{#ffff00}{v} \\fcolorbox{red}{blue}{w}"),
            "\\fcolorbox[HTML]{000000}{FFFF00}{v} \\fcolorbox{red}{blue}{w}");
  // What LaTeX cannot name or read is a problem, at its bytes.
  EXPECT_EQ(for_latex("x \\color{notacolour} y"), "problem at 8: LaTeX knows no colour 'notacolour' (KaTeX hands it to the browser)");
  EXPECT_EQ(for_latex("\\fcolorbox{red}{#00f}{x}"), "problem at 15: '\\fcolorbox' mixes a named colour with a hexadecimal one");
  EXPECT_EQ(for_latex("a \\@ifnextchar x{a}{b}"),
            "problem at 2: '\\@ifnextchar' is one of KaTeX's internal macros: LaTeX reads it as \\@ and letters");
  // What the rewriting writes passes the allowlist.
  for (const char* tex : {"\\text{a \\verb|\\input{x}%#|}", "\\url{https://x.org/a~b%20#c}", "\\color{#ff0000} x"})
    EXPECT_EQ(allowlist_problem(latex::latex_formula(tex).tex), "") << tex;
}

TEST(LatexFormula, RewritesArgumentsTeXReadsOtherwise) {
  // A macro as an unbraced argument is braced (LaTeX would take its expansion's first token); a
  // symbol and a function with its own arguments stay as written.
  EXPECT_EQ(for_latex("\\sqrt\\dots + \\hat\\mu + \\frac\\text{a}b"), "\\sqrt{\\dots} + \\hat\\mu + \\frac\\text{a}b");
  EXPECT_EQ(for_latex("\\kern{1em} x \\mskip{3mu}"), "\\kern 1em\\relax  x \\mskip 3mu\\relax ");
  EXPECT_EQ(for_latex("\\genfrac{x}{)}{1pt}{a}{b}{c}"), "\\genfrac{}{)}{1pt}{}{b}{c}");
  EXPECT_EQ(for_latex("\\begin{gathered} a & b \\end{gathered}"),
            "problem at 19: '&' in {gathered}: KaTeX reads it, LaTeX's gather has one column");
  EXPECT_EQ(for_latex("\\text{a \\displaystyle b}"), "problem at 8: '\\displaystyle' in text: KaTeX ignores it there, LaTeX refuses it");
  EXPECT_EQ(for_latex("\\text{a $\\displaystyle x$}"), "\\text{a $\\displaystyle x$}");
}

}  // namespace
}  // namespace np::test
