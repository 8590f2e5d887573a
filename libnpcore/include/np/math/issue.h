// What the math parser finds in a formula: KaTeX's errors (KaTeX refuses to render the formula),
// np's policy errors (KaTeX renders it, the LaTeX export must not receive it) and warnings.
// Codes are facts: the lint rule that claims a code (Rule::math_facts, lint/rules/math_rules.cc)
// reports it under its id and severity.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace np::math {

enum class IssueCode : std::uint8_t {
  // KaTeX throws: the formula shows as red source text.
  undefined_command,     // an unknown \command
  braces,                // unbalanced { }, [ ], or a command that needs braces around it as an argument
  missing_argument,      // \frac{a}, x^
  double_script,         // x^a^b, x_a_b, x'^a... a second superscript or subscript
  unknown_environment,   // \begin{foo}
  environment_mismatch,  // \begin{a}...\end{b}, \begin without \end, \end without \begin
  array_column_spec,     // \begin{array}{lx}
  misplaced_alignment,   // & or \\ where they are not allowed, too many columns, \hline outside arrays
  display_only,          // {align} or \tag in inline math
  left_right,            // \left without \right, \right without \left, \middle outside
  invalid_delimiter,     // \left{ \right]]
  mode,                  // a math-only command in text mode (or the reverse), ^ or _ in text mode
  label_ref,             // \label, \ref, \eqref: not supported by KaTeX
  invalid_argument,      // a size, colour, unit, number or key that KaTeX cannot read
  macro,                 // too many expansions, a malformed macro definition or use
  syntax,                // any other error KaTeX throws
  // np's policy (errors): KaTeX renders these, the LaTeX export must not get them.
  unsafe_command,  // \input, \write18, \catcode... and \def-style definitions outside np.yaml
  unsafe_url,      // \href or \url with a javascript: or file: target
  // The delimiters (errors): the formula never reaches KaTeX whole.
  display_interrupted,  // a blank line, heading or list marker inside $$...$$
  table_pipe,           // | inside math in a table row: the cell ends there
  // Warnings: KaTeX renders the formula, but the result is wrong or breaks the LaTeX export.
  blackboard_digit,      // \mathbb{1}
  cases_columns,         // cases with more than two columns
  unicode_text,          // a non-ASCII character in math mode
  ascii_dots,            // ... instead of \dots
  unbraced_exponent,     // 10^10
  left_right_linebreak,  // \left( ... \\ ... \right)
  latex_incompatible,    // what KaTeX's strict mode reports (other than the above)
  percent_comment,       // % starts a TeX comment
  unmatched_dollar,      // a '$' md4c shows as text
  dollar_ambiguous,      // renderers disagree: $5 and $10, $n$th
};

// One past the last IssueCode: for iterating them all (tests).
inline constexpr std::size_t kIssueCodeCount = static_cast<std::size_t>(IssueCode::dollar_ambiguous) + 1;
// The enumerator's name ("braces"), for docs/rules.md.
std::string_view to_string(IssueCode code);
inline bool is_error(IssueCode code) { return code <= IssueCode::table_pipe; }

struct Issue {
  IssueCode code = IssueCode::syntax;
  std::uint32_t begin = 0, end = 0;  // byte range in the formula's TeX
  std::string message;               // names the offending text and what was expected
  std::string hint;                  // "did you mean '\\frac'?", or ""
};

// An issue placed in the curriculum: what the math checks of a note report (np/math/check.h).
struct MathFinding {
  std::size_t note = 0;  // index into Curriculum::notes
  IssueCode code = IssueCode::syntax;
  std::size_t begin = 0, end = 0;  // byte offsets in the note's file
  std::string message, hint;
};

}  // namespace np::math
