// Events: who did what to whom, when and where — one record per political event, with its evidence.
//
// The coder reads the trigger table (lexicons/events.tsv: Arabic verbs, nouns and light-verb phrases → CAMEO
// code and the roles of their arguments) and the CAMEO codebook (lexicons/cameo.tsv: Goldstein score, quad
// class, PLOVER category/mode/context). In each sentence it finds triggers by lemma or base (so استقبل,
// يستقبل, واستقبلت all fire the same row), then fills the trigger's roles from the entity mentions around
// it: the subject after the verb (Arabic is mostly verb-first) or before it, the direct object, and the
// arguments its prepositions introduce (مع, إلى, لـ, بـ …), or the subject dropped before a verb that the
// entity stage resolved. A trigger without an actor or a recipient is no event. Modality comes from the words
// before the trigger (لم/لن/لا negate; سـ, سوف, من المقرر make it future; إذا/لو hypothetical) and from dates
// long before the article's (historical). Mentions of one event in an article (the same category and the same
// parties) are merged into one record listing every mention.
//
// This is the first version of the stage: argument assignment is positional and local to the sentence.
#ifndef MARSAD_EVENTS_H_
#define MARSAD_EVENTS_H_

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/entities.h"
#include "marsad/status.h"

namespace marsad {

struct EventParty {
  std::string text;     // the mention as written (role phrase or name)
  std::string name;     // the person's name, "" if none
  std::string country;  // ISO alpha-3 or ""
  std::string org, sector;
  int entity = -1;
  Span span;
};

struct EventMention {
  int sentence = 0;
  Span sentence_span;
  Span trigger_span;
};

struct Event {
  std::string id;  // stable: a hash of the article id, the first trigger's offset and the code
  std::string article_id, url, source;
  std::string date;  // YYYY, YYYY-MM or YYYY-MM-DD; "" when unknown
  DatePrecision date_precision = DatePrecision::kNone;
  // Where the date comes from: "text" (a date expression in a mention's sentence: أمس, 19 يوليو),
  // "meeting" (an act made in a meeting or call told before it, with no day of its own: the meeting's),
  // "publication" (no time expression: the article's publication day, see PublicationDay) or "" (unknown).
  std::string date_source;
  std::string cameo, category, mode, context;
  double goldstein = 0;
  int quad_class = 0;
  std::vector<EventParty> actor, recipient;
  std::string location;  // where it happened, as written in the text (بجدة → جدة); "" when not said
  std::string modality = "asserted";  // asserted, negated, future, hypothetical, historical
  std::string trigger;                // the trigger as written (first mention)
  std::string pattern;                // which table row fired and how the roles were filled (for explain)
  std::vector<EventMention> mentions;
  double confidence = 0;
};

// What the coder tried, for marsad explain: one row per trigger found, whether or not it became an event.
struct TriggerTrace {
  int sentence = 0;
  Span trigger_span;
  std::string pattern;  // the table row ("events.tsv:LINE phrase (kind)") and how its subject was found
  std::string outcome;  // "event" or why it was dropped ("no actor", "no recipient", "topic of a meeting" …)
  std::vector<std::string> roles;  // "actor ← <mention> (<how>)" for each party assigned
};

class EventCoder {
 public:
  // Loads lexicons/events.tsv and lexicons/cameo.tsv from dir, normalising triggers with analyzer.
  static Status Open(const std::string& dir, Analyzer& analyzer, std::unique_ptr<EventCoder>* coder);
  ~EventCoder();

  // Codes one article. When trace is not null, it receives one row per trigger found, in text order.
  std::vector<Event> Code(const Article& article, const std::vector<Sentence>& sentences,
                          const EntityResult& entities, std::vector<TriggerTrace>* trace = nullptr) const;

 private:
  struct Impl;
  explicit EventCoder(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// One JSON object (one line) per event. A party's `org` is one of the coding manual's organisations (UN, LAS,
// GCC, OIC, EU, CICA, HAMAS, HZB, PKK, HOUTHI, ISIL, SLC) or ""; any other organisation the lexicons know
// (NATO, AQ, TALIBAN …) is given as `group`, so that `org` compares with data coded by the manual.
std::string EventToJson(const Article& article, const Event& event);

// True for the organisations the coding manual (DIPLOMATIC_GUIDELINES.md) gives an `org` code.
bool IsManualOrganisation(std::string_view org);

// ---- Output formats of marsad code and the explain view (src/events/formats.cc, src/events/explain.cc) ----

// One row of the CAMEO codebook (lexicons/cameo.tsv); PLOVER fields are "" where the table has "-".
struct CameoCode {
  std::string cameo, label;
  double goldstein = 0;
  int quad_class = 0;
  std::string category, mode, context;
};

struct CameoCodebook {
  std::map<std::string, CameoCode, std::less<>> codes;
  const CameoCode* Find(std::string_view cameo) const;  // nullptr when the code is not in the table
};

// Reads dir/cameo.tsv (the table the coder reads).
Status LoadCameoCodebook(const std::string& dir, CameoCodebook* codebook);

// jsonl: EventToJson, one line per event. tsv: a GDELT-style table, one row per event. cameo: PETRARCH-style
// dyadic rows in the tsv layout (one actor and one recipient a row; a visit becomes 042 and 043 rows).
// The columns are documented in src/events/formats.cc.
enum class EventFormat { kJsonLines, kTsv, kCameo };
bool ParseEventFormat(std::string_view name, EventFormat* format);  // "jsonl", "tsv", "cameo"

// The header line of the tsv and cameo formats ("" for jsonl), ending in a newline.
std::string EventFormatHeader(EventFormat format);

// The line(s) of one event in `format`, each ending in a newline. The codebook is read only by kCameo.
std::string FormatEvent(EventFormat format, const Article& article, const Event& event,
                        const CameoCodebook& codebook);

// The explain view of one coded article (marsad explain): every sentence with an entity mention or a trigger,
// its mentions and the coder's trace rows, then the article's events. Human-readable UTF-8 text.
std::string ExplainArticle(const Article& article, const std::vector<Sentence>& sentences,
                           const EntityResult& entities, const std::vector<TriggerTrace>& trace,
                           const std::vector<Event>& events);

}  // namespace marsad

#endif  // MARSAD_EVENTS_H_
