// structure-*: how parts, modules and notes are laid out and ordered. The tree walk
// (src/load/curriculum.cc, TreeWalk) finds misplaced notes and bad symlinks, as LoadProblems the
// rules below claim (.load_facts); the checks compare the declared order with itself and with
// folder names.
#include <algorithm>
#include <cstdio>
#include <map>

#include "lint/rules/rules.h"

namespace np::rules {

namespace {

// One ordered thing (a note in a module, a module, a part) with where its number is written.
struct Ordered {
  int number;
  const SourceFile* file;
  YamlLocation location;
  std::string name;
};

// Duplicates and gaps in 1..n. `what` names the things ("note order", "module number").
void check_sequence(std::vector<Ordered> items, const std::string& what, const std::string& scope, RuleContext& ctx, bool gaps) {
  std::stable_sort(items.begin(), items.end(), [](const Ordered& a, const Ordered& b) { return a.number < b.number; });
  std::map<int, const Ordered*> first;
  long long expected = 1;  // INT_MAX + 1 must not overflow
  for (const auto& item : items) {
    if (item.number <= 0) continue;  // the schema reports it
    if (const auto it = first.find(item.number); it != first.end()) {
      if (!gaps) {
        const Position p = it->second->file->position(it->second->location.value_begin);
        ctx.report(structure_order_duplicate, *item.file, item.location.value_begin, item.location.value_end,
                   what + " " + std::to_string(item.number) + " of " + item.name + " is already used by " + it->second->name + " (" +
                       it->second->file->path() + ":" + std::to_string(p.line) + ")" + scope,
                   "give each a distinct number, 1, 2, 3... in reading order");
      }
      continue;
    }
    first.emplace(item.number, &item);
    if (gaps && item.number != expected) {
      ctx.report(
          structure_order_gap, *item.file, item.location.value_begin, item.location.value_end,
          what + " jumps from " + std::to_string(expected - 1) + " to " + std::to_string(item.number) + scope + " (" + item.name + ")",
          "expected " + std::to_string(expected) + "; number them 1, 2, 3... with no gaps");
    }
    expected = static_cast<long long>(item.number) + 1;
  }
}

std::vector<std::vector<Ordered>> note_orders(const Curriculum& c) {
  std::vector<std::vector<Ordered>> out(c.modules.size());
  for (const auto& n : c.notes)
    if (n.module != kNone && n.order > 0) out[n.module].push_back({n.order, &n.source, n.locate("/order"), "'" + n.id + "'"});
  return out;
}

void check_orders(const Curriculum& c, RuleContext& ctx, bool gaps) {
  const auto notes = note_orders(c);
  for (std::size_t m = 0; m < c.modules.size(); ++m)
    check_sequence(notes[m], "note order", " in module '" + c.modules[m].dir + "'", ctx, gaps);
  std::vector<Ordered> modules, parts;
  for (const auto& m : c.modules)
    if (m.number > 0) modules.push_back({m.number, &m.source, m.document.locate("/number"), "'" + m.dir + "'"});
  for (const auto& p : c.parts)
    if (p.order > 0) parts.push_back({p.order, &p.source, p.document.locate("/order"), "'" + p.dir + "'"});
  check_sequence(modules, "module number", "", ctx, gaps);
  check_sequence(parts, "part order", "", ctx, gaps);
}

void check_duplicates(const Curriculum& c, RuleContext& ctx) { check_orders(c, ctx, false); }
void check_gaps(const Curriculum& c, RuleContext& ctx) { check_orders(c, ctx, true); }

// The number a folder name starts with ("03-linear-algebra" -> 3), or -1.
int folder_number(const std::string& dir) {
  const auto slash = dir.rfind('/');
  const std::string name = dir.substr(slash == std::string::npos ? 0 : slash + 1);
  int n = 0;
  std::size_t i = 0;
  while (i < name.size() && std::isdigit(static_cast<unsigned char>(name[i]))) n = n * 10 + (name[i++] - '0');
  return i == 0 || i > 4 || i >= name.size() || name[i] != '-' ? -1 : n;
}

void check_folder_names(const Curriculum& c, RuleContext& ctx) {
  auto check = [&](const std::string& dir, int number, const SourceFile& source, const YamlLocation& loc, const char* what,
                   const char* field) {
    if (number <= 0) return;
    char expected[16];
    std::snprintf(expected, sizeof expected, "%02d-", number);
    const int found = folder_number(dir);
    if (found == number) return;
    ctx.report(structure_folder_name, source, loc.value_begin, loc.value_end,
               std::string(what) + " folder '" + dir + "' does not match its " + field + " " + std::to_string(number) +
                   (found < 0 ? " (the folder name has no NN- prefix)" : " (the folder says " + std::to_string(found) + ")"),
               std::string("name the folder ") + expected + "<slug>, or fix the " + field);
  };
  for (const auto& p : c.parts) check(p.dir, p.order, p.source, p.document.locate("/order"), "part", "order");
  for (const auto& m : c.modules) check(m.dir, m.number, m.source, m.document.locate("/number"), "module", "number");
}

}  // namespace

const Rule structure_folder_name{
    .id = "structure-folder-name",
    .default_severity = Severity::error,
    .scope = Scope::curriculum,
    .summary = "A part or module folder whose NN- prefix does not match its metadata",
    .description =
        "Part folders are named NN-slug after the part's order and module folders NN-slug after the module's number, so that "
        "the tree sorts in reading order and a link such as ../03-linear-algebra/svd-qr-lu.md says where it goes. A note "
        "therefore sits in the folder of the module it belongs to; a folder and a module.yaml that disagree are reported on the number.",
    .bad_example = "# 04-linear-algebra/module.yaml\nnumber: 3",
    .good_example = "# 03-linear-algebra/module.yaml\nnumber: 3",
    .check = check_folder_names,
};

const Rule structure_note_outside_module{
    .id = "structure-note-outside-module",
    .default_severity = Severity::error,
    .scope = Scope::curriculum,
    .summary = "A Markdown file that is not in a module folder",
    .description =
        "Notes live in ROOT/NN-part/NN-module/, a module folder with a module.yaml inside a part folder with a part.yaml. A .md "
        "file anywhere else (the root, a part folder, a module's sub-folder, a folder without module.yaml) belongs to no module "
        "and would be left out of the site and the exports.",
    .bad_example = "content/02-mathematics/svd-qr-lu.md",
    .good_example = "content/02-mathematics/03-linear-algebra/svd-qr-lu.md",
    .load_facts = kLoadFacts<LoadProblem::note_outside_module>,
};

const Rule structure_order_duplicate{
    .id = "structure-order-duplicate",
    .default_severity = Severity::error,
    .scope = Scope::curriculum,
    .summary = "Two notes of a module (or two modules, two parts) with the same number",
    .description =
        "The reading order is explicit: `order` of notes within their module, `number` of modules across the curriculum and "
        "`order` of parts. Two things with the same number leave the order undefined; both are named.",
    .bad_example = "# a.md\norder: 2\n# b.md\norder: 2",
    .good_example = "# a.md\norder: 2\n# b.md\norder: 3",
    .check = check_duplicates,
};

const Rule structure_order_gap{
    .id = "structure-order-gap",
    .default_severity = Severity::error,
    .scope = Scope::curriculum,
    .summary = "A gap in the numbering of notes, modules or parts",
    .description =
        "Notes of a module are numbered 1, 2, 3... and so are modules and parts; a gap usually means a note was deleted or "
        "renumbered by hand and another was forgotten.",
    .bad_example = "order: 1\norder: 3",
    .good_example = "order: 1\norder: 2",
    .check = check_gaps,
};

const Rule structure_outside_root{
    .id = "structure-outside-root",
    .default_severity = Severity::error,
    .scope = Scope::file,
    .summary = "A symlink that points outside the curriculum root",
    .description =
        "np never reads a file outside the curriculum root, so that a note cannot pull /etc/passwd or a home directory into a "
        "lint report or an export. A symlink leading out of the root is reported and not followed.",
    .bad_example = "content/02-mathematics/notes -> /home/me/notes",
    .good_example = "copy the files into the curriculum",
    .load_facts = kLoadFacts<LoadProblem::symlink_outside_root, LoadProblem::file_outside_root>,
};

const Rule structure_symlink_loop{
    .id = "structure-symlink-loop",
    .default_severity = Severity::error,
    .scope = Scope::file,
    .summary = "A symlink that loops or points to nothing",
    .description =
        "A folder symlink that leads back into one of its own parents would make the walk endless, and a dangling link hides "
        "a file that is not there. Both are reported and skipped.",
    .bad_example = "content/01-part/loop -> ..",
    .good_example = "remove the link",
    .load_facts = kLoadFacts<LoadProblem::symlink_broken, LoadProblem::folder_loop>,
};

}  // namespace np::rules
