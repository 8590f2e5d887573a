// KaTeX's lexer (Lexer.js): splits TeX into tokens. A token is a control word with the spaces
// after it (\frac), a control symbol (\{, \\), a control space (\ ), a run of spaces, one
// character with the combining accents after it, or a whole \verb|...|. A comment (% to the end of
// the line) is skipped. Offsets are bytes of the input; the input outlives the lexer and the tokens
// it makes, which view it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "np/math/issue.h"

namespace np::math {

// Trivially copyable: the gullet copies tokens at every step. The text views the formula, a macro's
// text, a constant, or a string the parse keeps (Gullet::keep): all outlive the parse.
struct Token {
  std::string_view text;  // "EOF" at the end of the input, " " for a run of spaces
  std::uint32_t begin = 0, end = 0;
  bool noexpand = false;        // \noexpand: do not expand this token
  bool treat_as_relax = false;  // \noexpand: the token means \relax
};

// What KaTeX's parser throws; carries the issue to report (the parse stops there).
struct ParseError {
  Issue issue;
};

class Lexer {
 public:
  explicit Lexer(std::string_view input) : input_(input) {}

  // The next token; throws ParseError on a character KaTeX does not lex (a control character,
  // a private-use character, a lone backslash).
  Token lex();

  // TeX category codes KaTeX distinguishes: 14 comment (% by default), 13 active (~ by
  // default), 12 other. \url and \href switch them while they read a URL.
  void set_catcode(char c, int code);
  int catcode(std::string_view text) const;

  // Where comments were skipped (the offset of each %), and whether one ran to the end of the
  // input (KaTeX's strict mode: "% comment has no terminating newline").
  const std::vector<std::uint32_t>& comments() const { return comments_; }
  std::string_view input() const { return input_; }
  bool comment_at_end() const { return comment_at_end_; }

 private:
  std::string_view input_;
  std::size_t pos_ = 0;
  int percent_ = 14, tilde_ = 13;
  std::vector<std::uint32_t> comments_;
  bool comment_at_end_ = false;
};

}  // namespace np::math
