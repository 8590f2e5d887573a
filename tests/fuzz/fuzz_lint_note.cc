// The whole lint of a one-note curriculum: the input is the note's bytes. A readable note that holds
// a control character is reported (file-control-character).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>

#include "np/curriculum.h"
#include "np/lint.h"
#include "np/reporter.h"
#include "np/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  np::MemoryFileSystem fs;
  fs.add("r/np.yaml", "book:\n  title: Fuzz\n  language: en\nkatex:\n  macros:\n    '\\R': '\\mathbb{R}'\n");
  fs.add("r/01-p/part.yaml", "order: 1\ntitle: P\n");
  fs.add("r/01-p/01-m/module.yaml", "number: 1\ntitle: M\nsummary: S.\n");
  fs.add("r/01-p/01-m/first.md",
         "---\nid: first\ntitle: F\norder: 1\nkind: note\nstatus: published\nsummary: S.\nupdated: 2026-01-01\n---\n\n# A\n");
  fs.add("r/01-p/01-m/note.md", std::string(reinterpret_cast<const char*>(data), size));
  // The input's first line also names a second note (issue 16, item 14: names that are not UTF-8,
  // or hold control characters, are reported and every report format still renders).
  std::string name(reinterpret_cast<const char*>(data), std::min<std::size_t>(size, 64));
  name = name.substr(0, name.find('\n'));
  std::erase_if(name, [](char ch) { return ch == '/' || ch == '\0'; });
  if (!name.empty() && name != "." && name != ".." && name != "note" && name != "first")
    fs.add("r/01-p/01-m/" + name + ".md",
           "---\nid: named\ntitle: N\norder: 3\nkind: note\nstatus: published\nsummary: S.\nupdated: 2026-01-01\n---\n\n# N\n");
  std::vector<np::Diagnostic> errors;
  auto config = np::load_config(fs, "r", errors);
  if (!config) __builtin_trap();
  np::LoadOptions options;
  options.threads = 1;
  const np::LoadOptions lean_options = np::lint_load_options(config->config, 1);
  auto lean_config = np::load_config(fs, "r", errors);
  if (!lean_config) __builtin_trap();
  const np::Curriculum c = np::load_curriculum(fs, "r", std::move(*config), options);
  const np::LintResult r = np::run_lint(np::analyze(c));
  std::size_t length = 0;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const bool readable =
      std::any_of(c.notes.begin(), c.notes.end(), [](const np::Note& n) { return n.readable && n.source.path().ends_with("/note.md"); });
  if (readable && np::utf8::find_control_character(input, 0, length) &&
      std::none_of(c.findings.begin(), c.findings.end(),
                   [](const np::LoadFinding& f) { return f.problem == np::LoadProblem::control_character; }))
    __builtin_trap();
  np::ReportOptions ro;
  for (auto format : {np::ReportFormat::json, np::ReportFormat::sarif, np::ReportFormat::github})
    (void)np::render_report(r.diagnostics, format, ro, [&](const std::string& p) { return c.find_source(p); });
  const std::string text =
      np::render_report(r.diagnostics, np::ReportFormat::text, ro, [&](const std::string& p) { return c.find_source(p); });
  // As `np lint` loads (no texts kept, math checked while loading): the same report, quoted lines
  // included, or the released source map is wrong somewhere.
  const np::Curriculum lean = np::load_curriculum(fs, "r", std::move(*lean_config), lean_options);
  np::ExcerptSources sources(lean, fs);
  const np::LintResult lean_result = np::run_lint(np::analyze(lean));
  if (np::render_report(lean_result.diagnostics, np::ReportFormat::text, ro, [&](const std::string& p) { return sources.find(p); }) != text)
    __builtin_trap();
  return 0;
}
