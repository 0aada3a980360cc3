// JSON form of an article's entities (marsad entities --json): mentions with offsets and codes, the entities
// they resolve to, dates, and the author kept apart from the actors.
#include "base/json_writer.h"
#include "marsad/entities.h"

namespace marsad {
namespace {

void StringOrNull(JsonWriter& w, std::string_view key, const std::string& value) {
  w.Key(key);
  if (value.empty()) {
    w.Null();
  } else {
    w.String(value);
  }
}

}  // namespace

std::string EntitiesToJson(const Article& a, const std::vector<Sentence>& sentences, const EntityResult& r) {
  std::string out;
  JsonWriter w(out);
  w.Begin('{');
  w.Field("id", a.id);
  w.Field("origin", a.origin);
  w.Field("url", a.url);
  w.Field("source", a.source);
  w.Field("date", a.date);
  w.Field("title", a.title());
  w.Key("author");
  w.Begin('{');
  w.Field("name", r.author);
  w.Field("span", r.author_span);
  w.End('}');
  w.Key("mentions");
  w.Begin('[');
  for (const Mention& m : r.mentions) {
    w.Begin('{');
    w.Field("type", MentionTypeName(m.type));
    w.Field("text", a.View(m.span));
    w.Field("span", m.span);
    if (!m.role_span.empty()) {
      w.Field("role_text", a.View(m.role_span));
      w.Field("role_span", m.role_span);
    }
    if (!m.name_span.empty()) {
      w.Field("name", a.View(m.name_span));
      w.Field("name_span", m.name_span);
    }
    const Entity* e = m.entity >= 0 ? &r.entities[m.entity] : nullptr;
    StringOrNull(w, "country", e ? e->country : m.country);
    w.Field("org", e ? e->org : m.org);
    w.Field("sector", e ? e->sector : m.sector);
    w.Field("role", m.role.empty() && e ? e->role : m.role);
    w.Field("canonical", e && !e->canonical.empty() ? e->canonical : m.canonical);
    w.Key("entity");
    if (m.entity >= 0) {
      w.Number(static_cast<std::size_t>(m.entity));
    } else {
      w.Null();
    }
    if (!m.members.empty()) {
      w.Key("members");
      w.Begin('[');
      for (int id : m.members) w.Number(static_cast<std::size_t>(id));
      w.End(']');
    }
    w.Field("sentence", static_cast<std::size_t>(m.sentence));
    w.Field("how", m.how);
    w.End('}');
  }
  w.End(']');
  w.Key("entities");
  w.Begin('[');
  for (std::size_t k = 0; k < r.entities.size(); ++k) {
    const Entity& e = r.entities[k];
    w.Begin('{');
    w.Field("id", k);
    w.Field("type", MentionTypeName(e.type));
    w.Field("name", e.name);
    w.Field("canonical", e.canonical);
    StringOrNull(w, "country", e.country);
    w.Field("org", e.org);
    w.Field("sector", e.sector);
    w.Field("role", e.role);
    w.Key("titles");
    w.Begin('[');
    for (const auto& t : e.titles) w.String(t);
    w.End(']');
    w.Field("mentions", e.mentions.size());
    w.End('}');
  }
  w.End(']');
  w.Key("dates");
  w.Begin('[');
  for (const DateMention& d : r.dates) {
    w.Begin('{');
    w.Field("text", a.View(d.span));
    w.Field("span", d.span);
    w.Field("date", d.date.ToString());
    if (!(d.end == d.date)) w.Field("end", d.end.ToString());
    w.Field("precision", DatePrecisionName(d.precision));
    w.Field("kind", d.kind);
    w.Field("relative", d.relative);
    w.Field("future", d.future);
    if (d.hijri) w.Field("hijri", true);
    if (d.calendars_disagree) w.Field("calendars_disagree", true);
    w.End('}');
  }
  w.End(']');
  w.Field("sentences", sentences.size());
  w.End('}');
  return out;
}

}  // namespace marsad
