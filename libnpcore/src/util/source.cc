#include "np/source.h"

#include <algorithm>

#include "np/utf8.h"

namespace np {

SourceFile::SourceFile(std::string path, std::string text) : path_(std::move(path)), text_(std::move(text)) {
  bom_ = text_.size() >= 3 && text_.compare(0, 3, "\xEF\xBB\xBF") == 0;
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n') line_starts_.push_back(static_cast<std::uint32_t>(i + 1));
  }
}

Position SourceFile::position(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const int line = static_cast<int>(it - line_starts_.begin());
  std::size_t begin = line_starts_[line - 1];
  if (line == 1) begin = std::max(begin, content_begin());
  if (offset < begin) offset = begin;
  const auto column = utf8::count_code_points(std::string_view(text_).substr(begin, offset - begin));
  return {line, static_cast<int>(column) + 1};
}

std::size_t SourceFile::line_begin(int line) const {
  if (line < 1) return content_begin();
  if (line > line_count()) return text_.size();
  const std::size_t begin = line_starts_[line - 1];
  return line == 1 ? std::max(begin, content_begin()) : begin;
}

std::string_view SourceFile::line_text(int line) const {
  if (line < 1 || line > line_count()) return {};
  const std::size_t begin = line_begin(line);
  std::size_t end = line < line_count() ? line_starts_[line] - 1 : text_.size();
  if (end > begin && text_[end - 1] == '\r') --end;
  return std::string_view(text_).substr(begin, end - begin);
}

std::size_t SourceFile::offset_of(int line, int column_code_points) const {
  const std::string_view text = line_text(line);
  std::size_t i = 0;
  for (int c = 1; c < column_code_points && i < text.size(); ++c) utf8::decode(text, i);
  return line_begin(line) + i;
}

}  // namespace np
