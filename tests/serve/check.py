#!/usr/bin/python3
"""np serve end to end: it starts on a free port of 127.0.0.1 with a copy of the export fixture,
serves the home page and a note with MathML and the live-reload script, refuses paths outside the
site and huge headers with 4xx, and stops cleanly on SIGINT.
While it runs, a scripted sequence of edits (a note's body, a title, a heading other notes link to,
a new link, a new prerequisite, a broken link, a module title, an image, a new note, a deleted
note): after each, every page np serve has is the page `np export site --include-drafts --force`
makes of the same tree, byte for byte, once the live-reload script and the lint banner serve adds
are taken out, and no page is missing or extra. An edit of one note's body renders that note's
page alone (np serve says so) and changes the version of that page and not of an unrelated one.
A broken formula still renders, with the note's lint findings at the top.
Usage: check.py NP_BINARY SOURCE_DIR WORK_DIR"""
import os, re, shutil, signal, socket, subprocess, sys, threading, time, urllib.error, urllib.request

np_binary, source, work = sys.argv[1:4]
root = os.path.join(work, "curriculum")
shutil.rmtree(work, ignore_errors=True)
shutil.copytree(os.path.join(source, "tests/fixtures/export/book"), root)
server = subprocess.Popen([np_binary, "serve", "--root", root, "--port", "0"], stderr=subprocess.PIPE, text=True)
failures = []
log = []  # np serve's standard error, line by line (read by a thread so that the pipe never fills)


def check(ok, what):
    print(("ok: " if ok else "FAIL: ") + what)
    if not ok:
        failures.append(what)


def note_path(name):
    return [os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs if f == name][0]


def edit(path, change):
    text = open(path, encoding="utf-8").read()
    changed = change(text)
    assert changed != text, "the edit changes nothing: " + path
    open(path, "w", encoding="utf-8").write(changed)


try:
    line = server.stderr.readline()
    match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
    if not match:
        print("np serve did not start:", line)
        sys.exit(1)
    threading.Thread(target=lambda: [log.append(l.rstrip("\n")) for l in server.stderr], daemon=True).start()
    base = "http://127.0.0.1:" + match.group(1)

    def get_bytes(path):
        try:
            with urllib.request.urlopen(base + path, timeout=10) as r:
                return r.status, r.read()
        except urllib.error.HTTPError as e:
            return e.code, b""

    def get(path):
        status, body = get_bytes(path)
        return status, body.decode("utf-8", "replace")

    def page_version(path):
        return get("/__np/version?path=" + urllib.request.quote(path))

    def wait_for_rebuild(before):
        """Waits for a new site version, then returns the log line of that rebuild."""
        deadline = time.time() + 30
        while time.time() < deadline and get("/__np/version")[1] == before:
            time.sleep(0.1)
        version = get("/__np/version")[1]
        check(version != before, "the edit makes a new version (" + version + ")")
        while time.time() < deadline and not any("(version " + version + ")" in l for l in log):
            time.sleep(0.05)
        rebuilt = next((l for l in log if "(version " + version + ")" in l), "")
        print("   " + rebuilt)
        return rebuilt

    banner = re.compile(r'<div class="status"><p>np lint finds problems in this note:</p>\n<ul>\n.*?</ul></div>\n', re.S)
    reload_script = re.compile(rb"<script>\(function\(\)\{var v=null,p=location\.pathname;.*?</script>\n", re.S)

    def same_as_export(what):
        """Every page np serve has is the page np export site makes of the same tree."""
        out = os.path.join(work, "export")
        shutil.rmtree(out, ignore_errors=True)
        r = subprocess.run([np_binary, "export", "site", "--root", root, "--include-drafts", "--force", "-o", out],
                           capture_output=True, text=True)
        if r.returncode != 0:
            check(False, what + ": np export site failed: " + r.stderr)
            return
        exported = sorted(os.path.relpath(os.path.join(d, f), out) for d, _, fs in os.walk(out) for f in fs)
        served = sorted(l.split(" ", 1)[1] for l in get("/__np/pages")[1].splitlines())
        check(exported == served, what + ": np serve has the pages np export site makes (" + str(len(served)) + ")")
        differ = []
        for path in exported:
            status, page = get_bytes("/" + path)
            expected = open(os.path.join(out, path), "rb").read()
            if path.endswith(".html"):
                page = banner.sub("", reload_script.sub(b"", page).decode("utf-8")).encode("utf-8")
            if status != 200 or page != expected:
                differ.append(path)
        check(not differ, what + ": every page is byte-identical to np export site's" + (" (differ: " + ", ".join(differ) + ")" if differ else ""))

    status, home = get("/")
    check(status == 200 and 'href="notes/norms.html"' in home and "/__np/version" in home, "the home page, with the reload script")
    status, note = get("/notes/norms.html")
    check(status == 200 and "<math" in note, "a note page with MathML")
    check(get("/../../../etc/passwd")[0] == 404 and get("/%2e%2e/%2e%2e/etc/passwd")[0] == 404, "paths outside the site are 404")
    check(get("/no-such-page.html")[0] == 404, "an unknown page is 404")
    check(page_version("/no-such-page.html")[0] == 404, "the version of an unknown page is 404")
    with socket.create_connection(("127.0.0.1", int(match.group(1))), timeout=10) as s:
        s.sendall(b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 100000 + b"\r\n\r\n")
        reply = s.recv(100).decode("latin-1")
    check(re.match(r"HTTP/1\.1 4\d\d", reply) is not None, "a huge header gets a 4xx (" + reply.split("\r\n")[0] + ")")
    check(server.poll() is None, "the server is still running after bad requests")
    same_as_export("as started")

    # An edit of one note's body: that page alone is rendered again, and only its version changes.
    norms, expectation = note_path("norms.md"), note_path("expectation.md")
    bridge = note_path("bridge-regression.md")
    before = {p: page_version(p)[1] for p in ["/notes/norms.html", "/notes/bridge-regression.html", "/modules/03-models.html", "/"]}
    version = get("/__np/version")[1]
    edit(norms, lambda t: t.replace("A norm measures length", "A norm measures how long a vector is, its length"))
    rebuilt = wait_for_rebuild(version)
    check("rendered 1 of 3 note pages" in rebuilt, "a body edit renders one note page (" + rebuilt + ")")
    check("how long a vector is" in get("/notes/norms.html")[1], "the note's page shows the edit")
    after = {p: page_version(p)[1] for p in before}
    check(after["/notes/norms.html"] != before["/notes/norms.html"], "the edited note's page has a new version")
    check(all(after[p] == before[p] for p in before if p != "/notes/norms.html"), "the pages the edit did not change keep their version")
    same_as_export("a body edit")

    steps = [
        ("a title edit", norms, lambda t: re.sub(r"^title: .*$", "title: Norms, Edited", t, count=1, flags=re.M)),
        ("a heading other notes link to", expectation, lambda t: t.replace("## Linearity", "## Linearity of expectation")),
        ("a new link (the linked note's page lists it under Used by)", norms,
         lambda t: t.replace("for a use[^norm].", "for a use[^norm], and [the bridge](../../02-practice/03-models/bridge-regression.md) for another.")),
        ("a new prerequisite", norms, lambda t: t.replace("tags: [linear-algebra]", "prerequisites: [expectation]\ntags: [linear-algebra]")),
        ("a broken link (a lint error)", expectation, lambda t: t + "\nA [broken link](no-such-note.md).\n"),
        ("a module title", os.path.join(os.path.dirname(bridge), "module.yaml"),
         lambda t: re.sub(r"^title: .*$", "title: Models, Renamed", t, count=1, flags=re.M)),
        ("a summary", bridge, lambda t: re.sub(r"^summary: .*$", "summary: Least squares, summarised again.", t, count=1, flags=re.M)),
    ]
    for what, path, change in steps:
        version = get("/__np/version")[1]
        edit(path, change)
        wait_for_rebuild(version)
        same_as_export(what)
    check("np lint finds problems in this note" in get("/notes/expectation.html")[1], "the note with a broken link shows its findings")

    version = get("/__np/version")[1]
    with open(os.path.join(os.path.dirname(norms), "figures/unit.png"), "ab") as f:
        f.write(b"\0")
    wait_for_rebuild(version)
    same_as_export("an image changed")

    version = get("/__np/version")[1]
    with open(os.path.join(os.path.dirname(norms), "inner-products.md"), "w", encoding="utf-8") as f:
        f.write("---\nid: inner-products\ntitle: Inner Products\norder: 2\nkind: note\nstatus: draft\nprerequisites: [norms]\n"
                "tags: [linear-algebra]\nsummary: Angles.\nupdated: 2026-03-02\n---\n\nThe angle: $\\cos\\theta$, after [[norms]].\n")
    wait_for_rebuild(version)
    same_as_export("a new note")
    version = get("/__np/version")[1]
    os.remove(os.path.join(os.path.dirname(norms), "inner-products.md"))
    wait_for_rebuild(version)
    same_as_export("a deleted note")

    version = get("/__np/version")[1]
    edit(norms, lambda t: t + "\nA broken formula $\\frac{1}$.\n")
    wait_for_rebuild(version)
    page = get("/notes/norms.html")[1]
    check("np lint finds problems in this note" in page and "math-" in page, "a note with a broken formula renders with its lint findings")
finally:
    server.send_signal(signal.SIGINT)
    try:
        code = server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
        code = None
    check(code == 0, "SIGINT stops np serve cleanly (exit 0)")
sys.exit(1 if failures else 0)
