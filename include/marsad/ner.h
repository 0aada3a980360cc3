// A statistical named-entity tagger: an averaged structured perceptron with first-order Viterbi decoding
// over BIO tags for PER, LOC, ORG and MISC (MorphoDiTa/UDPipe style: a compact runtime, a trainer and a
// binary model file).
//
// The tagger does not read text itself. Callers turn tokens into NerTokens first: from the Analyzer's
// sentences (MakeNerTokens) or from pre-tokenised CoNLL words (MakeNerTokensFromWords). A NerToken holds
// hashes of the token's forms (norm, clitic-free base, stem, lemma, affixes, proclitics), its shape and
// the lexicon's gazetteer cues, so that tagging only combines hashes and looks weights up.
//
// A model records which feature groups it was trained with; the same groups are used when tagging. A model
// trained with gazetteer features expects NerTokens built with a Lexicon (without one those cues are
// simply absent and accuracy drops). A loaded NerModel is immutable and may be shared by threads.
//
// Names recur within a document, often in a weaker context than their first mention. A model trained with
// kNerHistory also reads what it said about the same word in the document's earlier sentences (NerHistory),
// which callers pass through a document's sentences in order.
#ifndef MARSAD_NER_H_
#define MARSAD_NER_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/analyzer.h"
#include "marsad/lexicon.h"
#include "marsad/status.h"
#include "marsad/text.h"

namespace marsad {

// Switchable groups of features (a bit set), so that each group's contribution can be measured.
enum NerFeatureGroup : std::uint32_t {
  kNerWord = 1u << 0,       // the token's norm
  kNerMorph = 1u << 1,      // clitic-free base, stem, lemma, proclitics string, known-to-hunspell flag
  kNerAffix = 1u << 2,      // 1-3 letter prefixes and suffixes of the norm and of the base
  kNerShape = 1u << 3,      // script/number/punctuation class and a length bucket
  kNerContext = 1u << 4,    // norms and bases of the tokens at -2..+2, and word bigrams
  kNerPrevTag = 1u << 5,    // the previous tag combined with the current base (transitions are always on)
  kNerGazetteer = 1u << 6,  // lexicon matches (kind, B/I), a title next to the token, given names
  kNerCluster = 1u << 7,    // word clusters (models/ner-clusters.tsv) of the token and its ±2 neighbours
  kNerCue = 1u << 8,  // ORG / LOC / title cue words (حزب، مدينة، وزير...) at the token and within ±2
  kNerConj = 1u << 9,  // base+next base, first token, types at -1/0/+1, prev tag+shape, affix+known
  // What the tagger said about the same word (clitic-free base) in the document's last sentences (NerHistory)
  kNerHistory = 1u << 10,
  kNerAllFeatures = (1u << 11) - 1,
};

// Gazetteer cue bits of a NerToken (set from the Lexicon).
enum NerGazetteerBit : std::uint32_t {
  kGazPersonB = 1u << 0,
  kGazPersonI = 1u << 1,
  kGazCountryB = 1u << 2,  // a country's name or relative adjective
  kGazCountryI = 1u << 3,
  kGazCityB = 1u << 4,  // a capital, city or region
  kGazCityI = 1u << 5,
  kGazOrgB = 1u << 6,  // an organisation or an institution (body)
  kGazOrgI = 1u << 7,
  kGazTitleB = 1u << 8,
  kGazTitleI = 1u << 9,
  kGazGroup = 1u << 10,          // people collectively or an honorific
  kGazAdjective = 1u << 11,      // the country match is a relative adjective (often MISC or O)
  kGazTitleBefore = 1u << 12,    // the previous token ends a title match: a strong PER cue
  kGazTitleAfter = 1u << 13,     // the next token begins a title match
  kGazGivenName = 1u << 14,      // the lexicon's list of given names knows the token's base
  kGazGivenNameNext = 1u << 15,  // ... or the next token's
};

// One token as the tagger sees it. Built by MakeNerTokens*; the hashes are of the forms, not features.
struct NerToken {
  std::uint64_t norm = 0, base = 0, stem = 0, lemma = 0, proclitics = 0;
  std::uint64_t prefix[3] = {0, 0, 0}, suffix[3] = {0, 0, 0};      // of the norm, 1..3 letters
  std::uint64_t base_prefix[2] = {0, 0}, base_suffix[2] = {0, 0};  // of the base, 2..3 letters
  std::uint8_t type = 0;                                           // TokenType
  std::uint8_t length = 0;                                         // length bucket of the norm in letters
  bool known = false;                                              // hunspell knows the word
  bool has_lemma = false;
  std::uint32_t gazetteer = 0;  // NerGazetteerBit set
  // Word clusters of the norm (else of the base), 1-based; 0 when the clusters table does not know the word.
  std::uint16_t cluster_coarse = 0, cluster_fine = 0;
  std::uint8_t cue = 0;  // NerCueBit set: the base is an ORG / LOC / title cue word
};

enum NerCueBit : std::uint8_t {
  kCueOrg = 1u << 0,    // حزب، شركة، جامعة، وكالة، منظمة، مجلس...
  kCueLoc = 1u << 1,    // مدينة، بلدة، قرية، محافظة، ولاية...
  kCueTitle = 1u << 2,  // وزير، رئيس، السيد، الدكتور...
};

// The word clusters table used for NerToken::cluster_*: $MARSAD_NER_CLUSTERS, else models/ner-clusters.tsv
// of the source tree (format in src/ner/features.cc). Loaded once, on first use; missing file → no clusters.
std::string NerClustersPath();

// Tokens of an analysed sentence (Analyzer output). lexicon may be null (no gazetteer cues).
std::vector<NerToken> MakeNerTokens(const std::vector<Token>& tokens, const Lexicon* lexicon);

// Pre-tokenised words (CoNLL) as the analyser's tokens, one a word: each word is normalised and analysed on
// its own with Analyzer::Word (the tokens point into the analyser's word cache).
std::vector<Token> TokensFromWords(const std::vector<std::string>& words, Analyzer& analyzer);
// MakeNerTokens(TokensFromWords(words, analyzer), lexicon).
std::vector<NerToken> MakeNerTokensFromWords(const std::vector<std::string>& words, Analyzer& analyzer,
                                             const Lexicon* lexicon);

// The tag set: "O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC".
const std::vector<std::string>& NerTags();

// Maps a corpus tag onto the tag set: PERS→PER, unknown types→O, malformed tags→O.
std::string NormalizeNerTag(std::string_view tag);

struct NerSpan {
  std::size_t begin = 0, end = 0;  // token indices [begin, end)
  std::string type;                // PER, LOC, ORG, MISC
  bool operator==(const NerSpan&) const = default;
};

// BIO tags to spans the CoNLL way: an I-X that does not continue an X span starts one.
std::vector<NerSpan> BioToSpans(const std::vector<std::string>& tags);

// What the tagger said about the words of a document so far: for each word (its clitic-free base) the tags
// it was given in the last `window` sentences. A name tagged once is likely to be the same kind of name when
// it recurs in a weaker context (Ratinov & Roth 2009's "extended prediction history"), so a model trained
// with kNerHistory reads it as features. Pass one history through the sentences of one document, in order;
// the tagger records every sentence it tags. Not thread-safe (one per document being tagged).
class NerHistory {
 public:
  static constexpr std::size_t kDefaultWindow = 50;
  explicit NerHistory(std::size_t window = kDefaultWindow);
  ~NerHistory();
  NerHistory(NerHistory&&) noexcept;
  NerHistory& operator=(NerHistory&&) noexcept;

  // Forgets everything (a new document).
  void Clear();
  // The number of times each tag (NerTags() order) was given to `key` in the window; null if never.
  const std::uint16_t* Counts(std::uint64_t key) const;
  // Records a sentence: the history keys of its tokens (0: not recorded) and their tags; the oldest
  // sentence leaves the window.
  void Add(const std::uint64_t* keys, const int* tags, std::size_t n);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

class NerModel {
 public:
  // Reads a model written by Save (or by NerTrainer). Fails on a bad magic, version or truncated file.
  static Status Load(const std::string& path, std::unique_ptr<NerModel>* model);
  // The committed model: $MARSAD_NER_MODEL, else models/ner-anercorp.bin of the source tree.
  static std::string DefaultPath();

  ~NerModel();
  NerModel(const NerModel&) = delete;
  NerModel& operator=(const NerModel&) = delete;

  // Writes the binary format described in src/ner/model.cc. Byte-identical for identical weights.
  Status Save(const std::string& path) const;

  // One BIO tag per token (a valid BIO sequence: I-X only after B-X or I-X). With a history (the sentences
  // before this one in the same document) a kNerHistory model reads it, and the sentence is added to it.
  std::vector<std::string> Tag(const std::vector<NerToken>& tokens, NerHistory* history = nullptr) const;
  // The same as tag indices into NerTags(); `out` is resized.
  void TagIds(const std::vector<NerToken>& tokens, std::vector<int>* out) const;
  void TagIds(const std::vector<NerToken>& tokens, NerHistory* history, std::vector<int>* out) const;

  // The entity spans of an analysed sentence: exactly BioToSpans(Tag(MakeNerTokens(tokens, lexicon))), but
  // computed through a per-thread cache of word types (a word's NerToken and the weights of its one-word
  // features are looked up once), which is what makes tagging running text fast. `matches`: the lexicon's
  // greedy longest matches over the tokens, left to right, when the caller has found them anyway (null: found
  // here). The cache grows to 64 MiB of word types per thread and then starts afresh.
  // `history`: as for Tag.
  std::vector<NerSpan> TagSentence(const std::vector<Token>& tokens, const Lexicon* lexicon,
                                   const std::vector<Lexicon::Match>* matches = nullptr,
                                   NerHistory* history = nullptr) const;

  std::uint32_t feature_groups() const;
  std::size_t feature_count() const;  // features with at least one non-zero weight
  // The window the model was trained with (sentences; 0 without kNerHistory): NerHistory(history_window()).
  std::size_t history_window() const;

  struct Impl;
  explicit NerModel(std::unique_ptr<Impl> impl);
  const Impl& impl() const { return *impl_; }

 private:
  std::unique_ptr<Impl> impl_;
};

// Maps a Wojood tag (outer level) onto the tag set: PERS→PER, ORG→ORG, GPE/LOC/FAC→LOC,
// EVENT/PRODUCT/CURR/LANGUAGE/WEBSITE/LAW→MISC, anything else (NORP, OCC, DATE, numbers...)→O. ANERcorp
// tags nationalities and dates O, which is why NORP and DATE are not MISC.
std::string MapWojoodTag(std::string_view tag);

struct NerSentence {
  std::vector<std::string> words;
  std::vector<std::string> tags;  // one per word, as written in the file ("O" when there is no tag column)
};

// Reads CoNLL-style text: whitespace-separated columns, the first is the token; blank lines separate
// sentences. tag_column -1 takes the last column as the tag (when there are two or more), 0 ignores tags,
// k ≥ 1 takes column k (0-based; a missing column means "O").
Status ReadConll(const std::string& path, int tag_column, std::vector<NerSentence>* sentences);
Status ParseConll(std::string_view text, int tag_column, std::vector<NerSentence>* sentences);

struct NerTrainerOptions {
  int epochs = 15;
  std::uint64_t seed = 1;
  std::uint32_t feature_groups = kNerAllFeatures;
  float prune_below = 1e-3f;  // averaged weights with a smaller magnitude are dropped from the model
  // kNerHistory: the sentences before a training sentence whose tags it reads (NerHistory's window).
  std::size_t history_window = NerHistory::kDefaultWindow;
  float margin = 1.0f;  // training decodes with this bonus on every wrong tag (0: the plain perceptron)
  // Called after every epoch with its dev scores (when a dev set is given).
  std::function<void(int epoch, double dev_f1, double train_seconds)> on_epoch;
};

// Trains on `train` (NerTokens plus gold tag ids). With a non-empty dev set the averaged weights of the
// epoch with the best dev micro-F1 are kept, otherwise those of the last epoch. Deterministic for a seed.
struct NerTrainingSentence {
  std::vector<NerToken> tokens;
  std::vector<int> tags;  // indices into NerTags()
};
Status TrainNerModel(const std::vector<NerTrainingSentence>& train,
                     const std::vector<NerTrainingSentence>& dev, const NerTrainerOptions& options,
                     std::unique_ptr<NerModel>* model, int* best_epoch = nullptr);

struct NerScores {
  struct Counts {
    std::size_t gold = 0, predicted = 0, correct = 0;
    double precision() const { return predicted ? double(correct) / double(predicted) : 0.0; }
    double recall() const { return gold ? double(correct) / double(gold) : 0.0; }
    double f1() const {
      const double p = precision(), r = recall();
      return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
  };
  Counts per_type[4];  // PER, LOC, ORG, MISC
  Counts micro;
  // Adds one sentence (exact span and type matches).
  void Add(const std::vector<std::string>& gold, const std::vector<std::string>& predicted);
  // A CoNLL-style table: per type and micro P/R/F1 in percent.
  std::string ToString() const;
};

// Tokens/second, model load time and peak memory of tagging analysed `sentences` with the model at
// model_path, both ways: TagSentence (what the entity stage calls) and TagIds over NerTokens made beforehand;
// prints a report to stdout. Returns 0, 1 if the model cannot be loaded, 2 if the two ways disagree.
int RunNerBenchmark(const std::string& model_path, const std::vector<std::vector<Token>>& sentences,
                    const Lexicon* lexicon, int repeats);

}  // namespace marsad

#endif  // MARSAD_NER_H_
