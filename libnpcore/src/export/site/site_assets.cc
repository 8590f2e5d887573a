#include "export/site/site_assets.h"

namespace np::site {

// One stylesheet: light and dark by the reader's setting, readable on a phone, printable.
// Its MathML rules: Chromium (MathML Core) ignores columnalign and columnspacing, so np writes
// each table cell's alignment on the cell and these rules lay it out (text-align reaches the
// cell's math box only in its -webkit- form).
const char* const kStylesheet = R"CSS(:root {
  --fg: #1c1f24; --muted: #5b6470; --bg: #ffffff; --panel: #f4f6f8; --line: #d9dee4;
  --accent: #0b5cad; --accent-soft: #e6f0fa; --warn: #8a4b00; --warn-bg: #fff4e0; --code: #f3f4f6;
}
@media (prefers-color-scheme: dark) {
  :root {
    --fg: #e4e7eb; --muted: #a0a9b4; --bg: #14171b; --panel: #1d2127; --line: #333a43;
    --accent: #7ab7ff; --accent-soft: #1c2a3a; --warn: #ffc46b; --warn-bg: #2e2414; --code: #1f242b;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 17px/1.6 Georgia, "Times New Roman", serif; }
a { color: var(--accent); }
header.site { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; padding: 0.6rem 1rem;
  border-bottom: 1px solid var(--line); background: var(--panel); font-family: system-ui, sans-serif; font-size: 0.95rem; }
header.site .brand { font-weight: 700; text-decoration: none; color: var(--fg); }
header.site nav a { margin-right: 0.8rem; }
.search { position: relative; margin-left: auto; flex: 1 1 14rem; max-width: 24rem; }
.search input { width: 100%; padding: 0.35rem 0.6rem; font: inherit; color: var(--fg); background: var(--bg);
  border: 1px solid var(--line); border-radius: 6px; }
.search ol { position: absolute; right: 0; left: 0; z-index: 10; list-style: none; margin: 0.2rem 0 0; padding: 0;
  max-height: 70vh; overflow-y: auto; background: var(--bg); border: 1px solid var(--line); border-radius: 6px; }
.search ol:empty { display: none; }
.search li a { display: block; padding: 0.45rem 0.6rem; color: var(--fg); text-decoration: none; border-bottom: 1px solid var(--line); }
.search li a[aria-selected="true"], .search li a:hover { background: var(--accent-soft); }
.search li .where { display: block; color: var(--muted); font-size: 0.8rem; }
.search li .excerpt { display: block; font-size: 0.85rem; color: var(--muted); }
mark { background: #ffe58a; color: #000; }
main { max-width: 46rem; margin: 0 auto; padding: 1rem 1.1rem 3rem; }
main.wide { max-width: 64rem; }
h1, h2, h3, h4 { font-family: system-ui, sans-serif; line-height: 1.25; }
h1 { font-size: 1.9rem; margin: 0.6rem 0 0.4rem; }
.breadcrumb, .meta, .pager, footer.site { font-family: system-ui, sans-serif; font-size: 0.9rem; color: var(--muted); }
.breadcrumb a { color: var(--muted); }
.summary { font-size: 1.05rem; color: var(--muted); font-style: italic; }
.status { border-left: 4px solid var(--warn); background: var(--warn-bg); color: var(--warn); padding: 0.5rem 0.8rem;
  font-family: system-ui, sans-serif; font-size: 0.9rem; }
.badge { display: inline-block; font-family: system-ui, sans-serif; font-size: 0.72rem; padding: 0 0.4rem; border-radius: 4px;
  border: 1px solid var(--warn); color: var(--warn); vertical-align: middle; }
.requires { border: 1px solid var(--warn); color: var(--warn); }
pre { position: relative; background: var(--code); padding: 0.8rem; overflow-x: auto; border-radius: 6px; font-size: 0.85rem; line-height: 1.45; }
pre[data-lang]::before { content: attr(data-lang); position: absolute; top: 0.1rem; right: 0.5rem; font: 0.7rem system-ui, sans-serif; color: var(--muted); }
code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; }
:not(pre) > code { background: var(--code); padding: 0.05rem 0.25rem; border-radius: 4px; font-size: 0.9em; }
img { max-width: 100%; height: auto; }
table { border-collapse: collapse; display: block; overflow-x: auto; }
th, td { border: 1px solid var(--line); padding: 0.25rem 0.5rem; }
blockquote { margin-left: 0; padding-left: 1rem; border-left: 3px solid var(--line); color: var(--muted); }
math { font-size: 1.05em; }
math[display="block"] { display: block math; margin: 1rem 0; }
mtd[columnalign="left"] { text-align: left; text-align: -webkit-left; }
mtd[columnalign="right"] { text-align: right; text-align: -webkit-right; }
mtable.np-align > mtr > mtd { padding-left: 0; padding-right: 0; }
mtable.np-align > mtr > mtd:nth-child(2n+3) { padding-left: 1em; }
.math-scroll { display: block; overflow-x: auto; overflow-y: hidden; }
details.solutions { border: 1px solid var(--line); border-radius: 6px; padding: 0.2rem 0.9rem; margin: 1rem 0; }
details.solutions > summary { cursor: pointer; font: 600 1.1rem system-ui, sans-serif; padding: 0.4rem 0; }
.counts { display: flex; gap: 1.5rem; flex-wrap: wrap; font-family: system-ui, sans-serif; }
.counts div { font-size: 0.9rem; color: var(--muted); }
.counts strong { display: block; font-size: 1.8rem; color: var(--fg); }
.part { border-top: 1px solid var(--line); margin-top: 2rem; }
.module { margin: 1rem 0 1.5rem; }
.module h3 { margin-bottom: 0.2rem; }
.module ol { margin-top: 0.3rem; }
li.unwritten a { color: var(--muted); }
.about blockquote { font-style: italic; }
.graph svg { max-width: 100%; height: auto; }
.tags a { white-space: nowrap; }
footer.site { border-top: 1px solid var(--line); padding: 1rem; text-align: center; }
@media (max-width: 600px) {
  body { font-size: 16px; }
  h1 { font-size: 1.5rem; }
  .search { max-width: none; flex-basis: 100%; }
}
@media print {
  header.site, .search, .pager, footer.site { display: none; }
  body { background: #fff; color: #000; font-size: 11pt; }
  a { color: #000; }
  details.solutions > summary { display: none; }
  pre { white-space: pre-wrap; }
}
)CSS";

// Search over the index np writes (search-index.js sets window.NP_SEARCH; loaded on first use
// with a <script> element, so it works from file:// as well as from any static host).
const char* const kSearchScript = R"JS((function () {
  "use strict";
  var root = document.documentElement.getAttribute("data-root") || "";
  var input = document.getElementById("np-search");
  var list = document.getElementById("np-results");
  if (!input || !list) return;
  var loading = false, selected = -1;
  function load(then) {
    if (window.NP_SEARCH) { then(); return; }
    if (loading) return;
    loading = true;
    var s = document.createElement("script");
    s.src = root + "search-index.js";
    s.onload = function () { loading = false; then(); };
    document.head.appendChild(s);
  }
  function terms(q) { return q.toLowerCase().split(/[^\p{L}\p{N}_]+/u).filter(function (t) { return t.length > 0; }); }
  function count(hay, t) { var n = 0, i = hay.indexOf(t); while (i >= 0 && n < 50) { n++; i = hay.indexOf(t, i + t.length); } return n; }
  function score(doc, ts) {
    var total = 0, title = doc.t.toLowerCase(), text = doc.x.toLowerCase(), best = null;
    for (var k = 0; k < ts.length; k++) {
      var t = ts[k], s = 0;
      if (title.indexOf(t) >= 0) s += 20;
      for (var h = 0; h < doc.h.length; h++) if (doc.h[h][0].toLowerCase().indexOf(t) >= 0) { s += 6; if (!best) best = doc.h[h]; }
      var c = count(text, t);
      if (s === 0 && c === 0) return null;
      total += s + Math.min(c, 20);
    }
    return { score: total, heading: best };
  }
  function excerpt(doc, ts) {
    var text = doc.x, lower = text.toLowerCase(), at = -1;
    for (var k = 0; k < ts.length && at < 0; k++) at = lower.indexOf(ts[k]);
    if (at < 0) return text.slice(0, 140);
    var start = Math.max(0, at - 60);
    return (start > 0 ? "\u2026" : "") + text.slice(start, start + 160) + "\u2026";
  }
  function highlight(el, text, ts) {
    var lower = text.toLowerCase(), i = 0;
    while (i < text.length) {
      var next = -1, len = 0;
      for (var k = 0; k < ts.length; k++) { var j = lower.indexOf(ts[k], i); if (j >= 0 && (next < 0 || j < next)) { next = j; len = ts[k].length; } }
      if (next < 0) { el.appendChild(document.createTextNode(text.slice(i))); break; }
      el.appendChild(document.createTextNode(text.slice(i, next)));
      var m = document.createElement("mark"); m.textContent = text.slice(next, next + len); el.appendChild(m);
      i = next + len;
    }
  }
  function select(i) {
    var links = list.querySelectorAll("a");
    if (!links.length) return;
    selected = (i + links.length) % links.length;
    for (var k = 0; k < links.length; k++) links[k].setAttribute("aria-selected", k === selected ? "true" : "false");
    links[selected].scrollIntoView({ block: "nearest" });
  }
  function run() {
    var ts = terms(input.value);
    list.textContent = "";
    selected = -1;
    if (!ts.length || !window.NP_SEARCH) return;
    var hits = [];
    for (var d = 0; d < window.NP_SEARCH.length; d++) {
      var r = score(window.NP_SEARCH[d], ts);
      if (r) hits.push({ doc: window.NP_SEARCH[d], score: r.score, heading: r.heading });
    }
    hits.sort(function (a, b) { return b.score - a.score || a.doc.t.localeCompare(b.doc.t); });
    if (!hits.length) {
      var none = document.createElement("li"); none.className = "none"; none.textContent = "No note matches.";
      list.appendChild(none);
      return;
    }
    hits.slice(0, 12).forEach(function (hit) {
      var li = document.createElement("li"), a = document.createElement("a");
      a.href = root + hit.doc.u + (hit.heading ? "#" + hit.heading[1] : "");
      a.setAttribute("role", "option");
      var title = document.createElement("strong"); highlight(title, hit.doc.t, ts); a.appendChild(title);
      var where = document.createElement("span"); where.className = "where";
      where.textContent = hit.doc.m + (hit.heading ? " \u203a " + hit.heading[0] : ""); a.appendChild(where);
      var ex = document.createElement("span"); ex.className = "excerpt"; highlight(ex, excerpt(hit.doc, ts), ts); a.appendChild(ex);
      li.appendChild(a); list.appendChild(li);
    });
  }
  input.addEventListener("focus", function () { load(run); });
  input.addEventListener("input", function () { load(run); });
  input.addEventListener("keydown", function (e) {
    if (e.key === "ArrowDown") { select(selected + 1); e.preventDefault(); }
    else if (e.key === "ArrowUp") { select(selected - 1); e.preventDefault(); }
    else if (e.key === "Enter") { var links = list.querySelectorAll("a"); var a = links[selected >= 0 ? selected : 0]; if (a) { window.location.href = a.href; e.preventDefault(); } }
    else if (e.key === "Escape") { input.value = ""; list.textContent = ""; input.blur(); }
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "/" && document.activeElement !== input && !e.ctrlKey && !e.metaKey) { input.focus(); e.preventDefault(); }
  });
})();
)JS";

}  // namespace np::site
