// Renders every formula of the given Markdown files with KaTeX (throwOnError) and np.yaml's
// macros, and prints file:line: error for each one KaTeX rejects. A reference check for
// authors and for generating np's test expectations; np never needs it at run time.
// Usage: node scripts/katex/check-notes.mjs content/np.yaml FILE.md...
import fs from 'node:fs';
import katex from 'katex';
import YAML from 'yaml';

const [configPath, ...files] = process.argv.slice(2);
const macros = (YAML.parse(fs.readFileSync(configPath, 'utf8')).katex || {}).macros || {};
let failures = 0;

function* formulas(text) {
  // Masks code (fences and spans) so that `$` inside code is never math.
  const masked = text
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, m => m.startsWith('```math') ? m : m.replace(/[^\n]/g, ' '))
    .replace(/`[^`\n]*`/g, m => ' '.repeat(m.length));
  const re = /```math\n([\s\S]*?)\n```|\$\$([\s\S]+?)\$\$|\$([^$\n]+?)\$/g;
  let m;
  while ((m = re.exec(masked)) !== null) {
    const tex = m[1] ?? m[2] ?? m[3];
    yield { tex, display: m[3] === undefined, offset: m.index };
  }
}

for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  for (const f of formulas(text)) {
    try {
      katex.renderToString(f.tex, { throwOnError: true, displayMode: f.display, macros: { ...macros }, strict: 'error' });
    } catch (e) {
      const line = text.slice(0, f.offset).split('\n').length;
      console.log(`${file}:${line}: ${e.message}`);
      failures++;
    }
  }
}
process.exit(failures ? 1 : 0);
