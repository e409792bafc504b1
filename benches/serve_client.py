#!/usr/bin/env python3
"""The latency client of benches/serve.sh: behaves like a browser tab on a
running `peerpress serve` and times edits.

usage: serve_client.py URL PROJECT RUNS WARMUP OUT_JSON

URL is the address serve printed (http://127.0.0.1:PORT/); PROJECT the
project folder it serves. For each kind of edit (one English paragraph, one
French translation, the stylesheet) the client opens the page as a tab does
(GET, then the server-sent event stream with the page's version), and RUNS
times: writes the file, then measures from just before the write to
  reload  the `reload` event arriving on the stream,
  page    the page fetched again (what the tab does on reload) with the new
          text in it,
  leaflet (translation edit) the A4 leaflet the page links to, fetched and
          different from before (and, with pdftotext, showing the new text),
  css     (stylesheet edit) the stylesheet fetched with the new rule.
After each edit the tab reconnects with the new version, as the browser's
reloaded page does. The first WARMUP edits of each kind are not counted.
Every wait is bounded (TIMEOUT); only the given address is contacted.
"""
import http.client, json, os, queue, re, shutil, socket, statistics, subprocess
import sys, tempfile, threading, time, urllib.parse

TIMEOUT = 30.0
# Idle time before each edit: the previous batch is long finished (the
# server's debounce is 30 ms) and no save burst runs into the next.
SETTLE = 0.3

url, project, runs, warmup, out_json = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
parsed = urllib.parse.urlsplit(url)
HOST, PORT, BASE = parsed.hostname, parsed.port, parsed.path
assert HOST == "127.0.0.1", f"only 127.0.0.1 is benchmarked, not {HOST}"
PDFTOTEXT = shutil.which("pdftotext")
# The document in the middle of the corpus (doc-0500 of 1,000).
_docs = sorted(f[:-3] for f in os.listdir(os.path.join(project, "content")) if f.endswith(".md"))
DOC = _docs[len(_docs) // 2]


class Failure(Exception):
    pass


def get(path):
    """GET `path` (absolute); (status, body bytes)."""
    conn = http.client.HTTPConnection(HOST, PORT, timeout=TIMEOUT)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def page_version(html):
    m = re.search(rb'<script src="/__peerpress/reload.js" data-version="([^"]*)"', html)
    if not m:
        raise Failure("no reload script in the served page")
    return m.group(1).decode()


class Tab:
    """One browser tab on `page` (a site path such as en/doc-0500/)."""

    def __init__(self, page):
        self.path = BASE + page
        status, html = get(self.path)
        if status != 200:
            raise Failure(f"{self.path}: status {status}")
        self.html = html
        self.events = queue.Queue()
        self.sock = socket.create_connection((HOST, PORT), timeout=TIMEOUT)
        query = urllib.parse.urlencode({"path": self.path, "v": page_version(html)})
        self.sock.sendall(f"GET /__peerpress/events?{query} HTTP/1.1\r\nHost: {HOST}:{PORT}\r\n"
                          "Accept: text/event-stream\r\n\r\n".encode())
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()
        self.wait("retry:")

    def _read(self):
        try:
            for line in self.sock.makefile("rb"):
                self.events.put((time.monotonic(), line.decode(errors="replace").rstrip("\r\n")))
        except OSError:
            pass
        self.events.put((time.monotonic(), None))

    def wait(self, prefix):
        """The time the first line starting with `prefix` arrived."""
        deadline = time.monotonic() + TIMEOUT
        while True:
            left = deadline - time.monotonic()
            try:
                at, line = self.events.get(timeout=max(left, 0.001))
            except queue.Empty:
                raise Failure(f"no `{prefix}` on {self.path}'s event stream within {TIMEOUT} s")
            if line is None:
                raise Failure(f"{self.path}'s event stream closed")
            if line.startswith(prefix):
                return at

    def close(self):
        try:
            self.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.sock.close()


def write(rel, text):
    """Writes a project file in place, as most editors do; the time just before."""
    started = time.monotonic()
    with open(os.path.join(project, rel), "w", encoding="utf-8") as f:
        f.write(text)
    return started


def read(rel):
    with open(os.path.join(project, rel), encoding="utf-8") as f:
        return f.read()


def pdf_words(pdf):
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(pdf)
        f.flush()
        out = subprocess.run([PDFTOTEXT, f.name, "-"], capture_output=True, timeout=TIMEOUT, check=True)
    return " ".join(out.stdout.decode().split())


def leaflet_href(html):
    m = re.search(rb'<ul class="leaflets">\s*<li><a href="([^"]+)"', html)
    if not m:
        raise Failure("the page links no leaflet")
    return m.group(1).decode()


# --- the three edits: (file, page of the tab, make(i) -> (text, marker)) ---

def english_edit():
    rel = f"content/{DOC}.md"
    original = read(rel)
    head, body = original.split("+++\n\n", 1)
    first, rest = body.split("\n", 1)  # the first paragraph, one line
    def make(i):
        marker = f"Edited in run {i}."
        return f"{head}+++\n\n{first} {marker}\n{rest}", marker
    return rel, "en/" + DOC + "/", make, original


def translation_edit():
    rel = f"translations/fr/{DOC}.ftl"
    original = read(rel)
    lines = original.split("\n")
    # The first paragraph's message: the first long one.
    at = next(n for n, l in enumerate(lines) if re.match(r"^[a-z0-9-]+ = .{200,}", l))
    def make(i):
        marker = f"Modifié au tour {i}."
        edited = lines[:at] + [lines[at] + " " + marker] + lines[at + 1:]
        return "\n".join(edited), marker
    return rel, "fr/" + DOC + "/", make, original


def css_edit():
    rel = "themes/default/static/style.css"
    original = read(rel)
    def make(i):
        marker = f".bench-run-{i} {{ color: #1a1a1a; }}"
        return original + "\n" + marker + "\n", marker
    return rel, "ar/" + DOC + "/", make, original


def run(kind, edit):
    rel, page, make, original = edit
    tab = Tab(page)
    samples = {"reload": [], "page": []}
    extra = {"translation": "leaflet", "css": "css"}.get(kind)
    if extra:
        samples[extra] = []
    last_pdf = None
    if kind == "translation":
        _, last_pdf = get(tab.path + leaflet_href(tab.html))
    checked_pdf_text = 0
    try:
        for i in range(warmup + runs):
            time.sleep(SETTLE)
            text, marker = make(i)
            t0 = write(rel, text)
            t_reload = tab.wait("event: reload")
            status, html = get(tab.path)
            t_page = time.monotonic()
            if status != 200 or (kind != "css" and marker.encode() not in html):
                raise Failure(f"{kind} edit {i}: the reloaded page lacks {marker!r} (status {status})")
            times = {"reload": t_reload - t0, "page": t_page - t0}
            if kind == "translation":
                status, pdf = get(tab.path + leaflet_href(html))
                times["leaflet"] = time.monotonic() - t0
                if status != 200 or not pdf.startswith(b"%PDF-") or pdf == last_pdf:
                    raise Failure(f"translation edit {i}: the leaflet was not made again (status {status})")
                if PDFTOTEXT and marker not in pdf_words(pdf):
                    raise Failure(f"translation edit {i}: the leaflet lacks {marker!r}")
                checked_pdf_text += bool(PDFTOTEXT)
                last_pdf = pdf
            if kind == "css":
                status, css = get(BASE + "assets/style.css")
                times["css"] = time.monotonic() - t0
                if status != 200 or marker.encode() not in css:
                    raise Failure(f"css edit {i}: the stylesheet lacks {marker!r}")
            if i >= warmup:
                for k, v in times.items():
                    samples[k].append(v * 1000)
            # The reloaded page opens its own stream, with the new version.
            tab.close()
            tab = Tab(page)
    finally:
        tab.close()
        write(rel, original)
    return samples, checked_pdf_text


def p95(values):
    ordered = sorted(values)
    return ordered[max(0, -(-len(ordered) * 95 // 100) - 1)]


results = {}
for kind, edit in [("english", english_edit()), ("translation", translation_edit()), ("css", css_edit())]:
    samples, pdf_checked = run(kind, edit)
    results[kind] = {k: {"median_ms": statistics.median(v), "p95_ms": p95(v), "min_ms": min(v),
                         "max_ms": max(v), "samples_ms": [round(x, 2) for x in v]}
                     for k, v in samples.items()}
    line = ", ".join(f"{k} median {r['median_ms']:.0f} ms / p95 {r['p95_ms']:.0f} ms"
                     for k, r in results[kind].items())
    note = f" (new text checked in {pdf_checked} leaflets with pdftotext)" if kind == "translation" else ""
    print(f"{kind:12} {runs} edits: {line}{note}", flush=True)
    time.sleep(SETTLE)

with open(out_json, "w") as f:
    json.dump({"runs": runs, "warmup": warmup, "document": DOC, "results": results}, f, indent=1)
