// Flat open-addressing hash tables for the lookups made once or more per token (internal).
//
// std::unordered_map walks a bucket array, then a node, then (for a key longer than the small-string buffer)
// the key's own heap block, and reduces every hash modulo a prime; per token those cache misses and the
// division cost more than the rest of a lexicon match. These tables keep one array of small slots
// (power-of-two size, linear probing, at most half full) and the keys back to back in one arena, so a lookup
// touches a slot and, when the stored hash agrees, the key: usually two cache lines. Nothing is ever erased
// except by Clear, which is all their users need.
#ifndef MARSAD_BASE_FLAT_TABLES_H_
#define MARSAD_BASE_FLAT_TABLES_H_

#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace marsad {

// Strings to dense ids 0, 1, 2 … in the order they were first interned.
class StringIds {
 public:
  static constexpr std::uint32_t kAbsent = 0xffffffffu;

  StringIds() { Clear(); }

  // The id of s, or kAbsent.
  std::uint32_t Find(std::string_view s) const { return FindHashed(s, Hash(s)); }
  std::uint32_t FindHashed(std::string_view s, std::uint64_t hash) const {
    const auto tag = static_cast<std::uint32_t>(hash >> 32);
    for (std::size_t i = static_cast<std::size_t>(hash) & mask_; slots_[i].id_plus_one; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.tag == tag && Key(slot.id_plus_one - 1) == s) return slot.id_plus_one - 1;
    }
    return kAbsent;
  }
  bool Contains(std::string_view s) const { return Find(s) != kAbsent; }

  // The id of s, given the next free one if s is new.
  std::uint32_t Intern(std::string_view s) { return InternHashed(s, Hash(s)); }
  std::uint32_t InternHashed(std::string_view s, std::uint64_t hash) {
    const auto tag = static_cast<std::uint32_t>(hash >> 32);
    std::size_t i = static_cast<std::size_t>(hash) & mask_;
    for (; slots_[i].id_plus_one; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.tag == tag && Key(slot.id_plus_one - 1) == s) return slot.id_plus_one - 1;
    }
    const auto id = static_cast<std::uint32_t>(size());
    arena_.append(s);
    ends_.push_back(arena_.size());
    slots_[i] = {tag, id + 1};
    if (size() * 2 > slots_.size()) Grow();
    return id;
  }

  // The string of an id.
  std::string_view Key(std::uint32_t id) const {
    const std::size_t begin = id == 0 ? 0 : ends_[id - 1];
    return std::string_view(arena_).substr(begin, ends_[id] - begin);
  }
  std::size_t size() const { return ends_.size(); }

  // Forgets every string (the memory is kept for the next ones).
  void Clear() {
    arena_.clear();
    ends_.clear();
    slots_.assign(kInitialSlots, Slot{});
    mask_ = slots_.size() - 1;
  }

  static std::uint64_t Hash(std::string_view s) { return std::hash<std::string_view>()(s); }

 private:
  static constexpr std::size_t kInitialSlots = 64;
  struct Slot {
    std::uint32_t tag = 0;          // the hash's high half
    std::uint32_t id_plus_one = 0;  // 0: empty
  };

  void Grow() {
    std::vector<Slot> bigger(slots_.size() * 2);
    const std::size_t mask = bigger.size() - 1;
    for (std::uint32_t id = 0; id < size(); ++id) {
      const std::uint64_t hash = Hash(Key(id));
      std::size_t i = static_cast<std::size_t>(hash) & mask;
      while (bigger[i].id_plus_one) i = (i + 1) & mask;
      bigger[i] = {static_cast<std::uint32_t>(hash >> 32), id + 1};
    }
    slots_ = std::move(bigger);
    mask_ = mask;
  }

  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  std::string arena_;              // the strings back to back
  std::vector<std::size_t> ends_;  // id → end of its string in arena_
};

// 64-bit keys to non-zero 32-bit values.
class U64Map {
 public:
  U64Map() : slots_(64), mask_(63) {}

  // The value of key, or 0.
  std::uint32_t Find(std::uint64_t key) const {
    for (std::size_t i = Start(key, mask_); slots_[i].value; i = (i + 1) & mask_) {
      if (slots_[i].key == key) return slots_[i].value;
    }
    return 0;
  }
  // Sets key's value (value != 0); an existing one is replaced.
  void Set(std::uint64_t key, std::uint32_t value) {
    std::size_t i = Start(key, mask_);
    for (; slots_[i].value; i = (i + 1) & mask_) {
      if (slots_[i].key == key) {
        slots_[i].value = value;
        return;
      }
    }
    slots_[i] = {key, value};
    if (++size_ * 2 > slots_.size()) Grow();
  }
  std::size_t size() const { return size_; }

 private:
  struct Slot {
    std::uint64_t key = 0;
    std::uint32_t value = 0;  // 0: empty
  };
  // Fibonacci hashing: the multiplication spreads keys that differ in a few low or high bits alike.
  static std::size_t Start(std::uint64_t key, std::size_t mask) {
    return static_cast<std::size_t>((key * 0x9e3779b97f4a7c15ull) >> 20) & mask;
  }
  void Grow() {
    std::vector<Slot> bigger(slots_.size() * 2);
    const std::size_t mask = bigger.size() - 1;
    for (const Slot& s : slots_) {
      if (!s.value) continue;
      std::size_t i = Start(s.key, mask);
      while (bigger[i].value) i = (i + 1) & mask;
      bigger[i] = s;
    }
    slots_ = std::move(bigger);
    mask_ = mask;
  }

  std::vector<Slot> slots_;
  std::size_t mask_;
  std::size_t size_ = 0;
};

}  // namespace marsad

#endif  // MARSAD_BASE_FLAT_TABLES_H_
