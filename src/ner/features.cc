// Features of the named-entity tagger: from tokens to NerTokens (hashes of every form a feature reads, the
// shape and the lexicon's gazetteer cues), and from NerTokens to feature hashes.
//
// Hashing the forms once per token, when the NerToken is built, is what keeps tagging fast: a feature is
// then one multiply-and-mix of a template id with a form's hash, never a string built and looked up. The
// forms come from the Analyzer (base without clitics, light stem, hunspell lemma), which is what lets one
// weight cover "والرئيس", "للرئيس" and "الرئيس". Gazetteer cues come from the Lexicon's phrase matcher run
// over the sentence: a token inside a match of a person, country, city, organisation or title, and whether
// a title ends right before the token (وزير الخارجية سامح شكري), the strongest PER cue in news text.
// Word clusters (models/ner-clusters.tsv: distributional clusters of unlabelled news, see models/README.md)
// give unseen names the weights of the words that appear in the same contexts; cue words (حزب، مدينة، وزير)
// mark the token or its ±2 neighbours as the head of an organisation, a place or a title.
#include <cstdlib>
#include <fstream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/hashing.h"
#include "marsad/ner.h"
#include "marsad/text.h"
#include "ner/ner_internal.h"

namespace marsad {

using ner_internal::Feature;
using ner_internal::HashString;

namespace ner_internal {

std::uint64_t HashString(std::string_view s) {
  if (s.empty()) return 0;
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  h = Mix(h);
  return h ? h : 1;
}

namespace {

void AddGazetteer(std::uint64_t tmpl, std::uint32_t bits, std::vector<std::uint64_t>* out) {
  while (bits) {
    const int b = __builtin_ctz(bits);
    bits &= bits - 1;
    out->push_back(Feature(tmpl, static_cast<std::uint64_t>(b)));
  }
}

}  // namespace

void LocalFeatures(const NerToken& t, std::uint32_t groups, std::vector<std::uint64_t>* out) {
  out->push_back(Feature(kBias, 0));
  if (groups & kNerWord) out->push_back(Feature(kNorm, t.norm));
  if (groups & kNerMorph) {
    out->push_back(Feature(kBase, t.base));
    if (t.stem != t.base) out->push_back(Feature(kStem, t.stem));
    if (t.has_lemma) {
      out->push_back(Feature(kLemma, t.lemma));
    } else {
      out->push_back(Feature(kNoLemma, t.type));
    }
    out->push_back(Feature(kProclitics, t.proclitics));
    out->push_back(Feature(kKnown, t.known, t.proclitics));
  }
  if (groups & kNerAffix) {
    for (int k = 0; k < 3; ++k) {
      if (t.prefix[k]) out->push_back(Feature(kPrefix + k, t.prefix[k]));
      if (t.suffix[k]) out->push_back(Feature(kSuffix + k, t.suffix[k]));
    }
    for (int k = 0; k < 2; ++k) {
      if (t.base_prefix[k]) out->push_back(Feature(kBasePrefix + k, t.base_prefix[k]));
      if (t.base_suffix[k]) out->push_back(Feature(kBaseSuffix + k, t.base_suffix[k]));
    }
  }
  if (groups & kNerShape) {
    out->push_back(Feature(kType, t.type));
    out->push_back(Feature(kTypeLength, t.type, t.length));
  }
}

void EmissionFeatures(const std::vector<NerToken>& tokens, std::size_t i, std::uint32_t groups,
                      std::vector<std::uint64_t>* out) {
  const NerToken& t = tokens[i];
  LocalFeatures(t, groups, out);
  const std::size_t n = tokens.size();
  auto norm_at = [&](std::ptrdiff_t d) -> std::uint64_t {
    const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + d;
    return j < 0 || j >= static_cast<std::ptrdiff_t>(n) ? kBoundary
                                                        : tokens[static_cast<std::size_t>(j)].norm;
  };
  auto base_at = [&](std::ptrdiff_t d) -> std::uint64_t {
    const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + d;
    return j < 0 || j >= static_cast<std::ptrdiff_t>(n) ? kBoundary
                                                        : tokens[static_cast<std::size_t>(j)].base;
  };
  if (groups & kNerContext) {
    for (int k = 0; k < 4; ++k) {
      out->push_back(Feature(kNormAt + k, norm_at(kOffsets[k])));
      out->push_back(Feature(kBaseAt + k, base_at(kOffsets[k])));
    }
    out->push_back(Feature(kBigramLeft, norm_at(-1), t.norm));
    out->push_back(Feature(kBigramRight, t.norm, norm_at(1)));
    out->push_back(Feature(kBaseBigramLeft, base_at(-1), t.base));
  }
  if (groups & kNerCluster) {
    auto cluster_at = [&](std::ptrdiff_t d, bool fine) -> std::uint64_t {
      const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + d;
      if (j < 0 || j >= static_cast<std::ptrdiff_t>(n)) return kNoCluster;
      const NerToken& o = tokens[static_cast<std::size_t>(j)];
      return fine ? o.cluster_fine : o.cluster_coarse;
    };
    out->push_back(Feature(kClusterCoarse, t.cluster_coarse));
    out->push_back(Feature(kClusterFine, t.cluster_fine));
    if (!t.cluster_fine) out->push_back(Feature(kClusterSuffix, t.suffix[1]));
    for (int k = 0; k < 4; ++k) {
      const bool fine = kOffsets[k] == -1 || kOffsets[k] == 1;
      out->push_back(Feature(kClusterAt + k, cluster_at(kOffsets[k], fine)));
    }
    out->push_back(Feature(kClusterLeft, cluster_at(-1, true), t.cluster_fine));
    out->push_back(Feature(kClusterRight, t.cluster_fine, cluster_at(1, true)));
    out->push_back(Feature(kNormNextCluster, t.base, cluster_at(1, false)));
  }
  if (groups & kNerCue) {
    if (t.cue) out->push_back(Feature(kCueCur, t.cue));
    for (int k = 0; k < 4; ++k) {
      const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + kOffsets[k];
      if (j < 0 || j >= static_cast<std::ptrdiff_t>(n)) continue;
      const std::uint8_t c = tokens[static_cast<std::size_t>(j)].cue;
      if (c) out->push_back(Feature(kCueAt + k, c));
    }
  }
  if (groups & kNerConj) {
    out->push_back(Feature(kBaseBigramRight, t.base, base_at(1)));
    if (i == 0) out->push_back(Feature(kFirstToken, t.type));
    // The token types around the token (Latin, number, punctuation context).
    const std::uint64_t left = i > 0 ? tokens[i - 1].type : 0xff,
                        right = i + 1 < n ? tokens[i + 1].type : 0xff;
    out->push_back(Feature(kTypeContext, (left << 16) | (std::uint64_t{t.type} << 8) | right));
    if (t.suffix[1]) out->push_back(Feature(kSuffixKnown, t.suffix[1], t.known));
    if (t.prefix[1]) out->push_back(Feature(kPrefixKnown, t.prefix[1], t.known));
  }
  if (groups & kNerGazetteer) {
    AddGazetteer(kGazCur, t.gazetteer, out);
    if (t.gazetteer) out->push_back(Feature(kGazCurKnown, t.gazetteer & 0x7ff, t.known));
    // Only the B/I bits of the neighbours: whether a name or a place stands next to the token.
    if (i > 0) AddGazetteer(kGazPrev, tokens[i - 1].gazetteer & kGazSpanBits, out);
    if (i + 1 < n) AddGazetteer(kGazNext, tokens[i + 1].gazetteer & kGazSpanBits, out);
  }
}

int PairFeatures(const NerToken& token, int prev, std::uint32_t groups, std::uint64_t* out) {
  int k = 0;
  out[k++] = Feature(kTransition, static_cast<std::uint64_t>(prev));
  if (groups & kNerPrevTag) out[k++] = Feature(kPrevTagBase, static_cast<std::uint64_t>(prev), token.base);
  if (groups & kNerConj) {
    out[k++] = Feature(kPrevTagShape, static_cast<std::uint64_t>(prev),
                       (static_cast<std::uint64_t>(token.type) << 8) | token.length);
  }
  return k;
}

}  // namespace ner_internal

namespace {

// Hashes of the first and the last `first`..`first + count - 1` letters of s (at most 3; UTF-8 lead bytes
// start letters); 0 where s has no more letters than that.
void Affixes(std::string_view s, std::uint64_t* prefix, std::uint64_t* suffix, int count, int first) {
  // Starts of the first four letters, and of the last (tail[0]), the one before it and the third from the
  // end.
  std::size_t head[4] = {0, 0, 0, 0}, tail[3] = {0, 0, 0};
  std::size_t letters = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
    if (letters < 4) head[letters] = i;
    tail[2] = tail[1];
    tail[1] = tail[0];
    tail[0] = i;
    ++letters;
  }
  for (int k = 0; k < count; ++k) {
    const std::size_t len = static_cast<std::size_t>(first + k);
    // Affixes as long as the word itself add nothing that the word feature does not.
    if (letters <= len) {
      prefix[k] = suffix[k] = 0;
      continue;
    }
    prefix[k] = HashString(s.substr(0, head[len]));
    suffix[k] = HashString(s.substr(tail[len - 1]));
  }
}

std::uint8_t LengthBucket(std::string_view s) {
  std::size_t letters = 0;
  for (unsigned char c : s) letters += (c & 0xC0) != 0x80;
  if (letters <= 5) return static_cast<std::uint8_t>(letters);
  if (letters <= 7) return 6;
  if (letters <= 10) return 7;
  return 8;
}

// The word clusters table (models/ner-clusters.tsv, built by src/ner/tools/make_clusters.cc): lines
// "norm<TAB>coarse<TAB>fine" with 0-based cluster numbers, '#' lines are comments. Keyed by HashString(norm).
struct Clusters {
  std::unordered_map<std::uint64_t, std::pair<std::uint16_t, std::uint16_t>> map;
};

const Clusters& GetClusters() {
  static const Clusters clusters = [] {
    Clusters c;
    std::ifstream in(NerClustersPath());
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      const std::size_t a = line.find('\t');
      const std::size_t b = a == std::string::npos ? a : line.find('\t', a + 1);
      if (b == std::string::npos) continue;
      const auto coarse = static_cast<std::uint16_t>(std::atoi(line.c_str() + a + 1) + 1);
      const auto fine = static_cast<std::uint16_t>(std::atoi(line.c_str() + b + 1) + 1);
      c.map.try_emplace(HashString(std::string_view(line).substr(0, a)), coarse, fine);
    }
    return c;
  }();
  return clusters;
}

// Cue words (kFolded, without the article): a word before or at the start of an organisation's or a place's
// name, or a title before a person's.
using CueMap = std::unordered_map<std::string, std::uint8_t, StringHash, std::equal_to<>>;

const CueMap& CueWords() {
  static const CueMap cues = [] {
    CueMap m;
    const char* org[] = {"حزب",   "شركة",  "جامعة", "وكالة",    "منظمة", "مجلس",   "جمعية",  "اتحاد",
                         "وزارة", "بنك",   "مؤسسة", "هيئة",     "حركة",  "جبهة",   "نادي",   "مصرف",
                         "صندوق", "محكمة", "لجنة",  "جماعة",    "تنظيم", "مجموعة", "منتخب",  "صحيفة",
                         "قناة",  "مركز",  "معهد",  "اكاديمية", "رابطة", "نقابة",  "برلمان", "كلية"};
    const char* loc[] = {"مدينة", "بلدة",  "قرية", "محافظة", "ولاية",   "منطقة", "نهر",   "جبل",  "ميناء",
                         "مطار",  "جزيرة", "جزر",  "اقليم",  "بحر",     "بحيرة", "مخيم",  "شارع", "حي",
                         "عاصمة", "دولة",  "قطاع", "مقاطعة", "جمهورية", "مملكة", "امارة", "ساحل", "خليج"};
    const char* title[] = {"وزير",   "رئيس", "سيد",   "دكتور", "شيخ",  "ملك",    "امير",   "نائب",
                           "متحدث",  "زعيم", "قائد",  "مدير",  "سفير", "مستشار", "امين",   "عضو",
                           "مبعوث",  "مدرب", "لاعب",  "مهاجم", "حارس", "مراسل",  "رئيسة",  "وزيرة",
                           "السيدة", "سيدة", "جنرال", "عقيد",  "لواء", "اللواء", "العقيد", "الفريق",
                           "بابا",   "حاكم", "قاضي",  "نجم",   "كاتب", "الكاتب", "محافظ",  "مفتي"};
    auto add = [&](const char* const* words, std::size_t count, std::uint8_t bit) {
      for (std::size_t i = 0; i < count; ++i) m[Normalize(words[i])] |= bit;
    };
    add(org, std::size(org), kCueOrg);
    add(loc, std::size(loc), kCueLoc);
    add(title, std::size(title), kCueTitle);
    return m;
  }();
  return cues;
}

std::uint8_t CueOf(std::string_view base) {
  const auto& cues = CueWords();
  std::uint8_t bits = 0;
  if (auto it = cues.find(base); it != cues.end()) bits |= it->second;
  if (base.size() > 4 && base.substr(0, 4) == "\xd8\xa7\xd9\x84") {  // ال
    if (auto it = cues.find(base.substr(4)); it != cues.end()) bits |= it->second;
  }
  return bits;
}

}  // namespace

namespace ner_internal {

NerToken MakeNerToken(const Token& t) {
  NerToken n;
  n.type = static_cast<std::uint8_t>(t.type);
  n.norm = HashString(t.norm);
  n.length = LengthBucket(t.norm);
  std::string_view base = t.norm;
  if (t.word) {
    const WordAnalysis& w = *t.word;
    if (!w.base_norm.empty()) base = w.base_norm;
    n.stem = HashString(w.stem.empty() ? base : std::string_view(w.stem));
    n.has_lemma = !w.lemma_norm.empty();
    n.lemma = HashString(w.lemma_norm);
    n.known = w.known;
    std::string procl;
    for (const std::string& p : w.proclitics) {
      if (!procl.empty()) procl += '+';
      procl += p;
    }
    n.proclitics = HashString(procl);
  } else {
    n.stem = HashString(base);
  }
  n.base = HashString(base);
  const Clusters& clusters = GetClusters();
  auto c = clusters.map.find(n.norm);
  if (c == clusters.map.end()) c = clusters.map.find(n.base);
  if (c != clusters.map.end()) {
    n.cluster_coarse = c->second.first;
    n.cluster_fine = c->second.second;
  }
  n.cue = CueOf(base);
  Affixes(t.norm, n.prefix, n.suffix, 3, 1);
  Affixes(base, n.base_prefix, n.base_suffix, 2, 2);
  return n;
}

void AppendNerWordKey(const Token& t, std::string* key) {
  // A form: its length in a byte (0xfe and four bytes when longer) and its bytes; 0xff for "equal to the
  // norm".
  auto append = [&](std::string_view s, bool may_be_norm) {
    if (may_be_norm && s == t.norm) {
      key->push_back(static_cast<char>(0xff));
      return;
    }
    if (s.size() < 0xfe) {
      key->push_back(static_cast<char>(s.size()));
    } else {
      const auto size = static_cast<std::uint32_t>(s.size());
      key->push_back(static_cast<char>(0xfe));
      key->append(reinterpret_cast<const char*>(&size), sizeof size);
    }
    key->append(s);
  };
  key->push_back(static_cast<char>(t.type));
  if (!t.word) {
    key->push_back(0);
    key->append(t.norm);
    return;
  }
  const WordAnalysis& w = *t.word;
  key->push_back(static_cast<char>(w.known ? 2 : 1));
  append(t.norm, false);
  append(w.base_norm, true);
  append(w.stem, true);
  append(w.lemma_norm, true);
  for (const std::string& p : w.proclitics) append(p, true);
}

void GazetteerBits(const std::vector<Token>& tokens, const Lexicon& lexicon,
                   const std::vector<Lexicon::Match>& matches, std::vector<std::uint32_t>* bits) {
  const std::size_t n = tokens.size();
  std::vector<std::uint32_t>& out = *bits;
  out.assign(n, 0);
  // Bits kept apart until the end: a title match ends at the token / begins at the token.
  constexpr std::uint32_t kTitleEnds = 1u << 30, kTitleBegins = 1u << 31;
  for (const Lexicon::Match& m : matches) {
    std::uint32_t b_bits = 0;
    for (const LexiconEntry* e : m.entries) {
      switch (e->kind) {
        case EntryKind::kPerson:
          b_bits |= kGazPersonB;
          break;
        case EntryKind::kCountryAdjective:
          b_bits |= kGazCountryB | kGazAdjective;
          break;
        case EntryKind::kCountry:
          b_bits |= kGazCountryB;
          break;
        case EntryKind::kCapital:
        case EntryKind::kCity:
        case EntryKind::kRegion:
          b_bits |= kGazCityB;
          break;
        case EntryKind::kOrganization:
        case EntryKind::kBody:
          b_bits |= kGazOrgB;
          break;
        case EntryKind::kTitle:
          b_bits |= kGazTitleB;
          break;
        case EntryKind::kGroup:
        case EntryKind::kHonorific:
          b_bits |= kGazGroup;
          break;
      }
    }
    // The I bit of each kind is its B bit shifted by one.
    const std::uint32_t i_bits = ((b_bits & 0x155) << 1) | (b_bits & (kGazGroup | kGazAdjective));
    for (std::size_t j = m.begin; j < m.end; ++j) out[j] |= j == m.begin ? b_bits : i_bits;
    if (b_bits & kGazTitleB) {
      out[m.begin] |= kTitleBegins;
      out[m.end - 1] |= kTitleEnds;
    }
  }
  for (std::size_t i = 0; i < n; ++i) {
    // The lexicon's given names hold the token's base or its norm.
    const WordAnalysis* w = tokens[i].word;
    const std::string_view base =
        w && !w->base_norm.empty() ? std::string_view(w->base_norm) : tokens[i].norm;
    if (lexicon.IsGivenName(base) || (base != tokens[i].norm && lexicon.IsGivenName(tokens[i].norm))) {
      out[i] |= kGazGivenName;
      if (i > 0) out[i - 1] |= kGazGivenNameNext;
    }
    if (i > 0 && (out[i - 1] & kTitleEnds)) out[i] |= kGazTitleBefore;
    if (i + 1 < n && (out[i + 1] & kTitleBegins)) out[i] |= kGazTitleAfter;
  }
  for (std::uint32_t& b : out) b &= ~(kTitleEnds | kTitleBegins);
}

}  // namespace ner_internal

std::string NerClustersPath() {
  if (const char* env = std::getenv("MARSAD_NER_CLUSTERS"); env && *env) return env;
  return std::string(MARSAD_MODEL_DIR) + "/ner-clusters.tsv";
}

std::vector<NerToken> MakeNerTokens(const std::vector<Token>& tokens, const Lexicon* lexicon) {
  std::vector<NerToken> out;
  out.reserve(tokens.size());
  for (const Token& t : tokens) out.push_back(ner_internal::MakeNerToken(t));
  if (lexicon) {
    std::vector<Lexicon::Match> matches;
    std::vector<std::uint32_t> bits;
    lexicon->LongestMatches(tokens, &matches);
    ner_internal::GazetteerBits(tokens, *lexicon, matches, &bits);
    for (std::size_t i = 0; i < out.size(); ++i) out[i].gazetteer = bits[i];
  }
  return out;
}

std::vector<Token> TokensFromWords(const std::vector<std::string>& words, Analyzer& analyzer) {
  // A CoNLL word may hold what the tokenizer would split ("(د", "أ)"): its norm is the concatenation of
  // the pieces' norms and the morphology that of its longest Arabic piece.
  std::vector<Token> tokens(words.size());
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    Token& t = tokens[i];
    const std::vector<Token> pieces = Tokenize(w, Span{0, w.size()});
    if (pieces.empty()) {
      t.type = TokenType::kPunct;
      t.norm = w;
      continue;
    }
    t.type = pieces[0].type;
    const Token* arabic = nullptr;
    for (const Token& p : pieces) {
      t.norm += p.norm;
      if (p.type == TokenType::kArabic && (!arabic || p.span.size() > arabic->span.size())) arabic = &p;
    }
    if (arabic) {
      t.type = TokenType::kArabic;
      t.word = &analyzer.Word(std::string_view(w).substr(arabic->span.begin, arabic->span.size()));
    }
  }
  return tokens;
}

std::vector<NerToken> MakeNerTokensFromWords(const std::vector<std::string>& words, Analyzer& analyzer,
                                             const Lexicon* lexicon) {
  return MakeNerTokens(TokensFromWords(words, analyzer), lexicon);
}

}  // namespace marsad
