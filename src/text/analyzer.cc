// Analyzer: tokenize, split sentences, attach a cached WordAnalysis to every Arabic token.
//
// The cache is keyed by the token's original bytes, so the common case — a word seen before — costs one hash
// lookup (in a flat table: a slot and the key, see base/flat_tables.h) and no normalisation beyond the
// tokenizer's. It is emptied between articles when it grows past
// max_cached_words, which bounds memory on endless input without invalidating the tokens of the article being
// analysed.
#include <cstdlib>
#include <deque>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <unordered_map>

#include "base/flat_tables.h"
#include "base/hashing.h"
#include "marsad/analyzer.h"
#include "text/morphology.h"

namespace marsad {

// 64 shards, each a map under its own reader-writer lock: lookups by different threads rarely meet.
struct SharedWordCache::Shard {
  mutable std::shared_mutex mu;
  std::unordered_map<std::string, std::unique_ptr<WordAnalysis>, StringHash, std::equal_to<>> words;
};
constexpr std::size_t kSharedCacheShards = 64;

SharedWordCache::SharedWordCache(std::size_t capacity)
    : capacity_(capacity), shards_(std::make_unique<Shard[]>(kSharedCacheShards)) {}
SharedWordCache::~SharedWordCache() = default;

const WordAnalysis* SharedWordCache::Find(std::string_view original) const {
  const Shard& shard = shards_[StringHash()(original) % kSharedCacheShards];
  std::shared_lock lock(shard.mu);
  auto it = shard.words.find(original);
  return it == shard.words.end() ? nullptr : it->second.get();
}

const WordAnalysis* SharedWordCache::Insert(std::string_view original, WordAnalysis analysis) {
  Shard& shard = shards_[StringHash()(original) % kSharedCacheShards];
  std::unique_lock lock(shard.mu);
  auto it = shard.words.find(original);
  if (it != shard.words.end()) return it->second.get();
  if (shard.words.size() >= capacity_ / kSharedCacheShards) return nullptr;
  auto stored = std::make_unique<WordAnalysis>(std::move(analysis));
  return shard.words.emplace(std::string(original), std::move(stored)).first->second.get();
}

std::size_t SharedWordCache::size() const {
  std::size_t n = 0;
  for (std::size_t i = 0; i < kSharedCacheShards; ++i) {
    std::shared_lock lock(shards_[i].mu);
    n += shards_[i].words.size();
  }
  return n;
}

struct Analyzer::Impl {
  AnalyzerOptions options;
  std::unique_ptr<Morphology> morphology;
  // The word cache: original bytes → id (a flat table, base/flat_tables.h: every token is looked up here),
  // id → analysis (a deque, so that references stay valid while it grows).
  StringIds cached_ids;
  std::deque<WordAnalysis> cached;

  void ClearCache() {
    cached_ids.Clear();
    cached.clear();
  }
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
  analyzer->reset(new Analyzer(std::move(impl)));
  return Status::OK();
}

bool Analyzer::has_hunspell() const { return impl_->morphology->has_dictionary(); }
std::size_t Analyzer::cached_words() const { return impl_->cached.size(); }

WordAnalysis Analyzer::AnalyzeWord(std::string_view original) const {
  std::string plain;
  NormalizeWordAppend(original, NormalizeOptions{NormLevel::kPlain, false}, plain);
  return impl_->morphology->Analyze(plain);
}

const WordAnalysis& Analyzer::Word(std::string_view original) {
  SharedWordCache* shared = impl_->options.shared_cache;
  if (shared) {
    if (const WordAnalysis* w = shared->Find(original)) return *w;
  }
  const std::uint64_t hash = StringIds::Hash(original);
  const std::uint32_t id = impl_->cached_ids.FindHashed(original, hash);
  if (id != StringIds::kAbsent) return impl_->cached[id];
  if (shared) {
    if (const WordAnalysis* w = shared->Insert(original, AnalyzeWord(original))) return *w;
  }
  WordAnalysis& analysis = impl_->cached.emplace_back(AnalyzeWord(original));
  impl_->cached_ids.InternHashed(original, hash);
  return analysis;
}

std::vector<Sentence> Analyzer::AnalyzeText(std::string_view text, Span span, bool is_title) {
  std::vector<Sentence> sentences = SplitSentences(text, Tokenize(text, span));
  for (Sentence& s : sentences) {
    s.is_title = is_title;
    for (Token& t : s.tokens) {
      if (t.type == TokenType::kArabic) t.word = &Word(text.substr(t.span.begin, t.span.size()));
    }
  }
  return sentences;
}

std::vector<Sentence> Analyzer::Analyze(const Article& article) {
  if (impl_->cached.size() > impl_->options.max_cached_words) impl_->ClearCache();
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
