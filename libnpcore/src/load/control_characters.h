// Control characters (np/utf8.h is_control_character) in what the loader reads, found as
// LoadProblem::control_character (worded by the rule file-control-character): written as such anywhere in a note, part.yaml or module.yaml,
// as an HTML entity in a note's body (&#1;), or as a YAML escape in a string ("\x01", "\u007F"). EPUB readers and epubcheck stop on them
// (XML forbids them) and so does LaTeX; np reports each where it is written, and the exporters never write them.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "np/curriculum.h"

namespace np {

// Appends the findings of one file: its text, its parsed YAML (front matter or metadata, or
// null) and its body's facts (or null). At most 20 per file, the last saying how many more there
// are: a generated file full of them gives one screen, not thousands of lines.
void find_control_characters(const SourceFile& source, const YamlDocument* yaml, const BodyFacts* body, std::vector<LoadFinding>& findings);

// The strings of a parsed YAML value that hold a control character: the JSON pointer of each, with
// its first control character.
std::vector<std::pair<std::string, char32_t>> control_strings(const nlohmann::json& value);

// How np names a field in messages: "/tags/1" -> "tags[1]", "/book/title" -> "book.title".
std::string field_name(const std::string& pointer);

// "U+0001".
std::string code_point_name(char32_t cp);

}  // namespace np
