// Clitic segmentation, light stemming and lemmas for Arabic words (internal; see marsad/analyzer.h).
#ifndef MARSAD_TEXT_MORPHOLOGY_H_
#define MARSAD_TEXT_MORPHOLOGY_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "marsad/analyzer.h"
#include "marsad/status.h"

class Hunspell;

namespace marsad {

class Morphology {
 public:
  // dir: directory holding ar.aff and ar.dic; "" = no dictionary.
  static Status Open(const std::string& dir, std::unique_ptr<Morphology>* out);
  ~Morphology();

  // Analyses one word given at kPlain (see text.h).
  WordAnalysis Analyze(std::string_view plain) const;

  bool has_dictionary() const { return hunspell_ != nullptr; }

  // Light stem of a kFolded word: one inflectional suffix removed, unless its lemma ends the same way.
  static std::string LightStem(std::string_view folded, std::string_view lemma_folded);

 private:
  Morphology() = default;
  // What hunspell says of a word: its stems (in hunspell's order) and whether its first reading is a verb.
  struct Lookup {
    std::vector<std::string> stems;
    bool verb = false;
  };
  // Memoised: segmentation asks about the same bases again and again. References stay valid until the
  // memo is emptied, which only happens at the start of Analyze.
  const Lookup& Look(const std::string& word) const;
  const std::vector<std::string>& Stems(const std::string& word) const { return Look(word).stems; }

  std::unique_ptr<Hunspell> hunspell_;
  mutable std::unordered_map<std::string, Lookup> lookups_;
};

}  // namespace marsad

#endif  // MARSAD_TEXT_MORPHOLOGY_H_
