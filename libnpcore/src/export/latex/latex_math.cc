#include "export/latex/latex_math.h"

#include <algorithm>
#include <iterator>
#include <vector>

#include "export/latex/latex_writer.h"
#include "math/katex_table.h"

namespace np::latex {

namespace {

bool tex_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool hex_digit(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

struct CssColor {
  std::string_view name, hex;
};
// CSS's named colours (CSS Color Module Level 4), which KaTeX hands to the browser as they are.
constexpr CssColor kCssColors[] = {
    {"aliceblue", "F0F8FF"},
    {"antiquewhite", "FAEBD7"},
    {"aqua", "00FFFF"},
    {"aquamarine", "7FFFD4"},
    {"azure", "F0FFFF"},
    {"beige", "F5F5DC"},
    {"bisque", "FFE4C4"},
    {"black", "000000"},
    {"blanchedalmond", "FFEBCD"},
    {"blue", "0000FF"},
    {"blueviolet", "8A2BE2"},
    {"brown", "A52A2A"},
    {"burlywood", "DEB887"},
    {"cadetblue", "5F9EA0"},
    {"chartreuse", "7FFF00"},
    {"chocolate", "D2691E"},
    {"coral", "FF7F50"},
    {"cornflowerblue", "6495ED"},
    {"cornsilk", "FFF8DC"},
    {"crimson", "DC143C"},
    {"cyan", "00FFFF"},
    {"darkblue", "00008B"},
    {"darkcyan", "008B8B"},
    {"darkgoldenrod", "B8860B"},
    {"darkgray", "A9A9A9"},
    {"darkgreen", "006400"},
    {"darkgrey", "A9A9A9"},
    {"darkkhaki", "BDB76B"},
    {"darkmagenta", "8B008B"},
    {"darkolivegreen", "556B2F"},
    {"darkorange", "FF8C00"},
    {"darkorchid", "9932CC"},
    {"darkred", "8B0000"},
    {"darksalmon", "E9967A"},
    {"darkseagreen", "8FBC8F"},
    {"darkslateblue", "483D8B"},
    {"darkslategray", "2F4F4F"},
    {"darkslategrey", "2F4F4F"},
    {"darkturquoise", "00CED1"},
    {"darkviolet", "9400D3"},
    {"deeppink", "FF1493"},
    {"deepskyblue", "00BFFF"},
    {"dimgray", "696969"},
    {"dimgrey", "696969"},
    {"dodgerblue", "1E90FF"},
    {"firebrick", "B22222"},
    {"floralwhite", "FFFAF0"},
    {"forestgreen", "228B22"},
    {"fuchsia", "FF00FF"},
    {"gainsboro", "DCDCDC"},
    {"ghostwhite", "F8F8FF"},
    {"gold", "FFD700"},
    {"goldenrod", "DAA520"},
    {"gray", "808080"},
    {"green", "008000"},
    {"greenyellow", "ADFF2F"},
    {"grey", "808080"},
    {"honeydew", "F0FFF0"},
    {"hotpink", "FF69B4"},
    {"indianred", "CD5C5C"},
    {"indigo", "4B0082"},
    {"ivory", "FFFFF0"},
    {"khaki", "F0E68C"},
    {"lavender", "E6E6FA"},
    {"lavenderblush", "FFF0F5"},
    {"lawngreen", "7CFC00"},
    {"lemonchiffon", "FFFACD"},
    {"lightblue", "ADD8E6"},
    {"lightcoral", "F08080"},
    {"lightcyan", "E0FFFF"},
    {"lightgoldenrodyellow", "FAFAD2"},
    {"lightgray", "D3D3D3"},
    {"lightgreen", "90EE90"},
    {"lightgrey", "D3D3D3"},
    {"lightpink", "FFB6C1"},
    {"lightsalmon", "FFA07A"},
    {"lightseagreen", "20B2AA"},
    {"lightskyblue", "87CEFA"},
    {"lightslategray", "778899"},
    {"lightslategrey", "778899"},
    {"lightsteelblue", "B0C4DE"},
    {"lightyellow", "FFFFE0"},
    {"lime", "00FF00"},
    {"limegreen", "32CD32"},
    {"linen", "FAF0E6"},
    {"magenta", "FF00FF"},
    {"maroon", "800000"},
    {"mediumaquamarine", "66CDAA"},
    {"mediumblue", "0000CD"},
    {"mediumorchid", "BA55D3"},
    {"mediumpurple", "9370DB"},
    {"mediumseagreen", "3CB371"},
    {"mediumslateblue", "7B68EE"},
    {"mediumspringgreen", "00FA9A"},
    {"mediumturquoise", "48D1CC"},
    {"mediumvioletred", "C71585"},
    {"midnightblue", "191970"},
    {"mintcream", "F5FFFA"},
    {"mistyrose", "FFE4E1"},
    {"moccasin", "FFE4B5"},
    {"navajowhite", "FFDEAD"},
    {"navy", "000080"},
    {"oldlace", "FDF5E6"},
    {"olive", "808000"},
    {"olivedrab", "6B8E23"},
    {"orange", "FFA500"},
    {"orangered", "FF4500"},
    {"orchid", "DA70D6"},
    {"palegoldenrod", "EEE8AA"},
    {"palegreen", "98FB98"},
    {"paleturquoise", "AFEEEE"},
    {"palevioletred", "DB7093"},
    {"papayawhip", "FFEFD5"},
    {"peachpuff", "FFDAB9"},
    {"peru", "CD853F"},
    {"pink", "FFC0CB"},
    {"plum", "DDA0DD"},
    {"powderblue", "B0E0E6"},
    {"purple", "800080"},
    {"rebeccapurple", "663399"},
    {"red", "FF0000"},
    {"rosybrown", "BC8F8F"},
    {"royalblue", "4169E1"},
    {"saddlebrown", "8B4513"},
    {"salmon", "FA8072"},
    {"sandybrown", "F4A460"},
    {"seagreen", "2E8B57"},
    {"seashell", "FFF5EE"},
    {"sienna", "A0522D"},
    {"silver", "C0C0C0"},
    {"skyblue", "87CEEB"},
    {"slateblue", "6A5ACD"},
    {"slategray", "708090"},
    {"slategrey", "708090"},
    {"snow", "FFFAFA"},
    {"springgreen", "00FF7F"},
    {"steelblue", "4682B4"},
    {"tan", "D2B48C"},
    {"teal", "008080"},
    {"thistle", "D8BFD8"},
    {"tomato", "FF6347"},
    {"turquoise", "40E0D0"},
    {"violet", "EE82EE"},
    {"wheat", "F5DEB3"},
    {"white", "FFFFFF"},
    {"whitesmoke", "F5F5F5"},
    {"yellow", "FFFF00"},
    {"yellowgreen", "9ACD32"},

};

// The colours xcolor defines without options: written as they are, so that formulas that use them
// keep the LaTeX they always had.
constexpr std::string_view kXcolorNames[] = {"black",     "blue", "brown",   "cyan",  "darkgray", "gray", "green",
                                             "lightgray", "lime", "magenta", "olive", "orange",   "pink", "purple",
                                             "red",       "teal", "violet",  "white", "yellow"};

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

// xcolor's spelling of a KaTeX colour: "{name}" or "[HTML]{RRGGBB}", or "" when LaTeX cannot
// name it (KaTeX accepts any word, and #rgba: CSS knows them, xcolor does not).
std::string xcolor(std::string_view color) {
  if (std::find(std::begin(kXcolorNames), std::end(kXcolorNames), color) != std::end(kXcolorNames)) return "{" + std::string(color) + "}";
  std::string_view hex = color;
  if (!hex.empty() && hex[0] == '#') hex.remove_prefix(1);
  if (std::all_of(hex.begin(), hex.end(), hex_digit) && (hex.size() == 6 || (hex.size() == 3 && color[0] == '#'))) {
    if (hex.size() == 6) return "[HTML]{" + upper(hex) + "}";
    return "[HTML]{" + upper(std::string{hex[0], hex[0], hex[1], hex[1], hex[2], hex[2]}) + "}";
  }
  std::string lower(color);
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  const auto it = std::lower_bound(std::begin(kCssColors), std::end(kCssColors), lower,
                                   [](const CssColor& e, const std::string& v) { return e.name < v; });
  if (it != std::end(kCssColors) && it->name == lower) return "[HTML]{" + std::string(it->hex) + "}";
  return "";
}

// The characters of \verb's text in \texttt: what LaTeX's text mode reads as itself, the rest as
// KaTeX's text commands (so that check_tex, which knows KaTeX's commands, accepts them).
std::string verbatim_text(std::string_view text, bool visible_spaces) {
  std::string out;
  for (char c : text) {
    if (const char* special = tex_special(c); *special) {
      out += special;
      continue;
    }
    switch (c) {
      case ' ':
        out += visible_spaces ? "\u2423" : "\\ ";
        break;
      default:
        out += c;
    }
  }
  return out;
}

template <std::size_t N>
bool is_one_of(std::string_view name, const std::string_view (&list)[N]) {
  return std::find(std::begin(list), std::end(list), name) != std::end(list);
}

// The commands whose argument KaTeX and LaTeX read in text mode.
constexpr std::string_view kTextCommands[] = {"\\text",   "\\textrm", "\\textsf", "\\texttt", "\\textnormal", "\\textbf",
                                              "\\textmd", "\\textit", "\\textup", "\\mbox",   "\\hbox",       "\\fbox"};
// What KaTeX accepts (and ignores) in text mode and LaTeX refuses there ("Missing $ inserted").
constexpr std::string_view kMathOnly[] = {"\\displaystyle", "\\textstyle", "\\scriptstyle", "\\scriptscriptstyle",
                                          "\\mathclap",     "\\mathllap",  "\\mathrlap"};
// TeX's primitives that read a size without braces.
constexpr std::string_view kDimensionPrimitives[] = {"\\kern", "\\mkern", "\\hskip", "\\mskip", "\\above"};

class Rewriter {
 public:
  explicit Rewriter(std::string_view tex) : tex_(tex) {}

  LatexFormula run() {
    LatexFormula result;
    while (i_ < tex_.size() && !problem_) {
      const char c = tex_[i_];
      if (c != '\\') {
        if (c == '&' && !environments_.empty() && environments_.back().substr(0, 6) == "gather") {
          fail(i_, i_ + 1, "'&' in {" + environments_.back() + "}: KaTeX reads it, LaTeX's gather has one column",
               "use {aligned} or {align} for aligned columns");
          break;
        }
        if (c == '{')
          modes_.push_back(text_group_next_ ? Mode::text : mode());
        else if (c == '}' && modes_.size() > 1)
          modes_.pop_back();
        else if (c == '$')
          modes_.back() = mode() == Mode::text ? Mode::math : Mode::text;
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') text_group_next_ = false;
        out_ += c;
        ++i_;
        continue;
      }
      const std::size_t start = i_;
      std::size_t j = i_ + 1;
      if (j < tex_.size() && tex_letter(tex_[j]))
        while (j < tex_.size() && tex_letter(tex_[j])) ++j;
      else if (j < tex_.size())
        ++j;
      const std::string_view name = tex_.substr(start, j - start);
      i_ = j;
      text_group_next_ = is_one_of(name, kTextCommands);
      if (mode() == Mode::text && is_one_of(name, kMathOnly)) {
        fail(start, j, "'" + std::string(name) + "' in text: KaTeX ignores it there, LaTeX refuses it", "move it out of the \\text{...}");
        break;
      }
      if (name == "\\verb")
        verb(start);
      else if (name == "\\url")
        url(start);
      else if (name == "\\href")
        href();
      else if (name == "\\TeX" || name == "\\LaTeX")
        out_ += "\\text{" + std::string(name) + "}";
      else if (name == "\\color" || name == "\\textcolor" || name == "\\colorbox")
        color(name, 1);
      else if (name == "\\fcolorbox")
        color(name, 2);
      else if (is_one_of(name, kDimensionPrimitives))
        dimension(name);
      else if (name == "\\genfrac")
        genfrac();
      else if (name == "\\begin" || name == "\\end")
        environment(name);
      else if (tex_[start + 1] != '@' && tex_letter(tex_[start + 1]))
        function(name);
      else if (name == "\\@" && i_ < tex_.size() && tex_letter(tex_[i_])) {
        std::size_t k = i_;
        while (k < tex_.size() && tex_letter(tex_[k])) ++k;
        fail(start, k,
             "'\\@" + std::string(tex_.substr(i_, k - i_)) + "' is one of KaTeX's internal macros: LaTeX reads it as \\@ and letters",
             "write the formula without it");
      } else
        out_ += name;
    }
    result.tex = std::move(out_);
    result.problem = std::move(problem_);
    return result;
  }

 private:
  void fail(std::size_t begin, std::size_t end, std::string message, std::string hint = {}) {
    if (!problem_) problem_ = TexProblem{begin, end, std::move(message), std::move(hint)};
  }

  enum class Mode { math, text };
  Mode mode() const { return modes_.back(); }

  // \kern{1em}: KaTeX reads a braced size, TeX's primitives do not.
  void dimension(std::string_view name) {
    if (const auto size = plain_group())
      out_ += std::string(name) + " " + std::string(*size) + "\\relax ";
    else
      out_ += name;
  }

  // \genfrac's delimiters and style (0 to 3) as LaTeX reads them.
  void genfrac() {
    out_ += "\\genfrac";
    for (int k = 0; k < 4; ++k) {
      const auto group = plain_group();
      if (!group) return;
      // KaTeX draws no delimiter for one LaTeX does not know (a letter), and no style for a non-number.
      const bool ok = k == 2 || group->empty() ||
                      (k == 3 ? group->size() == 1 && (*group)[0] >= '0' && (*group)[0] <= '3'
                              : (*group)[0] == '\\' ||
                                    (group->size() == 1 && std::string_view("()[]<>/|.").find((*group)[0]) != std::string_view::npos));
      out_ += "{" + std::string(ok ? *group : std::string_view()) + "}";
    }
  }

  void environment(std::string_view name) {
    const std::size_t start = i_ - name.size();
    out_ += name;
    const auto group = plain_group();
    if (!group) return;
    // amsmath's display environments ({align}, {gather}...) are a whole display in LaTeX, never a
    // part of one: KaTeX also accepts them after other math ('\lg\begin{align}...').
    static constexpr std::string_view kWholeDisplay[] = {"align",  "align*",  "alignat",  "alignat*",
                                                         "gather", "gather*", "equation", "equation*"};
    const bool outermost = name == "\\begin" ? environments_.empty() : environments_.size() == 1;
    if (is_one_of(*group, kWholeDisplay) && outermost) {
      const auto blank = [](char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r'; };
      bool alone = true;
      if (name == "\\begin") {
        for (std::size_t k = 0; k < start && alone; ++k) alone = blank(tex_[k]);
      } else {
        for (std::size_t k = i_; k < tex_.size() && alone; ++k) alone = blank(tex_[k]);
      }
      if (!alone) {
        fail(start, i_, "{" + std::string(*group) + "} after or before other math: LaTeX takes it only as the whole display",
             "put the rest of the formula inside the environment, or use {aligned} or {gathered}");
        return;
      }
    }
    out_ += "{" + std::string(*group) + "}";
    if (name == "\\begin")
      environments_.emplace_back(*group);
    else if (!environments_.empty())
      environments_.pop_back();
  }

  // A function's first argument written without braces, when it is a macro: KaTeX takes the
  // macro as the argument, LaTeX its expansion's first token (\sqrt\dots). Braced here.
  void function(std::string_view name) {
    out_ += name;
    const math::katex::KatexFunction* f = math::katex::find_function(name);
    if (!f || f->has(math::katex::kPrimitive) || f->num_args == 0 || f->arg_types.size() <= f->num_optional) return;
    std::size_t k = i_;
    while (k < tex_.size() && (tex_[k] == ' ' || tex_[k] == '\t' || tex_[k] == '\n' || tex_[k] == '\r')) ++k;
    if (k >= tex_.size() || (f->num_optional && tex_[k] == '[') || f->arg_types[f->num_optional] != '-') return;
    if (tex_[k] != '\\' || k + 1 >= tex_.size() || !tex_letter(tex_[k + 1])) return;
    std::size_t end = k + 1;
    while (end < tex_.size() && tex_letter(tex_[end])) ++end;
    const std::string_view argument = tex_.substr(k, end - k);
    if (argument == "\\verb" || argument == "\\url") {
      out_ += "{";
      i_ = end;
      argument == "\\verb" ? verb(k) : url(k);
      out_ += "}";
      return;
    }
    // A function with arguments is itself the argument with its own (\frac\text{a}b), and a
    // symbol is one token in LaTeX too (\hat\mu): left as they are.
    if (const auto* g = math::katex::find_function(argument); g && g->num_args > 0) return;
    if (math::katex::find_symbol(math::Mode::math, argument)) return;
    out_ += "{" + std::string(argument) + "}";
    i_ = end;
  }

  void skip_spaces() {
    while (i_ < tex_.size() && (tex_[i_] == ' ' || tex_[i_] == '\t' || tex_[i_] == '\n' || tex_[i_] == '\r')) ++i_;
  }

  // The text of a {...} group that holds no brace (a URL, a colour), or nullopt (then i_ is unchanged).
  std::optional<std::string_view> plain_group() {
    const std::size_t at = i_;
    skip_spaces();
    if (i_ >= tex_.size() || tex_[i_] != '{') {
      i_ = at;
      return std::nullopt;
    }
    const std::size_t close = tex_.find_first_of("{}", i_ + 1);
    if (close == std::string_view::npos || tex_[close] != '}') {
      i_ = at;
      return std::nullopt;
    }
    const std::string_view text = tex_.substr(i_ + 1, close - i_ - 1);
    i_ = close + 1;
    return text;
  }

  // \verb<d>text<d> and \verb*<d>text<d>, as KaTeX's lexer reads them (on one line).
  void verb(std::size_t start) {
    const bool star = i_ < tex_.size() && tex_[i_] == '*';
    if (star) ++i_;
    const std::size_t end = i_ < tex_.size() ? tex_.find(tex_[i_], i_ + 1) : std::string_view::npos;
    if (end == std::string_view::npos || tex_.substr(i_, end - i_).find('\n') != std::string_view::npos) {
      fail(start, i_, "'\\verb' without its closing delimiter");
      return;
    }
    out_ += "\\text{\\texttt{" + verbatim_text(tex_.substr(i_ + 1, end - i_ - 1), star) + "}}";
    i_ = end + 1;
  }

  void url(std::size_t start) {
    const auto target = plain_group();
    if (!target) {
      fail(start, i_, "'\\url' without its {URL}");
      return;
    }
    out_ += "\\href{" + escape_url(*target) + "}{\\text{\\texttt{" + verbatim_text(*target, false) + "}}}";
  }

  void href() {
    if (const auto target = plain_group())
      out_ += "\\href{" + escape_url(*target) + "}";
    else
      out_ += "\\href";
  }

  void color(std::string_view name, int colors) {
    out_ += name;
    std::string model, values;
    for (int k = 0; k < colors; ++k) {
      const std::size_t at = i_;
      const auto group = plain_group();
      if (!group) {
        i_ = at;  // an argument np leaves as it is (a macro, a group with braces): LaTeX reads it
        if (k == 0) return;
        fail(at, at + 1, "'" + std::string(name) + "' with a colour np cannot read");
        return;
      }
      const std::string spelled = xcolor(*group);
      if (spelled.empty()) {
        fail(at, i_, "LaTeX knows no colour '" + std::string(*group) + "' (KaTeX hands it to the browser)",
             "use a CSS colour name or #rrggbb");
        return;
      }
      const bool html = spelled[0] == '[';
      if (k == 0)
        model = html ? "[HTML]" : "";
      else if ((model == "[HTML]") != html) {
        fail(at, i_, "'" + std::string(name) + "' mixes a named colour with a hexadecimal one", "write both as #rrggbb");
        return;
      }
      values += html ? spelled.substr(6) : spelled;
    }
    out_ += model + values;
  }

  std::string_view tex_;
  std::vector<Mode> modes_{Mode::math};    // of each open group
  std::vector<std::string> environments_;  // the open \begin{...}
  bool text_group_next_ = false;           // a text command was read: its {group} is text
  std::size_t i_ = 0;
  std::string out_;
  std::optional<TexProblem> problem_;
};

}  // namespace

LatexFormula latex_formula(std::string_view tex) { return Rewriter(tex).run(); }

bool export_refuses(math::IssueCode code) {
  using math::IssueCode;
  return math::is_error(code) || code == IssueCode::percent_comment || code == IssueCode::cases_columns ||
         code == IssueCode::left_right_linebreak || code == IssueCode::latex_incompatible;
}

std::optional<TexProblem> latex_export_problem(std::string_view tex, const std::map<std::string, std::string>* macros) {
  LatexFormula formula = latex_formula(tex);
  if (formula.problem) return formula.problem;
  auto problem = check_tex(formula.tex, TexAllowlist{macros, 0});
  if (!problem) return std::nullopt;
  // Its place in the rewritten formula is not one in `tex`: the written one is, if it has it.
  const auto written = check_tex(tex, TexAllowlist{macros, 0});
  problem->offset = written ? written->offset : 0;
  problem->end = written ? written->end : 0;
  return problem;
}

}  // namespace np::latex
