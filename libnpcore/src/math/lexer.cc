// A port of KaTeX's tokenRegex (Lexer.js) to a hand-written scanner over UTF-8: the same token
// boundaries, the same characters refused.
#include "np/math/lexer.h"

#include <cstdio>

#include "np/utf8.h"

namespace np::math {

namespace {

bool is_space(char c) { return c == ' ' || c == '\r' || c == '\n' || c == '\t'; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_combining_mark(char32_t cp) { return cp >= 0x300 && cp <= 0x36F; }

// The characters a token may consist of (KaTeX: "[!-\[\]-\u2027\u202A-\uD7FF\uF900-\uFFFF]" or
// a surrogate pair): no control characters, no backslash, no line or paragraph separator, no
// private-use area of the BMP.
bool is_token_char(char32_t cp) {
  return (cp >= 0x21 && cp <= 0x5B) || (cp >= 0x5D && cp <= 0x2027) || (cp >= 0x202A && cp <= 0xD7FF) || (cp >= 0xF900 && cp <= 0xFFFF) ||
         (cp >= 0x10000 && cp <= 0x10FFFF);
}

// JavaScript's `.`: anything but a line terminator.
bool is_line_terminator(char32_t cp) { return cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029; }

std::string describe(char32_t cp) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
  return buf;
}

}  // namespace

void Lexer::set_catcode(char c, int code) {
  if (c == '%')
    percent_ = code;
  else if (c == '~')
    tilde_ = code;
}

int Lexer::catcode(std::string_view text) const {
  if (text == "%") return percent_;
  if (text == "~") return tilde_;
  return -1;  // no catcode assigned: an ordinary character
}

Token Lexer::lex() {
  for (;;) {
    const std::size_t start = pos_;
    const auto at = [&](std::size_t i) { return i < input_.size() ? input_[i] : '\0'; };
    const auto token = [&](std::string_view text) {
      return Token{text, static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(pos_)};
    };
    if (pos_ >= input_.size()) return token("EOF");
    // The commonest token: one printable ASCII character (not \\ or %), which no combining mark
    // (a byte from 0x80) follows. The general path below reads it the same way.
    if (const unsigned char c = static_cast<unsigned char>(input_[pos_]);
        c >= 0x21 && c <= 0x7F && c != '\\' && c != '%' && static_cast<unsigned char>(at(pos_ + 1)) < 0x80) {
      ++pos_;
      return token(input_.substr(start, 1));
    }
    if (is_space(input_[pos_])) {
      while (pos_ < input_.size() && is_space(input_[pos_])) ++pos_;
      return token(" ");
    }
    if (input_[pos_] == '\\') {
      const char next = at(pos_ + 1);
      // A control space: \ followed by a newline, or by blanks and at most one newline.
      if (next == '\n' || next == ' ' || next == '\r' || next == '\t') {
        pos_ += 1;
        if (at(pos_) == '\n') {
          ++pos_;
        } else {
          while (at(pos_) == ' ' || at(pos_) == '\r' || at(pos_) == '\t') ++pos_;
          if (at(pos_) == '\n') ++pos_;
        }
        while (at(pos_) == ' ' || at(pos_) == '\r' || at(pos_) == '\t') ++pos_;
        return token("\\ ");
      }
      // \verb*|...| and \verb|...| on one line.
      if (input_.substr(pos_, 5) == "\\verb" && pos_ + 5 < input_.size()) {
        std::size_t i = pos_ + 5;
        const bool star = input_[i] == '*';
        if (star) ++i;
        if (i < input_.size() && (star || !is_letter(input_[i]))) {
          const std::size_t delim_begin = i;
          const char32_t delim = utf8::decode(input_, i);
          const std::size_t delim_size = i - delim_begin;
          bool closed = false;
          while (i < input_.size()) {
            std::size_t j = i;
            const char32_t cp = utf8::decode(input_, j);
            if (cp == delim) {
              i = j;
              closed = true;
              break;
            }
            if (is_line_terminator(cp)) break;
            i = j;
          }
          if (closed && delim_size > 0) {
            pos_ = i;
            return token(input_.substr(start, pos_ - start));
          }
        }
      }
      if (is_letter(next) || next == '@') {
        std::size_t i = pos_ + 1;
        while (i < input_.size() && (is_letter(input_[i]) || input_[i] == '@')) ++i;
        const std::string_view word = input_.substr(pos_, i - pos_);
        while (i < input_.size() && is_space(input_[i])) ++i;
        pos_ = i;
        return token(word);
      }
      std::size_t i = pos_ + 1;
      if (i < input_.size()) {
        const char32_t cp = utf8::decode(input_, i);
        if (cp <= 0xFFFF && !(cp >= 0xD800 && cp <= 0xDFFF)) {
          pos_ = i;
          return token(input_.substr(start, pos_ - start));
        }
      }
      pos_ = start + 1;
      throw ParseError{{IssueCode::syntax, static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(start + 1),
                        "unexpected character '\\': a backslash must start a command", ""}};
    }
    std::size_t i = pos_;
    const char32_t cp = utf8::decode(input_, i);
    if (!is_token_char(cp)) {
      throw ParseError{{IssueCode::syntax, static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(i),
                        "unexpected character " + describe(cp) + ": KaTeX does not accept control or private-use characters", ""}};
    }
    for (std::size_t j = i; j < input_.size();) {
      if (!is_combining_mark(utf8::decode(input_, j))) break;
      i = j;
    }
    pos_ = i;
    if (pos_ - start == 1 && input_[start] == '%' && percent_ == 14) {
      // A comment: skip to the start of the next line.
      comments_.push_back(static_cast<std::uint32_t>(start));
      const auto newline = input_.find('\n', pos_);
      if (newline == std::string_view::npos) {
        pos_ = input_.size();
        comment_at_end_ = true;
      } else {
        pos_ = newline + 1;
      }
      continue;
    }
    return token(input_.substr(start, pos_ - start));
  }
}

}  // namespace np::math
