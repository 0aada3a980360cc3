// Small hashing helpers shared by the stages (internal).
//
// Fnv1a64 makes the stable ids (articles, events): a fixed, documented function, so ids do not change with
// the standard library. StringHash lets hash containers keyed by std::string be searched with a string_view.
#ifndef MARSAD_BASE_HASHING_H_
#define MARSAD_BASE_HASHING_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace marsad {

constexpr std::uint64_t kFnvOffsetBasis = 0xcbf29ce484222325ull;

// FNV-1a, 64 bits, continuing from `hash` (chain calls to hash several pieces).
inline std::uint64_t Fnv1a64(std::string_view s, std::uint64_t hash = kFnvOffsetBasis) {
  for (const char c : s) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ull;
  }
  return hash;
}

// 16 lowercase hexadecimal digits.
inline std::string Hex16(std::uint64_t value) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, value >>= 4) out[static_cast<std::size_t>(i)] = kHex[value & 0xF];
  return out;
}

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};

}  // namespace marsad

#endif  // MARSAD_BASE_HASHING_H_
