// The facts of one md4c walk over a note's body: everything later stages need, so that no stage
// parses the Markdown again. Offsets are byte offsets into the note's file.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "np/source.h"

namespace np {

struct Heading {
  int level = 0;
  std::string text;    // rendered text content (code and math included as their source)
  std::string anchor;  // GitHub-style slug, de-duplicated within the note
  std::size_t begin = 0, end = 0;
};

struct Link {
  enum class Kind { link, autolink, wiki, image };
  Kind kind = Kind::link;
  std::string target;  // href or wiki target as written (after md4c's unescaping)
  std::string text;    // link text, or image alt text
  std::size_t begin = 0, end = 0;  // the target in the source when found, else the link's start
};

struct MathSpan {
  bool display = false;  // $$...$$ or a ```math fence
  std::string tex;
  std::size_t begin = 0, end = 0;  // the TeX source (without delimiters)
};

struct CodeBlock {
  std::string language;  // first word of the info string
  std::size_t begin = 0, end = 0;
  std::size_t lines = 0;
};

// An HTML comment such as <!-- np-disable-next-line link-missing-anchor -->.
struct HtmlComment {
  std::string text;  // between <!-- and -->
  std::size_t begin = 0, end = 0;
};

struct BodyFacts {
  std::vector<Heading> headings;
  std::vector<Link> links;  // links, autolinks, wiki links and images, in document order
  std::vector<MathSpan> math;
  std::vector<CodeBlock> code_blocks;
  std::vector<HtmlComment> comments;
  std::vector<std::string> html_ids;  // id="..." and name="..." attributes in raw HTML
  std::size_t words = 0;              // prose words: front matter, code, math and HTML excluded
  bool parsed = false;
};

// Walks file.text()[begin, end) with md4c (GitHub dialect, LaTeX math spans, wiki links).
BodyFacts walk_markdown(const SourceFile& file, std::size_t begin, std::size_t end);

// GitHub's heading anchor for a heading's text: lowercase, punctuation removed, spaces to '-'.
// The caller de-duplicates with -1, -2 suffixes.
std::string github_slug(std::string_view text);

}  // namespace np
