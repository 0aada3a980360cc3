// Output formats of marsad code besides JSON Lines, and the CAMEO codebook they read.
//
// tsv: a GDELT-style table. A header line, then one row per event, TAB-separated, in this order:
//   id              the event id (for cameo rows: the id with a suffix, see below)
//   article_id      the article's id
//   date            YYYY, YYYY-MM or YYYY-MM-DD; empty when unknown
//   date_precision  none, year, month or day
//   date_source     text (a date expression of the event's sentences) or publication (the article's day)
//   category        PLOVER category (CONSULT, AGREE …)
//   mode            PLOVER mode (visit, phone …) or empty
//   context         PLOVER context(s), '|'-separated, or empty
//   cameo           CAMEO code as text (leading zero kept: 043)
//   goldstein       Goldstein score, two decimals
//   quad_class      1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
//   actor           the actor mention(s) as written
//   actor_name      the person's name, if any
//   actor_country   ISO alpha-3
//   actor_org       organisation code
//   actor_sector    sector code (GOV, LEG, IGO …)
//   recipient …     recipient, recipient_name, recipient_country, recipient_org, recipient_sector: the
//                   same for the recipient
//   location        where (a place named with في in the sentence), or empty
//   modality        asserted, negated, future, hypothetical or historical
//   trigger         the trigger as written (first mention)
//   confidence      0..1, two decimals
//   url, source     the article's, when known
//   sentence        the text of the first mention's sentence
// Several parties in one role are joined with ';' in each of the five party columns, in the same order, so
// the n-th item of actor_country belongs to the n-th item of actor. Tabs and line breaks inside values
// become spaces; nothing else is escaped.
//
// cameo: PETRARCH-style dyadic records in the same layout, with at most one actor and one recipient a row.
//   - An event with several actors or recipients becomes one row per actor × recipient pair; an event
//     without a recipient one row per actor with the recipient columns empty. When an event gives more than
//     one row, their ids are the event id + "-1", "-2" … (actors in order, recipients within each actor).
//   - A visit (CAMEO 042 or 043; in our records the visitor is the actor and the host the recipient)
//     becomes two rows per pair: 042 visitor → host and 043 host → visitor, ids suffixed "-042" and "-043",
//     each with that code's Goldstein score, quad class and PLOVER fields from the codebook. A visit without
//     a recipient is not expanded.
#include <cstdio>
#include <cstdlib>

#include "lexicon/tables.h"
#include "marsad/events.h"

namespace marsad {
namespace {

constexpr const char* kColumns[] = {"id",
                                    "article_id",
                                    "date",
                                    "date_precision",
                                    "date_source",
                                    "category",
                                    "mode",
                                    "context",
                                    "cameo",
                                    "goldstein",
                                    "quad_class",
                                    "actor",
                                    "actor_name",
                                    "actor_country",
                                    "actor_org",
                                    "actor_sector",
                                    "recipient",
                                    "recipient_name",
                                    "recipient_country",
                                    "recipient_org",
                                    "recipient_sector",
                                    "location",
                                    "modality",
                                    "trigger",
                                    "confidence",
                                    "url",
                                    "source",
                                    "sentence"};

std::string Number(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", x);
  return buf;
}

// Appends a value, tabs and line breaks turned into spaces.
void Cell(std::string_view value, std::string& out) {
  for (const char c : value) {
    out += (c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') ? ' ' : c;
  }
}

void Party(const std::vector<const EventParty*>& parties, std::string& out) {
  const auto column = [&](std::string EventParty::*field) {
    out += '\t';
    for (std::size_t i = 0; i < parties.size(); ++i) {
      if (i > 0) out += ';';
      Cell(parties[i]->*field, out);
    }
  };
  column(&EventParty::text);
  column(&EventParty::name);
  column(&EventParty::country);
  column(&EventParty::org);
  column(&EventParty::sector);
}

// The codes of one row: the event's own, or a codebook row's (the visit expansion).
struct Codes {
  std::string cameo, category, mode, context;
  double goldstein = 0;
  int quad_class = 0;
};

Codes CodesOf(const Event& e) { return {e.cameo, e.category, e.mode, e.context, e.goldstein, e.quad_class}; }

Codes CodesOf(const CameoCode& c) {
  return {c.cameo, c.category, c.mode, c.context, c.goldstein, c.quad_class};
}

void Row(const Article& a, const Event& e, std::string_view id, const Codes& codes,
         const std::vector<const EventParty*>& actor, const std::vector<const EventParty*>& recipient,
         std::string& out) {
  Cell(id, out);
  for (std::string_view v :
       {std::string_view(e.article_id), std::string_view(e.date),
        std::string_view(DatePrecisionName(e.date_precision)), std::string_view(e.date_source),
        std::string_view(codes.category), std::string_view(codes.mode), std::string_view(codes.context),
        std::string_view(codes.cameo)}) {
    out += '\t';
    Cell(v, out);
  }
  out += '\t' + Number(codes.goldstein) + '\t' + std::to_string(codes.quad_class);
  Party(actor, out);
  Party(recipient, out);
  const std::string_view sentence =
      e.mentions.empty() ? std::string_view() : a.View(e.mentions.front().sentence_span);
  for (std::string_view v :
       {std::string_view(e.location), std::string_view(e.modality), std::string_view(e.trigger)}) {
    out += '\t';
    Cell(v, out);
  }
  out += '\t' + Number(e.confidence);
  for (std::string_view v : {std::string_view(e.url), std::string_view(e.source), sentence}) {
    out += '\t';
    Cell(v, out);
  }
  out += '\n';
}

std::vector<const EventParty*> All(const std::vector<EventParty>& parties) {
  std::vector<const EventParty*> out;
  for (const EventParty& p : parties) out.push_back(&p);
  return out;
}

void CameoRows(const Article& a, const Event& e, const CameoCodebook& codebook, std::string& out) {
  const CameoCode* visit = nullptr;  // 042
  const CameoCode* host = nullptr;   // 043
  if ((e.cameo == "042" || e.cameo == "043") && !e.recipient.empty()) {
    visit = codebook.Find("042");
    host = codebook.Find("043");
  }
  const bool expand_visit = visit && host;
  const std::size_t recipients = std::max<std::size_t>(1, e.recipient.size());
  const bool several = e.actor.size() * recipients > 1;
  std::size_t k = 0;
  for (const EventParty& actor : e.actor) {
    for (std::size_t r = 0; r < recipients; ++r) {
      std::string id = e.id;
      if (several) id += "-" + std::to_string(++k);
      const std::vector<const EventParty*> from = {&actor};
      std::vector<const EventParty*> to;
      if (!e.recipient.empty()) to.push_back(&e.recipient[r]);
      if (expand_visit) {
        Row(a, e, id + "-042", CodesOf(*visit), from, to, out);
        Row(a, e, id + "-043", CodesOf(*host), to, from, out);
      } else {
        Row(a, e, id, CodesOf(e), from, to, out);
      }
    }
  }
}

}  // namespace

const CameoCode* CameoCodebook::Find(std::string_view cameo) const {
  const auto it = codes.find(cameo);
  return it == codes.end() ? nullptr : &it->second;
}

Status LoadCameoCodebook(const std::string& dir, CameoCodebook* codebook) {
  std::vector<LexiconIssue> issues;
  const lexicon::Table table = lexicon::ReadTable(
      dir + "/cameo.tsv",
      {"cameo", "label", "goldstein", "quad_class", "plover_category", "plover_mode", "plover_context"}, true,
      &issues);
  for (const auto& issue : issues) {
    if (issue.error) return Status::Corruption(issue.ToString() + " (run marsad lexicon check)");
  }
  codebook->codes.clear();
  const auto field = [](const std::string& f) { return f == "-" ? std::string() : f; };
  for (const auto& row : table.rows) {
    const auto& f = row.fields;
    CameoCode c;
    c.cameo = f[0];
    c.label = f[1];
    c.goldstein = std::strtod(f[2].c_str(), nullptr);
    c.quad_class = std::atoi(f[3].c_str());
    c.category = field(f[4]);
    c.mode = field(f[5]);
    c.context = field(f[6]);
    codebook->codes[c.cameo] = std::move(c);
  }
  return Status::OK();
}

bool ParseEventFormat(std::string_view name, EventFormat* format) {
  if (name == "jsonl") {
    *format = EventFormat::kJsonLines;
  } else if (name == "tsv") {
    *format = EventFormat::kTsv;
  } else if (name == "cameo") {
    *format = EventFormat::kCameo;
  } else {
    return false;
  }
  return true;
}

std::string EventFormatHeader(EventFormat format) {
  if (format == EventFormat::kJsonLines) return "";
  std::string out;
  for (const char* column : kColumns) {
    if (!out.empty()) out += '\t';
    out += column;
  }
  out += '\n';
  return out;
}

std::string FormatEvent(EventFormat format, const Article& article, const Event& event,
                        const CameoCodebook& codebook) {
  std::string out;
  switch (format) {
    case EventFormat::kJsonLines:
      out = EventToJson(article, event);
      out += '\n';
      break;
    case EventFormat::kTsv:
      Row(article, event, event.id, CodesOf(event), All(event.actor), All(event.recipient), out);
      break;
    case EventFormat::kCameo:
      CameoRows(article, event, codebook, out);
      break;
  }
  return out;
}

}  // namespace marsad
