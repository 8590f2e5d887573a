#include "np/source.h"

#include <algorithm>
#include <functional>

#include "np/utf8.h"

namespace np {

SourceFile::SourceFile(std::string path, std::string text) : path_(std::move(path)), text_(std::move(text)), size_(text_.size()) {
  bom_ = text_.size() >= 3 && text_.compare(0, 3, "\xEF\xBB\xBF") == 0;
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n') line_starts_.push_back(static_cast<std::uint32_t>(i + 1));
  }
  // Columns count code points from the line's start; on a long (minified, generated) line a
  // checkpoint every kCheckpointStride bytes keeps each position() short instead of O(line).
  for (int line = 1; line <= line_count(); ++line) {
    const std::size_t begin = line_begin(line);
    const std::size_t end = line < line_count() ? line_starts_[line] : text_.size();
    if (end - begin <= kCheckpointStride) continue;
    const std::string_view upto_end = std::string_view(text_).substr(0, end);
    std::size_t count = 0;
    for (std::size_t i = begin, next = begin + kCheckpointStride; i < end; ++count) {
      if (i >= next) {
        checkpoints_.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(count)});
        next = i + kCheckpointStride;
      }
      utf8::decode(upto_end, i);
    }
  }
}

bool SourceFile::release_text() {
  if (!has_text()) return true;
  if (utf8::first_invalid(text_)) return false;
  std::vector<std::uint32_t> continuation;
  for (std::size_t i = 0; i < text_.size(); ++i)
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) == 0x80) {
      if (continuation.size() * sizeof(std::uint32_t) >= text_.size() / 2) return false;
      continuation.push_back(static_cast<std::uint32_t>(i));
    }
  continuation.shrink_to_fit();
  continuation_bytes_ = std::move(continuation);
  hash_ = std::hash<std::string_view>{}(text_);
  std::vector<Checkpoint>().swap(checkpoints_);
  std::string().swap(text_);  // assigning "" would keep the capacity
  return true;
}

bool SourceFile::same_text(std::string_view text) const {
  if (has_text()) return text == text_;
  return text.size() == size_ && std::hash<std::string_view>{}(text) == hash_;
}

Position SourceFile::position(std::size_t offset) const {
  offset = std::min(offset, size_);
  const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const int line = static_cast<int>(it - line_starts_.begin());
  std::size_t begin = line_starts_[line - 1];
  if (line == 1) begin = std::max(begin, content_begin());
  if (offset < begin) offset = begin;
  if (!has_text()) {
    // Valid UTF-8: a code point per byte that is not a continuation byte.
    const auto from = std::lower_bound(continuation_bytes_.begin(), continuation_bytes_.end(), begin);
    const auto to = std::lower_bound(from, continuation_bytes_.end(), offset);
    return {line, static_cast<int>(offset - begin - static_cast<std::size_t>(to - from)) + 1};
  }
  std::size_t column = 0;
  // The last checkpoint of this line at or before offset: a sequence boundary of the same walk.
  const auto cp =
      std::upper_bound(checkpoints_.begin(), checkpoints_.end(), offset, [](std::size_t o, const Checkpoint& c) { return o < c.offset; });
  if (cp != checkpoints_.begin() && std::prev(cp)->offset > begin) {
    begin = std::prev(cp)->offset;
    column = std::prev(cp)->code_points;
  }
  column += utf8::count_code_points(std::string_view(text_).substr(begin, offset - begin));
  return {line, static_cast<int>(column) + 1};
}

std::size_t SourceFile::line_begin(int line) const {
  if (line < 1) return content_begin();
  if (line > line_count()) return size_;
  const std::size_t begin = line_starts_[line - 1];
  return line == 1 ? std::max(begin, content_begin()) : begin;
}

std::string_view SourceFile::line_text(int line) const {
  if (line < 1 || line > line_count() || !has_text()) return {};
  const std::size_t begin = line_begin(line);
  std::size_t end = line < line_count() ? line_starts_[line] - 1 : text_.size();
  if (end > begin && text_[end - 1] == '\r') --end;
  return std::string_view(text_).substr(begin, end - begin);
}

}  // namespace np
