// np's MathML next to Temml's MathML and KaTeX's HTML, in headless Chromium, on formulas of an
// exported site: how close each MathML looks to KaTeX (the look readers know).
//
// The formulas and np's MathML come from the site np exported (every <math> of notes/*.html
// carries its TeX in alttext); a deterministic sample of them (half among formulas with tables,
// operator names, fences and sized delimiters, where MathML goes wrong most, half among the rest)
// is rendered three ways, each on its own page with its own stylesheet:
//   KaTeX: renderToString + katex.min.css (its own fonts): the reference;
//   Temml: renderToString + Temml-Local.css (the system's math font);
//   np:    the site's <math> (display math in its .math-scroll span) + the site's style.css.
// Each formula is screenshotted in a cell of the same width and scored against KaTeX's:
//   shape: both images cropped to their ink, scaled to the same height, padded to the same width,
//          blurred a little (fonts differ), then sum(min)/sum(max) of the ink (1 = identical);
//   place: for display math, 1 - 2 * |horizontal centre offset| / cell width (0 at worst), so a
//          left-aligned formula where KaTeX centres it scores low;
//   score = shape * place.
// Prints the mean and median of each, the worst formulas for np, and writes report.html with
// the three images of the worst ones side by side.
//
// Usage: node compare.mjs SITE_DIR MACROS_YAML CHROMIUM OUT_DIR [COUNT]
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import katex from 'katex';
import temml from 'temml';
import puppeteer from 'puppeteer-core';
import { PNG } from 'pngjs';
import YAML from 'yaml';

const [site, macrosFile, chromium, out, countArg] = process.argv.slice(2);
const count = Number(countArg ?? 400);
const require = createRequire(import.meta.url);
const katexDir = path.dirname(require.resolve('katex/dist/katex.min.css'));
const temmlDir = path.dirname(require.resolve('temml/dist/Temml-Local.css'));
const macros = (YAML.parse(fs.readFileSync(macrosFile, 'utf8')).katex || {}).macros || {};

const CELL = 1000;   // px: the width of every cell (display math is centred in it)
const HEIGHT = 48;   // px: the height both images are scaled to before comparing
const BLUR = 1;      // px: the radius of the blur (three passes) that forgives the fonts' differences
const BATCH = 40;    // formulas per page
const DPR = 2;       // device pixels per CSS pixel of the screenshots

// --- The formulas: np's <math> elements of the exported notes. ---
const decode = s => s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, e) =>
  e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'apos' ? "'" :
  String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)));
const all = new Map();
const notesDir = path.join(site, 'notes');
for (const file of fs.readdirSync(notesDir).filter(f => f.endsWith('.html')).sort()) {
  const html = fs.readFileSync(path.join(notesDir, file), 'utf8');
  for (const m of html.matchAll(/<math\b([^>]*)>[\s\S]*?<\/math>/g)) {
    const alt = /\balttext="([^"]*)"/.exec(m[1]);
    if (!alt) continue;
    const tex = decode(alt[1]);
    const display = /\bdisplay="block"/.test(m[1]);
    const key = (display ? 'D' : 'I') + tex;
    if (!all.has(key)) all.set(key, { tex, display, np: m[0], note: file.replace(/\.html$/, '') });
  }
}
const fnv = s => { let h = 0x811c9dc5; for (const c of Buffer.from(s)) h = Math.imul(h ^ c, 0x01000193) >>> 0; return h; };
const featured = /\\begin|\\operatorname|\\\||\\[Vv]ert|\\[bB]ig|\\left|\\mathop|\\(?:det|log|exp|sin|cos|max|min|arg|sup|inf|lim|tr|rank|diag|Var|Cov|sign|norm|abs)\b/;
const byHash = list => list.sort((a, b) => fnv(a.tex) - fnv(b.tex) || (a.tex < b.tex ? -1 : 1));
const candidates = [...all.values()];
const pick = [
  ...byHash(candidates.filter(f => featured.test(f.tex))).slice(0, Math.ceil(count / 2)),
  ...byHash(candidates.filter(f => !featured.test(f.tex))),
].slice(0, count);

const formulas = [];
for (const f of pick) {
  const options = { displayMode: f.display, macros: { ...macros }, throwOnError: true };
  try {
    f.katex = katex.renderToString(f.tex, { ...options, strict: 'ignore' });
  } catch { continue; }  // not KaTeX-valid: no reference look
  try {
    f.temml = temml.renderToString(f.tex, { ...options, macros: { ...macros } });
  } catch (e) {
    f.temml = `<code>${e.message.replace(/</g, '&lt;')}</code>`;
  }
  formulas.push(f);
}

// --- Rendering. ---
const styleFor = {
  katex: `<link rel="stylesheet" href="file://${katexDir}/katex.min.css">`,
  temml: `<link rel="stylesheet" href="file://${temmlDir}/Temml-Local.css">`,
  np: `<link rel="stylesheet" href="file://${path.resolve(site, 'style.css')}">`,
};
const markup = {
  katex: f => f.katex,
  temml: f => f.temml,
  np: f => (f.display ? `<span class="math-scroll">${f.np}</span>` : f.np),
};
const page = (kind, batch) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${styleFor[kind]}
<style>html, body { margin: 0; background: #fff; color: #000; } body { font: 17px/1.6 Georgia, serif; }
.cell { width: ${CELL}px; padding: 12px 0; margin: 0; overflow: hidden; } .np-cmp-inline { display: inline-block; }</style></head><body>
${batch.map((f, i) => `<div class="cell" id="c${i}">${f.display ? markup[kind](f) : `<p style="margin:0">${markup[kind](f)}</p>`}</div>`).join('\n')}
</body></html>`;

fs.mkdirSync(path.join(out, 'img'), { recursive: true });
const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update',
         '--disable-sync', '--allow-file-access-from-files', '--font-render-hinting=none', '--force-color-profile=srgb'],
});
const images = { katex: [], temml: [], np: [] };
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: CELL + 40, height: 800, deviceScaleFactor: DPR });
  await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  for (let start = 0; start < formulas.length; start += BATCH) {
    const batch = formulas.slice(start, start + BATCH);
    for (const kind of ['katex', 'temml', 'np']) {
      const file = path.join(out, `page-${kind}.html`);
      fs.writeFileSync(file, page(kind, batch));
      await tab.goto('file://' + path.resolve(file), { waitUntil: 'load' });
      await tab.evaluate(() => document.fonts.ready);
      const boxes = await tab.$$eval('.cell', cells => cells.map(c => {
        const r = c.getBoundingClientRect();
        return { x: r.left + scrollX, y: r.top + scrollY, w: r.width, h: r.height };
      }));
      const shot = PNG.sync.read(Buffer.from(await tab.screenshot({ fullPage: true, type: 'png' })));
      boxes.forEach((b, i) => images[kind][start + i] = ink(shot, b));
    }
  }
} finally {
  await browser.close();
}

// The ink (1 - luminance) of a box of the screenshot, cropped to where there is ink.
function ink(png, box) {
  const x0 = Math.round(box.x * DPR), y0 = Math.round(box.y * DPR), w = Math.round(box.w * DPR), h = Math.round(box.h * DPR);
  const a = new Float32Array(w * h);
  let left = w, right = -1, top = h, bottom = -1;
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
    const sx = x0 + x, sy = y0 + y;
    if (sx >= png.width || sy >= png.height) continue;
    const p = (sy * png.width + sx) * 4;
    const v = 1 - (0.299 * png.data[p] + 0.587 * png.data[p + 1] + 0.114 * png.data[p + 2]) / 255;
    a[y * w + x] = v;
    if (v > 0.08) { left = Math.min(left, x); right = Math.max(right, x); top = Math.min(top, y); bottom = Math.max(bottom, y); }
  }
  if (right < 0) return { w: 0, h: 0, data: new Float32Array(0), centre: w / 2, cell: w };
  const cw = right - left + 1, ch = bottom - top + 1, data = new Float32Array(cw * ch);
  for (let y = 0; y < ch; y++) for (let x = 0; x < cw; x++) data[y * cw + x] = a[(top + y) * w + left + x];
  return { w: cw, h: ch, data, centre: (left + right) / 2, cell: w };
}

// Area-average scaling to W x HEIGHT.
function scale(img, W) {
  const fy = HEIGHT / img.h, fx = W / img.w, out = new Float32Array(W * HEIGHT);
  for (let Y = 0; Y < HEIGHT; Y++) for (let X = 0; X < W; X++) {
    const ya = Y / fy, yb = (Y + 1) / fy, xa = X / fx, xb = (X + 1) / fx;
    let sum = 0, area = 0;
    for (let y = Math.floor(ya); y < Math.min(img.h, Math.ceil(yb)); y++) {
      const wy = Math.min(yb, y + 1) - Math.max(ya, y);
      for (let x = Math.floor(xa); x < Math.min(img.w, Math.ceil(xb)); x++) {
        const wx = Math.min(xb, x + 1) - Math.max(xa, x);
        sum += img.data[y * img.w + x] * wx * wy;
        area += wx * wy;
      }
    }
    out[Y * W + X] = area ? sum / area : 0;
  }
  return out;
}

// A box blur of radius BLUR, three times (about a Gaussian), separable.
function blur(data, W, H) {
  let cur = data;
  for (let pass = 0; pass < 3; pass++) {
    const h = new Float32Array(W * H), v = new Float32Array(W * H);
    for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) {
      let s = 0;
      for (let d = -BLUR; d <= BLUR; d++) { const xx = x + d; if (xx >= 0 && xx < W) s += cur[y * W + xx]; }
      h[y * W + x] = s / (2 * BLUR + 1);
    }
    for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) {
      let s = 0;
      for (let d = -BLUR; d <= BLUR; d++) { const yy = y + d; if (yy >= 0 && yy < H) s += h[yy * W + x]; }
      v[y * W + x] = s / (2 * BLUR + 1);
    }
    cur = v;
  }
  return cur;
}

// Both images scaled to the reference's aspect at HEIGHT px, blurred, and compared as ink
// (sum of minima over sum of maxima), times the ratio of the two aspects (a formula wider or
// narrower than the reference, by its spacing, scores lower).
function shape(ref, img) {
  if (!ref.w || !img.w) return ref.w === img.w ? 1 : 0;
  const W = Math.max(1, Math.round(HEIGHT * ref.w / ref.h));
  const a = blur(scale(ref, W), W, HEIGHT), b = blur(scale(img, W), W, HEIGHT);
  let lo = 0, hi = 0;
  for (let i = 0; i < a.length; i++) { lo += Math.min(a[i], b[i]); hi += Math.max(a[i], b[i]); }
  const ra = ref.w / ref.h, rb = img.w / img.h;
  return (hi ? lo / hi : 1) * Math.min(ra, rb) / Math.max(ra, rb);
}

function compare(f, ref, img) {
  const s = shape(ref, img);
  const place = f.display ? Math.max(0, 1 - 2 * Math.abs(ref.centre - img.centre) / ref.cell) : 1;
  return { shape: s, place, score: s * place };
}

const results = formulas.map((f, i) => ({
  f, i,
  np: compare(f, images.katex[i], images.np[i]),
  temml: compare(f, images.katex[i], images.temml[i]),
}));

// --- Summary. ---
const mean = xs => xs.reduce((a, b) => a + b, 0) / xs.length;
const median = xs => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const fmt = x => x.toFixed(3);
const displays = results.filter(r => r.f.display);
console.log(`${results.length} formulas (${displays.length} display) from ${all.size} distinct ones in ${notesDir}; KaTeX ${katex.version}, Temml ${temml.version}`);
console.log('                 score mean  median   shape mean  median   display centred');
for (const who of ['temml', 'np']) {
  const sc = results.map(r => r[who].score), sh = results.map(r => r[who].shape);
  const centred = displays.filter(r => r[who].place > 0.98).length;
  console.log(`${(who === 'np' ? 'np' : 'Temml').padEnd(15)}  ${fmt(mean(sc))}      ${fmt(median(sc))}    ${fmt(mean(sh))}       ${fmt(median(sh))}    ${centred}/${displays.length}`);
}
const wins = results.filter(r => r.np.score >= r.temml.score).length;
console.log(`np at least as close as Temml on ${wins}/${results.length} formulas`);

const worst = [...results].sort((a, b) => (a.np.score - a.temml.score) - (b.np.score - b.temml.score) || a.np.score - b.np.score).slice(0, 40);
console.log('\nworst for np against Temml (np, Temml, TeX):');
for (const r of worst.slice(0, 20))
  console.log(`  ${fmt(r.np.score)}  ${fmt(r.temml.score)}  ${r.f.display ? 'D' : 'I'}  ${r.f.tex.replace(/\s+/g, ' ').slice(0, 110)}`);

// report.html: the worst formulas, three images each (the ink crops, as scored).
function save(img, name) {
  const png = new PNG({ width: Math.max(1, img.w), height: Math.max(1, img.h) });
  for (let i = 0; i < img.w * img.h; i++) {
    const v = Math.round(255 * (1 - img.data[i]));
    png.data[i * 4] = png.data[i * 4 + 1] = png.data[i * 4 + 2] = v;
    png.data[i * 4 + 3] = 255;
  }
  fs.writeFileSync(path.join(out, 'img', name), PNG.sync.write(png));
}
const esc = s => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
let report = '<!DOCTYPE html><meta charset="utf-8"><title>np vs Temml vs KaTeX</title><style>td{border-bottom:1px solid #ccc;padding:4px;vertical-align:top}</style><table><tr><th>TeX</th><th>KaTeX</th><th>Temml</th><th>np</th></tr>';
for (const r of worst) {
  for (const kind of ['katex', 'temml', 'np']) save(images[kind][r.i], `${r.i}-${kind}.png`);
  report += `<tr><td><code>${esc(r.f.tex)}</code><br>${r.f.note} ${r.f.display ? 'display' : 'inline'}<br>np ${fmt(r.np.score)} Temml ${fmt(r.temml.score)}</td>` +
    ['katex', 'temml', 'np'].map(k => `<td><img src="img/${r.i}-${k}.png"></td>`).join('') + '</tr>\n';
}
fs.writeFileSync(path.join(out, 'report.html'), report + '</table>\n');
fs.writeFileSync(path.join(out, 'scores.json'), JSON.stringify(results.map(r => ({ tex: r.f.tex, display: r.f.display, note: r.f.note, np: r.np, temml: r.temml })), null, 1));
console.log(`\n${path.join(out, 'report.html')}: the worst 40 side by side; scores.json: every formula`);
