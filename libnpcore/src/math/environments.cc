// KaTeX's environments (environments/array.js and cd.js): \begin{name}...\end{name}, the arrays
// they parse (rows separated by \\, cells by &), and their errors.
#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "math/parser_impl.h"
#include "np/did_you_mean.h"

namespace np::math {

struct Parser::ArrayOptions {
  bool hskip_before_and_after = false;
  bool add_jot = false;
  std::string cols;                 // column alignments and separators, one character each
  double arraystretch = 0;          // 0: \arraystretch, or 1
  std::string col_separation_type;  // align, alignat, gather, small, CD or ""
  std::optional<bool> auto_tag;     // unset: the environment takes no tags
  bool single_row = false;
  bool empty_single_row = false;
  std::size_t max_num_cols = 0;  // 0: no limit
};

namespace {

// Cells of d-environments (darray, dcases) are in display style.
std::string cell_style(std::string_view env) { return env.substr(0, 1) == "d" ? "display" : "text"; }

std::optional<bool> auto_tag(std::string_view env) {
  if (env.find("ed") != std::string_view::npos) return std::nullopt;
  return env.find('*') == std::string_view::npos;
}

MacroPtr text_definition(Namespace& macros, std::string text) {
  auto m = std::make_unique<MacroDefinition>();
  m->text = std::move(text);
  return macros.own(std::move(m));
}

// \hline and \hdashline at the start of a row (array.js getHLines).
std::uint16_t hlines(Parser& p) {
  std::uint16_t flags = 0;
  p.consume_spaces();
  std::string_view next = p.fetch().text;
  if (next == "\\relax") {  // from \cr
    p.consume();
    p.consume_spaces();
    next = p.fetch().text;
  }
  while (next == "\\hline" || next == "\\hdashline") {
    p.consume();
    flags |= kHline;
    p.consume_spaces();
    next = p.fetch().text;
  }
  return flags;
}

}  // namespace

NodeId Parser::parse_array(const ArrayOptions& opt, std::string_view style, std::uint32_t begin) {
  gullet.begin_group();
  if (!opt.single_row) gullet.macros().set("\\cr", text_definition(gullet.macros(), "\\\\\\relax"));
  double arraystretch = opt.arraystretch;
  if (arraystretch == 0) {
    const auto stretch = gullet.expand_macro_as_text("\\arraystretch");
    if (!stretch) {
      arraystretch = 1;
    } else {
      arraystretch = std::strtod(stretch->c_str(), nullptr);
      if (!(arraystretch > 0))
        fail(IssueCode::invalid_argument, gullet.last(), "invalid \\arraystretch '" + *stretch + "'",
             "define \\arraystretch as a positive number");
    }
  }
  gullet.begin_group();
  std::vector<std::vector<NodeId>> rows(1);
  std::vector<std::uint16_t> row_flags;
  const auto begin_row = [&] {
    if (opt.auto_tag.value_or(false)) gullet.macros().set("\\@eqnsw", text_definition(gullet.macros(), "1"), true);
  };
  const auto end_row = [&] {
    if (!opt.auto_tag.has_value()) return;
    if (gullet.macros().get("\\df@tag")) {
      // A row's \tag: parsed now, as KaTeX does (the tree keeps the rows only).
      subparse({Token{"\\df@tag", gullet.last().begin, gullet.last().end}});
      gullet.macros().set("\\df@tag", nullptr, true);
    }
  };
  begin_row();
  row_flags.push_back(hlines(*this));
  for (;;) {
    std::vector<NodeId> cell_body = parse_expression(false, opt.single_row ? "\\end" : "\\\\");
    gullet.end_group();
    gullet.begin_group();
    const std::uint32_t cell_begin = cell_body.empty() ? end_of_last() : at(cell_body.front()).begin;
    NodeId cell = ordgroup(std::move(cell_body), cell_begin, mode);
    if (!style.empty()) cell = add(NodeKind::styling, cell_begin, style, {cell});
    rows.back().push_back(cell);
    const Token next = fetch();
    if (next.text == "&") {
      if (opt.max_num_cols && rows.back().size() == opt.max_num_cols) {
        if (opt.single_row || !opt.col_separation_type.empty())
          fail(IssueCode::misplaced_alignment, next,
               "too many '&' in this row: the environment has " + std::to_string(opt.max_num_cols) + " column" +
                   (opt.max_num_cols == 1 ? "" : "s"),
               "remove the '&', or use an environment with more columns");
        strict("textEnv", "too few columns specified in the {array} column argument", next.begin, next.end);
      }
      consume();
    } else if (next.text == "\\end") {
      end_row();
      const Node& c = at(cell);
      // A trailing \\ leaves an empty last row, which is dropped.
      if (rows.back().size() == 1 && c.kind == NodeKind::styling && at(c.children[0]).children.empty() &&
          (rows.size() > 1 || !opt.empty_single_row))
        rows.pop_back();
      break;
    } else if (next.text == "\\\\") {
      consume();
      if (gullet.future().text != " ") parse_size_group(true);
      end_row();
      row_flags.push_back(hlines(*this));
      rows.emplace_back();
      begin_row();
    } else {
      if (next.text == "EOF")
        fail(IssueCode::environment_mismatch, begin, begin, "the environment is not closed: '\\end' is missing",
             "add the \\end{...} that closes it");
      if (next.text == "}" || next.text == "\\endgroup")
        fail(IssueCode::braces, next, "'" + std::string(next.text) + "' inside an environment closes a group it did not open",
             "remove it, or add the '{' it closes");
      if (next.text == "\\right")
        fail(IssueCode::left_right, next, "'\\right' without a matching '\\left' in this cell", "open it with \\left in the same cell");
      fail(IssueCode::syntax, next, "expected '&', '\\\\', '\\cr' or '\\end', found '" + std::string(next.text) + "'");
    }
  }
  gullet.end_group();
  gullet.end_group();
  std::vector<NodeId> row_nodes;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const std::uint32_t row_begin = rows[i].empty() ? begin : at(rows[i].front()).begin;
    const NodeId row = add(NodeKind::row, row_begin, {}, std::move(rows[i]));
    if (i < row_flags.size()) at(row).flags |= row_flags[i];
    row_nodes.push_back(row);
  }
  const NodeId node = add(NodeKind::array, begin, opt.cols, std::move(row_nodes));
  at(node).style = opt.col_separation_type;
  return node;
}

NodeId Parser::handle_environment(std::string_view env_name, const Token& name_token) {
  const katex::KatexFunction* env = katex::find_environment(env_name);
  if (!env) {
    const std::string match = closest_environment(env_name);
    fail(IssueCode::unknown_environment, name_token, "unknown environment '" + std::string(env_name) + "'",
         match.empty() ? "KaTeX has matrix, pmatrix, bmatrix, array, aligned, gathered, cases, CD..." : did_you_mean(match));
  }
  // An environment level costs more stack than a group: it counts twice against the limit.
  const DepthGuard guard(*this, name_token);
  const std::string env_str(env_name);
  const std::uint32_t begin = name_token.begin;
  const std::string command = "\\begin{" + env_str + "}";  // outlives the reading of the arguments, which views it
  Arguments a = parse_arguments(command, *env);
  const auto display_only = [&] {
    if (!options.display)
      fail(IssueCode::display_only, name_token, "{" + env_str + "} can be used only in display math",
           env_str.find("align") == 0 ? "use $$...$$ (or a ```math block), or {aligned} inside inline math"
                                      : "use $$...$$ or a ```math block");
  };
  NodeId result;
  if (env_str == "array" || env_str == "darray" || env_str == "subarray") {
    result = column_spec_array(env_str, a.args[0], begin);
  } else if (env_str.find("matrix") != std::string::npos) {
    result = matrix_environment(env_str, begin);
  } else if (env_str.find("cases") != std::string::npos) {
    ArrayOptions opt;
    opt.arraystretch = 1.2;
    opt.cols = "ll";
    const NodeId array = parse_array(opt, cell_style(env_str), begin);
    const bool right = env_str.find('r') != std::string::npos;
    result = add(NodeKind::leftright, begin, right ? "." : "\\{", {array});
    at(result).extra = right ? "\\}" : ".";
  } else if (env_str.find("align") == 0 || env_str == "split") {
    if (env_str.find("ed") == std::string::npos) display_only();
    result = aligned_environment(env_str, a.args.empty() ? kNoNode : a.args[0], begin);
  } else if (env_str.find("gather") == 0) {
    if (env_str != "gathered") display_only();
    ArrayOptions opt;
    opt.cols = "c";
    opt.add_jot = true;
    opt.col_separation_type = "gather";
    opt.auto_tag = auto_tag(env_str);
    opt.empty_single_row = true;
    result = parse_array(opt, "display", begin);
  } else if (env_str.find("equation") == 0) {
    display_only();
    ArrayOptions opt;
    opt.auto_tag = auto_tag(env_str);
    opt.empty_single_row = true;
    opt.single_row = true;
    opt.max_num_cols = 1;
    result = parse_array(opt, "display", begin);
  } else if (env_str == "CD") {
    display_only();
    result = parse_cd(begin);
  } else {
    fail(IssueCode::unknown_environment, name_token, "no handler for environment '" + env_str + "'");
  }
  // The array records its environment's name (cases, pmatrix...) for later checks and writers.
  const NodeId array = at(result).kind == NodeKind::leftright ? at(result).children[0] : result;
  if (at(array).kind == NodeKind::array) at(array).extra = env_str;
  expect("\\end", false, &name_token);
  const NodeId end = assert_kind(parse_function(), NodeKind::environment, "\\begin needs an \\end");
  if (at(end).text != env_str)
    fail(IssueCode::environment_mismatch, at(end).begin, at(end).end, "\\begin{" + env_str + "} is closed by \\end{" + at(end).text + "}",
         "close it with \\end{" + env_str + "}");
  if (at(result).begin > begin) at(result).begin = begin;
  return result;
}

// array, darray and subarray take their columns as an argument: l, c, r, and | or : for rules.
NodeId Parser::column_spec_array(const std::string& env, NodeId spec, std::uint32_t begin) {
  const bool sub = env == "subarray";
  std::vector<NodeId> columns =
      is_symbol(at(spec).kind) ? std::vector<NodeId>{spec} : at(assert_kind(spec, NodeKind::ordgroup, "a column spec")).children;
  ArrayOptions opt;
  for (const NodeId c : columns) {
    const Node& n = at(c);
    if (!is_symbol(n.kind))
      fail(IssueCode::array_column_spec, n.begin, n.end,
           "the column spec of {" + env + "} may only contain " + (sub ? "l or c" : "l, c, r, | and :"),
           "KaTeX has no p{}, @{} or *{}{} columns");
    const std::string allowed = sub ? "lc" : "lcr|:";
    if (n.text.size() != 1 || allowed.find(n.text) == std::string::npos)
      fail(IssueCode::array_column_spec, n.begin, n.end, "unknown column alignment '" + n.text + "' in {" + env + "}",
           sub ? "{subarray} takes one column, l or c" : "use l, c or r for columns, | or : for rules");
    opt.cols += n.text;
  }
  if (sub) {
    if (opt.cols.size() > 1)
      fail(IssueCode::array_column_spec, at(spec).begin, at(spec).end, "{subarray} can contain only one column", "write {c} or {l}");
    opt.arraystretch = 0.5;
    const NodeId array = parse_array(opt, "script", begin);
    if (!at(array).children.empty() && at(at(array).children[0]).children.size() > 1)
      fail(IssueCode::misplaced_alignment, at(array).begin, at(array).end, "{subarray} can contain only one column", "remove the '&'");
    return array;
  }
  opt.hskip_before_and_after = true;
  opt.max_num_cols = opt.cols.size();
  return parse_array(opt, cell_style(env), begin);
}

// matrix, pmatrix, bmatrix, Bmatrix, vmatrix, Vmatrix (and starred: [l|c|r] alignment), smallmatrix.
NodeId Parser::matrix_environment(const std::string& env, std::uint32_t begin) {
  if (env == "smallmatrix") {
    ArrayOptions opt;
    opt.arraystretch = 0.5;
    const NodeId array = parse_array(opt, "script", begin);
    at(array).style = "small";
    return array;
  }
  std::string align = "c";
  if (env.back() == '*') {
    consume_spaces();
    if (fetch().text == "[") {
      consume();
      consume_spaces();
      const Token a = fetch();
      if (a.text != "l" && a.text != "c" && a.text != "r")
        fail(IssueCode::array_column_spec, a, "expected l, c or r as the alignment of {" + env + "}, found '" + std::string(a.text) + "'");
      align = a.text;
      consume();
      consume_spaces();
      expect("]");
      consume();
    }
  }
  ArrayOptions opt;
  const NodeId array = parse_array(opt, cell_style(env), begin);
  std::size_t columns = 0;
  for (const NodeId row : at(array).children) columns = std::max(columns, at(row).children.size());
  at(array).text = std::string(columns, align[0]);
  const std::string base = env.back() == '*' ? env.substr(0, env.size() - 1) : env;
  std::string left, right;
  if (base == "pmatrix")
    left = "(", right = ")";
  else if (base == "bmatrix")
    left = "[", right = "]";
  else if (base == "Bmatrix")
    left = "\\{", right = "\\}";
  else if (base == "vmatrix")
    left = right = "|";
  else if (base == "Vmatrix")
    left = right = "\\Vert";
  if (left.empty()) return array;
  const NodeId node = add(NodeKind::leftright, begin, left, {array});
  at(node).extra = right;
  return node;
}

// align, align*, aligned, split, alignat, alignat*, alignedat (array.js alignedHandler).
NodeId Parser::aligned_environment(const std::string& env, NodeId count_arg, std::uint32_t begin) {
  const bool split = env == "split";
  ArrayOptions opt;
  opt.add_jot = true;
  if (!split) opt.auto_tag = auto_tag(env);
  opt.empty_single_row = true;
  opt.col_separation_type = env.find("at") != std::string::npos ? "alignat" : "align";
  opt.max_num_cols = split ? 2 : 0;
  const NodeId array = parse_array(opt, "display", begin);
  double num_maths = 0, num_cols = 0;
  if (count_arg != kNoNode && at(count_arg).kind == NodeKind::ordgroup) {
    std::string digits;
    for (const NodeId c : at(count_arg).children)
      digits += at(assert_kind(c, NodeKind::textord, "the number of columns of {" + env + "}")).text;
    const bool number = !digits.empty() && std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
    num_maths = number ? std::strtod(digits.c_str(), nullptr) : 0;
    if (num_maths < 1)
      fail(IssueCode::invalid_argument, at(count_arg).begin, at(count_arg).end,
           "the number of columns of {" + env + "} must be a positive integer, not '" + digits + "'",
           "write \\begin{" + env + "}{2} for two pairs of columns");
    num_cols = num_maths * 2;
  }
  const bool aligned = !(num_cols != 0 && !std::isnan(num_cols));
  // Copies: ordgroup() below adds nodes, which may move the node table.
  const std::vector<NodeId> rows = at(array).children;
  for (const NodeId row : rows) {
    const std::vector<NodeId> cells = at(row).children;
    for (std::size_t i = 1; i < cells.size(); i += 2) {
      const NodeId styling = assert_kind(cells[i], NodeKind::styling, "a cell");
      const NodeId group = assert_kind(at(styling).children[0], NodeKind::ordgroup, "a cell");
      // amsmath puts an empty group before the left-aligned cells (spacing of a relation).
      const NodeId empty = ordgroup({}, at(group).begin, Mode::math);
      at(group).children.insert(at(group).children.begin(), empty);
    }
    if (!aligned) {
      const double cur_maths = static_cast<double>(cells.size()) / 2;
      if (num_maths < cur_maths)
        fail(IssueCode::misplaced_alignment, at(row).begin, at(row).end,
             "too many columns in a row of {" + env + "}: expected " + std::to_string(static_cast<long long>(num_maths)) + " pairs, got " +
                 std::to_string(cells.size()) + " cells",
             "raise the number in \\begin{" + env + "}{n}, or remove an '&'");
    } else if (num_cols < static_cast<double>(cells.size())) {
      num_cols = static_cast<double>(cells.size());
    }
  }
  std::string cols;
  for (int i = 0; i < static_cast<int>(num_cols); ++i) cols += i % 2 == 1 ? 'l' : 'r';
  at(array).text = cols;
  at(array).style = aligned ? "align" : "alignat";
  return array;
}

// The {CD} environment of amscd: rows of cells and @-arrows (cd.js parseCD).
NodeId Parser::parse_cd(std::uint32_t begin) {
  std::vector<std::vector<NodeId>> parsed_rows;
  gullet.begin_group();
  gullet.macros().set("\\cr", text_definition(gullet.macros(), "\\\\\\relax"));
  gullet.begin_group();
  for (;;) {
    parsed_rows.push_back(parse_expression(false, "\\\\"));
    gullet.end_group();
    gullet.begin_group();
    const Token next = fetch();
    if (next.text == "&" || next.text == "\\\\") {
      consume();
    } else if (next.text == "\\end") {
      if (parsed_rows.back().empty()) parsed_rows.pop_back();
      break;
    } else {
      if (next.text == "EOF")
        fail(IssueCode::environment_mismatch, begin, begin, "{CD} is not closed: '\\end{CD}' is missing", "add \\end{CD}");
      fail(IssueCode::syntax, next, "expected '\\\\', '\\cr' or '\\end' in {CD}, found '" + std::string(next.text) + "'");
    }
  }
  std::vector<NodeId> rows;
  std::vector<NodeId> row;
  const auto new_cell = [&](std::uint32_t at_offset) {
    const NodeId cell = add(NodeKind::styling, at_offset, "display");
    at(cell).mode = Mode::math;
    return cell;
  };
  for (std::size_t i = 0; i < parsed_rows.size(); ++i) {
    const std::vector<NodeId>& nodes = parsed_rows[i];
    NodeId cell = new_cell(nodes.empty() ? begin : at(nodes.front()).begin);
    for (std::size_t j = 0; j < nodes.size(); ++j) {
      const Node& n = at(nodes[j]);
      if (!(n.kind == NodeKind::textord && n.text == "@")) {
        at(cell).children.push_back(nodes[j]);
        continue;
      }
      row.push_back(cell);
      ++j;
      if (j >= nodes.size() || !is_symbol(at(nodes[j]).kind))
        fail(IssueCode::syntax, n.begin, n.end, "'@' in {CD} must be followed by one of < > A V = | .");
      const std::string arrow = at(nodes[j]).text;
      const std::uint32_t arrow_begin = n.begin;
      std::vector<NodeId> labels[2];
      if (arrow == "=" || arrow == "|" || arrow == ".") {
      } else if (arrow == "<" || arrow == ">" || arrow == "A" || arrow == "V") {
        for (int label = 0; label < 2; ++label) {
          bool in_label = true;
          for (std::size_t k = j + 1; k < nodes.size(); ++k) {
            const Node& m = at(nodes[k]);
            if ((m.kind == NodeKind::mathord || m.kind == NodeKind::atom) && m.text == arrow) {
              in_label = false;
              j = k;
              break;
            }
            if (m.kind == NodeKind::textord && m.text == "@")
              fail(IssueCode::syntax, m.begin, m.end, "missing a '" + arrow + "' to complete a {CD} arrow",
                   "write @" + arrow + "label" + arrow + "...");
            labels[label].push_back(nodes[k]);
          }
          if (in_label) fail(IssueCode::syntax, at(nodes[j]).begin, at(nodes[j]).end, "missing a '" + arrow + "' to complete a {CD} arrow");
        }
      } else {
        fail(IssueCode::syntax, at(nodes[j]).begin, at(nodes[j]).end,
             "expected one of < > A V = | . after '@' in {CD}, found '" + arrow + "'");
      }
      const NodeId arrow_node = cd_arrow(arrow, ordgroup(std::move(labels[0]), arrow_begin, Mode::math),
                                         ordgroup(std::move(labels[1]), arrow_begin, Mode::math), arrow_begin);
      const NodeId wrapped = add(NodeKind::styling, arrow_begin, "display", {arrow_node});
      row.push_back(wrapped);
      cell = new_cell(arrow_begin);
    }
    if (i % 2 == 0)
      row.push_back(cell);
    else if (!row.empty())
      row.erase(row.begin());  // odd rows: vertical arrows; the empty first cell goes
    rows.push_back(add(NodeKind::row, begin, {}, std::move(row)));
    row.clear();
  }
  rows.push_back(add(NodeKind::row, begin));  // KaTeX leaves an empty last row
  gullet.end_group();
  gullet.end_group();
  // The column spec is read from rows[0] before rows is moved (arguments have no set order).
  std::string columns(rows.empty() ? 0 : at(rows[0]).children.size(), 'c');
  const NodeId array = add(NodeKind::array, begin, std::move(columns), std::move(rows));
  at(array).style = "CD";
  return array;
}

NodeId Parser::cd_arrow(const std::string& arrow, NodeId label0, NodeId label1, std::uint32_t begin) {
  if (arrow == ">" || arrow == "<")
    return call_function(arrow == ">" ? "\\\\cdrightarrow" : "\\\\cdleftarrow", {label0}, {label1}, nullptr, {});
  if (arrow == "A" || arrow == "V") {
    const NodeId left = call_function("\\\\cdleft", {label0}, {}, nullptr, {});
    const NodeId bare = add(NodeKind::atom, begin, arrow == "A" ? "\\uparrow" : "\\downarrow");
    at(bare).group = SymbolGroup::rel;
    const NodeId sized = call_function("\\Big", {bare}, {}, nullptr, {});
    const NodeId right = call_function("\\\\cdright", {label1}, {}, nullptr, {});
    const NodeId group = ordgroup({left, sized, right}, begin, Mode::math);
    return call_function("\\\\cdparent", {group}, {}, nullptr, {});
  }
  if (arrow == "=") return call_function("\\\\cdlongequal", {}, {}, nullptr, {});
  if (arrow == "|") {
    const NodeId vert = add(NodeKind::textord, begin, "\\Vert");
    return call_function("\\Big", {vert}, {}, nullptr, {});
  }
  return add(NodeKind::textord, begin, " ");
}

std::string Parser::closest_environment(std::string_view name) const { return closest_match(name, katex::environment_names()); }

}  // namespace np::math
