#include "math/katex_table.h"

#include <algorithm>
#include <iterator>
#include <string>

#include "math/name_index.h"

namespace np::math::katex {

namespace {

#include "math/katex_table.inc"

template <typename T, std::size_t N, typename Key>
const T* find_sorted(const T (&table)[N], std::string_view name, Key key) {
  const auto it =
      std::lower_bound(std::begin(table), std::end(table), name, [&](const T& entry, std::string_view v) { return key(entry) < v; });
  return it != std::end(table) && key(*it) == name ? &*it : nullptr;
}

template <std::size_t N>
bool contains(const std::string_view (&table)[N], std::string_view name) {
  return std::binary_search(std::begin(table), std::end(table), name);
}

constexpr auto by_name = [](const auto& e) { return e.name; };
constexpr auto by_key = [](const KatexPair& e) { return e.key; };

// The big tables are looked up for every token: indexed once, on first use (constant afterwards).
template <typename T, std::size_t N>
NameIndex<const T*> index(const T (&table)[N]) {
  NameIndex<const T*> out;
  for (const T& entry : table) out.insert(entry.name, &entry);
  return out;
}

}  // namespace

std::string_view version() { return NP_KATEX_VERSION; }
std::span<const KatexFunction> functions() { return kKatexFunctions; }
std::span<const KatexMacro> macros() { return kKatexMacros; }

const KatexFunction* find_function(std::string_view name) {
  static const auto map = index(kKatexFunctions);
  return map.find(name);
}
const KatexFunction* find_environment(std::string_view name) { return find_sorted(kKatexEnvironments, name, by_name); }
const KatexSymbol* find_symbol(Mode mode, std::string_view name) {
  static const auto math = index(kKatexMathSymbols);
  static const auto text = index(kKatexTextSymbols);
  return (mode == Mode::math ? math : text).find(name);
}
const KatexMacro* find_macro(std::string_view name) {
  static const auto map = index(kKatexMacros);
  return map.find(name);
}
bool is_delimiter(std::string_view text) { return contains(kKatexDelimiters, text); }
bool is_unit(std::string_view unit) { return contains(kKatexUnits, unit); }
bool is_implicit_command(std::string_view name) { return contains(kKatexImplicitCommands, name); }
bool is_extra_latin(std::string_view text) { return contains(kKatexExtraLatin, text); }
bool is_space_after_dots(std::string_view text) { return contains(kKatexSpaceAfterDots, text); }

bool is_atom_group(SymbolGroup group) { return contains(kKatexAtomGroups, to_string(group)); }

std::string_view dots_by_token(std::string_view token) {
  const auto* p = find_sorted(kKatexDotsByToken, token, by_key);
  return p ? p->value : std::string_view();
}
std::string_view global_form(std::string_view command) {
  const auto* p = find_sorted(kKatexGlobalMap, command, by_key);
  return p ? p->value : std::string_view();
}
// Every key of these two tables is a non-ASCII character (the generator's tables): an ASCII token,
// nearly all of them, needs no search.
std::string_view unicode_symbol(std::string_view character) {
  if (character.empty() || static_cast<unsigned char>(character[0]) < 0x80) return {};
  const auto* p = find_sorted(kKatexUnicodeSymbols, character, by_key);
  return p ? p->value : std::string_view();
}
std::string_view command_for_character(std::string_view character) {
  const auto* p = find_sorted(kKatexCharacterCommands, character, by_key);
  return p ? p->value : std::string_view();
}
const KatexUnicodeAccent* unicode_accent(std::string_view mark) {
  return find_sorted(kKatexUnicodeAccents, mark, [](const KatexUnicodeAccent& e) { return e.mark; });
}
const KatexScriptChar* script_char(std::string_view character) {
  if (character.empty() || static_cast<unsigned char>(character[0]) < 0x80) return nullptr;
  return find_sorted(kKatexScriptChars, character, [](const KatexScriptChar& e) { return e.character; });
}

bool supported_codepoint(char32_t cp) {
  for (std::size_t i = 0; i + 1 < std::size(kKatexSupportedBlocks); i += 2)
    if (cp >= kKatexSupportedBlocks[i] && cp <= kKatexSupportedBlocks[i + 1]) return true;
  return false;
}

const std::vector<std::string>& command_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    const auto add = [&](std::string_view n) {
      if (n.size() > 1 && n[0] == '\\' && n.find("\\\\") != 0 && n.find('@') == std::string_view::npos) out.emplace_back(n);
    };
    for (const auto& f : kKatexFunctions) add(f.name);
    for (const auto& s : kKatexMathSymbols) add(s.name);
    for (const auto& s : kKatexTextSymbols) add(s.name);
    for (const auto& m : kKatexMacros) add(m.name);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }();
  return names;
}

const std::vector<std::string>& environment_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const auto& e : kKatexEnvironments) out.emplace_back(e.name);
    return out;
  }();
  return names;
}

}  // namespace np::math::katex
