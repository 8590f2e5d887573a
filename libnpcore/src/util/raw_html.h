// What np makes of raw HTML in a note: the XHTML exporters (EPUB, site) and LaTeX do not write it,
// but they keep its anchors (an id= or name= attribute becomes an empty element with that id), and
// the facts walk records the same, so that lint predicts what the exporters leave out
// (html-left-out) and the link resolver knows the anchors the outputs have. One scanner for both.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace np {

struct RawHtmlAnchor {
  std::size_t begin = 0, end = 0;  // the attribute's value, relative to the scanned text
  std::string id;
};

struct RawHtmlScan {
  std::vector<RawHtmlAnchor> anchors;  // id= and name= values outside comments, in order
  // Something an output would lose: anything but comments, white space and tags that only carry an
  // anchor (<a name="x">, <span id="x">, <div id="x">, no other attribute) or close one (</a>).
  bool content = false;
  std::size_t content_begin = 0;  // where the first such thing starts (relative), when `content`
};

RawHtmlScan scan_raw_html(std::string_view html);

// An id np writes into XHTML and links to with "#id": ASCII letters, digits, '-', '_', '.', or
// non-ASCII bytes (a UTF-8 letter), nothing that a URL fragment or an XML attribute must escape.
bool is_kept_anchor_id(std::string_view id);

}  // namespace np
