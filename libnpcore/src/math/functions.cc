// The handlers of KaTeX's functions (functions/*.js), one per node type: what each command builds
// from its arguments, and the errors its handler throws. The functions' names, argument counts
// and types come from the generated table; only the behaviour is written here.
#include <algorithm>
#include <cctype>
#include <cmath>

#include "math/parser_impl.h"
#include "np/links.h"
#include "np/utf8.h"

namespace np::math {

namespace {

bool one_of(std::string_view name, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

std::string trim(std::string_view s) {
  const auto b = s.find_first_not_of(" \t\n\r\f\v");
  if (b == std::string_view::npos) return "";
  const auto e = s.find_last_not_of(" \t\n\r\f\v");
  return std::string(s.substr(b, e - b + 1));
}

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      out.emplace_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

std::string_view font_alias(std::string_view name) {
  if (name == "\\Bbb") return "\\mathbb";
  if (name == "\\bold") return "\\mathbf";
  if (name == "\\frak") return "\\mathfrak";
  if (name == "\\bm") return "\\boldsymbol";
  return name;
}

}  // namespace

// KaTeX's checkDelimiter: a delimiter after \left, \right, \middle or \big... must be a symbol from
// the list of delimiters.
static NodeId check_delimiter(Parser& p, NodeId delim, std::string_view func) {
  const Node& n = p.at(delim);
  if (is_symbol(n.kind)) {
    if (katex::is_delimiter(n.text)) return delim;
    fail(IssueCode::invalid_delimiter, n.begin, n.end, "invalid delimiter '" + n.text + "' after '" + std::string(func) + "'",
         "use one of ( ) [ ] \\{ \\} | \\| \\langle \\rangle \\lfloor \\rfloor \\lceil \\rceil / . (none)");
  }
  fail(IssueCode::invalid_delimiter, n.begin, n.end,
       "invalid delimiter after '" + std::string(func) + "': a " + std::string(to_string(n.kind)) + ", not a symbol",
       n.kind == NodeKind::ordgroup ? "write \\{ for a brace delimiter" : "use one of ( ) [ ] \\{ \\} | \\| \\langle \\rangle . (none)");
}

// KaTeX's binrelClass: \boldsymbol{+} and \overset{a}{=} keep the class of a bin or rel.
static std::string binrel_class(Parser& p, NodeId arg) {
  const Node& n = p.at(arg);
  const Node& atom = n.kind == NodeKind::ordgroup && !n.children.empty() ? p.at(n.children[0]) : n;
  if (atom.kind == NodeKind::atom && (atom.group == SymbolGroup::bin || atom.group == SymbolGroup::rel))
    return atom.group == SymbolGroup::bin ? "mbin" : "mrel";
  return "mord";
}

static NodeId handle_internal(Parser& p, const Parser::Context& ctx);
static NodeId handle_genfrac(Parser& p, const Parser::Context& ctx, std::vector<NodeId>& args);
static NodeId handle_mclass(Parser& p, const Parser::Context& ctx, std::vector<NodeId>& args);
static NodeId handle_op(Parser& p, const Parser::Context& ctx, std::vector<NodeId>& args);
static NodeId handle_link(Parser& p, const Parser::Context& ctx, const katex::KatexFunction& spec, std::vector<NodeId>& args,
                          std::vector<NodeId>& opt_args);

NodeId Parser::handle_function(const katex::KatexFunction& spec, const Context& ctx, std::vector<NodeId>& args,
                               std::vector<NodeId>& opt_args) {
  const std::string_view type = spec.type;
  const std::string_view name = ctx.func_name;
  const std::uint32_t b = ctx.begin;
  const auto arg = [&](std::size_t i) { return i < args.size() ? args[i] : kNoNode; };
  const auto opt = [&](std::size_t i) { return i < opt_args.size() ? opt_args[i] : kNoNode; };
  if (type == "accent") {
    NodeId node;
    if (spec.arg_types == "p") {
      // Text accents (\' \"...): in math mode LaTeX rejects them, KaTeX warns.
      if (mode == Mode::math)
        strict("mathVsTextAccents", "LaTeX's accent " + std::string(name) + " works only in text mode", b, end_of_last());
      node = add(NodeKind::accent, b, name, {arg(0)});
      at(node).mode = Mode::text;
      at(node).flags |= kShifty;
    } else {
      const bool stretchy = !one_of(
          name, {"\\acute", "\\grave", "\\ddot", "\\tilde", "\\bar", "\\breve", "\\check", "\\hat", "\\vec", "\\dot", "\\mathring"});
      const bool shifty = !stretchy || one_of(name, {"\\widehat", "\\widetilde", "\\widecheck"});
      node = add(NodeKind::accent, b, name, {normalize_argument(arg(0))});
      at(node).flags |= (stretchy ? kStretchy : 0) | (shifty ? kShifty : 0);
    }
    return node;
  }
  if (type == "accentUnder") return add(NodeKind::accent_under, b, name, {arg(0)});
  if (type == "xArrow") return add(NodeKind::x_arrow, b, name, {arg(0), opt(0)});
  if (type == "textord") {  // \@char
    const NodeId group = assert_kind(arg(0), NodeKind::ordgroup, "\\char needs a number");
    std::string number;
    for (const NodeId c : at(group).children) number += at(assert_kind(c, NodeKind::textord, "\\char needs a number")).text;
    const Token& t = gullet.last();
    std::size_t i = 0;
    while (i < number.size() && std::isspace(static_cast<unsigned char>(number[i]))) ++i;
    std::size_t j = i + (i < number.size() && (number[i] == '+' || number[i] == '-') ? 1 : 0);
    const std::size_t digits = j;
    while (j < number.size() && std::isdigit(static_cast<unsigned char>(number[j]))) ++j;
    if (j == digits) fail(IssueCode::invalid_argument, t, "\\char has a non-numeric argument '" + number + "'");
    const double code = std::strtod(number.substr(i, j - i).c_str(), nullptr);
    if (code < 0 || code >= 0x10ffff) fail(IssueCode::invalid_argument, t, "\\char with an invalid code point " + number);
    std::string text;
    utf8::append(text, static_cast<char32_t>(code));
    return add(NodeKind::textord, b, std::move(text));
  }
  if (type == "color") {
    if (name == "\\textcolor") {
      const NodeId color = assert_kind(arg(0), NodeKind::color_token, "\\textcolor needs a colour");
      return add(NodeKind::color, b, at(color).text, ord_argument(arg(1)));
    }
    const NodeId color = assert_kind(arg(0), NodeKind::color_token, "\\color needs a colour");
    auto current = std::make_unique<MacroDefinition>();
    current->text = at(color).text;
    gullet.macros().set("\\current@color", gullet.macros().own(std::move(current)));
    std::vector<NodeId> body = parse_expression(true, ctx.break_on_token_text);
    return add(NodeKind::color, b, at(color).text, std::move(body));
  }
  if (type == "cr") {
    const NodeId size = gullet.future().text == "[" ? parse_size_group(true) : kNoNode;
    if (options.display) strict("newLineInDisplayMode", "in LaTeX, \\\\ or \\newline does nothing in display mode", b, end_of_last());
    const NodeId node = add(NodeKind::cr, b);
    at(node).flags |= kNewLine;
    if (size != kNoNode) at(node).size = at(size).size;
    return node;
  }
  if (type == "internal") return handle_internal(*this, ctx);
  if (type == "delimsizing") {
    const NodeId delim = check_delimiter(*this, normalize_argument(arg(0)), name);  // \bigl{(} as \bigl(
    const NodeId node = add(NodeKind::delimsizing, b, at(delim).text);
    at(node).extra = std::string(name);
    const char last = name.back();
    at(node).style = last == 'l' ? "mopen" : last == 'r' ? "mclose" : last == 'm' ? "mrel" : "mord";
    return node;
  }
  if (type == "leftright-right") return add(NodeKind::leftright_right, b, at(check_delimiter(*this, arg(0), name)).text);
  if (type == "leftright") {
    const NodeId delim = check_delimiter(*this, arg(0), name);
    ++leftright_depth;
    std::vector<NodeId> body = parse_expression(false);
    --leftright_depth;
    expect("\\right", false, ctx.token);
    const NodeId right = assert_kind(parse_function(), NodeKind::leftright_right, "\\left needs a \\right");
    const NodeId node = add(NodeKind::leftright, b, at(delim).text, std::move(body));
    at(node).extra = at(right).text;
    return node;
  }
  if (type == "middle") {
    const NodeId delim = check_delimiter(*this, arg(0), name);
    if (!leftright_depth)
      fail(IssueCode::left_right, b, at(delim).end, "'\\middle' outside \\left...\\right",
           "use \\middle only between \\left and \\right, or write \\mid");
    return add(NodeKind::middle, b, at(delim).text);
  }
  if (type == "enclose") {
    NodeId node;
    if (name == "\\colorbox") {
      node = add(NodeKind::enclose, b, name, {arg(1)});
      at(node).extra = at(assert_kind(arg(0), NodeKind::color_token, "\\colorbox needs a colour")).text;
    } else if (name == "\\fcolorbox") {
      node = add(NodeKind::enclose, b, name, {arg(2)});
      at(node).style = at(assert_kind(arg(0), NodeKind::color_token, "\\fcolorbox needs a colour")).text;
      at(node).extra = at(assert_kind(arg(1), NodeKind::color_token, "\\fcolorbox needs a colour")).text;
    } else {
      if (name == "\\sout" && mode == Mode::math) strict("mathVsSout", "LaTeX's \\sout works only in text mode", b, end_of_last());
      node = add(NodeKind::enclose, b, name, {arg(0)});
    }
    return node;
  }
  if (type == "environment") {
    const NodeId name_group = arg(0);
    if (at(name_group).kind != NodeKind::ordgroup)
      fail(IssueCode::unknown_environment, at(name_group).begin, at(name_group).end, "invalid environment name");
    std::string env;
    for (const NodeId c : at(name_group).children) {
      if (at(c).kind != NodeKind::textord)
        fail(IssueCode::unknown_environment, at(name_group).begin, at(name_group).end, "invalid environment name: letters only",
             "write \\begin{matrix}, \\begin{aligned}...");
      env += at(c).text;
    }
    if (name != "\\begin") {
      const NodeId node = add(NodeKind::environment, b, env);
      at(node).extra = "end";
      return node;
    }
    const Token name_token{env, at(name_group).begin, at(name_group).end};
    return handle_environment(env, name_token);
  }
  if (type == "font") {
    const std::string_view func = font_alias(name);
    if (spec.num_args == 1) return add(NodeKind::font, b, func.substr(1), {normalize_argument(arg(0))});
    // \rm, \bf...: the rest of the group.
    const Mode m = mode;
    std::vector<NodeId> body = parse_expression(true, ctx.break_on_token_text);
    const NodeId group = ordgroup(std::move(body), b, mode);
    const NodeId node = add(NodeKind::font, b, "math" + std::string(name.substr(1)), {group});
    at(node).mode = m;
    return node;
  }
  if (type == "mclass") return handle_mclass(*this, ctx, args);
  if (type == "genfrac") return handle_genfrac(*this, ctx, args);
  if (type == "infix") {
    std::string with = name == "\\over"     ? "\\frac"
                       : name == "\\choose" ? "\\binom"
                       : name == "\\atop"   ? "\\\\atopfrac"
                       : name == "\\brace"  ? "\\\\bracefrac"
                       : name == "\\brack"  ? "\\\\brackfrac"
                                            : "\\\\abovefrac";
    const NodeId node = add(NodeKind::infix, b, std::move(with));
    if (name == "\\above") at(node).size = at(assert_kind(arg(0), NodeKind::size, "\\above needs a size")).size;
    return node;
  }
  if (type == "hbox") return add(NodeKind::hbox, b, {}, ord_argument(arg(0)));
  if (type == "horizBrace") {
    const NodeId node = add(NodeKind::horiz_brace, b, name, {arg(0)});
    if (name.substr(0, 5) == "\\over") at(node).flags |= kOver;
    return node;
  }
  if (type == "href" || type == "html" || type == "includegraphics") return handle_link(*this, ctx, spec, args, opt_args);
  if (type == "htmlmathml")
    return add(NodeKind::htmlmathml, b, {}, {ordgroup(ord_argument(arg(0)), b, mode), ordgroup(ord_argument(arg(1)), b, mode)});
  if (type == "kern") {
    const NodeId size = assert_kind(arg(0), NodeKind::size, std::string(name) + " needs a size");
    const bool math_function = name.size() > 1 && name[1] == 'm';  // \mkern, \mskip
    const bool mu = at(size).size.unit == "mu";
    if (math_function && !mu)
      strict("mathVsTextUnits", "LaTeX's " + std::string(name) + " supports only mu units, not " + at(size).size.unit, b, at(size).end);
    if (math_function && mode != Mode::math)
      strict("mathVsTextUnits", "LaTeX's " + std::string(name) + " works only in math mode", b, at(size).end);
    if (!math_function && mu) strict("mathVsTextUnits", "LaTeX's " + std::string(name) + " does not support mu units", b, at(size).end);
    const NodeId node = add(NodeKind::kern, b);
    at(node).size = at(size).size;
    return node;
  }
  if (type == "lap") return add(NodeKind::lap, b, name.substr(5), {arg(0)});
  if (type == "styling") {
    if (name == "\\(" || name == "$") {
      const Mode outer = mode;
      switch_mode(Mode::math);
      const std::string close = name == "\\(" ? "\\)" : "$";
      std::vector<NodeId> body = parse_expression(false, close);
      expect(close, true, ctx.token);
      switch_mode(outer);
      return add(NodeKind::styling, b, "text", std::move(body));
    }
    std::vector<NodeId> body = parse_expression(true, ctx.break_on_token_text);
    return add(NodeKind::styling, b, name.substr(1, name.size() - 6), std::move(body));
  }
  if (type == "text") {
    if (name == "\\)" || name == "\\]")
      fail(IssueCode::syntax, b, end_of_last(), "mismatched '" + std::string(name) + "'", "remove it: the formula is already math");
    if (name == "\\hline" || name == "\\hdashline")
      fail(IssueCode::misplaced_alignment, b, end_of_last(), "'" + std::string(name) + "' outside an array environment",
           "use it at the start of a row of array, matrix...");
    return add(NodeKind::text, b, name, ord_argument(arg(0)));
  }
  if (type == "mathchoice") {
    std::vector<NodeId> choices;
    for (std::size_t i = 0; i < 4; ++i) choices.push_back(ordgroup(ord_argument(arg(i)), b, mode));
    return add(NodeKind::mathchoice, b, {}, std::move(choices));
  }
  if (type == "op") return handle_op(*this, ctx, args);
  if (type == "operatorname") {
    const NodeId node = add(NodeKind::operatorname, b, {}, ord_argument(arg(0)));
    if (name == "\\operatornamewithlimits") at(node).flags |= kAlwaysHandleSupSub;
    return node;
  }
  if (type == "overline") return add(NodeKind::overline, b, {}, {arg(0)});
  if (type == "underline") return add(NodeKind::underline, b, {}, {arg(0)});
  if (type == "phantom") return add(NodeKind::phantom, b, {}, ord_argument(arg(0)));
  if (type == "hphantom") return add(NodeKind::hphantom, b, {}, {arg(0)});
  if (type == "vphantom") return add(NodeKind::vphantom, b, {}, {arg(0)});
  if (type == "pmb") {
    const NodeId node = add(NodeKind::pmb, b, {}, ord_argument(arg(0)));
    at(node).style = binrel_class(*this, arg(0));
    return node;
  }
  if (type == "raisebox") {
    const NodeId node = add(NodeKind::raisebox, b, {}, {arg(1)});
    at(node).size = at(assert_kind(arg(0), NodeKind::size, "\\raisebox needs a size")).size;
    return node;
  }
  if (type == "rule") {
    const NodeId node = add(NodeKind::rule, b);
    at(node).size = at(assert_kind(arg(0), NodeKind::size, "\\rule needs a width")).size;
    const Measurement& height = at(assert_kind(arg(1), NodeKind::size, "\\rule needs a height")).size;
    at(node).extra = std::to_string(height.number) + height.unit;
    if (opt(0) != kNoNode) at(node).style = std::to_string(at(opt(0)).size.number) + at(opt(0)).size.unit;
    return node;
  }
  if (type == "sizing") {
    std::vector<NodeId> body = parse_expression(false, ctx.break_on_token_text);
    return add(NodeKind::sizing, b, name, std::move(body));
  }
  if (type == "smash") {
    bool height = true, depth = true;
    if (opt(0) != kNoNode) {
      height = depth = false;
      for (const NodeId c : at(assert_kind(opt(0), NodeKind::ordgroup, "\\smash's option is t or b")).children) {
        const std::string& letter = at(c).text;
        if (is_symbol(at(c).kind) && letter == "t")
          height = true;
        else if (is_symbol(at(c).kind) && letter == "b")
          depth = true;
        else {
          height = depth = false;
          break;
        }
      }
    }
    const NodeId node = add(NodeKind::smash, b, {}, {arg(0)});
    at(node).flags |= (height ? kSmashHeight : 0) | (depth ? kSmashDepth : 0);
    return node;
  }
  // \reflectbox, \mathreflectbox: KaTeX's MathML is the argument's (a mirror image only in HTML).
  if (type == "reflectbox") return arg(0);
  if (type == "sqrt") return add(NodeKind::sqrt, b, {}, {arg(0), opt(0)});
  if (type == "vcenter") return add(NodeKind::vcenter, b, {}, {arg(0)});
  if (type == "verb")
    fail(IssueCode::syntax, b, end_of_last(), "\\verb ended by the end of the line instead of its closing delimiter",
         "write \\verb|...| on one line");
  if (type == "cdlabel") return add(NodeKind::cdlabel, b, name.substr(4), {arg(0)});
  if (type == "cdlabelparent") return add(NodeKind::cdlabelparent, b, {}, {arg(0)});
  fail(IssueCode::syntax, b, end_of_last(), "no handler for '" + std::string(name) + "' (type " + std::string(type) + ")");
}

// \def, \gdef, \edef, \xdef, \let, \futurelet, \global, \long, \relax (def.js, relax.js).
static NodeId handle_internal(Parser& p, const Parser::Context& ctx) {
  const std::string_view name = ctx.func_name;
  Gullet& g = p.gullet;
  const std::uint32_t b = ctx.begin;
  if (name == "\\relax") return p.add(NodeKind::internal, b);
  if (name == "\\global" || name == "\\long" || name == "\\\\globallong") {
    p.consume_spaces();
    Token& token = p.fetch();
    const std::string_view global = katex::global_form(token.text);
    if (global.empty())
      fail(IssueCode::macro, token, "'" + std::string(token.text) + "' cannot follow '" + std::string(name) + "'",
           "write \\global\\def...");
    if (name == "\\global" || name == "\\\\globallong") token.text = global;
    return p.assert_kind(p.parse_function(), NodeKind::internal, "a macro prefix must be followed by a definition");
  }
  const Token at = ctx.token ? *ctx.token : g.last();
  if (g.written(at))
    g.note(IssueCode::unsafe_command, at, "'" + std::string(at.text) + "' defines a macro inside a formula",
           "define it once in np.yaml under katex.macros, where every formula and the LaTeX export see it");
  const auto check_control_sequence = [](const Token& tok) {
    if (tok.text == "\\" || tok.text == "{" || tok.text == "}" || tok.text == "$" || tok.text == "&" || tok.text == "#" ||
        tok.text == "^" || tok.text == "_" || tok.text == "EOF")
      fail(IssueCode::macro, tok, "expected a control sequence to define, found '" + std::string(tok.text) + "'", "write \\def\\name{...}");
    return tok.text;
  };
  const auto let = [&](const std::string& defined, Token tok, bool global) {
    MacroPtr macro = g.macros().get(tok.text);
    if (!macro) {
      auto m = std::make_unique<MacroDefinition>();
      m->kind = MacroDefinition::Kind::tokens;
      m->unexpandable = !g.is_expandable(tok.text);
      tok.noexpand = true;
      m->tokens = {tok};
      macro = g.macros().own(std::move(m));
    }
    g.macros().set(defined, macro, global);
  };
  if (name == "\\let" || name == "\\\\globallet") {
    const std::string defined(check_control_sequence(g.pop_token()));
    g.consume_spaces();
    Token tok = g.pop_token();
    if (tok.text == "=") {  // optional equals sign and one optional space
      tok = g.pop_token();
      if (tok.text == " ") tok = g.pop_token();
    }
    let(defined, std::move(tok), name == "\\\\globallet");
    return p.add(NodeKind::internal, b);
  }
  if (name == "\\futurelet" || name == "\\\\globalfuture") {
    const std::string defined(check_control_sequence(g.pop_token()));
    Token middle = g.pop_token();
    Token tok = g.pop_token();
    let(defined, tok, name == "\\\\globalfuture");
    g.push_token(std::move(tok));
    g.push_token(std::move(middle));
    return p.add(NodeKind::internal, b);
  }
  // \def\name#1#2{body}, with delimited parameters.
  Token tok = g.pop_token();
  const std::string defined(tok.text);
  if (defined == "\\" || defined == "{" || defined == "}" || defined == "$" || defined == "&" || defined == "#" || defined == "^" ||
      defined == "_" || defined == "EOF")
    fail(IssueCode::macro, tok, "expected a control sequence to define, found '" + defined + "'", "write \\def\\name{...}");
  int num_args = 0;
  std::optional<Token> insert;
  std::vector<std::vector<std::string>> delimiters(1);
  while (g.future().text != "{") {
    tok = g.pop_token();
    if (tok.text == "#") {
      if (g.future().text == "{") {  // #{ : the body starts after a {
        insert = g.future();
        delimiters[static_cast<std::size_t>(num_args)].push_back("{");
        break;
      }
      tok = g.pop_token();
      if (!(tok.text.size() == 1 && tok.text[0] >= '1' && tok.text[0] <= '9'))
        fail(IssueCode::macro, tok, "invalid argument number '" + std::string(tok.text) + "' in a macro definition",
             "parameters are #1, #2... in order");
      if (tok.text[0] - '0' != num_args + 1)
        fail(IssueCode::macro, tok, "argument number '" + std::string(tok.text) + "' out of order", "parameters are #1, #2... in order");
      ++num_args;
      delimiters.emplace_back();
    } else if (tok.text == "EOF") {
      fail(IssueCode::macro, tok, "expected a macro definition (the body in braces)", "write \\def\\name{...}");
    } else {
      delimiters[static_cast<std::size_t>(num_args)].emplace_back(tok.text);
    }
  }
  std::vector<Token> tokens = g.consume_arg().tokens;
  if (insert) tokens.insert(tokens.begin(), *insert);
  if (name == "\\edef" || name == "\\xdef") {
    tokens = g.expand_tokens(tokens);
    std::reverse(tokens.begin(), tokens.end());
  }
  auto m = std::make_unique<MacroDefinition>();
  m->kind = MacroDefinition::Kind::tokens;
  m->name = defined;
  m->tokens = std::move(tokens);
  m->num_args = num_args;
  m->delimiters = std::move(delimiters);
  g.macros().set(defined, g.macros().own(std::move(m)), name == katex::global_form(name));
  return p.add(NodeKind::internal, b);
}

// \frac and relatives, \cfrac, \genfrac, and the fractions \over, \choose... become (genfrac.js).
static NodeId handle_genfrac(Parser& p, const Parser::Context& ctx, std::vector<NodeId>& args) {
  const std::string_view name = ctx.func_name;
  const std::uint32_t b = ctx.begin;
  NodeId node;
  if (name == "\\genfrac") {
    const NodeId left = p.normalize_argument(args[0]);
    const NodeId right = p.normalize_argument(args[1]);
    const NodeId bar = p.assert_kind(args[2], NodeKind::size, "\\genfrac's third argument is a size");
    node = p.add(NodeKind::genfrac, b, {}, {args[4], args[5]});
    const auto delim = [&](NodeId n, SymbolGroup family) {
      const Node& d = p.at(n);
      return d.kind == NodeKind::atom && d.group == family && d.text != "." ? d.text : std::string();
    };
    p.at(node).text = delim(left, SymbolGroup::open);
    p.at(node).extra = delim(right, SymbolGroup::close);
    const bool blank = p.at(bar).has(kBlank);
    if (blank || p.at(bar).size.number > 0) p.at(node).flags |= kHasBarLine;
    if (!blank) p.at(node).size = p.at(bar).size;
    NodeId style = args[3];
    static const char* const styles[] = {"display", "text", "script", "scriptscript"};
    std::string digit;
    if (p.at(style).kind == NodeKind::ordgroup) {
      if (!p.at(style).children.empty())
        digit = p.at(p.assert_kind(p.at(style).children[0], NodeKind::textord, "\\genfrac's style is 0 to 3")).text;
    } else {
      digit = p.at(p.assert_kind(style, NodeKind::textord, "\\genfrac's style is 0 to 3")).text;
    }
    if (digit.size() == 1 && digit[0] >= '0' && digit[0] <= '3') p.at(node).style = styles[digit[0] - '0'];
    return node;
  }
  if (name == "\\\\abovefrac") {
    const NodeId infix = p.assert_kind(args[1], NodeKind::infix, "\\above needs a size");
    node = p.add(NodeKind::genfrac, b, {}, {args[0], args[2]});
    p.at(node).size = p.at(infix).size;
    if (p.at(infix).size.number > 0) p.at(node).flags |= kHasBarLine;
    return node;
  }
  node = p.add(NodeKind::genfrac, b, {}, {args[0], args[1]});
  Node& n = p.at(node);
  if (name == "\\cfrac") {
    n.flags |= kHasBarLine | kContinued;
    n.style = "display";
    return node;
  }
  if (one_of(name, {"\\dfrac", "\\frac", "\\tfrac"})) n.flags |= kHasBarLine;
  if (one_of(name, {"\\dbinom", "\\binom", "\\tbinom"})) n.text = "(", n.extra = ")";
  if (name == "\\\\bracefrac") n.text = "\\{", n.extra = "\\}";
  if (name == "\\\\brackfrac") n.text = "[", n.extra = "]";
  if (name == "\\dfrac" || name == "\\dbinom") n.style = "display";
  if (name == "\\tfrac" || name == "\\tbinom") n.style = "text";
  return node;
}

// \mathord..\mathinner, \@binrel, \stackrel, \overset, \underset, \boldsymbol (mclass.js, font.js).
static NodeId handle_mclass(Parser& p, const Parser::Context& ctx, std::vector<NodeId>& args) {
  const std::string_view name = ctx.func_name;
  const std::uint32_t b = ctx.begin;
  if (name == "\\boldsymbol" || name == "\\bm") {
    const std::string cls = binrel_class(p, args[0]);
    const NodeId font = p.add(NodeKind::font, b, "boldsymbol", {args[0]});
    const NodeId node = p.add(NodeKind::mclass, b, cls, {font});
    return node;
  }
  if (name == "\\@binrel") return p.add(NodeKind::mclass, b, binrel_class(p, args[0]), p.ord_argument(args[1]));
  if (name == "\\stackrel" || name == "\\overset" || name == "\\underset") {
    const NodeId base_arg = args[1], shifted = args[0];
    const std::string cls = name == "\\stackrel" ? "mrel" : binrel_class(p, base_arg);
    const NodeId op = p.add(NodeKind::op, b, {}, p.ord_argument(base_arg));
    p.at(op).mode = p.at(base_arg).mode;
    p.at(op).flags |= kLimits | kAlwaysHandleSupSub | (name != "\\stackrel" ? kSuppressBaseShift : 0);
    const bool under = name == "\\underset";
    const NodeId supsub = p.add(NodeKind::supsub, b, {}, {op, under ? kNoNode : shifted, under ? shifted : kNoNode});
    p.at(supsub).mode = p.at(shifted).mode;
    return p.add(NodeKind::mclass, b, cls, {supsub});
  }
  return p.add(NodeKind::mclass, b, "m" + std::string(name.substr(5)), p.ord_argument(args[0]));
}

// \sum, \int, \lim, \sin, \mathop... (op.js).
static NodeId handle_op(Parser& p, const Parser::Context& ctx, std::vector<NodeId>& args) {
  const std::string_view name = ctx.func_name;
  if (name == "\\mathop") return p.add(NodeKind::op, ctx.begin, {}, p.ord_argument(args[0]));
  const NodeId node = p.add(NodeKind::op, ctx.begin, name);
  const bool integral = one_of(name, {"\\int", "\\iint", "\\iiint", "\\oint", "\\oiint", "\\oiiint", "\xE2\x88\xAB", "\xE2\x88\xAC",
                                      "\xE2\x88\xAD", "\xE2\x88\xAE", "\xE2\x88\xAF", "\xE2\x88\xB0"});
  const bool limits_named = one_of(name, {"\\det", "\\gcd", "\\inf", "\\lim", "\\max", "\\min", "\\Pr", "\\sup"});
  // The rest: the big operators (\sum, \prod...) are symbols with limits; named functions (\sin)
  // are neither. A big operator's name is not a letter sequence after the backslash... so test
  // the list of named functions KaTeX gives.
  const bool named =
      one_of(name, {"\\arcsin", "\\arccos", "\\arctan", "\\arctg", "\\arcctg", "\\arg", "\\ch",  "\\cos",  "\\cosec", "\\cosh", "\\cot",
                    "\\cotg",   "\\coth",   "\\csc",    "\\ctg",   "\\cth",    "\\deg", "\\dim", "\\exp",  "\\hom",   "\\ker",  "\\lg",
                    "\\ln",     "\\log",    "\\sec",    "\\sin",   "\\sinh",   "\\sh",  "\\tan", "\\tanh", "\\tg",    "\\th"});
  if (integral)
    p.at(node).flags |= kSymbol;
  else if (limits_named)
    p.at(node).flags |= kLimits;
  else if (!named)
    p.at(node).flags |= kLimits | kSymbol;
  return node;
}

// \href, \url, \htmlClass..., \includegraphics: KaTeX renders them only when trusted (np's site
// does not trust them, so KaTeX shows the command in red); np checks their targets.
static NodeId handle_link(Parser& p, const Parser::Context& ctx, const katex::KatexFunction& spec, std::vector<NodeId>& args,
                          std::vector<NodeId>& opt_args) {
  const std::string_view name = ctx.func_name;
  const std::uint32_t b = ctx.begin;
  // The allowlist of Markdown links (http, https, mailto, well-formed): anything else becomes a
  // Launch or GoToR action in a PDF (run:, a relative file) or runs code in a browser.
  const auto check_url = [&](NodeId url) {
    const std::string& target = p.at(url).text;
    const std::string problem = external_url_problem(target);
    if (problem.empty()) return;
    const bool scheme = problem == "no scheme" || problem.rfind("scheme ", 0) == 0;
    p.note(IssueCode::unsafe_url, p.at(url).begin, p.at(url).end,
           "'" + std::string(name) + "' links to '" + target +
               "': " + (scheme ? "a formula may link to http, https and mailto URLs only" : problem),
           "link to an http(s) page or a mailto: address, or move the link out of the formula");
  };
  if (spec.type == "href") {
    const NodeId url = p.assert_kind(args[0], NodeKind::url, std::string(name) + " needs a URL");
    check_url(url);
    if (name == "\\href") return p.add(NodeKind::href, b, p.at(url).text, p.ord_argument(args[1]));
    return p.add(NodeKind::href, b, p.at(url).text);
  }
  if (spec.type == "html") {
    const std::string value = p.at(p.assert_kind(args[0], NodeKind::raw, std::string(name) + " needs a value")).text;
    p.strict("htmlExtension", "HTML extension " + std::string(name) + " is disabled in strict mode", b, p.end_of_last());
    if (name == "\\htmlData") {
      for (const std::string& pair : split(value, ','))
        if (split(pair, '=').size() != 2)
          fail(IssueCode::invalid_argument, p.at(args[0]).begin, p.at(args[0]).end,
               "\\htmlData needs key=value pairs, got '" + value + "'");
    }
    const NodeId node = p.add(NodeKind::html, b, name, p.ord_argument(args[1]));
    p.at(node).extra = value;
    return node;
  }
  // \includegraphics[key=value,...]{url}
  std::string alt;
  if (!opt_args.empty() && opt_args[0] != kNoNode) {
    const std::string attributes = p.at(p.assert_kind(opt_args[0], NodeKind::raw, "\\includegraphics options")).text;
    for (const std::string& attribute : split(attributes, ',')) {
      const auto key_value = split(attribute, '=');
      if (key_value.size() != 2) continue;
      const std::string key = trim(key_value[0]), value = trim(key_value[1]);
      const auto size_ok = [&] {
        std::size_t i = 0;
        if (i < value.size() && (value[i] == '-' || value[i] == '+')) ++i;
        while (i < value.size() && value[i] == ' ') ++i;
        const std::size_t digits = i;
        while (i < value.size() && std::isdigit(static_cast<unsigned char>(value[i]))) ++i;
        if (i < value.size() && value[i] == '.') {
          ++i;
          while (i < value.size() && std::isdigit(static_cast<unsigned char>(value[i]))) ++i;
        }
        if (i == value.size() && i > digits && value.substr(digits) != ".") return true;  // a number: bp
        const auto unit_at = value.find_first_of("abcdefghijklmnopqrstuvwxyz", digits);
        if (unit_at == std::string::npos || unit_at + 2 > value.size() || !std::islower(static_cast<unsigned char>(value[unit_at + 1])))
          return false;
        return katex::is_unit(value.substr(unit_at, 2)) ? true
                                                        : (fail(IssueCode::invalid_argument, p.at(opt_args[0]).begin, p.at(opt_args[0]).end,
                                                                "invalid unit '" + value.substr(unit_at, 2) + "' in \\includegraphics"),
                                                           false);
      };
      if (key == "alt")
        alt = value;
      else if (key == "width" || key == "height" || key == "totalheight") {
        if (!size_ok())
          fail(IssueCode::invalid_argument, p.at(opt_args[0]).begin, p.at(opt_args[0]).end,
               "invalid size '" + value + "' in \\includegraphics");
      } else {
        fail(IssueCode::invalid_argument, p.at(opt_args[0]).begin, p.at(opt_args[0]).end,
             "invalid key '" + key_value[0] + "' in \\includegraphics", "use alt, width, height or totalheight");
      }
    }
  }
  const NodeId url = p.assert_kind(args[0], NodeKind::url, "\\includegraphics needs a URL");
  check_url(url);
  const NodeId node = p.add(NodeKind::includegraphics, b, p.at(url).text);
  p.at(node).extra = alt;
  return node;
}

}  // namespace np::math
