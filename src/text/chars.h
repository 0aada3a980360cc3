// Per-code-point facts for the text core: a class for the tokenizer and the kPlain/kFolded replacements.
//
// The table covers the Basic Multilingual Plane and is built once, from ICU's character properties and NFKC
// plus Marsad's Arabic rules, so that the hot loops (tokenizing, normalising) do one array lookup per code
// point and never call into ICU. Code points outside the BMP (emoji, historic scripts) are classified on the
// fly.
#ifndef MARSAD_TEXT_CHARS_H_
#define MARSAD_TEXT_CHARS_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace marsad::chars {

enum class CharClass : std::uint8_t {
  kArabicLetter,
  kArabicMark,  // harakat, Quranic marks, dagger alef: part of the word, removed
  kHamzaMark,   // combining hamza above/below and maddah: composed onto the previous letter, else removed
  kTatweel,     // part of the word, removed
  kJoiner,      // ZWJ/ZWNJ: part of the word, removed
  kIgnorable,   // bidi controls, BOM, soft hyphen: invisible, removed, never split a word
  kLatinLetter,
  kOtherLetter,  // letters of other scripts
  kOtherMark,    // non-Arabic combining marks: part of the word, kept
  kDigit,        // any decimal digit; replaced by its ASCII digit
  kSpace,
  kNewline,
  kPunct,
  kSymbol,
};

struct CharInfo {
  CharClass cls;
  bool identity;            // kPlain and kFolded are both the code point itself
  std::string_view plain;   // kPlain replacement (may be empty)
  std::string_view folded;  // kFolded replacement, teh marbuta kept
};

// Facts about code point c (valid for the life of the program).
CharInfo Info(char32_t c);

constexpr char32_t kTehMarbuta = 0x0629;

inline bool InWord(CharClass c) {
  return c == CharClass::kArabicMark || c == CharClass::kHamzaMark || c == CharClass::kTatweel ||
         c == CharClass::kJoiner || c == CharClass::kIgnorable;
}

}  // namespace marsad::chars

#endif  // MARSAD_TEXT_CHARS_H_
