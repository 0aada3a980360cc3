// Queries over a Marsad database: events (the happenings behind linked reports), reports (one event as coded
// from one article) and dyad time series.
//
// The contract. Every function reads only; the store may be written by another process meanwhile (WAL).
// Filters combine with AND; an empty field does not filter. A party code matches a party's key (its
// organisation, else country, else sector code), its country or its organisation, so `--actor KAZ` finds
// Kazakhstan's senate chairman as well as Kazakhstan, and `--actor CICA` the organisation. An event matches
// a filter on parties, source or dates when one of its reports does. Results are ordered by day, then id.
#ifndef MARSAD_QUERY_H_
#define MARSAD_QUERY_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "marsad/status.h"
#include "marsad/store.h"

namespace marsad {

struct EventFilter {
  std::string from, to;    // YYYY-MM-DD, inclusive
  std::string source;      // outlet as stored (articles.source)
  std::string actor;       // party code: KAZ, CICA, GOV …
  std::string recipient;   // party code
  std::string category;    // PLOVER category: CONSULT, AGREE …
  std::string modality;    // asserted, future …; "" = any
  std::int64_t limit = 0;  // 0 = no limit
};

struct ReportRow {
  std::string id, event, article_id, url, source, title;
  std::string date, date_precision, category, mode, cameo, actor, recipient, location, modality, trigger;
  double goldstein = 0, confidence = 0;
  int quad_class = 0;
  std::string record;  // the report as marsad code's JSON object
};

struct EventRow {
  std::string id, category, mode, cameo, actor, recipient, location, first_day, last_day;
  double goldstein = 0;
  int quad_class = 0;
  std::int64_t reports = 0, articles = 0, sources = 0;
  std::vector<ReportRow> report_rows;  // filled when asked for
};

// Streams matching events to `on_event` (false stops). With `with_reports`, each carries its reports.
Status QueryEvents(Store& store, const EventFilter& filter, bool with_reports,
                   const std::function<bool(const EventRow&)>& on_event);

// Streams matching reports.
Status QueryReports(Store& store, const EventFilter& filter,
                    const std::function<bool(const ReportRow&)>& on_report);

enum class SeriesPeriod { kDay, kWeek, kMonth };
bool ParseSeriesPeriod(const std::string& name, SeriesPeriod* period);  // "day", "week", "month"

// One period of a dyad's time series. Weeks start on Monday and are named by that day.
struct SeriesPoint {
  std::string period;  // 2015-07-06, 2015-07 …
  std::int64_t events = 0, reports = 0, articles = 0;
  double goldstein_sum = 0;
  std::int64_t quad[5] = {0, 0, 0, 0, 0};  // events by quad class 1..4 (verbal/material cooperation/conflict)
};

// Counts the matching events per period of their first day, every period from filter.from to filter.to
// present, zeros included. Without them the range is the corpus's: from a week before the first publication
// day to the last. Events without a day are left out and counted in *undated.
Status EventSeries(Store& store, const EventFilter& filter, SeriesPeriod period,
                   std::vector<SeriesPoint>* points, std::int64_t* undated);

}  // namespace marsad

#endif  // MARSAD_QUERY_H_
