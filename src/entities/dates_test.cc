// Date expressions: parsing helpers, Hijri conversion, and FindDates on analysed sentences written for these
// tests, plus the seed article (shared data).
#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "marsad/analyzer.h"
#include "marsad/article.h"
#include "marsad/dates.h"
#include "testing/test_data.h"

namespace marsad {
namespace {

// 2015-08-11 was a Tuesday (الثلاثاء).
constexpr CivilDate kTuesday{2015, 8, 11};

class DatesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const Status s = Analyzer::Open(AnalyzerOptions{}, &analyzer_);
    ASSERT_TRUE(s.ok()) << s.ToString();
  }
  static void TearDownTestSuite() { analyzer_.reset(); }

  // Analyses `text` and finds its dates; quotes stay valid until the next call.
  const std::vector<DateMention>& Find(std::string text, CivilDate reference = kTuesday) {
    text_ = std::move(text);
    mentions_ = FindDates(text_, analyzer_->AnalyzeText(text_, {0, text_.size()}), reference);
    return mentions_;
  }
  std::string Quote(const DateMention& m) const { return text_.substr(m.span.begin, m.span.size()); }
  std::vector<std::string> Quotes() const {
    std::vector<std::string> out;
    for (const auto& m : mentions_) out.push_back(Quote(m));
    return out;
  }
  // The one mention of `text`, or a failure.
  DateMention One(std::string text, CivilDate reference = kTuesday) {
    const auto& found = Find(std::move(text), reference);
    EXPECT_EQ(found.size(), 1u) << text_ << "\n" << ::testing::PrintToString(Quotes());
    return found.empty() ? DateMention{} : found[0];
  }

  static std::unique_ptr<Analyzer> analyzer_;
  std::string text_;
  std::vector<DateMention> mentions_;
};

std::unique_ptr<Analyzer> DatesTest::analyzer_;

// ---------------------------------------------------------------------------------------------------------
// Helpers.

TEST(CivilDate, PrecisionAndString) {
  EXPECT_EQ((CivilDate{2015, 8, 10}).ToString(), "2015-08-10");
  EXPECT_EQ((CivilDate{2015, 8, 0}).ToString(), "2015-08");
  EXPECT_EQ((CivilDate{2015, 0, 0}).ToString(), "2015");
  EXPECT_EQ(CivilDate{}.ToString(), "");
  EXPECT_EQ((CivilDate{2015, 8, 10}).precision(), DatePrecision::kDay);
  EXPECT_EQ((CivilDate{2015, 8, 0}).precision(), DatePrecision::kMonth);
  EXPECT_EQ((CivilDate{2015, 0, 0}).precision(), DatePrecision::kYear);
  EXPECT_EQ(CivilDate{}.precision(), DatePrecision::kNone);
  EXPECT_FALSE(CivilDate{}.valid());
  EXPECT_STREQ(DatePrecisionName(DatePrecision::kNone), "none");
  EXPECT_STREQ(DatePrecisionName(DatePrecision::kYear), "year");
  EXPECT_STREQ(DatePrecisionName(DatePrecision::kMonth), "month");
  EXPECT_STREQ(DatePrecisionName(DatePrecision::kDay), "day");
}

TEST(ParseIsoDate, Formats) {
  EXPECT_EQ(ParseIsoDate("2015-07-21 02:51:32"), (CivilDate{2015, 7, 21}));
  EXPECT_EQ(ParseIsoDate("2015-07-21"), (CivilDate{2015, 7, 21}));
  EXPECT_EQ(ParseIsoDate("2015/07/21"), (CivilDate{2015, 7, 21}));
  EXPECT_EQ(ParseIsoDate("20150721"), (CivilDate{2015, 7, 21}));
  EXPECT_EQ(ParseIsoDate("2015-07-21T02:51:32Z"), (CivilDate{2015, 7, 21}));
  EXPECT_EQ(ParseIsoDate("2024-02-29"), (CivilDate{2024, 2, 29}));
  EXPECT_FALSE(ParseIsoDate("2015-02-29").valid());
  EXPECT_FALSE(ParseIsoDate("2015-13-01").valid());
  EXPECT_FALSE(ParseIsoDate("2015-07").valid());
  EXPECT_FALSE(ParseIsoDate("201507211").valid());
  EXPECT_FALSE(ParseIsoDate("2015-07/21").valid());
  EXPECT_FALSE(ParseIsoDate("").valid());
  EXPECT_FALSE(ParseIsoDate("أمس").valid());
}

TEST(HijriToGregorian, UmmAlQura) {
  EXPECT_EQ(HijriToGregorian(1436, 10, 25), (CivilDate{2015, 8, 10}));
  EXPECT_EQ(HijriToGregorian(1436, 9, 1), (CivilDate{2015, 6, 18}));
  EXPECT_EQ(HijriToGregorian(1437, 1, 1), (CivilDate{2015, 10, 14}));
  EXPECT_EQ(HijriToGregorian(1445, 9, 1), (CivilDate{2024, 3, 11}));
  EXPECT_EQ(HijriToGregorian(1446, 1, 1), (CivilDate{2024, 7, 7}));
  // Ramadan 1436 had 29 days in Umm al-Qura; Shawwal 1436 had 30.
  EXPECT_EQ(HijriToGregorian(1436, 9, 29), (CivilDate{2015, 7, 16}));
  EXPECT_FALSE(HijriToGregorian(1436, 9, 30).valid());
  EXPECT_EQ(HijriToGregorian(1436, 10, 30), (CivilDate{2015, 8, 15}));
  EXPECT_FALSE(HijriToGregorian(1436, 13, 1).valid());
  EXPECT_FALSE(HijriToGregorian(1436, 0, 1).valid());
  EXPECT_FALSE(HijriToGregorian(0, 1, 1).valid());
}

// ---------------------------------------------------------------------------------------------------------
// Explicit Gregorian dates.

TEST_F(DatesTest, DayMonthYear) {
  const DateMention m = One("وصل الوفد الوزاري إلى العاصمة في 10 أغسطس 2015 لبدء المحادثات.");
  EXPECT_EQ(Quote(m), "10 أغسطس 2015");
  EXPECT_EQ(m.date, (CivilDate{2015, 8, 10}));
  EXPECT_EQ(m.end, m.date);
  EXPECT_EQ(m.precision, DatePrecision::kDay);
  EXPECT_EQ(m.kind, "absolute");
  EXPECT_FALSE(m.relative);
  EXPECT_FALSE(m.hijri);
  EXPECT_FALSE(m.future);
}

TEST_F(DatesTest, BareWeekdaysAreMarked) {
  // A weekday named alone is marked (the event coder reads it as the coming one with a present-tense verb);
  // one with الماضي or a day word before it is not bare.
  EXPECT_TRUE(One("تصل الوزيرة إلى المملكة الاثنين في زيارة رسمية.").bare_weekday);
  EXPECT_FALSE(One("وصلت الوزيرة إلى المملكة الاثنين الماضي في زيارة رسمية.").bare_weekday);
  EXPECT_FALSE(One("وصلت الوزيرة إلى المملكة في 10 أغسطس 2015.").bare_weekday);
}

TEST_F(DatesTest, ArabicIndicDigits) {
  const DateMention m = One("انعقد المؤتمر يوم ١٠ أغسطس ٢٠١٥ في القاهرة.");
  EXPECT_EQ(Quote(m), "١٠ أغسطس ٢٠١٥");
  EXPECT_EQ(m.date, (CivilDate{2015, 8, 10}));
}

TEST_F(DatesTest, EveryRegionalMonthName) {
  const struct {
    const char* name;
    int month;
  } kNames[] = {
      {"يناير", 1},        {"كانون الثاني", 1}, {"جانفي", 1},         {"فبراير", 2},  {"شباط", 2},
      {"فيفري", 2},        {"مارس", 3},         {"آذار", 3},          {"أبريل", 4},   {"ابريل", 4},
      {"نيسان", 4},        {"أفريل", 4},        {"مايو", 5},          {"أيار", 5},    {"ماي", 5},
      {"يونيو", 6},        {"يونيه", 6},        {"حزيران", 6},        {"جوان", 6},    {"يوليو", 7},
      {"يوليه", 7},        {"تموز", 7},         {"جويلية", 7},        {"أغسطس", 8},   {"اغسطس", 8},
      {"آب", 8},           {"أوت", 8},          {"سبتمبر", 9},        {"أيلول", 9},   {"أكتوبر", 10},
      {"تشرين الأول", 10}, {"نوفمبر", 11},      {"تشرين الثاني", 11}, {"ديسمبر", 12}, {"كانون الأول", 12},
  };
  for (const auto& n : kNames) {
    const std::string expression = std::string("3 ") + n.name + " 2020";
    const DateMention m = One("جرت الانتخابات في " + expression + " وسط إقبال ضعيف.");
    EXPECT_EQ(Quote(m), expression);
    EXPECT_EQ(m.date, (CivilDate{2020, n.month, 3})) << n.name;
    EXPECT_EQ(m.precision, DatePrecision::kDay) << n.name;
  }
}

TEST_F(DatesTest, TwoNamingsOfOneMonth) {
  DateMention m = One("أقرت القمة الإعلان في أكتوبر/تشرين الأول 2022 بالإجماع.");
  EXPECT_EQ(Quote(m), "أكتوبر/تشرين الأول 2022");
  EXPECT_EQ(m.date, (CivilDate{2022, 10, 0}));
  EXPECT_EQ(m.precision, DatePrecision::kMonth);
  EXPECT_EQ(m.kind, "month");
  m = One("أقرت القمة الإعلان في أكتوبر (تشرين الأول) 2022 بالإجماع.");
  EXPECT_EQ(Quote(m), "أكتوبر (تشرين الأول) 2022");
  EXPECT_EQ(m.date, (CivilDate{2022, 10, 0}));
  m = One("وقعت الاتفاقية في 5 شباط/فبراير 2019 بحضور الوسطاء.");
  EXPECT_EQ(Quote(m), "5 شباط/فبراير 2019");
  EXPECT_EQ(m.date, (CivilDate{2019, 2, 5}));
}

TEST_F(DatesTest, MonthYear) {
  const DateMention m = One("تراجعت الصادرات منذ أكتوبر 2022 بشكل ملحوظ.");
  EXPECT_EQ(Quote(m), "أكتوبر 2022");
  EXPECT_EQ(m.date.ToString(), "2022-10");
  EXPECT_EQ(m.precision, DatePrecision::kMonth);
  EXPECT_EQ(m.kind, "month");
}

TEST_F(DatesTest, Years) {
  const struct {
    const char* text;
    const char* quote;
    int year;
  } kCases[] = {
      {"تأسست الهيئة عام 2024 بقرار حكومي.", "عام 2024", 2024},
      {"تأسست الهيئة في العام 2024 بقرار حكومي.", "العام 2024", 2024},
      {"تأسست الهيئة سنة 1998 بقرار حكومي.", "سنة 1998", 1998},
      {"أعلنت الوزارة خطتها لعام 2024 أمام البرلمان.", "عام 2024", 2024},
      {"أعلنت الوزارة خطتها للعام 2025 أمام البرلمان.", "للعام 2025", 2025},
      {"وفي 2023 ارتفعت الأسعار.", "2023", 2023},
      {"انتهت الحرب 1975 م بعد مفاوضات طويلة.", "1975 م", 1975},
      {"انتهت الحرب 1975م بعد مفاوضات طويلة.", "1975م", 1975},
      {"وقعت المعاهدة سنة 1648 ميلادية في أوروبا.", "سنة 1648 ميلادية", 1648},
  };
  for (const auto& c : kCases) {
    const DateMention m = One(c.text);
    EXPECT_EQ(Quote(m), c.quote) << c.text;
    EXPECT_EQ(m.date, (CivilDate{c.year, 0, 0})) << c.text;
    EXPECT_EQ(m.precision, DatePrecision::kYear) << c.text;
    EXPECT_EQ(m.kind, "year") << c.text;
  }
}

TEST_F(DatesTest, BareNumbersAreNotYears) {
  EXPECT_TRUE(Find("شارك 2024 متطوعا في حملة التنظيف.").empty());
  EXPECT_TRUE(Find("سجلت الشرطة في 1850 مخالفة مرورية.").empty());  // في, but outside 1900–2100
  EXPECT_TRUE(Find("ارتفع البرج 1000 م فوق سطح البحر.").empty());   // م is metres here
}

TEST_F(DatesTest, NumericDates) {
  DateMention m = One("صدر القرار بتاريخ 2024/3/12 عن مجلس الوزراء.");
  EXPECT_EQ(Quote(m), "2024/3/12");
  EXPECT_EQ(m.date, (CivilDate{2024, 3, 12}));
  EXPECT_EQ(m.precision, DatePrecision::kDay);
  EXPECT_EQ(m.kind, "absolute");
  m = One("صدر القرار بتاريخ 12/3/2024 عن مجلس الوزراء.");
  EXPECT_EQ(m.date, (CivilDate{2024, 3, 12}));  // day first, as Arabic writes it
  m = One("نشر التقرير في 2015-07-21 على موقع الوزارة.");
  EXPECT_EQ(Quote(m), "2015-07-21");
  EXPECT_EQ(m.date, (CivilDate{2015, 7, 21}));
  m = One("جلسة 30 / 4 / 2015م كانت حاسمة.");
  EXPECT_EQ(Quote(m), "30 / 4 / 2015م");
  EXPECT_EQ(m.date, (CivilDate{2015, 4, 30}));
  EXPECT_TRUE(Find("نسبة النجاح 12/3 فقط.").empty());
  EXPECT_TRUE(Find("صدر القرار بتاريخ 2015/2/30 عن المجلس.").empty());
}

// ---------------------------------------------------------------------------------------------------------
// Hijri dates.

TEST_F(DatesTest, HijriDay) {
  DateMention m = One("وفي 1 رمضان 1436 هـ بدأ الصيام في المملكة.");
  EXPECT_EQ(Quote(m), "1 رمضان 1436 هـ");
  EXPECT_EQ(m.date, (CivilDate{2015, 6, 18}));
  EXPECT_EQ(m.precision, DatePrecision::kDay);
  EXPECT_TRUE(m.hijri);
  EXPECT_EQ(m.kind, "hijri");
  m = One("عقد المجلس جلسته يوم 25 شوال 1436ه في الرياض.");
  EXPECT_EQ(Quote(m), "25 شوال 1436ه");
  EXPECT_EQ(m.date, (CivilDate{2015, 8, 10}));
  m = One("افتتح المعرض في 1 محرم 1446 للهجرة.");
  EXPECT_EQ(Quote(m), "1 محرم 1446 للهجرة");
  EXPECT_EQ(m.date, (CivilDate{2024, 7, 7}));
  m = One("صدر الأمر في 1436/10/25 هـ.");
  EXPECT_EQ(m.date, (CivilDate{2015, 8, 10}));
  EXPECT_TRUE(m.hijri);
}

TEST_F(DatesTest, HijriMonthNames) {
  const struct {
    const char* name;
    int month;
  } kNames[] = {
      {"محرم", 1},        {"صفر", 2},          {"ربيع الأول", 3},   {"ربيع الآخر", 4},
      {"ربيع الثاني", 4}, {"جمادى الأولى", 5}, {"جمادى الآخرة", 6}, {"جمادى الثانية", 6},
      {"رجب", 7},         {"شعبان", 8},        {"رمضان", 9},        {"شوال", 10},
      {"ذو القعدة", 11},  {"ذي القعدة", 11},   {"ذو الحجة", 12},    {"ذي الحجة", 12},
  };
  for (const auto& n : kNames) {
    const std::string expression = std::string("12 ") + n.name + " 1436 هـ";
    const DateMention m = One("أعلن الديوان في " + expression + " عن القرار.");
    EXPECT_EQ(Quote(m), expression);
    EXPECT_EQ(m.date, HijriToGregorian(1436, n.month, 12)) << n.name;
    EXPECT_TRUE(m.date.valid()) << n.name;
    EXPECT_TRUE(m.hijri) << n.name;
  }
}

TEST_F(DatesTest, HijriMonthAndYearSpanGregorianDays) {
  DateMention m = One("تستمر الحملة طوال رمضان 1436 هـ في جميع المناطق.");
  EXPECT_EQ(Quote(m), "رمضان 1436 هـ");
  EXPECT_EQ(m.precision, DatePrecision::kMonth);
  EXPECT_EQ(m.date, (CivilDate{2015, 6, 18}));
  EXPECT_EQ(m.end, (CivilDate{2015, 7, 16}));
  m = One("أنجز المشروع عام 1436 هـ كما كان مقررا.");
  EXPECT_EQ(Quote(m), "عام 1436 هـ");
  EXPECT_EQ(m.precision, DatePrecision::kYear);
  EXPECT_EQ(m.date, (CivilDate{2014, 10, 25}));
  EXPECT_EQ(m.end, (CivilDate{2015, 10, 13}));
  EXPECT_EQ(m.kind, "hijri");
}

TEST_F(DatesTest, HijriWordsAloneAreNotDates) {
  EXPECT_TRUE(Find("استقبل الرئيس رجب طيب أردوغان الوفد.").empty());
  EXPECT_TRUE(Find("انتهت المباراة بنتيجة صفر لكل فريق.").empty());
  EXPECT_TRUE(Find("هذا الفعل محرم في القانون.").empty());
}

// ---------------------------------------------------------------------------------------------------------
// Dual datelines.

TEST_F(DatesTest, DualDatelineAgrees) {
  const DateMention m = One("الرياض 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس استقبل أمير المنطقة السفير.");
  EXPECT_EQ(Quote(m), "25 شوال 1436 هـ الموافق 10 اغسطس 2015 م");
  EXPECT_EQ(m.kind, "dual");
  EXPECT_EQ(m.date, (CivilDate{2015, 8, 10}));
  EXPECT_EQ(m.precision, DatePrecision::kDay);
  EXPECT_TRUE(m.hijri);
  EXPECT_FALSE(m.calendars_disagree);
}

TEST_F(DatesTest, DualDatelineDisagrees) {
  // 25 Shawwal 1436 is 10 August 2015, not the 14th.
  const DateMention m = One("جدة 25 شوال 1436 هـ الموافق 14 أغسطس 2015 م افتتح المعرض.");
  EXPECT_EQ(m.kind, "dual");
  EXPECT_EQ(m.date, (CivilDate{2015, 8, 14}));  // the Gregorian reading
  EXPECT_TRUE(m.calendars_disagree);
}

TEST_F(DatesTest, DualDatelineOffByOneDayIsTolerated) {
  const DateMention m = One("الرياض 25 شوال 1436 هـ الموافق 11 أغسطس 2015 م.");
  EXPECT_EQ(m.kind, "dual");
  EXPECT_FALSE(m.calendars_disagree);
}

TEST_F(DatesTest, DualOtherOrderAndBrackets) {
  DateMention m = One("تقام الاحتفالية يوم الاثنين 10 أغسطس 2015 (25 شوال 1436 هـ) في الدوحة.");
  EXPECT_EQ(Quote(m), "يوم الاثنين 10 أغسطس 2015 (25 شوال 1436 هـ)");
  EXPECT_EQ(m.kind, "dual");
  EXPECT_EQ(m.date, (CivilDate{2015, 8, 10}));
  EXPECT_FALSE(m.calendars_disagree);
  m = One("الموعد 10/8/2015 الموافق 25/10/1436 هـ.");
  EXPECT_EQ(m.kind, "dual");
  EXPECT_FALSE(m.calendars_disagree);
}

// ---------------------------------------------------------------------------------------------------------
// Ranges.

TEST_F(DatesTest, Ranges) {
  DateMention m = One("يعقد المؤتمر من 10 إلى 12 مارس 2024 في جنيف.");
  EXPECT_EQ(Quote(m), "من 10 إلى 12 مارس 2024");
  EXPECT_EQ(m.kind, "range");
  EXPECT_EQ(m.date, (CivilDate{2024, 3, 10}));
  EXPECT_EQ(m.end, (CivilDate{2024, 3, 12}));
  EXPECT_EQ(m.precision, DatePrecision::kDay);
  EXPECT_FALSE(m.relative);

  // No year: the one nearest the reference.
  m = One("تجري المناورات بين 10 و12 مارس قرب الحدود.", CivilDate{2024, 2, 20});
  EXPECT_EQ(Quote(m), "بين 10 و12 مارس");
  EXPECT_EQ(m.date, (CivilDate{2024, 3, 10}));
  EXPECT_EQ(m.end, (CivilDate{2024, 3, 12}));
  EXPECT_TRUE(m.relative);
  EXPECT_TRUE(m.future);

  m = One("تجري المناورات 10-12 مارس قرب الحدود.", CivilDate{2024, 2, 20});
  EXPECT_EQ(Quote(m), "10-12 مارس");
  EXPECT_EQ(m.date, (CivilDate{2024, 3, 10}));
  EXPECT_EQ(m.end, (CivilDate{2024, 3, 12}));

  m = One("أغلق المعبر من 28 فبراير إلى 2 مارس 2024 لأسباب أمنية.");
  EXPECT_EQ(m.date, (CivilDate{2024, 2, 28}));
  EXPECT_EQ(m.end, (CivilDate{2024, 3, 2}));

  m = One("أغلق المعبر من 28 ديسمبر 2023 إلى 2 يناير 2024.");
  EXPECT_EQ(m.date, (CivilDate{2023, 12, 28}));
  EXPECT_EQ(m.end, (CivilDate{2024, 1, 2}));
}

// ---------------------------------------------------------------------------------------------------------
// Relative expressions, against Tuesday 2015-08-11.

struct RelativeCase {
  const char* text;
  const char* quote;
  const char* date;  // CivilDate::ToString(), "" for none
  DatePrecision precision;
  bool future;
};

TEST_F(DatesTest, RelativeDays) {
  const RelativeCase kCases[] = {
      {"قال الوزير اليوم إن المحادثات مستمرة.", "اليوم", "2015-08-11", DatePrecision::kDay, false},
      {"قال الوزير أمس إن المحادثات مستمرة.", "أمس", "2015-08-10", DatePrecision::kDay, false},
      {"وكان الوزير قد صرح بالأمس أن المحادثات مستمرة.", "الأمس", "2015-08-10", DatePrecision::kDay, false},
      {"وصل الوفد أول من أمس إلى المدينة.", "أول من أمس", "2015-08-09", DatePrecision::kDay, false},
      {"وصل الوفد أول أمس إلى المدينة.", "أول أمس", "2015-08-09", DatePrecision::kDay, false},
      {"يصل الوفد غداً إلى المدينة.", "غداً", "2015-08-12", DatePrecision::kDay, true},
      {"يصل الوفد غدا إلى المدينة.", "غدا", "2015-08-12", DatePrecision::kDay, true},
      {"يصل الوفد بعد غد إلى المدينة.", "بعد غد", "2015-08-13", DatePrecision::kDay, true},
      {"اندلع الحريق مساء أمس في المستودع.", "مساء أمس", "2015-08-10", DatePrecision::kDay, false},
      {"ويفتتح المعرض صباح اليوم في القاعة الكبرى.", "صباح اليوم", "2015-08-11", DatePrecision::kDay, false},
      {"اجتمع المجلس يوم أمس لمناقشة الميزانية.", "يوم أمس", "2015-08-10", DatePrecision::kDay, false},
  };
  for (const auto& c : kCases) {
    const DateMention m = One(c.text);
    EXPECT_EQ(Quote(m), c.quote) << c.text;
    EXPECT_EQ(m.date.ToString(), c.date) << c.text;
    EXPECT_EQ(m.precision, c.precision) << c.text;
    EXPECT_EQ(m.future, c.future) << c.text;
    EXPECT_TRUE(m.relative) << c.text;
    EXPECT_EQ(m.kind, "relative") << c.text;
  }
}

TEST_F(DatesTest, Weekdays) {
  const RelativeCase kCases[] = {
      // Bare: the most recent such day on or before the reference.
      {"التقى الرئيس السبت وفدا برلمانيا.", "السبت", "2015-08-08", DatePrecision::kDay, false},
      {"التقى الرئيس الأحد وفدا برلمانيا.", "الأحد", "2015-08-09", DatePrecision::kDay, false},
      {"التقى الرئيس الاثنين وفدا برلمانيا.", "الاثنين", "2015-08-10", DatePrecision::kDay, false},
      {"التقى الرئيس الإثنين وفدا برلمانيا.", "الإثنين", "2015-08-10", DatePrecision::kDay, false},
      {"التقى الرئيس الثلاثاء وفدا برلمانيا.", "الثلاثاء", "2015-08-11", DatePrecision::kDay, false},
      {"التقى الرئيس الأربعاء وفدا برلمانيا.", "الأربعاء", "2015-08-05", DatePrecision::kDay, false},
      {"التقى الرئيس الخميس وفدا برلمانيا.", "الخميس", "2015-08-06", DatePrecision::kDay, false},
      {"التقى الرئيس يوم الجمعة وفدا برلمانيا.", "يوم الجمعة", "2015-08-07", DatePrecision::kDay, false},
      // الماضي / المنصرم: the previous such day; المقبل / القادم: the next one.
      {"التقى الرئيس الثلاثاء الماضي وفدا برلمانيا.", "الثلاثاء الماضي", "2015-08-04", DatePrecision::kDay,
       false},
      {"التقى الرئيس يوم الأحد المنصرم وفدا برلمانيا.", "يوم الأحد المنصرم", "2015-08-09",
       DatePrecision::kDay, false},
      {"يلتقي الرئيس الثلاثاء المقبل وفدا برلمانيا.", "الثلاثاء المقبل", "2015-08-18", DatePrecision::kDay,
       true},
      {"يلتقي الرئيس يوم الخميس القادم وفدا برلمانيا.", "يوم الخميس القادم", "2015-08-13",
       DatePrecision::kDay, true},
      // A day word with a weekday: the weekday wins.
      {"أعلنت الحكومة اليوم الثلاثاء خطتها.", "اليوم الثلاثاء", "2015-08-11", DatePrecision::kDay, false},
      {"أعلنت الحكومة اليوم الاثنين خطتها.", "اليوم الاثنين", "2015-08-10", DatePrecision::kDay, false},
      {"أعلنت الحكومة أمس (الاثنين) خطتها.", "أمس (الاثنين)", "2015-08-10", DatePrecision::kDay, false},
      {"وصل الوفد أول من أمس الأحد.", "أول من أمس الأحد", "2015-08-09", DatePrecision::kDay, false},
  };
  for (const auto& c : kCases) {
    const DateMention m = One(c.text);
    EXPECT_EQ(Quote(m), c.quote) << c.text;
    EXPECT_EQ(m.date.ToString(), c.date) << c.text;
    EXPECT_EQ(m.future, c.future) << c.text;
    EXPECT_TRUE(m.relative) << c.text;
  }
  // "اليوم الثلاثاء" in an article of Wednesday 2015-08-12: the Tuesday before.
  const DateMention m = One("أعلنت الحكومة اليوم الثلاثاء خطتها.", CivilDate{2015, 8, 12});
  EXPECT_EQ(m.date, (CivilDate{2015, 8, 11}));
}

TEST_F(DatesTest, RelativePeriods) {
  const RelativeCase kCases[] = {
      {"ارتفعت الأسعار الأسبوع الماضي بنسبة كبيرة.", "الأسبوع الماضي", "", DatePrecision::kNone, false},
      {"ترتفع الأسعار الأسبوع المقبل بنسبة كبيرة.", "الأسبوع المقبل", "", DatePrecision::kNone, true},
      {"ارتفعت الأسعار الشهر الماضي بنسبة كبيرة.", "الشهر الماضي", "2015-07", DatePrecision::kMonth, false},
      {"ترتفع الأسعار الشهر المقبل بنسبة كبيرة.", "الشهر المقبل", "2015-09", DatePrecision::kMonth, true},
      {"ارتفعت الأسعار خلال الشهر الجاري بنسبة كبيرة.", "الشهر الجاري", "2015-08", DatePrecision::kMonth,
       false},
      {"ارتفعت الأسعار العام الماضي بنسبة كبيرة.", "العام الماضي", "2014", DatePrecision::kYear, false},
      {"ترتفع الأسعار العام المقبل بنسبة كبيرة.", "العام المقبل", "2016", DatePrecision::kYear, true},
      {"ارتفعت الأسعار خلال العام الجاري بنسبة كبيرة.", "العام الجاري", "2015", DatePrecision::kYear, false},
      {"ارتفعت الأسعار خلال العام الحالي بنسبة كبيرة.", "العام الحالي", "2015", DatePrecision::kYear, false},
      {"ارتفعت الأسعار هذا العام بنسبة كبيرة.", "هذا العام", "2015", DatePrecision::kYear, false},
      {"ارتفعت الأسعار في أكتوبر الماضي بنسبة كبيرة.", "أكتوبر الماضي", "2014-10", DatePrecision::kMonth,
       false},
  };
  for (const auto& c : kCases) {
    const DateMention m = One(c.text);
    EXPECT_EQ(Quote(m), c.quote) << c.text;
    EXPECT_EQ(m.date.ToString(), c.date) << c.text;
    EXPECT_EQ(m.precision, c.precision) << c.text;
    EXPECT_EQ(m.future, c.future) << c.text;
    EXPECT_TRUE(m.relative) << c.text;
  }
  // Ramadan 1437 began on 2016-06-06.
  const DateMention m = One("تبدأ الحملة في رمضان المقبل.");
  EXPECT_EQ(Quote(m), "رمضان المقبل");
  EXPECT_TRUE(m.hijri);
  EXPECT_EQ(m.precision, DatePrecision::kMonth);
  EXPECT_EQ(m.date, HijriToGregorian(1437, 9, 1));
  EXPECT_TRUE(m.future);
}

TEST_F(DatesTest, DayMonthWithoutYearTakesTheNearestYear) {
  DateMention m = One("أطلق سراح الرهائن في 28 ديسمبر بعد وساطة.", CivilDate{2015, 1, 3});
  EXPECT_EQ(m.date, (CivilDate{2014, 12, 28}));
  EXPECT_TRUE(m.relative);
  EXPECT_EQ(m.kind, "absolute");
  // الماضي: the latest one before the reference; المقبل: the first one after it.
  m = One("أطلق سراح الرهائن في 10 أكتوبر الماضي بعد وساطة.", CivilDate{2015, 10, 12});
  EXPECT_EQ(Quote(m), "10 أكتوبر الماضي");
  EXPECT_EQ(m.date, (CivilDate{2015, 10, 10}));
  m = One("أطلق سراح الرهائن في 10 أكتوبر الماضي بعد وساطة.", CivilDate{2015, 10, 5});
  EXPECT_EQ(m.date, (CivilDate{2014, 10, 10}));
  m = One("تجري الانتخابات في 2 يناير المقبل.", CivilDate{2015, 1, 5});
  EXPECT_EQ(m.date, (CivilDate{2016, 1, 2}));
  EXPECT_TRUE(m.future);
}

TEST_F(DatesTest, NoReferenceGivesNoPrecision) {
  const DateMention m = One("قال الوزير أمس إن المحادثات مستمرة.", CivilDate{});
  EXPECT_EQ(Quote(m), "أمس");
  EXPECT_TRUE(m.relative);
  EXPECT_FALSE(m.date.valid());
  EXPECT_EQ(m.precision, DatePrecision::kNone);
  const DateMention g = One("يصل الوفد غدا.", CivilDate{});
  EXPECT_TRUE(g.future);
  const DateMention e = One("وصل الوفد في 10 أغسطس 2015.", CivilDate{});
  EXPECT_EQ(e.date, (CivilDate{2015, 8, 10}));  // explicit dates need no reference
}

TEST_F(DatesTest, ADaySaidAsAnOrdinal) {
  EXPECT_EQ(One("أجرى الرئيس في السابع من فبراير الجاري اتصالا هاتفيا.", CivilDate{2023, 2, 27}).date,
            (CivilDate{2023, 2, 7}));
  EXPECT_EQ(One("منذ انقلاب الخامس والعشرين من أكتوبر 2021.", CivilDate{}).date, (CivilDate{2021, 10, 25}));
  EXPECT_EQ(One("وقعت الهجمات في الحادي عشر من سبتمبر 2001.", CivilDate{}).date, (CivilDate{2001, 9, 11}));
  EXPECT_TRUE(Find("وصل الوفد إلى مدينة العاشر من رمضان.").empty());
  EXPECT_TRUE(Find("فاز الفريق بالمركز الثاني في البطولة.").empty());
}

TEST_F(DatesTest, WordsThatOnlyLookLikeDates) {
  EXPECT_TRUE(Find("قال الأمين العام الحالي للمنظمة إن الوضع خطير.").empty());
  EXPECT_TRUE(Find("أدى المصلون صلاة الجمعة في المسجد.").empty());
  EXPECT_TRUE(Find("يستهلك المريض ثلاث وجبات في اليوم الواحد.").empty());
  EXPECT_TRUE(Find("تحدث المشاركون في اليوم الوطني عن التراث.").empty());
  EXPECT_TRUE(Find("مارس الحزب ضغوطا على الحكومة.").empty());
  EXPECT_TRUE(Find("شهدت المنطقة أحداث الربيع العربي.").empty());
}

// ---------------------------------------------------------------------------------------------------------
// The whole list.

TEST_F(DatesTest, SortedNonOverlappingLongestWins) {
  const auto& found = Find(
      "أعلنت الوزارة أمس أن المؤتمر الذي عقد من 10 إلى 12 مارس 2024 سيعقد مجددا العام المقبل، "
      "وكانت دورته الأولى في 5 أبريل 2019.");
  ASSERT_EQ(Quotes(),
            (std::vector<std::string>{"أمس", "من 10 إلى 12 مارس 2024", "العام المقبل", "5 أبريل 2019"}));
  for (std::size_t k = 1; k < found.size(); ++k) EXPECT_LE(found[k - 1].span.end, found[k].span.begin);
}

TEST_F(DatesTest, SpansPointIntoTheWholeText) {
  // Analyse only the second line; offsets must still be into the whole text.
  text_ = "سطر لا يحلل\nوصل الوفد في 10 أغسطس 2015 إلى الرباط.";
  const std::size_t start = text_.find('\n') + 1;
  const auto sentences = analyzer_->AnalyzeText(text_, {start, text_.size()});
  mentions_ = FindDates(text_, sentences, kTuesday);
  ASSERT_EQ(mentions_.size(), 1u);
  EXPECT_EQ(Quote(mentions_[0]), "10 أغسطس 2015");
  EXPECT_GT(mentions_[0].span.begin, start);
}

TEST_F(DatesTest, SeedArticle) {
  MARSAD_REQUIRE_SHARED_DATA(path, "corpus/seed/000_1cc15bd339471e21.txt");
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  const Article a = ParsePlainText(ss.str());
  const auto mentions = FindDates(a.text, analyzer_->Analyze(a), ParseIsoDate(a.date));
  bool month = false, year = false;
  for (const auto& m : mentions) {
    const std::string_view quote = a.View(m.span);
    if (quote == "أكتوبر 2022") {
      month = true;
      EXPECT_EQ(m.precision, DatePrecision::kMonth);
      EXPECT_EQ(m.date.ToString(), "2022-10");
    }
    if (quote == "عام 2024") {
      year = true;
      EXPECT_EQ(m.precision, DatePrecision::kYear);
      EXPECT_EQ(m.date.ToString(), "2024");
    }
  }
  EXPECT_TRUE(month) << "أكتوبر 2022 not found";
  EXPECT_TRUE(year) << "عام 2024 not found";
}

}  // namespace
}  // namespace marsad
