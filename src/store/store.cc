// The SQLite store: schema, the batched writer and the linking of reports into events.
//
// The schema (version 1), one row per thing, every event field traceable to its article's bytes:
//
//   articles        id (rowid), article_id (content hash, unique), source, url, date as given, day (the
//                   publication day, YYYY-MM-DD, see PublicationDay), title, author, language, origin, text
//                   and the byte spans of title and body in it, words
//   mentions        article, byte span, type, text, canonical name, country, org, sector, role, entity, how
//   reports         one coded event of one article: marsad code's fields, its record as JSON, the party keys
//                   (actor, recipient) and the event it was linked to
//   report_parties  one row per actor or recipient of a report, for filters such as --actor KAZ
//   events          the happening behind linked reports: key, first and last day, counts of reports, articles
//                   and distinct sources
//   article_fts     the full-text index (src/search), rowid = articles.id
//
// A party's key is what identifies it across outlets: its organisation code (CICA, GCC, UN), else its
// country, else its sector, else its name as written; a report's actor (recipient) key is its parties' keys,
// sorted and joined by '+'. Two reports are one event when category, actor key and recipient key are equal
// and the later one's day is at most kLinkDays from the event's span of days (CONSULT without a visit counts
// the two sides as one unordered pair, since outlets word a meeting from either side), and their places do
// not differ. Reports without a day, or with a party known only by its sector (unnamed gunmen, "security
// forces") or without a recipient, form events of their own: nothing says two of them are the same happening.
#include "marsad/store.h"

#include <sqlite3.h>

#include <algorithm>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "base/hashing.h"
#include "base/sqlite.h"
#include "marsad/dates.h"
#include "search/index.h"

namespace marsad {
namespace {

constexpr int kSchemaVersion = 1;
constexpr int kLinkDays = 2;

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles(
  id INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL, url TEXT NOT NULL, date TEXT NOT NULL, day TEXT,
  title TEXT NOT NULL, author TEXT NOT NULL, language TEXT NOT NULL, origin TEXT NOT NULL,
  text TEXT NOT NULL,
  title_begin INTEGER NOT NULL, title_end INTEGER NOT NULL, body_begin INTEGER NOT NULL, body_end INTEGER NOT NULL,
  words INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS articles_day ON articles(day);
CREATE INDEX IF NOT EXISTS articles_source ON articles(source);
CREATE TABLE IF NOT EXISTS mentions(
  article INTEGER NOT NULL REFERENCES articles(id),
  begin INTEGER NOT NULL, end INTEGER NOT NULL,
  type TEXT NOT NULL, text TEXT NOT NULL, canonical TEXT NOT NULL,
  country TEXT NOT NULL, org TEXT NOT NULL, sector TEXT NOT NULL, role TEXT NOT NULL,
  entity INTEGER NOT NULL, how TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article);
CREATE INDEX IF NOT EXISTS mentions_canonical ON mentions(canonical);
CREATE TABLE IF NOT EXISTS events(
  id TEXT PRIMARY KEY,
  category TEXT NOT NULL, actor TEXT NOT NULL, recipient TEXT NOT NULL,
  cameo TEXT NOT NULL, mode TEXT NOT NULL, goldstein REAL NOT NULL, quad_class INTEGER NOT NULL,
  location TEXT NOT NULL, first_day TEXT, last_day TEXT,
  reports INTEGER NOT NULL, articles INTEGER NOT NULL, sources INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS events_key ON events(category, actor, recipient, last_day);
CREATE INDEX IF NOT EXISTS events_day ON events(first_day);
CREATE TABLE IF NOT EXISTS reports(
  id TEXT PRIMARY KEY,
  article INTEGER NOT NULL REFERENCES articles(id),
  event TEXT NOT NULL REFERENCES events(id) DEFERRABLE INITIALLY DEFERRED,
  date TEXT NOT NULL, date_precision TEXT NOT NULL, date_source TEXT NOT NULL,
  category TEXT NOT NULL, mode TEXT NOT NULL, context TEXT NOT NULL, cameo TEXT NOT NULL,
  goldstein REAL NOT NULL, quad_class INTEGER NOT NULL,
  actor TEXT NOT NULL, recipient TEXT NOT NULL,
  location TEXT NOT NULL, modality TEXT NOT NULL, trigger TEXT NOT NULL, confidence REAL NOT NULL,
  record TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS reports_article ON reports(article);
CREATE INDEX IF NOT EXISTS reports_event ON reports(event);
CREATE INDEX IF NOT EXISTS reports_date ON reports(date);
CREATE TABLE IF NOT EXISTS report_parties(
  report TEXT NOT NULL REFERENCES reports(id),
  role TEXT NOT NULL,
  key TEXT NOT NULL, country TEXT NOT NULL, org TEXT NOT NULL, sector TEXT NOT NULL,
  name TEXT NOT NULL, text TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS report_parties_report ON report_parties(report);
CREATE INDEX IF NOT EXISTS report_parties_key ON report_parties(key, role);
CREATE INDEX IF NOT EXISTS report_parties_country ON report_parties(country, role);
)sql";

std::string PartyKey(const EventParty& p) {
  if (!p.org.empty()) return p.org;
  if (!p.country.empty()) return p.country;
  if (!p.sector.empty()) return p.sector;
  return p.name.empty() ? p.text : p.name;
}

std::string PartiesKey(const std::vector<EventParty>& parties) {
  std::vector<std::string> keys;
  for (const EventParty& p : parties) keys.push_back(PartyKey(p));
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  std::string out;
  for (const std::string& k : keys) {
    if (!out.empty()) out += '+';
    out += k;
  }
  return out;
}

}  // namespace

// What links a report to an event (see the file comment).
struct Store::EventKey {
  std::string category, actor, recipient;
  std::string day;        // YYYY-MM-DD, "" when the report's date is not a day
  bool linkable = false;  // whether other reports may join it (see KeyOf)
  std::string location;   // where, "" when not known
  std::string report;     // the report's id
  std::string id;         // the event's id, once found or made
  bool is_new = false;
};

Store::EventKey Store::KeyOf(const Event& e) {
  EventKey key;
  key.category = e.category;
  key.actor = PartiesKey(e.actor);
  key.recipient = PartiesKey(e.recipient);
  if (e.category == "CONSULT" && e.mode != "visit" && key.recipient < key.actor)
    std::swap(key.actor, key.recipient);
  // Only identified parties link reports: two outlets' "gunmen attacked" on one day are not known to be one
  // attack, nor is an act with no recipient the same as another one's.
  auto identified = [](const std::vector<EventParty>& parties) {
    if (parties.empty()) return false;
    for (const EventParty& p : parties) {
      if (p.org.empty() && p.country.empty() && p.name.empty()) return false;
    }
    return true;
  };
  if (e.date_precision == DatePrecision::kDay) key.day = e.date;
  // A state acting on itself (a ministry praising a ministry) is domestic news too various to link by codes.
  key.linkable =
      !key.day.empty() && identified(e.actor) && identified(e.recipient) && key.actor != key.recipient;
  key.location = e.location;
  key.report = e.id;
  return key;
}

struct Store::Statements {
  Statement find_article, insert_article, insert_mention, insert_report, insert_party;
  Statement find_event, insert_event, update_event;
  std::unique_ptr<search::Indexer> index;
};

Store::Store(std::string path, sqlite3* db, bool read_only)
    : path_(std::move(path)), db_(db), read_only_(read_only), stmts_(std::make_unique<Statements>()) {}

Store::~Store() {
  if (in_batch_) Exec(db_, "ROLLBACK");
  stmts_.reset();
  sqlite3_close_v2(db_);
}

Status Store::Open(const std::string& path, const StoreOptions& options, std::unique_ptr<Store>* store) {
  sqlite3* db = nullptr;
  const int flags = options.read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  if (sqlite3_open_v2(path.c_str(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
    Status s =
        Status::IOError("cannot open database " + path + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
    sqlite3_close_v2(db);
    return s;
  }
  std::unique_ptr<Store> opened(new Store(path, db, options.read_only));
  sqlite3_busy_timeout(db, 10000);
  Status s;
  if (!options.read_only) {
    // WAL: readers never block the writer; NORMAL sync: a commit survives a crash of the process, and a power
    // loss loses at most the last commits, never the consistency of the file.
    s = Exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
    // A batch of articles dirties more pages (articles, mentions, their indexes, FTS5 segments) than SQLite's
    // default 2 MiB page cache holds: it then spills pages to the WAL in mid-transaction and reads them back,
    // and checkpoints every 1,000 pages, nearly each commit, copying pages that the next batch changes again.
    // A 64 MiB cache (a bound, allocated as used) and a checkpoint every 16,000 pages (64 MiB of WAL) write
    // each page fewer times. Neither touches what a commit guarantees: the WAL is synced as before.
    if (s.ok()) s = Exec(db, "PRAGMA cache_size=-65536; PRAGMA wal_autocheckpoint=16000;");
    if (s.ok()) s = Exec(db, kSchema);
    if (s.ok()) {
      const std::string version = "INSERT OR IGNORE INTO meta(key, value) VALUES('schema_version', '" +
                                  std::to_string(kSchemaVersion) + "')";
      s = Exec(db, version.c_str());
    }
  }
  if (s.ok()) s = search::CreateSearchIndex(db, options.read_only, options.word_cache);
  if (s.ok() && !options.read_only) s = opened->Prepare();
  if (!s.ok()) return Status::IOError(path + ": " + s.message());
  *store = std::move(opened);
  return Status::OK();
}

Status Store::Prepare() {
  Statements& q = *stmts_;
  Status s = q.find_article.Prepare(db_, "SELECT id FROM articles WHERE article_id = ?1");
  if (s.ok())
    s = q.insert_article.Prepare(
        db_,
        "INSERT INTO articles(article_id, source, url, date, day, title, author, language, origin, text, "
        "title_begin, title_end, body_begin, body_end, words) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
  if (s.ok())
    s = q.insert_mention.Prepare(
        db_,
        "INSERT INTO mentions(article, begin, end, type, text, canonical, country, org, "
        "sector, role, entity, how) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
  if (s.ok())
    s = q.insert_report.Prepare(
        db_,
        "INSERT OR IGNORE INTO reports(id, article, event, date, date_precision, date_source, category, "
        "mode, "
        "context, cameo, goldstein, quad_class, actor, recipient, location, modality, trigger, confidence, "
        "record) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)");
  if (s.ok())
    s = q.insert_party.Prepare(
        db_,
        "INSERT INTO report_parties(report, role, key, country, org, sector, name, text) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
  if (s.ok())
    s = q.find_event.Prepare(
        db_,
        "SELECT id FROM events WHERE category = ?1 AND actor = ?2 AND recipient = ?3 "
        "AND last_day >= date(?4, '-" +
            std::to_string(kLinkDays) + " days') AND first_day <= date(?4, '+" + std::to_string(kLinkDays) +
            " days') AND (location = '' OR ?5 = '' OR location = ?5) ORDER BY last_day DESC LIMIT 1");
  if (s.ok())
    s = q.insert_event.Prepare(
        db_,
        "INSERT OR IGNORE INTO events(id, category, actor, recipient, cameo, mode, goldstein, "
        "quad_class, location, first_day, last_day, reports, articles, sources) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?10, ?9, ?9, 0, 0, 0)");
  if (s.ok()) s = search::Indexer::Open(db_, &q.index);
  if (s.ok())
    s = q.update_event.Prepare(
        db_,
        "UPDATE events SET first_day = min(coalesce(first_day, ?2), ?2), last_day = max(coalesce(last_day, "
        "?2), ?2), "
        "reports = (SELECT count(*) FROM reports WHERE event = ?1), "
        "articles = (SELECT count(DISTINCT article) FROM reports WHERE event = ?1), "
        "sources = (SELECT count(DISTINCT a.source) FROM reports r JOIN articles a ON a.id = r.article "
        "WHERE r.event = ?1) WHERE id = ?1");
  return s;
}

Status Store::ArticleIds(std::vector<std::string>* ids) {
  ids->clear();
  Statement q;
  if (Status s = q.Prepare(db_, "SELECT article_id FROM articles"); !s.ok()) return s;
  int rc;
  while ((rc = q.Step()) == SQLITE_ROW) ids->push_back(q.Text(0));
  return rc == SQLITE_DONE ? Status::OK() : SqlError(db_, "cannot list articles");
}

Status Store::Add(const Article& article, int words, const EntityResult& entities,
                  const std::vector<Event>& events, bool* added, const search::DocumentTerms* terms) {
  *added = false;
  if (read_only_) return Status::InvalidArgument(path_ + " is open read-only");
  Statements& q = *stmts_;
  if (!in_batch_) {
    if (Status s = Exec(db_, "BEGIN IMMEDIATE"); !s.ok()) return s;
    in_batch_ = true;
  }
  q.find_article.Bind(1, article.id);
  const int found = q.find_article.Step();
  q.find_article.Reset();
  if (found == SQLITE_ROW) return Status::OK();

  const CivilDate day = PublicationDay(article);
  q.insert_article.Bind(1, article.id)
      .Bind(2, article.source)
      .Bind(3, article.url)
      .Bind(4, article.date)
      .Bind(6, article.title())
      .Bind(7, article.author)
      .Bind(8, article.language)
      .Bind(9, article.origin)
      .Bind(10, article.text)
      .Bind(11, static_cast<std::int64_t>(article.title_span.begin))
      .Bind(12, static_cast<std::int64_t>(article.title_span.end))
      .Bind(13, static_cast<std::int64_t>(article.body_span.begin))
      .Bind(14, static_cast<std::int64_t>(article.body_span.end))
      .Bind(15, static_cast<std::int64_t>(words));
  if (day.precision() == DatePrecision::kDay) {
    q.insert_article.Bind(5, day.ToString());
  } else {
    q.insert_article.BindNull(5);
  }
  if (Status s = q.insert_article.Run(); !s.ok()) return s;
  const std::int64_t rowid = sqlite3_last_insert_rowid(db_);

  for (const Mention& m : entities.mentions) {
    // A mention's codes may have been resolved on its entity (an institution's country from context).
    const Entity* e = m.entity >= 0 ? &entities.entities[static_cast<std::size_t>(m.entity)] : nullptr;
    auto resolved = [&](const std::string& own, std::string Entity::*field) -> const std::string& {
      return own.empty() && e ? e->*field : own;
    };
    q.insert_mention.Bind(1, rowid)
        .Bind(2, static_cast<std::int64_t>(m.span.begin))
        .Bind(3, static_cast<std::int64_t>(m.span.end))
        .Bind(4, MentionTypeName(m.type))
        .Bind(5, article.View(m.span))
        .Bind(6, m.canonical)
        .Bind(7, resolved(m.country, &Entity::country))
        .Bind(8, resolved(m.org, &Entity::org))
        .Bind(9, resolved(m.sector, &Entity::sector))
        .Bind(10, resolved(m.role, &Entity::role))
        .Bind(11, static_cast<std::int64_t>(m.entity))
        .Bind(12, m.how);
    if (Status s = q.insert_mention.Run(); !s.ok()) return s;
  }

  for (const Event& e : events) {
    EventKey key = KeyOf(e);
    if (Status s = FindEvent(&key); !s.ok()) return s;
    q.insert_report.Bind(1, e.id)
        .Bind(2, rowid)
        .Bind(3, key.id)
        .Bind(4, e.date)
        .Bind(5, DatePrecisionName(e.date_precision))
        .Bind(6, e.date_source)
        .Bind(7, e.category)
        .Bind(8, e.mode)
        .Bind(9, e.context)
        .Bind(10, e.cameo)
        .Bind(11, e.goldstein)
        .Bind(12, static_cast<std::int64_t>(e.quad_class))
        .Bind(13, key.actor)
        .Bind(14, key.recipient)
        .Bind(15, e.location)
        .Bind(16, e.modality)
        .Bind(17, e.trigger)
        .Bind(18, e.confidence)
        .Bind(19, EventToJson(article, e));
    if (Status s = q.insert_report.Run(); !s.ok()) return s;
    if (sqlite3_changes(db_) == 0) continue;  // the same report id twice: kept once
    for (int role = 0; role < 2; ++role) {
      for (const EventParty& p : role == 0 ? e.actor : e.recipient) {
        q.insert_party.Bind(1, e.id)
            .Bind(2, role == 0 ? "actor" : "recipient")
            .Bind(3, PartyKey(p))
            .Bind(4, p.country)
            .Bind(5, p.org)
            .Bind(6, p.sector)
            .Bind(7, p.name)
            .Bind(8, p.text);
        if (Status s = q.insert_party.Run(); !s.ok()) return s;
      }
    }
    if (Status s = CountReport(e, key); !s.ok()) return s;
  }
  if (Status s = q.index->Add(rowid, article.title(), article.body(), terms); !s.ok()) return s;
  *added = true;
  return Status::OK();
}

Status Store::FindEvent(EventKey* key) {
  Statements& q = *stmts_;
  if (key->linkable) {
    q.find_event.Bind(1, key->category)
        .Bind(2, key->actor)
        .Bind(3, key->recipient)
        .Bind(4, key->day)
        .Bind(5, key->location);
    const int rc = q.find_event.Step();
    if (rc == SQLITE_ROW) key->id = q.find_event.Text(0);
    q.find_event.Reset();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return SqlError(db_, "cannot look up events");
    if (!key->id.empty()) return Status::OK();
  }
  // A new event: its id hashes its key and first day (when it cannot be linked, the report it stands for).
  std::uint64_t h = Fnv1a64(key->category);
  for (const std::string* part : {&key->actor, &key->recipient, key->linkable ? &key->day : &key->report}) {
    h = Fnv1a64(*part, Fnv1a64("|", h));
  }
  key->id = Hex16(h);
  key->is_new = true;
  return Status::OK();
}

Status Store::CountReport(const Event& e, const EventKey& key) {
  Statements& q = *stmts_;
  if (key.is_new) {
    q.insert_event.Bind(1, key.id)
        .Bind(2, key.category)
        .Bind(3, key.actor)
        .Bind(4, key.recipient)
        .Bind(5, e.cameo)
        .Bind(6, e.mode)
        .Bind(7, e.goldstein)
        .Bind(8, static_cast<std::int64_t>(e.quad_class))
        .Bind(10, key.location);
    if (key.day.empty()) {
      q.insert_event.BindNull(9);
    } else {
      q.insert_event.Bind(9, key.day);
    }
    if (Status s = q.insert_event.Run(); !s.ok()) return s;
  }
  q.update_event.Bind(1, key.id);
  if (key.day.empty()) {
    q.update_event.BindNull(2);
  } else {
    q.update_event.Bind(2, key.day);
  }
  return q.update_event.Run();
}

Status Store::Commit() {
  if (!in_batch_) return Status::OK();
  in_batch_ = false;
  return Exec(db_, "COMMIT");
}

Status Store::Checkpoint() {
  if (Status s = Commit(); !s.ok()) return s;
  return Exec(db_, "PRAGMA wal_checkpoint(TRUNCATE)");
}

Status Store::Counts(StoreCounts* counts) {
  Statement q;
  if (Status s = q.Prepare(db_,
                           "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM mentions), "
                           "(SELECT count(*) FROM reports), (SELECT count(*) FROM events)");
      !s.ok()) {
    return s;
  }
  if (q.Step() != SQLITE_ROW) return SqlError(db_, "cannot count rows");
  counts->articles = q.Int(0);
  counts->mentions = q.Int(1);
  counts->reports = q.Int(2);
  counts->events = q.Int(3);
  return Status::OK();
}

}  // namespace marsad
