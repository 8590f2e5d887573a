// The macros of KaTeX's macros.js that are JavaScript functions rather than expansion text, and
// the classification of undefined commands (np's policy on \input, \label...).
#include <algorithm>
#include <cstdio>
#include <iterator>

#include "math/parser_impl.h"
#include "np/did_you_mean.h"
#include "np/utf8.h"

namespace np::math {

namespace {

Expansion tokens_expansion(std::vector<Token> tokens) {
  Expansion e;
  e.tokens = std::move(tokens);
  return e;
}

int digit_value(std::string_view text) {
  if (text.size() != 1) return -1;
  const char c = text[0];
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// JavaScript's charCodeAt: the UTF-16 code unit at the start of text[i...].
unsigned utf16_unit(std::string_view text, std::size_t i) {
  if (i >= text.size()) return 0;
  const char32_t cp = utf8::decode(text, i);
  return cp > 0xFFFF ? 0xD800 + ((cp - 0x10000) >> 10) : static_cast<unsigned>(cp);
}

bool all_digits_with_spaces(const std::string& s) {
  std::size_t i = 0;
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
  while (i < s.size() && space(s[i])) ++i;
  const std::size_t digits = i;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
  if (i == digits) return false;
  while (i < s.size() && space(s[i])) ++i;
  return i == s.size();
}

// TeX's file, shell and catcode primitives (and the LaTeX commands built on them). KaTeX does not
// define them, so it refuses them too; np names the reason: the LaTeX export must never run them.
constexpr std::string_view kUnsafeCommands[] = {
    "\\catcode",  "\\closein",   "\\closeout",       "\\csname",       "\\directlua",   "\\documentclass", "\\endcsname",     "\\endinput",
    "\\everyeof", "\\everyjob",  "\\immediate",      "\\include",      "\\includeonly", "\\input",         "\\jobname",       "\\lccode",
    "\\latelua",  "\\luadirect", "\\luaexec",        "\\makeatletter", "\\mathcode",    "\\newread",       "\\newwrite",      "\\openin",
    "\\openout",  "\\outer",     "\\pdfshellescape", "\\read",         "\\readline",    "\\scantokens",    "\\sfcode",        "\\shipout",
    "\\special",  "\\uccode",    "\\usepackage",     "\\write",        "\\write18",     "\\verbatiminput", "\\immediatewrite"};

}  // namespace

void Gullet::note(IssueCode code, const Token& at, std::string message, std::string hint) {
  issues_.push_back(Issue{code, at.begin, at.end, std::move(message), std::move(hint)});
}

void Gullet::throw_undefined(const Token& token) const {
  const std::string name(token.text);
  if (name == "\\label" || name == "\\ref" || name == "\\eqref" || name == "\\pageref" || name == "\\cref" || name == "\\autoref")
    fail(IssueCode::label_ref, token, "KaTeX does not support '" + name + "': the formula would not render",
         name == "\\label" ? "number an equation with \\tag{...} and link to its heading instead"
                           : "refer to the equation in the prose instead");
  if (std::find(std::begin(kUnsafeCommands), std::end(kUnsafeCommands), name) != std::end(kUnsafeCommands))
    fail(IssueCode::unsafe_command, token, "'" + name + "' is a TeX file, shell or catcode primitive: not allowed in math",
         "remove it; formulas may only typeset");
  std::vector<std::string> candidates = katex::command_names();
  if (options_.macros) {
    const auto user = options_.macros->names();
    candidates.insert(candidates.end(), user.begin(), user.end());
  }
  std::sort(candidates.begin(), candidates.end());
  fail(IssueCode::undefined_command, token, "undefined control sequence '" + name + "'",
       did_you_mean(closest_match(name, candidates, {.swap_first = true})));
}

Expansion Gullet::expand_builtin(const MacroDefinition& macro, const Token& at) {
  const std::string& name = macro.name;
  if (name == "\\noexpand") {
    // The expansion is the token itself, meaning \relax if it would be expanded.
    Token t = pop_token();
    if (is_expandable(t.text)) {
      t.noexpand = true;
      t.treat_as_relax = true;
    }
    return tokens_expansion({std::move(t)});
  }
  if (name == "\\expandafter") {
    Token t = pop_token();
    expand_once(true);
    return tokens_expansion({std::move(t)});
  }
  if (name == "\\@firstoftwo" || name == "\\@secondoftwo") {
    auto args = consume_args(2);
    return tokens_expansion(std::move(args[name == "\\@firstoftwo" ? 0 : 1]));
  }
  if (name == "\\@ifnextchar") {
    auto args = consume_args(3);  // symbol, if, else
    consume_spaces();
    const Token& next = future();
    const bool matches = args[0].size() == 1 && args[0][0].text == next.text;
    return tokens_expansion(std::move(args[matches ? 1 : 2]));
  }
  if (name == "\\TextOrMath") {
    auto args = consume_args(2);
    return tokens_expansion(std::move(args[mode_ == Mode::text ? 0 : 1]));
  }
  if (name == "\\char") return expand_text(keep(char_macro()), at);
  if (name == "\\newcommand") return expand_text(newcommand(false, true, at), at);
  if (name == "\\renewcommand") return expand_text(newcommand(true, false, at), at);
  if (name == "\\providecommand") return expand_text(newcommand(true, true, at), at);
  if (name == "\\message" || name == "\\errmessage") {
    consume_args(1);
    return {};
  }
  if (name == "\\show") {
    pop_token();
    return {};
  }
  if (name == "\\dots") {
    // Constants (KaTeX's table or literals): the expansion's tokens view them.
    std::string_view dots = "\\dotso";
    const std::string_view next = expand_after_future().text;
    if (const auto d = katex::dots_by_token(next); !d.empty())
      dots = d;
    else if (next.substr(0, 4) == "\\not")
      dots = "\\dotsb";
    else if (const auto* s = katex::find_symbol(Mode::math, next); s && (s->group == SymbolGroup::bin || s->group == SymbolGroup::rel))
      dots = "\\dotsb";
    return expand_text(dots, at);
  }
  if (name == "\\dotso" || name == "\\dotsc" || name == "\\cdots") {
    const std::string_view next = future().text;
    const bool space = katex::is_space_after_dots(next) && !(name == "\\dotsc" && next == ",");
    // Constants: the expansion's tokens view them.
    if (name == "\\cdots") return expand_text(space ? "\\@cdots\\," : "\\@cdots", at);
    return expand_text(space ? "\\ldots\\," : "\\ldots", at);
  }
  if (name == "\\bra@ket" || name == "\\bra@set") return braket(name == "\\bra@set");
  if (name == "\\tag@literal") {
    if (macros_.get("\\df@tag")) fail(IssueCode::syntax, at, "a formula can have only one \\tag");
    return expand_text("\\gdef\\df@tag{\\text{#1}}", at);
  }
  // A macro a newer KaTeX wrote in JavaScript: tests/unit/math_parser_test.cc requires each one
  // to be implemented above.
  return {};
}

bool is_implemented_builtin(std::string_view name) {
  static constexpr std::string_view names[] = {"\\noexpand",   "\\expandafter", "\\@firstoftwo", "\\@secondoftwo", "\\@ifnextchar",
                                               "\\TextOrMath", "\\char",        "\\newcommand",  "\\renewcommand", "\\providecommand",
                                               "\\message",    "\\errmessage",  "\\show",        "\\dots",         "\\dotso",
                                               "\\dotsc",      "\\cdots",       "\\bra@ket",     "\\bra@set",      "\\tag@literal"};
  return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

// \bra@ket{left}{middle}{middle double}{right}{body} and \bra@set (braket.sty's \Braket, \Set,
// \set): the body between left and right, its | (and ||) replaced by the middle.
Expansion Gullet::braket(bool only_first) {
  std::vector<Token> left = consume_arg().tokens;
  std::vector<Token> middle = consume_arg().tokens;
  std::vector<Token> middle_double = consume_arg().tokens;
  std::vector<Token> right = consume_arg().tokens;
  const MacroPtr old_bar = macros_.get("|");
  const MacroPtr old_double = macros_.get("\\|");
  macros_.begin_group();
  const auto mid = [&](bool is_double) {
    auto m = std::make_unique<MacroDefinition>();
    m->kind = MacroDefinition::Kind::braket_middle;
    m->tokens = middle;
    m->double_tokens = middle_double;
    m->restore_bar = old_bar;
    m->restore_double = old_double;
    m->only_first = only_first;
    m->is_double = is_double;
    return macros_.own(std::move(m));
  };
  macros_.set("|", mid(false));
  if (!middle_double.empty()) macros_.set("\\|", mid(true));
  std::vector<Token> arg = consume_arg().tokens;
  std::vector<Token> all = right;  // reversed order: right, body, left
  all.insert(all.end(), arg.begin(), arg.end());
  all.insert(all.end(), left.begin(), left.end());
  std::vector<Token> expanded = expand_tokens(all);
  macros_.end_group();
  std::reverse(expanded.begin(), expanded.end());
  return tokens_expansion(std::move(expanded));
}

Expansion Gullet::braket_middle(const MacroDefinition& macro) {
  if (macro.only_first) {
    // \set and \Set replace only the first | (or \|).
    macros_.set("|", macro.restore_bar);
    if (!macro.double_tokens.empty()) macros_.set("\\|", macro.restore_double);
  }
  bool doubled = macro.is_double;
  if (!doubled && !macro.double_tokens.empty() && future().text == "|") {
    pop_token();
    doubled = true;
  }
  return tokens_expansion(doubled ? macro.double_tokens : macro.tokens);
}

// \char123, \char'173 (octal), \char"7B (hex), \char`x, \char`\x: a literal character, made by
// KaTeX's internal \@char.
std::string Gullet::char_macro() {
  Token token = pop_token();
  int base = 0;
  double number = 0;
  if (token.text == "'") {
    base = 8;
    token = pop_token();
  } else if (token.text == "\"") {
    base = 16;
    token = pop_token();
  } else if (token.text == "`") {
    token = pop_token();
    if (!token.text.empty() && token.text[0] == '\\')
      number = utf16_unit(token.text, 1);
    else if (token.text == "EOF")
      fail(IssueCode::invalid_argument, token, "\\char` is missing its character");
    else
      number = utf16_unit(token.text, 0);
  } else {
    base = 10;
  }
  if (base) {
    const int first = digit_value(token.text);
    if (first < 0 || first >= base)
      fail(IssueCode::invalid_argument, token,
           "invalid base-" + std::to_string(base) + " digit '" + std::string(token.text) + "' after \\char");
    number = first;
    for (int digit; (digit = digit_value(future().text)) >= 0 && digit < base;) {
      number = number * base + digit;
      pop_token();
    }
  }
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.0f", std::min(number, 1e20));
  return std::string("\\@char{") + buf + "}";
}

// \newcommand{\name}[n]{body}, \renewcommand, \providecommand.
std::string Gullet::newcommand(bool exists_ok, bool nonexists_ok, const Token& at) {
  if (written(at))
    note(IssueCode::unsafe_command, at, "'" + std::string(at.text) + "' defines a macro inside a formula",
         "define it once in np.yaml under katex.macros, where every formula and the LaTeX export see it");
  std::vector<Token> arg = consume_arg().tokens;
  if (arg.size() != 1) fail(IssueCode::macro, at, std::string(at.text) + "'s first argument must be a macro name");
  const std::string name(arg[0].text);
  const bool exists = is_defined(name);
  if (exists && !exists_ok)
    fail(IssueCode::macro, arg[0], "\\newcommand{" + name + "} would redefine " + name, "use \\renewcommand, or another name");
  if (!exists && !nonexists_ok)
    fail(IssueCode::macro, arg[0], "\\renewcommand{" + name + "}: " + name + " does not exist yet", "use \\newcommand");
  int num_args = 0;
  arg = consume_arg().tokens;
  if (arg.size() == 1 && arg[0].text == "[") {
    std::string text;
    Token token = expand_next_token();
    while (token.text != "]" && token.text != "EOF") {
      text += token.text;
      token = expand_next_token();
    }
    if (!all_digits_with_spaces(text)) fail(IssueCode::macro, token, "invalid number of arguments '" + text + "'");
    num_args = std::stoi(text.substr(0, 9));
    arg = consume_arg().tokens;
  }
  auto m = std::make_unique<MacroDefinition>();
  m->kind = MacroDefinition::Kind::tokens;
  m->name = name;
  m->tokens = std::move(arg);
  m->num_args = num_args;
  macros_.set(name, macros_.own(std::move(m)));
  return "";
}

}  // namespace np::math
