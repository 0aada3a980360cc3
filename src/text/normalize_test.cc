// One test per normalisation rule of marsad/text.h, on Arabic written for these tests.
#include <gtest/gtest.h>

#include "marsad/text.h"

namespace marsad {
namespace {

std::string Plain(std::string_view s) { return Normalize(s, {NormLevel::kPlain, false}); }
std::string Folded(std::string_view s) { return Normalize(s, {NormLevel::kFolded, false}); }

TEST(Normalize, StripsHarakatAndDaggerAlef) {
  EXPECT_EQ(Plain("الرَّئِيسُ"), "الرئيس");
  EXPECT_EQ(Plain("كِتَابٌ"), "كتاب");
  EXPECT_EQ(Plain("هٰذا"), "هذا");    // U+0670 dagger alef
  EXPECT_EQ(Plain("رَحْمَةً"), "رحمة");  // tanween and sukun
}

TEST(Normalize, KeepsHamzaThatCombiningMarksWouldLose) {
  // Precomposed hamza letters survive at both levels (ئ ؤ ء are not alef variants).
  EXPECT_EQ(Folded("رئيس"), "رئيس");
  EXPECT_EQ(Folded("مسؤول"), "مسؤول");
  EXPECT_EQ(Folded("سماء"), "سماء");
  // Decomposed: yeh + combining hamza above is composed into ئ, not stripped.
  EXPECT_EQ(Plain("ر\u064A\u0654يس"), "رئيس");
  EXPECT_EQ(Plain("مسو\u0654ول"), "مسؤول");
  // Alef + combining hamza composes to أ at kPlain and folds to ا at kFolded.
  EXPECT_EQ(Plain("ا\u0654حمد"), "أحمد");
  EXPECT_EQ(Folded("ا\u0654حمد"), "احمد");
  EXPECT_EQ(Plain("ا\u0655سلام"), "إسلام");
}

TEST(Normalize, RemovesTatweel) {
  EXPECT_EQ(Plain("جـمـيـل"), "جميل");
  EXPECT_EQ(Plain("لـ"), "ل");
}

TEST(Normalize, FoldsAlefVariants) {
  EXPECT_EQ(Folded("أحمد إبراهيم آمال ٱلله"), "احمد ابراهيم امال الله");
  EXPECT_EQ(Plain("أحمد"), "أحمد");  // kPlain keeps them
}

TEST(Normalize, FoldsAlefMaqsuraToYeh) {
  EXPECT_EQ(Folded("مصطفى"), "مصطفي");
  EXPECT_EQ(Folded("على"), Folded("علي"));
  EXPECT_EQ(Plain("على"), "على");
}

TEST(Normalize, TehMarbutaFoldingIsOptional) {
  EXPECT_EQ(Folded("مدينة"), "مدينة");
  EXPECT_EQ(Normalize("مدينة", {NormLevel::kFolded, true}), "مدينه");
}

TEST(Normalize, PresentationFormsAndLigatures) {
  EXPECT_EQ(Folded("\uFEFB"), "لا");  // lam-alef ligature
  EXPECT_EQ(Folded("\uFEF7"), "لا");  // lam-alef with hamza above folds
  EXPECT_EQ(Plain("\uFEF7"), "لأ");
  EXPECT_EQ(Folded("\uFE8D\uFEDF\uFEB4\uFEFC\uFEE1"), "السلام");  // isolated/initial/medial forms
  EXPECT_EQ(Folded("\uFDF2"), "الله");                            // the Allah ligature
}

TEST(Normalize, PersianAndUrduLetters) {
  EXPECT_EQ(Folded("ایران"), "ايران");  // U+06CC Farsi yeh
  EXPECT_EQ(Folded("کابل"), "كابل");    // U+06A9 keheh
  EXPECT_EQ(Folded("خانۀ"), "خانه");    // U+06C0
}

TEST(Normalize, DigitsBecomeAscii) {
  EXPECT_EQ(Folded("٢٠٢٤"), "2024");  // Arabic-Indic
  EXPECT_EQ(Folded("۱۴۰۳"), "1403");  // Extended (Persian)
  EXPECT_EQ(Folded("2015"), "2015");
}

TEST(Normalize, ZeroWidthAndBidiControlsVanish) {
  EXPECT_EQ(Folded("مر\u200Cصد"), "مرصد");  // ZWNJ
  EXPECT_EQ(Folded("مر\u200Dصد"), "مرصد");  // ZWJ
  EXPECT_EQ(Folded("\u200Fمرصد\u200E"), "مرصد");
  EXPECT_EQ(Folded("\u202Bمرصد\u202C"), "مرصد");
  EXPECT_EQ(Folded("\uFEFFمرصد"), "مرصد");
  EXPECT_EQ(Folded("مر\u061Cصد"), "مرصد");  // Arabic letter mark
}

TEST(Normalize, OddSpacesCollapse) {
  EXPECT_EQ(Folded("وزير\u00A0الخارجية"), "وزير الخارجية");
  EXPECT_EQ(Folded("  وزير\u2003\u2009 الخارجية\t"), "وزير الخارجية");
  EXPECT_EQ(Folded("وزير\u202Fالخارجية"), "وزير الخارجية");
}

TEST(Normalize, LatinCaseFoldsOnlyWhenFolded) {
  EXPECT_EQ(Folded("CICA"), "cica");
  EXPECT_EQ(Plain("CICA"), "CICA");
  EXPECT_EQ(Folded("ＣＩＣＡ"), "cica");  // fullwidth forms via NFKC
}

TEST(Normalize, IsIdempotent) {
  const std::string samples[] = {"الرَّئِيسُ أَحْمَدُ", "\uFEFB\uFEF7 ٢٠٢٤", "ایران\u200Cکابل", "مسو\u0654ول"};
  for (const auto& s : samples) {
    const std::string once = Folded(s);
    EXPECT_EQ(Folded(once), once) << s;
    const std::string plain = Plain(s);
    EXPECT_EQ(Plain(plain), plain) << s;
  }
}

}  // namespace
}  // namespace marsad
