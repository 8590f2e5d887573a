// KaTeX's MacroExpander.js and Namespace.js, and the macros of macros.js that KaTeX writes in
// JavaScript rather than as expansion text (\newcommand, \char, \dots...).
#include <algorithm>

#include "math/name_index.h"
#include "math/parser_impl.h"

namespace np::math {

void fail(IssueCode code, std::uint32_t begin, std::uint32_t end, std::string message, std::string hint) {
  throw ParseError{Issue{code, begin, std::max(begin, end), std::move(message), std::move(hint)}};
}

namespace {

constexpr std::size_t kMaxTokens = 100000;

// The number of arguments of an expansion text: #1, #2... up to the first one missing (## is a
// literal #), as KaTeX counts them.
int count_args(std::string_view text) {
  if (text.find('#') == std::string_view::npos) return 0;
  std::string stripped;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '#' && i + 1 < text.size() && text[i + 1] == '#')
      ++i;
    else
      stripped += text[i];
  }
  int n = 0;
  while (n < 9 && stripped.find("#" + std::to_string(n + 1)) != std::string::npos) ++n;
  // KaTeX keeps counting past 9 (#10 contains #1); two digits never occur in real macros.
  return n;
}

// A table's text macro, its text lexed once (text does not depend on the parse: a fresh lexer with
// the default category codes reads it at every use).
std::shared_ptr<const MacroDefinition> text_macro(std::string name, std::string text) {
  auto m = std::make_shared<MacroDefinition>();
  m->kind = MacroDefinition::Kind::text;
  m->name = std::move(name);
  m->num_args = count_args(text);
  m->text = std::move(text);
  try {
    std::vector<Token> tokens;
    Lexer body(m->text);  // the tokens view m->text, which stays where it is
    for (Token t = body.lex(); t.text != "EOF"; t = body.lex()) tokens.push_back(Token{t.text, 0, 0, t.noexpand, t.treat_as_relax});
    std::reverse(tokens.begin(), tokens.end());
    m->lexed = std::move(tokens);
  } catch (const ParseError&) {
    // Lexed at each use instead, which throws the error there.
  }
  return m;
}

// KaTeX's built-in macros as definitions, made once (immutable afterwards).
struct BuiltinMacros {
  std::vector<std::shared_ptr<const MacroDefinition>> definitions;
  NameIndex<MacroPtr> index;
};

const BuiltinMacros& builtin_macros() {
  static const BuiltinMacros table = [] {
    BuiltinMacros out;
    for (const katex::KatexMacro& macro : katex::macros()) {
      const katex::KatexMacro* k = &macro;
      if (k->kind == katex::MacroKind::text) {
        out.definitions.push_back(text_macro(std::string(k->name), std::string(k->expansion)));
      } else {
        auto m = std::make_shared<MacroDefinition>();
        m->kind = MacroDefinition::Kind::builtin;
        m->name = std::string(k->name);
        out.definitions.push_back(std::move(m));
      }
      out.index.insert(k->name, out.definitions.back().get());
    }
    return out;
  }();
  return table;
}

MacroPtr builtin_macro(std::string_view name) { return builtin_macros().index.find(name); }

}  // namespace

// --- MacroTable and Namespace -----------------------------------------------------------------

struct MacroTable::Index {
  std::vector<std::shared_ptr<const MacroDefinition>> definitions;  // the user's
  NameIndex<MacroPtr> user;                                         // keyed by the definitions' names
  NameIndex<MacroPtr> all;                                          // the user's, then KaTeX's built-in ones
};

MacroTable::MacroTable(const std::map<std::string, std::string>& macros) {
  auto index = std::make_shared<Index>();
  for (const auto& [name, text] : macros) {
    index->definitions.push_back(text_macro(name, text));
    const MacroDefinition& m = *index->definitions.back();
    index->user.insert(m.name, &m);
    index->all.insert(m.name, &m);
  }
  for (const auto& m : builtin_macros().definitions) index->all.insert(m->name, m.get());
  index_ = std::move(index);
}

const MacroDefinition* MacroTable::find(std::string_view name) const { return index_ ? index_->user.find(name) : nullptr; }

const MacroDefinition* MacroTable::find_with_builtins(std::string_view name) const {
  return index_ ? index_->all.find(name) : builtin_macro(name);
}

bool MacroTable::empty() const { return !index_ || index_->definitions.empty(); }

std::vector<std::string> MacroTable::names() const {
  std::vector<std::string> out;
  if (index_)
    for (const auto& m : index_->definitions) out.push_back(m->name);
  std::sort(out.begin(), out.end());
  return out;
}

MacroPtr Namespace::current(std::string_view name, bool& present) const {
  const auto it = changed_.empty() ? changed_.end() : changed_.find(name);
  if (it != changed_.end()) {
    present = it->second != nullptr;
    return it->second;
  }
  const MacroPtr user = user_ ? user_->find(name) : nullptr;
  present = user != nullptr;
  return user;
}

bool Namespace::has(std::string_view name) const {
  bool present = false;
  current(name, present);
  return present || katex::find_macro(name) != nullptr;
}

MacroPtr Namespace::get(std::string_view name) const {
  if (!changed_.empty()) {
    const auto it = changed_.find(name);
    if (it != changed_.end()) return it->second ? it->second : builtin_macro(name);
  }
  return user_ ? user_->find_with_builtins(name) : builtin_macro(name);
}

void Namespace::end_group() {
  if (undo_.empty()) fail(IssueCode::syntax, 0, 0, "unbalanced namespace destruction (a KaTeX bug)");
  auto undo = std::move(undo_.back());
  undo_.pop_back();
  for (auto& [name, value] : undo) changed_[name] = value;
}

void Namespace::set(const std::string& name, MacroPtr value, bool global) {
  if (global) {
    // Global: as if set in every group; the innermost group restores the new value.
    for (auto& undo : undo_) undo.erase(name);
    if (!undo_.empty()) undo_.back()[name] = value;
  } else if (!undo_.empty() && !undo_.back().count(name)) {
    bool present = false;
    const MacroPtr old = current(name, present);
    undo_.back()[name] = present ? old : nullptr;
  }
  changed_[name] = value;
}

MacroPtr Namespace::own(std::unique_ptr<MacroDefinition> definition) {
  owned_.push_back(std::move(definition));
  return owned_.back().get();
}

// --- Gullet ------------------------------------------------------------------------------------

Gullet::Gullet(std::string_view input, const ParseOptions& options, Mode mode, std::vector<Issue>& issues, ParseBuffers* buffers)
    : options_(options),
      issues_(issues),
      buffers_(buffers ? *buffers : own_buffers_),
      lexer_(input),
      macros_(options.macros, buffers_.undo),
      mode_(mode),
      stack_(buffers_.stack),
      argument_(buffers_.argument) {
  stack_.clear();
}

Token& Gullet::future() {
  if (stack_.empty()) stack_.push_back(lexer_.lex());
  return stack_.back();
}

Token Gullet::pop_token() {
  future();
  const Token t = stack_.back();
  stack_.pop_back();
  last_ = t;
  return t;
}

std::optional<Token> Gullet::scan_argument(bool optional) {
  // The tokens pass through a buffer the gullet keeps: every argument of every function comes here.
  Token start, end;
  if (optional) {
    consume_spaces();
    if (future().text != "[") return std::nullopt;
    start = pop_token();
    static const std::vector<std::string> bracket = {"]"};
    Token ignored;
    read_arg(&bracket, argument_, ignored, end);
  } else {
    read_arg(nullptr, argument_, start, end);
  }
  // The end of the argument: the parser reads up to this EOF.
  push_token(Token{"EOF", end.begin, end.end});
  push_tokens(argument_);
  return Token{"", start.begin, end.end};
}

void Gullet::consume_spaces() {
  while (future().text == " ") stack_.pop_back();
}

Gullet::Arg Gullet::consume_arg(const std::vector<std::string>* delims) {
  Arg arg;
  read_arg(delims, arg.tokens, arg.start, arg.end);
  return arg;
}

void Gullet::read_arg(const std::vector<std::string>* delims, std::vector<Token>& tokens, Token& start_out, Token& end_out) {
  // The argument of an undelimited parameter is the next non-blank token, or a {...} group; the
  // argument of a delimited one is the shortest balanced sequence followed by the delimiter.
  tokens.clear();
  tokens.reserve(8);  // most arguments are a few tokens: one allocation rather than a doubling series
  const bool delimited = delims && !delims->empty();
  if (!delimited) consume_spaces();
  const Token start = future();
  Token tok;
  int depth = 0;
  std::size_t match = 0;
  do {
    tok = pop_token();
    tokens.push_back(tok);
    if (tok.text == "{") {
      ++depth;
    } else if (tok.text == "}") {
      if (--depth == -1) fail(IssueCode::braces, tok, "unmatched '}'", "remove it, or add the '{' it closes");
    } else if (tok.text == "EOF") {
      const std::string expected = delimited ? (*delims)[match] : "}";
      if (!delimited && start.text == "{")
        fail(IssueCode::braces, start, "missing '}': the '{' here is not closed", "add the '}' that closes it");
      if (delimited && expected == "]")
        fail(IssueCode::braces, start, "missing ']': the optional argument is not closed", "add the ']' that closes it");
      if (!argument_owner_.name.empty())
        fail(IssueCode::missing_argument, argument_owner_.begin, argument_owner_.end,
             "'" + std::string(argument_owner_.name) + "' is missing " + argument_owner_.what(), argument_owner_.hint());
      fail(IssueCode::macro, tok, "unexpected end of input in a macro argument, expected '" + expected + "'");
    }
    if (delimited) {
      const std::string& want = (*delims)[match];
      if ((depth == 0 || (depth == 1 && want == "{")) && tok.text == want) {
        if (++match == delims->size()) {
          tokens.erase(tokens.end() - static_cast<std::ptrdiff_t>(match), tokens.end());
          break;
        }
      } else {
        match = 0;
      }
    }
  } while (depth != 0 || delimited);
  if (start.text == "{" && !tokens.empty() && tokens.back().text == "}") {
    tokens.pop_back();
    tokens.erase(tokens.begin());
  }
  std::reverse(tokens.begin(), tokens.end());
  start_out = start;
  end_out = tok;
}

std::vector<std::vector<Token>> Gullet::consume_args(int num_args, const std::vector<std::vector<std::string>>* delimiters) {
  if (delimiters && !delimiters->empty()) {
    if (delimiters->size() != static_cast<std::size_t>(num_args) + 1)
      fail(IssueCode::macro, last_, "the number of delimiters does not match the number of arguments");
    for (const std::string& d : (*delimiters)[0]) {
      const Token tok = pop_token();
      if (d != tok.text)
        fail(IssueCode::macro, tok,
             "use of the macro does not match its definition: expected '" + d + "', got '" + std::string(tok.text) + "'");
    }
  }
  std::vector<std::vector<Token>> args;
  args.reserve(static_cast<std::size_t>(num_args));
  for (int i = 0; i < num_args; ++i) {
    const std::vector<std::string>* d = delimiters && !delimiters->empty() ? &(*delimiters)[static_cast<std::size_t>(i) + 1] : nullptr;
    args.push_back(consume_arg(d).tokens);
  }
  return args;
}

void Gullet::count_expansion(int amount) {
  expansion_count_ += amount;
  if (expansion_count_ > options_.max_expand)
    fail(IssueCode::macro, last_,
         "too many macro expansions (KaTeX stops at " + std::to_string(options_.max_expand) + "): a macro that expands to itself?",
         "check the macros used here for recursion");
}

int Gullet::expand_once(bool expandable_only) {
  // The token is looked at where it is: most tokens are not macros and stay on the stack.
  const Token top = future();
  last_ = top;
  MacroPtr def = top.noexpand ? nullptr : macros_.get(top.text);
  // A single character with a category code other than active (13) is not expanded.
  if (def) {
    const int catcode = lexer_.catcode(top.text);
    if (catcode != -1 && catcode != 13) def = nullptr;
  }
  if (!def || (expandable_only && def->kind == MacroDefinition::Kind::tokens && def->unexpandable)) {
    if (expandable_only && !def && !top.text.empty() && top.text[0] == '\\' && !is_defined(top.text)) throw_undefined(top);
    return -1;
  }
  stack_.pop_back();
  int count = 0;
  if (push_plain_expansion(top, *def, count)) return count;
  // While a macro reads its arguments, a missing one is the macro's.
  const ArgumentOwner saved = argument_owner_;
  argument_owner_ = {top.text, top.begin, top.end};
  Expansion expansion = get_expansion(top, *def);
  count_expansion(1);
  std::vector<Token> tokens = std::move(expansion.tokens);
  const auto args = consume_args(expansion.num_args, expansion.delimiters);
  argument_owner_ = saved;
  if (expansion.num_args) substitute_args(tokens, args);
  // KaTeX bounds the number of expansions, not their size: a macro that doubles its argument
  // would exhaust memory long before 1000 expansions. np stops at a size no formula needs.
  if (stack_.size() + tokens.size() > kMaxTokens)
    fail(IssueCode::macro, top,
         "the expansion of '" + std::string(top.text) + "' grows past " + std::to_string(kMaxTokens) +
             " tokens: a macro that doubles its argument?",
         "check the macro for recursion");
  push_tokens(tokens);
  return static_cast<int>(tokens.size());
}

bool Gullet::push_plain_expansion(const Token& token, const MacroDefinition& def, int& count) {
  const bool text = def.kind == MacroDefinition::Kind::text && def.lexed;
  if (!(text || def.kind == MacroDefinition::Kind::tokens) || def.num_args != 0 || !def.delimiters.empty()) return false;
  const std::vector<Token>& tokens = text ? *def.lexed : def.tokens;
  // The same steps as expand_once's, in the same order.
  count_expansion(1);
  if (stack_.size() + tokens.size() > kMaxTokens)
    fail(IssueCode::macro, token,
         "the expansion of '" + std::string(token.text) + "' grows past " + std::to_string(kMaxTokens) +
             " tokens: a macro that doubles its argument?",
         "check the macro for recursion");
  const std::size_t first = stack_.size();
  push_tokens(tokens);
  if (text) {
    // A macro's text takes the position of its use.
    for (std::size_t i = first; i < stack_.size(); ++i) {
      stack_[i].begin = token.begin;
      stack_[i].end = token.end;
    }
  }
  count = static_cast<int>(tokens.size());
  return true;
}

// Pastes the arguments in place of #1..#9 (## is a literal #), as KaTeX does from the end.
void Gullet::substitute_args(std::vector<Token>& tokens, const std::vector<std::vector<Token>>& args) {
  for (std::ptrdiff_t i = static_cast<std::ptrdiff_t>(tokens.size()) - 1; i >= 0; --i) {
    if (tokens[static_cast<std::size_t>(i)].text != "#") continue;
    if (i == 0) fail(IssueCode::macro, tokens[0], "incomplete placeholder '#' at the end of a macro body");
    --i;
    const Token& tok = tokens[static_cast<std::size_t>(i)];
    if (tok.text == "#") {
      tokens.erase(tokens.begin() + i + 1);
    } else if (tok.text.size() == 1 && tok.text[0] >= '1' && tok.text[0] <= '9') {
      const std::size_t n = static_cast<std::size_t>(tok.text[0] - '1');
      if (n >= args.size())
        fail(IssueCode::macro, tok, "a macro uses #" + std::string(tok.text) + " but takes " + std::to_string(args.size()) + " arguments");
      tokens.erase(tokens.begin() + i, tokens.begin() + i + 2);
      tokens.insert(tokens.begin() + i, args[n].begin(), args[n].end());
    } else {
      fail(IssueCode::macro, tok, "'#" + std::string(tok.text) + "' is not a valid argument number (#1 to #9)");
    }
  }
}

Token Gullet::expand_after_future() {
  expand_once();
  return future();
}

Token Gullet::expand_next_token() {
  while (expand_once() != -1) {
  }
  Token token = stack_.back();
  stack_.pop_back();
  last_ = token;
  // The token after \noexpand means \relax.
  if (token.treat_as_relax) token.text = "\\relax";
  return token;
}

std::optional<std::vector<Token>> Gullet::expand_macro(std::string_view name) {
  if (!macros_.has(name)) return std::nullopt;
  return expand_tokens({Token{name, last_.begin, last_.end}});
}

std::vector<Token> Gullet::expand_tokens(const std::vector<Token>& tokens) {
  std::vector<Token> output;
  const std::size_t old_size = stack_.size();
  push_tokens(tokens);
  while (stack_.size() > old_size) {
    if (expand_once(true) == -1) {
      Token token = stack_.back();
      stack_.pop_back();
      if (token.treat_as_relax) {
        token.noexpand = false;
        token.treat_as_relax = false;
      }
      output.push_back(token);
    }
  }
  // Counted as expansions too, against exponential blow-up through \edef.
  count_expansion(static_cast<int>(output.size()));
  return output;
}

std::optional<std::string> Gullet::expand_macro_as_text(std::string_view name) {
  const auto tokens = expand_macro(name);
  if (!tokens) return std::nullopt;
  std::string out;
  for (const Token& t : *tokens) out += t.text;
  return out;
}

Expansion Gullet::expand_text(std::string_view text, const Token& at) {
  Expansion e;
  e.num_args = count_args(text);
  Lexer body(text);
  try {
    for (Token t = body.lex(); t.text != "EOF"; t = body.lex()) {
      t.begin = at.begin;
      t.end = at.end;
      e.tokens.push_back(t);
    }
  } catch (ParseError& error) {
    // An error in a macro's text shows at the macro's use.
    error.issue.begin = at.begin;
    error.issue.end = at.end;
    error.issue.message += " (in the expansion of '" + std::string(at.text) + "')";
    throw;
  }
  std::reverse(e.tokens.begin(), e.tokens.end());
  return e;
}

Expansion Gullet::get_expansion(const Token& token, const MacroDefinition& def) {
  switch (def.kind) {
    case MacroDefinition::Kind::text: {
      if (!def.lexed) return expand_text(def.text, token);
      Expansion e;
      e.tokens = *def.lexed;
      for (Token& t : e.tokens) {
        t.begin = token.begin;
        t.end = token.end;
      }
      e.num_args = def.num_args;
      return e;
    }
    case MacroDefinition::Kind::tokens: {
      Expansion e;
      e.tokens = def.tokens;
      e.num_args = def.num_args;
      e.delimiters = def.delimiters.empty() ? nullptr : &def.delimiters;
      e.unexpandable = def.unexpandable;
      return e;
    }
    case MacroDefinition::Kind::builtin:
      return expand_builtin(def, token);
    case MacroDefinition::Kind::braket_middle:
      return braket_middle(def);
  }
  return {};
}

bool Gullet::is_defined(std::string_view name) const {
  return macros_.has(name) || katex::find_function(name) || katex::find_symbol(Mode::math, name) || katex::find_symbol(Mode::text, name) ||
         katex::is_implicit_command(name);
}

bool Gullet::is_expandable(std::string_view name) const {
  if (const MacroPtr m = macros_.get(name))
    return m->kind != MacroDefinition::Kind::tokens || !m->unexpandable;  // text and code always expand
  const katex::KatexFunction* f = katex::find_function(name);
  return f && !f->has(katex::kPrimitive);
}

}  // namespace np::math
