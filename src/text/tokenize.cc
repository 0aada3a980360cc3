// Tokenizer: one pass over the original UTF-8, classifying each code point with the table in chars.h.
//
// Why not ICU's word BreakIterator: it follows UAX #29, which keeps "البرلمان.كما" together (a full stop
// between letters is a word-internal MidNumLet), splits at harakat in some contexts, and knows nothing of
// URLs. News text needs a few explicit rules instead:
//   - an Arabic word is a run of Arabic letters with the harakat, tatweel, joiners and invisible controls
//     inside it (so "لـ" in "لـ CICA" is one token whose norm is "ل");
//   - a Latin word may hold digits and inner ' - or dotted initials (U.N.); an @ inside makes it an e-mail;
//   - a number is digits with . , / : - ٫ ٬ between digits (12.5, 2024/3/12, 1,000, 10:30, ٢٠٢٤);
//   - a URL runs from http://, https:// or www. to the next space, minus trailing punctuation;
//   - each other mark is a token of its own, except runs of the same mark (... ؟؟ !!).
#include <algorithm>

#include "marsad/text.h"
#include "marsad/utf8.h"
#include "text/chars.h"

namespace marsad {

using chars::CharClass;

const char* TokenTypeName(TokenType type) {
  switch (type) {
    case TokenType::kArabic:
      return "arabic";
    case TokenType::kLatin:
      return "latin";
    case TokenType::kNumber:
      return "number";
    case TokenType::kPunct:
      return "punct";
    case TokenType::kSymbol:
      return "symbol";
    case TokenType::kUrl:
      return "url";
    case TokenType::kEmail:
      return "email";
    case TokenType::kOther:
      return "other";
  }
  return "other";
}

namespace {

bool StartsWithNoCase(std::string_view s, std::size_t pos, std::string_view prefix) {
  if (s.size() - pos < prefix.size()) return false;
  for (std::size_t k = 0; k < prefix.size(); ++k) {
    char c = s[pos + k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[k]) return false;
  }
  return true;
}

bool IsUrlStart(std::string_view s, std::size_t pos) {
  return StartsWithNoCase(s, pos, "http://") || StartsWithNoCase(s, pos, "https://") ||
         StartsWithNoCase(s, pos, "www.");
}

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Separators that may sit between the digits of one number.
bool IsNumberInfix(char32_t c) {
  return c == '.' || c == ',' || c == '/' || c == ':' || c == '-' || c == 0x066B || c == 0x066C;
}

// Trailing characters that end a sentence or a bracket rather than a URL.
bool IsUrlTrailer(char32_t c) {
  switch (c) {
    case '.':
    case ',':
    case ';':
    case ':':
    case '!':
    case '?':
    case ')':
    case ']':
    case '"':
    case '\'':
    case 0x00BB:  // »
    case 0x060C:  // ،
    case 0x061B:  // ؛
    case 0x061F:  // ؟
    case 0x201D:  // ”
      return true;
    default:
      return false;
  }
}

class Scanner {
 public:
  Scanner(std::string_view text, Span range) : text_(text), end_(std::min(range.end, text.size())) {}

  bool AtEnd(std::size_t i) const { return i >= end_; }

  // The code point at i and the position after it.
  char32_t Peek(std::size_t i, std::size_t* next) const {
    std::size_t j = i;
    const char32_t c = utf8::Next(text_, j);
    *next = j;
    return c;
  }
  CharClass ClassAt(std::size_t i, std::size_t* next, char32_t* cp = nullptr) const {
    const char32_t c = Peek(i, next);
    if (cp) *cp = c;
    return chars::Info(c).cls;
  }

  std::size_t ScanArabicWord(std::size_t i) const {
    while (!AtEnd(i)) {
      std::size_t next;
      const CharClass c = ClassAt(i, &next);
      if (c != CharClass::kArabicLetter && !chars::InWord(c)) break;
      i = next;
    }
    return i;
  }

  std::size_t ScanLatinWord(std::size_t i, bool* is_email) const {
    *is_email = false;
    while (!AtEnd(i)) {
      std::size_t next;
      char32_t cp;
      const CharClass c = ClassAt(i, &next, &cp);
      if (c == CharClass::kLatinLetter || c == CharClass::kOtherMark || c == CharClass::kIgnorable ||
          (c == CharClass::kDigit && cp < 0x80)) {
        i = next;
        continue;
      }
      // Inner ' or - between letters (O'Brien, al-Assad) and dotted initials (U.N.).
      if ((cp == '\'' || cp == '-' || cp == '.' || cp == 0x2019) && !AtEnd(next)) {
        std::size_t after;
        const CharClass nc = ClassAt(next, &after);
        if (cp == '-' && nc == CharClass::kDigit && IsAsciiAlnum(text_[next])) {
          i = next;  // COVID-19, F-16
          continue;
        }
        if (nc == CharClass::kLatinLetter) {
          if (cp == '.') {
            // Only initials: one letter before the dot and one letter after it.
            const bool single_before = i >= 1 && IsAsciiAlnum(text_[i - 1]) &&
                                       (i < 2 || text_[i - 2] == '.' || !IsAsciiAlnum(text_[i - 2]));
            const bool single_after = AtEnd(after) || !IsAsciiAlnum(text_[after]);
            if (!(single_before && single_after)) break;
          }
          i = next;
          continue;
        }
      }
      if (cp == '@' && !AtEnd(next) && IsAsciiAlnum(text_[next])) {
        *is_email = true;
        std::size_t j = next;
        while (!AtEnd(j) && (IsAsciiAlnum(text_[j]) || text_[j] == '.' || text_[j] == '-' || text_[j] == '_'))
          ++j;
        while (j > next && text_[j - 1] == '.') --j;
        return j;
      }
      break;
    }
    // "U.N." keeps its final dot when the token is a run of initials.
    if (!AtEnd(i) && text_[i] == '.' && i >= 2 && text_[i - 2] == '.') ++i;
    return i;
  }

  std::size_t ScanNumber(std::size_t i) const {
    while (!AtEnd(i)) {
      std::size_t next;
      char32_t cp;
      const CharClass c = ClassAt(i, &next, &cp);
      if (c == CharClass::kDigit || c == CharClass::kIgnorable) {
        i = next;
        continue;
      }
      if (IsNumberInfix(cp) && !AtEnd(next)) {
        std::size_t after;
        if (ClassAt(next, &after) == CharClass::kDigit) {
          i = next;
          continue;
        }
      }
      break;
    }
    return i;
  }

  std::size_t ScanUrl(std::size_t i) const {
    std::size_t last_good = i;
    while (!AtEnd(i)) {
      std::size_t next;
      char32_t cp;
      const CharClass c = ClassAt(i, &next, &cp);
      if (c == CharClass::kSpace || c == CharClass::kNewline || cp == '<' || cp == '>' || cp == '"' ||
          cp == 0x00AB || cp == 0x00BB) {
        break;
      }
      if (!IsUrlTrailer(cp)) last_good = next;
      i = next;
    }
    return last_good;
  }

  std::size_t ScanRun(std::size_t i, char32_t first) const {
    while (!AtEnd(i)) {
      std::size_t next;
      if (Peek(i, &next) != first) break;
      i = next;
    }
    return i;
  }

 private:
  std::string_view text_;
  std::size_t end_;
};

}  // namespace

std::vector<Token> Tokenize(std::string_view text, Span range, const NormalizeOptions& options) {
  std::vector<Token> tokens;
  const std::size_t end = std::min(range.end, text.size());
  tokens.reserve((end - std::min(range.begin, end)) / 7 + 1);
  Scanner scan(text, range);
  bool space = false, newline = false;
  std::size_t i = range.begin;
  while (i < end) {
    std::size_t next;
    char32_t cp;
    const CharClass cls = scan.ClassAt(i, &next, &cp);
    TokenType type;
    std::size_t stop;
    switch (cls) {
      case CharClass::kSpace:
        space = true;
        i = next;
        continue;
      case CharClass::kNewline:
        space = newline = true;
        i = next;
        continue;
      case CharClass::kIgnorable:
      case CharClass::kJoiner:
        i = next;  // invisible between words: belongs to neither
        continue;
      case CharClass::kArabicLetter:
      case CharClass::kArabicMark:
      case CharClass::kHamzaMark:
      case CharClass::kTatweel: {
        stop = scan.ScanArabicWord(next);
        // Marks or tatweel with no letter (a tatweel written as a dash: "الشريفين ـ البرنامج") are no word.
        bool letter = false;
        for (std::size_t k = i; k < stop && !letter;) {
          std::size_t after;
          letter = scan.ClassAt(k, &after) == CharClass::kArabicLetter;
          k = after;
        }
        type = letter ? TokenType::kArabic : TokenType::kPunct;
        break;
      }
      case CharClass::kLatinLetter: {
        if (IsUrlStart(text, i)) {
          type = TokenType::kUrl;
          stop = scan.ScanUrl(i);
          break;
        }
        bool email = false;
        stop = scan.ScanLatinWord(next, &email);
        type = email ? TokenType::kEmail : TokenType::kLatin;
        break;
      }
      case CharClass::kDigit:
        type = TokenType::kNumber;
        stop = scan.ScanNumber(next);
        // ASCII digits glued to Latin letters (COVID19, 5G) make one Latin word.
        if (std::size_t after;
            cp < 0x80 && stop < end && scan.ClassAt(stop, &after) == CharClass::kLatinLetter) {
          bool email = false;
          stop = scan.ScanLatinWord(stop, &email);
          type = email ? TokenType::kEmail : TokenType::kLatin;
        }
        break;
      case CharClass::kOtherLetter:
      case CharClass::kOtherMark: {
        type = TokenType::kOther;
        stop = next;
        while (stop < end) {
          std::size_t after;
          const CharClass c = scan.ClassAt(stop, &after);
          if (c != CharClass::kOtherLetter && c != CharClass::kOtherMark && c != CharClass::kIgnorable) break;
          stop = after;
        }
        break;
      }
      case CharClass::kPunct:
        type = TokenType::kPunct;
        stop = scan.ScanRun(next, cp);
        break;
      case CharClass::kSymbol:
      default:
        type = TokenType::kSymbol;
        stop = next;
        break;
    }
    Token& t = tokens.emplace_back();
    t.span = {i, stop};
    t.type = type;
    t.space_before = space;
    t.newline_before = newline;
    NormalizeWordAppend(text.substr(i, stop - i), options, t.norm);
    space = newline = false;
    i = stop;
  }
  return tokens;
}

}  // namespace marsad
