// Sentence splitting over tokens.
//
// Splitting after tokenization keeps the hard cases out of this file: numbers (12.5), URLs and dotted Latin
// initials are single tokens already, and a full stop glued between two words (البرلمان.كما) is a punctuation
// token of its own, so it ends a sentence like any other. What remains: terminal marks, the closing quotes
// and brackets that belong to the sentence they end, line breaks, and a few abbreviations.
#include "marsad/text.h"
#include "marsad/utf8.h"

namespace marsad {
namespace {

bool IsTerminal(std::string_view norm) {
  if (norm.empty()) return false;
  std::size_t i = 0;
  const char32_t c = utf8::Next(norm, i);
  switch (c) {
    case '.':
    case '!':
    case '?':
    case 0x061F:  // ؟
    case 0x2026:  // …
    case 0x06D4:  // ۔ Urdu full stop
    case 0x3002:
      return true;
    default:
      return false;
  }
}

bool IsCloser(std::string_view norm) {
  if (norm.empty()) return false;
  std::size_t i = 0;
  const char32_t c = utf8::Next(norm, i);
  return c == ')' || c == ']' || c == '}' || c == '"' || c == '\'' || c == 0x00BB || c == 0x201D ||
         c == 0x2019 || c == 0x203A;
}

// A single Arabic letter before a full stop is an abbreviation (د. for doctor, أ. for professor), except the
// calendar marks هـ and م that often end a sentence with a date.
bool IsAbbreviation(const Token& t) {
  if (t.type != TokenType::kArabic) return false;
  std::size_t i = 0;
  const char32_t c = utf8::Next(t.norm, i);
  if (i != t.norm.size()) return false;
  return c != 0x0647 && c != 0x0645;
}

}  // namespace

std::vector<Sentence> SplitSentences(std::string_view text, std::vector<Token> tokens) {
  (void)text;
  std::vector<Sentence> out;
  Sentence current;
  auto flush = [&]() {
    if (current.tokens.empty()) return;
    current.span = {current.tokens.front().span.begin, current.tokens.back().span.end};
    out.push_back(std::move(current));
    current = Sentence();
  };
  const std::size_t n = tokens.size();
  for (std::size_t k = 0; k < n; ++k) {
    if (tokens[k].newline_before) flush();
    const bool terminal = tokens[k].type == TokenType::kPunct && IsTerminal(tokens[k].norm);
    const bool abbreviation = terminal && tokens[k].norm == "." && !current.tokens.empty() &&
                              !tokens[k].space_before && IsAbbreviation(current.tokens.back());
    current.tokens.push_back(std::move(tokens[k]));
    if (!terminal || abbreviation) continue;
    // Closing quotes and brackets right after the mark belong to this sentence.
    while (k + 1 < n && !tokens[k + 1].space_before && tokens[k + 1].type == TokenType::kPunct &&
           IsCloser(tokens[k + 1].norm)) {
      current.tokens.push_back(std::move(tokens[++k]));
    }
    flush();
  }
  flush();
  return out;
}

}  // namespace marsad
