// The rule objects, one per id; lint/registry.cc lists them all, sorted.
#pragma once

#include "np/rule.h"

namespace np::rules {

// file-*: reading the file (loader findings; src/load/curriculum.cc)
extern const Rule file_binary;
extern const Rule file_invalid_utf8;
extern const Rule file_too_large;
extern const Rule file_unreadable;

// frontmatter-*: a note's YAML front matter
extern const Rule frontmatter_duplicate_id;
extern const Rule frontmatter_duplicate_key;
extern const Rule frontmatter_id_filename;
extern const Rule frontmatter_missing;
extern const Rule frontmatter_schema;
extern const Rule frontmatter_too_complex;
extern const Rule frontmatter_unterminated;
extern const Rule frontmatter_yaml_syntax;

// metadata-*: part.yaml and module.yaml
extern const Rule metadata_schema;
extern const Rule metadata_yaml;

// structure-*: how parts, modules and notes are laid out and ordered
extern const Rule structure_folder_name;
extern const Rule structure_note_outside_module;
extern const Rule structure_order_duplicate;
extern const Rule structure_order_gap;
extern const Rule structure_outside_root;
extern const Rule structure_symlink_loop;

// suppression-*: <!-- np-disable ... --> comments (applied by lint/engine.cc)
extern const Rule suppression_unknown_rule;
extern const Rule suppression_unused;

}  // namespace np::rules
