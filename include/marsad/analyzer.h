// Analyzer: an article in, sentences of tokens with their morphology out.
//
// Dictionaries are matched against words stripped of their clitics, so every Arabic token is segmented:
//   وبالرئيس → و+ ب+ ال+ رئيس      لجمهورية → ل+ جمهورية      محاوره → محاور +ه
// Segmentation is conservative on purpose. A proclitic or pronoun suffix is split off only when the Arabic
// hunspell dictionary (Debian hunspell-ar) confirms what remains, and never when the whole word is itself a
// dictionary word: برلمان, بكين, وزير, واشنطن keep their first letter. The article ال (alone or after و ف ب ك
// ل) is the one prefix split without confirmation, because names nobody listed (الكازاخستانية) carry it too.
// The lemma is hunspell's stem (استقبلت, يستقبل, واستقبل → استقبل; للجامعات → جامعة), the stem a light
// suffix-stripped form for search recall. Each word type is analysed once and cached.
//
// An Analyzer is not thread-safe: use one per thread.
#ifndef MARSAD_ANALYZER_H_
#define MARSAD_ANALYZER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/article.h"
#include "marsad/status.h"
#include "marsad/text.h"

namespace marsad {

// Morphology of one Arabic word type. Forms named *_norm are kFolded, the others kPlain.
struct WordAnalysis {
  std::string plain;                    // the word at kPlain (harakat and tatweel gone, hamza kept)
  std::vector<std::string> proclitics;  // in order: e.g. {"و", "ب", "ال"}; ل+ال is written {"ل", "ال"}
  std::string base;                     // the word without its clitics (ت before a pronoun back to ة)
  std::string enclitic;                 // "" or one of ه ها هم هما هن ك كم كن نا ي
  std::string base_norm;                // what dictionaries are matched against
  std::string stem;  // light stem of base_norm: one of ات ون ين ان ية ة ه ي removed unless the lemma has it
  std::string lemma;  // hunspell's lemma, "" if hunspell does not know the word
  std::string lemma_norm;
  bool known = false;  // hunspell knows the word
  bool verb = false;   // hunspell's first reading of the word is a verb

  // The article ال is among the proclitics (it is always the last of them).
  bool has_article() const { return !proclitics.empty() && proclitics.back() == "ال"; }

  // "و+ ب+ ال+ رئيس" style, for people.
  std::string SegmentsString() const;
};

class SharedLookups;

// A word cache shared by several Analyzers (one per thread), so that a word type met by any of them is
// analysed once for all: with hunspell, analysing new word types is most of the analyzer's work. Thread-safe.
// Entries are never removed — the cache stops growing at `capacity` types and the analyzers then fall back
// to their own caches — so an analysis it hands out stays valid as long as the cache lives. It also holds
// the hunspell answers behind the analyses (of words and of their candidate bases), shared the same way.
class SharedWordCache {
 public:
  explicit SharedWordCache(std::size_t capacity = 300000);
  ~SharedWordCache();
  SharedWordCache(const SharedWordCache&) = delete;
  SharedWordCache& operator=(const SharedWordCache&) = delete;

  const WordAnalysis* Find(std::string_view original) const;  // nullptr when absent
  // Stores the analysis unless the word is there already (then returns that one) or the cache is full
  // (then returns nullptr and leaves `analysis` as it was).
  const WordAnalysis* Insert(std::string_view original, WordAnalysis&& analysis);
  std::size_t size() const;

  struct Entry;  // a word and its analysis, as the analyzers' own caches hold them too (opaque here)

 private:
  friend class Analyzer;
  struct Shard;
  const Entry* FindEntry(std::string_view original) const;
  const Entry* InsertEntry(std::string_view original, WordAnalysis&& analysis);
  std::size_t capacity_;
  std::unique_ptr<Shard[]> shards_;
  std::unique_ptr<SharedLookups> lookups_;
};

struct AnalyzerOptions {
  // Directory with ar.aff and ar.dic; "" means $MARSAD_HUNSPELL or the build's default (/usr/share/hunspell).
  std::string hunspell_dir;
  // Without hunspell only the article ال is split off and lemmas stay empty.
  bool use_hunspell = true;
  // The word cache is emptied between articles once it holds this many word types (bounds memory).
  std::size_t max_cached_words = 400000;
  // When set, words are looked up and stored here first (it must outlive the analyzer).
  SharedWordCache* shared_cache = nullptr;
};

class Analyzer {
 public:
  static Status Open(const AnalyzerOptions& options, std::unique_ptr<Analyzer>* analyzer);
  ~Analyzer();
  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;

  // Sentences of the title (is_title) then of the body; offsets into article.text.
  std::vector<Sentence> Analyze(const Article& article);

  // Sentences of text[span]; offsets into text.
  std::vector<Sentence> AnalyzeText(std::string_view text, Span span, bool is_title = false);

  // The analysis of one word given as it appears in the text (cached; valid until the cache is emptied).
  const WordAnalysis& Word(std::string_view original);

  // Analyses a word without the cache (tests, the lexicon tools).
  WordAnalysis AnalyzeWord(std::string_view original) const;

  bool has_hunspell() const;
  std::size_t cached_words() const;

 private:
  struct Impl;
  explicit Analyzer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// One JSON object (a single line, no newline) with the article's metadata and its analysed sentences.
std::string AnalysisToJson(const Article& article, const std::vector<Sentence>& sentences);

}  // namespace marsad

#endif  // MARSAD_ANALYZER_H_
