// The one explicit, sorted list of rules. Adding a rule: its object in lint/rules/, one line here,
// fixtures tests/fixtures/rules/<id>/{bad,ok}.md and their snapshot.
#include <algorithm>

#include "lint/rules/rules.h"

namespace np {

const std::vector<const Rule*>& all_rules() {
  static const std::vector<const Rule*> rules = {
      &rules::file_binary,
      &rules::file_invalid_utf8,
      &rules::file_too_large,
      &rules::file_unreadable,
      &rules::frontmatter_duplicate_id,
      &rules::frontmatter_duplicate_key,
      &rules::frontmatter_id_filename,
      &rules::frontmatter_missing,
      &rules::frontmatter_schema,
      &rules::frontmatter_too_complex,
      &rules::frontmatter_unterminated,
      &rules::frontmatter_yaml_syntax,
      &rules::metadata_schema,
      &rules::metadata_yaml,
      &rules::structure_folder_name,
      &rules::structure_note_outside_module,
      &rules::structure_order_duplicate,
      &rules::structure_order_gap,
      &rules::structure_outside_root,
      &rules::structure_symlink_loop,
      &rules::suppression_unknown_rule,
      &rules::suppression_unused,
  };
  return rules;
}

const Rule* find_rule(std::string_view id) {
  const auto& rules = all_rules();
  const auto it = std::lower_bound(rules.begin(), rules.end(), id, [](const Rule* r, std::string_view v) { return r->id < v; });
  return it != rules.end() && (*it)->id == id ? *it : nullptr;
}

}  // namespace np
