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

struct MathFinding {
  std::size_t note = 0;  // index into Curriculum::notes
  IssueCode code = IssueCode::syntax;
  std::size_t begin = 0, end = 0;  // byte offsets in the note's file
  std::string message, hint;
};

// Sorted by note, then offset. `threads`: 0 for all cores.
std::vector<MathFinding> check_math(const Curriculum& curriculum, unsigned threads = 0);

// The findings of one note (what check_math computes per note).
class MacroTable;
std::vector<MathFinding> check_note_math(const Note& note, std::size_t index, const MacroTable* macros);

}  // namespace np::math
