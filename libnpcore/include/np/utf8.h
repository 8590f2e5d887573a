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

// The characters np never writes into an export, and that lint reports (file-control-character):
// the C0 controls but tab, line feed and carriage return, DEL (U+007F), and the noncharacters
// U+FFFE and U+FFFF. XML 1.0 forbids most of them (epubcheck stops with RSC-016), and TeX stops on
// them or typesets nothing. NUL is reported as a binary file (file-binary) and is refused here too.
bool is_control_character(char32_t cp);

// Where the next such character starts in `text`, from byte `from` on (its byte length in
// `length`), or nullopt. Ill-formed bytes are not control characters.
std::optional<std::size_t> find_control_character(std::string_view text, std::size_t from, std::size_t& length);

// `text` without those characters (the exporters' last step on any text they write).
std::string drop_control_characters(std::string_view text);

}  // namespace np::utf8
