// Generates tests/fixtures/math/labelled.json: KaTeX labels np's expectations. For every function,
// environment, symbol, macro, delimiter and unit of KaTeX's own tables (read as gen-table.mjs reads
// them), and for every argument type, valid and invalid uses are written out mechanically: each
// command with arguments of the right type, without them, with arguments of the wrong form, in
// math, in display, in text and as a script or argument; each environment inline, in display, in
// text, without its \end, with the wrong \end, without its arguments. KaTeX alone decides which are
// valid: each formula is rendered with
//   katex.renderToString(tex, {displayMode, throwOnError: true, macros: tests/fixtures/math/np.yaml})
// (strict mode "warn", KaTeX's default: a strict-mode warning is not a rejection) and labelled
// "ok" or "error". tests/unit/math_labelled_test.cc requires np to agree on every formula but the
// ones tests/fixtures/math/labelled-exceptions.txt lists, each with its reason.
//
// Usage: (cd scripts/katex && npm ci && node gen-labelled.mjs [OUT]), or `npm run generate`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import katex from 'katex';
import YAML from 'yaml';
import { loadInternals } from './internals.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '../..');
const out = process.argv[2] ?? path.join(root, 'tests/fixtures/math/labelled.json');
const npMacros = YAML.parse(fs.readFileSync(path.join(root, 'tests/fixtures/math/np.yaml'), 'utf8')).katex.macros;
const get = await loadInternals();
const byName = (a, b) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
const sorted = obj => Object.keys(obj).sort(byName);

// [tex, display]
const cases = [];
const add = (tex, display = false) => cases.push({ tex, display });
const addBoth = tex => { add(tex); add(tex, true); };

// --- argument types: valid and invalid values of each, braced as a mandatory argument ----------
const argTypeName = { c: 'color', s: 'size', u: 'url', m: 'math', t: 'text', h: 'hbox', r: 'raw', p: 'primitive', o: 'original', '-': 'unspecified' };
const argTypeCode = Object.fromEntries(Object.entries(argTypeName).map(([k, v]) => [v, k]));
const argTypes = f => Array.from({ length: f.numArgs + (f.numOptionalArgs || 0) }, (_, i) => argTypeCode[f.argTypes?.[i]] ?? '-').join('');
// The first of each list is the sample a valid use takes.
const values = {
  c: ['{red}', '{#f00}', '{#ff0000}', '{#f00a}', '{#ff000080}', '{ff0000}', '{RoyalBlue}', '{not a colour}', '{#12}', '{#ff00000}', '{ff00}', '{red!50}', '{}', '{#xyz}', 'red', '{ red }'],
  s: ['{1em}', '{-2.5pt}', '{.5ex}', '{1.em}', '{ 3 mu }', '{+1cm}', '{1zz}', '{x}', '{}', '{em}', '{1}', '{1 em}', '1em', '{1e3pt}', '{1,5pt}'],
  u: ['{https://example.com}', '{https://example.com/a%20b}', '{x}', '{a\\_b}', '{https://a.b/~c}', '{}', '{a{b}c}', 'x'],
  m: ['{x}', '{}', '{\\frac12}', 'x', '\\alpha', '{a & b}', '{\\text{a}}', '\\frac12', '{x^}', '\\relax', '{\\relax}'],
  t: ['{a}', '{a b}', '{}', '{\\alpha}', '{$x$}', '{a^b}', 'a', '{\\textbf{a}}', '{x_1}'],
  h: ['{a}', '{a b}', '{}', '{\\alpha}', '{$x$}', '{a^b}', 'a', '{\\textbf{a}}'],
  r: ['{x}', '{a%b}', '{ x }', '{}', 'x', '{a{b}c}', '{a}b}'],
  p: ['x', '{x}', '\\alpha', '\\frac', '{}', '1', '\\sqrt2', '\\relax'],
  o: ['{x}', 'x', '{}', '\\alpha', '\\frac12', '{a}{b}', '\\relax'],
  '-': ['{x}', 'x', '{}', '\\alpha', '\\frac12', '\\sqrt2', '{x^2}', '\\mathrm{d}', '\\left(x\\right)', '&', '\\relax', '{\\relax}'],
};
// Optional arguments: [value], also by type.
const optionalValues = {
  c: ['[rgb]', '[RGB]', '[HTML]', '[]', '[foo]'],
  s: ['[1pt]', '[-1ex]', '[]', '[1zz]', '[x]'],
  '-': ['[3]', '[x]', '[]', '[b]', '[t]', '[\\alpha]', '[[x]]', '[{]}]'],
  t: ['[a]', '[]', '[x]'],
  h: ['[a]', '[]'],
  m: ['[x]', '[]'],
  r: ['[x]', '[]'],
  u: ['[x]', '[]'],
  o: ['[x]', '[]'],
  p: ['[x]'],
};

// --- functions ---------------------------------------------------------------------------------
const functions = get('_functions');
const skip = name => name.startsWith('\\\\') && name !== '\\\\';  // internal (\\cdleft, \\abovefrac): cannot be typed
for (const name of sorted(functions)) {
  if (skip(name)) continue;
  const f = functions[name];
  const types = argTypes(f);
  const nOpt = f.numOptionalArgs || 0;
  const mandatory = types.slice(nOpt).split('');
  const optional = types.slice(0, nOpt).split('');
  const sample = mandatory.map(t => values[t][0]);
  const use = (args, opts = '') => `${name}${opts}${args.join('')}`;
  const valid = use(sample);
  if (f.infix) {
    // a \over b: an infix operator takes what stands before and after it in its group.
    const arg = name === '\\above' ? '2pt ' : '';
    for (const tex of [`a ${name}${arg} b`, `{a ${name}${arg} b}`, `${name}${arg}`, `a ${name}${arg}`, `${name}${arg} b`, `a ${name}${arg} b ${name}${arg} c`,
      `\\frac{a ${name}${arg} b}{c}`, `\\text{a ${name}${arg} b}`, `x^{a ${name}${arg} b}`, `\\left( a ${name}${arg} b \\right)`, `a ${name}${arg} \\left( b \\right)`])
      addBoth(tex);
    if (name === '\\above') for (const v of values.s) add(`a \\above${v} b`);
    continue;
  }
  // Where it may stand: math, display, text, as a script, as an argument, after a function.
  addBoth(`${valid} y`);
  add(`\\text{${valid}}`);
  add(`\\text{a ${valid} b}`);
  add(`x^${valid}`);
  add(`x_${valid}`);
  add(`x^{${valid}}`);
  add(`\\frac${valid}{y}`);
  add(`\\sqrt${valid}`);
  add(`\\mathrm{${valid}}`);
  add(`{${valid}}^2`);
  add(`${valid}^2`);
  add(`${valid}_1^2`);
  add(`${valid}'`);
  add(`\\left( ${valid} \\right)`);
  add(`\\mathop ${valid}`);
  add(`\\mathbin ${valid}`);
  add(`\\hbox{${valid}}`);
  add(`\\mbox{$${valid}$}`);
  add(`\\begin{matrix} ${valid} & a \\end{matrix}`);
  add(`\\textbf{${valid}}`);
  // Its arguments: none, one too few, each of the wrong form, the optional ones.
  if (mandatory.length) {
    add(name);
    add(`${name} `);
    add(`{${name}}`);
    add(`\\text{${name}}`);
    add(`${use(sample.slice(0, -1))}`);
    add(`{${use(sample.slice(0, -1))}}`);
    add(`${use(sample.slice(0, -1))}}`);
    add(`${use(sample)}${sample[sample.length - 1]}`);
  }
  mandatory.forEach((t, i) => {
    for (const v of values[t].slice(1)) {
      const args = [...sample];
      args[i] = v;
      add(use(args));
      if (f.allowedInText) add(`\\text{${use(args)}}`);
    }
  });
  optional.forEach((t, i) => {
    for (const v of optionalValues[t] ?? optionalValues['-']) {
      if (i === 0) add(use(sample, v));
    }
    add(use(sample, '[x'));
  });
}
// \\: a new line, in math, display, text, with a size, in an array.
for (const tex of ['a \\\\ b', 'a \\\\[2pt] b', 'a \\\\[2zz] b', '\\\\', 'a\\\\', '\\text{a \\\\ b}', 'x^\\\\', '\\begin{matrix} a \\\\[1ex] b \\end{matrix}', '\\\\[x]', 'a \\newline b', 'a \\cr b'])
  addBoth(tex);

// --- environments ------------------------------------------------------------------------------
const environments = get('_environments');
const envArgs = {
  array: ['{cc}', '{c|c}', '{lcr}', '{c:c}', '{|c|}', '{x}', '{}', '{p{1em}}', '{c@{}c}', '{cc'],
  darray: ['{cc}', '{c|c}', '{x}', '{}'],
  subarray: ['{c}', '{l}', '{cc}', '{x}', '{}'],
  alignat: ['{2}', '{1}', '{x}', '{}', '{0}'],
  'alignat*': ['{2}', '{1}', '{x}', '{}'],
  alignedat: ['{2}', '{1}', '{x}', '{}', '{0}'],
};
for (const name of sorted(environments)) {
  const e = environments[name];
  const args = envArgs[name] ?? (e.numArgs ? ['{2}'] : ['']);
  const [arg] = args;
  const opt = name.endsWith('*') && name.includes('matrix') ? ['[r]', '[l]', '[c]', '[x]', '[]'] : [];
  const body = name === 'CD' ? 'A @>f>> B \\\\ @VVV @VVV \\\\ C @= D' : 'a & b \\\\ c & d';
  const begin = `\\begin{${name}}`;
  const end = `\\end{${name}}`;
  for (const b of [body, 'a', '', 'a & b', 'a \\\\ b', 'a & b & c \\\\ d', 'a \\\\ \\hline b', '\\hline a \\\\ \\hline', 'a \\\\[1ex] b', 'a \\tag{1}', 'a \\nonumber \\\\ b', 'a & b \\\\'])
    addBoth(`${begin}${arg} ${b} ${end}`);
  for (const a of args.slice(1)) addBoth(`${begin}${a} ${body} ${end}`);
  for (const o of opt) addBoth(`${begin}${o} ${body} ${end}`);
  if (e.numArgs) addBoth(`${begin} ${body} ${end}`);
  addBoth(`${begin}${arg} ${body}`);
  addBoth(`${arg} ${body} ${end}`);
  addBoth(`${begin}${arg} ${body} \\end{matrix}`);
  add(`\\text{${begin}${arg} ${body} ${end}}`);
  add(`x^{${begin}${arg} ${body} ${end}}`);
  add(`\\left( ${begin}${arg} ${body} ${end} \\right)`);
  add(`\\begin{matrix} ${begin}${arg} ${body} ${end} \\end{matrix}`, true);
  add(`\\begin {${name}}${arg} ${body} \\end {${name}}`, true);
  add(`\\begin{${name}}${arg} \\left( a \\\\ b \\right) ${end}`, true);
}
for (const name of ['foo', 'eqnarray', 'itemize', 'pmatrx', 'multline', 'flalign', 'Bmatrix*', 'cases*', 'tabular', ''])
  addBoth(`\\begin{${name}} a \\end{${name}}`);

// --- symbols, macros -------------------------------------------------------------------------
const symbols = get('symbols');
for (const name of sorted(symbols.math)) {
  add(name.startsWith('\\') ? `${name} x` : name);
  add(`x^${name}`);
  add(`x_${name}`);
  add(`${name}^2`);
}
for (const name of sorted(symbols.text)) {
  add(`\\text{${name}}`);
  add(`\\text{a${name}b}`);
}
const macros = get('_macros');
for (const name of sorted(macros)) {
  if (name.includes('@')) continue;  // internal (\@ifnextchar is KaTeX's, but not a user's)
  const n = name.startsWith('\\') ? name : name;
  add(n);
  add(`${n}{a}{b}`);
  add(`x^${n}`);
  add(`\\text{${n}}`);
  add(`\\text{${n}{a}{b}}`);
}
for (const name of sorted(npMacros)) {
  add(name);
  add(`${name}{a}{b}`);
  add(`x^${name}`);
  add(`\\text{${name}}`);
}

// --- delimiters, sizes, units -------------------------------------------------------------------
const delimiters = [...get('delimiters'), '\\{', '{', '}', 'a', '\\alpha', '=', '\\lbrace', '\\|', '\\Vert'];
for (const d of [...new Set(delimiters)].sort(byName)) {
  add(`\\left${d} x \\right${d}`);
  add(`\\left${d} x \\right.`);
  add(`\\left( x \\middle${d} y \\right)`);
  add(`\\bigl${d} x \\bigr${d}`);
  add(`\\bigl{${d}} x \\bigr{${d}}`);
  add(`\\Big${d}`);
  add(`\\left{${d}} x \\right)`);
}
const units = [...Object.keys(get('ptPerUnit')), ...Object.keys(get('relativeUnit')), 'zz', 'px', 'in ', 'PT'];
for (const u of units.sort(byName)) {
  add(`\\kern1${u}`);
  add(`\\kern 1 ${u}`);
  add(`\\mkern1${u}`);
  add(`\\hskip1${u}`);
  add(`\\hspace{1${u}}`);
  add(`\\rule{1${u}}{1${u}}`);
  add(`\\raisebox{1${u}}{x}`);
  add(`\\kern1${u}\\relax^2`);
  add(`\\hskip1${u}\\relax^2`);
}

// --- hand-written: what the issue found, and the primitives around \relax, \char, scripts -----
for (const tex of [
  // KaTeX 0.19.1 renders these (0.16.11 did not, or np flagged them).
  '\\bigl{(} x \\bigr{)}', '\\overbracket{a+b}', '\\underbracket{a+b}', '\\overbracket{a+b}^{n}', '\\underbracket{a+b}_{n}', '\\text{\\sout{abc}}',
  '\\text{a \\vdots b}', '\\text{\\rule{1em}{2pt}}', '\\text{a \\rule[1pt]{1em}{2pt} b}', 'x^\\imath', 'x^\\jmath', 'x_\\relax 2', 'x^\\relax\\relax 2',
  '\\mathop \\int', '\\mathop\\int_0^1', '\\hskip1em\\relax^2', '\\relax^2', '\\relax', '{}\\relax^2', 'x^{\\relax}', 'x\\relax^2', '\\mathsfit{x}',
  '\\reflectbox{a}', '\\mathreflectbox{a}', '\\text{\\reflectbox{a}}', '\\mapsfrom', '↤', '\\dddot{x}', '\\ddddot{x}', '\\hphantom{x}', '\\text{\\hphantom{x}}',
  '\\colorbox{red}{$x$}', '\\colorbox{red}{a^b}', '\\fcolorbox{red}{blue}{$x$}', '\\textcolor{#f00a}{x}', '\\color{#ff000080} x', '\\color{ff0000} x',
  '\\color{#ff0000} x', '\\cfrac{\\cfrac12 3}{4}', 'x^\\cfrac12', 'x^\\int', '\\frac\\int 2', '·', 'a·b', '\\text{a·b}', '\\varvdots', '\\not=', '\\not\\in',
  // KaTeX rejects these.
  '\\char', '\\char x', '\\char"', "\\char'", '\\char`', '\\char"110000', '\\', 'a\\', '\\text{\\}', '\\text{a\\}', 'x^\\', '\\char"G',
  // Scripts and primes around the primitives.
  "x'\\relax'", "x^2\\relax^3", 'x_1\\relax_2', '\\relax_1', 'x^{}', 'x^\\mathrm{d}', 'x^\\operatorname{d}', 'x^\\sqrt2', 'x^\\frac12', 'x^\\left(x\\right)',
  '\\hskip1em^2', '\\kern1em^2', '\\kern1em\\relax^2', '\\hspace{1em}^2', '\\,^2', '\\quad^2', '\\mathop{}\\int', '\\mathop\\sum\\limits_1',
  '\\mathop\\frac12', '\\mathrel\\int', '\\mathbin\\int', '\\mathord\\int', '\\mathop x', '\\mathop\\relax x',
  // Raw arguments (0.19.1: spaces skipped, % is a character).
  '\\href{https://a.b/%20}{x}', '\\url{https://a.b/%20}', '\\htmlClass{a%b}{x}', '\\htmlData{a=b%c}{x}', '\\verb|%|',
  // Ligatures and text.
  '\\text{a--b---c}', "\\text{``a''}", '\\text{-\\textbf{-}}', '\\text{--\\relax-}',
]) addBoth(tex);

// --- text fonts: KaTeX has no bold or italic typewriter font -----------------------------------
const textFonts = ['\\text', '\\textrm', '\\textsf', '\\texttt', '\\textnormal', '\\textbf', '\\textmd', '\\textit', '\\textup', '\\emph'];
for (const a of textFonts) for (const b of textFonts) {
  add(`${a}{${b}{a}}`);
  add(`${a}{x ${b}{}}`);
  for (const c of ['\\texttt', '\\textup', '\\emph']) add(`${a}{${b}{${c}{a}}}`);
}
for (const inner of ['\\fbox{a}', '\\textcolor{red}{a}', '\\text{a}', '\\hbox{a}', '$\\mathbf{a}$', '$\\text{a}$', '\\verb|a|', '\\rule{1em}{1em}', '\\kern1em',
  '--', '~', '\\ ', '\\char65', "\\'e", '\\textbackslash', '\\dots', '\\bf a', '\\large a', '\\sout{a}', '\\phantom{a}', '\\underline{a}',
  'a,b', '\\$', '\\mathbf{\\text{a}}', '{\\bf\\text{a}}', '\\textcircled{a}'])
  for (const outer of ['\\texttt{\\textbf{', '\\texttt{\\textit{', '\\textsf{\\textbf{\\textit{', '\\textsf{\\textbf{']) add(`${outer}${inner}${'}'.repeat(outer.split('{').length - 1)}`);

// --- np's policy: KaTeX renders these, np refuses them (labelled-exceptions.txt) ---------------
for (const tex of ['\\def\\x{1}\\x', '\\gdef\\x{1}\\x', '\\edef\\x{1}\\x', '\\xdef\\x{1}\\x', '\\global\\def\\x{1}\\x', '\\let\\x=\\alpha \\x',
  '\\futurelet\\x\\y\\alpha', '\\newcommand{\\x}{1}\\x', '\\renewcommand{\\alpha}{1}\\alpha', '\\providecommand{\\x}{1}\\x',
  '\\href{javascript:alert(1)}{x}', '\\url{file:///etc/passwd}', '\\href{data:text/html,x}{x}', '\\includegraphics{file:///a.png}'])
  addBoth(tex);

// --- KaTeX's verdicts -------------------------------------------------------------------------
const quiet = () => {};
Object.assign(console, { log: quiet, warn: quiet, error: quiet });  // \message, missing metrics
const seen = new Set();
const labelled = [];
for (const c of cases) {
  const key = JSON.stringify([c.tex, c.display]);
  if (seen.has(key)) continue;
  seen.add(key);
  let message = '';
  try {
    katex.renderToString(c.tex, { displayMode: c.display, throwOnError: true, macros: { ...npMacros }, strict: () => 'ignore' });
  } catch (e) {
    message = String(e.message).split('\n')[0].replace(/^KaTeX parse error: /, '').replace(/ at (position \d+|end of input): .*$/, '');
  }
  labelled.push({ tex: c.tex, ...(c.display ? { display: true } : {}), katex: message ? 'error' : 'ok', ...(message ? { message } : {}) });
}
const header = JSON.stringify({
  katex: katex.version,
  generator: 'scripts/katex/gen-labelled.mjs',
  options: 'katex.renderToString(tex, {displayMode, throwOnError: true, macros: tests/fixtures/math/np.yaml}), strict warnings ignored',
});
fs.writeFileSync(out, `${header.slice(0, -1)},"cases":[\n${labelled.map(c => JSON.stringify(c)).join(',\n')}\n]}\n`);
const rejected = labelled.filter(c => c.katex === 'error').length;
process.stdout.write(`wrote ${out}: KaTeX ${katex.version}, ${labelled.length} formulas, ${labelled.length - rejected} that KaTeX renders, ${rejected} it rejects\n`);
