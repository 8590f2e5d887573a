// The TeX math parser and the MathML writer on one formula (the first byte chooses display mode
// and np.yaml-style macros): no crash, no hang (KaTeX's expansion limit and np's depth limit),
// issues inside the formula, and MathML that is well-formed XML without control characters (XML
// forbids them; \char"1 makes one) whenever the formula parses.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "np/math/parser.h"
#include "np/mathml.h"
#include "np/utf8.h"

namespace {

// A strict check of what the writer promises: balanced tags, quoted attributes, no bare '<' or
// '&' in text (every entity one of the five XML ones or numeric).
bool well_formed(const std::string& xml) {
  std::vector<std::string> open;
  std::size_t i = 0;
  while (i < xml.size()) {
    if (xml[i] == '&') {
      const auto semi = xml.find(';', i);
      if (semi == std::string::npos) return false;
      const std::string e = xml.substr(i + 1, semi - i - 1);
      if (e != "amp" && e != "lt" && e != "gt" && e != "quot" && e != "apos" && (e.empty() || e[0] != '#')) return false;
      i = semi + 1;
      continue;
    }
    if (xml[i] == '>') return false;
    if (xml[i] != '<') {
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    bool quoted = false;
    while (j < xml.size() && (quoted || xml[j] != '>')) {
      if (xml[j] == '"') quoted = !quoted;
      if (xml[j] == '<') return false;
      ++j;
    }
    if (j == xml.size()) return false;
    std::string tag = xml.substr(i + 1, j - i - 1);
    i = j + 1;
    if (!tag.empty() && tag[0] == '/') {
      if (open.empty() || open.back() != tag.substr(1)) return false;
      open.pop_back();
      continue;
    }
    const bool self_closing = !tag.empty() && tag.back() == '/';
    const std::string name = tag.substr(0, tag.find_first_of(" /"));
    if (name.empty()) return false;
    if (!self_closing) open.push_back(name);
  }
  return open.empty();
}

const np::math::MacroTable& macros() {
  static const np::math::MacroTable table(
      {{"\\R", "\\mathbb{R}"}, {"\\norm", "\\left\\lVert #1 \\right\\rVert"}, {"\\E", "\\mathbb{E}"}, {"\\KL", "D_{\\mathrm{KL}}"}});
  return table;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const bool display = (data[0] & 1) != 0;
  const bool with_macros = (data[0] & 2) != 0;
  const std::string tex(reinterpret_cast<const char*>(data + 1), size - 1);
  np::math::ParseOptions options;
  options.display = display;
  options.macros = with_macros ? &macros() : nullptr;
  for (const auto& issue : np::math::check_formula(tex, options))
    if (issue.begin > tex.size() || issue.end > tex.size() || issue.begin > issue.end) __builtin_trap();
  const np::MathmlResult r = np::tex_to_mathml(tex, display, options.macros);
  std::size_t length = 0;
  if (r.ok && (!well_formed(r.mathml) || np::utf8::find_control_character(r.mathml, 0, length))) __builtin_trap();
  if (!r.ok && r.error_offset > tex.size()) __builtin_trap();
  return 0;
}
