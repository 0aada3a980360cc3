// Dates in Arabic news: explicit, Hijri, relative; each resolved to a Gregorian date with its precision.
//
// News gives dates in many ways: "10 أغسطس 2015", "أكتوبر/تشرين الأول 2022", Maghrebi "10 جانفي", Hijri
// "25 شوال 1436 هـ" (converted with ICU's Umm al-Qura calendar), Arabic-Indic digits, ranges ("من 10 إلى 12
// مارس"), and relative expressions ("أمس", "اليوم", "الثلاثاء الماضي", "الشهر المقبل", "العام الماضي") that
// only mean something against the article's publication date. FindDates finds them in analysed sentences and
// resolves each, saying how precise the result is. A Saudi Press Agency dateline that gives both calendars
// ("25 شوال 1436 هـ الموافق 10 اغسطس 2015 م") becomes one mention whose two readings are checked against
// each other. Dates written without a year ("10 مارس") take the year nearest the reference and are marked
// relative.
#ifndef MARSAD_DATES_H_
#define MARSAD_DATES_H_

#include <string>
#include <string_view>
#include <vector>

#include "marsad/article.h"
#include "marsad/text.h"

namespace marsad {

enum class DatePrecision { kNone = 0, kYear, kMonth, kDay };
const char* DatePrecisionName(DatePrecision p);  // "none", "year", "month", "day"

// A proleptic Gregorian calendar date; month and day are 0 when not known.
struct CivilDate {
  int year = 0, month = 0, day = 0;
  bool valid() const { return year != 0; }
  DatePrecision precision() const;
  // "2015", "2015-08", "2015-08-10" according to what is known; "" when invalid.
  std::string ToString() const;
  friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

// Parses the leading date of "2015-07-21 02:51:32", "2015-07-21", "2015/07/21" or "20150721"; invalid
// otherwise.
CivilDate ParseIsoDate(std::string_view s);

// The day an article was published, against which its relative dates (أمس, الثلاثاء الماضي) resolve: a date
// written in its URL as an 8-digit path part (okaz's Issues/20150720/…, also /2015/07/20/) when it is no
// later than the article's date and at most a week before it; else the article's date (for scraped news, the
// day it was collected). (A dual Hijri/Gregorian dateline at the head of the body is found by FindDates.)
CivilDate PublicationDay(const Article& article);

// The day `days` days after (or, negative, before) a valid day.
CivilDate DaysAfter(const CivilDate& day, int days);

// Converts a date of the Umm al-Qura Hijri calendar (ICU "islamic-umalqura"); invalid if out of range.
CivilDate HijriToGregorian(int year, int month, int day);

struct DateMention {
  Span span;       // the whole expression, bytes of the analysed text
  CivilDate date;  // resolved start (or only) date
  CivilDate end;   // end of a range; equal to date otherwise, except for a Hijri month or year,
                   // where date and end are its exact first and last Gregorian days
  DatePrecision precision = DatePrecision::kNone;
  bool relative = false;  // resolved against the reference date (أمس, الثلاثاء الماضي …)
  bool hijri = false;     // written in the Hijri calendar
  bool future = false;    // points after the reference date (المقبل, غدا, القادم)
  bool bare_weekday =
      false;  // a weekday named alone (الاثنين), resolved to the last on or before the reference
  bool calendars_disagree = false;  // a dual Hijri/Gregorian expression whose readings differ by > 1 day
  std::string kind;                 // "absolute", "relative", "hijri", "dual", "range", "year", "month"
};

// Finds every date expression in `sentences` (offsets into `text`). `reference` is the article's
// publication date; when it is invalid, relative expressions are still reported, with precision kNone.
std::vector<DateMention> FindDates(std::string_view text, const std::vector<Sentence>& sentences,
                                   const CivilDate& reference);

}  // namespace marsad

#endif  // MARSAD_DATES_H_
