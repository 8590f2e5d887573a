// KaTeX's Parser.js, method by method, and parse(): KaTeX's parseTree.js.
#include <algorithm>
#include <cstdlib>

#include "math/parser_impl.h"
#include "np/utf8.h"

namespace np::math {

namespace {

bool is_end_of_expression(std::string_view text) {
  return text == "}" || text == "\\endgroup" || text == "\\end" || text == "\\right" || text == "&";
}

std::string ordinal(int n) {
  static const char* const names[] = {"", "1st", "2nd", "3rd"};
  return n >= 1 && n <= 3 ? names[n] : std::to_string(n) + "th";
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

// /^[-+]? *(?:$|\d+|\d+\.\d*|\.\d*) *[a-z]{0,2} *$/: what a size written without braces may be,
// tested on a growing prefix.
bool is_size_prefix(std::string_view s) {
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
  while (i < s.size() && s[i] == ' ') ++i;
  const std::size_t digits = i;
  while (i < s.size() && is_digit(s[i])) ++i;
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && is_digit(s[i])) ++i;
  }
  (void)digits;
  while (i < s.size() && s[i] == ' ') ++i;
  std::size_t letters = 0;
  while (i < s.size() && is_lower(s[i]) && letters < 2) ++i, ++letters;
  while (i < s.size() && s[i] == ' ') ++i;
  return i == s.size();
}

// /([-+]?) *(\d+(?:\.\d*)?|\.\d+) *([a-z]{2})/ searched anywhere in `s`.
bool find_size(std::string_view s, Measurement& out) {
  for (std::size_t start = 0; start < s.size(); ++start) {
    std::size_t i = start;
    std::string number;
    if (s[i] == '-' || s[i] == '+') number += s[i++];
    while (i < s.size() && s[i] == ' ') ++i;
    const std::size_t digits_begin = i;
    while (i < s.size() && is_digit(s[i])) ++i;
    const bool int_part = i > digits_begin;
    if (int_part) {
      if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && is_digit(s[i])) ++i;
      }
    } else {
      if (i >= s.size() || s[i] != '.') continue;
      ++i;
      const std::size_t frac = i;
      while (i < s.size() && is_digit(s[i])) ++i;
      if (i == frac) continue;
    }
    number += std::string(s.substr(digits_begin, i - digits_begin));
    while (i < s.size() && s[i] == ' ') ++i;
    if (i + 2 > s.size() || !is_lower(s[i]) || !is_lower(s[i + 1])) continue;
    out.number = std::strtod(number.c_str(), nullptr);
    out.unit = std::string(s.substr(i, 2));
    return true;
  }
  return false;
}

bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// /^(#[a-f0-9]{3,4}|#[a-f0-9]{6}|#[a-f0-9]{8}|[a-f0-9]{6}|[a-z]+)$/i
bool is_color(std::string_view s) {
  const auto all = [&](std::size_t from, auto pred) { return std::all_of(s.begin() + static_cast<std::ptrdiff_t>(from), s.end(), pred); };
  if ((s.size() == 4 || s.size() == 5 || s.size() == 7 || s.size() == 9) && s[0] == '#' && all(1, is_hex)) return true;
  if (s.size() == 6 && all(0, is_hex)) return true;
  return !s.empty() && all(0, [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); });
}

// The first code point of a text, as JavaScript's text[0] sees it (a BMP character; an astral one
// gives its high surrogate, which no table has).
std::string first_char(std::string_view text) {
  std::size_t i = 0;
  const char32_t cp = utf8::decode(text, i);
  if (cp > 0xFFFF) return "";
  return std::string(text.substr(0, i));
}

unsigned first_unit(std::string_view text) {
  std::size_t i = 0;
  if (text.empty()) return 0;
  const char32_t cp = utf8::decode(text, i);
  return cp > 0xFFFF ? 0xD800 + ((cp - 0x10000) >> 10) : static_cast<unsigned>(cp);
}

// The run of combining marks (U+0300..U+036F) at the end of a text: its byte offset.
std::size_t combining_marks_start(std::string_view text) {
  std::size_t start = text.size();
  std::size_t i = 0;
  std::size_t run = std::string_view::npos;
  while (i < text.size()) {
    const std::size_t at = i;
    const char32_t cp = utf8::decode(text, i);
    if (cp >= 0x300 && cp <= 0x36F) {
      if (run == std::string_view::npos) run = at;
    } else {
      run = std::string_view::npos;
    }
  }
  if (run != std::string_view::npos) start = run;
  return start;
}

NodeKind symbol_kind(SymbolGroup group) {
  switch (group) {
    case SymbolGroup::mathord:
      return NodeKind::mathord;
    case SymbolGroup::textord:
      return NodeKind::textord;
    case SymbolGroup::spacing:
      return NodeKind::spacing;
    case SymbolGroup::op_token:
      return NodeKind::op_token;
    case SymbolGroup::accent_token:
      return NodeKind::accent_token;
    default:
      return NodeKind::atom;
  }
}

}  // namespace

std::string ArgumentOwner::what() const {
  if (!function) return "an argument";
  if (num_args == 1) return "its argument";
  return "its " + ordinal(index) + " argument (it takes " + std::to_string(num_args) + ")";
}

std::string ArgumentOwner::hint() const {
  if (!function) return "";
  std::string out = "write " + std::string(name);
  for (int k = 0; k < num_args; ++k) out += "{...}";
  return out;
}

DepthGuard::DepthGuard(Parser& p, const Token& at) : parser(p) {
  if (++parser.depth() > parser.options.max_depth)
    fail(IssueCode::syntax, at, "the formula nests groups more than " + std::to_string(parser.options.max_depth) + " deep");
}

Parser::Parser(std::string_view input, const ParseOptions& opts, Tree& tree, std::vector<Issue>& issues, ParseBuffers* buffers)
    : gullet(input, opts, Mode::math, issues, buffers), options(opts), tree_(tree), issues_(issues), atoms_(gullet.buffers().atoms) {
  atoms_.clear();
}

NodeId Parser::add(NodeKind kind, std::uint32_t begin, std::string_view text, std::vector<NodeId> children) {
  // The text may view another node's (\right's delimiter): when the table grows, which moves the
  // nodes, it is copied first.
  std::string copy;
  if (tree_.nodes.size() == tree_.nodes.capacity()) {
    copy = text;
    text = copy;
  }
  // Made in place: a node is large, moving one costs more than filling it.
  Node& n = tree_.nodes.emplace_back();
  n.kind = kind;
  n.mode = mode;
  n.begin = begin;
  n.end = std::max(begin, last_end_);
  n.text = text;
  n.children = std::move(children);
  return static_cast<NodeId>(tree_.nodes.size() - 1);
}

NodeId Parser::ordgroup(std::vector<NodeId> body, std::uint32_t begin, Mode m) {
  const NodeId id = add(NodeKind::ordgroup, begin, {}, std::move(body));
  tree_[id].mode = m;
  return id;
}

std::vector<NodeId> Parser::ord_argument(NodeId arg) {
  if (arg != kNoNode && tree_[arg].kind == NodeKind::ordgroup) return tree_[arg].children;
  return {arg};
}

NodeId Parser::normalize_argument(NodeId arg) {
  const Node& n = tree_[arg];
  return n.kind == NodeKind::ordgroup && n.children.size() == 1 ? n.children[0] : arg;
}

NodeId Parser::assert_kind(NodeId id, NodeKind kind, std::string_view what) {
  if (id == kNoNode || tree_[id].kind != kind) {
    const std::uint32_t b = id == kNoNode ? gullet.last().begin : tree_[id].begin;
    const std::uint32_t e = id == kNoNode ? gullet.last().end : tree_[id].end;
    fail(IssueCode::invalid_argument, b, e, std::string(what));
  }
  return id;
}

void Parser::note(IssueCode code, std::uint32_t begin, std::uint32_t end, std::string message, std::string hint) {
  issues_.push_back(Issue{code, begin, std::max(begin, end), std::move(message), std::move(hint)});
}

// KaTeX's settings.reportNonstrict: in its default ("warn") mode these are warnings.
void Parser::strict(std::string_view code, std::string message, std::uint32_t begin, std::uint32_t end) {
  std::string hint;
  if (code == "newLineInDisplayMode")
    hint = "put the lines in an environment: \\begin{gathered} a \\\\ b \\end{gathered} (or aligned)";
  else if (code == "mathVsTextAccents")
    hint = "use the math accent: \\acute{e}, \\grave{a}, \\hat{o}, \\ddot{u}...";
  else if (code == "mathVsTextUnits")
    hint = "use \\mkern or \\mskip with mu, \\kern or \\hspace with em, pt...";
  else if (code == "textEnv")
    hint = "add a column to the array's column spec";
  else if (code == "htmlExtension")
    hint = "the LaTeX export has no HTML: remove it";
  note(IssueCode::latex_incompatible, begin, end, std::move(message), std::move(hint));
}

// A character outside ASCII in math mode: KaTeX renders most of them (in strict mode it warns
// about the letters), the LaTeX export needs the command instead.
void Parser::note_unicode(const Token& token) {
  if (std::all_of(token.text.begin(), token.text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) return;
  const std::string head = first_char(token.text);
  const std::string_view command = katex::command_for_character(head);
  note(IssueCode::unicode_text, token.begin, token.end, "Unicode character '" + std::string(token.text) + "' in math",
       command.empty() ? "write it as a TeX command, or move words into \\text{...}" : "write " + std::string(command));
}

// --- KaTeX's Parser ---------------------------------------------------------------------------

void Parser::expect(std::string_view text, bool consume_it, const Token* opener) {
  const Token& got = fetch();
  if (got.text != text) fail_expected(text, got, opener);
  if (consume_it) consume();
}

// KaTeX's "Expected 'x', got 'y'", classified by what was expected and what came instead, and
// reported where the fix goes (the unclosed '{' or \left rather than the end of the formula).
void Parser::fail_expected(std::string_view text, const Token& got, const Token* opener) {
  const std::string g = got.text == "EOF" ? "the end" : "'" + std::string(got.text) + "'";
  const std::string want(text);
  if (text == "\\right") {
    fail(IssueCode::left_right, opener ? *opener : got, "'\\left' without a matching '\\right' (found " + g + " first)",
         "close it with \\right (\\right. for no delimiter)");
  }
  if (text == "}" || text == "]" || text == "\\endgroup") {
    if (opener)
      fail(IssueCode::braces, *opener, "missing '" + want + "': the '" + std::string(opener->text) + "' here is not closed before " + g,
           "add the '" + want + "' that closes it");
    fail(IssueCode::braces, got, "expected '" + want + "', found " + g);
  }
  if (text == "\\end") {
    if (got.text == "\\right")
      fail(IssueCode::left_right, got, "'\\right' without a matching '\\left'", "open it with \\left (\\left. for no delimiter)");
    fail(IssueCode::environment_mismatch, opener ? *opener : got, "the environment is not closed: '\\end' expected, found " + g,
         "add the \\end{...} that closes it");
  }
  if (text == "EOF") {
    if (got.text == "}") fail(IssueCode::braces, got, "unmatched '}'", "remove it, or add the '{' it closes");
    if (got.text == "\\endgroup") fail(IssueCode::braces, got, "unmatched '\\endgroup'", "remove it, or add the \\begingroup it closes");
    if (got.text == "\\right")
      fail(IssueCode::left_right, got, "'\\right' without a matching '\\left'", "open it with \\left (\\left. for no delimiter)");
    if (got.text == "\\end")
      fail(IssueCode::environment_mismatch, got, "'\\end' without a matching '\\begin'", "remove it, or add the \\begin{...} it closes");
    if (got.text == "&")
      fail(IssueCode::misplaced_alignment, got, "'&' outside an array environment",
           "write \\& for an ampersand; '&' separates the columns of matrix, aligned, cases...");
    if ((got.text == "^" || got.text == "_") && mode == Mode::text)
      fail(IssueCode::mode, got, "'" + std::string(got.text) + "' in text mode: scripts need math mode",
           "end the text first: \\text{a}^{b}, or write \\textasciicircum or \\_");
  }
  fail(IssueCode::syntax, got, "expected " + (text == "EOF" ? std::string("the end") : "'" + want + "'") + ", found " + g);
}

void Parser::consume() {
  if (next_token) last_end_ = std::max(last_end_, next_token->end);
  next_token.reset();
}

Token& Parser::fetch() {
  if (!next_token) next_token = gullet.expand_next_token();
  return *next_token;
}

void Parser::switch_mode(Mode m) {
  mode = m;
  gullet.switch_mode(m);
}

std::vector<NodeId> Parser::parse() {
  gullet.begin_group();  // the group of the formula ($...$ is a group in LaTeX)
  try {
    std::vector<NodeId> body = parse_expression(false);
    expect("EOF");
    gullet.end_group();
    gullet.end_groups();
    return body;
  } catch (...) {
    gullet.end_groups();
    throw;
  }
}

std::vector<NodeId> Parser::subparse(std::vector<Token> tokens) {
  std::optional<Token> old = std::move(next_token);
  consume();
  gullet.push_token(Token{"}", gullet.last().begin, gullet.last().end});
  gullet.push_tokens(tokens);
  std::vector<NodeId> body = parse_expression(false);
  expect("}");
  next_token = std::move(old);
  return body;
}

std::vector<NodeId> Parser::parse_expression(bool break_on_infix, std::string_view break_on_token_text) {
  // Every nesting (braces, arguments, \left, \color, environments) passes through here.
  const DepthGuard guard(*this, fetch());
  // The atoms gather on a stack the nested expressions share (each takes back what it pushed):
  // the body is then allocated once, at its size.
  const std::size_t first = atoms_.size();
  for (;;) {
    if (mode == Mode::math) consume_spaces();
    const Token& lex = fetch();
    if (is_end_of_expression(lex.text)) break;
    if (!break_on_token_text.empty() && lex.text == break_on_token_text) break;
    if (break_on_infix) {
      const auto* f = katex::find_function(lex.text);
      if (f && f->has(katex::kInfix)) break;
    }
    const NodeId atom = parse_atom(break_on_token_text);
    if (atom == kNoNode) break;
    if (tree_[atom].kind == NodeKind::internal) continue;
    atoms_.push_back(atom);
  }
  std::vector<NodeId> body(atoms_.begin() + static_cast<std::ptrdiff_t>(first), atoms_.end());
  atoms_.resize(first);
  if (mode == Mode::text) form_ligatures(body);
  return handle_infix_nodes(std::move(body));
}

std::vector<NodeId> Parser::handle_infix_nodes(std::vector<NodeId> body) {
  std::ptrdiff_t over = -1;
  std::string func;
  for (std::size_t i = 0; i < body.size(); ++i) {
    const Node& n = tree_[body[i]];
    if (n.kind != NodeKind::infix) continue;
    if (over != -1)
      fail(IssueCode::syntax, n.begin, n.end, "only one infix operator (\\over, \\choose, \\atop...) per group",
           "put braces around one of them: {a \\over b} \\over c");
    over = static_cast<std::ptrdiff_t>(i);
    func = n.text;
  }
  if (over == -1 || func.empty()) return body;
  const auto group = [&](std::vector<NodeId> part, std::uint32_t begin) {
    if (part.size() == 1 && tree_[part[0]].kind == NodeKind::ordgroup) return part[0];
    return ordgroup(std::move(part), begin, mode);
  };
  const std::uint32_t begin = tree_[body.front()].begin;
  const NodeId numer = group({body.begin(), body.begin() + over}, begin);
  const NodeId denom = group({body.begin() + over + 1, body.end()}, tree_[body[static_cast<std::size_t>(over)]].end);
  std::vector<NodeId> args =
      func == "\\\\abovefrac" ? std::vector<NodeId>{numer, body[static_cast<std::size_t>(over)], denom} : std::vector<NodeId>{numer, denom};
  const NodeId node = call_function(func, std::move(args), {}, nullptr, {});
  tree_[node].begin = begin;
  return {node};
}

NodeId Parser::handle_sup_subscript(std::string_view name) {
  const Token symbol = fetch();
  consume();
  consume_spaces();
  // \relax (an "internal" group) is skipped: x_\relax 2 is x_2.
  NodeId group;
  do group = parse_group(name);
  while (group != kNoNode && tree_[group].kind == NodeKind::internal);
  if (group == kNoNode)
    fail(IssueCode::missing_argument, symbol,
         "'" + std::string(symbol.text) + "' has nothing to attach: a " + std::string(name) + " is missing",
         "write " + std::string(symbol.text) + "{...}, or remove the '" + std::string(symbol.text) + "'");
  return group;
}

NodeId Parser::format_unsupported_cmd(std::string_view text) {
  // KaTeX shows a command it may not run (an untrusted \href) as its name in red.
  const std::uint32_t begin = last_end_;
  std::vector<NodeId> chars;
  for (const char c : text) {
    const NodeId t = add(NodeKind::textord, begin, std::string(1, c));
    tree_[t].mode = Mode::text;
    chars.push_back(t);
  }
  const NodeId text_node = add(NodeKind::text, begin, "", std::move(chars));
  return add(NodeKind::color, begin, "#cc0000", {text_node});
}

NodeId Parser::parse_atom(std::string_view break_on_token_text) {
  // The body of an atom is an implicit group, so that \left(x\right)^2 works.
  const NodeId base = parse_group("atom", break_on_token_text);
  // \relax takes no scripts: what follows it starts an atom of its own (\hskip1em\relax^2).
  if (base != kNoNode && tree_[base].kind == NodeKind::internal) return base;
  if (mode == Mode::text) return base;
  NodeId superscript = kNoNode, subscript = kNoNode;
  for (;;) {
    consume_spaces();
    const Token lex = fetch();
    if (lex.text == "\\limits" || lex.text == "\\nolimits") {
      Node* b = base == kNoNode ? nullptr : &tree_[base];
      const bool limits = lex.text == "\\limits";
      if (b && b->kind == NodeKind::op) {
        b->flags = static_cast<std::uint16_t>((b->flags & ~kLimits) | (limits ? kLimits : 0) | kAlwaysHandleSupSub);
      } else if (b && b->kind == NodeKind::operatorname) {
        if (b->has(kAlwaysHandleSupSub)) b->flags = static_cast<std::uint16_t>((b->flags & ~kLimits) | (limits ? kLimits : 0));
      } else {
        fail(IssueCode::syntax, lex, "'" + std::string(lex.text) + "' must follow a math operator (\\sum, \\int, \\lim...)",
             "remove it, or use \\operatorname*{...}");
      }
      consume();
    } else if (lex.text == "^") {
      if (superscript != kNoNode)
        fail(IssueCode::double_script, lex, "double superscript: this '^' follows another one", "group them: x^{a b}, or {x^a}^b");
      superscript = handle_sup_subscript("superscript");
    } else if (lex.text == "_") {
      if (subscript != kNoNode)
        fail(IssueCode::double_script, lex, "double subscript: this '_' follows another one", "group them: x_{a b}, or {x_a}_b");
      subscript = handle_sup_subscript("subscript");
    } else if (lex.text == "'") {
      if (superscript != kNoNode)
        fail(IssueCode::double_script, lex, "double superscript: a prime after a superscript",
             "write the prime first: x'^2, or x^{2\\prime}");
      std::vector<NodeId> primes;
      const auto prime = [&] { return add(NodeKind::textord, fetch().begin, "\\prime"); };
      primes.push_back(prime());
      consume();
      while (fetch().text == "'") {
        primes.push_back(prime());
        consume();
      }
      if (fetch().text == "^") primes.push_back(handle_sup_subscript("superscript"));
      superscript = ordgroup(std::move(primes), lex.begin, mode);
    } else if (const katex::KatexScriptChar* sc = katex::script_char(lex.text)) {
      // Unicode sub- and superscript characters (x²) stand for a script of plain characters.
      const bool is_sub = sc->subscript;
      std::vector<Token> tokens{Token{sc->replacement, lex.begin, lex.end}};
      consume();
      for (;;) {
        const Token& next = fetch();
        const katex::KatexScriptChar* more = katex::script_char(next.text);
        if (!more || more->subscript != is_sub) break;
        tokens.insert(tokens.begin(), Token{more->replacement, next.begin, next.end});
        consume();
      }
      std::vector<NodeId> body = subparse(std::move(tokens));
      const NodeId group = ordgroup(std::move(body), lex.begin, Mode::math);
      (is_sub ? subscript : superscript) = group;
    } else {
      break;
    }
  }
  if (superscript == kNoNode && subscript == kNoNode) return base;
  if (base != kNoNode && (tree_[base].kind == NodeKind::internal || tree_[base].kind == NodeKind::infix)) {
    // KaTeX parses this but throws while rendering: it has no builder for \relax (the end of \,
    // \quad...) or \over as the base of a script.
    const Node& script = tree_[superscript != kNoNode ? superscript : subscript];
    fail(IssueCode::syntax, script.begin, script.end,
         "this script follows a spacing command, \\relax or \\over: KaTeX has nothing to attach it to",
         "attach it to a symbol, or to an empty group: {}^2");
  }
  const std::uint32_t begin = base != kNoNode ? tree_[base].begin : tree_[superscript != kNoNode ? superscript : subscript].begin;
  return add(NodeKind::supsub, begin, {}, {base, superscript, subscript});
}

NodeId Parser::parse_function(std::string_view break_on_token_text, std::string_view name) {
  const Token token = fetch();
  const katex::KatexFunction* spec = katex::find_function(token.text);
  if (!spec) return kNoNode;
  consume();
  if (!name.empty() && name != "atom" && !spec->has(katex::kInArgument)) {
    const std::string as = name == "superscript" || name == "subscript" ? "a " + std::string(name) : std::string(name);
    fail(IssueCode::braces, token, "'" + std::string(token.text) + "' as " + as + " needs braces around it",
         "write {" + std::string(token.text) + "...}");
  }
  if (mode == Mode::text && !spec->has(katex::kInText))
    fail(IssueCode::mode, token, "'" + std::string(token.text) + "' is a math command, used here in text mode",
         "end the text first: \\text{...} " + std::string(token.text) + " \\text{...}, or use $...$ inside \\text{}");
  if (mode == Mode::math && spec->has(katex::kNotInMath))
    fail(IssueCode::mode, token, "'" + std::string(token.text) + "' cannot be used in math mode",
         token.text == "$" ? "a '$' inside a formula ends nothing here: write \\$ for a dollar sign" : "use it inside \\text{...}");
  if (mode == Mode::math) note_unicode(token);
  Arguments a = parse_arguments(token.text, *spec);
  const NodeId node = call_function(token.text, std::move(a.args), std::move(a.opt_args), &token, break_on_token_text);
  if (node != kNoNode && tree_[node].begin > token.begin) tree_[node].begin = token.begin;
  return node;
}

NodeId Parser::call_function(std::string_view name, std::vector<NodeId> args, std::vector<NodeId> opt_args, const Token* token,
                             std::string_view break_on_token_text) {
  const katex::KatexFunction* spec = katex::find_function(name);
  if (!spec) fail(IssueCode::syntax, gullet.last(), "no function handler for '" + std::string(name) + "'");
  const std::uint32_t begin = token ? token->begin : (args.empty() || args[0] == kNoNode ? last_end_ : tree_[args[0]].begin);
  const Context ctx{name, token, break_on_token_text, begin};
  return handle_function(*spec, ctx, args, opt_args);
}

Parser::Arguments Parser::parse_arguments(std::string_view func, const katex::KatexFunction& spec) {
  const int total = spec.num_args + spec.num_optional;
  Arguments out;
  if (total == 0) return out;
  out.args.reserve(spec.num_args);
  out.opt_args.reserve(spec.num_optional);
  const Token at = gullet.last();
  ArgumentOwner saved = gullet.argument_owner();
  for (int i = 0; i < total; ++i) {
    char type = static_cast<std::size_t>(i) < spec.arg_types.size() ? spec.arg_types[static_cast<std::size_t>(i)] : '-';
    const bool optional = i < spec.num_optional;
    if ((spec.has(katex::kPrimitive) && type == '-') || (spec.type == "sqrt" && i == 1 && out.opt_args[0] == kNoNode)) type = 'p';
    if (type == 'p' &&
        (spec.type == "leftright" || spec.type == "leftright-right" || spec.type == "middle" || spec.type == "delimsizing")) {
      // \left{ : a group is never a delimiter (KaTeX fails on it one way or another); say so. After
      // \bigl, a group of one delimiter is one (\bigl{(}, KaTeX 0.19).
      const Token& next = fetch();
      if (next.text == "}" || (next.text == "{" && spec.type != "delimsizing"))
        fail(IssueCode::invalid_delimiter, next, "'" + std::string(next.text) + "' after '" + std::string(func) + "' is not a delimiter",
             "write \\" + std::string(next.text) + " for a brace");
    }
    gullet.argument_owner() = {func, at.begin, at.end, true, spec.num_args, i - spec.num_optional + 1};
    const NodeId arg = parse_group_of_type(func, type, optional);
    // \relax may stand as an argument (KaTeX 0.19 allows it there), but KaTeX has nothing to
    // render it with: \sqrt\relax, \mathop\relax x.
    if (arg != kNoNode && tree_[arg].kind == NodeKind::internal)
      fail(IssueCode::syntax, tree_[arg].begin, tree_[arg].end,
           "'\\relax' as the argument of '" + std::string(func) + "': KaTeX cannot render it",
           "give " + std::string(func) + " a braced argument: " + std::string(func) + "{...}");
    if (optional)
      out.opt_args.push_back(arg);
    else if (arg != kNoNode)
      out.args.push_back(arg);
    else
      fail(IssueCode::syntax, at, "null argument (a KaTeX bug)");
  }
  gullet.argument_owner() = std::move(saved);
  return out;
}

NodeId Parser::parse_group_of_type(std::string_view func, char type, bool optional) {
  switch (type) {
    case 'c':
      return parse_color_group(optional);
    case 's':
      return parse_size_group(optional);
    case 'u':
      return parse_url_group(optional);
    case 'm':
      return parse_argument_group(optional, Mode::math);
    case 't':
      return parse_argument_group(optional, Mode::text);
    case 'h': {
      // Like \text, in \textstyle.
      const NodeId group = parse_argument_group(optional, Mode::text);
      if (group == kNoNode) return kNoNode;
      const NodeId node = add(NodeKind::styling, tree_[group].begin, "text", {group});
      tree_[node].mode = tree_[group].mode;
      return node;
    }
    case 'r': {
      // Spaces before it are skipped; % inside it is a character, not a comment.
      gullet.consume_spaces();
      const int percent = gullet.lexer().catcode("%");
      gullet.lexer().set_catcode('%', 12);
      auto group = parse_string_group("raw", optional);
      gullet.lexer().set_catcode('%', percent);
      if (!group) return kNoNode;
      const NodeId node = add(NodeKind::raw, group->begin, std::move(group->text));
      tree_[node].mode = Mode::text;
      return node;
    }
    case 'p': {
      if (optional) fail(IssueCode::syntax, gullet.last(), "a primitive argument cannot be optional (a KaTeX bug)");
      const std::string name = "argument to '" + std::string(func) + "'";  // for the error of an argument without braces
      const NodeId group = parse_group(name);
      if (group == kNoNode) {
        const ArgumentOwner& owner = gullet.argument_owner();
        fail(IssueCode::missing_argument, owner.begin, owner.end, "'" + std::string(owner.name) + "' is missing " + owner.what(),
             owner.hint());
      }
      return group;
    }
    default:
      return parse_argument_group(optional);
  }
}

void Parser::consume_spaces() {
  while (fetch().text == " ") consume();
}

std::optional<Parser::StringGroup> Parser::parse_string_group(std::string_view, bool optional) {
  const std::optional<Token> arg = gullet.scan_argument(optional);
  if (!arg) return std::nullopt;
  std::string text;
  for (const Token* next; (next = &fetch())->text != "EOF";) {
    text += next->text;
    consume();
  }
  consume();  // the end of the argument
  return StringGroup{std::move(text), arg->begin, arg->end};
}

NodeId Parser::parse_color_group(bool optional) {
  const auto res = parse_string_group("color", optional);
  if (!res) return kNoNode;
  if (!is_color(res->text))
    fail(IssueCode::invalid_argument, res->begin, res->end, "invalid colour '" + res->text + "'",
         "write a colour name (red, blue...) or #rgb, #rgba, #rrggbb, #rrggbbaa");
  std::string color = res->text;
  if (color.size() == 6 && color[0] != '#' && std::all_of(color.begin(), color.end(), is_hex)) color = "#" + color;
  return add(NodeKind::color_token, res->begin, color);
}

NodeId Parser::parse_size_group(bool optional) {
  bool blank = false;
  gullet.consume_spaces();  // not expanded before reading the string
  std::optional<StringGroup> res;
  if (!optional && gullet.future().text != "{") {
    // A size without braces: the longest run of tokens that still looks like one.
    const Token first = fetch();
    Token last = first;
    std::string text;
    for (const Token* next; (next = &fetch())->text != "EOF" && is_size_prefix(text + std::string(next->text));) {
      last = *next;
      text += next->text;
      consume();
    }
    if (text.empty())
      fail(IssueCode::invalid_argument, first, "invalid size '" + std::string(first.text) + "'",
           "write a number and a unit: 1em, 3mu, 2pt");
    res = StringGroup{text, first.begin, last.end};
  } else {
    res = parse_string_group("size", optional);
  }
  if (!res) return kNoNode;
  if (!optional && res->text.empty()) {
    res->text = "0pt";  // \above{} and \genfrac's bar
    blank = true;
  }
  Measurement m;
  if (!find_size(res->text, m))
    fail(IssueCode::invalid_argument, res->begin, res->end, "invalid size '" + res->text + "'", "write a number and a unit: 1em, 3mu, 2pt");
  if (!katex::is_unit(m.unit))
    fail(IssueCode::invalid_argument, res->begin, res->end, "invalid unit '" + m.unit + "'",
         "use em, ex, mu, pt, mm, cm, in, bp, pc, dd, cc, nd, nc, sp or px");
  const NodeId node = add(NodeKind::size, res->begin);
  tree_[node].size = std::move(m);
  if (blank) tree_[node].flags |= kBlank;
  return node;
}

NodeId Parser::parse_url_group(bool optional) {
  const int percent = gullet.lexer().catcode("%"), tilde = gullet.lexer().catcode("~");
  gullet.lexer().set_catcode('%', 13);  // % is a character in URLs, as in hyperref
  gullet.lexer().set_catcode('~', 12);
  const auto res = parse_string_group("url", optional);
  gullet.lexer().set_catcode('%', percent);
  gullet.lexer().set_catcode('~', tilde);
  if (!res) return kNoNode;
  std::string url;
  for (std::size_t i = 0; i < res->text.size(); ++i) {
    if (res->text[i] == '\\' && i + 1 < res->text.size() && std::string_view("#$%&~_^{}").find(res->text[i + 1]) != std::string_view::npos)
      continue;
    url += res->text[i];
  }
  return add(NodeKind::url, res->begin, url);
}

NodeId Parser::parse_argument_group(bool optional, std::optional<Mode> m) {
  const std::optional<Token> arg = gullet.scan_argument(optional);
  if (!arg) return kNoNode;
  const Mode outer = mode;
  if (m) switch_mode(*m);
  gullet.begin_group();
  std::vector<NodeId> expression = parse_expression(false, "EOF");
  expect("EOF");
  gullet.end_group();
  const NodeId result = ordgroup(std::move(expression), arg->begin, mode);
  tree_[result].end = std::max(tree_[result].end, arg->end);
  if (m) switch_mode(outer);
  return result;
}

NodeId Parser::parse_group(std::string_view name, std::string_view break_on_token_text) {
  const Token first = fetch();
  if (first.text == "{" || first.text == "\\begingroup") {
    consume();
    const std::string group_end = first.text == "{" ? "}" : "\\endgroup";
    gullet.begin_group();
    std::vector<NodeId> expression = parse_expression(false, group_end);
    expect(group_end, true, &first);
    gullet.end_group();
    const NodeId result = ordgroup(std::move(expression), first.begin, mode);
    if (first.text == "\\begingroup") tree_[result].flags |= kSemisimple;
    return result;
  }
  NodeId result = parse_function(break_on_token_text, name);
  if (result == kNoNode) result = parse_symbol();
  if (result == kNoNode && !first.text.empty() && first.text[0] == '\\' && !katex::is_implicit_command(first.text))
    gullet.throw_undefined(first);
  return result;
}

void Parser::form_ligatures(std::vector<NodeId>& group) {
  // In text, -- and --- are dashes, `` and '' quotes.
  const auto text_of = [&](std::size_t i) -> std::string_view {
    const Node& n = tree_[group[i]];
    return is_symbol(n.kind) ? std::string_view(n.text) : std::string_view();
  };
  std::size_t n = group.size();
  for (std::size_t i = 0; i + 1 < n; ++i) {
    const std::string_view v = text_of(i);
    if (v == "-" && text_of(i + 1) == "-") {
      const bool three = i + 2 < n && text_of(i + 2) == "-";
      const std::size_t count = three ? 3 : 2;
      tree_[group[i]].kind = NodeKind::textord;
      tree_[group[i]].mode = Mode::text;
      tree_[group[i]].text = three ? "---" : "--";
      tree_[group[i]].end = tree_[group[i + count - 1]].end;
      group.erase(group.begin() + static_cast<std::ptrdiff_t>(i) + 1, group.begin() + static_cast<std::ptrdiff_t>(i + count));
      n -= count - 1;
    }
    const std::string_view w = text_of(i);
    if ((w == "'" || w == "`") && i + 1 < n && text_of(i + 1) == w) {
      tree_[group[i]].kind = NodeKind::textord;
      tree_[group[i]].mode = Mode::text;
      tree_[group[i]].text = std::string(w) + std::string(w);
      tree_[group[i]].end = tree_[group[i + 1]].end;
      group.erase(group.begin() + static_cast<std::ptrdiff_t>(i) + 1);
      n -= 1;
    }
  }
}

NodeId Parser::parse_symbol() {
  const Token nucleus = fetch();
  const std::string_view view = nucleus.text;
  if (view.size() > 5 && view.substr(0, 5) == "\\verb" && !((view[5] >= 'a' && view[5] <= 'z') || (view[5] >= 'A' && view[5] <= 'Z'))) {
    consume();
    std::string arg(view.substr(5));
    const bool star = arg[0] == '*';
    if (star) arg.erase(0, 1);
    const std::size_t first = first_char(arg).size();
    if (arg.size() < 2 || first == 0 || arg.size() < 2 * first || arg.compare(0, first, arg, arg.size() - first, first) != 0)
      fail(IssueCode::syntax, nucleus, "\\verb assertion failed (a KaTeX bug)");
    const NodeId node = add(NodeKind::verb, nucleus.begin, arg.substr(first, arg.size() - 2 * first));
    tree_[node].mode = Mode::text;
    if (star) tree_[node].flags |= kStar;
    return node;
  }
  if (std::all_of(view.begin(), view.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    // Nearly every symbol: ASCII has nothing to note, decompose or combine (the steps below).
    const katex::KatexSymbol* s = katex::find_symbol(mode, view);
    if (!s) return kNoNode;  // EOF, ^, _, {, }...
    const NodeId symbol = add(symbol_kind(s->group), nucleus.begin, view);
    tree_[symbol].group = s->group;
    tree_[symbol].end = nucleus.end;
    consume();
    return symbol;
  }
  std::string text(view);
  if (mode == Mode::math) note_unicode(nucleus);
  // An accented character is its base plus combining accents (é -> e + U+0301).
  const std::string head = first_char(text);
  if (!head.empty()) {
    const std::string_view decomposed = katex::unicode_symbol(head);
    if (!decomposed.empty() && !katex::find_symbol(mode, head)) text = std::string(decomposed) + text.substr(head.size());
  }
  const std::size_t marks = combining_marks_start(text);
  const std::string accents = text.substr(marks);
  text.erase(marks);
  if (!accents.empty()) {
    if (text == "i")
      text = "\xC4\xB1";  // dotless i
    else if (text == "j")
      text = "\xC8\xB7";  // dotless j
  }
  NodeId symbol;
  if (const katex::KatexSymbol* s = katex::find_symbol(mode, text)) {
    symbol = add(symbol_kind(s->group), nucleus.begin, text);
    tree_[symbol].group = s->group;
    tree_[symbol].end = nucleus.end;
  } else if (!text.empty() && first_unit(text) >= 0x80) {
    if (mode == Mode::text && !katex::supported_codepoint(first_unit(text)))
      note(IssueCode::unicode_text, nucleus.begin, nucleus.end, "character '" + first_char(text) + "' of no script KaTeX supports in text",
           "the LaTeX export needs a font with it; write it as a command if there is one");
    // KaTeX renders characters it has no symbol for as text.
    symbol = add(NodeKind::textord, nucleus.begin, text);
    tree_[symbol].mode = Mode::text;
    tree_[symbol].end = nucleus.end;
  } else {
    return kNoNode;  // EOF, ^, _, {, }...
  }
  consume();
  for (std::size_t i = 0; i < accents.size();) {
    const std::size_t at = i;
    utf8::decode(accents, i);
    const std::string mark = accents.substr(at, i - at);
    const katex::KatexUnicodeAccent* accent = katex::unicode_accent(mark);
    if (!accent)
      fail(IssueCode::syntax, nucleus, "unknown combining accent U+" + std::to_string(first_unit(mark)) + " on '" + text + "'",
           "write the accent as a command: \\hat{x}, \\tilde{x}...");
    const std::string_view command = mode == Mode::math && !accent->math.empty() ? accent->math : accent->text;
    if (command.empty())
      fail(IssueCode::syntax, nucleus,
           "this combining accent is not supported in " + std::string(mode == Mode::math ? "math" : "text") + " mode");
    const NodeId node = add(NodeKind::accent, nucleus.begin, command, {symbol});
    tree_[node].flags |= kShifty;
    tree_[node].end = nucleus.end;
    symbol = node;
  }
  return symbol;
}

// --- parse(), check ---------------------------------------------------------------------------

ParseWorkspace::ParseWorkspace() : buffers_(std::make_unique<ParseBuffers>()) {}
ParseWorkspace::~ParseWorkspace() = default;

namespace {

// KaTeX has no bold or italic typewriter font and no bold italic sans serif: a character in text
// in one of those stops its rendering ("Font metrics not found for font: Typewriter-Bold"). The
// text font as KaTeX's text.js sets it: a family, a weight and a shape (\text resets the shape);
// a math font (\bf, \mathbf) overrides it, and atoms (\dots, punctuation) use the main font.
struct TextFont {
  char family = 'r';  // r(oman), s(ans serif), t(ypewriter)
  bool bold = false, italic = false;
  bool math_font = false;  // under \bf, \mathbf...: until a text command resets it
};

void check_text_fonts(const Tree& tree, NodeId id, TextFont font) {
  const Node& n = tree[id];
  if (n.kind == NodeKind::font) font.math_font = true;
  if (n.kind == NodeKind::text) {
    const std::string_view f = n.text;
    if (!f.empty()) font.math_font = false;
    if (f == "\\texttt")
      font.family = 't';
    else if (f == "\\textsf")
      font.family = 's';
    else if (f == "\\textrm" || f == "\\textnormal")
      font.family = 'r';
    else if (f == "\\textbf")
      font.bold = true;
    else if (f == "\\textmd")
      font.bold = false;
    else if (f == "\\emph")
      font.italic = !font.italic;
    else if (f == "\\textit")
      font.italic = true;
    else if (f == "\\textup" || f == "\\text")
      font.italic = false;
  } else if ((n.kind == NodeKind::textord || n.kind == NodeKind::mathord || n.kind == NodeKind::spacing) && n.mode == Mode::text &&
             !font.math_font && ((font.family == 't' && (font.bold || font.italic)) || (font.family == 's' && font.bold && font.italic))) {
    const std::string style = font.bold && font.italic ? "bold italic" : font.bold ? "bold" : "italic";
    fail(IssueCode::syntax, n.begin, std::max(n.end, n.begin + 1),
         "KaTeX has no " + style + (font.family == 't' ? " typewriter" : " sans-serif") + " font: it cannot render '" + n.text + "' here",
         "drop \\textbf, \\textit or \\emph around it, or the \\texttt / \\textsf");
  }
  for (const NodeId c : n.children)
    if (c != kNoNode) check_text_fonts(tree, c, font);
}

}  // namespace

ParseResult parse(std::string_view tex, const ParseOptions& options, ParseWorkspace* workspace) {
  ParseResult result;
  ParseBuffers* buffers = workspace ? &workspace->buffers() : nullptr;
  if (buffers) {
    result.tree.nodes = std::move(buffers->nodes);
    result.tree.nodes.clear();
  }
  // About one node for every two bytes of TeX: the node table rarely grows (and moves its nodes).
  result.tree.nodes.reserve(tex.size() / 2 + 8);
  Parser parser(tex, options, result.tree, result.issues, buffers);
  try {
    std::vector<NodeId> body = parser.parse();
    // \tag sets \df@tag: the formula is wrapped with its tag (display math only).
    if (parser.gullet.macros().get("\\df@tag")) {
      if (!options.display) {
        const Token& t = parser.gullet.last();
        fail(IssueCode::display_only, t.begin, t.end, "\\tag works only in display math",
             "use $$...$$ or a ```math block, or drop the tag");
      }
      const std::uint32_t end = parser.end_of_last();
      std::vector<NodeId> tag = parser.subparse({Token{"\\df@tag", end, end}});
      const NodeId tag_group = parser.ordgroup(std::move(tag), end, Mode::text);
      const NodeId body_group = parser.ordgroup(std::move(body), 0, Mode::math);
      const NodeId node = parser.add(NodeKind::tag, 0, {}, {body_group, tag_group});
      result.tree[node].mode = Mode::text;
      body = {node};
    }
    for (const NodeId id : body) check_text_fonts(result.tree, id, TextFont{});
    result.tree.body = std::move(body);
  } catch (const ParseError& error) {
    result.error = error.issue;
  }
  result.comments = parser.gullet.lexer().comments();
  return result;
}

}  // namespace np::math
