// frontmatter-*: a note's YAML front matter. Parsing problems and schema violations are found by
// the loader (src/load/curriculum.cc, load_note; src/schema/schema.cc words the messages) as
// LoadProblems, which the rules below claim (.load_facts); the checks relate notes to each other and
// to their files.
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
                 "duplicate note id '" + id + "' (also used by " + other->source.path() + ":" + std::to_string(p.line) + ":" +
                     std::to_string(p.column) + ")",
                 "ids must be unique in the curriculum; rename one of the notes");
    }
  }
}

void check_id_filename(const Curriculum& c, RuleContext& ctx) {
  for (const auto& note : c.notes) {
    if (note.id.empty()) continue;
    const std::string& path = note.source.path();
    const auto slash = path.rfind('/');
    const std::string stem =
        path.substr(slash == std::string::npos ? 0 : slash + 1, path.size() - (slash == std::string::npos ? 0 : slash + 1) - 3);
    if (stem == note.id) continue;
    const auto loc = note.locate("/id");
    ctx.report(frontmatter_id_filename, note.source, loc.value_begin, loc.value_end,
               "note id '" + note.id + "' does not match its file name '" + stem + ".md'",
               "rename the file to " + note.id + ".md, or the id to '" + stem + "'");
  }
}

}  // namespace

const Rule frontmatter_duplicate_id{
    .id = "frontmatter-duplicate-id",
    .default_severity = Severity::error,
    .scope = Scope::curriculum,
    .summary = "Two notes with the same id",
    .description =
        "Note ids are how prerequisites, wiki links and exports refer to notes, so each must be unique in the whole "
        "curriculum. Both notes are reported, each naming the other's file, line and column.",
    .bad_example = "# 03-linear-algebra/svd.md\nid: svd\n# 10-numerical-methods/svd.md\nid: svd",
    .good_example = "id: svd-qr-lu\nid: svd-numerics",
    .check = check_duplicate_id,
};

const Rule frontmatter_duplicate_key{
    .id = "frontmatter-duplicate-key",
    .default_severity = Severity::error,
    .scope = Scope::front_matter,
    .summary = "A key written twice in front matter",
    .description =
        "YAML parsers keep one of the two values without a word, so the note silently says something else than its author "
        "meant. The second key is reported with the line of the first.",
    .bad_example = "title: SVD\ntitle: SVD, QR & LU",
    .good_example = "title: SVD, QR & LU",
    .load_facts = kLoadFacts<LoadProblem::front_matter_duplicate_key>,
};

const Rule frontmatter_id_filename{
    .id = "frontmatter-id-filename",
    .default_severity = Severity::warning,
    .scope = Scope::front_matter,
    .summary = "A note whose id is not its file name",
    .description =
        "By convention a note with id ID is the file ID.md, so that an author who reads an id in a prerequisite finds the "
        "file at once and a relative link can be written from the id alone.",
    .bad_example = "# file: svd.md\nid: svd-qr-lu",
    .good_example = "# file: svd-qr-lu.md\nid: svd-qr-lu",
    .check = check_id_filename,
};

const Rule frontmatter_missing{
    .id = "frontmatter-missing",
    .default_severity = Severity::error,
    .scope = Scope::front_matter,
    .summary = "A note without front matter",
    .description =
        "Every note starts with a YAML front-matter block between two '---' lines (schemas/note.schema.json lists the fields). "
        "Without it np cannot know the note's id, title or place in its module. Empty files are reported here too.",
    .bad_example = "# Vector Spaces\n\nText...",
    .good_example =
        "---\nid: vector-spaces-linear-maps\ntitle: Vector Spaces & Linear Maps\norder: 1\nkind: note\n"
        "status: draft\nsummary: Vector spaces, subspaces and the linear maps between them.\nupdated: 2026-11-24\n---\n\nText...",
    .load_facts = kLoadFacts<LoadProblem::front_matter_missing>,
};

const Rule frontmatter_schema{
    .id = "frontmatter-schema",
    .default_severity = Severity::error,
    .scope = Scope::front_matter,
    .summary = "Front matter that does not match the note schema",
    .description =
        "Front matter is validated against schemas/note.schema.json (or the folder np.yaml names under `schemas`): required "
        "fields, types, allowed values (kind: note | bridge; status: draft | review | published), id and tag syntax, calendar dates that "
        "exist, "
        "unknown fields (with the closest known field suggested). The diagnostic points at the offending key or value; a "
        "missing field is reported on the opening '---'. To add a field, edit the schema, not np.",
    .bad_example = "kind: brige\norder: first",
    .good_example = "kind: bridge\norder: 1",
    .load_facts = kLoadFacts<LoadProblem::front_matter_schema>,
};

const Rule frontmatter_too_complex{
    .id = "frontmatter-too-complex",
    .default_severity = Severity::error,
    .scope = Scope::front_matter,
    .summary = "Front matter nested too deeply or expanding too far",
    .description =
        "YAML aliases can make a few lines expand to billions of nodes (the 'billion laughs' attack), and deep nesting can "
        "exhaust the stack. np stops at 200 levels and 100,000 nodes and reports where; front matter never needs either.",
    .bad_example = "a: &a [x, x, x]\nb: &b [*a, *a, *a]\n...",
    .good_example = "tags: [probability, measure-theory]",
    .load_facts = kLoadFacts<LoadProblem::front_matter_too_complex>,
};

const Rule frontmatter_unterminated{
    .id = "frontmatter-unterminated",
    .default_severity = Severity::error,
    .scope = Scope::front_matter,
    .summary = "Front matter opened with '---' but never closed",
    .description = "Without its closing '---' line the whole note would be read as YAML. Reported on the opening line.",
    .bad_example = "---\nid: entropy\ntitle: Entropy\n\nText...",
    .good_example = "---\nid: entropy\ntitle: Entropy\n---\n\nText...",
    .load_facts = kLoadFacts<LoadProblem::front_matter_unterminated>,
};

const Rule frontmatter_yaml_syntax{
    .id = "frontmatter-yaml-syntax",
    .default_severity = Severity::error,
    .scope = Scope::front_matter,
    .summary = "Front matter that is not valid YAML",
    .description =
        "Reported at the YAML parser's line and column, mapped to the note file. A common cause is an unquoted value with "
        "': ' or starting with a special character such as '[', '{', '&', '*', '!', '%' or '@'.",
    .bad_example = "title: Duality: Lagrangians & KKT",
    .good_example = "title: \"Duality: Lagrangians & KKT\"",
    .load_facts = kLoadFacts<LoadProblem::front_matter_yaml_syntax>,
};

}  // namespace np::rules
