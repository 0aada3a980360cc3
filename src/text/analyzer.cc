// Analyzer: tokenize, split sentences, attach a cached WordAnalysis to every Arabic token.
//
// The cache is keyed by the token's original bytes, so the common case — a word seen before — costs one hash
// lookup (in a flat table: a slot and the entry holding the key, see WordTable) and no normalisation beyond
// the tokenizer's. It is emptied between articles when it grows past max_cached_words, which bounds memory on
// endless input without invalidating the tokens of the article being analysed.
//
// With a SharedWordCache, the own table is still asked first: its slots point at entries of the shared cache
// as well as at the analyzer's own, so a word this thread has met before costs the same prefetched lookup as
// without sharing, and the shared cache's locked, node-based map is only asked about words new to the thread.
// The analyzers' Morphologies share the cache's memo of hunspell answers too (see SharedLookups): a word new
// to every thread still costs a hunspell call, but its candidate bases are mostly known by then, whichever
// thread met them.
#include <cstdlib>
#include <deque>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <unordered_map>

#include "base/hashing.h"
#include "marsad/analyzer.h"
#include "text/morphology.h"

namespace marsad {

struct SharedWordCache::Entry {
  std::string original;
  WordAnalysis analysis;
};

// 64 shards, each a map under its own reader-writer lock: lookups by different threads rarely meet. The map's
// keys view the entries' own copies of the words (an entry never moves: it is held by a unique_ptr).
struct SharedWordCache::Shard {
  mutable std::shared_mutex mu;
  std::unordered_map<std::string_view, std::unique_ptr<Entry>> words;
};
constexpr std::size_t kSharedCacheShards = 64;

// Room in the lookup memo for the candidate bases as well as the words.
SharedWordCache::SharedWordCache(std::size_t capacity)
    : capacity_(capacity),
      shards_(std::make_unique<Shard[]>(kSharedCacheShards)),
      lookups_(std::make_unique<SharedLookups>(capacity + capacity / 2)) {}
SharedWordCache::~SharedWordCache() = default;

const SharedWordCache::Entry* SharedWordCache::FindEntry(std::string_view original) const {
  const Shard& shard = shards_[StringHash()(original) % kSharedCacheShards];
  std::shared_lock lock(shard.mu);
  auto it = shard.words.find(original);
  return it == shard.words.end() ? nullptr : it->second.get();
}

const SharedWordCache::Entry* SharedWordCache::InsertEntry(std::string_view original,
                                                           WordAnalysis&& analysis) {
  Shard& shard = shards_[StringHash()(original) % kSharedCacheShards];
  std::unique_lock lock(shard.mu);
  auto it = shard.words.find(original);
  if (it != shard.words.end()) return it->second.get();
  if (shard.words.size() >= capacity_ / kSharedCacheShards) return nullptr;
  auto entry = std::make_unique<Entry>(Entry{std::string(original), std::move(analysis)});
  const std::string_view key = entry->original;
  return shard.words.emplace(key, std::move(entry)).first->second.get();
}

const WordAnalysis* SharedWordCache::Find(std::string_view original) const {
  const Entry* entry = FindEntry(original);
  return entry ? &entry->analysis : nullptr;
}

const WordAnalysis* SharedWordCache::Insert(std::string_view original, WordAnalysis&& analysis) {
  const Entry* entry = InsertEntry(original, std::move(analysis));
  return entry ? &entry->analysis : nullptr;
}

std::size_t SharedWordCache::size() const {
  std::size_t n = 0;
  for (std::size_t i = 0; i < kSharedCacheShards; ++i) {
    std::shared_lock lock(shards_[i].mu);
    n += shards_[i].words.size();
  }
  return n;
}

// The analyzer's own word cache: original bytes → analysis. Every token is looked up here, so a lookup
// touches two cache lines: its slot (prefetched a sentence ahead, see AnalyzeText) and its entry, where the
// key sits next to the analysis that the later stages read anyway. An entry is the analyzer's own (in a
// deque, so references stay valid while it grows) or the shared cache's; the whole table is emptied at once.
namespace {
using WordEntry = SharedWordCache::Entry;

class WordTable {
 public:
  WordTable() { Clear(); }

  static std::uint64_t Hash(std::string_view original) { return std::hash<std::string_view>()(original); }
  void Prefetch(std::uint64_t hash) const { __builtin_prefetch(&slots_[hash & mask_]); }

  const WordAnalysis* Find(std::string_view original, std::uint64_t hash) const {
    for (std::size_t i = hash & mask_; slots_[i].entry; i = (i + 1) & mask_) {
      if (slots_[i].hash == hash && slots_[i].entry->original == original) return &slots_[i].entry->analysis;
    }
    return nullptr;
  }
  // Stores the analysis of a word not in the table.
  const WordAnalysis& Add(std::string_view original, std::uint64_t hash, WordAnalysis analysis) {
    return Link(hash, &entries_.emplace_back(WordEntry{std::string(original), std::move(analysis)}));
  }
  // Points a word not in the table at an entry that outlives the table (the shared cache's).
  const WordAnalysis& Link(std::uint64_t hash, const WordEntry* entry) {
    Place(slots_, mask_, {hash, entry});
    if (++size_ * 2 > slots_.size()) {
      std::vector<Slot> bigger(slots_.size() * 2);
      for (const Slot& slot : slots_) {
        if (slot.entry) Place(bigger, bigger.size() - 1, slot);
      }
      slots_ = std::move(bigger);
      mask_ = slots_.size() - 1;
    }
    return entry->analysis;
  }
  std::size_t size() const { return size_; }
  void Clear() {
    entries_.clear();
    size_ = 0;
    slots_.assign(1024, Slot{});
    mask_ = slots_.size() - 1;
  }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    const WordEntry* entry = nullptr;  // null: empty
  };
  static void Place(std::vector<Slot>& slots, std::size_t mask, Slot slot) {
    std::size_t i = slot.hash & mask;
    while (slots[i].entry) i = (i + 1) & mask;
    slots[i] = slot;
  }

  std::deque<WordEntry> entries_;  // the analyzer's own
  std::size_t size_ = 0;           // words in the table, own and shared
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
};
}  // namespace

struct Analyzer::Impl {
  AnalyzerOptions options;
  std::unique_ptr<Morphology> morphology;
  WordTable cache;

  WordAnalysis Analyze(std::string_view original) const {
    std::string plain;
    NormalizeWordAppend(original, NormalizeOptions{NormLevel::kPlain, false}, plain);
    return morphology->Analyze(plain);
  }
  const WordAnalysis& Word(std::string_view original, std::uint64_t hash);
};

Analyzer::Analyzer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Analyzer::~Analyzer() = default;

Status Analyzer::Open(const AnalyzerOptions& options, std::unique_ptr<Analyzer>* analyzer) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  std::string dir;
  if (options.use_hunspell) {
    dir = options.hunspell_dir;
    if (dir.empty()) {
      const char* env = std::getenv("MARSAD_HUNSPELL");
      dir = (env && *env) ? env : MARSAD_HUNSPELL_DIR;
    }
  }
  if (Status s = Morphology::Open(dir, &impl->morphology); !s.ok()) return s;
  if (options.shared_cache) impl->morphology->ShareLookups(options.shared_cache->lookups_.get());
  analyzer->reset(new Analyzer(std::move(impl)));
  return Status::OK();
}

bool Analyzer::has_hunspell() const { return impl_->morphology->has_dictionary(); }
std::size_t Analyzer::cached_words() const { return impl_->cache.size(); }

WordAnalysis Analyzer::AnalyzeWord(std::string_view original) const { return impl_->Analyze(original); }

const WordAnalysis& Analyzer::Word(std::string_view original) {
  return impl_->Word(original, WordTable::Hash(original));
}

const WordAnalysis& Analyzer::Impl::Word(std::string_view original, std::uint64_t hash) {
  if (const WordAnalysis* w = cache.Find(original, hash)) return *w;
  SharedWordCache* shared = options.shared_cache;
  if (shared) {
    if (const WordEntry* e = shared->FindEntry(original)) return cache.Link(hash, e);
  }
  WordAnalysis analysis = Analyze(original);
  if (shared) {
    if (const WordEntry* e = shared->InsertEntry(original, std::move(analysis))) return cache.Link(hash, e);
  }
  return cache.Add(original, hash, std::move(analysis));
}

std::vector<Sentence> Analyzer::AnalyzeText(std::string_view text, Span span, bool is_title) {
  std::vector<Sentence> sentences = SplitSentences(text, Tokenize(text, span));
  std::vector<std::uint64_t> hashes;
  for (Sentence& s : sentences) {
    s.is_title = is_title;
    // All the sentence's slots are fetched together, not one cache miss after the other.
    hashes.clear();
    for (const Token& t : s.tokens) {
      if (t.type != TokenType::kArabic) continue;
      hashes.push_back(WordTable::Hash(text.substr(t.span.begin, t.span.size())));
      impl_->cache.Prefetch(hashes.back());
    }
    std::size_t k = 0;
    for (Token& t : s.tokens) {
      if (t.type == TokenType::kArabic)
        t.word = &impl_->Word(text.substr(t.span.begin, t.span.size()), hashes[k++]);
    }
  }
  return sentences;
}

std::vector<Sentence> Analyzer::Analyze(const Article& article) {
  if (impl_->cache.size() > impl_->options.max_cached_words) impl_->cache.Clear();
  std::vector<Sentence> out;
  if (!article.title_span.empty()) out = AnalyzeText(article.text, article.title_span, /*is_title=*/true);
  if (!article.body_span.empty()) {
    std::vector<Sentence> body = AnalyzeText(article.text, article.body_span);
    if (out.empty()) return body;
    out.insert(out.end(), std::make_move_iterator(body.begin()), std::make_move_iterator(body.end()));
  }
  return out;
}

}  // namespace marsad
