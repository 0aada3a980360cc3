// The lexicon: validation messages with file and line, and matching through clitics and spelling variants.
// Uses a small lexicon written by the test itself, so that it does not change when the real tables grow.
#include "marsad/lexicon.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "testing/test_data.h"

namespace marsad {
namespace {

namespace fs = std::filesystem;

void Write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

class LexiconTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("marsad-lexicon-test-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    Write(dir_ / "countries.tsv",
          "# test countries\n"
          "code\tiso2\tnames\tadjectives\tcapitals\tcities\n"
          "KAZ\tKZ\tكازاخستان|جمهورية كازاخستان|قازاقستان\tكازاخي|كازاخستاني\tأستانا|نور سلطان\tألماتي\n"
          "EGY\tEG\tمصر|جمهورية مصر العربية\tمصري\tالقاهرة\tالإسكندرية\n");
    Write(dir_ / "organizations.tsv",
          "id\torg\tnames\tacronyms\tcountry\tsector\n"
          "CICA\tCICA\tمؤتمر التفاعل وإجراءات بناء الثقة في آسيا|مؤتمر التفاعل وبناء الثقة في "
          "آسيا\tCICA\t-\tIGO\n"
          "UN\tUN\tالأمم المتحدة\tUN\t-\tIGO\n"
          "UNSC\tUN\tمجلس الأمن|مجلس الأمن الدولي\t-\t-\tIGO\n");
    Write(dir_ / "roles.tsv",
          "phrase\trole\tsector\tkind\tcountry\n"
          "رئيس\tpresident\tGOV\ttitle\t-\n"
          "رئيس مجلس الشيوخ\tsenate_chairman\tLEG\ttitle\t-\n"
          "الأمين العام\tsecretary_general\t*\ttitle\t-\n"
          "مجلس الشيوخ\tsenate\tLEG\tbody\t-\n"
          "معالي\t-\t-\thonorific\t-\n");
    Write(dir_ / "people.tsv",
          "names\tcountry\torg\trole\tsector\tfrom\tto\n"
          "مولين أشيمبايف\tKAZ\t-\tsenate_chairman\tLEG\t2020-05-04\t-\n");
    Write(dir_ / "places.tsv", "names\tcountry\tkind\nآسيا\t-\tcontinent\n");
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::unique_ptr<Analyzer> OpenAnalyzer() {
    std::unique_ptr<Analyzer> a;
    EXPECT_TRUE(Analyzer::Open(AnalyzerOptions{}, &a).ok());
    return a;
  }

  fs::path dir_;
};

TEST_F(LexiconTest, CleanTablesHaveNoIssues) {
  for (const auto& issue : Lexicon::Check(dir_.string())) ADD_FAILURE() << issue.ToString();
}

TEST_F(LexiconTest, ErrorsNameFileAndLine) {
  Write(dir_ / "roles.tsv",
        "phrase\trole\tsector\tkind\tcountry\n"
        "رئيس\tpresident\tGOV\ttitle\t-\n"
        "وزير\tminister\tXYZ\ttitle\t-\n"
        "سفير\tambassador\tDIP\ttitle\n"
        "نائب\tdeputy\tLEG\tperson\t-\n"
        "عاهل\tking\tGOV\ttitle\tQQQ\n");
  Write(dir_ / "people.tsv",
        "names\tcountry\torg\trole\tsector\tfrom\tto\n"
        "فلان الفلاني\tZZZ\t-\tpresident\tGOV\t2020-13\t-\n");
  const auto issues = Lexicon::Check(dir_.string());
  std::string all;
  for (const auto& i : issues) all += i.ToString() + "\n";
  EXPECT_NE(all.find("roles.tsv:3: error: sector 'XYZ'"), std::string::npos) << all;
  EXPECT_NE(all.find("roles.tsv:4: error: has 4 TAB-separated fields"), std::string::npos) << all;
  EXPECT_NE(all.find("roles.tsv:5: error: kind 'person'"), std::string::npos) << all;
  EXPECT_NE(all.find("roles.tsv:6: error: country 'QQQ'"), std::string::npos) << all;
  EXPECT_NE(all.find("people.tsv:2: error: country 'ZZZ'"), std::string::npos) << all;
  EXPECT_NE(all.find("people.tsv:2: error: from/to"), std::string::npos) << all;
  auto analyzer = OpenAnalyzer();
  std::unique_ptr<Lexicon> lexicon;
  const Status s = Lexicon::Load(dir_.string(), *analyzer, &lexicon);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("people.tsv:2"), std::string::npos) << s.ToString();
}

TEST_F(LexiconTest, AmbiguousPlaceIsAWarning) {
  Write(dir_ / "countries.tsv",
        "code\tiso2\tnames\tadjectives\tcapitals\tcities\n"
        "LBY\tLY\tليبيا\tليبي\tطرابلس\t-\n"
        "LBN\tLB\tلبنان\tلبناني\tبيروت\tطرابلس\n");
  Write(dir_ / "people.tsv", "names\tcountry\torg\trole\tsector\tfrom\tto\n");
  const auto issues = Lexicon::Check(dir_.string());
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_FALSE(issues[0].error);
  EXPECT_NE(issues[0].message.find("طرابلس"), std::string::npos);
}

TEST_F(LexiconTest, MatchesThroughCliticsAndVariants) {
  auto analyzer = OpenAnalyzer();
  std::unique_ptr<Lexicon> lexicon;
  ASSERT_TRUE(Lexicon::Load(dir_.string(), *analyzer, &lexicon).ok());
  auto first_match = [&](const std::string& text) -> std::pair<std::string, std::string> {
    const auto sentences = analyzer->AnalyzeText(text, {0, text.size()});
    Lexicon::Match m;
    for (const auto& s : sentences) {
      for (std::size_t i = 0; i < s.tokens.size(); ++i) {
        if (lexicon->LongestMatch(s.tokens, i, &m)) {
          const Span span{s.tokens[m.begin].span.begin, s.tokens[m.end - 1].span.end};
          return {text.substr(span.begin, span.size()), m.entries.front()->id};
        }
      }
    }
    return {"", ""};
  };
  EXPECT_EQ(first_match("زار لجمهورية كازاخستان"),
            std::make_pair(std::string("لجمهورية كازاخستان"), std::string("KAZ")));
  // A quotation mark inside a name does not break it.
  EXPECT_EQ(first_match("زار جمهورية «كازاخستان»"),
            std::make_pair(std::string("جمهورية «كازاخستان"), std::string("KAZ")));
  EXPECT_EQ(first_match("المبادرة الكازاخستانية"),
            std::make_pair(std::string("الكازاخستانية"), std::string("KAZ")));
  EXPECT_EQ(first_match("الرئاسة الكازاخية"), std::make_pair(std::string("الكازاخية"), std::string("KAZ")));
  EXPECT_EQ(first_match("والمصريون"), std::make_pair(std::string("والمصريون"), std::string("EGY")));
  EXPECT_EQ(first_match("في قازاقستان"), std::make_pair(std::string("قازاقستان"), std::string("KAZ")));
  EXPECT_EQ(first_match("وصل إلى أستانا"), std::make_pair(std::string("أستانا"), std::string("KAZ")));
  EXPECT_EQ(first_match("للأمم المتحدة"), std::make_pair(std::string("للأمم المتحدة"), std::string("UN")));
  EXPECT_EQ(first_match("بمجلس الأمن الدولي"),
            std::make_pair(std::string("بمجلس الأمن الدولي"), std::string("UNSC")));
  EXPECT_EQ(first_match("لمؤتمر التفاعل وإجراءات بناء الثقة في آسيا"),
            std::make_pair(std::string("لمؤتمر التفاعل وإجراءات بناء الثقة في آسيا"), std::string("CICA")));
  EXPECT_EQ(first_match("الأمين العام لـ CICA"),
            std::make_pair(std::string("الأمين العام"), std::string("secretary_general")));
  EXPECT_EQ(first_match("لـ CICA"), std::make_pair(std::string("CICA"), std::string("CICA")));
  // Longest match wins: the Senate chairman, not the president.
  EXPECT_EQ(first_match("رئيس مجلس الشيوخ"),
            std::make_pair(std::string("رئيس مجلس الشيوخ"), std::string("senate_chairman")));
  // Harakat and tatweel do not matter.
  EXPECT_EQ(first_match("كَازَاخِسْتَانَ"), std::make_pair(std::string("كَازَاخِسْتَانَ"), std::string("KAZ")));
  // An unknown name after a conjunction is found by peeling it.
  EXPECT_EQ(first_match("ومولين أشيمبايف"),
            std::make_pair(std::string("ومولين أشيمبايف"), std::string("senate_chairman")));
}

TEST(RealLexicons, PassTheCheck) {
  const std::string dir = testing::SourceDir() + "/lexicons";
  std::size_t errors = 0;
  for (const auto& issue : Lexicon::Check(dir)) {
    if (issue.error) {
      ++errors;
      ADD_FAILURE() << issue.ToString();
    }
  }
  EXPECT_EQ(errors, 0u);
}

}  // namespace
}  // namespace marsad
