// The math checks of a whole curriculum: every formula of every note parsed as KaTeX would parse
// it (with np.yaml's macros), and the '$' delimiters that md4c read as text or that other
// renderers read differently. Rules (lint/rules/math_rules.cc) report the findings.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "np/curriculum.h"
#include "np/math/issue.h"

namespace np::math {

// Sorted by note, then offset. `threads`: 0 for all cores. When the loader checked the math
// (LoadOptions::check_math), the findings it kept, of the notes it checked (Note::math_checked);
// a curriculum loaded without its texts and without check_math has no formulas to check.
std::vector<MathFinding> check_math(const Curriculum& curriculum, unsigned threads = 0);

// The findings of one note (what check_math computes per note).
class MacroTable;
std::vector<MathFinding> check_note_math(const Note& note, std::size_t index, const MacroTable* macros);

}  // namespace np::math
