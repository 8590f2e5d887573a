// The remark stack that bench/run times against np lint (bench/run --with-remark): front matter
// checked against np's note schema, math parsed, links to files and headings validated.
import fs from 'node:fs';
import remarkFrontmatter from 'remark-frontmatter';
import remarkLintFrontmatterSchema from 'remark-lint-frontmatter-schema';
import remarkMath from 'remark-math';
import remarkValidateLinks from 'remark-validate-links';

// Embedded rather than associated by glob, so that the check does not depend on the folder
// remark runs from.
const noteSchema = JSON.parse(fs.readFileSync(new URL('../schemas/note.schema.json', import.meta.url), 'utf8'));

export default {
  plugins: [
    [remarkFrontmatter, ['yaml']],
    remarkMath,
    [remarkLintFrontmatterSchema, { embed: noteSchema }],
    // No repository: the corpus is not a git checkout, and no URL is checked over the network.
    [remarkValidateLinks, { repository: false }],
  ],
};
