// check_formula: parse() plus the warnings about formulas KaTeX renders but renders wrong, or
// that break the LaTeX export. These look at the finished tree, so that a script, a font or an
// environment is recognised as KaTeX parsed it (through macros and braces).
#include <algorithm>
#include <tuple>

#include "math/parser_impl.h"

namespace np::math {

namespace {

bool is_digit_text(std::string_view s) { return s.size() == 1 && s[0] >= '0' && s[0] <= '9'; }

struct TreeChecker {
  const Tree& tree;
  std::string_view tex;
  std::vector<Issue>& out;

  void warn(IssueCode code, std::uint32_t begin, std::uint32_t end, std::string message, std::string hint) {
    out.push_back(Issue{code, begin, std::max(begin, end), std::move(message), std::move(hint)});
  }
  std::string_view source(const Node& n) const {
    return n.begin < n.end && n.end <= tex.size() ? tex.substr(n.begin, n.end - n.begin) : std::string_view();
  }

  void walk_list(const std::vector<NodeId>& list) {
    check_dots(list);
    check_unbraced_scripts(list);
    for (const NodeId id : list)
      if (id != kNoNode) walk(id);
  }

  void walk(NodeId id) {
    const Node& n = tree[id];
    switch (n.kind) {
      case NodeKind::font:
        check_blackboard(n);
        break;
      case NodeKind::array:
        check_cases(n);
        break;
      case NodeKind::leftright:
        check_left_right(n);
        break;
      default:
        break;
    }
    // Lists of siblings (bodies) are checked as lists; fixed slots one by one.
    const bool list = n.kind == NodeKind::ordgroup || n.kind == NodeKind::leftright || n.kind == NodeKind::styling ||
                      n.kind == NodeKind::sizing || n.kind == NodeKind::color || n.kind == NodeKind::text || n.kind == NodeKind::mclass ||
                      n.kind == NodeKind::row || n.kind == NodeKind::href || n.kind == NodeKind::op || n.kind == NodeKind::operatorname ||
                      n.kind == NodeKind::phantom || n.kind == NodeKind::hbox || n.kind == NodeKind::pmb || n.kind == NodeKind::html;
    if (list) {
      walk_list(n.children);
      return;
    }
    for (const NodeId c : n.children)
      if (c != kNoNode) walk(c);
  }

  // ... in math: three periods where LaTeX and KaTeX have \dots.
  void check_dots(const std::vector<NodeId>& list) {
    for (std::size_t i = 0; i + 2 < list.size(); ++i) {
      const auto dot = [&](std::size_t k) {
        const NodeId id = list[k];
        return id != kNoNode && is_symbol(tree[id].kind) && tree[id].mode == Mode::math && tree[id].text == ".";
      };
      if (!dot(i) || !dot(i + 1) || !dot(i + 2)) continue;
      std::size_t j = i + 3;
      while (j < list.size() && dot(j)) ++j;
      warn(IssueCode::ascii_dots, tree[list[i]].begin, tree[list[j - 1]].end, "'...' in math: three periods, spaced as punctuation",
           "write \\dots (or \\ldots, \\cdots between operators)");
      i = j - 1;
    }
  }

  // 10^10 is 10¹0: a script without braces takes one character.
  void check_unbraced_scripts(const std::vector<NodeId>& list) {
    for (std::size_t i = 0; i + 1 < list.size(); ++i) {
      if (list[i] == kNoNode || tree[list[i]].kind != NodeKind::supsub) continue;
      const Node& s = tree[list[i]];
      const Node& next = tree[list[i + 1]];
      if (next.kind != NodeKind::textord || !is_digit_text(next.text)) continue;
      for (const int slot : {1, 2}) {
        const NodeId script = s.children[static_cast<std::size_t>(slot)];
        if (script == kNoNode) continue;
        const Node& sc = tree[script];
        // Only a digit written right before the next digit ("^10"), not "^1 0" or "^{1}0".
        if (sc.kind != NodeKind::textord || !is_digit_text(sc.text) || sc.end != next.begin || sc.end == sc.begin) continue;
        const char op = slot == 1 ? '^' : '_';
        std::size_t j = i + 1;
        std::string digits = sc.text;
        while (j < list.size() && tree[list[j]].kind == NodeKind::textord && is_digit_text(tree[list[j]].text) &&
               tree[list[j]].begin == tree[list[j - 1]].end) {
          digits += tree[list[j]].text;
          ++j;
        }
        warn(IssueCode::unbraced_exponent, sc.begin, tree[list[j - 1]].end,
             std::string("'") + op + digits + "' puts only '" + sc.text + "' in the " + (slot == 1 ? "superscript" : "subscript"),
             std::string("write ") + op + "{" + digits + "}");
      }
    }
  }

  // \mathbb{1}: KaTeX's blackboard font has no digits (it shows a plain 1).
  void check_blackboard(const Node& n) {
    if (n.text != "mathbb" || n.children.empty() || n.children[0] == kNoNode) return;
    const Node& body = tree[n.children[0]];
    bool digit = body.kind == NodeKind::textord && is_digit_text(body.text);
    if (body.kind == NodeKind::ordgroup)
      for (const NodeId c : body.children)
        digit = digit || (c != kNoNode && tree[c].kind == NodeKind::textord && is_digit_text(tree[c].text));
    if (digit)
      warn(IssueCode::blackboard_digit, n.begin, n.end,
           "'" + std::string(source(n)) + "': KaTeX has no blackboard-bold digits and shows a plain one",
           "write \\mathbf{1} for an indicator (or define \\ind in np.yaml), or \\mathbb{I}");
  }

  // cases, dcases, rcases: a value and its condition; a third column is a stray '&'.
  void check_cases(const Node& n) {
    if (n.extra.find("cases") == std::string::npos) return;
    for (const NodeId row : n.children) {
      const Node& r = tree[row];
      if (r.children.size() <= 2) continue;
      const Node& third = tree[r.children[2]];
      warn(IssueCode::cases_columns, third.begin, std::max(third.end, third.begin + 1),
           "{" + n.extra + "} row with " + std::to_string(r.children.size()) + " columns: cases have a value and a condition",
           "remove the extra '&' (write \\text{if } x > 0 in the second column)");
    }
  }

  // \left( a \\ b \right): one delimiter pair around a line break.
  void check_left_right(const Node& n) {
    if (n.children.size() == 1 && tree[n.children[0]].kind == NodeKind::array) return;  // matrix, cases
    const auto has_break = [&](const auto& self, NodeId id) -> const Node* {
      if (id == kNoNode) return nullptr;
      const Node& c = tree[id];
      if (c.kind == NodeKind::cr) return &c;
      if (c.kind == NodeKind::array || c.kind == NodeKind::leftright) return nullptr;
      for (const NodeId k : c.children)
        if (const Node* found = self(self, k)) return found;
      return nullptr;
    };
    for (const NodeId c : n.children) {
      if (const Node* cr = has_break(has_break, c)) {
        warn(IssueCode::left_right_linebreak, cr->begin, cr->end,
             "'\\\\' inside \\left" + n.text + " ... \\right" + n.extra + ": the delimiters cannot span lines",
             "close with \\right. before the \\\\ and reopen with \\left. after it");
        return;
      }
    }
  }
};

}  // namespace

std::vector<Issue> check_formula(std::string_view tex, const ParseOptions& options, ParseWorkspace* workspace) {
  ParseResult result = parse(tex, options, workspace);
  std::vector<Issue> issues;
  if (result.error) {
    // KaTeX stops here: the error, and the policy errors before it (warnings would be noise).
    issues.push_back(std::move(*result.error));
    for (Issue& i : result.issues)
      if (is_error(i.code)) issues.push_back(std::move(i));
  } else {
    issues = std::move(result.issues);
    TreeChecker checker{result.tree, tex, issues};
    checker.walk_list(result.tree.body);
    for (const std::uint32_t at : result.comments)
      issues.push_back(Issue{IssueCode::percent_comment, at, at + 1,
                             "'%' starts a TeX comment: the rest of the line is not part of the formula", "write \\% for a percent sign"});
  }
  if (workspace) workspace->buffers().nodes = std::move(result.tree.nodes);  // for the next parse
  std::sort(issues.begin(), issues.end(),
            [](const Issue& a, const Issue& b) { return std::tie(a.begin, a.code) < std::tie(b.begin, b.code); });
  issues.erase(std::unique(issues.begin(), issues.end(),
                           [](const Issue& a, const Issue& b) { return a.begin == b.begin && a.code == b.code && a.message == b.message; }),
               issues.end());
  return issues;
}

std::string_view to_string(IssueCode code) {
  switch (code) {
    case IssueCode::undefined_command:
      return "undefined_command";
    case IssueCode::braces:
      return "braces";
    case IssueCode::missing_argument:
      return "missing_argument";
    case IssueCode::double_script:
      return "double_script";
    case IssueCode::unknown_environment:
      return "unknown_environment";
    case IssueCode::environment_mismatch:
      return "environment_mismatch";
    case IssueCode::array_column_spec:
      return "array_column_spec";
    case IssueCode::misplaced_alignment:
      return "misplaced_alignment";
    case IssueCode::display_only:
      return "display_only";
    case IssueCode::left_right:
      return "left_right";
    case IssueCode::invalid_delimiter:
      return "invalid_delimiter";
    case IssueCode::mode:
      return "mode";
    case IssueCode::label_ref:
      return "label_ref";
    case IssueCode::invalid_argument:
      return "invalid_argument";
    case IssueCode::macro:
      return "macro";
    case IssueCode::syntax:
      return "syntax";
    case IssueCode::unsafe_command:
      return "unsafe_command";
    case IssueCode::unsafe_url:
      return "unsafe_url";
    case IssueCode::blackboard_digit:
      return "blackboard_digit";
    case IssueCode::cases_columns:
      return "cases_columns";
    case IssueCode::unicode_text:
      return "unicode_text";
    case IssueCode::ascii_dots:
      return "ascii_dots";
    case IssueCode::unbraced_exponent:
      return "unbraced_exponent";
    case IssueCode::left_right_linebreak:
      return "left_right_linebreak";
    case IssueCode::latex_incompatible:
      return "latex_incompatible";
    case IssueCode::percent_comment:
      return "percent_comment";
    case IssueCode::display_interrupted:
      return "display_interrupted";
    case IssueCode::table_pipe:
      return "table_pipe";
    case IssueCode::unmatched_dollar:
      return "unmatched_dollar";
    case IssueCode::dollar_ambiguous:
      return "dollar_ambiguous";
  }
  return "unknown";
}

}  // namespace np::math
