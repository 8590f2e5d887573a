// A ZIP archive built in memory with libzip, for EPUB: entries in the order added, each stored or
// deflated, every timestamp fixed so that the same input gives the same bytes.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace np {

class ZipWriter {
 public:
  void add(std::string name, std::string data, bool compress = true) { entries_.push_back({std::move(name), std::move(data), compress}); }
  // The archive's bytes, or nullopt with `error` set.
  std::optional<std::string> finish(long long timestamp, std::string& error) const;

 private:
  struct Entry {
    std::string name, data;
    bool compress;
  };
  std::vector<Entry> entries_;
};

}  // namespace np
