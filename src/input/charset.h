// Charsets: recognising text that is not UTF-8 and converting it, shared by every input format.
//
// Plain files and JSON say nothing about their charset, so it is guessed (UTF-16 by its byte order mark,
// windows-1256 when most non-ASCII bytes are not UTF-8 and decode to Arabic). Web pages declare one, in the
// HTTP header or in a <meta> tag; DecodeDeclared honours the declaration and falls back on the guess only
// when there is none or ICU does not know it. Internal to src/input.
#ifndef MARSAD_INPUT_CHARSET_H_
#define MARSAD_INPUT_CHARSET_H_

#include <string>
#include <string_view>

#include "marsad/utf8.h"

namespace marsad::input {

// True when most non-ASCII bytes of `data` do not form valid UTF-8: a legacy single-byte charset rather than
// damaged UTF-8.
bool MostlyInvalidUtf8(std::string_view data);

// True when most non-ASCII characters of valid UTF-8 `utf8_text` are Arabic letters.
bool MostlyArabic(std::string_view utf8_text);

// Converts `in` from `charset` (any name or alias ICU knows) to UTF-8. Unmappable bytes become U+FFFD.
bool Transcode(const char* charset, std::string_view in, std::string* out, std::string* error);

struct DecodedText {
  std::string text;            // valid UTF-8 without NUL bytes
  std::string charset;         // what the bytes were read as ("UTF-8", "windows-1256", a declared label)
  bool transcoded = false;     // the bytes were converted from another charset
  std::string note;            // why the declaration was not followed, if it was not; else ""
  utf8::RepairCounts repairs;  // invalid UTF-8 replaced, NULs removed (after any conversion)
};

// Decodes `bytes` to valid UTF-8. `declared` is the charset the document claims ("" if none): a byte order
// mark overrides it (as in browsers), then the declaration is followed when ICU knows it, and otherwise the
// charset is guessed as for plain files (UTF-8, else windows-1256 if that reads as Arabic). Never fails: what
// cannot be decoded is repaired into U+FFFD.
DecodedText DecodeDeclared(std::string_view bytes, std::string_view declared);

}  // namespace marsad::input

#endif  // MARSAD_INPUT_CHARSET_H_
