// Renders every formula of the given Markdown files with KaTeX (throwOnError) and np.yaml's
// macros, and prints file:line: error for each one KaTeX rejects. A reference check for
// authors and for generating np's test expectations; np never needs it at run time.
// Usage: node scripts/katex/check-notes.mjs content/np.yaml FILE.md...
import fs from 'node:fs';
import katex from 'katex';
import YAML from 'yaml';
import { formulas } from './formulas.mjs';

const [configPath, ...files] = process.argv.slice(2);
const macros = (YAML.parse(fs.readFileSync(configPath, 'utf8')).katex || {}).macros || {};
let failures = 0;

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
