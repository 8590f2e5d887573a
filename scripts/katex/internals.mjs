// KaTeX's internal tables, loaded from its own ES module build: KaTeX does not export them, so
// this appends one export statement for the internal variables to a copy of
// node_modules/katex/dist/katex.mjs and imports that. Used by gen-table.mjs and gen-corpus.mjs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const katexDir = path.join(here, 'node_modules/katex');
export const version = JSON.parse(fs.readFileSync(path.join(katexDir, 'package.json'), 'utf8')).version;

// The top-level variables of katex.mjs that np reads.
const internals = [
  '_functions', '_environments', '_macros', 'symbols', 'atomList', 'extraLatin', 'implicitCommands',
  'delimiters', 'ptPerUnit', 'relativeUnit', 'unicodeAccents', 'unicodeSymbols', 'uSubsAndSups',
  'unicodeSubRegEx', 'allBlocks', 'globalMap', 'dotsByToken', 'spaceAfterDots', 'singleCharBigOps',
  'singleCharIntegrals',
];

// Returns get(name): the value of one of the variables above.
export async function loadInternals() {
  const source = fs.readFileSync(path.join(katexDir, 'dist/katex.mjs'), 'utf8');
  for (const name of internals) {
    if (!new RegExp(`^var ${name}\\b`, 'm').test(source)) throw new Error(`katex.mjs ${version} has no top-level var ${name}`);
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'np-katex-'));
  const patched = path.join(tmp, 'katex-internals.mjs');
  fs.writeFileSync(patched, `${source}\nexport { ${internals.map(n => `${n} as np_${n}`).join(', ')} };\n`);
  const K = await import(pathToFileURL(patched).href);
  fs.rmSync(tmp, { recursive: true });
  return name => {
    if (!internals.includes(name)) throw new Error(`not loaded: ${name}`);
    return K[`np_${name}`];
  };
}
