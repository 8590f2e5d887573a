// np export latex: the escapes, the safety scan, the golden project of the export fixture, and the
// hostile fixtures (tests/fixtures/export/latex-*): each formula written as its source, never run.

#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <unistd.h>

#include "export/latex/latex_writer.h"
#include "math/katex_table.h"
#include "np/exporter.h"
#include "np/latex_allowlist.h"
#include "test_support.h"

namespace np::test {
namespace {

namespace fs = std::filesystem;

struct LatexRun {
  bool ok = false;
  std::vector<Diagnostic> diagnostics;
};

LatexRun export_latex(const Curriculum& c, const std::string& destination, const std::string& only = "") {
  std::string error;
  const auto selection = select_notes(c, only, error);
  EXPECT_TRUE(selection.has_value()) << error;
  const Analysis analysis = analyze(c);
  const RealFileSystem disk;
  const ExportContext context{
      .analysis = analysis, .selection = *selection, .files = disk, .timestamp = 1764000000, .destination = destination};
  LatexRun run;
  run.ok = find_builtin_exporter("latex")->run(context, run.diagnostics) == ExportOutcome::written;
  return run;
}

std::string fresh_dir(const std::string& name) {
  const std::string dir = testing::TempDir() + "np-latex-" + name;
  fs::remove_all(dir);
  return dir;
}

// Every file of a project, path -> contents.
std::map<std::string, std::string> project_files(const std::string& dir) {
  std::map<std::string, std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) files[fs::relative(e.path(), dir).string()] = read_file(e.path().string());
  return files;
}

TEST(LatexEscape, TheTenSpecialCharactersAndLigatures) {
  EXPECT_EQ(latex::escape_text("# $ % & ~ _ ^ \\ { }"),
            "\\# \\$ \\% \\& \\textasciitilde{} \\_ \\textasciicircum{} \\textbackslash{} \\{ \\}");
  EXPECT_EQ(latex::escape_text("a--b---c ``q'' \"d\" <<e>> ,,f"),
            "a-{}-b-{}-{}-c \\textasciigrave{}\\textasciigrave{}q'{}' \\textquotedbl{}d\\textquotedbl{} <{}<e>{}> ,{},f");
  EXPECT_EQ(latex::escape_text("Cauchy\xE2\x80\x93Schwarz, Erd\xC5\x91s\xC2\xA0x\x01"), "Cauchy\xE2\x80\x93Schwarz, Erd\xC5\x91s~x");
  EXPECT_EQ(latex::escape_verbatim("\\end{npcode} % # $"), "\\textbackslash{}end\\{npcode\\} % # $");
  EXPECT_EQ(latex::escape_url("https://x.org/a b#c%20{}"), "https://x.org/a\\%20b\\#c\\%20\\%7B\\%7D");
}

// The escapes are allowlists: a control character (DEL stops LuaLaTeX: "Text line contains an
// invalid character"), a noncharacter or an ill-formed byte is never written.
TEST(LatexEscape, ControlCharactersAndIllFormedBytesAreLeftOut) {
  EXPECT_EQ(latex::escape_text("a\x7F"
                               "b\x01"
                               "c\x1B[31m d\xEF\xBF\xBF"
                               "e\xEF\xBF\xBE"
                               "f\xFF"
                               "g\xC3\xA9\xEF\xBF\xBD"),
            "abc[31m de"
            "fg\xC3\xA9\xEF\xBF\xBD");
  EXPECT_EQ(latex::escape_verbatim("a\x7F"
                                   "b\tc\x0B"
                                   "d\xEF\xBF\xBF"
                                   "e\xFF"
                                   "f\n"),
            "ab\tcdef\n");
  EXPECT_EQ(latex::escape_url("https://x.org/a\x7F"
                              "b"),
            "https://x.org/a\\%7Fb");
}

TEST(LatexWriter, ASpanMd4cNeverClosesIsClosedWithItsBlock) {
  // The fuzzer's input (tests/fuzz/corpus/latex/crash-unclosed-strikethrough.md), reduced: md4c
  // 0.4.8 leaves the strikethrough opened at "~b" open; an unclosed \npdel{ would break the book.
  const SourceFile f("n.md", "a ~b c [x](d~e) f\n\nnext\n");
  const BodyFacts facts = walk_markdown(f, 0, f.text().size());
  latex::WriterOptions o;
  o.link = [](std::size_t, const Link&) { return latex::LinkOut{latex::LinkOut::Kind::url, "https://x.org"}; };
  EXPECT_EQ(latex::render_latex(f, facts, o), "a \\npdel{b c \\href{https://x.org}{x} f}\n\nnext\n");
}

// The {#id} attribute names the anchor and is not typeset (the PDF printed it).
TEST(LatexWriter, AnExplicitIdAttributeIsNotPartOfTheHeading) {
  const SourceFile f("n.md", "## Summarizing a posterior {#summarising-a-posterior}\n\n## Sets {x}\n");
  const BodyFacts facts = walk_markdown(f, 0, f.text().size());
  const std::string tex = latex::render_latex(f, facts, latex::WriterOptions{});
  EXPECT_NE(tex.find("{Summarizing a posterior}"), std::string::npos) << tex;
  EXPECT_EQ(tex.find("summarising"), std::string::npos) << tex;
  EXPECT_NE(tex.find("Sets \\{x\\}"), std::string::npos) << tex;
}

TEST(LatexEscape, LabelsFromIdsAndAnchors) {
  EXPECT_EQ(latex::label("norms"), "np:norms");
  EXPECT_EQ(latex::label("norms", "the-cauchy_schwarz"), "np:norms:the-cauchy+5Fschwarz");
  EXPECT_EQ(latex::label("a b", "\xC3\xA9"), "np:a+20b:+C3+A9");
}

// The allowlist reads TeX as LuaLaTeX does, independently of the math parser: whatever the parser
// ever lets through, only commands KaTeX typesets (and np.yaml's macros) reach LaTeX.
std::string refused(std::string_view tex, const std::map<std::string, std::string>* macros = nullptr, int parameters = 0) {
  const auto p = latex::check_tex(tex, latex::TexAllowlist{macros, parameters});
  return p ? p->message : std::string();
}

TEST(LatexAllowlist, RefusesEveryCommandNotOnIt) {
  // The primitives and LaTeX commands of the hostile-input review: none is a KaTeX command.
  for (const char* tex :
       {"\\input{/etc/passwd}", "\\UseName{input}{/etc/passwd}", "\\UseName{directlua}{io.open('x','w')}", "\\LVerbatimInput{/etc/passwd}",
        "\\BVerbatimInput{x}", "\\catcodetable 0", "\\saveimageresource{x}", "\\directlua{os.exit()}", "\\csname input\\endcsname",
        "\\immediate\\write18{ls}", "\\openin", "\\ExplSyntaxOn", "\\Huge\\input x"})
    EXPECT_NE(refused(tex).find("is not a command np lets into the LaTeX export"), std::string::npos) << tex;
  EXPECT_NE(refused("\\def\\x{y}").find("'\\def' defines or rearranges commands"), std::string::npos);
  EXPECT_NE(refused("\\newcommand{\\x}{y}").find("defines or rearranges"), std::string::npos);
  EXPECT_NE(refused("\\expandafter\\x").find("controls TeX's expansion"), std::string::npos);
  EXPECT_NE(refused("\\includegraphics{/etc/passwd}").find("reads a file"), std::string::npos);
  EXPECT_NE(refused("\\htmlClass{a}{x}").find("HTML extension"), std::string::npos);
  EXPECT_NE(refused("x } y {").find("unbalanced '}'"), std::string::npos);
  EXPECT_NE(refused("{x").find("unbalanced '{'"), std::string::npos);
  EXPECT_NE(refused("x \\end{document}").find("'\\end{document}' is not a math environment"), std::string::npos);
  EXPECT_NE(refused("\\begin {verbatim}").find("not a math environment"), std::string::npos);
  EXPECT_NE(refused("x % \\)").find("'%' starts a TeX comment"), std::string::npos);
  EXPECT_NE(refused("x^^5cinput").find("'^^'"), std::string::npos);
  EXPECT_NE(refused("x \\) \\(").find("would end the math early"), std::string::npos);
  EXPECT_NE(refused("#1").find("macro parameter"), std::string::npos);
  EXPECT_NE(refused("a\x01"
                    "b")
                .find("control character U+0001"),
            std::string::npos);
  EXPECT_NE(refused("a\x7f").find("control character U+007F"), std::string::npos);
  EXPECT_NE(refused("a\xEF\xBF\xBF").find("control character U+FFFF"), std::string::npos);
  EXPECT_NE(refused("\\alpha\xC3\xA9").find("part of the command's name"), std::string::npos);
  EXPECT_NE(refused("x\\").find("a '\\' ends the formula"), std::string::npos);
  // What formulas are made of.
  EXPECT_EQ(refused("\\begin{aligned} a &= b \\\\ c &= \\{d\\} \\end{aligned} \\% 50"), "");
  EXPECT_EQ(refused("\\frac{1}{2} \\sqrt[3]{x} \\mathbb{R} \\text{if } x \\geq 0, \\alpha_{i}^{2} \\left( x \\right) \\quad \\,"), "");
  EXPECT_EQ(refused("\\href{https://example.org/a#b}{x} \\url{https://example.org/#top}"), "");
  EXPECT_EQ(refused("\\R \\argmax \\bra{x}"), "");  // KaTeX's macros np defines for LaTeX
  // np.yaml's macros, and their parameters in a body.
  const std::map<std::string, std::string> macros = {{"\\norm", "\\lVert #1 \\rVert"}};
  EXPECT_NE(refused("\\norm{x}").find("not a command"), std::string::npos);
  EXPECT_EQ(refused("\\norm{x}", &macros), "");
  EXPECT_EQ(refused("\\lVert #1 \\rVert", &macros, 1), "");
  EXPECT_NE(refused("#2", &macros, 1).find("this macro's arguments are #1 to #1"), std::string::npos);
}

// A newer KaTeX cannot add a command that defines, expands or prints unseen: each one of KaTeX's
// tables that is not a typesetting function is either kept out of LaTeX or known to typeset.
TEST(LatexAllowlist, EveryKatexCommandThatDoesNotTypesetIsClassified) {
  const std::set<std::string_view> typesets = {"\\relax", "\\cdots", "\\char", "\\dots", "\\dotsc", "\\dotso"};
  const auto classified = [&](std::string_view name) {
    // Names with '@' or a doubled backslash are KaTeX internals: LuaLaTeX reads \@ (not on the list) or \\.
    return name.find('@') != std::string_view::npos || name.rfind("\\\\", 0) == 0 || typesets.count(name) ||
           !latex::kept_out_reason(name).empty();
  };
  for (const auto& f : math::katex::functions()) {
    if (f.type == "internal" || f.type == "html" || f.type == "includegraphics") {
      EXPECT_TRUE(classified(f.name)) << f.name;
    }
  }
  for (const auto& m : math::katex::macros()) {
    if (m.kind == math::katex::MacroKind::function) {
      EXPECT_TRUE(classified(m.name)) << m.name;
    }
  }
}

TEST(LatexAllowlist, CompatMacrosAreSortedAndKnownToKatex) {
  const auto compat = latex::katex_compat_macros();
  for (std::size_t i = 1; i < compat.size(); ++i) EXPECT_LT(compat[i - 1].name, compat[i].name);
  for (const auto& m : compat) {
    EXPECT_TRUE(latex::is_compat_macro(m.name)) << m.name;
    EXPECT_EQ(refused(m.body, nullptr, m.arguments), "") << m.name;
  }
}

TEST(LatexAllowlist, MacroNamesLatexOrNpDefinesAreRefused) {
  const auto problems = [](std::map<std::string, std::string> macros) {
    std::string out;
    for (const auto& p : latex::check_macros(macros)) out += (p.in_name ? "name " : "body ") + p.message + "\n";
    return out;
  };
  EXPECT_TRUE(latex::latex_defines("\\Huge") && latex::latex_defines("\\input") && latex::latex_defines("\\document"));
  EXPECT_TRUE(latex::latex_defines("\\directlua") && latex::latex_defines("\\UseName") && latex::latex_defines("\\npinline"));
  EXPECT_FALSE(latex::latex_defines("\\R") || latex::latex_defines("\\norm") || latex::latex_defines("\\argmax"));
  EXPECT_EQ(problems({{"\\Huge", "x"}}), "name katex.macros: '\\Huge' is a command LaTeX already defines: a macro may not replace it\n");
  EXPECT_NE(problems({{"\\endfoo", "x"}}).find("name "), std::string::npos);
  EXPECT_NE(problems({{"\\npbox", "x"}}).find("np's own LaTeX markup"), std::string::npos);
  EXPECT_NE(problems({{"\\x1", "x"}}).find("not a LaTeX command name"), std::string::npos);
  EXPECT_NE(problems({{"\\leak", "\\UseName{input}{/etc/passwd}"}}).find("body katex.macros: '\\leak': '\\UseName' is not a command"),
            std::string::npos);
  EXPECT_NE(problems({{"\\self", "\\self"}}).find("too many macro expansions"), std::string::npos);
  EXPECT_NE(problems({{"\\half", "\\frac{1}"}}).find("is not a formula KaTeX can parse"), std::string::npos);
  // The curriculum's own macros, a delimiter argument and a size argument all pass.
  EXPECT_EQ(problems({{"\\R", "\\mathbb{R}"},
                      {"\\abs", "\\left\\lvert #1 \\right\\rvert"},
                      {"\\inner", "\\langle #1, #2 \\rangle"},
                      {"\\delim", "\\left#1 x \\right#2"},
                      {"\\gap", "\\kern#1"},
                      {"\\iid", "\\overset{\\text{iid}}{\\sim}"}}),
            "");
}

TEST(LatexExport, FixtureBookMatchesGolden) {
  const Curriculum c = load_real(fixtures_dir() + "/export/book");
  const std::string out = fresh_dir("golden");
  const LatexRun run = export_latex(c, out);
  ASSERT_TRUE(run.ok) << (run.diagnostics.empty() ? "" : run.diagnostics[0].message);
  const auto files = project_files(out);
  for (const auto& [path, contents] : files) {
    if (path.rfind("assets/", 0) == 0) continue;
    expect_golden(fixtures_dir() + "/export/book-latex/" + path, contents);
  }
  EXPECT_TRUE(files.count("main.tex") && files.count("latexmkrc") && files.count("notes/m01-norms.tex"));
  EXPECT_TRUE(files.count("assets/001-unit.png"));
  EXPECT_TRUE(run.diagnostics.empty()) << run.diagnostics[0].message;
}

TEST(LatexExport, DamagedPngIsLeftOutWithAWarning) {
  // LuaTeX aborts the whole book on a PNG with a wrong CRC, so np checks the chunks and leaves it out.
  const std::string root = fresh_dir("damaged-src");
  fs::copy(fixtures_dir() + "/export/book", root, fs::copy_options::recursive);
  const std::string png = root + "/01-foundations/01-vectors/figures/unit.png";
  std::string bytes = read_file(png);
  ASSERT_GT(bytes.size(), 45u);
  bytes[41] = static_cast<char>(bytes[41] ^ 0x55);  // inside the IDAT data
  { std::ofstream(png, std::ios::binary | std::ios::trunc) << bytes; }
  const std::string out = fresh_dir("damaged");
  const LatexRun run = export_latex(load_real(root), out);
  ASSERT_TRUE(run.ok);
  ASSERT_EQ(run.diagnostics.size(), 1u);
  EXPECT_EQ(run.diagnostics[0].severity, Severity::warning);
  EXPECT_NE(run.diagnostics[0].message.find("the CRC of its IDAT chunk is wrong"), std::string::npos) << run.diagnostics[0].message;
  const auto files = project_files(out);
  EXPECT_FALSE(files.count("assets/001-unit.png"));
  EXPECT_NE(files.at("notes/m01-norms.tex").find("[The unit circle]"), std::string::npos);
}

TEST(LatexExport, ReproducibleWhateverTheThreads) {
  const std::string a = fresh_dir("repro-a"), b = fresh_dir("repro-b");
  ASSERT_TRUE(export_latex(load_real(source_dir() + "/content", 1), a).ok);
  ASSERT_TRUE(export_latex(load_real(source_dir() + "/content", 4), b).ok);
  EXPECT_TRUE(project_files(a) == project_files(b));
  EXPECT_EQ(project_files(a).count("main.tex"), 1u);
}

TEST(LatexExport, OnlyOneModuleLinksOtherNotesByUrl) {
  const Curriculum c = load_real(fixtures_dir() + "/export/book");
  const std::string out = fresh_dir("only");
  ASSERT_TRUE(export_latex(c, out, "03").ok);
  const std::string note = read_file(out + "/notes/m03-bridge-regression.tex");
  EXPECT_NE(note.find("\\href{https://example.org/notes/expectation\\#linearity}{expectation}"), std::string::npos);
  EXPECT_NE(note.find("\\hyperref[np:bridge-regression:the-normal-equations]{above}"), std::string::npos);
  EXPECT_NE(read_file(out + "/main.tex").find("This book holds module 03 Models."), std::string::npos);
}

TEST(LatexExport, ReplacesAnEarlierExportButNoOtherFolder) {
  const Curriculum c = load_real(fixtures_dir() + "/export/book");
  const std::string out = fresh_dir("replace");
  ASSERT_TRUE(export_latex(c, out).ok);
  std::ofstream(out + "/stale.tex") << "old";
  ASSERT_TRUE(export_latex(c, out).ok);
  EXPECT_FALSE(fs::exists(out + "/stale.tex"));

  const std::string other = fresh_dir("other");
  fs::create_directories(other);
  std::ofstream(other + "/thesis.tex") << "mine";
  const LatexRun run = export_latex(c, other);
  EXPECT_FALSE(run.ok);
  ASSERT_FALSE(run.diagnostics.empty());
  EXPECT_NE(run.diagnostics.back().message.find("not an earlier np export latex (no .np-export-latex in it)"), std::string::npos);
  EXPECT_EQ(read_file(other + "/thesis.tex"), "mine");
}

// What killed exports left beside the destination (hidden .NAME.tmp-XXXXXX folders) is removed
// by the next export; the folder of an export still running (it holds a lock) and other names are not.
TEST(LatexExport, LeftoversOfKilledExportsAreRemovedByTheNextOne) {
  const Curriculum c = load_real(fixtures_dir() + "/export/book");
  const std::string parent = fresh_dir("leftovers"), out = parent + "/book";
  fs::create_directories(parent + "/.book.tmp-Ab12Cd/notes");
  std::ofstream(parent + "/.book.tmp-Ab12Cd/notes/m01-norms.tex") << "half";
  fs::create_directories(parent + "/.book.tmp-running");
  const int running = ::open((parent + "/.book.tmp-running").c_str(), O_RDONLY | O_DIRECTORY);
  ASSERT_GE(running, 0);
  ASSERT_EQ(::flock(running, LOCK_EX), 0);
  fs::create_directories(parent + "/.book.tmp-short");
  fs::create_directories(parent + "/.other.tmp-Ab12Cd");
  ASSERT_TRUE(export_latex(c, out).ok);
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(parent)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, (std::vector<std::string>{".book.tmp-running", ".book.tmp-short", ".other.tmp-Ab12Cd", "book"}));
  ::close(running);
}

// np killed (SIGKILL) at many points of a LaTeX export: the destination is the old project or the
// new one, and once an export has run to the end, nothing else is left beside it.
TEST(LatexExport, KilledExportsLeaveNothingOnceOneFinishes) {
  const std::string parent = fresh_dir("killed"), out = parent + "/book";
  fs::create_directories(parent);
  const std::string content = source_dir() + "/content";
  const auto run = [&](int kill_after_ms) {
    const pid_t pid = ::fork();
    if (pid == 0) {
      const int devnull = ::open("/dev/null", O_WRONLY);
      ::dup2(devnull, 1);
      ::dup2(devnull, 2);
      ::execl(NP_BINARY, NP_BINARY, "export", "latex", "--root", content.c_str(), "-o", out.c_str(), static_cast<char*>(nullptr));
      ::_exit(127);
    }
    if (kill_after_ms >= 0) {
      ::usleep(static_cast<useconds_t>(kill_after_ms) * 1000);
      ::kill(pid, SIGKILL);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    return status;
  };
  int interrupted = 0;
  for (int delay_ms = 20; delay_ms <= 400; delay_ms += 40) {
    interrupted += WIFSIGNALED(run(delay_ms)) ? 1 : 0;
    EXPECT_TRUE(!fs::exists(out) || fs::exists(out + "/.np-export-latex")) << "after " << delay_ms << " ms";
  }
  EXPECT_GT(interrupted, 0);  // the test did interrupt exports
  const int status = run(-1);
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(parent)) names.push_back(e.path().filename().string());
  EXPECT_EQ(names, std::vector<std::string>{"book"});
  fs::remove_all(parent);
}

// An image swapped for a symlink to a file outside the root after np has walked the tree (as a
// race during an export would): np refuses what it opened, and the outside file stays out.
TEST(LatexExport, AnImageSwappedForASymlinkOutOfTheRootIsNotCopied) {
  const std::string root = fresh_dir("swap-root"), outside = fresh_dir("swap-outside");
  fs::copy(fixtures_dir() + "/export/book", root, fs::copy_options::recursive);
  fs::create_directories(outside);
  std::string secret = read_file(root + "/01-foundations/01-vectors/figures/unit.png");
  const std::string marker = "tEXtSECRET-OUTSIDE-THE-ROOT";
  secret.insert(secret.size() - 12, marker);  // still a PNG np accepts? it does not matter: it must not be read
  std::ofstream(outside + "/secret.png", std::ios::binary) << secret;
  const Curriculum c = load_real(root);
  fs::remove(root + "/01-foundations/01-vectors/figures/unit.png");
  fs::create_symlink(outside + "/secret.png", root + "/01-foundations/01-vectors/figures/unit.png");
  const std::string out = fresh_dir("swap-out");
  const LatexRun run = export_latex(c, out);
  ASSERT_TRUE(run.ok);
  for (const auto& [path, contents] : project_files(out)) EXPECT_EQ(contents.find(marker), std::string::npos) << path;
  ASSERT_FALSE(run.diagnostics.empty());
  EXPECT_EQ(run.diagnostics.back().message,
            "image '01-foundations/01-vectors/figures/unit.png' is left out (cannot read it: it resolves to '" +
                fs::canonical(outside).string() +
                "/secret.png', outside the curriculum root, and np does not read it): its alt text is written instead");
}

// Code is data: a code block that tries to close the verbatim environment and \input a file
// reaches the project only as escaped characters.
TEST(LatexExport, CodeCannotLeaveItsVerbatimEnvironment) {
  const Curriculum c = load_real(fixtures_dir() + "/export/latex-code-block");
  const std::string out = fresh_dir("code-block");
  ASSERT_TRUE(export_latex(c, out).ok);
  for (const auto& [path, contents] : project_files(out)) {
    if (path.size() < 4 || path.substr(path.size() - 4) != ".tex") continue;
    EXPECT_EQ(contents.find("\\input{/etc"), std::string::npos) << path;
    EXPECT_EQ(contents.find("\\write18"), std::string::npos) << path;
  }
  const std::string note = read_file(out + "/notes/m01-attack.tex");
  EXPECT_EQ(note.find("\\end{npcode}"), note.rfind("\\end{npcode}"));  // np's own, once
  EXPECT_NE(note.find("\\textbackslash{}end\\{npcode\\}"), std::string::npos);
}

struct Hostile {
  const char* fixture;
  const char* file;  // where the diagnostic points, "" for np.yaml
  int line, column;
  const char* message;
};

class LatexHostile : public testing::TestWithParam<Hostile> {};

// A formula np refuses (lint has said so: only --force exports it) is written as its TeX source in
// code, with a warning at its place: the book is written, and none of its TeX reaches LaTeX.
TEST_P(LatexHostile, DegradedToItsSourceWithAWarningNeverRun) {
  const Hostile& h = GetParam();
  const Curriculum c = load_real(fixtures_dir() + "/export/" + h.fixture);
  const std::string out = fresh_dir(h.fixture);
  const LatexRun run = export_latex(c, out);
  EXPECT_TRUE(run.ok);
  bool found = false;
  for (const Diagnostic& d : run.diagnostics) {
    EXPECT_EQ(d.rule, "export-latex");
    EXPECT_EQ(d.severity, Severity::warning);
    if (d.file == h.file && d.line == h.line && d.column == h.column && d.message.find("formula written as its TeX source: ") == 0 &&
        d.message.find(h.message) != std::string::npos)
      found = true;
  }
  EXPECT_TRUE(found) << (run.diagnostics.empty() ? "no diagnostic"
                                                 : run.diagnostics[0].file + ":" + std::to_string(run.diagnostics[0].line) + ":" +
                                                       std::to_string(run.diagnostics[0].column) + ": " + run.diagnostics[0].message);
  const std::string note = read_file(out + "/notes/m01-attack.tex");
  EXPECT_NE(note.find("\\npinline{\\$"), std::string::npos) << note;
  for (const char* command : {"\\input", "\\immediate", "\\catcode", "\\end{document}", "\\url", "\\href"})
    EXPECT_EQ(note.find(command), std::string::npos) << command << " in\n" << note;
  for (std::size_t at = note.find('%', note.find('\n')); at != std::string::npos; at = note.find('%', at + 1))
    EXPECT_EQ(note[at - 1], '\\') << "a comment in\n" << note;  // but the first line's
}

// An export np refuses (np.yaml's macro fails the allowlist) leaves an earlier one as it was.
TEST(LatexHostileExport, LeavesAnEarlierExportUnchanged) {
  const std::string out = fresh_dir("earlier");
  ASSERT_TRUE(export_latex(load_real(fixtures_dir() + "/export/book"), out).ok);
  const auto before = project_files(out);
  Curriculum c = load_real(fixtures_dir() + "/export/book");
  c.config.katex_macros["\\Huge"] = "x";
  EXPECT_FALSE(export_latex(c, out).ok);
  EXPECT_TRUE(project_files(out) == before);
}

std::string described(const std::vector<Diagnostic>& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics)
    out += std::string(d.severity == Severity::error ? "error " : "warning ") + std::to_string(d.line) + ":" + std::to_string(d.column) +
           " " + d.message + "\n";
  return out;
}

// What lint refuses and --force exports: each formula np cannot convert is its source in code,
// a dead link its text, a missing image its alt text, each with a warning at its place; the book
// is written (tests/latex/check.sh compiles it).
TEST(LatexExport, ForcedExportDegradesWhatItCannotConvert) {
  const std::string out = fresh_dir("force");
  const LatexRun run = export_latex(load_real(fixtures_dir() + "/export/latex-force"), out);
  ASSERT_TRUE(run.ok) << described(run.diagnostics);
  EXPECT_EQ(described(run.diagnostics),
            "warning 11:22 formula written as its TeX source: missing '}': the '{' here is not closed\n"
            "warning 11:51 formula written as its TeX source: undefined control sequence '\\alpah'\n"
            "warning 13:37 formula written as its TeX source: missing '}': the '{' here is not closed before the end\n"
            "warning 15:20 formula written as its TeX source: '\\input' is a TeX file, shell or catcode primitive: not allowed in math\n"
            "warning 15:57 formula written as its TeX source: '\\def' defines a macro inside a formula\n"
            "warning 15:85 formula written as its TeX source: '%' starts a TeX comment: the rest of the line is not part of the formula\n"
            "warning 18:32 formula written as its TeX source: undefined control sequence '\\undefinedcommand'\n"
            "warning 21:33 link to 'missing.md' cannot be a link in the book: its text is written\n"
            "warning 21:77 image 'plot.png' is not a file of the curriculum: its alt text is written instead\n");
  const std::string note = read_file(out + "/notes/m01-broken.tex");
  EXPECT_NE(note.find("Unbalanced: \\npinline{\\$\\textbackslash{}frac\\{a\\}\\{b\\$}"), std::string::npos) << note;
  EXPECT_NE(note.find("\\texorpdfstring{\\npinline{\\$x\\textasciicircum{}\\{2\\$}}"), std::string::npos) << note;
  EXPECT_NE(note.find("\\par\\noindent \\npinline{\\$\\$\\textbackslash{}begin\\{aligned\\}"), std::string::npos) << note;
  EXPECT_NE(note.find("A dead link: the missing note, and a missing image: [a plot]."), std::string::npos) << note;
  EXPECT_NE(note.find("\\( \\sum_{i=1}^n x_i \\) and \\npdel{[struck] text}"), std::string::npos) << note;
}

// KaTeX's commands LuaLaTeX lacks or reads otherwise (issue 20): defined in the preamble or
// rewritten, and a KaTeX internal written as its source (tests/latex/check.sh compiles the book).
TEST(LatexExport, KatexPatternsAreWrittenForLatex) {
  const std::string out = fresh_dir("katex");
  const LatexRun run = export_latex(load_real(fixtures_dir() + "/export/latex-katex"), out);
  ASSERT_TRUE(run.ok) << described(run.diagnostics);
  EXPECT_EQ(described(run.diagnostics),
            "warning 41:20 formula written as its TeX source: '\\@ifnextchar' is one of KaTeX's internal macros: LaTeX reads it as \\@ and "
            "letters\n");
  const std::string note = read_file(out + "/notes/m01-patterns.tex");
  for (const char* written : {"\\( a \\gt b \\lt c \\)",
                              "\\subsection{Code in a heading: \\texorpdfstring{\\( \\text{\\texttt{x\\textasciicircum{}2\\_\\{i\\}}} \\)}",
                              "\\( \\text{\\TeX} \\)", "\\( \\color[HTML]{FF0000} x \\)", "\\( \\textcolor[HTML]{FF8C00}{z} \\)",
                              "\\begin{array}{c:c} a & b \\\\ \\hdashline c & d \\end{array}", "\\npdel{[text] struck through}"})
    EXPECT_NE(note.find(written), std::string::npos) << written << " not in\n" << note;
  const std::string main = read_file(out + "/main.tex");
  for (const char* defined : {"\\providecommand{\\gt}{>}", "\\providecommand{\\oiint}", "\\providecommand{\\Set}[1]",
                              "\\newcommand{\\xlongequal}", "\\newenvironment{darray}", "\\usepackage{arydshln}"})
    EXPECT_NE(main.find(defined), std::string::npos) << defined;
}

// Raw HTML is never written, whatever it holds: np says what it leaves out.
TEST(LatexExport, RawHtmlIsNeverWritten) {
  const std::string out = fresh_dir("html-block");
  const LatexRun run = export_latex(load_real(fixtures_dir() + "/export/latex-html-block"), out);
  ASSERT_TRUE(run.ok);
  ASSERT_EQ(run.diagnostics.size(), 1u);
  EXPECT_EQ(run.diagnostics[0].severity, Severity::warning);
  EXPECT_EQ(run.diagnostics[0].message, "raw HTML is left out of the LaTeX export: <div>\\input{/etc/passwd}</div>");
  for (const auto& [path, contents] : project_files(out)) EXPECT_EQ(contents.find("/etc/passwd"), std::string::npos) << path;
}

// np.yaml's macros: the config loader refuses one that fails the allowlist, at its place in np.yaml;
// and should a Config reach the exporter without that check, the exporter refuses it again.
TEST(LatexHostileExport, MacroOffTheAllowlistIsRefusedByTheLoaderAndTheExporter) {
  RealFileSystem fs;
  std::vector<Diagnostic> errors;
  EXPECT_FALSE(load_config(fs, fixtures_dir() + "/export/latex-macro", errors).has_value());
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].line, 7);
  EXPECT_EQ(errors[0].column, 14);
  EXPECT_EQ(errors[0].message, "katex.macros: '\\evil': '\\input' is not a command np lets into the LaTeX export");

  Curriculum c = load_real(fixtures_dir() + "/export/book");
  c.config.katex_macros["\\Huge"] = "\\UseName{directlua}{io.open('latexmkrc','w')}";
  const std::string out = fresh_dir("macro");
  const LatexRun run = export_latex(c, out);
  EXPECT_FALSE(run.ok);
  EXPECT_FALSE(fs::exists(out));
  ASSERT_FALSE(run.diagnostics.empty());
  EXPECT_EQ(run.diagnostics[0].message, "katex.macros: '\\Huge' is a command LaTeX already defines: a macro may not replace it");
}

// The preamble: KaTeX's macros LaTeX lacks with \providecommand, np.yaml's with \newcommand (which
// LaTeX itself refuses for a name it defines), never \renewcommand.
TEST(LatexExport, MacrosAreNewCommandsAndReplaceKatexOnes) {
  const std::string out = fresh_dir("preamble");
  ASSERT_TRUE(export_latex(load_real(fixtures_dir() + "/export/book"), out).ok);
  const std::string main = read_file(out + "/main.tex");
  EXPECT_NE(main.find("\n\\newcommand{\\R}{\\mathbb{R}}\n"), std::string::npos);
  EXPECT_NE(main.find("\n\\newcommand{\\norm}[1]{\\left\\lVert #1 \\right\\rVert}\n"), std::string::npos);
  EXPECT_EQ(main.find("\\providecommand{\\R}"), std::string::npos);  // np.yaml's \R replaces KaTeX's
  EXPECT_NE(main.find("\n\\providecommand{\\N}{\\mathbb{N}}\n"), std::string::npos);
  EXPECT_EQ(main.find("\\renewcommand"), std::string::npos);
}

const char* kNote = "01-part/01-module/attack.md";

INSTANTIATE_TEST_SUITE_P(Fixtures, LatexHostile,
                         testing::Values(Hostile{"latex-input", kNote, 13, 15, "'\\input' is a TeX file, shell or catcode primitive"},
                                         Hostile{"latex-write18", kNote, 13, 17, "'\\immediate' is a TeX file, shell or catcode primitive"},
                                         Hostile{"latex-catcode", kNote, 13, 19, "'\\catcode' is a TeX file, shell or catcode primitive"},
                                         Hostile{"latex-unbalanced", kNote, 13, 19, "unmatched '}'"},
                                         Hostile{"latex-end-document", kNote, 16, 3, "'\\end' without a matching '\\begin'"},
                                         Hostile{"latex-percent", kNote, 13, 39, "'%' starts a TeX comment"},
                                         Hostile{"latex-run-link", kNote, 13, 23, "'\\url' links to 'run:/bin/sh'"},
                                         Hostile{"latex-relative-link", kNote, 13, 20, "'\\href' links to 'secret.pdf'"}),
                         [](const testing::TestParamInfo<Hostile>& p) {
                           std::string name = p.param.fixture + 6;
                           for (char& ch : name)
                             if (ch == '-') ch = '_';
                           return name;
                         });

}  // namespace
}  // namespace np::test
