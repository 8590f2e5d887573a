// One file of the curriculum as read from disk, and the one source map that turns byte offsets
// into the 1-based line and column (in code points) every diagnostic carries.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace np {

struct Position {
  int line = 0;    // 1-based; 0 means "no position"
  int column = 0;  // 1-based, in code points of the original line (a tab is one column)
};

class SourceFile {
 public:
  SourceFile() = default;
  SourceFile(std::string path, std::string text);

  const std::string& path() const { return path_; }  // relative to the curriculum root, '/'-separated
  std::string_view text() const { return text_; }    // empty once released
  std::size_t size() const { return size_; }         // the text's size, released or not

  // Drops the text and keeps what position() needs: the line starts and where the UTF-8
  // continuation bytes are. Lint and stats keep no note text after loading (LoadOptions::keep_text):
  // at 100,000 notes the texts would be most of a gigabyte. Returns false, keeping the text, when
  // the table would not be much smaller than the text (mostly non-ASCII) or the text is not UTF-8.
  bool release_text();
  bool has_text() const { return text_.size() == size_; }
  // Whether `text` is the text this file was made from (its size and hash): a file read again to
  // quote a line is used only if it has not changed since.
  bool same_text(std::string_view text) const;

  // Offset of the first byte after a UTF-8 byte order mark (0 when there is none).
  std::size_t content_begin() const { return bom_ ? 3 : 0; }

  Position position(std::size_t offset) const;
  std::size_t line_begin(int line) const;  // offset of the first byte of a 1-based line
  // The line's text without its line ending (\n or \r\n) and without the BOM.
  std::string_view line_text(int line) const;
  int line_count() const { return static_cast<int>(line_starts_.size()); }

 private:
  std::string path_;
  std::string text_;
  std::size_t size_ = 0;
  std::size_t hash_ = 0;  // of the released text
  std::vector<std::uint32_t> line_starts_;
  struct Checkpoint {
    std::uint32_t offset;       // a code point boundary inside a long line
    std::uint32_t code_points;  // from the line's start to offset
  };
  static constexpr std::size_t kCheckpointStride = 4096;
  std::vector<Checkpoint> checkpoints_;            // only on lines longer than kCheckpointStride
  std::vector<std::uint32_t> continuation_bytes_;  // offsets, once the text is released
  bool bom_ = false;
};

}  // namespace np
