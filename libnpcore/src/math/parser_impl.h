// The parser's internals: KaTeX's MacroExpander ("gullet") and Parser classes, ported method by
// method so that a reader can hold them side by side (the names are KaTeX's, in snake_case).
// Errors are thrown as ParseError and caught in parse() (parser.cc).
#pragma once

#include <forward_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "math/katex_table.h"
#include "np/math/lexer.h"
#include "np/math/parser.h"

namespace np::math {

// A macro: expansion text (np.yaml and KaTeX's text macros), tokens (\def, \newcommand, \let) or
// one of KaTeX's macros written in JavaScript (implemented by name in gullet.cc).
struct MacroDefinition;
// Definitions are never owned by their users: the tables (np.yaml's, KaTeX's) and the namespace of
// the parse (definitions made inside the formula) keep them until the parse ends.
using MacroPtr = const MacroDefinition*;
struct MacroDefinition {
  enum class Kind { text, tokens, builtin, braket_middle } kind = Kind::text;
  std::string name;
  std::string text;           // kind text
  std::vector<Token> tokens;  // kind tokens, in reverse order (a stack)
  int num_args = 0;
  std::vector<std::vector<std::string>> delimiters;  // \def's parameter text; empty when none
  bool unexpandable = false;                         // \let to a function or symbol
  // kind text, for the tables' macros: `text` lexed once, in reverse order, at offset 0 (a
  // macro's tokens take the position of its use). Unset when the text does not lex (the error is
  // then thrown at each use).
  std::optional<std::vector<Token>> lexed;
  // kind braket_middle: the | (or \|) inside \Set{...} and \Braket{...} (macros.js braketHelper).
  std::vector<Token> double_tokens;  // what || becomes; `tokens` is what | becomes
  MacroPtr restore_bar = nullptr, restore_double = nullptr;
  bool only_first = false, is_double = false;
};

// The macros KaTeX writes in JavaScript that np implements (macros.cc); a test requires every
// such macro of KaTeX's table to be one of them.
bool is_implemented_builtin(std::string_view name);

// What a macro expands to, ready to push: tokens in reverse order.
struct Expansion {
  std::vector<Token> tokens;
  int num_args = 0;
  const std::vector<std::vector<std::string>>* delimiters = nullptr;  // the definition's; null when none
  bool unexpandable = false;
};

// Whose arguments the gullet is reading, so that a missing one is reported at that command. Copied
// at every expansion: no strings, the message is written only when an argument is missing.
struct ArgumentOwner {
  std::string_view name;  // "" when none; views a token's text or a string that outlives the reading
  std::uint32_t begin = 0, end = 0;
  bool function = false;     // a function (counts its arguments) rather than a macro
  int num_args = 0;          // a function's mandatory arguments
  int index = 0;             // a function's argument being read: 1-based among the mandatory ones
  std::string what() const;  // "an argument", "its argument", "its 2nd argument (it takes 2)"
  std::string hint() const;  // "write \frac{...}{...}", or ""
};

[[noreturn]] void fail(IssueCode code, std::uint32_t begin, std::uint32_t end, std::string message, std::string hint = "");
[[noreturn]] inline void fail(IssueCode code, const Token& at, std::string message, std::string hint = "") {
  fail(code, at.begin, at.end, std::move(message), std::move(hint));
}

// Hashing for maps keyed by std::string that are looked up with a string_view (no allocation).
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <typename T>
using StringMap = std::unordered_map<std::string, T, StringHash, std::equal_to<>>;

// What ParseWorkspace keeps from one parse for the next: buffers, emptied before each parse.
struct ParseBuffers {
  std::vector<Token> stack, argument;     // the gullet's
  std::vector<NodeId> atoms;              // the parser's
  std::vector<Node> nodes;                // a node table (check_formula hands its tree's back)
  std::vector<StringMap<MacroPtr>> undo;  // the namespace's groups
};

// KaTeX's Namespace of macros: the user's macros and local or global definitions over KaTeX's
// built-in ones, with an undo stack per group.
class Namespace {
 public:
  // undo: the stack of groups (a workspace's buffer, left empty by every parse).
  Namespace(const MacroTable* user, std::vector<StringMap<MacroPtr>>& undo) : user_(user), undo_(undo) { undo_.clear(); }
  void begin_group() { undo_.emplace_back(); }
  void end_group();
  void end_groups() {
    while (!undo_.empty()) end_group();
  }
  bool has(std::string_view name) const;
  MacroPtr get(std::string_view name) const;  // nullptr when undefined
  void set(const std::string& name, MacroPtr value, bool global = false);
  // A definition made during the parse: kept until the parse ends, since tokens view its text and
  // its tokens after a group forgets it.
  MacroPtr own(std::unique_ptr<MacroDefinition> definition);

 private:
  // The value at the "current" (non-built-in) level: user macros and definitions.
  MacroPtr current(std::string_view name, bool& present) const;

  const MacroTable* user_;
  StringMap<MacroPtr> changed_;  // nullptr: removed from the current level
  std::vector<StringMap<MacroPtr>>& undo_;
  std::vector<std::unique_ptr<MacroDefinition>> owned_;
};

class Gullet {
 public:
  // buffers: a workspace's, or null for the gullet's own.
  Gullet(std::string_view input, const ParseOptions& options, Mode mode, std::vector<Issue>& issues, ParseBuffers* buffers);

  Lexer& lexer() { return lexer_; }
  ParseBuffers& buffers() { return buffers_; }
  Namespace& macros() { return macros_; }
  Mode mode() const { return mode_; }
  void switch_mode(Mode mode) { mode_ = mode; }
  void begin_group() { macros_.begin_group(); }
  void end_group() { macros_.end_group(); }
  void end_groups() { macros_.end_groups(); }

  Token& future();
  Token pop_token();
  void push_token(const Token& token) { stack_.push_back(token); }
  void push_tokens(const std::vector<Token>& tokens) { stack_.insert(stack_.end(), tokens.begin(), tokens.end()); }
  std::optional<Token> scan_argument(bool optional);
  void consume_spaces();
  struct Arg {
    std::vector<Token> tokens;  // reversed
    Token start, end;
  };
  Arg consume_arg(const std::vector<std::string>* delims = nullptr);
  // consume_arg into `tokens` (cleared first).
  void read_arg(const std::vector<std::string>* delims, std::vector<Token>& tokens, Token& start, Token& end);
  std::vector<std::vector<Token>> consume_args(int num_args, const std::vector<std::vector<std::string>>* delimiters = nullptr);
  void count_expansion(int amount);
  int expand_once(bool expandable_only = false);  // -1: not expanded (KaTeX's false)
  Token expand_after_future();
  Token expand_next_token();
  std::optional<std::vector<Token>> expand_macro(std::string_view name);  // name: a constant
  std::vector<Token> expand_tokens(const std::vector<Token>& tokens);
  std::optional<std::string> expand_macro_as_text(std::string_view name);
  bool is_defined(std::string_view name) const;
  bool is_expandable(std::string_view name) const;

  // A string made during the parse that tokens will view (a macro's text, \char's expansion):
  // kept, at a stable address, until the parse ends.
  std::string_view keep(std::string text) { return kept_.emplace_front(std::move(text)); }

  // The position of the last token taken from the input, for errors KaTeX throws without one.
  const Token& last() const { return last_; }
  ArgumentOwner& argument_owner() { return argument_owner_; }
  // KaTeX's "Undefined control sequence", with np's classification (\label, \input...) and hint.
  [[noreturn]] void throw_undefined(const Token& token) const;
  void note(IssueCode code, const Token& at, std::string message, std::string hint = "");
  // True when the token is written in the formula, not produced by a macro (\tag's \gdef).
  bool written(const Token& token) const { return lexer_.input().substr(token.begin, token.text.size()) == token.text; }

 private:
  Expansion get_expansion(const Token& token, const MacroDefinition& def);
  // The common expansion, without an intermediate list: a macro without arguments whose tokens
  // are ready (lexed text, or tokens). False when the macro is not of that kind.
  bool push_plain_expansion(const Token& token, const MacroDefinition& def, int& count);
  void substitute_args(std::vector<Token>& tokens, const std::vector<std::vector<Token>>& args);
  // The macros KaTeX writes in JavaScript (macros.cc).
  Expansion expand_builtin(const MacroDefinition& macro, const Token& at);
  Expansion expand_text(std::string_view text, const Token& at);
  std::string newcommand(bool exists_ok, bool nonexists_ok, const Token& at);
  Expansion braket(bool only_first);
  Expansion braket_middle(const MacroDefinition& macro);
  std::string char_macro();

  const ParseOptions& options_;
  std::vector<Issue>& issues_;
  ParseBuffers own_buffers_;  // when the parse has no workspace
  ParseBuffers& buffers_;
  Lexer lexer_;
  Namespace macros_;
  Mode mode_;
  std::vector<Token>& stack_;     // reversed: the next token is at the back
  std::vector<Token>& argument_;  // scan_argument's buffer
  int expansion_count_ = 0;
  Token last_;
  ArgumentOwner argument_owner_;
  std::forward_list<std::string> kept_;  // see keep(): a list never moves its elements, and costs nothing empty
};

class Parser {
 public:
  Parser(std::string_view input, const ParseOptions& options, Tree& tree, std::vector<Issue>& issues, ParseBuffers* buffers = nullptr);
  std::vector<NodeId> parse();

  // --- KaTeX's Parser methods ---
  void expect(std::string_view text, bool consume = true, const Token* opener = nullptr);
  [[noreturn]] void fail_expected(std::string_view text, const Token& got, const Token* opener);
  void consume();
  Token& fetch();
  void switch_mode(Mode mode);
  std::vector<NodeId> subparse(std::vector<Token> tokens);
  std::vector<NodeId> parse_expression(bool break_on_infix, std::string_view break_on_token_text = {});
  std::vector<NodeId> handle_infix_nodes(std::vector<NodeId> body);
  NodeId handle_sup_subscript(std::string_view name);
  NodeId format_unsupported_cmd(std::string_view text);
  NodeId parse_atom(std::string_view break_on_token_text);
  NodeId parse_function(std::string_view break_on_token_text = {}, std::string_view name = {});
  NodeId call_function(std::string_view name, std::vector<NodeId> args, std::vector<NodeId> opt_args, const Token* token,
                       std::string_view break_on_token_text);
  struct Arguments {
    std::vector<NodeId> args, opt_args;
  };
  Arguments parse_arguments(std::string_view func, const katex::KatexFunction& spec);
  NodeId parse_group_of_type(std::string_view func, char type, bool optional);  // an argument of func
  void consume_spaces();
  struct StringGroup {
    std::string text;  // the tokens' texts, joined
    std::uint32_t begin = 0, end = 0;
  };
  std::optional<StringGroup> parse_string_group(std::string_view mode_name, bool optional);
  NodeId parse_color_group(bool optional);
  NodeId parse_size_group(bool optional);
  NodeId parse_url_group(bool optional);
  NodeId parse_argument_group(bool optional, std::optional<Mode> mode = std::nullopt);
  NodeId parse_group(std::string_view name, std::string_view break_on_token_text = {});
  void form_ligatures(std::vector<NodeId>& group);
  NodeId parse_symbol();

  // --- function and environment handlers (functions.cc, environments.cc) ---
  struct Context {
    std::string_view func_name;
    const Token* token;
    std::string_view break_on_token_text;
    std::uint32_t begin;
  };
  NodeId handle_function(const katex::KatexFunction& spec, const Context& ctx, std::vector<NodeId>& args, std::vector<NodeId>& opt_args);
  NodeId handle_environment(std::string_view env_name, const Token& name_token);
  struct ArrayOptions;
  NodeId parse_array(const ArrayOptions& options, std::string_view style, std::uint32_t begin);
  NodeId column_spec_array(const std::string& env, NodeId spec, std::uint32_t begin);
  NodeId matrix_environment(const std::string& env, std::uint32_t begin);
  NodeId aligned_environment(const std::string& env, NodeId count_arg, std::uint32_t begin);
  NodeId parse_cd(std::uint32_t begin);
  NodeId cd_arrow(const std::string& arrow, NodeId label0, NodeId label1, std::uint32_t begin);
  std::string closest_environment(std::string_view name) const;

  // --- helpers ---
  Tree& tree() { return tree_; }
  Node& at(NodeId id) { return tree_[id]; }
  NodeId add(NodeKind kind, std::uint32_t begin, std::string_view text = {}, std::vector<NodeId> children = {});
  NodeId ordgroup(std::vector<NodeId> body, std::uint32_t begin, Mode mode);
  std::vector<NodeId> ord_argument(NodeId arg);  // KaTeX's ordargument
  NodeId normalize_argument(NodeId arg);         // KaTeX's normalizeArgument
  NodeId assert_kind(NodeId id, NodeKind kind, std::string_view what);
  std::uint32_t end_of_last() const { return last_end_; }
  void note(IssueCode code, std::uint32_t begin, std::uint32_t end, std::string message, std::string hint = "");
  void strict(std::string_view code, std::string message, std::uint32_t begin, std::uint32_t end);
  void note_unicode(const Token& token);

  Mode mode = Mode::math;
  Gullet gullet;
  const ParseOptions& options;
  int leftright_depth = 0;
  std::optional<Token> next_token;

 private:
  Tree& tree_;
  std::vector<Issue>& issues_;
  std::uint32_t last_end_ = 0;
  int depth_ = 0;
  std::vector<NodeId>& atoms_;  // parse_expression's (the gullet's buffers)

 public:
  int& depth() { return depth_; }
};

// Counts nesting (every parse_expression) so that deep input fails cleanly instead of exhausting
// the stack.
struct DepthGuard {
  Parser& parser;
  explicit DepthGuard(Parser& p, const Token& at);
  ~DepthGuard() { --parser.depth(); }
  DepthGuard(const DepthGuard&) = delete;
  DepthGuard& operator=(const DepthGuard&) = delete;
};

}  // namespace np::math
