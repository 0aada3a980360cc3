// The named-entity tagger's runtime: the weight table, Viterbi decoding and the binary model file.
//
// Model file format (version 1). All integers and floats little-endian; floats IEEE-754 binary32.
//
//   offset  size  field
//   0       8     magic "MRSDNER\0"
//   8       4     u32 version (1)
//   12      4     u32 feature groups (NerFeatureGroup bit set the model was trained with)
//   16      4     u32 tag count (9: O B-PER I-PER B-LOC I-LOC B-ORG I-ORG B-MISC I-MISC, in that order)
//   20      4     u32 history window: the NerHistory sentences a kNerHistory model was trained with (else 0;
//                 version-1 files written before the history group have 0 here)
//   24      8     u64 feature count F
//   32      ...   F records in ascending order of feature hash:
//                   u64 feature hash (never 0)
//                   u16 tag mask: bit t set when the weight for tag t is stored
//                   f32 weight for every set bit, in tag order (absent weights are 0)
//   end-8   8     u64 FNV-1a of every preceding byte (detects truncation and corruption)
//
// Weights whose magnitude is below the trainer's pruning threshold are not stored, and features left with
// no weight are dropped, which is what keeps the file small. Records sorted by hash make the bytes a pure
// function of the weights, so the same training command gives the same file.
//
// Tagging analysed text (TagSentence, what the entity stage calls for every sentence) reads the weights
// through a per-thread cache of word types. A word type's NerToken, the sum of the weights of its
// LocalFeatures and the rows of its other one-token features (its clusters, cue, affix × known, its norm and
// base seen from each context offset, previous tag × base) are looked up once; a token then costs one cache
// lookup plus the features that pair it with a neighbour (bigrams, cluster pairs), which are looked up in a
// batch with prefetching, and small per-model tables (transitions, shapes, gazetteer bits, cluster and cue
// neighbours). The sums are added in the order EmissionFeatures lists the features, so the scores are the
// very floats that TagIds computes (ner_test.cc checks this bit for bit).
#include <algorithm>
#include <atomic>
#include <bit>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <functional>
#include <limits>
#include <memory>
#include <new>
#include <sstream>

#include "marsad/ner.h"
#include "ner/ner_internal.h"

namespace marsad {

using ner_internal::kNerTagCount;
using ner_internal::kPrevCount;
using ner_internal::kStartTag;

namespace ner_internal {

void WeightTable::Build(std::vector<std::uint64_t> keys, std::vector<float> rows) {
  keys_ = std::move(keys);
  rows_.assign(rows.begin(), rows.end());
  std::size_t capacity = 16;
  while (capacity < keys_.size() * 2) capacity <<= 1;
  slots_.assign(capacity, Slot{});
  fingerprints_.assign(capacity, 0);
  mask_ = capacity - 1;
  for (std::size_t r = 0; r < keys_.size(); ++r) {
    std::size_t i = Home(keys_[r]);
    while (fingerprints_[i] != 0) i = (i + 1) & mask_;
    slots_[i] = Slot{keys_[r], static_cast<std::uint32_t>(r)};
    fingerprints_[i] = Fingerprint(keys_[r]);
  }
}

void Viterbi(std::size_t n, const float* emit, const float* pair, std::vector<int>* tags) {
  constexpr int T = kNerTagCount;
  constexpr float kNegInf = -std::numeric_limits<float>::infinity();
  tags->assign(n, 0);
  if (n == 0) return;
  thread_local std::vector<float> score;
  thread_local std::vector<std::uint8_t> back;
  score.assign(n * T, 0.0f);
  back.assign(n * T, 0);
  for (int t = 0; t < T; ++t) {
    score[t] = Allowed(kStartTag, t) ? emit[t] + pair[kStartTag * T + t] : kNegInf;
  }
  // Over the previous tags p in increasing order, for all tags t at once (lanes 0-3, 4-7, and 8): the same
  // sums and the same strict comparisons as a loop over t then p, so the same first best p. kMask adds
  // -infinity where p may not precede t (Allowed), and such a sum never beats `best`, as if skipped; so does
  // a sum from a previous score of -infinity.
  static_assert(T == 9, "lanes 0-3, 4-7 and 8");
  using V4 = float __attribute__((vector_size(16)));
  using I4 = std::int32_t __attribute__((vector_size(16)));
  struct Mask {
    float m[T][T + 3];
  };
  static const Mask kMask = [] {
    Mask k{};
    for (int p = 0; p < T; ++p) {
      for (int t = 0; t < T; ++t) k.m[p][t] = Allowed(p, t) ? 0.0f : kNegInf;
    }
    return k;
  }();
  auto load = [](const float* f) {
    V4 v;
    std::memcpy(&v, f, sizeof v);
    return v;
  };
  for (std::size_t i = 1; i < n; ++i) {
    const float* prev = &score[(i - 1) * T];
    const float* pr = &pair[i * kPrevCount * T];
    V4 best_lo = {kNegInf, kNegInf, kNegInf, kNegInf}, best_hi = best_lo;
    float best_8 = kNegInf;
    I4 arg_lo = {0, 0, 0, 0}, arg_hi = arg_lo;
    int arg_8 = 0;
    for (int p = 0; p < T; ++p) {
      const V4 from = {prev[p], prev[p], prev[p], prev[p]};
      const V4 s_lo = (from + load(pr + p * T)) + load(kMask.m[p]);
      const V4 s_hi = (from + load(pr + p * T + 4)) + load(kMask.m[p] + 4);
      const float s_8 = (prev[p] + pr[p * T + 8]) + kMask.m[p][8];
      const I4 gt_lo = s_lo > best_lo, gt_hi = s_hi > best_hi;
      const I4 pv = {p, p, p, p};
      best_lo = gt_lo ? s_lo : best_lo;
      best_hi = gt_hi ? s_hi : best_hi;
      arg_lo = gt_lo ? pv : arg_lo;
      arg_hi = gt_hi ? pv : arg_hi;
      if (s_8 > best_8) best_8 = s_8, arg_8 = p;
    }
    const V4 score_lo = best_lo + load(emit + i * T), score_hi = best_hi + load(emit + i * T + 4);
    std::memcpy(&score[i * T], &score_lo, sizeof score_lo);
    std::memcpy(&score[i * T + 4], &score_hi, sizeof score_hi);
    score[i * T + 8] = best_8 + emit[i * T + 8];
    for (int t = 0; t < 4; ++t) {
      back[i * T + static_cast<std::size_t>(t)] = static_cast<std::uint8_t>(arg_lo[t]);
      back[i * T + 4 + static_cast<std::size_t>(t)] = static_cast<std::uint8_t>(arg_hi[t]);
    }
    back[i * T + 8] = static_cast<std::uint8_t>(arg_8);
  }
  int best = 0;
  for (int t = 1; t < T; ++t) {
    if (score[(n - 1) * T + t] > score[(n - 1) * T + best]) best = t;
  }
  for (std::size_t i = n; i-- > 0;) {
    (*tags)[i] = best;
    best = back[i * T + best];
  }
}

}  // namespace ner_internal

const std::vector<std::string>& NerTags() {
  static const std::vector<std::string> tags = {"O",     "B-PER", "I-PER",  "B-LOC", "I-LOC",
                                                "B-ORG", "I-ORG", "B-MISC", "I-MISC"};
  return tags;
}

std::string NormalizeNerTag(std::string_view tag) {
  if (tag.size() < 3 || (tag[0] != 'B' && tag[0] != 'I') || tag[1] != '-') return "O";
  std::string_view type = tag.substr(2);
  if (type == "PERS") type = "PER";
  if (type != "PER" && type != "LOC" && type != "ORG" && type != "MISC") return "O";
  return std::string(tag.substr(0, 2)) + std::string(type);
}

NerModel::NerModel(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {
  static std::atomic<std::uint64_t> serials{0};
  impl_->serial = ++serials;
}
NerModel::~NerModel() = default;

std::uint32_t NerModel::feature_groups() const { return impl_->groups; }
std::size_t NerModel::feature_count() const { return impl_->table.size(); }
std::size_t NerModel::history_window() const { return impl_->history_window; }

std::string NerModel::DefaultPath() {
  if (const char* env = std::getenv("MARSAD_NER_MODEL"); env && *env) return env;
  return std::string(MARSAD_MODEL_DIR) + "/ner-anercorp.bin";
}

namespace ner_internal {

void Scores(const NerModel::Impl& model, const std::vector<NerToken>& tokens, std::vector<float>* emit_out,
            std::vector<float>* pair_out) {
  constexpr int T = kNerTagCount;
  const std::size_t n = tokens.size();
  std::vector<float>& emit = *emit_out;
  std::vector<float>& pair = *pair_out;
  thread_local std::vector<std::uint64_t> feats;
  emit.assign(n * T, 0.0f);
  pair.assign(n * kPrevCount * T, 0.0f);
  const auto& table = model.table;
  const std::uint32_t groups = model.groups;
  for (std::size_t i = 0; i < n; ++i) {
    feats.clear();
    EmissionFeatures(tokens, i, groups, &feats);
    float* e = &emit[i * T];
    for (std::uint64_t f : feats) {
      if (const float* w = table.Find(f)) {
        for (int t = 0; t < T; ++t) e[t] += w[t];
      }
    }
    for (int p = 0; p < kPrevCount; ++p) {
      if (i == 0 ? p != kStartTag : p == kStartTag) continue;
      std::uint64_t pf[kMaxPair];
      const int k = PairFeatures(tokens[i], p, groups, pf);
      float* d = &pair[(i * kPrevCount + p) * T];
      for (int j = 0; j < k; ++j) {
        if (const float* w = table.Find(pf[j])) {
          for (int t = 0; t < T; ++t) d[t] += w[t];
        }
      }
    }
  }
}

namespace {

constexpr int T = kNerTagCount;
static_assert(T == 9, "Sum adds rows as 4 + 4 + 1 floats");

// A running sum of rows, T = 9 floats as 4 + 4 + 1 lanes: the same additions as a loop over t, in the same
// order for every t, so the same floats. Adding no row (null) adds nothing.
class Sum {
 public:
  using V4 = float __attribute__((vector_size(16)));
  explicit Sum(const float* w) {
    std::memcpy(&lo_, w, sizeof lo_);
    std::memcpy(&hi_, w + 4, sizeof hi_);
    last_ = w[8];
  }
  void Add(const float* w) {
    if (!w) return;
    V4 a, b;
    std::memcpy(&a, w, sizeof a);
    std::memcpy(&b, w + 4, sizeof b);
    lo_ += a;
    hi_ += b;
    last_ += w[8];
  }
  void Store(float* out) const {
    std::memcpy(out, &lo_, sizeof lo_);
    std::memcpy(out + 4, &hi_, sizeof hi_);
    out[8] = last_;
  }

 private:
  V4 lo_, hi_;
  float last_;
};

constexpr float kZeros[T] = {};

// The rows a cached word type may hold besides its LocalFeatures sum: present ones are stored one after the
// other (T floats each) in this order.
enum WordRow : int {
  kRowClusterSuffix,
  kRowCueCur,
  kRowSuffixKnown,
  kRowPrefixKnown,
  kRowNormAt,                   // + k: the word's norm seen from the token at -kOffsets[k]
  kRowBaseAt = kRowNormAt + 4,  // + k: its base
  // + previous tag (0..kStartTag): the word's finished pair scores (PairFeatures summed), stored where
  // previous tag × base has weights; elsewhere they are those of every word of its shape (WordCache::Pair).
  kRowPair = kRowBaseAt + 4,
  kWordRowCount = kRowPair + kPrevCount,
};
static_assert(kWordRowCount <= 32);

// A cached word type. In the cache's arena it is followed by its key (AppendNerWordKey) and, from rows_at on,
// its rows: one block, so that a lookup touches a few consecutive cache lines.
struct CachedWord {
  // The forms of t that ScoreWords reads; the sums, the rows and the block's layout are filled in by Store.
  explicit CachedWord(const NerToken& t)
      : norm(t.norm),
        base(t.base),
        cluster_coarse(t.cluster_coarse),
        cluster_fine(t.cluster_fine),
        type(t.type),
        length(t.length),
        cue(t.cue),
        known(t.known) {}

  float local[T] = {};     // the weights of LocalFeatures, summed in their order
  std::uint32_t rows = 0;  // WordRow bit set of the stored rows
  std::uint64_t norm = 0, base = 0;
  std::uint32_t key_size = 0, rows_at = 0;  // bytes from the start of the block
  std::uint16_t cluster_coarse = 0, cluster_fine = 0;
  std::uint8_t type = 0, length = 0, cue = 0;
  bool known = false;

  std::string_view key() const {
    return {reinterpret_cast<const char*>(this) + sizeof(CachedWord), key_size};
  }
  // The bytes of the whole block.
  std::size_t size() const { return rows_at + BitCount(rows) * T * sizeof(float); }
  // A stored row, or null.
  const float* Row(int row) const {
    if (!(rows >> row & 1u)) return nullptr;
    return reinterpret_cast<const float*>(reinterpret_cast<const char*>(this) + rows_at) +
           BitCount(rows & ((1u << row) - 1)) * T;
  }

 private:
  // Set bits (without a call to libgcc where the target has no popcount instruction).
  static std::size_t BitCount(std::uint32_t x) {
    x = x - ((x >> 1) & 0x55555555u);
    x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
    x = (x + (x >> 4)) & 0x0f0f0f0fu;
    return (x * 0x01010101u) >> 24;
  }
};

// Word types seen by this thread with the model's weights for them, and the model's small tables. Emptied
// between sentences once its blocks fill kMaxBytes (the memory is kept for the next ones), and when another
// model is used.
class WordCache {
 public:
  static constexpr std::size_t kMaxBytes = std::size_t{64} << 20;

  void Use(const NerModel::Impl& model) {
    if (model.serial != serial_) {
      serial_ = model.serial;
      model_ = &model;
      Clear();
      BuildTables();
    }
    if (bytes_ > kMaxBytes) Clear();
  }

  // The cached words of tokens, added on first sight. Valid until the next call.
  void Lookup(const std::vector<Token>& tokens, std::vector<const CachedWord*>* out) {
    const std::size_t n = tokens.size();
    // Keys and hashes first, then the index, then the blocks, each step prefetching what the next reads.
    keys_.clear();
    key_begins_.resize(n + 1);
    hashes_.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
      key_begins_[i] = keys_.size();
      AppendNerWordKey(tokens[i], &keys_);
      hashes_[i] = std::hash<std::string_view>()(std::string_view(keys_).substr(key_begins_[i]));
      __builtin_prefetch(&index_[static_cast<std::size_t>(hashes_[i]) & mask_]);
    }
    key_begins_[n] = keys_.size();
    std::vector<const CachedWord*>& found = *out;
    found.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
      found[i] = nullptr;
      for (std::size_t s = static_cast<std::size_t>(hashes_[i]) & mask_; index_[s].word;
           s = (s + 1) & mask_) {
        if (index_[s].hash == hashes_[i]) {
          found[i] = index_[s].word;
          __builtin_prefetch(found[i]);
          __builtin_prefetch(reinterpret_cast<const char*>(found[i]) + 64);
          break;
        }
      }
    }
    // Words not in the cache yet are added together, each once.
    pending_.clear();
    pending_of_.assign(n, -1);
    for (std::size_t i = 0; i < n; ++i) {
      const std::string_view key = Key(i);
      // The candidate's key decides (another word with the same hash: search on).
      if (found[i] && found[i]->key() == key) continue;
      found[i] = Find(key, hashes_[i]);
      if (found[i]) continue;
      std::size_t p = 0;
      while (p < pending_.size() &&
             !(hashes_[pending_[p].token] == hashes_[i] && Key(pending_[p].token) == key))
        ++p;
      if (p == pending_.size()) pending_.push_back({i, nullptr});
      pending_of_[i] = static_cast<int>(p);
    }
    if (pending_.empty()) return;
    AddPending(tokens);
    for (std::size_t i = 0; i < n; ++i) {
      if (pending_of_[i] >= 0) found[i] = pending_[static_cast<std::size_t>(pending_of_[i])].word;
    }
  }

  // The pair scores of a word without stored ones (WordRow kRowPair).
  const float* Pair(int prev, std::uint8_t type, std::uint8_t length) const {
    return &shape_pair_[((static_cast<std::size_t>(prev) * kTypes + type) * kLengths + length) * T];
  }
  // The model's rows of the features that take few values (zeros when the model has no weight for one).
  const float* NormAtBoundary(int k) const { return &boundary_[static_cast<std::size_t>(k) * T]; }
  const float* BaseAtBoundary(int k) const { return &boundary_[static_cast<std::size_t>(4 + k) * T]; }
  const float* GazCur(int bit) const { return &gazetteer_[static_cast<std::size_t>(bit) * T]; }
  const float* GazPrev(int bit) const { return &gazetteer_[static_cast<std::size_t>(32 + bit) * T]; }
  const float* GazNext(int bit) const { return &gazetteer_[static_cast<std::size_t>(64 + bit) * T]; }
  // Feature(kGazCurKnown, bits & 0x7ff, known), filled in on first use.
  const float* GazCurKnown(std::uint32_t bits, bool known) {
    const std::size_t i = (bits & 0x7ffu) * 2 + known;
    if (gaz_known_filled_.empty()) {
      gaz_known_filled_.assign(0x800 * 2, 0);
      gaz_known_.assign(0x800 * 2 * T, 0.0f);
    }
    if (!gaz_known_filled_[i]) {
      Fill(Feature(kGazCurKnown, bits & 0x7ffu, known), &gaz_known_[i * T]);
      gaz_known_filled_[i] = 1;
    }
    return &gaz_known_[i * T];
  }
  // Null when the value falls outside the tables (then the caller looks the feature up itself).
  const float* FirstToken(std::uint8_t type) const {
    return type < kTypes ? &first_token_[static_cast<std::size_t>(type) * T] : nullptr;
  }
  // left / right: a type, or 0xff outside the sentence.
  const float* TypeContext(std::uint64_t left, std::uint8_t type, std::uint64_t right) const {
    const std::size_t l = left == 0xff ? kTypes : static_cast<std::size_t>(left);
    const std::size_t r = right == 0xff ? kTypes : static_cast<std::size_t>(right);
    if (l > kTypes || r > kTypes || type >= kTypes) return nullptr;
    return &type_context_[((l * kTypes + type) * (kTypes + 1) + r) * T];
  }
  const float* CueAt(int k, std::uint8_t cue) const {
    return cue < kCues ? &cue_at_[(static_cast<std::size_t>(k) * kCues + cue) * T] : nullptr;
  }
  // The rows of the cluster features: Feature(kClusterCoarse / kClusterFine, cluster) of the token and
  // Feature(kClusterAt + k, cluster) of its neighbours, filled in on first use.
  const float* ClusterCoarse(std::uint64_t cluster) { return ClusterRow(4, kClusterCoarse, cluster); }
  const float* ClusterFine(std::uint64_t cluster) { return ClusterRow(5, kClusterFine, cluster); }
  const float* ClusterAt(int k, std::uint64_t cluster) {
    return ClusterRow(k, kClusterAt + static_cast<std::uint64_t>(k), cluster);
  }

 private:
  static constexpr std::size_t kTypes = 8;    // TokenType values
  static constexpr std::size_t kLengths = 9;  // length buckets 0..8
  static constexpr std::size_t kCues = 8;     // NerCueBit sets
  static constexpr std::size_t kChunkBytes = LargeTableAllocator<std::byte>::kHugePage;

  struct Slot {
    std::uint64_t hash = 0;
    const CachedWord* word = nullptr;  // null: empty
  };
  struct Pending {
    std::size_t token;       // its first token in the sentence
    const CachedWord* word;  // once added
  };
  std::string_view Key(std::size_t i) const {
    return std::string_view(keys_).substr(key_begins_[i], key_begins_[i + 1] - key_begins_[i]);
  }

  void Clear() {
    chunk_ = used_ = bytes_ = 0;
    words_ = 0;
    index_.assign(1024, Slot{});
    mask_ = index_.size() - 1;
  }

  // Room for a block of `size` bytes (a multiple of alignof(CachedWord)), in chunks that never move and are
  // reused after Clear.
  std::byte* Allocate(std::size_t size) {
    while (chunk_ < chunks_.size() && used_ + size > chunks_[chunk_].size()) {
      ++chunk_;
      used_ = 0;
    }
    if (chunk_ == chunks_.size()) {
      chunks_.emplace_back(std::max(kChunkBytes, size));
      used_ = 0;
    }
    std::byte* p = chunks_[chunk_].data() + used_;
    used_ += size;
    bytes_ += size;
    return p;
  }

  const float* ClusterRow(int table, std::uint64_t tmpl, std::uint64_t cluster) {
    std::vector<float>& rows = cluster_rows_[table];
    std::vector<std::uint8_t>& known = cluster_known_[table];
    const std::size_t c = cluster == kNoCluster ? 0 : static_cast<std::size_t>(cluster) + 1;
    if (c >= known.size()) {
      known.resize(c + 1, 0);
      rows.resize((c + 1) * T, 0.0f);
    }
    if (!known[c]) {
      Fill(Feature(tmpl, cluster), &rows[c * T]);
      known[c] = 1;
    }
    return &rows[c * T];
  }

  const CachedWord* Find(std::string_view key, std::uint64_t hash) const {
    for (std::size_t s = static_cast<std::size_t>(hash) & mask_; index_[s].word; s = (s + 1) & mask_) {
      if (index_[s].hash == hash && index_[s].word->key() == key) return index_[s].word;
    }
    return nullptr;
  }

  // Copies the row of feature f to dst (zeros when the model does not have it).
  void Fill(std::uint64_t f, float* dst) const {
    const float* w = model_->table.Find(f);
    for (int t = 0; t < T; ++t) dst[t] = w ? w[t] : 0.0f;
  }

  // The pair scores for previous tag p of a word of this shape whose previous tag × base row is ptb (or
  // null): PairFeatures' rows summed in their order.
  void PairRow(int p, const float* ptb, std::uint8_t type, std::uint8_t length, float* out) const {
    const std::uint32_t groups = model_->groups;
    Sum d(&transition_[static_cast<std::size_t>(p) * T]);
    if (groups & kNerPrevTag) d.Add(ptb);
    if (groups & kNerConj) {
      d.Add(type < kTypes && length < kLengths
                ? &prev_shape_[((static_cast<std::size_t>(p) * kTypes + type) * kLengths + length) * T]
                : model_->table.Find(Feature(kPrevTagShape, static_cast<std::uint64_t>(p),
                                             (static_cast<std::uint64_t>(type) << 8) | length)));
    }
    d.Store(out);
  }

  // Adds the pending words: all their features are hashed, then looked up in steps with prefetching.
  void AddPending(const std::vector<Token>& tokens) {
    const WeightTable& table = model_->table;
    const std::uint32_t groups = model_->groups;
    constexpr std::size_t kRowFeatures = kWordRowCount;
    ner_tokens_.clear();
    feats_.clear();
    local_ends_.clear();
    for (const Pending& pending : pending_) {
      const NerToken t = MakeNerToken(tokens[pending.token]);
      ner_tokens_.push_back(t);
      LocalFeatures(t, groups, &feats_);
      local_ends_.push_back(feats_.size());
      // One feature per WordRow, 0 where EmissionFeatures / PairFeatures have none.
      const std::size_t r = feats_.size();
      feats_.resize(r + kRowFeatures, 0);
      std::uint64_t* f = &feats_[r];
      if ((groups & kNerCluster) && !t.cluster_fine)
        f[kRowClusterSuffix] = Feature(kClusterSuffix, t.suffix[1]);
      if ((groups & kNerCue) && t.cue) f[kRowCueCur] = Feature(kCueCur, t.cue);
      if (groups & kNerConj) {
        if (t.suffix[1]) f[kRowSuffixKnown] = Feature(kSuffixKnown, t.suffix[1], t.known);
        if (t.prefix[1]) f[kRowPrefixKnown] = Feature(kPrefixKnown, t.prefix[1], t.known);
      }
      if (groups & kNerContext) {
        for (std::size_t k = 0; k < 4; ++k) {
          f[kRowNormAt + k] = Feature(kNormAt + k, t.norm);
          f[kRowBaseAt + k] = Feature(kBaseAt + k, t.base);
        }
      }
      if (groups & kNerPrevTag) {
        for (std::size_t p = 0; p < kPrevCount; ++p) f[kRowPair + p] = Feature(kPrevTagBase, p, t.base);
      }
    }
    for (std::uint64_t f : feats_) {
      if (f) table.PrefetchProbe(f);
    }
    probes_.resize(feats_.size());
    for (std::size_t j = 0; j < feats_.size(); ++j) {
      probes_[j] = feats_[j] ? table.Probe(feats_[j]) : WeightTable::kAbsent;
      if (probes_[j] != WeightTable::kAbsent) table.PrefetchSlot(probes_[j]);
    }
    found_rows_.resize(feats_.size());
    for (std::size_t j = 0; j < feats_.size(); ++j) {
      found_rows_[j] = probes_[j] == WeightTable::kAbsent ? nullptr : table.Resolve(feats_[j], probes_[j]);
    }
    std::size_t begin = 0;
    for (std::size_t w = 0; w < pending_.size(); ++w) {
      const std::size_t local_end = local_ends_[w];
      Sum local(kZeros);
      for (std::size_t j = begin; j < local_end; ++j) local.Add(found_rows_[j]);
      pending_[w].word = Store(ner_tokens_[w], Key(pending_[w].token), hashes_[pending_[w].token], local,
                               &found_rows_[local_end]);
      begin = local_end + kRowFeatures;
    }
  }

  // Writes a word's block and indexes it; rows: the WordRow features' rows (null where absent).
  const CachedWord* Store(const NerToken& t, std::string_view key, std::uint64_t hash, const Sum& local,
                          const float* const* rows) {
    CachedWord w(t);
    local.Store(w.local);
    w.key_size = static_cast<std::uint32_t>(key.size());
    w.rows_at = static_cast<std::uint32_t>((sizeof(CachedWord) + key.size() + 3) / 4 * 4);
    row_data_.clear();
    for (int r = 0; r < kRowPair; ++r) {
      if (!rows[r]) continue;
      w.rows |= 1u << r;
      row_data_.insert(row_data_.end(), rows[r], rows[r] + T);
    }
    // Pair scores: stored where previous tag × base has weights, and for a shape the tables lack.
    const bool shape_in_tables = t.type < kTypes && t.length < kLengths;
    for (int p = 0; p < kPrevCount; ++p) {
      const float* ptb = rows[kRowPair + p];
      if (ptb == nullptr && shape_in_tables) continue;
      w.rows |= 1u << (kRowPair + p);
      row_data_.resize(row_data_.size() + T);
      PairRow(p, ptb, t.type, t.length, &row_data_[row_data_.size() - T]);
    }
    const std::size_t size = w.rows_at + row_data_.size() * sizeof(float);
    std::byte* p = Allocate((size + alignof(CachedWord) - 1) / alignof(CachedWord) * alignof(CachedWord));
    const CachedWord* word = new (p) CachedWord(w);
    std::memcpy(p + sizeof(CachedWord), key.data(), key.size());
    if (!row_data_.empty()) std::memcpy(p + w.rows_at, row_data_.data(), row_data_.size() * sizeof(float));

    std::size_t s = static_cast<std::size_t>(hash) & mask_;
    while (index_[s].word) s = (s + 1) & mask_;
    index_[s] = {hash, word};
    if (++words_ * 2 > index_.size()) {
      LargeVector<Slot> old = std::move(index_);
      index_.assign(old.size() * 2, Slot{});
      mask_ = index_.size() - 1;
      for (const Slot& o : old) {
        if (!o.word) continue;
        std::size_t i = static_cast<std::size_t>(o.hash) & mask_;
        while (index_[i].word) i = (i + 1) & mask_;
        index_[i] = o;
      }
    }
    return word;
  }

  void BuildTables() {
    transition_.assign(kPrevCount * T, 0.0f);
    for (std::size_t p = 0; p < kPrevCount; ++p) Fill(Feature(kTransition, p), &transition_[p * T]);
    prev_shape_.assign(kPrevCount * kTypes * kLengths * T, 0.0f);
    for (std::size_t p = 0; p < kPrevCount; ++p) {
      for (std::size_t type = 0; type < kTypes; ++type) {
        for (std::size_t length = 0; length < kLengths; ++length) {
          Fill(Feature(kPrevTagShape, p, (type << 8) | length),
               &prev_shape_[((p * kTypes + type) * kLengths + length) * T]);
        }
      }
    }
    shape_pair_.assign(kPrevCount * kTypes * kLengths * T, 0.0f);
    for (int p = 0; p < kPrevCount; ++p) {
      for (std::size_t type = 0; type < kTypes; ++type) {
        for (std::size_t length = 0; length < kLengths; ++length) {
          PairRow(p, nullptr, static_cast<std::uint8_t>(type), static_cast<std::uint8_t>(length),
                  &shape_pair_[((static_cast<std::size_t>(p) * kTypes + type) * kLengths + length) * T]);
        }
      }
    }
    boundary_.assign(8 * T, 0.0f);
    for (std::size_t k = 0; k < 4; ++k) {
      Fill(Feature(kNormAt + k, kBoundary), &boundary_[k * T]);
      Fill(Feature(kBaseAt + k, kBoundary), &boundary_[(4 + k) * T]);
    }
    gazetteer_.assign(96 * T, 0.0f);
    for (std::size_t b = 0; b < 32; ++b) {
      Fill(Feature(kGazCur, b), &gazetteer_[b * T]);
      Fill(Feature(kGazPrev, b), &gazetteer_[(32 + b) * T]);
      Fill(Feature(kGazNext, b), &gazetteer_[(64 + b) * T]);
    }
    first_token_.assign(kTypes * T, 0.0f);
    for (std::size_t type = 0; type < kTypes; ++type)
      Fill(Feature(kFirstToken, type), &first_token_[type * T]);
    type_context_.assign((kTypes + 1) * kTypes * (kTypes + 1) * T, 0.0f);
    for (std::size_t l = 0; l <= kTypes; ++l) {
      for (std::size_t type = 0; type < kTypes; ++type) {
        for (std::size_t r = 0; r <= kTypes; ++r) {
          const std::uint64_t left = l == kTypes ? 0xff : l, right = r == kTypes ? 0xff : r;
          Fill(Feature(kTypeContext, (left << 16) | (type << 8) | right),
               &type_context_[((l * kTypes + type) * (kTypes + 1) + r) * T]);
        }
      }
    }
    cue_at_.assign(4 * kCues * T, 0.0f);
    for (std::size_t k = 0; k < 4; ++k) {
      for (std::size_t c = 0; c < kCues; ++c) Fill(Feature(kCueAt + k, c), &cue_at_[(k * kCues + c) * T]);
    }
    for (int k = 0; k < 6; ++k) {
      cluster_rows_[k].clear();
      cluster_known_[k].clear();
    }
    gaz_known_.clear();
    gaz_known_filled_.clear();
  }

  std::uint64_t serial_ = 0;
  const NerModel::Impl* model_ = nullptr;
  std::vector<LargeVector<std::byte>> chunks_;    // the words' blocks
  std::size_t chunk_ = 0, used_ = 0, bytes_ = 0;  // the chunk being filled, bytes used in it and in all
  std::size_t words_ = 0;
  LargeVector<Slot> index_;
  std::size_t mask_ = 0;
  // Scratch.
  std::string keys_;
  std::vector<std::size_t> key_begins_;
  std::vector<std::uint64_t> hashes_;
  std::vector<Pending> pending_;
  std::vector<int> pending_of_;
  std::vector<NerToken> ner_tokens_;
  std::vector<std::uint64_t> feats_;
  std::vector<std::size_t> local_ends_, probes_;
  std::vector<const float*> found_rows_;
  std::vector<float> row_data_;
  // The model's tables.
  std::vector<float> transition_, prev_shape_, shape_pair_, boundary_, gazetteer_, first_token_,
      type_context_, cue_at_;
  std::vector<float> cluster_rows_[6];  // ClusterAt(0..3), ClusterCoarse, ClusterFine
  std::vector<std::uint8_t> cluster_known_[6];
  std::vector<float> gaz_known_;
  std::vector<std::uint8_t> gaz_known_filled_;
};

WordCache& ThreadCache() {
  thread_local WordCache cache;
  return cache;
}

// The features that pair a token with a neighbour, looked up per token (at most this many per token).
constexpr int kLive = 7;

}  // namespace

namespace {

// CachedScores once the words are looked up.
void ScoreWords(const NerModel::Impl& model, WordCache& cache, const std::vector<const CachedWord*>& words,
                const std::vector<std::uint32_t>& gazetteer, std::vector<float>* emit_out,
                std::vector<float>* pair_out) {
  const std::size_t n = words.size();
  const std::uint32_t groups = model.groups;
  const WeightTable& table = model.table;
  thread_local std::vector<std::uint64_t> live;
  thread_local std::vector<std::size_t> probes;
  thread_local std::vector<const float*> live_rows;

  auto gaz = [&](std::size_t i) -> std::uint32_t { return gazetteer.empty() ? 0 : gazetteer[i]; };
  auto word_at = [&](std::size_t i, std::ptrdiff_t d) -> const CachedWord* {
    const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + d;
    return j < 0 || j >= static_cast<std::ptrdiff_t>(n) ? nullptr : words[static_cast<std::size_t>(j)];
  };
  auto norm_at = [&](std::size_t i, std::ptrdiff_t d) -> std::uint64_t {
    const CachedWord* o = word_at(i, d);
    return o ? o->norm : kBoundary;
  };
  auto base_at = [&](std::size_t i, std::ptrdiff_t d) -> std::uint64_t {
    const CachedWord* o = word_at(i, d);
    return o ? o->base : kBoundary;
  };
  auto cluster_at = [&](std::size_t i, std::ptrdiff_t d, bool fine) -> std::uint64_t {
    const CachedWord* o = word_at(i, d);
    return !o ? kNoCluster : fine ? o->cluster_fine : o->cluster_coarse;
  };

  // The features that pair a token with a neighbour, spread over the whole table: hashed for the whole
  // sentence first, then looked up in steps with prefetching. 0 where EmissionFeatures has no such feature.
  live.assign(n * kLive, 0);
  for (std::size_t i = 0; i < n; ++i) {
    const CachedWord& t = *words[i];
    std::uint64_t* f = &live[i * kLive];
    if (groups & kNerContext) {
      f[0] = Feature(kBigramLeft, norm_at(i, -1), t.norm);
      f[1] = Feature(kBigramRight, t.norm, norm_at(i, 1));
      f[2] = Feature(kBaseBigramLeft, base_at(i, -1), t.base);
    }
    if (groups & kNerCluster) {
      f[3] = Feature(kClusterLeft, cluster_at(i, -1, true), t.cluster_fine);
      f[4] = Feature(kClusterRight, t.cluster_fine, cluster_at(i, 1, true));
      f[5] = Feature(kNormNextCluster, t.base, cluster_at(i, 1, false));
    }
    if (groups & kNerConj) f[6] = Feature(kBaseBigramRight, t.base, base_at(i, 1));
    for (int j = 0; j < kLive; ++j) {
      if (f[j]) table.PrefetchProbe(f[j]);
    }
    // The rest of the word's block (its first two lines were prefetched by Lookup).
    for (std::size_t line = 128; line < t.size(); line += 64)
      __builtin_prefetch(reinterpret_cast<const char*>(&t) + line);
  }
  std::vector<float>& emit = *emit_out;
  std::vector<float>& pair = *pair_out;
  emit.resize(n * T);
  pair.resize(n * kPrevCount * T);
  // While those lines load: the emission sums up to the first pair feature (LocalFeatures, then the context
  // words), kept in emit and taken up again below; the float in emit is the float of the sum.
  for (std::size_t i = 0; i < n; ++i) {
    Sum e(words[i]->local);
    if (groups & kNerContext) {
      for (int k = 0; k < 4; ++k) {
        const CachedWord* o = word_at(i, kOffsets[k]);
        e.Add(o ? o->Row(kRowNormAt + k) : cache.NormAtBoundary(k));
        e.Add(o ? o->Row(kRowBaseAt + k) : cache.BaseAtBoundary(k));
      }
    }
    e.Store(&emit[i * T]);
  }
  probes.resize(n * kLive);
  for (std::size_t j = 0; j < n * kLive; ++j) {
    probes[j] = live[j] ? table.Probe(live[j]) : WeightTable::kAbsent;
    if (probes[j] != WeightTable::kAbsent) table.PrefetchSlot(probes[j]);
  }
  // And while those load: PairFeatures, summed once per word (or per shape); zeros where Viterbi reads
  // nothing.
  for (std::size_t i = 0; i < n; ++i) {
    const CachedWord& t = *words[i];
    for (int p = 0; p < kPrevCount; ++p) {
      float* out = &pair[(i * kPrevCount + static_cast<std::size_t>(p)) * T];
      if (i == 0 ? p != kStartTag : p == kStartTag) {
        std::fill_n(out, T, 0.0f);
        continue;
      }
      const float* row = t.Row(kRowPair + p);
      std::memcpy(out, row ? row : cache.Pair(p, t.type, t.length), T * sizeof(float));
    }
  }
  live_rows.assign(n * kLive, nullptr);
  for (std::size_t j = 0; j < n * kLive; ++j) {
    if (probes[j] == WeightTable::kAbsent) continue;
    live_rows[j] = table.Resolve(live[j], probes[j]);
    if (live_rows[j]) __builtin_prefetch(live_rows[j]);
  }

  for (std::size_t i = 0; i < n; ++i) {
    const CachedWord& t = *words[i];
    const float* const* lr = &live_rows[i * kLive];
    Sum e(&emit[i * T]);
    // The order of EmissionFeatures from the first pair feature on.
    if (groups & kNerContext) {
      e.Add(lr[0]);
      e.Add(lr[1]);
      e.Add(lr[2]);
    }
    if (groups & kNerCluster) {
      e.Add(cache.ClusterCoarse(t.cluster_coarse));
      e.Add(cache.ClusterFine(t.cluster_fine));
      e.Add(t.Row(kRowClusterSuffix));
      for (int k = 0; k < 4; ++k) {
        const bool fine = kOffsets[k] == -1 || kOffsets[k] == 1;
        e.Add(cache.ClusterAt(k, cluster_at(i, kOffsets[k], fine)));
      }
      e.Add(lr[3]);
      e.Add(lr[4]);
      e.Add(lr[5]);
    }
    if (groups & kNerCue) {
      e.Add(t.Row(kRowCueCur));
      for (int k = 0; k < 4; ++k) {
        const CachedWord* o = word_at(i, kOffsets[k]);
        if (!o || !o->cue) continue;
        const float* w = cache.CueAt(k, o->cue);
        e.Add(w ? w : table.Find(Feature(kCueAt + static_cast<std::uint64_t>(k), o->cue)));
      }
    }
    if (groups & kNerConj) {
      e.Add(lr[6]);
      if (i == 0) {
        const float* w = cache.FirstToken(t.type);
        e.Add(w ? w : table.Find(Feature(kFirstToken, t.type)));
      }
      const std::uint64_t left = i > 0 ? words[i - 1]->type : 0xff,
                          right = i + 1 < n ? words[i + 1]->type : 0xff;
      const float* w = cache.TypeContext(left, t.type, right);
      e.Add(w ? w : table.Find(Feature(kTypeContext, (left << 16) | (std::uint64_t{t.type} << 8) | right)));
      e.Add(t.Row(kRowSuffixKnown));
      e.Add(t.Row(kRowPrefixKnown));
    }
    if (groups & kNerGazetteer) {
      for (std::uint32_t bits = gaz(i); bits; bits &= bits - 1) e.Add(cache.GazCur(__builtin_ctz(bits)));
      if (gaz(i)) e.Add(cache.GazCurKnown(gaz(i), t.known));
      if (i > 0) {
        for (std::uint32_t bits = gaz(i - 1) & kGazSpanBits; bits; bits &= bits - 1) {
          e.Add(cache.GazPrev(__builtin_ctz(bits)));
        }
      }
      if (i + 1 < n) {
        for (std::uint32_t bits = gaz(i + 1) & kGazSpanBits; bits; bits &= bits - 1) {
          e.Add(cache.GazNext(__builtin_ctz(bits)));
        }
      }
    }
    e.Store(&emit[i * T]);
  }
}

}  // namespace

void CachedScores(const NerModel::Impl& model, const std::vector<Token>& tokens,
                  const std::vector<std::uint32_t>& gazetteer, std::vector<float>* emit,
                  std::vector<float>* pair, std::vector<std::uint64_t>* history_keys) {
  thread_local std::vector<const CachedWord*> words;
  WordCache& cache = ThreadCache();
  cache.Use(model);
  cache.Lookup(tokens, &words);
  ScoreWords(model, cache, words, gazetteer, emit, pair);
  if (history_keys) {
    history_keys->resize(words.size());
    for (std::size_t i = 0; i < words.size(); ++i) {
      (*history_keys)[i] = HistoryKey(words[i]->type, words[i]->base);
    }
  }
}

}  // namespace ner_internal

void NerModel::TagIds(const std::vector<NerToken>& tokens, std::vector<int>* out) const {
  TagIds(tokens, nullptr, out);
}

namespace {

// The history's part of tagging a sentence: its features added to the emission scores before decoding
// (when the model has them), and the decoded tags recorded after.
class HistoryStep {
 public:
  HistoryStep(const NerModel::Impl& model, NerHistory* history)
      : model_(model), history_(history), use_(history && (model.groups & kNerHistory)) {}
  // key_of(i): the HistoryKey of token i.
  template <typename KeyOf>
  void Score(std::size_t n, KeyOf key_of, float* emit) {
    if (!history_) return;
    keys_.resize(n);
    for (std::size_t i = 0; i < n; ++i) keys_[i] = key_of(i);
    if (use_) ner_internal::AddHistoryScores(model_.table, keys_.data(), n, *history_, emit);
  }
  void Record(const std::vector<int>& tags) {
    if (history_) history_->Add(keys_.data(), tags.data(), tags.size());
  }

 private:
  const NerModel::Impl& model_;
  NerHistory* history_;
  bool use_;
  static thread_local std::vector<std::uint64_t> keys_;
};
thread_local std::vector<std::uint64_t> HistoryStep::keys_;

}  // namespace

void NerModel::TagIds(const std::vector<NerToken>& tokens, NerHistory* history, std::vector<int>* out) const {
  thread_local std::vector<float> emit, pair;
  ner_internal::Scores(*impl_, tokens, &emit, &pair);
  HistoryStep step(*impl_, history);
  step.Score(
      tokens.size(), [&](std::size_t i) { return ner_internal::HistoryKey(tokens[i].type, tokens[i].base); },
      emit.data());
  ner_internal::Viterbi(tokens.size(), emit.data(), pair.data(), out);
  step.Record(*out);
}

std::vector<NerSpan> NerModel::TagSentence(const std::vector<Token>& tokens, const Lexicon* lexicon,
                                           const std::vector<Lexicon::Match>* matches,
                                           NerHistory* history) const {
  thread_local std::vector<Lexicon::Match> found;
  thread_local std::vector<std::uint32_t> gazetteer;
  thread_local std::vector<float> emit, pair;
  thread_local std::vector<int> ids;
  thread_local std::vector<std::uint64_t> keys;
  gazetteer.clear();
  if (lexicon) {
    if (!matches) {
      lexicon->LongestMatches(tokens, &found);
      matches = &found;
    }
    ner_internal::GazetteerBits(tokens, *lexicon, *matches, &gazetteer);
  }
  ner_internal::CachedScores(*impl_, tokens, gazetteer, &emit, &pair, history ? &keys : nullptr);
  HistoryStep step(*impl_, history);
  step.Score(
      tokens.size(), [&](std::size_t i) { return keys[i]; }, emit.data());
  ner_internal::Viterbi(tokens.size(), emit.data(), pair.data(), &ids);
  step.Record(ids);
  // BioToSpans over the tags.
  static constexpr const char* kTypes[4] = {"PER", "LOC", "ORG", "MISC"};
  std::vector<NerSpan> spans;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const int id = ids[i];
    if (id == 0) continue;
    const char* type = kTypes[(id - 1) / 2];
    if (id % 2 == 0 && !spans.empty() && spans.back().end == i && spans.back().type == type) {
      spans.back().end = i + 1;
    } else {
      spans.push_back(NerSpan{i, i + 1, type});
    }
  }
  return spans;
}

std::vector<std::string> NerModel::Tag(const std::vector<NerToken>& tokens, NerHistory* history) const {
  std::vector<int> ids;
  TagIds(tokens, history, &ids);
  std::vector<std::string> out;
  out.reserve(ids.size());
  for (int id : ids) out.push_back(NerTags()[id]);
  return out;
}

namespace {

constexpr char kMagic[8] = {'M', 'R', 'S', 'D', 'N', 'E', 'R', '\0'};
constexpr std::uint32_t kVersion = 1;

std::uint64_t Fnv(const std::string& bytes, std::size_t n) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (std::size_t i = 0; i < n; ++i) {
    h ^= static_cast<unsigned char>(bytes[i]);
    h *= 0x100000001b3ULL;
  }
  return h;
}

template <typename T>
void Put(std::string& out, T value) {
  static_assert(std::is_integral_v<T>);
  for (std::size_t i = 0; i < sizeof(T); ++i)
    out += static_cast<char>((static_cast<std::uint64_t>(value) >> (8 * i)) & 0xff);
}

class Reader {
 public:
  Reader(const std::string& bytes, std::size_t end) : bytes_(bytes), end_(end) {}
  template <typename T>
  bool Get(T* value) {
    if (pos_ + sizeof(T) > end_) return false;
    std::uint64_t v = 0;
    for (std::size_t i = 0; i < sizeof(T); ++i) {
      v |= static_cast<std::uint64_t>(static_cast<unsigned char>(bytes_[pos_ + i])) << (8 * i);
    }
    pos_ += sizeof(T);
    *value = static_cast<T>(v);
    return true;
  }
  std::size_t pos() const { return pos_; }

 private:
  const std::string& bytes_;
  std::size_t end_;
  std::size_t pos_ = 0;
};

}  // namespace

Status NerModel::Save(const std::string& path) const {
  const auto& keys = impl_->table.keys();
  const auto& rows = impl_->table.rows();
  std::vector<std::size_t> order(keys.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });
  std::string out(kMagic, sizeof(kMagic));
  Put(out, kVersion);
  Put(out, impl_->groups);
  Put(out, static_cast<std::uint32_t>(kNerTagCount));
  Put(out, impl_->history_window);
  std::string body;
  std::uint64_t count = 0;
  for (std::size_t r : order) {
    std::uint16_t mask = 0;
    for (int t = 0; t < kNerTagCount; ++t) {
      if (rows[r * kNerTagCount + t] != 0.0f) mask = static_cast<std::uint16_t>(mask | (1u << t));
    }
    if (!mask) continue;
    ++count;
    Put(body, keys[r]);
    Put(body, mask);
    for (int t = 0; t < kNerTagCount; ++t) {
      if (mask & (1u << t)) Put(body, std::bit_cast<std::uint32_t>(rows[r * kNerTagCount + t]));
    }
  }
  Put(out, count);
  out += body;
  Put(out, Fnv(out, out.size()));
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  if (!file) return Status::IOError("cannot write " + path);
  file.write(out.data(), static_cast<std::streamsize>(out.size()));
  file.close();
  if (!file) return Status::IOError("error writing " + path);
  return Status::OK();
}

Status NerModel::Load(const std::string& path, std::unique_ptr<NerModel>* model) {
  std::ifstream file(path, std::ios::binary);
  if (!file) return Status::NotFound("cannot open NER model " + path);
  std::ostringstream ss;
  ss << file.rdbuf();
  const std::string bytes = ss.str();
  if (bytes.size() < 40 || std::memcmp(bytes.data(), kMagic, sizeof(kMagic)) != 0) {
    return Status::Corruption(path + ": not a Marsad NER model (bad magic)");
  }
  const std::size_t end = bytes.size() - 8;
  std::uint64_t checksum = 0;
  for (int i = 0; i < 8; ++i) {
    checksum |= static_cast<std::uint64_t>(static_cast<unsigned char>(bytes[end + i])) << (8 * i);
  }
  if (checksum != Fnv(bytes, end)) return Status::Corruption(path + ": checksum mismatch (truncated file?)");
  Reader r(bytes, end);
  char magic[8];
  for (char& c : magic) r.Get(&c);
  std::uint32_t version = 0, groups = 0, tags = 0, window = 0;
  std::uint64_t count = 0;
  r.Get(&version);
  if (version != kVersion) {
    return Status::Unsupported(path + ": NER model version " + std::to_string(version) + " (expected " +
                               std::to_string(kVersion) + ")");
  }
  r.Get(&groups);
  r.Get(&tags);
  r.Get(&window);
  r.Get(&count);
  if (tags != static_cast<std::uint32_t>(kNerTagCount)) {
    return Status::Corruption(path + ": unexpected tag count " + std::to_string(tags));
  }
  if (count > (end - r.pos()) / 12) return Status::Corruption(path + ": feature count larger than the file");
  std::vector<std::uint64_t> keys(count);
  std::vector<float> rows(count * kNerTagCount, 0.0f);
  std::uint64_t last = 0;
  for (std::uint64_t i = 0; i < count; ++i) {
    std::uint16_t mask = 0;
    if (!r.Get(&keys[i]) || !r.Get(&mask)) return Status::Corruption(path + ": truncated record");
    if (keys[i] == 0 || (i > 0 && keys[i] <= last) || mask >= (1u << kNerTagCount)) {
      return Status::Corruption(path + ": bad record " + std::to_string(i));
    }
    last = keys[i];
    for (int t = 0; t < kNerTagCount; ++t) {
      if (!(mask & (1u << t))) continue;
      std::uint32_t bits = 0;
      if (!r.Get(&bits)) return Status::Corruption(path + ": truncated record");
      rows[i * kNerTagCount + t] = std::bit_cast<float>(bits);
    }
  }
  if (r.pos() != end) return Status::Corruption(path + ": trailing bytes after the records");
  auto impl = std::make_unique<Impl>();
  impl->groups = groups;
  impl->history_window = window;
  impl->table.Build(std::move(keys), std::move(rows));
  *model = std::make_unique<NerModel>(std::move(impl));
  return Status::OK();
}

}  // namespace marsad
