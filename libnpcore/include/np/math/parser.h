// np's TeX math parser: a port of KaTeX's parser (Parser.js, MacroExpander.js, the handlers of
// functions/ and environments/), driven by KaTeX's own tables (src/math/katex_table.inc). It
// accepts exactly what KaTeX accepts, stops at the first error KaTeX would throw, and reports it
// with the byte range of the offending token; on success it returns KaTeX's parse tree.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "np/math/issue.h"
#include "np/math/tree.h"

namespace np::math {

struct MacroDefinition;

// The user's macros (np.yaml katex.macros: "\\R" -> "\\mathbb{R}", with #1..#9 for arguments),
// prepared once and shared by every parse. They override KaTeX's built-in macros, as KaTeX's
// `macros` option does.
class MacroTable {
 public:
  MacroTable() = default;
  explicit MacroTable(const std::map<std::string, std::string>& macros);
  // nullptr when the table has no such macro; valid while the table (or a copy) lives.
  const MacroDefinition* find(std::string_view name) const;
  // What a name means in a formula that has not redefined it: the user's macro, else KaTeX's
  // built-in one, else nullptr. One lookup: this is asked for nearly every token.
  const MacroDefinition* find_with_builtins(std::string_view name) const;
  bool empty() const;
  std::vector<std::string> names() const;

 private:
  struct Index;  // the definitions and their indexes (gullet.cc); shared by copies
  std::shared_ptr<const Index> index_;
};

struct ParseOptions {
  bool display = false;                // KaTeX's displayMode: $$...$$ and ```math
  const MacroTable* macros = nullptr;  // np.yaml's macros, or none
  int max_expand = 1000;               // KaTeX's maxExpand: the limit on macro expansions
  int max_depth = 400;                 // nesting limit (KaTeX would exhaust the JavaScript stack)
};

struct ParseResult {
  Tree tree;                   // the formula's tree; incomplete when `error` is set
  std::optional<Issue> error;  // the error KaTeX would throw (katex error codes only)
  // Everything else: np's policy errors (\input, \href{javascript:...}), and warnings KaTeX's
  // strict mode gives (Unicode text in math, a comment that runs to the end...).
  std::vector<Issue> issues;
  std::vector<std::uint32_t> comments;  // where a % started a TeX comment
};

// The buffers a parse grows (its token stacks, its node table). A caller that parses formula after
// formula (a note's) passes the same workspace to each parse, which then reuses them instead of
// allocating them anew. A workspace serves one parse at a time.
struct ParseBuffers;
class ParseWorkspace {
 public:
  ParseWorkspace();
  ~ParseWorkspace();
  ParseWorkspace(const ParseWorkspace&) = delete;
  ParseWorkspace& operator=(const ParseWorkspace&) = delete;
  ParseBuffers& buffers() { return *buffers_; }

 private:
  std::unique_ptr<ParseBuffers> buffers_;
};

ParseResult parse(std::string_view tex, const ParseOptions& options, ParseWorkspace* workspace = nullptr);

// The lint checks of one formula: parse() plus the warnings that look at the finished tree
// (\mathbb{1}, cases with three columns, 10^10, ...) and at the source (..., %). Issues sorted by
// position; at most one KaTeX error (the first, where KaTeX stops).
std::vector<Issue> check_formula(std::string_view tex, const ParseOptions& options, ParseWorkspace* workspace = nullptr);

}  // namespace np::math
