#include "np/math/tree.h"

#include <iterator>

namespace np::math {

std::string_view to_string(SymbolGroup group) {
  switch (group) {
    case SymbolGroup::accent_token:
      return "accent-token";
    case SymbolGroup::bin:
      return "bin";
    case SymbolGroup::close:
      return "close";
    case SymbolGroup::inner:
      return "inner";
    case SymbolGroup::mathord:
      return "mathord";
    case SymbolGroup::op_token:
      return "op-token";
    case SymbolGroup::open:
      return "open";
    case SymbolGroup::punct:
      return "punct";
    case SymbolGroup::rel:
      return "rel";
    case SymbolGroup::spacing:
      return "spacing";
    case SymbolGroup::textord:
      return "textord";
  }
  return "";
}

std::string_view to_string(NodeKind kind) {
  // KaTeX's names of the parse node types.
  static constexpr std::string_view names[] = {"atom",
                                               "mathord",
                                               "textord",
                                               "spacing",
                                               "op-token",
                                               "accent-token",
                                               "ordgroup",
                                               "supsub",
                                               "genfrac",
                                               "sqrt",
                                               "op",
                                               "operatorname",
                                               "leftright",
                                               "middle",
                                               "delimsizing",
                                               "array",
                                               "row",
                                               "font",
                                               "text",
                                               "styling",
                                               "sizing",
                                               "color",
                                               "mclass",
                                               "accent",
                                               "accentUnder",
                                               "horizBrace",
                                               "overline",
                                               "underline",
                                               "xArrow",
                                               "enclose",
                                               "kern",
                                               "rule",
                                               "lap",
                                               "phantom",
                                               "hphantom",
                                               "vphantom",
                                               "smash",
                                               "raisebox",
                                               "vcenter",
                                               "hbox",
                                               "pmb",
                                               "mathchoice",
                                               "href",
                                               "html",
                                               "htmlmathml",
                                               "includegraphics",
                                               "verb",
                                               "cr",
                                               "tag",
                                               "cdlabel",
                                               "cdlabelparent",
                                               "internal",
                                               "infix",
                                               "environment",
                                               "leftright-right",
                                               "color-token",
                                               "size",
                                               "url",
                                               "raw"};
  static_assert(std::size(names) == static_cast<std::size_t>(NodeKind::raw) + 1, "a name per node kind");
  return names[static_cast<std::size_t>(kind)];
}

}  // namespace np::math
