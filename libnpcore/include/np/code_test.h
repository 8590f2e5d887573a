// np test: the notes' code blocks, run. A ```python block runs in its own process, in a fresh
// temporary folder, without network, under a time limit; when an ```output block follows it, what
// it printed must be that text. `python no-run` blocks never run; `python requires=VAR` blocks run
// only when VAR is set (and get it; no other block sees it).
#pragma once

#include <string>
#include <vector>

#include "np/curriculum.h"
#include "np/diagnostic.h"

namespace np {

// A ```python block of a note, as np test sees it.
struct RunnableBlock {
  std::size_t note = kNone;    // index into Curriculum::notes
  std::size_t code = kNone;    // index into the note's BodyFacts::code_blocks
  std::size_t output = kNone;  // the ```output block right after it, if any
  bool no_run = false;
  std::vector<std::string> requires_env;        // requires=A,B (or requires=A requires=B)
  std::vector<std::string> unknown_attributes;  // words of the info string np does not know
};

// The python blocks of a note, in order. Works on released notes too (the facts keep the info
// string), except that `output` needs the text to check that the output block follows at once.
std::vector<RunnableBlock> python_blocks(const Note& note, std::size_t index);

// The opening fence line of a code block (the line before its code) as byte offsets, without its
// newline. It needs no text, so lint and np test report the same range whether or not the note's
// text was kept.
std::pair<std::size_t, std::size_t> fence_range(const Note& note, const CodeBlock& block);

// Whether two outputs match: the same lines, trailing spaces and final newlines aside. When they
// do not, `line` is the 0-based first line that differs.
bool same_output(const std::string& expected, const std::string& printed, std::size_t& line);

struct CodeTestOptions {
  std::string python = "python3";
  unsigned timeout_seconds = 60;
  unsigned threads = 0;        // 0: all cores
  std::vector<bool> selected;  // by note index; empty: every note
  std::string temp_dir;        // where each block's fresh folder is made; empty: $TMPDIR or /tmp
};

struct CodeTestResult {
  std::vector<Diagnostic> diagnostics;  // sorted; rules code-error, code-output, code-timeout
  std::size_t blocks = 0;               // python blocks found in the selected notes
  std::size_t ran = 0, failed = 0;
  std::size_t skipped_no_run = 0;
  // Blocks not run because a variable they require is not set, by variable.
  std::vector<std::pair<std::string, std::size_t>> skipped_for;
  // Not empty when the interpreter could not be run at all (then nothing ran): why.
  std::string interpreter_error;
};

// Runs the python blocks of the selected notes (the curriculum must keep its texts). When the
// interpreter cannot be run at all, `interpreter_error` says why and no block is reported on.
CodeTestResult run_code_blocks(const Curriculum& curriculum, const CodeTestOptions& options);

}  // namespace np
