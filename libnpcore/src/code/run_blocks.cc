// np test: find each note's ```python blocks and the ```output block after each, run them in
// parallel (code/sandboxed_process.h), and turn what went wrong into diagnostics at note lines.
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <stdexcept>

#include "code/sandboxed_process.h"
#include "lint/rules/rules.h"
#include "np/code_test.h"
#include "util/parallel.h"

namespace np {

namespace {

namespace stdfs = std::filesystem;

std::vector<std::string> words_of(std::string_view s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    const std::size_t start = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '\t') ++i;
    if (i > start) out.emplace_back(s.substr(start, i - start));
  }
  return out;
}

// Whether only the closing fence of one block and the opening fence of the next (and blank lines)
// lie between them.
bool follows_at_once(std::string_view between) {
  std::size_t fences = 0;
  for (std::size_t at = 0; at < between.size();) {
    auto nl = between.find('\n', at);
    if (nl == std::string_view::npos) nl = between.size();
    std::string_view line = between.substr(at, nl - at);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.remove_suffix(1);
    if (line.starts_with("```") || line.starts_with("~~~"))
      ++fences;
    else if (!line.empty())
      return false;
    at = nl + 1;
  }
  return fences == 2;
}

// Python runs the block through this: no sockets (in case the kernel gave no network namespace),
// the block compiled under the note's path with its lines where they are in the note, so that a
// traceback names note lines.
constexpr const char* kRunner = R"PY(import socket, sys
def _no_network(*args, **kwargs):
    raise OSError("np test: the notes' code runs without network access")
class _NoSocket(socket.socket):
    def __init__(self, *args, **kwargs):
        _no_network()
socket.socket = _NoSocket
socket.create_connection = _no_network
socket.getaddrinfo = _no_network
_path, _shown = sys.argv[1], sys.argv[2]
sys.argv = [_shown]
with open(_path, encoding="utf-8") as _f:
    _code = compile(_f.read(), _shown, "exec")
del _path, _f
exec(_code, {"__name__": "__main__", "__builtins__": __builtins__})
)PY";

struct Job {
  const RunnableBlock* block;
  std::vector<std::string> env;
};

struct Outcome {
  std::string shown;  // the note's absolute path, as the traceback names it
  SandboxResult run;
  bool cannot_run = false;
  std::string folder_error;
};

std::string trim_right(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n')) s.pop_back();
  return s;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t at = 0;
  while (at <= text.size()) {
    auto nl = text.find('\n', at);
    if (nl == std::string::npos) nl = text.size();
    lines.push_back(trim_right(text.substr(at, nl - at)));
    at = nl + 1;
  }
  while (!lines.empty() && lines.back().empty()) lines.pop_back();
  return lines;
}

std::string shorten(const std::string& s) { return s.size() > 160 ? s.substr(0, 157) + "..." : s; }

}  // namespace

std::vector<RunnableBlock> python_blocks(const Note& note, std::size_t index) {
  std::vector<RunnableBlock> out;
  const auto& blocks = note.body.code_blocks;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (blocks[i].language != "python") continue;
    RunnableBlock b;
    b.note = index;
    b.code = i;
    for (const auto& word : words_of(blocks[i].attributes)) {
      if (word == "no-run")
        b.no_run = true;
      else if (word.rfind("requires=", 0) == 0) {
        std::string_view list = std::string_view(word).substr(9);
        for (std::size_t at = 0; at <= list.size();) {
          auto comma = list.find(',', at);
          if (comma == std::string_view::npos) comma = list.size();
          if (comma > at) b.requires_env.emplace_back(list.substr(at, comma - at));
          at = comma + 1;
        }
      } else
        b.unknown_attributes.push_back(word);
    }
    if (i + 1 < blocks.size() && blocks[i + 1].language == "output" && note.source.has_text() && blocks[i + 1].begin >= blocks[i].end &&
        follows_at_once(note.source.text().substr(blocks[i].end, blocks[i + 1].begin - blocks[i].end)))
      b.output = i + 1;
    out.push_back(std::move(b));
  }
  return out;
}

std::pair<std::size_t, std::size_t> fence_range(const Note& note, const CodeBlock& block) {
  const int line = std::max(1, note.source.position(block.begin).line - 1);
  const std::size_t begin = note.source.line_begin(line);
  const std::size_t end = note.source.line_begin(line + 1);
  return {begin, end > begin + 1 ? end - 1 : begin + 3};
}

bool same_output(const std::string& expected, const std::string& printed, std::size_t& line) {
  const auto a = lines_of(expected), b = lines_of(printed);
  for (line = 0; line < std::min(a.size(), b.size()); ++line)
    if (a[line] != b[line]) return false;
  return a.size() == b.size();
}

CodeTestResult run_code_blocks(const Curriculum& c, const CodeTestOptions& options) {
  CodeTestResult result;
  std::vector<RunnableBlock> blocks;
  std::map<std::string, std::size_t> skipped;
  for (std::size_t n = 0; n < c.notes.size(); ++n) {
    if (!options.selected.empty() && (n >= options.selected.size() || !options.selected[n])) continue;
    for (auto& b : python_blocks(c.notes[n], n)) {
      ++result.blocks;
      if (b.no_run) {
        ++result.skipped_no_run;
        continue;
      }
      bool missing = false;
      for (const auto& var : b.requires_env) {
        const char* value = std::getenv(var.c_str());
        if (value == nullptr || *value == '\0') {
          ++skipped[var];
          missing = true;
          break;
        }
      }
      if (!missing) blocks.push_back(std::move(b));
    }
  }
  result.skipped_for.assign(skipped.begin(), skipped.end());

  std::error_code ec;
  std::string temp = options.temp_dir;
  if (temp.empty()) {
    const char* t = std::getenv("TMPDIR");
    temp = t && *t ? t : "/tmp";
  }
  const std::string cwd = stdfs::current_path(ec).string();
  const char* path = std::getenv("PATH");

  std::vector<Outcome> outcomes(blocks.size());
  std::atomic<bool> interpreter_missing{false};
  parallel_for(blocks.size(), options.threads, [&](std::size_t i) {
    const RunnableBlock& b = blocks[i];
    const Note& note = c.notes[b.note];
    const CodeBlock& code = note.body.code_blocks[b.code];
    Outcome& out = outcomes[i];
    std::string folder = temp + "/np-test-XXXXXX";
    if (!mkdtemp(folder.data())) {
      out.folder_error = "cannot create a temporary folder in '" + temp + "'";
      return;
    }
    // The block's lines where they are in the note: a traceback's line numbers are note lines.
    const int first = note.source.position(code.begin).line;
    std::string source(static_cast<std::size_t>(first > 1 ? first - 1 : 0), '\n');
    source.append(note.source.text().substr(code.begin, code.end - code.begin));
    const std::string file = folder + "/.np-block.py";
    {
      FILE* f = std::fopen(file.c_str(), "wb");
      if (f) {
        std::fwrite(source.data(), 1, source.size(), f);
        std::fclose(f);
      }
    }
    out.shown = (stdfs::path(cwd) / join_path(c.root, note.source.path())).lexically_normal().string();
    const std::string& shown = out.shown;
    SandboxSpec spec;
    spec.argv = {options.python, "-I", "-X", "utf8", "-c", kRunner, file, shown};
    spec.env = {"PATH=" + std::string(path ? path : "/usr/local/bin:/usr/bin:/bin"), "HOME=" + folder, "TMPDIR=" + folder, "LANG=C.UTF-8",
                "LC_ALL=C.UTF-8", "PYTHONHASHSEED=0", "PYTHONDONTWRITEBYTECODE=1", "MPLBACKEND=Agg", "MPLCONFIGDIR=" + folder,
                // Library thread pools sized for one core: blocks run in parallel already.
                "OMP_NUM_THREADS=1", "OPENBLAS_NUM_THREADS=1", "MKL_NUM_THREADS=1"};
    for (const auto& var : b.requires_env) spec.env.push_back(var + "=" + std::getenv(var.c_str()));
    spec.cwd = folder;
    spec.timeout_ms = static_cast<int>(options.timeout_seconds) * 1000;
    out.run = run_sandboxed(spec);
    if (!out.run.started) interpreter_missing = true;
    stdfs::remove_all(folder, ec);
  });
  if (interpreter_missing) {
    result.interpreter_error = "cannot run '" + options.python + "'";
    for (const auto& o : outcomes)
      if (!o.run.started && !o.run.err.empty()) {
        result.interpreter_error = o.run.err;
        break;
      }
    return result;
  }

  std::vector<Diagnostic> diagnostics;
  RuleReporter ctx(c, diagnostics);
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const RunnableBlock& b = blocks[i];
    const Note& note = c.notes[b.note];
    const CodeBlock& code = note.body.code_blocks[b.code];
    const Outcome& o = outcomes[i];
    const std::size_t before = diagnostics.size();
    const std::size_t fence = fence_range(note, code).first;
    const std::size_t fence_end = fence + 3;  // the caret under the opening ```
    if (!o.folder_error.empty()) {
      ctx.report(rules::code_error, note.source, fence, fence_end, "the block could not run: " + o.folder_error);
    } else if (o.run.timed_out) {
      ctx.report(rules::code_timeout, note.source, fence, fence_end,
                 "the block did not finish within " + std::to_string(options.timeout_seconds) + " s; it was stopped",
                 "make it faster (a smaller example), or mark it ```python no-run if it cannot run in seconds");
    } else if (o.run.exit_code != 0) {
      // The last frame of the note in the traceback, and the exception's line.
      const std::string& shown = o.shown;
      std::vector<std::string> err = lines_of(o.run.err);
      int line = 0;
      const std::string marker = "File \"" + shown + "\", line ";
      for (const auto& l : err) {
        const auto at = l.find(marker);
        if (at != std::string::npos) line = std::atoi(l.c_str() + at + marker.size());
      }
      std::string message = err.empty() ? "" : err.back();
      while (!message.empty() && message.front() == ' ') message.erase(0, 1);
      if (message.empty())
        message = o.run.signal ? "killed by signal " + std::to_string(o.run.signal) : "exit status " + std::to_string(o.run.exit_code);
      // The traceback on one line: the note's frames by line, then where it ended if that was
      // outside the note ("traceback: line 16 in <module>, line 15 in ratio").
      std::string hint, last_outside;
      for (const auto& l : err) {
        const auto file_at = l.find("File \"");
        if (file_at == std::string::npos) continue;
        const auto quote = l.find('"', file_at + 6);
        const auto line_at = l.find(", line ", quote);
        if (quote == std::string::npos || line_at == std::string::npos) continue;
        const std::string file = l.substr(file_at + 6, quote - file_at - 6);
        const auto in_at = l.find(", in ", line_at);
        const std::string number = l.substr(line_at + 7, in_at == std::string::npos ? std::string::npos : in_at - line_at - 7);
        const std::string function = in_at == std::string::npos ? "" : " in " + l.substr(in_at + 5);
        if (file == shown) {
          hint += (hint.empty() ? "traceback: line " : ", line ") + number + function;
          last_outside.clear();
        } else if (file != "<string>") {
          last_outside = file + ":" + number + function;
        }
      }
      if (!last_outside.empty()) hint += (hint.empty() ? "raised in " : ", then ") + last_outside;
      const int total = note.source.line_count();
      if (line >= 1 && line <= total) {
        const std::size_t start = note.source.line_begin(line);
        ctx.report(rules::code_error, note.source, start, start + std::max<std::size_t>(1, note.source.line_text(line).size()),
                   "the python block failed: " + shorten(message), hint);
      } else {
        ctx.report(rules::code_error, note.source, fence, fence_end, "the python block failed: " + shorten(message), hint);
      }
    } else if (b.output != kNone) {
      const CodeBlock& expected_block = note.body.code_blocks[b.output];
      const std::string expected(note.source.text().substr(expected_block.begin, expected_block.end - expected_block.begin));
      std::size_t line = 0;
      if (!same_output(expected, o.run.out, line)) {
        const auto want = lines_of(expected), got = lines_of(o.run.out);
        const int first_line = note.source.position(expected_block.begin).line;
        const std::size_t at = note.source.line_begin(first_line + static_cast<int>(std::min(line, want.size())));
        std::string message;
        if (line < want.size() && line < got.size())
          message = "line " + std::to_string(line + 1) + " of the output block says '" + shorten(want[line]) + "'; the code printed '" +
                    shorten(got[line]) + "'";
        else if (line < want.size())
          message = "the output block has " + std::to_string(want.size()) + " lines; the code printed only " + std::to_string(got.size());
        else
          message = "the code printed " + std::to_string(got.size()) + " lines; the output block has only " + std::to_string(want.size()) +
                    " (next: '" + shorten(got[line]) + "')";
        ctx.report(rules::code_output, note.source, at, at + 1, message,
                   "update the ```output block if the new output is right, or fix the code");
      }
    }
    ++result.ran;
    if (diagnostics.size() > before) ++result.failed;
  }
  sort_diagnostics(diagnostics);
  result.diagnostics = std::move(diagnostics);
  return result;
}

}  // namespace np
