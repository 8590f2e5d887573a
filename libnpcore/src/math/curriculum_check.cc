// check_math: the formulas of every note (in parallel: notes are independent) and the Markdown
// around them. Offsets in a formula's TeX become file offsets through MathSpan::source_offset.
#include <algorithm>
#include <cctype>
#include <map>

#include "analysis/counts.h"
#include "export/latex/latex_math.h"
#include "np/math/check.h"
#include "np/math/parser.h"
#include "util/parallel.h"

namespace np::math {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

class NoteChecker {
 public:
  NoteChecker(const Note& note, std::size_t index, const MacroTable* macros, std::vector<MathFinding>& out)
      : note_(note), index_(index), macros_(macros), text_(note.source.text()), out_(out) {
    if (macros_)
      for (std::string& name : macros_->names()) macro_names_.emplace(std::move(name), std::string());
  }

  void run() {
    for (const MathSpan& span : note_.body.math) check_span(span);
    check_dollars();
  }

 private:
  void add(IssueCode code, std::size_t begin, std::size_t end, std::string message, std::string hint) {
    out_.push_back(MathFinding{index_, code, begin, std::max(begin, end), std::move(message), std::move(hint)});
  }

  void check_span(const MathSpan& span) {
    if (span.dollars) {  // not a formula to np (MathSpan::dollars)
      check_inline_delimiters(span);
      return;
    }
    ParseOptions options;
    options.display = span.display;
    options.macros = macros_;
    bool refused = false;
    for (Issue& issue : check_formula(span.tex, options, &workspace_)) {
      refused = refused || latex::export_refuses(issue.code);
      add(issue.code, span.source_offset(issue.begin), span.source_offset(issue.end), std::move(issue.message), std::move(issue.hint));
    }
    // What the LaTeX export would write as the formula's source, said before it does.
    if (!refused)
      if (auto problem = latex::latex_export_problem(span.tex, &macro_names_))
        add(IssueCode::latex_incompatible, span.source_offset(problem->offset),
            span.source_offset(std::max(problem->end, problem->offset + 1)),
            "the LaTeX export writes this formula as its source: " + problem->message, std::move(problem->hint));
    if (span.in_sentence) {
      const std::size_t open = span.pieces.empty() ? span.begin : span.pieces.front().source;
      add(IssueCode::dollar_ambiguous, open >= 2 ? open - 2 : open, open,
          "'$$' inside a sentence: np writes an inline formula (as kramdown does); md4c and GitHub show a display formula",
          "write $...$ for a formula in the sentence, or put $$...$$ in a paragraph of its own for a display formula");
    } else if (!span.display && !span.fenced && !span.pieces.empty()) {
      check_inline_delimiters(span);
    }
  }

  // md4c pairs any two '$'; pandoc wants no space inside the delimiters and no digit after the
  // closing one ($5 and $10 are prices to pandoc), and a letter after it (the $n$th) is read
  // differently by renderers that want the formula to end at a word boundary.
  void check_inline_delimiters(const MathSpan& span) {
    const std::size_t open = span.pieces.front().source;
    if (open == 0 || text_[open - 1] != '$') return;
    std::size_t close = span.end;
    while (close < text_.size() && text_[close] != '$') ++close;
    if (close >= text_.size()) return;
    const char after = close + 1 < text_.size() ? text_[close + 1] : '\n';
    const std::string shown = "'$" + span.tex + "$'";
    if (span.dollars) {
      add(IssueCode::dollar_ambiguous, open - 1, close + 1,
          "np (like pandoc) reads these '$' as dollar signs and writes " + shown + " as text; md4c and GitHub read a formula",
          "write \\$ for a dollar sign; a formula has no space after its opening '$' or before its closing one, and no digit after it");
    } else if (std::isalpha(static_cast<unsigned char>(after))) {
      std::size_t word = close + 1;
      while (word < text_.size() && std::isalpha(static_cast<unsigned char>(text_[word]))) ++word;
      const std::string letters(text_.substr(close + 1, word - close - 1));
      add(IssueCode::dollar_ambiguous, close, word,
          "'" + letters + "' right after the closing '$': some renderers do not end the formula before a letter",
          "write $" + span.tex + "$-" + letters + ", or put the letters in the formula: $" + span.tex + "^{\\text{" + letters + "}}$");
    }
  }

  std::size_t line_end(std::size_t at) const {
    const auto nl = text_.find('\n', at);
    return nl == std::string_view::npos ? text_.size() : nl;
  }

  // The first unescaped run of exactly `length` '$' from `from` to `to`, or npos.
  std::size_t find_run(std::size_t from, std::size_t to, std::size_t length) const {
    for (std::size_t i = from; i < to; ++i) {
      if (text_[i] != '$' || (i > 0 && text_[i - 1] == '\\')) continue;
      std::size_t j = i;
      while (j < to && text_[j] == '$') ++j;
      if (j - i == length) return i;
      i = j - 1;
    }
    return std::string_view::npos;
  }

  // What ends a paragraph inside $$...$$: a blank line, a heading, a list item. Its offset, or npos.
  std::size_t paragraph_break(std::size_t from, std::size_t to) const {
    for (std::size_t line = text_.find('\n', from); line != std::string_view::npos && line < to; line = text_.find('\n', line + 1)) {
      std::size_t i = line + 1, indent = 0;
      while (i < to && (text_[i] == ' ' || text_[i] == '\t') && indent < 4) ++i, ++indent;
      if (i >= to) break;
      const char c = text_[i];
      const char next = i + 1 < text_.size() ? text_[i + 1] : '\n';
      if (c == '\n' || c == '\r') return line + 1;
      std::size_t hashes = i;
      while (hashes < to && text_[hashes] == '#') ++hashes;
      if (hashes > i && hashes - i <= 6 && (hashes >= text_.size() || is_blank(text_[hashes]))) return i;
      if ((c == '-' || c == '*' || c == '+') && (next == ' ' || next == '\t')) return i;
      std::size_t d = i;
      while (d < to && std::isdigit(static_cast<unsigned char>(text_[d]))) ++d;
      if (d > i && d < text_.size() && (text_[d] == '.' || text_[d] == ')') && d + 1 < text_.size() &&
          (text_[d + 1] == ' ' || text_[d + 1] == '\t'))
        return i;
    }
    return std::string_view::npos;
  }

  void check_dollars() {
    const auto& dollars = note_.body.dollars;
    std::vector<bool> done(dollars.size(), false);
    const auto mark_done = [&](std::size_t offset) {
      for (std::size_t k = 0; k < dollars.size(); ++k)
        if (dollars[k].begin == offset) done[k] = true;
    };
    for (std::size_t k = 0; k < dollars.size(); ++k) {
      if (done[k]) continue;
      const TextDollar& d = dollars[k];
      const std::size_t after = d.begin + d.length;
      if (d.in_table && d.length <= 2) {
        // GitHub tables split cells at '|', also inside $...$: the formula is cut in two.
        const std::size_t end = line_end(after);
        const std::size_t close = find_run(after, end, d.length);
        const std::size_t pipe = close == std::string_view::npos ? std::string_view::npos : text_.substr(after, close - after).find('|');
        if (pipe != std::string_view::npos) {
          add(IssueCode::table_pipe, after + pipe, after + pipe + 1,
              "'|' inside a formula in a table row ends the cell: the formula is cut in two",
              "write \\vert (or \\mid for 'such that', \\lvert...\\rvert for absolute values)");
          mark_done(close);
          continue;
        }
      }
      if (d.length == 2) {
        // The partner must be a '$$' md4c also left as text (not the start of a later formula).
        std::size_t close = find_run(after, text_.size(), 2);
        const bool text_partner = std::any_of(dollars.begin() + static_cast<std::ptrdiff_t>(k) + 1, dollars.end(),
                                              [&](const TextDollar& e) { return e.begin == close && e.length == 2; });
        if (!text_partner) close = std::string_view::npos;
        const std::size_t stop = paragraph_break(after, close == std::string_view::npos ? text_.size() : close);
        if (close != std::string_view::npos && stop != std::string_view::npos) {
          const Position p = note_.source.position(stop);
          add(IssueCode::display_interrupted, d.begin, after,
              "'$$' display formula interrupted at line " + std::to_string(p.line) +
                  " (a blank line, heading or list item ends the paragraph): md4c shows both '$$' as text",
              "remove the blank line (or use % on it), or write the formula in a ```math block");
          mark_done(close);
          continue;
        }
      }
      const std::string run(d.length, '$');
      add(IssueCode::unmatched_dollar, d.begin, after, "'" + run + "' without a partner: md4c shows it as text, not as a math delimiter",
          "write \\$ for a dollar sign, or close the formula with another '" + run + "' in the same paragraph");
    }
  }

  const Note& note_;
  std::size_t index_;
  const MacroTable* macros_;
  std::map<std::string, std::string> macro_names_;  // np.yaml's macros, for the LaTeX allowlist
  ParseWorkspace workspace_;                        // the note's formulas are parsed one after the other
  std::string_view text_;
  std::vector<MathFinding>& out_;
};

}  // namespace

std::vector<MathFinding> check_note_math(const Note& note, std::size_t index, const MacroTable* macros) {
  std::vector<MathFinding> out;
  if (!note.readable || !note.body.parsed || !note.source.has_text()) return out;
  NoteChecker(note, index, macros, out).run();
  std::sort(out.begin(), out.end(), [](const MathFinding& a, const MathFinding& b) { return a.begin < b.begin; });
  return out;
}

std::vector<MathFinding> check_math(const Curriculum& curriculum, unsigned threads) {
  ++::np::detail::math_checks;
  if (curriculum.math_checked) {
    std::vector<MathFinding> out;
    for (const Note& note : curriculum.notes) out.insert(out.end(), note.math_findings.begin(), note.math_findings.end());
    return out;
  }
  const MacroTable macros(curriculum.config.katex_macros);
  std::vector<std::vector<MathFinding>> per_note(curriculum.notes.size());
  parallel_for(curriculum.notes.size(), threads, [&](std::size_t i) { per_note[i] = check_note_math(curriculum.notes[i], i, &macros); });
  std::vector<MathFinding> out;
  for (auto& findings : per_note) std::move(findings.begin(), findings.end(), std::back_inserter(out));
  return out;
}

}  // namespace np::math
