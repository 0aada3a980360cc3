// Searcher (marsad/search.h): one SQL statement per request over the FTS5 index joined with the articles,
// with the filters the request sets; and the known-item evaluation of the tokenizer against unicode61.
#include <sqlite3.h>

#include <chrono>
#include <string>
#include <unordered_set>
#include <utility>

#include "base/sqlite.h"
#include "marsad/article.h"
#include "marsad/search.h"
#include "marsad/store.h"
#include "search/query.h"
#include "search/tokenizer.h"

namespace marsad {
namespace {

// BM25 weights of the index's columns (title, body): a word in the headline says more about the article.
constexpr const char* kRanking = "bm25(3.0, 1.0)";
constexpr int kSnippetTokens = 20;

std::string Column(sqlite3_stmt* stmt, int col) {
  const unsigned char* t = sqlite3_column_text(stmt, col);
  return t ? std::string(reinterpret_cast<const char*>(t),
                         static_cast<std::size_t>(sqlite3_column_bytes(stmt, col)))
           : std::string();
}

// Finalizes a statement when it goes out of scope.
struct StatementGuard {
  sqlite3_stmt* stmt = nullptr;
  ~StatementGuard() { sqlite3_finalize(stmt); }
};

}  // namespace

Status SearchQueryToFts(const std::string& query, std::string* fts) {
  // Stems alone. Adding each word's exact form to a plain query (boost_exact) measured a little better on
  // known items (MRR@10 0.862 vs 0.860, marsad search eval --all) but doubles the terms of long queries: p95
  // latency over the July corpus 39 ms with it, 18 ms without (marsad-bench search). Quoted phrases still
  // match exact forms.
  return search::TranslateQuery(query, search::TranslateOptions{/*literal=*/false, /*boost_exact=*/false},
                                fts);
}

Searcher::Searcher(std::unique_ptr<Store> store) : store_(std::move(store)) {}
Searcher::~Searcher() = default;

Status Searcher::Open(const std::string& path, std::unique_ptr<Searcher>* searcher) {
  std::unique_ptr<Store> store;
  if (Status s = Store::Open(path, StoreOptions{true}, &store); !s.ok()) return s;
  searcher->reset(new Searcher(std::move(store)));
  return Status::OK();
}

Status Searcher::Search(const SearchRequest& request, std::vector<SearchHit>* hits) {
  hits->clear();
  std::string fts;
  if (Status s = SearchQueryToFts(request.query, &fts); !s.ok()) return s;
  if (request.limit <= 0) return Status::InvalidArgument("the limit must be at least 1");

  // Two steps: the ranked rowids first (filters applied), then metadata and a snippet for just those rows.
  // Snippets re-read and re-tokenize a body, so they must not be computed for every match of a common word.
  std::string sql = "SELECT article_fts.rowid, -article_fts.rank FROM article_fts";
  const bool events = !request.actor.empty() || !request.recipient.empty() || !request.category.empty();
  const bool join = events || !request.from.empty() || !request.to.empty() || !request.source.empty();
  if (join) sql += " JOIN articles a ON a.id = article_fts.rowid";
  sql += " WHERE article_fts MATCH :query AND article_fts.rank MATCH :ranking";
  if (!request.from.empty()) sql += " AND a.day >= :from";
  if (!request.to.empty()) sql += " AND a.day <= :to";
  if (!request.source.empty()) sql += " AND a.source = :source";
  if (events) {
    sql += " AND EXISTS (SELECT 1 FROM reports r WHERE r.article = a.id";
    if (!request.category.empty()) sql += " AND r.category = :category";
    auto party = [&](const char* role, const char* param) {
      sql += std::string(" AND EXISTS (SELECT 1 FROM report_parties p WHERE p.report = r.id AND p.role = '") +
             role + "' AND " + param + " IN (p.key, p.country, p.org))";
    };
    if (!request.actor.empty()) party("actor", ":actor");
    if (!request.recipient.empty()) party("recipient", ":recipient");
    sql += ")";
  }
  sql += " ORDER BY article_fts.rank LIMIT :limit";

  sqlite3* db = store_->handle();
  auto failed = [&](const std::string& what) {
    const std::string error = sqlite3_errmsg(db);
    if (error.find("no such table") != std::string::npos) {
      return Status::NotFound(store_->path() + " has no search index: run marsad ingest on it first");
    }
    return Status::IOError(what + " in " + store_->path() + ": " + error);
  };
  StatementGuard q, details;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &q.stmt, nullptr) != SQLITE_OK) return failed("cannot search");
  if (sqlite3_prepare_v2(db,
                         "SELECT a.article_id, a.url, a.source, a.title, coalesce(a.day, ''), a.date, "
                         "snippet(article_fts, 1, :open, :close, '…', :tokens) "
                         "FROM article_fts JOIN articles a ON a.id = article_fts.rowid "
                         "WHERE article_fts MATCH :query AND article_fts.rowid = :id",
                         -1, &details.stmt, nullptr) != SQLITE_OK) {
    return failed("cannot search");
  }
  auto bind = [](sqlite3_stmt* stmt, const char* name, const std::string& value) {
    if (const int i = sqlite3_bind_parameter_index(stmt, name); i > 0) {
      sqlite3_bind_text(stmt, i, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    }
  };
  bind(q.stmt, ":query", fts);
  bind(q.stmt, ":ranking", kRanking);
  bind(q.stmt, ":from", request.from);
  bind(q.stmt, ":to", request.to);
  bind(q.stmt, ":source", request.source);
  bind(q.stmt, ":category", request.category);
  bind(q.stmt, ":actor", request.actor);
  bind(q.stmt, ":recipient", request.recipient);
  sqlite3_bind_int(q.stmt, sqlite3_bind_parameter_index(q.stmt, ":limit"), request.limit);
  int rc;
  while ((rc = sqlite3_step(q.stmt)) == SQLITE_ROW) {
    SearchHit hit;
    hit.rowid = sqlite3_column_int64(q.stmt, 0);
    hit.score = sqlite3_column_double(q.stmt, 1);
    hits->push_back(std::move(hit));
  }
  if (rc != SQLITE_DONE) return failed("search failed");

  bind(details.stmt, ":open", kHighlightOpen);
  bind(details.stmt, ":close", kHighlightClose);
  bind(details.stmt, ":query", fts);
  sqlite3_bind_int(details.stmt, sqlite3_bind_parameter_index(details.stmt, ":tokens"), kSnippetTokens);
  for (SearchHit& hit : *hits) {
    sqlite3_bind_int64(details.stmt, sqlite3_bind_parameter_index(details.stmt, ":id"), hit.rowid);
    if (sqlite3_step(details.stmt) == SQLITE_ROW) {
      hit.article_id = Column(details.stmt, 0);
      hit.url = Column(details.stmt, 1);
      hit.source = Column(details.stmt, 2);
      hit.title = Column(details.stmt, 3);
      hit.day = Column(details.stmt, 4);
      hit.date = Column(details.stmt, 5);
      hit.snippet = Column(details.stmt, 6);
    }
    sqlite3_reset(details.stmt);
  }
  return Status::OK();
}

// ---- Known-item evaluation ----

namespace {

struct Configuration {
  std::string name, tokenize;
  bool baseline = false;  // unicode61: titles become an OR of their words as written
  search::TranslateOptions translate;
};

struct Sample {
  std::vector<std::string> titles, bodies;
};

Status ReadSample(const KnownItemOptions& options, Sample* sample) {
  std::vector<Article> articles;
  std::unordered_set<std::string> seen_bodies;
  ReadStats stats;
  auto on_article = [&](Article&& a) {
    if (a.title().empty() || a.body().empty()) return true;
    if (!seen_bodies.insert(std::string(a.body())).second) return true;  // one answer per body
    articles.push_back(std::move(a));
    return true;
  };
  if (Status s = ReadArticles(
          {options.input}, ReadOptions{}, on_article, [](const Diagnostic&) {}, &stats);
      !s.ok()) {
    return s;
  }
  if (articles.empty()) return Status::NotFound("no article with a title and a body in " + options.input);
  const std::size_t want = std::min(options.sample, articles.size());
  const std::size_t stride = articles.size() / want;
  for (std::size_t k = 0; k < want; ++k) {
    const Article& a = articles[k * stride];
    sample->titles.emplace_back(a.title());
    sample->bodies.emplace_back(a.body());
  }
  return Status::OK();
}

// The baseline's query: the title's words as written, each an FTS5 string, any of them.
std::string BaselineQuery(const std::string& title) {
  std::string out;
  for (const search::QueryWord& w : search::SplitWords(title)) {
    if (!w.searchable) continue;
    if (!out.empty()) out += " OR ";
    out += '"';
    for (char c : w.original) {
      out += c;
      if (c == '"') out += '"';
    }
    out += '"';
  }
  return out;
}

Status EvaluateOne(sqlite3* db, const Configuration& config, int table, const Sample& sample,
                   KnownItemScore* score) {
  using Clock = std::chrono::steady_clock;
  score->name = config.name;
  score->tokenize = config.tokenize;
  const std::string name = "docs" + std::to_string(table);
  const std::string create =
      "CREATE VIRTUAL TABLE " + name + " USING fts5(body, content='', tokenize=\"" + config.tokenize + "\")";
  if (sqlite3_exec(db, create.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) {
    return SqlError(db, "cannot create the index for " + config.name);
  }
  const auto start = Clock::now();
  sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
  {
    StatementGuard insert;
    if (sqlite3_prepare_v2(db, ("INSERT INTO " + name + "(rowid, body) VALUES(?1, ?2)").c_str(), -1,
                           &insert.stmt, nullptr) != SQLITE_OK) {
      return SqlError(db, "cannot prepare the insert");
    }
    for (std::size_t k = 0; k < sample.bodies.size(); ++k) {
      sqlite3_bind_int64(insert.stmt, 1, static_cast<sqlite3_int64>(k));
      sqlite3_bind_text(insert.stmt, 2, sample.bodies[k].data(), static_cast<int>(sample.bodies[k].size()),
                        SQLITE_STATIC);
      if (sqlite3_step(insert.stmt) != SQLITE_DONE) return SqlError(db, "cannot index " + config.name);
      sqlite3_reset(insert.stmt);
    }
  }
  sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
  score->index_seconds = std::chrono::duration<double>(Clock::now() - start).count();

  const auto query_start = Clock::now();
  StatementGuard select;
  if (sqlite3_prepare_v2(
          db, ("SELECT rowid FROM " + name + " WHERE " + name + " MATCH ?1 ORDER BY rank LIMIT 10").c_str(),
          -1, &select.stmt, nullptr) != SQLITE_OK) {
    return SqlError(db, "cannot prepare the query");
  }
  double reciprocal_ranks = 0;
  std::size_t found = 0;
  for (std::size_t k = 0; k < sample.titles.size(); ++k) {
    std::string fts;
    if (config.baseline) {
      fts = BaselineQuery(sample.titles[k]);
    } else if (!search::TranslateQuery(sample.titles[k], config.translate, &fts).ok()) {
      fts.clear();
    }
    ++score->queries;
    if (fts.empty()) continue;  // a title with nothing searchable: a miss
    sqlite3_bind_text(select.stmt, 1, fts.data(), static_cast<int>(fts.size()), SQLITE_TRANSIENT);
    int rank = 0, rc;
    while ((rc = sqlite3_step(select.stmt)) == SQLITE_ROW) {
      ++rank;
      if (sqlite3_column_int64(select.stmt, 0) == static_cast<sqlite3_int64>(k)) {
        reciprocal_ranks += 1.0 / rank;
        ++found;
        break;
      }
    }
    sqlite3_reset(select.stmt);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
      return SqlError(db, "query failed for " + config.name + ": " + fts);
  }
  score->query_seconds = std::chrono::duration<double>(Clock::now() - query_start).count();
  if (score->queries > 0) {
    score->mrr10 = reciprocal_ranks / static_cast<double>(score->queries);
    score->recall10 = static_cast<double>(found) / static_cast<double>(score->queries);
  }
  return Status::OK();
}

}  // namespace

Status EvaluateKnownItem(const KnownItemOptions& options, std::vector<KnownItemScore>* scores) {
  scores->clear();
  if (options.sample == 0) return Status::InvalidArgument("the sample must hold at least one article");
  Sample sample;
  if (Status s = ReadSample(options, &sample); !s.ok()) return s;

  const search::TranslateOptions titles{/*literal=*/true, /*boost_exact=*/false};
  const search::TranslateOptions titles_boosted{/*literal=*/true, /*boost_exact=*/true};
  std::vector<Configuration> configs = {
      {"unicode61 (baseline)", "unicode61", true, titles},
      {"marsad", "marsad", false, titles},  // as marsad search runs
  };
  if (options.all_variants) {
    configs.push_back({"marsad light stem", "marsad light", false, titles});
    configs.push_back({"marsad lemma", "marsad lemma", false, titles});
    configs.push_back({"marsad clitics only", "marsad base", false, titles});
    configs.push_back({"marsad without hunspell", "marsad nohunspell", false, titles});
    configs.push_back({"marsad, no exact forms", "marsad noexact", false, titles});
    configs.push_back({"marsad snowball", "marsad snowball", false, titles});
    configs.push_back({"marsad snowball, exact boosted", "marsad snowball", false, titles_boosted});
    configs.push_back({"marsad, exact forms boosted", "marsad", false, titles_boosted});
  }
  sqlite3* db = nullptr;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK) {
    sqlite3_close(db);
    return Status::IOError("cannot open an in-memory database");
  }
  Status status = search::RegisterTokenizer(db);
  for (std::size_t k = 0; status.ok() && k < configs.size(); ++k) {
    KnownItemScore score;
    status = EvaluateOne(db, configs[k], static_cast<int>(k), sample, &score);
    if (status.ok()) scores->push_back(std::move(score));
  }
  sqlite3_close(db);
  return status;
}

}  // namespace marsad
