// Internals shared by the tagger's runtime, trainer and model file: the tag set's indices, feature hashing
// and the weight table.
//
// A feature is a 64-bit hash of (template, the hashes of the forms it reads). The model maps every feature
// that kept a weight to a row of kNerTagCount floats, one per tag. Features that read the previous tag
// ("pair" features: the transition itself, previous tag + current base, previous tag + shape) are hashed once
// per possible previous tag, so Viterbi adds them on the edges instead of the nodes.
#ifndef MARSAD_NER_NER_INTERNAL_H_
#define MARSAD_NER_NER_INTERNAL_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "marsad/ner.h"

namespace marsad::ner_internal {

inline constexpr int kNerTagCount = 9;          // O, B-PER, I-PER, B-LOC, I-LOC, B-ORG, I-ORG, B-MISC, I-MISC
inline constexpr int kStartTag = kNerTagCount;  // the "previous tag" of a sentence's first token
inline constexpr int kPrevCount = kNerTagCount + 1;
inline constexpr int kMaxPair = 3;  // at most this many pair features per (token, previous tag)

// I-X may only follow B-X or I-X (a hard constraint of decoding).
inline bool Allowed(int prev, int cur) {
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

// Appends the features of tokens[i] that do not depend on the previous tag.
void EmissionFeatures(const std::vector<NerToken>& tokens, std::size_t i, std::uint32_t groups,
                      std::vector<std::uint64_t>* out);
// The features of tokens[i] for previous tag `prev` (0..kStartTag): written to out[0..n), returns n
// (≤ kMaxPair).
int PairFeatures(const NerToken& token, int prev, std::uint32_t groups, std::uint64_t* out);

// Open-addressing hash table from feature hash to a row of kNerTagCount weights.
class WeightTable {
 public:
  // keys must be distinct and non-zero; rows holds keys.size() * kNerTagCount weights.
  void Build(std::vector<std::uint64_t> keys, std::vector<float> rows);
  const float* Find(std::uint64_t key) const {
    std::size_t i = static_cast<std::size_t>(key) & mask_;
    while (true) {
      const Slot& s = slots_[i];
      if (s.key == key) return &rows_[static_cast<std::size_t>(s.row) * kNerTagCount];
      if (s.key == 0) return nullptr;
      i = (i + 1) & mask_;
    }
  }
  std::size_t size() const { return keys_.size(); }
  const std::vector<std::uint64_t>& keys() const { return keys_; }
  const std::vector<float>& rows() const { return rows_; }

 private:
  struct Slot {
    std::uint64_t key = 0;
    std::uint32_t row = 0;
  };
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  std::vector<std::uint64_t> keys_;
  std::vector<float> rows_;
};

// Viterbi over precomputed scores: emit[i * T + t], pair[(i * kPrevCount + p) * T + t]. Writes tags.
void Viterbi(std::size_t n, const float* emit, const float* pair, std::vector<int>* tags);

}  // namespace marsad::ner_internal

namespace marsad {
struct NerModel::Impl {
  std::uint32_t groups = kNerAllFeatures;
  ner_internal::WeightTable table;
};
}  // namespace marsad

#endif  // MARSAD_NER_NER_INTERNAL_H_
