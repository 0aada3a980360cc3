// The Arabic text core: normalisation, tokens and sentences, every one tied to byte offsets of the original.
//
// Matching needs a canonical form of each word; quoting evidence needs the exact original bytes. Marsad never
// rewrites the text it quotes: the tokenizer walks the original UTF-8 and gives every token its byte span
// plus its normalised form, so a later stage can match on `norm` and quote `text.substr(span)`.
//
// Two normalisation levels are defined per code point:
//   kPlain  — what a reader would call "the same letters": NFKC (presentation forms and ligatures such as
//             U+FEFB LAM-ALEF become their letters), harakat, Quranic marks and the dagger alef removed (by
//             code point: hamza above/below is composed onto its carrier, never dropped), tatweel, zero-width
//             and bidi controls removed, Persian/Urdu letters (ی ک ۀ ە) mapped to Arabic ones, Arabic-Indic
//             and Persian digits mapped to ASCII (and ٫ ٬ ٪ to . , %), NBSP and other odd spaces mapped to a
//             space.
//   kFolded — kPlain, then the spelling variation of news text removed: أ إ آ ٱ → ا, ى → ي, and with
//             fold_teh_marbuta ة → ه. Hamza on its own (ء) and on و/ي (ؤ ئ) survives.
// Latin letters are case-folded at kFolded.
#ifndef MARSAD_TEXT_H_
#define MARSAD_TEXT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/article.h"

namespace marsad {

enum class NormLevel : std::uint8_t { kPlain, kFolded };

struct NormalizeOptions {
  NormLevel level = NormLevel::kFolded;
  bool fold_teh_marbuta = false;  // ة → ه (only at kFolded): for recall, at the cost of some ambiguity
};

// Normalises a whole string (a lexicon entry, a query). Runs of spaces collapse to one; ends are trimmed.
std::string Normalize(std::string_view text, const NormalizeOptions& options = {});

// Normalises one token's bytes (no space handling) and appends to out. Used by the tokenizer.
void NormalizeWordAppend(std::string_view word, const NormalizeOptions& options, std::string& out);

enum class TokenType : std::uint8_t {
  kArabic,  // a run of Arabic letters (harakat, tatweel, joiners inside it belong to it)
  kLatin,   // Latin letters and digits, e.g. CICA, COVID19, U.N.
  kNumber,  // 12.5, 2024/3/12, ٢٠٢٤, 1,000
  kPunct,   // one punctuation mark or a run of the same mark ("..." "؟؟")
  kSymbol,  // currency, math and other symbols, emoji
  kUrl,     // http://…, https://…, www.…
  kEmail,
  kOther,  // letters of other scripts
};
const char* TokenTypeName(TokenType type);

struct WordAnalysis;  // morphology of one word type, see analyzer.h

struct Token {
  Span span;  // bytes of the original text
  TokenType type = TokenType::kOther;
  bool space_before = false;           // whitespace separates it from the previous token
  bool newline_before = false;         // a line break separates it from the previous token
  std::string norm;                    // kFolded form (ASCII digits for numbers)
  const WordAnalysis* word = nullptr;  // set by the Analyzer for Arabic words
};

// Splits text[range] into tokens. Offsets are into `text`. `text` must be valid UTF-8.
std::vector<Token> Tokenize(std::string_view text, Span range, const NormalizeOptions& options = {});

struct Sentence {
  Span span;                  // from the first token's start to the last token's end
  bool is_title = false;      // the article's headline
  std::vector<Token> tokens;  // never empty
};

// Groups tokens into sentences: a break after . ! ? ؟ … (and any closing quotes or brackets that follow
// them), at every line break, but not inside numbers, URLs or after an abbreviation such as the single-letter
// د. A full stop glued to the next word (البرلمان.كما) ends a sentence.
std::vector<Sentence> SplitSentences(std::string_view text, std::vector<Token> tokens);

}  // namespace marsad

#endif  // MARSAD_TEXT_H_
