// The full-text index of stored articles (internal API between the store and the search module).
//
// The store calls CreateSearchIndex() when it opens a database and IndexArticle() for each article it adds,
// inside the same transaction, so an article is searchable exactly when it is stored.
#ifndef MARSAD_SEARCH_INDEX_H_
#define MARSAD_SEARCH_INDEX_H_

#include <cstdint>
#include <string_view>

#include "marsad/status.h"

struct sqlite3;

namespace marsad {
class SharedWordCache;
}

namespace marsad::search {

// Registers Marsad's tokenizers on the connection and creates the index tables if they are missing.
// `words` as for RegisterTokenizer (may be null).
Status CreateSearchIndex(sqlite3* db, bool read_only, SharedWordCache* words = nullptr);

struct DocumentTerms;

// Indexes one article's title and body under the articles table's rowid; with `terms` (made by a TermMaker
// from these title and body), without tokenizing them again.
Status IndexArticle(sqlite3* db, std::int64_t rowid, std::string_view title, std::string_view body,
                    const DocumentTerms* terms = nullptr);

}  // namespace marsad::search

#endif  // MARSAD_SEARCH_INDEX_H_
