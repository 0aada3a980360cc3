// UTF-8 validation and repair.
//
// Validation follows the Unicode standard's table of well-formed byte sequences (Table 3-7): the allowed
// range of the second byte depends on the lead byte, which is what rules out overlong forms (C0, C1,
// E0 80..9F, F0 80..8F), surrogates (ED A0..BF) and code points above U+10FFFF (F4 90.., F5..FF). Repair
// replaces each "maximal subpart" of an ill-formed sequence by one U+FFFD, the practice the standard
// recommends and WHATWG decoders follow, so our counts agree with what browsers and Python ("replace") would
// produce.
#include "marsad/utf8.h"

#include <cstring>

namespace marsad::utf8 {
namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD

unsigned char Byte(std::string_view s, std::size_t i) { return static_cast<unsigned char>(s[i]); }

// What a lead byte promises: the length of its sequence (0: it cannot start one) and the range allowed for
// the second byte. Third and fourth bytes are always 80..BF.
struct Lead {
  int length;
  unsigned char lo;
  unsigned char hi;
};

Lead LeadOf(unsigned char b) {
  if (b < 0x80) return {1, 0, 0};
  if (b < 0xC2) return {0, 0, 0};  // continuation bytes and the overlong leads C0, C1
  if (b < 0xE0) return {2, 0x80, 0xBF};
  if (b == 0xE0) return {3, 0xA0, 0xBF};  // E0 80..9F would be overlong
  if (b == 0xED) return {3, 0x80, 0x9F};  // ED A0..BF would be a surrogate
  if (b < 0xF0) return {3, 0x80, 0xBF};
  if (b == 0xF0) return {4, 0x90, 0xBF};  // F0 80..8F would be overlong
  if (b < 0xF4) return {4, 0x80, 0xBF};
  if (b == 0xF4) return {4, 0x80, 0x8F};  // F4 90.. would be above U+10FFFF
  return {0, 0, 0};
}

// The bytes at s[i] form either a complete well-formed sequence (*complete = true) or the maximal subpart of
// an ill-formed one: the longest prefix of some well-formed sequence, at least one byte. Returns its length.
std::size_t Scan(std::string_view s, std::size_t i, bool* complete) {
  const Lead lead = LeadOf(Byte(s, i));
  if (lead.length <= 1) {
    *complete = lead.length == 1;
    return 1;
  }
  std::size_t n = 1;
  for (int k = 1; k < lead.length; ++k, ++n) {
    const unsigned char lo = k == 1 ? lead.lo : 0x80;
    const unsigned char hi = k == 1 ? lead.hi : 0xBF;
    if (i + n >= s.size() || Byte(s, i + n) < lo || Byte(s, i + n) > hi) {
      *complete = false;
      return n;
    }
  }
  *complete = true;
  return n;
}

// Skips a run of ASCII starting at i, eight bytes at a time where possible: most input is long stretches of
// ASCII (JSON syntax, Latin text) or two-byte Arabic, and this keeps validation of 50 MB buffers cheap.
std::size_t SkipAscii(std::string_view s, std::size_t i) {
  while (i + 8 <= s.size()) {
    std::uint64_t word;
    std::memcpy(&word, s.data() + i, 8);
    if (word & 0x8080808080808080ull) break;
    i += 8;
  }
  while (i < s.size() && Byte(s, i) < 0x80) ++i;
  return i;
}

}  // namespace

void Append(std::string& out, char32_t c) {
  if ((c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) {
    out += kReplacement;  // not a scalar value: cannot be encoded
  } else if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

std::size_t ValidLength(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  bool complete = false;
  const std::size_t n = Scan(s, i, &complete);
  return complete ? n : 0;
}

std::size_t FirstInvalid(std::string_view s) {
  std::size_t i = 0;
  while (true) {
    i = SkipAscii(s, i);
    if (i >= s.size()) return std::string_view::npos;
    bool complete = false;
    const std::size_t n = Scan(s, i, &complete);
    if (!complete) return i;
    i += n;
  }
}

bool IsValid(std::string_view s) { return FirstInvalid(s) == std::string_view::npos; }

std::string Repair(std::string_view s, RepairCounts* counts) {
  RepairCounts local;
  RepairCounts& c = counts ? *counts : local;
  std::string out;
  out.reserve(s.size());
  // Valid bytes are copied in runs, so the common case (a few bad bytes in a large buffer) is a few memcpys.
  std::size_t run = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    const unsigned char b = Byte(s, i);
    if (b != 0 && b < 0x80) {
      ++i;
      continue;
    }
    if (b == 0) {
      out.append(s, run, i - run);
      ++c.nul_bytes;
      run = ++i;
      continue;
    }
    bool complete = false;
    const std::size_t n = Scan(s, i, &complete);
    if (complete) {
      i += n;
      continue;
    }
    out.append(s, run, i - run);
    out += kReplacement;
    ++c.invalid_sequences;
    i += n;
    run = i;
  }
  out.append(s, run, s.size() - run);
  return out;
}

std::size_t TruncateAtBoundary(std::string_view s, std::size_t max_bytes) {
  if (max_bytes >= s.size()) return s.size();
  // A boundary is any position whose byte is not a continuation byte. In valid UTF-8 at most three steps back
  // reach one; in invalid input there may be none nearby, and then any cut is as good as another.
  std::size_t n = max_bytes;
  for (int steps = 0; n > 0 && steps < 3 && (Byte(s, n) & 0xC0) == 0x80; ++steps) --n;
  return (Byte(s, n) & 0xC0) == 0x80 ? max_bytes : n;
}

bool IsSpace(char32_t c) {
  if (c <= 0x20) return c == 0x20 || (c >= 0x09 && c <= 0x0D);
  if (c < 0x85) return false;
  switch (c) {
    case 0x85:    // next line
    case 0xA0:    // no-break space
    case 0x61C:   // Arabic letter mark
    case 0x1680:  // Ogham space mark
    case 0x200E:  // left-to-right mark
    case 0x200F:  // right-to-left mark
    case 0x2028:  // line separator
    case 0x2029:  // paragraph separator
    case 0x202F:  // narrow no-break space
    case 0x205F:  // medium mathematical space
    case 0x3000:  // ideographic space
    case 0xFEFF:  // byte order mark / zero-width no-break space
      return true;
    default:
      return c >= 0x2000 && c <= 0x200B;  // en quad .. zero-width space
  }
}

std::string_view TrimSpace(std::string_view s) {
  std::size_t begin = 0;
  while (begin < s.size()) {
    const std::size_t n = ValidLength(s, begin);
    if (n == 0) break;
    std::size_t i = begin;
    if (!IsSpace(Next(s, i))) break;
    begin += n;
  }
  std::size_t end = s.size();
  while (end > begin) {
    // Find the start of the last code point: step back over up to three continuation bytes.
    std::size_t start = end - 1;
    while (start > begin && end - start < 4 && (Byte(s, start) & 0xC0) == 0x80) --start;
    if (ValidLength(s, start) != end - start) break;
    std::size_t i = start;
    if (!IsSpace(Next(s, i))) break;
    end = start;
  }
  return s.substr(begin, end - begin);
}

}  // namespace marsad::utf8
