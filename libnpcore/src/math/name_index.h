// A read-only index from names (commands, symbols, macros) to values, built once and then looked
// up for nearly every token: open addressing in one array and a hash computed inline (names are a
// few bytes), so that a lookup neither allocates nor calls out, and compares a name only when its
// hash matches.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace np::math {

inline std::uint32_t name_hash(std::string_view name) {
  std::uint32_t h = 2166136261u;  // FNV-1a
  for (const char c : name) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h;
}

template <typename T>
class NameIndex {
 public:
  // The name must outlive the index. A name already present keeps its first value.
  void insert(std::string_view name, T value) {
    if ((size_ + 1) * 2 > slots_.size()) grow();
    const std::uint32_t hash = name_hash(name);
    Slot& slot = probe(slots_, name, hash);
    if (slot.used) return;
    slot = Slot{name, value, hash, true};
    ++size_;
  }

  // T{} when the name is absent.
  T find(std::string_view name) const {
    if (slots_.empty()) return T{};
    const Slot& slot = probe(slots_, name, name_hash(name));
    return slot.used ? slot.value : T{};
  }

 private:
  struct Slot {
    std::string_view name;
    T value{};
    std::uint32_t hash = 0;
    bool used = false;
  };

  // The slot of the name, or the free slot where it would go (there is always one).
  template <typename Slots>
  static auto& probe(Slots& slots, std::string_view name, std::uint32_t hash) {
    const std::size_t mask = slots.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
      auto& slot = slots[i];
      if (!slot.used || (slot.hash == hash && slot.name == name)) return slot;
    }
  }

  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, Slot{});
    for (const Slot& slot : old)
      if (slot.used) probe(slots_, slot.name, slot.hash) = slot;
  }

  std::vector<Slot> slots_;  // a power of two in size, at most half full
  std::size_t size_ = 0;
};

}  // namespace np::math
