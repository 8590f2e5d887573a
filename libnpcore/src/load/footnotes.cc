// Footnote definitions, found before md4c (0.4.8 has no footnotes) walks a note's body; the
// syntax is GitHub's (cmark-gfm): "[^label]: text" at the start of a block (up to three spaces
// in, after a blank line or another definition, outside fenced code), continued by lines indented
// four columns (blank lines between them included) and by lazy lines that go on its paragraph.
#include <cstring>
#include <unordered_map>

#include "util/md_parse.h"

namespace np {

namespace {

struct Line {
  std::size_t begin = 0, end = 0;  // without the line break
  std::size_t next = 0;            // the start of the next line
  std::size_t indent = 0;          // leading columns (a tab to the next multiple of 4)
  std::size_t content = 0;         // the first byte after the indent
  bool blank = false;
};

Line line_at(std::string_view text, std::size_t at, std::size_t end) {
  Line l;
  l.begin = at;
  const auto nl = text.find('\n', at);
  l.next = nl == std::string_view::npos || nl >= end ? end : nl + 1;
  l.end = nl == std::string_view::npos || nl >= end ? end : nl;
  if (l.end > l.begin && text[l.end - 1] == '\r') --l.end;
  std::size_t i = at;
  for (; i < l.end && (text[i] == ' ' || text[i] == '\t'); ++i) l.indent = text[i] == '\t' ? (l.indent / 4 + 1) * 4 : l.indent + 1;
  l.content = i;
  l.blank = i == l.end;
  return l;
}

// The byte after `cols` columns of a line's indent (a tab that reaches past them is taken whole).
std::size_t skip_columns(std::string_view text, const Line& l, std::size_t cols) {
  std::size_t col = 0, i = l.begin;
  while (i < l.content && col < cols) col = text[i++] == '\t' ? (col / 4 + 1) * 4 : col + 1;
  return i;
}

// "[^label]:" at l.content: the label's end, else 0.
std::size_t definition_label_end(std::string_view text, const Line& l) {
  if (l.indent > 3 || l.end - l.content < 5 || text.compare(l.content, 2, "[^") != 0) return 0;
  std::size_t j = l.content + 2;
  while (j < l.end && text[j] != ']' && text[j] != '[' && static_cast<unsigned char>(text[j]) > ' ') ++j;
  if (j == l.content + 2 || j + 1 >= l.end || text[j] != ']' || text[j + 1] != ':') return 0;
  return j;
}

// A fence opener or closer: three or more ` or ~ (up to three spaces in); its character and length.
std::pair<char, std::size_t> fence(std::string_view text, const Line& l) {
  if (l.indent > 3 || l.content >= l.end || (text[l.content] != '`' && text[l.content] != '~')) return {0, 0};
  std::size_t n = 0;
  while (l.content + n < l.end && text[l.content + n] == text[l.content]) ++n;
  return n >= 3 ? std::pair<char, std::size_t>{text[l.content], n} : std::pair<char, std::size_t>{0, 0};
}

// A line that starts a block of its own, and so does not continue a paragraph lazily.
bool starts_block(std::string_view text, const Line& l) {
  if (l.indent > 3) return false;
  const char c = text[l.content];
  const char next = l.content + 1 < l.end ? text[l.content + 1] : ' ';
  if (c == '#' || c == '>' || c == '|' || fence(text, l).first) return true;
  if ((c == '-' || c == '*' || c == '+') && (next == ' ' || next == '\t' || l.content + 1 == l.end)) return true;
  if (c == '$' && next == '$') return true;
  std::size_t i = l.content;
  while (i < l.end && text[i] >= '0' && text[i] <= '9') ++i;
  return i > l.content && i < l.end && (text[i] == '.' || text[i] == ')');
}

void add_line(Footnote& f, std::string_view text, std::size_t from, const Line& l) {
  f.lines.emplace_back(f.markdown.size(), from);
  f.markdown.append(text.substr(from, l.end - from));
  f.markdown += '\n';
}

}  // namespace

std::vector<Footnote> find_footnotes(std::string_view text, std::size_t begin, std::size_t end) {
  std::vector<Footnote> notes;
  bool open = false;         // a definition is being read
  std::vector<Line> blanks;  // blank lines inside it, kept when an indented line follows
  bool block_start = true;   // the previous line ended a block (blank, or a definition)
  std::pair<char, std::size_t> code_fence{0, 0};
  for (std::size_t at = begin; at < end;) {
    const Line l = line_at(text, at, end);
    at = l.next;
    if (open) {
      Footnote& f = notes.back();
      if (l.blank) {
        blanks.push_back(l);
        continue;
      }
      const bool lazy = blanks.empty() && !starts_block(text, l) && !definition_label_end(text, l);
      if (l.indent >= 4 || lazy) {
        for (const Line& b : blanks) add_line(f, text, b.end, b);
        blanks.clear();
        add_line(f, text, lazy ? l.content : skip_columns(text, l, 4), l);
        f.block_end = l.end;
        continue;
      }
      open = false;
      block_start = true;
      blanks.clear();
    }
    if (code_fence.first) {
      const auto f = fence(text, l);
      if (f.first == code_fence.first && f.second >= code_fence.second && text.find_first_not_of(" \t", l.content + f.second) >= l.end)
        code_fence = {0, 0};
      continue;
    }
    if (l.blank) {
      block_start = true;
      continue;
    }
    if (const std::size_t label_end = block_start ? definition_label_end(text, l) : 0) {
      Footnote f;
      f.label = std::string(text.substr(l.content + 2, label_end - l.content - 2));
      f.begin = l.content;
      f.end = label_end + 1;
      std::size_t from = label_end + 2;
      while (from < l.end && (text[from] == ' ' || text[from] == '\t')) ++from;
      add_line(f, text, from, l);
      f.block_end = l.end;
      notes.push_back(std::move(f));
      open = true;
      continue;
    }
    code_fence = fence(text, l);
    block_start = text[l.content] == '#' && (l.content + 1 == l.end || text[l.content + 1] == ' ' || text[l.content + 1] == '#');
  }
  std::unordered_map<std::string, std::size_t> first;  // footnote_label_key() -> index
  first.reserve(notes.size());
  for (std::size_t i = 0; i < notes.size(); ++i)
    if (const auto [it, added] = first.emplace(footnote_label_key(notes[i].label), i); !added) notes[i].duplicate_of = it->second;
  return notes;
}

MarkdownInput body_input(std::string_view text, std::size_t begin, std::size_t end, const std::vector<Footnote>& footnotes, bool references,
                         std::string& storage) {
  MarkdownInput in;
  in.size = end - begin;
  if (references) in.footnotes = &footnotes;
  if (footnotes.empty()) {
    in.text = text.data() + begin;
    return in;
  }
  storage.assign(text.substr(begin, end - begin));
  for (const Footnote& f : footnotes)
    for (std::size_t i = f.begin; i < f.block_end && i < end; ++i)
      if (storage[i - begin] != '\n' && storage[i - begin] != '\r') storage[i - begin] = ' ';
  in.text = storage.data();
  in.pieces.emplace_back(0, text.data() + begin);
  return in;
}

MarkdownInput footnote_input(const Footnote& footnote, const char* file_text) {
  MarkdownInput in;
  in.text = footnote.markdown.data();
  in.size = footnote.markdown.size();
  for (const auto& [md, file] : footnote.lines) in.pieces.emplace_back(md, file_text + file);
  return in;
}

std::string footnote_label_key(std::string_view label) {
  std::string key(label);
  for (char& c : key)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
  return key;
}

FootnoteIndex::FootnoteIndex(const std::vector<Footnote>& footnotes) {
  first_.reserve(footnotes.size());
  for (std::size_t i = 0; i < footnotes.size(); ++i)
    if (footnotes[i].duplicate_of == FootnoteRef::kUndefined) first_.emplace(footnote_label_key(footnotes[i].label), i);
}

std::size_t FootnoteIndex::find(std::string_view label) const {
  const auto it = first_.find(footnote_label_key(label));
  return it == first_.end() ? FootnoteRef::kUndefined : it->second;
}

}  // namespace np
