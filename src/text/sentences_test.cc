#include <gtest/gtest.h>

#include "marsad/text.h"

namespace marsad {
namespace {

std::vector<std::string> Split(std::string_view s) {
  std::vector<std::string> out;
  for (const Sentence& x : SplitSentences(s, Tokenize(s, {0, s.size()}))) {
    out.emplace_back(s.substr(x.span.begin, x.span.size()));
  }
  return out;
}

using V = std::vector<std::string>;

TEST(Sentences, ArabicTerminalMarks) {
  EXPECT_EQ(Split("وصل الوفد. وبدأت المحادثات! هل انتهت؟ لا"),
            (V{"وصل الوفد.", "وبدأت المحادثات!", "هل انتهت؟", "لا"}));
}

TEST(Sentences, CommaAndSemicolonDoNotSplit) {
  EXPECT_EQ(Split("وصل الوفد، وبدأت المحادثات؛ ثم انتهت."), (V{"وصل الوفد، وبدأت المحادثات؛ ثم انتهت."}));
}

TEST(Sentences, FullStopWithoutSpace) {
  EXPECT_EQ(Split("شدد على أهمية الدعم من مجلسي البرلمان.كما ناقشا التقدم."),
            (V{"شدد على أهمية الدعم من مجلسي البرلمان.", "كما ناقشا التقدم."}));
}

TEST(Sentences, NumbersAndDatesDoNotSplit) {
  EXPECT_EQ(Split("ارتفع المؤشر 12.5 نقطة يوم 2024/3/12 وفي ٢٠٢٤ أيضا."),
            (V{"ارتفع المؤشر 12.5 نقطة يوم 2024/3/12 وفي ٢٠٢٤ أيضا."}));
}

TEST(Sentences, ColonDoesNotSplit) {
  EXPECT_EQ(Split("وقال الوزير: إن الحوار مستمر."), (V{"وقال الوزير: إن الحوار مستمر."}));
}

TEST(Sentences, ClosingQuotesStayWithTheirSentence) {
  EXPECT_EQ(Split("قال: «لن نتراجع.» ثم غادر."), (V{"قال: «لن نتراجع.»", "ثم غادر."}));
  EXPECT_EQ(Split("(وصل الوفد.) ثم غادر."), (V{"(وصل الوفد.)", "ثم غادر."}));
}

TEST(Sentences, AbbreviationDoesNotSplit) {
  EXPECT_EQ(Split("التقى د. سمير الوزير."), (V{"التقى د. سمير الوزير."}));
  EXPECT_EQ(Split("في 25 شوال 1436 هـ. وصل الوفد."), (V{"في 25 شوال 1436 هـ.", "وصل الوفد."}));
}

TEST(Sentences, UrlsAndAcronymsDoNotSplit) {
  EXPECT_EQ(Split("نشر البيان على www.marsad.example/a.html وأكدته U.N. أمس."),
            (V{"نشر البيان على www.marsad.example/a.html وأكدته U.N. أمس."}));
}

TEST(Sentences, LineBreaksSplit) {
  EXPECT_EQ(Split("عنوان بلا نقطة\nالنص الأول\n\nالنص الثاني."),
            (V{"عنوان بلا نقطة", "النص الأول", "النص الثاني."}));
}

TEST(Sentences, EllipsisSplits) {
  EXPECT_EQ(Split("انتظر الجميع... ثم جاء الخبر."), (V{"انتظر الجميع...", "ثم جاء الخبر."}));
}

TEST(Sentences, EmptyInput) {
  EXPECT_TRUE(Split("").empty());
  EXPECT_TRUE(Split("  \n ").empty());
}

}  // namespace
}  // namespace marsad
