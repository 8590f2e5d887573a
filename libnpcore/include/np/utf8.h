// Small UTF-8 helpers: validation with the position of the first bad byte, code point counting.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace np::utf8 {

// The offset of the first byte that is not part of well-formed UTF-8 (overlong forms, surrogates
// and code points above U+10FFFF are ill-formed), or nullopt when the text is valid.
std::optional<std::size_t> first_invalid(std::string_view text);

// `text` with each byte that is not part of well-formed UTF-8 written as \xHH (a file name np can
// print and put into JSON).
std::string escape_invalid(std::string_view text);

// Number of code points in valid UTF-8; each byte of an ill-formed sequence counts as one.
std::size_t count_code_points(std::string_view text);

// Decodes the code point at text[i], advancing i; returns U+FFFD for an ill-formed byte.
char32_t decode(std::string_view text, std::size_t& i);
void append(std::string& out, char32_t cp);

}  // namespace np::utf8
