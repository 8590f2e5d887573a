// The TeX math parser (src/math/): the tree it builds (for the MathML writer), where its
// findings point, np.yaml's macros, KaTeX's limits, and that bad input ends in an error, not a
// crash. Agreement with KaTeX on hundreds of formulas: math_corpus_test.cc.
#include <string>
#include <vector>

#include "math/katex_table.h"
#include "math/parser_impl.h"
#include "np/math/check.h"
#include "np/math/parser.h"
#include "np/rule.h"
#include "test_support.h"

namespace np::test {
namespace {

using math::NodeKind;

math::ParseResult parse(std::string_view tex, bool display = false, const math::MacroTable* macros = nullptr) {
  math::ParseOptions options;
  options.display = display;
  options.macros = macros;
  return math::parse(tex, options);
}

// The tree as a compact string: kind(children...) with symbol texts, for exact comparisons.
std::string shape(const math::Tree& tree, math::NodeId id) {
  if (id == math::kNoNode) return "_";
  const math::Node& n = tree[id];
  std::string out(to_string(n.kind));
  if (!n.text.empty()) out += ":" + n.text;
  if (!n.children.empty()) {
    out += "(";
    for (std::size_t i = 0; i < n.children.size(); ++i) out += (i ? " " : "") + shape(tree, n.children[i]);
    out += ")";
  }
  return out;
}

std::string shape(const math::ParseResult& r) {
  if (r.error) return "error: " + r.error->message;
  std::string out;
  for (std::size_t i = 0; i < r.tree.body.size(); ++i) out += (i ? " " : "") + shape(r.tree, r.tree.body[i]);
  return out;
}

TEST(MathTable, IsGeneratedFromKatex) {
  EXPECT_EQ(math::katex::version(), "0.19.1");
  ASSERT_NE(math::katex::find_function("\\frac"), nullptr);
  EXPECT_EQ(math::katex::find_function("\\frac")->num_args, 2);
  EXPECT_EQ(math::katex::find_function("\\sqrt")->num_optional, 1);
  EXPECT_EQ(math::katex::find_function("\\textcolor")->arg_types, "co");
  EXPECT_TRUE(math::katex::find_function("\\over")->has(math::katex::kInfix));
  ASSERT_NE(math::katex::find_symbol(math::Mode::math, "\\le"), nullptr);
  EXPECT_EQ(math::katex::find_symbol(math::Mode::math, "\\le")->group, math::SymbolGroup::rel);
  EXPECT_EQ(math::katex::find_symbol(math::Mode::text, "\\le"), nullptr);
  EXPECT_NE(math::katex::find_environment("pmatrix"), nullptr);
  EXPECT_EQ(math::katex::find_environment("eqnarray"), nullptr);
  EXPECT_TRUE(math::katex::is_delimiter("\\langle"));
  EXPECT_FALSE(math::katex::is_delimiter("{"));
  EXPECT_EQ(math::katex::command_for_character("\xCE\xB1"), "\\alpha");  // α
}

// KaTeX implements a few macros in JavaScript; np implements each by name. A newer KaTeX with a
// new one fails here instead of silently expanding it to nothing.
TEST(MathTable, EveryCodeMacroIsImplemented) {
  for (const auto& m : math::katex::macros())
    if (m.kind == math::katex::MacroKind::function) {
      EXPECT_TRUE(math::is_implemented_builtin(m.name)) << m.name;
    }
}

TEST(MathParser, BuildsKatexTree) {
  EXPECT_EQ(shape(parse("x^2_i")), "supsub(mathord:x textord:2 mathord:i)");
  EXPECT_EQ(shape(parse("\\frac{a}{b}")), "genfrac(ordgroup(mathord:a) ordgroup(mathord:b))");
  EXPECT_EQ(shape(parse("a \\over b")), "genfrac(ordgroup(mathord:a) ordgroup(mathord:b))");
  EXPECT_EQ(shape(parse("\\sqrt[3]{x}")), "sqrt(ordgroup(mathord:x) ordgroup(textord:3))");
  EXPECT_EQ(shape(parse("\\left( x \\middle| y \\right]")), "leftright:((mathord:x middle:| mathord:y)");
  EXPECT_EQ(shape(parse("\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}")),
            "leftright:((array:cc(row(styling:text(ordgroup(mathord:a)) styling:text(ordgroup(mathord:b))) "
            "row(styling:text(ordgroup(mathord:c)) styling:text(ordgroup(mathord:d)))))");
  EXPECT_EQ(shape(parse("\\text{a b}")), "text:\\text(textord:a spacing:  textord:b)");
  EXPECT_EQ(shape(parse("\\mathbb{R}")), "font:mathbb(mathord:R)");
  EXPECT_EQ(shape(parse("\\hat{x}")), "accent:\\hat(mathord:x)");
  EXPECT_EQ(shape(parse("\\operatorname{tr} A")), "operatorname(mathord:t mathord:r) mathord:A");
  EXPECT_EQ(shape(parse("a + b = c")), "mathord:a atom:+ mathord:b atom:= mathord:c");
  EXPECT_EQ(shape(parse("f'")), "supsub(mathord:f ordgroup(textord:\\prime) _)");
  EXPECT_EQ(shape(parse("\\sum_{i}")), "supsub(op:\\sum _ ordgroup(mathord:i))");
  EXPECT_EQ(shape(parse("x²")), "supsub(mathord:x ordgroup(textord:2) _)");
  // A group's range is its source: the MathML writer and the checks report from it.
  const auto r = parse("a + \\frac{b}{c}");
  ASSERT_FALSE(r.error);
  const math::Node& frac = r.tree[r.tree.body[2]];
  EXPECT_EQ(frac.begin, 4u);
  EXPECT_EQ(frac.end, 15u);
  EXPECT_EQ(r.tree[r.tree.body[1]].group, math::SymbolGroup::bin);
}

// What KaTeX 0.19 changed in its parser, as np's tree shows it.
TEST(MathParser, FollowsKatex019) {
  // \relax is skipped before a script's argument, and takes no script itself.
  EXPECT_EQ(shape(parse("x_\\relax 2")), "supsub(mathord:x _ textord:2)");
  EXPECT_EQ(shape(parse("\\relax^2")), "supsub(_ textord:2 _)");
  EXPECT_EQ(shape(parse("\\sqrt\\relax")), "error: '\\relax' as the argument of '\\sqrt': KaTeX cannot render it");
  // A group of one delimiter after \bigl.
  EXPECT_EQ(shape(parse("\\bigl{(}")), shape(parse("\\bigl(")));
  EXPECT_EQ(shape(parse("\\bigl{x}")).rfind("error: invalid delimiter 'x'", 0), 0u);
  // \int may be an argument; \rule and \sout may stand in text.
  EXPECT_FALSE(parse("\\mathop \\int").error);
  EXPECT_FALSE(parse("\\text{a \\rule{1em}{1pt} \\sout{b} \\vdots}").error);
  // Colours with an alpha channel; {alignat} needs a positive number of columns.
  EXPECT_FALSE(parse("\\color{#f00a} x \\color{#ff000080} y").error);
  EXPECT_TRUE(parse("\\begin{alignedat}{0} a \\end{alignedat}").error);
  // KaTeX has no bold typewriter font.
  EXPECT_EQ(shape(parse("\\texttt{\\textbf{a}}")), "error: KaTeX has no bold typewriter font: it cannot render 'a' here");
  EXPECT_FALSE(parse("\\texttt{\\textbf{\\bf a}}").error);
}

TEST(MathParser, ReportsTheOffendingToken) {
  const auto at = [](std::string_view tex, bool display = false) {
    const auto r = parse(tex, display);
    EXPECT_TRUE(r.error) << tex;
    if (!r.error) return std::string();
    return std::string(rule_for(r.error->code).id) + " " + std::string(tex.substr(r.error->begin, r.error->end - r.error->begin));
  };
  EXPECT_EQ(at("a + \\frak{g} + \\alpah"), "math-undefined-command \\alpah");
  EXPECT_EQ(at("\\frac{a}{b"), "math-braces {");  // the brace that is not closed
  EXPECT_EQ(at("x^{2}}"), "math-braces }");
  EXPECT_EQ(at("\\frac{a}"), "math-missing-argument \\frac");
  EXPECT_EQ(at("x^a^b"), "math-double-script ^");
  EXPECT_EQ(at("\\left( x"), "math-left-right \\left");
  EXPECT_EQ(at("x \\right)"), "math-left-right \\right");
  EXPECT_EQ(at("\\left{ x \\right\\}"), "math-invalid-delimiter {");
  EXPECT_EQ(at("\\begin{foo} x \\end{foo}"), "math-unknown-environment {foo}");
  EXPECT_EQ(at("\\begin{matrix} x \\end{pmatrix}"), "math-environment-mismatch \\end{pmatrix}");
  EXPECT_EQ(at("\\begin{align} x \\end{align}"), "math-display-only {align}");
  EXPECT_EQ(at("\\text{a^b}"), "math-mode ^");
  EXPECT_EQ(at("a & b"), "math-misplaced-alignment &");
  EXPECT_EQ(at("\\begin{array}{cx} a \\end{array}"), "math-array-column-spec x");
  EXPECT_EQ(at("x \\label{a}"), "math-label-ref \\label");
  EXPECT_EQ(at("\\input{a}"), "math-unsafe-command \\input");
}

TEST(MathParser, HintsTheClosestName) {
  const auto r = parse("\\alpah");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->hint, "did you mean '\\alpha'?");
  EXPECT_EQ(parse("\\begin{pmatrx} a \\end{pmatrx}").error->hint, "did you mean 'pmatrix'?");
}

TEST(MathParser, ExpandsNpYamlMacros) {
  const math::MacroTable macros(std::map<std::string, std::string>{
      {"\\R", "\\mathbb{R}"}, {"\\norm", "\\left\\lVert #1 \\right\\rVert"}, {"\\loop", "\\loop"}, {"\\bad", "\\frac{#1}"}});
  EXPECT_EQ(shape(parse("\\R^n", false, &macros)), "supsub(font:mathbb(mathord:R) mathord:n _)");
  EXPECT_EQ(shape(parse("\\norm{x}", false, &macros)), "leftright:\\lVert(mathord:x)");
  // Macros override KaTeX's: KaTeX has \R (\mathbb{R}) too, np.yaml's wins.
  const math::MacroTable override(std::map<std::string, std::string>{{"\\R", "\\mathrm{R}"}});
  EXPECT_EQ(shape(parse("\\R", false, &override)), "font:mathrm(mathord:R)");
  // KaTeX's expansion limit ends a macro that calls itself; the error is at the macro's use.
  const auto loop = parse("x + \\loop", false, &macros);
  ASSERT_TRUE(loop.error);
  EXPECT_EQ(loop.error->code, math::IssueCode::macro);
  EXPECT_EQ(loop.error->begin, 4u);
  // An error inside a macro's expansion is reported at the macro.
  const auto bad = parse("a \\bad{x}", false, &macros);
  ASSERT_TRUE(bad.error);
  EXPECT_EQ(bad.error->code, math::IssueCode::missing_argument);
  EXPECT_EQ(bad.error->begin, 2u);
  // Without the table, \norm is unknown.
  EXPECT_EQ(parse("\\norm{x}").error->code, math::IssueCode::undefined_command);
}

// A workspace only lends its buffers: formulas parsed one after the other with one (after errors
// that leave tokens, groups and nodes behind) come out as they do parsed alone.
TEST(MathParser, WorkspaceGivesTheSameResults) {
  const math::MacroTable macros(std::map<std::string, std::string>{{"\\norm", "\\left\\lVert #1 \\right\\rVert"}});
  const std::vector<std::string> formulas = {"\\frac{a}{b} + \\norm{x}^2",
                                             "{a \\over b",
                                             "\\begin{aligned} a &= b \\\\ c &= \\left( d \\right) \\end{aligned}",
                                             "\\def\\x{y} \\x \\x",
                                             "x^{a^{b_{c}}} \\undefined{z}",
                                             "\\color{red} a \\text{b} \\char`x",
                                             "\\sqrt[3]{x} \\left[ \\middle| \\right]",
                                             "\\x",
                                             "...",
                                             "10^10 % comment"};
  math::ParseWorkspace workspace;
  for (int round = 0; round < 2; ++round) {
    for (const std::string& tex : formulas) {
      for (const bool display : {false, true}) {
        math::ParseOptions options;
        options.display = display;
        options.macros = &macros;
        EXPECT_EQ(shape(math::parse(tex, options, &workspace)), shape(math::parse(tex, options))) << tex;
        const auto alone = math::check_formula(tex, options);
        const auto reused = math::check_formula(tex, options, &workspace);
        ASSERT_EQ(reused.size(), alone.size()) << tex;
        for (std::size_t i = 0; i < alone.size(); ++i) {
          EXPECT_EQ(reused[i].code, alone[i].code) << tex;
          EXPECT_EQ(reused[i].begin, alone[i].begin) << tex;
          EXPECT_EQ(reused[i].end, alone[i].end) << tex;
          EXPECT_EQ(reused[i].message, alone[i].message) << tex;
        }
      }
    }
  }
}

TEST(MathParser, HandlesDefinitionsAsKatexDoes) {
  // \def works (np reports it as policy), \newcommand of an existing command does not.
  const auto def = parse("\\def\\f#1{#1^2} \\f{x}");
  EXPECT_EQ(shape(def), "supsub(mathord:x textord:2 _)");
  ASSERT_EQ(def.issues.size(), 1u);
  EXPECT_EQ(def.issues[0].code, math::IssueCode::unsafe_command);
  EXPECT_EQ(parse("\\newcommand{\\frac}{x}").error->code, math::IssueCode::macro);
  EXPECT_EQ(shape(parse("\\newcommand{\\z}[2]{#2#1}\\z ab")), "mathord:b mathord:a");
  // \tag's own \gdef is no policy finding.
  EXPECT_TRUE(parse("x \\tag{1}", true).issues.empty());
}

TEST(MathParser, RefusesHostileInputCleanly) {
  std::string deep(100000, '{');
  EXPECT_TRUE(parse(deep).error);
  std::string nested;
  for (int i = 0; i < 5000; ++i) nested += "\\sqrt{";
  EXPECT_TRUE(parse(nested).error);
  std::string frac;
  for (int i = 0; i < 3000; ++i) frac += "\\frac{1}{";
  EXPECT_TRUE(parse(frac).error);
  EXPECT_EQ(parse("\\def\\a{\\a\\a}\\a").error->code, math::IssueCode::macro);
  EXPECT_EQ(parse("\\def\\a#1{\\a{#1#1}}\\a x").error->code, math::IssueCode::macro);
  EXPECT_EQ(parse(std::string("a\0b", 3)).error->code, math::IssueCode::syntax);
  EXPECT_TRUE(parse("\\").error);
  EXPECT_TRUE(parse("\xEE\x80\x80").error);  // private use
  std::string wide(200000, 'x');
  EXPECT_FALSE(parse(wide).error);
}

TEST(MathChecks, WarnOnWhatKatexRendersWrong) {
  const auto codes = [](std::string_view tex, bool display = false) {
    math::ParseOptions options;
    options.display = display;
    std::string out;
    for (const auto& i : math::check_formula(tex, options)) out += std::string(out.empty() ? "" : " ") + std::string(rule_for(i.code).id);
    return out;
  };
  EXPECT_EQ(codes("\\mathbb{1}_A"), "math-blackboard-digit");
  EXPECT_EQ(codes("\\mathbb{R}"), "");
  EXPECT_EQ(codes("\\begin{cases} a & b & c \\end{cases}"), "math-cases-columns");
  EXPECT_EQ(codes("\\begin{cases} a & b \\end{cases}"), "");
  EXPECT_EQ(codes("x_1, ..., x_n"), "math-ascii-dots");
  EXPECT_EQ(codes("x_1, \\dots, x_n"), "");
  EXPECT_EQ(codes("10^10"), "math-unbraced-script");
  EXPECT_EQ(codes("10^{10} + 10^1 0 + 2^n"), "");
  EXPECT_EQ(codes("\\begin{aligned} \\left( a \\\\ b \\right) \\end{aligned}"), "math-left-right-linebreak");
  EXPECT_EQ(codes("\\begin{pmatrix} a \\\\ b \\end{pmatrix}"), "");
  EXPECT_EQ(codes("50% x"), "math-percent-comment");
  EXPECT_EQ(codes("50\\% x"), "");
  EXPECT_EQ(codes("\\url{https://example.org/50%25}"), "");  // % is a character in URLs
  EXPECT_EQ(codes("\xCE\xB1"), "math-unicode-text");
  EXPECT_EQ(codes("\\text{caf\xC3\xA9}"), "");
  EXPECT_EQ(codes("a \\\\ b", true), "math-latex-incompatible");
  EXPECT_EQ(codes("\\href{javascript:x}{y}"), "math-unsafe-url");
  // Links in math get the allowlist of Markdown links: hyperref turns run: into a Launch action
  // and a relative target into GoToR.
  EXPECT_EQ(codes("\\href{run:/bin/sh}{y}"), "math-unsafe-url");
  EXPECT_EQ(codes("\\url{launch:calc}"), "math-unsafe-url");
  EXPECT_EQ(codes("\\href{other.pdf}{y}"), "math-unsafe-url");
  EXPECT_EQ(codes("\\href{ftp://example.org/f}{y}"), "math-unsafe-url");
  EXPECT_EQ(codes("\\includegraphics{/etc/passwd}"), "math-unsafe-url");
  EXPECT_EQ(codes("\\href{https://example.org/a#b}{y} \\url{mailto:a@example.org}"), "");
  // After a KaTeX error, only errors: warnings about a formula that does not render are noise.
  EXPECT_EQ(codes("\\mathbb{1} \\alpah"), "math-undefined-command");
}

// --- positions in the .md file ------------------------------------------------------------------

Curriculum note_curriculum(const std::string& body) {
  MemoryFileSystem fs;
  add_tree(fs, fixtures_dir() + "/scaffold", "root");
  fs.add("root/01-part/01-module/bad.md",
         "---\nid: bad\ntitle: T\norder: 2\nkind: note\nstatus: published\nsummary: S.\nupdated: 2026-01-01\n---\n\n" + body);
  return load_memory(fs);
}

std::vector<std::string> findings(const std::string& body) {
  const Curriculum c = note_curriculum(body);
  std::vector<std::string> out;
  for (const auto& f : math::check_math(c, 1)) {
    const Note& n = c.notes[f.note];
    const Position b = n.source.position(f.begin), e = n.source.position(f.end);
    out.push_back(std::string(rule_for(f.code).id) + " " + std::to_string(b.line) + ":" + std::to_string(b.column) + "-" +
                  std::to_string(e.line) + ":" + std::to_string(e.column));
  }
  return out;
}

// Line 11 is the first line of the body. Columns count code points.
TEST(MathPositions, InlineAfterMultiByteCharacters) {
  EXPECT_EQ(findings("Café ü — $x + \\alpah$\n"), std::vector<std::string>{"math-undefined-command 11:15-11:21"});
}

TEST(MathPositions, DisplayAndFences) {
  EXPECT_EQ(findings("Text.\n\n$$\n  a +\n  \\frac{b}{c\n$$\n"), std::vector<std::string>{"math-braces 15:11-15:12"});
  EXPECT_EQ(findings("```math\nx^a^b\n```\n"), std::vector<std::string>{"math-double-script 12:4-12:5"});
  EXPECT_EQ(findings("- item\n\n  ```math\n  x^a^b\n  ```\n"), std::vector<std::string>{"math-double-script 14:6-14:7"});
}

TEST(MathPositions, InlineFormulaSpanningLines) {
  // md4c passes the second line without its indentation; the position is the file's.
  EXPECT_EQ(findings("A sum $a +\n     b + \\alpah$ here.\n"), std::vector<std::string>{"math-undefined-command 12:10-12:16"});
  // A comment ends at the line break of the source, so the next line is still math.
  EXPECT_EQ(findings("$a % note\n  b$\n"), std::vector<std::string>{"math-percent-comment 11:4-11:5"});
}

TEST(MathPositions, ErrorsFromMacrosPointAtTheMacro) {
  // The scaffold's np.yaml defines \R; an error in its use shows at the use.
  EXPECT_EQ(findings("$x \\in \\R^$\n"), std::vector<std::string>{"math-missing-argument 11:10-11:11"});
}

TEST(MathPositions, Delimiters) {
  EXPECT_EQ(findings("It costs $5.\n"), std::vector<std::string>{"math-unmatched-dollar 11:10-11:11"});
  EXPECT_EQ(findings("It costs \\$5.\n"), std::vector<std::string>{});
  EXPECT_EQ(findings("From $5 to $10.\n"), std::vector<std::string>{"math-dollar-ambiguous 11:6-11:13"});
  EXPECT_EQ(findings("The $n$th term.\n"), std::vector<std::string>{"math-dollar-ambiguous 11:7-11:10"});
  EXPECT_EQ(findings("$$\na\n\nb\n$$\n"), std::vector<std::string>{"math-display-interrupted 11:1-11:3"});
  EXPECT_EQ(findings("$$\na\n# b\n$$\n"), std::vector<std::string>{"math-display-interrupted 11:1-11:3"});
  EXPECT_EQ(findings("$$\na\n+ b\n$$\n"), std::vector<std::string>{"math-display-interrupted 11:1-11:3"});
  EXPECT_EQ(findings("$$\na\n+b\n$$\n"), std::vector<std::string>{});
  EXPECT_EQ(findings("| a | b |\n|---|---|\n| $|x|$ | y |\n"), std::vector<std::string>{"math-table-pipe 13:4-13:5"});
  EXPECT_EQ(findings("| a | b |\n|---|---|\n| $\\vert x \\vert$ | y |\n"), std::vector<std::string>{});
  // Code is never math.
  EXPECT_EQ(findings("`$x` and\n\n```\n$$\\alpah$$\n```\n"), std::vector<std::string>{});
}

}  // namespace
}  // namespace np::test
