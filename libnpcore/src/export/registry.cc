// The explicit list of built-in exporters. Adding one: its folder under export/, one line here.
#include "export/exporters.h"

namespace np {

const std::vector<const Exporter*>& builtin_exporters() {
  static const std::vector<const Exporter*> exporters = {
      &epub_exporter(),
      &json_exporter(),
      &latex_exporter(),
      &site_exporter(),
  };
  return exporters;
}

const Exporter* find_builtin_exporter(std::string_view name) {
  for (const Exporter* e : builtin_exporters())
    if (e->name() == name) return e;
  return nullptr;
}

}  // namespace np
