// Internals shared by the tagger's runtime, trainer and model file: the tag set's indices, feature hashing,
// the weight table, and the two ways of computing the scores Viterbi reads (Scores: every feature looked up;
// CachedScores: through a per-thread word-type cache, model.cc explains it), which must agree bit for bit.
//
// A feature is a 64-bit hash of (template, the hashes of the forms it reads). The model maps every feature
// that kept a weight to a row of kNerTagCount floats, one per tag. Features that read the previous tag
// ("pair" features: the transition itself, previous tag + current base, previous tag + shape) are hashed once
// per possible previous tag, so Viterbi adds them on the edges instead of the nodes.
#ifndef MARSAD_NER_NER_INTERNAL_H_
#define MARSAD_NER_NER_INTERNAL_H_

#include <cstddef>
#include <cstdint>
#include <new>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/ner.h"

#if __has_include(<sys/mman.h>)
#include <sys/mman.h>
#endif

namespace marsad::ner_internal {

inline constexpr int kNerTagCount = 9;          // O, B-PER, I-PER, B-LOC, I-LOC, B-ORG, I-ORG, B-MISC, I-MISC
inline constexpr int kStartTag = kNerTagCount;  // the "previous tag" of a sentence's first token
inline constexpr int kPrevCount = kNerTagCount + 1;
inline constexpr int kMaxPair = 3;  // at most this many pair features per (token, previous tag)

// I-X may only follow B-X or I-X (a hard constraint of decoding).
constexpr bool Allowed(int prev, int cur) {
  if (cur == 0 || cur % 2 == 1) return true;  // O or B-X
  return prev != kStartTag && prev != 0 && (prev + 1) / 2 == cur / 2;
}

// splitmix64's finaliser: a cheap, well-mixing 64-bit permutation.
inline std::uint64_t Mix(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}
inline std::uint64_t Combine(std::uint64_t a, std::uint64_t b) { return Mix(a * 0x100000001b3ULL ^ Mix(b)); }
// A feature hash; never 0 (0 marks an empty slot in the table).
inline std::uint64_t Feature(std::uint64_t tmpl, std::uint64_t value) {
  const std::uint64_t h = Combine(tmpl, value);
  return h ? h : 1;
}
inline std::uint64_t Feature(std::uint64_t tmpl, std::uint64_t a, std::uint64_t b) {
  return Feature(tmpl, Combine(a, b));
}

// FNV-1a of a string, passed through Mix; the empty string hashes to 0 ("absent").
std::uint64_t HashString(std::string_view s);

// Template ids. Changing any of them changes every hash: bump the model file's version then.
enum Template : std::uint64_t {
  kBias = 1,
  kNorm,
  kBase,
  kStem,
  kLemma,
  kProclitics,
  kKnown,
  kNoLemma,
  kPrefix,
  kSuffix = kPrefix + 3,
  kBasePrefix = kSuffix + 3,
  kBaseSuffix = kBasePrefix + 2,
  kType = kBaseSuffix + 2,
  kTypeLength,
  kNormAt,  // + offset index (0..3 for -2, -1, +1, +2)
  kBaseAt = kNormAt + 4,
  kBigramLeft = kBaseAt + 4,
  kBigramRight,
  kBaseBigramLeft,
  kGazCur,
  kGazPrev,
  kGazNext,
  kGazCurKnown,
  kTransition,
  kPrevTagBase,
  kPrevTagNorm,
  // Added with the cluster, cue and conjunction groups (appended: the older templates keep their hashes).
  kClusterCoarse,
  kClusterFine,
  kClusterAt,  // + offset index (0..3 for -2, -1, +1, +2): fine cluster at ±1, coarse at ±2
  kClusterLeft = kClusterAt + 4,
  kClusterRight,
  kClusterSuffix,
  kCueCur,
  kCueAt,  // + offset index
  kBaseBigramRight = kCueAt + 4,
  kFirstToken,
  kSuffixKnown,
  kPrefixKnown,
  kPrevTagShape,
  kNormNextCluster,
  kTypeContext,
  // The history group (history.cc).
  kHistType,
  kHistTag,
};

inline constexpr std::uint64_t kBoundary = 0x5bd1e995ULL;  // the "form" of a position outside the sentence
inline constexpr std::uint64_t kNoCluster = 0xffff;        // the cluster of a position outside the sentence
inline constexpr std::ptrdiff_t kOffsets[4] = {-2, -1, 1, 2};  // the context offsets (the "k" of *At)
inline constexpr std::uint32_t kGazSpanBits = 0x3ff;           // the B/I bits of a neighbour's gazetteer cues

// Appends the first features of EmissionFeatures: those that read tokens[i] alone (bias, word, morph, affix,
// shape). They are a function of the token's forms, which is what lets a cache sum their weights once.
void LocalFeatures(const NerToken& t, std::uint32_t groups, std::vector<std::uint64_t>* out);

// Appends the features of tokens[i] that do not depend on the previous tag: LocalFeatures, then the context.
// NerModel::TagSentence computes the same sums from cached parts (model.cc, CachedScores): change both.
void EmissionFeatures(const std::vector<NerToken>& tokens, std::size_t i, std::uint32_t groups,
                      std::vector<std::uint64_t>* out);
// The features of tokens[i] for previous tag `prev` (0..kStartTag): written to out[0..n), returns n
// (≤ kMaxPair).
int PairFeatures(const NerToken& token, int prev, std::uint32_t groups, std::uint64_t* out);

// The history group (history.cc). A token's key in a NerHistory: its clitic-free base for words of letters,
// 0 (not recorded, no features) for anything else.
inline std::uint64_t HistoryKey(std::uint8_t type, std::uint64_t base) {
  return type == static_cast<std::uint8_t>(TokenType::kArabic) ||
                 type == static_cast<std::uint8_t>(TokenType::kLatin)
             ? base
             : 0;
}
inline constexpr int kMaxHistory = 2;
// The history features of a sentence's tokens with these history keys: out[i * kMaxHistory + j], 0 where
// absent. The same for the trainer and the runtime.
void HistoryFeatures(const NerHistory& history, const std::uint64_t* keys, std::size_t n,
                     std::vector<std::uint64_t>* out);
// Every feature HistoryFeatures can return (the trainer gives them weights before it has seen them).
std::vector<std::uint64_t> AllHistoryFeatures();

// An allocator for the large tables that lookups hit at random (the weight table, the word cache): on Linux,
// blocks of 1 MiB and more are mapped on their own and marked for transparent huge pages, so that a lookup is
// not also a TLB miss. Elsewhere, and for small blocks, it is operator new.
template <typename T>
struct LargeTableAllocator {
  using value_type = T;
  static constexpr std::size_t kHugePage = std::size_t{2} << 20;
  static constexpr std::size_t kThreshold = std::size_t{1} << 20;

  LargeTableAllocator() = default;
  template <typename U>
  explicit LargeTableAllocator(const LargeTableAllocator<U>&) {}
  bool operator==(const LargeTableAllocator&) const = default;

  static std::size_t Mapped(std::size_t bytes) {
    return (bytes + kHugePage - 1) / kHugePage * kHugePage + kHugePage;
  }
  T* allocate(std::size_t n) {
    const std::size_t bytes = n * sizeof(T);
#ifdef MADV_HUGEPAGE
    if (bytes >= kThreshold) {
      // Over-allocate by one huge page to align the start; the unused head and tail are unmapped.
      const std::size_t size = Mapped(bytes);
      void* p = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
      if (p == MAP_FAILED) throw std::bad_alloc();
      const auto start = reinterpret_cast<std::uintptr_t>(p);
      const std::uintptr_t aligned = (start + kHugePage - 1) / kHugePage * kHugePage;
      const std::size_t used = size - kHugePage;
      if (aligned > start) munmap(p, aligned - start);
      if (aligned + used < start + size)
        munmap(reinterpret_cast<void*>(aligned + used), start + size - aligned - used);
      madvise(reinterpret_cast<void*>(aligned), used,
              MADV_HUGEPAGE);  // a hint: if refused, only speed is lost
      return reinterpret_cast<T*>(aligned);
    }
#endif
    return static_cast<T*>(::operator new(bytes));
  }
  void deallocate(T* p, std::size_t n) {
#ifdef MADV_HUGEPAGE
    if (n * sizeof(T) >= kThreshold) {
      munmap(p, Mapped(n * sizeof(T)) - kHugePage);
      return;
    }
#endif
    ::operator delete(p, n * sizeof(T));
  }
};
template <typename T>
using LargeVector = std::vector<T, LargeTableAllocator<T>>;

// Open-addressing hash table from feature hash to a row of kNerTagCount weights. Beside the slots, one byte
// per slot holds a fingerprint of its key (0: empty): a search reads those first, so looking up a feature the
// model lacks — most of a sentence's word pairs — touches a small array that stays in cache.
class WeightTable {
 public:
  static constexpr std::size_t kAbsent = ~std::size_t{0};

  // keys must be distinct and non-zero; rows holds keys.size() * kNerTagCount weights.
  void Build(std::vector<std::uint64_t> keys, std::vector<float> rows);

  const float* Find(std::uint64_t key) const { return Resolve(key, Probe(key)); }

  // Find in steps, for lookups issued in batches with prefetching: PrefetchProbe, later Probe (the first slot
  // whose fingerprint matches, or kAbsent when the key is certainly absent), PrefetchSlot, later Resolve.
  void PrefetchProbe(std::uint64_t key) const { __builtin_prefetch(&fingerprints_[Home(key)]); }
  std::size_t Probe(std::uint64_t key) const { return Next(Home(key), Fingerprint(key)); }
  void PrefetchSlot(std::size_t i) const { __builtin_prefetch(&slots_[i]); }
  const float* Resolve(std::uint64_t key, std::size_t i) const {
    while (i != kAbsent) {
      const Slot& s = slots_[i];
      if (s.key == key) return &rows_[static_cast<std::size_t>(s.row) * kNerTagCount];
      i = Next((i + 1) & mask_, Fingerprint(key));
    }
    return nullptr;
  }

  std::size_t size() const { return keys_.size(); }
  const std::vector<std::uint64_t>& keys() const { return keys_; }
  const LargeVector<float>& rows() const { return rows_; }

 private:
  struct Slot {
    std::uint64_t key = 0;
    std::uint32_t row = 0;
  };
  static std::uint8_t Fingerprint(std::uint64_t key) { return static_cast<std::uint8_t>(0x80 | (key >> 57)); }
  std::size_t Home(std::uint64_t key) const { return static_cast<std::size_t>(key) & mask_; }
  // The first slot from i on whose fingerprint is fp, or kAbsent at the first empty one.
  std::size_t Next(std::size_t i, std::uint8_t fp) const {
    while (true) {
      const std::uint8_t f = fingerprints_[i];
      if (f == fp) return i;
      if (f == 0) return kAbsent;
      i = (i + 1) & mask_;
    }
  }

  LargeVector<Slot> slots_;
  LargeVector<std::uint8_t> fingerprints_;
  std::size_t mask_ = 0;
  std::vector<std::uint64_t> keys_;
  LargeVector<float> rows_;
};

// Adds the history features' weights of the n tokens with these history keys to emit (n × kNerTagCount),
// after every other emission feature (both Scores and CachedScores paths call it the same way).
void AddHistoryScores(const WeightTable& table, const std::uint64_t* keys, std::size_t n,
                      const NerHistory& history, float* emit);

// Viterbi over precomputed scores: emit[i * T + t], pair[(i * kPrevCount + p) * T + t]. Writes tags.
void Viterbi(std::size_t n, const float* emit, const float* pair, std::vector<int>* tags);

}  // namespace marsad::ner_internal

namespace marsad {
struct NerModel::Impl {
  std::uint32_t groups = kNerAllFeatures;
  std::uint32_t history_window = 0;  // with kNerHistory: the NerHistory window it was trained with
  ner_internal::WeightTable table;
  // Distinct for every model built in the process, so that per-thread caches never outlive their model.
  std::uint64_t serial = 0;
};
}  // namespace marsad

namespace marsad::ner_internal {

// The scores Viterbi reads (emit: n × T, pair: n × kPrevCount × T; pair rows Viterbi does not read are 0):
// from NerTokens, one feature lookup at a time (TagIds)...
void Scores(const NerModel::Impl& model, const std::vector<NerToken>& tokens, std::vector<float>* emit,
            std::vector<float>* pair);
// ... and from analysed tokens through the calling thread's word cache (TagSentence): the same floats as
// Scores(MakeNerTokens(tokens)) with `gazetteer` as the tokens' gazetteer cues (empty: none).
// history_keys (may be null): set to the tokens' HistoryKey.
void CachedScores(const NerModel::Impl& model, const std::vector<Token>& tokens,
                  const std::vector<std::uint32_t>& gazetteer, std::vector<float>* emit,
                  std::vector<float>* pair, std::vector<std::uint64_t>* history_keys = nullptr);

// A token's NerToken without the gazetteer cues (which depend on the sentence): a function of the token's
// type, norm and WordAnalysis only, whose identity AppendNerWordKey writes.
NerToken MakeNerToken(const Token& t);
// Appends to key a string that is equal for two tokens exactly when MakeNerToken reads the same values from
// them (type, norm and the analysis's forms, each with its length).
void AppendNerWordKey(const Token& t, std::string* key);

// The gazetteer cues (NerGazetteerBit) of every token from the lexicon's matches (Lexicon::LongestMatches)
// and its given names; bits is resized to tokens.size().
void GazetteerBits(const std::vector<Token>& tokens, const Lexicon& lexicon,
                   const std::vector<Lexicon::Match>& matches, std::vector<std::uint32_t>* bits);

}  // namespace marsad::ner_internal

#endif  // MARSAD_NER_NER_INTERNAL_H_
