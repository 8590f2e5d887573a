// np export latex: a LaTeX project (book class, \part per part, \chapter per module, \section per
// note, one .tex file per note \input by main.tex, a latexmkrc) compiled with LuaLaTeX. The
// content is data, never code: text is escaped, code is verbatim without backslashes, and the TeX
// of a formula or an np.yaml macro reaches the project only when everything in it is on the
// allowlist of np/latex_allowlist.h (else the export stops before anything is written). The
// project is built in memory, written to a hidden folder beside the destination and renamed over
// it. See docs/export-latex.md.
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <map>
#include <set>

#include "export/exporters.h"
#include "export/folder_output.h"
#include "export/latex/latex_math.h"
#include "export/latex/latex_writer.h"
#include "lint/rules/rules.h"
#include "np/atomic_file.h"
#include "np/latex_allowlist.h"
#include "np/links.h"
#include "np/math/parser.h"
#include "np/utf8.h"
#include "util/text.h"

namespace np {

namespace {

namespace fs = std::filesystem;
using latex::escape_text;

std::string lowercase(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// [a-z0-9-] only: file names that need no quoting in \input or \includegraphics.
std::string file_stem(std::string_view s) {
  std::string out;
  for (char c : lowercase(std::string(s))) out += ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) ? c : '-';
  return out.empty() ? "x" : out;
}

// Display environments that stand on their own in LaTeX (not inside \[ \]).
bool standalone_environment(std::string_view tex) {
  static const std::string_view names[] = {"align",     "align*", "alignat", "alignat*", "equation",
                                           "equation*", "gather", "gather*", "multline", "multline*"};
  const auto first = tex.find_first_not_of(" \t\n");
  if (first == std::string_view::npos || tex.substr(first, 7) != "\\begin{") return false;
  const auto close = tex.find('}', first);
  if (close == std::string_view::npos) return false;
  const std::string_view name = tex.substr(first + 7, close - first - 7);
  if (std::find(std::begin(names), std::end(names), name) == std::end(names)) return false;
  const std::string end = "\\end{" + std::string(name) + "}";
  const auto last = tex.find_last_not_of(" \t\n");
  return last + 1 >= end.size() && tex.substr(last + 1 - end.size(), end.size()) == end &&
         tex.find("\\begin{" + std::string(name) + "}", first + 1) == std::string_view::npos;
}

// A formula without blank lines (a \par inside math is an error), trimmed.
std::string tidy_formula(std::string_view tex) {
  std::string out;
  std::size_t start = 0;
  while (start <= tex.size()) {
    auto end = tex.find('\n', start);
    if (end == std::string_view::npos) end = tex.size();
    const std::string_view line = tex.substr(start, end - start);
    if (line.find_first_not_of(" \t\r") != std::string_view::npos) out += (out.empty() ? "" : "\n") + std::string(line);
    start = end + 1;
  }
  return out;
}

const char* kPreamble = R"(\usepackage{iftex}
\RequireLuaTeX
\usepackage{fontspec}
% Latin Modern for text (it matches the math), with DejaVu for the characters it lacks.
\directlua{luaotfload.add_fallback("npfallback", {"DejaVu Serif:mode=node;", "DejaVu Sans:mode=node;"})}
\setmainfont{Latin Modern Roman}[RawFeature={fallback=npfallback}]
\setsansfont{Latin Modern Sans}[RawFeature={fallback=npfallback}]
\setmonofont{DejaVu Sans Mono}[Scale=MatchLowercase]
\usepackage{amsmath,amssymb,mathtools}
% KaTeX's \mathscr and {CD}.
\usepackage{mathrsfs,amscd}
\usepackage{bm}
\usepackage{cancel}
\usepackage{xcolor}
\usepackage{graphicx}
\usepackage{array,longtable,booktabs}
% KaTeX's dashed rules in arrays ({array}{c:c}, \hdashline).
\usepackage{arydshln}
\usepackage{fvextra}
\usepackage{lua-ul}
\usepackage[hyphens]{url}
\usepackage{hyperref}
% Footnotes in a tabular (a table in a list or a quote) are kept and set below the page.
\usepackage{footnotehyper}
\makesavenoteenv{tabular}
\hypersetup{colorlinks=true, linkcolor=blue!50!black, urlcolor=blue!60!black, citecolor=blue!50!black, bookmarksnumbered=true}
\setcounter{secnumdepth}{1}
\setcounter{tocdepth}{1}
\setlength{\emergencystretch}{3em}
% np's markup: code, images, rules, summaries, prerequisites and requirements.
\DefineVerbatimEnvironment{npcode}{Verbatim}{commandchars=\\\{\},breaklines,breakanywhere,fontsize=\small,frame=leftline,framesep=2mm}
\NewDocumentCommand{\npinline}{m}{\texttt{#1}}
% \relax: lua-ul would read a [ that starts the text as its colour option (~~[a] b~~).
\NewDocumentCommand{\npdel}{m}{\strikeThrough{\relax#1}}
\newsavebox{\npimagebox}
\NewDocumentCommand{\npimage}{m}{\ifvmode\noindent\fi\sbox{\npimagebox}{\includegraphics{#1}}\ifdim\wd\npimagebox>\linewidth\resizebox{\linewidth}{!}{\usebox{\npimagebox}}\else\usebox{\npimagebox}\fi}
\newcommand{\npruler}{\par\noindent\rule{\linewidth}{0.4pt}\par}
\newcommand{\npsummary}[1]{\par\noindent\emph{#1}\par\medskip}
\newcommand{\npprerequisites}[1]{\par\noindent{\small\sffamily Before this note: #1}\par\medskip}
\newcommand{\nprequires}[1]{\par\noindent{\small\sffamily Requires #1 to run the code of this module.}\par\medskip}
\makeatletter
\newcommand{\npstartat}[1]{\setcounter{\@enumctr}{#1}}
% KaTeX's commands that LaTeX lacks and a KaTeX macro cannot spell (the others are written with
% \providecommand below); their names are LaTeX's then, which np.yaml's macros may not take.
\newcommand{\xlongequal}[2][]{\ext@arrow 0055{\arrowfill@\Relbar\Relbar\Relbar}{#1}{#2}}
\newcommand{\xtwoheadrightarrow}[2][]{\ext@arrow 0579{\arrowfill@\relbar\relbar\twoheadrightarrow}{#1}{#2}}
\newcommand{\xtwoheadleftarrow}[2][]{\ext@arrow 5097{\arrowfill@\twoheadleftarrow\relbar\relbar}{#1}{#2}}
\newcommand{\xrightleftarrows}[2][]{\mathrel{\overset{#2}{\underset{#1}{\rightleftarrows}}}}
\newcommand{\xtofrom}[2][]{\mathrel{\overset{#2}{\underset{#1}{\rightleftarrows}}}}
\newcommand{\xrightequilibrium}[2][]{\xrightleftharpoons[#1]{#2}}
\newcommand{\xleftequilibrium}[2][]{\xleftrightharpoons[#1]{#2}}
\newcommand{\sout}[1]{\strikeThrough{\relax#1}}
\newenvironment{darray}{\everymath{\displaystyle}\begin{array}}{\end{array}}
\makeatother
)";

std::uint32_t crc32(std::string_view bytes) {
  std::uint32_t crc = 0xFFFFFFFFu;
  for (unsigned char b : bytes) {
    crc ^= b;
    for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return ~crc;
}

// Why LuaTeX would stop on this image (it aborts the whole run on a damaged PNG), or "".
std::string damaged_image(std::string_view bytes, const std::string& ext) {
  if (ext == "pdf") return bytes.substr(0, 5) == "%PDF-" ? "" : "it does not start with %PDF-";
  if (ext == "jpg" || ext == "jpeg") return bytes.size() > 4 && bytes.substr(0, 2) == "\xFF\xD8" ? "" : "it is not a JPEG file";
  if (bytes.substr(0, 8) != "\x89PNG\r\n\x1A\n") return "it is not a PNG file";
  for (std::size_t i = 8; i + 12 <= bytes.size();) {
    const auto u = [&](std::size_t at) {
      return static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at])) << 24 |
             static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + 1])) << 16 |
             static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + 2])) << 8 | static_cast<unsigned char>(bytes[at + 3]);
    };
    const std::uint32_t length = u(i);
    if (length > bytes.size() - i - 12) return "a PNG chunk runs past the end of the file";
    const std::string_view type = bytes.substr(i + 4, 4);
    if (crc32(bytes.substr(i + 4, 4 + length)) != u(i + 8 + length)) return "the CRC of its " + std::string(type) + " chunk is wrong";
    if (type == "IEND") return "";
    i += 12 + length;
  }
  return "it has no IEND chunk";
}

class LatexBook {
 public:
  LatexBook(const ExportContext& context, std::vector<Diagnostic>& diagnostics)
      : ctx_(context), c_(context.analysis.curriculum), diagnostics_(diagnostics) {}

  // Fills files() (project-relative path -> contents); false when the export must not be written.
  bool build() {
    std::string main = "% Written by np export latex. Compile with: latexmk -lualatex -no-shell-escape main.tex\n";
    main += "\\documentclass[11pt," + paper() + ",oneside,openany]{" + document_class() + "}\n";
    main += kPreamble;
    main += macros();
    const BookMetadata& b = c_.config.book;
    main += "\\hypersetup{pdftitle={" + escape_text(b.title) + "}, pdfauthor={" + escape_text(b.author) + "}}\n";
    main += "\\begin{document}\n\\frontmatter\n" + title_page() + "\\tableofcontents\n\\mainmatter\n";
    std::set<std::string> used_files;
    for (const Part& part : c_.parts) {
      if (!part_selected(part)) continue;
      main += "\n\\part{" + escape_text(part.title) + "}\n";
      for (std::size_t m : part.modules) {
        const Module& module = c_.modules[m];
        if (!module_selected(module)) continue;
        main += "\n\\chapter{" + escape_text(module.title) + "}\n";
        if (!module.summary.empty()) main += "\\npsummary{" + escape_text(module.summary) + "}\n";
        if (!module.requires_env.empty()) {
          std::string list;
          for (const auto& r : module.requires_env) list += (list.empty() ? "" : ", ") + std::string("\\npinline{") + escape_text(r) + "}";
          main += "\\nprequires{" + list + "}\n";
        }
        for (std::size_t n : module.notes) {
          if (!ctx_.selection.contains(n)) continue;
          std::string stem = "m" + two_digits(module.number) + "-" + file_stem(c_.notes[n].id);
          for (int k = 2; used_files.count(stem); ++k)
            stem = "m" + two_digits(module.number) + "-" + file_stem(c_.notes[n].id) + "-" + std::to_string(k);
          used_files.insert(stem);
          files_["notes/" + stem + ".tex"] = note(n);
          main += "\\input{notes/" + stem + "}\n";
        }
      }
    }
    main += "\\end{document}\n";
    files_["main.tex"] = main;
    files_["latexmkrc"] =
        "# Written by np export latex: LuaLaTeX, never shell escape.\n"
        "$pdf_mode = 4;\n"
        "$lualatex = 'lualatex -no-shell-escape -interaction=nonstopmode -file-line-error %O %S';\n"
        "@default_files = ('main.tex');\n";
    files_["README.txt"] =
        "This LaTeX project was written by `np export latex` from the curriculum \"" + utf8::drop_control_characters(b.title) +
        "\".\n\nCompile it with LuaLaTeX (TeX Live: latexmk, texlive-luatex, texlive-latex-extra, fonts-dejavu-core):\n\n"
        "    latexmk -lualatex -no-shell-escape main.tex\n\nmain.tex holds the preamble, the parts and the modules; notes/ holds one file "
        "per note;\n"
        "assets/ holds the curriculum's images. Re-export rather than edit: np replaces this folder.\n";
    files_[".np-export-latex"] = "This folder is replaced by each `np export latex`.\n";
    return !failed_;
  }

  const std::map<std::string, std::string>& files() const { return files_; }

 private:
  bool module_selected(const Module& m) const {
    return std::any_of(m.notes.begin(), m.notes.end(), [&](std::size_t n) { return ctx_.selection.contains(n); });
  }
  bool part_selected(const Part& p) const {
    return std::any_of(p.modules.begin(), p.modules.end(), [&](std::size_t m) { return module_selected(c_.modules[m]); });
  }

  void report(Severity severity, const std::string& file, std::string message, const Position& at = {}, std::string hint = {}) {
    Diagnostic d;
    d.file = file;
    d.line = at.line;
    d.column = at.column;
    d.severity = severity;
    d.rule = rules::export_latex.id;
    d.message = std::move(message);
    d.hint = std::move(hint);
    diagnostics_.push_back(std::move(d));
    if (severity == Severity::error) failed_ = true;
  }
  void error(const std::string& file, std::string message, const Position& at = {}, std::string hint = {}) {
    report(Severity::error, file, std::move(message), at, std::move(hint));
  }

  std::string config_string(const char* key, const std::string& fallback) const {
    return ctx_.settings.options.contains(key) && ctx_.settings.options[key].is_string() ? ctx_.settings.options[key].get<std::string>()
                                                                                         : fallback;
  }

  // export.latex.class in np.yaml: a class name, letters and digits only.
  std::string document_class() {
    const std::string name = config_string("class", "book");
    if (name.empty() ||
        !std::all_of(name.begin(), name.end(), [](char ch) { return std::isalnum(static_cast<unsigned char>(ch)) || ch == '-'; })) {
      error("np.yaml", "export.latex.class '" + name + "' is not a LaTeX class name", {},
            "use letters, digits and '-', e.g. book or scrbook");
      return "book";
    }
    return name;
  }
  std::string paper() {
    const std::string name = config_string("paper", "a4paper");
    if (name != "a4paper" && name != "letterpaper" && name != "a5paper" && name != "b5paper") {
      error("np.yaml", "export.latex.paper '" + name + "' is not a paper size", {}, "use a4paper, letterpaper, a5paper or b5paper");
      return "a4paper";
    }
    return name;
  }

  // KaTeX's macros that LaTeX lacks, then np.yaml's macros. The config loader has refused np.yaml
  // if a macro fails the allowlist; the check runs again here, so that nothing of np.yaml reaches
  // the preamble unchecked. \newcommand (never \renewcommand) refuses, in LaTeX too, any name a
  // class or package np does not know about already defines.
  std::string macros() {
    const auto& user = c_.config.katex_macros;
    for (const latex::MacroProblem& p : latex::check_macros(user)) {
      const YamlLocation at = c_.config.document.locate("/katex/macros/" + json_pointer_token(p.name));
      error(c_.config.path.empty() ? "np.yaml" : c_.config.path, p.message,
            c_.config.source.position(p.in_name ? at.key_begin : at.value_begin), p.hint);
    }
    std::string out = "% KaTeX's own macros that LaTeX lacks (np.yaml's macros replace them).\n";
    for (const latex::CompatMacro& m : latex::katex_compat_macros())
      if (!user.count(std::string(m.name)))
        out += "\\providecommand{" + std::string(m.name) + "}" + arguments(m.arguments) + "{" + std::string(m.body) + "}\n";
    out += "% np.yaml's katex.macros.\n";
    for (const auto& [name, body] : user)
      out += "\\newcommand{" + name + "}" + arguments(latex::macro_parameters(body)) + "{" + body + "}\n";
    return out;
  }
  static std::string arguments(int n) { return n ? "[" + std::to_string(n) + "]" : ""; }

  std::string title_page() const {
    const BookMetadata& b = c_.config.book;
    std::string t = "\\begin{titlepage}\n\\centering\n\\vspace*{0.2\\textheight}\n{\\Huge\\bfseries " + escape_text(b.title) + "\\par}\n";
    if (!b.subtitle.empty()) t += "\\vspace{1em}\n{\\Large " + escape_text(b.subtitle) + "\\par}\n";
    if (!b.author.empty()) t += "\\vspace{3em}\n{\\large " + escape_text(b.author) + "\\par}\n";
    t += "\\vfill\n";
    if (!b.description.empty())
      t += "\\begin{minipage}{0.8\\textwidth}\\centering " + escape_text(b.description) + "\\end{minipage}\\par\n\\vspace{2em}\n";
    if (!ctx_.selection.description.empty() && ctx_.selection.description != "the whole curriculum")
      t += "{\\small This book holds " + escape_text(ctx_.selection.description) + ".\\par}\n";
    if (!b.license.empty()) t += "{\\small " + escape_text(b.license) + "\\par}\n";
    t += "{\\small " + iso_timestamp(ctx_.timestamp).substr(0, 10) + "\\par}\n\\end{titlepage}\n";
    return t;
  }

  // The label of a link's target: the heading's when the anchor is one np labels, else the note's.
  std::string target_label(std::size_t target, const std::string& anchor) const {
    const Note& t = c_.notes[target];
    if (!anchor.empty())
      for (const Heading& h : t.body.headings)
        if (h.anchor == anchor) return latex::label(t.id, anchor);
    return latex::label(t.id);
  }

  latex::LinkOut link(std::size_t index, std::size_t i, const Link& written) {
    const LinkDestination d = link_destination(ctx_, index, i);
    latex::LinkOut out;
    if (d.kind == LinkDestination::Kind::note) {
      out.kind = latex::LinkOut::Kind::ref;
      out.target = target_label(d.note, d.anchor);
    } else if (d.kind == LinkDestination::Kind::url && external_url_problem(d.url).empty()) {
      // http, https and mailto only, as lint accepts them: hyperref makes a Launch or GoToR
      // action of anything else (run:, a relative file).
      out.kind = latex::LinkOut::Kind::url;
      out.target = d.url;
    } else if (d.kind == LinkDestination::Kind::url ||
               (index < ctx_.analysis.links.by_note.size() && i < ctx_.analysis.links.by_note[index].size() &&
                ctx_.analysis.links.by_note[index][i].kind == LinkKind::broken)) {
      // A dead link (lint has refused it: only --force gets here) is its text.
      const Note& n = c_.notes[index];
      report(Severity::warning, n.source.path(),
             "link to '" + utf8::drop_control_characters(written.target) + "' cannot be a link in the book: its text is written",
             n.source.position(written.begin));
    }
    return out;
  }

  std::string image(std::size_t index, std::size_t i, const Link& written) {
    const Note& n = c_.notes[index];
    const LinkDestination d = link_destination(ctx_, index, i);
    if (d.kind != LinkDestination::Kind::asset) {
      report(Severity::warning, n.source.path(),
             "image '" + written.target + "' is not a file of the curriculum: its alt text is written instead",
             n.source.position(written.begin));
      return std::string();
    }
    const auto dot = d.asset.rfind('.');
    const std::string ext = dot == std::string::npos ? "" : lowercase(d.asset.substr(dot + 1));
    if (ext != "png" && ext != "jpg" && ext != "jpeg" && ext != "pdf") {
      report(Severity::warning, n.source.path(),
             "image '" + d.asset + "' is not a format LaTeX includes (PNG, JPEG, PDF): its alt text is written instead",
             n.source.position(written.begin));
      return std::string();
    }
    auto it = assets_.find(d.asset);
    if (it == assets_.end()) {
      const ReadResult r = read_asset(ctx_, d.asset, 64u << 20);
      const std::string damage = !r.ok ? "cannot read it: " + r.error : damaged_image(r.text, ext);
      if (!damage.empty()) {
        report(Severity::warning, n.source.path(), "image '" + d.asset + "' is left out (" + damage + "): its alt text is written instead",
               n.source.position(written.begin));
        return std::string();
      }
      const auto slash = d.asset.rfind('/');
      const std::string base =
          d.asset.substr(slash == std::string::npos ? 0 : slash + 1, dot - (slash == std::string::npos ? 0 : slash + 1));
      char number[16];
      std::snprintf(number, sizeof number, "%03zu", assets_.size() + 1);
      it = assets_.emplace(d.asset, "assets/" + std::string(number) + "-" + file_stem(base) + "." + ext).first;
      files_[it->second] = r.text;
    }
    return it->second;
  }

  // The checked formula. One np cannot write as math (the parser or the allowlist refuses it, or
  // LaTeX cannot typeset it: latex_math.h) is written as its TeX source in
  // code, with a warning: one formula never stops the book (lint has said so first, and without
  // --force the export never gets here with a refused formula).
  std::string math(const Note& n, const MathSpan& m, bool in_heading) {
    math::ParseOptions options;
    options.display = m.display;
    options.macros = &macros_;
    for (const math::Issue& issue : math::check_formula(m.tex, options)) {
      if (!latex::export_refuses(issue.code)) continue;
      return degraded(n, m, in_heading, issue.message, m.source_offset(issue.begin), issue.hint);
    }
    if (const auto problem = latex::latex_export_problem(m.tex, &c_.config.katex_macros))
      return degraded(n, m, in_heading, problem->message, m.source_offset(problem->offset), problem->hint);
    const latex::LatexFormula formula = latex::latex_formula(m.tex);
    const std::string tex = tidy_formula(formula.tex);
    if (in_heading) return "\\texorpdfstring{\\( " + tex + " \\)}{" + escape_text(tidy_formula(m.tex)) + "}";
    if (!m.display) return "\\( " + tex + " \\)";
    if (standalone_environment(tex)) return tex;
    return "\\[\n" + tex + "\n\\]";
  }

  // A formula's TeX source, escaped, in code: $...$ inline, $$...$$ on a line of its own.
  std::string degraded(const Note& n, const MathSpan& m, bool in_heading, const std::string& why, std::size_t offset,
                       const std::string& hint) {
    report(Severity::warning, n.source.path(), "formula written as its TeX source: " + why, n.source.position(offset), hint);
    const std::string fence = m.display ? "$$" : "$";
    std::string source = tidy_formula(m.tex);
    std::replace(source.begin(), source.end(), '\n', ' ');
    const std::string code = "\\npinline{" + escape_text(fence + source + fence) + "}";
    if (in_heading) return "\\texorpdfstring{" + code + "}{" + escape_text(source) + "}";
    return m.display ? "\\par\\noindent " + code + "\\par" : code;
  }

  // Raw HTML never reaches the project: np says what it leaves out.
  void raw_html(const Note& n, std::size_t offset, const std::string& html) {
    const auto first = html.find_first_not_of(" \t\n");
    if (first == std::string::npos || html.compare(first, 4, "<!--") == 0) return;
    std::string shown = utf8::drop_control_characters(html.substr(first, 40));
    if (const auto nl = shown.find('\n'); nl != std::string::npos) shown.resize(nl);
    report(Severity::warning, n.source.path(), "raw HTML is left out of the LaTeX export: " + shown, n.source.position(offset));
  }

  std::string note(std::size_t index) {
    const Note& n = c_.notes[index];
    std::string out = "% " + n.source.path() + " (written by np export latex)\n";
    out += "\\section{" + escape_text(n.title) + "}\\label{" + latex::label(n.id) + "}\n";
    if (!n.summary.empty()) out += "\\npsummary{" + escape_text(n.summary) + "}\n";
    if (!n.prerequisites.empty()) {
      std::string list;
      for (const auto& p : n.prerequisites) {
        list += list.empty() ? "" : ", ";
        const auto it = c_.note_by_id.find(p.id);
        if (it != c_.note_by_id.end() && ctx_.selection.contains(it->second))
          list += "\\hyperref[" + latex::label(c_.notes[it->second].id) + "]{" + escape_text(c_.notes[it->second].title) + "}";
        else
          list += escape_text(it != c_.note_by_id.end() ? c_.notes[it->second].title : p.id);
      }
      out += "\\npprerequisites{" + list + "}\n";
    }
    out += "\n";
    latex::WriterOptions options;
    options.link = [&](std::size_t i, const Link& l) { return link(index, i, l); };
    options.image = [&](std::size_t i, const Link& l) { return image(index, i, l); };
    options.math = [&](std::size_t, const MathSpan& m, bool in_heading) { return math(n, m, in_heading); };
    options.heading_label = [&](std::size_t, const Heading& h) {
      return h.anchor.empty() ? std::string() : "\\label{" + latex::label(n.id, h.anchor) + "}";
    };
    options.footnote_label = [&](std::size_t footnote) { return latex::label(n.id, "") + "::fn" + std::to_string(footnote + 1); };
    options.raw_html = [&](std::size_t offset, const std::string& html) { raw_html(n, offset, html); };
    out += latex::render_latex(n.source, n.body, options);
    return out + "\n";
  }

  const ExportContext& ctx_;
  const Curriculum& c_;
  const math::MacroTable macros_{c_.config.katex_macros};
  std::vector<Diagnostic>& diagnostics_;
  std::map<std::string, std::string> files_;
  std::map<std::string, std::string> assets_;  // root-relative source -> project path
  bool failed_ = false;
};

class LatexExporter final : public Exporter {
 public:
  std::string_view name() const override { return "latex"; }
  std::string_view description() const override {
    return "A LaTeX book project (LuaLaTeX, latexmk): parts, modules and notes, cross-references, checked math";
  }
  std::string default_destination(const Curriculum& c) const override { return "build/" + book_slug(c) + "-latex"; }
  ExportOutcome run(const ExportContext& context, std::vector<Diagnostic>& diagnostics) const override {
    LatexBook book(context, diagnostics);
    if (!book.build()) return export_stopped(diagnostics);
    std::string error;
    if (write_export_folder(context.destination, book.files(), ".np-export-latex", error)) return ExportOutcome::written;
    return output_failed(context, std::move(error), diagnostics);
  }
};

}  // namespace

const Exporter& latex_exporter() {
  static const LatexExporter exporter;
  return exporter;
}

}  // namespace np
