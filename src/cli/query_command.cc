// marsad events / marsad series: read-only queries of a database written by marsad ingest.
#include "cli/query_command.h"

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "base/json_writer.h"
#include "cli/store_command.h"
#include "marsad/query.h"
#include "marsad/store.h"

namespace marsad {
namespace {

struct QueryFlags {
  std::string db, format = "jsonl", by = "week";
  EventFilter filter;
  bool reports = false;
};

void AddFilterOptions(CLI::App* app, QueryFlags* f) {
  app->add_option("--db", f->db, "Database file (default: $MARSAD_DB or marsad.db)");
  app->add_option("--from", f->filter.from, "First day, YYYY-MM-DD");
  app->add_option("--to", f->filter.to, "Last day, YYYY-MM-DD");
  app->add_option("--source", f->filter.source, "Only reports from this outlet");
  app->add_option("--actor", f->filter.actor,
                  "Actor code: a country (KAZ), an organisation (CICA) or a sector");
  app->add_option("--recipient", f->filter.recipient, "Recipient code, as --actor");
  app->add_option("--category", f->filter.category, "PLOVER category (CONSULT, AGREE, ASSAULT …)");
  app->add_option("--modality", f->filter.modality, "asserted, negated, future, hypothetical or historical");
}

bool OpenReadOnly(const QueryFlags& f, std::unique_ptr<Store>* store) {
  const std::string path = f.db.empty() ? DefaultDatabasePath() : f.db;
  if (Status s = Store::Open(path, StoreOptions{true}, store); !s.ok()) {
    std::fprintf(stderr, "marsad: %s (make one with marsad ingest)\n", s.ToString().c_str());
    return false;
  }
  return true;
}

// One table cell: CSV quotes fields with separators, quotes or line breaks; TSV has no quoting, so tabs and
// line breaks inside a field become spaces.
std::string Cell(std::string_view v, char separator) {
  std::string out;
  if (separator == '\t') {
    for (char c : v) out += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
    return out;
  }
  if (v.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(v);
  out += '"';
  for (char c : v) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string Row(const std::vector<std::string>& cells, char separator) {
  std::string out;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i) out += separator;
    out += Cell(cells[i], separator);
  }
  return out + "\n";
}

std::string Number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

const std::vector<std::string> kEventColumns = {
    "id",    "first_day", "last_day", "category",    "mode",         "cameo",       "goldstein", "quad_class",
    "actor", "recipient", "location", "num_reports", "num_articles", "num_sources", "urls"};
const std::vector<std::string> kReportColumns = {
    "id",      "event",      "article_id", "date",  "date_precision", "category", "mode",
    "cameo",   "goldstein",  "quad_class", "actor", "recipient",      "location", "modality",
    "trigger", "confidence", "source",     "url",   "title"};

std::vector<std::string> ReportCells(const ReportRow& r) {
  return {r.id,
          r.event,
          r.article_id,
          r.date,
          r.date_precision,
          r.category,
          r.mode,
          r.cameo,
          Number(r.goldstein),
          std::to_string(r.quad_class),
          r.actor,
          r.recipient,
          r.location,
          r.modality,
          r.trigger,
          Number(r.confidence),
          r.source,
          r.url,
          r.title};
}

std::string EventJson(const EventRow& e) {
  std::string out;
  JsonWriter w(out);
  w.Begin('{');
  w.Field("id", e.id);
  w.Field("first_day", e.first_day);
  w.Field("last_day", e.last_day);
  w.Field("category", e.category);
  w.Field("mode", e.mode);
  w.Field("cameo", e.cameo);
  w.Key("goldstein");
  w.Raw(Number(e.goldstein));
  w.Field("quad_class", static_cast<std::size_t>(e.quad_class));
  w.Field("actor", e.actor);
  w.Field("recipient", e.recipient);
  w.Field("location", e.location);
  w.Field("num_reports", static_cast<std::size_t>(e.reports));
  w.Field("num_articles", static_cast<std::size_t>(e.articles));
  w.Field("num_sources", static_cast<std::size_t>(e.sources));
  w.Key("reports");
  w.Begin('[');
  for (const ReportRow& r : e.report_rows) {
    w.Begin('{');
    w.Field("id", r.id);
    w.Field("article_id", r.article_id);
    w.Field("source", r.source);
    w.Field("url", r.url);
    w.Field("title", r.title);
    w.Field("date", r.date);
    w.Field("modality", r.modality);
    w.Field("trigger", r.trigger);
    w.End('}');
  }
  w.End(']');
  w.End('}');
  return out + "\n";
}

int RunEvents(const QueryFlags& f) {
  std::unique_ptr<Store> store;
  if (!OpenReadOnly(f, &store)) return 2;
  const char separator = f.format == "csv" ? ',' : '\t';
  const bool table = f.format != "jsonl";
  std::string out;
  auto flush = [&](bool force) {
    if (force || out.size() > (1u << 20)) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
  };
  Status s;
  if (f.reports) {
    if (table) out += Row(kReportColumns, separator);
    s = QueryReports(*store, f.filter, [&](const ReportRow& r) {
      if (table) {
        out += Row(ReportCells(r), separator);
      } else {
        // The stored record, with the event it was linked to.
        out += r.record.size() > 1 ? "{\"event\":\"" + r.event + "\"," + r.record.substr(1) : r.record;
        out += '\n';
      }
      flush(false);
      return true;
    });
  } else {
    if (table) out += Row(kEventColumns, separator);
    s = QueryEvents(*store, f.filter, true, [&](const EventRow& e) {
      if (table) {
        std::string urls;
        for (const ReportRow& r : e.report_rows) {
          if (!r.url.empty() && urls.find(r.url) == std::string::npos)
            urls += (urls.empty() ? "" : " ") + r.url;
        }
        out += Row({e.id, e.first_day, e.last_day, e.category, e.mode, e.cameo, Number(e.goldstein),
                    std::to_string(e.quad_class), e.actor, e.recipient, e.location, std::to_string(e.reports),
                    std::to_string(e.articles), std::to_string(e.sources), urls},
                   separator);
      } else {
        out += EventJson(e);
      }
      flush(false);
      return true;
    });
  }
  flush(true);
  if (!s.ok()) {
    std::fprintf(stderr, "marsad: %s\n", s.ToString().c_str());
    return 2;
  }
  return 0;
}

int RunSeries(const QueryFlags& f) {
  SeriesPeriod period;
  if (!ParseSeriesPeriod(f.by, &period)) return 2;
  std::unique_ptr<Store> store;
  if (!OpenReadOnly(f, &store)) return 2;
  std::vector<SeriesPoint> points;
  std::int64_t undated = 0;
  if (Status s = EventSeries(*store, f.filter, period, &points, &undated); !s.ok()) {
    std::fprintf(stderr, "marsad: %s\n", s.ToString().c_str());
    return 2;
  }
  const char separator = f.format == "csv" ? ',' : '\t';
  std::string out;
  if (f.format != "jsonl") {
    out += Row({"period", "events", "reports", "articles", "goldstein_sum", "goldstein_mean",
                "verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"},
               separator);
  }
  for (const SeriesPoint& p : points) {
    const double mean = p.events > 0 ? p.goldstein_sum / static_cast<double>(p.events) : 0;
    if (f.format == "jsonl") {
      JsonWriter w(out);
      w.Begin('{');
      w.Field("period", p.period);
      w.Field("events", static_cast<std::size_t>(p.events));
      w.Field("reports", static_cast<std::size_t>(p.reports));
      w.Field("articles", static_cast<std::size_t>(p.articles));
      w.Key("goldstein_sum");
      w.Raw(Number(p.goldstein_sum));
      w.Key("goldstein_mean");
      w.Raw(Number(mean));
      w.Field("verbal_cooperation", static_cast<std::size_t>(p.quad[1]));
      w.Field("material_cooperation", static_cast<std::size_t>(p.quad[2]));
      w.Field("verbal_conflict", static_cast<std::size_t>(p.quad[3]));
      w.Field("material_conflict", static_cast<std::size_t>(p.quad[4]));
      w.End('}');
      out += '\n';
    } else {
      out += Row({p.period, std::to_string(p.events), std::to_string(p.reports), std::to_string(p.articles),
                  Number(p.goldstein_sum), Number(mean), std::to_string(p.quad[1]), std::to_string(p.quad[2]),
                  std::to_string(p.quad[3]), std::to_string(p.quad[4])},
                 separator);
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  if (undated > 0)
    std::fprintf(stderr, "marsad: %lld matching event(s) without a day left out\n",
                 static_cast<long long>(undated));
  return 0;
}

}  // namespace

void AddEventQueryOptions(CLI::App* events, std::function<int()>* run) {
  auto flags = std::make_shared<QueryFlags>();
  AddFilterOptions(events, flags.get());
  events->add_option("--limit", flags->filter.limit, "At most this many rows");
  events->add_flag("--reports", flags->reports,
                   "One row per report (an event as coded from one article) instead of per event");
  events->add_option("--format", flags->format, "jsonl, csv or tsv")
      ->check(CLI::IsMember({"jsonl", "csv", "tsv"}))
      ->capture_default_str();
  events->callback([run, flags] {
    if (!*run) *run = [flags] { return RunEvents(*flags); };
  });
}

void AddSeriesCommand(CLI::App& app, std::function<int()>* run) {
  auto flags = std::make_shared<QueryFlags>();
  flags->format = "tsv";
  flags->filter.modality = "asserted";  // what happened; --modality future etc. for the rest
  CLI::App* series = app.add_subcommand(
      "series",
      "A dyad's time series from a database: events per day, week or month with summed Goldstein scores and "
      "counts per quad class (e.g. --actor KAZ --recipient CICA --by week)");
  AddFilterOptions(series, flags.get());
  series->add_option("--by", flags->by, "day, week (from Monday) or month")
      ->check(CLI::IsMember({"day", "week", "month"}))
      ->capture_default_str();
  series->add_option("--format", flags->format, "tsv, csv or jsonl")
      ->check(CLI::IsMember({"jsonl", "csv", "tsv"}))
      ->capture_default_str();
  series->callback([run, flags] { *run = [flags] { return RunSeries(*flags); }; });
}

}  // namespace marsad
