// Marsad's FTS5 tokenizer (internal to the search module).
//
// SQLite's own unicode61 tokenizer cuts Arabic words apart at every haraka and knows nothing of clitics or
// inflection, so الرَّئِيسُ, الرئيس and للرئيس are unrelated terms to it. This tokenizer, registered on a
// connection as "marsad", walks the text with the text core's tokenizer (marsad/text.h) and turns each word
// into index terms:
//   - the stem, for recall: the word's normal form (kFolded: harakat, tatweel, hamza-on-alef variants gone, ؤ
//   ئ
//     kept), its proclitics (و ف ب ك ل س ال, confirmed by the Arabic hunspell dictionary as in the Analyzer)
//     removed, then reduced by the stemmer the table names (see StemMode);
//   - colocated with it (FTS5_TOKEN_COLOCATED, same position), the whole word's normal form behind a '='
//     marker, so that an exact phrase can still be asked for. Latin words and numbers are their own stem.
// Offsets handed to FTS5 are byte offsets into the text it gave, so snippet() and highlight() mark the
// original words, harakat and all.
//
// At query time one term per word comes out: the stem, or the exact form when the query string writes '='
// right before the word (the query translator does that for quoted phrases and prefixes, see query.h).
//
// The table's tokenize option chooses the variant (the default is the one that measured best, see eval.cc):
//   tokenize='marsad'                   the default
//   tokenize='marsad light|snowball|lemma|base [noexact] [nohunspell]'
#ifndef MARSAD_SEARCH_TOKENIZER_H_
#define MARSAD_SEARCH_TOKENIZER_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "marsad/status.h"

struct sqlite3;

namespace marsad {
class Analyzer;
class SharedWordCache;
struct Article;
struct Sentence;
}  // namespace marsad

namespace marsad::search {

// How the stem term of an Arabic word is made from its clitic-free base.
enum class StemMode {
  kBase,   // the base itself (no stemming)
  kLight,  // one inflectional suffix removed (ات ون ين ان ية ة ه ي), whatever the dictionary says
  kSnowball,  // Snowball's Arabic stemmer (libstemmer) over the light stem
  kLemma,     // the light stem of hunspell's lemma when it knows the word, else of the base
};

// The marker that makes a term exact: "=" + normal form.
inline constexpr char kExactMarker = '=';

// Registers the "marsad" tokenizer on the connection; call once per connection, before the index is used.
// With `words`, the tokenizer's analyzer looks words up there first (ingest shares its workers' analyses
// with the writer this way, so indexing an article costs hash lookups, not hunspell calls); it must outlive
// the connection.
Status RegisterTokenizer(sqlite3* db, SharedWordCache* words = nullptr);

// Persisted terms. Computing a new Arabic word type's terms costs hunspell analyses, and a searching
// process meets query words it has never analysed (snippet() needs no terms: see Run). So the index keeps
// each Arabic word type's stem as it first indexes it, in
//   search_terms(word TEXT PRIMARY KEY, stem TEXT NOT NULL) WITHOUT ROWID
// (for the default tokenizer, the one article_fts uses), and query-time tokenization looks a word up there
// before it analyses it. The exact term needs no hunspell (it is the word's normal form), so it is not kept:
// the writer writes a third less. The table is an accelerator: a word missing from it is analysed as before.
inline constexpr const char* kTermTableSchema =
    "CREATE TABLE IF NOT EXISTS search_terms(word TEXT PRIMARY KEY, stem TEXT NOT NULL) WITHOUT ROWID";

// Sets how the connection's "marsad" tokenizer uses search_terms (which must exist when either is true):
// `collect`: while indexing, remember the terms of word types new to this connection, for WriteNewTerms;
// `lookup`: at query time, look a word missing from the memory cache up in the table.
Status UseTermTable(sqlite3* db, bool collect, bool lookup);

// Writes the terms collected since the last call into search_terms (INSERT OR IGNORE) and forgets them. Call
// in the transaction that indexed the text, after the FTS5 insert (never from inside the tokenizer).
Status WriteNewTerms(sqlite3* db);

// Index terms made away from the writer's connection. Tokenizing and stemming an article is most of what
// indexing it costs, and it would otherwise all happen on ingest's single writer thread, for words the coding
// workers have just analysed. So a worker makes an article's terms with a TermMaker (exactly the terms the
// default tokenizer would emit while indexing), and the index's TermWriter hands them to the tokenizer, which
// replays them instead of tokenizing the text again.
struct ColumnTerms {
  struct Term {
    std::uint32_t offset = 0, size = 0;  // the term's bytes in `pool`
    int begin = 0, end = 0;              // the word's byte offsets in the column's text
    bool colocated = false;              // at the previous term's position (the exact form)
  };
  std::string pool;  // the terms' bytes back to back
  std::vector<Term> terms;
  bool made = false;  // false: the text could not be done ahead (invalid UTF-8), the tokenizer does it
};
struct DocumentTerms {
  ColumnTerms title, body;
  // (word, stem) of the Arabic word types new to the maker, for search_terms. A worker takes articles in
  // input order, so a word's first article from that worker is written no later than any other it is in.
  std::vector<std::pair<std::string, std::string>> new_words;
};

class TermMaker {
 public:
  // `analyzer` (with hunspell, as the index's tokenizer has) must outlive the maker.
  explicit TermMaker(Analyzer* analyzer);
  ~TermMaker();
  TermMaker(const TermMaker&) = delete;
  TermMaker& operator=(const TermMaker&) = delete;

  // The terms of the article's title and body, from the sentences the analyzer made of it (Analyze):
  // tokenizing the text again and analysing its words would repeat work the worker has just done.
  void Make(const Article& article, const std::vector<Sentence>& sentences, DocumentTerms* out);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Inserts documents into a table of the default tokenizer with the tokenizer replaying terms made ahead, and
// writes their new words to search_terms, on one connection. It finds the connection's tokenizer context and
// prepares its search_terms insert once, not once per document: ingest's single writer thread indexes every
// article, so what it repeats per article bounds the whole ingest. Destroy it before closing the connection
// (it holds a prepared statement).
class TermWriter {
 public:
  static Status Open(sqlite3* db, std::unique_ptr<TermWriter>* out);
  ~TermWriter();
  TermWriter(const TermWriter&) = delete;
  TermWriter& operator=(const TermWriter&) = delete;

  // Runs `insert` (an FTS5 insert of title and body) with the tokenizer replaying `terms` for them, then
  // writes the terms' new words to search_terms as WriteNewTerms does.
  Status InsertWithTerms(const DocumentTerms& terms, std::string_view title, std::string_view body,
                         const std::function<Status()>& insert);
  // Writes the terms the tokenizer collected (an insert without terms made ahead), as WriteNewTerms does.
  Status WriteNewTerms();

 private:
  struct Impl;
  explicit TermWriter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// One term of a text as the tokenizer sees it: the original bytes, and whether FTS5 would index it at all.
struct QueryWord {
  std::string_view original;
  bool searchable = false;  // a word, a number, a URL (not punctuation or symbols)
};

// Splits a piece of query text the way the tokenizer will (for the query translator). `text` must be valid
// UTF-8 (utf8::Repair it first).
std::vector<QueryWord> SplitWords(std::string_view text);

// The kFolded normal form of a word (for the translator's list of function words).
std::string FoldedForm(std::string_view word);

}  // namespace marsad::search

#endif  // MARSAD_SEARCH_TOKENIZER_H_
