// code-*: the notes' code blocks. np lint checks their info strings (code-requires-undeclared,
// code-attribute-unknown); np test runs the ```python blocks and reports code-error, code-output
// and code-timeout (src/code/run_blocks.cc).
#include <algorithm>

#include "lint/rules/rules.h"
#include "np/code_test.h"
#include "np/did_you_mean.h"

namespace np::rules {

namespace {

void check_requires(const Curriculum& c, RuleContext& ctx) {
  for (std::size_t n = 0; n < c.notes.size(); ++n) {
    const Note& note = c.notes[n];
    const std::vector<std::string> none;
    const auto& declared = note.module == kNone ? none : c.modules[note.module].requires_env;
    for (const auto& b : python_blocks(note, n))
      for (const auto& var : b.requires_env) {
        if (std::find(declared.begin(), declared.end(), var) != declared.end()) continue;
        const auto [at, end] = fence_range(note, note.body.code_blocks[b.code]);
        const std::string module = note.module == kNone ? "" : c.modules[note.module].dir + "/module.yaml";
        ctx.report(
            code_requires_undeclared, note.source, at, end,
            "the block requires " + var + ", which " + (module.empty() ? "no module.yaml" : "'" + module + "'") +
                " does not list in requires",
            module.empty() ? "" : "add " + var + " to requires: in " + module + " (readers need to know), or remove requires=" + var);
      }
  }
}

void check_attributes(const Curriculum& c, RuleContext& ctx) {
  const std::vector<std::string> known = {"no-run", "requires="};
  for (std::size_t n = 0; n < c.notes.size(); ++n) {
    const Note& note = c.notes[n];
    for (const auto& b : python_blocks(note, n))
      for (const auto& word : b.unknown_attributes) {
        const auto [at, end] = fence_range(note, note.body.code_blocks[b.code]);
        const std::string guess = closest_match(word, known);
        ctx.report(code_attribute_unknown, note.source, at, end,
                   "unknown attribute '" + word + "' in a python block's info string; np test will run the block",
                   guess.empty() ? "the attributes are no-run and requires=VARIABLE" : did_you_mean(guess));
      }
  }
}

}  // namespace

const Rule code_attribute_unknown{
    .id = "code-attribute-unknown",
    .default_severity = Severity::warning,
    .scope = Scope::body,
    .summary = "A word in a python block's info string that np test does not know",
    .description =
        "np test reads two attributes after ```python: no-run (never run the block) and requires=VARIABLE (run it only when the "
        "variable is set). Anything else is most likely a typo of one of them, and the block would run.",
    .bad_example = "```python no_run\nmodel.fit(gpu_dataset)\n```",
    .good_example = "```python no-run\nmodel.fit(gpu_dataset)\n```",
    .check = check_attributes,
};

const Rule code_error{
    .id = "code-error",
    .default_severity = Severity::error,
    .scope = Scope::body,
    .summary = "A python block that raises or exits with an error (np test)",
    .description =
        "Reported by np test, which runs every ```python block in a fresh folder without network. The position is the note line "
        "of the last frame of the traceback that lies in the note (or the block's fence), and the hint holds the traceback's last "
        "lines with note paths and lines.",
    .bad_example = "```python\nprint(1 / 0)\n```",
    .good_example = "```python\nprint(1 / 1)\n```",
    .decided_in = "libnpcore/src/code/run_blocks.cc",
};

const Rule code_output{
    .id = "code-output",
    .default_severity = Severity::error,
    .scope = Scope::body,
    .summary = "A python block whose printed output differs from the ```output block after it (np test)",
    .description =
        "Reported by np test. An ```output block right after a ```python block holds what the block prints; trailing spaces and "
        "final blank lines aside, they must be equal, so the numbers the text quotes stay true when the code changes.",
    .bad_example = "```python\nprint(2 + 2)\n```\n```output\n5\n```",
    .good_example = "```python\nprint(2 + 2)\n```\n```output\n4\n```",
    .decided_in = "libnpcore/src/code/run_blocks.cc",
};

const Rule code_requires_undeclared{
    .id = "code-requires-undeclared",
    .default_severity = Severity::error,
    .scope = Scope::body,
    .summary = "A python block that requires a variable its module.yaml does not list",
    .description =
        "A block marked ```python requires=VARIABLE runs only when the variable (an API key) is set. The module's requires: tells "
        "readers and the site which modules need it; a block that needs a variable the module does not declare surprises them.",
    .bad_example = "# module.yaml: requires: []\n```python requires=ANTHROPIC_API_KEY\n```",
    .good_example = "# module.yaml: requires: [ANTHROPIC_API_KEY]\n```python requires=ANTHROPIC_API_KEY\n```",
    .check = check_requires,
};

const Rule code_timeout{
    .id = "code-timeout",
    .default_severity = Severity::error,
    .scope = Scope::body,
    .summary = "A python block that does not finish within np test's time limit",
    .description =
        "Reported by np test (--timeout, 60 s by default). Notes' code should run in seconds; code that needs a GPU or a cluster is "
        "marked ```python no-run.",
    .bad_example = "```python\nwhile True: pass\n```",
    .good_example = "```python no-run\ntrain_for_a_week()\n```",
    .decided_in = "libnpcore/src/code/run_blocks.cc",
};

}  // namespace np::rules
