// Generates tests/fixtures/math/corpus.json: formulas with KaTeX's verdict on each, the test data
// of np's math parser (tests/unit/math_corpus_test.cc requires np to agree on every case).
//
// The formulas: hand-written cases for every error class and the commands the curriculum uses
// (some with the rule np must report), and generated ones: every function, symbol, environment
// and macro of KaTeX's tables used once correctly and once without its arguments, and mutations
// of valid formulas (a brace dropped or added, a second superscript...). Each is rendered with
// katex.renderToString(tex, {displayMode, throwOnError: true, macros}) - KaTeX's default strict
// mode, "warn" - and the strict-mode warnings are recorded by code (but symbolNotInFont, a
// glyph KaTeX's HTML fonts lack: np writes MathML).
//
// Usage: (cd scripts/katex && npm install && node gen-corpus.mjs [OUT])
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import katex from 'katex';
import YAML from 'yaml';
import { loadInternals } from './internals.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '../..');
const out = process.argv[2] ?? path.join(root, 'tests/fixtures/math/corpus.json');
const npMacros = YAML.parse(fs.readFileSync(path.join(root, 'tests/fixtures/math/np.yaml'), 'utf8')).katex.macros;

// [tex, options]: options.display (default false), options.macros (np.yaml's, default false),
// options.rule (the rule np must report first, for hand-written error cases).
const cases = [];
const add = (tex, options = {}) => cases.push({ tex, ...options });

// --- hand-written: each error class, with the rule np reports ---------------------------------
const errors = {
  'math-undefined-command': ['\\mathfrac{g}', '\\alpah', 'x \\foo y', '\\text{\\alpah}', '\\mathbb{R}^n \\tims \\R', '\\begin{matrix} \\bogus \\end{matrix}'],
  'math-braces': ['\\frac{a}{b', '{a', 'a}', 'x^{2', '\\sqrt{x', '\\left( {x \\right)', 'x^\\sqrt2', '\\sqrt\\sqrt2', '\\sqrt[3{x}', 'a}{b', '\\text{a}}', '\\bigl{ x'],
  'math-missing-argument': ['\\frac{a}', 'x^', 'x_', '\\sqrt', '\\frac', '\\frac\\sqrt2 3', '\\binom{n}', '\\text', '\\hat', '\\overline', 'a^{}_'],
  'math-double-script': ['x^a^b', 'x_a_b', "x'^a'", 'x^{a}^{b}', 'x_1^2_3', "f''^2^3"],
  'math-unknown-environment': ['\\begin{foo}a\\end{foo}', '\\begin{eqnarray}a\\end{eqnarray}', '\\begin{itemize}a\\end{itemize}', '\\begin{pmatrx}a\\end{pmatrx}'],
  'math-environment-mismatch': ['\\begin{matrix}a\\end{pmatrix}', '\\begin{matrix}a', 'a\\end{matrix}', '\\begin{cases}a&b\\end{matrix}', '\\begin{pmatrix} a \\\\ b'],
  'math-array-column-spec': ['\\begin{array}{lx}a&b\\end{array}', '\\begin{array}{p{2cm}}a\\end{array}', '\\begin{array}{c@{}c}a&b\\end{array}', '\\begin{subarray}{cc}a\\end{subarray}', '\\begin{pmatrix*}[x]a\\end{pmatrix*}'],
  'math-misplaced-alignment': ['a & b', 'x = 1 & y = 2', '\\hline a', '\\begin{subarray}{c}a&b\\end{subarray}', '\\text{a & b}'],
  'math-left-right': ['\\left( x', 'x \\right)', '\\middle| x', '\\left( x \\middle| y', '{\\left( x } \\right)', '\\left( a & b \\right)'],
  'math-invalid-delimiter': ['\\left{ x \\right\\}', '\\left\\{ x \\right}', '\\left a x \\right)', '\\bigl{x}', '\\left. x \\right=', '\\left\\alpha x \\right.'],
  'math-mode': ['\\text{\\frac{a}{b}}', '\\text{$x$ and \\sqrt{2}}', '\\text{a^b}', '\\text{x_1}', 'a $ b', '\\text{\\sum}', '\\)'],
  'math-label-ref': ['x \\label{eq:1}', '\\eqref{eq:1}', '\\ref{a}'],
  'math-invalid-argument': ['\\color{not a colour}{x}', '\\textcolor{#12}{x}', '\\kern{1zz}', '\\rule{1em}{2}', '\\hspace{x}', '\\char"G', '\\raisebox{1}{x}', '\\mkern3x'],
  'math-macro': ['\\def\\a{\\a}\\a', '\\def\\a{\\a\\a}\\a', '\\newcommand{\\frac}{x}', '\\renewcommand{\\nothere}{x}', '\\def\\f#2{x}', '\\newcommand{ab}{x}'],
  'math-syntax': ['\\verb|x', 'x\\nolimits', 'a \\over b \\over c', 'a\\', '\\mathrm{a}\\limits'],
  'math-unsafe-command': ['\\input{/etc/passwd}', '\\write18{rm -rf}', '\\catcode`\\@=11', '\\csname foo\\endcsname', '\\special{x}', '\\directlua{x}', '\\openout1=x', '\\include{x}'],
};
for (const [rule, list] of Object.entries(errors)) for (const tex of list) add(tex, { rule });
add('\\begin{align} a &= b \\end{align}', { rule: 'math-display-only' });
add('\\begin{equation} a \\end{equation}', { rule: 'math-display-only' });
add('\\begin{gather} a \\end{gather}', { rule: 'math-display-only' });
add('\\begin{CD} A @>>> B \\end{CD}', { rule: 'math-display-only' });
add('x \\tag{1}', { rule: 'math-display-only' });
// np's policy: KaTeX renders these, np refuses them.
add('\\def\\x{1}\\x', { rule: 'math-unsafe-command' });
add('\\newcommand{\\x}{1}\\x', { rule: 'math-unsafe-command' });
add('\\let\\x=\\alpha \\x', { rule: 'math-unsafe-command' });
add('\\href{javascript:alert(1)}{x}', { rule: 'math-unsafe-url' });
add('\\url{file:///etc/passwd}', { rule: 'math-unsafe-url' });
add('\\href{ JavaScript:x}{y}', { rule: 'math-unsafe-url' });
// Warnings: KaTeX renders these.
const warnings = {
  'math-blackboard-digit': ['\\mathbb{1}_{A}', '\\mathbb{1}', '\\mathbb{01}'],
  'math-cases-columns': ['\\begin{cases} a & b & c \\end{cases}', '\\begin{dcases} 1 & x>0 & \\text{a} \\\\ 0 & x \\le 0 \\end{dcases}'],
  'math-unicode-text': ['α + β', 'x ≤ y', 'é', '\\text{naïve} + ü', '∑_i x_i', 'x → y'],
  'math-ascii-dots': ['1, 2, ..., n', 'a_1 + ... + a_n', 'x....'],
  'math-unbraced-script': ['10^10', 'x_12', '2^32 - 1'],
  'math-left-right-linebreak': ['\\begin{aligned} f &= \\left( a \\\\ b \\right) \\end{aligned}'],
  'math-percent-comment': ['50% of x', 'a % b\n+ c'],
  'math-latex-incompatible': ['\\kern3mu x', '\\mkern3em x', '\\begin{array}{c} a & b \\end{array}', "\\'e"],
};
for (const [rule, list] of Object.entries(warnings)) for (const tex of list) add(tex, { rule });
add('a \\\\ b', { display: true, rule: 'math-latex-incompatible' });

// --- hand-written: valid formulas of every family, and the curriculum's notation -------------
const valid = [
  'x^2 + y^2 = z^2', "f'(x)", "f''(x)^2", "x'_1", 'x_i^2', '{x^a}^b', 'x^{a^b}', '\\frac{a}{b}', '\\dfrac12', '\\tfrac{1}{2}', '\\cfrac{1}{1+\\cfrac{1}{x}}',
  '\\binom{n}{k}', '{n \\choose k}', 'a \\over b', '{a \\atop b}', '\\genfrac(]{0pt}{2}{a}{b}', '{a \\above 2pt b}', '\\sqrt{x}', '\\sqrt[3]{x}', '\\sqrt2',
  '\\sum_{i=1}^n x_i', '\\prod\\limits_{i} a_i', '\\int_0^\\infty e^{-x}\\,dx', '\\iint f', '\\oint_C', '\\lim_{n\\to\\infty} a_n', '\\max_x f(x)', '\\sin x \\cos y',
  '\\operatorname{tr}(A)', '\\operatorname*{arg\\,max}_x f', '\\mathop{\\mathrm{rank}} A', '\\left( \\frac{a}{b} \\right)', '\\left[ x \\middle| y \\right]',
  '\\left. \\frac{df}{dx} \\right|_{x=0}', '\\left\\langle u, v \\right\\rangle', '\\left\\lVert x \\right\\rVert', '\\bigl( x \\bigr)', '\\Big\\{ x \\Big\\}',
  '\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}', '\\begin{bmatrix} 1 & 0 \\\\ 0 & 1 \\end{bmatrix}', '\\begin{vmatrix} a \\end{vmatrix}', '\\begin{matrix*}[r] -1 & 2 \\end{matrix*}',
  '\\begin{array}{c|c} a & b \\\\ \\hline c & d \\end{array}', '\\begin{array}{lcr} a & b & c \\end{array}', '\\begin{cases} x & x > 0 \\\\ -x & \\text{otherwise} \\end{cases}',
  '\\begin{aligned} a &= b \\\\ &= c \\end{aligned}', '\\begin{gathered} a \\\\ b \\end{gathered}', '\\begin{smallmatrix} a & b \\end{smallmatrix}', '\\begin{subarray}{c} i \\\\ j \\end{subarray}',
  '\\begin{alignedat}{2} a &= b & c &= d \\end{alignedat}', '\\text{if } x > 0', '\\textbf{bold} \\textit{it}', '\\mathrm{d}x', '\\mathbf{x}', '\\mathbb{R}^n', '\\mathcal{L}',
  '\\mathfrak{g}', '\\mathscr{F}', '\\boldsymbol{\\theta}', '\\bm{x}', '\\hat{\\theta}', '\\widehat{xy}', '\\bar x', '\\vec{v}', '\\tilde{x}', '\\dot{x}', '\\ddot x',
  '\\overline{AB}', '\\underline{x}', '\\overbrace{a+b}^{n}', '\\underbrace{a+b}_{n}', '\\overrightarrow{AB}', '\\xrightarrow[f]{g}', '\\xleftarrow{x}', '\\stackrel{?}{=}',
  '\\overset{a}{b}', '\\underset{x}{\\arg\\min}', '\\color{red}{x} y', '\\textcolor{blue}{x}', '\\colorbox{yellow}{x}', '\\fbox{x}', '\\boxed{x}', '\\cancel{x}',
  '\\phantom{x}', '\\hphantom{x}', '\\vphantom{x}', '\\smash{x}', '\\smash[b]{y}', '\\mathllap{x}', '\\mathrlap{x}', '\\kern1em', '\\mkern3mu', '\\hspace{1em}', '\\quad \\qquad',
  '\\, \\: \\; \\! \\ ', 'a~b', '\\displaystyle \\sum x', '\\scriptstyle x', '\\tiny x \\Huge y', '\\rm x', '\\bf x', '{\\it x}', '\\mathit{x}', '\\pmb{x}',
  '\\raisebox{1em}{x}', '\\rule{1em}{2pt}', '\\vcenter{x}', '\\hbox{x}', '\\mathchoice{a}{b}{c}{d}', '\\mathbin{+}', '\\mathrel{R}', '\\mathopen{(}', '\\mathclose{)}',
  '\\dots', '\\ldots', '\\cdots', '\\vdots', '\\ddots', 'a_1, \\dots, a_n', 'a + \\dots + b', '\\char"41', "\\char'101", '\\char65', '\\char`A', '\\verb|x^2|', '\\verb*|a b|',
  '\\alpha\\beta\\gamma\\Gamma', '\\varepsilon \\vartheta \\varphi', '\\infty \\partial \\nabla', '\\le \\ge \\ne \\approx \\equiv \\sim', '\\in \\notin \\subset \\subseteq',
  '\\to \\mapsto \\Rightarrow \\iff', '\\forall \\exists \\neg', '\\cdot \\times \\div \\pm', '\\langle x \\rangle', '\\lvert x \\rvert', '\\{ x \\}', '\\| x \\|',
  'x \\bmod y', 'x \\pmod{n}', '\\gcd(a,b)', '\\det A', 'A^\\top', 'A^{-1}', '\\nabla_\\theta', '\\mathbb{E}[X]', '\\Pr(A)', '\\log_2 x', '\\exp(x)', '\\tanh x',
  'x \\mid y', 'x \\vert y', 'x \\nmid y', '\\emptyset', '\\varnothing', '\\hbar', '\\ell', '\\Re \\Im', '\\aleph', '\\top \\bot', '\\circ', '\\star', '\\dagger',
  '\\uparrow \\downarrow', '\\leftarrow \\longrightarrow', '\\hookrightarrow', '\\rightleftharpoons', '\\implies \\impliedby', '\\land \\lor', '\\cup \\cap \\setminus',
  '\\bigcup_i A_i', '\\bigoplus', '\\coprod', '\\not= \\not\\in', '\\neq', '\\lnot', '\\because \\therefore', '\\checkmark', '\\%', '\\$', '\\&', '\\#', '\\_',
  '\\text{50\\%}', '\\tag{1} x', '\\tag*{A} x', 'x \\notag', '\\begin{equation} x \\end{equation}', '\\begin{align*} a &= b \\end{align*}', '\\begin{split} a &= b \\\\ &= c \\end{split}',
  '\\begin{CD} A @>f>> B \\\\ @VgVV @VVhV \\\\ C @>>k> D \\end{CD}', '\\def\\x{1}', '\\gdef\\y#1{#1}\\y{2}', '\\newcommand{\\z}[1]{#1^2}\\z{3}',
  '\\R^n', '\\E[X] = \\mu', '\\Var(X)', '\\KL(p \\| q)', '\\norm{x}_2', '\\abs{x}', '\\inner{u}{v}', 'A^\\T', '\\ind_{A}', '\\dd x', 'X \\iid P', '\\argmax_\\theta L',
  '\\Prob(A \\mid B)', '\\Cov(X,Y)', '\\tr(A)', '\\rank A', '\\diag(d)', '\\sign(x)', '\\N \\Z \\Q \\C', '\\href{https://example.com}{x}', '\\url{https://example.com}',
  '\\mathbb{1}_{x>0}', 'x\\%', 'a\\\\b', '\\text{a}\\\\', '\\substack{i \\\\ j}', '\\sum_{\\substack{i<n \\\\ j<m}} x', '\\operatorname{softmax}(z)_i',
  'x²', 'x₁', 'H₂O', 'θ̂', '\\text{é}', '\\text{naïve}', '\\text{日本}', '\\lim\\limits_{x}', '\\sum\\nolimits_i', '\\ce', '\\htmlClass{a}{x}', '\\htmlData{a=b}{x}',
  '\\includegraphics[height=1em]{https://example.com/a.png}', '\\minuso', '\\angl{n}', '\\phase{x}', '\\sout{x}', '\\mathstrut', '\\ulcorner', '\\yen', '\\euro',
];
for (const tex of valid) add(tex, { macros: true });
for (const tex of ['\\begin{align} a &= b \\\\ c &= d \\end{align}', '\\begin{gather} a \\\\ b \\end{gather}', 'x = 1 \\tag{1}', '\\begin{equation*} x \\end{equation*}',
  '\\begin{CD} A @= B \\end{CD}', '\\sum_{i=1}^n x_i', '\\begin{alignat}{2} a &= b & c &= d \\end{alignat}', 'a \\\\ b'])
  add(tex, { display: true, macros: true });

// --- generated: every function, symbol, environment and macro of KaTeX's tables ---------------
const get = await loadInternals();
const argTypeCode = { color: 'c', size: 's', url: 'u', math: 'm', text: 't', hbox: 'h', raw: 'r', primitive: 'p', original: 'o' };
const argTypes = f => Array.from({ length: f.numArgs + (f.numOptionalArgs || 0) }, (_, i) => argTypeCode[f.argTypes?.[i]] ?? '-').join('');
const sample = { c: '{red}', s: '{1em}', u: '{https://example.com}', m: '{x}', t: '{a}', h: '{a}', r: '{x}', p: 'x', o: '{x}', '-': '{x}' };
const sorted = obj => Object.keys(obj).sort();
const functions = get('_functions');
for (const name of sorted(functions)) {
  if (name.startsWith('\\\\')) continue;  // internal (\\cdleft): cannot be typed
  const f = functions[name];
  const args = argTypes(f).slice(f.numOptionalArgs || 0).split('').map(t => sample[t]).join('');
  add(`${name}${args}`);
  if (f.numArgs) add(name);
  add(`\\text{${name}${args}}`);
}
const symbols = get('symbols');
for (const name of sorted(symbols.math)) add(name.startsWith('\\') ? `${name} x` : name);
for (const name of sorted(symbols.text)) add(`\\text{${name}}`);
const environments = get('_environments');
for (const name of sorted(environments)) {
  const args = environments[name].numArgs ? (name.includes('align') ? '{2}' : '{cc}') : '';
  add(`\\begin{${name}}${args} a & b \\\\ c & d \\end{${name}}`);
  add(`\\begin{${name}}${args} a & b \\\\ c & d \\end{${name}}`, { display: true });
}
const macros = get('_macros');
for (const name of sorted(macros)) {
  if (!name.startsWith('\\') || name.includes('@')) continue;
  add(name);
  add(`${name}{a}{b}`);
}

// --- generated: mutations of valid formulas ---------------------------------------------------
const mutate = [
  tex => tex.replace('}', ''),       // a brace dropped
  tex => tex.replace('{', ''),
  tex => `${tex}}`,                  // one added
  tex => `{${tex}`,
  tex => tex.replace('^', '^a^'),    // a second superscript
  tex => tex.replace('_', '_a_'),
  tex => tex.replace('\\', '\\x'),   // a command misspelt
  tex => tex.replace('\\right', ''), // \right dropped
  tex => tex.replace('\\end', '\\ned'),
];
for (const tex of valid.slice(0, 200)) {
  for (const m of mutate) {
    const changed = m(tex);
    if (changed !== tex) add(changed, { macros: true });
  }
}

// --- generated: random token soups (a fixed seed), mostly errors of every kind -----------------
// Pieces of formulas, commands of every table and environments thrown together: what a fuzzer
// would try. They found the cases where KaTeX fails only while rendering (a script on \relax).
let state = 2026;
const random = n => {  // mulberry32
  state = (state + 0x6D2B79F5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) % n;
};
const soup = [
  'x', '1', '10', '{', '}', '^', '_', "'", '&', '\\\\', ' ', '\\left(', '\\right)', '\\middle|', '[', ']', '%', '$', '#1', '~',
  'é', 'α', '²', '₁', '\\verb|x|', '\\text{', '\\def\\f#1{#1^2}', '\\f', '\\newcommand{\\h}[2]{#1/#2}', '\\h', '\\char', '"41',
  '`a', '\\Braket{a|b}', '\\set{a|b}', '\\operatorname*{f}', '\\genfrac(){1pt}{2}', '\\rule[1pt]{2em}{3ex}', '\\kern', '-2mu',
  '\\url{http://a~b%c}', '\\\\[2pt]', '\\hline', '\\cr', '\\tag{1}', '\\notag', '@>>>', '@VVV', '\\not', '\\dots', '+', '=',
  '\\color{blue}', '\\over', '\\above{2pt}', '\\expandafter', '\\noexpand', '\\let\\q=', '\\global', '\\gdef\\m{M}', '\\m',
  '\\TextOrMath{a}{b}', '\\sqrt[3]', '\\smash[t]', '\\limits', '\\sum', '\\,', '\\quad', '\\R', '\\norm{x}', '\\abs', '\\rm',
  '\\begingroup', '\\endgroup', '\\relax', '\\frac', '\\sqrt', '\\mathbb', '\\hat', '\\ce', '\n',
];
const envNames = Object.keys(environments);
const commandNames = [...Object.keys(functions), ...Object.keys(symbols.math), ...Object.keys(macros)].filter(n => n.startsWith('\\') && !n.startsWith('\\\\'));
for (let i = 0; i < 1500; i++) {
  let tex = '';
  for (let k = 1 + random(10); k > 0; k--) {
    const r = random(10);
    if (r < 6) tex += soup[random(soup.length)];
    else if (r < 8) tex += commandNames[random(commandNames.length)];
    else if (r < 9) {
      const env = envNames[random(envNames.length)];
      const arg = random(2) ? `{${['cc', 'c|c', '2', 'lr', 'x'][random(5)]}}` : '';
      tex += random(4) ? `\\begin{${env}}${arg} a & b \\\\ c ${soup[random(soup.length)]}\\end{${env}}` : `\\begin{${env}}`;
    } else {
      tex += `${soup[random(soup.length)]} `;
    }
  }
  add(tex, { display: random(3) === 0, macros: random(2) === 0 });
}

// --- KaTeX's verdicts -------------------------------------------------------------------------
const seen = new Set();
const corpus = [];
// \message, \show and missing font metrics write to the console: silenced while rendering.
const quiet = () => {};
Object.assign(console, { log: quiet, warn: quiet, error: quiet });
for (const c of cases) {
  const key = JSON.stringify([c.tex, !!c.display, !!c.macros]);
  if (seen.has(key)) continue;
  seen.add(key);
  const strict = [];
  let ok = true;
  let error = '';
  try {
    katex.renderToString(c.tex, {
      displayMode: !!c.display, throwOnError: true, macros: c.macros ? { ...npMacros } : {},
      // symbolNotInFont: KaTeX's HTML fonts lack a glyph's metrics (\imageof); np writes MathML.
      strict: (code) => { if (code !== 'symbolNotInFont') strict.push(code); return 'ignore'; },
    });
  } catch (e) {
    ok = false;
    error = String(e.message).split('\n')[0].replace(/^KaTeX parse error: /, '').replace(/ at (position \d+|end of input): .*$/, '');
  }
  const entry = { tex: c.tex };
  if (c.display) entry.display = true;
  if (c.macros) entry.macros = true;
  entry.katex = ok ? 'ok' : 'error';
  if (!ok) entry.message = error;
  if (strict.length) entry.strict = [...new Set(strict)].sort();
  if (c.rule) entry.rule = c.rule;
  corpus.push(entry);
}
const header = {
  katex: katex.version,
  generator: 'scripts/katex/gen-corpus.mjs',
  options: 'katex.renderToString(tex, {displayMode, throwOnError: true, macros: macros ? np.yaml : {}}), strict warnings recorded',
};
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify({ ...header, cases: corpus }, null, 1) + '\n');
process.stdout.write(`wrote ${out}: ${corpus.length} formulas, ${corpus.filter(c => c.katex === 'error').length} that KaTeX rejects\n`);
