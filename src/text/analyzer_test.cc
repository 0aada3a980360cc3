// The analyzer on whole articles: the seed report (shared data) and the July 2015 news file (offsets
// round-trip).
#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "marsad/analyzer.h"
#include "marsad/article.h"
#include "testing/test_data.h"

namespace marsad {
namespace {

std::unique_ptr<Analyzer> OpenAnalyzer() {
  std::unique_ptr<Analyzer> a;
  Status s = Analyzer::Open(AnalyzerOptions{}, &a);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return a;
}

TEST(Analyzer, TitleAndBodyAreAnalysedSeparately) {
  auto analyzer = OpenAnalyzer();
  Article a = ParsePlainText("وزير الخارجية يزور عمّان\nكتب: سامي الراوي\nوصل الوزير. وبدأت المحادثات.");
  const auto sentences = analyzer->Analyze(a);
  ASSERT_EQ(sentences.size(), 3u);
  EXPECT_TRUE(sentences[0].is_title);
  EXPECT_FALSE(sentences[1].is_title);
  EXPECT_EQ(a.View(sentences[1].span), "وصل الوزير.");
  for (const auto& s : sentences) {
    for (const auto& t : s.tokens) {
      EXPECT_LT(a.author_span.end, a.text.size());
      EXPECT_FALSE(t.span.begin < a.author_span.end && t.span.end > a.author_span.begin) << "author analysed";
    }
  }
}

TEST(Analyzer, JsonIsValidAndQuotesTheOriginal) {
  auto analyzer = OpenAnalyzer();
  Article a = MakeArticle("عنوان \"مقتبس\"", "قال الوزير:\t«وَصَلنا».\nثم غادر\\ عائداً.");
  a.url = "https://marsad.example/1";
  const auto sentences = analyzer->Analyze(a);
  const std::string line = AnalysisToJson(a, sentences);
  EXPECT_EQ(line.find('\n'), std::string::npos);
  const auto j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  ASSERT_FALSE(j.is_discarded()) << line;
  EXPECT_EQ(j["id"], a.id);
  EXPECT_EQ(j["url"], "https://marsad.example/1");
  ASSERT_EQ(j["sentences"].size(), sentences.size());
  for (const auto& s : j["sentences"]) {
    for (const auto& t : s["tokens"]) {
      const std::size_t begin = t["begin"], end = t["end"];
      EXPECT_EQ(a.text.substr(begin, end - begin), t["text"].get<std::string>());
    }
  }
  const auto& first_body = j["sentences"][1]["tokens"][0];
  EXPECT_EQ(first_body["text"], "قال");
  EXPECT_EQ(first_body["lemma"], "قال");
}

TEST(Analyzer, SeedArticle) {
  MARSAD_REQUIRE_SHARED_DATA(path, "corpus/seed/000_1cc15bd339471e21.txt");
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string file = ss.str();
  Article a = ParsePlainText(file);
  EXPECT_EQ(a.author, "فاطمة بدوى");
  ASSERT_TRUE(a.title().starts_with("الأمين العام لـ CICA"));
  auto analyzer = OpenAnalyzer();
  const auto sentences = analyzer->Analyze(a);
  std::size_t body = 0;
  bool split_glued = false;
  for (const auto& s : sentences) {
    if (!s.is_title) ++body;
    const std::string_view text = a.View(s.span);
    if (text.ends_with("البرلمان.")) split_glued = true;
    EXPECT_FALSE(text.find("البرلمان.كما") != std::string_view::npos) << text;
    // Offsets are offsets into the file itself.
    for (const auto& t : s.tokens) {
      EXPECT_EQ(Normalize(file.substr(t.span.begin, t.span.size())), t.norm);
    }
  }
  EXPECT_GE(body, 12u);
  EXPECT_LE(body, 14u);
  EXPECT_TRUE(split_glued);
  // The author's name is in no sentence.
  for (const auto& s : sentences) EXPECT_EQ(a.View(s.span).find("فاطمة"), std::string_view::npos);
}

bool SameAnalysis(const WordAnalysis& a, const WordAnalysis& b) {
  return a.plain == b.plain && a.proclitics == b.proclitics && a.base == b.base && a.enclitic == b.enclitic &&
         a.base_norm == b.base_norm && a.stem == b.stem && a.lemma == b.lemma &&
         a.lemma_norm == b.lemma_norm && a.known == b.known && a.verb == b.verb;
}

// The word cache (a flat table of the words' original bytes) hands out what AnalyzeWord computes, for a word
// met the first time, met again, and met again after the cache was emptied; and its references stay valid
// while it grows within an article.
TEST(Analyzer, CachedAndUncachedAnalysesAgree) {
  AnalyzerOptions options;
  options.max_cached_words = 50;  // emptied between articles now and then
  std::unique_ptr<Analyzer> analyzer;
  ASSERT_TRUE(Analyzer::Open(options, &analyzer).ok());
  const std::string text =
      "وبالرئيس لجمهورية محاوره استقبلت للجامعات وعملياتها رعايته حكومته برلمان بكين وزير واشنطن "
      "الكازاخستانية والكاميرون سيعقد ستبحث وخلال لـ بـ وَصَلنا عمّان الأمين العام للأمم المتحدة";
  for (int round = 0; round < 4; ++round) {
    Article a = MakeArticle("", text);
    std::vector<const WordAnalysis*> seen;
    for (const auto& sentence : analyzer->Analyze(a)) {
      for (const auto& t : sentence.tokens) {
        if (t.type != TokenType::kArabic) continue;
        ASSERT_NE(t.word, nullptr);
        const std::string original = a.text.substr(t.span.begin, t.span.size());
        EXPECT_TRUE(SameAnalysis(*t.word, analyzer->AnalyzeWord(original))) << original;
        EXPECT_EQ(&analyzer->Word(original), t.word) << original;
        seen.push_back(t.word);
      }
    }
    // Words added later in the article leave the earlier ones in place (and fill the cache past its bound, so
    // that the next article starts with an empty one).
    for (std::size_t i = 0; i < 500; ++i) analyzer->Word("كلمة" + std::to_string(i));
    for (const WordAnalysis* w : seen) EXPECT_FALSE(w->plain.empty());
  }
  EXPECT_GT(analyzer->cached_words(), 50u);
}

// Analyzers sharing a word cache also share the hunspell answers behind the analyses (the words' and their
// candidate bases'): whichever analyzer asked first, each analysis is the one an analyzer of its own gives,
// also when the shared memo is full from the start and every answer stays the analyzer's own.
TEST(Analyzer, SharedLookupsGiveTheSameAnalyses) {
  std::unique_ptr<Analyzer> alone;
  ASSERT_TRUE(Analyzer::Open(AnalyzerOptions{}, &alone).ok());
  const std::vector<std::string> words = {
      "وبالعملية", "للعملية", "عمليتها",  "عملياتها", "وعملياتها", "العملية", "عملية",      "للجامعات",
      "جامعات",    "رعايته",  "حكومته",   "حكومة",    "وبالرئيس",  "الرئيس",  "رئيس",       "للبنان",
      "سيعقد",     "يعقد",    "واستقبلت", "استقبلت",  "برلمان",    "وبرلمان", "والكاميرون", "الكازاخستانية",
      "محاوره",    "وخلال",   "فالوزير",  "وَصَلنا",    "لـ",        "عمّان",    "ززززز",      "وززززز"};
  for (const std::size_t capacity : {std::size_t{300000}, std::size_t{0}}) {
    SharedWordCache shared(capacity);
    AnalyzerOptions options;
    options.shared_cache = &shared;
    std::unique_ptr<Analyzer> a, b;
    ASSERT_TRUE(Analyzer::Open(options, &a).ok());
    ASSERT_TRUE(Analyzer::Open(options, &b).ok());
    // a meets the words in order, b in reverse: each finds what the other looked up, as a word or as a base.
    for (std::size_t i = 0; i < words.size(); ++i) {
      const std::string& forward = words[i];
      const std::string& backward = words[words.size() - 1 - i];
      EXPECT_TRUE(SameAnalysis(a->AnalyzeWord(forward), alone->AnalyzeWord(forward))) << forward;
      EXPECT_TRUE(SameAnalysis(b->AnalyzeWord(backward), alone->AnalyzeWord(backward))) << backward;
      EXPECT_TRUE(SameAnalysis(b->Word(forward), alone->AnalyzeWord(forward))) << forward;
    }
  }
}

// Every token of every article of the July 2015 file: its span quotes bytes that normalise to its norm, spans
// are increasing and inside the body or title, and every sentence quotes the text between its first and last
// token.
TEST(Analyzer, OffsetsRoundTripOnTheNewsFile) {
  MARSAD_REQUIRE_SHARED_DATA(path, "news/saudinewsnet-2015-07.jsonl.gz");
  auto analyzer = OpenAnalyzer();
  std::size_t articles = 0, tokens = 0, bad = 0;
  ReadStats stats;
  auto on_article = [&](Article&& a) {
    ++articles;
    std::size_t last_end = 0;
    for (const auto& s : analyzer->Analyze(a)) {
      const Span owner = s.is_title ? a.title_span : a.body_span;
      for (const auto& t : s.tokens) {
        ++tokens;
        const bool inside =
            t.span.begin >= owner.begin && t.span.end <= owner.end && t.span.begin < t.span.end;
        const bool ordered = t.span.begin >= last_end;
        last_end = t.span.end;
        if (!inside || !ordered || Normalize(a.text.substr(t.span.begin, t.span.size())) != t.norm) {
          if (++bad < 5) ADD_FAILURE() << a.origin << ": token at " << t.span.begin << " does not round-trip";
        }
      }
    }
    return true;
  };
  ASSERT_TRUE(ReadArticles(
                  {path}, ReadOptions{}, on_article, [](const Diagnostic&) {}, &stats)
                  .ok());
  EXPECT_EQ(articles, 14848u);
  EXPECT_GT(tokens, 5000000u);
  EXPECT_EQ(bad, 0u);
}

}  // namespace
}  // namespace marsad
