// Tests for zip archives as input: each member is read as a file of its own, whatever its format (JSON
// Lines, plain text, HTML, a WARC, another zip), from a file on disk or from memory; folders and hidden
// files are passed over; a broken archive is skipped with a message. Archives are built here with libzip.
#include <gtest/gtest.h>
#include <unistd.h>
#include <zip.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "marsad/article.h"
#include "testing/read_result.h"

namespace marsad {
namespace {

namespace fs = std::filesystem;
using Severity = Diagnostic::Severity;

using Result = testing::ReadResult;

Result ReadPath(const std::string& path) { return testing::ReadInputs({path}); }
Result ReadMemory(const std::string& name, std::string data) {
  return testing::ReadBuffer(name, std::move(data));
}

std::string Slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Writes a zip archive of (name, content) members to `path`; a name ending in '/' is a folder.
void WriteZip(const fs::path& path, const std::vector<std::pair<std::string, std::string>>& members) {
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  ASSERT_NE(archive, nullptr) << error;
  for (const auto& [name, content] : members) {
    if (name.ends_with('/')) {
      ASSERT_GE(zip_dir_add(archive, name.c_str(), ZIP_FL_ENC_UTF_8), 0);
      continue;
    }
    // libzip reads the bytes when the archive is closed: they must outlive this loop, as `members` does.
    zip_source_t* source = zip_source_buffer(archive, content.data(), content.size(), 0);
    ASSERT_NE(source, nullptr);
    ASSERT_GE(zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8), 0) << zip_strerror(archive);
  }
  ASSERT_EQ(zip_close(archive), 0);
}

class ZipTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("marsad_zip_test_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

const std::vector<std::pair<std::string, std::string>> kMembers = {
    {"news/", ""},
    {"news/records.jsonl",
     "{\"title\": \"افتتاح الجسر الجديد\", \"content\": \"افتتح المحافظ الجسر الجديد فوق النهر.\", \"url\": "
     "\"http://example.com/1\"}\n"
     "{\"title\": \"هطول أمطار غزيرة\", \"content\": \"هطلت أمطار غزيرة على المدينة أمس.\"}\n"},
    {"news/note.txt", "اجتماع مجلس الوزراء\nعقد مجلس الوزراء اجتماعه الأسبوعي وناقش عدة ملفات.\n"},
    {"news/.DS_Store", std::string("\0\0\0\1Bud1", 8)},
    {"__MACOSX/news/._note.txt", std::string("\0\5\26\7", 4)},
};

TEST_F(ZipTest, EveryMemberIsReadAsAFile) {
  WriteZip(dir_ / "corpus.zip", kMembers);
  const Result r = ReadPath((dir_ / "corpus.zip").string());
  ASSERT_EQ(r.articles.size(), 3u);
  const std::string zip = (dir_ / "corpus.zip").string();
  EXPECT_EQ(r.articles[0].origin, zip + ":news/records.jsonl:1");
  EXPECT_EQ(r.articles[0].title(), "افتتاح الجسر الجديد");
  EXPECT_EQ(r.articles[0].url, "http://example.com/1");
  EXPECT_EQ(r.articles[1].origin, zip + ":news/records.jsonl:2");
  EXPECT_EQ(r.articles[2].origin, zip + ":news/note.txt");
  EXPECT_EQ(r.articles[2].title(), "اجتماع مجلس الوزراء");
  EXPECT_FALSE(r.stats.AnythingSkipped());
  EXPECT_EQ(r.stats.files, 3u);  // the archive and its two members

  // The same archive from memory (stdin, or gzipped) and inside another archive.
  const Result from_memory = ReadMemory("corpus.zip", Slurp(dir_ / "corpus.zip"));
  ASSERT_EQ(from_memory.articles.size(), 3u);
  EXPECT_EQ(from_memory.articles[2].origin, "corpus.zip:news/note.txt");
  WriteZip(dir_ / "outer.zip", {{"inner.zip", Slurp(dir_ / "corpus.zip")}, {"empty.txt", ""}});
  const Result nested = ReadPath((dir_ / "outer.zip").string());
  ASSERT_EQ(nested.articles.size(), 3u);
  EXPECT_EQ(nested.articles[2].origin, (dir_ / "outer.zip").string() + ":inner.zip:news/note.txt");
  ASSERT_EQ(nested.diagnostics.size(), 1u);  // the empty member, named
  EXPECT_EQ(nested.diagnostics[0].where, (dir_ / "outer.zip").string() + ":empty.txt");
}

TEST_F(ZipTest, BrokenArchivesAreSkipped) {
  WriteZip(dir_ / "corpus.zip", kMembers);
  const std::string bytes = Slurp(dir_ / "corpus.zip");
  // Cut before its directory, which is at the end: nothing can be found.
  const Result cut = ReadMemory("cut.zip", bytes.substr(0, bytes.size() / 2));
  EXPECT_TRUE(cut.articles.empty());
  ASSERT_FALSE(cut.diagnostics.empty());
  EXPECT_EQ(cut.diagnostics[0].severity, Severity::kSkipped);
  EXPECT_NE(cut.diagnostics[0].message.find("not a readable zip archive"), std::string::npos);
  // Damaged anywhere: no crash, whatever is read is valid.
  for (std::size_t at = 0; at < bytes.size(); at += 13) {
    std::string damaged = bytes;
    damaged[at] = static_cast<char>(damaged[at] ^ 0x5A);
    const Result r = ReadMemory("damaged.zip", damaged);
    EXPECT_LE(r.articles.size(), 3u);
  }
  const Result empty = ReadMemory("empty.zip", std::string("PK\x05\x06", 4) + std::string(18, '\0'));
  EXPECT_TRUE(empty.articles.empty());
  EXPECT_EQ(empty.stats.skipped_files, 1u);
}

}  // namespace
}  // namespace marsad
