#include <gtest/gtest.h>

#include "marsad/text.h"

namespace marsad {
namespace {

struct Tok {
  std::string text;
  TokenType type;
};

std::vector<Tok> Toks(std::string_view s) {
  std::vector<Tok> out;
  for (const Token& t : Tokenize(s, {0, s.size()}))
    out.push_back({std::string(s.substr(t.span.begin, t.span.size())), t.type});
  return out;
}

std::vector<std::string> Texts(std::string_view s) {
  std::vector<std::string> out;
  for (const auto& t : Toks(s)) out.push_back(t.text);
  return out;
}

using V = std::vector<std::string>;

TEST(Tokenize, ArabicWordsAndPunctuation) {
  EXPECT_EQ(Texts("زار الوزير القاهرة، ثم عاد."), (V{"زار", "الوزير", "القاهرة", "،", "ثم", "عاد", "."}));
  EXPECT_EQ(Texts("هل حضر؟ نعم!"), (V{"هل", "حضر", "؟", "نعم", "!"}));
}

TEST(Tokenize, FullStopGluedBetweenWords) {
  EXPECT_EQ(Texts("مجلسي البرلمان.كما ناقشا"), (V{"مجلسي", "البرلمان", ".", "كما", "ناقشا"}));
}

TEST(Tokenize, HarakatTatweelAndJoinersStayInsideWords) {
  const auto toks = Tokenize("الرَّئِيسُ لـ CICA", {0, std::string_view("الرَّئِيسُ لـ CICA").size()});
  ASSERT_EQ(toks.size(), 3u);
  EXPECT_EQ(toks[0].norm, "الرئيس");
  EXPECT_EQ(toks[1].norm, "ل");
  EXPECT_EQ(toks[2].norm, "cica");
  EXPECT_EQ(toks[2].type, TokenType::kLatin);
  EXPECT_EQ(Texts("مر\u200Cصد"), (V{"مر\u200Cصد"}));
}

TEST(Tokenize, Numbers) {
  EXPECT_EQ(Toks("12.5")[0].type, TokenType::kNumber);
  EXPECT_EQ(Texts("نما 12.5 في المئة"), (V{"نما", "12.5", "في", "المئة"}));
  EXPECT_EQ(Texts("في 2024/3/12 و2015-07-21"), (V{"في", "2024/3/12", "و", "2015-07-21"}));
  EXPECT_EQ(Texts("بلغ 1,000,000 دولار"), (V{"بلغ", "1,000,000", "دولار"}));
  EXPECT_EQ(Texts("الساعة 10:30."), (V{"الساعة", "10:30", "."}));
  const auto indic = Tokenize("عام ٢٠٢٤", {0, std::string_view("عام ٢٠٢٤").size()});
  ASSERT_EQ(indic.size(), 2u);
  EXPECT_EQ(indic[1].type, TokenType::kNumber);
  EXPECT_EQ(indic[1].norm, "2024");
  const std::string decimal = "٣٫٥";
  const auto d = Tokenize(decimal, {0, decimal.size()});
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].norm, "3.5");
  EXPECT_EQ(Texts("انتهى العام 2022."), (V{"انتهى", "العام", "2022", "."}));
  // Arabic right after ASCII digits: a number, then a word (not a Latin token).
  const auto hijri = Toks("1436هـ الموافق 2015م، 2024");
  ASSERT_EQ(hijri.size(), 7u);
  EXPECT_EQ(hijri[0].type, TokenType::kNumber);
  EXPECT_EQ(hijri[0].text, "1436");
  EXPECT_EQ(hijri[2].type, TokenType::kArabic);
  EXPECT_EQ(hijri[3].text, "2015");
  EXPECT_EQ(hijri[3].type, TokenType::kNumber);
}

TEST(Tokenize, LatinAcronymsInsideArabic) {
  EXPECT_EQ(Texts("مؤتمر آسيا (CICA) المهم"), (V{"مؤتمر", "آسيا", "(", "CICA", ")", "المهم"}));
  EXPECT_EQ(Texts("قالت U.N. إن"), (V{"قالت", "U.N.", "إن"}));
  EXPECT_EQ(Texts("فيروس COVID-19 و5G"), (V{"فيروس", "COVID-19", "و", "5G"}));
}

TEST(Tokenize, TatweelAloneIsADash) {
  const auto t = Toks("الشريفين ـ البرنامج");
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[1].type, TokenType::kPunct);
  EXPECT_EQ(t[2].type, TokenType::kArabic);
}

TEST(Tokenize, UrlsAndEmails) {
  const auto t = Toks("انظر https://example.org/a/مقال?id=3. ثم");
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(t[1].text, "https://example.org/a/مقال?id=3");
  EXPECT_EQ(t[1].type, TokenType::kUrl);
  EXPECT_EQ(t[2].text, ".");
  const auto w = Toks("موقع www.marsad.example، للتواصل info@marsad.example.");
  EXPECT_EQ(w[1].text, "www.marsad.example");
  EXPECT_EQ(w[1].type, TokenType::kUrl);
  EXPECT_EQ(w[4].text, "info@marsad.example");
  EXPECT_EQ(w[4].type, TokenType::kEmail);
}

TEST(Tokenize, QuotesAndRunsOfMarks) {
  EXPECT_EQ(Texts("قال: «لن نتراجع»..."), (V{"قال", ":", "«", "لن", "نتراجع", "»", "..."}));
  EXPECT_EQ(Texts("ماذا؟؟"), (V{"ماذا", "؟؟"}));
}

TEST(Tokenize, OffsetsPointAtOriginalBytes) {
  const std::string s = "\u200Fوَقَّعَ  الطرفان\u00A0اتفاقيةً (MoU) في ٢٠٢٤/٣/١٢.";
  for (const Token& t : Tokenize(s, {0, s.size()})) {
    const std::string original = s.substr(t.span.begin, t.span.size());
    EXPECT_EQ(Normalize(original), t.norm) << original;
  }
  const auto toks = Tokenize(s, {0, s.size()});
  EXPECT_EQ(toks[0].norm, "وقع");
  EXPECT_EQ(toks.back().norm, ".");
}

TEST(Tokenize, SubRangeOffsetsAreAbsolute) {
  const std::string s = "عنوان\nنص الخبر";
  const auto toks = Tokenize(s, {s.find('\n') + 1, s.size()});
  ASSERT_EQ(toks.size(), 2u);
  EXPECT_EQ(s.substr(toks[0].span.begin, toks[0].span.size()), "نص");
}

TEST(Tokenize, NewlinesAreRecorded) {
  const auto toks = Tokenize("أ\nب ج", {0, std::string_view("أ\nب ج").size()});
  ASSERT_EQ(toks.size(), 3u);
  EXPECT_TRUE(toks[1].newline_before);
  EXPECT_FALSE(toks[2].newline_before);
  EXPECT_TRUE(toks[2].space_before);
}

TEST(Tokenize, OtherScriptsAndSymbols) {
  const auto t = Toks("قال Путин 😀 $5");
  ASSERT_GE(t.size(), 4u);
  EXPECT_EQ(t[1].type, TokenType::kOther);
  EXPECT_EQ(t[2].type, TokenType::kSymbol);
  EXPECT_EQ(t[3].type, TokenType::kSymbol);
}

}  // namespace
}  // namespace marsad
