// Tests for reading articles: ids, the plain-text layout (headline, byline, body), the JSON formats, and
// every kind of bad input the reader must survive (empty, binary, broken JSON, corrupt gzip, legacy charsets,
// NULs, huge lines). Fixture texts are written for these tests; the real SaudiNewsNet dump and the seed
// article are read from the shared data directory when it is present.
#include <gtest/gtest.h>
#include <zlib.h>

#include <malloc.h>
#include <unistd.h>
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/article.h"
#include "marsad/utf8.h"
#include "testing/read_result.h"
#include "testing/test_data.h"

namespace marsad {
namespace {

namespace fs = std::filesystem;
using Severity = Diagnostic::Severity;

using Result = testing::ReadResult;
using testing::ReadBuffer;
using testing::ReadInputs;

// A fresh directory under the system temp dir, removed with everything in it at the end of the test.
class TempDir {
 public:
  TempDir() {
    static int counter = 0;
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    path_ = fs::temp_directory_path() / ("marsad_reader_test_" + std::to_string(::getpid()) + "_" +
                                         std::to_string(counter++) + "_" + (info ? info->name() : "x"));
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  std::string Write(const std::string& relative, std::string_view bytes) const {
    const fs::path file = path_ / relative;
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return file.string();
  }
  std::string WriteGzip(const std::string& relative, std::string_view bytes) const {
    const fs::path file = path_ / relative;
    fs::create_directories(file.parent_path());
    gzFile gz = gzopen(file.c_str(), "wb");
    EXPECT_NE(gz, nullptr);
    if (gz == nullptr) return file.string();
    EXPECT_EQ(gzwrite(gz, bytes.data(), static_cast<unsigned>(bytes.size())), static_cast<int>(bytes.size()));
    gzclose(gz);
    return file.string();
  }
  static std::string Slurp(const std::string& file) {
    std::ifstream in(file, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  std::string path() const { return path_.string(); }

 private:
  fs::path path_;
};

bool IsHexId(const std::string& id) {
  return id.size() == 16 && std::all_of(id.begin(), id.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

// A JSON Lines record in the SaudiNewsNet layout.
std::string SnnRecord(std::string_view title, std::string_view content) {
  return R"({"source": "okaz", "url": "http://example.com/a", )"
         R"("date_extracted": "2015-07-21 02:51:32", "title": ")" +
         std::string(title) + R"(", "author": "الرياض: مراسلنا", "content": ")" + std::string(content) +
         "\"}";
}

// ---------------------------------------------------------------------------------------------------------
// Ids and MakeArticle

TEST(ArticleId, IsFnv1aOverTrimmedTitleSeparatorAndBody) {
  // Reference values computed independently (FNV-1a 64 over title, 0x1F, body).
  EXPECT_EQ(ArticleId("", ""), "af63d24c8601db8e");
  EXPECT_EQ(ArticleId("عنوان", "نص الخبر"), "d3d04ca35dca41cc");
  EXPECT_EQ(ArticleId(" \xC2\xA0عنوان\n", "\n\nنص الخبر  \r\n"), "d3d04ca35dca41cc");
}

TEST(ArticleId, TheBorderBetweenTitleAndBodyMatters) {
  EXPECT_NE(ArticleId("ab", "c"), ArticleId("a", "bc"));
  EXPECT_NE(ArticleId("", "نص"), ArticleId("نص", ""));
}

TEST(MakeArticle, TitleBlankLineBody) {
  const Article a = MakeArticle("  وزير الخارجية يصل إلى القاهرة ", "\n وصل وزير الخارجية صباح اليوم.\n");
  EXPECT_EQ(a.text, "وزير الخارجية يصل إلى القاهرة\n\nوصل وزير الخارجية صباح اليوم.");
  EXPECT_EQ(a.title(), "وزير الخارجية يصل إلى القاهرة");
  EXPECT_EQ(a.body(), "وصل وزير الخارجية صباح اليوم.");
  EXPECT_TRUE(a.author_span.empty());
  EXPECT_EQ(a.id, ArticleId(a.title(), a.body()));
  EXPECT_TRUE(IsHexId(a.id));
}

TEST(MakeArticle, WithoutTitleTheTextIsTheBody) {
  const Article a = MakeArticle("   ", "وصل الوفد.");
  EXPECT_EQ(a.text, "وصل الوفد.");
  EXPECT_TRUE(a.title_span.empty());
  EXPECT_EQ(a.body(), "وصل الوفد.");
}

// ---------------------------------------------------------------------------------------------------------
// Plain text layout

TEST(ParsePlainText, BylineKatabatWithColon) {
  const std::string text =
      "اجتماع وزاري في عمان لبحث أزمة المياه\n"
      "كتبت: سلمى الحسيني\n"
      "عقد وزراء المياه في ثلاث دول اجتماعا في عمان اليوم.\n"
      "\n"
      "وقال المتحدث إن الاجتماع سيستمر يومين.\n";
  const Article a = ParsePlainText(text);
  EXPECT_EQ(a.title(), "اجتماع وزاري في عمان لبحث أزمة المياه");
  EXPECT_EQ(a.author, "سلمى الحسيني");
  EXPECT_EQ(a.View(a.author_span), "سلمى الحسيني");
  EXPECT_EQ(a.body(),
            "عقد وزراء المياه في ثلاث دول اجتماعا في عمان اليوم.\n\nوقال المتحدث إن الاجتماع سيستمر يومين.");
  EXPECT_EQ(a.text, text) << "plain text is kept byte for byte";
  // Spans are offsets into the file itself.
  EXPECT_EQ(text.substr(a.title_span.begin, a.title_span.size()), a.title());
  EXPECT_EQ(a.id, ArticleId(a.title(), a.body()));
}

TEST(ParsePlainText, BylineKatabWithColonAndSpaces) {
  const Article a = ParsePlainText("العنوان هنا\nكتب : أحمد يوسف  \nالنص يبدأ هنا.");
  EXPECT_EQ(a.author, "أحمد يوسف");
  EXPECT_EQ(a.View(a.author_span), "أحمد يوسف");
  EXPECT_EQ(a.body(), "النص يبدأ هنا.");
}

TEST(ParsePlainText, BylineKatabWithoutColon) {
  const Article a = ParsePlainText("العنوان هنا\nكتب أحمد يوسف\nالنص يبدأ هنا.");
  EXPECT_EQ(a.author, "أحمد يوسف");
  EXPECT_EQ(a.body(), "النص يبدأ هنا.");
}

TEST(ParsePlainText, BylineBiqalam) {
  const Article a =
      ParsePlainText("مقال رأي عن الانتخابات\n\nبقلم د. خالد العمري\n\nتشهد البلاد انتخابات.\n");
  EXPECT_EQ(a.title(), "مقال رأي عن الانتخابات");
  EXPECT_EQ(a.author, "د. خالد العمري");
  EXPECT_EQ(a.View(a.author_span), "د. خالد العمري");
  EXPECT_EQ(a.body(), "تشهد البلاد انتخابات.");
}

TEST(ParsePlainText, BylineBiqalamWithColonAndIdad) {
  EXPECT_EQ(ParsePlainText("عنوان\nبقلم: منى سالم\nنص.").author, "منى سالم");
  EXPECT_EQ(ParsePlainText("عنوان\nإعداد: قسم الأخبار\nنص.").author, "قسم الأخبار");
}

TEST(ParsePlainText, EnglishBy) {
  const Article a = ParsePlainText("Talks resume in Doha\nBy Jane Roe\nThe delegations met on Monday.");
  EXPECT_EQ(a.author, "Jane Roe");
  EXPECT_EQ(a.body(), "The delegations met on Monday.");
}

TEST(ParsePlainText, NoBylineMeansTheSecondLineIsBody) {
  const Article a = ParsePlainText("العنوان\nقال الرئيس إن المفاوضات مستمرة.\nوأضاف أن الوفد سيعود.");
  EXPECT_EQ(a.title(), "العنوان");
  EXPECT_TRUE(a.author.empty());
  EXPECT_TRUE(a.author_span.empty());
  EXPECT_EQ(a.body(), "قال الرئيس إن المفاوضات مستمرة.\nوأضاف أن الوفد سيعود.");
}

TEST(ParsePlainText, LongLineStartingWithKatabIsNotAByline) {
  const std::string sentence =
      "كتب الرئيس رسالة إلى نظيره يدعوه فيها إلى استئناف المفاوضات المتوقفة منذ أشهر بين البلدين الجارين "
      "بشأن "
      "الحدود";
  const Article a = ParsePlainText("العنوان\n" + sentence + "\nتتمة.");
  EXPECT_TRUE(a.author.empty());
  EXPECT_EQ(a.body(), sentence + "\nتتمة.");
}

TEST(ParsePlainText, WordThatMerelyStartsLikeAMarkerIsNotAByline) {
  EXPECT_TRUE(ParsePlainText("عنوان\nكتبه المحرر بعناية\nنص.").author.empty());
  EXPECT_TRUE(ParsePlainText("Title\nByron was here\nText.").author.empty());
  EXPECT_TRUE(ParsePlainText("عنوان\nكتب:\nنص.").author.empty()) << "a marker with no name";
}

TEST(ParsePlainText, BomAndCrLfStayOutOfSpans) {
  const std::string text = "\xEF\xBB\xBFعنوان الخبر\r\nكتبت: هدى\r\nالنص الأول.\r\nالنص الثاني.\r\n";
  const Article a = ParsePlainText(text);
  EXPECT_EQ(a.title_span.begin, 3u);
  EXPECT_EQ(a.title(), "عنوان الخبر");
  EXPECT_EQ(a.author, "هدى");
  EXPECT_EQ(a.body(), "النص الأول.\r\nالنص الثاني.");
}

TEST(ParsePlainText, SingleLineIsBody) {
  const Article a = ParsePlainText("\n\n  انفجار في الميناء أسفر عن أضرار.  \n\n");
  EXPECT_TRUE(a.title_span.empty());
  EXPECT_EQ(a.title(), "");
  EXPECT_EQ(a.body(), "انفجار في الميناء أسفر عن أضرار.");
}

TEST(ParsePlainText, LeadingBlankLinesBeforeTitle) {
  const Article a = ParsePlainText("\n \n\tالعنوان\n\nالنص.");
  EXPECT_EQ(a.title(), "العنوان");
  EXPECT_EQ(a.body(), "النص.");
}

TEST(ParsePlainText, EmptyText) {
  const Article a = ParsePlainText(" \n ");
  EXPECT_TRUE(a.title_span.empty());
  EXPECT_TRUE(a.body_span.empty());
  EXPECT_TRUE(IsHexId(a.id));
}

// ---------------------------------------------------------------------------------------------------------
// JSON formats

TEST(ReadBuffer, JsonLinesSaudiNewsNetFields) {
  const std::string data =
      SnnRecord("وزير الداخلية يلتقي السفير", "التقى وزير الداخلية اليوم السفير.\\nوبحث الجانبان التعاون.") +
      "\n" + SnnRecord("عنوان ثان", "نص ثان.") + "\n";
  const Result r = ReadBuffer("snn.jsonl", data);
  ASSERT_EQ(r.articles.size(), 2u);
  const Article& a = r.articles[0];
  EXPECT_EQ(a.title(), "وزير الداخلية يلتقي السفير");
  EXPECT_EQ(a.body(), "التقى وزير الداخلية اليوم السفير.\nوبحث الجانبان التعاون.");
  EXPECT_EQ(a.text, std::string(a.title()) + "\n\n" + std::string(a.body()));
  EXPECT_EQ(a.source, "okaz");
  EXPECT_EQ(a.url, "http://example.com/a");
  EXPECT_EQ(a.date, "2015-07-21 02:51:32");
  EXPECT_EQ(a.author, "الرياض: مراسلنا");
  EXPECT_TRUE(a.author_span.empty()) << "JSON authors are metadata";
  EXPECT_EQ(a.language, "");
  EXPECT_EQ(a.origin, "snn.jsonl:1");
  EXPECT_EQ(r.articles[1].origin, "snn.jsonl:2");
  EXPECT_TRUE(IsHexId(a.id));
  EXPECT_EQ(r.stats.articles, 2u);
  EXPECT_EQ(r.stats.files, 1u);
  EXPECT_FALSE(r.stats.AnythingSkipped());
  EXPECT_TRUE(r.diagnostics.empty());
}

TEST(ReadBuffer, JsonLinesNewsPleaseFields) {
  const std::string data =
      R"({"title": "محادثات في جنيف", "maintext": "بدأت المحادثات.", "text": "نص أقدم", )"
      R"("date_publish": "2021-03-04 10:00:00", "url": "https://news.example/x", )"
      R"("source_domain": "news.example", "language": "ar", "authors": ["ليلى", "عمر"]})"
      "\n"
      R"({"title": null, "maintext": null, "text": "خبر بلا عنوان.", "date_publish": null, )"
      R"("source_domain": "b.example", "language": "ar"})"
      "\n";
  const Result r = ReadBuffer("np.jsonl", data);
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].body(), "بدأت المحادثات.") << "maintext wins over text";
  EXPECT_EQ(r.articles[0].date, "2021-03-04 10:00:00");
  EXPECT_EQ(r.articles[0].source, "news.example");
  EXPECT_EQ(r.articles[0].language, "ar");
  EXPECT_EQ(r.articles[0].author, "ليلى, عمر");
  EXPECT_EQ(r.articles[1].title(), "");
  EXPECT_EQ(r.articles[1].text, "خبر بلا عنوان.");
  EXPECT_EQ(r.articles[1].date, "");
  EXPECT_EQ(r.articles[1].source, "b.example");
}

TEST(ReadBuffer, ContentIsPreferredOverMaintext) {
  const Result r =
      ReadBuffer("x.jsonl", R"({"title": "ع", "content": "المحتوى", "maintext": "النص الرئيسي"})");
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].body(), "المحتوى");
}

TEST(ReadBuffer, SameReportSameIdAcrossFormats) {
  const Result json = ReadBuffer("a.jsonl", SnnRecord("عنوان الخبر", "نص الخبر."));
  const Result plain = ReadBuffer("a.txt", "عنوان الخبر\nنص الخبر.\n");
  ASSERT_EQ(json.articles.size(), 1u);
  ASSERT_EQ(plain.articles.size(), 1u);
  EXPECT_EQ(json.articles[0].id, plain.articles[0].id);
}

TEST(ReadBuffer, BadJsonLineIsCountedAndTheRestRead) {
  const std::string data = SnnRecord("أ", "الأول.") + "\n" + R"({"title": "ب", "content": "مقطوع)" + "\n\n" +
                           "not json at all\n" + SnnRecord("ج", "الثالث.") + "\n";
  const Result r = ReadBuffer("bad.jsonl", data);
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[1].body(), "الثالث.");
  EXPECT_EQ(r.articles[1].origin, "bad.jsonl:5") << "blank lines still count";
  EXPECT_EQ(r.stats.skipped_records, 2u);
  EXPECT_EQ(r.stats.skipped_files, 0u);
  ASSERT_EQ(r.Count(Severity::kSkipped, "invalid JSON"), 2u);
  EXPECT_EQ(r.Find(Severity::kSkipped, "invalid JSON")->where, "bad.jsonl:2");
  EXPECT_TRUE(r.stats.AnythingSkipped());
}

TEST(ReadBuffer, EmptyContentAndNoTextAreSkipped) {
  const std::string data = R"({"title": "عنوان فقط", "content": "   "})"
                           "\n"
                           R"({"title": null, "content": null, "url": "http://x"})"
                           "\n"
                           R"({"title": "عنوان", "content": "\u00a0\u00a0 \n"})"
                           "\n"
                           R"([1, 2])"
                           "\n" +
                           SnnRecord("عنوان", "نص.") + "\n";
  const Result r = ReadBuffer("e.jsonl", data);
  EXPECT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.stats.skipped_records, 4u);
  EXPECT_EQ(r.Count(Severity::kSkipped, "empty content"), 2u);
  EXPECT_EQ(r.Count(Severity::kSkipped, "no text"), 1u);
  EXPECT_EQ(r.Count(Severity::kSkipped, "not a JSON object"), 1u);
  EXPECT_EQ(r.Find(Severity::kSkipped, "no text")->where, "e.jsonl:2");
}

TEST(ReadBuffer, FileWithOnlySkippedRecordsCountsAsSkippedFile) {
  const Result r = ReadBuffer("e.jsonl", R"({"title": "عنوان فقط", "content": ""})");
  EXPECT_EQ(r.stats.skipped_records, 1u);
  EXPECT_EQ(r.stats.skipped_files, 1u);
  EXPECT_EQ(r.Count(Severity::kSkipped, "no article in file"), 1u);
}

TEST(ReadBuffer, JsonArray) {
  const std::string data =
      "[\n  {\"title\": \"الأول\", \"content\": \"نص الأول.\", \"source\": \"spa\"},\n"
      "  {\"title\": \"الثاني\", \"maintext\": \"نص الثاني, مع فاصلة [و] أقواس {}.\"}\n]\n";
  const Result r = ReadBuffer("arr.json", data);
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].origin, "arr.json[#0]");
  EXPECT_EQ(r.articles[0].source, "spa");
  EXPECT_EQ(r.articles[1].origin, "arr.json[#1]");
  EXPECT_EQ(r.articles[1].body(), "نص الثاني, مع فاصلة [و] أقواس {}.");
  EXPECT_TRUE(r.diagnostics.empty());
}

TEST(ReadBuffer, JsonArrayWithABadElementAndNoEnd) {
  const std::string data = R"([{"title": "أ", "content": "نص أ."}, {"title": "ب", "content": }, )"
                           R"({"title": "ج", "content": "نص \"ج\"."}, {"title": "د", "con)";
  const Result r = ReadBuffer("arr.json", data);
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[1].body(), "نص \"ج\".");
  EXPECT_EQ(r.articles[1].origin, "arr.json[#2]");
  EXPECT_EQ(r.stats.skipped_records, 2u);
  EXPECT_EQ(r.Find(Severity::kSkipped, "invalid JSON")->where, "arr.json[#1]");
  EXPECT_EQ(r.Count(Severity::kWarning, "not closed"), 1u);
}

TEST(ReadBuffer, PrettyPrintedSingleObject) {
  const Result r = ReadBuffer("one.json", "{\n  \"title\": \"عنوان\",\n  \"content\": \"نص.\"\n}\n");
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].body(), "نص.");
  EXPECT_EQ(r.stats.skipped_records, 0u);
}

TEST(ReadBuffer, HeadlineStartingWithBracketIsPlainText) {
  const Result r = ReadBuffer("b.txt", "[عاجل] زلزال يضرب المنطقة\nضرب زلزال المنطقة فجر اليوم.\n");
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].title(), "[عاجل] زلزال يضرب المنطقة");
  EXPECT_EQ(r.articles[0].origin, "b.txt");
}

TEST(ReadBuffer, PlainTextArticle) {
  const Result r = ReadBuffer("p.txt", "العنوان\nكتبت: ريم\nالنص.\n");
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].author, "ريم");
  EXPECT_EQ(r.articles[0].origin, "p.txt");
  EXPECT_EQ(r.articles[0].source, "");
}

TEST(ReadBuffer, HeadlineOnlyPlainTextIsSkipped) {
  const Result r = ReadBuffer("h.txt", "العنوان\nكتبت: ريم\n");
  EXPECT_TRUE(r.articles.empty());
  EXPECT_EQ(r.stats.skipped_files, 1u);
  EXPECT_EQ(r.Count(Severity::kSkipped, "empty content"), 1u);
}

// ---------------------------------------------------------------------------------------------------------
// Bad bytes

TEST(ReadBuffer, EmptyAndWhitespaceFilesAreSkipped) {
  for (const std::string& data : {std::string(), std::string(" \n\t\r\n"), std::string("\xEF\xBB\xBF\n")}) {
    const Result r = ReadBuffer("e.txt", data);
    EXPECT_TRUE(r.articles.empty());
    EXPECT_EQ(r.stats.skipped_files, 1u);
    EXPECT_EQ(r.Count(Severity::kSkipped, "empty file"), 1u);
  }
}

TEST(ReadBuffer, BinaryFileIsSkipped) {
  std::string data = "\x89PNG\r\n\x1A\n";
  for (int i = 0; i < 2000; ++i) data += static_cast<char>((i * 37) % 256);
  const Result r = ReadBuffer("image.png", data);
  EXPECT_TRUE(r.articles.empty());
  EXPECT_EQ(r.stats.skipped_files, 1u);
  const Diagnostic* d = r.Find(Severity::kSkipped, "binary file");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->where, "image.png");
}

TEST(ReadBuffer, ManyNulsMeanBinary) {
  std::string data(1000, 'a');
  for (std::size_t i = 0; i < data.size(); i += 50) data[i] = '\0';  // 2%
  EXPECT_EQ(ReadBuffer("n.bin", data).Count(Severity::kSkipped, "binary file"), 1u);
}

TEST(ReadBuffer, IsolatedNulsAreRemoved) {
  std::string text = "العنوان\nنص طويل بما يكفي ليبدو نصا عاديا. ";
  for (int i = 0; i < 5; ++i) text += text;
  const std::string with_nuls =
      text.substr(0, 20) + std::string(1, '\0') + text.substr(20) + std::string(1, '\0');
  const Result r = ReadBuffer("nul.txt", with_nuls);
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].text, text);
  EXPECT_EQ(r.stats.removed_nuls, 2u);
  const Diagnostic* d = r.Find(Severity::kWarning, "NUL");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->where, "nul.txt:2");
}

TEST(ReadBuffer, EscapedNulInJsonIsRemoved) {
  const Result r = ReadBuffer("n.jsonl", R"({"title": "عنوان", "content": "نص\u0000 الخبر"})");
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].body(), "نص الخبر");
  EXPECT_EQ(r.stats.removed_nuls, 1u);
}

TEST(ReadBuffer, InvalidUtf8IsRepairedInPlainText) {
  const Result r = ReadBuffer("bad.txt", "العنوان\nنص \xD8 فيه \x80\x80 بايتات تالفة.\n");
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].body(), "نص \xEF\xBF\xBD فيه \xEF\xBF\xBD\xEF\xBF\xBD بايتات تالفة.");
  EXPECT_TRUE(utf8::IsValid(r.articles[0].text));
  EXPECT_EQ(r.stats.repaired_bytes, 3u);
  EXPECT_EQ(r.stats.transcoded_files, 0u);
  const Diagnostic* d = r.Find(Severity::kWarning, "invalid UTF-8");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->where, "bad.txt:2");
}

TEST(ReadBuffer, InvalidUtf8IsRepairedInJsonLines) {
  // nlohmann::json rejects invalid UTF-8, so without the repair the record would be lost.
  const std::string data = SnnRecord("أول", "سليم.") + "\n" + SnnRecord("ثان", "تالف \xC3( هنا.") + "\n";
  const Result r = ReadBuffer("bad.jsonl", data);
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[1].body(), "تالف \xEF\xBF\xBD( هنا.");
  EXPECT_EQ(r.stats.repaired_bytes, 1u);
  EXPECT_EQ(r.stats.skipped_records, 0u);
  EXPECT_EQ(r.Find(Severity::kWarning, "invalid UTF-8")->where, "bad.jsonl:2");
}

TEST(ReadBuffer, Windows1256IsTranscoded) {
  // "مرحبا" / "السلام عليكم ورحمة الله" in windows-1256, spelled out byte by byte.
  const std::string marhaba = "\xE3\xD1\xCD\xC8\xC7";
  const std::string salam =
      "\xC7\xE1\xD3\xE1\xC7\xE3 \xDA\xE1\xED\xDF\xE3 \xE6\xD1\xCD\xE3\xC9 \xC7\xE1\xE1\xE5";
  const Result r = ReadBuffer("legacy.txt", marhaba + "\r\n" + salam + "\r\n");
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].title(), "مرحبا");
  EXPECT_EQ(r.articles[0].body(), "السلام عليكم ورحمة الله");
  EXPECT_EQ(r.stats.transcoded_files, 1u);
  EXPECT_EQ(r.stats.repaired_bytes, 0u);
  EXPECT_EQ(r.Count(Severity::kNote, "windows-1256"), 1u);
}

TEST(ReadBuffer, LatinOneIsRepairedNotReadAsArabic) {
  const Result r = ReadBuffer("fr.txt",
                              "Cr\xE8me br\xFBl\xE9"
                              "e\nLe caf\xE9 est pr\xEAt.\n");
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.stats.transcoded_files, 0u);
  EXPECT_EQ(r.stats.repaired_bytes, 5u);
}

TEST(ReadBuffer, Utf16WithBomIsTranscoded) {
  const std::u16string text = u"عنوان\nنص الخبر.\n";
  std::string data = "\xFF\xFE";
  for (const char16_t unit : text) {
    data += static_cast<char>(unit & 0xFF);
    data += static_cast<char>(unit >> 8);
  }
  const Result r = ReadBuffer("u16.txt", data);
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].title(), "عنوان");
  EXPECT_EQ(r.articles[0].body(), "نص الخبر.");
  EXPECT_EQ(r.stats.transcoded_files, 1u);
}

// ---------------------------------------------------------------------------------------------------------
// Size limits and stopping

TEST(ReadBuffer, LongArticleIsCutAtACharacterBoundary) {
  std::string body;
  for (int i = 0; i < 1000; ++i) body += "ب";
  ReadOptions options;
  options.max_article_bytes = 101;
  const Result r = ReadBuffer("long.jsonl", R"({"title": "ع", "content": ")" + body + "\"}", options);
  ASSERT_EQ(r.articles.size(), 1u);
  const Article& a = r.articles[0];
  EXPECT_EQ(a.text.size(), 100u);  // 101 would split a letter
  EXPECT_TRUE(utf8::IsValid(a.text));
  EXPECT_EQ(a.body_span.end, 100u);
  EXPECT_EQ(a.id, ArticleId(a.title(), a.body()));
  EXPECT_EQ(r.Count(Severity::kWarning, "max_article_bytes"), 1u);
}

TEST(ReadBuffer, ZeroMaxArticleBytesMeansNoLimit) {
  ReadOptions options;
  options.max_article_bytes = 0;
  const Result r = ReadBuffer("p.txt", "العنوان\nالنص كاملا.\n", options);
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].body(), "النص كاملا.");
  EXPECT_TRUE(r.diagnostics.empty());
}

TEST(ReadBuffer, FiftyMegabyteLine) {
  std::string body;
  body.reserve(50u << 20);
  while (body.size() < (50u << 20)) body += "تقرير طويل جدا عن الاجتماع ";
  const std::size_t body_size = utf8::TrimSpace(body).size();

  // As one JSON Lines record...
  std::string line = R"({"title": "تقرير", "content": ")" + body + "\"}\n";
  const Result json = ReadBuffer("huge.jsonl", std::move(line));
  ASSERT_EQ(json.articles.size(), 1u);
  EXPECT_EQ(json.articles[0].body().size(), body_size);
  EXPECT_TRUE(json.diagnostics.empty());

  // ...and as a plain-text file that is a single line.
  const Result plain = ReadBuffer("huge.txt", std::move(body));
  ASSERT_EQ(plain.articles.size(), 1u);
  EXPECT_EQ(plain.articles[0].body().size(), body_size);
  EXPECT_TRUE(plain.articles[0].title_span.empty());
}

TEST(ReadBuffer, CallbackCanStopReading) {
  std::string data;
  for (int i = 0; i < 5; ++i) data += SnnRecord("عنوان " + std::to_string(i), "نص.") + "\n";
  std::vector<std::string> titles;
  ReadStats stats;
  ReadArticlesFromBuffer(
      "s.jsonl", data, {},
      [&](Article&& a) {
        titles.emplace_back(a.title());
        return titles.size() < 2;
      },
      nullptr, &stats);
  EXPECT_EQ(titles.size(), 2u);
  EXPECT_EQ(stats.articles, 2u);
}

TEST(ReadBuffer, NullCallbacksAndStatsAreAllowed) {
  ReadArticlesFromBuffer("x.jsonl", "{\"content\": \"x\"}\nbad\n", {}, nullptr, nullptr, nullptr);
  SUCCEED();
}

// ---------------------------------------------------------------------------------------------------------
// Files, directories, gzip, stdin

TEST(ReadArticles, NoInputsIsAnError) {
  const Result r = ReadInputs({});
  EXPECT_FALSE(r.status.ok());
  EXPECT_EQ(r.status.code(), Status::Code::kInvalidArgument);
}

TEST(ReadArticles, MissingPathIsSkipped) {
  const TempDir dir;
  const std::string good = dir.Write("good.txt", "عنوان\nنص.\n");
  const std::string missing = dir.path() + "/nope.txt";
  const Result r = ReadInputs({missing, good});
  EXPECT_TRUE(r.status.ok());
  EXPECT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.stats.skipped_files, 1u);
  EXPECT_EQ(r.stats.files, 1u);
  const Diagnostic* d = r.Find(Severity::kSkipped, "no such file");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->where, missing);
}

TEST(ReadArticles, EmptyAndBinaryFiles) {
  static constexpr char kElfBytes[] =
      "\x7F"
      "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0\x01\0\0\0";
  const std::string kElfHeader(kElfBytes, sizeof kElfBytes - 1);
  const TempDir dir;
  const Result r = ReadInputs(
      {dir.Write("empty.txt", ""), dir.Write("blank.txt", "\n\n  \n"), dir.Write("bin.dat", kElfHeader)});
  EXPECT_TRUE(r.articles.empty());
  EXPECT_EQ(r.stats.files, 3u);
  EXPECT_EQ(r.stats.skipped_files, 3u);
  EXPECT_EQ(r.Count(Severity::kSkipped, "empty file"), 2u);
  EXPECT_EQ(r.Count(Severity::kSkipped, "binary file"), 1u);
}

TEST(ReadArticles, GzipIsDetectedByMagicNotName) {
  const TempDir dir;
  const std::string data = SnnRecord("أ", "نص أ.") + "\n" + SnnRecord("ب", "نص ب.") + "\n";
  const std::string path = dir.WriteGzip("news.dat", data);  // no .gz suffix on purpose
  const Result r = ReadInputs({path});
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[1].origin, path + ":2");
  EXPECT_TRUE(r.diagnostics.empty());
}

TEST(ReadArticles, ConcatenatedGzipMembers) {
  const TempDir dir;
  const std::string a = TempDir::Slurp(dir.WriteGzip("a.gz", SnnRecord("أ", "نص أ.") + "\n"));
  const std::string b = TempDir::Slurp(dir.WriteGzip("b.gz", SnnRecord("ب", "نص ب.") + "\n"));
  const Result r = ReadInputs({dir.Write("both.jsonl.gz", a + b)});
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[1].title(), "ب");
  EXPECT_EQ(r.articles[1].origin, dir.path() + "/both.jsonl.gz:2");
}

TEST(ReadArticles, TruncatedGzipKeepsWhatWasDecoded) {
  const TempDir dir;
  std::string data;
  for (int i = 0; i < 3000; ++i) {
    data +=
        SnnRecord("خبر رقم " + std::to_string(i), "نص الخبر رقم " + std::to_string(i * 7919 % 10007)) + "\n";
  }
  const std::string whole = TempDir::Slurp(dir.WriteGzip("whole.gz", data));
  const std::string path = dir.Write("cut.jsonl.gz", whole.substr(0, whole.size() / 2));
  const Result r = ReadInputs({path});
  EXPECT_GT(r.articles.size(), 100u);
  EXPECT_LT(r.articles.size(), 3000u);
  EXPECT_EQ(r.Count(Severity::kWarning, "corrupt gzip"), 1u);
  EXPECT_LE(r.stats.skipped_records, 1u) << "at most the line cut in half";
  EXPECT_EQ(r.stats.skipped_files, 0u);
}

TEST(ReadArticles, GzipMagicWithGarbageIsSkipped) {
  const TempDir dir;
  const Result r = ReadInputs({dir.Write("fake.gz", "\x1F\x8B this is not deflate data at all")});
  EXPECT_TRUE(r.articles.empty());
  EXPECT_EQ(r.stats.skipped_files, 1u);
  EXPECT_EQ(r.Count(Severity::kSkipped, "corrupt gzip"), 1u);
}

TEST(ReadArticles, DirectoryIsReadRecursivelyInSortedOrderWithoutHiddenFiles) {
  const TempDir dir;
  dir.Write("b.txt", "عنوان ب\nنص ب.\n");
  dir.Write("a.txt", "عنوان أ\nنص أ.\n");
  dir.Write("sub/c.txt", "عنوان ج\nنص ج.\n");
  dir.Write("sub/a.jsonl", SnnRecord("عنوان د", "نص د.") + "\n");
  dir.Write(".hidden.txt", "مخفي\nلا يقرأ.\n");
  dir.Write(".git/config.txt", "مخفي\nلا يقرأ.\n");
  dir.Write("c.txt~", "");  // an empty backup: read, and skipped as empty
  const Result r = ReadInputs({dir.path()});
  std::vector<std::string> origins;
  for (const Article& a : r.articles) origins.push_back(a.origin);
  const std::string p = dir.path() + "/";
  EXPECT_EQ(origins,
            (std::vector<std::string>{p + "a.txt", p + "b.txt", p + "sub/a.jsonl:1", p + "sub/c.txt"}));
  EXPECT_EQ(r.stats.files, 5u);
  EXPECT_EQ(r.stats.skipped_files, 1u);
}

TEST(ReadArticles, Windows1256File) {
  const TempDir dir;
  const Result r = ReadInputs(
      {dir.Write("old.txt", "\xE3\xD1\xCD\xC8\xC7\n\xC7\xE1\xD3\xE1\xC7\xE3 \xDA\xE1\xED\xDF\xE3\n")});
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].title(), "مرحبا");
  EXPECT_EQ(r.articles[0].body(), "السلام عليكم");
  EXPECT_EQ(r.stats.transcoded_files, 1u);
}

TEST(ReadArticles, StandardInput) {
  const TempDir dir;
  const std::string path = dir.WriteGzip("in.gz", "عنوان من المدخل\nنص من المدخل.\n");
  ASSERT_NE(std::freopen(path.c_str(), "rb", stdin), nullptr);
  const Result r = ReadInputs({"-"});
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].origin, "<stdin>");
  EXPECT_EQ(r.articles[0].title(), "عنوان من المدخل");
  EXPECT_EQ(r.stats.files, 1u);
}

// ---------------------------------------------------------------------------------------------------------
// Streaming: JSON Lines are read a chunk (256 KiB) at a time, gzip inflated as it goes

// Compresses `data` as one gzip member.
std::string Gzip(std::string_view data, int level = Z_DEFAULT_COMPRESSION) {
  z_stream zs{};
  EXPECT_EQ(deflateInit2(&zs, level, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&zs, static_cast<uLong>(data.size())), '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&zs, Z_FINISH), Z_STREAM_END);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

// Writes a gzip file a piece at a time, so that a test can make one far larger than it ever holds.
class GzipFileWriter {
 public:
  explicit GzipFileWriter(const std::string& path) : file_(std::fopen(path.c_str(), "wb")) {
    EXPECT_NE(file_, nullptr);
    EXPECT_EQ(deflateInit2(&zs_, 1, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY), Z_OK);
  }
  ~GzipFileWriter() { Close(); }
  GzipFileWriter(const GzipFileWriter&) = delete;
  GzipFileWriter& operator=(const GzipFileWriter&) = delete;

  void Write(std::string_view data) { Deflate(data, Z_NO_FLUSH); }
  void Close() {
    if (file_ == nullptr) return;
    Deflate({}, Z_FINISH);
    deflateEnd(&zs_);
    std::fclose(file_);
    file_ = nullptr;
  }

 private:
  void Deflate(std::string_view data, int flush) {
    zs_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    zs_.avail_in = static_cast<uInt>(data.size());
    char out[1 << 16];
    do {
      zs_.next_out = reinterpret_cast<Bytef*>(out);
      zs_.avail_out = sizeof out;
      deflate(&zs_, flush);
      if (file_ != nullptr) std::fwrite(out, 1, sizeof out - zs_.avail_out, file_);
    } while (zs_.avail_out == 0);
  }

  std::FILE* file_;
  z_stream zs_{};
};

// Record i of the streaming tests: its body names i, so that a record read from the wrong place shows.
std::string NumberedRecord(std::size_t i, std::size_t body_bytes = 600) {
  std::string body = "الخبر رقم " + std::to_string(i) + ":";
  while (body.size() < body_bytes) body += " اجتمع الوزير " + std::to_string(i * 7919 % 10007);
  return SnnRecord("عنوان " + std::to_string(i), body);
}

// Bytes of the heap in use now (glibc), or 0 where that cannot be known.
std::size_t HeapInUse() {
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
  const struct mallinfo2 info = mallinfo2();
  return info.uordblks + info.hblkhd;
#else
  return 0;
#endif
}

TEST(Streaming, GzipJsonLinesStreamInBoundedMemory) {
  const TempDir dir;
  const std::string path = dir.path() + "/big.jsonl.gz";
  constexpr std::size_t kRecords = 40000;  // about 40 MB of JSON, 160 chunks
  std::size_t decoded = 0;
  {
    GzipFileWriter gz(path);
    for (std::size_t i = 1; i <= kRecords; ++i) {
      const std::string line = NumberedRecord(i, 400 + i % 1500) + "\n";
      decoded += line.size();
      gz.Write(line);
    }
  }
  ASSERT_GT(decoded, std::size_t{30} << 20);
  const std::size_t heap_before = HeapInUse();
  std::size_t heap_peak = heap_before;
  std::size_t articles = 0;
  std::size_t wrong = 0;
  std::vector<Diagnostic> diagnostics;
  ReadStats stats;
  const Status status = ReadArticles(
      {path}, {},
      [&](Article&& a) {
        ++articles;
        const std::string n = std::to_string(articles);
        const bool right = a.origin == path + ":" + n && a.title() == "عنوان " + n &&
                           a.body().starts_with("الخبر رقم " + n + ":");
        wrong += right ? 0 : 1;
        if (articles % 64 == 0) heap_peak = std::max(heap_peak, HeapInUse());
        return true;
      },
      [&](const Diagnostic& d) { diagnostics.push_back(d); }, &stats);
  ASSERT_TRUE(status.ok());
  EXPECT_EQ(articles, kRecords);
  EXPECT_EQ(stats.articles, kRecords);
  EXPECT_EQ(wrong, 0u) << "every record in order, with its line as origin";
  EXPECT_TRUE(diagnostics.empty());
  if (heap_before == 0) GTEST_SKIP() << "heap size unknown here; memory not checked";
  // The whole file inflated would be 40 MB; the reader's window is a few chunks of 256 KiB.
  EXPECT_LT(heap_peak - heap_before, std::size_t{4} << 20) << "of " << decoded << " bytes decoded";
}

TEST(Streaming, GzipMembersSplitAnywhere) {
  std::string data;
  for (std::size_t i = 1; i <= 3000; ++i) data += NumberedRecord(i, 200) + "\n";
  // Members cut at arbitrary offsets: inside lines, inside two-byte letters, some a single byte long.
  std::string gz;
  std::size_t members = 0;
  for (std::size_t at = 0, step = 1; at < data.size(); at += step, step = step * 7 % 100003 + 1) {
    gz += Gzip(std::string_view(data).substr(at, step));
    ++members;
  }
  ASSERT_GT(members, 20u);
  const TempDir dir;
  for (const std::string& tail : {std::string(), std::string(700, '\0')}) {
    const std::string path = dir.Write("members.jsonl.gz", gz + tail);
    const Result r = ReadInputs({path});
    ASSERT_EQ(r.articles.size(), 3000u) << "zero padding after the last member: " << tail.size();
    EXPECT_EQ(r.articles[2999].origin, path + ":3000");
    EXPECT_EQ(r.articles[1234].title(), "عنوان 1235");
    EXPECT_TRUE(r.diagnostics.empty());
  }
  const std::string path = dir.Write("garbage.jsonl.gz", gz + std::string(10, '\0') + "garbage");
  const Result r = ReadInputs({path});
  EXPECT_EQ(r.articles.size(), 3000u);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].message, "data after the end of the gzip stream ignored");
  EXPECT_FALSE(r.stats.AnythingSkipped());
}

TEST(Streaming, RecordsSpanningChunks) {
  // Record sizes around and well over a chunk, between short ones; the first one is longer than the head.
  const std::vector<std::size_t> sizes = {700000, 50, 262144, 80, 262143, 262145, 1, 1000000, 30, 300000};
  std::string data;
  std::vector<std::string> bodies;
  for (std::size_t i = 0; i < sizes.size(); ++i) {
    std::string body = "ب" + std::to_string(i);
    while (body.size() < sizes[i]) body += " أعلنت الوزارة";  // two-byte letters: chunks end inside them
    bodies.push_back(body);
    data += R"({"title": "عنوان", "content": ")" + body + "\"}\n";
  }
  // A cap far below the file's size shows that it is streamed: read whole, it would be cut with a warning.
  ReadOptions streamed;
  streamed.max_whole_document_bytes = 1000;
  const TempDir dir;
  const std::string plain = dir.Write("long.jsonl", data);
  const std::string gzipped = dir.Write("long.jsonl.gz", Gzip(data));
  for (const std::string& path : {plain, gzipped}) {
    const Result r = ReadInputs({path}, streamed);
    ASSERT_EQ(r.articles.size(), sizes.size()) << path;
    for (std::size_t i = 0; i < sizes.size(); ++i) {
      EXPECT_EQ(r.articles[i].body(), bodies[i]) << path << " record " << i;
      EXPECT_EQ(r.articles[i].origin, path + ":" + std::to_string(i + 1));
    }
    EXPECT_TRUE(r.diagnostics.empty()) << r.diagnostics[0].message;
  }
  // With a byte order mark and blank lines before the first record, CRLF line ends, or handed over in memory.
  std::string crlf;
  for (const char c : data) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  const Result lead = ReadInputs({dir.Write("lead.jsonl.gz", Gzip("\xEF\xBB\xBF\n \r\n" + crlf))}, streamed);
  ASSERT_EQ(lead.articles.size(), sizes.size());
  EXPECT_EQ(lead.articles[0].body(), bodies[0]);
  EXPECT_EQ(lead.articles[9].origin, dir.path() + "/lead.jsonl.gz:12");
  EXPECT_TRUE(lead.diagnostics.empty());
  for (const std::string& bytes : {data, crlf, Gzip(crlf)}) {
    const Result r = ReadBuffer("mem.jsonl", bytes);
    ASSERT_EQ(r.articles.size(), sizes.size());
    EXPECT_EQ(r.articles[7].body(), bodies[7]);
    EXPECT_EQ(r.articles[9].origin, "mem.jsonl:10");
  }
}

TEST(Streaming, TruncatedGzipDeliversTheRecordsBeforeTheDamage) {
  std::string data;
  for (std::size_t i = 1; i <= 20000; ++i) data += NumberedRecord(i, 300 + i % 200) + "\n";
  const std::string gz = Gzip(data);
  const TempDir dir;
  const std::string path = dir.Write("cut.jsonl.gz", gz.substr(0, gz.size() * 6 / 10));

  std::vector<std::string> events;  // articles and diagnostics in the order they came
  std::size_t articles = 0;
  std::size_t out_of_order = 0;
  ReadStats stats;
  ReadArticles(
      {path}, {},
      [&](Article&& a) {
        ++articles;
        out_of_order += a.origin == path + ":" + std::to_string(articles) ? 0 : 1;
        if (events.empty() || events.back() != "article") events.push_back("article");
        return true;
      },
      [&](const Diagnostic& d) { events.push_back(d.where + ": " + d.message); }, &stats);
  EXPECT_GT(articles, 5000u);
  EXPECT_LT(articles, 20000u);
  EXPECT_EQ(out_of_order, 0u);
  // All records are delivered before the damage is reached, then the message, then the line cut in half.
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events[0], "article");
  EXPECT_TRUE(events[1].starts_with(path + ": corrupt gzip data (unexpected end of data) after "))
      << events[1];
  EXPECT_TRUE(events[1].ends_with(" bytes; reading what was decoded")) << events[1];
  EXPECT_EQ(events[2], path + ":" + std::to_string(articles + 1) + ": invalid JSON; line skipped");
  EXPECT_EQ(stats.skipped_records, 1u);
  EXPECT_EQ(stats.skipped_files, 0u);

  // Damage in the middle of the deflate data: what came before it still counts.
  std::string damaged = gz;
  for (std::size_t i = gz.size() / 2; i < gz.size() / 2 + 64; ++i)
    damaged[i] = static_cast<char>(~damaged[i]);
  const Result r = ReadInputs({dir.Write("damaged.jsonl.gz", damaged)});
  EXPECT_GT(r.articles.size(), 5000u);
  EXPECT_EQ(r.articles[4999].title(), "عنوان 5000");
  EXPECT_EQ(r.Count(Severity::kWarning, "corrupt gzip data"), 1u);
}

TEST(Streaming, StandardInputIsStreamed) {
  std::string data;
  for (std::size_t i = 1; i <= 2000; ++i) data += NumberedRecord(i) + "\n";
  const TempDir dir;
  for (const std::string& bytes : {data, Gzip(data)}) {
    ASSERT_NE(std::freopen(dir.Write("in", bytes).c_str(), "rb", stdin), nullptr);
    const Result r = ReadInputs({"-"});
    ASSERT_EQ(r.articles.size(), 2000u);
    EXPECT_EQ(r.articles[1999].origin, "<stdin>:2000");
    EXPECT_EQ(r.stats.files, 1u);
    EXPECT_TRUE(r.diagnostics.empty());
  }
}

TEST(Streaming, RepairsInAStreamedFileAreReportedAtTheirLine) {
  std::string data;
  for (std::size_t i = 1; i <= 3000; ++i) {
    std::string line = NumberedRecord(i) + "\n";
    if (i == 1500 || i == 2500) line.insert(line.size() - 3, "\xD8(\xFF");  // two invalid sequences
    if (i == 2000) line.insert(line.size() - 3, std::string(1, '\0'));
    data += line;
  }
  const TempDir dir;
  const std::string path = dir.WriteGzip("repairs.jsonl.gz", data);
  const Result r = ReadInputs({path});
  ASSERT_EQ(r.articles.size(), 3000u);
  EXPECT_TRUE(r.articles[1499].body().ends_with("\xEF\xBF\xBD(\xEF\xBF\xBD"));
  EXPECT_EQ(r.stats.repaired_bytes, 4u);
  EXPECT_EQ(r.stats.removed_nuls, 1u);
  const Diagnostic* invalid = r.Find(Severity::kWarning, "4 invalid UTF-8 sequences replaced");
  ASSERT_NE(invalid, nullptr);
  EXPECT_EQ(invalid->where, path + ":1500");
  const Diagnostic* nul = r.Find(Severity::kWarning, "1 NUL byte removed");
  ASSERT_NE(nul, nullptr);
  EXPECT_EQ(nul->where, path + ":2000");
}

TEST(Streaming, PrettyPrintedObjectAndBrokenFirstLineInLargeFiles) {
  std::string body;
  while (body.size() < 600000) body += "نص طويل ";
  const TempDir dir;
  const std::string pretty =
      dir.Write("one.json", "{\n  \"title\": \"عنوان\",\n  \"content\": \"" + body + "\"\n}\n");
  Result r = ReadInputs({pretty});
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].origin, pretty);
  EXPECT_EQ(r.articles[0].body(), utf8::TrimSpace(body));

  // A broken first line is not the start of one pretty-printed object: the lines looked at for that are read.
  std::string data = "{\"title\": \"مقطوع\"\n";
  for (std::size_t i = 2; i <= 3000; ++i) data += NumberedRecord(i) + "\n";
  const std::string broken = dir.WriteGzip("broken.jsonl.gz", data);
  r = ReadInputs({broken});
  ASSERT_EQ(r.articles.size(), 2999u);
  EXPECT_EQ(r.articles[0].origin, broken + ":2");
  EXPECT_EQ(r.articles[2998].origin, broken + ":3000");
  EXPECT_EQ(r.stats.skipped_records, 1u);
  EXPECT_EQ(r.Find(Severity::kSkipped, "invalid JSON")->where, broken + ":1");
}

TEST(Streaming, DocumentsReadWholeAreCapped) {
  ReadOptions options;
  options.max_whole_document_bytes = 100000;
  std::string text = "عنوان طويل\n";
  for (int i = 0; text.size() < 300000; ++i) text += "سطر رقم " + std::to_string(i) + " من نص الخبر.\n";
  std::string array = "[";
  std::string lines;
  for (std::size_t i = 1; i <= 1000; ++i) {
    array += (i > 1 ? ",\n" : "") + NumberedRecord(i);
    lines += NumberedRecord(i) + "\n";
  }
  array += "]\n";
  const TempDir dir;
  const std::string plain_path = dir.WriteGzip("long.txt.gz", text);
  const std::string array_path = dir.Write("long.json", array);
  const std::string lines_path = dir.Write("long.jsonl", lines);

  const Result plain = ReadInputs({plain_path}, options);
  ASSERT_EQ(plain.articles.size(), 1u);
  const std::string& cut = plain.articles[0].text;
  EXPECT_LE(cut.size(), 100000u);
  EXPECT_GT(cut.size(), 99000u);
  EXPECT_EQ(cut, text.substr(0, cut.size())) << "cut at the end of a line, nothing else changed";
  const Diagnostic* d = plain.Find(Severity::kWarning, "max_whole_document_bytes");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->where, plain_path);
  EXPECT_EQ(d->message.find("larger than 100000 bytes"), 0u) << d->message;

  const Result json_array = ReadInputs({array_path}, options);
  EXPECT_GT(json_array.articles.size(), 100u);
  EXPECT_LT(json_array.articles.size(), 1000u);
  EXPECT_EQ(json_array.Count(Severity::kWarning, "max_whole_document_bytes"), 1u);
  EXPECT_EQ(json_array.Count(Severity::kWarning, "not closed"), 1u);

  const Result json_lines = ReadInputs({lines_path}, options);
  EXPECT_EQ(json_lines.articles.size(), 1000u) << "JSON Lines stream, whatever their size";
  EXPECT_TRUE(json_lines.diagnostics.empty());

  options.max_whole_document_bytes = 0;
  EXPECT_EQ(ReadInputs({array_path}, options).articles.size(), 1000u) << "0: no limit";
}

TEST(Streaming, HeadDecidesBinaryAndCharset) {
  const TempDir dir;
  // A large binary file is skipped from its head, as the whole file would be.
  std::string binary = "\x89PNG\r\n\x1A\n";
  while (binary.size() < 1000000) binary += static_cast<char>(binary.size() * 37 % 256);
  Result r = ReadInputs({dir.Write("image.png.gz", Gzip(binary))});
  EXPECT_TRUE(r.articles.empty());
  EXPECT_EQ(r.stats.skipped_files, 1u);
  EXPECT_EQ(r.Count(Severity::kSkipped, "binary file"), 1u);

  // JSON Lines in windows-1256 are transcoded whole, over more than a chunk.
  const std::string marhaba = "\xE3\xD1\xCD\xC8\xC7";  // مرحبا
  std::string legacy;
  for (std::size_t i = 1; i <= 8000; ++i) {
    legacy +=
        "{\"title\": \"" + marhaba + "\", \"content\": \"" + marhaba + " " + std::to_string(i) + "\"}\n";
  }
  ASSERT_GT(legacy.size(), 262144u);
  r = ReadInputs({dir.Write("legacy.jsonl", legacy)});
  ASSERT_EQ(r.articles.size(), 8000u);
  EXPECT_EQ(r.articles[7999].body(), "مرحبا 8000");
  EXPECT_EQ(r.stats.transcoded_files, 1u);
}

// ---------------------------------------------------------------------------------------------------------
// Shared data

TEST(SharedData, SaudiNewsNetJuly2015) {
  MARSAD_REQUIRE_SHARED_DATA(path, "news/saudinewsnet-2015-07.jsonl.gz");
  ReadStats stats;
  std::size_t bad_ids = 0;
  std::size_t articles = 0;
  std::vector<Diagnostic> diagnostics;
  const Status status = ReadArticles(
      {path}, {},
      [&](Article&& a) {
        ++articles;
        bad_ids += IsHexId(a.id) && a.id == ArticleId(a.title(), a.body()) && utf8::IsValid(a.text) ? 0 : 1;
        return true;
      },
      [&](const Diagnostic& d) { diagnostics.push_back(d); }, &stats);
  ASSERT_TRUE(status.ok());
  EXPECT_EQ(stats.articles + stats.skipped_records, 15042u);
  EXPECT_EQ(stats.skipped_records, 194u);
  EXPECT_EQ(stats.articles, 14848u);
  EXPECT_EQ(articles, 14848u);
  EXPECT_EQ(bad_ids, 0u);
  EXPECT_EQ(stats.files, 1u);
  EXPECT_EQ(stats.skipped_files, 0u);
  std::size_t empty_content = 0;
  for (const Diagnostic& d : diagnostics) {
    EXPECT_EQ(d.severity, Severity::kSkipped) << d.where << ": " << d.message;
    const bool known = d.message.find("empty content") != std::string::npos ||
                       d.message.find("no text") != std::string::npos;
    EXPECT_TRUE(known) << d.where << ": " << d.message;
    empty_content += known ? 1 : 0;
  }
  EXPECT_EQ(empty_content, 194u);
}

TEST(SharedData, SeedArticle) {
  MARSAD_REQUIRE_SHARED_DATA(path, "corpus/seed/000_1cc15bd339471e21.txt");
  const Result r = ReadInputs({path});
  ASSERT_EQ(r.articles.size(), 1u);
  const Article& a = r.articles[0];
  EXPECT_TRUE(a.title().starts_with("الأمين العام لـ CICA")) << a.title();
  EXPECT_EQ(a.author, "فاطمة بدوى");
  EXPECT_EQ(a.View(a.author_span), "فاطمة بدوى");
  EXPECT_TRUE(a.body().starts_with("استقبل")) << a.body().substr(0, 40);
  EXPECT_EQ(a.text, TempDir::Slurp(path)) << "a valid UTF-8 text file is kept byte for byte";
  EXPECT_TRUE(IsHexId(a.id));
  EXPECT_TRUE(r.diagnostics.empty());
}

}  // namespace
}  // namespace marsad
