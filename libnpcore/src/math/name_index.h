// A read-only index from names (commands, symbols, macros) to values, built once and then looked
// up for nearly every token: open addressing in one array and a hash computed inline (names are a
// few bytes), so that a lookup neither allocates nor calls out, and compares a name only when its
// hash matches.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace np::math {

// Most names are one to a few bytes (a character, a command): a byte loop hashes and compares
// them in fewer instructions than word tricks or a call to memcmp.
inline std::uint32_t name_hash(std::string_view name) {
  std::uint32_t h = 2166136261u;  // FNV-1a
  for (const char c : name) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h;
}

inline bool same_name(std::string_view x, std::string_view y) {
  if (x.size() != y.size()) return false;
  for (std::size_t i = 0; i < x.size(); ++i)
    if (x[i] != y[i]) return false;
  return true;
}

template <typename T>
class NameIndex {
 public:
  // The name must outlive the index. A name already present keeps its first value.
  void insert(std::string_view name, T value) {
    if (const int c = single_ascii(name); c >= 0 && !has_char_[c]) {
      by_char_[c] = value;
      has_char_[c] = true;
    }
    if ((size_ + 1) * 2 > slots_.size()) grow();
    const std::uint32_t hash = name_hash(name);
    Slot& slot = probe(slots_, name, hash);
    if (slot.used) return;
    slot = Slot{name, value, hash, true};
    ++size_;
  }

  // T{} when the name is absent.
  T find(std::string_view name) const {
    if (const int c = single_ascii(name); c >= 0) return by_char_[c];
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

  // Most tokens are one ASCII character: those names are looked up directly, without a hash.
  static int single_ascii(std::string_view name) {
    return name.size() == 1 && static_cast<unsigned char>(name[0]) < 128 ? static_cast<unsigned char>(name[0]) : -1;
  }

  // The slot of the name, or the free slot where it would go (there is always one).
  template <typename Slots>
  static auto& probe(Slots& slots, std::string_view name, std::uint32_t hash) {
    const std::size_t mask = slots.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
      auto& slot = slots[i];
      if (!slot.used || (slot.hash == hash && same_name(slot.name, name))) return slot;
    }
  }

  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, Slot{});
    for (const Slot& slot : old)
      if (slot.used) probe(slots_, slot.name, slot.hash) = slot;
  }

  std::array<T, 128> by_char_{};
  std::array<bool, 128> has_char_{};
  std::vector<Slot> slots_;  // a power of two in size, at most half full
  std::size_t size_ = 0;
};

}  // namespace np::math
