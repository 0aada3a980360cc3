// Charset recognition and conversion (see charset.h). Conversion goes through ICU's converters, which know
// every charset and alias the web uses; the guesses are tuned for Arabic news, where the legacy charset is
// almost always windows-1256.
#include "input/charset.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include <unicode/ucnv.h>
#include <unicode/utypes.h>

namespace marsad::input {
namespace {

bool IsArabic(char32_t c) {
  return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) || (c >= 0x08A0 && c <= 0x08FF) ||
         (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
}

}  // namespace

// A legacy single-byte charset, unlike damaged UTF-8, makes most of its non-ASCII bytes invalid as UTF-8:
// Arabic letters in windows-1256 are C1..FE, lead bytes that are rarely followed by continuation bytes.
bool MostlyInvalidUtf8(std::string_view data) {
  std::size_t non_ascii = 0;
  std::size_t invalid = 0;
  for (std::size_t i = 0; i < data.size();) {
    if (static_cast<unsigned char>(data[i]) < 0x80) {
      ++i;
      continue;
    }
    const std::size_t n = utf8::ValidLength(data, i);
    non_ascii += n > 0 ? n : 1;
    invalid += n > 0 ? 0 : 1;
    i += n > 0 ? n : 1;
  }
  return invalid * 10 > non_ascii * 3;
}

// Decoded windows-1256 is accepted only if it reads as Arabic: other legacy charsets (Latin-1, say) also look
// "mostly invalid" but come out as a jumble of Arabic letters and accented Latin ones.
bool MostlyArabic(std::string_view utf8_text) {
  std::size_t non_ascii = 0;
  std::size_t arabic = 0;
  for (std::size_t i = 0; i < utf8_text.size();) {
    const char32_t c = utf8::Next(utf8_text, i);
    if (c < 0x80) continue;
    ++non_ascii;
    arabic += IsArabic(c) ? 1 : 0;
  }
  return non_ascii > 0 && arabic * 10 >= non_ascii * 6;
}

// Converts `in` from `charset` to UTF-8 with ICU, streaming through a fixed buffer of UTF-16 units so that
// the size of the input does not matter. Bytes the charset cannot map come out as U+FFFD.
bool Transcode(const char* charset, std::string_view in, std::string* out, std::string* error) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* converter = ucnv_open(charset, &status);
  if (U_FAILURE(status)) {
    *error = std::string("ICU has no converter for ") + charset + ": " + u_errorName(status);
    return false;
  }
  out->clear();
  out->reserve(in.size() * 2);
  std::vector<UChar> units(std::size_t{1} << 16);
  const char* source = in.data();
  const char* const source_limit = in.data() + in.size();
  char32_t high = 0;  // a high surrogate waiting for its low half, possibly in the next chunk
  do {
    status = U_ZERO_ERROR;
    UChar* target = units.data();
    ucnv_toUnicode(converter, &target, units.data() + units.size(), &source, source_limit, nullptr,
                   /*flush=*/true, &status);
    for (const UChar* u = units.data(); u < target; ++u) {
      const char32_t c = *u;
      if (high != 0) {
        if (c >= 0xDC00 && c <= 0xDFFF) {
          utf8::Append(*out, 0x10000 + ((high - 0xD800) << 10) + (c - 0xDC00));
          high = 0;
          continue;
        }
        utf8::Append(*out, 0xFFFD);
        high = 0;
      }
      if (c >= 0xD800 && c <= 0xDBFF) {
        high = c;
      } else {
        utf8::Append(*out, c);  // a lone low surrogate becomes U+FFFD there
      }
    }
  } while (status == U_BUFFER_OVERFLOW_ERROR);
  ucnv_close(converter);
  if (high != 0) utf8::Append(*out, 0xFFFD);
  if (U_FAILURE(status)) {
    *error = std::string("ICU cannot convert from ") + charset + ": " + u_errorName(status);
    return false;
  }
  return true;
}

namespace {

bool IsUtf8Label(std::string_view label) {
  std::string lower;
  for (const char c : label) {
    if (c != '-' && c != '_') lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return lower == "utf8" || lower == "usascii" || lower == "ascii";
}

// Labels of the Western European charsets that servers send by default.
bool IsWesternLabel(std::string_view label) {
  std::string lower;
  for (const char c : label) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower == "iso-8859-1" || lower == "latin1" || lower == "iso_8859-1" || lower == "windows-1252" ||
         lower == "cp1252";
}

// Valid UTF-8 stays; otherwise windows-1256 is tried when the bytes look like a legacy charset and read as
// Arabic; what is left is repaired.
void GuessAndDecode(std::string_view bytes, DecodedText* out) {
  out->charset = "UTF-8";
  if (utf8::FirstInvalid(bytes) != std::string_view::npos && MostlyInvalidUtf8(bytes)) {
    std::string converted;
    std::string error;
    if (Transcode("windows-1256", bytes, &converted, &error) && MostlyArabic(converted)) {
      out->charset = "windows-1256";
      out->transcoded = true;
      out->text = utf8::Repair(converted, &out->repairs);  // only NULs can be left to remove
      return;
    }
  }
  out->text = utf8::Repair(bytes, &out->repairs);
}

}  // namespace

DecodedText DecodeDeclared(std::string_view bytes, std::string_view declared) {
  DecodedText out;
  if (bytes.starts_with("\xEF\xBB\xBF")) {
    out.charset = "UTF-8";
    out.text = utf8::Repair(bytes.substr(3), &out.repairs);
    return out;
  }
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
    std::string converted;
    std::string error;
    if (Transcode("UTF-16", bytes, &converted, &error)) {
      out.charset = "UTF-16";
      out.transcoded = true;
      out.text = utf8::Repair(converted, &out.repairs);
      return out;
    }
  }
  if (declared.empty() || IsUtf8Label(declared)) {
    // Declared UTF-8 that is not: pages converted by a proxy or a CMS keep their old declaration. The guess
    // catches windows-1256 mislabelled as UTF-8 or unlabelled.
    GuessAndDecode(bytes, &out);
    if (!declared.empty() && out.transcoded) {
      out.note = "declared " + std::string(declared) + " but is not; read as " + out.charset;
    }
    return out;
  }
  std::string converted;
  std::string error;
  const std::string label(declared);
  if (Transcode(label.c_str(), bytes, &converted, &error)) {
    if (IsWesternLabel(label) && !MostlyArabic(converted) && MostlyInvalidUtf8(bytes)) {
      // Arabic sites on old servers often send Latin-1 (the server's default) for windows-1256 pages. Latin-1
      // holds no Arabic, so a page that reads as Arabic in windows-1256 was mislabelled.
      std::string arabic;
      if (Transcode("windows-1256", bytes, &arabic, &error) && MostlyArabic(arabic)) {
        out.charset = "windows-1256";
        out.transcoded = true;
        out.note = "declared " + label + " but reads as Arabic in windows-1256; read as windows-1256";
        out.text = utf8::Repair(arabic, &out.repairs);
        return out;
      }
    }
    out.charset = label;
    out.transcoded = true;
    out.text = utf8::Repair(converted, &out.repairs);
    return out;
  }
  GuessAndDecode(bytes, &out);
  out.note = "unknown charset '" + label + "'; read as " + out.charset;
  return out;
}

}  // namespace marsad::input
