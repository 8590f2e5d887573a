#!/usr/bin/env python3
"""Every formula KaTeX accepts compiles in np's LaTeX book.

Takes every case of np's math test corpus (tests/fixtures/math/corpus.json, labelled by KaTeX
0.16.11 itself: scripts/katex/gen-corpus.mjs) that KaTeX renders, writes them into one curriculum
(one formula a paragraph, display ones as $$ blocks, with tests/fixtures/math/np.yaml's macros),
exports it with `np export latex --force` (the corpus holds formulas np refuses on purpose:
\\def, javascript: links...) and compiles the book with latexmk. It fails when:
- the export fails, or latexmk does, or the log has an error or an undefined control sequence;
- a formula is neither in the book as math nor degraded with a warning that names its line;
- a formula KaTeX accepts and np's lint does not refuse (no "rule" in the corpus) is degraded
  without a lint warning that says so first (lint clean means it renders).
Usage: tests/latex/katex_corpus.py NP_BINARY SOURCE_DIR WORK_DIR
"""
import json
import os
import re
import shutil
import subprocess
import sys

NOTE_SIZE = 400  # formulas a note: LaTeX's error messages then point at a short file


def case_at(book, error, accepted):
    """The formula of the corpus a LaTeX error at ./notes/FILE.tex:LINE points to, as ' (case N: TEX)'."""
    m = re.match(r"^\./(notes/[^:]+):(\d+): ", error)
    if not m:
        return ""
    with open(os.path.join(book, m.group(1)), encoding="utf-8") as f:
        lines = f.read().split("\n")[:int(m.group(2))]
    for line in reversed(lines):
        c = re.match(r"^Case (\d+):$", line)
        if c:
            return " (case %s: %r)" % (c.group(1), accepted[int(c.group(1))]["tex"])
    return ""


def main():
    np_binary, src, work = sys.argv[1:4]
    if shutil.which("latexmk") is None or shutil.which("lualatex") is None:
        print("latexmk/lualatex are not installed (scripts/install-deps installs them)")
        return 1
    shutil.rmtree(work, ignore_errors=True)
    root = os.path.join(work, "curriculum")
    module = os.path.join(root, "01-corpus", "01-katex")
    os.makedirs(module)
    with open(os.path.join(src, "tests/fixtures/math/corpus.json"), encoding="utf-8") as f:
        corpus = json.load(f)
    # A formula Markdown cannot hold is left out, and counted: a '$' (in a KaTeX comment: '%...$')
    # ends it, and so does a blank line.
    accepted, unwritable = [], 0
    for c in corpus["cases"]:
        if c["katex"] != "ok":
            continue
        c["tex"] = c["tex"].strip("\n")
        if re.search(r"(?<!\\)\$", c["tex"]) or re.search(r"\n[ \t]*\n", c["tex"]):
            unwritable += 1
        else:
            accepted.append(c)
    with open(os.path.join(src, "tests/fixtures/math/np.yaml"), encoding="utf-8") as f:
        macros = f.read()
    with open(os.path.join(root, "np.yaml"), "w", encoding="utf-8") as f:
        f.write("book:\n  title: KaTeX corpus\n  author: np tests\n  language: en\n" + macros[macros.index("katex:"):])
    with open(os.path.join(root, "01-corpus", "part.yaml"), "w") as f:
        f.write("order: 1\ntitle: Corpus\n")
    with open(os.path.join(module, "module.yaml"), "w") as f:
        f.write("number: 1\ntitle: KaTeX " + corpus["katex"] + "\nsummary: Every formula KaTeX accepts.\n")

    # where[(note file, line)] = case, for the warnings np prints.
    where = {}
    for start in range(0, len(accepted), NOTE_SIZE):
        number = start // NOTE_SIZE + 1
        name = "corpus-%02d.md" % number
        lines = ["---", "id: corpus-%02d" % number, "title: Corpus %d" % number, "order: %d" % number, "kind: note",
                 "status: published", "summary: KaTeX's formulas.", "updated: 2026-01-01", "---", ""]
        for k, case in enumerate(accepted[start:start + NOTE_SIZE]):
            tex = case["tex"]
            lines.append("Case %d:" % (start + k))
            lines.append("")
            first = len(lines) + 1
            if case.get("display") or "\n" in tex or not tex.strip():
                lines += ["$$"] + tex.split("\n") + ["$$"]
                first += 1
            elif tex != tex.strip():
                # '$' next to a space opens or closes nothing for np (pandoc's rule: '$x $' is
                # dollar signs); an empty group {} keeps the formula what KaTeX accepted.
                lines.append("$" + ("{}" if tex[0].isspace() else "") + tex + ("{}" if tex[-1].isspace() else "") + "$")
            else:
                lines.append("$" + tex + "$")
            for n in range(first, first + tex.count("\n") + 1):
                where[(name, n)] = start + k
            case["note"], case["line"] = name, first
            lines.append("")
        with open(os.path.join(module, name), "w", encoding="utf-8") as f:
            f.write("\n".join(lines))

    book = os.path.join(work, "book")
    env = dict(os.environ, SOURCE_DATE_EPOCH="1764000000")
    lint = subprocess.run([np_binary, "lint", "--root", root, "--format", "json"], capture_output=True, text=True, env=env)
    lint_warned = set()
    for d in json.loads(lint.stdout)["diagnostics"]:
        lint_warned.add((os.path.basename(d["file"]), d["line"]))
    run = subprocess.run([np_binary, "export", "latex", "--root", root, "-o", book, "--force"], capture_output=True, text=True, env=env)
    status = 0
    if run.returncode != 0:
        print("np export latex --force failed (exit %d):\n%s" % (run.returncode, run.stderr[-3000:]))
        return 1
    degraded = set()
    for m in re.finditer(r"^(?:.*/)?(corpus-\d+\.md):(\d+):\d+: warning: (.*)\[export-latex\]$", run.stderr, re.M):
        case = where.get((m.group(1), int(m.group(2))))
        if case is None:
            print("a warning that points at no formula: " + m.group(0))
            status = 1
            continue
        degraded.add(case)
        c = accepted[case]
        if "rule" not in c and (c["note"], c["line"]) not in lint_warned and (m.group(1), int(m.group(2))) not in lint_warned:
            print("degraded without a lint finding first: case %d %r: %s" % (case, c["tex"], m.group(3)))
            status = 1
    # Every formula is in the book: as math, or degraded (its source in code, with a warning).
    text = ""
    for name in sorted(os.listdir(os.path.join(book, "notes"))):
        with open(os.path.join(book, "notes", name), encoding="utf-8") as f:
            text += f.read()
    pieces = re.split(r"^Case (\d+):$", text, flags=re.M)
    written = {int(pieces[k]): pieces[k + 1] for k in range(1, len(pieces) - 1, 2)}
    missing = 0
    for k, case in enumerate(accepted):
        if not case["tex"].strip(" \t\n"):
            continue  # an empty formula: nothing to write
        piece = written.get(k, "")
        as_math = re.search(r"\\\(|\\\[|\\begin\{", piece) is not None
        as_source = "\\npinline{" in piece and k in degraded
        if not (as_math or as_source):
            missing += 1
            if missing <= 20:
                print("neither math nor degraded with a warning: case %d %r: %r" % (k, case["tex"], piece.strip()[:200]))
    if missing:
        print("%d formulas are missing" % missing)
        status = 1
    latexmk = subprocess.run(["latexmk", "-lualatex", "-no-shell-escape", "-interaction=nonstopmode", "-halt-on-error", "main.tex"],
                             cwd=book, capture_output=True, text=True)
    log_path = os.path.join(book, "main.log")
    log = open(log_path, encoding="utf-8", errors="replace").read() if os.path.exists(log_path) else ""
    errors = [line for line in log.split("\n") if line.startswith("!") or re.match(r"^\./.*:\d+: ", line)]
    if latexmk.returncode != 0 or errors or not os.path.exists(os.path.join(book, "main.pdf")):
        print("latexmk failed (exit %d):" % latexmk.returncode)
        for line in errors[:20]:
            print("  " + line + case_at(book, line, accepted))
        if not errors:
            print(latexmk.stdout[-2000:])
        status = 1
    elif "Undefined control sequence" in log:
        print("the log has an undefined control sequence")
        status = 1
    print("%d formulas KaTeX accepts (and %d that Markdown cannot hold): %d written as math, %d degraded to their source; %s" %
          (len(accepted), unwritable, len(accepted) - len(degraded), len(degraded), "compiled" if status == 0 else "FAILED"))
    return status


if __name__ == "__main__":
    sys.exit(main())
