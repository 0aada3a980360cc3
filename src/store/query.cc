// Event, report and series queries: one SQL statement per query, filters as named parameters that are
// ignored when empty, so the statement text never depends on user input.
#include "marsad/query.h"

#include <cstdio>
#include <ctime>
#include <map>
#include <string>

#include "base/sqlite.h"
#include "marsad/dates.h"

namespace marsad {
namespace {

// The conditions a report must meet (reports r joined with articles a).
constexpr const char* kReportConditions =
    "(:source = '' OR a.source = :source) "
    "AND (:modality = '' OR r.modality = :modality) "
    "AND (:category = '' OR r.category = :category) "
    "AND (:actor = '' OR EXISTS (SELECT 1 FROM report_parties p WHERE p.report = r.id AND p.role = 'actor' "
    "     AND (p.key = :actor OR p.country = :actor OR p.org = :actor))) "
    "AND (:recipient = '' OR EXISTS (SELECT 1 FROM report_parties p WHERE p.report = r.id "
    "     AND p.role = 'recipient' AND (p.key = :recipient OR p.country = :recipient OR p.org = "
    ":recipient)))";

void BindFilter(Statement& q, const EventFilter& f) {
  q.BindNamed(":from", f.from)
      .BindNamed(":to", f.to)
      .BindNamed(":source", f.source)
      .BindNamed(":modality", f.modality)
      .BindNamed(":category", f.category)
      .BindNamed(":actor", f.actor)
      .BindNamed(":recipient", f.recipient);
  if (const int i = sqlite3_bind_parameter_index(q.get(), ":limit"); i > 0) {
    q.Bind(i, f.limit > 0 ? f.limit : std::int64_t{-1});
  }
}

constexpr const char* kReportColumns =
    "r.id, r.event, a.article_id, a.url, a.source, a.title, r.date, r.date_precision, r.category, r.mode, "
    "r.cameo, r.actor, r.recipient, r.location, r.modality, r.trigger, r.goldstein, r.confidence, "
    "r.quad_class, "
    "r.record";

ReportRow ReadReport(const Statement& q) {
  ReportRow r;
  r.id = q.Text(0);
  r.event = q.Text(1);
  r.article_id = q.Text(2);
  r.url = q.Text(3);
  r.source = q.Text(4);
  r.title = q.Text(5);
  r.date = q.Text(6);
  r.date_precision = q.Text(7);
  r.category = q.Text(8);
  r.mode = q.Text(9);
  r.cameo = q.Text(10);
  r.actor = q.Text(11);
  r.recipient = q.Text(12);
  r.location = q.Text(13);
  r.modality = q.Text(14);
  r.trigger = q.Text(15);
  r.goldstein = q.Double(16);
  r.confidence = q.Double(17);
  r.quad_class = static_cast<int>(q.Int(18));
  r.record = q.Text(19);
  return r;
}

// Days since 1970-01-01 of a YYYY-MM-DD date, and back.
long DayNumber(const std::string& day) {
  const CivilDate d = ParseIsoDate(day);
  std::tm tm{};
  tm.tm_year = d.year - 1900;
  tm.tm_mon = d.month - 1;
  tm.tm_mday = d.day;
  return static_cast<long>(timegm(&tm) / 86400);
}

std::string DayString(long number) {
  const std::time_t t = static_cast<std::time_t>(number) * 86400;
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
  return buf;
}

// The period a day falls in, and the period after a given one.
std::string PeriodOf(const std::string& day, SeriesPeriod period) {
  switch (period) {
    case SeriesPeriod::kDay:
      return day.substr(0, 10);
    case SeriesPeriod::kMonth:
      return day.substr(0, 7);
    case SeriesPeriod::kWeek: {
      const long n = DayNumber(day);
      const long weekday_from_monday = ((n % 7) + 7 + 3) % 7;  // 1970-01-01 was a Thursday
      return DayString(n - weekday_from_monday);
    }
  }
  return day;
}

std::string NextPeriod(const std::string& p, SeriesPeriod period) {
  if (period == SeriesPeriod::kMonth) {
    int year = std::stoi(p.substr(0, 4)), month = std::stoi(p.substr(5, 2)) + 1;
    if (month > 12) month = 1, ++year;
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
    return buf;
  }
  return DayString(DayNumber(p) + (period == SeriesPeriod::kWeek ? 7 : 1));
}

}  // namespace

Status QueryReports(Store& store, const EventFilter& filter,
                    const std::function<bool(const ReportRow&)>& on_report) {
  Statement q;
  const std::string sql =
      std::string("SELECT ") + kReportColumns + " FROM reports r JOIN articles a ON a.id = r.article WHERE " +
      kReportConditions +
      " AND (:from = '' OR r.date >= :from) AND (:to = '' OR substr(r.date, 1, 10) <= :to)"
      " ORDER BY r.date, r.id LIMIT :limit";
  if (Status s = q.Prepare(store.handle(), sql); !s.ok()) return s;
  BindFilter(q, filter);
  int rc;
  while ((rc = q.Step()) == SQLITE_ROW) {
    if (!on_report(ReadReport(q))) return Status::OK();
  }
  return rc == SQLITE_DONE ? Status::OK() : SqlError(store.handle(), "report query failed");
}

Status QueryEvents(Store& store, const EventFilter& filter, bool with_reports,
                   const std::function<bool(const EventRow&)>& on_event) {
  Statement q, reports;
  const std::string sql =
      std::string(
          "SELECT e.id, e.category, e.mode, e.cameo, e.actor, e.recipient, coalesce(e.first_day, ''), "
          "coalesce(e.last_day, ''), e.goldstein, e.quad_class, e.reports, e.articles, e.sources, e.location "
          "FROM events "
          "e "
          "WHERE (:from = '' OR e.last_day >= :from) AND (:to = '' OR e.first_day <= :to) "
          "AND EXISTS (SELECT 1 FROM reports r JOIN articles a ON a.id = r.article WHERE r.event = e.id "
          "AND ") +
      kReportConditions + ") ORDER BY e.first_day IS NULL, e.first_day, e.id LIMIT :limit";
  if (Status s = q.Prepare(store.handle(), sql); !s.ok()) return s;
  if (with_reports) {
    const std::string report_sql = std::string("SELECT ") + kReportColumns +
                                   " FROM reports r JOIN articles a ON a.id = r.article WHERE r.event = ?1"
                                   " ORDER BY r.date, a.id, r.id";
    if (Status s = reports.Prepare(store.handle(), report_sql); !s.ok()) return s;
  }
  BindFilter(q, filter);
  int rc;
  while ((rc = q.Step()) == SQLITE_ROW) {
    EventRow e;
    e.id = q.Text(0);
    e.category = q.Text(1);
    e.mode = q.Text(2);
    e.cameo = q.Text(3);
    e.actor = q.Text(4);
    e.recipient = q.Text(5);
    e.first_day = q.Text(6);
    e.last_day = q.Text(7);
    e.goldstein = q.Double(8);
    e.quad_class = static_cast<int>(q.Int(9));
    e.reports = q.Int(10);
    e.articles = q.Int(11);
    e.sources = q.Int(12);
    e.location = q.Text(13);
    if (with_reports) {
      reports.Bind(1, e.id);
      int report_rc;
      while ((report_rc = reports.Step()) == SQLITE_ROW) e.report_rows.push_back(ReadReport(reports));
      reports.Reset();
      if (report_rc != SQLITE_DONE) return SqlError(store.handle(), "report query failed");
    }
    if (!on_event(e)) return Status::OK();
  }
  return rc == SQLITE_DONE ? Status::OK() : SqlError(store.handle(), "event query failed");
}

bool ParseSeriesPeriod(const std::string& name, SeriesPeriod* period) {
  if (name == "day")
    *period = SeriesPeriod::kDay;
  else if (name == "week")
    *period = SeriesPeriod::kWeek;
  else if (name == "month")
    *period = SeriesPeriod::kMonth;
  else
    return false;
  return true;
}

Status EventSeries(Store& store, const EventFilter& filter, SeriesPeriod period,
                   std::vector<SeriesPoint>* points, std::int64_t* undated) {
  points->clear();
  *undated = 0;
  std::map<std::string, SeriesPoint> by_period;
  EventFilter all = filter;
  all.limit = 0;
  if (all.from.empty() || all.to.empty()) {
    // Without a range, the corpus's own: from a week before its first publication day to its last. Events
    // dated long before (history recalled in passing) would otherwise stretch the series over decades.
    Statement span;
    if (Status s = span.Prepare(store.handle(),
                                "SELECT coalesce(min(day), ''), coalesce(max(day), '') FROM articles");
        !s.ok()) {
      return s;
    }
    if (span.Step() == SQLITE_ROW && !span.Text(0).empty()) {
      if (all.from.empty()) all.from = DayString(DayNumber(span.Text(0)) - 7);
      if (all.to.empty()) all.to = span.Text(1);
    }
  }
  Status s = QueryEvents(store, all, false, [&](const EventRow& e) {
    if (e.first_day.size() < 10) {
      ++*undated;
      return true;
    }
    SeriesPoint& p = by_period[PeriodOf(e.first_day, period)];
    ++p.events;
    p.reports += e.reports;
    p.articles += e.articles;
    p.goldstein_sum += e.goldstein;
    if (e.quad_class >= 1 && e.quad_class <= 4) ++p.quad[e.quad_class];
    return true;
  });
  if (!s.ok()) return s;
  std::string first = all.from.size() >= 10 ? PeriodOf(all.from, period) : "";
  std::string last = all.to.size() >= 10 ? PeriodOf(all.to, period) : "";
  if (first.empty() && !by_period.empty()) first = by_period.begin()->first;
  if (last.empty() && !by_period.empty()) last = by_period.rbegin()->first;
  if (first.empty() || last.empty()) return Status::OK();
  for (std::string p = first; p <= last; p = NextPeriod(p, period)) {
    auto it = by_period.find(p);
    SeriesPoint point = it != by_period.end() ? it->second : SeriesPoint{};
    point.period = p;
    points->push_back(point);
  }
  return Status::OK();
}

}  // namespace marsad
