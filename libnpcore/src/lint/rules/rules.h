// The rule objects, one per id, each defined in the file its prefix names (export-* in
// export_rules.cc); lint/registry.cc lists them all, sorted.
#pragma once

#include "np/rule.h"

namespace np::rules {

// code-*: the notes' code blocks (code_rules.cc; np test reports code-error, -output, -timeout)
extern const Rule code_attribute_unknown;
extern const Rule code_error;
extern const Rule code_output;
extern const Rule code_requires_undeclared;
extern const Rule code_timeout;

// export-*: what np export reports while writing (export_rules.cc; not lint rules, set by the exporters)
extern const Rule export_epub;
extern const Rule export_latex;
extern const Rule export_output;
extern const Rule export_plugin;
extern const Rule export_site;

// file-*: reading the file (file_rules.cc; they word the loader's LoadProblems)
extern const Rule file_binary;
extern const Rule file_control_character;
extern const Rule file_invalid_utf8;
extern const Rule file_too_large;
extern const Rule file_unreadable;

// footnote-*: footnote references and definitions (footnote_rules.cc)
extern const Rule footnote_duplicate;
extern const Rule footnote_undefined;
extern const Rule footnote_unused;

// frontmatter-*: a note's YAML front matter (frontmatter_rules.cc; most word the loader's LoadProblems)
extern const Rule frontmatter_duplicate_id;
extern const Rule frontmatter_duplicate_key;
extern const Rule frontmatter_id_filename;
extern const Rule frontmatter_missing;
extern const Rule frontmatter_schema;
extern const Rule frontmatter_too_complex;
extern const Rule frontmatter_unterminated;
extern const Rule frontmatter_yaml_syntax;

// html-*: raw HTML in a note's Markdown (html_rules.cc)
extern const Rule html_left_out;

// link-*: links, wiki links and images between notes and to assets and URLs (link_rules.cc)
extern const Rule link_external_denied;
extern const Rule link_external_syntax;
extern const Rule link_image_missing_alt;
extern const Rule link_missing_anchor;
extern const Rule link_missing_asset;
extern const Rule link_missing_file;
extern const Rule link_not_a_note;
extern const Rule link_orphan;
extern const Rule link_outside_root;
extern const Rule link_template_syntax;
extern const Rule link_to_draft;
extern const Rule link_unknown_id;

// math-*: TeX in $...$, $$...$$ and ```math, parsed as KaTeX parses it (math_rules.cc; each words
// the math parser's IssueCodes it claims)
extern const Rule math_array_column_spec;
extern const Rule math_ascii_dots;
extern const Rule math_blackboard_digit;
extern const Rule math_braces;
extern const Rule math_cases_columns;
extern const Rule math_display_interrupted;
extern const Rule math_display_only;
extern const Rule math_dollar_ambiguous;
extern const Rule math_double_script;
extern const Rule math_environment_mismatch;
extern const Rule math_invalid_argument;
extern const Rule math_invalid_delimiter;
extern const Rule math_label_ref;
extern const Rule math_latex_incompatible;
extern const Rule math_left_right;
extern const Rule math_left_right_linebreak;
extern const Rule math_macro;
extern const Rule math_misplaced_alignment;
extern const Rule math_missing_argument;
extern const Rule math_mode;
extern const Rule math_percent_comment;
extern const Rule math_syntax;
extern const Rule math_table_pipe;
extern const Rule math_unbraced_script;
extern const Rule math_undefined_command;
extern const Rule math_unicode_text;
extern const Rule math_unknown_environment;
extern const Rule math_unmatched_dollar;
extern const Rule math_unsafe_command;
extern const Rule math_unsafe_url;

// metadata-*: part.yaml and module.yaml (metadata_rules.cc; they word the loader's LoadProblems)
extern const Rule metadata_schema;
extern const Rule metadata_yaml;

// prerequisite-*: the prerequisites of notes and their graph (link_rules.cc)
extern const Rule prerequisite_cycle;
extern const Rule prerequisite_duplicate;
extern const Rule prerequisite_order;
extern const Rule prerequisite_self;
extern const Rule prerequisite_unknown;

// structure-*: how parts, modules and notes are laid out and ordered (structure_rules.cc)
extern const Rule structure_folder_name;
extern const Rule structure_note_outside_module;
extern const Rule structure_order_duplicate;
extern const Rule structure_order_gap;
extern const Rule structure_outside_root;
extern const Rule structure_symlink_loop;

// suppression-*: <!-- np-disable ... --> comments (suppression_rules.cc; applied by lint/suppressions.cc)
extern const Rule suppression_unknown_rule;
extern const Rule suppression_unused;

}  // namespace np::rules
