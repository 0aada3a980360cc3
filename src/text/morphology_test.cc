// Clitic segmentation and lemmas. These tests load hunspell-ar (a build dependency, installed by
// scripts/setup).
#include <gtest/gtest.h>

#include <memory>

#include "marsad/analyzer.h"
#include "text/morphology.h"

namespace marsad {
namespace {

class MorphologyTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Status s = Analyzer::Open(AnalyzerOptions{}, &analyzer_);
    ASSERT_TRUE(s.ok()) << s.ToString();
    ASSERT_TRUE(analyzer_->has_hunspell());
  }
  static void TearDownTestSuite() { analyzer_.reset(); }
  static std::string Seg(std::string_view w) { return analyzer_->AnalyzeWord(w).SegmentsString(); }
  static std::string Lemma(std::string_view w) { return analyzer_->AnalyzeWord(w).lemma; }
  static std::unique_ptr<Analyzer> analyzer_;
};
std::unique_ptr<Analyzer> MorphologyTest::analyzer_;

TEST_F(MorphologyTest, SplitsProcliticChains) {
  EXPECT_EQ(Seg("وبالرئيس"), "و+ ب+ ال+ رئيس");
  EXPECT_EQ(Seg("لجمهورية"), "ل+ جمهورية");
  EXPECT_EQ(Seg("للجامعات"), "ل+ ال+ جامعات");
  EXPECT_EQ(Seg("واستقبل"), "و+ استقبل");
  EXPECT_EQ(Seg("وناقش"), "و+ ناقش");
  EXPECT_EQ(Seg("والمحادثات"), "و+ ال+ محادثات");
  EXPECT_EQ(Seg("فالوزير"), "ف+ ال+ وزير");
  EXPECT_EQ(Seg("وخلال"), "و+ خلال");  // hunspell-ar lists وخلال as a word of its own
  EXPECT_EQ(Seg("فإن"), "ف+ إن");
}

TEST_F(MorphologyTest, FutureSeenOnlyBeforeImperfectVerbs) {
  EXPECT_EQ(Seg("سيعقد"), "س+ يعقد");
  EXPECT_EQ(Seg("سلام"), "سلام");
}

TEST_F(MorphologyTest, LamBeforeLamIsNotAlwaysTheArticle) { EXPECT_EQ(Seg("للبنان"), "ل+ لبنان"); }

TEST_F(MorphologyTest, SplitsPronounSuffixes) {
  EXPECT_EQ(Seg("محاوره"), "محاور +ه");
  EXPECT_EQ(Seg("رعايته"), "رعاية +ه");  // ت before a pronoun is ة
  EXPECT_EQ(Lemma("رعايته"), "رعاية");
  EXPECT_EQ(Seg("وعملياتها"), "و+ عمليات +ها");
}

TEST_F(MorphologyTest, ConservativeOnNames) {
  // Dictionary words that begin with a clitic letter keep it.
  EXPECT_EQ(Seg("برلمان"), "برلمان");
  EXPECT_EQ(Seg("بكين"), "بكين");
  EXPECT_EQ(Seg("وزير"), "وزير");
  EXPECT_EQ(Seg("واشنطن"), "واشنطن");
  EXPECT_EQ(Seg("فلسطين"), "فلسطين");
  // Nor do their inflections: the feminine and the dual are no clitic on a rarer word.
  EXPECT_EQ(Seg("وزيرة"), "وزيرة");
  EXPECT_EQ(Lemma("وزيرة"), "وزير");
  EXPECT_EQ(Seg("وفدان"), "وفدان");
  // Unknown names are never stripped of a single-letter proclitic on a guess.
  EXPECT_EQ(Seg("ساريباي"), "ساريباي");
  EXPECT_EQ(Seg("بوتفليقة"), "بوتفليقة");
  // Function words stay whole.
  EXPECT_EQ(Seg("الذي"), "الذي");
  EXPECT_EQ(Seg("إلى"), "إلى");
}

TEST_F(MorphologyTest, ArticleIsSplitEvenFromUnknownWords) {
  EXPECT_EQ(Seg("الكازاخستانية"), "ال+ كازاخستانية");
  EXPECT_EQ(Seg("والكازاخية"), "و+ ال+ كازاخية");
}

TEST_F(MorphologyTest, LonelyProcliticWithTatweel) {
  const WordAnalysis w = analyzer_->AnalyzeWord("لـ");
  ASSERT_EQ(w.proclitics.size(), 1u);
  EXPECT_EQ(w.proclitics[0], "ل");
  EXPECT_TRUE(w.base.empty());
}

TEST_F(MorphologyTest, LemmasOfVerbsAndNouns) {
  EXPECT_EQ(Lemma("استقبل"), "استقبل");
  EXPECT_EQ(Lemma("يستقبل"), "استقبل");
  EXPECT_EQ(Lemma("استقبلت"), "استقبل");
  EXPECT_EQ(Lemma("واستقبل"), "استقبل");
  EXPECT_EQ(Lemma("للجامعات"), "جامعة");
  EXPECT_EQ(Lemma("وزير"), "وزير");
  EXPECT_EQ(Lemma("ساريباي"), "");
}

TEST_F(MorphologyTest, HarakatDoNotChangeTheAnalysis) {
  EXPECT_EQ(Seg("وَبِالرَّئِيسِ"), "و+ ب+ ال+ رئيس");
  EXPECT_EQ(analyzer_->AnalyzeWord("الرَّئِيسُ").base_norm, "رئيس");
}

TEST_F(MorphologyTest, BaseNormAndStemAreFolded) {
  const WordAnalysis w = analyzer_->AnalyzeWord("وبالأمين");
  EXPECT_EQ(w.base_norm, "امين");
  EXPECT_EQ(analyzer_->AnalyzeWord("المحادثات").stem, "محادث");
  EXPECT_EQ(analyzer_->AnalyzeWord("التعاون").stem, "تعاون");  // not a plural in ون
  EXPECT_EQ(analyzer_->AnalyzeWord("البرلمان").stem, "برلمان");
}

// The memo of hunspell answers that threads share: an answer stored is found again at the same address
// (Morphologies hold on to it), a second store keeps the first, and a full memo refuses and leaves the
// answer with its caller.
TEST(SharedLookups, StoresOnceAndStopsWhenFull) {
  SharedLookups memo(64);
  EXPECT_EQ(memo.Find("عملية"), nullptr);
  const Morphology::Lookup* stored = memo.Insert("عملية", Morphology::Lookup{{"عملية"}, false});
  ASSERT_NE(stored, nullptr);
  EXPECT_EQ(memo.Find("عملية"), stored);
  EXPECT_EQ(memo.Insert("عملية", Morphology::Lookup{{"أخرى"}, true}), stored);
  EXPECT_EQ(stored->stems, std::vector<std::string>{"عملية"});
  EXPECT_FALSE(stored->verb);
  EXPECT_EQ(memo.size(), 1u);

  SharedLookups full(0);
  Morphology::Lookup lookup{{"استقبل"}, true};
  EXPECT_EQ(full.Insert("استقبلت", std::move(lookup)), nullptr);
  EXPECT_EQ(lookup.stems, std::vector<std::string>{"استقبل"});  // NOLINT(bugprone-use-after-move): kept
  EXPECT_EQ(full.Find("استقبلت"), nullptr);
}

TEST(MorphologyWithoutHunspell, StillSplitsTheArticle) {
  std::unique_ptr<Analyzer> a;
  AnalyzerOptions options;
  options.use_hunspell = false;
  ASSERT_TRUE(Analyzer::Open(options, &a).ok());
  EXPECT_EQ(a->AnalyzeWord("والبرلمان").SegmentsString(), "و+ ال+ برلمان");
  EXPECT_EQ(a->AnalyzeWord("وزير").SegmentsString(), "وزير");
  EXPECT_EQ(a->AnalyzeWord("وزير").lemma, "");
}

TEST(MorphologyMissingDictionary, IsAClearError) {
  std::unique_ptr<Analyzer> a;
  AnalyzerOptions options;
  options.hunspell_dir = "/nonexistent";
  const Status s = Analyzer::Open(options, &a);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("hunspell-ar"), std::string::npos);
}

}  // namespace
}  // namespace marsad
