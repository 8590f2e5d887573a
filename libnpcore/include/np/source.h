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
  std::string_view text() const { return text_; }

  // Offset of the first byte after a UTF-8 byte order mark (0 when there is none).
  std::size_t content_begin() const { return bom_ ? 3 : 0; }

  Position position(std::size_t offset) const;
  std::size_t line_begin(int line) const;  // offset of the first byte of a 1-based line
  // The line's text without its line ending (\n or \r\n) and without the BOM.
  std::string_view line_text(int line) const;
  int line_count() const { return static_cast<int>(line_starts_.size()); }
  // Offset of (line, column), both 1-based, column in code points; clamped to the line.
  std::size_t offset_of(int line, int column_code_points) const;

 private:
  std::string path_;
  std::string text_;
  std::vector<std::uint32_t> line_starts_;
  struct Checkpoint {
    std::uint32_t offset;       // a code point boundary inside a long line
    std::uint32_t code_points;  // from the line's start to offset
  };
  static constexpr std::size_t kCheckpointStride = 4096;
  std::vector<Checkpoint> checkpoints_;  // only on lines longer than kCheckpointStride
  bool bom_ = false;
};

}  // namespace np
