// frontmatter-*: a note's YAML front matter. Parsing problems and schema violations are found by
// the loader (src/load/curriculum.cc, load_note; src/schema/schema.cc words the messages); the
// checks below relate notes to each other and to their files.
#include <map>

#include "lint/rules/rules.h"

namespace np::rules {

namespace {

void check_duplicate_id(const Curriculum& c, RuleContext& ctx) {
  std::map<std::string, std::vector<const Note*>> by_id;
  for (const auto& note : c.notes)
    if (!note.id.empty()) by_id[note.id].push_back(&note);
  for (const auto& [id, notes] : by_id) {
    if (notes.size() < 2) continue;
    for (std::size_t i = 0; i < notes.size(); ++i) {
      const Note* other = notes[i == 0 ? 1 : 0];
      const Position p = other->source.position(other->locate("/id").value_begin);
      const auto loc = notes[i]->locate("/id");
      ctx.report(frontmatter_duplicate_id, notes[i]->source, loc.value_begin, loc.value_end,
                 "duplicate note id '" + id + "' (also used by " + other->source.path() + ":" + std::to_string(p.line) + ":" + std::to_string(p.column) + ")",
                 "ids must be unique in the curriculum; rename one of the notes");
    }
  }
}

void check_id_filename(const Curriculum& c, RuleContext& ctx) {
  for (const auto& note : c.notes) {
    if (note.id.empty()) continue;
    const std::string& path = note.source.path();
    const auto slash = path.rfind('/');
    const std::string stem = path.substr(slash == std::string::npos ? 0 : slash + 1, path.size() - (slash == std::string::npos ? 0 : slash + 1) - 3);
    if (stem == note.id) continue;
    const auto loc = note.locate("/id");
    ctx.report(frontmatter_id_filename, note.source, loc.value_begin, loc.value_end,
               "note id '" + note.id + "' does not match its file name '" + stem + ".md'",
               "rename the file to " + note.id + ".md, or the id to '" + stem + "'");
  }
}

}  // namespace

const Rule frontmatter_duplicate_id{
    "frontmatter-duplicate-id", Severity::error, Scope::curriculum, "Two notes with the same id",
    "Note ids are how prerequisites, wiki links and exports refer to notes, so each must be unique in the whole "
    "curriculum. Both notes are reported, each naming the other's file, line and column.",
    "# 03-linear-algebra/svd.md\nid: svd\n# 10-numerical-methods/svd.md\nid: svd", "id: svd-qr-lu\nid: svd-numerics",
    check_duplicate_id};

const Rule frontmatter_duplicate_key{
    "frontmatter-duplicate-key", Severity::error, Scope::front_matter, "A key written twice in front matter",
    "YAML parsers keep one of the two values without a word, so the note silently says something else than its author "
    "meant. The second key is reported with the line of the first.",
    "title: SVD\ntitle: SVD, QR & LU", "title: SVD, QR & LU"};

const Rule frontmatter_id_filename{
    "frontmatter-id-filename", Severity::warning, Scope::front_matter, "A note whose id is not its file name",
    "By convention a note with id ID is the file ID.md, so that an author who reads an id in a prerequisite finds the "
    "file at once and a relative link can be written from the id alone.",
    "# file: svd.md\nid: svd-qr-lu", "# file: svd-qr-lu.md\nid: svd-qr-lu", check_id_filename};

const Rule frontmatter_missing{
    "frontmatter-missing", Severity::error, Scope::front_matter, "A note without front matter",
    "Every note starts with a YAML front-matter block between two '---' lines (schemas/note.schema.json lists the fields). "
    "Without it np cannot know the note's id, title or place in its module. Empty files are reported here too.",
    "# Vector Spaces\n\nText...", "---\nid: vector-spaces-linear-maps\ntitle: Vector Spaces & Linear Maps\norder: 1\nkind: note\n"
    "status: draft\nsummary: Vector spaces, subspaces and the linear maps between them.\nupdated: 2026-11-24\n---\n\nText..."};

const Rule frontmatter_schema{
    "frontmatter-schema", Severity::error, Scope::front_matter, "Front matter that does not match the note schema",
    "Front matter is validated against schemas/note.schema.json (or the folder np.yaml names under `schemas`): required "
    "fields, types, allowed values (kind: note | bridge; status: draft | review | published), id and tag syntax, calendar dates that exist, "
    "unknown fields (with the closest known field suggested). The diagnostic points at the offending key or value; a "
    "missing field is reported on the opening '---'. To add a field, edit the schema, not np.",
    "kind: brige\norder: first", "kind: bridge\norder: 1"};

const Rule frontmatter_too_complex{
    "frontmatter-too-complex", Severity::error, Scope::front_matter, "Front matter nested too deeply or expanding too far",
    "YAML aliases can make a few lines expand to billions of nodes (the 'billion laughs' attack), and deep nesting can "
    "exhaust the stack. np stops at 200 levels and 100,000 nodes and reports where; front matter never needs either.",
    "a: &a [x, x, x]\nb: &b [*a, *a, *a]\n...", "tags: [probability, measure-theory]"};

const Rule frontmatter_unterminated{
    "frontmatter-unterminated", Severity::error, Scope::front_matter, "Front matter opened with '---' but never closed",
    "Without its closing '---' line the whole note would be read as YAML. Reported on the opening line.",
    "---\nid: entropy\ntitle: Entropy\n\nText...", "---\nid: entropy\ntitle: Entropy\n---\n\nText..."};

const Rule frontmatter_yaml_syntax{
    "frontmatter-yaml-syntax", Severity::error, Scope::front_matter, "Front matter that is not valid YAML",
    "Reported at the YAML parser's line and column, mapped to the note file. A common cause is an unquoted value with "
    "': ' or starting with a special character such as '[', '{', '&', '*', '!', '%' or '@'.",
    "title: Duality: Lagrangians & KKT", "title: \"Duality: Lagrangians & KKT\""};

}  // namespace np::rules
