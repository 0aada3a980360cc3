// Clitic segmentation by candidates and confirmation.
//
// For a word w, every way of peeling a proclitic chain P (و ف, then ب ك ل or the future س, then ال; لل is
// ل+ال) off the front and a pronoun E off the back is a candidate w = P + base + E. A candidate is confirmed
// when hunspell-ar relates the base to the word: the base is one of the word's stems, or the base's own stems
// share one with the word's (عمليات+ها: عمليات and عملياتها both stem to عملية); see Analyze for the order in
// which candidates are tried. A word that is its own stem (برلمان, وزير, بكين) is never split, and no
// candidate is confirmed for a word hunspell does not know — which keeps unknown names whole. When nothing is
// confirmed, only the article ال may still go (a name nobody listed: الكازاخستانية).
//
// Bases are compared with ت→ة restored before a pronoun (رعايته → رعاية +ه).
#include "text/morphology.h"

#include <hunspell/hunspell.hxx>

#include <algorithm>
#include <array>
#include <filesystem>
#include <functional>
#include <mutex>
#include <unordered_set>

#include "marsad/text.h"
#include "marsad/utf8.h"

namespace marsad {
namespace {

struct Prefix {
  std::string_view text;                  // as written
  std::array<std::string_view, 3> parts;  // the clitics it stands for
  bool article;
};

// Longest first, so that وبال is tried before وب and و.
constexpr Prefix kPrefixes[] = {
    {"وبال", {"و", "ب", "ال"}, true}, {"فبال", {"ف", "ب", "ال"}, true}, {"وكال", {"و", "ك", "ال"}, true},
    {"فكال", {"ف", "ك", "ال"}, true}, {"ولل", {"و", "ل", "ال"}, true},  {"فلل", {"ف", "ل", "ال"}, true},
    {"وال", {"و", "ال", ""}, true},   {"فال", {"ف", "ال", ""}, true},   {"بال", {"ب", "ال", ""}, true},
    {"كال", {"ك", "ال", ""}, true},   {"لل", {"ل", "ال", ""}, true},    {"ال", {"ال", "", ""}, true},
    {"وب", {"و", "ب", ""}, false},    {"فب", {"ف", "ب", ""}, false},    {"ول", {"و", "ل", ""}, false},
    {"فل", {"ف", "ل", ""}, false},    {"وك", {"و", "ك", ""}, false},    {"فك", {"ف", "ك", ""}, false},
    {"وس", {"و", "س", ""}, false},    {"فس", {"ف", "س", ""}, false},    {"و", {"و", "", ""}, false},
    {"ف", {"ف", "", ""}, false},      {"ب", {"ب", "", ""}, false},      {"ك", {"ك", "", ""}, false},
    {"ل", {"ل", "", ""}, false},      {"س", {"س", "", ""}, false},      {"", {"", "", ""}, false},
};

constexpr std::string_view kEnclitics[] = {"", "هما", "ها", "هم", "هن", "كم", "كن", "نا", "ه", "ك", "ي"};

// Function words that look like clitic + word but are not (or whose split helps nobody).
const std::unordered_set<std::string_view>& NeverSplit() {
  static const std::unordered_set<std::string_view> words = {
      "إلى",    "الى",     "على",    "الذي",  "التي",  "الذين", "اللذان", "اللتان", "اللذين", "اللتين",
      "اللاتي", "اللواتي", "اللائي", "الله",  "اللهم", "إلا",   "الا",    "ألا",    "الآن",   "بين",
      "بعد",    "بعض",     "بل",     "بلا",   "لدى",   "لكن",   "لكي",    "لقد",    "لم",     "لن",
      "لا",     "ليس",     "ليست",   "لو",    "لولا",  "كما",   "كل",     "كلا",    "كيف",    "كان",
      "كانت",   "فقط",     "فوق",    "فيما",  "وفق",   "وفقا",  "كذلك",   "لذلك",   "بينما",  "سوى",
      "سوف",    "لأن",     "كأن",    "لماذا", "ماذا",  "لدي",   "لها",    "له",     "لهم",    "لهما",
      "لنا",    "لي",      "لك",     "بها",   "به",    "بهم",   "بنا",    "بي"};
  return words;
}

// Function words that و/ف attach to. hunspell-ar lists a few of the joined forms as words of their own
// (وخلال), which would otherwise keep them whole.
const std::unordered_set<std::string_view>& FunctionWords() {
  static const std::unordered_set<std::string_view> words = {
      "خلال",  "بعد", "قبل",  "عند",  "منذ", "بين",  "فيما", "مع",   "حول",  "ضد",  "لدى",  "عبر",
      "تحت",   "فوق", "أمام", "دون",  "حتى", "كما",  "لكن",  "إن",   "أن",   "قد",  "لا",   "لم",
      "لن",    "ما",  "من",   "في",   "على", "عن",   "إلى",  "هو",   "هي",   "هم",  "هذا",  "هذه",
      "ذلك",   "تلك", "كان",  "كانت", "ليس", "أيضا", "إذا",  "لذلك", "كذلك", "وفق", "التي", "الذي",
      "الذين", "كل",  "بعض",  "غير",  "نحو", "إثر",  "عقب",  "لقد",  "أو",   "ثم"};
  return words;
}

std::size_t Letters(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size();) {
    utf8::Next(s, i);
    ++n;
  }
  return n;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool Contains(const std::vector<std::string>& v, std::string_view x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

std::string Fold(std::string_view plain) {
  std::string out;
  NormalizeWordAppend(plain, NormalizeOptions{}, out);
  return out;
}

}  // namespace

Status Morphology::Open(const std::string& dir, std::unique_ptr<Morphology>* out) {
  std::unique_ptr<Morphology> m(new Morphology());
  if (!dir.empty()) {
    const std::string aff = dir + "/ar.aff", dic = dir + "/ar.dic";
    std::error_code ec;
    if (!std::filesystem::exists(aff, ec) || !std::filesystem::exists(dic, ec)) {
      return Status::NotFound("Arabic hunspell dictionary not found in " + dir +
                              " (install the Debian package hunspell-ar, or set MARSAD_HUNSPELL)");
    }
    m->hunspell_ = std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
  }
  *out = std::move(m);
  return Status::OK();
}

Morphology::~Morphology() = default;

SharedLookups::SharedLookups(std::size_t capacity)
    : capacity_(capacity), shards_(std::make_unique<Shard[]>(kShards)) {}
SharedLookups::~SharedLookups() = default;

SharedLookups::Shard& SharedLookups::ShardOf(const std::string& word) const {
  return shards_[std::hash<std::string>()(word) % kShards];
}

const Morphology::Lookup* SharedLookups::Find(const std::string& word) const {
  const Shard& shard = ShardOf(word);
  std::shared_lock lock(shard.mu);
  auto it = shard.words.find(word);
  return it == shard.words.end() ? nullptr : &it->second;
}

const Morphology::Lookup* SharedLookups::Insert(const std::string& word, Morphology::Lookup&& lookup) {
  Shard& shard = ShardOf(word);
  std::unique_lock lock(shard.mu);
  auto it = shard.words.find(word);
  if (it != shard.words.end()) return &it->second;
  if (shard.words.size() >= capacity_ / kShards) return nullptr;
  return &shard.words.emplace(word, std::move(lookup)).first->second;
}

std::size_t SharedLookups::size() const {
  std::size_t n = 0;
  for (std::size_t i = 0; i < kShards; ++i) {
    std::shared_lock lock(shards_[i].mu);
    n += shards_[i].words.size();
  }
  return n;
}

const Morphology::Lookup& Morphology::Look(const std::string& word) const {
  // With a shared memo the own one only holds what did not fit in it, so each answer is kept once.
  if (shared_) {
    if (const Lookup* found = shared_->Find(word)) return *found;
  }
  auto it = lookups_.find(word);
  if (it != lookups_.end()) return it->second;
  Lookup lookup;
  if (hunspell_) {
    // One analyze() call gives both the stems (its st: fields, which is what stem() returns) and the part of
    // speech of the first reading.
    const std::vector<std::string> readings = hunspell_->analyze(word);
    for (std::size_t r = 0; r < readings.size(); ++r) {
      std::string_view reading = readings[r];
      if (r == 0) {
        for (std::string_view clitic : {"و ", "ف ", "ب ", "ل ", "ك "})
          lookup.clitic_first |= reading.starts_with(clitic);
      }
      while (!reading.empty()) {
        const std::size_t space = reading.find(' ');
        const std::string_view field = reading.substr(0, space);
        if (field.starts_with("st:")) {
          const std::string stem(field.substr(3));
          if (!Contains(lookup.stems, stem)) lookup.stems.push_back(stem);
        } else if (r == 0 && field == "po:verb") {
          lookup.verb = true;
        }
        if (space == std::string_view::npos) break;
        reading.remove_prefix(space + 1);
      }
    }
  }
  if (shared_) {
    if (const Lookup* stored = shared_->Insert(word, std::move(lookup))) return *stored;
  }
  return lookups_.emplace(word, std::move(lookup)).first->second;
}

std::string Morphology::LightStem(std::string_view folded, std::string_view lemma_folded) {
  static constexpr std::string_view kSuffixes[] = {"ات", "ون", "ين", "ان", "ية", "ة", "ه", "ي"};
  for (std::string_view suffix : kSuffixes) {
    // A suffix that the dictionary form also has is part of the word, not an inflection (تعاون, برلمان).
    if (EndsWith(lemma_folded, suffix)) continue;
    if (EndsWith(folded, suffix) && Letters(folded) >= Letters(suffix) + 3) {
      return std::string(folded.substr(0, folded.size() - suffix.size()));
    }
  }
  return std::string(folded);
}

WordAnalysis Morphology::Analyze(std::string_view plain_view) const {
  WordAnalysis w;
  w.plain = std::string(plain_view);
  const std::string& plain = w.plain;
  auto finish = [&](std::string base) {
    w.base = std::move(base);
    w.base_norm = Fold(w.base);
    w.lemma_norm = w.lemma.empty() ? std::string() : Fold(w.lemma);
    w.stem = LightStem(w.base_norm, w.lemma_norm);
    return w;
  };

  // A lone proclitic written apart with tatweel: لـ CICA, بـ 20 صوتا.
  if (plain == "ل" || plain == "ب" || plain == "ك" || plain == "و" || plain == "ف") {
    w.proclitics.push_back(plain);
    return finish("");
  }
  if (lookups_.size() > 200000) lookups_.clear();  // bounds memory; no reference is held across this
  const Lookup& lookup = Look(plain);
  const std::vector<std::string>& stems = lookup.stems;
  w.known = !stems.empty();
  w.verb = lookup.verb;
  if ((plain.starts_with("و") || plain.starts_with("ف")) && FunctionWords().count(plain.substr(2))) {
    w.proclitics.push_back(plain.substr(0, 2));
    w.lemma = plain.substr(2);
    return finish(plain.substr(2));
  }
  // A whole word with an ending (the feminine وزيرة, the dual وفدان) whose stem starts with a clitic's letter
  // is not that clitic on a rarer word (و+زيرة, و+فدان): the word less its ending is one of its own stems.
  // (Not when the dictionary's first reading peels the clitic itself. Not the accusative's alif either:
  // بحثا "they both discussed" and وصولا إلى "as far as" read as بحث+ا and وصول+ا are worse than now.)
  const bool clitic_letter = plain.starts_with("و") || plain.starts_with("ف") || plain.starts_with("ب") ||
                             plain.starts_with("ل") || plain.starts_with("ك");
  for (std::string_view ending : {"ة", "ان", "ين", "ون", "ات"}) {
    if (!clitic_letter || !EndsWith(plain, ending) || Letters(plain) < Letters(ending) + 3) continue;
    if (lookup.clitic_first) continue;
    const std::string bare = plain.substr(0, plain.size() - ending.size());
    if (Contains(stems, bare)) {
      w.lemma = bare;
      return finish(plain);
    }
  }
  if (NeverSplit().count(plain) || Contains(stems, plain) || Letters(plain) < 3) {
    if (Contains(stems, plain))
      w.lemma = plain;
    else if (!stems.empty())
      w.lemma = stems.front();
    return finish(plain);
  }

  // Candidates, longest base first: the first confirmed one is kept.
  struct Candidate {
    const Prefix* prefix;
    std::string_view enclitic;
    std::string base;
    std::size_t letters;
  };
  std::vector<Candidate> candidates;
  for (const Prefix& p : kPrefixes) {
    if (plain.compare(0, p.text.size(), p.text) != 0) continue;
    const std::string_view rest = std::string_view(plain).substr(p.text.size());
    for (std::string_view e : kEnclitics) {
      if (p.text.empty() && e.empty()) continue;
      if (!EndsWith(rest, e) || rest.size() == e.size()) continue;
      // The future س only before an imperfect verb: سيعقد, ستبحث, سنعمل, سأزور.
      if (p.parts[1] == "س" || p.parts[0] == "س") {
        const std::string_view r = rest;
        if (!(r.starts_with("ي") || r.starts_with("ت") || r.starts_with("ن") || r.starts_with("أ"))) continue;
      }
      std::string base(rest.substr(0, rest.size() - e.size()));
      const std::size_t n = Letters(base);
      if (n < 2 || (n < 3 && !p.article)) continue;
      candidates.push_back({&p, e, std::move(base), n});
    }
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) { return a.letters > b.letters; });

  // Pass 1, longest base first: the base is itself one of the word's stems (وبالرئيس → رئيس, للبنان → لبنان,
  // رعايته → رعاية). Longest first keeps ل+لبنان rather than لل+بنان.
  // Pass 2, shortest base first: the base is an inflected form with a stem in common with the word
  // (للجامعات → جامعات, وعملياتها → عمليات). Shortest first, because every partial peel (لجامعات) shares
  // the stems too.
  const Candidate* chosen = nullptr;
  std::string chosen_lemma;
  if (hunspell_ && !stems.empty()) {
    for (const Candidate& c : candidates) {
      if (Contains(stems, c.base)) {
        chosen = &c;
        chosen_lemma = c.base;
      } else if (!c.enclitic.empty() && EndsWith(c.base, "ت")) {
        const std::string alt = c.base.substr(0, c.base.size() - 2) + "ة";
        if (Contains(stems, alt)) {
          chosen = &c;
          chosen_lemma = alt;
        }
      }
      if (chosen) break;
    }
    for (auto c = candidates.rbegin(); !chosen && c != candidates.rend(); ++c) {
      for (const auto& s : Stems(c->base)) {
        if (Contains(stems, s)) {
          chosen = &*c;
          chosen_lemma = s;
          break;
        }
      }
    }
  }
  if (!chosen) {
    // Unconfirmed: only the article goes, and only from a base of three letters or more.
    for (const Candidate& c : candidates) {
      if (c.prefix->article && c.enclitic.empty() && c.letters >= 3) {
        chosen = &c;
        break;
      }
    }
  }
  if (!chosen) {
    if (!stems.empty()) w.lemma = stems.front();
    return finish(plain);
  }
  for (std::string_view part : chosen->prefix->parts) {
    if (!part.empty()) w.proclitics.emplace_back(part);
  }
  w.enclitic = std::string(chosen->enclitic);
  w.lemma = !chosen_lemma.empty() ? chosen_lemma : (!stems.empty() ? stems.front() : std::string());
  // حكومته: the base is حكومة, the ت being how ة is written before a pronoun.
  if (!w.enclitic.empty() && EndsWith(chosen->base, "ت") &&
      chosen_lemma == chosen->base.substr(0, chosen->base.size() - 2) + "ة") {
    return finish(chosen_lemma);
  }
  return finish(chosen->base);
}

std::string WordAnalysis::SegmentsString() const {
  std::string out;
  for (const auto& p : proclitics) {
    out += p;
    out += "+ ";
  }
  out += base;
  if (!enclitic.empty()) {
    out += " +";
    out += enclitic;
  }
  return out;
}

}  // namespace marsad
