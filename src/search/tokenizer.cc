// The "marsad" FTS5 tokenizer: see tokenizer.h for what it emits and why.
//
// One TokenizerContext per connection (FTS5 owns it and deletes it when the connection closes) holds what is
// expensive to build: the Analyzer (hunspell) that confirms clitics, loaded on first use. Each FTS5 table
// that names the tokenizer gets its own Fts5Tokenizer instance with its options, its Snowball stemmer (not
// thread-safe; a connection is used by one thread at a time) and a cache from a word's bytes to its terms,
// since news repeats its words: most tokens cost one hash lookup. The analyzer's word cache may be shared
// with other analyzers (ingest's workers), so a word a worker analysed costs the indexer a lookup.
#include "search/tokenizer.h"

#include <libstemmer.h>
#include <sqlite3.h>

#include <memory>
#include <string>
#include <unordered_map>

#include "base/hashing.h"
#include "marsad/analyzer.h"
#include "marsad/text.h"
#include "marsad/utf8.h"
#include "text/morphology.h"

namespace marsad::search {
namespace {

constexpr std::size_t kMaxCachedWords = 300000;

struct TokenizerContext {
  SharedWordCache* shared_words = nullptr;  // for the analyzer with hunspell (whose analyses it holds)
  std::unique_ptr<Analyzer> with_hunspell, without_hunspell;
  Status error;  // why an Analyzer could not be opened

  Analyzer* Get(bool hunspell) {
    std::unique_ptr<Analyzer>& slot = hunspell ? with_hunspell : without_hunspell;
    if (!slot) {
      AnalyzerOptions options;
      options.use_hunspell = hunspell;
      if (hunspell) options.shared_cache = shared_words;
      if (Status s = Analyzer::Open(options, &slot); !s.ok()) {
        error = s;
        return nullptr;
      }
    }
    return slot.get();
  }
};

struct Terms {
  std::string stem;   // what plain query words match
  std::string exact;  // "=" + the whole word's normal form ("" for words that have no separate exact term)
};

class MarsadTokenizer {
 public:
  MarsadTokenizer(Analyzer* analyzer, StemMode mode, bool exact)
      : analyzer_(analyzer), mode_(mode), exact_(exact) {
    if (mode_ == StemMode::kSnowball) stemmer_ = sb_stemmer_new("arabic", "UTF_8");
  }
  ~MarsadTokenizer() {
    if (stemmer_) sb_stemmer_delete(stemmer_);
  }
  MarsadTokenizer(const MarsadTokenizer&) = delete;
  MarsadTokenizer& operator=(const MarsadTokenizer&) = delete;

  bool ok() const { return mode_ != StemMode::kSnowball || stemmer_ != nullptr; }

  int Run(void* ctx, int flags, std::string_view text, int (*emit)(void*, int, const char*, int, int, int)) {
    std::string repaired;
    if (!utf8::IsValid(text)) {  // only a query can be invalid: stored text was repaired on input
      repaired = utf8::Repair(text, nullptr);
      text = repaired;
    }
    const bool query = (flags & FTS5_TOKENIZE_QUERY) != 0;
    const std::vector<Token> tokens = Tokenize(text, Span{0, text.size()});
    for (const Token& t : tokens) {
      if (!Searchable(t.type)) continue;
      const int begin = static_cast<int>(t.span.begin), end = static_cast<int>(t.span.end);
      const Terms& terms = TermsOf(t, text.substr(t.span.begin, t.span.size()));
      int rc;
      if (query) {
        const bool want_exact =
            exact_ && !terms.exact.empty() && t.span.begin > 0 && text[t.span.begin - 1] == kExactMarker;
        const std::string& term = want_exact ? terms.exact : terms.stem;
        rc = emit(ctx, 0, term.data(), static_cast<int>(term.size()), begin, end);
      } else {
        rc = emit(ctx, 0, terms.stem.data(), static_cast<int>(terms.stem.size()), begin, end);
        if (rc == SQLITE_OK && exact_ && !terms.exact.empty()) {
          rc = emit(ctx, FTS5_TOKEN_COLOCATED, terms.exact.data(), static_cast<int>(terms.exact.size()),
                    begin, end);
        }
      }
      if (rc != SQLITE_OK) return rc;
    }
    return SQLITE_OK;
  }

  static bool Searchable(TokenType type) { return type != TokenType::kPunct && type != TokenType::kSymbol; }

 private:
  const Terms& TermsOf(const Token& t, std::string_view original) {
    auto it = cache_.find(original);
    if (it != cache_.end()) return it->second;
    if (cache_.size() >= kMaxCachedWords) cache_.clear();
    Terms terms;
    if (t.type == TokenType::kArabic) {
      const WordAnalysis& w = analyzer_->Word(original);
      // Not WordAnalysis::stem, which keeps a suffix when hunspell's lemma has it: hunspell knows إعلان but
      // not اعلان, and both spellings must stem alike.
      const std::string light = Morphology::LightStem(w.base_norm, "");
      switch (mode_) {
        case StemMode::kBase:
          terms.stem = w.base_norm;
          break;
        case StemMode::kLight:
          terms.stem = light;
          break;
        case StemMode::kSnowball: {
          const sb_symbol* out = sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(light.data()),
                                                 static_cast<int>(light.size()));
          if (out)
            terms.stem.assign(reinterpret_cast<const char*>(out),
                              static_cast<std::size_t>(sb_stemmer_length(stemmer_)));
          break;
        }
        case StemMode::kLemma:
          // The lemma's light stem too: hunspell knows إعلان (lemma إعلان) but not اعلان (no lemma).
          terms.stem = w.lemma_norm.empty() ? light : Morphology::LightStem(w.lemma_norm, "");
          break;
      }
      if (terms.stem.empty()) terms.stem = t.norm;
      terms.exact = std::string(1, kExactMarker) + t.norm;
    } else {
      terms.stem = t.norm;
    }
    return cache_.emplace(std::string(original), std::move(terms)).first->second;
  }

  Analyzer* analyzer_;
  StemMode mode_;
  bool exact_;
  sb_stemmer* stemmer_ = nullptr;
  std::unordered_map<std::string, Terms, StringHash, std::equal_to<>> cache_;
};

// The variant that measured best on known-item retrieval (marsad search eval --all): lemma 0.860 MRR@10,
// light stem 0.857, clitics only 0.856, Snowball 0.854, without hunspell 0.843; unicode61 0.824.
constexpr StemMode kDefaultMode = StemMode::kLemma;

int CreateTokenizer(void* context, const char** args, int nargs, Fts5Tokenizer** out) {
  auto* ctx = static_cast<TokenizerContext*>(context);
  StemMode mode = kDefaultMode;
  bool exact = true, hunspell = true;
  for (int k = 0; k < nargs; ++k) {
    const std::string_view arg = args[k];
    if (arg == "base") {
      mode = StemMode::kBase;
    } else if (arg == "light") {
      mode = StemMode::kLight;
    } else if (arg == "snowball") {
      mode = StemMode::kSnowball;
    } else if (arg == "lemma") {
      mode = StemMode::kLemma;
    } else if (arg == "noexact") {
      exact = false;
    } else if (arg == "nohunspell") {
      hunspell = false;
    } else {
      return SQLITE_ERROR;
    }
  }
  Analyzer* analyzer = ctx->Get(hunspell);
  if (!analyzer) return SQLITE_ERROR;
  auto tokenizer = std::make_unique<MarsadTokenizer>(analyzer, mode, exact);
  if (!tokenizer->ok()) return SQLITE_ERROR;
  *out = reinterpret_cast<Fts5Tokenizer*>(tokenizer.release());
  return SQLITE_OK;
}

void DeleteTokenizer(Fts5Tokenizer* tokenizer) { delete reinterpret_cast<MarsadTokenizer*>(tokenizer); }

int RunTokenizer(Fts5Tokenizer* tokenizer, void* ctx, int flags, const char* text, int size,
                 int (*emit)(void*, int, const char*, int, int, int)) {
  return reinterpret_cast<MarsadTokenizer*>(tokenizer)->Run(
      ctx, flags, std::string_view(text, size > 0 ? static_cast<std::size_t>(size) : 0), emit);
}

void DeleteContext(void* context) { delete static_cast<TokenizerContext*>(context); }

}  // namespace

Status RegisterTokenizer(sqlite3* db, SharedWordCache* words) {
  fts5_api* api = nullptr;
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK) {
    return Status::Unsupported(std::string("this SQLite has no FTS5: ") + sqlite3_errmsg(db));
  }
  sqlite3_bind_pointer(stmt, 1, &api, "fts5_api_ptr", nullptr);
  sqlite3_step(stmt);
  sqlite3_finalize(stmt);
  if (!api || api->iVersion < 2) return Status::Unsupported("this SQLite's FTS5 is too old");
  fts5_tokenizer methods{CreateTokenizer, DeleteTokenizer, RunTokenizer};
  auto* context = new TokenizerContext;
  context->shared_words = words;
  if (api->xCreateTokenizer(api, "marsad", context, &methods, DeleteContext) != SQLITE_OK) {
    delete context;
    return Status::IOError(std::string("cannot register the marsad tokenizer: ") + sqlite3_errmsg(db));
  }
  return Status::OK();
}

std::vector<QueryWord> SplitWords(std::string_view text) {
  std::vector<QueryWord> words;
  for (const Token& t : Tokenize(text, Span{0, text.size()})) {
    words.push_back({text.substr(t.span.begin, t.span.size()), MarsadTokenizer::Searchable(t.type)});
  }
  return words;
}

std::string FoldedForm(std::string_view word) { return Normalize(word); }

}  // namespace marsad::search
