// The tsv and cameo output formats of marsad code, the CAMEO codebook loader and the explain view, on events
// built by hand and on sentences written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "marsad/events.h"
#include "testing/test_data.h"

namespace marsad {
namespace {

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out(1);
  for (const char c : s) {
    if (c == sep) {
      out.emplace_back();
    } else {
      out.back() += c;
    }
  }
  return out;
}

// Lines of `text` split into TAB-separated cells; the final newline gives no line.
std::vector<std::vector<std::string>> Rows(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  for (const std::string& line : Split(text, '\n')) {
    if (!line.empty()) rows.push_back(Split(line, '\t'));
  }
  return rows;
}

// The cell of `column` (a header name) in a row.
std::string Cell(const std::vector<std::string>& row, const std::string& column) {
  const auto header = Split(
      EventFormatHeader(EventFormat::kTsv).substr(0, EventFormatHeader(EventFormat::kTsv).size() - 1), '\t');
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (header[i] == column) return i < row.size() ? row[i] : "<missing>";
  }
  return "<no such column>";
}

EventParty Party(std::string text, std::string country, std::string sector = "") {
  EventParty p;
  p.text = std::move(text);
  p.country = std::move(country);
  p.sector = std::move(sector);
  return p;
}

CameoCodebook Codebook() {
  CameoCodebook book;
  EXPECT_TRUE(LoadCameoCodebook(testing::SourceDir() + "/lexicons", &book).ok());
  return book;
}

// A hand-made visit: the Omani minister (visitor, actor) received by the Kuwaiti emir (host, recipient).
struct Fixture {
  Article article = MakeArticle("أمير الكويت يستقبل وزير الخارجية العماني",
                                "استقبل أمير الكويت\tاليوم وزير الخارجية العماني\nفي قصر بيان.");
  Event event;
  Fixture() {
    event.id = "00000000000000aa";
    event.article_id = article.id;
    event.date = "2025-02-03";
    event.date_precision = DatePrecision::kDay;
    event.cameo = "043";
    event.category = "CONSULT";
    event.mode = "visit";
    event.goldstein = 2.8;
    event.quad_class = 1;
    event.actor = {Party("وزير الخارجية العماني", "OMN", "GOV")};
    event.recipient = {Party("أمير الكويت", "KWT", "GOV")};
    event.trigger = "استقبل";
    event.confidence = 0.8;
    event.mentions.push_back({1, article.body_span, {article.body_span.begin, article.body_span.begin + 12}});
  }
};

TEST(EventFormats, ParseNames) {
  EventFormat f = EventFormat::kJsonLines;
  EXPECT_TRUE(ParseEventFormat("tsv", &f));
  EXPECT_EQ(f, EventFormat::kTsv);
  EXPECT_TRUE(ParseEventFormat("cameo", &f));
  EXPECT_EQ(f, EventFormat::kCameo);
  EXPECT_TRUE(ParseEventFormat("jsonl", &f));
  EXPECT_EQ(f, EventFormat::kJsonLines);
  EXPECT_FALSE(ParseEventFormat("csv", &f));
  EXPECT_EQ(EventFormatHeader(EventFormat::kJsonLines), "");
}

TEST(EventFormats, CodebookHasTheVisitCodes) {
  const CameoCodebook book = Codebook();
  const CameoCode* visit = book.Find("042");
  const CameoCode* host = book.Find("043");
  ASSERT_NE(visit, nullptr);
  ASSERT_NE(host, nullptr);
  EXPECT_DOUBLE_EQ(visit->goldstein, 1.9);
  EXPECT_DOUBLE_EQ(host->goldstein, 2.8);
  EXPECT_EQ(host->quad_class, 1);
  EXPECT_EQ(host->category, "CONSULT");
  EXPECT_EQ(host->mode, "visit");
  EXPECT_EQ(host->context, "");  // "-" in the table
  EXPECT_EQ(book.Find("999"), nullptr);
}

TEST(EventFormats, TsvRowHasEveryColumnAndNoStrayTabsOrNewlines) {
  Fixture f;
  const std::string header = EventFormatHeader(EventFormat::kTsv);
  const std::string row = FormatEvent(EventFormat::kTsv, f.article, f.event, CameoCodebook{});
  ASSERT_EQ(Rows(header).size(), 1u);
  ASSERT_EQ(Rows(row).size(), 1u);  // the newline inside the sentence did not start a new line
  const auto cells = Rows(row)[0];
  EXPECT_EQ(cells.size(), Rows(header)[0].size());
  EXPECT_EQ(cells.size(), 28u);
  EXPECT_EQ(Cell(cells, "id"), "00000000000000aa");
  EXPECT_EQ(Cell(cells, "cameo"), "043");
  EXPECT_EQ(Cell(cells, "goldstein"), "2.80");
  EXPECT_EQ(Cell(cells, "date_precision"), "day");
  EXPECT_EQ(Cell(cells, "actor"), "وزير الخارجية العماني");
  EXPECT_EQ(Cell(cells, "actor_country"), "OMN");
  EXPECT_EQ(Cell(cells, "recipient_sector"), "GOV");
  EXPECT_EQ(Cell(cells, "sentence"), "استقبل أمير الكويت اليوم وزير الخارجية العماني في قصر بيان.");
}

TEST(EventFormats, TsvJoinsSeveralPartiesInOrder) {
  Fixture f;
  f.event.cameo = "030";
  f.event.actor = {Party("الكويت", "KWT"), Party("الاتحاد الأوروبي", "")};
  f.event.actor[1].org = "EU";
  f.event.recipient.clear();
  const auto cells = Rows(FormatEvent(EventFormat::kTsv, f.article, f.event, CameoCodebook{}))[0];
  EXPECT_EQ(Cell(cells, "actor"), "الكويت;الاتحاد الأوروبي");
  EXPECT_EQ(Cell(cells, "actor_country"), "KWT;");
  EXPECT_EQ(Cell(cells, "actor_org"), ";EU");
  EXPECT_EQ(Cell(cells, "recipient"), "");
}

TEST(EventFormats, CameoExpandsAVisitIntoVisitorAndHostRows) {
  Fixture f;
  const auto rows = Rows(FormatEvent(EventFormat::kCameo, f.article, f.event, Codebook()));
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(Cell(rows[0], "id"), "00000000000000aa-042");
  EXPECT_EQ(Cell(rows[0], "cameo"), "042");
  EXPECT_EQ(Cell(rows[0], "goldstein"), "1.90");
  EXPECT_EQ(Cell(rows[0], "actor_country"), "OMN");  // the visitor visits
  EXPECT_EQ(Cell(rows[0], "recipient_country"), "KWT");
  EXPECT_EQ(Cell(rows[1], "id"), "00000000000000aa-043");
  EXPECT_EQ(Cell(rows[1], "cameo"), "043");
  EXPECT_EQ(Cell(rows[1], "goldstein"), "2.80");
  EXPECT_EQ(Cell(rows[1], "actor"), "أمير الكويت");  // the host hosts
  EXPECT_EQ(Cell(rows[1], "actor_country"), "KWT");
  EXPECT_EQ(Cell(rows[1], "recipient_country"), "OMN");
  for (const auto& row : rows) {
    EXPECT_EQ(Cell(row, "mode"), "visit");
    EXPECT_EQ(Cell(row, "quad_class"), "1");
    EXPECT_EQ(Cell(row, "trigger"), "استقبل");
  }
}

TEST(EventFormats, CameoMakesOneRowPerDyad) {
  Fixture f;
  f.event.cameo = "057";
  f.event.category = "SUPPORT";
  f.event.mode = "";
  f.event.goldstein = 8;
  f.event.actor = {Party("الكويت", "KWT"), Party("اليابان", "JPN")};
  f.event.recipient = {Party("مصر", "EGY"), Party("الأردن", "JOR")};
  const auto rows = Rows(FormatEvent(EventFormat::kCameo, f.article, f.event, Codebook()));
  ASSERT_EQ(rows.size(), 4u);
  const std::vector<std::pair<std::string, std::string>> dyads = {
      {"KWT", "EGY"}, {"KWT", "JOR"}, {"JPN", "EGY"}, {"JPN", "JOR"}};
  for (std::size_t i = 0; i < rows.size(); ++i) {
    EXPECT_EQ(Cell(rows[i], "id"), "00000000000000aa-" + std::to_string(i + 1));
    EXPECT_EQ(Cell(rows[i], "actor_country"), dyads[i].first);
    EXPECT_EQ(Cell(rows[i], "recipient_country"), dyads[i].second);
    EXPECT_EQ(Cell(rows[i], "cameo"), "057");
    EXPECT_EQ(Cell(rows[i], "goldstein"), "8.00");
  }
  // A visit between two visitors and one host: two dyads, each expanded.
  Fixture visit;
  visit.event.actor.push_back(Party("وزير الخارجية القطري", "QAT", "GOV"));
  const auto visit_rows = Rows(FormatEvent(EventFormat::kCameo, visit.article, visit.event, Codebook()));
  ASSERT_EQ(visit_rows.size(), 4u);
  EXPECT_EQ(Cell(visit_rows[2], "id"), "00000000000000aa-2-042");
  EXPECT_EQ(Cell(visit_rows[2], "actor_country"), "QAT");
  EXPECT_EQ(Cell(visit_rows[3], "id"), "00000000000000aa-2-043");
  EXPECT_EQ(Cell(visit_rows[3], "recipient_country"), "QAT");
}

TEST(EventFormats, CameoKeepsAnEventWithoutRecipient) {
  Fixture f;
  f.event.cameo = "141";
  f.event.category = "PROTEST";
  f.event.mode = "demonstrate";
  f.event.actor = {Party("المتظاهرون", "")};
  f.event.recipient.clear();
  const auto rows = Rows(FormatEvent(EventFormat::kCameo, f.article, f.event, Codebook()));
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(Cell(rows[0], "id"), "00000000000000aa");
  EXPECT_EQ(Cell(rows[0], "cameo"), "141");
  EXPECT_EQ(Cell(rows[0], "recipient"), "");
  EXPECT_EQ(Cell(rows[0], "recipient_country"), "");
  // A visit with nobody received is not expanded either.
  Fixture visit;
  visit.event.recipient.clear();
  const auto visit_rows = Rows(FormatEvent(EventFormat::kCameo, visit.article, visit.event, Codebook()));
  ASSERT_EQ(visit_rows.size(), 1u);
  EXPECT_EQ(Cell(visit_rows[0], "cameo"), "043");
}

// The whole path on sentences written for this test: the coder, then the formats and the explain view.
class CodedFormatsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    ASSERT_TRUE(Analyzer::Open(AnalyzerOptions{}, &analyzer_).ok());
    const std::string dir = testing::SourceDir() + "/lexicons";
    ASSERT_TRUE(Lexicon::Load(dir, *analyzer_, &lexicon_).ok());
    ASSERT_TRUE(EventCoder::Open(dir, *analyzer_, &coder_).ok());
  }
  static void TearDownTestSuite() {
    coder_.reset();
    lexicon_.reset();
    analyzer_.reset();
  }
  static std::unique_ptr<Analyzer> analyzer_;
  static std::unique_ptr<Lexicon> lexicon_;
  static std::unique_ptr<EventCoder> coder_;
};
std::unique_ptr<Analyzer> CodedFormatsTest::analyzer_;
std::unique_ptr<Lexicon> CodedFormatsTest::lexicon_;
std::unique_ptr<EventCoder> CodedFormatsTest::coder_;

TEST_F(CodedFormatsTest, ReceptionBecomesTwoDyadsAndIsExplained) {
  Article a =
      MakeArticle("", "استقبل الرئيس التونسي أمس وزير الخارجية الجزائري. وكان الطقس ممطرا طوال اليوم.");
  a.date = "2025-04-10 09:00:00";
  a.origin = "test";
  const auto sentences = analyzer_->Analyze(a);
  const EntityResult entities = EntityTagger(lexicon_.get()).Tag(a, sentences);
  std::vector<TriggerTrace> trace;
  const std::vector<Event> events = coder_->Code(a, sentences, entities, &trace);
  ASSERT_EQ(events.size(), 1u);
  ASSERT_EQ(events[0].cameo, "043");

  const auto rows = Rows(FormatEvent(EventFormat::kCameo, a, events[0], Codebook()));
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(Cell(rows[0], "cameo"), "042");
  EXPECT_EQ(Cell(rows[0], "actor_country"), "DZA");
  EXPECT_EQ(Cell(rows[0], "recipient_country"), "TUN");
  EXPECT_EQ(Cell(rows[1], "cameo"), "043");
  EXPECT_EQ(Cell(rows[1], "actor_country"), "TUN");
  EXPECT_EQ(Cell(rows[0], "date"), "2025-04-09");

  const std::string explained = ExplainArticle(a, sentences, entities, trace, events);
  EXPECT_NE(explained.find("## sentence 1 [0,"), std::string::npos) << explained;
  EXPECT_NE(explained.find("events.tsv:"), std::string::npos) << explained;
  EXPECT_NE(explained.find("actor ← وزير الخارجية الجزائري"), std::string::npos) << explained;
  EXPECT_NE(explained.find("## events: 1"), std::string::npos) << explained;
  EXPECT_NE(explained.find("[DZA GOV] → الرئيس التونسي"), std::string::npos) << explained;
  // A sentence with neither a mention nor a trigger is left out.
  EXPECT_EQ(explained.find("الطقس"), std::string::npos) << explained;
}

}  // namespace
}  // namespace marsad
