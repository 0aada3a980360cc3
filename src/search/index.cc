// Placeholder index: FTS5 with SQLite's own unicode61 tokenizer, until Marsad's Arabic tokenizer lands.
#include "search/index.h"

#include <sqlite3.h>

#include <string>

namespace marsad::search {

Status CreateSearchIndex(sqlite3* db, bool read_only) {
  if (read_only) return Status::OK();
  char* error = nullptr;
  if (sqlite3_exec(db, "CREATE VIRTUAL TABLE IF NOT EXISTS article_fts USING fts5(title, body)", nullptr,
                   nullptr, &error) != SQLITE_OK) {
    Status s = Status::IOError(std::string("cannot create the search index: ") + (error ? error : "?"));
    sqlite3_free(error);
    return s;
  }
  return Status::OK();
}

Status IndexArticle(sqlite3* db, std::int64_t rowid, std::string_view title, std::string_view body) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, "INSERT INTO article_fts(rowid, title, body) VALUES(?, ?, ?)", -1, &stmt,
                         nullptr) != SQLITE_OK) {
    return Status::IOError(sqlite3_errmsg(db));
  }
  sqlite3_bind_int64(stmt, 1, rowid);
  sqlite3_bind_text(stmt, 2, title.empty() ? "" : title.data(), static_cast<int>(title.size()),
                    SQLITE_STATIC);
  sqlite3_bind_text(stmt, 3, body.empty() ? "" : body.data(), static_cast<int>(body.size()), SQLITE_STATIC);
  const int rc = sqlite3_step(stmt);
  sqlite3_finalize(stmt);
  return rc == SQLITE_DONE ? Status::OK() : Status::IOError(sqlite3_errmsg(db));
}

}  // namespace marsad::search
