// The "marsad" FTS5 tokenizer: see tokenizer.h for what it emits and why.
//
// One TokenizerContext per connection (FTS5 owns it and deletes it when the connection closes) holds what is
// expensive to build: the Analyzer (hunspell) that confirms clitics, loaded on first use. Each FTS5 table
// that names the tokenizer gets its own Fts5Tokenizer instance with its options, its Snowball stemmer (not
// thread-safe; a connection is used by one thread at a time) and a cache from a word's bytes to its terms,
// since news repeats its words: most tokens cost one hash lookup. A word that ingest's workers analysed is
// taken from their SharedWordCache, so it costs the indexer a lookup, not hunspell.
//
// The default variant (the index's) also uses the search_terms table when the index code turns it on
// (UseTermTable): while indexing, the context collects the terms of word types the tokenizer computed, for
// the index code to write after the FTS5 insert; at query time, a word missing from the memory
// cache is looked up there with a statement prepared for the duration of one tokenizer call (a statement
// kept in the context would outlive sqlite3_close_v2's wait for statements, as FTS5 deletes the context only
// when the connection closes).
//
// During ingest the terms are mostly made ahead, by the coding workers (TermMaker, with their analyzers), and
// the index code hands them to the context for the insert's two columns: Run then emits them as they are.
// TermMaker and TermsOf make a word's terms with the same function (DefaultStem), so that the replayed
// terms are the ones Run would have made.
#include "search/tokenizer.h"

#include <libstemmer.h>
#include <sqlite3.h>

#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>

#include "base/flat_tables.h"
#include "base/hashing.h"
#include "marsad/analyzer.h"
#include "marsad/article.h"
#include "marsad/text.h"
#include "marsad/utf8.h"
#include "text/morphology.h"

namespace marsad::search {
namespace {

constexpr std::size_t kMaxCachedWords = 300000;

struct Terms {
  std::string stem;   // what plain query words match
  std::string exact;  // "=" + the whole word's normal form ("" for words that have no separate exact term)
};

struct TokenizerContext {
  sqlite3* db = nullptr;
  SharedWordCache* shared_words = nullptr;  // analyses made elsewhere with hunspell (ingest's workers)
  std::unique_ptr<Analyzer> with_hunspell, without_hunspell;
  Status error;  // why an Analyzer could not be opened
  // search_terms (default variant only): see UseTermTable.
  bool collect = false, lookup = false;
  std::vector<std::pair<std::string, std::string>>
      new_terms;  // (word, stem) computed while indexing, unwritten
  // Terms made ahead for the document being inserted (see SetReplay): the texts they were made of, in column
  // order, and which of them comes next.
  const DocumentTerms* replay = nullptr;
  std::string_view replay_text[2];
  int replay_next = 0;
  StringIds written;  // words whose terms this connection has put into search_terms (WriteNewTerms)

  // The terms made ahead for `text`, if it is the next column's (or the one after: FTS5 may skip a column).
  const ColumnTerms* Replayed(std::string_view text) {
    if (!replay) return nullptr;
    for (int k = replay_next; k < 2; ++k) {
      if (replay_text[k] != text) continue;
      replay_next = k + 1;
      const ColumnTerms& c = k == 0 ? replay->title : replay->body;
      return c.made ? &c : nullptr;
    }
    return nullptr;
  }

  Analyzer* Get(bool hunspell) {
    std::unique_ptr<Analyzer>& slot = hunspell ? with_hunspell : without_hunspell;
    if (!slot) {
      AnalyzerOptions options;
      options.use_hunspell = hunspell;
      if (Status s = Analyzer::Open(options, &slot); !s.ok()) {
        error = s;
        return nullptr;
      }
    }
    return slot.get();
  }
};

// The stem term of an Arabic word in the default variant (kLemma): the light stem of hunspell's lemma when it
// knows the word (إعلان, lemma إعلان), else of the base (اعلان, no lemma), so both spellings stem alike; not
// WordAnalysis::stem, which keeps a suffix when the lemma has it. `norm` when that leaves nothing.
std::string DefaultStem(const WordAnalysis& w, std::string_view norm) {
  std::string stem =
      w.lemma_norm.empty() ? Morphology::LightStem(w.base_norm, "") : Morphology::LightStem(w.lemma_norm, "");
  if (stem.empty()) stem = norm;
  return stem;
}

class MarsadTokenizer {
 public:
  // `context` when the variant's terms are those search_terms holds (else null). `analyzer` null: opened
  // from `owner` when a text first needs analysing (see CreateTokenizer).
  MarsadTokenizer(Analyzer* analyzer, TokenizerContext* owner, bool hunspell, StemMode mode, bool exact,
                  TokenizerContext* context)
      : analyzer_(analyzer),
        owner_(owner),
        hunspell_(hunspell),
        mode_(mode),
        exact_(exact),
        context_(context) {
    if (mode_ == StemMode::kSnowball) stemmer_ = sb_stemmer_new("arabic", "UTF_8");
  }
  ~MarsadTokenizer() {
    if (stemmer_) sb_stemmer_delete(stemmer_);
    sqlite3_finalize(select_);
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
    // FTS5 tokenizes for auxiliary functions (snippet, highlight) only to map the index's token positions
    // (colocated tokens do not count) back to byte offsets: the terms themselves are never looked at, so
    // analysing the words of every hit's body would be wasted (it was most of a search's time).
    const bool aux = (flags & FTS5_TOKENIZE_AUX) != 0;
    document_ = (flags & FTS5_TOKENIZE_DOCUMENT) != 0;
    if (document_ && context_) {
      if (const ColumnTerms* made = context_->Replayed(text)) {
        for (const ColumnTerms::Term& term : made->terms) {
          const int rc = emit(ctx, term.colocated ? FTS5_TOKEN_COLOCATED : 0, made->pool.data() + term.offset,
                              static_cast<int>(term.size), term.begin, term.end);
          if (rc != SQLITE_OK) return rc;
        }
        return SQLITE_OK;
      }
    }
    if (!analyzer_ && !aux) {
      analyzer_ = owner_->Get(hunspell_);
      if (!analyzer_) return SQLITE_ERROR;
    }
    const std::vector<Token> tokens = Tokenize(text, Span{0, text.size()});
    struct Finalize {  // the search_terms lookup lives for this call only (see the file comment)
      sqlite3_stmt*& stmt;
      ~Finalize() {
        sqlite3_finalize(stmt);
        stmt = nullptr;
      }
    } finalize{select_};
    for (const Token& t : tokens) {
      if (!Searchable(t.type)) continue;
      const int begin = static_cast<int>(t.span.begin), end = static_cast<int>(t.span.end);
      if (aux) {  // snippet() and highlight() use only the positions and offsets: no terms needed
        if (const int rc = emit(ctx, 0, text.data() + begin, end - begin, begin, end); rc != SQLITE_OK)
          return rc;
        continue;
      }
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
    if (t.type == TokenType::kArabic && context_ && !document_ && context_->lookup &&
        Stored(original, &terms.stem)) {
      terms.exact = std::string(1, kExactMarker) + t.norm;
      return cache_.emplace(std::string(original), std::move(terms)).first->second;
    }
    if (t.type == TokenType::kArabic) {
      // The shared cache's analysis when a worker made one; else a fresh analysis, not kept by the analyzer
      // (whose own cache is only emptied between articles it analyses, which this one never does): the
      // terms cache above is what bounds this tokenizer's memory.
      const WordAnalysis* shared =
          context_ && context_->shared_words ? context_->shared_words->Find(original) : nullptr;
      WordAnalysis fresh;
      if (!shared) fresh = analyzer_->AnalyzeWord(original);
      const WordAnalysis& w = shared ? *shared : fresh;
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
          terms.stem = DefaultStem(w, t.norm);
          break;
      }
      if (terms.stem.empty()) terms.stem = t.norm;
      terms.exact = std::string(1, kExactMarker) + t.norm;
      if (context_ && document_ && context_->collect) context_->new_terms.emplace_back(original, terms.stem);
    } else {
      terms.stem = t.norm;
    }
    return cache_.emplace(std::string(original), std::move(terms)).first->second;
  }

  // The word's stem from search_terms; false when it is not there (or the table cannot be read).
  bool Stored(std::string_view word, std::string* stem) {
    if (!select_) {
      if (sqlite3_prepare_v3(context_->db, "SELECT stem FROM search_terms WHERE word = ?1", -1, 0, &select_,
                             nullptr) != SQLITE_OK) {
        sqlite3_finalize(select_);
        select_ = nullptr;
        context_->lookup = false;  // analyse instead from now on
        return false;
      }
    }
    sqlite3_bind_text(select_, 1, word.data(), static_cast<int>(word.size()), SQLITE_STATIC);
    bool found = false;
    if (sqlite3_step(select_) == SQLITE_ROW) {
      if (const unsigned char* text = sqlite3_column_text(select_, 0)) {
        stem->assign(reinterpret_cast<const char*>(text),
                     static_cast<std::size_t>(sqlite3_column_bytes(select_, 0)));
        found = !stem->empty();
      }
    }
    sqlite3_reset(select_);
    return found;
  }

  Analyzer* analyzer_;
  TokenizerContext* owner_;
  bool hunspell_;
  StemMode mode_;
  bool exact_;
  TokenizerContext* context_;
  bool document_ = false;           // the current call indexes (or un-indexes) a document
  sqlite3_stmt* select_ = nullptr;  // the search_terms lookup during one call
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
  // On a connection given a shared word cache (ingest's writer) the documents' terms are made ahead by the
  // workers: the analyzer, whose hunspell takes a quarter of a second of CPU to load, is opened only if a
  // text still needs analysing. Elsewhere it is opened now, and a missing dictionary fails here.
  Analyzer* analyzer = nullptr;
  if (!ctx->shared_words) {
    analyzer = ctx->Get(hunspell);
    if (!analyzer) return SQLITE_ERROR;
  }
  // search_terms holds the terms of the default stemmer with hunspell ("exact" changes which terms are
  // emitted, not what they are).
  TokenizerContext* persisted = mode == kDefaultMode && hunspell ? ctx : nullptr;
  auto tokenizer = std::make_unique<MarsadTokenizer>(analyzer, ctx, hunspell, mode, exact, persisted);
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

Status Fts5Api(sqlite3* db, fts5_api** api) {
  *api = nullptr;
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK) {
    return Status::Unsupported(std::string("this SQLite has no FTS5: ") + sqlite3_errmsg(db));
  }
  sqlite3_bind_pointer(stmt, 1, api, "fts5_api_ptr", nullptr);
  sqlite3_step(stmt);
  sqlite3_finalize(stmt);
  if (!*api || (*api)->iVersion < 2) return Status::Unsupported("this SQLite's FTS5 is too old");
  return Status::OK();
}

// The context RegisterTokenizer gave the connection's "marsad" tokenizer.
Status FindContext(sqlite3* db, TokenizerContext** context) {
  fts5_api* api = nullptr;
  if (Status s = Fts5Api(db, &api); !s.ok()) return s;
  void* user_data = nullptr;
  fts5_tokenizer methods;
  if (api->xFindTokenizer(api, "marsad", &user_data, &methods) != SQLITE_OK || !user_data) {
    return Status::NotFound("the marsad tokenizer is not registered on this connection");
  }
  *context = static_cast<TokenizerContext*>(user_data);
  return Status::OK();
}

}  // namespace

Status UseTermTable(sqlite3* db, bool collect, bool lookup) {
  TokenizerContext* context = nullptr;
  if (Status s = FindContext(db, &context); !s.ok()) return s;
  context->collect = collect;
  context->lookup = lookup;
  if (!collect) context->new_terms.clear();
  return Status::OK();
}

namespace {

constexpr const char* kInsertTerm = "INSERT OR IGNORE INTO search_terms(word, stem) VALUES(?1, ?2)";

// Writes the terms the context collected and, with `made`, the made-ahead ones it has not written yet, with
// `insert` (kInsertTerm, prepared on the context's connection).
Status WriteTerms(sqlite3* db, TokenizerContext* context, sqlite3_stmt* insert, const DocumentTerms* made) {
  // `written` only saves statements (the insert ignores a word already there), so it may forget.
  if (context->written.size() >= kMaxCachedWords) context->written.Clear();
  int rc = SQLITE_DONE;
  auto write = [&](const std::string& word, const std::string& stem) {
    sqlite3_bind_text(insert, 1, word.data(), static_cast<int>(word.size()), SQLITE_STATIC);
    sqlite3_bind_text(insert, 2, stem.data(), static_cast<int>(stem.size()), SQLITE_STATIC);
    rc = sqlite3_step(insert);
    sqlite3_reset(insert);
    return rc == SQLITE_DONE;
  };
  for (const auto& [word, stem] : context->new_terms) {
    context->written.Intern(word);
    if (!write(word, stem)) break;
  }
  if (made && rc == SQLITE_DONE) {
    for (const auto& [word, stem] : made->new_words) {
      const std::size_t before = context->written.size();
      if (context->written.Intern(word) == before && !write(word, stem)) break;
    }
  }
  context->new_terms.clear();
  return rc == SQLITE_DONE ? Status::OK()
                           : Status::IOError(std::string("cannot store search terms: ") + sqlite3_errmsg(db));
}

Status PrepareTermInsert(sqlite3* db, sqlite3_stmt** insert, unsigned flags) {
  if (sqlite3_prepare_v3(db, kInsertTerm, -1, flags, insert, nullptr) != SQLITE_OK) {
    sqlite3_finalize(*insert);
    *insert = nullptr;
    return Status::IOError(std::string("cannot store search terms: ") + sqlite3_errmsg(db));
  }
  return Status::OK();
}

}  // namespace

Status WriteNewTerms(sqlite3* db) {
  TokenizerContext* context = nullptr;
  if (Status s = FindContext(db, &context); !s.ok()) return s;
  if (context->new_terms.empty()) return Status::OK();
  sqlite3_stmt* insert = nullptr;
  if (Status s = PrepareTermInsert(db, &insert, 0); !s.ok()) return s;
  const Status s = WriteTerms(db, context, insert, nullptr);
  sqlite3_finalize(insert);
  return s;
}

struct TermWriter::Impl {
  sqlite3* db = nullptr;
  TokenizerContext* context = nullptr;
  sqlite3_stmt* insert = nullptr;  // kInsertTerm
  ~Impl() { sqlite3_finalize(insert); }
};

TermWriter::TermWriter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
TermWriter::~TermWriter() = default;

Status TermWriter::Open(sqlite3* db, std::unique_ptr<TermWriter>* out) {
  auto impl = std::make_unique<Impl>();
  impl->db = db;
  if (Status s = FindContext(db, &impl->context); !s.ok()) return s;
  if (Status s = PrepareTermInsert(db, &impl->insert, SQLITE_PREPARE_PERSISTENT); !s.ok()) return s;
  out->reset(new TermWriter(std::move(impl)));
  return Status::OK();
}

Status TermWriter::InsertWithTerms(const DocumentTerms& terms, std::string_view title, std::string_view body,
                                   const std::function<Status()>& insert) {
  TokenizerContext* context = impl_->context;
  context->replay = &terms;
  context->replay_text[0] = title;
  context->replay_text[1] = body;
  context->replay_next = 0;
  const Status inserted = insert();
  context->replay = nullptr;
  if (!inserted.ok()) return inserted;
  return WriteTerms(impl_->db, context, impl_->insert, &terms);
}

Status TermWriter::WriteNewTerms() { return WriteTerms(impl_->db, impl_->context, impl_->insert, nullptr); }

Status RegisterTokenizer(sqlite3* db, SharedWordCache* words) {
  fts5_api* api = nullptr;
  if (Status s = Fts5Api(db, &api); !s.ok()) return s;
  fts5_tokenizer methods{CreateTokenizer, DeleteTokenizer, RunTokenizer};
  auto* context = new TokenizerContext;
  context->db = db;
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

// The index's tokenizer must be the variant TermMaker makes terms for.
static_assert(kDefaultMode == StemMode::kLemma);

struct TermMaker::Impl {
  Analyzer* analyzer;
  // An Arabic word's terms by its bytes (ids of `words`): the stem and the exact form, in `terms`' pool.
  StringIds words;
  struct Made {
    std::uint32_t stem_offset, stem_size, exact_offset, exact_size;
  };
  std::vector<Made> made;
  std::string pool;

  // The terms of one column (`text`, at `begin` in the article's text) from the analyzer's sentences of it
  // (those whose is_title is `title`): the tokens the analyzer made of the column are the ones Tokenize
  // makes of the column's text alone, with offsets `begin` further on, since a column begins at the start of
  // the article's text or after white space (MakeArticle, ParsePlainText), and where the tokenizer looks
  // before its range, it only asks whether the byte there is an ASCII letter, digit or dot.
  void Column(std::string_view text, std::size_t begin, const std::vector<Sentence>& sentences, bool title,
              ColumnTerms* out, std::vector<std::pair<std::string, std::string>>* fresh) {
    out->pool.clear();
    out->terms.clear();
    out->made = utf8::IsValid(text);  // what is not is left to the tokenizer, which repairs it first
    if (!out->made) return;
    auto add = [&](std::string_view term, const Token& t, bool colocated) {
      out->terms.push_back({static_cast<std::uint32_t>(out->pool.size()),
                            static_cast<std::uint32_t>(term.size()), static_cast<int>(t.span.begin - begin),
                            static_cast<int>(t.span.end - begin), colocated});
      out->pool.append(term);
    };
    for (const Sentence& s : sentences) {
      if (s.is_title != title) continue;
      for (const Token& t : s.tokens) {
        if (!MarsadTokenizer::Searchable(t.type)) continue;
        if (t.type != TokenType::kArabic) {
          add(t.norm, t, false);
          continue;
        }
        const std::string_view original = text.substr(t.span.begin - begin, t.span.size());
        const std::uint64_t hash = StringIds::Hash(original);
        std::uint32_t id = words.FindHashed(original, hash);
        if (id == StringIds::kAbsent) {
          if (words.size() >= kMaxCachedWords) {  // bounds memory, as the tokenizer's cache does
            words.Clear();
            made.clear();
            pool.clear();
          }
          const std::string stem = DefaultStem(t.word ? *t.word : analyzer->Word(original), t.norm);
          fresh->emplace_back(original, stem);
          id = words.InternHashed(original, hash);
          const auto at = static_cast<std::uint32_t>(pool.size());
          pool += stem;
          pool += kExactMarker;
          pool += t.norm;
          made.push_back({at, static_cast<std::uint32_t>(stem.size()),
                          static_cast<std::uint32_t>(at + stem.size()),
                          static_cast<std::uint32_t>(1 + t.norm.size())});
        }
        const Made& m = made[id];
        add(std::string_view(pool).substr(m.stem_offset, m.stem_size), t, false);
        add(std::string_view(pool).substr(m.exact_offset, m.exact_size), t, true);
      }
    }
  }
};

TermMaker::TermMaker(Analyzer* analyzer) : impl_(std::make_unique<Impl>()) { impl_->analyzer = analyzer; }
TermMaker::~TermMaker() = default;

void TermMaker::Make(const Article& article, const std::vector<Sentence>& sentences, DocumentTerms* out) {
  out->new_words.clear();
  impl_->Column(article.title(), article.title_span.begin, sentences, /*title=*/true, &out->title,
                &out->new_words);
  impl_->Column(article.body(), article.body_span.begin, sentences, /*title=*/false, &out->body,
                &out->new_words);
}

}  // namespace marsad::search
