// Generates tests/fixtures/math/mathml.json: KaTeX's MathML for every formula KaTeX accepts in the
// math corpus (tests/fixtures/math/corpus.json) and in content/, normalised to its reading, the
// expectations of np's MathML writer (tests/unit/mathml_test.cc compares np's output, normalised
// the same way, case by case).
//
// The normal form keeps the elements and the characters and drops presentation: mrow, mstyle and
// mpadded are unwrapped (grouping and style, not reading), mspace and attributes are dropped,
// annotation is dropped, adjacent mn or mtext are joined, runs of white space in mtext become one
// space (trimmed), and styled letters (𝐀, ℝ) read as their ASCII letter. A leaf is written tag:text, an element tag(child child ...).
//
// Usage: (cd scripts/katex && npm install && node gen-mathml.mjs [OUT])
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import katex from 'katex';
import YAML from 'yaml';
import { formulas } from './formulas.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '../..');
const out = process.argv[2] ?? path.join(root, 'tests/fixtures/math/mathml.json');
const readMacros = file => (YAML.parse(fs.readFileSync(path.join(root, file), 'utf8')).katex || {}).macros || {};
const macroSets = { fixture: readMacros('tests/fixtures/math/np.yaml'), content: readMacros('content/np.yaml') };

const UNWRAP = new Set(['math', 'semantics', 'mrow', 'mstyle', 'mpadded']);
const DROP = new Set(['annotation', 'mspace']);
const LEAVES = new Set(['mi', 'mn', 'mo', 'mtext', 'ms']);

const decode = s => s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, e) =>
  e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'apos' ? "'" :
  String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)));

function parse(xml) {
  const rootNode = { tag: '#root', children: [], text: '' };
  const stack = [rootNode];
  const re = /<(\/?)([a-zA-Z]+)((?:[^>"]|"[^"]*")*?)(\/?)>|([^<]+)/g;
  let m;
  while ((m = re.exec(xml)) !== null) {
    const top = stack[stack.length - 1];
    if (m[5] !== undefined) { top.text += decode(m[5]); continue; }
    if (m[1]) { stack.pop(); continue; }
    const node = { tag: m[2], children: [], text: '' };
    top.children.push(node);
    if (!m[4]) stack.push(node);
  }
  return rootNode;
}

function normalise(node) {
  const items = [];
  const visit = n => {
    if (DROP.has(n.tag)) return;
    if (UNWRAP.has(n.tag) || n.tag === '#root') { n.children.forEach(visit); return; }
    if (LEAVES.has(n.tag) && n.children.length) { n.children.forEach(visit); return; }  // KaTeX's <mo> around a group (mclass)
    if (LEAVES.has(n.tag)) {
      // Styled letters (U+1D400..1D7FF and the ones encoded before that block) read as their
      // ASCII letter: np writes ℝ where KaTeX writes R with mathvariant (attributes are dropped).
      let text = n.text.replace(/[\u{1D400}-\u{1D7FF}\u2102\u210A-\u210E\u2110-\u2112\u2115\u2119-\u211D\u2124\u2128\u212C-\u212D\u212F-\u2131\u2133\u2134]/gu, c => c.normalize('NFKC'));
      if (n.tag === 'mtext') text = text.replace(/[\s\u00a0]+/g, ' ').trim();
      const last = items[items.length - 1];
      if (last && typeof last === 'object' && last.leaf && last.tag === n.tag && (n.tag === 'mn' || n.tag === 'mtext')) {
        last.text = n.tag === 'mtext' ? `${last.text} ${text}`.trim() : last.text + text;
        return;
      }
      items.push({ leaf: true, tag: n.tag, text });
      return;
    }
    items.push({ leaf: false, tag: n.tag, inner: n.children.map(c => normalise({ tag: '#root', children: [c], text: '' })) });
  };
  visit(node);
  return items.map(i => i.leaf ? `${i.tag}:${i.text}` : `${i.tag}(${i.inner.join(' ')})`).join(' ');
}

// \message, \show and missing font metrics write to the console: silenced while rendering.
const log = console.log.bind(console);
const quiet = () => {};
Object.assign(console, { log: quiet, warn: quiet, error: quiet });
const cases = [];
const seen = new Set();
const add = (tex, display, macros) => {
  const key = `${display}|${macros}|${tex}`;
  if (seen.has(key)) return;
  seen.add(key);
  let xml;
  try {
    xml = katex.renderToString(tex, { output: 'mathml', displayMode: display, throwOnError: true, macros: macros ? { ...macroSets[macros] } : {}, strict: 'ignore' });
  } catch {
    return;
  }
  const mathml = xml.replace(/^<span class="katex">/, '').replace(/<\/span>$/, '');
  cases.push({ tex, ...(display ? { display: true } : {}), ...(macros ? { macros } : {}), katex: normalise(parse(mathml)) });
};

const corpus = JSON.parse(fs.readFileSync(path.join(root, 'tests/fixtures/math/corpus.json'), 'utf8'));
for (const c of corpus.cases) if (c.katex === 'ok') add(c.tex, !!c.display, c.macros ? 'fixture' : '');

// Every formula of content/ (formulas.mjs, as check-notes.mjs reads them).
const walk = dir => fs.readdirSync(dir, { withFileTypes: true }).flatMap(e => e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.md') ? [path.join(dir, e.name)] : []);
for (const file of walk(path.join(root, 'content')).sort()) {
  const body = fs.readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, m => m.replace(/[^\n]/g, ' '));
  for (const f of formulas(body)) add(f.tex, f.display, 'content');
}

fs.writeFileSync(out, JSON.stringify({ katex: katex.version, generator: 'scripts/katex/gen-mathml.mjs', cases }, null, 0).replace(/\},\{/g, '},\n{') + '\n');
log(`wrote ${out}: KaTeX ${katex.version}, ${cases.length} formulas`);
