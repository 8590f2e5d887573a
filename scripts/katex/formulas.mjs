// The formulas of a Markdown text as the scripts here see them: ```math fences, $$...$$ and
// $...$, with code (fences and spans) masked first so that a `$` inside code is never math.
// Shared by check-notes.mjs and gen-mathml.mjs; np's own extraction is md4c's (src/load/markdown.cc).
export function* formulas(text) {
  const masked = text
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, m => m.startsWith('```math') ? m : m.replace(/[^\n]/g, ' '))
    .replace(/`[^`\n]*`/g, m => ' '.repeat(m.length));
  const re = /```math\n([\s\S]*?)\n```|\$\$([\s\S]+?)\$\$|\$([^$\n]+?)\$/g;
  let m;
  while ((m = re.exec(masked)) !== null) yield { tex: m[1] ?? m[2] ?? m[3], display: m[3] === undefined, offset: m.index };
}
