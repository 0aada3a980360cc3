// Store: one SQLite file that keeps articles, their entity mentions, their coded events and the search index
// together.
//
// The contract.
// - One writer. A Store opened for writing is used by one thread; coding runs elsewhere and hands finished
//   articles to it (see ingest.h). Readers (search, queries, exports) open the same file read-only, from any
//   process, at any time: the database is in WAL mode.
// - Articles are keyed by their content hash (Article::id). Add() of an article whose id is stored already
//   adds nothing and says so; re-ingesting a corpus therefore adds zero rows.
// - Add() writes inside the open batch; Commit() makes the batch durable. A batch is one SQLite transaction,
//   so an interrupted run (Ctrl-C, kill -9, power loss) leaves the database as it was after the last
//   Commit(): every article there has its mentions, reports, search entry and event links, and none is half
//   written. The next run skips what is there and so resumes where the last one stopped.
// - Two levels of events. A *report* is one event as coded from one article (marsad code's record). An
//   *event* is the happening behind reports from several articles: reports with the same category, the same
//   actor and recipient codes and dates within a few days of each other are linked to one event, which
//   counts its reports, articles and sources (GDELT's NumMentions/NumArticles/NumSources). Linking is done
//   as reports arrive, in input order, so an event's id (a hash of its key and first date) stays stable as
//   later reports join it.
#ifndef MARSAD_STORE_H_
#define MARSAD_STORE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/article.h"
#include "marsad/entities.h"
#include "marsad/events.h"
#include "marsad/status.h"

struct sqlite3;

namespace marsad {

class SharedWordCache;
namespace search {
struct DocumentTerms;  // src/search/tokenizer.h
}

struct StoreOptions {
  bool read_only = false;  // open an existing database for queries; Add() and Commit() then fail
  // Word analyses the search index may reuse (see SharedWordCache in analyzer.h); must outlive the store.
  SharedWordCache* word_cache = nullptr;
};

// How many rows of each kind the database holds.
struct StoreCounts {
  std::int64_t articles = 0, mentions = 0, reports = 0, events = 0;
};

class Store {
 public:
  // Opens (creating it unless read_only) the database at `path` and brings its schema up to date.
  static Status Open(const std::string& path, const StoreOptions& options, std::unique_ptr<Store>* store);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Every stored article id, for a caller that wants to skip known articles before coding them.
  Status ArticleIds(std::vector<std::string>* ids);

  // Adds one analysed and coded article to the open batch (opening one if needed). `words` is the number of
  // word tokens (for statistics). Sets *added to false, and writes nothing, when the id is stored already.
  // `terms`: the article's search index terms, made ahead (see search::TermMaker); else the index makes them.
  Status Add(const Article& article, int words, const EntityResult& entities,
             const std::vector<Event>& events, bool* added, const search::DocumentTerms* terms = nullptr);

  // Commits the open batch, if any.
  Status Commit();

  // Copies the write-ahead log into the database file and empties it (at the end of an ingest, so that the
  // file alone holds everything and its size is the data's).
  Status Checkpoint();

  Status Counts(StoreCounts* counts);

  const std::string& path() const { return path_; }
  sqlite3* handle() { return db_; }  // for the search and query modules of this library

 private:
  struct Statements;
  Store(std::string path, sqlite3* db, bool read_only);
  Status Prepare();
  struct EventKey;
  static EventKey KeyOf(const Event& event);
  Status FindEvent(EventKey* key);
  Status CountReport(const Event& event, const EventKey& key);

  std::string path_;
  sqlite3* db_ = nullptr;
  bool read_only_ = false;
  bool in_batch_ = false;
  std::unique_ptr<Statements> stmts_;
};

}  // namespace marsad

#endif  // MARSAD_STORE_H_
