// KaTeX's tables (functions, symbols, environments, macros and the small lookup tables its
// parser consults), generated from KaTeX itself into katex_table.inc by
// scripts/katex/gen-table.mjs. Lookups are binary searches over constant sorted arrays: no
// start-up cost and no mutable state.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "np/math/tree.h"

namespace np::math::katex {

enum FunctionFlag : std::uint8_t {
  kInArgument = 1,  // may be an argument without braces (\frac\text{a}b)
  kInText = 2,      // allowed in text mode
  kNotInMath = 4,   // not allowed in math mode
  kInfix = 8,       // \over, \choose...
  kPrimitive = 16,  // arguments are parsed as groups (like TeX primitives), not scanned as macros
};

// A function (defineFunction) or an environment (defineEnvironment).
struct KatexFunction {
  std::string_view name;
  std::string_view type;  // the parse node type its handler builds
  std::uint8_t num_args, num_optional;
  std::string_view arg_types;  // one character per argument, optional ones first (see the .inc)
  std::uint8_t flags;
  bool has(FunctionFlag f) const { return (flags & f) != 0; }
};

struct KatexSymbol {
  std::string_view name;
  SymbolGroup group;
  bool ams;
  std::string_view replace;  // the character it stands for ("\\alpha" -> "α"); "" for itself
};

enum class MacroKind : std::uint8_t { text, function };
struct KatexMacro {
  std::string_view name;
  MacroKind kind;
  std::string_view expansion;
};

struct KatexPair {
  std::string_view key, value;
};

struct KatexUnicodeAccent {
  std::string_view mark, text, math;
};

struct KatexScriptChar {
  std::string_view character, replacement;
  bool subscript;
};

std::string_view version();

// The whole tables, for the code that walks them (the built-in macro table, tests).
std::span<const KatexFunction> functions();
std::span<const KatexMacro> macros();

const KatexFunction* find_function(std::string_view name);
const KatexFunction* find_environment(std::string_view name);
const KatexSymbol* find_symbol(Mode mode, std::string_view name);
const KatexMacro* find_macro(std::string_view name);
bool is_delimiter(std::string_view text);
bool is_unit(std::string_view unit);
bool is_implicit_command(std::string_view name);
bool is_atom_group(SymbolGroup group);
bool is_extra_latin(std::string_view text);
bool is_space_after_dots(std::string_view text);
std::string_view dots_by_token(std::string_view token);       // "" when none
std::string_view global_form(std::string_view command);       // "" when none
std::string_view unicode_symbol(std::string_view character);  // the decomposition, "" when none
const KatexUnicodeAccent* unicode_accent(std::string_view mark);
const KatexScriptChar* script_char(std::string_view character);
bool supported_codepoint(char32_t cp);

// Every command name KaTeX knows (functions, symbols and macros starting with '\'), and every
// environment name: the candidates of "did you mean" hints.
const std::vector<std::string>& command_names();
const std::vector<std::string>& environment_names();
// The command that writes a symbol character in math mode ("α" -> "\alpha"), "" when none.
std::string_view command_for_character(std::string_view character);

}  // namespace np::math::katex
