// Clitic segmentation, light stemming and lemmas for Arabic words (internal; see marsad/analyzer.h).
#ifndef MARSAD_TEXT_MORPHOLOGY_H_
#define MARSAD_TEXT_MORPHOLOGY_H_

#include <memory>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "marsad/analyzer.h"
#include "marsad/status.h"

class Hunspell;

namespace marsad {

class SharedLookups;

class Morphology {
 public:
  // What hunspell says of a word: its stems (in hunspell's order) and whether its first reading is a verb.
  struct Lookup {
    std::vector<std::string> stems;
    bool verb = false;
    bool clitic_first = false;  // the first reading peels a proclitic itself (ودعا: و + دعا)
  };

  // dir: directory holding ar.aff and ar.dic; "" = no dictionary.
  static Status Open(const std::string& dir, std::unique_ptr<Morphology>* out);
  ~Morphology();

  // Analyses one word given at kPlain (see text.h).
  WordAnalysis Analyze(std::string_view plain) const;

  bool has_dictionary() const { return hunspell_ != nullptr; }

  // Light stem of a kFolded word: one inflectional suffix removed, unless its lemma ends the same way.
  static std::string LightStem(std::string_view folded, std::string_view lemma_folded);

  // Hunspell's answers are then asked of `shared` first and stored there (it must outlive this object).
  void ShareLookups(SharedLookups* shared) { shared_ = shared; }

 private:
  Morphology() = default;
  // Memoised: segmentation asks about the same bases again and again. References stay valid until the
  // own memo is emptied, which only happens at the start of Analyze (shared entries are never removed).
  const Lookup& Look(const std::string& word) const;
  const std::vector<std::string>& Stems(const std::string& word) const { return Look(word).stems; }

  std::unique_ptr<Hunspell> hunspell_;
  mutable std::unordered_map<std::string, Lookup> lookups_;
  SharedLookups* shared_ = nullptr;
};

// Hunspell's answers shared by the Morphologies of several threads (held by a SharedWordCache). The word
// cache already has each word type analysed once, but the hunspell lookups behind an analysis (the word's
// and its candidate bases') were each thread's own: a base one thread looked up was looked up again by the
// next thread meeting it, as a base or as a word. Thread-safe; entries are never removed (the memo stops
// growing at `capacity` words and the Morphologies then fall back to their own memos), so references to
// them stay valid as long as the memo lives.
class SharedLookups {
 public:
  explicit SharedLookups(std::size_t capacity);
  ~SharedLookups();
  SharedLookups(const SharedLookups&) = delete;
  SharedLookups& operator=(const SharedLookups&) = delete;

  const Morphology::Lookup* Find(const std::string& word) const;  // nullptr when absent
  // Stores the lookup unless the word is there already (then returns that one) or the memo is full (then
  // returns nullptr and leaves `lookup` as it was).
  const Morphology::Lookup* Insert(const std::string& word, Morphology::Lookup&& lookup);
  std::size_t size() const;

 private:
  struct Shard {
    mutable std::shared_mutex mu;
    std::unordered_map<std::string, Morphology::Lookup> words;  // node-based: entries never move
  };
  static constexpr std::size_t kShards = 16;
  Shard& ShardOf(const std::string& word) const;
  std::size_t capacity_;
  std::unique_ptr<Shard[]> shards_;
};

}  // namespace marsad

#endif  // MARSAD_TEXT_MORPHOLOGY_H_
