// Entities: who and what an article talks about, with every mention tied to its bytes.
//
// The tagger walks each sentence's lexicon matches and composes them the way Arabic news builds a reference:
//   title [attachment…] [honorific] name       رئيس مجلس الشيوخ في برلمان جمهورية كازاخستان مولين أشيمبايف
// where attachments are institutions, organisations, countries and adjectives joined directly (idafa) or by
// في / لدى / لـ / a bracketed acronym. A title takes its country, organisation and sector from its
// attachments (sector "*" in roles.tsv: الأمين العام of CICA is an IGO official). A name after a title is a
// person even if no lexicon knows it. Later mentions — the bare name, the role alone (الأمين العام), محاوره,
// الطرفان — are linked to the entities already introduced (within-article coreference).
//
// Mentions of names nobody listed and no title introduces are the job of a statistical tagger. Its
// PER/LOC/ORG spans are meant to enter pass 1 as one more kind of match (a person span ends a title's name
// search exactly like a people.tsv entry does), so that composition and coreference treat them like lexicon
// matches.
#ifndef MARSAD_ENTITIES_H_
#define MARSAD_ENTITIES_H_

#include <memory>
#include <string>
#include <vector>

#include "marsad/analyzer.h"
#include "marsad/article.h"
#include "marsad/dates.h"
#include "marsad/lexicon.h"
#include "marsad/ner.h"

namespace marsad {

enum class MentionType : std::uint8_t {
  kPerson,        // a person, named or referred to by role
  kOrganization,  // an organisation or an institution (a parliament, an army)
  kCountry,       // a state, by name or adjective
  kLocation,      // a capital, city or region (its country given)
  kGroup,         // people collectively (المتظاهرون) or both parties (الطرفان)
};
const char* MentionTypeName(MentionType type);

struct Mention {
  MentionType type = MentionType::kPerson;
  Span span;                 // the whole mention: role phrase and name
  Span role_span;            // the role phrase without honorifics and name (empty if none)
  Span name_span;            // the person's name (empty if none)
  int sentence = 0;          // index into the analysed sentences
  int entity = -1;           // index into EntityResult::entities; -1 when unresolved
  std::vector<int> members;  // for groups such as الطرفان: the entities they stand for
  std::string canonical;     // canonical name (a country's or organisation's name, a person's known name)
  std::string country;       // ISO alpha-3 or ""
  std::string org;           // organisation code or ""
  std::string sector;        // sector code or ""
  std::string role;          // role id ("senate_chairman") or ""
  std::vector<std::string> titles;  // every title in the mention ("secretary_general", "ambassador")
  std::string how;  // why: "lexicon", "title+name", "name", "coref:role", "coref:name", "coref:interlocutor"…
};

struct Entity {
  MentionType type = MentionType::kPerson;
  std::string name;       // as first written ("" for an unnamed role holder)
  std::string canonical;  // lexicon name or the name as written
  std::string country, org, sector, role;
  std::vector<std::string> titles;
  std::vector<int> mentions;  // indices into EntityResult::mentions
};

struct EntityResult {
  std::vector<Mention> mentions;  // in text order
  std::vector<Entity> entities;
  std::vector<DateMention> dates;
  std::string author;  // from the byline: never an actor
  Span author_span;
};

class EntityTagger {
 public:
  // lexicon (and ner, when given) must outlive the tagger. A tagger is stateless between articles and may be
  // shared by threads. With a NER model, names the lexicons miss are taken from the statistical tagger: its
  // PER span after a title is that title's person, and PER/LOC/ORG spans no lexicon match covers become
  // mentions without codes (how "ner"). Lexicon matches always win where both see something.
  explicit EntityTagger(const Lexicon* lexicon, const NerModel* ner = nullptr);

  EntityResult Tag(const Article& article, const std::vector<Sentence>& sentences) const;

 private:
  const Lexicon* lexicon_;
  const NerModel* ner_;
};

// One JSON object (one line) for `marsad entities --json`.
std::string EntitiesToJson(const Article& article, const std::vector<Sentence>& sentences,
                           const EntityResult& result);

}  // namespace marsad

#endif  // MARSAD_ENTITIES_H_
