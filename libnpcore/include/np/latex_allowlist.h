// What of a curriculum's TeX np lets into the LaTeX export: an allowlist, never a list of what to
// refuse. The TeX of a formula or of an np.yaml macro is read the way LuaLaTeX will read it
// (control words of ASCII letters, control symbols, the category codes of a LaTeX document), and
// every piece of it must be something np knows to only typeset:
// - a command KaTeX typesets (its functions, symbols and macros, but the few that define
//   commands, control expansion, print messages, read files or write HTML: see kept_out_reason),
//   a KaTeX macro np defines for LaTeX (katex_compat_macros), or an np.yaml macro;
// - \begin and \end of a math environment only;
// - a character that is not a control character, no % (a comment), no ^^ (a character code), no
//   # but a declared macro parameter (or inside the URL of \href and \url), balanced braces.
// np.yaml's macros pass the same allowlist, their bodies are parsed by np's KaTeX parser like a
// formula, and their names are ones neither LaTeX nor np's preamble defines (check_macros). The
// config loader refuses np.yaml when a macro fails, and the LaTeX exporter checks again before
// it writes the preamble.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace np::latex {

struct TexProblem {
  std::size_t offset = 0, end = 0;  // the bytes of the scanned text at fault
  std::string message;
  std::string hint;
};

struct TexAllowlist {
  // np.yaml's macros (name with its backslash -> body): a formula may use them.
  const std::map<std::string, std::string>* macros = nullptr;
  // In a macro body: #1 to #parameters are its arguments. 0 in a formula.
  int parameters = 0;
};

// The first piece of `tex` that is not on the allowlist, or nullopt when LuaLaTeX may read it all.
std::optional<TexProblem> check_tex(std::string_view tex, const TexAllowlist& allow);

// Why a KaTeX command never reaches LaTeX ("defines commands"...), or "" when it may (or when it
// is not one of KaTeX's commands at all).
std::string_view kept_out_reason(std::string_view command);

// KaTeX's macros that LaTeX lacks, which np defines in its preamble with \providecommand unless
// np.yaml defines a macro of the same name (KaTeX lets np.yaml's macros replace its own).
struct CompatMacro {
  std::string_view name;  // with its backslash
  int arguments = 0;
  std::string_view body;
};
std::span<const CompatMacro> katex_compat_macros();
bool is_compat_macro(std::string_view name);

// Whether LaTeX, once np's preamble is loaded, defines this command (a name with its backslash):
// the names scripts/gen-latex-names collected from LuaLaTeX (latex_names.inc), KaTeX's macros np
// defines for LaTeX left out.
bool latex_defines(std::string_view name);

// KaTeX's parameter count of a macro body: #1, #2... without a gap (as KaTeX counts them).
int macro_parameters(std::string_view body);

// A problem with one of np.yaml's katex.macros.
struct MacroProblem {
  std::string name;
  bool in_name = false;  // the name is wrong (else the body)
  std::string message;   // names the macro, the offending text and what is expected
  std::string hint;
};
// Every macro checked: its name (a LaTeX command name that neither LaTeX nor np's preamble
// defines), its body (on the allowlist of check_tex, and parsed by np's KaTeX parser as a display
// formula without error, its arguments filled in). Sorted by name; empty when all are fine.
std::vector<MacroProblem> check_macros(const std::map<std::string, std::string>& macros);

}  // namespace np::latex
