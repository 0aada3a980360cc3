// The store and its queries on articles and events built by hand (linking reports into events, idempotent
// adds, filters, series), and marsad ingest end to end on the bundled samples and on the July 2015 news.
#include "marsad/store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <zlib.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "marsad/ingest.h"
#include "marsad/query.h"
#include "testing/test_data.h"

namespace marsad {
namespace {

namespace fs = std::filesystem;

// A fresh database path in a temporary directory, removed with the fixture.
class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    temp_dir_ = fs::temp_directory_path() / ("marsad-store-test-" + std::to_string(::getpid()) + "-" +
                                             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(temp_dir_);
    fs::create_directories(temp_dir_);
    path_ = (temp_dir_ / "test.db").string();
  }
  void TearDown() override { fs::remove_all(temp_dir_); }

  std::unique_ptr<Store> OpenStore(bool read_only = false) {
    std::unique_ptr<Store> store;
    const Status s = Store::Open(path_, StoreOptions{read_only}, &store);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return store;
  }

  fs::path temp_dir_;
  std::string path_;
};

EventParty Party(const std::string& country, const std::string& org = "", const std::string& name = "") {
  EventParty p;
  p.text = name.empty() ? country : name;
  p.country = country;
  p.org = org;
  p.name = name;
  return p;
}

Event MakeEvent(const std::string& id, const std::string& category, const std::string& date, EventParty actor,
                EventParty recipient) {
  Event e;
  e.id = id;
  e.category = category;
  e.cameo = category == "CONSULT" ? "042" : "190";
  e.mode = category == "CONSULT" ? "visit" : "";
  e.goldstein = category == "CONSULT" ? 1.9 : -10;
  e.quad_class = category == "CONSULT" ? 1 : 4;
  e.date = date;
  e.date_precision = date.size() == 10 ? DatePrecision::kDay : DatePrecision::kMonth;
  e.actor = {std::move(actor)};
  e.recipient = {std::move(recipient)};
  e.trigger = "زار";
  return e;
}

Article MakeSourced(const std::string& title, const std::string& source, const std::string& date) {
  Article a = MakeArticle(title, "نص الخبر " + title);
  a.source = source;
  a.date = date;
  a.url = "https://example.org/" + a.id;
  return a;
}

std::int64_t Count(Store& store, const std::string& sql) {
  sqlite3_stmt* stmt = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(store.handle(), sql.c_str(), -1, &stmt, nullptr), SQLITE_OK) << sql;
  std::int64_t n = -1;
  if (sqlite3_step(stmt) == SQLITE_ROW) n = sqlite3_column_int64(stmt, 0);
  sqlite3_finalize(stmt);
  return n;
}

TEST_F(StoreTest, AddingAnArticleTwiceStoresItOnce) {
  auto store = OpenStore();
  const Article a = MakeSourced("زيارة", "spa", "2015-07-20");
  bool added = false;
  ASSERT_TRUE(store->Add(a, 3, EntityResult{}, {}, &added).ok());
  EXPECT_TRUE(added);
  ASSERT_TRUE(store->Add(a, 3, EntityResult{}, {}, &added).ok());
  EXPECT_FALSE(added);
  ASSERT_TRUE(store->Commit().ok());
  StoreCounts counts;
  ASSERT_TRUE(store->Counts(&counts).ok());
  EXPECT_EQ(counts.articles, 1);
  EXPECT_EQ(Count(*store, "SELECT count(*) FROM article_fts_docsize"), 1);
}

TEST_F(StoreTest, ReportsOfOneHappeningFromSeveralOutletsAreOneEvent) {
  auto store = OpenStore();
  bool added = false;
  // Three outlets report Kazakhstan's visit to CICA on two consecutive days; a fourth report, a week
  // later, is another visit; an attack by unnamed gunmen on the same day as the first is its own event.
  const Article a1 = MakeSourced("خبر أول", "spa", "2015-07-20");
  const Article a2 = MakeSourced("خبر ثان", "aawsat", "2015-07-21");
  const Article a3 = MakeSourced("خبر ثالث", "okaz", "2015-07-21");
  const Article a4 = MakeSourced("خبر رابع", "spa", "2015-07-28");
  ASSERT_TRUE(store
                  ->Add(a1, 3, {},
                        {MakeEvent("r1", "CONSULT", "2015-07-20", Party("KAZ"), Party("", "CICA"))}, &added)
                  .ok());
  ASSERT_TRUE(store
                  ->Add(a2, 3, {},
                        {MakeEvent("r2", "CONSULT", "2015-07-21", Party("KAZ"), Party("", "CICA"))}, &added)
                  .ok());
  EventParty gunmen;
  gunmen.text = "مسلحون";
  gunmen.sector = "INS";
  ASSERT_TRUE(store
                  ->Add(a3, 3, {},
                        {MakeEvent("r3", "CONSULT", "2015-07-20", Party("KAZ"), Party("", "CICA")),
                         MakeEvent("r3b", "ASSAULT", "2015-07-20", gunmen, Party("IRQ"))},
                        &added)
                  .ok());
  ASSERT_TRUE(store
                  ->Add(a4, 3, {},
                        {MakeEvent("r4", "CONSULT", "2015-07-28", Party("KAZ"), Party("", "CICA"))}, &added)
                  .ok());
  ASSERT_TRUE(store->Commit().ok());

  std::vector<EventRow> events;
  EventFilter filter;
  ASSERT_TRUE(QueryEvents(*store, filter, true, [&](const EventRow& e) {
                events.push_back(e);
                return true;
              }).ok());
  ASSERT_EQ(events.size(), 3u);
  const EventRow& visit = events[0].category == "CONSULT" ? events[0] : events[1];
  EXPECT_EQ(visit.first_day, "2015-07-20");
  EXPECT_EQ(visit.last_day, "2015-07-21");
  EXPECT_EQ(visit.reports, 3);
  EXPECT_EQ(visit.articles, 3);
  EXPECT_EQ(visit.sources, 3);
  EXPECT_EQ(visit.actor, "KAZ");
  EXPECT_EQ(visit.recipient, "CICA");
  EXPECT_EQ(visit.report_rows.size(), 3u);
  EXPECT_EQ(events[2].first_day, "2015-07-28");
  EXPECT_EQ(events[2].reports, 1);

  // Filters: by organisation code, by country, by source, by date range.
  auto count_events = [&](EventFilter f) {
    int n = 0;
    EXPECT_TRUE(QueryEvents(*store, f, false, [&](const EventRow&) { return ++n, true; }).ok());
    return n;
  };
  filter.recipient = "CICA";
  EXPECT_EQ(count_events(filter), 2);
  filter.actor = "KAZ";
  filter.from = "2015-07-25";
  EXPECT_EQ(count_events(filter), 1);
  EventFilter by_source;
  by_source.source = "aawsat";
  EXPECT_EQ(count_events(by_source), 1);
  EventFilter attacks;
  attacks.category = "ASSAULT";
  attacks.recipient = "IRQ";
  EXPECT_EQ(count_events(attacks), 1);

  int reports = 0;
  ASSERT_TRUE(QueryReports(*store, EventFilter{}, [&](const ReportRow& r) {
                EXPECT_FALSE(r.event.empty());
                return ++reports, true;
              }).ok());
  EXPECT_EQ(reports, 5);

  // The weekly series of the dyad: one event in the week of 20 July (3 reports), one in the next.
  std::vector<SeriesPoint> points;
  std::int64_t undated = 0;
  EventFilter dyad;
  dyad.actor = "KAZ";
  dyad.recipient = "CICA";
  ASSERT_TRUE(EventSeries(*store, dyad, SeriesPeriod::kWeek, &points, &undated).ok());
  ASSERT_EQ(points.size(), 3u);  // from a week before the first publication day
  EXPECT_EQ(points[0].period, "2015-07-13");
  EXPECT_EQ(points[0].events, 0);
  EXPECT_EQ(points[1].period, "2015-07-20");
  EXPECT_EQ(points[1].events, 1);
  EXPECT_EQ(points[1].reports, 3);
  EXPECT_EQ(points[1].quad[1], 1);
  EXPECT_EQ(points[2].period, "2015-07-27");
  EXPECT_EQ(points[2].events, 1);
}

TEST_F(StoreTest, IngestOfTheSamplesAndAgainAddsNothing) {
  IngestOptions options;
  options.db_path = path_;
  options.use_ner = false;
  options.threads = 2;
  const std::vector<std::string> inputs = {testing::SourceDir() + "/samples"};
  IngestProgress summary;
  ASSERT_TRUE(Ingest(inputs, options, nullptr, nullptr, &summary).ok());
  EXPECT_EQ(summary.read, 4);
  EXPECT_EQ(summary.stored, 4);
  EXPECT_GT(summary.reports, 0);
  IngestProgress again;
  ASSERT_TRUE(Ingest(inputs, options, nullptr, nullptr, &again).ok());
  EXPECT_EQ(again.stored, 0);
  EXPECT_EQ(again.already_stored, 4);
  auto store = OpenStore(true);
  StoreCounts counts;
  ASSERT_TRUE(store->Counts(&counts).ok());
  EXPECT_EQ(counts.articles, 4);
  EXPECT_EQ(counts.reports, summary.reports);
}

// The July 2015 news: every record with text is stored exactly once (records are the same article when their
// trimmed title and content are), the empty ones are reported as skipped, and a second ingest adds nothing.
TEST_F(StoreTest, JulyNewsIsStoredOnceEachAndReingestAddsNothing) {
  MARSAD_REQUIRE_SHARED_DATA(july, "news/saudinewsnet-2015-07.jsonl.gz");
  // The expectation, from the raw file, independently of Marsad's reader.
  std::set<std::pair<std::string, std::string>> distinct;
  std::int64_t empty = 0;
  {
    gzFile in = gzopen(july.c_str(), "rb");
    ASSERT_NE(in, nullptr);
    std::string line;
    char buf[1 << 16];
    auto trim = [](std::string s) {
      // No-break spaces count as spaces (some records' content is nothing else).
      for (std::size_t at; (at = s.find("\xC2\xA0")) != std::string::npos;) s.replace(at, 2, " ");
      const auto b = s.find_first_not_of(" \t\r\n"), e = s.find_last_not_of(" \t\r\n");
      return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
    };
    auto take = [&](const std::string& l) {
      if (l.empty()) return;
      const auto j = nlohmann::json::parse(l, nullptr, false);
      const std::string title = trim(j.value("title", "")), content = trim(j.value("content", ""));
      if (content.empty()) {
        ++empty;
      } else {
        distinct.emplace(title, content);
      }
    };
    while (gzgets(in, buf, sizeof buf)) {
      line += buf;
      if (!line.empty() && line.back() == '\n') {
        line.pop_back();
        take(line);
        line.clear();
      }
    }
    take(line);
    gzclose(in);
  }

  IngestOptions options;
  options.db_path = path_;
  options.use_ner = false;  // the NER model changes no row count; the full pipeline is timed by the bench
  std::vector<Diagnostic> skipped;
  IngestProgress summary;
  ASSERT_TRUE(Ingest(
                  {july}, options, nullptr,
                  [&](const Diagnostic& d) {
                    if (d.severity == Diagnostic::Severity::kSkipped) skipped.push_back(d);
                  },
                  &summary)
                  .ok());
  EXPECT_EQ(summary.stored, static_cast<std::int64_t>(distinct.size()));
  EXPECT_EQ(static_cast<std::int64_t>(summary.read_stats.skipped_records), empty);
  EXPECT_EQ(static_cast<std::int64_t>(skipped.size()), empty);
  EXPECT_EQ(summary.read, summary.stored + summary.already_stored);
  {
    auto store = OpenStore(true);
    StoreCounts counts;
    ASSERT_TRUE(store->Counts(&counts).ok());
    EXPECT_EQ(counts.articles, static_cast<std::int64_t>(distinct.size()));
    EXPECT_EQ(Count(*store, "SELECT count(*) FROM article_fts_docsize"), counts.articles);
  }
  IngestProgress again;
  ASSERT_TRUE(Ingest({july}, options, nullptr, nullptr, &again).ok());
  EXPECT_EQ(again.stored, 0);
  EXPECT_EQ(again.reports, 0);
  std::printf(
      "July 2015: %lld articles stored, %lld repeated, %lld empty records skipped; %.1f s (%.0f "
      "articles/s)\n",
      static_cast<long long>(summary.stored), static_cast<long long>(summary.already_stored),
      static_cast<long long>(empty), summary.seconds, static_cast<double>(summary.stored) / summary.seconds);
}

}  // namespace
}  // namespace marsad
