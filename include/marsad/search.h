// Search: full-text search over a Marsad database, filtered by date, source and coded events.
//
// The contract.
// - A Searcher reads a database that `marsad ingest` (Store) wrote; it opens it read-only, so it may run
// while
//   an ingest writes (WAL), and sees what was committed when each search starts. One Searcher per thread.
// - A query is what a user types (see SearchRequest::query): plain words match ANY of them and are ranked by
//   BM25 (the title weighs more than the body); "quoted words" are an exact phrase; AND, OR, NOT, -word and
//   parentheses narrow it. Words match across harakat, tatweel, hamza-on-alef spellings, clitics (و ب ل ال…)
//   and inflection (الرئيس finds الرَّئِيسُ, استقبلت finds يستقبل, مؤتمرات finds المؤتمر); a quoted phrase
//   matches these very word forms. User text is never passed to FTS5 as syntax: a query that cannot be
//   understood returns InvalidArgument with a message meant for the user, never an SQL error.
// - Filters combine with AND. An article passes --actor/--recipient/--category when ONE of its event reports
//   has that party (a party key, country or organisation code) in that role and that category.
// - Each hit carries a snippet of the body with the matched words marked by kHighlightOpen/kHighlightClose,
//   cut from the article's original text.
#ifndef MARSAD_SEARCH_H_
#define MARSAD_SEARCH_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "marsad/status.h"

struct sqlite3;

namespace marsad {

class Store;

inline constexpr const char* kHighlightOpen = "[";
inline constexpr const char* kHighlightClose = "]";

struct SearchRequest {
  std::string query;
  std::string from, to;  // publication days YYYY-MM-DD, inclusive; "" = open
  std::string source;    // articles.source, exactly
  std::string actor, recipient, category;
  int limit = 20;
};

struct SearchHit {
  std::int64_t rowid = 0;  // articles.id
  std::string article_id, url, source, title, day, date;
  double score = 0;     // BM25, higher is better
  std::string snippet;  // a piece of the body with the matched words marked
};

class Searcher {
 public:
  // Opens the database at `path` read-only.
  static Status Open(const std::string& path, std::unique_ptr<Searcher>* searcher);
  ~Searcher();
  Searcher(const Searcher&) = delete;
  Searcher& operator=(const Searcher&) = delete;

  // The best `request.limit` matches, best first.
  Status Search(const SearchRequest& request, std::vector<SearchHit>* hits);

 private:
  explicit Searcher(std::unique_ptr<Store> store);
  std::unique_ptr<Store> store_;
};

// The FTS5 query string a user query becomes (for --explain and tests); InvalidArgument when it is malformed.
Status SearchQueryToFts(const std::string& query, std::string* fts);

// Known-item evaluation (marsad search eval): a sample of articles is indexed without their titles, and each
// title, as a plain query, must find its own article. Every configuration indexes the same sample.
struct KnownItemOptions {
  std::string input;          // articles (the July 2015 SaudiNewsNet file)
  std::size_t sample = 2000;  // articles taken at an even stride over the (deduplicated) input
  bool all_variants = false;  // also the other stemmers and query forms, not just ours and the baseline
};

struct KnownItemScore {
  std::string name;  // "marsad", "unicode61 (baseline)", …
  std::string tokenize;
  double mrr10 = 0;     // mean reciprocal rank of the answer, 0 when it is not in the top 10
  double recall10 = 0;  // share of queries whose answer is in the top 10
  std::size_t queries = 0;
  double index_seconds = 0, query_seconds = 0;
};

Status EvaluateKnownItem(const KnownItemOptions& options, std::vector<KnownItemScore>* scores);

}  // namespace marsad

#endif  // MARSAD_SEARCH_H_
