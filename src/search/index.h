// The full-text index of stored articles (internal API between the store and the search module).
//
// The store calls CreateSearchIndex() when it opens a database and its Indexer's Add() for each article it
// adds, inside the same transaction, so an article is searchable exactly when it is stored.
#ifndef MARSAD_SEARCH_INDEX_H_
#define MARSAD_SEARCH_INDEX_H_

#include <cstdint>
#include <memory>
#include <string_view>

#include "marsad/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace marsad {
class SharedWordCache;
}

namespace marsad::search {

// Registers Marsad's tokenizers on the connection and creates the index tables if they are missing.
// `words` as for RegisterTokenizer (may be null).
Status CreateSearchIndex(sqlite3* db, bool read_only, SharedWordCache* words = nullptr);

struct DocumentTerms;
class TermWriter;

// Indexes articles on one connection (opened by CreateSearchIndex for writing), with its statements prepared
// once: the store's writer indexes every article an ingest stores, so preparing per article would be paid
// thousands of times on the one thread that all workers wait for. Destroy it before closing the connection.
class Indexer {
 public:
  static Status Open(sqlite3* db, std::unique_ptr<Indexer>* out);
  ~Indexer();
  Indexer(const Indexer&) = delete;
  Indexer& operator=(const Indexer&) = delete;

  // Indexes one article's title and body under the articles table's rowid; with `terms` (made by a TermMaker
  // from these title and body), without tokenizing them again. The views must stay valid during the call.
  Status Add(std::int64_t rowid, std::string_view title, std::string_view body,
             const DocumentTerms* terms = nullptr);

 private:
  Indexer() = default;
  sqlite3* db_ = nullptr;
  sqlite3_stmt* insert_ = nullptr;  // the FTS5 insert
  std::unique_ptr<TermWriter> terms_;
};

}  // namespace marsad::search

#endif  // MARSAD_SEARCH_INDEX_H_
