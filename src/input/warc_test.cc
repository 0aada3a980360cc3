// Tests for reading WARC crawls: records written by hand here (the crawl made by wget is tested end to end
// in tests/warc_wget.sh), with the quirks of real writers (angle brackets around the URI, chunked and gzip
// HTTP bodies, one gzip member per record) and the damage a crawl can carry (cut short, wrong lengths,
// garbage, binary payloads). The pages are written for these tests.
#include <gtest/gtest.h>
#include <zlib.h>

#include <malloc.h>
#include <unistd.h>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "input/warc.h"
#include "marsad/article.h"
#include "marsad/utf8.h"
#include "testing/read_result.h"

namespace marsad {
namespace {

using Severity = Diagnostic::Severity;

using Result = testing::ReadResult;

Result Read(std::string_view name, std::string data) { return testing::ReadBuffer(name, std::move(data)); }

std::string Record(std::string_view type, std::string_view uri, std::string_view block,
                   std::string_view content_type = "application/http; msgtype=response") {
  std::string r = "WARC/1.0\r\nWARC-Type: " + std::string(type) + "\r\n";
  if (!uri.empty()) r += "WARC-Target-URI: " + std::string(uri) + "\r\n";
  r += "WARC-Date: 2024-05-02T10:00:00Z\r\nWARC-Record-ID: "
       "<urn:uuid:00000000-0000-0000-0000-000000000000>\r\n";
  r += "Content-Type: " + std::string(content_type) + "\r\n";
  r += "Content-Length: " + std::to_string(block.size()) + "\r\n\r\n";
  r += block;
  r += "\r\n\r\n";
  return r;
}

std::string Http(std::string_view headers, std::string_view body, std::string_view status = "200 OK") {
  return "HTTP/1.1 " + std::string(status) + "\r\n" + std::string(headers) + "\r\n" + std::string(body);
}

std::string Gzip(std::string_view data) {
  z_stream zs{};
  deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&zs, static_cast<uLong>(data.size())) + 32, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

const char kPage[] =
    "<!DOCTYPE html><html lang=\"ar\"><head><meta charset=\"utf-8\"><title>انطلاق معرض الكتاب</title></head>"
    "<body><nav>الرئيسية | ثقافة</nav><article><h1>انطلاق معرض الكتاب</h1>"
    "<p>افتتح وزير الثقافة معرض الكتاب الدولي بمشاركة مئات دور النشر.</p>"
    "<p>ويستمر المعرض عشرة أيام.</p></article><footer>حقوق النشر</footer></body></html>";

std::string Warcinfo() { return Record("warcinfo", "", "software: test\r\n", "application/warc-fields"); }

TEST(WarcTest, AngleBracketUriAndChunkedBody) {
  const std::string page = kPage;
  // Three chunks, one with an extension, then the last chunk and an empty trailer.
  const std::string chunked = "20;name=x\r\n" + page.substr(0, 32) + "\r\n" + "10\r\n" + page.substr(32, 16) +
                              "\r\n" +
                              [&] {
                                char size[16];
                                std::snprintf(size, sizeof size, "%zx", page.size() - 48);
                                return std::string(size);
                              }() +
                              "\r\n" + page.substr(48) + "\r\n0\r\n\r\n";
  const std::string warc =
      Warcinfo() + Record("request", "<http://example.com/news/1>", "GET /news/1 HTTP/1.1\r\n\r\n") +
      Record("response", "<http://example.com/news/1>",
             Http("Content-Type: text/html; charset=UTF-8\r\nTransfer-Encoding: chunked\r\n", chunked));
  const Result r = Read("crawl.warc", warc);
  ASSERT_EQ(r.articles.size(), 1u);
  const Article& a = r.articles[0];
  EXPECT_EQ(a.url, "http://example.com/news/1");
  EXPECT_EQ(a.origin, "crawl.warc#3");
  EXPECT_EQ(a.title(), "انطلاق معرض الكتاب");
  EXPECT_EQ(a.body(),
            "افتتح وزير الثقافة معرض الكتاب الدولي بمشاركة مئات دور النشر.\nويستمر المعرض عشرة أيام.");
  EXPECT_EQ(a.date, "2024-05-02T10:00:00Z");  // the page gives none: the crawl's date
  EXPECT_EQ(a.source, "example.com");
  EXPECT_EQ(a.language, "ar");
  EXPECT_FALSE(r.stats.AnythingSkipped());
}

TEST(WarcTest, GzipMembersAndGzipContentEncoding) {
  const std::string page = std::string(kPage).replace(std::string(kPage).find("<title>"), 7,
                                                      "<meta property=\"article:published_time\" "
                                                      "content=\"2024-04-30T08:00:00+03:00\"><title>");
  const std::string warc =
      Gzip(Warcinfo()) +
      Gzip(Record("response", "http://example.com/a",
                  Http("Content-Type: text/html\r\nContent-Encoding: gzip\r\n", Gzip(page)))) +
      Gzip(Record("resource", "http://example.com/b.txt", "عنوان الخبر\nنص الخبر القصير.\n", "text/plain")) +
      Gzip(Record("resource", "metadata://gnu.org/software/wget/warc/wget.log", "log line\n", "text/plain"));
  const Result r = Read("crawl.warc.gz", warc);
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].date, "2024-04-30T08:00:00+03:00");  // the page's own date wins
  EXPECT_EQ(r.articles[0].origin, "crawl.warc.gz#2");
  EXPECT_EQ(r.articles[1].title(), "عنوان الخبر");
  EXPECT_EQ(r.articles[1].body(), "نص الخبر القصير.");
  EXPECT_EQ(r.articles[1].url, "http://example.com/b.txt");
  EXPECT_EQ(r.stats.skipped_payloads, 1u);  // the crawler's log
  EXPECT_NE(r.Find(Severity::kNote, "1 crawler logs"), nullptr);
}

TEST(WarcTest, NonArticlePayloadsAreCountedNotSilent) {
  std::string png = "\x89PNG\r\n\x1a\n";
  png += std::string(300, '\0');
  const std::string warc =
      Record("response", "http://example.com/logo.png", Http("Content-Type: image/png\r\n", png)) +
      Record("response", "http://example.com/gone",
             Http("Content-Type: text/html\r\n", "<html></html>", "404 Not Found")) +
      Record("response", "http://example.com/blob", Http("", std::string(200, '\x01'))) +  // no Content-Type
      Record("response", "http://example.com/news", Http("Content-Type: text/html\r\n", kPage)) +
      Record("revisit", "http://example.com/news", "HTTP/1.1 200 OK\r\n\r\n");
  const Result r = Read("crawl.warc", warc);
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].origin, "crawl.warc#4");
  EXPECT_EQ(r.stats.skipped_payloads, 3u);
  const Diagnostic* note = r.Find(Severity::kNote, "3 records without an article skipped");
  ASSERT_NE(note, nullptr);
  EXPECT_NE(note->message.find("image/png"), std::string::npos) << note->message;
  EXPECT_NE(note->message.find("HTTP 404"), std::string::npos) << note->message;
  EXPECT_NE(note->message.find("binary payloads"), std::string::npos) << note->message;
  EXPECT_FALSE(r.stats.AnythingSkipped());  // a crawl is mostly such records: not damage
}

TEST(WarcTest, TruncatedRecordIsReportedAfterTheGoodOnes) {
  const std::string good =
      Record("response", "http://example.com/a", Http("Content-Type: text/html\r\n", kPage));
  const std::string cut =
      Record("response", "http://example.com/b", Http("Content-Type: text/html\r\n", kPage));
  const Result r = Read("cut.warc", good + cut.substr(0, cut.size() / 2));
  ASSERT_EQ(r.articles.size(), 1u);
  const Diagnostic* d = r.Find(Severity::kSkipped, "cut short");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->where, "cut.warc#2");
  EXPECT_EQ(r.stats.skipped_records, 1u);
}

TEST(WarcTest, WrongOrBadContentLengthSkipsOnlyThatRecord) {
  const std::string page = Http("Content-Type: text/html\r\n", kPage);
  std::string too_long = Record("response", "http://example.com/a", page);
  const std::string declared = "Content-Length: " + std::to_string(page.size());
  too_long.replace(too_long.find(declared), declared.size(),
                   "Content-Length: " + std::to_string(page.size() + 500));
  std::string bad = Record("response", "http://example.com/b", page);
  bad.replace(bad.find(declared), declared.size(), "Content-Length: lots");
  const std::string good = Record("response", "http://example.com/c", page);
  const Result r = Read("lengths.warc", too_long + bad + good + too_long);
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].url, "http://example.com/c");
  EXPECT_NE(r.Find(Severity::kSkipped, "runs into the next record"), nullptr);
  EXPECT_NE(r.Find(Severity::kSkipped, "bad Content-Length 'lots'"), nullptr);
}

TEST(WarcTest, GarbageBetweenAndAfterRecords) {
  const std::string good =
      Record("response", "http://example.com/a", Http("Content-Type: text/html\r\n", kPage));
  const Result r =
      Read("garbage.warc", good + "this is not a record\n\x01\x02\x03\n" + good + "trailing junk");
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[1].origin, "garbage.warc#2");
  EXPECT_NE(r.Find(Severity::kSkipped, "not a WARC record skipped up to the next record"), nullptr);
  EXPECT_NE(r.Find(Severity::kSkipped, "not a WARC record skipped at the end of the file"), nullptr);
}

TEST(WarcTest, GarbageAfterAHeaderAndEmptyFilesDoNotCrash) {
  std::mt19937 random(7);
  std::string junk = "WARC/1.0\r\n";
  for (int i = 0; i < 5000; ++i) junk += static_cast<char>(random() & 0xFF);
  Result r = Read("junk.warc", junk);
  EXPECT_TRUE(r.articles.empty());
  EXPECT_GE(r.stats.skipped_files + r.stats.skipped_records, 1u);

  r = Read("only-version.warc", "WARC/1.0\r\n");
  EXPECT_TRUE(r.articles.empty());
  EXPECT_NE(r.Find(Severity::kSkipped, "cut short"), nullptr);

  r = Read("warcinfo-only.warc.gz", Gzip(Warcinfo()));
  EXPECT_TRUE(r.articles.empty());
  EXPECT_NE(r.Find(Severity::kSkipped, "no article in WARC file"), nullptr);
}

TEST(WarcTest, EveryTruncationAndCorruptionIsSurvived) {
  const std::string warc =
      Warcinfo() +
      Record("response", "<http://example.com/a>",
             Http("Content-Type: text/html\r\nContent-Encoding: gzip\r\n", Gzip(kPage))) +
      Record("response", "http://example.com/b",
             Http("Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n",
                  "5\r\n<html\r\nzz\r\n>hi</html>\r\n0\r\n\r\n"));
  const std::string gz = Gzip(warc);
  for (std::size_t cut = 0; cut < warc.size(); cut += 7) {
    const Result r = Read("cut.warc", warc.substr(0, cut));
    for (const Article& a : r.articles) EXPECT_TRUE(utf8::IsValid(a.text));
  }
  for (std::size_t cut = 0; cut < gz.size(); cut += 5) Read("cut.warc.gz", gz.substr(0, cut));
  std::mt19937 random(11);
  for (int round = 0; round < 300; ++round) {
    std::string damaged = warc;
    for (int k = 0; k < 5; ++k) damaged[random() % damaged.size()] = static_cast<char>(random() & 0xFF);
    const Result r = Read("damaged.warc", damaged);
    for (const Article& a : r.articles) EXPECT_TRUE(utf8::IsValid(a.text));
  }
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

TEST(WarcTest, RecordsStreamInBoundedMemory) {
  const std::filesystem::path path = std::filesystem::temp_directory_path() /
                                     ("marsad_warc_test_" + std::to_string(::getpid()) + ".warc.gz");
  constexpr std::size_t kPages = 3000;
  std::size_t decoded = 0;
  {
    std::ofstream out(path, std::ios::binary);
    std::mt19937 random(3);
    std::string image(std::size_t{1} << 20, '\0');
    for (std::size_t i = 1; i <= kPages; ++i) {
      const std::string page = "<html><head><title>خبر رقم " + std::to_string(i) +
                               "</title></head><body><p>" + std::string(kPage).substr(0, 200) + " " +
                               std::to_string(i) + "</p></body></html>";
      std::string record = Record("response", "http://example.com/" + std::to_string(i),
                                  Http("Content-Type: text/html; charset=utf-8\r\n", page));
      if (i % 100 == 0) {
        // A megabyte of incompressible image between pages, 30 of them: never held whole.
        for (char& c : image) c = static_cast<char>(random());
        record +=
            Record("response", "http://example.com/photo.jpg", Http("Content-Type: image/jpeg\r\n", image));
      }
      decoded += record.size();
      const std::string member = Gzip(record);
      out.write(member.data(), static_cast<std::streamsize>(member.size()));
    }
  }
  ASSERT_GT(decoded, std::size_t{30} << 20);
  const std::size_t heap_before = HeapInUse();
  std::size_t heap_peak = heap_before;
  std::size_t articles = 0;
  std::size_t wrong = 0;
  ReadStats stats;
  ReadArticles(
      {path.string()}, {},
      [&](Article&& a) {
        ++articles;
        wrong += a.title() == "خبر رقم " + std::to_string(articles) ? 0 : 1;
        if (articles % 16 == 0) heap_peak = std::max(heap_peak, HeapInUse());
        return true;
      },
      nullptr, &stats);
  std::filesystem::remove(path);
  EXPECT_EQ(articles, kPages);
  EXPECT_EQ(wrong, 0u);
  EXPECT_EQ(stats.skipped_payloads, kPages / 100);
  if (heap_before == 0) GTEST_SKIP() << "heap size unknown here; memory not checked";
  EXPECT_LT(heap_peak - heap_before, std::size_t{4} << 20) << "of " << decoded << " bytes decoded";
}

TEST(WarcTest, HttpHelpers) {
  input::HttpResponse head;
  ASSERT_TRUE(input::ParseHttpHead(
      "HTTP/1.0 200 OK\nContent-Type: text/html;charset=\"windows-1256\"\nContent-Encoding: GZIP\n\nbody",
      &head));
  EXPECT_EQ(head.status, 200);
  EXPECT_EQ(head.media_type, "text/html");
  EXPECT_EQ(head.charset, "windows-1256");
  EXPECT_EQ(head.content_encoding, "gzip");
  EXPECT_FALSE(input::ParseHttpHead("GET / HTTP/1.1\r\n\r\n", &head));
  EXPECT_FALSE(input::ParseHttpHead("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n", &head));  // no end

  std::string body, error, warning;
  ASSERT_TRUE(input::ParseHttpHead("HTTP/1.1 200 OK\r\nContent-Encoding: br\r\n\r\nxx", &head));
  EXPECT_FALSE(input::DecodeHttpBody("HTTP/1.1 200 OK\r\nContent-Encoding: br\r\n\r\nxx", head, 0, &body,
                                     &error, &warning));
  EXPECT_NE(error.find("'br' not supported"), std::string::npos);
  const std::string cut_chunks =
      "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nabcd\r\nff\r\nxyz";
  ASSERT_TRUE(input::ParseHttpHead(cut_chunks, &head));
  ASSERT_TRUE(input::DecodeHttpBody(cut_chunks, head, 0, &body, &error, &warning));
  EXPECT_EQ(body, "abcdxyz");
  EXPECT_NE(warning.find("cut short"), std::string::npos);
}

}  // namespace
}  // namespace marsad
