// JSON Lines form of an event (marsad code): GDELT-like fields plus the evidence — the trigger and the
// sentence of every mention, with byte offsets into the article's text.
#include <cstdio>
#include <string_view>
#include <unordered_set>

#include "base/json_writer.h"
#include "marsad/events.h"

namespace marsad {
namespace {

void Parties(JsonWriter& w, std::string_view key, const std::vector<EventParty>& parties) {
  w.Key(key);
  w.Begin('[');
  for (const EventParty& p : parties) {
    w.Begin('{');
    w.Field("text", p.text);
    w.Field("name", p.name);
    w.Key("country");
    if (p.country.empty()) {
      w.Null();
    } else {
      w.String(p.country);
    }
    const bool manual = IsManualOrganisation(p.org);
    w.Field("org", manual ? p.org : std::string());
    w.Field("sector", p.sector);
    if (!p.org.empty() && !manual) w.Field("group", p.org);
    w.End('}');
  }
  w.End(']');
}

std::string Number(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", x);
  return buf;
}

}  // namespace

bool IsManualOrganisation(std::string_view org) {
  static const std::unordered_set<std::string_view> orgs = {"UN",    "LAS", "GCC", "OIC",    "EU",   "CICA",
                                                            "HAMAS", "HZB", "PKK", "HOUTHI", "ISIL", "SLC"};
  return orgs.count(org) > 0;
}

std::string EventToJson(const Article& a, const Event& e) {
  std::string out;
  JsonWriter w(out);
  w.Begin('{');
  w.Field("id", e.id);
  w.Field("article_id", e.article_id);
  if (!e.url.empty()) w.Field("url", e.url);
  if (!e.source.empty()) w.Field("source", e.source);
  w.Field("date", e.date);
  w.Field("date_precision", DatePrecisionName(e.date_precision));
  w.Field("date_source", e.date_source);
  w.Field("category", e.category);
  w.Field("mode", e.mode);
  w.Field("context", e.context);
  w.Field("cameo", e.cameo);
  w.Key("goldstein");
  w.Raw(Number(e.goldstein));
  w.Field("quad_class", static_cast<std::size_t>(e.quad_class));
  Parties(w, "actor", e.actor);
  Parties(w, "recipient", e.recipient);
  w.Field("location", e.location);
  w.Field("modality", e.modality);
  w.Field("trigger", e.trigger);
  const EventMention first = e.mentions.empty() ? EventMention{} : e.mentions.front();
  w.Key("sentence");
  w.Begin('{');
  w.Field("begin", first.sentence_span.begin);
  w.Field("end", first.sentence_span.end);
  w.Field("text", a.View(first.sentence_span));
  w.End('}');
  w.Key("mentions");
  w.Begin('[');
  for (const EventMention& m : e.mentions) {
    w.Begin('{');
    w.Field("trigger", a.View(m.trigger_span));
    w.Field("trigger_span", m.trigger_span);
    w.Field("sentence_span", m.sentence_span);
    w.End('}');
  }
  w.End(']');
  w.Key("confidence");
  w.Raw(Number(e.confidence));
  w.Field("pattern", e.pattern);
  w.End('}');
  return out;
}

}  // namespace marsad
