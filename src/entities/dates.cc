// Date expressions in analysed Arabic sentences, resolved to proleptic Gregorian dates.
//
// Approach. Every token of a sentence is looked up once in a small lexicon of normalised words (month names
// of the Egyptian/Gulf, Levantine/Iraqi and Maghrebi namings, Hijri months, weekdays, relative words such as
// أمس and الماضي, year markers هـ and م). The lookup key is the token's kFolded `norm`; when that is not in
// the lexicon, the norm with the analyzer's proclitics stripped (وفي → في, لعام → عام, للهجرة → الهجرة), and
// last a norm with a leading و or ف removed, because the analyzer keeps words such as ومساء whole. The
// article ال is never stripped: الماضي and ماضي are different entries on purpose.
//
// Then, at every token, a handful of hand-written token patterns (a small recursive-descent parser, no regex)
// try to match: explicit dates (day month year, month year, numeric 2024/3/12, year after عام or في), Hijri
// dates, the Saudi dual dateline (Hijri الموافق Gregorian), ranges (من 10 إلى 12 مارس) and relative
// expressions. The longest match at each start is a candidate; candidates are then chosen longest first
// without overlap, so "25 شوال 1436 هـ الموافق 10 اغسطس 2015 م" is one mention, not two.
//
// Month names that are also common words (مارس "practised", آب "father", رجب a first name, صفر "zero") are
// only dates next to a day number, a year, شهر, or a relative modifier, never alone. Bare numbers are years
// only after عام/العام/سنة/في or before م/ميلادي/هـ, and after في only within 1900–2100.
//
// Hijri dates are converted with ICU's Umm al-Qura calendar (the official Saudi one, used by SPA datelines).
// A Hijri month or year does not line up with Gregorian months, so for those `date` and `end` hold the exact
// first and last Gregorian days while `precision` says month or year.
//
// Dates without a year ("10 مارس") take the year that puts them nearest the reference date and are marked
// relative, since they were resolved against it.
#include "marsad/dates.h"
#include "base/hashing.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include <unicode/calendar.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

#include "marsad/analyzer.h"
#include "marsad/utf8.h"
#include "text/chars.h"

namespace marsad {

const char* DatePrecisionName(DatePrecision p) {
  switch (p) {
    case DatePrecision::kNone:
      return "none";
    case DatePrecision::kYear:
      return "year";
    case DatePrecision::kMonth:
      return "month";
    case DatePrecision::kDay:
      return "day";
  }
  return "none";
}

DatePrecision CivilDate::precision() const {
  if (year == 0) return DatePrecision::kNone;
  if (month == 0) return DatePrecision::kYear;
  if (day == 0) return DatePrecision::kMonth;
  return DatePrecision::kDay;
}

std::string CivilDate::ToString() const {
  char buf[32];
  switch (precision()) {
    case DatePrecision::kNone:
      return "";
    case DatePrecision::kYear:
      std::snprintf(buf, sizeof buf, "%04d", year);
      break;
    case DatePrecision::kMonth:
      std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
      break;
    case DatePrecision::kDay:
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
      break;
  }
  return buf;
}

namespace {

// ---------------------------------------------------------------------------------------------------------
// Calendar arithmetic on day numbers (days since 1970-01-01), after H. Hinnant's civil-date algorithms. Used
// for weekday and day offsets, which are exact integer arithmetic and need no time zone.

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

bool ValidDay(int y, int m, int d) { return y > 0 && m >= 1 && m <= 12 && d >= 1 && d <= DaysInMonth(y, m); }

std::int64_t DaysFromCivil(const CivilDate& c) {
  const std::int64_t y = c.year - (c.month <= 2 ? 1 : 0);
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t yoe = y - era * 400;
  const std::int64_t mp = c.month > 2 ? c.month - 3 : c.month + 9;
  const std::int64_t doy = (153 * mp + 2) / 5 + c.day - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(std::int64_t z) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
  return {static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0)), static_cast<int>(m), static_cast<int>(d)};
}

CivilDate AddDays(const CivilDate& c, std::int64_t n) { return CivilFromDays(DaysFromCivil(c) + n); }

// 0 = Sunday (الأحد) … 6 = Saturday (السبت); 1970-01-01 was a Thursday.
int Weekday(const CivilDate& c) { return static_cast<int>(((DaysFromCivil(c) + 4) % 7 + 7) % 7); }

// ---------------------------------------------------------------------------------------------------------
// ICU: Umm al-Qura ↔ Gregorian. Calendars are expensive to create and not thread-safe, so each thread keeps
// one pair. Both run in GMT so that a day never slips across midnight, and the Gregorian one is made purely
// Gregorian (no Julian switch in 1582) to match CivilDate's proleptic definition.

constexpr double kMsPerDay = 86400000.0;

class IcuCalendars {
 public:
  static IcuCalendars& Get() {
    thread_local IcuCalendars calendars;
    return calendars;
  }

  CivilDate HijriToGregorian(int year, int month, int day) {
    if (!hijri_ || !gregorian_ || year < 1 || year > 1600 || month < 1 || month > 12 || day < 1 || day > 30)
      return {};
    UErrorCode status = U_ZERO_ERROR;
    hijri_->clear();
    hijri_->set(UCAL_EXTENDED_YEAR, year);
    hijri_->set(UCAL_YEAR, year);
    hijri_->set(UCAL_MONTH, month - 1);
    hijri_->set(UCAL_DATE, day);
    const UDate t = hijri_->getTime(status);  // non-lenient: 30 of a 29-day month fails here
    if (U_FAILURE(status)) return {};
    gregorian_->setTime(t, status);
    CivilDate out{gregorian_->get(UCAL_EXTENDED_YEAR, status), gregorian_->get(UCAL_MONTH, status) + 1,
                  gregorian_->get(UCAL_DATE, status)};
    if (U_FAILURE(status)) return {};
    return out;
  }

  // The Hijri (year, month, day) of a Gregorian day; false when ICU fails.
  bool GregorianToHijri(const CivilDate& c, int* year, int* month, int* day) {
    if (!hijri_ || !ValidDay(c.year, c.month, c.day)) return false;
    UErrorCode status = U_ZERO_ERROR;
    hijri_->setTime(static_cast<double>(DaysFromCivil(c)) * kMsPerDay, status);
    *year = hijri_->get(UCAL_EXTENDED_YEAR, status);
    *month = hijri_->get(UCAL_MONTH, status) + 1;
    *day = hijri_->get(UCAL_DATE, status);
    return U_SUCCESS(status);
  }

 private:
  IcuCalendars() {
    UErrorCode status = U_ZERO_ERROR;
    hijri_.reset(icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(),
                                               icu::Locale("@calendar=islamic-umalqura"), status));
    if (U_FAILURE(status)) hijri_.reset();
    if (hijri_) hijri_->setLenient(false);
    status = U_ZERO_ERROR;
    gregorian_ = std::make_unique<icu::GregorianCalendar>(icu::TimeZone::getGMT()->clone(), status);
    if (U_SUCCESS(status)) gregorian_->setGregorianChange(U_DATE_MIN, status);
    if (U_FAILURE(status)) gregorian_.reset();
  }

  std::unique_ptr<icu::Calendar> hijri_;
  std::unique_ptr<icu::GregorianCalendar> gregorian_;
};

}  // namespace

CivilDate HijriToGregorian(int year, int month, int day) {
  return IcuCalendars::Get().HijriToGregorian(year, month, day);
}

CivilDate ParseIsoDate(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  auto digit = [&](std::size_t k) { return k < s.size() && s[k] >= '0' && s[k] <= '9'; };
  // Reads up to `max` digits (at least `min`) into *v.
  auto read = [&](int min, int max, int* v) {
    int n = 0;
    *v = 0;
    while (n < max && digit(i)) *v = *v * 10 + (s[i++] - '0'), ++n;
    return n >= min;
  };
  int y, m, d;
  if (!read(4, 4, &y)) return {};
  if (i < s.size() && (s[i] == '-' || s[i] == '/')) {
    const char sep = s[i++];
    if (!read(1, 2, &m) || i >= s.size() || s[i++] != sep || !read(1, 2, &d)) return {};
  } else if (!read(2, 2, &m) || !read(2, 2, &d)) {
    return {};
  }
  if (digit(i) || !ValidDay(y, m, d)) return {};
  return {y, m, d};
}

namespace {

// ---------------------------------------------------------------------------------------------------------
// The lexicon.

enum : std::uint64_t {
  kGregMonth = 1ull << 0,   // يناير … ديسمبر, شباط …, جانفي …
  kHijriMonth = 1ull << 1,  // محرم صفر رجب شعبان رمضان شوال
  kMonthHead = 1ull << 2,   // first word of a two-word month: كانون تشرين ربيع جمادى ذو
  kOrd1 = 1ull << 3,        // الأول الأولى
  kOrd2 = 1ull << 4,        // الثاني الثانية الآخر الآخرة
  kQaada = 1ull << 5,       // القعدة
  kHijja = 1ull << 6,       // الحجة
  kGregMarker = 1ull << 7,  // م ميلادي للميلاد
  kHijriMarker = 1ull << 8,
  kYearWord = 1ull << 9,  // عام العام سنة السنة (before a year number)
  kFi = 1ull << 10,       // في
  kMin = 1ull << 11,      // من
  kBetween = 1ull << 12,  // بين
  kTo = 1ull << 13,       // إلى حتى
  kAnd = 1ull << 14,      // و (alone, as in "بين 10 و12")
  kMuwafiq = 1ull << 15,  // الموافق
  kLam = 1ull << 16,      // لـ
  kShahr = 1ull << 17,    // شهر (before a month name)
  kWeekday = 1ull << 18,
  kYom = 1ull << 19,           // يوم
  kToday = 1ull << 20,         // اليوم
  kYesterday = 1ull << 21,     // أمس الأمس
  kFirst = 1ull << 22,         // أول (أول أمس)
  kTomorrow = 1ull << 23,      // غدا الغد
  kTomorrowBare = 1ull << 24,  // غد (only after بعد, صباح, يوم)
  kAfter = 1ull << 25,         // بعد
  kPast = 1ull << 26,          // الماضي المنصرم الفائت
  kNext = 1ull << 27,          // المقبل القادم
  kCurrent = 1ull << 28,       // الجاري الحالي
  kThis = 1ull << 29,          // هذا هذه
  kWeekNoun = 1ull << 30,      // الأسبوع
  kMonthNoun = 1ull << 31,     // الشهر
  kYearNoun = 1ull << 32,      // العام السنة
  kTimeOfDay = 1ull << 33,     // صباح مساء ظهر فجر ليلة …
  kNotToday = 1ull << 34,  // after اليوم, makes it "the day": التالي الوطني العالمي …
  kTitleNoun = 1ull << 35,  // before العام, makes it "general": الأمين العام الحالي
  kNotWeekday = 1ull << 36,  // before a weekday name, makes it not a date: صلاة الجمعة, كلا الاثنين
  kNotTodayBefore = 1ull << 37,  // before اليوم, makes it "the day": في اليوم, طوال اليوم, هذا اليوم
  kNamedAfter = 1ull << 38,  // before الغد, makes it a name: حزب الغد, صحيفة الغد
};

struct Entry {
  std::uint64_t flags = 0;
  std::int8_t greg_month = 0;
  std::int8_t hijri_month = 0;
  std::int8_t weekday = -1;
  char head = 0;  // for kMonthHead: 'k' كانون, 't' تشرين, 'r' ربيع, 'j' جمادى, 'd' ذو
};

using Lexicon = std::unordered_map<std::string, Entry, StringHash, std::equal_to<>>;

const Lexicon& GetLexicon() {
  static const Lexicon* const lexicon = [] {
    auto* lex = new Lexicon;
    // Keys go through the same normalisation as token norms, so the table can be written in ordinary
    // spelling (أغسطس, آذار, جمادى) and still match اغسطس, اذار, جمادي. A ة-final word is also entered with
    // ه, for texts that write it so.
    auto add = [lex](std::string_view word, std::uint64_t flags, int greg = 0, int hijri = 0,
                     int weekday = -1, char head = 0) {
      std::string key = Normalize(word);
      for (int variant = 0; variant < 2; ++variant) {
        Entry& e = (*lex)[key];
        e.flags |= flags;
        if (greg) e.greg_month = static_cast<std::int8_t>(greg);
        if (hijri) e.hijri_month = static_cast<std::int8_t>(hijri);
        if (weekday >= 0) e.weekday = static_cast<std::int8_t>(weekday);
        if (head) e.head = head;
        if (!key.ends_with("ة")) break;
        key.replace(key.size() - 2, 2, "ه");
      }
    };
    const struct {
      int month;
      const char* names;
    } kGregorian[] = {
        {1, "يناير جانفي"},
        {2, "فبراير شباط فيفري"},
        {3, "مارس آذار"},
        {4, "أبريل إبريل نيسان أفريل"},
        {5, "مايو أيار ماي"},
        {6, "يونيو يونيه حزيران جوان"},
        {7, "يوليو يوليه تموز جويلية يوليوز"},
        {8, "أغسطس آب أوت غشت"},
        {9, "سبتمبر أيلول شتنبر"},
        {10, "أكتوبر"},  // تشرين الأول: a head and an ordinal
        {11, "نوفمبر نونبر"},
        {12, "ديسمبر دجنبر"},
    };
    auto add_words = [&add](std::string_view words, std::uint64_t flags, int greg = 0, int hijri = 0) {
      while (!words.empty()) {
        const std::size_t sp = words.find(' ');
        add(words.substr(0, sp), flags, greg, hijri);
        if (sp == std::string_view::npos) break;
        words.remove_prefix(sp + 1);
      }
    };
    for (const auto& g : kGregorian) add_words(g.names, kGregMonth, g.month);
    add_words("محرم المحرم", kHijriMonth, 0, 1);
    add("صفر", kHijriMonth, 0, 2);
    add("رجب", kHijriMonth, 0, 7);
    add("شعبان", kHijriMonth, 0, 8);
    add("رمضان", kHijriMonth, 0, 9);
    add("شوال", kHijriMonth, 0, 10);
    add("كانون", kMonthHead, 0, 0, -1, 'k');
    add("تشرين", kMonthHead, 0, 0, -1, 't');
    add("ربيع", kMonthHead, 0, 0, -1, 'r');
    add("جمادى", kMonthHead, 0, 0, -1, 'j');
    for (const char* w : {"ذو", "ذي", "ذا"}) add(w, kMonthHead, 0, 0, -1, 'd');
    add_words("الأول الأولى", kOrd1);
    add_words("الثاني الثانية الآخر الآخرة", kOrd2);
    add("القعدة", kQaada);
    add("الحجة", kHijja);
    add_words("م ميلادي ميلادية الميلادي الميلادية للميلاد الميلاد", kGregMarker);
    add_words("ه هجري هجرية الهجري الهجرية للهجرة الهجرة", kHijriMarker);
    add_words("عام العام سنة السنة", kYearWord);
    add("في", kFi);
    add("من", kMin);
    add("بين", kBetween);
    add_words("إلى حتى", kTo);
    add("و", kAnd);
    add_words("الموافق الموافقة", kMuwafiq);
    add("ل", kLam);
    add("شهر", kShahr);
    const char* const kWeekdays[] = {"الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"};
    for (int d = 0; d < 7; ++d) add(kWeekdays[d], kWeekday, 0, 0, d);
    add("الإثنين", kWeekday, 0, 0, 1);
    add("يوم", kYom);
    add("اليوم", kToday);
    add_words("أمس الأمس", kYesterday);
    add("أول", kFirst);
    add_words("غدا الغد", kTomorrow);
    add("غد", kTomorrowBare);
    add("بعد", kAfter);
    add_words("الماضي الماضية المنصرم المنصرمة الفائت الفائتة", kPast);
    add_words("المقبل المقبلة القادم القادمة", kNext);
    add_words("الجاري الجارية الحالي الحالية", kCurrent);
    add_words("هذا هذه", kThis);
    add("الأسبوع", kWeekNoun);
    add("الشهر", kMonthNoun);
    add_words("العام السنة", kYearNoun);
    add_words("صباح مساء ظهر ظهيرة عصر فجر ليلة ليل صبيحة", kTimeOfDay);
    add_words(
        "التالي السابق نفسه ذاته الوطني العالمي الدولي الأول الثاني الثالث الرابع الخامس السادس السابع "
        "الثامن التاسع العاشر الأخير الذي الواحد الوحيد المفتوح الموعود الختامي",
        kNotToday);
    add_words(
        "الأمين المدير المدعي النائب المفتش المراقب المنسق المقرر الممثل السكرتير القائد المرشد الرأي "
        "القطاع المؤتمر المال الدين الإنفاق الأمن النظام الشأن أهل",
        kTitleNoun);
    add_words("صلاة صلوات خطبة خطب خطيب منبر منابر كلا بين", kNotWeekday);
    add_words("في طوال طيلة مدار خلال هذا ذلك ذات نفس مثل", kNotTodayBefore);
    add_words("حزب صحيفة جريدة قناة تيار حركة موقع مجلة", kNamedAfter);
    return lex;
  }();
  return *lexicon;
}

// The lexicon entry of a token: its norm, else the norm without the analyzer's proclitics (ال kept), else the
// norm without a leading و/ف the analyzer did not split. *stripped counts the letters taken off the front, so
// that a quote can start after them ("وأول من أمس" quotes "أول من أمس").
const Entry* LookUp(const Token& t, int* stripped) {
  *stripped = 0;
  if (t.type != TokenType::kArabic) return nullptr;
  const Lexicon& lex = GetLexicon();
  std::string_view norm = t.norm;
  if (auto it = lex.find(norm); it != lex.end()) return &it->second;
  if (t.word && !t.word->proclitics.empty()) {
    std::string_view rest = norm;
    std::string rebuilt;
    const auto& procs = t.word->proclitics;
    int letters = 0;  // letters removed that a quote can leave out
    bool changed = false;
    for (std::size_t k = 0; k < procs.size(); ++k) {
      if (procs[k] == "ال") break;
      // ل before ال is written لل, so the article lost its alef: للهجرة → الهجرة.
      if (procs[k] == "ل" && k + 1 < procs.size() && procs[k + 1] == "ال" && rest.starts_with("لل")) {
        // The quote keeps للعام whole: "لعام" without its ل would not be the text's expression.
        rebuilt = "ا" + std::string(rest.substr(2));
        rest = rebuilt;
        changed = true;
        break;
      }
      if (!rest.starts_with(procs[k])) break;
      rest.remove_prefix(procs[k].size());
      ++letters;
      changed = true;
    }
    if (!rest.empty() && changed) {
      if (auto it = lex.find(rest); it != lex.end()) {
        *stripped = letters;
        return &it->second;
      }
    }
  }
  if (norm.size() > 2 && (norm.starts_with("و") || norm.starts_with("ف"))) {
    if (auto it = lex.find(norm.substr(2)); it != lex.end()) {
      *stripped = 1;
      return &it->second;
    }
  }
  return nullptr;
}

// Bytes of `word` taken by its first `letters` letters when they are single-letter proclitics (و ف ب ك ل),
// with any harakat or tatweel after them; 0 if the word does not start so (a ligature, say).
std::size_t ProcliticBytes(std::string_view word, int letters) {
  std::size_t i = 0;
  for (int n = 0; n < letters; ++n) {
    if (i >= word.size()) return 0;
    const char32_t c = utf8::Next(word, i);
    if (c != U'\u0648' && c != U'\u0641' && c != U'\u0628' && c != U'\u0643' && c != U'\u0644') return 0;
    while (i < word.size()) {
      std::size_t j = i;
      const chars::CharClass cls = chars::Info(utf8::Next(word, j)).cls;
      if (cls != chars::CharClass::kArabicMark && cls != chars::CharClass::kTatweel &&
          cls != chars::CharClass::kJoiner && cls != chars::CharClass::kIgnorable)
        break;
      i = j;
    }
  }
  return i < word.size() ? i : 0;
}

// ---------------------------------------------------------------------------------------------------------
// Matching.

enum Cal { kGregorian, kHijri };

struct Tok {
  const Token* token = nullptr;
  const Entry* entry = nullptr;
  std::size_t skip = 0;  // bytes of a proclitic to leave out when a quote starts here
  int num = -1;          // value of an all-digit token (up to 6 digits)
  int digits = 0;
};

// A date as written: calendar and whatever fields the text gave (0 = not given).
struct Written {
  Cal cal = kGregorian;
  int year = 0, month = 0, day = 0;
  int direction = 0;  // without a year: -1 "الماضي" (before the reference), +1 "المقبل" (after it)
};

struct MonthName {
  Cal cal = kGregorian;
  int month = 0;
};

struct Candidate {
  std::size_t first = 0, last = 0;  // tokens [first, last)
  DateMention mention;
  std::size_t size() const { return last - first; }
};

enum class WeekdayMode { kOnOrBefore, kBefore, kAfter };

CivilDate ResolveWeekday(const CivilDate& ref, int weekday, WeekdayMode mode) {
  const int today = Weekday(ref);
  int delta;
  switch (mode) {
    case WeekdayMode::kOnOrBefore:
      return AddDays(ref, -((today - weekday + 7) % 7));
    case WeekdayMode::kBefore:
      delta = (today - weekday + 7) % 7;
      return AddDays(ref, -(delta == 0 ? 7 : delta));
    case WeekdayMode::kAfter:
      delta = (weekday - today + 7) % 7;
      return AddDays(ref, delta == 0 ? 7 : delta);
  }
  return ref;
}

// True when a starts after b at a's precision (a month after b's month, …).
bool StartsAfter(const CivilDate& a, const CivilDate& b) {
  if (a.year != b.year) return a.year > b.year;
  if (a.month == 0) return false;
  if (a.month != b.month) return a.month > b.month;
  return a.day != 0 && a.day > b.day;
}

class SentenceMatcher {
 public:
  SentenceMatcher(std::string_view text, const std::vector<Token>& tokens, const CivilDate& reference)
      : ref_(ValidDay(reference.year, reference.month, reference.day) ? reference : CivilDate{}) {
    toks_.resize(tokens.size());
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      Tok& t = toks_[i];
      t.token = &tokens[i];
      int stripped;
      t.entry = LookUp(tokens[i], &stripped);
      if (stripped > 0 && tokens[i].span.end <= text.size()) {
        t.skip = ProcliticBytes(text.substr(tokens[i].span.begin, tokens[i].span.size()), stripped);
      }
      // The tokenizer calls digits glued to a following letter Latin, so look at the characters, not the
      // type.
      const std::string& s = tokens[i].norm;
      if (!s.empty() && s.size() <= 6 &&
          std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        t.num = std::stoi(s);
        t.digits = static_cast<int>(s.size());
      }
    }
  }

  void Run(std::vector<DateMention>* out) {
    std::vector<Candidate> candidates;
    for (std::size_t i = 0; i < toks_.size(); ++i) {
      Candidate c;
      if (MatchAt(i, &c)) candidates.push_back(std::move(c));
    }
    // Longest first, then leftmost; keep what does not overlap an earlier choice.
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
      return a.size() != b.size() ? a.size() > b.size() : a.first < b.first;
    });
    std::vector<bool> taken(toks_.size(), false);
    const std::size_t before = out->size();
    for (Candidate& c : candidates) {
      if (std::any_of(taken.begin() + static_cast<std::ptrdiff_t>(c.first),
                      taken.begin() + static_cast<std::ptrdiff_t>(c.last), [](bool b) { return b; }))
        continue;
      std::fill(taken.begin() + static_cast<std::ptrdiff_t>(c.first),
                taken.begin() + static_cast<std::ptrdiff_t>(c.last), true);
      c.mention.span = {toks_[c.first].token->span.begin + toks_[c.first].skip,
                        toks_[c.last - 1].token->span.end};
      out->push_back(std::move(c.mention));
    }
    std::sort(out->begin() + static_cast<std::ptrdiff_t>(before), out->end(),
              [](const DateMention& a, const DateMention& b) { return a.span.begin < b.span.begin; });
  }

 private:
  std::size_t size() const { return toks_.size(); }
  // "الغد" after a word that is no time or preposition is part of a name (صحيفة «عدن الغد»): tomorrow is
  // "يوم الغد", "صباح الغد", "في الغد", or the word alone at the start of a clause.
  bool NamedTomorrow(std::size_t j) const {
    if (toks_[j].token->norm != "الغد" || j == 0) return false;
    static const std::unordered_set<std::string_view> before = {
        "يوم", "صباح", "مساء", "ظهر", "فجر", "ليلة", "في", "حتي", "الي", "منذ", "،", "(", "و"};
    const std::string& prev = toks_[j - 1].token->norm;
    return !before.count(prev) && toks_[j - 1].token->type == TokenType::kArabic;
  }
  bool Has(std::size_t i, std::uint64_t flags) const {
    return i < size() && toks_[i].entry && (toks_[i].entry->flags & flags);
  }
  const Entry& E(std::size_t i) const { return *toks_[i].entry; }
  bool IsPunct(std::size_t i, std::string_view p) const {
    return i < size() && toks_[i].token->type != TokenType::kArabic && toks_[i].token->norm == p;
  }
  bool IsDash(std::size_t i) const { return IsPunct(i, "-") || IsPunct(i, "–") || IsPunct(i, "—"); }
  bool IsComma(std::size_t i) const { return IsPunct(i, "،") || IsPunct(i, ","); }
  // A day of the month: one or two digits, 1–31.
  int Day(std::size_t i) const {
    return i < size() && toks_[i].digits >= 1 && toks_[i].digits <= 2 && toks_[i].num >= 1 &&
                   toks_[i].num <= 31
               ? toks_[i].num
               : 0;
  }

  // The longest candidate that starts at token i.
  bool MatchAt(std::size_t i, Candidate* best) const {
    bool found = false;
    auto consider = [&](Candidate&& c) {
      if (!found || c.size() > best->size()) *best = std::move(c), found = true;
    };
    Candidate c;
    if (ExplicitAt(i, &c)) consider(std::move(c));
    if (RangeAt(i, &c)) consider(std::move(c));
    if (RelativeAt(i, &c)) consider(std::move(c));
    // "الثلاثاء 10 أغسطس 2015", "يوم الثلاثاء الموافق 10 أغسطس": the weekday belongs to the explicit date.
    std::size_t j = i;
    if (Has(j, kYom)) ++j;
    if (Has(j, kWeekday)) {
      ++j;
      if (IsComma(j)) ++j;
      if (Has(j, kMuwafiq)) ++j;
      if (ExplicitAt(j, &c) && c.first == j && c.mention.date.precision() == DatePrecision::kDay) {
        c.first = i;
        consider(std::move(c));
      }
    }
    return found;
  }

  // ------------------------------------------------------------------------------------------------------
  // Pieces.

  // A month name at i (one or two words, or two namings of the same month: "أكتوبر/تشرين الأول",
  // "أكتوبر (تشرين الأول)"). Returns the index after it, 0 if none.
  std::size_t ParseMonth(std::size_t i, MonthName* m, bool allow_second_name = true) const {
    *m = {};
    if (i >= size() || !toks_[i].entry) return 0;
    const Entry& e = E(i);
    std::size_t end = 0;
    if (e.flags & kGregMonth) {
      *m = {kGregorian, e.greg_month};
      end = i + 1;
    } else if (e.flags & kHijriMonth) {
      *m = {kHijri, e.hijri_month};
      end = i + 1;
    } else if ((e.flags & kMonthHead) && i + 1 < size() && toks_[i + 1].entry) {
      const std::uint64_t f = E(i + 1).flags;
      const bool first = f & kOrd1, second = f & kOrd2;
      switch (e.head) {
        case 'k':  // كانون الثاني = January, كانون الأول = December
          if (first || second) *m = {kGregorian, first ? 12 : 1};
          break;
        case 't':  // تشرين الأول = October, تشرين الثاني = November
          if (first || second) *m = {kGregorian, first ? 10 : 11};
          break;
        case 'r':
          if (first || second) *m = {kHijri, first ? 3 : 4};
          break;
        case 'j':
          if (first || second) *m = {kHijri, first ? 5 : 6};
          break;
        case 'd':
          if (f & (kQaada | kHijja)) *m = {kHijri, (f & kQaada) ? 11 : 12};
          break;
        default:
          break;
      }
      if (m->month) end = i + 2;
    }
    if (!end || m->cal != kGregorian || !allow_second_name) return end;
    MonthName other;
    if (IsPunct(end, "/") || IsDash(end)) {
      if (std::size_t e2 = ParseMonth(end + 1, &other, false);
          e2 && other.cal == kGregorian && other.month == m->month)
        return e2;
    } else if (IsPunct(end, "(")) {
      if (std::size_t e2 = ParseMonth(end + 1, &other, false);
          e2 && other.cal == kGregorian && other.month == m->month && IsPunct(e2, ")"))
        return e2 + 1;
    }
    return end;
  }

  // A year number at i with its optional era marker. `month_cal` is the calendar of a preceding month name,
  // or -1 when there is none (then a Hijri marker makes it Hijri). Returns the index after it, 0 if none.
  std::size_t ParseYear(std::size_t i, int month_cal, Written* w, bool* marked) const {
    if (i >= size() || toks_[i].num < 0 || toks_[i].digits < 3 || toks_[i].digits > 4) return 0;
    const int year = toks_[i].num;
    const bool greg_mark = Has(i + 1, kGregMarker), hijri_mark = Has(i + 1, kHijriMarker);
    const bool hijri = month_cal == kHijri || (month_cal < 0 && hijri_mark);
    if (hijri) {
      if (greg_mark || year < 1 || year > 1600) return 0;
    } else if (hijri_mark || toks_[i].digits != 4 || year < 1000 || year > 2200) {
      return 0;
    }
    w->cal = hijri ? kHijri : kGregorian;
    w->year = year;
    *marked = greg_mark || hijri_mark;
    return i + 1 + (*marked ? 1 : 0);
  }

  // A numeric date token: 2024/3/12, 12/3/2024, 2015-07-21, 12.3.2024 (year first or last; day before
  // month, as Arabic writes it, unless only the other order is valid), with an optional era marker.
  std::size_t ParseNumericDate(std::size_t i, Written* w) const {
    int parts[3], lens[3];
    const std::size_t end = SplitNumericDate(i, parts, lens);
    if (!end) return 0;
    int y, m, d;
    if (lens[0] == 4 && lens[1] <= 2 && lens[2] <= 2) {
      y = parts[0], m = parts[1], d = parts[2];
    } else if (lens[2] == 4 && lens[0] <= 2 && lens[1] <= 2) {
      y = parts[2], m = parts[1], d = parts[0];
      if (m > 12 && d <= 12) std::swap(m, d);
    } else {
      return 0;
    }
    const bool greg_mark = Has(end, kGregMarker), hijri_mark = Has(end, kHijriMarker);
    // No newspaper writes a Gregorian day in the years 1300–1600 as digits; Saudi ones do write Hijri ones.
    const bool hijri = hijri_mark || (!greg_mark && y >= 1300 && y <= 1600);
    if (m < 1 || m > 12 || d < 1 || d > (hijri ? 30 : 31)) return 0;
    if (!hijri && (y < 1000 || y > 2200)) return 0;
    *w = {hijri ? kHijri : kGregorian, y, m, d};
    return end + (greg_mark || hijri_mark ? 1 : 0);
  }

  // The three numbers of a numeric date, from one token ("2024/3/12") or five ("11 / 7 / 1436", as some
  // agencies space them). Returns the index after it, 0 if none.
  std::size_t SplitNumericDate(std::size_t i, int parts[3], int lens[3]) const {
    if (i >= size() || toks_[i].token->type == TokenType::kArabic) return 0;
    if (toks_[i].num >= 0) {
      if (i + 4 >= size() || toks_[i + 2].num < 0 || toks_[i + 4].num < 0) return 0;
      const std::string& sep = toks_[i + 1].token->norm;
      if ((sep != "/" && sep != "-" && sep != ".") || !IsPunct(i + 1, sep) || !IsPunct(i + 3, sep)) return 0;
      for (int k = 0; k < 3; ++k) parts[k] = toks_[i + 2 * k].num, lens[k] = toks_[i + 2 * k].digits;
      return i + 5;
    }
    const std::string& s = toks_[i].token->norm;
    int n = 0;
    char sep = 0;
    for (std::size_t k = 0; k < s.size();) {
      if (n == 3) return 0;
      int v = 0, len = 0;
      while (k < s.size() && s[k] >= '0' && s[k] <= '9' && len < 5) v = v * 10 + (s[k++] - '0'), ++len;
      if (len == 0) return 0;
      parts[n] = v, lens[n++] = len;
      if (k == s.size()) break;
      if ((s[k] != '/' && s[k] != '-' && s[k] != '.') || (sep && s[k] != sep)) return 0;
      sep = s[k++];
      if (k == s.size()) return 0;
    }
    return n == 3 ? i + 1 : 0;
  }

  // Day [من] [شهر] Month [Year] — the year may be missing. Returns the index after it, 0 if none.
  // A day of the month said as an ordinal, before من and the month (السابع من فبراير، الحادي عشر من
  // سبتمبر، الثاني والعشرين من مارس): its number and the token after it, or 0.
  int OrdinalDay(std::size_t i, std::size_t* end) const {
    static const std::unordered_map<std::string_view, int> units = {
        {"الاول", 1},   {"الحادي", 1},   {"الثاني", 2},   {"الثالث", 3}, {"الرابع", 4},
        {"الخامس", 5},  {"السادس", 6},   {"السابع", 7},   {"الثامن", 8}, {"التاسع", 9},
        {"العاشر", 10}, {"العشرين", 20}, {"الثلاثين", 30}};
    if (i >= size()) return 0;
    const auto unit = units.find(toks_[i].token->norm);
    if (unit == units.end()) return 0;
    const std::string_view next = i + 1 < size() ? std::string_view(toks_[i + 1].token->norm) : "";
    int day = unit->second;
    *end = i + 1;
    if (day < 10 && next == "عشر") {
      day += 10;
      *end = i + 2;
    } else if (day < 10 && (next == "والعشرين" || next == "والثلاثين")) {
      day += next == "والعشرين" ? 20 : 30;
      *end = i + 2;
    } else if (unit->first == "الحادي") {
      return 0;  // (الحادي alone is no day)
    }
    return day <= 31 ? day : 0;
  }

  std::size_t ParseDayMonth(std::size_t i, Written* w) const {
    int d = Day(i);
    std::size_t j = i + 1;
    if (!d) {
      d = OrdinalDay(i, &j);
      if (!d || !Has(j, kMin)) return 0;  // (an ordinal is a day only before من: "the seventh of")
      // (Not a name made of a date: مدينة العاشر من رمضان، جسر السادس من أكتوبر، حرب السادس من أكتوبر.)
      static const std::unordered_set<std::string_view> named = {"مدينة", "بمدينة", "جسر",  "كوبري",
                                                                 "حرب",   "محور",   "شارع", "ميدان"};
      if (i > 0 && named.count(toks_[i - 1].token->norm)) return 0;
    }
    if (Has(j, kMin)) ++j;
    if (Has(j, kShahr)) ++j;
    MonthName m;
    std::size_t k = ParseMonth(j, &m);
    if (!k) return 0;
    *w = {m.cal, 0, m.month, d};
    bool marked;
    if (std::size_t e = ParseYear(k, m.cal, w, &marked)) {
      k = e;
    } else if (Has(k, kPast | kNext)) {  // "10 أكتوبر الماضي"
      w->direction = Has(k, kPast) ? -1 : 1;
      ++k;
    } else if (Has(k, kCurrent)) {  // "السابع من فبراير الجاري": this year's
      ++k;
    }
    return k;
  }

  // Any explicit (non-relative) date starting at token i; dual datelines included.
  bool ExplicitAt(std::size_t i, Candidate* c) const {
    Written w;
    std::size_t first = i;
    std::size_t end = ParseWritten(i, &w, &first);
    if (!end) return false;
    // The Saudi dateline: "25 شوال 1436 هـ الموافق 10 اغسطس 2015 م", either order, or the second reading in
    // brackets.
    if (w.day) {
      std::size_t k = end;
      if (IsComma(k) || IsDash(k)) ++k;
      bool bracket = false;
      if (Has(k, kMuwafiq)) {
        ++k;
        if (Has(k, kLam)) ++k;
      } else if (IsPunct(k, "(")) {
        bracket = true;
        ++k;
      } else {
        k = 0;
      }
      Written other;
      std::size_t other_first = k;
      std::size_t other_end = k ? ParseWritten(k, &other, &other_first) : 0;
      if (other_end && other.day && other.cal != w.cal && other_first == k &&
          (!bracket || IsPunct(other_end, ")"))) {
        if (bracket) ++other_end;
        Written hijri = w.cal == kHijri ? w : other;
        Written greg = w.cal == kHijri ? other : w;
        // "27 شوال المقبل الموافق 12 أغسطس 2015": the other reading places it; المقبل only confirms.
        hijri.direction = greg.direction = 0;
        // A reading without a year takes it from the other reading, which is why one side is resolved first.
        DateMention gm, hm;
        const bool ok =
            greg.year == 0 && hijri.year != 0
                ? Resolve(hijri, ref_, &hm) && Resolve(greg, hm.date.valid() ? hm.date : ref_, &gm)
                : Resolve(greg, ref_, &gm) && Resolve(hijri, gm.date.valid() ? gm.date : ref_, &hm);
        if (ok) {
          DateMention m = gm;
          m.kind = "dual";
          m.hijri = true;
          m.relative = greg.year == 0 && hijri.year == 0;
          if (gm.date.valid() && hm.date.valid()) {
            const std::int64_t diff = DaysFromCivil(gm.date) - DaysFromCivil(hm.date);
            m.calendars_disagree = diff > 1 || diff < -1;
          } else if (!gm.date.valid() && hm.date.valid()) {
            m.date = m.end = hm.date;
            m.precision = DatePrecision::kDay;
          }
          SetFuture(&m, false);
          *c = {first, other_end, std::move(m)};
          return true;
        }
      }
    }
    DateMention m;
    if (!Resolve(w, ref_, &m)) return false;
    if (w.cal == kHijri) {
      m.kind = "hijri";
    } else {
      m.kind = w.day ? "absolute" : w.month ? "month" : "year";
    }
    SetFuture(&m, false);
    *c = {first, end, std::move(m)};
    return true;
  }

  // One written date at i (not a range, not dual). *first is where the quoted expression begins (after في).
  std::size_t ParseWritten(std::size_t i, Written* w, std::size_t* first) const {
    *first = i;
    *w = {};
    bool marked = false;
    if (std::size_t e = ParseNumericDate(i, w)) return e;
    if (std::size_t e = ParseDayMonth(i, w)) return e;
    // [شهر] Month Year: "أكتوبر 2022", "رمضان 1436 هـ".
    {
      const std::size_t j = Has(i, kShahr) ? i + 1 : i;
      MonthName m;
      if (std::size_t k = ParseMonth(j, &m)) {
        if (std::size_t e = ParseYear(k, m.cal, w, &marked)) {
          // A Hijri month name followed by a bare number is only a date when the number is marked or looks
          // like a Hijri year of the last century or so; "رجب 1200" is more likely something else.
          if (m.cal == kHijri && !marked && (w->year < 1300 || w->year > 1600)) return 0;
          w->month = m.month;
          return e;
        }
      }
    }
    // عام/العام/سنة 2024, لعام 1436 هـ.
    if (Has(i, kYearWord)) {
      if (std::size_t e = ParseYear(i + 1, -1, w, &marked)) return e;
    }
    // في 2024: the year alone (in 1900–2100; the quote starts at the year).
    if (Has(i, kFi) && i + 1 < size() && toks_[i + 1].digits == 4 && toks_[i + 1].num >= 1900 &&
        toks_[i + 1].num <= 2100) {
      if (std::size_t e = ParseYear(i + 1, -1, w, &marked)) {
        *first = i + 1;
        return e;
      }
    }
    // 2015 م, 1436 هـ. The one-letter markers are also abbreviations (م for متر: "2000 م"), so with them a
    // bare number must look like a recent year.
    if (std::size_t e = ParseYear(i, -1, w, &marked); e && marked) {
      const std::string& mark = toks_[i + 1].token->norm;
      if (mark == "م" && (w->year < 1900 || w->year > 2100)) return 0;
      if (mark == "ه" && (w->year < 1300 || w->year > 1600)) return 0;
      return e;
    }
    return 0;
  }

  // "من 10 إلى 12 مارس 2024", "بين 10 و12 مارس", "10-12 مارس", "من 28 فبراير إلى 2 مارس 2024".
  bool RangeAt(std::size_t i, Candidate* c) const {
    std::size_t j = i;
    const bool from = Has(j, kMin), between = Has(j, kBetween);
    if (from || between) ++j;
    Written start, end_date;
    std::size_t k;
    int d1, d2;
    if (DayPair(j, &d1, &d2)) {
      // "10-12 مارس": the tokenizer keeps "10-12" as one number.
      MonthName m;
      k = ParseMonth(j + 1, &m);
      if (!k) return false;
      start = {m.cal, 0, m.month, d1};
      end_date = {m.cal, 0, m.month, d2};
      bool marked;
      if (std::size_t e = ParseYear(k, m.cal, &end_date, &marked)) k = e;
      start.year = end_date.year;
    } else {
      std::size_t s_end = ParseNumericDate(j, &start);
      if (!s_end) s_end = ParseDayMonth(j, &start);
      if (!s_end) {
        start = {};
        start.day = Day(j);
        if (!start.day) return false;
        s_end = j + 1;
      }
      k = s_end;
      if (Has(k, kTo) || IsDash(k) || (between && Has(k, kAnd))) {
        ++k;
      } else {
        return false;
      }
      std::size_t e = ParseNumericDate(k, &end_date);
      if (!e) e = ParseDayMonth(k, &end_date);
      if (!e) return false;
      k = e;
      if (start.month == 0) {
        start.cal = end_date.cal;
        start.month = end_date.month;
        // "من 28 إلى 2 مارس": the start is in the month before.
        if (start.day > end_date.day && --start.month == 0) {
          start.month = 12;
          if (end_date.year) start.year = end_date.year - 1;
        }
      }
      if (start.cal != end_date.cal) return false;
      if (start.year == 0 && end_date.year) {
        start.year = end_date.year;
        if (start.month > end_date.month) --start.year;  // "من 28 ديسمبر إلى 2 يناير 2024"
      } else if (end_date.year == 0 && start.year) {
        end_date.year = start.year;
        if (start.month > end_date.month) ++end_date.year;
      }
    }
    // A start without a year takes the one that puts it nearest the end (so just before it).
    DateMention a, b;
    if (!Resolve(end_date, ref_, &b)) return false;
    if (!Resolve(start, b.date.valid() ? b.date : ref_, &a)) return false;
    if (a.date.valid() && b.date.valid() && DaysFromCivil(a.date) > DaysFromCivil(b.end)) return false;
    DateMention m = a;
    m.kind = "range";
    m.end = b.end;
    m.relative = a.relative || b.relative;
    m.hijri = end_date.cal == kHijri;
    m.precision = a.date.valid() && b.date.valid() ? DatePrecision::kDay : DatePrecision::kNone;
    SetFuture(&m, false);
    *c = {i, k, std::move(m)};
    return true;
  }

  // "10-12": two days of the month in one number token, the first before the second.
  bool DayPair(std::size_t j, int* d1, int* d2) const {
    if (j >= size() || toks_[j].token->type == TokenType::kArabic) return false;
    const std::string& s = toks_[j].token->norm;
    const std::size_t dash = s.find('-');
    if (dash == std::string::npos || dash == 0 || dash > 2 || s.size() <= dash + 1 ||
        s.size() - dash - 1 > 2 ||
        !std::all_of(s.begin(), s.end(), [](char ch) { return ch == '-' || (ch >= '0' && ch <= '9'); }) ||
        s.find('-', dash + 1) != std::string::npos)
      return false;
    *d1 = std::stoi(s.substr(0, dash));
    *d2 = std::stoi(s.substr(dash + 1));
    return *d1 >= 1 && *d2 <= 31 && *d1 < *d2;
  }

  // ------------------------------------------------------------------------------------------------------
  // Relative expressions.

  bool RelativeAt(std::size_t i, Candidate* c) const {
    std::size_t j = i;
    const bool timed = Has(j, kTimeOfDay);  // صباح اليوم, مساء أمس
    if (timed) ++j;
    const bool yom = Has(j, kYom);  // يوم أمس, يوم الثلاثاء
    if (yom) ++j;
    DateMention m;
    m.kind = "relative";
    m.relative = true;
    auto day = [&](int offset, std::size_t end) {
      if (ref_.valid()) {
        m.date = m.end = AddDays(ref_, offset);
        m.precision = DatePrecision::kDay;
      }
      SetFuture(&m, offset > 0);
      *c = {i, end, std::move(m)};
      return true;
    };
    // The weekday named at w, resolved in `mode`; the quote ends at `end`.
    auto weekday = [&](std::size_t w, WeekdayMode mode, std::size_t end) {
      if (ref_.valid()) {
        m.date = m.end = ResolveWeekday(ref_, E(w).weekday, mode);
        m.precision = DatePrecision::kDay;
      }
      SetFuture(&m, mode == WeekdayMode::kAfter);
      *c = {i, end, std::move(m)};
      return true;
    };
    if (Has(j, kWeekday) && !(j > 0 && Has(j - 1, kNotWeekday))) {
      if (Has(j + 1, kPast)) return weekday(j, WeekdayMode::kBefore, j + 2);
      if (Has(j + 1, kNext)) return weekday(j, WeekdayMode::kAfter, j + 2);
      // (So is one after يوم: على أن يختتم جولته يوم الجمعة.)
      m.bare_weekday = i == j || (j == i + 1 && Has(i, kYom));
      return weekday(j, WeekdayMode::kOnOrBefore, j + 1);
    }
    // A day word: its offset from the reference, and how a weekday named after it is resolved.
    int offset = 0;
    WeekdayMode mode = WeekdayMode::kOnOrBefore;
    std::size_t end = 0;
    if (Has(j, kToday) && !yom && IsToday(j)) {
      end = j + 1;
    } else if (Has(j, kYesterday)) {
      offset = Has(j + 1, kOrd1) ? -2 : -1;  // أمس الأول
      mode = WeekdayMode::kBefore;
      end = j + (offset == -2 ? 2 : 1);
    } else if (Has(j, kFirst)) {  // أول أمس, أول من أمس
      std::size_t k = j + 1;
      if (Has(k, kMin)) ++k;
      if (Has(k, kYesterday)) offset = -2, mode = WeekdayMode::kBefore, end = k + 1;
    } else if ((Has(j, kTomorrow) && !(j > 0 && Has(j - 1, kNamedAfter)) && !NamedTomorrow(j)) ||
               ((timed || yom) && Has(j, kTomorrowBare))) {
      offset = 1, mode = WeekdayMode::kAfter, end = j + 1;
    } else if (Has(j, kAfter) && Has(j + 1, kTomorrow | kTomorrowBare)) {  // بعد غد
      offset = 2, mode = WeekdayMode::kAfter, end = j + 2;
    }
    if (end) {
      // "اليوم الثلاثاء", "أمس (الاثنين)": the named weekday wins when the two disagree.
      if (Has(end, kWeekday)) return weekday(end, mode, end + 1);
      if (IsPunct(end, "(") && Has(end + 1, kWeekday) && IsPunct(end + 2, ")"))
        return weekday(end + 1, mode, end + 3);
      return day(offset, end);
    }
    if (timed || yom) return false;
    return PeriodAt(i, c);
  }

  // Whether اليوم at i means today, not "the day": not في اليوم / باليوم ("per day"), طوال اليوم, في مثل هذا
  // اليوم, اليوم التالي, nor the newspaper «اليوم».
  bool IsToday(std::size_t i) const {
    std::string_view norm = toks_[i].token->norm;
    if (norm.starts_with("و") || norm.starts_with("ف")) norm.remove_prefix(2);
    if (norm != "اليوم") return false;
    if (Has(i + 1, kNotToday) || (i > 0 && Has(i - 1, kNotTodayBefore))) return false;
    const bool quoted_before = IsPunct(i - 1, "«") || IsPunct(i - 1, "\"") || IsPunct(i - 1, "“");
    const bool quoted_after = IsPunct(i + 1, "»") || IsPunct(i + 1, "\"") || IsPunct(i + 1, "”");
    return !(i > 0 && quoted_before && quoted_after);
  }

  // الأسبوع/الشهر/العام الماضي/المقبل/الجاري, هذا العام, أكتوبر الماضي, رمضان المقبل, شهر رمضان.
  bool PeriodAt(std::size_t i, Candidate* c) const {
    DateMention m;
    m.kind = "relative";
    m.relative = true;
    std::size_t noun = i, end;
    int shift;  // -1 past, +1 next, 0 current
    if (Has(i, kThis) && Has(i + 1, kWeekNoun | kMonthNoun | kYearNoun)) {
      noun = i + 1, end = i + 2, shift = 0;
    } else if (Has(i, kWeekNoun | kMonthNoun | kYearNoun) && Has(i + 1, kPast | kNext | kCurrent)) {
      // الأمين العام الحالي is a person, not a year.
      if (Has(i, kYearNoun) && i > 0 && Has(i - 1, kTitleNoun)) return false;
      end = i + 2;
      shift = Has(i + 1, kPast) ? -1 : Has(i + 1, kNext) ? 1 : 0;
      // "العام الماضي 2014م": the written year says it all.
      Written w;
      bool marked;
      if (std::size_t e = Has(i, kYearNoun) ? ParseYear(end, -1, &w, &marked) : 0;
          e && Resolve(w, ref_, &m)) {
        m.kind = w.cal == kHijri ? "hijri" : "year";
        SetFuture(&m, false);
        *c = {i, e, std::move(m)};
        return true;
      }
    } else {
      return NamedMonthAt(i, c);
    }
    if (Has(noun, kWeekNoun)) {
      // A week is not a resolvable day: flag it, give no date.
      m.future = shift > 0;
    } else if (ref_.valid()) {
      if (Has(noun, kMonthNoun)) {
        int months = ref_.year * 12 + (ref_.month - 1) + shift;
        m.date = m.end = {months / 12, months % 12 + 1, 0};
      } else {
        m.date = m.end = {ref_.year + shift, 0, 0};
      }
      m.precision = m.date.precision();
    }
    SetFuture(&m, shift > 0);
    *c = {i, end, std::move(m)};
    return true;
  }

  // A month named without a year: "أكتوبر الماضي", "رمضان المقبل", "شهر رمضان" (the nearest one).
  bool NamedMonthAt(std::size_t i, Candidate* c) const {
    const bool shahr = Has(i, kShahr);
    MonthName mn;
    std::size_t end = ParseMonth(shahr ? i + 1 : i, &mn);
    if (!end) return false;
    int shift = 2;  // 2: nearest
    if (Has(end, kPast)) {
      shift = -1, ++end;
    } else if (Has(end, kNext)) {
      shift = 1, ++end;
    } else if (Has(end, kCurrent)) {
      shift = 0, ++end;
    } else if (!shahr) {
      return false;  // a bare month name is too often an ordinary word
    }
    DateMention m;
    m.kind = "relative";
    m.relative = true;
    m.hijri = mn.cal == kHijri;
    if (ref_.valid()) {
      int ry = ref_.year, rm = ref_.month, rd;
      if (mn.cal == kHijri && !IcuCalendars::Get().GregorianToHijri(ref_, &ry, &rm, &rd)) return false;
      int year = ry;
      if (shift == -1) {
        year = mn.month < rm ? ry : ry - 1;
      } else if (shift == 1) {
        year = mn.month > rm ? ry : ry + 1;
      } else if (shift == 2) {
        int best = 1 << 30;
        for (int y = ry - 1; y <= ry + 1; ++y) {
          const int dist = std::abs((y - ry) * 12 + mn.month - rm);
          if (dist < best) best = dist, year = y;
        }
      }
      if (!Resolve({mn.cal, year, mn.month, 0}, ref_, &m)) return false;
      m.kind = "relative";
      m.relative = true;
    }
    SetFuture(&m, shift == 1);
    *c = {i, end, std::move(m)};
    return true;
  }

  // ------------------------------------------------------------------------------------------------------
  // Resolution.

  // Fills date, end, precision, hijri and relative of *m from a written date. `anchor` supplies the year when
  // none was written (the nearest one). False when the date does not exist (31 فبراير, 30 of a 29-day month).
  bool Resolve(const Written& w, const CivilDate& anchor, DateMention* m) const {
    m->hijri = w.cal == kHijri;
    int year = w.year;
    if (year == 0) {
      m->relative = true;
      if (!anchor.valid()) {
        m->date = m->end = {};
        m->precision = DatePrecision::kNone;
        return w.month >= 1 && w.month <= 12 && w.day <= (w.cal == kHijri ? 30 : 31);
      }
      year = NearestYear(w, anchor);
      if (!year) return false;
    }
    if (w.cal == kGregorian) {
      if (w.day && !ValidDay(year, w.month, w.day)) return false;
      m->date = m->end = {year, w.month, w.day};
      m->precision = m->date.precision();
      return true;
    }
    IcuCalendars& icu = IcuCalendars::Get();
    if (w.day) {
      m->date = m->end = icu.HijriToGregorian(year, w.month, w.day);
      m->precision = DatePrecision::kDay;
      return m->date.valid();
    }
    // A Hijri month or year: its exact first and last Gregorian days.
    const int month = w.month ? w.month : 1;
    const int next_year = w.month && w.month < 12 ? year : year + 1;
    const int next_month = w.month && w.month < 12 ? w.month + 1 : 1;
    m->date = icu.HijriToGregorian(year, month, 1);
    const CivilDate next = icu.HijriToGregorian(next_year, next_month, 1);
    if (!m->date.valid() || !next.valid()) return false;
    m->end = AddDays(next, -1);
    m->precision = w.month ? DatePrecision::kMonth : DatePrecision::kYear;
    return true;
  }

  // The year (of w's calendar) that puts w nearest `anchor`, on the side w.direction asks for; 0 if none
  // makes a valid date.
  int NearestYear(const Written& w, const CivilDate& anchor) const {
    int base = anchor.year, hm, hd;
    if (w.cal == kHijri && !IcuCalendars::Get().GregorianToHijri(anchor, &base, &hm, &hd)) return 0;
    const std::int64_t a = DaysFromCivil(anchor);
    int best_year = 0;
    std::int64_t best = INT64_MAX;
    for (int y = base - 1; y <= base + 1; ++y) {
      CivilDate d;
      if (w.cal == kHijri) {
        d = IcuCalendars::Get().HijriToGregorian(y, w.month, w.day ? w.day : 1);
      } else if (!w.day || ValidDay(y, w.month, w.day)) {
        d = {y, w.month, w.day ? w.day : 1};
      }
      if (!d.valid()) continue;
      const std::int64_t diff = DaysFromCivil(d) - a;
      if ((w.direction < 0 && diff >= 0) || (w.direction > 0 && diff <= 0)) continue;
      const std::int64_t dist = std::abs(diff);
      if (dist < best) best = dist, best_year = y;
    }
    return best_year;
  }

  // future: the date starts after the reference; without a usable date, what the words say.
  void SetFuture(DateMention* m, bool forward_words) const {
    m->future = m->date.valid() && ref_.valid() ? StartsAfter(m->date, ref_) : forward_words;
  }

  CivilDate ref_;
  std::vector<Tok> toks_;
};

}  // namespace

CivilDate PublicationDay(const Article& article) {
  const CivilDate scraped = ParseIsoDate(article.date);
  auto plausible = [&](const CivilDate& d) {
    if (!d.valid()) return false;
    if (!scraped.valid()) return true;
    const std::int64_t lag = DaysFromCivil(scraped) - DaysFromCivil(d);
    return lag >= 0 && lag <= 7;
  };
  // 20150720 as one path part, or 2015/07/20 as three.
  const std::string_view url = article.url;
  for (std::size_t i = 0; i + 8 <= url.size(); ++i) {
    if (i > 0 && url[i - 1] != '/') continue;
    const CivilDate d = ParseIsoDate(url.substr(i, 10 <= url.size() - i ? 10 : url.size() - i));
    if (plausible(d)) return d;
  }
  return scraped;
}

std::vector<DateMention> FindDates(std::string_view text, const std::vector<Sentence>& sentences,
                                   const CivilDate& reference) {
  std::vector<DateMention> out;
  for (const Sentence& s : sentences) SentenceMatcher(text, s.tokens, reference).Run(&out);
  std::stable_sort(out.begin(), out.end(),
                   [](const DateMention& a, const DateMention& b) { return a.span.begin < b.span.begin; });
  return out;
}

CivilDate DaysAfter(const CivilDate& day, int days) { return AddDays(day, days); }

}  // namespace marsad
