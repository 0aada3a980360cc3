// Normalisation: one table lookup per code point (chars.h) plus a little state for combining hamza.
//
// The table is computed at first use from ICU (NFKC, general category, script, digit values) and the Arabic
// rules documented in marsad/text.h. Rules are applied by code point on purpose: stripping "all combining
// marks" would also strip the hamza of a decomposed ئ or أ, and an NFD round trip would do the same.
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <array>
#include <memory>
#include <mutex>
#include <vector>

#include "marsad/text.h"
#include "marsad/utf8.h"
#include "text/chars.h"

namespace marsad {
namespace chars {
namespace {

bool IsArabicDiacritic(char32_t c) {
  return (c >= 0x064B && c <= 0x0652) || (c >= 0x0656 && c <= 0x065F) || c == 0x0670 ||
         (c >= 0x0610 && c <= 0x061A) || (c >= 0x06D6 && c <= 0x06DC) || (c >= 0x06DF && c <= 0x06E8) ||
         (c >= 0x06EA && c <= 0x06ED) || (c >= 0x08D3 && c <= 0x08E1) || (c >= 0x08E3 && c <= 0x08FF);
}

bool IsInvisibleControl(char32_t c) {
  return c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||
         c == 0x061C || c == 0xFEFF || c == 0x00AD || c == 0x2060 || c == 0x180E;
}

// Persian, Urdu and Kurdish letters that Arabic news writes with their Arabic counterparts.
char32_t ArabicCounterpart(char32_t c) {
  switch (c) {
    case 0x06CC:  // ی Farsi yeh
    case 0x06D2:  // ے yeh barree
    case 0x06D0:  // ې
      return 0x064A;
    case 0x06A9:  // ک keheh
    case 0x06AA:  // ڪ swash kaf
      return 0x0643;
    case 0x06C0:  // ۀ heh with yeh above
    case 0x06C1:  // ہ heh goal
    case 0x06BE:  // ھ heh doachashmee
    case 0x06D5:  // ە ae
      return 0x0647;
    case 0x06C2:
    case 0x06C3:
      return 0x0629;
    default:
      return c;
  }
}

char32_t Fold(char32_t c) {
  switch (c) {
    case 0x0622:  // آ
    case 0x0623:  // أ
    case 0x0625:  // إ
    case 0x0671:  // ٱ wasla
    case 0x0672:
    case 0x0673:
      return 0x0627;
    case 0x0649:  // ى
      return 0x064A;
    default:
      return c;
  }
}

CharClass ClassOf(char32_t c) {
  if (c == '\n' || c == '\r' || c == 0x0085 || c == 0x2028 || c == 0x2029 || c == 0x000B || c == 0x000C) {
    return CharClass::kNewline;
  }
  if (c == 0x0640) return CharClass::kTatweel;
  if (c == 0x200C || c == 0x200D) return CharClass::kJoiner;
  if (IsInvisibleControl(c)) return CharClass::kIgnorable;
  if (c == 0x0653 || c == 0x0654 || c == 0x0655) return CharClass::kHamzaMark;
  if (IsArabicDiacritic(c)) return CharClass::kArabicMark;
  const auto cp = static_cast<UChar32>(c);
  const int8_t type = u_charType(cp);
  if (u_isUWhiteSpace(cp) || type == U_CONTROL_CHAR || c == 0x200B) return CharClass::kSpace;
  if (type == U_DECIMAL_DIGIT_NUMBER) return CharClass::kDigit;
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(cp, &status);
  if (type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK || type == U_ENCLOSING_MARK) {
    return script == USCRIPT_ARABIC ? CharClass::kArabicMark : CharClass::kOtherMark;
  }
  if (u_isalpha(cp)) {
    if (script == USCRIPT_ARABIC) return CharClass::kArabicLetter;
    if (script == USCRIPT_LATIN) return CharClass::kLatinLetter;
    return CharClass::kOtherLetter;
  }
  switch (type) {
    case U_CONNECTOR_PUNCTUATION:
    case U_DASH_PUNCTUATION:
    case U_START_PUNCTUATION:
    case U_END_PUNCTUATION:
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
      return CharClass::kPunct;
    default:
      return CharClass::kSymbol;
  }
}

struct Entry {
  CharClass cls = CharClass::kSymbol;
  bool identity = true;
  std::uint32_t plain_off = 0, folded_off = 0;
  std::uint8_t plain_len = 0, folded_len = 0;
};

// Computes the facts of one code point; appends replacements to `pool`.
Entry Compute(char32_t c, std::string& pool) {
  Entry e;
  e.cls = ClassOf(c);
  std::string plain, folded;
  auto add = [&](char32_t x) {
    const CharClass xc = ClassOf(x);
    if (xc == CharClass::kArabicMark || xc == CharClass::kHamzaMark || xc == CharClass::kTatweel ||
        xc == CharClass::kJoiner || xc == CharClass::kIgnorable) {
      return;
    }
    if (xc == CharClass::kSpace || xc == CharClass::kNewline) {
      // A space inside a compatibility expansion of a letter (some presentation-form harakat) is dropped; a
      // space character itself becomes one ASCII space.
      if (e.cls == CharClass::kSpace || e.cls == CharClass::kNewline) {
        plain = " ";
        folded = " ";
      }
      return;
    }
    if (xc == CharClass::kDigit) {
      const char d = static_cast<char>('0' + u_charDigitValue(static_cast<UChar32>(x)));
      plain += d;
      folded += d;
      return;
    }
    if (x == 0x066B || x == 0x066C || x == 0x066A) {
      // Arabic decimal separator, thousands separator and percent sign read as their ASCII counterparts.
      const char ascii = x == 0x066B ? '.' : (x == 0x066C ? ',' : '%');
      plain += ascii;
      folded += ascii;
      return;
    }
    const char32_t p = ArabicCounterpart(x);
    utf8::Append(plain, p);
    char32_t f = Fold(p);
    if (xc == CharClass::kLatinLetter || xc == CharClass::kOtherLetter) {
      f = static_cast<char32_t>(u_foldCase(static_cast<UChar32>(f), U_FOLD_CASE_DEFAULT));
    }
    utf8::Append(folded, f);
  };
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  icu::UnicodeString one(static_cast<UChar32>(c));
  icu::UnicodeString expanded = U_SUCCESS(status) ? nfkc->normalize(one, status) : one;
  if (U_FAILURE(status)) expanded = one;
  if (expanded == one || e.cls == CharClass::kHamzaMark || e.cls == CharClass::kArabicMark) {
    add(c);
  } else {
    for (int32_t i = 0; i < expanded.length();) {
      const UChar32 x = expanded.char32At(i);
      add(static_cast<char32_t>(x));
      i += U16_LENGTH(x);
    }
    // A presentation form takes the class of the letter it stands for.
    if (!expanded.isEmpty()) {
      const CharClass first = ClassOf(static_cast<char32_t>(expanded.char32At(0)));
      if (first == CharClass::kArabicLetter || first == CharClass::kLatinLetter ||
          first == CharClass::kOtherLetter || first == CharClass::kDigit) {
        e.cls = first;
      }
    }
  }
  std::string self;
  utf8::Append(self, c);
  e.identity = (plain == self && folded == self);
  e.plain_off = static_cast<std::uint32_t>(pool.size());
  e.plain_len = static_cast<std::uint8_t>(std::min<std::size_t>(plain.size(), 255));
  pool += plain.substr(0, e.plain_len);
  e.folded_off = static_cast<std::uint32_t>(pool.size());
  e.folded_len = static_cast<std::uint8_t>(std::min<std::size_t>(folded.size(), 255));
  pool += folded.substr(0, e.folded_len);
  return e;
}

struct Table {
  std::vector<Entry> bmp;
  std::string pool;
  Table() {
    bmp.resize(0x10000);
    pool.reserve(1 << 20);
    for (char32_t c = 0; c < 0x10000; ++c) {
      if (c >= 0xD800 && c <= 0xDFFF) continue;
      bmp[c] = Compute(c, pool);
    }
  }
};

const Table& GetTable() {
  static const Table table;
  return table;
}

}  // namespace

CharInfo Info(char32_t c) {
  const Table& t = GetTable();
  if (c < 0x10000) {
    const Entry& e = t.bmp[c];
    return {e.cls, e.identity, std::string_view(t.pool).substr(e.plain_off, e.plain_len),
            std::string_view(t.pool).substr(e.folded_off, e.folded_len)};
  }
  // Outside the BMP: rare in news; computed each time into a per-thread scratch pool.
  thread_local std::string scratch;
  scratch.clear();
  const Entry e = Compute(c, scratch);
  return {e.cls, e.identity, std::string_view(scratch).substr(e.plain_off, e.plain_len),
          std::string_view(scratch).substr(e.folded_off, e.folded_len)};
}

}  // namespace chars

namespace {

// Composes a combining hamza/maddah with the letter just written to `out`, as NFC would (ا+ٔ → أ, و+ٔ → ؤ,
// ي+ٔ → ئ), then applies the level's folding. Returns false if there is nothing to compose with.
bool ComposeHamza(char32_t mark, NormLevel level, std::string& out) {
  if (out.size() < 2) return false;
  std::size_t i = out.size() - 2;
  const auto b0 = static_cast<unsigned char>(out[i]);
  if (b0 != 0xD8 && b0 != 0xD9) return false;
  std::size_t j = i;
  const char32_t prev = utf8::Next(out, j);
  char32_t composed = 0;
  if (prev == 0x0627 && mark == 0x0654) composed = 0x0623;
  if (prev == 0x0627 && mark == 0x0655) composed = 0x0625;
  if (prev == 0x0627 && mark == 0x0653) composed = 0x0622;
  if (prev == 0x0648 && mark == 0x0654) composed = 0x0624;
  if ((prev == 0x064A || prev == 0x0649) && mark == 0x0654) composed = 0x0626;
  if (composed == 0) return false;
  if (level == NormLevel::kFolded && (composed == 0x0623 || composed == 0x0625 || composed == 0x0622)) {
    return true;  // folds back to the bare alef already written
  }
  out.resize(i);
  utf8::Append(out, composed);
  return true;
}

}  // namespace

void NormalizeWordAppend(std::string_view word, const NormalizeOptions& options, std::string& out) {
  const bool folded = options.level == NormLevel::kFolded;
  for (std::size_t i = 0; i < word.size();) {
    const std::size_t start = i;
    const char32_t c = utf8::Next(word, i);
    if (c < 0x80 && !(folded && c >= 'A' && c <= 'Z')) {
      // ASCII letters, digits and punctuation are their own normal form (Latin case folds at kFolded).
      const chars::CharInfo info = chars::Info(c);
      if (info.cls == chars::CharClass::kSpace || info.cls == chars::CharClass::kNewline) {
        out += ' ';
      } else if (info.cls != chars::CharClass::kIgnorable) {
        out += static_cast<char>(c);
      }
      continue;
    }
    if (folded && options.fold_teh_marbuta && c == chars::kTehMarbuta) {
      out += "\xD9\x87";  // ه
      continue;
    }
    const chars::CharInfo info = chars::Info(c);
    if (info.identity) {
      out.append(word.substr(start, i - start));
      continue;
    }
    if (info.cls == chars::CharClass::kHamzaMark) {
      ComposeHamza(c, options.level, out);
      continue;
    }
    out.append(folded ? info.folded : info.plain);
  }
}

std::string Normalize(std::string_view text, const NormalizeOptions& options) {
  std::string raw;
  raw.reserve(text.size());
  NormalizeWordAppend(text, options, raw);
  // Collapse runs of spaces and trim, so that lexicon entries and queries compare equal however spaced.
  std::string out;
  out.reserve(raw.size());
  bool pending_space = false;
  for (char ch : raw) {
    if (ch == ' ') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += ch;
  }
  return out;
}

}  // namespace marsad
