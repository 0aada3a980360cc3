// Training the named-entity tagger: an averaged structured perceptron (Collins 2002) over first-order
// Viterbi.
//
// Every feature hash seen in the training sentences gets a dense id once, before the first epoch, so the
// epochs run over arrays of ids instead of hash lookups. A sentence whose best path differs from the gold
// path moves weight from the predicted path's features to the gold path's (only at the positions, and for
// the pair features only on the edges, where the two differ). Averaging uses the usual lazy trick: next to
// the weights w keep u = Σ c·Δ, where c counts the sentences seen; the averaged weights are w − u/c.
//
// Sentences are visited in an order shuffled per epoch by a Fisher-Yates shuffle driven by mt19937_64 with
// the given seed (both fully specified by the standard), so the same data and options give the same model.
// After each epoch the averaged, pruned weights are scored on the dev set with the runtime's own decoder;
// the best epoch's model is kept.
#include <chrono>
#include <cmath>
#include <random>
#include <unordered_map>

#include "marsad/ner.h"
#include "ner/ner_internal.h"

namespace marsad {

using ner_internal::kMaxHistory;
using ner_internal::kMaxPair;
using ner_internal::kNerTagCount;
using ner_internal::kPrevCount;
using ner_internal::kStartTag;

namespace {

constexpr int T = kNerTagCount;

struct Compiled {
  std::vector<std::uint32_t> emit_begin;  // n + 1 offsets into emit_ids
  std::vector<std::uint32_t> emit_ids;
  std::vector<std::uint32_t> pair_ids;  // (i * kPrevCount + p) * kMaxPair + k; UINT32_MAX when absent
  std::vector<int> tags;
  std::vector<std::uint64_t> history_keys;  // HistoryKey of every token (with the history group)
};

class Dictionary {
 public:
  std::uint32_t Id(std::uint64_t key) {
    auto [it, inserted] = ids_.try_emplace(key, static_cast<std::uint32_t>(keys_.size()));
    if (inserted) keys_.push_back(key);
    return it->second;
  }
  const std::vector<std::uint64_t>& keys() const { return keys_; }

 private:
  std::unordered_map<std::uint64_t, std::uint32_t> ids_;
  std::vector<std::uint64_t> keys_;
};

Compiled Compile(const NerTrainingSentence& s, std::uint32_t groups, Dictionary& dict) {
  Compiled c;
  const std::size_t n = s.tokens.size();
  c.tags = s.tags;
  c.emit_begin.push_back(0);
  c.pair_ids.assign(n * kPrevCount * kMaxPair, UINT32_MAX);
  std::vector<std::uint64_t> feats;
  for (std::size_t i = 0; i < n; ++i) {
    feats.clear();
    ner_internal::EmissionFeatures(s.tokens, i, groups, &feats);
    for (std::uint64_t f : feats) c.emit_ids.push_back(dict.Id(f));
    c.emit_begin.push_back(static_cast<std::uint32_t>(c.emit_ids.size()));
    if (groups & kNerHistory) {
      c.history_keys.push_back(ner_internal::HistoryKey(s.tokens[i].type, s.tokens[i].base));
    }
    for (int p = 0; p < kPrevCount; ++p) {
      if (i == 0 ? p != kStartTag : p == kStartTag) continue;
      std::uint64_t pf[kMaxPair];
      const int k = ner_internal::PairFeatures(s.tokens[i], p, groups, pf);
      for (int j = 0; j < k; ++j) c.pair_ids[(i * kPrevCount + p) * kMaxPair + j] = dict.Id(pf[j]);
    }
  }
  return c;
}

class Perceptron {
 public:
  Perceptron(std::size_t features, float margin)
      : w_(features * T, 0.0f), u_(features * T, 0.0), margin_(margin) {}

  // Decodes with the current weights; history: the ids of the sentence's history features (n × kMaxHistory,
  // UINT32_MAX when absent), or null. plain (may be null): the best path without the margin.
  void Decode(const Compiled& s, const std::uint32_t* history, std::vector<int>* out,
              std::vector<int>* plain = nullptr) {
    const std::size_t n = s.tags.size();
    emit_.assign(n * T, 0.0f);
    pair_.assign(n * kPrevCount * T, 0.0f);
    for (std::size_t i = 0; i < n; ++i) {
      for (std::uint32_t k = s.emit_begin[i]; k < s.emit_begin[i + 1]; ++k) {
        const float* w = &w_[static_cast<std::size_t>(s.emit_ids[k]) * T];
        for (int t = 0; t < T; ++t) emit_[i * T + t] += w[t];
      }
      for (int p = 0; p < kPrevCount; ++p) {
        for (int j = 0; j < kMaxPair; ++j) {
          const std::uint32_t id = s.pair_ids[(i * kPrevCount + p) * kMaxPair + j];
          if (id == UINT32_MAX) continue;
          const float* w = &w_[static_cast<std::size_t>(id) * T];
          for (int t = 0; t < T; ++t) pair_[(i * kPrevCount + p) * T + t] += w[t];
        }
      }
      for (int j = 0; history && j < kMaxHistory; ++j) {
        const std::uint32_t id = history[i * kMaxHistory + j];
        if (id == UINT32_MAX) continue;
        const float* w = &w_[static_cast<std::size_t>(id) * T];
        for (int t = 0; t < T; ++t) emit_[i * T + t] += w[t];
      }
    }
    if (plain) ner_internal::Viterbi(n, emit_.data(), pair_.data(), plain);
    // Cost-augmented decoding: every wrong tag gets a bonus, so that a sentence counts as learnt only when
    // the gold path wins by a margin. Without it ties resolve towards the lowest tag index (O), sentences
    // are "correct" at zero margin, and the averaged weights can break those ties the other way.
    for (std::size_t i = 0; i < n; ++i) {
      for (int t = 0; t < T; ++t) emit_[i * T + t] += t == s.tags[i] ? 0.0f : margin_;
    }
    ner_internal::Viterbi(n, emit_.data(), pair_.data(), out);
  }

  // One perceptron step on sentence s given the predicted tags; then counts the sentence.
  void Update(const Compiled& s, const std::uint32_t* history, const std::vector<int>& predicted) {
    const std::size_t n = s.tags.size();
    for (std::size_t i = 0; i < n; ++i) {
      const int gold = s.tags[i], pred = predicted[i];
      if (gold != pred) {
        for (std::uint32_t k = s.emit_begin[i]; k < s.emit_begin[i + 1]; ++k) {
          Add(s.emit_ids[k], gold, 1.0f);
          Add(s.emit_ids[k], pred, -1.0f);
        }
        for (int j = 0; history && j < kMaxHistory; ++j) {
          const std::uint32_t id = history[i * kMaxHistory + j];
          if (id == UINT32_MAX) continue;
          Add(id, gold, 1.0f);
          Add(id, pred, -1.0f);
        }
      }
      const int gold_prev = i == 0 ? kStartTag : s.tags[i - 1];
      const int pred_prev = i == 0 ? kStartTag : predicted[i - 1];
      if (gold != pred || gold_prev != pred_prev) {
        for (int j = 0; j < kMaxPair; ++j) {
          const std::uint32_t g = s.pair_ids[(i * kPrevCount + gold_prev) * kMaxPair + j];
          const std::uint32_t p = s.pair_ids[(i * kPrevCount + pred_prev) * kMaxPair + j];
          if (g != UINT32_MAX) Add(g, gold, 1.0f);
          if (p != UINT32_MAX) Add(p, pred, -1.0f);
        }
      }
    }
    ++c_;
  }

  // The averaged weights with magnitudes below `prune` set to 0.
  std::vector<float> Averaged(float prune) const {
    std::vector<float> avg(w_.size());
    for (std::size_t i = 0; i < w_.size(); ++i) {
      const float a = static_cast<float>(static_cast<double>(w_[i]) - u_[i] / static_cast<double>(c_));
      avg[i] = std::fabs(a) < prune ? 0.0f : a;
    }
    return avg;
  }

 private:
  void Add(std::uint32_t id, int tag, float delta) {
    const std::size_t k = static_cast<std::size_t>(id) * T + static_cast<std::size_t>(tag);
    w_[k] += delta;
    u_[k] += static_cast<double>(c_) * delta;
  }

  std::vector<float> w_;
  std::vector<double> u_;
  std::int64_t c_ = 1;
  float margin_ = 0;
  std::vector<float> emit_, pair_;
};

// A runtime model holding the features with a non-zero weight.
std::unique_ptr<NerModel> MakeModel(const std::vector<std::uint64_t>& keys, const std::vector<float>& weights,
                                    std::uint32_t groups, std::size_t history_window) {
  std::vector<std::uint64_t> kept;
  std::vector<float> rows;
  for (std::size_t f = 0; f < keys.size(); ++f) {
    bool any = false;
    for (int t = 0; t < T; ++t) any |= weights[f * T + t] != 0.0f;
    if (!any) continue;
    kept.push_back(keys[f]);
    rows.insert(rows.end(), weights.begin() + static_cast<std::ptrdiff_t>(f * T),
                weights.begin() + static_cast<std::ptrdiff_t>((f + 1) * T));
  }
  auto impl = std::make_unique<NerModel::Impl>();
  impl->groups = groups;
  impl->history_window = groups & kNerHistory ? static_cast<std::uint32_t>(history_window) : 0;
  impl->table.Build(std::move(kept), std::move(rows));
  return std::make_unique<NerModel>(std::move(impl));
}

double DevF1(const NerModel& model, const std::vector<NerTrainingSentence>& dev, std::size_t window) {
  NerScores scores;
  std::vector<int> ids;
  std::vector<std::string> gold, pred;
  // The dev set as one running document, the way `marsad ner eval` reads it.
  NerHistory history(window);
  for (const NerTrainingSentence& s : dev) {
    model.TagIds(s.tokens, &history, &ids);
    gold.clear();
    pred.clear();
    for (std::size_t i = 0; i < ids.size(); ++i) {
      gold.push_back(NerTags()[s.tags[i]]);
      pred.push_back(NerTags()[ids[i]]);
    }
    scores.Add(gold, pred);
  }
  return scores.micro.f1();
}

// The history features of the training sentences: the counts a NerHistory of the `window` sentences before
// sentence k holds, from the tags the current weights gave those sentences when they were last decoded
// (without the margin: what tagging would give). The model thus learns how far to trust its own earlier
// decisions, as it must at tagging time. (Measured in 5-fold CV: the gold tags of the sentences before give
// 77.72, the cost-augmented predictions 77.44, these 77.93, with window 30.)
class TrainingHistory {
 public:
  TrainingHistory(const std::vector<Compiled>& sentences, std::size_t window, Dictionary& dict)
      : sentences_(sentences), window_(window), last_(sentences.size()) {
    for (std::uint64_t f : ner_internal::AllHistoryFeatures()) ids_.emplace(f, dict.Id(f));
  }

  // The history feature ids of sentence k (n × kMaxHistory).
  const std::uint32_t* Features(std::size_t k) {
    const Compiled& s = sentences_[k];
    const std::size_t n = s.tags.size();
    history_.Clear();
    for (std::size_t j = k > window_ ? k - window_ : 0; j < k; ++j) {
      const std::vector<int>& tags = last_[j];  // empty until the sentence is first decoded
      if (!tags.empty()) history_.Add(sentences_[j].history_keys.data(), tags.data(), tags.size());
    }
    ner_internal::HistoryFeatures(history_, s.history_keys.data(), n, &feats_);
    ids_out_.assign(n * kMaxHistory, UINT32_MAX);
    for (std::size_t j = 0; j < n * kMaxHistory; ++j) {
      if (feats_[j]) ids_out_[j] = ids_.at(feats_[j]);
    }
    return ids_out_.data();
  }
  // The tags the model gave sentence k.
  void Record(std::size_t k, const std::vector<int>& tags) { last_[k] = tags; }

 private:
  const std::vector<Compiled>& sentences_;
  std::size_t window_;
  std::vector<std::vector<int>> last_;
  std::unordered_map<std::uint64_t, std::uint32_t> ids_;
  NerHistory history_{~std::size_t{0}};
  std::vector<std::uint64_t> feats_;
  std::vector<std::uint32_t> ids_out_;
};

}  // namespace

Status TrainNerModel(const std::vector<NerTrainingSentence>& train,
                     const std::vector<NerTrainingSentence>& dev, const NerTrainerOptions& options,
                     std::unique_ptr<NerModel>* model, int* best_epoch) {
  if (train.empty()) return Status::InvalidArgument("no training sentences");
  if (options.epochs < 1) return Status::InvalidArgument("epochs must be at least 1");
  for (const NerTrainingSentence& s : train) {
    if (s.tags.size() != s.tokens.size()) return Status::InvalidArgument("tags and tokens differ in number");
    for (int t : s.tags) {
      if (t < 0 || t >= T) return Status::InvalidArgument("tag id out of range");
    }
  }
  const auto start = std::chrono::steady_clock::now();
  Dictionary dict;
  std::vector<Compiled> compiled;
  compiled.reserve(train.size());
  for (const NerTrainingSentence& s : train) compiled.push_back(Compile(s, options.feature_groups, dict));

  const bool use_history = options.feature_groups & kNerHistory;
  std::unique_ptr<TrainingHistory> history;
  if (use_history) history = std::make_unique<TrainingHistory>(compiled, options.history_window, dict);
  Perceptron perceptron(dict.keys().size(), options.margin);
  std::mt19937_64 rng(options.seed);
  std::vector<std::size_t> order(compiled.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<int> predicted, plain;
  std::unique_ptr<NerModel> best;
  double best_f1 = -1;
  int best_at = 0;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    for (std::size_t i = order.size(); i > 1; --i) {
      // Drawn by modulo (not std::uniform_int_distribution, whose algorithm is unspecified): the tiny bias
      // does not matter, portability of the order does.
      const std::size_t j = static_cast<std::size_t>(rng() % i);
      std::swap(order[i - 1], order[j]);
    }
    for (std::size_t k : order) {
      const std::uint32_t* features = history ? history->Features(k) : nullptr;
      perceptron.Decode(compiled[k], features, &predicted, history ? &plain : nullptr);
      perceptron.Update(compiled[k], features, predicted);
      if (history) history->Record(k, plain);
    }
    const bool last = epoch == options.epochs;
    if (dev.empty() && !last) continue;
    auto candidate = MakeModel(dict.keys(), perceptron.Averaged(options.prune_below), options.feature_groups,
                               options.history_window);
    const double f1 = dev.empty() ? 0.0 : DevF1(*candidate, dev, candidate->history_window());
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (options.on_epoch) options.on_epoch(epoch, f1, seconds);
    if (dev.empty() || f1 > best_f1) {
      best_f1 = f1;
      best_at = epoch;
      best = std::move(candidate);
    }
  }
  *model = std::move(best);
  if (best_epoch) *best_epoch = best_at;
  return Status::OK();
}

}  // namespace marsad
