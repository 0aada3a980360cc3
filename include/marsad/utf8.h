// UTF-8 helpers shared by every stage: decoding one code point, validating and repairing buffers.
//
// Marsad keeps all text as UTF-8 and all offsets as byte offsets. Input is repaired once, when it is read:
// every invalid sequence (stray continuation byte, overlong form, surrogate, truncated sequence) becomes
// U+FFFD and NUL bytes are dropped, so that every later stage may assume valid UTF-8.
#ifndef MARSAD_UTF8_H_
#define MARSAD_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace marsad::utf8 {

// Decodes the code point starting at s[i] of valid UTF-8 and advances i past it.
inline char32_t Next(std::string_view s, std::size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  if (b0 < 0xE0) {
    char32_t c = ((b0 & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu);
    i += 2;
    return c;
  }
  if (b0 < 0xF0) {
    char32_t c = ((b0 & 0x0Fu) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6) |
                 (static_cast<unsigned char>(s[i + 2]) & 0x3Fu);
    i += 3;
    return c;
  }
  char32_t c = ((b0 & 0x07u) << 18) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 12) |
               ((static_cast<unsigned char>(s[i + 2]) & 0x3Fu) << 6) |
               (static_cast<unsigned char>(s[i + 3]) & 0x3Fu);
  i += 4;
  return c;
}

// Appends the UTF-8 encoding of c.
void Append(std::string& out, char32_t c);

// Length in bytes of the valid sequence starting at s[i], or 0 if it is not valid UTF-8.
std::size_t ValidLength(std::string_view s, std::size_t i);

// True if the whole buffer is valid UTF-8.
bool IsValid(std::string_view s);

struct RepairCounts {
  std::size_t invalid_sequences = 0;  // each replaced by U+FFFD
  std::size_t nul_bytes = 0;          // dropped
};

// Returns s with invalid sequences replaced by U+FFFD and NUL bytes removed; counts what it did.
std::string Repair(std::string_view s, RepairCounts* counts);

// The largest prefix length <= max_bytes that ends on a code point boundary.
std::size_t TruncateAtBoundary(std::string_view s, std::size_t max_bytes);

// Offset of the first byte that does not begin a valid sequence (see ValidLength), or npos if s is valid.
std::size_t FirstInvalid(std::string_view s);

// True for what TrimSpace removes: Unicode White_Space (tab, newline, space, NBSP, the U+2000 spaces, U+3000
// ...), plus the invisible characters that often stick to the edges of copied lines: zero-width space
// U+200B, the direction marks U+200E, U+200F and U+061C, and the byte order mark U+FEFF.
bool IsSpace(char32_t c);

// s without leading and trailing IsSpace characters. Article ids are computed over trimmed text, so this
// definition is part of what makes an id stable. Stops at invalid UTF-8 (which it never removes).
std::string_view TrimSpace(std::string_view s);

}  // namespace marsad::utf8

#endif  // MARSAD_UTF8_H_
