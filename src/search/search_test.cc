// Tests of the search module: the tokenizer's matching (harakat, tatweel, hamza, clitics, inflection), the
// query translator (phrases, operators, malformed queries), snippets on the original words, and filters.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "marsad/search.h"
#include "marsad/store.h"
#include "search/query.h"
#include "search/tokenizer.h"

namespace marsad {
namespace {

// An in-memory FTS5 table with the marsad tokenizer, for matching one text against one query.
class Matcher {
 public:
  Matcher() {
    EXPECT_EQ(sqlite3_open(":memory:", &db_), SQLITE_OK);
    EXPECT_TRUE(search::RegisterTokenizer(db_).ok());
    EXPECT_EQ(sqlite3_exec(db_, "CREATE VIRTUAL TABLE t USING fts5(body, tokenize='marsad')", nullptr,
                           nullptr, nullptr),
              SQLITE_OK);
  }
  ~Matcher() { sqlite3_close(db_); }

  // Whether the user query finds the text (an error counts as no).
  bool Finds(const std::string& query, const std::string& text) {
    sqlite3_exec(db_, "DELETE FROM t", nullptr, nullptr, nullptr);
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db_, "INSERT INTO t(body) VALUES(?1)", -1, &stmt, nullptr);
    sqlite3_bind_text(stmt, 1, text.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    std::string fts;
    if (!search::TranslateQuery(query, {}, &fts).ok()) return false;
    sqlite3_prepare_v2(db_, "SELECT count(*) FROM t WHERE t MATCH ?1", -1, &stmt, nullptr);
    sqlite3_bind_text(stmt, 1, fts.c_str(), -1, SQLITE_TRANSIENT);
    const bool found = sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_int(stmt, 0) > 0;
    sqlite3_finalize(stmt);
    return found;
  }

  // highlight() of the text for the query.
  std::string Highlight(const std::string& query, const std::string& text) {
    Finds(query, text);
    std::string fts;
    EXPECT_TRUE(search::TranslateQuery(query, {}, &fts).ok());
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db_, "SELECT highlight(t, 0, '[', ']') FROM t WHERE t MATCH ?1", -1, &stmt, nullptr);
    sqlite3_bind_text(stmt, 1, fts.c_str(), -1, SQLITE_TRANSIENT);
    std::string out;
    if (sqlite3_step(stmt) == SQLITE_ROW) out = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    sqlite3_finalize(stmt);
    return out;
  }

 private:
  sqlite3* db_ = nullptr;
};

TEST(SearchTokenizer, TheIssuesExamplePairs) {
  Matcher m;
  EXPECT_TRUE(m.Finds("الرئيس", "وصل الرَّئِيسُ إلى الرياض"));
  EXPECT_TRUE(m.Finds("استقبلت", "يستقبل خادم الحرمين الشريفين الوفد"));
  EXPECT_TRUE(m.Finds("مؤتمرات", "افتتح المؤتمر الدولي"));
}

TEST(SearchTokenizer, HarakatAndTatweelDoNotSplitWords) {
  Matcher m;
  EXPECT_TRUE(m.Finds("مجلس الوزراء", "عقد مَجْلِسُ الوُزَرَاءِ جلسته"));
  EXPECT_TRUE(m.Finds("\"مجلس الوزراء\"", "عقد مَجْلِسُ الوُزَرَاءِ جلسته"));
  EXPECT_TRUE(m.Finds("الرياض", "في الريـــاض أمس"));
  EXPECT_TRUE(m.Finds("الريـاض", "في الرياض أمس"));
  // unicode61 would make a term of the letters between two harakat; no such piece matches here.
  EXPECT_FALSE(m.Finds("جْلِ", "عقد مَجْلِسُ الوُزَرَاءِ جلسته"));
}

TEST(SearchTokenizer, HamzaForms) {
  Matcher m;
  EXPECT_TRUE(m.Finds("الامين", "قال الأمين العام"));
  EXPECT_TRUE(m.Finds("إعلان", "صدر اعلان الرياض"));
  EXPECT_TRUE(m.Finds("\"آل سعود\"", "أسرة ال سعود"));
  // Hamza on its carrier survives: رئيس is not ريس.
  EXPECT_FALSE(m.Finds("\"ريس\"", "وصل الرئيس"));
}

TEST(SearchTokenizer, CliticsAndExactPhrases) {
  Matcher m;
  EXPECT_TRUE(m.Finds("الرئيس", "التقى وللرئيس كلمة"));
  EXPECT_TRUE(m.Finds("وزير", "وقال والوزير إن"));
  // A quoted phrase wants these word forms in this order.
  EXPECT_TRUE(m.Finds("\"الأمين العام\"", "قال الأمين العام للأمم المتحدة"));
  EXPECT_FALSE(m.Finds("\"الأمين العام\"", "قال العام الأمين"));
  EXPECT_FALSE(m.Finds("\"الأمين العام\"", "قال أمين عام الجامعة"));
  EXPECT_TRUE(m.Finds("أمين عام", "قال الأمين العام"));
}

TEST(SearchTokenizer, LatinAndNumbers) {
  Matcher m;
  EXPECT_TRUE(m.Finds("opec", "اجتماع OPEC في فيينا"));
  EXPECT_TRUE(m.Finds("2015", "في عام ٢٠١٥"));
}

TEST(SearchTokenizer, HighlightMarksTheOriginalWords) {
  Matcher m;
  EXPECT_EQ(m.Highlight("الرئيس", "وصل الرَّئِيسُ إلى الريـــاض"), "وصل [الرَّئِيسُ] إلى الريـــاض");
  EXPECT_EQ(m.Highlight("\"الرياض\"", "وصل الرَّئِيسُ إلى الريـــاض."), "وصل الرَّئِيسُ إلى [الريـــاض].");
}

TEST(SearchQuery, PlainWordsAreAnyOfThem) {
  std::string fts;
  ASSERT_TRUE(search::TranslateQuery("الملك سلمان", {}, &fts).ok());
  EXPECT_EQ(fts, "(\"الملك\" OR \"سلمان\")");
  ASSERT_TRUE(search::TranslateQuery("زيارة في الرياض", {}, &fts).ok());
  EXPECT_EQ(fts, "(\"زيارة\" OR \"الرياض\")") << "a function word among others is dropped";
  ASSERT_TRUE(search::TranslateQuery("في", {}, &fts).ok());
  EXPECT_EQ(fts, "\"في\"");
}

TEST(SearchQuery, PhrasesAndOperators) {
  std::string fts;
  ASSERT_TRUE(search::TranslateQuery("\"الأمين العام\" الأمم", {}, &fts).ok());
  EXPECT_EQ(fts, "(\"=الأمين =العام\" OR \"الأمم\")");
  ASSERT_TRUE(search::TranslateQuery("«الأمين العام»", {}, &fts).ok());
  EXPECT_EQ(fts, "\"=الأمين =العام\"");
  ASSERT_TRUE(search::TranslateQuery("إيران AND الاتفاق", {}, &fts).ok());
  EXPECT_EQ(fts, "(\"إيران\" AND \"الاتفاق\")");
  ASSERT_TRUE(search::TranslateQuery("إيران -النووي", {}, &fts).ok());
  EXPECT_EQ(fts, "(\"إيران\" NOT (\"النووي\"))");
  ASSERT_TRUE(search::TranslateQuery("إيران NOT النووي", {}, &fts).ok());
  EXPECT_EQ(fts, "(\"إيران\" NOT (\"النووي\"))");
  ASSERT_TRUE(search::TranslateQuery("(اليمن OR عدن) AND الحوثيين", {}, &fts).ok());
  EXPECT_EQ(fts, "((\"اليمن\" OR \"عدن\") AND \"الحوثيين\")");
  ASSERT_TRUE(search::TranslateQuery("وزار*", {}, &fts).ok());
  EXPECT_EQ(fts, "\"=وزار\" *");
}

TEST(SearchQuery, UserTextNeverBecomesSyntax) {
  std::string fts;
  // FTS5 syntax typed as words: column filters, NEAR, carets, stray quotes inside words.
  ASSERT_TRUE(search::TranslateQuery("body:الرياض NEAR(a b) ^x {a} a:b", {}, &fts).ok());
  for (const char* bad : {"body:", "NEAR(", "^"}) EXPECT_EQ(fts.find(bad), std::string::npos) << fts;
  ASSERT_TRUE(search::TranslateQuery("and or not", {}, &fts).ok()) << "lower-case words are words";
  // Invalid UTF-8 is repaired, not passed on.
  EXPECT_TRUE(search::TranslateQuery("الرياض \xff\xfe", {}, &fts).ok());
}

TEST(SearchQuery, MalformedQueriesSaySo) {
  std::string fts;
  for (const char* bad : {"\"الأمين العام", "AND الرياض", "الرياض AND", "الرياض OR", "-الرياض", "NOT الرياض",
                          "(الرياض", "الرياض)", "", "   ", "، . !", "الرياض AND AND جدة"}) {
    const Status s = search::TranslateQuery(bad, {}, &fts);
    EXPECT_EQ(s.code(), Status::Code::kInvalidArgument) << "'" << bad << "' gave " << fts;
    EXPECT_FALSE(s.message().empty());
  }
}

// A small database written through the Store, as `marsad ingest` would, with one coded report.
class SearchDatabase : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ =
        (std::filesystem::temp_directory_path() / ("marsad-search-test-" + std::to_string(getpid()) + ".db"))
            .string();
    Remove();
    std::unique_ptr<Store> store;
    ASSERT_TRUE(Store::Open(path_, StoreOptions{}, &store).ok());
    Add(*store, "الملك سلمان يستقبل الرئيس الكازاخستاني", "استقبل خادم الحرمين الشريفين الرَّئِيسَ في الرياض.",
        "spa", "2015-07-02 10:00:00", true);
    Add(*store, "مؤتمر للطاقة في جدة", "افتتح وزير الطاقة مؤتمرات الطاقة في جدة بحضور الرئيس.", "okaz",
        "2015-07-10 10:00:00", false);
    Add(*store, "أمطار على الرياض", "هطلت أمطار غزيرة على الرياض أمس.", "spa", "2015-07-20 10:00:00", false);
    ASSERT_TRUE(store->Commit().ok());
  }
  void TearDown() override { Remove(); }
  void Remove() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_ + suffix);
  }

  static void Add(Store& store, const std::string& title, const std::string& body, const std::string& source,
                  const std::string& date, bool with_event) {
    Article a = MakeArticle(title, body);
    a.source = source;
    a.date = date;
    a.url = "https://example.org/" + a.id;
    std::vector<Event> events;
    if (with_event) {
      Event e;
      e.id = "ev-" + a.id;
      e.article_id = a.id;
      e.category = "CONSULT";
      e.mode = "visit";
      e.date = date.substr(0, 10);
      e.date_precision = DatePrecision::kDay;
      EventParty actor;
      actor.country = "SAU";
      actor.text = "الملك سلمان";
      EventParty recipient;
      recipient.country = "KAZ";
      recipient.text = "الرئيس الكازاخستاني";
      e.mentions.push_back(EventMention{0, a.body_span, Span{a.body_span.begin, a.body_span.begin + 12}});
      e.actor = {actor};
      e.recipient = {recipient};
      events.push_back(e);
    }
    bool added = false;
    ASSERT_TRUE(store.Add(a, 10, EntityResult{}, events, &added).ok());
    ASSERT_TRUE(added);
  }

  // A request from field names and values: {{"query", "…"}, {"source", "spa"}, {"limit", "1"}}.
  static SearchRequest Request(const std::vector<std::pair<std::string, std::string>>& fields) {
    SearchRequest r;
    for (const auto& [name, value] : fields) {
      if (name == "query") r.query = value;
      if (name == "from") r.from = value;
      if (name == "to") r.to = value;
      if (name == "source") r.source = value;
      if (name == "actor") r.actor = value;
      if (name == "recipient") r.recipient = value;
      if (name == "category") r.category = value;
      if (name == "limit") r.limit = std::stoi(value);
    }
    return r;
  }

  std::vector<SearchHit> Search(const std::vector<std::pair<std::string, std::string>>& fields) {
    const SearchRequest request = Request(fields);
    std::unique_ptr<Searcher> searcher;
    EXPECT_TRUE(Searcher::Open(path_, &searcher).ok());
    std::vector<SearchHit> hits;
    if (searcher) {
      const Status s = searcher->Search(request, &hits);
      EXPECT_TRUE(s.ok()) << s.ToString();
    }
    return hits;
  }
  static std::vector<std::string> Titles(const std::vector<SearchHit>& hits) {
    std::vector<std::string> titles;
    for (const SearchHit& h : hits) titles.push_back(h.title);
    return titles;
  }

  std::string path_;
};

TEST_F(SearchDatabase, RanksTitlesAboveBodies) {
  const std::vector<SearchHit> hits = Search({{"query", "الرئيس"}});
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(hits[0].title, "الملك سلمان يستقبل الرئيس الكازاخستاني");
  EXPECT_GT(hits[0].score, hits[1].score);
  EXPECT_EQ(hits[0].source, "spa");
  EXPECT_EQ(hits[0].day, "2015-07-02");
  EXPECT_FALSE(hits[0].url.empty());
}

TEST_F(SearchDatabase, SnippetsMarkTheOriginalWords) {
  const std::vector<SearchHit> hits = Search({{"query", "الرئيس"}});
  ASSERT_FALSE(hits.empty());
  EXPECT_NE(hits[0].snippet.find("[الرَّئِيسَ]"), std::string::npos) << hits[0].snippet;
}

TEST_F(SearchDatabase, Filters) {
  EXPECT_EQ(Search({{"query", "الرياض"}, {"source", "okaz"}}).size(), 0u);
  EXPECT_EQ(Search({{"query", "الرياض"}, {"source", "spa"}}).size(), 2u);
  EXPECT_EQ(Titles(Search({{"query", "الرياض"}, {"from", "2015-07-15"}})),
            std::vector<std::string>{"أمطار على الرياض"});
  EXPECT_EQ(Titles(Search({{"query", "الرياض"}, {"to", "2015-07-15"}})),
            std::vector<std::string>{"الملك سلمان يستقبل الرئيس الكازاخستاني"});
  EXPECT_EQ(Search({{"query", "الرياض"}, {"actor", "SAU"}}).size(), 1u);
  EXPECT_EQ(
      Search({{"query", "الرياض"}, {"actor", "SAU"}, {"recipient", "KAZ"}, {"category", "CONSULT"}}).size(),
      1u);
  EXPECT_EQ(Search({{"query", "الرياض"}, {"actor", "KAZ"}}).size(), 0u)
      << "KAZ is the recipient, not the actor";
  EXPECT_EQ(Search({{"query", "الرياض"}, {"category", "PROTEST"}}).size(), 0u);
  EXPECT_EQ(Search({{"query", "الرياض OR جدة"}, {"limit", "1"}}).size(), 1u);
}

TEST_F(SearchDatabase, MalformedQueryIsInvalidArgument) {
  std::unique_ptr<Searcher> searcher;
  ASSERT_TRUE(Searcher::Open(path_, &searcher).ok());
  std::vector<SearchHit> hits;
  EXPECT_EQ(searcher->Search(Request({{"query", "\"الرياض"}}), &hits).code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(searcher->Search(Request({{"query", "-الرياض"}}), &hits).code(), Status::Code::kInvalidArgument);
}

TEST_F(SearchDatabase, OldIndexIsRebuilt) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  ASSERT_TRUE(search::RegisterTokenizer(db).ok());  // FTS5 needs it to drop the current index
  ASSERT_EQ(sqlite3_exec(db,
                         "DROP TABLE article_fts; DROP VIEW article_fts_source; "
                         "CREATE VIRTUAL TABLE article_fts USING fts5(title, body)",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  std::unique_ptr<Store> store;
  ASSERT_TRUE(Store::Open(path_, StoreOptions{}, &store).ok());
  store.reset();
  EXPECT_EQ(Search({{"query", "مؤتمرات"}}).size(), 1u);
}

// Runs SQL on the database with a plain connection (the tokenizer registered, as FTS5 tables need it).
void ExecSql(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_TRUE(search::RegisterTokenizer(db).ok());
  char* error = nullptr;
  EXPECT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, &error), SQLITE_OK) << (error ? error : "");
  sqlite3_free(error);
  sqlite3_close(db);
}

std::string QueryText(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  std::string out;
  EXPECT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW &&
      sqlite3_column_text(stmt, 0)) {
    out = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return out;
}

TEST_F(SearchDatabase, IndexingStoresEachWordsTerms) {
  const std::string stem = QueryText(path_, "SELECT stem FROM search_terms WHERE word = 'الرئيس'");
  EXPECT_FALSE(stem.empty());
  EXPECT_EQ(QueryText(path_, "SELECT stem FROM search_terms WHERE word = 'الرَّئِيسَ'"), stem);
  EXPECT_EQ(QueryText(path_, "SELECT count(*) FROM search_terms WHERE word = 'Riyadh'"), "0")
      << "Arabic only";
}

TEST_F(SearchDatabase, QueriesUseTheStoredTerms) {
  EXPECT_EQ(Search({{"query", "غزيرة"}}).size(), 1u);
  // Give غزيرة the stem of الرياض: a tokenizer that reads search_terms now finds both articles on Riyadh.
  ExecSql(path_,
          "UPDATE search_terms SET stem = (SELECT stem FROM search_terms WHERE word = 'الرياض') "
          "WHERE word = 'غزيرة'");
  EXPECT_EQ(Search({{"query", "غزيرة"}}).size(), 2u);
}

TEST_F(SearchDatabase, DatabaseWithoutStoredTermsStillSearches) {
  const std::vector<SearchHit> before = Search({{"query", "الرئيس"}});
  ExecSql(path_, "DROP TABLE search_terms");
  const std::vector<SearchHit> after = Search({{"query", "الرئيس"}});  // read-only: analysed as before
  ASSERT_EQ(after.size(), before.size());
  for (std::size_t k = 0; k < after.size(); ++k) EXPECT_EQ(after[k].snippet, before[k].snippet);
  std::unique_ptr<Store> store;  // opened for writing, it gets the table back
  ASSERT_TRUE(Store::Open(path_, StoreOptions{}, &store).ok());
  Add(*store, "سيول في أبها", "جرفت السيول سيارات في أبها.", "spa", "2015-07-21 10:00:00", false);
  ASSERT_TRUE(store->Commit().ok());
  store.reset();
  EXPECT_EQ(QueryText(path_, "SELECT count(*) FROM search_terms WHERE word = 'السيول'"), "1");
  EXPECT_EQ(Search({{"query", "السيول"}}).size(), 1u);
}

}  // namespace
}  // namespace marsad
