// The LaTeX writer on any note body (md4c's walk, then render_latex) and the escapes on any text:
// what np writes into a .tex file never has an unescaped comment character, never unbalances
// braces, never ends the document, never holds a control character, and a verbatim line never
// holds a backslash command. Plus the allowlist (check_tex) on the input itself: no crash, no hang,
// a range inside the text, and what it accepts has balanced braces and no comment.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <map>
#include <string>
#include <string_view>

#include "export/latex/latex_writer.h"
#include "np/latex_allowlist.h"
#include "np/markdown.h"
#include "np/utf8.h"

namespace {

// Braces balanced and never closed before opened, with \x (any escaped character) and \name
// (a command) skipped; no bare % and no ^^ notation outside the npcode verbatim environment
// (where fancyvrb makes both characters of category "other").
bool safe_tex(std::string_view tex) {
  long depth = 0;
  bool verbatim = false;
  for (std::size_t i = 0; i < tex.size(); ++i) {
    if (tex.compare(i, 15, "\\begin{npcode}\n") == 0) verbatim = true;
    if (tex.compare(i, 13, "\\end{npcode}\n") == 0) verbatim = false;
    if (tex.compare(i, 14, "\\end{document}") == 0) return false;
    const char c = tex[i];
    if (c == '\\') {
      if (i + 1 < tex.size() && ((tex[i + 1] >= 'a' && tex[i + 1] <= 'z') || (tex[i + 1] >= 'A' && tex[i + 1] <= 'Z'))) {
        while (i + 1 < tex.size() && ((tex[i + 1] >= 'a' && tex[i + 1] <= 'z') || (tex[i + 1] >= 'A' && tex[i + 1] <= 'Z'))) ++i;
      } else {
        ++i;
      }
      continue;
    }
    // Control characters; CR is a line end to TeX, as LF is.
    if ((static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t' && c != '\r') || c == 0x7F) return false;
    if (c == '{') ++depth;
    if (c == '}' && --depth < 0) return false;
    if (c == '%' && !verbatim) return false;
    if (c == '^' && !verbatim && i + 1 < tex.size() && tex[i + 1] == '^') return false;  // category "other" in Verbatim
  }
  std::size_t length = 0;
  return depth == 0 && !verbatim && !np::utf8::find_control_character(tex, 0, length);
}

// A verbatim line may hold \{, \}, \textbackslash{} and nothing else after a backslash.
bool safe_verbatim(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\\') continue;
    if (i + 1 < text.size() && (text[i + 1] == '{' || text[i + 1] == '}')) {
      ++i;
      continue;
    }
    if (text.compare(i, 16, "\\textbackslash{}") != 0) return false;
    i += 15;
  }
  return true;
}

// Says which promise broke, with the output, before the fuzzer records the input.
[[noreturn]] void broken(const char* what, const std::string& output) {
  std::fprintf(stderr, "fuzz_latex: %s wrote unsafe TeX:\n%s\n", what, output.c_str());
  __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  if (const auto out = np::latex::escape_text(input); !safe_tex(out)) broken("escape_text", out);
  if (const auto out = np::latex::escape_verbatim(input); !safe_verbatim(out)) broken("escape_verbatim", out);
  if (const auto out = np::latex::escape_url(input); !safe_tex(out)) broken("escape_url", out);
  const std::map<std::string, std::string> macros = {{"\\norm", "\\lVert #1 \\rVert"}};
  if (const auto problem = np::latex::check_tex(input, np::latex::TexAllowlist{&macros, 0})) {
    if (problem->offset > problem->end || problem->end > input.size()) __builtin_trap();
  } else if (!safe_tex(input)) {
    broken("check_tex accepted", input);
  }

  const np::SourceFile file("n.md", input);
  const np::BodyFacts facts = np::walk_markdown(file, 0, input.size());
  np::latex::WriterOptions options;
  options.link = [](std::size_t, const np::Link&) { return np::latex::LinkOut{np::latex::LinkOut::Kind::ref, "np:x"}; };
  options.image = [](std::size_t, const np::Link&) { return std::string(); };
  options.math = [](std::size_t, const np::MathSpan&, bool) { return std::string("\\(x\\)"); };
  options.heading_label = [](std::size_t i, const np::Heading&) { return np::latex::label("n", std::to_string(i)); };
  options.raw_html = [](std::size_t, const std::string&) {};
  if (const auto out = np::latex::render_latex(file, facts, options); !safe_tex(out)) broken("render_latex", out);
  return 0;
}
