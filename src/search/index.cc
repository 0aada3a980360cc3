// The full-text index: an external-content FTS5 table over the articles, tokenized by Marsad's tokenizer.
//
// The text is stored once, in articles.text. The index reads its columns through a view that cuts the body
// out of that text by its byte span (substr over the text as a BLOB counts bytes) and takes the title from
// articles.title, so FTS5 keeps only its inverted index; snippet() and highlight() read the original text
// through the same view. A database made before this index (FTS5 with unicode61 and a copy of the text) has
// its index dropped and rebuilt from the articles when it is opened for writing.
//
// Next to the index, search_terms keeps each Arabic word type's stem term from when it was first indexed
// (see tokenizer.h), so that query words need no hunspell when the corpus has them. A database
// made before that table gets it, empty, when opened for writing: words indexed from then on are added, and
// older ones are analysed at query time as before. Opened read-only without it, the table is not used.
#include "search/index.h"

#include <sqlite3.h>

#include <memory>
#include <string>
#include <utility>

#include "base/sqlite.h"
#include "search/tokenizer.h"

namespace marsad::search {
namespace {

constexpr const char* kSchema = R"sql(
CREATE VIEW IF NOT EXISTS article_fts_source AS
  SELECT id, title, CAST(substr(CAST(text AS BLOB), body_begin + 1, body_end - body_begin) AS TEXT) AS body
  FROM articles;
CREATE VIRTUAL TABLE IF NOT EXISTS article_fts USING fts5(
  title, body, content='article_fts_source', content_rowid='id', tokenize='marsad');
)sql";

// What distinguishes the current index definition from older ones.
constexpr const char* kCurrentMark = "content='article_fts_source'";

// The SQL that created the index table, "" when there is none.
std::string IndexDefinition(sqlite3* db) {
  sqlite3_stmt* stmt = nullptr;
  std::string sql;
  if (sqlite3_prepare_v2(db, "SELECT sql FROM sqlite_master WHERE name = 'article_fts'", -1, &stmt,
                         nullptr) == SQLITE_OK &&
      sqlite3_step(stmt) == SQLITE_ROW) {
    if (const unsigned char* text = sqlite3_column_text(stmt, 0)) sql = reinterpret_cast<const char*>(text);
  }
  sqlite3_finalize(stmt);
  return sql;
}

bool TableExists(sqlite3* db, const char* name) {
  sqlite3_stmt* stmt = nullptr;
  bool exists = false;
  if (sqlite3_prepare_v2(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1", -1, &stmt,
                         nullptr) == SQLITE_OK) {
    sqlite3_bind_text(stmt, 1, name, -1, SQLITE_STATIC);
    exists = sqlite3_step(stmt) == SQLITE_ROW;
  }
  sqlite3_finalize(stmt);
  return exists;
}

}  // namespace

Status CreateSearchIndex(sqlite3* db, bool read_only, SharedWordCache* words) {
  if (Status s = RegisterTokenizer(db, words); !s.ok()) return s;
  if (read_only) return UseTermTable(db, /*collect=*/false, /*lookup=*/TableExists(db, "search_terms"));
  const std::string existing = IndexDefinition(db);
  const bool outdated = !existing.empty() && existing.find(kCurrentMark) == std::string::npos;
  if (outdated) {
    if (Status s = Exec(db, "DROP TABLE article_fts", "cannot drop the old search index"); !s.ok()) return s;
  }
  if (Status s = Exec(db, kSchema, "cannot create the search index"); !s.ok()) return s;
  if (Status s = Exec(db, kTermTableSchema, "cannot create the search terms table"); !s.ok()) return s;
  if (Status s = UseTermTable(db, /*collect=*/true, /*lookup=*/true); !s.ok()) return s;
  if (outdated) {
    if (Status s = Exec(db, "INSERT INTO article_fts(article_fts) VALUES('rebuild')",
                        "cannot rebuild the search index");
        !s.ok()) {
      return s;
    }
    return WriteNewTerms(db);
  }
  return Status::OK();
}

Indexer::~Indexer() {
  terms_.reset();
  sqlite3_finalize(insert_);
}

Status Indexer::Open(sqlite3* db, std::unique_ptr<Indexer>* out) {
  std::unique_ptr<Indexer> indexer(new Indexer);
  indexer->db_ = db;
  if (sqlite3_prepare_v3(db, "INSERT INTO article_fts(rowid, title, body) VALUES(?1, ?2, ?3)", -1,
                         SQLITE_PREPARE_PERSISTENT, &indexer->insert_, nullptr) != SQLITE_OK) {
    return Status::IOError(std::string("cannot prepare the search index insert: ") + sqlite3_errmsg(db));
  }
  if (Status s = TermWriter::Open(db, &indexer->terms_); !s.ok()) return s;
  *out = std::move(indexer);
  return Status::OK();
}

Status Indexer::Add(std::int64_t rowid, std::string_view title, std::string_view body,
                    const DocumentTerms* terms) {
  auto insert = [&] {
    // SQLITE_STATIC: the views outlive the step, after which the bindings are cleared.
    sqlite3_bind_int64(insert_, 1, rowid);
    sqlite3_bind_text(insert_, 2, title.data() ? title.data() : "", static_cast<int>(title.size()),
                      SQLITE_STATIC);
    sqlite3_bind_text(insert_, 3, body.data() ? body.data() : "", static_cast<int>(body.size()),
                      SQLITE_STATIC);
    const int rc = sqlite3_step(insert_);
    const Status s = rc == SQLITE_DONE
                         ? Status::OK()
                         : Status::IOError(std::string("cannot index an article: ") + sqlite3_errmsg(db_));
    sqlite3_reset(insert_);
    sqlite3_clear_bindings(insert_);
    return s;
  };
  if (terms) return terms_->InsertWithTerms(*terms, title, body, insert);
  if (Status s = insert(); !s.ok()) return s;
  return terms_->WriteNewTerms();  // the terms of the article's new word types, in the same transaction
}

}  // namespace marsad::search
