#include "np/latex_allowlist.h"

#include <algorithm>
#include <cstdio>
#include <iterator>

#include "math/katex_table.h"
#include "np/math/parser.h"
#include "np/utf8.h"

namespace np::latex {

namespace {

#include "export/latex/latex_names.inc"

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The environments a formula may open, as KaTeX knows them. \begin and \end of anything else
// (document, verbatim, filecontents...) never reach LaTeX.
constexpr std::string_view kMathEnvironments[] = {
    "align",   "align*",   "aligned",  "alignat",  "alignat*", "alignedat", "array",    "Bmatrix",   "Bmatrix*",
    "bmatrix", "bmatrix*", "CD",       "cases",    "darray",   "dcases",    "drcases",  "equation",  "equation*",
    "gather",  "gather*",  "gathered", "matrix",   "matrix*",  "pmatrix",   "pmatrix*", "rcases",    "smallmatrix",
    "split",   "subarray", "Vmatrix",  "Vmatrix*", "vmatrix",  "vmatrix*",  "multline", "multline*",
};

constexpr std::string_view kDefines = "defines or rearranges commands";
constexpr std::string_view kExpansion = "controls TeX's expansion";
constexpr std::string_view kMessages = "prints to the terminal instead of typesetting";
constexpr std::string_view kHtml = "is KaTeX's HTML extension, with no LaTeX equivalent";

// KaTeX's commands that do something else than typeset. Each one is named here with its reason;
// tests/unit/latex_export_test.cc checks that every KaTeX definition, expansion or message command
// is either here or known to typeset, so a newer KaTeX cannot add one unseen.
struct KeptOut {
  std::string_view command, reason;
};
constexpr KeptOut kKeptOut[] = {
    {"\\TextOrMath", kExpansion},
    {"\\def", kDefines},
    {"\\edef", kDefines},
    {"\\errmessage", kMessages},
    {"\\expandafter", kExpansion},
    {"\\futurelet", kDefines},
    {"\\gdef", kDefines},
    {"\\global", kDefines},
    {"\\htmlClass", kHtml},
    {"\\htmlData", kHtml},
    {"\\htmlId", kHtml},
    {"\\htmlStyle", kHtml},
    {"\\includegraphics", "reads a file"},
    {"\\let", kDefines},
    {"\\long", kDefines},
    {"\\message", kMessages},
    {"\\newcommand", kDefines},
    {"\\noexpand", kExpansion},
    {"\\providecommand", kDefines},
    {"\\renewcommand", kDefines},
    {"\\show", kMessages},
    {"\\xdef", kDefines},
};

constexpr CompatMacro kCompat[] = {
    {"\\Alpha", 0, "\\mathrm{A}"},
    {"\\Bbb", 0, "\\mathbb"},
    {"\\Beta", 0, "\\mathrm{B}"},
    {"\\Bra", 1, "\\left\\langle #1\\right\\rvert"},
    {"\\Braket", 1, "\\left\\langle #1\\right\\rangle"},
    {"\\Chi", 0, "\\mathrm{X}"},
    {"\\Complex", 0, "\\mathbb{C}"},
    {"\\Dagger", 0, "\\ddagger"},
    {"\\Darr", 0, "\\Downarrow"},
    {"\\Epsilon", 0, "\\mathrm{E}"},
    {"\\Eta", 0, "\\mathrm{H}"},
    {"\\Harr", 0, "\\Leftrightarrow"},
    {"\\Iota", 0, "\\mathrm{I}"},
    {"\\KaTeX", 0, "\\text{K\\kern-.17em\\raisebox{.2ex}{\\scriptsize A}\\kern-.07em\\TeX}"},
    {"\\Kappa", 0, "\\mathrm{K}"},
    {"\\Ket", 1, "\\left\\lvert #1\\right\\rangle"},
    {"\\Larr", 0, "\\Leftarrow"},
    {"\\Lrarr", 0, "\\Leftrightarrow"},
    {"\\Mu", 0, "\\mathrm{M}"},
    {"\\N", 0, "\\mathbb{N}"},
    {"\\Nu", 0, "\\mathrm{N}"},
    {"\\Omicron", 0, "\\mathrm{O}"},
    {"\\Overrightarrow", 1, "\\overrightarrow{#1}"},
    {"\\R", 0, "\\mathbb{R}"},
    {"\\Rarr", 0, "\\Rightarrow"},
    {"\\Reals", 0, "\\mathbb{R}"},
    {"\\Rho", 0, "\\mathrm{P}"},
    {"\\Set", 1, "\\left\\{\\:#1\\:\\right\\}"},
    {"\\Tau", 0, "\\mathrm{T}"},
    {"\\Uarr", 0, "\\Uparrow"},
    {"\\Z", 0, "\\mathbb{Z}"},
    {"\\Zeta", 0, "\\mathrm{Z}"},
    {"\\alef", 0, "\\aleph"},
    {"\\alefsym", 0, "\\aleph"},
    {"\\angl", 1, "\\overline{#1}\\rvert"},
    {"\\angln", 0, "{\\angl n}"},
    {"\\approxcoloncolon", 0, "\\mathrel{\\approx\\mathrel{\\mkern-1.2mu}\\dblcolon}"},
    {"\\arcctg", 0, "\\operatorname{arcctg}"},
    {"\\arctg", 0, "\\operatorname{arctg}"},
    {"\\argmax", 0, "\\operatorname*{arg\\,max}"},
    {"\\argmin", 0, "\\operatorname*{arg\\,min}"},
    {"\\blue", 1, "\\textcolor[HTML]{6495ED}{#1}"},
    {"\\blueA", 1, "\\textcolor[HTML]{CCFAFF}{#1}"},
    {"\\blueB", 1, "\\textcolor[HTML]{80F6FF}{#1}"},
    {"\\blueC", 1, "\\textcolor[HTML]{63D9EA}{#1}"},
    {"\\blueD", 1, "\\textcolor[HTML]{11ACCD}{#1}"},
    {"\\blueE", 1, "\\textcolor[HTML]{0C7F99}{#1}"},
    {"\\bold", 0, "\\mathbf"},
    {"\\bra", 1, "\\mathinner{\\langle{#1}\\rvert}"},
    {"\\braket", 1, "\\mathinner{\\langle{#1}\\rangle}"},
    {"\\bull", 0, "\\bullet"},
    {"\\ch", 0, "\\operatorname{ch}"},
    {"\\clubs", 0, "\\clubsuit"},
    {"\\cnums", 0, "\\mathbb{C}"},
    {"\\coloncolon", 0, "\\dblcolon"},
    {"\\coloncolonapprox", 0, "\\Colonapprox"},
    {"\\coloncolonequals", 0, "\\Coloneqq"},
    {"\\coloncolonminus", 0, "\\Coloneq"},
    {"\\coloncolonsim", 0, "\\Colonsim"},
    {"\\colonequals", 0, "\\coloneqq"},
    {"\\colonminus", 0, "\\coloneq"},
    {"\\cosec", 0, "\\operatorname{cosec}"},
    {"\\cotg", 0, "\\operatorname{cotg}"},
    {"\\ctg", 0, "\\operatorname{ctg}"},
    {"\\cth", 0, "\\operatorname{cth}"},
    {"\\dArr", 0, "\\Downarrow"},
    {"\\darr", 0, "\\downarrow"},
    {"\\degree", 0, "\\text{°}"},
    {"\\diamonds", 0, "\\diamondsuit"},
    {"\\dotsx", 0, "\\ldots\\,"},
    {"\\empty", 0, "\\emptyset"},
    {"\\equalscolon", 0, "\\eqqcolon"},
    {"\\equalscoloncolon", 0, "\\Eqqcolon"},
    {"\\exist", 0, "\\exists"},
    {"\\goldA", 1, "\\textcolor[HTML]{FFD0A9}{#1}"},
    {"\\goldB", 1, "\\textcolor[HTML]{FFBB71}{#1}"},
    {"\\goldC", 1, "\\textcolor[HTML]{FF9C39}{#1}"},
    {"\\goldD", 1, "\\textcolor[HTML]{E07D10}{#1}"},
    {"\\goldE", 1, "\\textcolor[HTML]{A75A05}{#1}"},
    {"\\gray", 1, "\\textcolor{gray}{#1}"},
    {"\\grayA", 1, "\\textcolor[HTML]{F6F7F7}{#1}"},
    {"\\grayB", 1, "\\textcolor[HTML]{F0F1F2}{#1}"},
    {"\\grayC", 1, "\\textcolor[HTML]{E3E5E6}{#1}"},
    {"\\grayD", 1, "\\textcolor[HTML]{D6D8DA}{#1}"},
    {"\\grayE", 1, "\\textcolor[HTML]{BABEC2}{#1}"},
    {"\\grayF", 1, "\\textcolor[HTML]{888D93}{#1}"},
    {"\\grayG", 1, "\\textcolor[HTML]{626569}{#1}"},
    {"\\grayH", 1, "\\textcolor[HTML]{3B3E40}{#1}"},
    {"\\grayI", 1, "\\textcolor[HTML]{21242C}{#1}"},
    {"\\green", 1, "\\textcolor[HTML]{28AE7B}{#1}"},
    {"\\greenA", 1, "\\textcolor[HTML]{B6FFB0}{#1}"},
    {"\\greenB", 1, "\\textcolor[HTML]{8AF281}{#1}"},
    {"\\greenC", 1, "\\textcolor[HTML]{74CF70}{#1}"},
    {"\\greenD", 1, "\\textcolor[HTML]{1FAB54}{#1}"},
    {"\\greenE", 1, "\\textcolor[HTML]{0D923F}{#1}"},
    {"\\gt", 0, ">"},
    {"\\hArr", 0, "\\Leftrightarrow"},
    {"\\harr", 0, "\\leftrightarrow"},
    {"\\hearts", 0, "\\heartsuit"},
    {"\\image", 0, "\\Im"},
    {"\\imageof", 0, "\\mathrel{\\text{⊷}}"},
    {"\\infin", 0, "\\infty"},
    {"\\isin", 0, "\\in"},
    {"\\kaBlue", 1, "\\textcolor[HTML]{314453}{#1}"},
    {"\\kaGreen", 1, "\\textcolor[HTML]{71B307}{#1}"},
    {"\\ket", 1, "\\mathinner{\\lvert{#1}\\rangle}"},
    {"\\lArr", 0, "\\Leftarrow"},
    {"\\lBrace", 0, "\\mathopen{\\text{⦃}}"},
    {"\\lang", 0, "\\langle"},
    {"\\larr", 0, "\\leftarrow"},
    {"\\llbracket", 0, "\\mathopen{[\\mkern-3mu[}"},
    {"\\lrArr", 0, "\\Leftrightarrow"},
    {"\\lrarr", 0, "\\leftrightarrow"},
    {"\\lt", 0, "<"},
    {"\\mapsfrom", 0, "\\mathrel{\\leftarrow\\mkern-4mu|}"},
    {"\\maroonA", 1, "\\textcolor[HTML]{FFBDE0}{#1}"},
    {"\\maroonB", 1, "\\textcolor[HTML]{FF92C6}{#1}"},
    {"\\maroonC", 1, "\\textcolor[HTML]{ED5FA6}{#1}"},
    {"\\maroonD", 1, "\\textcolor[HTML]{CA337C}{#1}"},
    {"\\maroonE", 1, "\\textcolor[HTML]{9E034E}{#1}"},
    {"\\mathreflectbox", 1, "{#1}"},  // as np's MathML (KaTeX mirrors it only in HTML)
    {"\\mathsfit", 1, "\\text{\\textsf{\\textit{#1}}}"},
    {"\\mintA", 1, "\\textcolor[HTML]{F5F9E8}{#1}"},
    {"\\mintB", 1, "\\textcolor[HTML]{EDF2DF}{#1}"},
    {"\\mintC", 1, "\\textcolor[HTML]{E0E5CC}{#1}"},
    {"\\minuscolon", 0, "\\eqcolon"},
    {"\\minuscoloncolon", 0, "\\Eqcolon"},
    {"\\minuso", 0, "\\mathbin{\\text{⦵}}"},
    {"\\natnums", 0, "\\mathbb{N}"},
    {"\\notni", 0, "\\not\\ni"},
    {"\\oiiint", 0, "\\mathop{\\text{∰}}"},
    {"\\oiint", 0, "\\mathop{\\text{∯}}"},
    {"\\omicron", 0, "o"},
    {"\\orange", 1, "\\textcolor[HTML]{FFA500}{#1}"},
    {"\\origof", 0, "\\mathrel{\\text{⊶}}"},
    {"\\overgroup", 1, "\\overbrace{#1}"},
    {"\\overleftharpoon", 1, "\\overset{\\leftharpoonup}{#1}"},
    {"\\overlinesegment", 1, "\\overline{#1}"},
    {"\\overrightharpoon", 1, "\\overset{\\rightharpoonup}{#1}"},
    {"\\phase", 1, "\\angle\\underline{#1}"},
    {"\\pink", 1, "\\textcolor[HTML]{FF00AF}{#1}"},
    {"\\plim", 0, "\\operatorname*{plim}"},
    {"\\plusmn", 0, "\\pm"},
    {"\\purple", 1, "\\textcolor[HTML]{9D38BD}{#1}"},
    {"\\purpleA", 1, "\\textcolor[HTML]{DDD7FF}{#1}"},
    {"\\purpleB", 1, "\\textcolor[HTML]{C6B9FC}{#1}"},
    {"\\purpleC", 1, "\\textcolor[HTML]{AA87FF}{#1}"},
    {"\\purpleD", 1, "\\textcolor[HTML]{7854AB}{#1}"},
    {"\\purpleE", 1, "\\textcolor[HTML]{543B78}{#1}"},
    {"\\rArr", 0, "\\Rightarrow"},
    {"\\rBrace", 0, "\\mathclose{\\text{⦄}}"},
    {"\\rang", 0, "\\rangle"},
    {"\\rarr", 0, "\\rightarrow"},
    {"\\real", 0, "\\Re"},
    {"\\reals", 0, "\\mathbb{R}"},
    {"\\red", 1, "\\textcolor[HTML]{DF0030}{#1}"},
    {"\\redA", 1, "\\textcolor[HTML]{FCA9A9}{#1}"},
    {"\\redB", 1, "\\textcolor[HTML]{FF8482}{#1}"},
    {"\\redC", 1, "\\textcolor[HTML]{F9685D}{#1}"},
    {"\\redD", 1, "\\textcolor[HTML]{E84D39}{#1}"},
    {"\\redE", 1, "\\textcolor[HTML]{BC2612}{#1}"},
    {"\\rrbracket", 0, "\\mathclose{]\\mkern-3mu]}"},
    {"\\sdot", 0, "\\cdot"},
    {"\\sect", 0, "\\S"},
    {"\\set", 1, "\\{#1\\}"},
    {"\\sh", 0, "\\operatorname{sh}"},
    {"\\simcoloncolon", 0, "\\mathrel{\\sim\\mathrel{\\mkern-1.2mu}\\dblcolon}"},
    {"\\sixptsize", 0, "\\scriptsize"},
    {"\\spades", 0, "\\spadesuit"},
    {"\\sub", 0, "\\subset"},
    {"\\sube", 0, "\\subseteq"},
    {"\\supe", 0, "\\supseteq"},
    {"\\tealA", 1, "\\textcolor[HTML]{94FFF5}{#1}"},
    {"\\tealB", 1, "\\textcolor[HTML]{26EDD5}{#1}"},
    {"\\tealC", 1, "\\textcolor[HTML]{01D1C1}{#1}"},
    {"\\tealD", 1, "\\textcolor[HTML]{01A995}{#1}"},
    {"\\tealE", 1, "\\textcolor[HTML]{208170}{#1}"},
    {"\\tg", 0, "\\operatorname{tg}"},
    {"\\thetasym", 0, "\\vartheta"},
    {"\\uArr", 0, "\\Uparrow"},
    {"\\uarr", 0, "\\uparrow"},
    {"\\undergroup", 1, "\\underbrace{#1}"},
    {"\\underlinesegment", 1, "\\underline{#1}"},
    {"\\utilde", 1, "\\underset{\\sim}{#1}"},
    {"\\varvdots", 0, "\\vdots"},
    {"\\weierp", 0, "\\wp"},
    {"\\widecheck", 1, "\\overset{\\vee}{#1}"},
};

template <typename T, std::size_t N, typename Key>
const T* find_sorted(const T (&table)[N], std::string_view name, Key key) {
  const auto it = std::lower_bound(std::begin(table), std::end(table), name, [&](const T& e, std::string_view v) { return key(e) < v; });
  return it != std::end(table) && key(*it) == name ? &*it : nullptr;
}

std::string code_point_name(char32_t cp) {
  char text[16];
  std::snprintf(text, sizeof text, "U+%04X", static_cast<unsigned>(cp));
  return text;
}

bool is_katex_command(std::string_view name) {
  return math::katex::find_function(name) || math::katex::find_symbol(math::Mode::math, name) ||
         math::katex::find_symbol(math::Mode::text, name) || math::katex::find_macro(name);
}

// Why `name` (a control word or symbol as LuaLaTeX reads it) may not reach LaTeX, or "".
std::string command_problem(std::string_view name, const TexAllowlist& allow, std::string& hint) {
  const std::string quoted = "'" + std::string(name) + "'";
  if (name == "\\)" || name == "\\]") return quoted + " would end the math early";
  if (allow.macros && allow.macros->count(std::string(name))) return "";
  if (is_compat_macro(name)) return "";
  if (const std::string_view reason = kept_out_reason(name); !reason.empty()) {
    if (reason == kDefines) hint = "define macros in np.yaml under katex.macros, where every formula and the LaTeX export see them";
    return quoted + " " + std::string(reason) + ": not allowed in the LaTeX export";
  }
  if (is_katex_command(name)) return "";
  hint = "a formula may use KaTeX's commands and np.yaml's katex.macros";
  return quoted + " is not a command np lets into the LaTeX export";
}

}  // namespace

std::string_view kept_out_reason(std::string_view command) {
  const KeptOut* k = find_sorted(kKeptOut, command, [](const KeptOut& e) { return e.command; });
  return k ? k->reason : std::string_view();
}

std::span<const CompatMacro> katex_compat_macros() { return kCompat; }

bool is_compat_macro(std::string_view name) {
  return find_sorted(kCompat, name, [](const CompatMacro& e) { return e.name; }) != nullptr;
}

bool latex_defines(std::string_view name) { return std::binary_search(std::begin(kLatexNames), std::end(kLatexNames), name); }

int macro_parameters(std::string_view body) {
  if (body.find('#') == std::string_view::npos) return 0;
  std::string stripped;
  for (std::size_t i = 0; i < body.size(); ++i) {
    if (body[i] == '#' && i + 1 < body.size() && body[i + 1] == '#')
      ++i;
    else
      stripped += body[i];
  }
  int n = 0;
  while (n < 9 && stripped.find("#" + std::to_string(n + 1)) != std::string::npos) ++n;
  return n;
}

std::optional<TexProblem> check_tex(std::string_view tex, const TexAllowlist& allow) {
  const auto problem = [](std::size_t begin, std::size_t end, std::string message, std::string hint = {}) {
    return std::optional<TexProblem>(TexProblem{begin, end, std::move(message), std::move(hint)});
  };
  if (const auto bad = utf8::first_invalid(tex)) return problem(*bad, *bad + 1, "invalid UTF-8");
  long depth = 0;
  std::size_t first_open = 0;
  long url_depth = -1;    // inside the URL of \href or \url: the depth its closing brace returns to
  bool url_next = false;  // \href or \url was just read: the next group is its URL
  for (std::size_t i = 0; i < tex.size();) {
    const char c = tex[i];
    if (c == '\\') {
      std::size_t j = i + 1;
      if (j >= tex.size()) return problem(i, j, "a '\\' ends the formula", "write \\backslash for a backslash");
      if (is_letter(tex[j])) {
        while (j < tex.size() && is_letter(tex[j])) ++j;
        // LuaLaTeX reads letters beyond ASCII as part of a command's name: \alphaé is one command.
        if (j < tex.size() && static_cast<unsigned char>(tex[j]) >= 0x80) {
          std::size_t k = j;
          utf8::decode(tex, k);
          return problem(
              i, k, "'" + std::string(tex.substr(i, k - i)) + "': LuaLaTeX reads the non-ASCII character as part of the command's name",
              "put a space after '" + std::string(tex.substr(i, j - i)) + "'");
        }
      } else {
        const char32_t cp = utf8::decode(tex, j);  // a control symbol: \{ \, \\ and the like
        if (utf8::is_control_character(cp) || cp == 0)
          return problem(i, j, "control character " + code_point_name(cp) + " after '\\'", "remove it");
      }
      const std::string_view name = tex.substr(i, j - i);
      std::string hint;
      if (std::string message = command_problem(name, allow, hint); !message.empty())
        return problem(i, j, std::move(message), std::move(hint));
      url_next = name == "\\href" || name == "\\url";
      if (name == "\\begin" || name == "\\end") {
        std::size_t k = j;
        while (k < tex.size() && (tex[k] == ' ' || tex[k] == '\t' || tex[k] == '\n' || tex[k] == '\r')) ++k;
        const auto close = k < tex.size() && tex[k] == '{' ? tex.find('}', k) : std::string_view::npos;
        const std::string_view env = close == std::string_view::npos ? std::string_view() : tex.substr(k + 1, close - k - 1);
        if (std::find(std::begin(kMathEnvironments), std::end(kMathEnvironments), env) == std::end(kMathEnvironments))
          return problem(i, close == std::string_view::npos ? j : close + 1,
                         "'" + std::string(name) + "{" + std::string(env) + "}' is not a math environment: not allowed in the LaTeX export",
                         "use one of KaTeX's math environments (aligned, cases, pmatrix...)");
        j = close + 1;
      }
      i = j;
      continue;
    }
    const std::size_t start = i;
    const char32_t cp = utf8::decode(tex, i);
    if (utf8::is_control_character(cp) || cp == 0) return problem(start, i, "control character " + code_point_name(cp), "remove it");
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    const bool starts_url = url_next && c == '{';
    url_next = false;
    switch (c) {
      case '%':
        return problem(start, i, "'%' starts a TeX comment that would swallow the rest of the line", "write \\% for a percent sign");
      case '^':
        if (i < tex.size() && tex[i] == '^')
          return problem(start, i + 1, "'^^' is TeX's character-code notation: not allowed in the LaTeX export");
        break;
      case '#':
        if (url_depth >= 0) break;  // \href and \url read their URL with # as a character
        if (i < tex.size() && tex[i] >= '1' && tex[i] - '0' <= allow.parameters) {
          ++i;
          break;
        }
        return problem(start, i,
                       allow.parameters > 0
                           ? "'#' is TeX's macro parameter character: this macro's arguments are #1 to #" + std::to_string(allow.parameters)
                           : "'#' is TeX's macro parameter character",
                       "write \\# for a number sign");
      case '{':
        if (starts_url) url_depth = depth;
        if (depth++ == 0) first_open = start;
        break;
      case '}':
        if (--depth < 0) return problem(start, i, "unbalanced '}': it would close a group np opened");
        if (depth == url_depth) url_depth = -1;
        break;
      default:
        break;
    }
  }
  if (depth > 0) return problem(first_open, first_open + 1, "unbalanced '{': it is never closed");
  return std::nullopt;
}

std::vector<MacroProblem> check_macros(const std::map<std::string, std::string>& macros) {
  std::vector<MacroProblem> problems;
  const math::MacroTable table(macros);
  for (const auto& macro : macros) {
    const std::string& name = macro.first;
    const std::string& body = macro.second;
    const auto add = [&](bool in_name, std::string message, std::string hint = {}) {
      problems.push_back(MacroProblem{name, in_name, std::move(message), std::move(hint)});
    };
    const std::string quoted = "katex.macros: '" + name + "'";
    if (name.size() < 2 || name[0] != '\\' || !std::all_of(name.begin() + 1, name.end(), is_letter)) {
      add(true, quoted + " is not a LaTeX command name", "write a backslash and letters only, e.g. \\norm");
      continue;
    }
    if (name.rfind("\\end", 0) == 0 || name == "\\relax") {
      add(true, quoted + ": LaTeX defines no command whose name starts with 'end' (or \\relax)", "choose another name");
      continue;
    }
    if (name.rfind("\\np", 0) == 0) {
      add(true, quoted + ": names starting with '\\np' are np's own LaTeX markup", "choose another name");
      continue;
    }
    if (latex_defines(name)) {
      add(true, quoted + " is a command LaTeX already defines: a macro may not replace it", "choose a name LaTeX does not define");
      continue;
    }
    const int parameters = macro_parameters(body);
    if (const auto p = check_tex(body, TexAllowlist{&macros, parameters})) {
      add(false, quoted + ": " + p->message, p->hint);
      continue;
    }
    // Parsed as KaTeX parses a use of it: with each argument filled in by a letter, else by a
    // delimiter or a dimension (the arguments of \left#1 and \kern#1).
    std::optional<math::Issue> first_error;
    for (const std::string_view argument : {"{x}", "{.}", "{1em}"}) {
      std::string formula = name;
      for (int k = 0; k < parameters; ++k) formula += argument;
      math::ParseOptions options;
      options.display = true;
      options.macros = &table;
      math::ParseResult result = math::parse(formula, options);
      std::optional<math::Issue> error = std::move(result.error);
      for (math::Issue& issue : result.issues)
        if (!error && math::is_error(issue.code)) error = std::move(issue);
      if (!error) {
        first_error.reset();
        break;
      }
      if (!first_error) first_error = std::move(error);
      if (parameters == 0) break;
    }
    if (first_error) add(false, quoted + " is not a formula KaTeX can parse: " + first_error->message, first_error->hint);
  }
  return problems;
}

}  // namespace np::latex
