// Lexicon: the editable tables of lexicons/ compiled into a phrase matcher over analysed tokens.
//
// Every table row says what a phrase refers to: a country (its names, its adjectives, its capital and
// cities), an organisation or organ, a title, institution, group or honorific, a known person. Loading
// normalises every phrase with the text core's Analyzer, so that a phrase is stored as the sequence of its
// words' bases (clitics and the article ال removed, kFolded): "الأمم المتحدة" → [امم, متحدة]. Text is matched
// the same way, which is why "للأمم المتحدة" and "وبالأمم المتحدة" need no entry of their own. A token may
// also match by its whole normalised form (names that begin with a clitic letter), and the first token of a
// phrase by its form with one proclitic و ف ب ل ك peeled off (an unknown name after a conjunction:
// "وساريباي").
//
// Check() validates the tables and returns every problem with its file and line; Load() refuses tables with
// errors. A loaded Lexicon is immutable and may be shared by threads.
#ifndef MARSAD_LEXICON_H_
#define MARSAD_LEXICON_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/analyzer.h"
#include "marsad/status.h"
#include "marsad/text.h"

namespace marsad {

enum class EntryKind : std::uint8_t {
  kCountry,           // a state's name
  kCountryAdjective,  // a form of its relative adjective (الكازاخستانية)
  kCapital,
  kCity,          // a city or region standing for the state
  kRegion,        // a continent or region that is no state (آسيا, الشرق الأوسط)
  kOrganization,  // an organisation or organ
  kTitle,         // a title held by a person (وزير الخارجية)
  kBody,          // an institution (البرلمان)
  kGroup,         // people collectively (المتظاهرون)
  kHonorific,     // dropped from mentions (معالي)
  kPerson,        // a known person's name
};
const char* EntryKindName(EntryKind kind);

struct LexiconEntry {
  EntryKind kind = EntryKind::kCountry;
  std::string phrase;     // as written in the table
  std::string canonical;  // the display name: a country's or organisation's first name, a person's first name
  std::string id;         // country code, organisation row id, role id
  std::string country;    // ISO 3166-1 alpha-3, "" when none
  std::string org;        // organisation code reported for mentions, "" when none
  std::string role;       // role id for titles, bodies, groups and people
  std::string sector;     // sector code, "*" (from what it is attached to) or ""
  std::string from, to;   // the period a person held the role ("" open)
  std::string file;       // where it was defined
  int line = 0;
};

struct LexiconIssue {
  std::string file;
  int line = 0;  // 0: the file as a whole
  std::string message;
  bool error = true;  // false: a warning (e.g. a phrase that means two things)
  std::string ToString() const;
};

class Lexicon {
 public:
  // The directory used when none is given: $MARSAD_LEXICONS, else the source tree's lexicons/.
  static std::string DefaultDir();

  // Validates the tables in dir (syntax, columns, codes, references between tables) without loading them.
  static std::vector<LexiconIssue> Check(const std::string& dir);

  // Loads and compiles the tables, normalising phrases with analyzer (which must outlive the call only).
  // Fails if Check finds errors; warnings are appended to *warnings when given.
  static Status Load(const std::string& dir, Analyzer& analyzer, std::unique_ptr<Lexicon>* lexicon,
                     std::vector<LexiconIssue>* warnings = nullptr);

  ~Lexicon();
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  struct Match {
    std::size_t begin = 0, end = 0;            // token indices [begin, end)
    bool peeled = false;                       // the first token matched without a proclitic
    std::vector<const LexiconEntry*> entries;  // every entry with this phrase (usually one)
  };
  // The longest phrase starting at tokens[i], or false.
  bool LongestMatch(const std::vector<Token>& tokens, std::size_t i, Match* match) const;
  // The greedy longest matches over the sentence, left to right: LongestMatch at the first token, then at the
  // token after each match (or the next token where none starts). `matches` is cleared first.
  void LongestMatches(const std::vector<Token>& tokens, std::vector<Match>* matches) const;

  bool IsGivenName(std::string_view norm) const;
  bool IsStopword(std::string_view norm) const;

  // A country's canonical (first) Arabic name, "" if unknown.
  std::string CountryName(std::string_view code) const;

  std::size_t entry_count() const;
  std::size_t phrase_count() const;

 private:
  struct Impl;
  explicit Lexicon(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace marsad

#endif  // MARSAD_LEXICON_H_
