// The one explicit, sorted list of rules, and the tables of which rule claims which fact. Adding a
// rule: its object in lint/rules/<prefix>_rules.cc, one line here, fixtures
// tests/fixtures/rules/<id>/{bad,ok}.md and their snapshot.
#include <algorithm>
#include <array>
#include <stdexcept>

#include "lint/rules/rules.h"

namespace np {

const std::vector<const Rule*>& all_rules() {
  static const std::vector<const Rule*> rules = {
      &rules::code_attribute_unknown,
      &rules::code_error,
      &rules::code_output,
      &rules::code_requires_undeclared,
      &rules::code_timeout,
      &rules::export_epub,
      &rules::export_latex,
      &rules::export_output,
      &rules::export_plugin,
      &rules::export_site,
      &rules::file_binary,
      &rules::file_control_character,
      &rules::file_invalid_utf8,
      &rules::file_too_large,
      &rules::file_unreadable,
      &rules::footnote_duplicate,
      &rules::footnote_undefined,
      &rules::footnote_unused,
      &rules::frontmatter_duplicate_id,
      &rules::frontmatter_duplicate_key,
      &rules::frontmatter_id_filename,
      &rules::frontmatter_missing,
      &rules::frontmatter_schema,
      &rules::frontmatter_too_complex,
      &rules::frontmatter_unterminated,
      &rules::frontmatter_yaml_syntax,
      &rules::html_left_out,
      &rules::link_external_denied,
      &rules::link_external_syntax,
      &rules::link_image_missing_alt,
      &rules::link_missing_anchor,
      &rules::link_missing_asset,
      &rules::link_missing_file,
      &rules::link_not_a_note,
      &rules::link_orphan,
      &rules::link_outside_root,
      &rules::link_template_syntax,
      &rules::link_to_draft,
      &rules::link_unknown_id,
      &rules::math_array_column_spec,
      &rules::math_ascii_dots,
      &rules::math_blackboard_digit,
      &rules::math_braces,
      &rules::math_cases_columns,
      &rules::math_display_interrupted,
      &rules::math_display_only,
      &rules::math_dollar_ambiguous,
      &rules::math_double_script,
      &rules::math_environment_mismatch,
      &rules::math_invalid_argument,
      &rules::math_invalid_delimiter,
      &rules::math_label_ref,
      &rules::math_latex_incompatible,
      &rules::math_left_right,
      &rules::math_left_right_linebreak,
      &rules::math_macro,
      &rules::math_misplaced_alignment,
      &rules::math_missing_argument,
      &rules::math_mode,
      &rules::math_percent_comment,
      &rules::math_syntax,
      &rules::math_table_pipe,
      &rules::math_unbraced_script,
      &rules::math_undefined_command,
      &rules::math_unicode_text,
      &rules::math_unknown_environment,
      &rules::math_unmatched_dollar,
      &rules::math_unsafe_command,
      &rules::math_unsafe_url,
      &rules::metadata_schema,
      &rules::metadata_yaml,
      &rules::prerequisite_cycle,
      &rules::prerequisite_duplicate,
      &rules::prerequisite_order,
      &rules::prerequisite_self,
      &rules::prerequisite_unknown,
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

namespace {

// Fact -> the rule that claims it, indexed by the enum's value.
template <typename Fact, std::size_t Count>
std::array<const Rule*, Count> claims(std::span<const Fact> Rule::*facts) {
  std::array<const Rule*, Count> table{};
  for (const Rule* r : all_rules())
    for (const Fact f : r->*facts) table.at(static_cast<std::size_t>(f)) = r;
  return table;
}

template <typename Table, typename Fact>
const Rule& claimed(const Table& table, Fact fact) {
  const auto index = static_cast<std::size_t>(fact);
  if (index >= table.size() || !table[index]) throw std::logic_error("no rule claims this fact (tests/unit/rule_fixtures_test.cc)");
  return *table[index];
}

}  // namespace

const Rule& rule_for(LoadProblem problem) {
  static const auto table = claims<LoadProblem, kLoadProblemCount>(&Rule::load_facts);
  return claimed(table, problem);
}

const Rule& rule_for(math::IssueCode code) {
  static const auto table = claims<math::IssueCode, math::kIssueCodeCount>(&Rule::math_facts);
  return claimed(table, code);
}

const Rule& rule_for(LinkProblem problem) {
  static const auto table = claims<LinkProblem, kLinkProblemCount>(&Rule::link_facts);
  return claimed(table, problem);
}

}  // namespace np
