// The document history of the named-entity tagger (NerHistory) and the features it gives.
//
// ANERcorp and news articles name the same car maker, club or party again and again within a document, most
// of the time in a weaker context than the first mention ("أعلنت شركة نيسان" once, then "نيسان" alone).
// The history remembers, per word, how often the tagger gave it each tag in the last sentences; a token whose
// word was mostly tagged B-ORG before gets features saying so, and the model learns how far to trust them.
// The word is its clitic-free base (و+نيسان, ل+نيسان are one word), and only words of letters are recorded:
// numbers and punctuation would only add noise.
//
// Counts are kept in an open-addressing table (key → tag counts) updated as sentences enter and leave the
// window, so looking a word up costs one probe whatever the window.
#include <algorithm>
#include <cstring>
#include <deque>
#include <utility>
#include <vector>

#include "marsad/ner.h"
#include "ner/ner_internal.h"

namespace marsad {

using ner_internal::kNerTagCount;

struct NerHistory::Impl {
  struct Slot {
    std::uint64_t key = 0;  // 0: empty
    std::uint16_t counts[kNerTagCount] = {};
  };
  std::size_t window = 0;
  std::deque<std::vector<std::pair<std::uint64_t, int>>> sentences;
  std::vector<Slot> slots;
  std::size_t used = 0;  // slots with a key (some may hold only zeros after their sentences left)

  Slot* Find(std::uint64_t key) {
    const std::size_t mask = slots.size() - 1;
    for (std::size_t i = ner_internal::Mix(key) & mask;; i = (i + 1) & mask) {
      if (slots[i].key == key) return &slots[i];
      if (slots[i].key == 0) return nullptr;
    }
  }
  Slot* Insert(std::uint64_t key) {
    if ((used + 1) * 2 > slots.size()) Rehash();
    const std::size_t mask = slots.size() - 1;
    std::size_t i = ner_internal::Mix(key) & mask;
    while (slots[i].key != 0 && slots[i].key != key) i = (i + 1) & mask;
    if (slots[i].key == 0) {
      slots[i].key = key;
      ++used;
    }
    return &slots[i];
  }
  // Grows the table, or drops the words whose sentences all left the window.
  void Rehash() {
    std::vector<Slot> live;
    for (const Slot& s : slots) {
      if (s.key == 0) continue;
      bool any = false;
      for (std::uint16_t c : s.counts) any |= c != 0;
      if (any) live.push_back(s);
    }
    std::size_t size = 64;
    while (size < (live.size() + 1) * 4) size <<= 1;
    slots.assign(size, Slot{});
    used = 0;
    for (const Slot& s : live) *Insert(s.key) = s;
  }
};

NerHistory::NerHistory(std::size_t window) : impl_(std::make_unique<Impl>()) {
  impl_->window = window;
  impl_->slots.assign(64, Impl::Slot{});
}
NerHistory::~NerHistory() = default;
NerHistory::NerHistory(NerHistory&&) noexcept = default;
NerHistory& NerHistory::operator=(NerHistory&&) noexcept = default;

void NerHistory::Clear() {
  impl_->sentences.clear();
  impl_->slots.assign(64, Impl::Slot{});
  impl_->used = 0;
}

const std::uint16_t* NerHistory::Counts(std::uint64_t key) const {
  if (key == 0) return nullptr;
  const Impl::Slot* s = impl_->Find(key);
  if (!s) return nullptr;
  for (std::uint16_t c : s->counts) {
    if (c) return s->counts;
  }
  return nullptr;
}

void NerHistory::Add(const std::uint64_t* keys, const int* tags, std::size_t n) {
  Impl& h = *impl_;
  if (h.window == 0) return;
  if (h.sentences.size() == h.window) {
    for (const auto& [key, tag] : h.sentences.front()) --h.Find(key)->counts[tag];
    h.sentences.pop_front();
  }
  std::vector<std::pair<std::uint64_t, int>> recorded;
  for (std::size_t i = 0; i < n; ++i) {
    if (keys[i] == 0) continue;
    std::uint16_t& c = h.Insert(keys[i])->counts[tags[i]];
    if (c < UINT16_MAX) {
      ++c;
      recorded.emplace_back(keys[i], tags[i]);
    }
  }
  h.sentences.push_back(std::move(recorded));
}

namespace ner_internal {

namespace {

// The features of one word from its tag counts (null: not in the history), written to out[0..kMaxHistory).
void WordFeatures(const std::uint16_t* counts, std::uint64_t* out) {
  if (!counts) return;
  // Entity counts per type (B and I together) and the most frequent entity tag.
  unsigned by_type[4] = {0, 0, 0, 0}, entity = 0;
  int tag = 0;
  for (int t = 1; t < kNerTagCount; ++t) {
    by_type[(t - 1) / 2] += counts[t];
    entity += counts[t];
    if (counts[t] > (tag ? counts[tag] : 0u)) tag = t;
  }
  if (entity == 0) {
    out[0] = Feature(kHistType, 0);  // seen, never as a name (it helps: without it CV 77.70 against 78.20)
    return;
  }
  int type = 0;
  for (int k = 1; k < 4; ++k) {
    if (by_type[k] > by_type[type]) type = k;
  }
  // How consistently: always a name, mostly, or only sometimes.
  const unsigned other = counts[0];
  const std::uint64_t share = other == 0 ? 0 : entity >= other ? 1 : 2;
  out[0] = Feature(kHistType, static_cast<std::uint64_t>(type + 1), share);
  out[1] = Feature(kHistTag, static_cast<std::uint64_t>(tag));  // B-X or I-X: a first name or a surname
}

}  // namespace

void HistoryFeatures(const NerHistory& history, const std::uint64_t* keys, std::size_t n,
                     std::vector<std::uint64_t>* out) {
  out->assign(n * kMaxHistory, 0);
  for (std::size_t i = 0; i < n; ++i) WordFeatures(history.Counts(keys[i]), &(*out)[i * kMaxHistory]);
}

std::vector<std::uint64_t> AllHistoryFeatures() {
  std::vector<std::uint64_t> all = {Feature(kHistType, 0)};
  for (std::uint64_t type = 1; type <= 4; ++type) {
    for (std::uint64_t share = 0; share < 3; ++share) all.push_back(Feature(kHistType, type, share));
  }
  for (std::uint64_t tag = 1; tag < kNerTagCount; ++tag) all.push_back(Feature(kHistTag, tag));
  return all;
}

void AddHistoryScores(const WeightTable& table, const std::uint64_t* keys, std::size_t n,
                      const NerHistory& history, float* emit) {
  thread_local std::vector<std::uint64_t> feats;
  HistoryFeatures(history, keys, n, &feats);
  for (std::size_t i = 0; i < n; ++i) {
    float* e = &emit[i * kNerTagCount];
    for (int j = 0; j < kMaxHistory; ++j) {
      const std::uint64_t f = feats[i * kMaxHistory + j];
      if (!f) continue;
      if (const float* w = table.Find(f)) {
        for (int t = 0; t < kNerTagCount; ++t) e[t] += w[t];
      }
    }
  }
}

}  // namespace ner_internal

}  // namespace marsad
