#!/usr/bin/python3
"""np serve end to end: it starts on a free port of 127.0.0.1 with a copy of the export fixture,
serves the home page and a note with MathML and the live-reload script, refuses paths outside the
site and huge headers with 4xx, rebuilds when a note is edited (a new version, the new title, the
lint findings of a broken formula on the note's page), and stops cleanly on SIGINT.
Usage: check.py NP_BINARY SOURCE_DIR WORK_DIR"""
import os, re, shutil, signal, socket, subprocess, sys, time, urllib.error, urllib.request

np_binary, source, work = sys.argv[1:4]
root = os.path.join(work, "curriculum")
shutil.rmtree(work, ignore_errors=True)
shutil.copytree(os.path.join(source, "tests/fixtures/export/book"), root)
server = subprocess.Popen([np_binary, "serve", "--root", root, "--port", "0"], stderr=subprocess.PIPE, text=True)
failures = []

def check(ok, what):
    print(("ok: " if ok else "FAIL: ") + what)
    if not ok:
        failures.append(what)

try:
    line = server.stderr.readline()
    match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
    if not match:
        print("np serve did not start:", line)
        sys.exit(1)
    base = "http://127.0.0.1:" + match.group(1)

    def get(path):
        try:
            with urllib.request.urlopen(base + path, timeout=10) as r:
                return r.status, r.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as e:
            return e.code, ""

    status, home = get("/")
    check(status == 200 and 'href="notes/norms.html"' in home and "/__np/version" in home, "the home page, with the reload script")
    status, note = get("/notes/norms.html")
    check(status == 200 and "<math" in note, "a note page with MathML")
    check(get("/../../../etc/passwd")[0] == 404 and get("/%2e%2e/%2e%2e/etc/passwd")[0] == 404, "paths outside the site are 404")
    check(get("/no-such-page.html")[0] == 404, "an unknown page is 404")
    with socket.create_connection(("127.0.0.1", int(match.group(1))), timeout=10) as s:
        s.sendall(b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 100000 + b"\r\n\r\n")
        reply = s.recv(100).decode("latin-1")
    check(re.match(r"HTTP/1\.1 4\d\d", reply) is not None, "a huge header gets a 4xx (" + reply.split("\r\n")[0] + ")")
    check(server.poll() is None, "the server is still running after bad requests")

    version = get("/__np/version")[1]
    note_file = [os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs if f == "norms.md"][0]
    text = open(note_file, encoding="utf-8").read()
    text = re.sub(r"^title: .*$", "title: Norms, Edited", text, count=1, flags=re.M) + "\nA broken formula $\\frac{1}$.\n"
    open(note_file, "w", encoding="utf-8").write(text)
    deadline = time.time() + 20
    while time.time() < deadline and get("/__np/version")[1] == version:
        time.sleep(0.2)
    check(get("/__np/version")[1] != version, "an edit makes a new version")
    page = get("/notes/norms.html")[1]
    check("Norms, Edited" in page, "the note's page shows the edit")
    check("np lint finds problems in this note" in page and "math-" in page, "the page shows the note's lint findings")
finally:
    server.send_signal(signal.SIGINT)
    try:
        code = server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
        code = None
    check(code == 0, "SIGINT stops np serve cleanly (exit 0)")
sys.exit(1 if failures else 0)
