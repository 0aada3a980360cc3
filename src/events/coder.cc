// The event coder: triggers from lexicons/events.tsv matched by lemma or base, roles filled from the entity
// mentions around them, codes from lexicons/cameo.tsv. See marsad/events.h for the contract.
//
// Role filling is positional. Each mention of the sentence gets the preposition that introduces it (a
// separate word before it: مع, إلى, على …; or a proclitic ب/ل on its first word) or none. For a verb, the
// subject is the first bare mention just after it (verb-first order), else the subject the entity stage
// resolved for a dropped pronoun on the verb, else the last bare mention before it (subject-first order);
// the object is the next bare mention after the verb that is not the subject; prepositional mentions take the
// role the trigger's row gives their preposition. A noun's subject is the bare mention right after it (its
// genitive: زيارة الرئيس), else the sentence's subject before it.
#include <algorithm>
#include <cctype>
#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "base/hashing.h"
#include "lexicon/tables.h"
#include "marsad/events.h"

namespace marsad {
namespace {

struct CameoRow {
  double goldstein = 0;
  int quad = 0;
  std::string category, mode, context;
};

struct TriggerRow {
  std::vector<std::vector<std::string>> words;  // per word: the keys it may match
  std::string phrase, kind, cameo, subject, object, modality;
  std::string restrict;  // "" | "armed" | "indefinite" | "crowd" | "bomb" | "pledge" (events.tsv, column
                         // restrict)
  std::map<std::string, std::string> preps;  // folded preposition → role
  int line = 0;
};

// Appends the forms by which a token may match a word of a table row: its form, stem and lemma, as views of
// the token's own strings. A word of the text (inflected) also gives the dictionary forms of inflections
// hunspell misreads, made in `made` (whose elements never move; the rows are dictionary forms). A word in a
// verb's slot (verb_slot: first in its clause or right after a party) may also be a hollow imperfect with ت
// (البحرين تدين), which elsewhere is as often a noun (تغير "change"); one after a comma (participle_slot) may
// be a circumstantial participle (…، مطالبا).
// The feminine circumstantial participles of statements (داعية، مؤكدة، مشيرة) in the masculine accusative
// form the participle rules read (داعيا، مؤكدا); any other word as it is. Only these: after a comma a word
// in ة is as often a noun (، مدينة).
std::string MasculineParticiple(const std::string& norm) {
  static const std::unordered_set<std::string_view> feminine = {
      "داعية", "مؤكدة", "مشيرة", "محذرة", "مطالبة", "معربة", "مشددة", "منددة", "معتبرة", "مضيفة", "موضحة",
      "معلنة", "مشيدة", "واعدة", "متهمة", "مجددة",  "رافضة", "نافية", "مرحبة", "مهددة",  "متوعدة"};
  // (Joined by و to the participle before it: …، متهمة حزب العمال …، وداعية الحكومة العراقية.)
  const std::string_view and_ = "و";
  const std::string bare = norm.starts_with(and_) ? norm.substr(and_.size()) : norm;
  if (feminine.count(bare)) return bare.substr(0, bare.size() - std::string_view("ة").size()) + "ا";
  if (bare != norm && bare.size() >= 8 && bare.starts_with("م") && bare.ends_with("ا")) return bare;
  // (And form I's فاعلاً: …، وداعياً الأمم المتحدة.)
  if (bare != norm && bare.size() == 10 && bare.substr(2, 2) == "ا" && bare.ends_with("ا")) return bare;
  return norm;
}

// Whether a phrase's noun (أكد دعم) is met as an imperfect verb of its root (وأكد أن الصين تدعم تركيا): then
// the verb is a clause of its own, with its own subject and object, and the phrase is not there.
bool ImperfectOfPhraseNoun(const Token& t, const std::vector<std::string>& noun_keys) {
  if ((t.word && t.word->has_article()) || noun_keys.empty()) return false;
  std::string_view form = t.norm;
  for (std::string_view lead : {"و", "ف"}) {
    if (form.size() > 6 && form.starts_with(lead)) form.remove_prefix(lead.size());
  }
  for (std::string_view prefix : {"ت", "ي"}) {
    if (!form.starts_with(prefix)) continue;
    for (const auto& noun : noun_keys) {
      if (!noun.starts_with(prefix) && form.substr(prefix.size()) == noun) return true;
    }
  }
  return false;
}

void AppendKeys(const Token& t, std::vector<std::string_view>* keys, std::deque<std::string>* made,
                bool inflected, bool verb_slot, bool participle_slot = false) {
  keys->push_back(t.norm);
  auto add = [&](std::string key) { keys->push_back(made->emplace_back(std::move(key))); };
  if (t.word) {
    // ال with the suffix ي is a nisba adjective, never "my" (الحربي "military", not حرب "war"): it matches
    // as the adjective.
    if (t.word->has_article() && t.word->enclitic == "ي") {
      add(t.word->base_norm + "ي");
      return;
    }
    if (!t.word->base_norm.empty() && t.word->base_norm != t.norm) keys->push_back(t.word->base_norm);
    if (!t.word->lemma_norm.empty() && t.word->lemma_norm != t.word->base_norm)
      keys->push_back(t.word->lemma_norm);
    // لل is ل + ال even where hunspell knows a word in ل (للقمة read as ل + لقمة "a morsel").
    if (t.norm.starts_with("لل") && !t.word->has_article() && t.norm.size() > 8)
      keys->push_back(std::string_view(t.norm).substr(std::string_view("لل").size()));
    // The feminine past (أدانت، استقبلت، وقعت) when hunspell gives it a lemma of another root (أدانت → دانى).
    // The whole word too: hunspell may read a verb's first letter as the conjunction (وقعت → و+قعت).
    if (!t.word->has_article()) {
      for (const std::string* form : {&t.word->base_norm, &t.norm}) {
        if (form->size() > 6 && form->ends_with("ت"))
          keys->push_back(std::string_view(*form).substr(0, form->size() - 2));
      }
      // (With و or ف before it when hunspell reads the rest otherwise: وسيّرت is و+س+يرت to it.)
      if (t.norm.size() > 8 && t.norm.ends_with("ت") && (t.norm.starts_with("و") || t.norm.starts_with("ف")))
        keys->push_back(std::string_view(t.norm).substr(2, t.norm.size() - 4));
      // A defective verb's feminine past drops its last letter (نفت → نفى، دعت → دعا، أبدت → أبدى).
      {
        // (The analyser's base: وصفت stays "described", ونفت is و+نفت.)
        std::string_view stem = t.word->base_norm;
        // Only for the defective verbs of trigger rows: صفت may be و+صفت "described" as well as صفّت.
        static const std::unordered_set<std::string_view> defective = {"نفي", "دعا", "ابدي", "القي", "اجري",
                                                                       "ادي", "رمي", "نعي",  "اعطي", "غزا"};
        if (stem.ends_with("ت") && (stem.size() == 6 || (stem.size() == 8 && stem.starts_with("ا")))) {
          stem.remove_suffix(2);
          for (std::string_view last : {"ي", "ا"}) {
            std::string past = std::string(stem) + std::string(last);
            if (defective.count(past)) add(std::move(past));
          }
        }
      }
      // A doubled verb's feminine past (حثت → حث، صدت → صد).
      {
        static const std::unordered_set<std::string_view> doubled = {"حث", "صد", "دك", "رد", "فض"};
        for (const std::string* form : {&t.word->base_norm, &t.norm}) {
          if (form->size() == 6 && form->ends_with("ت") &&
              doubled.count(std::string_view(*form).substr(0, 4)))
            keys->push_back(std::string_view(*form).substr(0, 4));
        }
      }
      // The plural past too (فتحوا → فتح, which hunspell reads as ف+تحوا).
      if (t.norm.size() > 8 && t.norm.ends_with("وا"))
        keys->push_back(std::string_view(t.norm).substr(0, t.norm.size() - 4));
      // The imperfect when hunspell reads it as another word (سيتوجه → س+يتوج+ه "will crown him"): without
      // its prefix it is the past of forms II, III, V and VI (يناقش → ناقش، يتوجه → توجه) and of most sound
      // form I verbs (يبحث → بحث); with ا for forms VII, VIII and X (يجتمع → اجتمع، يستقبل → استقبل).
      std::string_view bare = inflected ? std::string_view(t.norm) : std::string_view();
      for (std::string_view lead : {"و", "ف"}) {
        if (bare.size() > 6 && bare.starts_with(lead)) bare.remove_prefix(lead.size());
      }
      // ت only after the future's س or in a verb's slot: otherwise it begins as many nouns (تفجر العنف،
      // تعاون).
      const bool future = bare.size() > 8 && (bare.starts_with("سي") || bare.starts_with("ست"));
      if (future) bare.remove_prefix(2);
      // (In a verb's slot too: أميركا تسلم مصر مقاتلات, where hunspell reads تسلّم "received".)
      // An assimilated verb drops its و in the imperfect (يصل → وصل، يقع → وقع، تصل).
      if (bare.size() == 6 && (bare.starts_with("ي") || ((future || verb_slot) && bare.starts_with("ت")))) {
        add("و" + std::string(bare.substr(2)));
      }
      if (bare.size() > 6 && (bare.starts_with("ي") || ((future || verb_slot) && bare.starts_with("ت")))) {
        std::string past(bare.substr(2));
        for (std::string_view ending : {"ون", "ان", "ين"}) {
          if (past.size() > 6 + ending.size() && past.ends_with(ending)) {
            past.resize(past.size() - ending.size());
            break;
          }
        }
        std::string with_alef = "ا" + past;
        add(std::move(past));
        add(std::move(with_alef));
      }
      // A circumstantial participle after a comma (…، مطالباً، منددا، معربا عن، مؤكدا): the past of its
      // verb is the participle without م and the accusative ا, with ا for form IV (معربا → أعرب) and for
      // a hamza seat (مؤكدا → أكد), or with the middle ي as ا (مشيدا → أشاد).
      // (A feminine subject's participle too: …، داعيةً، مؤكدةً.)
      const std::string participle = participle_slot ? MasculineParticiple(t.norm) : std::string();
      if (participle_slot && inflected && participle.size() >= 8 && participle.starts_with("م") &&
          participle.ends_with("ا") && !t.word->has_article()) {
        const std::string core = participle.substr(2, participle.size() - 4);
        add(core);
        add("ا" + core);
        if (core.starts_with("ؤ")) add("ا" + core.substr(2));
        if (core.size() == 6 && core.substr(2, 2) == "ي") add("ا" + core.substr(0, 2) + "ا" + core.substr(4));
      }
      // Form I's participle فاعلاً (…، واعداً بالعمل مع تركيا): the past is فعل.
      if (participle_slot && inflected && participle.size() == 10 && participle.substr(2, 2) == "ا" &&
          participle.ends_with("ا") && !t.word->has_article()) {
        add(participle.substr(0, 2) + participle.substr(4, 4));
        // (Of a verb ending in a vowel, the ي is the past's ا: داعياً → دعا.)
        if (participle.substr(6, 2) == "ي") add(participle.substr(0, 2) + participle.substr(4, 2) + "ا");
      }
      // Hollow verbs: the imperfect's long vowel is the past's ا (يزور → زار، تدين → أدان، يشيد → أشاد).
      if (bare.size() == 8 && (bare.starts_with("ي") || ((future || verb_slot) && bare.starts_with("ت"))) &&
          (bare.substr(4, 2) == "ي" || bare.substr(4, 2) == "و")) {
        const std::string past = std::string(bare.substr(2, 2)) + "ا" + std::string(bare.substr(6, 2));
        // (Not يغير/تغير "changes", read as أغار "raided".)
        if (past != "غار") {
          add(past);
          add("ا" + past);
        }
      }
      // The dual and plural past (تحدثا، اتفقوا، أكدتا) when hunspell gives them the root (تحدثا → حدث).
      const std::string& whole = t.word->base_norm.empty() ? t.norm : t.word->base_norm;
      for (std::string_view ending : {"تا", "وا", "ا"}) {
        if (inflected && whole.size() > 6 + ending.size() && whole.ends_with(ending)) {
          keys->push_back(std::string_view(whole).substr(0, whole.size() - ending.size()));
          break;
        }
      }
    }
  }
}

// A table row's keys: the dictionary form's own, no inflections.
std::vector<std::string> Keys(const Token& t) {
  std::vector<std::string_view> views;
  std::deque<std::string> made;
  AppendKeys(t, &views, &made, /*inflected=*/false, /*verb_slot=*/false);
  return {views.begin(), views.end()};
}

bool Intersects(std::span<const std::string_view> a, const std::vector<std::string>& b) {
  for (const auto& x : a) {
    if (std::find(b.begin(), b.end(), x) != b.end()) return true;
  }
  return false;
}

bool Intersects(std::initializer_list<std::string_view> a, const std::vector<std::string>& b) {
  return Intersects(std::span<const std::string_view>(a.begin(), a.size()), b);
}

const std::unordered_set<std::string_view>& Prepositions() {
  static const std::unordered_set<std::string_view> words = {"مع",  "الي", "علي", "عن",   "من",  "في",
                                                             "لدي", "ضد",  "بين", "تجاه", "نحو", "حول"};
  return words;
}

// "In it" (فيه، خلاله) after a verb: what was said or done in the call, letter or meeting told before.
bool IsInIt(const Token& t) {
  static const std::unordered_set<std::string_view> words = {"فيه", "فيها", "خلاله", "خلالها"};
  return words.count(t.norm) > 0;
}

// Whether the party at `first` is named as the maker of what is condemned or rejected: "من قبل", "من طرف",
// "من جانب" right before it (تدين التصريحات من قبل مسؤولي إيران).
bool AfterByWhom(const std::vector<Token>& tokens, std::size_t first) {
  if (first < 2 || tokens[first - 2].norm != "من") return false;
  const std::string_view by = tokens[first - 1].norm;
  return by == "قبل" || by == "طرف" || by == "جانب";
}

// Words of direction that make a compound preposition with the one before them (من فوق, من اتجاه, من
// داخل): the noun after them is the preposition's genitive.
bool IsDirectionWord(std::string_view norm) {
  static const std::unordered_set<std::string_view> words = {"فوق",  "تحت", "اتجاه", "داخل",
                                                             "خارج", "جهة", "ناحية"};
  return words.count(norm) > 0;
}

// The table row as explain shows it: "events.tsv:LINE phrase (kind)".
std::string RowLabel(const TriggerRow& row) {
  return "events.tsv:" + std::to_string(row.line) + " " + row.phrase + " (" + row.kind + ")";
}

// The index of the first token that ends after byte `begin` (the token a span starting there begins in);
// tokens.size() when there is none.
std::size_t TokenAt(const std::vector<Token>& tokens, std::size_t begin) {
  std::size_t k = 0;
  while (k < tokens.size() && tokens[k].span.end <= begin) ++k;
  return k;
}

// Takes what `from` knows of when and where that `into` lacks: a date the text gives beats the publication
// day.
void TakeWhenAndWhere(const Event& from, Event* into) {
  if (into->location.empty()) into->location = from.location;
  if (into->date_source != "text" && from.date_source == "text") {
    into->date = from.date;
    into->date_precision = from.date_precision;
    into->date_source = from.date_source;
  }
}

// Gives an event a CAMEO code and what the code table says of it.
void SetCode(const std::string& cameo, const CameoRow& row, Event* e) {
  e->cameo = cameo;
  e->category = row.category;
  e->mode = row.mode;
  e->context = row.context;
  e->goldstein = row.goldstein;
  e->quad_class = row.quad;
}

// Whether a sentence after `from`, up to `to`, opens on another matter (على صعيد آخر، من جهة أخرى، في سياق
// آخر): what follows is no longer told of the same meeting.
bool TopicChangesBetween(const std::vector<Sentence>& sentences, int from, int to) {
  for (int s = from + 1; s <= to && s < static_cast<int>(sentences.size()); ++s) {
    const auto& tokens = sentences[static_cast<std::size_t>(s)].tokens;
    for (std::size_t k = 0; k + 1 < tokens.size() && k < 4; ++k) {
      const std::string_view head = tokens[k].norm, other = tokens[k + 1].norm;
      if ((head == "صعيد" || head == "جهة" || head == "سياق" || head == "شان" || head == "جانب") &&
          (other == "اخر" || other == "اخري" || other == "ثانية" || other == "ثان")) {
        return true;
      }
    }
  }
  return false;
}

// Whether every mention of an event is in the headline (also a headline cut in two by "..").
bool ToldOnlyInHeadline(const Event& e, const std::vector<Sentence>& sentences) {
  return !e.mentions.empty() && std::all_of(e.mentions.begin(), e.mentions.end(), [&](const EventMention& m) {
    return m.sentence >= 0 && static_cast<std::size_t>(m.sentence) < sentences.size() &&
           sentences[m.sentence].is_title;
  });
}

// A relative pronoun (الذي، التي، اللذين …), with or without و.
bool IsRelativePronoun(const Token& t) {
  static const std::unordered_set<std::string_view> relative = {
      "الذي", "التي", "الذين", "والذي", "والتي", "اللذين", "اللتين", "اللذان", "اللتان"};
  return relative.count(t.norm) > 0;
}

// Whether the text gives the event's day (its own date expression, or its meeting's).
bool DateGiven(const Event& e) { return e.date_source == "text" || e.date_source == "meeting"; }

// Whether the text dates two events in different months: acts of the same sides then are two (a visit in
// June recalled in an October visit's story), while days of one visit or talks may differ.
// (Attacks told with days of their own that differ are two attacks: the air strikes of Sunday night and the
// ground operation begun on Wednesday.)
bool OtherMonth(const Event& a, const Event& b) {
  if (!DateGiven(a) || !DateGiven(b)) return false;
  // (So are two attacks, or two statements of support, agreement or request, on days the text gives: a
  // call on 7 February and a visit on the 27th.)
  const bool statement = a.category == "SUPPORT" || a.category == "AGREE" || a.category == "REQUEST";
  auto given = [](const Event& e) { return e.date_source == "text" || e.date_source == "meeting"; };
  if (a.category == b.category && (statement || a.category == "ASSAULT") && given(a) && given(b) &&
      a.date.size() == 10 && b.date.size() == 10 && a.date != b.date) {
    return true;
  }
  return a.date.substr(0, 7) != b.date.substr(0, 7);
}

// Whether two protests or attacks happened in places the text names apart: a sit-in in Beirut and roads cut
// in the Bekaa are two, whoever the crowds are.
// (Places said together are one: "في شارع تايمز سكوير بنيويورك".)
bool OtherPlace(const Event& a, const Event& b, const Article& article,
                const std::vector<Sentence>& sentences) {
  if ((a.category != "PROTEST" && a.category != "ASSAULT") || a.category != b.category ||
      a.location.empty() || b.location.empty() || a.location == b.location) {
    return false;
  }
  // (A headline that lists several strikes names their places together: غارة على خربة سلم وقصف لعيتا الشعب.)
  for (const Sentence& sentence : sentences) {
    if (sentence.is_title) continue;
    const std::string_view text = article.View(sentence.span);
    if (text.find(a.location) != std::string_view::npos && text.find(b.location) != std::string_view::npos)
      return false;
  }
  return true;
}

// What kind of act an event is, for telling repeated mentions of one act from different acts: its category,
// except that signing an agreement (057) is another act than praise or support said to the same party, and
// an invitation or its acceptance (036) another than a pledge to cooperate (030), and a curfew (1723) another
// than arrests made under it, and an embargo (163) another than cutting relations.
// (A telephone call is not the meeting it arranged: وكان الوزيران قد أجريا اتصالاً هاتفياً الأحد الماضي.)
std::string KindOf(const Event& e) {
  return e.cameo == "057" || e.cameo == "036" || e.cameo == "041" || e.cameo == "1723" || e.cameo == "114" ||
                 e.cameo == "175" || e.cameo == "163"
             ? e.category + "/" + e.cameo
             : e.category;
}

// Two acts of one kind, or a call and talks of no stated form, which may be that call (أوباما يبحث مع الملك
// … اتصل).
bool SameKind(const Event& a, const Event& b) {
  if (KindOf(a) == KindOf(b)) return true;
  return a.category == "CONSULT" && b.category == "CONSULT" &&
         ((a.cameo == "041" && b.cameo == "040") || (a.cameo == "040" && b.cameo == "041"));
}

// The invitee's acceptance of an invitation (AGREE 036 back to the inviter, on the invitation's day and
// place), said in `mention` by the words `trigger`.
Event Reply(const Event& invitation, const CameoRow& code, std::string trigger, const std::string& how,
            const EventMention& mention) {
  Event reply;
  reply.article_id = invitation.article_id;
  reply.url = invitation.url;
  reply.source = invitation.source;
  SetCode("036", code, &reply);
  reply.actor = invitation.recipient;
  reply.recipient = invitation.actor;
  reply.modality = "asserted";
  reply.date = invitation.date;
  reply.date_precision = invitation.date_precision;
  reply.date_source = invitation.date_source;
  reply.location = invitation.location;
  reply.trigger = std::move(trigger);
  reply.pattern = invitation.pattern + how;
  reply.mentions.push_back(mention);
  reply.confidence = 0.5;
  return reply;
}

// A party the text names only by words no entity stands for (الهجوم الإرهابي، 200 منهم), quoted as written.
EventParty UnnamedParty(const Article& article, const std::vector<Token>& tokens, std::size_t first,
                        std::size_t last, const std::string& sector) {
  EventParty p;
  p.span = {tokens[first].span.begin, tokens[last].span.end};
  p.text = std::string(article.View(p.span));
  p.sector = sector;
  return p;
}

// The people of a place or state (CVL of its country), quoted as the text names it: whom an attack on the
// place hit (manual, worked example 3).
EventParty PeopleOf(const Article& article, const Mention& place) {
  EventParty people;
  people.span = place.span;
  people.text = std::string(article.View(place.span));
  people.country = place.country;
  people.sector = "CVL";
  return people;
}

// Words for an attack that a condemnation takes as its object (أدان الهجوم الإرهابي). The manual codes the
// condemnation with the perpetrators as recipient, or, unnamed, the attack's own words as an INS party.
bool IsAttackWord(const Token& t) {
  static const std::unordered_set<std::string_view> words = {
      "هجوم",    "الهجوم",    "هجمات",    "الهجمات",    "تفجير",    "التفجير",    "تفجيرات", "التفجيرات",
      "اعتداء",  "الاعتداء",  "اعتداءات", "الاعتداءات", "انفجار",   "الانفجار",   "حرق",     "الحرق",
      "اغتيال",  "الاغتيال",  "قصف",      "القصف",      "مجزرة",    "المجزرة",    "جريمة",   "الجريمة",
      "استهداف", "الاستهداف", "اقتحام",   "الاقتحام",   "اقتحامات", "الاقتحامات", "غارة",    "الغارة",
      "غارات",   "الغارات",   "ضربات",    "الضربات",    "عدوان",    "العدوان",    "الحادث",  "الحادثة"};
  // Not after a preposition: لعملية السلام, بالهجوم على are no objects.
  if (t.word && !t.word->proclitics.empty() && t.word->proclitics.front() != "و" && !t.word->has_article()) {
    return false;
  }
  if (words.count(t.norm)) return true;
  return t.word && words.count(t.word->base_norm);
}

// The word, without its clitics, as written or as its lemma, is one of `forms` (folded).
bool HasForm(const Token& t, const std::unordered_set<std::string_view>& forms) {
  return t.word && (forms.count(t.word->base_norm) || forms.count(t.word->lemma_norm) || forms.count(t.norm));
}

// The same for a few forms written at the call (HasForm(t, {"قام", "نفذ"})): compared one by one, with no
// set built on every call.
bool HasForm(const Token& t, std::initializer_list<std::string_view> forms) {
  return t.word && std::any_of(forms.begin(), forms.end(), [&](std::string_view form) {
           return form == t.word->base_norm || form == t.word->lemma_norm || form == t.norm;
         });
}

// The same for verbs: a word with the article is a noun.
bool IsVerbOf(const Token& t, const std::unordered_set<std::string_view>& forms) {
  return t.word && !t.word->has_article() && HasForm(t, forms);
}
bool IsVerbOf(const Token& t, std::initializer_list<std::string_view> forms) {
  return t.word && !t.word->has_article() && HasForm(t, forms);
}

// "Belonging to", before the ل of its owner: تابعة لجيش الاحتلال، التابعة للميليشيات، العائدة لحزب العمال.
bool IsBelongingWord(const Token& t) {
  static const std::unordered_set<std::string_view> words = {"تابع",     "تابعة",  "التابع", "التابعة",
                                                             "التابعين", "العائد", "العائدة"};
  return words.count(t.norm) > 0;
}

// Words that name who carried out an attack after it: الذي قام به X, الذي نفذه X, التي ارتكبها X, تبنته X,
// أطلقها X.
bool IsPerpetratorCue(const Token& t) {
  static const std::unordered_set<std::string_view> stems = {"قام", "نفذ",  "ارتكب", "شن",
                                                             "تبن", "تبنا", "اطلق"};
  if (HasForm(t, stems)) return true;
  // With the object pronoun of the attack, masculine or feminine (شنه، شنته، نفذتها).
  std::string_view form = t.norm;
  for (std::string_view pronoun : {"تها", "ته", "ها", "ه"}) {
    if (form.size() > pronoun.size() + 2 && form.ends_with(pronoun)) {
      form.remove_suffix(pronoun.size());
      break;
    }
  }
  if (stems.count(form) > 0) return true;
  // Or the imperfect of what goes on (العدوان الذي تشنه إسرائيل، الهجمات التي يشنها التنظيم).
  for (std::string_view person : {"ي", "ت"}) {
    if (form.size() > person.size() + 2 && form.starts_with(person) &&
        stems.count(form.substr(person.size())) > 0) {
      return true;
    }
  }
  return false;
}

// A party's words without the conjunction or preposition glued to them (لجمهورية كازاخستان → جمهورية
// كازاخستان, ووزير الخارجية → وزير الخارجية), so that the text names the party and still occurs verbatim. ل
// before the article (للأمين) is kept: without it the words are not in the text.
std::string WithoutProclitics(const std::string& text, const Mention& mention,
                              const std::vector<Sentence>& sentences) {
  if (mention.sentence < 0 || static_cast<std::size_t>(mention.sentence) >= sentences.size()) return text;
  // (A name whose first letter the analyser took for a clitic is the lexicon's name whole: بنغازي.)
  if (!mention.canonical.empty() && Normalize(text) == Normalize(mention.canonical)) return text;
  for (const Token& t : sentences[mention.sentence].tokens) {
    if (!t.word || t.span.begin != (mention.role_span.empty() ? mention.span.begin : mention.role_span.begin))
      continue;
    const auto& p = t.word->proclitics;
    std::size_t cut = 0;
    for (std::size_t i = 0; i < p.size(); ++i) {
      if (p[i] == "ال") break;
      if (p[i] == "ل" && i + 1 < p.size() && p[i + 1] == "ال") break;
      if (p[i] != "و" && p[i] != "ف" && p[i] != "ب" && p[i] != "ل" && p[i] != "ك") break;
      // (ك only before the article: كركوك is a name, not ك + ركوك.)
      if (p[i] == "ك" && !(i + 1 < p.size() && p[i + 1] == "ال")) break;
      cut += p[i].size();
    }
    // (وزير، وزيرة، وزارة begin with و themselves; the analyzer may split it off as the conjunction.)
    if (!p.empty() && p.front() == "و" && (t.norm.starts_with("وزير") || t.norm.starts_with("وزار"))) break;
    std::string letters;
    for (std::size_t i = 0; letters.size() < cut; ++i) letters += p[i];
    if (cut > 0 && cut < text.size() && text.compare(0, cut, letters) == 0) return text.substr(cut);
    break;
  }
  return text;
}

// The word's form without its clitics, folded (the token itself when it has no analysis).
std::string_view BaseOf(const Token& t) { return t.word ? std::string_view(t.word->base_norm) : t.norm; }

// The word carries the conjunction و as its first clitic (وقطر، وقوات الدعم السريع).
// A verb that takes no object (تجمع، احتشد، تظاهر، تضامن) read on a word with an object pronoun: another
// verb spelt alike (تجمعه "brings him together") or its noun (تجمعهم، تضامنه). Only when the analysis that
// found the pronoun is the one that matched (not سيتوجه → يتوج+ه, matched as the imperfect of توجه), and not
// the ي of an imperfect's stem, which no verb takes as its object (ينفي).
bool IntransitiveWithPronoun(const TriggerRow& row, const WordAnalysis* w) {
  return row.kind == "verb" && row.object == "-" && w && !w->enclitic.empty() && w->enclitic != "ي" &&
         Intersects({w->base_norm, w->lemma_norm}, row.words.front());
}

bool StartsWithAnd(const Token& t) {
  return t.word && !t.word->proclitics.empty() && t.word->proclitics.front() == "و";
}

// Forms of أعلن "announced", whose verbal-noun object is the announcer's act (أعلنت قطع العلاقات).
bool IsAnnounceVerb(const Token& t) {
  static const std::unordered_set<std::string_view> forms = {"اعلن",  "اعلنت",  "يعلن", "تعلن",
                                                             "واعلن", "واعلنت", "علن"};
  return IsVerbOf(t, forms);
}

// Forms of قام, the light verb of a reported act (قام مسلحون بخطف …).
bool IsQama(const Token& t) {
  static const std::unordered_set<std::string_view> forms = {"قام",  "قامت", "قاموا", "يقوم",
                                                             "تقوم", "قاما", "قامتا", "يقومون"};
  return IsVerbOf(t, forms);
}

// A verb trigger is spelt like its verbal noun (قتل is "killed" and "killing"). It reads as the noun —
// the topic or the aim of something else, not an act reported in its own clause (manual, section 2) — after
// a preposition (إلى شن، بعد قتل), with ب/ل/ك glued to it (بقتل، لضرب: an object or a purpose) or after a
// noun that takes a verbal noun (محاولة قتل، عمليات خطف، تهم قتل); except after قام, whose act it names.
bool ReadsAsVerbalNoun(const std::vector<Token>& tokens, std::size_t i) {
  static const std::unordered_set<std::string_view> prepositions = {
      "الي", "علي", "من",  "عن",  "في",  "حول",   "بعد", "قبل",  "دون",    "تحت",  "ضد",
      "منذ", "اثر", "عقب", "لدي", "بين", "لماذا", "كيف", "وكيف", "ولماذا", "وراء", "بصدد"};
  static const std::unordered_set<std::string_view> nouns = {
      "محاولة", "محاولات", "عملية", "عمليات",  "حملة",   "حملات", "قضية",    "قضايا", "تهمة",  "تهم",
      "جريمة",  "جرائم",   "حادثة", "حادث",    "خطر",    "اسلوب", "مسؤولية", "رافضي", "تهديد", "تهديدات",
      "اعمال",  "مخطط",    "خطة",   "مثل",     "موجة",   "سلسلة", "ظاهرة",   "نوع",   "انواع", "عزم",
      "نية",    "قرار",    "قصة",   "اراد",    "ارادوا", "يريد",  "يريدون",  "بزوغ",  "صاروخ", "جداول",
      "حاول",   "حاولوا",  "يحاول", "يحاولون", "تحاول",  "حاولت"};
  const WordAnalysis* w = tokens[i].word;
  for (std::size_t k = i >= 5 ? i - 5 : 0; k < i; ++k) {
    if (IsQama(tokens[k])) return false;
  }
  if (w && !w->proclitics.empty()) {
    const std::string& p = w->proclitics.back();
    if (p == "ب" || p == "ل" || p == "ك") return true;
  }
  if (i == 0) return false;
  const Token& before = tokens[i - 1];
  if (prepositions.count(before.norm)) return true;
  // (With و on the preposition: وفي خرق جديد لاتفاق وقف إطلاق النار.)
  if (before.norm.size() > 2 && before.norm.starts_with("و") &&
      prepositions.count(std::string_view(before.norm).substr(2))) {
    return true;
  }
  // One of a list of verbal nouns (جرائم اغتصاب وقتل، خطفه وقتله).
  static const std::unordered_set<std::string_view> violence = {"اغتصاب", "تعذيب",  "خطف",    "اختطاف",
                                                                "اغتيال", "نهب",    "اعتقال", "تهجير",
                                                                "تشريد",  "اضطهاد", "جرح",    "ترويع"};
  if (w && !w->proclitics.empty() && w->proclitics.front() == "و" && before.word &&
      violence.count(before.word->base_norm)) {
    return true;
  }
  return before.type == TokenType::kArabic && nouns.count(BaseOf(before)) != 0;
}

// Numbers of people (آلاف، مئات، عشرات …): they open an indefinite crowd.
bool IsCrowdQuantity(const Token& t) {
  static const std::unordered_set<std::string_view> quantities = {
      "الاف", "الالاف", "مئات", "المئات", "عشرات", "العشرات", "ملايين", "الوف", "حشود", "الف", "الفي"};
  return t.type == TokenType::kNumber || quantities.count(BaseOf(t)) != 0;
}

// The words of a crowd right after a protest verb (تظاهر الآلاف، تجمع نحو 500 متظاهر، تظاهر أمس عشرات
// من أعضاء الحزب): a number or a quantity and up to three words after it, before any preposition.
std::optional<Span> CrowdAfter(const std::vector<Token>& tokens, std::size_t last) {
  static const std::unordered_set<std::string_view> skip = {"امس", "اليوم", "نحو", "حوالي", "قرابة"};
  std::size_t k = last + 1;
  while (k < tokens.size() && k <= last + 2 && skip.count(tokens[k].norm)) ++k;
  // (A number in words before thousands or hundreds: خمسة آلاف، ثلاثة آلاف.)
  static const std::unordered_set<std::string_view> units = {"ثلاثة",  "اربعة", "خمسة", "ستة",  "سبعة",
                                                             "ثمانية", "تسعة",  "عشرة", "بضعة", "عدة"};
  const bool counted = k + 1 < tokens.size() && units.count(tokens[k].norm) && IsCrowdQuantity(tokens[k + 1]);
  if (k >= tokens.size() || !(IsCrowdQuantity(tokens[k]) || counted)) return std::nullopt;
  std::size_t end = k;
  while (end + 1 < tokens.size() && end < k + 3 && tokens[end + 1].type != TokenType::kPunct &&
         !Prepositions().count(tokens[end + 1].norm) && !skip.count(tokens[end + 1].norm)) {
    ++end;
  }
  return Span{tokens[k].span.begin, tokens[end].span.end};
}

// Words for an attack, its weapon or armed men (هجوم انتحاري، سيارة مفخخة، صواريخ، مسلحون): a verb of
// striking with one of them as its subject is an attack even when no armed entity is named.
bool IsAttackOrWeaponWord(const Token& t) {
  static const std::unordered_set<std::string_view> stems = {
      "هجوم",   "هجمات",  "تفجير", "تفجيرات", "انفجار", "انتحاري", "انتحارية", "انتحاريون", "مفجر",
      "مفخخة",  "عبوة",   "صاروخ", "صواريخ",  "قذيفة",  "قذائف",   "غارة",     "غارات",     "طائرة",
      "طائرات", "مدفعية", "مسلح",  "مسلحون",  "مسلحين", "قناص",    "مقاتلات",  "دبابات",    "طيران"};
  return t.word ? stems.count(t.word->base_norm) != 0 : stems.count(t.norm) != 0;
}

// Words that make an explosion an attack: the attack and weapon words above, explosives and terror.
bool IsBombWord(const Token& t) {
  static const std::unordered_set<std::string_view> stems = {
      "ناسفة",      "ناسفتين", "عبوتين", "ملغومة", "ملغمة",   "قنبلة", "قنابل",
      "لغم",        "ألغام",   "الغام",  "ارهابي", "ارهابية", "ارهاب", "انتحاريان",
      "انتحاريتان", "مفخختين", "مفخخات", "عبوات",  "استهدف"};
  return IsAttackOrWeaponWord(t) || HasForm(t, stems) || (t.word && stems.count(t.word->base_norm) != 0);
}

// Verbs and nouns of demanding and calling for (طالب، دعا، ناشد، حث، مطالبة، دعوة).
bool IsDemandWord(const Token& t) {
  static const std::unordered_set<std::string_view> forms = {"طالب",   "دعا",  "دعي",    "ناشد", "حث",
                                                             "مطالبة", "دعوة", "مناشدة", "طلب"};
  return HasForm(t, forms);
}

// Verbs that report an act named by a noun as happening (وقع هجوم، نفذ اعتصاما، تعرض لهجوم، اندلعت
// مظاهرات، خرجت مسيرة، شهدت المدينة اشتباكات): with one of them before it, a noun trigger is an event in its
// own clause.
bool IsOccurrenceVerb(const Token& t) {
  static const std::unordered_set<std::string_view> lemmas = {"وقع", "نفذ",  "شن",   "اندلع", "جري",
                                                              "حدث", "تعرض", "خرج",  "انطلق", "نظم",
                                                              "عم",  "اقام", "تجدد", "سير",   "شهد"};
  return IsVerbOf(t, lemmas);
}

// "X تعرض لـNOUN": X suffered the act the noun names (تعرضت مدينة خاركيف ليلة أمس لقصف روسي، تعرضت قافلة
// للجيش لهجوم شنه مسلحون). The position of تعرض when the trigger at `first` carries ل and a form of تعرض
// stands before it in its clause (at most eight words back); tokens.size() otherwise.
std::size_t SufferedVerbBefore(const std::vector<Token>& tokens, std::size_t first) {
  const WordAnalysis* w = tokens[first].word;
  const bool with_li = (w && !w->proclitics.empty() && w->proclitics.back() == "ل") ||
                       (first > 0 && tokens[first - 1].norm == "ل");
  if (!with_li) return tokens.size();
  static const std::unordered_set<std::string_view> suffer = {"تعرض"};
  for (std::size_t k = first; k-- > 0 && k + 8 >= first;) {
    if (tokens[k].type == TokenType::kPunct && tokens[k].norm != "«" && tokens[k].norm != "»") break;
    if (IsVerbOf(tokens[k], suffer)) return k;
  }
  return tokens.size();
}

// A nationality adjective (الإيراني، التركية، الأمريكيين) rather than a country's name, by its ending.
bool IsNisba(std::string_view folded) {
  for (std::string_view ending : {"ي", "ية", "يين", "يون", "يان", "يتين", "يتان"}) {
    if (folded.size() > ending.size() + 4 && folded.ends_with(ending)) return true;
  }
  return false;
}

// The punctuation that ends a clause for the tests below (a comma, a semicolon, a full stop).
bool IsClauseEdge(const Token& t) { return t.norm == "،" || t.norm == "," || t.norm == "؛" || t.norm == "."; }

// True when منذ "since" stands in the trigger's clause (from the last comma before it to the next one) and
// does not follow a superlative or "first" (أعنف هجوم منذ أشهر، الأولى منذ توليه منصبه).
bool SinceInClause(const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
  static const std::unordered_set<std::string_view> records = {
      "اول",  "الاول",  "لاول", "الاولي", "اعنف", "الاعنف", "اكبر",    "الاكبر", "اسوا",  "الاسوا",
      "ادمي", "الادمي", "اخطر", "الاخطر", "اشد",  "الاشد",  "اعلي",    "الاعلي", "اكثر",  "الاكثر",
      "اطول", "الاطول", "ابرز", "الابرز", "مرة",  "سابقة",  "الثانية", "ارفع",   "الارفع"};
  auto clause_edge = [&](std::size_t k) { return IsClauseEdge(tokens[k]); };
  std::size_t begin = first;
  while (begin > 0 && !clause_edge(begin - 1)) --begin;
  std::size_t end = last + 1;
  while (end < tokens.size() && end <= last + 12 && !clause_edge(end)) ++end;
  for (std::size_t k = begin; k < end; ++k) {
    if (tokens[k].norm != "منذ" && tokens[k].norm != "ومنذ") continue;
    bool record = false;
    // (Not a count: "ودمرت أكثر من 1500 نفق منذ عام 2013" is a tally.)
    for (std::size_t j = k >= 4 ? k - 4 : 0; j < k; ++j) {
      const bool count = tokens[j].norm == "اكثر" && j + 1 < k && tokens[j + 1].norm == "من";
      record |= records.count(tokens[j].norm) > 0 && !count;
    }
    // (Nor since earlier the same day: قطعت السلطات خدمة الإنترنت منذ صباح اليوم.)
    static const std::unordered_set<std::string_view> today = {"صباح", "فجر",   "ظهر",
                                                               "مساء", "ساعات", "الصباح"};
    const bool same_day = k + 1 < tokens.size() && today.count(tokens[k + 1].norm) &&
                          (k + 2 >= tokens.size() || tokens[k + 2].norm == "اليوم" ||
                           tokens[k + 2].norm == "الباكر" || tokens[k + 1].norm == "الصباح");
    if (!record && !same_day) return true;
  }
  // Or "during them", of a time since which the clause before counts (يشهد السودان احتجاجات منذ انقلاب
  // الخامس والعشرين من أكتوبر، وقتل خلالها أكثر من مئة متظاهر).
  if (last + 1 < tokens.size() && HasForm(tokens[last + 1], {"خلالها", "خلاله", "خلالهما"}) && begin >= 2) {
    for (std::size_t k = begin - 1; k-- > 0 && k + 30 > begin;) {
      if (tokens[k].norm == "." || tokens[k].norm == "؛") break;
      if (tokens[k].norm == "منذ" || tokens[k].norm == "ومنذ") return true;
    }
  }
  // A clause fronted by منذ before the trigger's (ومنذ اندلاع جولة العنف في 20 يوليو، قتل 13 جنديا).
  if (begin >= 2) {
    std::size_t before = begin - 1;
    while (before > 0 && !clause_edge(before - 1)) --before;
    return tokens[before].norm == "منذ" || tokens[before].norm == "ومنذ";
  }
  return false;
}

// True when the trigger is what a discussion is about (يبحث ووزير الخارجية المصري دعم العلاقات، بحث سبل
// دعمها): a discussion word stands before it in its clause, at most five words back.
bool IsDiscussionTopic(const std::vector<Token>& tokens, std::size_t first) {
  static const std::unordered_set<std::string_view> words = {
      "بحث",     "يبحث",   "بحثا",  "يبحثان", "ناقش",  "ناقشا",  "يناقش", "تباحث", "تباحثا", "استعرض",
      "استعرضا", "يستعرض", "تناول", "تناولا", "تدارس", "تدارسا", "سبل",   "وسبل",  "افاق",   "مناقشة"};
  for (std::size_t k = first; k-- > 0 && k + 6 > first;) {
    const std::string_view norm = tokens[k].norm;
    if (norm == "،" || norm == "," || norm == "." || norm == "؛" || norm == ":") return false;
    if (words.count(norm) || words.count(BaseOf(tokens[k]))) return true;
  }
  return false;
}

// True when violence is what condolences are offered for (قدم تعازيه في ضحايا هجوم انتحاري … قتل أكثر من
// 100 شخص): told as the reason for the condolence, within eight words after it, not reported in its own
// clause.
bool IsCondolenceTopic(const std::vector<Token>& tokens, std::size_t first) {
  for (std::size_t k = first; k-- > 0 && k + 9 > first;) {
    const std::string_view base = BaseOf(tokens[k]);
    if (tokens[k].norm == ".") return false;
    // (Not تعزيزات, reinforcements: قبل أن تلحق بها تعزيزات عسكرية كبيرة، وخاضت … اشتباكات.)
    if (base.starts_with("تعاز") || (base.starts_with("تعزي") && !base.starts_with("تعزيز")) ||
        base == "عزاء" || base == "مواساة")
      return true;
    const WordAnalysis* w = tokens[k].word;
    const bool behind_preposition =
        (k > 0 && tokens[k - 1].norm == "في") || (w && !w->proclitics.empty() && w->proclitics.back() == "ل");
    if (base == "ضحايا" && behind_preposition) return true;  // (في ضحايا، لضحايا)
  }
  return false;
}

// True when an imperfect verb tells what is done as a rule (وتمنح الولايات المتحدة حاليا اسرائيل … سنويا):
// a word of habit stands in its clause.
bool HabitInClause(const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
  static const std::unordered_set<std::string_view> habits = {"سنويا", "يوميا", "شهريا", "اسبوعيا", "عادة",
                                                              "دائما", "باستمرار", "غالبا",
                                                              // (بشكل يومي، بصورة شبه يومية، بشكل متكرر)
                                                              "يومي", "يومية", "متكرر"};
  static const std::unordered_set<std::string_view> periods = {"عام", "سنة", "يوم", "شهر", "اسبوع"};
  auto edge = [&](std::size_t k) { return IsClauseEdge(tokens[k]); };
  std::size_t begin = first;
  while (begin > 0 && !edge(begin - 1)) --begin;
  for (std::size_t k = begin; k < tokens.size() && k <= last + 12 && !edge(k); ++k) {
    if (habits.count(tokens[k].norm)) return true;
    if (tokens[k].norm == "كل" && k + 1 < tokens.size() && periods.count(tokens[k + 1].norm)) return true;
  }
  return false;
}

// A verbal noun after a verb of beginning or going on (بدأت في شن غارات، واصلت قصف، استأنف الجيش
// عملياته) is the act itself, happening: the aspect verb's subject does it.
bool AfterAspectVerb(const std::vector<Token>& tokens, std::size_t first) {
  static const std::unordered_set<std::string_view> forms = {
      "بدا",     "بدات",   "بدأ",  "يبدا",  "تبدا",  "واصل", "واصلت", "يواصل", "تواصل",  "استانف",
      "استانفت", "يستانف", "باشر", "باشرت", "يباشر", "شرع",  "شرعت",  "وبدات", "وواصلت", "وواصل"};
  std::size_t k = first;
  if (k > 0 && tokens[k - 1].norm == "في") --k;
  return k > 0 && IsVerbOf(tokens[k - 1], forms);
}

// Whether the verbal noun at `first` is what someone proceeded to do (عمد محتجون مساء اليوم إلى قطع الطريق،
// قبل أن تعمد عناصر من قوى الأمن إلى تفريقهم، أقدم مسلح على إطلاق النار): told as done.
bool ProceededTo(const std::vector<Token>& tokens, std::size_t first) {
  if (first == 0 || (tokens[first - 1].norm != "الي" && tokens[first - 1].norm != "علي")) return false;
  for (std::size_t k = first - 1; k-- > 0 && k + 10 >= first;) {
    if (tokens[k].type == TokenType::kPunct && tokens[k].norm != "،") return false;
    if (IsVerbOf(tokens[k], {"عمد", "عمدت", "تعمد", "يعمد", "اقدم", "اقدمت", "يقدم"})) return true;
  }
  return false;
}

// The verb of replying whose act the verbal noun at `first`, with ب, names (وردت المدفعية التركية صباح اليوم
// بقصف مواقع، رد الجيش باستهداف …): the reply's subject did it.
std::optional<std::size_t> ReplyVerbBefore(const std::vector<Token>& tokens, std::size_t first) {
  if (!tokens[first].norm.starts_with("ب")) return std::nullopt;
  for (std::size_t k = first; k-- > 0 && k + 7 >= first;) {
    if (tokens[k].type == TokenType::kPunct && tokens[k].norm != "،") return std::nullopt;
    if (IsVerbOf(tokens[k], {"رد", "ردت", "ردوا", "يرد", "ترد", "سيرد", "سترد"})) return k;
  }
  return std::nullopt;
}

// Words for what is attacked as a party's (its positions, bases, depots, gatherings): موقع، أهداف، أوكار.
bool IsPositionWord(const Token& t) {
  static const std::unordered_set<std::string_view> positions = {
      "موقع",    "مواقع",  "هدف",    "اهداف",  "مقر",   "مقرات",   "وكر",  "اوكار",
      "تجمع",    "تجمعات", "مخزن",   "مخازن",  "معسكر", "معسكرات", "ثكنة", "منشات",
      "تحصينات", "اليات",  "اهدافا", "اوكارا", "هدفا",  "تجمعا"};
  return HasForm(t, positions);
}

// Whether two parties are the same side as states and organisations count: one organisation, or one state
// when neither is an organisation's.
bool SameState(const EventParty& a, const EventParty& b) {
  return (!a.org.empty() && a.org == b.org) ||
         (a.org.empty() && b.org.empty() && !a.country.empty() && a.country == b.country);
}

// A party's own fighters by a possessive (مجاهديها، قواته، عناصرهم): the armed party named before them acts.
bool IsOwnFightersWord(const Token& t) {
  static const std::unordered_set<std::string_view> fighters = {"مجاهد", "مجاهدي", "مقاتلي", "عناصر",
                                                                "قوات",  "مسلحي",  "وحدات"};
  const WordAnalysis* w = t.word;
  return w && (w->enclitic == "ها" || w->enclitic == "ه" || w->enclitic == "هم") &&
         fighters.count(w->base_norm);
}

// Launching or carrying out an attack (شن، نفذ), whose subject is the attacker whatever the order.
bool IsLaunchVerb(const Token& t) {
  // (Beginning one too: بدأت القوات التركية عملية برية.)
  return IsVerbOf(t, {"نفذ", "نفذت", "شن", "شنت", "ينفذ", "تنفذ", "يشن", "تشن", "بدات", "بدا", "تبدا", "يبدا",
                      "اطلق", "اطلقت", "يطلق", "تطلق"});
}

// Verbs that carry a noun trigger as their object: the act is the noun's, the actor the verb's subject.
// A verb of handing over, whose first object is the one it is handed to (سلّم آل ثاني مضيفه دعوة) — not
// with a pronoun, a blessing as often as not (سلمهم الله).
bool IsHandingVerb(const Token& t) {
  return IsVerbOf(t, {"سلم", "سلمت", "يسلم"}) && t.word->enclitic.empty();
}

bool IsLightVerb(const Token& t) {
  static const std::unordered_set<std::string_view> stems = {
      "بعث", "ارسل", "وجه", "عبر", "اعرب", "قدم", "نقل", "ابدي", "جدد", "ابرق", "اجري", "قام", "بعثت",
      "ارسلت", "ابرم", "ابرمت", "اختتم", "استهل", "اختتمت", "استهلت", "قرر", "قررت",
      // (Proceeding to an act: عمد جنود جيش الاحتلال إلى إطلاق النار، أقدم مسلحون على …)
      "عمد", "عمدت", "تعمد", "يعمد", "اقدم", "اقدمت",
      // (Arriving on a visit: سيحل رئيس جمهورية الموزمبيق بالجزائر في زيارة دولة.)
      "حل", "يحل", "سيحل", "حلت", "تحل", "ستحل"};
  return IsVerbOf(t, stems) || IsHandingVerb(t);
}

}  // namespace

struct EventCoder::Impl {
  std::unordered_map<std::string, std::string> home_country;    // outlet → country (sources.tsv)
  std::unordered_map<std::string, std::string> home_side;       // outlet → the organisation it speaks for
  std::unordered_map<std::string, std::string> country_domain;  // ccTLD (ISO alpha-2, lower case) → alpha-3
  std::unordered_map<std::string, CameoRow> cameo;
  std::vector<TriggerRow> triggers;
  std::unordered_map<std::string, std::vector<int>, StringHash, std::equal_to<>> by_first_key;
};

// The imperfect of the row's verb: ي + stem (يقتل، ويقتلون، سيضرب), or ت + the past (تقتل، تستهدف) — not a
// past of form V or VI, which begins with ت itself (تعرض، توغل).
bool IsImperfectOf(const Token& t, const TriggerRow& row) {
  std::string_view bare = t.norm;
  for (std::string_view lead : {"و", "ف", "س"}) {
    if (bare.size() > 6 && bare.starts_with(lead)) bare.remove_prefix(lead.size());
  }
  if (bare.starts_with("ي")) return true;
  if (!bare.starts_with("ت") || bare.size() < 6) return false;
  std::string past(bare.substr(2));
  for (std::string_view ending : {"ون", "ين", "ان"}) {
    if (past.size() > 4 + ending.size() && past.ends_with(ending)) {
      past.resize(past.size() - ending.size());
      break;
    }
  }
  return Intersects({past, "ا" + past}, row.words.front());
}

// A count of people: a number, a quantity word or a number word (خمسة أشخاص، عشرات، اثنين).
bool IsCountWord(const Token& t) {
  static const std::unordered_set<std::string_view> numbers = {
      "اثنين", "اثنان", "ثلاثة", "اربعة", "خمسة", "ستة", "سبعة",  "ثمانية", "تسعة", "عشرة", "احد",
      "عدد",   "ثلاث",  "اربع",  "خمس",   "ست",   "سبع", "ثماني", "تسع",    "عشر",  "اكثر"};
  return IsCrowdQuantity(t) || numbers.count(t.norm) > 0;
}

// The sector of the victims a victim word names: soldiers and officers MIL, police COP, anyone else CVL.
std::string_view VictimSector(const Token& t) {
  const std::string_view word = BaseOf(t);
  if (word.starts_with("جند") || word.starts_with("ضابط")) return "MIL";
  if (word.starts_with("شرط")) return "COP";
  return "CVL";
}

// Who is killed or hurt rather than kills: a child, a soldier, a civilian (قتل طفل فلسطيني، قتل جنديين
// تركيين). Gunmen, bombers and fighters are the doers and are not listed.
bool IsVictimWord(const Token& t) {
  static const std::unordered_set<std::string_view> victims = {
      "طفل",    "اطفال", "طفلة",    "جندي",    "جنديين", "جنديان", "جنود",   "شخص",     "اشخاص",
      "شخصا",   "مدني",  "مدنيين",  "مدنيا",   "مدنيون", "شرطي",   "شرطيين", "شرطيان",  "رجل",
      "امراة",  "نساء",  "مواطن",   "مواطنين", "مواطنا", "عامل",   "عمال",   "ضابط",    "ضابطا",
      "ضابطين", "حارس",  "صحفي",    "صحافي",   "طالب",   "طلاب",   "عنصران", "عنصرين",  "عنصرا",
      "طفلان",  "طفلين", "امراتان", "امراتين", "مدنيان", "شخصان",  "شخصين",  "مواطنان", "مواطنين"};
  return victims.count(t.norm) > 0 || victims.count(BaseOf(t)) > 0;
}

// After a transitive verb, words that show it has no object: a preposition, a time word, the clause's end.
bool NoObjectAfter(const std::vector<Token>& tokens, std::size_t last) {
  static const std::unordered_set<std::string_view> words = {
      "في",   "خلال",   "امس",   "اثر",     "لدي",     "عندما", "اليوم",  "جراء", "بعد",
      "علي",  "حين",    "منذ",   "بسبب",    "قرب",     "داخل",  "الليلة", "مساء", "صباح",
      "ليلا", "بنيران", "برصاص", "بانفجار", "الاسبوع", "الشهر", "العام",  "يوم",  "فجر",
      "ظهر",  "واصيب",  "برفقة", "مع",      "اثناء",   "ايضا",  "كما"};
  if (last + 1 >= tokens.size()) return true;
  const Token& next = tokens[last + 1];
  // "قتلوا وجرح 18 آخرون": the wounded follow the dead.
  if (next.norm == "وجرح" || next.norm == "واصيب" || next.norm == "واصيبوا") return true;
  return next.type == TokenType::kPunct || words.count(next.norm) > 0;
}

// A form of كان that opens a pluperfect or a past habit (وكان، كانت).
bool IsKana(std::string_view w) { return w == "كان" || w == "كانت" || w == "وكان" || w == "وكانت"; }

// A word that opens a clause of its own with another subject (…، فيما نفى المستشار، بينما).
bool OpensWhileClause(const Token& t) { return t.norm == "فيما" || t.norm == "بينما" || t.norm == "وفيما"; }

// The first token of the doer of a relative clause that starts at `relative` (الذي/التي): the word after its
// verb, past a pronoun that refers back to the antecedent (التي صادق عليها البرلمان، الذي تقوم به دولة قطر).
std::size_t RelativeClauseDoer(const std::vector<Token>& tokens, std::size_t relative) {
  static const std::unordered_set<std::string_view> back_reference = {"اليه",  "اليها", "عليه",
                                                                      "عليها", "به",    "بها"};
  std::size_t doer = relative + 2;
  if (doer < tokens.size() && back_reference.count(tokens[doer].norm)) ++doer;
  return doer;
}

// Whether the verb at `at` is told in the pluperfect (وكان الرئيس قد وصل): قد shortly before it, after a form
// of كان.
bool Pluperfect(const std::vector<Token>& tokens, std::size_t at) {
  bool qad = false;
  for (std::size_t k = at; k-- > 0 && k + 12 > at;) {
    const std::string& w = tokens[k].norm;
    if (w == "قد") qad = true;
    if (qad && IsKana(w)) return true;
  }
  return false;
}

// Whether the time said right after a verb is followed by its object (وكانت ميليشيا الحوثي قد استهدفت ظهر
// أمس الأربعاء مطار أبها): a bare noun, no preposition, verb or ب-phrase.
bool ObjectAfterTime(const std::vector<Token>& tokens, std::size_t last) {
  static const std::unordered_set<std::string_view> times = {
      "امس",   "اليوم", "الليلة",  "مساء",     "صباح",     "ليلا",   "فجر",    "ظهر", "يوم",
      "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعة", "عصر", "ليل"};
  // (Between commas too: طيران الجيش قصف، فجر اليوم، تجمعاً لعناصر التنظيم.)
  std::size_t at = last + 1;
  bool time = false;
  // (And منذ before a time: مدفعية الجيش قصفت منذ صباح اليوم أطراف البلدة.)
  const auto since = [&](std::size_t k) {
    return tokens[k].norm == "منذ" && k + 1 < tokens.size() && times.count(tokens[k + 1].norm);
  };
  while (at < tokens.size() && at < last + 7 &&
         (times.count(tokens[at].norm) || tokens[at].norm == "،" || since(at))) {
    time |= tokens[at].norm != "،";
    ++at;
  }
  if (!time || at >= tokens.size()) return false;
  const Token& t = tokens[at];
  // (An accusative noun the analyser may also read as a verb: تجمعاً.)
  return t.type == TokenType::kArabic && t.word && t.word->proclitics.empty() &&
         (!t.word->verb || t.norm.ends_with("ا")) && !Prepositions().count(t.norm) &&
         !NoObjectAfter(tokens, at - 1);
}

// Words for a relation between parties, what a pledge made in a meeting is about (تعزيز التعاون، مواصلة
// التشاور، العمل معكم).
bool IsRelationWord(const Token& t) {
  static const std::unordered_set<std::string_view> words = {
      "تعاون", "علاقة", "علاقات", "شراكة", "تنسيق", "تشاور", "اتصالات", "عمل", "جهود", "حوار", "زيارة", "مع"};
  return words.count(t.norm) > 0 || words.count(BaseOf(t)) > 0 ||
         (t.word && words.count(t.word->lemma_norm) > 0);
}

// A word after a comma that may be a circumstantial participle (…، مطالباً بـ، واعداً): م…ا or فاعلا, no
// article.
bool IsParticipleSlot(const std::vector<Token>& tokens, std::size_t j) {
  const Token& t = tokens[j];
  if (j == 0 || tokens[j - 1].norm != "،" || !t.word || t.word->has_article()) return false;
  // (A noun with "her" is no participle: مجالها.)
  if (t.word->enclitic == "ها") return false;
  const std::string form = MasculineParticiple(t.norm);
  if (!form.ends_with("ا")) return false;
  // مفعِلاً of the derived forms, or فاعلاً of form I (واعداً).
  return (form.size() >= 8 && form.starts_with("م")) || (form.size() == 10 && form.substr(2, 2) == "ا");
}

// A pledge (03x, but not 036, the invitation): its complement names what is promised and with whom.
bool IsPledge(const TriggerRow& row) { return row.cameo.starts_with("03") && row.cameo != "036"; }

EventCoder::EventCoder(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
EventCoder::~EventCoder() = default;

Status EventCoder::Open(const std::string& dir, Analyzer& analyzer, std::unique_ptr<EventCoder>* coder) {
  std::vector<LexiconIssue> issues;
  const lexicon::Table cameo = lexicon::ReadTable(
      dir + "/cameo.tsv",
      {"cameo", "label", "goldstein", "quad_class", "plover_category", "plover_mode", "plover_context"}, true,
      &issues);
  const lexicon::Table events = lexicon::ReadTable(
      dir + "/events.tsv",
      {"trigger", "kind", "cameo", "subject", "object", "preps", "modality", "restrict", "notes"}, true,
      &issues);
  const lexicon::Table sources =
      lexicon::ReadTable(dir + "/sources.tsv", {"source", "country", "side", "notes"}, false, &issues);
  const lexicon::Table countries = lexicon::ReadTable(
      dir + "/countries.tsv", {"code", "iso2", "names", "adjectives", "capitals", "cities"}, true, &issues);
  for (const auto& issue : issues) {
    if (issue.error) return Status::Corruption(issue.ToString() + " (run marsad lexicon check)");
  }
  auto impl = std::make_unique<Impl>();
  for (const auto& row : sources.rows) {
    impl->home_country[row.fields[0]] = row.fields[1];
    if (row.fields[2] != "-") impl->home_side[row.fields[0]] = row.fields[2];
  }
  for (const auto& row : countries.rows) {
    std::string domain = row.fields[1];
    for (char& c : domain) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (domain.size() == 2) impl->country_domain[domain] = row.fields[0];
  }
  for (const auto& row : cameo.rows) {
    const auto& f = row.fields;
    CameoRow c;
    c.goldstein = std::strtod(f[2].c_str(), nullptr);
    c.quad = std::atoi(f[3].c_str());
    c.category = f[4] == "-" ? "" : f[4];
    c.mode = f[5] == "-" ? "" : f[5];
    c.context = f[6] == "-" ? "" : f[6];
    impl->cameo[f[0]] = c;
  }
  for (const auto& row : events.rows) {
    const auto& f = row.fields;
    TriggerRow t;
    t.phrase = f[0];
    t.kind = f[1];
    t.cameo = f[2];
    t.subject = f[3];
    t.object = f[4];
    t.modality = f[6];
    t.restrict = f[7] == "-" ? "" : f[7];
    t.line = row.line;
    for (const auto& prep : lexicon::SplitList(f[5])) {
      const std::size_t eq = prep.find('=');
      if (eq != std::string::npos) t.preps[Normalize(prep.substr(0, eq))] = prep.substr(eq + 1);
    }
    const std::string& phrase = f[0];
    // Prepositions inside a phrase are left out of its keys: news writes them as separate words or as
    // clitics (دعا إلى المشاركة / دعا … للمشاركة), and the roles they introduce are read from the text.
    const std::vector<Token> phrase_tokens = Tokenize(phrase, {0, phrase.size()});
    for (const Token& tok : phrase_tokens) {
      if (tok.type == TokenType::kPunct) continue;
      if (phrase_tokens.size() > 1 && Prepositions().count(tok.norm)) continue;
      Token analysed = tok;
      if (tok.type == TokenType::kArabic) {
        analysed.word = &analyzer.Word(std::string_view(phrase).substr(tok.span.begin, tok.span.size()));
      }
      t.words.push_back(Keys(analysed));
    }
    if (t.words.empty() || !impl->cameo.count(t.cameo)) continue;
    const int index = static_cast<int>(impl->triggers.size());
    for (const auto& key : t.words.front()) impl->by_first_key[key].push_back(index);
    impl->triggers.push_back(std::move(t));
  }
  coder->reset(new EventCoder(std::move(impl)));
  return Status::OK();
}

namespace {

struct Found {
  int row = -1;
  std::size_t first = 0, last = 0;  // token indices of the trigger's first and last word
};

struct Arg {
  const Mention* mention;
  std::size_t first_token;
  std::size_t last_token;  // the token holding the mention's last byte
  std::string prep;        // "" when bare
};

}  // namespace

std::vector<Event> EventCoder::Code(const Article& article, const std::vector<Sentence>& sentences,
                                    const EntityResult& tagged, std::vector<TriggerTrace>* trace) const {
  const Impl& m = *impl_;
  std::vector<Event> events;
  std::vector<Event> pending;  // acts that need a meeting of the article for their addressee
  const CivilDate reference = PublicationDay(article);

  // An official of unstated nationality in an outlet's own news is of the outlet's country (sources.tsv).
  std::string home;
  std::string home_side;  // the organisation whose authorities the outlet calls the state's (sources.tsv)
  auto take_side = [&](const std::string& key) {
    if (auto it = m.home_side.find(key); it != m.home_side.end()) home_side = it->second;
  };
  if (auto it = m.home_country.find(article.source); it != m.home_country.end()) {
    home = it->second;
    take_side(article.source);
  }
  // An outlet the table does not name by its source may be named by its web address (www.alriyadh.com/…)
  // or its news agency in the dateline (الرياض - واس).
  if (home.empty() && article.url.find("://") != std::string::npos) {
    std::string host = article.url.substr(article.url.find("://") + 3);
    host = host.substr(0, host.find('/'));
    if (host.starts_with("www.")) host = host.substr(4);
    for (std::string key = host; home.empty() && !key.empty();) {
      if (auto it = m.home_country.find(key); it != m.home_country.end()) {
        home = it->second;
        take_side(key);
      }
      const std::size_t dot = key.find('.');  // (alriyadh.com, then the label alone)
      if (auto label = m.home_country.find(key.substr(0, dot));
          home.empty() && label != m.home_country.end()) {
        home = label->second;
        take_side(key.substr(0, dot));
      }
      key = dot == std::string::npos ? std::string() : key.substr(dot + 1);
    }
    // Or by its country's domain (alanbatnews.net is not listed; petra.gov.jo, paltoday.ps would be):
    // not the country codes sold to anyone as generic names (.tv, .me, .co, .cc, .fm, .io).
    static const std::unordered_set<std::string_view> generic = {"tv", "me", "co", "cc", "fm", "io",
                                                                 "ai", "ws", "to", "la", "im", "am"};
    const std::size_t last_dot = host.rfind('.');
    const std::string domain = last_dot == std::string::npos ? std::string() : host.substr(last_dot + 1);
    if (auto it = m.country_domain.find(domain);
        home.empty() && !generic.count(domain) && it != m.country_domain.end())
      home = it->second;
  }
  for (std::size_t s = 0; home.empty() && s < sentences.size() && s < 3; ++s) {
    if (sentences[s].is_title) continue;
    const auto& tokens = sentences[s].tokens;
    for (std::size_t k = 0; home.empty() && k < tokens.size() && k < 8; ++k) {
      if (auto it = m.home_country.find(tokens[k].norm); it != m.home_country.end()) home = it->second;
    }
    break;  // (the dateline opens the first sentence of the body)
  }
  // An outlet the table does not know: the state of its dateline's city stands in for it (صنعاء - سبأ،
  // القامشلي – نورث برس): officials of unstated nationality in a report from there are mostly its own.
  for (std::size_t s = 0; home.empty() && s < sentences.size(); ++s) {
    if (sentences[s].is_title) continue;
    const auto& tokens = sentences[s].tokens;
    for (const Mention& place : tagged.mentions) {
      if (place.sentence != static_cast<int>(s) || place.country.empty() ||
          (place.type != MentionType::kLocation && place.type != MentionType::kCountry) ||
          TokenAt(tokens, place.span.begin) != 0) {
        continue;
      }
      const std::size_t after = TokenAt(tokens, place.span.end - 1) + 1;
      // (Or a slash or a stretched dash, whose normal form is empty: أربيل/ التآخي، بغداد ـ الصباح الجديد.)
      if (after < tokens.size() &&
          (tokens[after].norm == "-" || tokens[after].norm == "–" || tokens[after].norm == "—" ||
           tokens[after].norm == ":" || tokens[after].norm == "/" ||
           (tokens[after].type == TokenType::kPunct && tokens[after].norm.empty()))) {
        home = place.country;
      }
      break;
    }
    break;
  }
  // "المملكة" alone, in a kingdom's own press, is that kingdom (موغيريني تزور المملكة، وقعت المملكة): a
  // mention of the home state, added to the article's entities (the state's entity if it is named too).
  EntityResult with_home;
  const bool kingdom = home == "SAU" || home == "JOR" || home == "BHR" || home == "MAR";
  bool added_home = false;
  for (std::size_t s = 0; kingdom && s < sentences.size(); ++s) {
    for (const Token& t : sentences[s].tokens) {
      if (!t.word || t.word->base_norm != "مملكة" || !t.word->has_article()) continue;
      const bool covered =
          std::any_of(tagged.mentions.begin(), tagged.mentions.end(), [&](const Mention& other) {
            return other.sentence == static_cast<int>(s) && other.span.begin < t.span.end &&
                   t.span.begin < other.span.end;
          });
      if (covered) continue;
      if (!added_home) with_home = tagged;  // (copied only for an article that needs it)
      added_home = true;
      int id = -1;
      for (std::size_t e = 0; e < with_home.entities.size() && id < 0; ++e) {
        const Entity& state = with_home.entities[e];
        if (state.type == MentionType::kCountry && state.country == home) id = static_cast<int>(e);
      }
      if (id < 0) {
        Entity& state = with_home.entities.emplace_back();
        state.type = MentionType::kCountry;
        state.name = state.canonical = "المملكة";
        state.country = home;
        id = static_cast<int>(with_home.entities.size()) - 1;
      }
      Mention& mention = with_home.mentions.emplace_back();
      mention.type = MentionType::kCountry;
      mention.span = t.span;
      mention.sentence = static_cast<int>(s);
      mention.entity = id;
      mention.country = home;
      mention.canonical = with_home.entities[id].canonical;
      mention.how = "home kingdom";
    }
  }
  if (added_home) {
    std::stable_sort(
        with_home.mentions.begin(), with_home.mentions.end(), [](const Mention& a, const Mention& b) {
          return std::make_pair(a.sentence, a.span.begin) < std::make_pair(b.sentence, b.span.begin);
        });
    for (Entity& e : with_home.entities) e.mentions.clear();
    for (std::size_t k = 0; k < with_home.mentions.size(); ++k) {
      const int id = with_home.mentions[k].entity;
      if (id >= 0) with_home.entities[id].mentions.push_back(static_cast<int>(k));
    }
  }
  const EntityResult& entities = added_home ? with_home : tagged;
  // The state the article's places mostly lie in (اربيل، بغداد، الأنبار، العراق): where its crowds and
  // victims are when neither their sentence nor the headline names a place. Nationality adjectives do not
  // count (they are the actors'); a tie names none.
  std::string article_place_country;
  {
    std::map<std::string, int> places;
    for (const Mention& place : entities.mentions) {
      if (!place.country.empty() && place.how != "attachment" &&
          (place.type == MentionType::kLocation || place.type == MentionType::kCountry)) {
        ++places[place.country];
      }
    }
    int best = 0;
    for (const auto& [country, count] : places) {
      if (count > best) {
        best = count;
        article_place_country = country;
      } else if (count == best) {
        article_place_country.clear();
      }
    }
  }
  // The words that name an entity best: the role phrase of its first mention that has one as written (not a
  // pronoun, not الطرفان), else its name or canonical name.
  auto entity_text = [&](int id) {
    const Entity& e = entities.entities[id];
    for (int k : e.mentions) {
      const Mention& other = entities.mentions[k];
      if (other.how.starts_with("coref:dropped") || other.how == "coref:parties" ||
          other.how == "coref:interlocutor")
        continue;
      if (!other.role_span.empty()) return std::string(article.View(other.role_span));
    }
    return e.name.empty() ? e.canonical : e.name;
  };
  // The last attack the article told with a named doer that is not `side`'s own: what a reaction to "the
  // attack" or "these attacks" is about.
  // (First the last one aimed at `side`'s own people: a state's spokesman condemning "the crime" after a raid
  // on its people and its fighters' clash with the raiders means the raid.)
  auto attack_told_before = [&](const std::vector<EventParty>& side) -> const Event* {
    auto ours = [&](const std::vector<EventParty>& parties) {
      return std::any_of(parties.begin(), parties.end(), [&](const EventParty& p) {
        return std::any_of(side.begin(), side.end(), [&](const EventParty& a) { return SameState(p, a); });
      });
    };
    auto named = [](const Event& told) {
      return std::any_of(told.actor.begin(), told.actor.end(),
                         [](const EventParty& p) { return !p.org.empty() || !p.country.empty(); });
    };
    for (auto told = events.rbegin(); told != events.rend(); ++told) {
      if (told->category != "ASSAULT" || told->modality != "asserted") continue;
      if (ours(told->recipient) && named(*told) && !ours(told->actor)) return &*told;
    }
    // (Else a third party condemns the article's first attack, the one its story is about, not the
    // retaliation told after it.)
    for (const Event& told : events) {
      if (told.category != "ASSAULT" || told.modality != "asserted") continue;
      if (named(told) && !ours(told.actor)) return &told;
    }
    return nullptr;
  };
  auto party_of = [&](const Mention& mention, std::vector<EventParty>* out) {
    auto add_entity = [&](int id, Span span) {
      const Entity& e = entities.entities[id];
      for (const auto& p : *out) {
        if (p.entity == id) return;
      }
      EventParty p;
      p.entity = id;
      p.name = e.name;
      p.country = e.country;
      p.org = e.org;
      p.sector = e.sector;
      p.span = span;
      const bool stands_for = !mention.members.empty() || mention.how.starts_with("coref:dropped") ||
                              mention.how == "coref:interlocutor";
      if (!stands_for && !mention.role_span.empty()) {
        p.text = WithoutProclitics(std::string(article.View(mention.role_span)), mention, sentences);
      } else if (!stands_for && mention.name_span.empty()) {
        p.text = WithoutProclitics(std::string(article.View(mention.span)), mention, sentences);
      } else {
        p.text = entity_text(id);  // (another mention's words: this one's clitics are not theirs)
      }
      if (p.text.empty()) p.text = e.name.empty() ? e.canonical : e.name;
      // A nation named by its people (الأردنيين، فلسطينيون) is its public, not its state.
      if (mention.type == MentionType::kCountry && p.sector.empty()) {
        const std::string said = Normalize(article.View(mention.span));
        if (said.ends_with("يين") || said.ends_with("يون")) p.sector = "CVL";
      }
      // A ministry of the outlet's own news whose state only the last government named before gave it
      // (وكانت وزارة الشؤون الخارجية قد استدعت … in El Khabar, after the French president) is the
      // outlet's state's. So is a headline's bare ministry that took the portfolio of one named later
      // (الخارجية تستدعي القائم بالأعمال التركي in Baghdad news, before وزارة الخارجية التركية نفت).
      const bool in_headline = mention.sentence >= 0 &&
                               static_cast<std::size_t>(mention.sentence) < sentences.size() &&
                               sentences[mention.sentence].is_title;
      const bool headline_portfolio = mention.how.ends_with("+country:portfolio") && in_headline;
      // (So is a headline's bare army, which took the state of the first force the body names: "ومفارز
      // الجيش توقف 23 مهربا" in El Watan after a Malian strike.)
      const bool headline_army = mention.how.ends_with("+country:context") && in_headline &&
                                 e.sector == "MIL" && e.org.empty() && e.role == "army" &&
                                 Normalize(article.View(mention.span)).ends_with("الجيش");
      // (And "the national army" anywhere: an outlet calls its own state's army so — يمن شباب: شنت ميليشيا
      // الحوثي هجوماً على مواقع الجيش الوطني.)
      const bool national_army = e.sector == "MIL" && e.org.empty() && p.country.empty() &&
                                 Normalize(article.View(mention.span)).ends_with("الجيش الوطني");
      if (!home.empty() && (headline_army || national_army)) p.country = home;
      // (And a body's ministry whose portfolio the article gives the outlet's own state a minister of:
      // "وكانت وزارة الخارجية قد أدانت" in a Saudi outlet whose story names the Saudi, Iraqi and Jordanian
      // foreign ministers.)
      bool home_portfolio = false;
      if (!home.empty() && mention.how.ends_with("+country:portfolio") && e.role.ends_with("_ministry")) {
        const std::string minister =
            e.role.substr(0, e.role.size() - std::string_view("ministry").size()) + "minister";
        home_portfolio =
            std::any_of(entities.entities.begin(), entities.entities.end(), [&](const Entity& o) {
              return o.type == MentionType::kPerson && o.country == home &&
                     (o.role == minister ||
                      std::find(o.titles.begin(), o.titles.end(), minister) != o.titles.end());
            });
      }
      if (!home.empty() && mention.type == MentionType::kOrganization &&
          (mention.how.ends_with("+country:context") || headline_portfolio || home_portfolio) &&
          (e.role.ends_with("_ministry") || e.role == "presidency" || e.role == "cabinet" ||
           e.role == "royal_court") &&
          e.org.empty()) {
        p.country = home;
      }
      // Only officials by title: police and soldiers are named in foreign reports too (الشرطة) — but the
      // army's chief by his office is an official too (رئيس أركان حرب القوات المسلحة الفريق محمد فريد).
      // (Only the top of the command: a bare "ضابط" or "اللواء" in foreign news is anyone's.)
      // (And the army's spokesman: الناطق الرسمي باسم الجيش الوطني.)
      const bool commander = e.type == MentionType::kPerson && p.sector == "MIL" &&
                             (e.role == "chief_of_general_staff" || e.role == "army_chief" ||
                              e.role == "spokesperson" || e.role == "military_spokesperson");
      // (Not a monarch's title in a republic's outlet: a Beirut site's "ولي العهد" is the crown prince of the
      // kingdom its story is about.)
      static const std::unordered_set<std::string_view> monarchs = {"king", "crown_prince",
                                                                    "deputy_crown_prince", "emir"};
      static const std::unordered_set<std::string_view> monarchies = {
          "SAU", "JOR", "MAR", "KWT", "QAT", "BHR", "ARE", "OMN", "GBR", "ESP",
          "NLD", "BEL", "SWE", "NOR", "DNK", "JPN", "THA", "MYS", "BRN"};
      const bool foreign_monarch = monarchs.count(e.role) && !monarchies.count(home);
      if (p.country.empty() && p.org.empty() && !home.empty() && !foreign_monarch &&
          (p.sector == "GOV" || p.sector == "DIP" || p.sector == "LEG" || commander)) {
        p.country = home;
      }
      // In an outlet that speaks for a movement ruling part of its state (Al-Masirah), the state's
      // authorities and forces it names are the movement's (manual: the Houthis' are HOUTHI, REB): its
      // "وزارة الخارجية" and its "القوات المسلحة اليمنية" and "القوات البحرية" alike.
      const bool authorities = p.sector == "GOV" || p.sector == "MIL" || p.sector == "COP" ||
                               p.sector == "DIP" || p.sector == "LEG";
      if (!home_side.empty() && p.org.empty() && authorities && (p.country.empty() || p.country == home)) {
        p.country = home;
        p.org = home_side;
        p.sector = "REB";
      }
      out->push_back(std::move(p));
    };
    if (!mention.members.empty()) {
      for (int id : mention.members) add_entity(id, mention.span);
    } else if (mention.entity >= 0) {
      add_entity(mention.entity, mention.span);
    }
  };

  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const auto& tokens = sentences[s].tokens;
    // The sentence's actor-capable mentions with the preposition introducing each.
    std::vector<Arg> args;
    for (const Mention& mention : entities.mentions) {
      if (mention.sentence != static_cast<int>(s) || mention.how.starts_with("attachment")) continue;
      // A role phrase in apposition to a named person is the same party, not a second one.
      if (mention.how == "coref:apposition") continue;
      // Both parties met (الوزيران، الرئيسان) are the ones the article named, not a group of the lexicon.
      if (mention.how != "coref:parties" &&
          std::any_of(entities.mentions.begin(), entities.mentions.end(), [&](const Mention& both) {
            return both.how == "coref:parties" && !both.members.empty() &&
                   both.sentence == mention.sentence && both.span.begin == mention.span.begin &&
                   both.span.end == mention.span.end;
          })) {
        continue;
      }
      const std::size_t first = TokenAt(tokens, mention.span.begin);
      if (first >= tokens.size()) continue;
      // The agency of a dateline (الرياض - سبأنت تلقى …) reports; it is no party to the sentence's acts.
      if (mention.type == MentionType::kOrganization && mention.how == "ner" && first >= 2 && first <= 4 &&
          (tokens[first - 1].norm == "-" || tokens[first - 1].norm == "–" || tokens[first - 1].norm == "—") &&
          std::any_of(entities.mentions.begin(), entities.mentions.end(), [&](const Mention& place) {
            return place.sentence == static_cast<int>(s) && TokenAt(tokens, place.span.begin) == 0 &&
                   (place.type == MentionType::kLocation || place.type == MentionType::kCountry) &&
                   TokenAt(tokens, place.span.end - 1) + 2 == first;
          })) {
        continue;
      }
      // Places are where things happen, not who does them — except a self-governing region, which acts
      // for its state (إقليم كردستان العراق يدين …: the manual codes the Kurdistan Region as IRQ).
      const bool region = tokens[first].word && tokens[first].word->base_norm == "اقليم";
      // (And a capital as the bare object of a statement, which speaks to its state: طالبت فيها أنقرة
      // بوقف عملياتها، محذراً واشنطن من أن …)
      static const std::unordered_set<std::string> addressing_participles = {
          "محذرا", "مطالبا", "داعيا",  "متهما",  "مهددا",  "متوعدا",
          "محملا", "مناشدا", "وداعيا", "ومحذرا", "ومطالبا"};
      const bool capital_object =
          mention.role == "capital" && !mention.country.empty() && first >= 2 && tokens[first].word &&
          tokens[first].word->proclitics.empty() && !Prepositions().count(tokens[first - 1].norm) &&
          (tokens[first - 1].norm == "فيها" || tokens[first - 1].norm == "فيه" ||
           (tokens[first - 1].word && tokens[first - 1].word->verb &&
            !tokens[first - 1].word->has_article()) ||
           addressing_participles.count(MasculineParticiple(tokens[first - 1].norm)) ||
           // (Or after an aside, the one warned "of": حذّر …، في بيان، واشنطن من أن.)
           (tokens[first - 1].norm == "،" && first + 1 < tokens.size() && tokens[first + 1].norm == "من"));
      // (Or a capital as the pluperfect's subject, which acts for its state: وكانت الخرطوم قد دعت مجلس
      // الأمن.)
      const bool capital_subject = mention.role == "capital" && !mention.country.empty() && first >= 1 &&
                                   first + 1 < tokens.size() && tokens[first + 1].norm == "قد" &&
                                   (tokens[first - 1].norm == "كانت" || tokens[first - 1].norm == "وكانت" ||
                                    tokens[first - 1].norm == "كان" || tokens[first - 1].norm == "وكان");
      if (mention.type == MentionType::kLocation && !region && !capital_object && !capital_subject) continue;
      std::size_t last = first;
      while (last + 1 < tokens.size() && tokens[last + 1].span.begin < mention.span.end) ++last;
      // The role phrase in apposition is part of the party's words (وحيدر العبادي رئيس الوزراء العراقي
      // تحدثا: the subject ends right before the verb).
      for (const Mention& role : entities.mentions) {
        if (role.how != "coref:apposition" || role.entity != mention.entity || mention.entity < 0 ||
            last + 1 >= tokens.size() || role.span.begin != tokens[last + 1].span.begin) {
          continue;
        }
        while (last + 1 < tokens.size() && tokens[last + 1].span.begin < role.span.end) ++last;
      }
      // A body named as the building a meeting is in (في ديوان عام الوزارة، بمقر الوزارة) is a place.
      static const std::unordered_set<std::string_view> building = {"ديوان", "بديوان", "مقر",  "بمقر",
                                                                    "مبني",  "بمبني",  "بمقار"};
      if (mention.type == MentionType::kOrganization && first >= 1 &&
          (building.count(tokens[first - 1].norm) ||
           (first >= 2 && tokens[first - 1].norm == "عام" && building.count(tokens[first - 2].norm)))) {
        continue;
      }
      // Nor are those under whose guard something is done a side of it (أحرق مستوطنون منزلاً …، تحت
      // حماية جنود الاحتلال).
      if (first >= 1 && (tokens[first - 1].norm == "حماية" || tokens[first - 1].norm == "بحماية" ||
                         tokens[first - 1].norm == "حراسة" || tokens[first - 1].norm == "بحراسة")) {
        continue;
      }
      std::string prep;
      if (first > 0 && Prepositions().count(tokens[first - 1].norm)) prep = tokens[first - 1].norm;
      // (And بحق, "against", before the one an act or threat is aimed at: إجراءات إضافية بحق إسرائيل.)
      if (first > 0 && tokens[first - 1].norm == "بحق") prep = "بحق";
      // "كل من X وY" lists subjects: من there is no preposition.
      // (So does "كلاً من X وY" for the ones acted on: وهنأت الوزارة كلاً من إثيوبيا وإريتريا.)
      if (prep == "من" && first >= 2 &&
          (tokens[first - 2].norm == "كل" || tokens[first - 2].norm == "وكل" ||
           tokens[first - 2].norm == "كلا"))
        prep.clear();
      // "تضامنا مع X" says why, and X is no party to the act (قطع العلاقات مع إيران …، تضامنا مع السعودية).
      if (prep == "مع" && first >= 2 &&
          (tokens[first - 2].norm == "تضامنا" || tokens[first - 2].norm == "تضامن"))
        prep = "تضامنا مع";
      // A direction between the preposition and its place (على جنوب إسرائيل، في شمال سوريا).
      static const std::unordered_set<std::string_view> directions = {"جنوب",  "شمال",  "شرق",  "غرب", "وسط",
                                                                      "جنوبي", "شمالي", "شرقي", "غربي"};
      if (prep.empty() && first > 1 && directions.count(tokens[first - 1].norm) &&
          Prepositions().count(tokens[first - 2].norm)) {
        prep = tokens[first - 2].norm;
      }
      // A count between the preposition and the people (عقوبات على ثلاثة قادة في قوات الدعم السريع).
      if (prep.empty() && first > 1 && mention.type == MentionType::kGroup &&
          IsCountWord(tokens[first - 1]) && Prepositions().count(tokens[first - 2].norm)) {
        prep = tokens[first - 2].norm;
      }
      // Members of a group between the preposition and the group (عقوبات على قادة جماعة الحوثي، على أربعة
      // من قادة جماعة الحوثي): the group, behind that preposition.
      static const std::unordered_set<std::string_view> members_of = {
          "قادة", "عناصر", "اعضاء", "مسؤولي", "قيادات", "قياديين", "مقاتلي", "زعماء", "كبار"};
      // (A quotation mark may open the group's name: على ثلاثة من زعماء «حزب الله».)
      const std::size_t member_at =
          first > 2 && (tokens[first - 1].norm == "«" || tokens[first - 1].norm == "\"") ? first - 1 : first;
      if ((prep.empty() || prep == "من" || prep == "«") && member_at > 1 &&
          members_of.count(tokens[member_at - 1].norm)) {
        std::size_t k = member_at - 2;
        if (k >= 2 && tokens[k].norm == "من" && IsCountWord(tokens[k - 1])) k -= 2;
        if (Prepositions().count(tokens[k].norm) && tokens[k].norm != "من") prep = tokens[k].norm;
      }
      // (Or a count "of" them: على أربعة من قادة جماعة الحوثي, the leaders' mention.)
      if (prep == "من" && first > 2 && mention.type == MentionType::kGroup &&
          IsCountWord(tokens[first - 2]) && Prepositions().count(tokens[first - 3].norm) &&
          tokens[first - 3].norm != "من" && (!mention.org.empty() || !mention.country.empty())) {
        prep = tokens[first - 3].norm;
      }
      // "على هامش (أعمال) الجمعية العامة": the occasion of a meeting, never a party to it.
      if (first > 1 && (tokens[first - 1].norm == "هامش" ||
                        (first > 2 && tokens[first - 2].norm == "هامش" &&
                         (tokens[first - 1].norm == "اعمال" || tokens[first - 1].norm == "فعاليات" ||
                          tokens[first - 1].norm == "اجتماعات")))) {
        prep = "علي هامش";
      }
      // "باسم دولة الكويت", "بقيادة الأمير": whom a party speaks for or is led by, never its object.
      if (first > 0 && (tokens[first - 1].norm == "باسم" || tokens[first - 1].norm == "بقياده" ||
                        tokens[first - 1].norm == "بقيادة")) {
        prep = tokens[first - 1].norm;
      }
      // Two-word prepositions the table names (إلى جانب البحرين، على شرف الوزير).
      if (first > 1 && (tokens[first - 1].norm == "جانب" || tokens[first - 1].norm == "شرف") &&
          Prepositions().count(tokens[first - 2].norm)) {
        prep = tokens[first - 2].norm + " " + tokens[first - 1].norm;
      }
      // A nationality after the people it qualifies, counted or not (عن 26 أسيرا فلسطينيا، مع وفد سعودي،
      // القبض على أم أميركية): the preposition before them.
      const std::string& adjective = tokens[first].norm;
      const bool nisba = first == last && (IsNisba(adjective) || (adjective.ends_with("يا") && first >= 1 &&
                                                                  tokens[first - 1].norm.ends_with("ا")));
      if (prep.empty() && mention.type == MentionType::kCountry && nisba && first >= 2 &&
          tokens[first - 1].type == TokenType::kArabic && tokens[first - 1].word &&
          tokens[first - 1].word->proclitics.empty()) {
        std::size_t k = first - 2;
        if (k >= 1 && tokens[k].type == TokenType::kNumber) --k;
        // (Only those that name a party: في غارة أميركية, قرب 8 مدن عراقية say how or where.)
        static const std::unordered_set<std::string_view> party_preps = {"عن", "علي", "مع", "الي"};
        if (party_preps.count(tokens[k].norm)) prep = tokens[k].norm;
      }
      // (And a definite one after a definite noun and its adjective: أمام الطائرات العسكرية الفرنسية.)
      if (prep.empty() && mention.type == MentionType::kCountry && nisba && first >= 3 &&
          tokens[first].word && tokens[first].word->has_article()) {
        for (std::size_t k = first - 1; k + 4 >= first && k > 0; --k) {
          // (A noun in construct with the definite one after it counts: وسائل النقل.)
          const bool construct = tokens[k].word && !tokens[k].word->has_article() &&
                                 tokens[k].word->proclitics.empty() && k + 1 < first && tokens[k + 1].word &&
                                 tokens[k + 1].word->has_article();
          if (!tokens[k].word || (!tokens[k].word->has_article() && !construct)) break;
          if (tokens[k - 1].norm == "امام") {
            prep = tokens[k - 1].norm;
            break;
          }
          // (Past "all" after it: أمام جميع وسائل النقل القطرية.)
          if (k >= 2 && (tokens[k - 1].norm == "جميع" || tokens[k - 1].norm == "كافة") &&
              tokens[k - 2].norm == "امام") {
            prep = tokens[k - 2].norm;
            break;
          }
        }
      }
      // (And an official in apposition to a name no one tagged: مباحثات مع ظهير ذو الكمال، وزير الشؤون
      // الخارجية … لاتحاد جزر القمر — the preposition before the name.)
      if (prep.empty() && mention.type == MentionType::kPerson && !mention.role_span.empty() && first >= 3 &&
          tokens[first - 1].norm == "،") {
        for (std::size_t k = first - 2; k + 5 >= first && k > 0; --k) {
          const bool named =
              std::any_of(entities.mentions.begin(), entities.mentions.end(), [&](const Mention& o) {
                return o.sentence == static_cast<int>(s) && tokens[k].span.begin >= o.span.begin &&
                       tokens[k].span.end <= o.span.end;
              });
          if (tokens[k].type != TokenType::kArabic || named) break;
          static const std::unordered_set<std::string_view> party_preps = {"مع", "عن", "الي", "علي", "من"};
          if (party_preps.count(tokens[k - 1].norm) && k + 1 < first - 1) {
            prep = tokens[k - 1].norm;
            break;
          }
        }
      }
      const WordAnalysis* w = tokens[first].word;
      // (A name whose first letter the analyser took for a clitic is the lexicon's name whole: بلينكن is
      // not ب + لينكن.)
      bool letter_of_name = false;
      if (w && !w->proclitics.empty() && mention.how == "lexicon" && !mention.canonical.empty()) {
        const std::string whole = Normalize(std::string(article.View(tokens[first].span)));
        const std::string canonical = " " + Normalize(mention.canonical) + " ";
        letter_of_name = canonical.find(" " + whole + " ") != std::string::npos;
      }
      if (prep.empty() && w && !w->proclitics.empty() && !letter_of_name) {
        for (const auto& p : w->proclitics) {
          if (p == "ب" || p == "ل" || p == "ك") prep = p;
        }
      }
      args.push_back({&mention, first, last, prep});
    }

    // The party's words, with a role in apposition after it (the args' token ranges include it).
    // (A role in apposition after a comma is the party's words too: ناصر بوريطة، وزير الشؤون الخارجية
    // والتعاون الإفريقي والمغاربة المقيمين بالخارج، …)
    std::vector<Span> appositions;
    for (const Mention& role : entities.mentions) {
      if (role.sentence == static_cast<int>(s) && role.how == "coref:apposition")
        appositions.push_back(role.span);
    }
    auto in_mention = [&](std::size_t j) {
      return std::any_of(args.begin(), args.end(),
                         [&](const Arg& a) {
                           return (tokens[j].span.begin >= a.mention->span.begin &&
                                   tokens[j].span.end <= a.mention->span.end) ||
                                  (j >= a.first_token && j <= a.last_token);
                         }) ||
             std::any_of(appositions.begin(), appositions.end(), [&](const Span& role) {
               return tokens[j].span.begin >= role.begin && tokens[j].span.end <= role.end;
             });
    };
    // Words of a date expression (اليوم (الأحد)): they stand between a word and its object without counting.
    // The party joined by و right after a party (بين مصر والسودان، مصر وقطر والولايات المتحدة).
    auto joined_after = [&](const Arg& a) -> const Arg* {
      for (const Arg& b : args) {
        if (b.first_token == a.last_token + 1 && b.prep.empty() && StartsWithAnd(tokens[b.first_token]))
          return &b;
      }
      return nullptr;
    };
    // A second nationality right after one, no و between (غارة أمريكية بريطانية، الضربات الأمريكية
    // البريطانية).
    auto nisba_after = [&](const Arg& a) -> const Arg* {
      for (const Arg& b : args) {
        if (b.first_token == a.last_token + 1 && b.prep.empty() && b.mention->type == MentionType::kCountry &&
            IsNisba(tokens[b.first_token].norm))
          return &b;
      }
      return nullptr;
    };
    // A nationality after a party and the adjectives that go on describing it (القوات الأمنية العراقية):
    // the party's own.
    auto subject_nisba_after = [&](const Arg& party) -> const Arg* {
      for (const Arg& b : args) {
        if (b.first_token <= party.last_token || b.first_token > party.last_token + 3 || !b.prep.empty() ||
            b.mention->type != MentionType::kCountry || !tokens[b.first_token].word ||
            !tokens[b.first_token].word->has_article() || !IsNisba(tokens[b.first_token].norm)) {
          continue;
        }
        bool adjectives = true;
        for (std::size_t k = party.last_token + 1; k < b.first_token; ++k) {
          const WordAnalysis* w = tokens[k].word;
          adjectives &= w && w->has_article() && tokens[k].type == TokenType::kArabic && !in_mention(k);
        }
        if (adjectives) return &b;
      }
      return nullptr;
    };
    auto in_date = [&](std::size_t j) {
      return std::any_of(entities.dates.begin(), entities.dates.end(), [&](const DateMention& d) {
        return tokens[j].span.begin >= d.span.begin && tokens[j].span.end <= d.span.end;
      });
    };
    // A person's name is no trigger, whatever verb it is spelt like (نزار "we visit", ناصر "supported").
    auto in_name = [&](std::size_t j) {
      return std::any_of(args.begin(), args.end(), [&](const Arg& a) {
        const Mention& p = *a.mention;
        if (p.type != MentionType::kPerson) return false;
        const Span name = !p.name_span.empty() ? p.name_span : p.how == "lexicon" ? p.span : Span{};
        return tokens[j].span.begin >= name.begin && tokens[j].span.end <= name.end && !name.empty();
      });
    };
    // Words only sport uses (not هدف "goal/target", الفريق "the team/the general", الدوري "the league/
    // rotating").
    static const std::unordered_set<std::string_view> sport_words = {
        "مباراة", "المباراة", "مباريات", "المباريات", "بطولة",    "البطولة", "المنتخب", "منتخب", "الملعب",
        "ملعب",   "لاعب",     "اللاعب",  "لاعبين",    "اللاعبين", "لاعبا",   "المدرب",  "مدرب",  "الشوط",
        "ركلة",   "التصفيات", "النادي",  "لنادي",     "بنادي",    "ونادي",   "الكرة",   "كرة"};
    // (المنتخب after a title or a person is "elected": الرئيس الإيراني المنتخب.)
    bool sport_sentence = false;
    for (std::size_t k = 0; k < tokens.size() && !sport_sentence; ++k) {
      const Token& t = tokens[k];
      const bool sport =
          sport_words.count(t.norm) > 0 || (t.word && sport_words.count(t.word->base_norm) > 0);
      const bool elected = (t.norm == "المنتخب" || t.norm == "المنتخبة") && k > 0 && in_mention(k - 1);
      sport_sentence = sport && !elected;
    }
    // Nor a country's or a place's name (وتشاد is Chad, not تشاد "he praised"), nor a named organisation's
    // (طالبان is the Taliban, not "they both demanded"; جمعية الدعوة invites no one): its tokens, marked
    // once.
    std::vector<char> place_name(tokens.size(), 0);
    for (const Mention& p : entities.mentions) {
      // (An organisation named inside a title's phrase too: الأمين العام لمنظمة التعاون الإسلامي.)
      const bool named_organisation = p.type == MentionType::kOrganization && !p.org.empty() &&
                                      (p.how == "lexicon" || p.how == "attachment");
      if (p.sentence != static_cast<int>(s) ||
          !(named_organisation ||
            (p.how == "lexicon" && (p.type == MentionType::kCountry || p.type == MentionType::kLocation)))) {
        continue;
      }
      for (std::size_t j = TokenAt(tokens, p.span.begin);
           j < tokens.size() && tokens[j].span.end <= p.span.end; ++j)
        if (tokens[j].span.begin >= p.span.begin) place_name[j] = 1;
    }
    // Each token's keys, made once: the phrase search below asks for the same tokens' keys again for every
    // row and every word of a row it tries. One array of views for the sentence, token j's from key_ends[j -
    // 1].
    thread_local std::vector<std::string_view> keys;
    thread_local std::vector<std::size_t> key_ends;
    thread_local std::deque<std::string> made_keys;
    keys.clear();
    key_ends.clear();
    made_keys.clear();
    for (std::size_t j = 0; j < tokens.size(); ++j) {
      // (After a party, a place's or a capital's name too: أن طهران تدين.)
      const bool verb_slot = j == 0 || in_mention(j - 1) || place_name[j - 1];
      AppendKeys(tokens[j], &keys, &made_keys, /*inflected=*/true, verb_slot, IsParticipleSlot(tokens, j));
      // "ودان" opening a sentence is و + دان "condemned", which hunspell knows only as the town Waddan
      // (مدينة ودان).
      if (j == 0 && tokens[j].norm == "ودان") keys.push_back(std::string_view(tokens[j].norm).substr(2));
      key_ends.push_back(keys.size());
    }
    auto keys_of = [&](std::size_t j) {
      const std::size_t begin = j == 0 ? 0 : key_ends[j - 1];
      return std::span<const std::string_view>(keys).subspan(begin, key_ends[j] - begin);
    };
    // Triggers, longest row first at each position.
    std::vector<Found> found;
    std::set<std::size_t> consumed;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (tokens[i].type != TokenType::kArabic || consumed.count(i) || in_name(i) || place_name[i]) continue;
      Found best;
      std::size_t best_words = 0;
      // A word with the article is a noun, whatever verb it is spelt like (التعاون is not تعاون
      // "cooperated").
      const WordAnalysis* word = tokens[i].word;
      const bool has_article = word && word->has_article();
      // A word made with the prefix م (مقتل، مهاجمة، معتقل) is a noun or participle of the verb its lemma
      // names: no verb row, unless it is a circumstantial participle (…، مطالباً).
      std::string_view stem_form = tokens[i].norm;
      for (std::string_view lead : {"و", "ف", "ب", "ل"}) {
        if (stem_form.size() > 6 && stem_form.starts_with(lead)) stem_form.remove_prefix(lead.size());
      }
      const bool mim_noun = stem_form.starts_with("م") && !IsParticipleSlot(tokens, i);
      // After a preposition or a verbal noun a word is a noun, not the verb it is spelt like (عن دعم بلاده،
      // بمواصلة دعم أوكرانيا).
      static const std::unordered_set<std::string_view> governing = {
          "عن", "علي", "في", "من", "الي", "مواصلة", "استمرار", "تقديم", "تعزيز", "اهمية", "ضرورة", "كل"};
      const bool noun_slot =
          i > 0 && (governing.count(tokens[i - 1].norm) || governing.count(BaseOf(tokens[i - 1])));
      // An adjective before a feeling is no verb (وصادق مواساته "and his sincere sympathy", خالص تعازيه).
      static const std::unordered_set<std::string_view> feelings = {
          "مواساته", "مواساتها", "تعازيه", "تعازيها", "تمنياته", "تمنياتها", "مشاعره", "مشاعرها", "شكره",
          "شكرها",   "امتنانه",  "تهانيه", "تهانيها", "مواساة",  "تعازي",    "تمنيات", "التعازي", "المواساة"};
      const bool feeling_follows = i + 1 < tokens.size() && feelings.count(tokens[i + 1].norm) > 0;
      // A word written with tanween is a noun or an adjective, never a finite verb (تجمعاً لجنود, قصفاً) —
      // but may be the participle a verb's row stands for (مؤكداً، داعياً).
      const std::string_view written = article.View(tokens[i].span);
      const auto participle_like = [](std::string_view form) {
        return form.starts_with("م") || (form.size() >= 4 && form.substr(2, 2) == "ا");
      };
      const std::string_view bare = tokens[i].norm;
      const bool participle_form =
          participle_like(bare) ||
          ((bare.starts_with("و") || bare.starts_with("ف")) && participle_like(bare.substr(2)));
      const bool tanween = !participle_form && (written.find("\u064B") != std::string_view::npos ||
                                                written.find("\u064C") != std::string_view::npos ||
                                                written.find("\u064D") != std::string_view::npos);
      for (const auto& key : keys_of(i)) {
        auto it = m.by_first_key.find(key);
        if (it == m.by_first_key.end()) continue;
        for (int r : it->second) {
          const TriggerRow& row = m.triggers[r];
          if (has_article && row.kind != "noun") continue;
          if (mim_noun && row.kind == "verb" && !row.phrase.starts_with("م")) continue;
          if (feeling_follows && row.kind != "noun") continue;
          if (tanween && row.kind == "verb") continue;
          std::size_t at = i;
          bool ok = true;
          for (std::size_t w = 1; w < row.words.size() && ok; ++w) {
            ok = false;
            // Up to eight words between the words of a phrase, not counting those of mentions (أجرى صاحب
            // السمو الملكي … وزير الدفاع أمس اتصالاً هاتفياً).
            std::size_t gap = 0;
            // A comma or a parenthesis between dashes or brackets (– حفظه الله –) does not end the clause,
            // nor does the quotation mark that opens the words said (وأكد السوداني، "حرص العراق على …").
            for (std::size_t j = at + 1; j < tokens.size() && gap <= 8; ++j) {
              const bool aside = tokens[j].norm == "،" || tokens[j].norm == "–" || tokens[j].norm == "-" ||
                                 tokens[j].norm == "(" || tokens[j].norm == ")" || tokens[j].norm == "\"" ||
                                 tokens[j].norm == "«" ||
                                 // (Or closes a quoted name: أطلقت «سرايا القدس» رشقات صاروخية.)
                                 (tokens[j].norm == "»" && j > 0 && in_mention(j - 1));
              if (!in_mention(j) && !aside) ++gap;
              if (tokens[j].type == TokenType::kPunct && !aside && !in_mention(j)) break;
              // (Nor across a clause that فيما or بينما opens: تقدم سنوياً مساهمات …، فيما تجاوز إجمالي
              // مساعداتها الإنسانية.)
              if (OpensWhileClause(tokens[j])) break;
              // (Nor across a comma and a verb joined by و, which opens the next act: نقل الجعفري … تحيات
              // رئيس الوزراء العراقي، ووجه إلى الجبير دعوة.)
              if (tokens[j].norm == "،" && j + 1 < tokens.size() && StartsWithAnd(tokens[j + 1]) &&
                  tokens[j + 1].word && tokens[j + 1].word->verb && !in_mention(j + 1))
                break;
              // (A participle after a comma opens a clause of its own: يقوم بها الوزير إلى بروكسل، مؤكدا أن
              // الزيارة …)
              if (IsParticipleSlot(tokens, j) && MasculineParticiple(tokens[j].norm).starts_with("م")) break;
              // (Not a word of a name: ودعا الأمين العام لمنظمة التعاون الإسلامي is no call to cooperate.)
              if (!place_name[j] && Intersects(keys_of(j), row.words[w]) &&
                  !ImperfectOfPhraseNoun(tokens[j], row.words[w])) {
                at = j;
                ok = true;
                break;
              }
            }
          }
          // (Of equal rows in a noun's slot, the noun's.)
          if (ok && row.words.size() == best_words && best_words == 1 && noun_slot && row.kind == "noun" &&
              m.triggers[best.row].kind == "verb") {
            best = {r, i, at};
            continue;
          }
          // The most words, and of equal phrases the one completed nearest (يتطلع لاستقبال … خلال زيارة is
          // تطلع إلى استقبال, not تطلع إلى زيارة).
          if (ok && (row.words.size() > best_words ||
                     (row.words.size() == best_words && best_words > 1 && at < best.last))) {
            best_words = row.words.size();
            best = {r, i, at};
          }
        }
      }
      if (best.row >= 0) {
        found.push_back(best);
        consumed.insert(best.last);  // a phrase's last word fires nothing more (أكد … دعم is not also دعم)
      }
    }

    // An intransitive verb's word with a possessive pronoun is its noun when the table has one (ومؤكدا
    // تضامنه الكامل مع مصر: his solidarity).
    for (Found& f : found) {
      const TriggerRow& verb_row = m.triggers[f.row];
      if (f.first != f.last || !IntransitiveWithPronoun(verb_row, tokens[f.first].word)) continue;
      for (std::size_t r = 0; r < m.triggers.size(); ++r) {
        if (m.triggers[r].kind == "noun" && m.triggers[r].phrase == verb_row.phrase &&
            m.triggers[r].cameo == verb_row.cameo) {
          f.row = static_cast<int>(r);
          break;
        }
      }
    }

    // A condemnation whose object is an attack: [first, last] token range of the attack's words (the noun
    // and its adjectives: الهجوم الإرهابي), per trigger. The attack named that way is background (manual,
    // section 2): it fires no event of its own.
    std::map<std::size_t, std::pair<std::size_t, std::size_t>> condemned_attack;
    for (const Found& f : found) {
      if (m.triggers[f.row].cameo != "111") continue;
      // The object follows the verb, or the subject after the verb (أدان الأمين العام … الهجوم): words inside
      // mentions are passed over, at most four others.
      std::size_t others = 0;
      for (std::size_t j = f.last + 1; j < tokens.size() && others <= 4; ++j) {
        if (in_mention(j)) continue;
        // (Nor a quotation mark: أدانت الوزارة "الاعتداء المسلح على المتظاهرين".)
        if (tokens[j].type == TokenType::kPunct) {
          if (tokens[j].norm != "،" && tokens[j].norm != "(" && tokens[j].norm != ")" &&
              tokens[j].norm != "\"" && tokens[j].norm != "«")
            break;
          continue;
        }
        // Nor the day it was said (أدانت الأمانة العامة …، اليوم (الجمعة)، الهجوم الإرهابي).
        if (in_date(j)) continue;
        // A statement it was said in counts as one word (ودان الحزب القومي في بيان أصدرته عمدة الإعلام أمس
        // العدوان).
        if (tokens[j].norm == "في" && j + 2 < tokens.size() &&
            (tokens[j + 1].norm == "بيان" || tokens[j + 1].norm == "تصريح" || tokens[j + 1].norm == "كلمة")) {
          const WordAnalysis* issued = tokens[j + 2].word;
          j += issued && issued->verb ? 2 : 1;
          ++others;
          continue;
        }
        // Nor the voice it spoke through (كما دانت الجامعة، على لسان أمينها العام المساعد لشؤون …، اقتحام
        // القوات): up to the comma that closes it.
        if (tokens[j].norm == "علي" && j + 1 < tokens.size() && tokens[j + 1].norm == "لسان") {
          std::size_t close = j + 2;
          while (close < tokens.size() && close < j + 30 && tokens[close].norm != "،" &&
                 tokens[close].type != TokenType::kPunct)
            ++close;
          if (close < tokens.size() && tokens[close].norm == "،") {
            j = close;
            continue;
          }
        }
        ++others;
        if (!IsAttackWord(tokens[j])) continue;
        std::size_t end = j;
        while (end + 1 < tokens.size() && end < j + 2 && tokens[end + 1].word &&
               tokens[end + 1].word->has_article() && tokens[end + 1].word->proclitics.size() == 1 &&
               !Prepositions().count(tokens[end + 1].norm)) {
          ++end;
        }
        condemned_attack[f.first] = {j, end};
        break;
      }
    }
    std::erase_if(found, [&](const Found& f) {
      for (const auto& [trigger, range] : condemned_attack) {
        if (f.first >= range.first && f.first <= range.second + 1) return true;
      }
      return false;
    });

    // A feminine subject's participle spelt like its verbal noun (…، مطالبة الحكومة العراقية بمعاقبة
    // المعتدين) is the verb's: its doer is the sentence's subject and the genitive its object.
    for (Found& f : found) {
      const TriggerRow& row = m.triggers[f.row];
      if (row.kind != "noun" || row.phrase != "مطالبة" || f.first != f.last ||
          !IsParticipleSlot(tokens, f.first) ||
          MasculineParticiple(tokens[f.first].norm) == tokens[f.first].norm) {
        continue;
      }
      const auto verb = std::find_if(m.triggers.begin(), m.triggers.end(), [&](const TriggerRow& r) {
        return r.kind == "verb" && r.phrase == "طالب" && r.cameo == row.cameo;
      });
      if (verb != m.triggers.end()) f.row = static_cast<int>(verb - m.triggers.begin());
    }
    const Mention* stance_state = nullptr;  // the state whose stance a phrase of this sentence told
    // The latest event coded so far in this sentence that `wanted` accepts, or null.
    // The أعلن that reports the verbal noun at `first`: looking back past mentions, dates, an aside between
    // commas (قد أعلن، في ندوة صحافية عقدها أمس، قطع العلاقات) and, when `past_an`, عن.
    auto announce_verb_before = [&](std::size_t first, bool past_an) -> std::optional<std::size_t> {
      std::size_t k = first;
      while (k > 0 && k + 24 > first) {
        --k;
        if (tokens[k].norm == "،" && k + 1 == first) {
          for (std::size_t j = k; j-- > 0 && j + 16 > k;) {
            if (tokens[j].norm == "،") {
              k = j;
              break;
            }
          }
          continue;
        }
        if (tokens[k].norm == "،" || (past_an && tokens[k].norm == "عن") || in_mention(k) || in_date(k))
          continue;
        // (And the "each of" before a list of announcers: أعلنت كل من السعودية والإمارات والبحرين قطع …)
        if ((tokens[k].norm == "من" && k > 0 &&
             (tokens[k - 1].norm == "كل" || tokens[k - 1].norm == "كلا")) ||
            ((tokens[k].norm == "كل" || tokens[k].norm == "كلا") && k + 1 < tokens.size() &&
             tokens[k + 1].norm == "من"))
          continue;
        if (IsAnnounceVerb(tokens[k])) return k;
        return std::nullopt;
      }
      return std::nullopt;
    };
    auto told_in_sentence = [&](auto&& wanted) -> const Event* {
      for (auto told = events.rbegin(); told != events.rend(); ++told) {
        if (told->mentions.empty() || told->mentions.front().sentence != static_cast<int>(s)) break;
        if (wanted(*told)) return &*told;
      }
      return nullptr;
    };
    for (const Found& f : found) {
      const TriggerRow& row = m.triggers[f.row];
      const Span trigger_span{tokens[f.first].span.begin, tokens[f.last].span.end};
      // Only the trigger's own words: the words between those of a phrase may hold its arguments
      // (أجرى خادم الحرمين اتصالا هاتفيا, أكد رئيس المجلس للأمين العام دعم …).
      auto overlaps_trigger = [&](const Arg& a) {
        for (std::size_t k : {f.first, f.last}) {
          if (a.mention->span.begin < tokens[k].span.end && a.mention->span.end > tokens[k].span.begin)
            return true;
        }
        return false;
      };
      const Arg* subject = nullptr;
      const Arg* object = nullptr;
      const Arg* co_subject = nullptr;  // a second subject joined by و (الرئيس الأمريكي والرئيس التركي أنهما)
      std::vector<const Arg*> more_subjects;  // and a third, …: دعت مصر وقطر والولايات المتحدة
      std::string how;
      // A pronoun subject the entity stage resolved on the verb itself.
      for (const Arg& a : args) {
        if (a.mention->how == "coref:dropped-subject" && a.first_token == f.first) subject = &a;
      }
      // (A plural pronoun that violence is told of stands for armed men, not for everyone named so far:
      // "وقتلوا ما مجموعه 43 شخصا" after a witness and the villages he named.)
      if (subject && !subject->mention->members.empty() &&
          (row.cameo.starts_with("18") || row.cameo.starts_with("19") || row.cameo.starts_with("20"))) {
        const bool armed =
            std::any_of(subject->mention->members.begin(), subject->mention->members.end(), [&](int id) {
              const Entity& who = entities.entities[id];
              return !who.org.empty() || who.sector == "MIL" || who.sector == "REB" || who.sector == "INS" ||
                     who.sector == "COP";
            });
        if (!armed) subject = nullptr;
      }
      if (subject) how = "dropped-subject";
      // Headline order "X يبحث وY …": the subject stands right before the verb and the و-joined party after
      // it is the one met (as with مع), not a second subject.
      // (Or with the verb in quotation marks: أن القوات التركية «حيّدت» أربعة.)
      const bool quoted_verb =
          f.first > 0 && (tokens[f.first - 1].norm == "«" || tokens[f.first - 1].norm == "\"");
      const Arg* subject_just_before = nullptr;
      for (const Arg& a : args) {
        if (a.first_token >= f.first || !a.prep.empty() || overlaps_trigger(a)) continue;
        const std::size_t end = a.last_token;
        if (end + 1 == f.first || (quoted_verb && end + 2 == f.first)) subject_just_before = &a;
      }
      const Arg* comitative = nullptr;
      for (const Arg& a : args) {
        const WordAnalysis* w = tokens[a.first_token].word;
        const bool next = a.first_token == f.last + 1 ||
                          (a.first_token == f.last + 2 &&
                           (tokens[f.last + 1].norm == "هاتفيا" || tokens[f.last + 1].norm == "امس" ||
                            tokens[f.last + 1].norm == "اليوم"));
        if (row.kind != "noun" && subject_just_before && next && a.prep.empty() && w &&
            !w->proclitics.empty() && w->proclitics.front() == "و") {
          comitative = &a;
        }
      }
      if (!subject && comitative) {
        subject = subject_just_before;
        how = "subject-before, و-partner";
      }
      // A mention right before a verb that opens no new clause (no و/ف on it) is its subject: headlines and
      // reported speech put the subject first (الرئيس اليمني يدعو الميليشيات …).
      const WordAnalysis* first_word = tokens[f.first].word;
      const bool opens_clause =
          first_word && !first_word->proclitics.empty() &&
          (first_word->proclitics.front() == "و" || first_word->proclitics.front() == "ف");
      if (!subject && row.kind != "noun" && subject_just_before && !opens_clause) {
        subject = subject_just_before;
        how = "subject-first";
        // "أوباما وأردوغان يبحثان": the first named meets the one joined to him by و.
        const WordAnalysis* w = tokens[subject->first_token].word;
        if (row.cameo.starts_with("04") && w && !w->proclitics.empty() && w->proclitics.front() == "و") {
          for (const Arg& a : args) {
            if (&a == subject || !a.prep.empty() || a.first_token >= subject->first_token) continue;
            const std::size_t end = a.last_token;
            if (end + 1 == subject->first_token) {
              comitative = subject;
              subject = &a;
              how = "subject-first, و-partner";
            }
          }
        } else if (w && !w->proclitics.empty() && w->proclitics.front() == "و") {
          // "خادم الحرمين الشريفين ونائبه يبعثان ببرقيتي تهنئة": any other act joined so is done by both.
          for (const Arg& a : args) {
            if (&a == subject || !a.prep.empty() || a.first_token >= subject->first_token) continue;
            if (a.last_token + 1 == subject->first_token) {
              co_subject = &a;
              how = "subject-first, and the party joined to it";
            }
          }
        }
      }
      // A headline puts its subject first: a verb after other words (أمانة «التعاون الإسلامي» تدين تفجيرات
      // الكاميرون) has it before, and what follows is its object.
      const bool headline_verb_after_words =
          sentences[s].is_title && row.kind != "noun" && f.first > 0 && !opens_clause;
      // A verb that carries its plural subject (وهددوا، قتلوا) is followed by its object, never its subject:
      // in verb-first order the verb stays singular (وهددوا بسلاحهم سائق سيارة).
      const std::string_view verb_text = tokens[f.first].norm;
      const bool subject_in_verb =
          row.kind != "noun" && (verb_text.ends_with("وا") || verb_text.ends_with("وه") ||
                                 verb_text.ends_with("وها") || verb_text.ends_with("وهم"));
      // A noun with a possessive pronoun has its genitive already (لدى استقباله السفير: his reception of the
      // ambassador); the party after it is its object. (Only a meeting's: "احتجازه"، "اغتياله" are done to
      // the one the pronoun names.)
      const WordAnalysis* noun_word = tokens[f.first].word;
      // (hunspell may leave the pronoun on the word: لقائه is one segment with the lemma لقاء.)
      const std::string_view owned_form = tokens[f.first].norm;
      const bool owned = row.kind == "noun" && row.cameo.starts_with("04") && noun_word &&
                         (noun_word->enclitic == "ه" || noun_word->enclitic == "ها" ||
                          noun_word->enclitic == "هم" || noun_word->enclitic == "هما" ||
                          ((owned_form.ends_with("ه") || owned_form.ends_with("ها") ||
                            owned_form.ends_with("هم") || owned_form.ends_with("هما")) &&
                           !Intersects({owned_form}, row.words.front())));
      for (const Arg& a : args) {
        if (subject || overlaps_trigger(a) || !a.prep.empty() || headline_verb_after_words || subject_in_verb)
          continue;
        // A noun's genitive follows it directly (زيارة الرئيس; an adjective may come between: الزيارة
        // الرسمية للرئيس takes ل); a verb's subject may come after an adverb (استقبل أمس الرئيس).
        // (A count may stand before the genitive: تحييد 5 إرهابيين.)
        const bool counted = f.last + 1 < tokens.size() && tokens[f.last + 1].type == TokenType::kNumber;
        const std::size_t reach = row.kind == "noun" ? f.last + (counted ? 2 : 1) : f.first + 4;
        // Not behind a preposition: in "وتدعوها إلى محاسبة إسرائيل" Israel is in what is asked.
        bool behind_preposition = false;
        for (std::size_t k = f.last + 1; k < a.first_token && k < tokens.size(); ++k) {
          // (أكثر من 200 مدرس, نحو 50 شخصا count, they govern nothing.)
          const bool count = (k > 0 && (tokens[k - 1].norm == "اكثر" || tokens[k - 1].norm == "اقل")) ||
                             (k + 1 < tokens.size() && tokens[k + 1].type == TokenType::kNumber);
          if (Prepositions().count(tokens[k].norm) == 0 || count) continue;
          // ("Each of" governs nothing: أدانت كل من مصر والبحرين.)
          if (tokens[k].norm == "من" && k > 0 && tokens[k - 1].norm == "كل") continue;
          // (A preposition with a place of its own before the party governs the place: وصل إلى الرياض أمس
          // الرئيس الفرنسي.)
          // (Not when the party is joined to the place by و: ليبحث في سورية والعراق.)
          const WordAnalysis* joined = tokens[a.first_token].word;
          const bool own_place =
              k + 1 < a.first_token &&
              !(joined && !joined->proclitics.empty() && joined->proclitics[0] == "و") &&
              std::any_of(entities.mentions.begin(), entities.mentions.end(), [&](const Mention& place) {
                return place.sentence == static_cast<int>(s) &&
                       (place.type == MentionType::kLocation || place.type == MentionType::kCountry) &&
                       place.span.begin == tokens[k + 1].span.begin &&
                       place.span.end <= tokens[a.first_token].span.begin;
              });
          behind_preposition |= !own_place;
        }
        // Nor behind a ب-phrase glued to its noun, what the act is about (تتهمها بتسهيل بيع النفط الإيراني).
        for (std::size_t k = f.last + 1;
             k < a.first_token && k < tokens.size() && !row.cameo.starts_with("04"); ++k) {
          const WordAnalysis* w = tokens[k].word;
          behind_preposition |= w && !w->proclitics.empty() && w->proclitics.front() == "ب" && !in_mention(k);
        }
        // Nor the genitive of a noun that names no party: in "ويتهم حلفاء تركيا أنقرة" the allies accuse.
        bool genitive_of_other = false;
        if (row.kind != "noun" && a.first_token > f.last + 1 && a.first_token <= reach) {
          static const std::unordered_set<std::string_view> adverbs = {
              "امس", "اليوم", "مساء", "صباح", "ظهر", "عصر", "ليلة", "ليل", "غدا", "هاتفيا", "رسميا", "مجددا",
              "ايضا", "بدوره", "كذلك", "اخيرا", "امس،", "بشدة", "مؤخرا", "حاليا",
              // (A prepositional phrase on a pronoun: اتفق خلالها الجانبان.)
              "خلالها", "خلاله", "خلالهما", "بدورها"};
          const Token& before = tokens[a.first_token - 1];
          const WordAnalysis* w = before.word;
          // (An institution's word before a state's name is that state acting — رئاسة إقليم كردستان — and a
          // crowd's is the crowd's: حشد المتظاهرين; an indefinite nisba after a noun is its adjective:
          // مفجرون انتحاريون، موظف بريطاني.)
          static const std::unordered_set<std::string_view> institutions = {
              "رئاسة", "قيادة",   "سلطات", "حكومة", "وزارة", "قوات", "جيش",    "مكتب",
              "ديوان", "سفارة",   "بعثة",  "وفد",   "شرطة",  "امن",  "برلمان", "مجلس",
              "دولة",  "جمهورية", "مملكة", "امارة", "بحرية", "حشد",  "حشود",   "جموع"};
          const Token& head = tokens[a.first_token];
          const std::string_view head_form = head.word ? std::string_view(head.word->base_norm) : head.norm;
          const bool adjective = !(head.word && head.word->has_article()) &&
                                 (head_form.ends_with("ي") || head_form.ends_with("ية") ||
                                  head_form.ends_with("يون") || head_form.ends_with("يين"));
          // (A definite nisba after a definite noun is its adjective: تدين العدوان الإسرائيلي.)
          const bool definite_adjective =
              head.word && head.word->has_article() && a.mention->type == MentionType::kCountry &&
              IsNisba(head.norm) && ((w && w->has_article()) || before.norm.starts_with("ال")) &&
              before.type == TokenType::kArabic && !in_mention(a.first_token - 1) &&
              before.norm != "الجانبان" && before.norm != "الطرفان" && before.norm != "البلدان" &&
              !institutions.count(BaseOf(before));
          genitive_of_other =
              definite_adjective ||
              (!adjective && !institutions.count(before.norm) && before.type == TokenType::kArabic && w &&
               w->known && !w->verb && w->proclitics.empty() && w->enclitic.empty() &&
               !in_mention(a.first_token - 1) && !adverbs.count(before.norm) &&
               !Prepositions().count(before.norm) && !IsCountWord(before) && !IsCrowdQuantity(before));
        }
        // A noun with the article takes no genitive: a party after it is an adjective (الاجتماع الخليجي) or
        // belongs to another word (ودعا الصفدي خلال اللقاء الاتحاد الأوروبي إلى …: the one appealed to).
        // (Nor one with a possessive pronoun: جدد دعوته الرئيس الجزائري إلى العمل سوياً — the one appealed
        // to.)
        const bool definite_noun =
            row.kind == "noun" && f.first == f.last && noun_word &&
            (noun_word->has_article() || noun_word->enclitic == "ه" || noun_word->enclitic == "ها") &&
            a.first_token == f.last + 1 &&
            !(a.mention->type == MentionType::kCountry && IsNisba(tokens[a.first_token].norm));
        if (a.first_token > f.first && a.first_token <= reach && !behind_preposition && !genitive_of_other &&
            !owned && !definite_noun) {
          subject = &a;
          how = row.kind == "noun" ? "genitive" : "verb-subject";
        }
        if (a.first_token > f.first) break;
      }
      // A state right after "during it" (هنأ خلالها تونس بنجاح الندوة) is the object of an act made in the
      // call or meeting just told; its maker is that clause's subject.
      // (Or any party but a person, who may be the subject named after it: دعا خلاله الشركات السعودية.)
      if (subject && how == "verb-subject" && row.kind == "verb" && row.object != "-" &&
          subject->first_token == f.first + 2 && subject->mention->type != MentionType::kPerson &&
          subject->mention->type != MentionType::kLocation &&
          (tokens[f.first + 1].norm == "خلاله" || tokens[f.first + 1].norm == "خلالها")) {
        object = subject;
        subject = nullptr;
        how.clear();
      }
      // A feminine verb joined by و does not agree with a masculine party after it (نفت الوزارة …، واتهمت
      // حزب العمال الكردستاني): that party is its object, and its subject the clause's before.
      if (subject && how == "verb-subject" && row.kind == "verb" && row.object != "-" &&
          StartsWithAnd(tokens[f.first]) && tokens[f.first].word && tokens[f.first].word->verb &&
          tokens[f.first].norm.ends_with("ت") && !tokens[f.first].word->lemma_norm.ends_with("ت") &&
          subject->mention->type != MentionType::kCountry &&
          subject->mention->type != MentionType::kLocation && subject->mention->members.empty()) {
        const std::string_view head = tokens[subject->first_token].norm;
        const bool masculine = !head.ends_with("ة") && !head.ends_with("ات") && !head.ends_with("ه") &&
                               !IsNisba(tokens[subject->first_token].norm);
        const bool earlier_verb =
            std::any_of(tokens.begin(), tokens.begin() + static_cast<std::ptrdiff_t>(f.first),
                        [](const Token& t) { return t.word && t.word->verb; });
        if (masculine && earlier_verb) {
          object = subject;
          subject = nullptr;
          how.clear();
        }
      }
      // A headline's second verb, joined by و, shares its first's subject (الجامعة العربية تدين اقتحام بن
      // غفير للأقصى وتدعو مجلس الأمن لجلسة عاجلة): the party after it is its object.
      if (subject && how == "verb-subject" && row.kind == "verb" && row.object != "-" &&
          sentences[s].is_title && StartsWithAnd(tokens[f.first]) && !args.empty() &&
          args.front().first_token == 0 && args.front().prep.empty() && &args.front() != subject &&
          std::any_of(found.begin(), found.end(), [&](const Found& g) {
            return g.first > 0 && g.first < f.first && m.triggers[g.row].kind == "verb";
          })) {
        object = subject;
        subject = &args.front();
        how = "subject-first, the headline's first verb's";
      }
      // "لكنه اتهم حزب العمال": the pronoun on لكن is the verb's subject, the clause's before; the party
      // after the verb is its object.
      if (subject && how == "verb-subject" && row.kind == "verb" && row.object != "-" && f.first > 1) {
        const std::string_view before = tokens[f.first - 1].norm;
        if (before == "لكنه" || before == "لكنها" || before == "ولكنه" || before == "ولكنها") {
          const Arg* speaker = nullptr;
          for (const Arg& a : args) {
            if (a.first_token + 1 >= f.first) break;
            if (a.prep.empty() && a.mention->type != MentionType::kLocation && !speaker) speaker = &a;
          }
          if (speaker) {
            object = subject;
            subject = speaker;
            how = "the subject of لكنه";
          }
        }
      }
      // Holding someone responsible puts him right before the responsibility (وحمّل حكومة الاحتلال والإدارة
      // الأمريكية المسؤولية): a party there with no other before it is the one blamed, and the verb's
      // subject is the clause's before.
      if (subject && how == "verb-subject" && row.phrase == "حمل مسؤولية" && f.last > f.first) {
        // (Or several joined by و, the last maybe a nationality only: والإدارة الأمريكية.)
        const bool blamed_before_it =
            subject->last_token + 1 == f.last ||
            (subject->last_token + 1 < f.last && StartsWithAnd(tokens[subject->last_token + 1]) &&
             std::any_of(args.begin(), args.end(),
                         [&](const Arg& a) { return a.prep.empty() && a.last_token + 1 == f.last; }));
        if (blamed_before_it) {
          object = subject;
          subject = nullptr;
          how.clear();
        }
      }
      // A unit of a force right after a verb of arresting acts for it (ألقت قوة من جهاز مكافحة الإرهاب
      // القبض، اعتقلت عناصر من الشرطة); so does a force after a verb of attacking (اقتحمت قوة كبيرة من جيش
      // الاحتلال المخيم). (After قُتل members are the killed.)
      const bool arresting = row.cameo.starts_with("17");
      const bool attacking =
          (row.cameo.starts_with("19") || row.cameo.starts_with("18")) && !IsVerbOf(tokens[f.first], {"قتل"});
      if (!subject && row.kind != "noun" && (arresting || attacking)) {
        static const std::unordered_set<std::string_view> units = {
            "قوة", "قوات", "عناصر", "عنصر", "دورية", "دوريات", "وحدة", "وحدات", "مجموعة", "افراد", "مفرزة"};
        static const std::unordered_set<std::string_view> forces = {"قوة",  "قوات",  "دورية", "دوريات",
                                                                    "وحدة", "وحدات", "مفرزة"};
        for (std::size_t k = f.first + 1; k + 2 < tokens.size() && k <= f.first + 2; ++k) {
          if (!(arresting ? units : forces).count(tokens[k].norm)) continue;
          // (An adjective may stand between: قوة كبيرة من, قوة خاصة من.)
          std::size_t from = k + 1;
          if (tokens[from].norm != "من" && tokens[from].type == TokenType::kArabic && tokens[from].word &&
              !tokens[from].word->has_article() && from + 2 < tokens.size())
            ++from;
          if (tokens[from].norm != "من") break;
          for (const Arg& a : args) {
            if (a.first_token == from + 1 && a.prep == "من" &&
                a.mention->type == MentionType::kOrganization) {
              subject = &a;
              how = "verb-subject: a unit of the force";
            }
          }
          break;
        }
      }
      // A dual verb carries its subject (أن الجانبين أكدا …، كما طالبا إسرائيل بالوقف): the one party after
      // it is its object, and the two named before do it.
      if (subject && how == "verb-subject" && row.kind != "noun" && subject->mention->members.empty()) {
        const WordAnalysis* verb_word = tokens[f.first].word;
        const bool dual = verb_word && verb_word->verb && tokens[f.first].norm.ends_with("ا") &&
                          verb_word->base_norm.size() > 4 && !verb_word->lemma_norm.ends_with("ا") &&
                          !tokens[f.first].norm.ends_with("وا");
        const Arg* both = nullptr;
        for (const Arg& a : args) {
          if (a.first_token < f.first && a.mention->members.size() == 2) both = &a;
        }
        if (dual && both) {
          subject = both;
          how = "dual verb: the two parties named before";
        }
      }
      // "توجه أردوغان إلى مدينة أربيل، حيث التقى رئيس الإقليم …": a meeting where the traveller arrived is
      // his; those after the verb are whom he met.
      // (Not a verb that carries the traveller as its object: حيث استقبله الرئيس المالي — the host is after
      // it.)
      const WordAnalysis* met_word = tokens[f.first].word;
      const bool carries_object =
          met_word && (met_word->enclitic == "ه" || met_word->enclitic == "ها" || met_word->enclitic == "هم");
      if (row.cameo.starts_with("04") && row.kind == "verb" && f.first > 1 && !carries_object &&
          (tokens[f.first - 1].norm == "حيث" || tokens[f.first - 1].norm == "وحيث")) {
        // (The traveller after his verb, or before it: وكان العبادي قد زار الرياض، حيث التقى …)
        auto travel = [&](std::size_t k) {
          return k < f.first && (IsVerbOf(tokens[k], {"توجه", "وصل", "زار", "غادر", "يغادر", "انتقل"}) ||
                                 tokens[k].norm == "متوجها");
        };
        for (const Arg& a : args) {
          if (a.first_token >= f.first || !a.prep.empty() || a.mention->type != MentionType::kPerson)
            continue;
          const bool before_verb =
              travel(a.last_token + 1) || (tokens[a.last_token + 1].norm == "قد" && travel(a.last_token + 2));
          if ((a.first_token > 0 && travel(a.first_token - 1)) || before_verb) {
            subject = &a;
            how = "the traveller before حيث";
          }
        }
      }
      // "بحث X ونظيره Y": in a meeting, the party joined to the subject by و is the one met.
      if (subject && !comitative && row.cameo.starts_with("04") && how == "verb-subject") {
        const std::size_t end = subject->last_token;
        for (const Arg& a : args) {
          const WordAnalysis* w = tokens[a.first_token].word;
          if (a.first_token == end + 1 && a.prep.empty() && w && !w->proclitics.empty() &&
              w->proclitics.front() == "و") {
            comitative = &a;
            how += ", و-partner";
          }
        }
      }
      // Any other act: a state or official joined to the subject by و does it too (ووقعت السعودية وفرنسا
      // اتفاقية، هنأ الملك وولي عهده الرئيس) — not a nationality (الرئيس المصري والأردني is one more
      // person, found by the entity stage).
      // (Not violence, whose verb-first order is as often the passive: قتل جندي أوكراني ومدنيون — except
      // launching or carrying out strikes, which no one suffers in the passive: شنت الولايات المتحدة
      // وبريطانيا غارات.)
      const bool launched = IsLaunchVerb(tokens[f.first]);
      if (subject && !co_subject && !row.cameo.starts_with("04") && how == "verb-subject" &&
          row.subject == "actor" &&
          (launched || (!row.cameo.starts_with("18") && !row.cameo.starts_with("19") &&
                        !row.cameo.starts_with("20") && !row.cameo.starts_with("17")))) {
        const std::size_t end = subject->last_token;
        for (const Arg& a : args) {
          const WordAnalysis* w = tokens[a.first_token].word;
          const bool placed =
              a.mention->entity >= 0 && (!entities.entities[a.mention->entity].country.empty() ||
                                         !entities.entities[a.mention->entity].org.empty());
          // (وزيرة begins with و but joins nothing.)
          // (Or a name the analyser left whole, whose person's name has no و: واتفق بري وهوكشتاين.)
          const bool and_name = a.mention->type == MentionType::kPerson && a.mention->entity >= 0 &&
                                tokens[a.first_token].norm.starts_with("و") &&
                                !Normalize(entities.entities[a.mention->entity].name).starts_with("و");
          if (a.first_token == end + 1 && a.prep.empty() &&
              ((w && !w->proclitics.empty() && w->proclitics.front() == "و") || and_name) &&
              !tokens[a.first_token].norm.starts_with("وزير") && placed &&
              a.mention->type != MentionType::kGroup) {
            co_subject = &a;
            how += ", and the party joined to it";
          }
        }
        // (More parties joined the same way after it.)
        for (const Arg* next = co_subject ? joined_after(*co_subject) : nullptr; next;
             next = joined_after(*next)) {
          const Entity* joined =
              next->mention->entity >= 0 ? &entities.entities[next->mention->entity] : nullptr;
          if (!joined || (joined->country.empty() && joined->org.empty()) ||
              next->mention->type == MentionType::kGroup) {
            break;
          }
          more_subjects.push_back(next);
        }
      }
      // (Also with the passive's يتم/تم between: الإرهابيين الذين يتم قتلهم.)
      const bool relative_clause =
          f.first > 0 &&
          (IsRelativePronoun(tokens[f.first - 1]) ||
           (f.first > 1 && (tokens[f.first - 1].norm == "يتم" || tokens[f.first - 1].norm == "تم") &&
            IsRelativePronoun(tokens[f.first - 2])));
      auto drop = [&](const std::string& why) {
        if (trace)
          trace->push_back({static_cast<int>(s), trigger_span, RowLabel(row), "dropped: " + why, {}});
      };
      // Background (manual, section 2): an act told in a relative clause (الهجوم الذي استهدف …, الاتفاق الذي
      // وقعه …) is what another clause is about, not reported in its own.
      // (Not a visit under way, told in the present: وزير التخطيط العراقي، الذي يقوم بزيارة للمملكة حاليا.)
      const bool visit_under_way =
          relative_clause && (row.cameo == "042" || row.cameo == "043") &&
          (tokens[f.first].norm.starts_with("ي") || tokens[f.first].norm.starts_with("ت")) &&
          tokens[f.first].word && tokens[f.first].word->verb;
      // (Nor what a person just named said, in a clause on her: استقبل … المنسقة الخاصة للأمم المتحدة يوانا
      // فرونتسكا، التي جددت تأكيد دعم الأمم المتحدة للبنان.)
      const std::string_view said_root = std::string_view(row.cameo).substr(0, 2);
      bool said_by_person = false;
      if (relative_clause && f.first >= 2 && IsRelativePronoun(tokens[f.first - 1]) &&
          // (Support and pledges only: "المسؤول، الذي طلب عدم نشر اسمه" asks for anonymity, not of a party.)
          (said_root == "05" || said_root == "03") && !tokens[f.first].norm.starts_with("ي") &&
          !tokens[f.first].norm.starts_with("ت")) {
        std::size_t before = f.first - 2;
        if (tokens[before].norm == "،" && before > 0) --before;
        for (const Arg& a : args) {
          said_by_person |=
              a.last_token == before && a.mention->type == MentionType::kPerson && a.prep.empty();
        }
      }
      if (relative_clause && !visit_under_way && !said_by_person) {
        drop("background, a relative clause");
        continue;
      }
      // A noun in the gap of a longer phrase, right before its last word (وجّه خلال جولته دعوة), is an aside
      // to the phrase's act. (Not one with its party after it: ودعا خلال لقائه اليوم مبعوث الأمين العام … إلى
      // زيارة عدن.)
      if (row.kind == "noun" && std::any_of(found.begin(), found.end(), [&](const Found& g) {
            return m.triggers[g.row].kind == "phrase" && g.first < f.first && f.last + 1 == g.last;
          })) {
        drop("inside the words of a longer phrase");
        continue;
      }
      // A headline's second part opened by و and a verb (عبد العاطي يتلقى اتصالا من عراقجي.. ويستقبل ستيفاني
      // خوري) has the first part's subject; the party after the verb is its object. The body tells it again.
      if (sentences[s].is_title && s > 0 && sentences[s - 1].is_title && f.first == 0 && row.kind == "verb" &&
          tokens[0].norm.starts_with("و") && tokens[0].word && tokens[0].word->verb) {
        drop("a headline's second part, whose subject is the first part's");
        continue;
      }
      // What happened days before another thing (بعد أيام من توقيفها، قبل ساعات من وصوله) is its time, told
      // as background.
      if (row.kind == "noun" && f.first >= 3 && tokens[f.first - 1].norm == "من" &&
          (tokens[f.first - 3].norm == "بعد" || tokens[f.first - 3].norm == "قبل") &&
          HasForm(tokens[f.first - 2],
                  {"ايام", "ساعات", "اسابيع", "اشهر", "يوم", "يومين", "ساعة", "اسبوع"})) {
        drop("background, the time of another happening (بعد أيام من)");
        continue;
      }
      // هنأ written without its hamza is the adverb "here" (يشير عبد المجيد هنا إلى …) unless the one
      // congratulated follows.
      if (row.phrase == "هنأ" && article.View(tokens[f.first].span) == "هنا" &&
          !(f.first + 1 < tokens.size() && in_mention(f.first + 1))) {
        drop("هنا, here: no congratulation");
        continue;
      }
      const std::string trigger_root = row.cameo.substr(0, 2);
      const bool conflict = trigger_root == "14" || trigger_root == "18" || trigger_root == "19" ||
                            trigger_root == "20" || trigger_root == "17";
      // ب or ل that hunspell left on the word (بشن، لقتل) marks the verbal noun as well.
      const std::string_view trigger_norm = tokens[f.first].norm;
      const bool glued_preposition = (trigger_norm.starts_with("ب") || trigger_norm.starts_with("ل")) &&
                                     trigger_norm.size() > 4 &&
                                     Intersects({trigger_norm.substr(2)}, row.words.front());
      // (Not what the clause's subject suffered: تعرضت المدينة لقصف.)
      const std::size_t suffered_verb = trigger_root == "18" || trigger_root == "19" || trigger_root == "20"
                                            ? SufferedVerbBefore(tokens, f.first)
                                            : tokens.size();
      const bool suffered = suffered_verb < tokens.size();
      if (row.kind != "noun" && conflict && (glued_preposition || ReadsAsVerbalNoun(tokens, f.first)) &&
          !AfterAspectVerb(tokens, f.first) && !ProceededTo(tokens, f.first) &&
          !ReplyVerbBefore(tokens, f.first) && !suffered) {
        drop("background, a verbal noun (بقتل، محاولة اغتيال، إلى شن)");
        continue;
      }
      // Support joined by و to what a praise verb praises (أشاد الرئيس بموقف مصر ووقوفها إلى جانب الشعب
      // السوري) is more of what is praised, not an act of its own.
      if (row.kind == "noun" && row.cameo.starts_with("05") && StartsWithAnd(tokens[f.first])) {
        std::size_t praised_at = tokens.size();  // the praised thing behind ب, a few words before
        for (std::size_t k = f.first >= 3 ? f.first - 3 : 0; k < f.first; ++k) {
          if (tokens[k].norm.starts_with("ب") && !in_mention(k)) praised_at = k;
        }
        const bool praised =
            praised_at < tokens.size() && std::any_of(found.begin(), found.end(), [&](const Found& g) {
              const TriggerRow& praise = m.triggers[g.row];
              return praise.kind == "verb" && praise.cameo == "051" && g.last < praised_at &&
                     g.last + 6 >= praised_at;
            });
        if (praised) {
          drop("more of what a praise verb praises (أشاد بموقف مصر ووقوفها)");
          continue;
        }
      }
      // Violence counted or waged "since" a time (منذ اندلاع جولة العنف … قتل 13 جنديا، شن غارات جوية ضد
      // التنظيم منذ أغسطس 2014) is a tally or a campaign, not one act — unless منذ only dates a record
      // (أعنف هجوم منذ أشهر، لأول مرة منذ).
      if (conflict && SinceInClause(tokens, f.first, f.last)) {
        drop("a tally or a campaign since a time (منذ), not one act");
        continue;
      }
      // Violence counted "according to a toll" (وبحسب حصيلة رسمية، قتل 157 شخصاً) is a tally of many acts.
      if (conflict && f.first >= 2) {
        bool toll = false;
        for (std::size_t k = f.first >= 6 ? f.first - 6 : 0; k + 1 < f.first; ++k) {
          toll |= (tokens[k].norm == "بحسب" || tokens[k].norm == "وبحسب" || tokens[k].norm == "حسب" ||
                   tokens[k].norm == "وحسب" || tokens[k].norm == "وفق" || tokens[k].norm == "ووفق") &&
                  HasForm(tokens[k + 1], {"حصيلة"});
        }
        if (toll) {
          drop("a tally: according to a toll (بحسب حصيلة)");
          continue;
        }
      }
      // Aid counted in a total (إجمالي مساعداتها الإنسانية للعراق منذ 2014، حجم المساعدات) is a statistic.
      if (trigger_root == "07" && f.first > 0 &&
          (tokens[f.first - 1].norm == "اجمالي" || tokens[f.first - 1].norm == "حجم" ||
           tokens[f.first - 1].norm == "قيمة" || tokens[f.first - 1].norm == "مجموع")) {
        drop("aid counted in a total: a statistic");
        continue;
      }
      if (conflict && IsCondolenceTopic(tokens, f.first)) {
        drop("what condolences are offered for, not reported in its own clause");
        continue;
      }
      // Violence told in the present tense in the body (يقتلون الأبرياء، تستهدف الغارات المدنيين) is what
      // someone habitually does or would do, not an act the report tells (manual, section 2); headlines
      // use the present for past acts.
      // (Protests in the present are planned or going on: يتجمع المحتجون ظهر الأحد.)
      // (Not after "قبل أن", which tells the past in the imperfect: قبل أن يطلق مسلحون الرصاص لتفريقهم.)
      const bool before_that =
          f.first >= 2 && tokens[f.first - 1].norm == "ان" && tokens[f.first - 2].norm == "قبل";
      if (row.kind != "noun" && conflict && trigger_root != "14" && !sentences[s].is_title &&
          IsImperfectOf(tokens[f.first], row) && !before_that) {
        drop("present tense: habitual or generic, not a reported act");
        continue;
      }
      // Visits to sites, the sick or the bereaved (زار مستشفيات الشريط الحدودي، زار المصابين، جولة تفقدية على
      // المشاريع) are inspections and courtesies, not diplomacy (manual, section 2).
      if (row.cameo == "042") {
        static const std::unordered_set<std::string_view> sites = {
            "مستشفي", "مستشفيات", "مدرسة",   "مدارس",   "جامعة", "مصنع", "مصانع",  "معرض",
            "مشروع",  "مشاريع",   "مشروعات", "موقع",    "مواقع", "مرضي", "المرضي", "مصابين",
            "جرحي",   "الجرحي",   "تفقدية",  "ميدانية", "مجالس", "مخيم"};
        bool site = false;
        for (std::size_t k = f.last + 1; k < tokens.size() && k <= f.last + 2; ++k) {
          site |= sites.count(tokens[k].norm) > 0 || sites.count(BaseOf(tokens[k])) > 0;
        }
        if (site) {
          drop("a visit to a site, the sick or the bereaved: no diplomacy");
          continue;
        }
      }
      // وعد promises with بـ or أن (وعد بالعمل، واعدا بدعم); without either it is عدّ "considered" (وعد
      // الزياني هذه التصريحات … أنها تندرج).
      if (row.phrase == "وعد" && row.kind == "verb") {
        bool promise = false;
        for (std::size_t k = f.last + 1; k < tokens.size() && k <= f.last + 6 && !promise; ++k) {
          const WordAnalysis* w = tokens[k].word;
          promise = tokens[k].norm == "بان" || tokens[k].norm == "ب" ||
                    (w && !w->proclitics.empty() && w->proclitics.front() == "ب") ||
                    (tokens[k].norm == "ان" && k == f.last + 1);
          if (tokens[k].norm == "هذه" || tokens[k].norm == "هذا" || tokens[k].norm == "ذلك") break;
        }
        if (!promise) {
          drop("وعد with neither بـ nor أن: عدّ 'considered', not a promise");
          continue;
        }
      }
      // "بيان صادر عن الأمين العام": issued by, not confiscated.
      if (row.phrase == "صادر" && f.last + 1 < tokens.size() &&
          (tokens[f.last + 1].norm.starts_with("عن") || tokens[f.last + 1].norm.starts_with("من"))) {
        drop("صادر عن: issued by, not confiscated");
        continue;
      }
      // فرق with no ending before a noun with the article is the plural "teams" in a construct (باشرت فرق
      // الدفاع المدني، فرق الإنقاذ), not فرّق "dispersed"; the verb is told feminine or with its object
      // (فرقت الشرطة المتظاهرين، فرقهم).
      if (row.phrase == "فرق" && row.kind == "verb" && f.last + 1 < tokens.size()) {
        const std::string_view form = tokens[f.first].norm;
        const WordAnalysis* next = tokens[f.last + 1].word;
        if ((form == "فرق" || form == "وفرق") && next && next->has_article()) {
          drop("فرق + the article: teams, not dispersed");
          continue;
        }
        // Dispersing is done to a crowd the clause names (فرقت الشرطة … مئات المتظاهرين، فرقت مظاهرة);
        // otherwise فرق is "teams" (فرق إسعافية، تحت إشراف فرق نسائية، فرقها).
        static const std::unordered_set<std::string_view> crowds = {
            "متظاهر",  "متظاهرين", "متظاهرون",  "محتج",  "محتجين", "محتجون", "مظاهرة",
            "مظاهرات", "تظاهرة",   "تظاهرات",   "مسيرة", "مسيرات", "اعتصام", "حشود",
            "حشد",     "تجمع",     "المتجمعين", "جموع",  "طلاب"};
        bool crowd = false;
        for (std::size_t k = f.last + 1; k < tokens.size() && k <= f.last + 10 && !crowd; ++k) {
          crowd = HasForm(tokens[k], crowds);
        }
        if (!crowd) {
          drop("فرق with no crowd after it: teams, not dispersed");
          continue;
        }
      }
      // وقع signs in the past and in form II (يوقع); its form I present (تقع، يقع) is "lies, happens".
      if (row.phrase.starts_with("وقع") && row.cameo == "057") {
        std::string_view bare = tokens[f.first].norm;
        if (bare.starts_with("و") && bare.size() > 6) bare.remove_prefix(2);
        if (bare.starts_with("س")) bare.remove_prefix(2);
        if (bare.starts_with("يق") || bare.starts_with("تق")) {
          drop("وقع in the present: lies or happens, not signs");
          continue;
        }
      }
      // An intransitive verb with an object pronoun and no noun row to read it as (see the pass before).
      // (Not وقّعها عن الجانب القطري: signed it on behalf of a side.)
      // (Or وقعها من الجانب السعودي.)
      const bool on_behalf = row.cameo == "057" && f.last + 2 < tokens.size() &&
                             (tokens[f.last + 1].norm == "عن" ||
                              (tokens[f.last + 1].norm == "من" && tokens[f.last + 2].norm == "الجانب"));
      if (IntransitiveWithPronoun(row, tokens[f.first].word) && !on_behalf) {
        drop("an intransitive trigger with an object pronoun");
        continue;
      }
      // "بدعم من الوزير", "لدعم الجهود": support as the circumstance of something else, not a statement of
      // support in its own clause (manual, section 2).
      // (A verb's row matched by بدعم is that noun too: a verb takes no بـ.)
      const WordAnalysis* support_word = row.kind == "noun" ? noun_word : tokens[f.first].word;
      if (row.cameo.starts_with("05") && support_word && !support_word->proclitics.empty() &&
          (support_word->proclitics.front() == "ب" || support_word->proclitics.front() == "ل")) {
        drop("support as a circumstance (بـ/لـ)");
        continue;
      }
      // Look-alikes of a crowd's act: a march "of" a body or an undertaking is its course (مسيرة دول مجلس
      // التعاون، مسيرة العمل المشترك، مسيرته); "اعتصموا بحبل الله" holds fast to something; and the passive
      // يدعى names someone (ويدعى محمود الشيباني), it calls on no one.
      if (row.kind == "noun" && row.phrase == "مسيرة" && f.last + 1 < tokens.size()) {
        static const std::unordered_set<std::string_view> courses = {
            "العمل",  "التعاون", "السلام", "التنمية", "البناء", "الاصلاح", "الخير",   "العطاء",
            "النجاح", "التطوير", "الحياة", "التعليم", "المجلس", "الدول",   "التحديث", "الديمقراطية"};
        const Token& of = tokens[f.last + 1];
        const bool owned_march = tokens[f.first].word && !tokens[f.first].word->enclitic.empty();
        const bool of_a_party = std::any_of(args.begin(), args.end(), [&](const Arg& a) {
          return a.first_token == f.last + 1 && a.mention->type != MentionType::kGroup;
        });
        if (owned_march || of_a_party || courses.count(of.norm) || courses.count(BaseOf(of))) {
          drop("a march of a body or an undertaking: its course, not a protest");
          continue;
        }
      }
      // Drones (الطائرات المسيرة، بالمسيرات) are no marches: a مسيرة after a craft word, or glued to ب, or in
      // a sentence of missiles, air strikes and aircraft.
      if (row.kind == "noun" && (row.phrase == "مسيرة" || row.phrase == "مسيرات")) {
        const Token& before = tokens[f.first > 0 ? f.first - 1 : f.first];
        const std::string_view craft = BaseOf(before);
        const WordAnalysis* own = tokens[f.first].word;
        const bool glued_b = own && !own->proclitics.empty() && own->proclitics.front() == "ب";
        static const std::unordered_set<std::string_view> air_weapons = {
            "صاروخ", "صواريخ", "غارة", "غارات", "قصف", "طائرة", "طائرات", "اعتراض", "اسقاط", "مقاتلات"};
        bool weapons = false;
        for (std::size_t k = 0; k < tokens.size() && !weapons; ++k) {
          weapons =
              k != f.first && (air_weapons.count(BaseOf(tokens[k])) || air_weapons.count(tokens[k].norm));
        }
        if (f.first > 0 &&
            (craft == "طائرة" || craft == "طائرات" || craft == "الطائرة" || craft == "الطائرات")) {
          drop("a drone, not a march");
          continue;
        }
        // (Or marches that strike: مسيّرات تضرب بورتسودان.)
        // (Also past the name of whose they are: مسيرات "الدعم السريع" تضرب بورتسودان.)
        std::size_t next_word = f.last + 1;
        while (next_word < tokens.size() && next_word <= f.last + 6 &&
               (in_mention(next_word) || tokens[next_word].norm == "\"" || tokens[next_word].norm == "«" ||
                tokens[next_word].norm == "»")) {
          ++next_word;
        }
        const bool strikes =
            next_word < tokens.size() &&
            IsVerbOf(tokens[next_word], {"ضرب", "تضرب", "استهدف", "تستهدف", "قصف", "تقصف", "هاجم", "تهاجم"});
        // (Or arms joined to them: تزويد الميليشيا بالأسلحة والمسيرات.)
        static const std::unordered_set<std::string_view> arms = {
            "الاسلحة",   "بالاسلحة", "اسلحة",   "باسلحة",   "الصواريخ",
            "بالصواريخ", "صواريخ",   "الذخائر", "بالذخائر", "والصواريخ"};
        const bool after_arms = f.first > 0 && arms.count(tokens[f.first - 1].norm) > 0;
        if (glued_b || weapons || strikes || after_arms) {
          drop("drones in a sentence of missiles or air strikes, not a march");
          continue;
        }
      }
      // Prayer formulas (أيده الله، حفظه الله، رعاه الله) and the proverb ضرب عصفورين بحجر are no acts.
      if (f.last + 1 < tokens.size() && row.kind != "noun" &&
          (tokens[f.last + 1].norm == "الله" || tokens[f.last + 1].norm == "المولي" ||
           tokens[f.last + 1].norm == "ربه" || BaseOf(tokens[f.last + 1]).starts_with("عصفور") ||
           BaseOf(tokens[f.last + 1]).starts_with("عصافير") ||
           (f.last + 2 < tokens.size() && BaseOf(tokens[f.last + 2]).starts_with("عصافير")))) {
        drop("a prayer formula or a proverb, no act");
        continue;
      }
      // (Nor does استشهد بـ a verse or a saying kill anyone: it cites it, as its participle مستشهدا always
      // does. Killed by fire is برصاص، بنيران.)
      // A meeting that something precedes (مشاورات تسبق اجتماعات الجمعية العامة، عشية القمة) is when, not
      // what was done.
      if (row.kind == "noun" && row.cameo.starts_with("04") && f.first > 0 &&
          (IsVerbOf(tokens[f.first - 1], {"تسبق", "يسبق", "سبقت", "سبق"}) ||
           tokens[f.first - 1].norm == "عشية" || tokens[f.first - 1].norm == "قبيل")) {
        drop("a meeting that something precedes: its time, not an act");
        continue;
      }
      // A travel advisory (خففت لندن تحذيراتها للرعايا، حذرت رعاياها من السفر) threatens no one.
      if ((row.phrase == "تحذير" || row.phrase == "حذر") && f.last + 1 < tokens.size()) {
        bool travel = false;
        for (std::size_t k = f.last + 1; k < tokens.size() && k <= f.last + 4; ++k) {
          const std::string& w = tokens[k].norm;
          travel |= w == "للرعايا" || w == "لرعاياها" || w == "رعاياها" || w == "رعاياه" || w == "مواطنيها" ||
                    w == "لمواطنيها" || w == "السفر";
        }
        if (travel) {
          drop("a travel advisory, no threat");
          continue;
        }
      }
      if (row.phrase == "حيد" &&
          (tokens[f.first].norm.ends_with("يدا") || tokens[f.first].norm.ends_with("يدة") ||
           tokens[f.first].norm.ends_with("وحيد"))) {
        drop("وحيد: alone, not neutralised");
        continue;
      }
      if (row.phrase == "استشهد" && tokens[f.first].norm.starts_with("مست")) {
        drop("مستشهدا: citing, not killed");
        continue;
      }
      if (row.phrase == "استشهد" && f.last + 1 < tokens.size() && tokens[f.last + 1].word &&
          !tokens[f.last + 1].word->proclitics.empty() &&
          tokens[f.last + 1].word->proclitics.front() == "ب") {
        static const std::unordered_set<std::string_view> fire = {"برصاص",   "بنيران", "بقصف", "بغارة",
                                                                  "بانفجار", "بقذيفة", "بجروح"};
        if (!fire.count(tokens[f.last + 1].norm)) {
          drop("استشهد بـ: citing, not killed");
          continue;
        }
      }
      // Going out of somewhere (خرجوا جميعا من السجن) is no protest, nor is a going out no crowd is named
      // doing (a plural verb alone).
      if (row.phrase == "خرج" && row.kind == "verb") {
        bool from = false;
        for (std::size_t k = f.last + 1; k < tokens.size() && k <= f.last + 3; ++k)
          from |= tokens[k].norm == "من" || tokens[k].norm == "منها" || tokens[k].norm == "منه";
        if (from || tokens[f.first].norm.ends_with("وا")) {
          drop("going out of somewhere, or no crowd named: no protest");
          continue;
        }
      }
      // (Nor is a cluster of houses or shops a crowd: تجمع سكاني، تجمع تجاري.)
      if (row.phrase == "تجمع" && f.last + 1 < tokens.size()) {
        static const std::unordered_set<std::string_view> clusters = {"سكاني",  "سكني",  "سكنية",  "تجاري",
                                                                      "تجارية", "صناعي", "عمراني", "قروي"};
        if (clusters.count(tokens[f.last + 1].norm)) {
          drop("a cluster of houses or shops, not a crowd");
          continue;
        }
      }
      if (row.kind == "verb" && row.phrase == "اعتصم" && f.last + 1 < tokens.size() &&
          tokens[f.last + 1].word && !tokens[f.last + 1].word->proclitics.empty() &&
          tokens[f.last + 1].word->proclitics.front() == "ب") {
        drop("اعتصم بـ: holding fast to something, not a sit-in");
        continue;
      }
      if (row.phrase == "دعا" && (tokens[f.first].norm == "يدعي" || tokens[f.first].norm == "ويدعي" ||
                                  tokens[f.first].norm == "تدعي" || tokens[f.first].norm == "وتدعي")) {
        drop("the passive يدعى: a name, not a call");
        continue;
      }
      // "احتجاجا على …", "تنديدا ب…", "تضامنا مع …", "رفضا ل…" after another act of the sentence: the reason
      // or manner of that act (استدعت مصر السفير القطري احتجاجا على تصريحات), not an act of its own (manual,
      // section 1). (Not the noun with a pronoun, an object: أكدت قيادة الجيش تضامنها مع المحتجين.)
      // (رفضاً before its ل, which the analyser may read as the verb: رفضاً لقرار السلطات.)
      const bool rejection_before_lam =
          row.phrase == "رفض" && f.last + 1 < tokens.size() && tokens[f.last + 1].word &&
          !tokens[f.last + 1].word->proclitics.empty() && tokens[f.last + 1].word->proclitics.front() == "ل";
      if ((row.kind == "noun" || rejection_before_lam) && tokens[f.first].norm.ends_with("ا") &&
          tokens[f.first].word && tokens[f.first].word->proclitics.empty() &&
          tokens[f.first].word->enclitic.empty() &&
          (row.phrase == "احتجاج" || row.phrase == "تنديد" || row.phrase == "استنكار" ||
           row.phrase == "تضامن" || row.phrase == "رفض") &&
          std::any_of(found.begin(), found.end(), [&](const Found& g) {
            // (After a crowd's act it is the protest itself: أضرب العمال احتجاجا على خفض الأجور — but a
            // rejection is its reason, even after a protest named by a noun: احتجاجات ليلية رفضاً لإسقاط
            // جنسية.)
            if (row.phrase == "رفض") return g.last < f.first;
            return g.last < f.first && m.triggers[g.row].kind != "noun" &&
                   !m.triggers[g.row].cameo.starts_with("14");
          })) {
        drop("the reason of the act before it (احتجاجا على …)");
        continue;
      }
      // Sport tells its matches in the words of politics (ستلتقي انجولا مع جنوب افريقيا، هجوم التعاون، رفض
      // الشباب عرض الأهلي): a sentence with a word only sport uses codes no event (manual, section 2).
      if (sport_sentence) {
        drop("a sentence about sport");
        continue;
      }
      // What a meeting discusses is part of it (manual, section 2: topics are not coded on their own).
      // (So is a meeting that talks were about: تناول التحضيرات الجارية لاجتماع وزراء الخارجية العرب — a noun
      // after a verb of discussing, not "بحث" as the meeting itself.)
      const bool meeting_as_topic = row.cameo.starts_with("04") && row.kind == "noun" && f.first > 0 &&
                                    IsDiscussionTopic(tokens, f.first) &&
                                    !IsVerbOf(tokens[f.first - 1], {"بحث", "ناقش", "تباحث"});
      if (((row.cameo.starts_with("05") || row.cameo.starts_with("03")) &&
           IsDiscussionTopic(tokens, f.first)) ||
          meeting_as_topic) {
        drop("the topic of a discussion (بحث سبل دعم …), not an act");
        continue;
      }
      // A relative adjective of the trigger's noun (المهام القتالية، الأعمال العسكرية) describes, it tells no
      // act.
      if (row.kind == "noun" && f.first == f.last) {
        const std::string_view w = tokens[f.first].norm;
        const bool nisba = (w.ends_with("ية") || w.ends_with("يه")) && w.size() > 8;
        const bool row_nisba =
            std::any_of(row.words.front().begin(), row.words.front().end(),
                        [](const std::string& key) { return key.ends_with("ية") || key.ends_with("يه"); });
        if (nisba && !row_nisba) {
          drop("a relative adjective of the trigger's noun (المهام القتالية): no act");
          continue;
        }
      }
      // A summit with a pronoun after على is a top (بؤرة استيطانية على قمته), not a meeting.
      if (row.kind == "noun" && row.cameo.starts_with("04") && f.first == f.last && f.first > 0 &&
          tokens[f.first - 1].norm == "علي" &&
          (tokens[f.first].norm == "قمته" || tokens[f.first].norm == "قمتها")) {
        drop("على قمته: the top of something, not a summit");
        continue;
      }
      // A stand against any such step (أكد … ورفضها أي خطوات أحادية، رفضهما القاطع لأي إجراءات) rejects no
      // party's act — unless a party is named in what is rejected (رفضها القاطع لأي تفاوض مع المكون
      // العسكري).
      if (row.cameo.starts_with("12") && row.kind != "noun") {
        std::size_t k = f.last + 1;
        while (k < tokens.size() && (tokens[k].norm == "القاطع" || tokens[k].norm == "التام" ||
                                     tokens[k].norm == "الكامل" || tokens[k].norm == "الشديد"))
          ++k;
        const bool any = k < tokens.size() && (tokens[k].norm == "اي" || tokens[k].norm == "لاي");
        bool party_named = false;
        for (std::size_t j = k + 1; any && j < tokens.size() && j <= k + 8 && !IsClauseEdge(tokens[j]); ++j)
          party_named |= in_mention(j);
        if (any && !party_named) {
          drop("a stand against any such step, not a rejection of a party's act");
          continue;
        }
      }
      // An act told in the present with a word of habit (تمنح … سنويا) is what is done as a rule, not a
      // reported act.
      if (row.kind == "verb" && !sentences[s].is_title && IsImperfectOf(tokens[f.first], row) &&
          HabitInClause(tokens, f.first, f.last)) {
        drop("present tense with a word of habit (سنويا، حاليا، كل عام): not a reported act");
        continue;
      }
      // Members of a party as the subject (فضّت عناصر من "هيئة تحرير الشام" اعتصاماً): the party.
      if (!subject && row.kind == "verb" && f.last + 2 < tokens.size() && tokens[f.last + 2].norm == "من") {
        static const std::unordered_set<std::string_view> members = {
            "عناصر", "افراد", "مقاتلون", "مسلحون", "مجموعة", "دوريات", "قوة", "وحدات", "مفارز"};
        if (members.count(tokens[f.last + 1].norm)) {
          for (const Arg& a : args) {
            const bool quoted = a.first_token == f.last + 4 && tokens[f.last + 3].type == TokenType::kPunct;
            if (((a.prep == "من" && a.first_token == f.last + 3) || quoted) &&
                a.mention->type != MentionType::kLocation) {
              subject = &a;
              how = "members of a party: the party";
              break;
            }
          }
        }
      }
      // An act named by its verbal noun right after أعلن (وكانت بوليفيا قد أعلنت، مساء الثلاثاء، قطع
      // علاقاتها الدبلوماسية مع إسرائيل) is the announcer's: its subject after أعلن, or before it.
      if (const auto announced =
              !subject && row.kind == "phrase" ? announce_verb_before(f.first, true) : std::nullopt) {
        const std::size_t k = *announced;
        for (const Arg& a : args) {
          if (a.prep.empty() && a.first_token > k && a.first_token < f.first) {
            subject = &a;
            // (And the announcers joined to it: أعلنت كل من السعودية والإمارات والبحرين قطع علاقاتها.)
            for (const Arg* next = joined_after(a); next && next->first_token < f.first;
                 next = joined_after(*next))
              more_subjects.push_back(next);
            break;
          }
          if (a.mention->how == "coref:dropped-subject" && a.first_token == k) subject = &a;
        }
        // (Before it, past قد: وكانت بوليفيا قد أعلنت.)
        const std::size_t before = k > 0 && tokens[k - 1].norm == "قد" ? k - 1 : k;
        for (const Arg& a : args) {
          if (!subject && a.prep.empty() && a.last_token + 1 == before) subject = &a;
        }
        // (All of those joined there: وكانت المملكة العربية السعودية والإمارات … وجمهورية مصر العربية قد
        // أعلنت قطع علاقاتها.)
        if (subject && subject->last_token + 1 == before && StartsWithAnd(tokens[subject->first_token])) {
          std::vector<const Arg*> chain{subject};
          for (bool more = true; more;) {
            more = false;
            for (const Arg& a : args) {
              if (a.prep.empty() && a.last_token + 1 == chain.back()->first_token &&
                  a.mention->type == subject->mention->type) {
                chain.push_back(&a);
                more = StartsWithAnd(tokens[a.first_token]);
                break;
              }
            }
          }
          if (chain.size() > 1) {
            subject = chain.back();
            co_subject = nullptr;
            more_subjects.assign(chain.rbegin() + 1, chain.rend());
          }
        }
        if (subject) how = "verbal noun after أعلن: the announcer";
      }
      // (So is one joined to such a verbal noun by و: أعلنت الوزارة قطع العلاقات مع قطر، وإغلاق الأجواء.)
      if (!subject && row.kind == "phrase" && StartsWithAnd(tokens[f.first])) {
        if (const Event* announced_act = told_in_sentence([](const Event& c) {
              return c.pattern.find("verbal noun after أعلن: the announcer") != std::string::npos;
            })) {
          for (const Arg& a : args) {
            if (!announced_act->actor.empty() && a.mention->entity >= 0 &&
                a.mention->entity == announced_act->actor.front().entity && a.first_token < f.first) {
              subject = &a;
              how = "verbal noun joined to one announced: the announcer";
              break;
            }
          }
        }
      }
      // "… أن يتوجه الصفدي غدا إلى باريس، على أن يختتم جولته في برلين": a plan's next step (على أن + a verb
      // with no subject after it) is done by the subject of the verb before it in the sentence.
      if (!subject && row.kind != "noun" && f.first >= 2 && tokens[f.first - 1].norm == "ان" &&
          tokens[f.first - 2].norm == "علي") {
        for (std::size_t v = f.first - 2; v-- > 0 && !subject;) {
          const WordAnalysis* vw = tokens[v].word;
          if (!vw || !vw->verb || vw->has_article()) continue;
          for (const Arg& a : args) {
            if (a.prep.empty() && a.first_token > v && a.first_token <= v + 2) {
              subject = &a;
              how = "the next step of a plan (على أن): the subject of the verb before";
              break;
            }
          }
          break;
        }
      }
      // "أعلن الوزير أنه سيتوجه …", "وأكد الرئيسان أنهما سيعززان …": the pronoun after أن is the speaker,
      // the nearest party before it that no preposition introduces.
      // (Before a verb-subject reading too: in "إنه يتطلع لاستقبال الرئيس" the president is the object.)
      if ((!subject || how == "verb-subject") && row.kind != "noun" && f.first > 0) {
        static const std::unordered_set<std::string_view> pronouns = {"انه", "انها", "انهم", "انهما"};
        // (Or before the verb of beginning that carries it: أنها بدأت في شن غارات.)
        std::size_t verb_at = f.first;
        if (AfterAspectVerb(tokens, f.first))
          verb_at = tokens[f.first - 1].norm == "في" ? f.first - 2 : f.first - 1;
        if (verb_at > 0 && pronouns.count(tokens[verb_at - 1].norm)) {
          subject = nullptr;
          const Arg* before_subject = nullptr;
          for (const Arg& a : args) {
            if (a.first_token + 1 >= verb_at) break;
            if (!a.prep.empty()) continue;
            before_subject = subject && subject->last_token + 1 == a.first_token ? subject : nullptr;
            subject = &a;
          }
          // Verb, subject, object (أبلغت تركيا الأمم المتحدة أنها …): the speaker is the first of two
          // parties side by side, unless و joins them (the pair speaks, below).
          const WordAnalysis* nearest = subject ? tokens[subject->first_token].word : nullptr;
          if (before_subject &&
              !(nearest && !nearest->proclitics.empty() && nearest->proclitics.front() == "و"))
            subject = before_subject;
          if (subject) how = "pronoun after أن: the speaker";
          // "وأكد الرئيس الأمريكي والرئيس التركي أنهما …": a dual or plural pronoun speaks for both.
          const WordAnalysis* sw = subject ? tokens[subject->first_token].word : nullptr;
          if (sw && tokens[verb_at - 1].norm != "انه" && tokens[verb_at - 1].norm != "انها" &&
              !sw->proclitics.empty() && sw->proclitics.front() == "و") {
            for (const Arg& a : args) {
              if (&a != subject && a.prep.empty() && a.last_token + 1 == subject->first_token) {
                co_subject = &a;
                how += ", and the party joined to it";
              }
            }
          }
        }
      }
      const WordAnalysis* trigger_word = tokens[f.first].word;
      // A demand joined by و after a comma whose party is followed right away by what is demanded (…،
      // وحث إسرائيل وحزب الله على وقف الأعمال العدائية): the party is addressed; the subject is the
      // sentence's.
      // (Hunspell may leave و on the word: وحث has the lemma حث and no clitic.)
      // (So is one after كما inside the sentence: وطالب عبد العاطي الاتحاد الأوروبي بـ…، كما أدان استهداف.)
      const bool and_verb =
          trigger_word &&
          ((!trigger_word->proclitics.empty() && trigger_word->proclitics.front() == "و") ||
           (tokens[f.first].norm.starts_with("و") && !trigger_word->lemma_norm.starts_with("و")) ||
           (f.first > 1 && tokens[f.first - 1].norm == "كما"));
      // (A phrase's verb too: ودعا السلطات العراقية إلى إجراء تحقيق.)
      if (subject && how.starts_with("verb-subject") && row.kind != "noun" && IsDemandWord(tokens[f.first]) &&
          and_verb && f.first > 0 && IsClauseEdge(tokens[f.first - 1]) &&
          subject->first_token == f.first + 1) {
        std::size_t end = subject->last_token;
        if (co_subject) end = std::max(end, co_subject->last_token);
        for (const Arg* more : more_subjects) end = std::max(end, more->last_token);
        const WordAnalysis* next = end + 1 < tokens.size() ? tokens[end + 1].word : nullptr;
        const bool demanded_next = end + 1 < tokens.size() &&
                                   (tokens[end + 1].norm == "علي" || tokens[end + 1].norm == "الي" ||
                                    (next && !next->proclitics.empty() && next->proclitics.front() == "ب"));
        if (demanded_next) {
          subject = nullptr;
          co_subject = nullptr;
          more_subjects.clear();
          how.clear();
        }
      }
      // A verb joined by و to the sentence's first verb shares its subject (وشدد المحاورون على … واتفقوا
      // على): the subject near the sentence's start.
      // A plural verb (وقتلوه، أطلقوا النار) agrees with no one named person: "وكان النائب … عندما نصب له
      // مهاجموه مكمنا وقتلوه" is killed by his attackers; "وذكر الشاهد عبدالرحمن مير: أطلقوا النار" quotes.
      auto one_named_person = [&](const Arg& a) {
        return a.mention->type == MentionType::kPerson && a.mention->entity >= 0 &&
               a.mention->how != "coref:dropped-subject" &&
               !entities.entities[a.mention->entity].name.empty();
      };
      bool disagreeing_subject = false, attack_between = false;
      // (Or a past verb after a comma, telling on what the subject did: "وجهت وزارة الخارجية رسالتين …،
      // أدانت فيهما الاعتداء".)
      // (Not violence, whose plural after a comma is as often the passive: …، قتلوا وأصيب 27.)
      // (A word the analyser leaves as a noun is a verb when "in it" follows: خطاباً …، طالب فيه المجلس.)
      // (Or inside a phrase, right after its verb: دعاه خلاله إلى وقف إطلاق الصواريخ.)
      const bool said_in_it = (f.last + 1 < tokens.size() && IsInIt(tokens[f.last + 1])) ||
                              (f.first + 1 < f.last && IsInIt(tokens[f.first + 1]));
      const bool comma_verb =
          (row.kind == "verb" ||
           // (A phrase's verb with its object pronoun, "in it" after: …، دعاه خلاله إلى وقف إطلاق الصواريخ.)
           (row.kind == "phrase" && said_in_it && trigger_word && !trigger_word->enclitic.empty())) &&
          f.first > 0 && tokens[f.first - 1].norm == "،" && trigger_word &&
          (trigger_word->verb || (said_in_it && !tokens[f.first].norm.ends_with("ا"))) &&
          !tokens[f.first].norm.starts_with("ي") && !tokens[f.first].norm.starts_with("ت") &&
          !tokens[f.first].norm.ends_with("وا") && !row.cameo.starts_with("18") &&
          !row.cameo.starts_with("19") && !row.cameo.starts_with("20") && !row.cameo.starts_with("17");
      // (Or a past verb after إذ or حيث that tells how an act the sentence reported was done: ارتكب تحالف
      // العدوان مجزرة …، إذ استهدف مبنى السجن — not "ارتفعت نسبة الإشغال، إذ استقبلت نزلاء".)
      const bool how_verb = row.kind == "verb" && f.first > 0 &&
                            (tokens[f.first - 1].norm == "اذ" || tokens[f.first - 1].norm == "حيث") &&
                            trigger_word && trigger_word->verb && !tokens[f.first].norm.starts_with("ي") &&
                            !tokens[f.first].norm.starts_with("ت") &&
                            !tokens[f.first].norm.starts_with("س") && !tokens[f.first].norm.ends_with("وا") &&
                            std::any_of(found.begin(), found.end(), [&](const Found& g) {
                              return g.first < f.first && m.triggers[g.row].kind != "noun";
                            });
      // The sentence's first verb, after lead-ins (وفي سياق متصل، وجهت …): its subject is the sentence's.
      std::size_t first_verb = tokens.size();
      for (std::size_t k = 0; k < f.first && first_verb == tokens.size(); ++k) {
        if (tokens[k].word && tokens[k].word->verb && !tokens[k].word->has_article()) first_verb = k;
      }
      if (!subject && row.kind != "noun" && (and_verb || comma_verb || how_verb)) {
        for (const Arg& a : args) {
          if (a.first_token >= f.first) break;
          if (subject_in_verb && one_named_person(a)) {
            disagreeing_subject = true;
            continue;
          }
          // Nor a speaker whose report (أن …) the verb is in: "وأوردت وسائل إعلام أن المهاجمين بادروا …
          // وهددوا".
          // (A quotation closed before the verb ended the report: معتبراً أنّ «…»، ودعا الحكومة.)
          bool reported = false;
          for (std::size_t k = a.last_token + 1; k < f.first; ++k) {
            if (tokens[k].norm == "ان" || tokens[k].norm == "بان" || tokens[k].norm == "فان") reported = true;
            if (reported && tokens[k].norm == "»" && k + 2 == f.first && tokens[k + 1].norm == "،")
              reported = false;
          }
          if (reported && a.mention->how != "coref:dropped-subject") continue;
          // (A speaker whose verb disagrees with the joined one in gender did not do it: "وأفاد شهود بأن قوات
          // الاحتلال اقتحمت المخيم، وحاصرت منزلا" — the forces besieged; the joined verb is the report's.)
          if (reported && a.mention->type == MentionType::kPerson) {
            const std::string_view speaker_verb = tokens[a.first_token].norm;
            const std::string_view verb_form = tokens[f.first].norm;
            if (speaker_verb.ends_with("ت") != verb_form.ends_with("ت")) continue;
          }
          // (Or its units': نفذت وحدات من الجيش العربي السوري عمليات …، ودمرت.)
          const bool after_first_verb =
              (a.prep.empty() && a.first_token == first_verb + 1) ||
              (a.prep == "من" && a.first_token == first_verb + 3 && tokens[first_verb + 2].norm == "من" &&
               (a.mention->sector == "MIL" || a.mention->sector == "COP"));
          if (a.mention->how == "coref:dropped-subject" || (a.prep.empty() && a.first_token <= 4) ||
              after_first_verb) {
            subject = &a;
            how = "coordinated verb";
            // (A dual or plural verb shares the parties joined to it as well: وأعربت السعودية والولايات
            // المتحدة … ودعتا الطرفين.)
            const std::string_view verb_form = tokens[f.first].norm;
            // (So does a feminine verb after states, whose plural it agrees with: وكانت السعودية والإمارات
            // والبحرين ومصر قد قطعت علاقاتها مع قطر، وأغلقت منافذها.)
            const bool states = a.mention->type == MentionType::kCountry && verb_form.ends_with("ت");
            if (verb_form.ends_with("تا") || verb_form.ends_with("وا") || states) {
              for (const Arg* next = joined_after(a); next; next = joined_after(*next)) {
                if (next->first_token >= f.first) break;
                more_subjects.push_back(next);
              }
            }
            // "غداة هجوم انتحاري نسب إلى داعش وضرب مدينة سوروتش": an attack named by a noun between them
            // is what the joined verb goes on to tell, not the sentence's subject.
            for (std::size_t k = a.last_token + 1; k < f.first && conflict; ++k) {
              attack_between |= IsAttackWord(tokens[k]) || IsAttackOrWeaponWord(tokens[k]);
            }
            break;
          }
        }
      }
      if (attack_between) {
        drop("a joined verb that goes on telling an attack named by a noun");
        continue;
      }
      // (Or the subject of the verb it is joined to, reported after أن: أعلن … أن القوات المسلحة نفذت،
      // عصر أمس، عملية …، واستهدفت منشآت أرامكو.)
      if (!subject && row.kind == "verb" && and_verb) {
        for (std::size_t v = f.first; v-- > 0 && v + 25 > f.first;) {
          const WordAnalysis* w = tokens[v].word;
          if (tokens[v].type == TokenType::kPunct && tokens[v].norm != "،" && tokens[v].norm != "\"") break;
          if (!w || !w->verb || w->has_article() || in_mention(v)) continue;
          for (const Arg& a : args) {
            if (a.prep.empty() && a.last_token + 1 == v && a.first_token > 0 &&
                (tokens[a.first_token - 1].norm == "ان" || tokens[a.first_token - 1].norm == "بان")) {
              subject = &a;
              how = "coordinated verb: the subject reported before it";
            }
          }
          break;
        }
      }
      // What a force managed to do (تمكنت قوات النخبة، أمس، من اعتقال خلية؛ تمكنت عناصر إنفاذ القانون من قتل
      // 8 عناصر): the verbal noun after من is its act.
      // (With a victim as the noun's genitive, the force is the actor beside it.)
      const Arg* managed_actor = nullptr;
      if ((!subject || row.subject == "recipient") && row.kind == "noun" && f.first >= 2 &&
          tokens[f.first - 1].norm == "من") {
        for (std::size_t k = f.first - 1; k-- > 0 && k + 14 > f.first;) {
          if (tokens[k].type == TokenType::kPunct && tokens[k].norm != "،") break;
          if (!tokens[k].word || !tokens[k].word->verb || !HasForm(tokens[k], {"تمكن", "نجح"})) continue;
          for (const Arg& a : args) {
            if (a.first_token > k && a.last_token + 1 < f.first && a.prep.empty() &&
                a.mention->type != MentionType::kLocation) {
              if (!subject) {
                subject = &a;
                how = "the subject of تمكن من";
              } else {
                managed_actor = &a;
                how += ", the subject of تمكن من";
              }
              break;
            }
          }
          break;
        }
      }
      // A visit under way in a relative clause is its antecedent's, whatever governs it (… مع الوزير العراقي،
      // الذي يقوم بزيارة).
      // (Never a party after the verb, which is where the visit goes; with no antecedent next to the pronoun
      // — والوفد المرافق له، الذي يزور المملكة — it is the visit of a reception told in the same sentence.)
      if (visit_under_way) {
        const Arg* antecedent = nullptr;
        for (const Arg& a : args) {
          if (a.last_token + 2 <= f.first && a.last_token + 3 >= f.first &&
              a.mention->type != MentionType::kLocation)
            antecedent = &a;
        }
        if (!antecedent) {
          drop("a visit under way in a relative clause with no antecedent next to it");
          continue;
        }
        if (!subject || subject->first_token > f.first) {
          subject = antecedent;
          how = "the antecedent of the relative pronoun";
        }
      }
      // Subject-first order: the mention must end close before the verb (الوزير أمس يبحث), not anywhere
      // earlier in a long sentence. Reports of violence are looser: the armed group named at the start of
      // the sentence is usually the one that acts in its later clauses.
      if (!subject && row.kind != "noun" && !(subject_in_verb && disagreeing_subject)) {
        for (const Arg& a : args) {
          if (a.first_token >= f.first || !a.prep.empty() || overlaps_trigger(a)) continue;
          if (subject_in_verb && one_named_person(a)) continue;
          // (Not a nationality of another word: منشآت تابعة للمؤسسة الاقتصادية اليمنية …، فيما استهدف.)
          // (But "the enemy", "the occupation", "the regime" are named by theirs: وكان العدو الإسرائيلي قد
          // شن.)
          const WordAnalysis* adjective = tokens[a.first_token].word;
          static const std::unordered_set<std::string_view> named_by_nationality = {"العدو", "الاحتلال",
                                                                                    "الكيان", "النظام"};
          // (Only an adjective after a word with the article, not a people — الإيرانيون — nor a state's
          // name: السعودية.)
          const std::string_view nisba = tokens[a.first_token].norm;
          const WordAnalysis* before = a.first_token > 0 ? tokens[a.first_token - 1].word : nullptr;
          const bool of_another_word = adjective && adjective->has_article() && IsNisba(nisba) &&
                                       !nisba.ends_with("يون") && !nisba.ends_with("يين") &&
                                       nisba != "السعودية" && before && before->has_article() &&
                                       !named_by_nationality.count(tokens[a.first_token - 1].norm);
          if (a.mention->type == MentionType::kCountry &&
              (a.mention->how.starts_with("attachment") || of_another_word)) {
            continue;
          }
          const std::size_t end = a.last_token;
          const bool trigger_between = std::any_of(
              found.begin(), found.end(), [&](const Found& g) { return g.first > end && g.first < f.first; });
          // A speaker before أن/إن is not the doer of what he reports (قال مسؤول إن … قتل).
          bool reported = false;
          // (So is one whose words are quoted: وأعلن الحاكم "هذا الصباح فجر انتحاري …".)
          for (std::size_t k = end + 1; k < f.first; ++k) {
            reported |= tokens[k].norm == "ان" || tokens[k].norm == "بان" || tokens[k].norm == "انه" ||
                        tokens[k].norm == "\"" || tokens[k].norm == "«" || tokens[k].norm == "“";
          }
          // (Not before a verb that carries its object and has its subject after it: إذ أوقفته عناصر تابعة
          // لجهاز الردع — the one named before is the one stopped.)
          const WordAnalysis* carried = tokens[f.first].word;
          const bool object_then_subject =
              conflict && carried && (carried->enclitic == "ه" || carried->enclitic == "ها") &&
              f.last + 1 < tokens.size() && tokens[f.last + 1].type == TokenType::kArabic &&
              !in_mention(f.last + 1) && tokens[f.last + 1].word && !tokens[f.last + 1].word->verb &&
              tokens[f.last + 1].word->proclitics.empty() && !in_date(f.last + 1);
          if ((end + 3 >= f.first || (conflict && !reported)) && !trigger_between && !object_then_subject) {
            subject = &a;
            how = "subject-before";
          }
        }
      }
      // An attack named with its doer after ل, subject of the verb that tells what it struck (إن قصفاً مدفعياً
      // لقوات الدعم السريع استهدف اليوم سوقاً شعبية): that doer.
      if (conflict && row.kind == "verb" && (!subject || subject->first_token < f.first)) {
        for (const Arg& a : args) {
          if (a.prep != "ل" || a.first_token < 2 || a.last_token >= f.first) continue;
          if (subject && subject->last_token + 2 >= a.first_token) continue;
          std::size_t gap = a.last_token + 1;
          while (gap < f.first && in_date(gap)) ++gap;
          // (Indefinite with tanween too: قصفاً، هجوماً.)
          auto attack = [&](const Token& t) {
            static const std::unordered_set<std::string_view> lemmas = {"قصف",   "هجوم",    "غارة",
                                                                        "تفجير", "استهداف", "اعتداء"};
            return IsAttackWord(t) ||
                   (t.word && t.word->proclitics.empty() && lemmas.count(t.word->lemma_norm));
          };
          const bool attack_before =
              attack(tokens[a.first_token - 1]) ||
              (attack(tokens[a.first_token - 2]) && tokens[a.first_token - 1].word &&
               !in_mention(a.first_token - 1) && IsNisba(tokens[a.first_token - 1].word->lemma_norm));
          if (gap == f.first && attack_before) {
            subject = &a;
            how = "the doer of the attack named before the verb";
          }
        }
      }
      // "وقال عريقات عقب لقائه مع الأمين العام", "ودعا خلال لقائه المبعوث …": a noun with a possessive
      // pronoun is the act of the one the sentence is about: its first party that no preposition introduces.
      const WordAnalysis* noun_with_pronoun = tokens[f.first].word;
      // (hunspell may leave the pronoun on the word: لقائه is one segment with the lemma لقاء.)
      const std::string_view noun_form = tokens[f.first].norm;
      const bool possessive =
          noun_with_pronoun && (noun_with_pronoun->enclitic == "ه" || noun_with_pronoun->enclitic == "ها" ||
                                // (Or two's: وأكد الوزيران اتفاقهما على المضي — not a trip of two,
                                // to a summit more often than not: أثناء زيارتهما روسيا.)
                                (noun_with_pronoun->enclitic == "هما" && row.cameo.starts_with("03")) ||
                                ((noun_form.ends_with("ه") || noun_form.ends_with("ها")) &&
                                 !Intersects({noun_form}, row.words.front())));
      // "وأكد الوزير …، مطالباً إيران بـ …": a circumstantial participle's doer is the sentence's subject, its
      // first party; what follows is its object.
      // The sentence's first party before the trigger that no preposition introduces (not a bare country,
      // mostly a place or a topic there), or the subject a verb carries when that counts: news opens with
      // who the sentence is about (ودعا الرئيس اليمني … خلال لقائه), and nearer parties are often objects.
      auto sentence_party = [&](bool carried_subject, std::size_t from = 0) -> const Arg* {
        for (const Arg& a : args) {
          if (a.first_token >= f.first) break;
          if (a.first_token < from) continue;
          if (a.prep.empty() && a.mention->type != MentionType::kCountry) return &a;
          if (carried_subject && a.mention->how == "coref:dropped-subject") return &a;
        }
        return nullptr;
      };
      // Where the trigger's clause begins: at the last فيما or بينما before it, else at the sentence's start.
      auto while_clause_start = [&] {
        std::size_t from = 0;
        for (std::size_t k = 0; k < f.first; ++k) {
          if (OpensWhileClause(tokens[k])) from = k;
        }
        return from;
      };
      if (row.kind != "noun" && IsParticipleSlot(tokens, f.first)) {
        // (The clause's, after فيما or بينما: واتهم الجيش …، فيما نفى المستشار …، متهماً الجيش.)
        const std::size_t clause_from = while_clause_start();
        subject = sentence_party(/*carried_subject=*/true, clause_from);
        if (!subject && clause_from > 0) subject = sentence_party(/*carried_subject=*/true);
        // (Those joined after the participle are its objects: متوعداً الولايات المتحدة وبريطانيا.)
        co_subject = nullptr;
        more_subjects.clear();
        if (subject) how = "participle: the sentence's subject";
      }
      // A meeting held during a visit (… إلى بروكسل، في زيارة يلتقي خلالها الممثل الأعلى) is the visitor's,
      // the sentence's subject; the party after the verb is the one met.
      if (row.kind == "verb" && trigger_root == "04" && f.last + 1 < tokens.size() &&
          (tokens[f.last + 1].norm == "خلالها" || tokens[f.last + 1].norm == "خلاله")) {
        if (const Arg* visitor = sentence_party(/*carried_subject=*/true)) {
          subject = visitor;
          co_subject = nullptr;
          more_subjects.clear();
          how = "the visitor, whose visit the meeting is held during";
        }
      }
      // "وأوضح الجبير أن «دعم جهود مصر واستقرارها لن يتغير»": support named with no doer right after the
      // speaker's أن is the speaker's own stance.
      // (Not an imperfect after أن: "أن يدعموا" is "to support".)
      if (!subject && row.kind == "verb" && row.cameo == "051" && f.first > 0 &&
          !IsImperfectOf(tokens[f.first], row)) {
        std::size_t k = f.first - 1;
        if (k > 0 && (tokens[k].norm == "«" || tokens[k].norm == "\"")) --k;
        if (tokens[k].norm == "ان") {
          subject = sentence_party(/*carried_subject=*/true);
          if (subject && subject->first_token >= k) subject = nullptr;
          if (subject) how = "support after the speaker's أن: the speaker's";
        }
      }
      const Arg* possessed_object = nullptr;
      // "يعتزم الرئيس الأمريكي باراك أوباما لقاء خادم الحرمين": a meeting noun after a verb of intending and
      // its subject is that subject's act, and the noun's genitive is the one to be met.
      if (subject && how == "genitive" && row.kind == "noun" && row.cameo.starts_with("04")) {
        static const std::unordered_set<std::string_view> intend = {"اعتزم", "يعتزم", "تعتزم", "عزم",
                                                                    "يعزم",  "ينوي",  "تنوي",  "نوي"};
        for (std::size_t k = f.first; k-- > 0 && k + 10 > f.first;) {
          if (IsClauseEdge(tokens[k])) break;
          if (!intend.count(tokens[k].norm) && !IsVerbOf(tokens[k], intend)) continue;
          for (const Arg& a : args) {
            if (a.first_token > k && a.last_token < f.first && a.prep.empty()) {
              possessed_object = subject;
              subject = &a;
              how = "the subject of a verb of intending";
              break;
            }
          }
          break;
        }
      }
      if (!subject && row.kind == "noun" && possessive) {
        // (The clause's, after فيما or بينما: … دعا المنسق الأممي …، فيما أكدت قيادة الجيش تضامنها; and a
        // state that opens it, its subject: الإمارات تدين الهجوم الحوثي … وتؤكد تضامنها، كما أدانت جمهورية
        // مصر … مؤكدة تضامنها.)
        // (And past a report's أن: وعلمت «النهار العربي» أن الموفد الفرنسي وجّه خلال جولته دعوة.)
        std::size_t clause_from = while_clause_start();
        for (std::size_t k = clause_from; k < f.first; ++k) {
          if (tokens[k].norm == "ان" || tokens[k].norm == "بان") clause_from = k;
        }
        for (const Arg& a : args) {
          if (a.first_token >= f.first) break;
          if (a.first_token < clause_from || !a.prep.empty()) continue;
          // (A state's name, not a one-word adjective of nationality: إماراتيون يردون … لهجومه.)
          const std::string_view said = tokens[a.first_token].norm;
          const bool adjective = a.first_token == a.last_token &&
                                 (said.ends_with("ي") || said.ends_with("ية") || said.ends_with("يون") ||
                                  said.ends_with("يين") || said.ends_with("يان"));
          if (a.mention->type != MentionType::kCountry || (a.first_token <= clause_from + 2 && !adjective))
            subject = &a;
          break;
        }
        if (!subject) subject = sentence_party(/*carried_subject=*/false);
        if (subject) {
          how = "possessive: the clause's party";
          // "لقائه اليوم مبعوث الأمين العام": the party right after such a noun is the one met.
          // Words of a date or a place in between (لقائه اليوم (الأحد) مبعوث …، لقائه، أمس في الرياض، إسماعيل
          // ولد الشيخ).
          auto in_place = [&](std::size_t k) {
            return std::any_of(entities.mentions.begin(), entities.mentions.end(), [&](const Mention& place) {
              return place.sentence == static_cast<int>(s) && place.type == MentionType::kLocation &&
                     tokens[k].span.begin >= place.span.begin && tokens[k].span.end <= place.span.end;
            });
          };
          std::size_t dated = 0;
          for (std::size_t k = f.last + 1; k < tokens.size(); ++k) {
            const bool place_word =
                in_place(k) || (tokens[k].norm == "في" && k + 1 < tokens.size() && in_place(k + 1));
            if (!in_date(k) && !place_word && tokens[k].norm != "،") break;
            ++dated;
          }
          for (const Arg& a : args) {
            if (a.first_token > f.last && a.first_token <= f.last + 4 + dated && a.prep.empty()) {
              possessed_object = &a;
              break;
            }
          }
        }
      }
      // A pledge said as a predicate (أن الولايات المتحدة مستعدة لتعزيز …، مصر حريصة على …): its subject
      // stands right before it.
      const WordAnalysis* predicate = tokens[f.first].word;
      // (Not the first object of a verb of handing over: سلّم آل ثاني مضيفه دعوة.)
      bool handed_over = false;
      for (std::size_t v = f.first; v-- > 0 && v + 9 > f.first && tokens[v].type != TokenType::kPunct;) {
        handed_over |= IsHandingVerb(tokens[v]);
      }
      if (!subject && row.kind == "noun" && row.cameo.starts_with("03") && predicate &&
          predicate->proclitics.empty() && f.first > 0 && !handed_over) {
        for (const Arg& a : args) {
          if (a.prep.empty() && a.last_token + 1 == f.first) {
            subject = &a;
            how = "predicate";
          }
        }
      }
      // A noun without a genitive that is the object of a light verb takes the verb's subject: بعث الملك …
      // ببرقية تهنئة, أعرب الوزير عن التهاني, قدم الوزير التعازي.
      // With a victim as the noun's genitive (قام مسلحون بخطف نائب رئيس البلدية), the light verb's subject is
      // still the actor.
      const Arg* light_actor = nullptr;
      if (row.kind == "noun" && (!subject || row.subject == "recipient")) {
        // The noun is the light verb's object: a few words after it, its subject's words not counted (بعث
        // خادم الحرمين الشريفين الملك سلمان … برقية), and no other noun in between that could be the object
        // (قدم أوباما تعازيه لتركيا على خلفية الاعتداء: the condolences, not the attack).
        // Commas and semicolons may stand between (بعث الملك سلمان؛ برقية تهنئة), and honorifics and the
        // words of "in his name and his people's" (وأعرب الملك المفدى باسمه واسم شعب … عن التهاني).
        std::size_t words = 0;
        for (std::size_t v = f.first; v-- > 0;) {
          const bool comma = tokens[v].norm == "،" || tokens[v].norm == "؛";
          if (!in_mention(v) && !comma && ++words > 7) break;
          if (tokens[v].type == TokenType::kPunct && !comma) break;
          // Another noun trigger nearer the light verb is its object (قدم أوباما تعازيه …).
          if (v + 1 < f.first && std::any_of(found.begin(), found.end(), [&](const Found& g) {
                return g.first > v && g.first < f.first && m.triggers[g.row].kind == "noun";
              })) {
            break;
          }
          // (Paying a visit: أن تؤدي رئيسة الحكومة زيارة إلى الجزائر; أدى elsewhere is "led to".)
          const bool pays_visit =
              row.cameo == "042" && IsVerbOf(tokens[v], {"ادي", "ادت", "يؤدي", "تؤدي", "سيؤدي", "ستؤدي"});
          // (Carrying out an attack: أن طائرات القوات الجوية الروسية نفذت، فجر اليوم، ضربات دقيقة.)
          const bool doing =
              (row.cameo.starts_with("18") || row.cameo.starts_with("19") || row.cameo.starts_with("20")) &&
              IsLaunchVerb(tokens[v]);
          // (Not what is done as a rule: وينفذ التحالف الدولي غارات جوية بشكل يومي.)
          if (doing && HabitInClause(tokens, v, std::min(tokens.size() - 1, f.last + 4))) break;
          if (!IsLightVerb(tokens[v]) && !pays_visit && !doing) continue;
          // (Violence or a protest is no object of a verb of expressing: أعربت البعثة عن قلقها إزاء
          // الاشتباكات — the mission's concern, not its clashes.)
          if ((row.cameo.starts_with("14") || row.cameo.starts_with("18") || row.cameo.starts_with("19") ||
               row.cameo.starts_with("20")) &&
              IsVerbOf(tokens[v], {"اعرب", "عبر", "ابدي", "جدد"})) {
            break;
          }
          const Arg* candidate = nullptr;
          for (const Arg& a : args) {
            if (a.mention->how == "coref:dropped-subject" && a.first_token == v) candidate = &a;
          }
          for (const Arg& a : args) {
            if (candidate) break;
            if (a.first_token > v && a.first_token < f.first && a.prep.empty()) candidate = &a;
            // (Members of a party: قبل أن تعمد عناصر من قوى الأمن الداخلي إلى تفريقهم.)
            static const std::unordered_set<std::string_view> members = {"عناصر", "افراد",  "قوة",   "وحدات",
                                                                         "مفارز", "دوريات", "مجموعة"};
            if (a.first_token == v + 3 && a.prep == "من" && members.count(tokens[v + 1].norm) &&
                a.mention->type != MentionType::kLocation) {
              candidate = &a;
            }
          }
          // (Or right before a verb of arriving: أن رئيس جمهورية الموزمبيق، السيد …، سيحل بالجزائر في زيارة.)
          const bool arriving = IsVerbOf(tokens[v], {"حل", "يحل", "سيحل", "حلت", "تحل", "ستحل"});
          // (Or the subject before a verb of doing, in subject-first order: أن طائرات القوات الجوية
          // الروسية نفذت، فجر اليوم، ضربات دقيقة.)
          // (Or the pluperfect's subject before قد: وكان المبعوث الأمريكي … قد أجرى الأسبوع الماضي زيارة.)
          // (The party right after كان, past the rest of his title: وكان المبعوث الأمريكي الخاص إلى السودان
          // قد أجرى. Not the first of several joined, whose phrase has them all: وكان ماكرون وتبون قد أجريا.)
          const bool after_qad = v >= 2 && tokens[v - 1].norm == "قد";
          std::size_t kana = v;
          for (std::size_t k = v - 1; after_qad && k-- > 0 && k + 14 >= v;) {
            if (IsClauseEdge(tokens[k])) break;
            if (IsKana(tokens[k].norm)) {
              kana = k;
              break;
            }
          }
          for (const Arg& a : args) {
            if (candidate || !(arriving || doing || kana < v)) break;
            const bool pluperfect_subject = kana < v && a.first_token == kana + 1 && a.prep.empty() &&
                                            !(joined_after(a) && joined_after(a)->last_token + 2 == v);
            if (a.prep.empty() && (a.last_token + 1 == v ||
                                   (a.last_token + 2 == v && tokens[v - 1].norm == "،" && !after_qad))) {
              candidate = &a;
            }
            if (pluperfect_subject) candidate = &a;
          }
          if (candidate && !subject) {
            subject = candidate;
            how = "light-verb " + std::string(tokens[v].norm);
          } else if (candidate && candidate != subject) {
            light_actor = candidate;
            how += ", actor of the light verb " + std::string(tokens[v].norm);
          }
          break;
        }
      }
      // Who issued the statement named by the word at `k` of sentence `in`: the party right after it with
      // ل (بيان لرئاسة الجمهورية) or after صادر عن (بيان صادر عن الخارجية).
      auto statement_issuer = [&](std::size_t in, std::size_t k) -> const Mention* {
        const auto& words = sentences[in].tokens;
        for (const Mention& by : entities.mentions) {
          if (by.sentence != static_cast<int>(in) || by.entity < 0 || by.how.starts_with("attachment") ||
              (by.type != MentionType::kOrganization && by.type != MentionType::kPerson)) {
            continue;
          }
          const std::size_t at = TokenAt(words, by.span.begin);
          const WordAnalysis* w = words[at].word;
          const bool of = at == k + 1 && w &&
                          std::find(w->proclitics.begin(), w->proclitics.end(), "ل") != w->proclitics.end();
          const bool from = at == k + 3 && (words[k + 1].norm == "صادر" || words[k + 1].norm == "الصادر") &&
                            words[k + 2].norm == "عن";
          if (of || from) return &by;
        }
        return nullptr;
      };
      // A statement as the subject (وندد بيان لرئاسة الجمهورية صدر السبت بتصريحات …، وقال بيان صادر عن
      // الخارجية): whoever issued it.
      if (row.kind != "noun" && f.last + 2 < tokens.size() && BaseOf(tokens[f.last + 1]) == "بيان" &&
          (!subject || subject->first_token > f.last + 1)) {
        if (const Mention* by = statement_issuer(s, f.last + 1)) {
          for (const Arg& a : args) {
            if (a.mention != by) continue;
            subject = &a;
            how = "a statement's issuer";
            break;
          }
        }
      }
      // "The statement" as the subject (وندد البيان بشدة بهذا التوقيف، وحمّل البيان وزير الداخلية …): the
      // issuer of the statement told before.
      const Mention* issuer = nullptr;
      if (row.kind != "noun" && f.first + 1 < tokens.size() && tokens[f.first + 1].norm == "البيان" &&
          (!subject || subject->first_token > f.first + 1 || how == "dropped-subject")) {
        for (std::size_t back = s + 1; back-- > 0 && !issuer;) {
          const auto& earlier = sentences[back].tokens;
          for (std::size_t k = earlier.size(); k-- > 0 && !issuer;) {
            if ((back == s && k >= f.first) || BaseOf(earlier[k]) != "بيان") continue;
            issuer = statement_issuer(back, k);
          }
        }
      }
      Arg issuer_arg{issuer, f.first + 1, f.first + 1, ""};
      if (issuer) {
        subject = &issuer_arg;
        how = "the statement's issuer, told before";
      }
      // (A crowd counted before it too: وكان آلاف من أهالي أم الفحم والبلدات المجاورة قد تظاهروا.)
      if (!subject && row.kind != "noun" && f.first >= 5 && tokens[f.first - 1].norm == "قد") {
        for (std::size_t k = f.first - 1; k-- > 0 && k + 14 >= f.first;) {
          if (tokens[k].type == TokenType::kPunct) break;
          if (!IsKana(tokens[k].norm)) continue;
          if (k + 3 >= f.first || !IsCrowdQuantity(tokens[k + 1]) || tokens[k + 2].norm != "من") break;
          for (const Arg& a : args) {
            if (a.first_token == k + 3 && a.mention->type == MentionType::kGroup &&
                a.mention->sector == "CVL") {
              subject = &a;
              how = "pluperfect: the crowd counted between كان and قد";
            }
          }
          break;
        }
      }
      // "وكان X قد VERB Y": the pluperfect's subject stands between كان and قد; the party after the verb
      // is its object (وكان وزير حرب العدو يوآف غالانت قد هدّد أمس لبنان).
      // (Several joined between them are all its subjects: وكانت السعودية والإمارات والبحرين ومصر قد قطعت.)
      if (row.kind != "noun" &&
          (((how == "verb-subject" || how.starts_with("subject-before")) && subject) || !subject) &&
          f.first >= 3 && tokens[f.first - 1].norm == "قد") {
        for (std::size_t k = f.first - 1; k-- > 0 && k + 24 >= f.first;) {
          if (!IsKana(tokens[k].norm)) continue;
          // (Or "each of" them: وكانت كل من السعودية والإمارات والبحرين ومصر قد قطعت علاقاتها.)
          const bool each_of = k + 3 < f.first && tokens[k + 1].norm == "كل" && tokens[k + 2].norm == "من";
          // (Or a nationality after a definite noun no lexicon knows, which names the doer by it: وكان
          // الطيران الإسرائيلي قد استهدف.)
          const bool nationality_of_noun = k + 4 == f.first && !in_mention(k + 1) && tokens[k + 1].word &&
                                           tokens[k + 1].word->has_article();
          for (const Arg& a : args) {
            const bool after_noun =
                nationality_of_noun && a.first_token == k + 2 && a.mention->type == MentionType::kCountry;
            if ((a.first_token != (each_of ? k + 3 : k + 1) && !after_noun) || !a.prep.empty()) continue;
            std::vector<const Arg*> joined;
            const Arg* last_joined = &a;
            for (const Arg* next = joined_after(a); next; next = joined_after(*next)) {
              joined.push_back(next);
              last_joined = next;
            }
            // (The rest of a long name may stand before قد: وكانت وزارة الخارجية وشؤون المغتربين قد استدعت.)
            std::size_t name_end = last_joined->last_token + 1;
            while (name_end + 1 < f.first && name_end <= last_joined->last_token + 3 &&
                   !in_mention(name_end) && tokens[name_end].type == TokenType::kArabic) {
              ++name_end;
            }
            if (name_end + 1 != f.first) continue;
            subject = &a;
            co_subject = nullptr;
            more_subjects.clear();
            // (In a meeting or call, the counterpart joined by و is the one met: وكان سمو وزير الخارجية
            // ونظيره الإيراني قد أجريا اتصالاً هاتفياً.)
            const bool met_counterpart = row.cameo.starts_with("04") && joined.size() == 1 &&
                                         joined[0]->mention->role == "counterpart";
            if (met_counterpart) {
              comitative = joined[0];
            } else if (!joined.empty()) {
              more_subjects = std::move(joined);
            }
            how = "pluperfect: the subject between كان and قد";
          }
          break;
        }
      }
      // The act replied with is the reply's subject's, after it or before it (وردت المدفعية التركية بقصف،
      // إن الحوثيين ردوا على هجمات المقاومة بقصف): not the party replied to.
      if (const auto reply = ReplyVerbBefore(tokens, f.first); row.kind == "verb" && conflict && reply) {
        for (const Arg& a : args) {
          if (a.prep.empty() && (a.first_token == *reply + 1 || a.last_token + 1 == *reply)) {
            subject = &a;
            how = "the subject of the reply";
            break;
          }
        }
      }
      // An object pronoun on the verb (دعاه، طالبته، استقبلهم) is the object: the last party mentioned
      // before the verb that is not its subject.
      const WordAnalysis* verb_word = tokens[f.first].word;
      // (Not the ه of the root: توجه, نبه.)
      const bool root_ha = verb_word && verb_word->enclitic == "ه" &&
                           std::any_of(row.words.front().begin(), row.words.front().end(),
                                       [](const std::string& key) { return key.ends_with("ه"); });
      // (Nor the doer's pronoun on a verbal noun that أعلن reports: أعلن جعجع، في بيان اليوم، رفضه تلبية
      // الدعوة — his refusal.)
      auto announced_noun = [&] {
        return verb_word && verb_word->proclitics.empty() && announce_verb_before(f.first, false).has_value();
      };
      const bool object_pronoun = row.kind != "noun" && verb_word && !root_ha &&
                                  (verb_word->enclitic == "ه" || verb_word->enclitic == "ها" ||
                                   verb_word->enclitic == "هم" || verb_word->enclitic == "هما") &&
                                  !announced_noun();
      Arg pronoun_object{nullptr, f.first, f.first, ""};
      if (object_pronoun) {
        const int subject_entity = subject ? subject->mention->entity : -1;
        // (Of the subject's own side only when no other side was named: the Saudi minister "handed him" an
        // invitation — the Egyptian president, not the crown prince whose greetings he conveyed.)
        const Entity* subject_side =
            subject_entity >= 0 ? &entities.entities[static_cast<std::size_t>(subject_entity)] : nullptr;
        auto own_side = [&](const Mention& mention) {
          const Entity& other = entities.entities[static_cast<std::size_t>(mention.entity)];
          return subject_side &&
                 (subject_side->country.empty()
                      ? !subject_side->org.empty() && other.org == subject_side->org
                      : other.country == subject_side->country && other.org == subject_side->org);
        };
        const Mention* own = nullptr;
        for (const Mention& mention : entities.mentions) {
          if (mention.span.begin >= tokens[f.first].span.begin) break;
          if (mention.entity < 0 || mention.entity == subject_entity ||
              mention.type == MentionType::kLocation || mention.how.starts_with("attachment") ||
              mention.how.starts_with("coref:dropped") || mention.how == "coref:apposition") {
            continue;
          }
          (own_side(mention) ? own : pronoun_object.mention) = &mention;
        }
        if (!pronoun_object.mention) pronoun_object.mention = own;
        if (pronoun_object.mention) {
          object = &pronoun_object;
          how += ", object pronoun";
        }
      }
      // (Not past "، ما": what the act led to is another clause — ما تسبب باندلاع حرائق … عملت فرق الدفاع
      // المدني على إخمادها.)
      std::size_t consequence = tokens.size();
      for (std::size_t k = f.last + 1; k + 1 < tokens.size(); ++k) {
        if (tokens[k].norm == "،" && tokens[k + 1].norm == "ما") {
          consequence = k;
          break;
        }
      }
      // "استهدفوا ثكنة زرعيت التابعة لجيش العدو": what a verb's object belongs to is struck with it, as if
      // named bare.
      auto owner_of_object = [&](const Arg& a) {
        // (A definite one: an indefinite تابعة لـ ties the people hit to a party, further down.)
        const WordAnalysis* belonging = a.first_token > 0 ? tokens[a.first_token - 1].word : nullptr;
        return row.kind != "noun" && a.prep == "ل" && belonging && belonging->has_article() &&
               IsBelongingWord(tokens[a.first_token - 1]);
      };
      for (const Arg& a : args) {
        if (object_pronoun) break;
        if (&a == subject || overlaps_trigger(a) || (!a.prep.empty() && !owner_of_object(a)) ||
            a.first_token <= f.first) {
          continue;
        }
        if (a.first_token > consequence) continue;
        // (Nor a title word negated into an adjective: الخطوة غير المسؤولة.)
        if (a.first_token > 0 && tokens[a.first_token - 1].norm == "غير") continue;
        // (Nor the subject named again by his name after his title: المنسق الخاص … نيكولاي ملادينوف.)
        if (subject && a.mention->entity >= 0 && a.mention->entity == subject->mention->entity) continue;
        // (Nor inside a condition after it: بفرض عقوبات على العراق في حال أُجبرت القوات الأمريكية على
        // المغادرة.)
        bool conditional = false;
        for (std::size_t k = f.last + 1; k < a.first_token && !conditional; ++k) {
          conditional = tokens[k].norm == "اذا" || tokens[k].norm == "لو" ||
                        ((tokens[k].norm == "حال" || tokens[k].norm == "حالة") && tokens[k - 1].norm == "في");
        }
        if (conditional) continue;
        if (subject && a.first_token < subject->first_token) continue;
        if (&a == co_subject || (!more_subjects.empty() && a.first_token <= more_subjects.back()->last_token))
          continue;
        // The subject's nationality past its adjectives (اعتقلت القوات الأمنية العراقية، جهاز الأمن
        // والمخابرات الوطني السوداني) is no object.
        if (conflict && subject && subject->first_token > f.last && subject_nisba_after(*subject) == &a)
          continue;
        // Nor the rest of the subject's long name, joined by و before any comma (الائتلاف الوطني السوري لقوى
        // الثورة والمعارضة، وزارة الشؤون الخارجية والتعاون والموريتانيين في الخارج).
        if (subject && a.first_token > subject->last_token && a.first_token <= subject->last_token + 4 &&
            StartsWithAnd(tokens[a.first_token]) && !a.mention->country.empty() &&
            a.mention->country == subject->mention->country) {
          bool comma = false;
          for (std::size_t k = subject->last_token + 1; k < a.first_token; ++k)
            comma |= IsClauseEdge(tokens[k]);
          if (!comma) continue;
        }
        // Inside a prepositional phrase (عن مقر الجامعة, في مبنى الوزارة): the genitive of its noun — but
        // "من قبل X" names who did what is condemned or rejected (تدين استمرار التصريحات من قبل مسؤولي
        // إيران).
        // (Or "من طرف", "من جانب": بما وصفته بالخطوة غير المسؤولة من طرف الحكومة الفرنسية.)
        if (AfterByWhom(tokens, a.first_token) &&
            (row.cameo.starts_with("11") || row.cameo.starts_with("12"))) {
          object = &a;
          break;
        }
        // (Not after a preposition with its place, which is complete: في نيويورك نظيره الإيراني.)
        const bool after_place =
            a.first_token >= 1 &&
            std::any_of(entities.mentions.begin(), entities.mentions.end(), [&](const Mention& place) {
              return place.sentence == static_cast<int>(s) && place.type == MentionType::kLocation &&
                     place.span.end == tokens[a.first_token - 1].span.end;
            });
        // (A definite noun takes no genitive: طالبت في المذكرة الحكومة التركية — the object after where it
        // was said.)
        const WordAnalysis* before_party = a.first_token >= 2 ? tokens[a.first_token - 1].word : nullptr;
        const bool after_definite =
            before_party && before_party->has_article() && before_party->proclitics.size() == 1 &&
            !in_mention(a.first_token - 1) &&
            (a.mention->type == MentionType::kOrganization || a.mention->type == MentionType::kPerson) &&
            tokens[a.first_token - 2].norm == "في";
        if (a.first_token >= 2 && Prepositions().count(tokens[a.first_token - 2].norm) && !after_place &&
            !after_definite)
          continue;
        // (Or after a preposition and a word of direction, a compound preposition: صواريخ أطلقها من فوق
        // الأراضي اللبنانية, من اتجاه الجولان — where from, not what was struck.)
        if (a.first_token >= 3 && Prepositions().count(tokens[a.first_token - 3].norm) &&
            IsDirectionWord(tokens[a.first_token - 2].norm)) {
          continue;
        }
        // (So is one after a noun with ب glued to it: بقذائف المدفعية is how, not what was struck.)
        if (const WordAnalysis* head = a.first_token >= 1 ? tokens[a.first_token - 1].word : nullptr;
            head && !head->proclitics.empty() && head->proclitics.back() == "ب" && !head->has_article() &&
            tokens[a.first_token - 1].type == TokenType::kArabic && !in_mention(a.first_token - 1) &&
            IsAttackOrWeaponWord(tokens[a.first_token - 1])) {
          continue;
        }
        // (Nor inside an aside that a preposition opens between commas: استقبل الوزير، في مكتبه بديوان عام
        // الوزارة أمس، الممثل الخاص …)
        bool in_aside = false;
        for (std::size_t k = a.first_token; k-- > f.last + 1 && !in_aside;) {
          if (tokens[k].norm != "،") continue;
          const WordAnalysis* opener = k + 1 < tokens.size() ? tokens[k + 1].word : nullptr;
          const bool prepositional =
              Prepositions().count(tokens[k + 1].norm) > 0 ||
              (opener && !opener->proclitics.empty() && opener->proclitics.front() == "ب");
          if (!prepositional) break;
          // (Past the date told in it: في اجتماع ترأسه الرئيس عبد المجيد تبون يوم 18 غشت الجاري، الرباط.)
          for (std::size_t j = a.last_token + 1, words = 0; j < tokens.size() && words <= 4; ++j) {
            if (tokens[j].norm == "،") {
              in_aside = true;
              break;
            }
            if (!in_date(j) && !in_mention(j)) ++words;
          }
          break;
        }
        // (A place completes the phrase, and the object follows it: استدعت وزارة الخارجية، اليوم، في مقرها
        // ببغداد القائم بالأعمال التركي، وسلمته …)
        if (in_aside && !after_place) continue;
        // Past a preposition that introduces the topic (حذرت الوزارة من محاولة اندساس … المصري): the rest
        // is what the act is about, and has no object.
        bool past_topic = false;
        for (std::size_t k = f.last + 1; k < a.first_token; ++k) {
          std::string_view w = tokens[k].norm;
          // The charge after ب (تتهم رجلا بالتخطيط لمهاجمة جنود أمريكيين) is content too.
          const WordAnalysis* word = tokens[k].word;
          // (Not a place with ب, where the act was told: في مؤتمر صحفي عقدته أمس بالخرطوم، الحكومة
          // الإثيوبية.)
          auto place = [&] {
            return std::any_of(entities.mentions.begin(), entities.mentions.end(), [&](const Mention& p) {
              return p.sentence == static_cast<int>(s) && p.type == MentionType::kLocation &&
                     p.span.begin <= tokens[k].span.begin && tokens[k].span.end <= p.span.end;
            });
          };
          if (word && !word->proclitics.empty() && word->proclitics.front() == "ب" && !in_mention(k) &&
              !place())
            w = "ب";
          if (w != "من" && w != "عن" && w != "حول" && w != "ازاء" && w != "حيال" && w != "ب")
            continue;  // not في: a place
          const auto p = row.preps.find(std::string(w));
          past_topic |= p != row.preps.end() && p->second == "-";
        }
        if (past_topic) {
          // (What is condemned or rejected may still name its maker further on: ونددت الخارجية الجزائرية
          // بما وصفته بـ«الخطوة غير المسؤولة» من طرف الحكومة الفرنسية.)
          for (const Arg& b : args) {
            if (!(row.cameo.starts_with("11") || row.cameo.starts_with("12")) ||
                b.first_token < a.first_token || !AfterByWhom(tokens, b.first_token)) {
              continue;
            }
            bool edge = false;
            for (std::size_t k = f.last + 1; k < b.first_token && !edge; ++k)
              edge = tokens[k].norm == "." || tokens[k].norm == "؛" || IsParticipleSlot(tokens, k);
            if (!edge) object = &b;
            break;
          }
          break;
        }
        // Nor past the start of another clause (قتلوا بعد أن استولت قوات صرب البوسنة، عندما قصف المتمردون).
        // Nor past the words that name the report's source (وفق ما أفادت وكالة أنباء فارس، بحسب وزارة الصحة).
        static const std::unordered_set<std::string_view> clause_openers = {
            "عندما", "حين", "حينما", "بينما", "فيما", "اذ",   "بعدما", "لكن", "ولكن",
            "حيث",   "وفق", "وفقا",  "بحسب",  "حسب",  "نقلا", "حسبما", "كما"};
        bool other_clause = false;
        for (std::size_t k = f.last + 1; k < a.first_token; ++k) {
          other_clause |= clause_openers.count(tokens[k].norm) > 0 ||
                          (tokens[k].norm == "ان" && k > 0 &&
                           (tokens[k - 1].norm == "بعد" || tokens[k - 1].norm == "قبل"));
        }
        if (other_clause) break;
        // Right after a phrase's last word, the genitive of its noun (دعا خادم الحرمين لزيارة مصر: the
        // place of the visit, not the one invited).
        // When a party stands between the phrase's words; else it is the object (يتطلع لاستقبال الرئيس).
        const bool party_inside = std::any_of(args.begin(), args.end(), [&](const Arg& b) {
          return b.first_token > f.first && b.first_token < f.last;
        });
        // (Praise excepted: in قدّر تمام سلام اهتمام خادم الحرمين the genitive owns what is praised.)
        // (Nor a reception whose visitor is the genitive: تسلم الملك أوراق اعتماد سفير جمهورية كوريا.)
        const bool praised_owner = (row.cameo == "051" && row.object == "recipient") ||
                                   (row.cameo == "043" && row.object == "actor");
        if (row.kind == "phrase" && party_inside && a.first_token == f.last + 1 && !praised_owner) continue;
        // "دعا X إلى Y": the addressee comes before إلى; after it is what is asked for (دعا إلى منح الشركات
        // الألمانية حماية: no addressee).
        // So does a verbal noun with ل (يدعو لتشكيل حكومة وحدة وطنية).
        if (row.cameo.starts_with("10") || row.cameo.starts_with("02")) {
          bool content = false;
          std::size_t after_subject =
              subject && subject->last_token > f.last ? subject->last_token + 1 : f.last + 1;
          // (Past the rest of the subject's title up to his name: دعا المنسق الخاص للأمم المتحدة لعملية
          // السلام في الشرق الأوسط نيكولاي ملادينوف، …، إسرائيل إلى ضبط النفس.)
          for (const Arg& b : args) {
            if (subject && &b != subject && b.mention->entity >= 0 &&
                b.mention->entity == subject->mention->entity && b.first_token >= after_subject &&
                b.first_token <= after_subject + 8 && b.last_token < a.first_token)
              after_subject = b.last_token + 1;
          }
          // (And an envoy's or ambassador's post: دعا المبعوث الأممي إلى اليمن، في بيان، جماعة الحوثيين.)
          if (subject && subject->last_token + 1 == after_subject && after_subject + 1 < tokens.size() &&
              (tokens[after_subject].norm == "الي" || tokens[after_subject].norm == "لدي")) {
            const std::string& post = subject->mention->entity >= 0
                                          ? entities.entities[subject->mention->entity].role
                                          : subject->mention->role;
            if (post == "envoy" || post == "special_envoy" || post == "ambassador" || post == "delegate") {
              for (const Arg& b : args) {
                if (b.first_token == after_subject + 1 && b.last_token < a.first_token &&
                    b.mention->type == MentionType::kCountry)
                  after_subject = b.last_token + 1;
              }
            }
          }
          bool aside =
              false;  // (not in an aside between commas: وطالب، في تصريح لـ"المؤتمرنت"، الأمم المتحدة)
          for (std::size_t k = after_subject; k < a.first_token; ++k) {
            if (tokens[k].norm == "،") {
              aside = !aside && k + 1 < a.first_token &&
                      (tokens[k + 1].norm == "في" || tokens[k + 1].norm == "خلال");
              continue;
            }
            if (aside) continue;
            const WordAnalysis* w = tokens[k].word;
            // (And حث X على: a party after على is in what is urged — وحث أسر النزلاء على زيارة أبنائهم،
            // وشكر وزارة الشؤون.)
            content |= tokens[k].norm == "الي" || tokens[k].norm == "علي" ||
                       (w && !w->proclitics.empty() && w->proclitics.front() == "ل" && !in_mention(k));
          }
          if (content) break;
          // A vague addressee in the object's place (حثت الحكومة المجتمع الدولي على …، دعت جميع الأطراف):
          // the appeal is to no one the manual codes, and a party further on is in what is asked.
          static const std::unordered_set<std::string_view> vague = {"المجتمع", "مجتمع",  "الاطراف", "جميع",
                                                                     "كافة",    "الجهات", "العالم",  "دول"};
          const std::size_t slot =
              after_subject < tokens.size() && in_date(after_subject) ? after_subject + 1 : after_subject;
          // (Not when a nationality follows: الأطراف السودانية are Sudan's.)
          if (slot < a.first_token && slot + 1 != a.first_token && !in_mention(slot) &&
              vague.count(tokens[slot].norm)) {
            break;
          }
        }
        object = &a;
        break;
      }
      // "أعلن عن عقد اجتماع طارئ للجنة متابعة …", "الاستعدادات لعقد عدد من فعاليات المؤتمر": a meeting phrase
      // read as a verbal noun has no verb subject; the body it is of (its genitive or ل) holds the meeting.
      if (row.kind == "phrase" && row.cameo.starts_with("04") && how != "dropped-subject" &&
          ReadsAsVerbalNoun(tokens, f.first)) {
        subject = nullptr;
        how = "verbal noun";
        for (const Arg& a : args) {
          if (a.first_token <= f.last || a.first_token > f.last + 3) continue;
          if (a.prep == "ل" || (a.prep.empty() && a.first_token == f.last + 1)) {
            subject = &a;
            how = "verbal noun, its holder";
          }
          break;
        }
      }
      // "أضرب العرب في إسرائيل أمس احتجاجا على …", "أحرق نفسه احتجاجا": the indefinite accusative of a
      // protest noun says why the clause's act was done — the act is the protest, its subject the protesters.
      const WordAnalysis* adverb_word = tokens[f.first].word;
      const bool protest_adverb =
          row.kind == "noun" && trigger_root == "14" && tokens[f.first].norm.ends_with("ا") && adverb_word &&
          !adverb_word->has_article() && adverb_word->proclitics.empty() && adverb_word->enclitic.empty();
      // (Not the reason of a diplomatic act told before it: قررت الحكومة استدعاء سفيرها … احتجاجاً على
      // التصعيد.)
      if (protest_adverb && std::any_of(found.begin(), found.end(), [&](const Found& g) {
            const std::string& code = m.triggers[g.row].cameo;
            return g.last < f.first && code.size() >= 2 && code[0] == '1' &&
                   std::string_view("01236").find(code[1]) != std::string_view::npos;
          })) {
        drop("the reason of a diplomatic act told before it (احتجاجاً على)");
        continue;
      }
      if (protest_adverb && !subject) {
        std::size_t words = 0;
        for (std::size_t v = f.first; v-- > 0;) {
          if (tokens[v].type == TokenType::kPunct && tokens[v].norm != "،") break;
          if (!in_mention(v) && ++words > 8) break;
          for (const Arg& a : args) {
            // (Not where they stood: تظاهر آلاف الأردنيين أمام السفارة الإسرائيلية احتجاجا على ….)
            static const std::unordered_set<std::string_view> where = {"امام", "قرب", "خارج", "داخل",
                                                                       "قبالة"};
            const bool stood_at = a.first_token > 0 && where.count(tokens[a.first_token - 1].norm);
            if (a.last_token == v && a.prep.empty() && !subject && !stood_at) {
              subject = &a;
              how = "protest adverb: the clause's subject";
            }
          }
          if (subject) break;
        }
      }
      const Arg* victim = nullptr;
      const Arg* co_victim = nullptr;
      const Arg* by_whom = nullptr;
      // (A noun of the act replied with too: ردّت القوات التركية على الفور باستهداف أكثر من 50 هدفاً.)
      if (const auto reply = ReplyVerbBefore(tokens, f.first); row.kind == "noun" && conflict && reply) {
        for (const Arg& a : args) {
          if (a.prep.empty() && (a.first_token == *reply + 1 || a.last_token + 1 == *reply)) {
            by_whom = &a;
            how += ", the subject of the reply";
            break;
          }
        }
      }
      std::optional<EventParty> counted_forces;
      // "قتل خمسة أشخاص في هجوم …", "قتل 20 شخصا", "قتل طفل فلسطيني": a violent verb first with a count or a
      // victim right after it is the unvowelled passive (قُتل). An active verb names its doers first (قتل
      // مسلحون ثلاثة جنود).
      // So are arrests (اعتقل أكثر من 200 مدرس), and an arrest whose "doer" is a private person named with
      // no office (واعتقل جنيد أحمد خان وعمه): people are arrested, authorities arrest.
      const bool counted_after = f.last + 1 < tokens.size() &&
                                 (IsCountWord(tokens[f.last + 1]) || IsVictimWord(tokens[f.last + 1]) ||
                                  (f.last + 2 < tokens.size() &&
                                   (tokens[f.last + 1].norm == "نحو" || tokens[f.last + 1].norm == "اكثر") &&
                                   (IsCountWord(tokens[f.last + 2]) || tokens[f.last + 2].norm == "من")));
      const bool private_person = subject && subject->mention->type == MentionType::kPerson &&
                                  subject->mention->role.empty() && subject->mention->sector.empty();
      if ((trigger_root == "17" || trigger_root == "18" || trigger_root == "19" || trigger_root == "20") &&
          row.kind == "verb" && row.subject == "actor" && row.object == "recipient" && subject &&
          how == "verb-subject" && (counted_after || (trigger_root == "17" && private_person))) {
        victim = subject;
        subject = nullptr;
        object = nullptr;
        how =
            counted_after ? "passive: the counted are the victims" : "passive: a private person is arrested";
      }
      // A subject carried over from the sentence before is no killer when victims are counted right after
      // the verb (… وقتل 20 شخصا على الأقل في تفجير انتحاري): the verb is passive.
      // (An official's: a gunman or a force carried over may well be the one who killed.)
      const std::string carried_sector =
          subject && subject->mention->entity >= 0 ? entities.entities[subject->mention->entity].sector : "";
      if ((trigger_root == "18" || trigger_root == "19" || trigger_root == "20") && subject &&
          how == "dropped-subject" && f.last + 1 < tokens.size() &&
          (carried_sector == "GOV" || carried_sector == "IGO" || carried_sector == "DIP" ||
           carried_sector == "LEG") &&
          (tokens[f.last + 1].type == TokenType::kNumber || IsCountWord(tokens[f.last + 1]))) {
        subject = nullptr;
        how.clear();
      }
      // The same with no party after the verb (قتل 43 مدنيا … عندما قصف المتمردون مدينة عدن): the victims
      // are unnamed, and a party further on is no object. When a clause after عندما/حين/إثر tells the
      // attack that killed them, that attack is the event and carries who did it.
      const bool passive_unnamed = (trigger_root == "18" || trigger_root == "19" || trigger_root == "20") &&
                                   row.kind == "verb" && row.subject == "actor" &&
                                   row.object == "recipient" && !subject && f.last + 1 < tokens.size() &&
                                   (tokens[f.last + 1].type == TokenType::kNumber ||
                                    IsCountWord(tokens[f.last + 1]) || IsVictimWord(tokens[f.last + 1]));
      if (passive_unnamed) {
        object = nullptr;
        how = "passive: unnamed victims counted";
        // Counted of a party (قُتل أربعة من عناصر القوات المسلحة المصرية): that party lost them.
        for (const Arg& a : args) {
          if (a.prep == "من" && a.first_token >= f.last + 2 && a.first_token <= f.last + 4) {
            victim = &a;
            how += " of a party";
            break;
          }
        }
        // Victims of a nation (قتل جنديان إسرائيليان، قتل ثلاثة جنود أتراك): the nationality after them.
        std::size_t after_victims = f.last + 1;
        if (after_victims + 1 < tokens.size() &&
            (tokens[after_victims].type == TokenType::kNumber || IsCountWord(tokens[after_victims]))) {
          ++after_victims;
        }
        if (!victim && after_victims + 1 < tokens.size() && IsVictimWord(tokens[after_victims])) {
          for (const Arg& a : args) {
            if (a.prep.empty() && a.first_token == after_victims + 1 &&
                a.mention->type == MentionType::kCountry) {
              victim = &a;
              how += " of a nation";
              break;
            }
          }
          // Soldiers or police counted with no name or nation (قتل شرطيان في انفجار عبوة ناسفة): their
          // words are the victims, of the state where it happened (filled in below).
          const std::string_view forces = VictimSector(tokens[after_victims]);
          if (!victim && forces != "CVL" && !in_mention(after_victims)) {
            EventParty counted;
            counted.span = {tokens[f.last + 1].span.begin, tokens[after_victims].span.end};
            counted.text = std::string(article.View(counted.span));
            counted.sector = std::string(forces);
            counted_forces = std::move(counted);
          }
        }
        static const std::unordered_set<std::string_view> when = {"عندما", "حين", "حينما", "بعدما", "اثر"};
        static const std::unordered_set<std::string_view> attacks = {"قصف",  "هاجم", "فجر",   "استهدف",
                                                                     "اطلق", "شن",   "اقتحم", "ضرب"};
        bool told_after = false;
        for (std::size_t k = f.last + 1; k + 1 < tokens.size() && k <= f.last + 10 && !told_after; ++k) {
          if (tokens[k].type == TokenType::kPunct && tokens[k].norm != "،") break;
          told_after = when.count(tokens[k].norm) && IsVerbOf(tokens[k + 1], attacks);
        }
        if (told_after) {
          drop("the killing of an attack told after عندما/حين: that attack is the event");
          continue;
        }
      }
      // The doers of a passive act, when the clause names them: في هجوم شنه مسلحون، نفذه تنظيم …
      // (Also of victims counted with no party of their own: قُتل طفلان … جراء هجوم شنته مليشيا الحوثي.)
      if ((victim || how.starts_with("passive: unnamed victims counted")) && !by_whom) {
        for (std::size_t k = f.last + 1; k < tokens.size() && k <= f.last + 20 && !by_whom; ++k) {
          if (tokens[k].type == TokenType::kPunct && tokens[k].norm != "،") break;
          if (!IsPerpetratorCue(tokens[k])) continue;
          for (const Arg& a : args) {
            if (a.first_token > k && a.first_token <= k + 3 && a.prep.empty()) {
              by_whom = &a;
              how += ", doers named after " + std::string(tokens[k].norm);
              break;
            }
          }
        }
      }
      // "أربعة مدنيين قتلوا في الهجوم", "اثنين من عناصر الشرطة قتلا أمس": a transitive act of violence with
      // its party before it and no object after it (a preposition, a time word or the clause's end) is the
      // unvowelled passive: that party is the victim. By whose fire (قتلوا بنيران هندية، على يد) names the
      // attacker.
      // (Not a targeting verb with its weapon after it, whose object follows the weapon: وكان إرهابيون قد
      // استهدفوا أمس بقذائف الهاون حي الحمدانية.)
      bool armed_targeting = false;
      if (IsVerbOf(tokens[f.first], {"استهدف", "قصف", "هاجم"})) {
        for (std::size_t k = f.last + 1; k < tokens.size() && k <= f.last + 3; ++k) {
          const WordAnalysis* w = tokens[k].word;
          armed_targeting |=
              w && !w->proclitics.empty() && w->proclitics.front() == "ب" && IsAttackOrWeaponWord(tokens[k]);
        }
      }
      // (Nor a strike's nationality, which did it: وكانت غارة إسرائيلية قد استهدفت في 18 كانون الثاني موكباً.)
      const bool strikes_nationality = subject && subject->mention->type == MentionType::kCountry &&
                                       subject->first_token > 0 &&
                                       IsAttackOrWeaponWord(tokens[subject->first_token - 1]);
      // (A verb in quotation marks ends at the closing one: القوات التركية «حيّدت» أربعة.)
      const std::size_t verb_end = quoted_verb && f.last + 1 < tokens.size() &&
                                           (tokens[f.last + 1].norm == "»" || tokens[f.last + 1].norm == "\"")
                                       ? f.last + 1
                                       : f.last;
      if (conflict && trigger_root != "14" && row.kind == "verb" && row.subject == "actor" &&
          row.object == "recipient" && subject && !object_pronoun && subject->last_token < f.first &&
          !strikes_nationality && (how.starts_with("subject-before") || how.starts_with("subject-first")) &&
          !armed_targeting && NoObjectAfter(tokens, verb_end) &&
          !(subject->last_token + 3 >= f.first && ObjectAfterTime(tokens, f.last)) &&
          // (Nor the pluperfect, active in news whatever time follows: وكانت المدفعية التركية قد قصفت، بعد
          // ظهر أمس الأربعاء، منتجعاً. Nor after the party's own fighters: أن مجاهديها قصفوا.)
          !(f.first > 0 && (tokens[f.first - 1].norm == "قد" || IsOwnFightersWord(tokens[f.first - 1]))) &&
          // (اغتالوا is active: the passive of a hollow verb is spelt otherwise, اغتيلوا.)
          tokens[f.first].norm.find("اغتال") == std::string::npos) {
        victim = subject;
        subject = nullptr;
        object = nullptr;  // a party further on is inside a prepositional phrase (في قصف للمناطق الباكستانية)
        how = "passive: the party before is the victim";
        // (And the one joined to it by و: ستة من رجال الجيش والشرطة قتلوا.)
        co_victim = co_subject;
        co_subject = nullptr;
        const std::size_t k = f.last + 1;
        const bool by = k < tokens.size() &&
                        (tokens[k].norm == "بنيران" || tokens[k].norm == "برصاص" ||
                         (tokens[k].norm == "علي" && k + 1 < tokens.size() && tokens[k + 1].norm == "يد"));
        for (const Arg& a : args) {
          if (by && a.first_token > k && a.first_token <= k + 2) {
            by_whom = &a;
            how += ", by the fire of";
            break;
          }
        }
      }
      // Weapons as the subject, launched by someone (استهدفت مسيّرات انتحارية أطلقتها قوات الدعم السريع
      // منشآت …): the one who launched them did it.
      if (conflict && row.kind == "verb" && !by_whom) {
        for (std::size_t k = f.last + 2; k < tokens.size() && k <= f.last + 5; ++k) {
          if (tokens[k].type == TokenType::kPunct) break;
          const bool weapon_before = IsAttackOrWeaponWord(tokens[k - 1]) ||
                                     IsAttackOrWeaponWord(tokens[k - 2]) || tokens[k - 1].norm == "مسيرات" ||
                                     tokens[k - 2].norm == "مسيرات" || tokens[k - 1].norm == "مسيرة" ||
                                     tokens[k - 2].norm == "مسيرة";
          const bool launched_by = IsPerpetratorCue(tokens[k]) && weapon_before;
          // (Or a weapon of theirs: استهدفت طائرة مسيّرة تابعة لجيش الاحتلال التركي سيارة مدنية.)
          const bool theirs = weapon_before && IsBelongingWord(tokens[k]);
          if (!launched_by && !theirs) continue;
          for (const Arg& a : args) {
            if (a.first_token > k && a.first_token <= k + 2 &&
                (a.prep.empty() || (theirs && a.prep == "ل"))) {
              by_whom = &a;
              if (subject == &a || (subject && subject->first_token > f.last)) subject = nullptr;
              if (object == &a) object = nullptr;
              how += ", the weapons' launcher";
              break;
            }
          }
          break;
        }
      }
      // Done "by the hands of" someone (وأحرقت بأيدي عصابات الحوثي، على أيدي مسلحين): the passive, and they
      // are the doers.
      if (conflict && row.kind == "verb" && !by_whom && f.last + 2 < tokens.size() &&
          (tokens[f.last + 1].norm == "بايدي" || tokens[f.last + 1].norm == "بيد" ||
           (tokens[f.last + 1].norm == "علي" &&
            (tokens[f.last + 2].norm == "ايدي" || tokens[f.last + 2].norm == "يد")))) {
        for (const Arg& a : args) {
          if (a.first_token > f.last + 1 && a.first_token <= f.last + 5 && a.prep.empty() &&
              a.mention->type != MentionType::kLocation) {
            by_whom = &a;
            // (A victim said before is the passive's subject — or, for a verb joined to another, the other's
            // object, not the sentence's party: المنازل هدمت، وأحرقت بأيدي …)
            if (subject && subject->first_token < f.first && how.starts_with("subject-before"))
              victim = subject;
            subject = nullptr;
            how += ", by the hands of";
            break;
          }
        }
      }
      // طالب after a count is a student (أزيد من 500 طالب مغربي), not "demanded".
      if (row.phrase == "طالب" && row.kind == "verb" && f.first > 0 &&
          (tokens[f.first - 1].type == TokenType::kNumber || IsCountWord(tokens[f.first - 1]))) {
        drop("طالب after a count: students");
        continue;
      }
      // A warning reaches an addressee named right after the verb or its subject (حذر الوزير إيران من …،
      // كيري يحذر الكونجرس من …); without one it warns of a danger (حذر من أن الاقتصاد …), a statement
      // (012) the manual does not code.
      Arg warned{nullptr, 0, 0, ""};
      if (row.phrase == "حذر" && row.kind == "verb") {
        const std::size_t right_after =
            subject && subject->first_token > f.last ? subject->last_token + 1 : f.last + 1;
        // (An adverb or a head noun may come between: حذرت طالبان مؤخرا تنظيم الدولة، تحذر أكراد سوريا.)
        bool addressed =
            object && object->first_token >= right_after && object->first_token <= right_after + 2;
        for (std::size_t k = right_after; addressed && k < object->first_token; ++k) {
          addressed = !Prepositions().count(tokens[k].norm) && tokens[k].type == TokenType::kArabic &&
                      !tokens[k].norm.starts_with("من");
        }
        // (Nor the subject's own adjective: ويحذر مجلس الأعمال البريطاني من أن ….)
        if (addressed && object->mention->type == MentionType::kCountry) {
          const std::string_view w = tokens[object->first_token].norm;
          addressed = !(w.starts_with("ال") && (w.ends_with("ي") || w.ends_with("ية")));
        }
        // (Or past the subject's name, the day and an aside between commas, when "of" follows the one warned:
        // حذّر الناطق باسم حركة حماس حازم قاسم، في تصريح صحفي، الاحتلال من التمادي؛ حذّر الجيش الكوري الجنوبي
        // اليوم بيونغ يانغ من أنه ….)
        if (!addressed && object && object->first_token > right_after &&
            object->last_token + 1 < tokens.size() && tokens[object->last_token + 1].norm == "من") {
          std::size_t k = right_after;
          for (bool moved = true; moved && k < object->first_token;) {
            moved = false;
            for (const Arg& b : args) {
              if (subject && b.first_token == k && b.mention->entity >= 0 &&
                  b.mention->entity == subject->mention->entity) {
                k = b.last_token + 1;
                moved = true;
              }
            }
            if (k < object->first_token &&
                (in_date(k) || tokens[k].norm == "اليوم" || tokens[k].norm == "امس")) {
              ++k;
              moved = true;
            } else if (k < object->first_token && tokens[k].norm == "،") {
              std::size_t close = k + 1;
              while (close < object->first_token && tokens[close].norm != "،" && close <= k + 12) ++close;
              if (close < object->first_token && tokens[close].norm == "،") {
                k = close + 1;
                moved = true;
              }
            }
          }
          addressed = k == object->first_token;
        }
        // (Or warns a party, a capital too, of what it will suffer: محذراً من أن طهران ستكون "في خطر كبير".)
        for (std::size_t k = right_after; !addressed && k + 2 < tokens.size() && k <= right_after + 1; ++k) {
          if (tokens[k].norm != "من" || (tokens[k + 1].norm != "ان" && tokens[k + 1].norm != "انه")) continue;
          for (const Mention& party : entities.mentions) {
            if (party.sentence != static_cast<int>(s) || TokenAt(tokens, party.span.begin) != k + 2 ||
                (party.entity < 0 && party.country.empty())) {
              continue;
            }
            const std::size_t last = TokenAt(tokens, party.span.end - 1);
            bool suffers = false;
            for (std::size_t j = last + 1; j < tokens.size() && j <= last + 8; ++j) {
              const std::string_view w = BaseOf(tokens[j]);
              suffers |= w == "خطر" || w == "ثمن" || w == "الثمن" || w == "عواقب" || w == "العواقب";
            }
            if (suffers) {
              warned = {&party, k + 2, last, ""};
              object = &warned;
              addressed = true;
              how += ", warned of what it will suffer";
              break;
            }
          }
        }
        if (!addressed) {
          drop("a warning with no addressee right after it: of a danger, not a threat");
          continue;
        }
      }
      Event e;
      // Whether a mention is already one of the event's actors.
      auto is_actor = [&](const Mention& mention) {
        return std::any_of(e.actor.begin(), e.actor.end(),
                           [&](const EventParty& p) { return p.entity >= 0 && p.entity == mention.entity; });
      };
      // The nationalities joined by و inside a party's words (مقاتلات أمريكية وبريطانية، سفن حربية أمريكية
      // وبريطانية): second parties of the same sector on that side.
      auto add_joined_nations = [&](const Mention& outer, std::vector<EventParty>* side) {
        if (side->empty()) return false;
        bool added = false;
        for (const Mention& inner : entities.mentions) {
          if (inner.sentence != static_cast<int>(s) || inner.type != MentionType::kCountry ||
              inner.entity < 0 || inner.span.begin <= outer.span.begin || inner.span.end > outer.span.end ||
              inner.country.empty() || inner.country == side->front().country ||
              !StartsWithAnd(tokens[TokenAt(tokens, inner.span.begin)]))
            continue;
          const std::size_t before = side->size();
          party_of(inner, side);
          for (std::size_t k = before; k < side->size(); ++k) (*side)[k].sector = side->front().sector;
          added = true;
        }
        return added;
      };
      auto assign = [&](const Arg* a, const std::string& role) {
        if (!a || role == "-") return;
        party_of(*a->mention, role == "actor" ? &e.actor : &e.recipient);
      };
      // A dual title of two states (وأكد مندوبا المملكة وجمهورية ناميبيا، اتفق وزيرا خارجية البلدين): each
      // state's holder of the office.
      const Arg* first_state = nullptr;
      const Arg* second_state = nullptr;
      if (subject && subject->mention->type == MentionType::kPerson && subject->mention->country.empty() &&
          subject->mention->org.empty() && subject->first_token == subject->last_token &&
          tokens[subject->first_token].norm.ends_with("ا")) {
        const auto state = std::find_if(args.begin(), args.end(), [&](const Arg& a) {
          return a.mention->type == MentionType::kCountry && a.prep.empty() &&
                 a.first_token == subject->last_token + 1;
        });
        if (state != args.end()) first_state = &*state;
        second_state = first_state ? joined_after(*first_state) : nullptr;
        if (second_state && second_state->mention->type != MentionType::kCountry) second_state = nullptr;
      }
      if (first_state && second_state) {
        for (const Arg* state : {first_state, second_state}) {
          std::vector<EventParty> side;
          party_of(*state->mention, &side);
          for (EventParty& p : side) {
            p.sector = subject->mention->sector;
            (row.subject == "actor" ? e.actor : e.recipient).push_back(std::move(p));
          }
        }
        how += ", a dual office of two states";
        subject = nullptr;
      }
      // Two nationalities of the attack that is the subject (استهدفت غارة أمريكية بريطانية مشتركة مواقع
      // للحوثيين): both are its doers, the second no object.
      auto bare_nisba = [&](const Arg* a) {
        const WordAnalysis* w = tokens[a->first_token].word;
        return a->mention->type == MentionType::kCountry && a->prep.empty() && !(w && w->has_article()) &&
               IsNisba(tokens[a->first_token].norm);
      };
      if (subject && object && !co_subject && object->first_token == subject->last_token + 1 &&
          (trigger_root == "18" || trigger_root == "19" || trigger_root == "20") && bare_nisba(subject) &&
          bare_nisba(object)) {
        co_subject = object;
        object = nullptr;
        how += ", two nationalities of the attack";
      }
      assign(co_subject, row.subject);
      for (const Arg* more : more_subjects) assign(more, row.subject);
      assign(subject, row.subject);
      // Forces of two nations (مقاتلات أمريكية وبريطانية، قوات روسية وسورية): the second nationality, joined
      // by و inside the subject's words, names a second party with the same sector.
      if (subject && row.subject == "actor" && subject->mention->type != MentionType::kCountry &&
          (trigger_root == "18" || trigger_root == "19" || trigger_root == "20") &&
          add_joined_nations(*subject->mention, &e.actor)) {
        how += ", forces of a second nation";
      }
      // "خادم الحرمين الشريفين ونائبه": a deputy joined to his principal is of his state.
      if (co_subject && subject) {
        auto& side = row.subject == "actor" ? e.actor : e.recipient;
        if (side.size() == 2) {
          for (int k = 0; k < 2; ++k) {
            if (side[k].country.empty() && side[k].org.empty()) side[k].country = side[1 - k].country;
          }
        }
      }
      // (The host's reception, لدى استقباله السفير: the one received is the visitor, the actor.)
      if (possessed_object && possessed_object != subject)
        assign(possessed_object, row.subject == "actor" ? "recipient" : "actor");
      assign(by_whom, "actor");
      assign(co_victim, "recipient");
      assign(victim, "recipient");
      if (counted_forces && e.recipient.empty()) {
        e.recipient.push_back(std::move(*counted_forces));
        how += ", the soldiers or police counted";
      }
      // Victims of a nation are the people the word before the nationality names (جنديان إسرائيليان: the
      // soldiers, MIL; شرطيين أتراك: police; else the public).
      if (victim && how.find(" of a nation") != std::string::npos && !e.recipient.empty() &&
          victim->first_token > 0) {
        const Token& who = tokens[victim->first_token - 1];
        EventParty& nation = e.recipient.back();
        nation.sector = std::string(VictimSector(who));
        nation.span = {who.span.begin, victim->mention->span.end};
        nation.text = std::string(article.View(nation.span));
      }
      assign(light_actor, "actor");
      if (e.actor.empty()) assign(managed_actor, "actor");
      // Those arrested for belonging to a group (اعتقلت … أربعة متهمين بالانتماء إلى تنظيم داعش، 12 مشتبهاً
      // بالانتماء لداعش) are of that group: it is the recipient.
      if (row.cameo.starts_with("17")) {
        for (std::size_t k = f.last + 1; k + 1 < tokens.size() && k <= f.last + 14; ++k) {
          if (tokens[k].type == TokenType::kPunct && tokens[k].norm != "،") break;
          const std::string& w = tokens[k].norm;
          if (w != "بالانتماء" && w != "بانتمائهم" && w != "المنتمين" && w != "ينتمون" && w != "لانتمائهم")
            continue;
          for (const Arg& a : args) {
            if (a.first_token > k && a.first_token <= k + 3 && (a.prep == "الي" || a.prep == "ل") &&
                (!a.mention->org.empty() ||
                 (a.mention->entity >= 0 && !entities.entities[a.mention->entity].org.empty()))) {
              e.recipient.clear();
              party_of(*a.mention, &e.recipient);
              how += ", of the group they belong to";
              break;
            }
          }
          break;
        }
      }
      // Signing on behalf of each side (وقّعها عن الجانب القطري وزير الدولة …، وعن الجانب العراقي وزير
      // الخارجية): the first side's signer signs with the second's (manual, section 3: one 057).
      if (row.cameo == "057" && row.kind == "verb") {
        std::vector<std::vector<EventParty>> sides;
        for (std::size_t k = f.last + 1; k + 1 < tokens.size() && sides.size() < 2; ++k) {
          if (tokens[k].type == TokenType::kPunct && tokens[k].norm != "،") break;
          // (Or من الجانب: وقعها من الجانب السعودي الأمير …، ومن الجانب الباكستاني وزير الدولة.)
          const bool from_side =
              (tokens[k].norm == "من" || tokens[k].norm == "ومن") && tokens[k + 1].norm == "الجانب";
          if (tokens[k].norm != "عن" && tokens[k].norm != "وعن" && !from_side) continue;
          const Mention* nation = nullptr;
          for (const Mention& mention : entities.mentions) {
            const std::size_t at = TokenAt(tokens, mention.span.begin);
            if (mention.sentence == static_cast<int>(s) && mention.type == MentionType::kCountry && at > k &&
                at <= k + 2) {
              nation = &mention;
              break;
            }
          }
          const Arg* signer = nullptr;
          for (const Arg& a : args) {
            if (a.first_token > k && a.first_token <= k + 6 && a.mention->type != MentionType::kLocation) {
              signer = &a;
              break;
            }
          }
          std::vector<EventParty> side;
          if (signer) party_of(*signer->mention, &side);
          if (side.empty() && nation) party_of(*nation, &side);
          if (side.empty()) continue;
          if (nation && side.front().country.empty() && side.front().org.empty())
            side.front().country = nation->country;
          sides.push_back(std::move(side));
        }
        if (sides.size() == 2 && !sides[0].empty() && !sides[1].empty() &&
            sides[0].front().country != sides[1].front().country) {
          e.actor = std::move(sides[0]);
          e.recipient = std::move(sides[1]);
          how += ", signed on behalf of each side";
        }
      }
      if (auto attack = condemned_attack.find(f.first); attack != condemned_attack.end()) {
        // The perpetrators when the sentence names them after the attack, else the attack itself (INS).
        const auto [first, last] = attack->second;
        const Arg* perpetrator = nullptr;
        // A nationality among the attack's words names who did it (القصف التركي، الغارات الإسرائيلية), and so
        // does an armed group as its genitive (قصف المتمردين، هجمات داعش).
        for (const Arg& a : args) {
          const std::string& sector =
              a.mention->entity >= 0 ? entities.entities[a.mention->entity].sector : a.mention->sector;
          const bool armed = sector == "REB" || sector == "INS" || sector == "MIL" || sector == "COP";
          // (Or anyone as the attack's genitive: تدين اقتحام بن غفير للأقصى.)
          // (The attack's words may end with it: أدانت حركة حماس اعتداء المستوطنين على المزارعين.)
          const bool genitive = (a.first_token == last + 1 || a.first_token == first + 1) &&
                                a.mention->type != MentionType::kLocation;
          if ((a.mention->type == MentionType::kCountry || armed || genitive) && a.first_token > first &&
              a.first_token <= last + 1 && a.prep.empty()) {
            perpetrator = &a;
            break;
          }
        }
        // (Or the doer after ل, past an adjective: أدان الاعتداءات المتكررة لكيان الاحتلال الإسرائيلي.)
        for (const Arg& a : args) {
          if (perpetrator || a.prep != "ل" || a.first_token <= last || a.first_token > last + 2 ||
              a.mention->type == MentionType::kLocation || a.mention->entity < 0)
            continue;
          const bool adjective_between =
              a.first_token == last + 1 ||
              (tokens[last + 1].word && tokens[last + 1].word->has_article() && !in_mention(last + 1));
          const Entity& doer = entities.entities[a.mention->entity];
          if (adjective_between && (doer.type == MentionType::kCountry || doer.sector == "REB" ||
                                    doer.sector == "MIL" || doer.sector == "INS"))
            perpetrator = &a;
        }
        // (Or an armed party right before it, the genitive of an attempt or plan: أدانت مصر محاولة ميليشيا
        // الحوثي استهداف المنطقة الشرقية.)
        for (const Arg& a : args) {
          if (perpetrator || a.last_token + 1 != first || !a.prep.empty() || a.first_token < 1 ||
              a.mention->entity < 0)
            continue;
          const Entity& doer = entities.entities[a.mention->entity];
          const bool armed = doer.sector == "REB" || doer.sector == "INS" || doer.sector == "MIL";
          if (armed &&
              HasForm(tokens[a.first_token - 1], {"محاولة", "محاولات", "مخطط", "محاولتها", "محاولته"}))
            perpetrator = &a;
        }
        // (Or the nationality of the weapon it was made with: استهداف الرياض بصاروخ باليستي حوثي.)
        for (std::size_t k = last + 1; k < tokens.size() && k <= last + 3 && !perpetrator; ++k) {
          const WordAnalysis* w = tokens[k].word;
          if (!w || w->proclitics.empty() || w->proclitics.front() != "ب" || !IsAttackOrWeaponWord(tokens[k]))
            continue;
          for (const Arg& a : args) {
            if (a.first_token <= k || a.first_token > k + 2 || !a.prep.empty() || a.mention->entity < 0)
              continue;
            const Entity& doer = entities.entities[a.mention->entity];
            if (doer.type == MentionType::kCountry || doer.sector == "REB" || doer.sector == "MIL" ||
                !doer.org.empty()) {
              perpetrator = &a;
              break;
            }
          }
          break;
        }
        for (std::size_t k = last + 1; k < tokens.size() && k <= last + 4 && !perpetrator; ++k) {
          if (!IsPerpetratorCue(tokens[k])) continue;
          for (const Arg& a : args) {
            if (a.first_token > k && a.first_token <= k + 3) {
              perpetrator = &a;
              break;
            }
          }
        }
        // The attack the article told before, by the definite article (أدان المتحدث المجزرة، أدان الأمين
        // العام الغارات): whoever it named as its doer did it.
        const Event* told_before = nullptr;
        if (!perpetrator && tokens[first].word && tokens[first].word->has_article())
          told_before = attack_told_before(e.actor);
        // Else who the speaker holds responsible in the same sentence did it (ودان …، الجريمة، محمّلاً حكومة
        // الاحتلال المسؤولية) — not when the article told who did it: "أدان … المجزرة، محملاً الولايات المتحدة
        // وبريطانيا المسؤولية" blames the partners of the air force that struck.
        for (std::size_t k = last + 1; k + 1 < tokens.size() && !perpetrator && !told_before; ++k) {
          if (tokens[k].type == TokenType::kPunct && tokens[k].norm != "،") break;
          std::string_view w = tokens[k].norm;
          if (w.starts_with("و")) w.remove_prefix(std::string_view("و").size());
          // (Or accuses of it: أدان … القصف الجوي …، متهماً قوات حفتر بالوقوف وراءه.)
          if (w != "محملا" && w != "محمله" && w != "محملة" && w != "محملين" && w != "حمل" && w != "حملت" &&
              w != "متهما" && w != "متهمة" && w != "متهمه")
            continue;
          for (const Arg& a : args) {
            if (a.first_token == k + 1 && a.prep.empty()) perpetrator = &a;
          }
          break;
        }
        if (perpetrator) {
          assign(perpetrator, "recipient");
          // (Two nationalities: أدانت الضربات الأمريكية البريطانية.)
          if (perpetrator->mention->type == MentionType::kCountry)
            assign(nisba_after(*perpetrator), "recipient");
        } else if (told_before) {
          e.recipient = told_before->actor;
          how += ", the doer of the attack told before";
        } else {
          e.recipient.push_back(UnnamedParty(article, tokens, first, last, "INS"));
        }
        how += ", object: an attack";
      } else {
        if (comitative) {
          auto p = row.preps.find("مع");
          assign(comitative, p != row.preps.end() ? p->second : row.object);
          if (object == comitative) object = nullptr;
        }
        if (row.kind != "noun") assign(object, row.object);
        // (A maker named by من قبل/طرف for a row whose object is no party: ندد … بما وصفته … من طرف الحكومة.)
        if (row.kind != "noun" && object && row.object == "-" && e.recipient.empty() &&
            AfterByWhom(tokens, object->first_token) &&
            (row.cameo.starts_with("11") || row.cameo.starts_with("12"))) {
          assign(object, "recipient");
        }
        // Objects joined by و are all addressed (دعا … الميليشيات الحوثية وقوات صالح إلى احترام الهدنة) —
        // not in a meeting, whose sides are its actor and recipient (a tour of several states is several
        // visits), and not an entourage (والوفد المرافق له) or a nationality (مودي والباكستاني نواز شريف).
        if (row.kind != "noun" && object && row.object != "-" && !row.cameo.starts_with("04")) {
          const Arg* last = object;
          for (const Arg& a : args) {
            if (a.first_token != last->last_token + 1 || !a.prep.empty() || a.mention->entity < 0) continue;
            const WordAnalysis* w = tokens[a.first_token].word;
            const bool joined = tokens[a.first_token].norm.starts_with("و") &&
                                (!w || (!w->proclitics.empty() && w->proclitics.front() == "و"));
            const Entity& other = entities.entities[a.mention->entity];
            const bool placed = !other.country.empty() || !other.org.empty();
            const std::string_view base = BaseOf(tokens[a.first_token]);
            const bool nationality = a.mention->type == MentionType::kCountry && w && w->has_article() &&
                                     (base.ends_with("ي") || base.ends_with("ية"));
            // (A group only beside another, or with its organisation: وفد الحكومة اليمنية ووفد جماعة أنصار
            // الله.)
            const bool group_party = other.type != MentionType::kGroup || !other.org.empty() ||
                                     object->mention->type == MentionType::kGroup;
            if (!joined || !placed || nationality || !group_party) continue;
            assign(&a, row.object);
            last = &a;
          }
        }
        // Prepositional arguments belong to the trigger's clause: up to the next trigger (a pledge's
        // complement excepted: مستعدة لتعزيز تعاونها العسكري مع إسرائيل), and not far
        // (sixteen words besides those of mentions: اجتمع معالي وزير الدولة … أمس، في إطار الزيارة الرسمية
        // التي يقوم بها إلى مملكة إسبانيا، مع معالي وزير الدولة … الإسباني).
        std::size_t clause_end = f.last + 1;
        for (std::size_t words = 0; clause_end < tokens.size(); ++clause_end) {
          if (!in_mention(clause_end) && ++words > 16) break;
        }
        for (const Found& g : found) {
          if (g.first > f.last && g.first < clause_end && m.triggers[g.row].kind != "noun" && !IsPledge(row))
            clause_end = g.first;
        }
        // The party joined to the one after بين shares its role for a signing told as news (جرى التوقيع على
        // مذكرة تفاهم بين مصر والسودان; "الاتفاق بين إيران وأمريكا" names an agreement already known) and for
        // whom a mediation is between (للوساطة بين الولايات المتحدة وإيران).
        bool told_signing = false;
        for (std::size_t k = f.first >= 3 ? f.first - 3 : 0; k < f.first && row.cameo == "057"; ++k) {
          told_signing |= BaseOf(tokens[k]) == "توقيع";
        }
        told_signing &= tokens[f.first].word && !tokens[f.first].word->has_article();
        // So do the parties of a summit or meeting between several (القمة الثلاثية المرتقبة بين مصر والأردن
        // والعراق): all of them meet.
        const bool both_after_between =
            told_signing || row.cameo == "039" ||
            (row.cameo == "040" && row.preps.count("بين") &&
             (row.phrase.find("قمة") != std::string::npos || row.phrase.find("اجتماع") != std::string::npos));
        for (const Arg& a : args) {
          if (a.prep.empty() || overlaps_trigger(a) || a.first_token <= f.first) continue;
          if (a.first_token >= clause_end) break;
          auto p = row.preps.find(a.prep);
          // A nearer trigger that takes the same preposition has it (يلتقي نتنياهو أملا في إقناعه بجدوى
          // الاتفاق مع إيران: the agreement is with Iran, not the meeting) — but not inside a pledge, whose
          // complement names what is promised with whom (مستعدة لتعزيز تعاونها العسكري مع إسرائيل).
          // (Not a meeting noun that only frames this meeting: بحث الرئيس في اتصال هاتفي مع نظيره.)
          const bool nearer = !IsPledge(row) && std::any_of(found.begin(), found.end(), [&](const Found& g) {
            const bool frame = row.cameo.starts_with("04") && m.triggers[g.row].cameo.starts_with("04") &&
                               m.triggers[g.row].kind == "noun" && g.first > 0 &&
                               (tokens[g.first - 1].norm == "في" || tokens[g.first - 1].norm == "خلال");
            // (Nor a second object joined to the phrase's own: أطلقت الغاز المسيل للدموع والرصاص الحي على
            // المتظاهرين.)
            const bool joined_object = row.kind == "phrase" && m.triggers[g.row].kind == "noun" &&
                                       g.first == f.last + 1 && StartsWithAnd(tokens[g.first]);
            return g.first > f.last && g.last < a.first_token && m.triggers[g.row].preps.count(a.prep) &&
                   !frame && !joined_object;
          });
          if (p != row.preps.end() && !nearer) {
            assign(&a, p->second);
            if (a.prep == "بين" && both_after_between) {
              for (const Arg* next = joined_after(a); next; next = joined_after(*next))
                assign(next, p->second);
            }
          }
        }
        // An envoy who hands over or conveys an invitation from someone (وسلّمه دعوة من خادم الحرمين
        // الشريفين، ونقل الوزير دعوة من رئيس الوزراء) carries it: the one it is from invites. (Without من,
        // the envoy's side does.)
        if (row.cameo == "036" && (row.phrase.starts_with("سلم ") || row.phrase.starts_with("نقل "))) {
          for (const Arg& a : args) {
            if (a.prep != "من" || a.first_token <= f.last || a.first_token > f.last + 3) continue;
            std::vector<EventParty> inviter;
            party_of(*a.mention, &inviter);
            if (inviter.empty()) continue;
            // (A subject of another side than the sender's is the one handed it, an honorific object read
            // as the subject: كما سلّم سموه دعوة من رئيس الوزراء البرتغالي.)
            auto senders = [&](const EventParty& p) {
              return p.country == inviter.front().country && p.org == inviter.front().org;
            };
            const bool other_side = !e.actor.empty() && std::none_of(e.actor.begin(), e.actor.end(), senders);
            if (other_side && subject && subject->first_token == f.first + 1) e.recipient = e.actor;
            // (Not the sender's own state, the place of the visit invited to: لزيارة البرتغال.)
            std::erase_if(e.recipient, senders);
            e.actor = std::move(inviter);
            how += ", the invitation's sender";
            break;
          }
        }
        // The party of a mention, unless it is the actor's own side (empty then): whose act is condemned or
        // praised is someone else's.
        auto other_side_than_actor = [&](const Mention& mention) {
          std::vector<EventParty> side;
          party_of(mention, &side);
          const bool own =
              !side.empty() && std::any_of(e.actor.begin(), e.actor.end(), [&](const EventParty& p) {
                return p.country == side.front().country && p.org == side.front().org;
              });
          if (own) side.clear();
          return side;
        };
        // A denial of "that" in a فيما clause (زعم المتحدث باسم الجيش أن الحركة …، فيما نفت الحركة ذلك)
        // answers the one who said it at the head of the sentence.
        if (row.cameo.starts_with("12") && row.kind == "verb" && e.recipient.empty() && !e.actor.empty() &&
            f.first > 1 && OpensWhileClause(tokens[f.first - 1])) {
          bool denied_that = false;
          for (std::size_t k = f.last + 1; k < tokens.size() && k <= f.last + 3; ++k) {
            denied_that |= tokens[k].norm == "ذلك" || tokens[k].norm == "هذه" || tokens[k].norm == "هذا";
          }
          for (const Arg& a : args) {
            if (!denied_that || a.first_token >= f.first || !a.prep.empty()) continue;
            std::vector<EventParty> speaker = other_side_than_actor(*a.mention);
            if (speaker.empty()) continue;
            e.recipient = std::move(speaker);
            how += ", whom the denial answers";
            break;
          }
        }
        // A condemnation said as a noun, of someone's act said as a verbal noun with ل: the act's doer, its
        // genitive, is condemned (إدانة المملكة لاستخدام القوات الإسرائيلية القوة المفرطة).
        // (So is the one whose stand is praised: أعرب المقداد عن تقدير سورية العالي لمواقف سلطنة عُمان.)
        if ((row.kind == "noun" || row.kind == "phrase") && e.recipient.empty() &&
            (row.cameo == "111" || row.cameo == "112" || row.cameo == "051")) {
          for (std::size_t k = f.last + 1; k + 1 < tokens.size() && k <= f.last + 4; ++k) {
            const WordAnalysis* w = tokens[k].word;
            if (in_mention(k) || !w || w->proclitics.empty() ||
                (w->proclitics.front() != "ل" && (w->proclitics.front() != "ب" || row.cameo != "051")))
              continue;
            for (const Arg& a : args) {
              // (Not an adjective of the ل-word: حكم الأقلية الحوثية للأغلبية اليمنية.)
              const std::string_view said = tokens[a.first_token].norm;
              const bool adjective = a.mention->type == MentionType::kCountry &&
                                     a.first_token == a.last_token &&
                                     (said.ends_with("ي") || said.ends_with("ية"));
              if (a.first_token != k + 1 || !a.prep.empty() || a.mention->type == MentionType::kLocation ||
                  adjective)
                continue;
              std::vector<EventParty> doer = other_side_than_actor(*a.mention);
              if (!doer.empty()) {
                e.recipient = std::move(doer);
                how += row.cameo == "051" ? ", the one whose stand is praised"
                                          : ", the doer of the act condemned";
              }
            }
            break;
          }
        }
        // Praise of a role "that X plays" (أشاد بالدور المحوري الذي تضطلع به مصر، ثمن الجهود التي تبذلها
        // الوساطة القطرية): X is praised.
        if (row.cameo == "051" && e.recipient.empty()) {
          std::size_t role_at = tokens.size();  // the praised role's word (الدور، الجهود)
          for (std::size_t k = f.last + 1; k < tokens.size() && k <= f.last + 10; ++k) {
            if (IsClauseEdge(tokens[k])) break;
            const WordAnalysis* w = tokens[k].word;
            if (role_at == tokens.size() && !in_mention(k) && w && w->has_article()) role_at = k;
            if (!IsRelativePronoun(tokens[k]) || role_at == tokens.size() || k > role_at + 3) continue;
            for (const Arg& a : args) {
              if (a.first_token <= k + 1 || a.first_token > k + 3 || !a.prep.empty() ||
                  a.mention->type == MentionType::kLocation)
                continue;
              std::vector<EventParty> doer = other_side_than_actor(*a.mention);
              if (!doer.empty()) {
                e.recipient = std::move(doer);
                // (Those joined to it too: الجهود التي تبذلها دولة قطر وجمهورية مصر العربية.)
                for (const Arg* next = joined_after(a); next; next = joined_after(*next))
                  party_of(*next->mention, &e.recipient);
                how += ", the one whose role is praised";
              }
              break;
            }
            break;
          }
        }
        // Arriving (حل) somewhere on a visit: the state he arrives in (سيحل بالجزائر في زيارة دولة).
        if (row.cameo == "042" && e.recipient.empty() && how.starts_with("light-verb ")) {
          for (const Arg& a : args) {
            if (a.first_token >= f.first || a.first_token + 6 < f.first) continue;
            if ((a.prep == "ب" || a.prep == "في") && !a.mention->country.empty() &&
                (a.mention->type == MentionType::kCountry || a.mention->type == MentionType::kLocation) &&
                std::none_of(e.actor.begin(), e.actor.end(),
                             [&](const EventParty& p) { return p.country == a.mention->country; })) {
              party_of(*a.mention, &e.recipient);
              how += ", the state arrived in";
              break;
            }
          }
        }
        // A trip to a city (وصل الوزير إلى الدوحة، توجه إلى نيويورك) is to its state when no one is named to
        // receive the visitor: the capital stands for the state (manual, section 4).
        if (row.cameo == "042" && e.recipient.empty()) {
          // (Not when an organisation seated in the capital is named: إلى العاصمة البلجيكية بروكسل للقاء
          // مسؤولي الاتحاد الأوروبي is a visit to the EU.)
          const bool organisation_named =
              std::any_of(entities.mentions.begin(), entities.mentions.end(), [&](const Mention& o) {
                return o.sentence == static_cast<int>(s) && !o.org.empty() && o.country.empty();
              });
          // (Brussels in news of the EU or NATO is their seat: the meetings told next name the host.)
          const bool eu_or_nato =
              std::any_of(entities.entities.begin(), entities.entities.end(),
                          [](const Entity& o) { return o.org == "EU" || o.org == "NATO"; });
          for (const Mention& place : entities.mentions) {
            if (place.sentence != static_cast<int>(s) || place.entity < 0 ||
                entities.entities[place.entity].country.empty()) {
              continue;
            }
            const std::size_t k = TokenAt(tokens, place.span.begin);
            // (A noun's adjective may come after the city, in a clause of its own: زيارة الموفد الأميركي
            // إلى بيروت، التي كانت مقررة.)
            if (k <= (row.kind == "noun" ? f.first : f.last) || k >= clause_end || k == 0) continue;
            // (Or the capital named by its state's adjective: إلى العاصمة الروسية موسكو، إلى العاصمة
            // المصرية.)
            const bool capital_adjective = place.type == MentionType::kCountry && k >= 2 &&
                                           tokens[k - 1].norm == "العاصمة" && tokens[k - 2].norm == "الي" &&
                                           !organisation_named;
            if (place.type != MentionType::kLocation && !capital_adjective) continue;
            if (eu_or_nato && entities.entities[place.entity].country == "BEL") continue;
            const WordAnalysis* w = tokens[k].word;
            // (Or the city a verb of visiting takes as its object, right after it or after its subject: وكان
            // الرئيس الفرنسي قد زار الرياض.)
            const std::size_t object_at =
                subject && subject->first_token > f.last ? subject->last_token + 1 : f.last + 1;
            const bool visited = row.kind == "verb" && row.object == "recipient" && k == object_at && w &&
                                 (w->proclitics.empty() || (w->proclitics.size() == 1 && w->has_article()));
            // (A tour's leg is in the city: يختتم جولته في برلين.)
            const bool leg = row.phrase.ends_with("جولة") && tokens[k - 1].norm == "في";
            // (Or with ب, for a row that takes the place so: يحل الوزير بالرباط.)
            const auto with_ba = row.preps.find("ب");
            const bool at = with_ba != row.preps.end() && with_ba->second == "recipient" && w &&
                            !w->proclitics.empty() && w->proclitics.front() == "ب";
            // (Past the capital's title: إلى العاصمة المؤقتة عدن، إلى العاصمة بغداد.)
            const bool to_capital =
                (k >= 2 && tokens[k - 1].norm == "العاصمة" && tokens[k - 2].norm == "الي") ||
                (k >= 3 && tokens[k - 1].norm == "المؤقتة" && tokens[k - 2].norm == "العاصمة" &&
                 tokens[k - 3].norm == "الي");
            const bool to = visited || leg || capital_adjective || at || to_capital ||
                            tokens[k - 1].norm == "الي" ||
                            (w && !w->proclitics.empty() && w->proclitics.front() == "ل");
            // A trip within one's own country is no visit to a state.
            const std::string& host = entities.entities[place.entity].country;
            const bool domestic = std::any_of(e.actor.begin(), e.actor.end(),
                                              [&](const EventParty& a) { return a.country == host; });
            if (to && !domestic) {
              party_of(place, &e.recipient);
              how += ", to a city of the host";
              break;
            }
          }
        }
      }
      // "التقى رئيسا الوزراء الهندي ناريندرا مودي والباكستاني نواز شريف": a dual title names both sides —
      // the one named first after it acts, the one of the other state joined to him is met.
      if (row.cameo.starts_with("04") && subject && subject->mention->type == MentionType::kGroup &&
          e.actor.size() == 1 && e.recipient.size() == 1 && e.recipient[0].entity >= 0 &&
          tokens[subject->first_token].norm.ends_with("ا") && e.recipient[0].country == e.actor[0].country &&
          !e.actor[0].country.empty()) {
        const Arg* other = nullptr;
        for (const Arg& a : args) {
          if (a.first_token > subject->last_token && a.first_token <= subject->last_token + 8 &&
              a.mention->type == MentionType::kPerson && !a.mention->country.empty() &&
              a.mention->country != e.actor[0].country) {
            other = &a;
            break;
          }
        }
        if (other) {
          e.actor = std::move(e.recipient);
          e.recipient.clear();
          party_of(*other->mention, &e.recipient);
          how += ", a dual title: its two holders";
        }
      }
      // Nobody acts on himself; an official of the same organisation in the same capacity is the actor's
      // name or a colleague standing in apposition (أدان منسق الأمم المتحدة …، نيكولاي ملادينوف), not the
      // other side.
      std::erase_if(e.recipient, [&](const EventParty& r) {
        return r.entity >= 0 && std::any_of(e.actor.begin(), e.actor.end(), [&](const EventParty& a) {
                 return a.entity == r.entity || (!a.org.empty() && a.org == r.org && a.sector == r.sector);
               });
      });
      // A rejection whose object is an accusation (رفضت الخارجية الإيرانية اتهامات البحرين لطهران بالتدخل)
      // is a denial aimed at the accuser: REJECT 120, whatever longer phrase its words also make.
      std::string cameo_code = row.cameo;
      if (how.starts_with("the traveller before حيث")) cameo_code = "042";
      if (row.kind == "phrase" && row.cameo.starts_with("11") && IsVerbOf(tokens[f.first], {"رفض", "نفي"})) {
        for (std::size_t k = f.first + 1; k < f.last; ++k) {
          const std::string_view word = BaseOf(tokens[k]);
          if (word == "اتهامات" || word == "اتهام" || word == "ادعاءات" || word == "مزاعم") {
            cameo_code = "120";
            how += ", a denial of accusations";
            break;
          }
        }
      }
      // An invitation accepted (لبى الرئيس السوداني دعوة أمير قطر، قبل الدعوة التي وجهها إليه الرئيس
      // الفرنسي): the inviter is the genitive of دعوة or the subject of the clause after it.
      if (row.cameo == "036" && e.recipient.empty() &&
          (row.phrase == "لبى دعوة" || row.phrase == "قبل دعوة")) {
        for (std::size_t k = f.first + 1; k <= f.last + 1 && k + 1 < tokens.size(); ++k) {
          if (BaseOf(tokens[k]) != "دعوة") continue;
          std::size_t from = k + 1;
          if (tokens[from].norm == "التي" && from + 1 < tokens.size()) from += 2;  // التي وجهها (إليه)
          if (from < tokens.size() && (tokens[from].norm == "اليه" || tokens[from].norm == "اليها")) ++from;
          for (const Arg& a : args) {
            if (a.first_token == from && a.prep.empty()) {
              party_of(*a.mention, &e.recipient);
              how += ", the inviter";
              break;
            }
          }
          break;
        }
      }
      // An invitation to act, not to come (جدد دعوة الكويت لإيران إلى «اتخاذ خطوات عملية»), is an appeal
      // (manual: دعوة إلى + action is a demand).
      if (cameo_code == "036" && row.phrase == "دعوة") {
        for (std::size_t k = f.last + 1; k + 1 < tokens.size() && k <= f.last + 6; ++k) {
          if (tokens[k].type == TokenType::kPunct && tokens[k].norm != "«" && tokens[k].norm != "\"") break;
          static const std::unordered_set<std::string_view> coming = {
              "زيارة", "المشاركة", "حضور", "القيام", "الحضور", "مشاركة", "المؤتمر", "قيام"};
          // (The visit first, its place after إلى: دعوة سموه للقيام بزيارة رسمية إلى المملكة.)
          if (coming.count(BaseOf(tokens[k])) || coming.count(tokens[k].norm)) break;
          if (tokens[k].norm != "الي") continue;
          std::size_t act = k + 1;
          while (act + 1 < tokens.size() && tokens[act].type == TokenType::kPunct) ++act;
          // (إلى may name the invited, the coming after them: دعوة إلى رؤساء الكتل النيابية للمشاركة في
          // لقاء.)
          bool invited_then_coming = false;
          for (std::size_t j = act + 1; j < tokens.size() && j <= act + 5 && !invited_then_coming; ++j) {
            if (tokens[j].type == TokenType::kPunct) break;
            invited_then_coming = coming.count(BaseOf(tokens[j])) || coming.count(tokens[j].norm);
          }
          if (tokens[act].type == TokenType::kArabic && !coming.count(BaseOf(tokens[act])) &&
              !coming.count(tokens[act].norm) && !invited_then_coming) {
            cameo_code = "100";
            how += ", an invitation to act: an appeal";
          }
          break;
        }
      }
      // A meeting on the sidelines of one's own visit (التقى … على هامش زيارته إلى لندن) is part of the
      // visit.
      if (cameo_code == "044" && f.last + 1 < tokens.size() && BaseOf(tokens[f.last + 1]) == "زيارة" &&
          tokens[f.last + 1].word && !tokens[f.last + 1].word->enclitic.empty()) {
        cameo_code = "042";
        how += ", on the sidelines of his own visit";
      }
      // A meeting verb with هاتفيا (بحث هاتفيا، تحدثا هاتفيا) is a phone call.
      if (cameo_code == "040") {
        // After the parties, too: بحث الرئيس … ونظيره … خلال اتصال هاتفي.
        for (std::size_t k = f.last + 1; k < tokens.size() && k <= f.last + 30; ++k) {
          if (tokens[k].type == TokenType::kPunct && tokens[k].norm != "،") break;
          if (tokens[k].norm == "هاتفيا" || tokens[k].norm == "هاتفي" || tokens[k].norm == "هاتفية") {
            cameo_code = "041";
            how += ", by phone";
            break;
          }
        }
      }
      // A meeting in the subject's own office or palace (عقد … في مكتبه بجدة أمس اجتماعا مع …) has him as the
      // host: a reception (043), the other party the visitor (manual, section 3).
      if (cameo_code == "040" && !e.actor.empty() && e.recipient.size() == 1) {
        static const std::unordered_set<std::string_view> own_place = {"مكتبه", "بمكتبه", "قصره",   "بقصره",
                                                                       "مقره",  "بمقره",  "مكتبها", "بمكتبها",
                                                                       "مقرها", "بمقرها", "ديوانه"};
        bool host = false;
        for (std::size_t k = f.first; k < tokens.size() && k <= f.last + 12 && !host; ++k) {
          host = own_place.count(tokens[k].norm) > 0;
        }
        if (host) {
          std::swap(e.actor, e.recipient);
          cameo_code = "043";
          how += ", in his own office: host";
        }
      }
      // Welcoming a guest (رحب خادم الحرمين الشريفين برئيس الوزراء اللبناني) is a courtesy formula, not
      // coded (manual, section 1); welcoming a decision or an agreement endorses it.
      // Nor is welcoming an invitation an acceptance (manual: قبل، لبى، وافق على); it is not coded.
      std::size_t welcomed = f.last + 1;
      while (welcomed < tokens.size() && welcomed <= f.last + 12 && in_mention(welcomed)) ++welcomed;
      if ((row.phrase == "رحب" || row.phrase == "ترحيب") && welcomed < tokens.size() &&
          (tokens[welcomed].norm == "بالدعوة" || tokens[welcomed].norm == "بدعوة")) {
        drop("a welcome to an invitation: no acceptance");
        continue;
      }
      if ((row.phrase == "رحب" || row.phrase == "ترحيب") && !e.recipient.empty() &&
          std::all_of(e.recipient.begin(), e.recipient.end(), [&](const EventParty& p) {
            return p.entity >= 0 && entities.entities[p.entity].type == MentionType::kPerson;
          })) {
        drop("a welcome to a guest: a courtesy formula");
        continue;
      }
      // A state that "protests" (البحرين تحتج على تصريحات خامنئي) objects through diplomacy: ACCUSE 111
      // against whose words or acts follow على/ضد, not a street protest.
      // (Not "احتجاجا على" after a crowd's protest told before it in the sentence: its reason, part of it.)
      const bool reason_of_protest =
          how.starts_with("protest adverb") && std::any_of(found.begin(), found.end(), [&](const Found& g) {
            return g.first < f.first && m.triggers[g.row].cameo.starts_with("14") &&
                   !m.triggers[g.row].phrase.starts_with("احتج");
          });
      if (reason_of_protest) {
        drop("the reason of a protest told before it (احتجاجا على)");
        continue;
      }
      if (cameo_code.starts_with("14") && !e.actor.empty() && row.phrase.starts_with("احتج")) {
        const EventParty& who = e.actor.front();
        const MentionType type = who.entity >= 0 ? entities.entities[who.entity].type : MentionType::kGroup;
        const bool official = who.sector == "GOV" || who.sector == "DIP" || who.sector == "LEG";
        // (A nation's people are no state: تظاهر آلاف الأردنيين … احتجاجا على.)
        const std::string who_norm = Normalize(who.text);
        const bool people = who_norm.ends_with("يين") || who_norm.ends_with("يون");
        const bool state =
            !who.country.empty() &&
            ((type == MentionType::kCountry && !people) ||
             (official && (type == MentionType::kOrganization || type == MentionType::kPerson)));
        if (state) {
          cameo_code = "111";
          how += ", a state's protest: objection";
          if (e.recipient.empty()) {
            for (std::size_t k = f.last + 1; k < tokens.size() && k <= f.last + 2; ++k) {
              if (tokens[k].norm != "علي" && tokens[k].norm != "ضد") continue;
              for (const Arg& a : args) {
                if (a.first_token > k && a.first_token <= k + 3 && a.mention->entity >= 0) {
                  party_of(*a.mention, &e.recipient);
                  break;
                }
              }
            }
          }
        }
      }
      // One person "attacking" another (شن الرئيس أعنف هجوم له على حركة حماس، هاجم الوزير المعارضة) does
      // it in words: criticism (111), not violence. Gunmen and armies are groups, not named persons.
      // (So is attacking a decision, a stance or words, whoever does it: هاجمت الجبهة بدورها القرار الفرنسي.)
      auto words_attacked = [&] {
        static const std::unordered_set<std::string_view> stances = {
            "قرار", "موقف", "تصريح", "تصريحات", "سياسة", "خطة", "قانون", "خطاب", "مبادرة", "اتفاق", "بيان"};
        // (Past its subject, when after it, and بدوره.)
        for (std::size_t k = f.last + 1; k < tokens.size() && k <= f.last + 6; ++k) {
          if (in_mention(k) || tokens[k].norm == "بدوره" || tokens[k].norm == "بدورها" || in_date(k))
            continue;
          return tokens[k].word && tokens[k].word->has_article() && stances.count(BaseOf(tokens[k])) > 0;
        }
        return false;
      };
      if (cameo_code == "190" && row.phrase == "هاجم" && row.kind == "verb" && words_attacked()) {
        cameo_code = "111";
        how += ", a decision or words attacked: criticism";
      }
      if (cameo_code == "190" &&
          (row.phrase == "هاجم" || row.phrase.starts_with("شن") || row.phrase == "هجوم") &&
          !e.actor.empty() && e.actor.front().entity >= 0 &&
          entities.entities[e.actor.front().entity].type == MentionType::kPerson) {
        const std::string& sector = e.actor.front().sector;
        if (sector != "MIL" && sector != "REB" && sector != "INS" && sector != "COP") {
          cameo_code = "111";
          how += ", a person's attack: in words";
        }
      }
      // Summoning one's own ambassador (استدعت البحرين سفيرها لدى إيران) is a recall (161) from the country
      // he is posted to, not a summons of a foreign envoy (114).
      if (cameo_code == "114") {
        // "قررت الحكومة الأردنية استدعاء سفيرها لدى إسرائيل": the envoy's "her" is the clause's subject,
        // who recalls him.
        // (Or of the subject's state, said: وقرر المجلس … استدعاء القائم بالأعمال العراقي من أنقرة.)
        const bool possessed =
            f.last + 1 < tokens.size() && tokens[f.last + 1].word &&
            (tokens[f.last + 1].word->enclitic == "ها" || tokens[f.last + 1].word->enclitic == "ه");
        if (row.kind == "noun" && how.starts_with("genitive") && e.actor.size() == 1 &&
            e.actor[0].sector == "DIP" && f.last + 1 < tokens.size()) {
          const Arg* owner = nullptr;
          for (const Arg& a : args) {
            const Entity* who = a.mention->entity >= 0 ? &entities.entities[a.mention->entity] : nullptr;
            const bool dropped = a.mention->how == "coref:dropped-subject" && who && !who->country.empty();
            if (a.first_token < f.first && a.prep.empty() && !a.mention->how.starts_with("attachment") &&
                a.mention->type != MentionType::kLocation &&
                (!a.mention->country.empty() || !a.mention->org.empty() || dropped)) {
              owner = &a;
            }
          }
          if (owner && !possessed) {
            const Entity* who =
                owner->mention->entity >= 0 ? &entities.entities[owner->mention->entity] : nullptr;
            const std::string& owner_country = who ? who->country : owner->mention->country;
            if (owner_country.empty() || owner_country != e.actor[0].country) owner = nullptr;
          }
          if (owner) {
            e.actor.clear();
            party_of(*owner->mention, &e.actor);
            how += ", whose own envoy";
          }
        }
        // "وردت الجزائر باستدعاء سفير مالي لدى الجزائر": a foreign envoy as the noun's genitive is the one
        // summoned, by the subject of the clause before it.
        if (row.kind == "noun" && how.starts_with("genitive") && e.actor.size() == 1 &&
            e.actor[0].sector == "DIP" && !e.actor[0].country.empty() && f.last + 1 < tokens.size() &&
            tokens[f.last + 1].word && tokens[f.last + 1].word->enclitic.empty()) {
          const Arg* summoner = nullptr;
          for (const Arg& a : args) {
            if (a.first_token < f.first && a.prep.empty() && !a.mention->how.starts_with("attachment") &&
                a.mention->type != MentionType::kLocation &&
                (!a.mention->country.empty() || !a.mention->org.empty()) &&
                a.mention->country != e.actor[0].country) {
              summoner = &a;
            }
          }
          if (summoner) {
            e.recipient = {e.actor[0]};
            e.actor.clear();
            party_of(*summoner->mention, &e.actor);
            how += ", a foreign envoy summoned by the clause's subject";
          }
        }
        // The envoy: the object, or the mention the phrase's last word is part of (استدعى سفيرها).
        bool own = false;
        // (An envoy, not an embassy the clause names further on: السفارة الروسية.)
        for (const auto& r : e.recipient) {
          const bool envoy = r.entity >= 0 && entities.entities[r.entity].type == MentionType::kPerson;
          for (const auto& a : e.actor)
            own |= envoy && r.sector == "DIP" && !r.country.empty() && r.country == a.country;
        }
        for (const Arg& envoy : args) {
          if (envoy.first_token < f.first || envoy.first_token > f.last + 1 || envoy.mention->entity < 0)
            continue;
          const Entity& who = entities.entities[envoy.mention->entity];
          for (const auto& a : e.actor)
            own |= who.sector == "DIP" && !who.country.empty() && who.country == a.country;
          // سفيرها, سفيره: the possessive is the subject's.
          const WordAnalysis* w = tokens[envoy.first_token].word;
          // (Whatever the entity stage took him for: سفيره in a headline, joined to a spokesman "السفير"
          // below.)
          own |= (who.sector == "DIP" || tokens[envoy.first_token].norm.starts_with("سفير")) && w &&
                 (w->enclitic == "ها" || w->enclitic == "ه");
        }
        // (Or an envoy "of" the subject's own state: استدعاء سفير المملكة لدى إسرائيل, said by a Jordanian.)
        for (const Arg& a : args) {
          if (a.mention->type != MentionType::kCountry || !a.prep.empty() || a.first_token < 1 ||
              a.first_token > f.last + 2 || a.first_token <= f.first ||
              !tokens[a.first_token - 1].norm.starts_with("سفير"))
            continue;
          for (const auto& actor : e.actor)
            own |= !actor.country.empty() && actor.country == a.mention->country;
        }
        // (And the envoys of a pair, their own: استدعت كل من تشيلي وكولومبيا سفيريهما … للتشاور.)
        for (std::size_t k = f.first; k <= f.last + 1 && k < tokens.size(); ++k) {
          const std::string_view w = tokens[k].norm;
          own |= w == "سفيريهما" || w == "سفراءها" || w == "سفراءهم" || w == "سفيرهما" || w == "سفرائها" ||
                 w == "سفرائهم";
        }
        // Called home "for consultation" is a recall (past the envoy's post and name: استدعاء سفير المملكة
        // لدى إسرائيل غسان المجالي فوراً للتشاور).
        for (std::size_t k = f.last + 1; k < tokens.size() && k <= f.last + 10; ++k) {
          if (tokens[k].type == TokenType::kPunct) break;
          own |= tokens[k].norm == "للتشاور";
        }
        // (An envoy taken for the subject recalls no one: وتستدعي القائم بأعمال سفارة إيران in a headline.)
        if (std::any_of(e.actor.begin(), e.actor.end(),
                        [](const EventParty& p) { return p.sector == "DIP"; }))
          own = false;
        if (own) {
          cameo_code = "161";
          how += ", own envoy: recall";
          e.recipient.clear();
          // Where he is posted: لدى or في a country, or its capital (سفيرها لدى طهران، سفيرها في إيران).
          for (const Arg& a : args) {
            if ((a.prep == "لدي" || a.prep == "في") && a.mention->type == MentionType::kCountry &&
                a.first_token > f.last && a.first_token <= f.last + 2) {
              party_of(*a.mention, &e.recipient);
              break;
            }
          }
          if (e.recipient.empty()) {
            for (const Mention& place : entities.mentions) {
              const bool state_or_capital = place.type == MentionType::kCountry ||
                                            (place.type == MentionType::kLocation && !place.country.empty());
              if (place.sentence != static_cast<int>(s) || !state_or_capital) continue;
              const std::size_t first = TokenAt(tokens, place.span.begin);
              // (Or called back from it: استدعاء القائم بالأعمال العراقي من أنقرة.)
              const bool called_from =
                  first > f.last + 1 && first <= f.last + 5 && tokens[first - 1].norm == "من";
              // (Or the capital in his title: رئيس بعثة منظمة التحرير الفلسطينية في واشنطن.)
              const bool posted_in =
                  first > f.last + 1 && first <= f.last + 8 && tokens[first - 1].norm == "في";
              if (first > 0 && first < tokens.size() &&
                  (tokens[first - 1].norm == "لدي" || called_from || posted_in)) {
                party_of(place, &e.recipient);
                break;
              }
            }
          }
        }
      }
      const std::string act_root = cameo_code.substr(0, 2);
      const bool violent_or_protest =
          act_root == "14" || act_root == "18" || act_root == "19" || act_root == "20";
      // A protest or an attack named by a noun is background (بعد الهجوم، تلك المظاهرات، الهجوم الأميركي
      // المحتمل) unless a verb reports it as happening (وقع هجوم، اندلعت مظاهرات، نفذوا اعتصاما) or it
      // heads the article.
      // An act announced by a noun (أعلنت وزارة الدفاع الأمريكية أمس عن مقتل …، أعلن وزير الداخلية اعتقال
      // المتورطين) is reported as done: أعلن before it, with only its subject, a date or عن between.
      // (Not a protest: أعلنوا عن المظاهرة announces a plan.)
      std::size_t announcer_verb = tokens.size();
      if (row.kind == "noun" && trigger_root != "14") {
        static const std::unordered_set<std::string_view> adverbs = {"امس", "اليوم", "الليلة", "مساء",
                                                                     "صباح"};
        std::size_t k = f.first;
        while (k > 0 && k + 14 > f.first) {
          --k;
          const std::string_view norm = tokens[k].norm;
          if (norm == "عن" || norm == "،" || adverbs.count(norm) || in_mention(k) || in_date(k)) continue;
          if (IsAnnounceVerb(tokens[k])) announcer_verb = k;
          break;
        }
      }
      const bool announced = announcer_verb < tokens.size();
      if (announced && e.actor.empty() && trigger_root == "17") {
        // Arrests are announced by who made them (the ministry, the police).
        for (const Arg& a : args) {
          if (a.first_token > announcer_verb && a.first_token < f.first && a.prep.empty()) {
            party_of(*a.mention, &e.actor);
            how += ", the authority that announced it";
            break;
          }
        }
        // Those arrested: the noun's genitive when it names no entity (اعتقال المتورطين بالتفجير).
        if (!e.actor.empty() && e.recipient.empty() && f.last + 1 < tokens.size() &&
            tokens[f.last + 1].type == TokenType::kArabic && !in_mention(f.last + 1) &&
            !in_date(f.last + 1) && !Prepositions().count(tokens[f.last + 1].norm)) {
          std::size_t end = f.last + 1;
          while (end + 1 < tokens.size() && end < f.last + 3 && tokens[end + 1].type == TokenType::kArabic &&
                 !Prepositions().count(tokens[end + 1].norm) && !in_date(end + 1) &&
                 !(tokens[end + 1].word && !tokens[end + 1].word->proclitics.empty())) {
            ++end;
          }
          e.recipient.push_back(UnnamedParty(article, tokens, f.last + 1, end, "CVL"));
          how += ", the arrested named after it";
        }
      }
      // An armed party that announces a strike (أعلن الحوثيون استهداف سفينة، أعلن الجيش الإسرائيلي اغتيال
      // قيادي) claims it: the announcer is the doer. (Not a death announced: أعلنت وزارة الصحة مقتل 3.)
      if (announced && (trigger_root == "18" || trigger_root == "19") &&
          std::none_of(e.actor.begin(), e.actor.end(), [](const EventParty& p) { return p.entity >= 0; })) {
        static const std::unordered_set<std::string_view> deaths = {"مقتل", "مصرع",  "استشهاد", "سقوط",
                                                                    "وفاة", "اصابة", "جرح"};
        const std::string_view noun = tokens[f.first].word ? std::string_view(tokens[f.first].word->base_norm)
                                                           : std::string_view(tokens[f.first].norm);
        for (const Arg& a : args) {
          // (Its subject after it, or before it in a headline: الحوثيون يعلنون استهداف سفينة.)
          const bool after_verb = a.first_token > announcer_verb && a.first_token < f.first;
          if (deaths.count(noun) || !(after_verb || a.last_token + 1 == announcer_verb) || !a.prep.empty())
            continue;
          const std::string& sector = a.mention->sector;
          // (A ministry of defence speaks for its forces: أعلنت وزارة الدفاع التركية تحييد 5 إرهابيين.)
          const bool defence = article.View(a.mention->span).find("الدفاع") != std::string_view::npos;
          if (sector == "MIL" || sector == "REB" || sector == "INS" || sector == "COP" || defence) {
            e.actor.clear();
            party_of(*a.mention, &e.actor);
            how += ", the armed party that announced it";
          }
          break;
        }
      }
      // What the clause's subject suffered (تعرضت مدينة خاركيف الأوكرانية لقصف روسي): the subject of تعرض is
      // the victim, the doer is named after the act — its nationality (قصف روسي، غارة أمريكية بريطانية),
      // behind ل (لهجوم لقوات الدعم السريع), after من قبل/من جانب/على يد, or after a verb of doing it
      // (شنه مسلحون، أطلقها الحوثيون). Without a named doer it is no event (manual, section 2).
      if (suffered) {
        e.actor.clear();
        e.recipient.clear();
        const Arg* sufferer = nullptr;
        for (const Arg& a : args) {
          if (a.first_token > suffered_verb && a.last_token < f.first && (a.prep.empty() || a.prep == "ل")) {
            sufferer = &a;
            break;
          }
        }
        for (const Arg& a : args) {
          if (sufferer) break;
          if (a.last_token < suffered_verb && a.last_token + 3 >= suffered_verb && a.prep.empty())
            sufferer = &a;
        }
        if (sufferer && sufferer->mention->type == MentionType::kLocation) {
          if (!sufferer->mention->country.empty())
            e.recipient.push_back(PeopleOf(article, *sufferer->mention));
        } else if (sufferer) {
          party_of(*sufferer->mention, &e.recipient);
        }
        auto doer_at = [&](std::size_t at) -> const Arg* {
          for (const Arg& a : args) {
            if (a.first_token == at && a.mention->type != MentionType::kLocation) return &a;
          }
          return nullptr;
        };
        for (std::size_t k = f.first + 1; e.actor.empty() && k < tokens.size() && k <= f.last + 10; ++k) {
          if (tokens[k].type == TokenType::kPunct && tokens[k].norm != "«" && tokens[k].norm != "»") break;
          std::size_t after = tokens.size();
          if (k == f.last + 1) after = k;  // its nationality or its owner behind ل
          if (IsPerpetratorCue(tokens[k])) after = k + 1;
          if (k + 1 < tokens.size() &&
              ((tokens[k].norm == "من" && (tokens[k + 1].norm == "قبل" || tokens[k + 1].norm == "جانب")) ||
               (tokens[k].norm == "علي" && tokens[k + 1].norm == "يد"))) {
            after = k + 2;
          }
          if (after < tokens.size() && tokens[after].norm == "«") ++after;
          const Arg* doer = after < tokens.size() ? doer_at(after) : nullptr;
          if (!doer) continue;
          const bool nationality = doer->mention->type == MentionType::kCountry && doer->prep.empty() &&
                                   IsNisba(tokens[doer->first_token].norm);
          if (after == f.last + 1 && !nationality && doer->prep != "ل") continue;
          party_of(*doer->mention, &e.actor);
          // (A second nationality joined without و: غارة أمريكية بريطانية مشتركة.)
          if (const Arg* second = nationality ? nisba_after(*doer) : nullptr)
            party_of(*second->mention, &e.actor);
        }
        if (e.actor.empty()) {
          drop("suffered (تعرض ل), its doer not named");
          continue;
        }
        how = "suffered (تعرض ل): the subject of تعرض the victim, the doer named after the act";
      }
      // An attack may say its doer after it (مقتل فلسطيني برصاص الجيش الإسرائيلي، على يد «بوكو حرام»،
      // مقتل محسن الفضلي، زعيم جماعة خراسان، في غارة أمريكية). A verb so told is passive (قتل فلسطيني
      // برصاص الجيش): the party before the phrase is the victim.
      if (trigger_root == "18" || trigger_root == "19" || trigger_root == "20") {
        static const std::unordered_set<std::string_view> by = {"برصاص", "بنيران", "بغارة", "بغارات",
                                                                "بقصف",  "بضربة",  "بقذيفة"};
        // (في هجوم لطالبان: the attack's doer behind ل.)
        static const std::unordered_set<std::string_view> in = {"غارة", "غارات", "قصف",
                                                                "ضربة", "هجوم",  "هجمات"};
        const Mention* doer = nullptr;
        bool in_attack = false;  // past في and an attack's word (في هجوم انتحاري تبنته …)
        // (As far as the clause goes, past the victims' long names and the time: قُتل ثلاثة عناصر من قوى
        // الأمن الداخلي (الأسايش) وأصيب اثنان آخران، صباح اليوم الجمعة، بقصف طائرة مسيّرة تركية.)
        static const std::unordered_set<std::string_view> other_clause = {"فيما", "بينما", "كما",
                                                                          "حين",  "عندما", "لكن"};
        for (std::size_t k = f.last + 1; k < tokens.size() && k <= f.last + 20; ++k) {
          if (tokens[k].type == TokenType::kPunct && tokens[k].norm != "«" && tokens[k].norm != "،" &&
              tokens[k].norm != "(" && tokens[k].norm != ")")
            break;
          if (other_clause.count(tokens[k].norm)) break;
          std::size_t after = tokens.size();
          if (by.count(tokens[k].norm)) after = k + 1;
          // (Or during a raid that names its doer: خلال اقتحام واسع نفذته قوات الاحتلال.)
          if (k + 1 < tokens.size() && (tokens[k].norm == "في" || tokens[k].norm == "خلال") &&
              (in.count(tokens[k + 1].norm) ||
               (tokens[k].norm == "خلال" && tokens[k + 1].norm == "اقتحام"))) {
            after = k + 2;
            in_attack = true;
          }
          if (k + 1 < tokens.size() && tokens[k].norm == "علي" && tokens[k + 1].norm == "يد") after = k + 2;
          // (Or claimed after the attack's words: في هجوم انتحاري تبنته حركة الشباب.)
          if (in_attack && IsPerpetratorCue(tokens[k]) && !tokens[k].norm.starts_with("ب")) after = k + 1;
          if (after >= tokens.size()) continue;
          if (tokens[after].norm == "«" && after + 1 < tokens.size()) ++after;
          // (The craft may stand between: بغارة لطائرة أمريكية بدون طيار، بقصف لمقاتلات روسية.)
          static const std::unordered_set<std::string_view> craft = {"طائرة",  "طائرات",  "مقاتلات", "مقاتلة",
                                                                     "مروحية", "مروحيات", "سفن",     "بوارج"};
          const WordAnalysis* craft_word = tokens[after].word;
          const bool by_craft = craft_word && after + 1 < tokens.size() && craft.count(craft_word->base_norm);
          // (Its kind may stand between too: بقصف طائرة مسيّرة تركية، بغارة لمقاتلات حربية إسرائيلية.)
          const bool craft_kind = by_craft && after + 2 < tokens.size() &&
                                  (tokens[after + 1].norm == "مسيرة" || tokens[after + 1].norm == "مسيّرة" ||
                                   tokens[after + 1].norm == "حربية" || tokens[after + 1].norm == "مسيرات");
          for (const Mention& other : entities.mentions) {
            const std::size_t at = TokenAt(tokens, other.span.begin);
            if (other.sentence == static_cast<int>(s) && other.type != MentionType::kLocation &&
                (at == after || (by_craft && at == after + 1) || (craft_kind && at == after + 2))) {
              doer = &other;
              break;
            }
          }
          // (The attack's words without its doer may still say who claimed it further on.)
          if (doer || !in.count(tokens[k + 1 < tokens.size() ? k + 1 : k].norm)) break;
        }
        const bool already = doer && std::any_of(e.actor.begin(), e.actor.end(), [&](const EventParty& p) {
                               return p.entity >= 0 && p.entity == doer->entity;
                             });
        if (doer && !already && e.actor.empty() &&
            (row.kind == "noun" || row.subject == "recipient" ||
             how.starts_with("passive: unnamed victims counted"))) {
          // (A noun, or a verb whose subject is the victim: استشهد ثلاثة فلسطينيين برصاص قوات الاحتلال.)
          party_of(*doer, &e.actor);
          how += ", the doer named after it";
        } else if (doer && !already && row.kind != "noun") {
          // (The phrase's party may have been read as the object behind ب: it is the doer.)
          std::erase_if(e.recipient,
                        [&](const EventParty& p) { return p.entity >= 0 && p.entity == doer->entity; });
          if (e.recipient.empty()) {
            // (A subject carried over from an earlier sentence is no victim: وقتل عدد من قياديي القاعدة في
            // غارات أميركية.)
            if (!how.starts_with("dropped-subject")) e.recipient = std::move(e.actor);
            e.actor.clear();
            party_of(*doer, &e.actor);
            how += ", passive: the doer named after it";
          }
        }
      }
      bool reported_by_verb = announced || suffered;
      // What a letter or statement is about (رسالتين … حول الاعتداء) is its topic, whatever verb sent it.
      if (row.kind == "noun" && violent_or_protest && how.starts_with("light-verb") && f.first > 0 &&
          (tokens[f.first - 1].norm == "حول" || tokens[f.first - 1].norm == "بشان" ||
           tokens[f.first - 1].norm == "بخصوص")) {
        drop("background, the topic of what was said");
        continue;
      }
      if (row.kind == "noun" && violent_or_protest && !how.starts_with("light-verb")) {
        // (Three words back, not counting the day and its commas: نفذت، فجر اليوم، ضربات دقيقة.)
        std::size_t back = 3;
        for (std::size_t k = f.first; k-- > 0 && k + back >= f.first;) {
          if (tokens[k].norm == "،" || in_date(k)) ++back;
        }
        for (std::size_t k = f.first >= back ? f.first - back : 0; k < f.first; ++k) {
          reported_by_verb |= IsOccurrenceVerb(tokens[k]);
        }
        // (The act a party replied with: ردّت على الفور باستهداف.)
        reported_by_verb |= ReplyVerbBefore(tokens, f.first).has_value();
        // (A protest organised by a crowd named between: نظّم العشرات من ذوي الأسرى اليوم وقفة احتجاجية.)
        for (std::size_t k = f.first >= back + 3 ? f.first - back - 3 : 0; k < f.first && act_root == "14";
             ++k) {
          reported_by_verb |= IsVerbOf(tokens[k], {"نظم"});
        }
        // (Or taking part in it: شارك آلاف الأردنيين، مساء أمس، في مسيرة حاشدة; خرج عشرات الآلاف في مواكب.)
        if (act_root == "14" && f.first > 0 && tokens[f.first - 1].norm == "في") {
          for (std::size_t k = f.first - 1; k-- > 0 && k + 10 >= f.first;) {
            if (tokens[k].type == TokenType::kPunct && tokens[k].norm != "،") break;
            if (IsVerbOf(tokens[k], {"شارك", "خرج"})) {
              reported_by_verb = true;
              break;
            }
          }
        }
        if (!reported_by_verb && !sentences[s].is_title && !protest_adverb) {
          drop("background, a noun that no verb reports as happening");
          continue;
        }
      }
      bool called_for_protest = false;
      // What someone demands or calls for is not done (تطالب بالتحرك العاجل، دعا إلى التظاهر، طالب بوقف
      // القصف): a noun right after a verb or noun of demanding is its object.
      // (So is a verb's verbal noun after إلى: دعا شفيتزر إلى منح الشركات … حماية.)
      const bool after_ila = f.first > 1 && tokens[f.first - 1].norm == "الي";
      if ((row.kind == "noun" || after_ila) && f.first > 0) {
        std::size_t k = f.first - 1;
        if (k > 0 && (tokens[k].norm == "الي" || tokens[k].norm == "ل")) --k;
        // (The demander between: ودعا شفيتزر إلى منح.)
        for (const Arg& a : args) {
          if (after_ila && a.last_token == k && a.first_token > 0) k = a.first_token - 1;
        }
        // (A protest called for a coming day is an expected protest, future: دعت مجموعات من الحراك إلى
        // تظاهرة مركزية غدا الأحد.)
        bool coming = false;
        for (std::size_t j = f.last + 1; j < tokens.size() && j <= f.last + 6 && act_root == "14"; ++j) {
          coming |= tokens[j].norm == "غدا" || tokens[j].norm == "المقبل" || tokens[j].norm == "المقبلة";
        }
        // (Or the end of it: دعا المبعوث جماعة الحوثيين إلى وقف هجومها، طالب بإنهاء الاحتلال.)
        bool stop_demanded = false;
        static const std::unordered_set<std::string_view> stopping = {"وقف", "انهاء", "ايقاف"};
        if (row.kind == "noun" && stopping.count(BaseOf(tokens[f.first - 1]))) {
          for (std::size_t j = f.first - 1; j-- > 0 && j + 16 >= f.first && !stop_demanded;) {
            if (tokens[j].type == TokenType::kPunct && tokens[j].norm != "،") break;
            stop_demanded = IsDemandWord(tokens[j]) || tokens[j].norm.starts_with("مطالب") ||
                            tokens[j].norm.starts_with("داعي");
          }
        }
        if (IsDemandWord(tokens[k]) && coming) {
          called_for_protest = true;
          how += ", a protest called for a coming day";
        } else if (IsDemandWord(tokens[k]) || stop_demanded) {
          drop("what is demanded or called for, not done");
          continue;
        }
      }
      // (So is a verbal noun with ب after the demand, the one addressed and where it was said between: وطالب
      // في بيان الحكومة الأردنية بطرد السفير الإسرائيلي.)
      // (Or after such a noun of its own: يطالب واشنطن بإعادة تصنيف الحوثيين منظمة إرهابية.)
      auto with_ba = [&](std::size_t k) {
        return tokens[k].word && !tokens[k].word->proclitics.empty() &&
               tokens[k].word->proclitics.front() == "ب";
      };
      if (row.kind != "verb" &&
          (with_ba(f.first) || (f.first > 0 && with_ba(f.first - 1) && !in_mention(f.first - 1) &&
                                HasForm(tokens[f.first - 1], {"اعادة", "استئناف", "مواصلة"})))) {
        bool demanded = false;
        for (std::size_t k = f.first; k-- > 0 && k + 10 >= f.first;) {
          if (IsClauseEdge(tokens[k]) || tokens[k].type == TokenType::kPunct) break;
          if (IsDemandWord(tokens[k]) || tokens[k].norm.starts_with("مطالب") ||
              tokens[k].norm.starts_with("ومطالب")) {
            demanded = true;
            break;
          }
        }
        if (demanded) {
          drop("what is demanded or called for, not done");
          continue;
        }
      }
      // A flag burnt (وأحرق بعضهم العلم التركي) is what a protest did, already coded as the protest.
      bool flag_burnt = false;
      for (std::size_t k = f.last + 1; row.phrase == "أحرق" && k < tokens.size() && k <= f.last + 2; ++k) {
        flag_burnt |= BaseOf(tokens[k]) == "علم" || tokens[k].norm == "العلم" ||
                      tokens[k].norm == "الاعلام" || tokens[k].norm == "اعلام";
      }
      if (flag_burnt) {
        drop("a flag burnt at a protest: the protest's act");
        continue;
      }
      // (And what is joined by و to it: مطالبين بطرد السفير التركي وقطع العلاقات التجارية مع أنقرة.)
      const WordAnalysis* joined_word = tokens[f.first].word;
      if (!called_for_protest && joined_word && !joined_word->proclitics.empty() &&
          joined_word->proclitics.front() == "و") {
        bool demanded = false;
        // (And what one is accused of: متهمة إياه بارتكاب عمليات قتل خارج نطاق القانون وخطف وتعذيب.)
        for (std::size_t k = f.first; k-- > 0 && k + 12 >= f.first && !demanded;) {
          if (tokens[k].type == TokenType::kPunct) break;
          const std::string_view w = tokens[k].norm;
          const bool demand = IsDemandWord(tokens[k]) || w.starts_with("مطالب") || w == "داعين" ||
                              w == "داعيا" || w.starts_with("متهم") || IsVerbOf(tokens[k], {"اتهم"});
          std::size_t content = k + 1;
          if (content < f.first && (tokens[content].norm == "اياه" || tokens[content].norm == "اياها" ||
                                    tokens[content].norm == "اياهم")) {
            ++content;
          }
          const WordAnalysis* next = content < f.first ? tokens[content].word : nullptr;
          demanded = demand && next && !next->proclitics.empty() && next->proclitics.front() == "ب";
        }
        if (demanded) {
          drop("what is demanded or called for, not done");
          continue;
        }
      }
      // Governments, armies, police, diplomats and international bodies do not take to the street: a
      // protest trigger whose actor is one of them is read wrongly (تجمعت مئات السيارات … with the
      // ambassador named earlier; التحرك القطري is diplomacy).
      if (act_root == "14") {
        const bool official = std::any_of(e.actor.begin(), e.actor.end(), [&](const EventParty& a) {
          return a.sector == "GOV" || a.sector == "DIP" || a.sector == "MIL" || a.sector == "COP" ||
                 a.sector == "IGO";
        });
        if (official) {
          drop("a protest whose actor is a state organ");
          continue;
        }
        // Gatherings of fighters (تجمعات المتمردين، تجمعات لميليشيات الحوثي) are their positions, not a
        // rally.
        const bool fighters = std::any_of(e.actor.begin(), e.actor.end(), [](const EventParty& a) {
          return a.sector == "REB" || a.sector == "INS";
        });
        if (fighters && (row.phrase == "تجمع" || row.phrase == "تجمعات")) {
          drop("a gathering of fighters: their positions, not a protest");
          continue;
        }
      }
      // The press tells of acts; it is no party to them (ونقلت وكالة رويترز عن الناطق … أن الهجوم، وفي مقابلة
      // مع صحيفة «نيويورك تايمز»، نوه أوباما). Journalists, a group, may still act (protest, strike).
      if (std::erase_if(e.actor, [&](const EventParty& p) {
            return p.sector == "MED" && p.entity >= 0 &&
                   (entities.entities[p.entity].type == MentionType::kOrganization || act_root == "17" ||
                    act_root == "18" || act_root == "19" || act_root == "20");
          }) > 0) {
        how += ", not the news outlet that told it";
        if (e.actor.empty() && act_root != "14") {  // (a protest's crowd may still be found below)
          drop("no actor but the news outlet that told it");
          continue;
        }
      }
      // Its own fighters as the subject (أكدت المقاومة أن مجاهديها قصفوا، أعلن الجيش أن قواته استهدفت): the
      // armed party the sentence named before them.
      // (Also when the fighters' word itself was read as the subject: أن مقاتليه استهدفوا.)
      const bool fighters_as_actor = f.first > 0 && e.actor.size() == 1 && e.actor.front().country.empty() &&
                                     e.actor.front().org.empty() &&
                                     e.actor.front().span.begin <= tokens[f.first - 1].span.begin &&
                                     tokens[f.first - 1].span.end <= e.actor.front().span.end;
      if ((e.actor.empty() || fighters_as_actor) && violent_or_protest && f.first > 0) {
        const std::size_t k = f.first - 1;
        const bool theirs = IsOwnFightersWord(tokens[k]);
        const Arg* owner = nullptr;
        for (const Arg& a : args) {
          if (!theirs || a.first_token >= k) break;
          const std::string& sector =
              a.mention->entity >= 0 ? entities.entities[a.mention->entity].sector : "";
          if (a.prep.empty() && (sector == "REB" || sector == "MIL" || sector == "INS" || sector == "COP"))
            owner = &a;
        }
        if (owner) {
          e.actor.clear();
          party_of(*owner->mention, &e.actor);
          how += ", its fighters";
        }
      }
      // Row restrictions (events.tsv, column restrict).
      if (row.restrict == "armed" && violent_or_protest) {
        const bool armed = std::any_of(e.actor.begin(), e.actor.end(), [&](const EventParty& a) {
          const MentionType type = a.entity >= 0 ? entities.entities[a.entity].type : MentionType::kGroup;
          return a.sector == "MIL" || a.sector == "REB" || a.sector == "INS" || a.sector == "COP" ||
                 a.sector == "GOV" || type == MentionType::kCountry;
        });
        // Or the sentence's attack or weapon is the subject (هجوم انتحاري بسيارة مفخخة استهدف دورية).
        bool weapon = false;
        for (std::size_t k = f.first >= 4 ? f.first - 4 : 0; k < tokens.size() && k <= f.last + 2; ++k) {
          weapon |= k != f.first && IsAttackOrWeaponWord(tokens[k]);
        }
        // Protesters storming an embassy or a parliament riot (CAMEO 145): a crowd named as a group of
        // people (متظاهرون يقتحمون السفارة). (Not what they did before: بعد أن اقتحم المتظاهرون المطار.)
        const bool crowd_storms =
            (row.phrase == "اقتحم" || row.phrase == "اقتحام") && !e.actor.empty() &&
            !(f.first >= 2 && tokens[f.first - 1].norm == "ان" && tokens[f.first - 2].norm == "بعد") &&
            std::all_of(e.actor.begin(), e.actor.end(), [&](const EventParty& a) {
              return a.entity >= 0 && entities.entities[a.entity].type == MentionType::kGroup &&
                     a.sector == "CVL" && entities.entities[a.entity].role == "protesters";
            });
        if (!armed && crowd_storms) {
          cameo_code = "145";
          how += ", a crowd storms: a riot";
        } else if (!armed && !(e.actor.empty() && weapon)) {
          drop("restrict armed: the subject is no armed force, armed group, state or attack");
          continue;
        }
      }
      // A promise is told in the present or future (سيعززان جهودهما، نعزز تعاوننا); the past tells what was
      // done.
      if (row.restrict == "pledge") {
        std::string_view bare = tokens[f.first].norm;
        for (std::string_view lead : {"و", "ف"}) {
          if (bare.size() > 6 && bare.starts_with(lead)) bare.remove_prefix(lead.size());
        }
        const bool future = bare.starts_with("س") && bare.size() > 6;
        if (future) bare.remove_prefix(std::string_view("س").size());
        const bool present = bare.starts_with("ي") || bare.starts_with("ت") || bare.starts_with("ن");
        if (!(future || present) || Intersects({bare}, row.words.front())) {
          drop("restrict pledge: told in the past, what was done, not promised");
          continue;
        }
      }
      // An explosion is an attack only when a bomb, an attack or terror is named with it (انفجرت سيارة
      // مفخخة، انفجار إرهابي); gas cylinders, tyres, fireworks and scandals also explode.
      if (row.restrict == "bomb") {
        bool bomb = false;
        for (std::size_t k = 0; k < tokens.size() && !bomb; ++k) {
          bomb = (k < f.first || k > f.last) && IsBombWord(tokens[k]);
        }
        if (!bomb) {
          drop("restrict bomb: no bomb, attack or terror named with the explosion");
          continue;
        }
      }
      if (row.restrict == "indefinite") {
        // آلاف، مئات المتظاهرين، متظاهرون: a new crowd; المتظاهرون (or a pronoun) is the one already told of.
        bool indefinite = false;
        if (subject && !subject->mention->how.starts_with("coref")) {
          const Token& first = tokens[subject->first_token];
          indefinite = !(first.word && first.word->has_article());
          if (subject->first_token > 0) indefinite |= IsCrowdQuantity(tokens[subject->first_token - 1]);
        }
        if (!indefinite) {
          drop("restrict indefinite: what the participants of an act already told do (وهتف المتظاهرون)");
          continue;
        }
      }
      const CameoRow& code = m.cameo.at(cameo_code);
      const std::string root = row.cameo.substr(0, 2);
      // Statements, thanks, condolences (CAMEO 01x) are recognised so that they read as nothing else, and
      // are not coded (no PLOVER category).
      const bool uncoded = code.category.empty();
      // Protests and attacks may name one side only; a joint act (اتفقوا, ناقشا) has its parties as actors.
      // An organisation that holds its own meeting, or three parties or more, meet multilaterally.
      const bool own_meeting = (row.kind == "phrase" || how == "genitive") && e.actor.size() == 1 &&
                               !e.actor[0].org.empty() &&
                               (e.actor[0].sector == "IGO" || e.actor[0].sector == "GOV");  // (its ministers)
      // So do officials of several states meeting among themselves (عقد وزراء الخارجية العرب اجتماعا
      // طارئا، عقد وزراء خارجية مصر والأردن والسعودية اجتماعا ثلاثيا): the group, with the states it names.
      bool officials_meeting = false;
      if (cameo_code == "040" && e.recipient.empty() && e.actor.size() == 1 && e.actor[0].entity >= 0) {
        const Entity& group = entities.entities[e.actor[0].entity];
        officials_meeting = group.type == MentionType::kGroup &&
                            (group.sector == "GOV" || group.sector == "LEG" || group.sector == "DIP");
        const Span span = e.actor[0].span;
        for (const Mention& state : entities.mentions) {
          if (officials_meeting && state.sentence == static_cast<int>(s) &&
              state.type == MentionType::kCountry && state.how == "attachment" &&
              state.span.begin >= span.begin && state.span.end <= span.end &&
              state.country != e.actor[0].country) {
            party_of(state, &e.actor);
          }
        }
      }
      // A meeting that "brought together" its parties (قمة ثلاثية جمعت الرئيس المصري والعاهل الأردني ورئيس
      // الوزراء العراقي): all of them, joined by و after جمعت, are its actors.
      if (code.category == "CONSULT" && e.actor.empty() && e.recipient.empty()) {
        std::size_t gathered = f.last + 1;
        while (gathered < tokens.size() && gathered <= f.last + 4 &&
               !IsVerbOf(tokens[gathered], {"جمع", "جمعت", "ضم", "ضمت"})) {
          ++gathered;
        }
        std::size_t next = gathered + 1;
        for (const Arg& a : args) {
          if (gathered > f.last + 4 || gathered >= tokens.size()) break;
          if (a.first_token < next || !a.prep.empty()) continue;
          const WordAnalysis* w = tokens[a.first_token].word;
          const bool joined =
              a.first_token == gathered + 1 || (w && !w->proclitics.empty() && w->proclitics.front() == "و");
          if (a.first_token > next + 1 || !joined) break;
          party_of(*a.mention, &e.actor);
          next = a.last_token + 1;
        }
        if (e.actor.size() == 1) e.actor.clear();
        if (!e.actor.empty()) how += ", the parties it brought together";
      }
      // One party taking part in a meeting (شارك وزير الخارجية الأردني في اجتماع وزراء الخارجية العرب،
      // يشارك الرئيس في القمة): a participant of a multilateral meeting, beside those who hold it.
      bool participant = false;
      if (code.category == "CONSULT" && row.kind != "verb" && e.recipient.empty() && f.first >= 2 &&
          tokens[f.first - 1].norm == "في") {
        for (std::size_t k = f.first - 1; k-- > 0 && k + 10 >= f.first;) {
          if (tokens[k].type == TokenType::kPunct) break;
          if (!IsVerbOf(tokens[k], {"شارك"})) continue;
          const Arg* who = nullptr;
          for (const Arg& a : args) {
            if (a.prep.empty() && a.first_token > k && a.last_token < f.first - 1) {
              who = &a;
              break;
            }
            if (a.mention->how == "coref:dropped-subject" && a.first_token == k) who = &a;
            if (a.prep.empty() && a.last_token + 1 == k) who = &a;
          }
          if (who && !is_actor(*who->mention)) {
            party_of(*who->mention, &e.actor);
            participant = true;
            how += ", a participant (شارك في)";
            // (And those whose meeting it is, behind ل: في الاجتماع الوزاري لدول مجلس التعاون.)
            for (const Arg& a : args) {
              if (a.prep == "ل" && a.first_token > f.last && a.first_token <= f.last + 2 &&
                  a.mention->type != MentionType::kLocation && a.mention->type != MentionType::kPerson &&
                  !is_actor(*a.mention)) {
                party_of(*a.mention, &e.actor);
                break;
              }
            }
          }
          break;
        }
      }
      // The addressee of a light verb said before its noun (نقل الوزير البحريني إلى الرئيس دعوة من الملك،
      // وجه إلى نظيره دعوة): the one the act is to.
      if (row.kind == "noun" && how.starts_with("light-verb") && e.recipient.empty() && !e.actor.empty() &&
          !row.cameo.starts_with("04")) {  // (not the visit an invitation is to: لزيارة طشقند)
        std::size_t v = f.first;
        while (v > 0 && v + 10 > f.first && !IsLightVerb(tokens[v - 1])) --v;
        if (v > 0 && IsLightVerb(tokens[v - 1])) {
          for (const Arg& a : args) {
            const bool first_object = a.prep.empty() && IsHandingVerb(tokens[v - 1]);
            if (a.first_token < v || a.first_token >= f.first ||
                (a.prep != "الي" && a.prep != "ل" && !first_object) || is_actor(*a.mention) ||
                a.mention->type == MentionType::kLocation) {
              continue;
            }
            party_of(*a.mention, &e.recipient);
            how += ", to whom the light verb carries it";
            break;
          }
        }
      }
      // Threatening or accusing "the perpetrators" (متوعدةً بملاحقة المتورطين، حمّل الجناة المسؤولية): the
      // unnamed attackers the manual codes with no state.
      if (e.recipient.empty() && (row.cameo.starts_with("13") || row.cameo.starts_with("11"))) {
        static const std::unordered_set<std::string_view> culprits = {"المتورطين", "الجناة",   "المعتدين",
                                                                      "مرتكبي",    "الفاعلين", "المهاجمين"};
        for (std::size_t k = f.last + 1; k < tokens.size() && k <= f.last + 4; ++k) {
          if (tokens[k].type == TokenType::kPunct) break;
          if (!culprits.count(tokens[k].norm)) continue;
          e.recipient.push_back(UnnamedParty(article, tokens, k, k, "INS"));
          how += ", the perpetrators unnamed";
          break;
        }
      }
      // Dispersing "them" (تفريقهم) is dispersing the sentence's crowd, told before it.
      if (row.cameo == "175" && row.kind == "noun" && e.recipient.empty() && tokens[f.first].word &&
          (tokens[f.first].word->enclitic == "هم" || tokens[f.first].word->enclitic == "هن")) {
        for (const Arg& a : args) {
          if (a.first_token >= f.first) break;
          if (a.mention->type == MentionType::kGroup && a.mention->sector == "CVL") {
            party_of(*a.mention, &e.recipient);
            how += ", them: the crowd told before";
            break;
          }
        }
      }
      // A meeting told with those who take part (أعمال القمة العربية بمشاركة القادة العرب): they meet.
      if (code.category == "CONSULT" && row.kind == "noun" && e.actor.empty() && e.recipient.empty()) {
        for (std::size_t k = f.last + 1; k + 1 < tokens.size() && k <= f.last + 8 && e.actor.empty(); ++k) {
          if (tokens[k].type == TokenType::kPunct) break;
          if (tokens[k].norm != "بمشاركة") continue;
          for (const Arg& a : args) {
            if (a.first_token != k + 1 || a.mention->type == MentionType::kLocation) continue;
            party_of(*a.mention, &e.actor);
            for (const Arg* next = joined_after(a); next; next = joined_after(*next)) {
              party_of(*next->mention, &e.actor);
            }
            participant = true;
            how += ", those who take part (بمشاركة)";
            break;
          }
        }
      }
      // An act made "during" the call or meeting this sentence told (تلقى … مكالمة هاتفية من نظيره الفرنسي،
      // هنأ خلالها تونس): the caller's, or the one who held it.
      if (e.actor.empty() && row.kind == "verb" && f.first + 1 < tokens.size() &&
          (tokens[f.first + 1].norm == "خلاله" || tokens[f.first + 1].norm == "خلالها")) {
        if (const Event* call = told_in_sentence(
                [](const Event& c) { return c.category == "CONSULT" && !c.actor.empty(); })) {
          e.actor = call->actor;
          how += ", the maker of the call it was made in";
        }
      }
      // The necessity of an act is a demand only on a party named as the one to do it, right after ضرورة
      // (ضرورة وقف إسرائيل …، ضرورة أن تضغط الولايات المتحدة) — not on those it is for (وحماية المدنيين).
      if (row.phrase.ends_with("ضرورة")) {
        std::erase_if(e.recipient, [&](const EventParty& r) {
          const std::size_t at = TokenAt(tokens, r.span.begin);
          return at <= f.last || at > f.last + 3 || r.sector == "CVL" ||
                 std::any_of(e.actor.begin(), e.actor.end(), [&](const EventParty& a) {
                   return !a.country.empty() && a.country == r.country;
                 });
        });
        if (e.recipient.empty()) {
          drop("a necessity no named party is to act on: a stance");
          continue;
        }
      }
      const bool multilateral = code.category == "CONSULT" && e.recipient.empty() &&
                                (e.actor.size() >= 3 || own_meeting || officials_meeting || participant);
      const bool one_sided_ok =
          root == "14" || root == "18" || root == "19" || root == "20" || e.actor.size() >= 2 || multilateral;
      // Violence by attackers the sentence does not name (قتل 28 شخصاً في هجوم انتحاري) is still an event:
      // the manual's unnamed perpetrators, INS without a country, quoted by the trigger's words. Only a verb
      // reports an attack in its own clause; unnamed attackers of a noun (وقع هجوم، تعرض لهجوم) cost the
      // sentence-level gold more false alarms than they found attacks.
      // A headline's subject stands before its verb: words there that name no party, weapon or attack
      // («ناقة سائبة» تقتل …, الأمطار تقتل …) are what killed, no attackers.
      const bool unnamed_violence = e.actor.empty() && (root == "18" || root == "19" || root == "20");
      bool headline_subject_no_party = false;
      if (unnamed_violence && sentences[s].is_title && row.kind != "noun" && f.first > 0) {
        std::size_t k = f.first;
        bool words = false, armed = false;
        while (k > 0 && tokens[k - 1].norm != ":") {
          --k;
          words |= tokens[k].type == TokenType::kArabic;
          armed |= IsAttackOrWeaponWord(tokens[k]);
          for (const Arg& a : args) armed |= a.first_token <= k && k <= a.last_token;
        }
        headline_subject_no_party = words && !armed;
      }
      // Deaths in a disaster or an accident (كارثة تسونامي، زلزال، حادث مروري) are no attack unless a weapon
      // or an attack is named with them — whoever the sentence names before (أعلن الرئيس … فيضانات قتل فيها
      // 24 شخصا), unless armed men.
      const bool armed_actor = std::any_of(e.actor.begin(), e.actor.end(), [](const EventParty& p) {
        return p.sector == "MIL" || p.sector == "REB" || p.sector == "INS" || p.sector == "COP";
      });
      if ((root == "18" || root == "19" || root == "20") && !armed_actor) {
        static const std::unordered_set<std::string_view> mishaps = {
            "كارثة", "زلزال", "تسونامي", "فيضان", "فيضانات", "اعصار", "مروري", "مرورية",
            "تصادم", "حريق",  "انهيار",  "غرق",   "السيول",  "سيول",  "عاصفة", "بركان"};  // not حادث: also an
                                                                                          // attack's word
        bool mishap = false, weapon = false;
        for (const Token& t : tokens) {
          mishap |= HasForm(t, mishaps);
          weapon |= IsAttackOrWeaponWord(t) || IsBombWord(t);
        }
        if (mishap && !weapon) {
          drop("deaths in a disaster or an accident, no attack named");
          continue;
        }
      }
      if (headline_subject_no_party) {
        drop("a headline whose subject names no party, weapon or attack");
        continue;
      }
      // Deaths told before the act that caused them (استشهد شاب … بعد أن أطلقت قوات الاحتلال الرصاص الحي على
      // المشاركين): the subject of that act killed.
      if (unnamed_violence && row.kind == "verb") {
        for (std::size_t k = f.last + 1; k + 3 < tokens.size() && k <= f.last + 12 && e.actor.empty(); ++k) {
          if (tokens[k].type == TokenType::kPunct && tokens[k].norm != "،") break;
          if (tokens[k].norm != "بعد" || tokens[k + 1].norm != "ان") continue;
          const Token& cause = tokens[k + 2];
          // (Any verb whose subject is an armed force: أطلقت، فتحت النار، قصفت.)
          if (!cause.word || !cause.word->verb) break;
          for (const Arg& a : args) {
            if (a.first_token != k + 3 || !a.prep.empty() || a.mention->entity < 0) continue;
            const Entity& doer = entities.entities[a.mention->entity];
            if (doer.sector != "MIL" && doer.sector != "COP" && doer.sector != "REB" && doer.org.empty())
              continue;
            party_of(*a.mention, &e.actor);
            how += ", killed by the act after بعد أن";
          }
          break;
        }
      }
      const bool still_unnamed = e.actor.empty();
      if (unnamed_violence && still_unnamed && (row.kind != "noun" || announced)) {
        EventParty unnamed;
        unnamed.span = trigger_span;
        // The word for the doers when the clause has one (انتحاريا يقود سيارة مفخخة فجر نفسه، فجر انتحاري،
        // مسلحين مجهولين اغتالوا), else the trigger's words.
        static const std::unordered_set<std::string_view> doers = {
            "انتحاري",   "انتحاريا",  "انتحارية", "انتحاريون", "انتحاريين", "انتحاريان", "انتحاريتان",
            "مسلح",      "مسلحا",     "مسلحون",   "مسلحين",    "مسلحان",    "مهاجم",     "مهاجما",
            "مهاجمون",   "مهاجمين",   "مجهولون",  "مجهولين",   "الانتحاري", "المسلحون",  "المسلحين",
            "المهاجمون", "المهاجمين", "الخاطفون", "الخاطفين",  "خاطفون",    "خاطفين",    "مفجر"};
        std::size_t doer = tokens.size();
        for (std::size_t k = f.first; k-- > 0 && k + 6 >= f.first;) {
          if (tokens[k].type == TokenType::kPunct && tokens[k].norm != "،" && tokens[k].norm != "«") break;
          if (doers.count(tokens[k].norm)) {
            doer = k;
            break;
          }
        }
        for (std::size_t k = f.last + 1; doer == tokens.size() && k < tokens.size() && k <= f.last + 2; ++k) {
          if (doers.count(tokens[k].norm)) doer = k;
        }
        if (doer < tokens.size()) {
          std::size_t end = doer + 1;
          if (end < tokens.size() && doers.count(tokens[end].norm)) ++end;  // مسلحين مجهولين
          std::size_t begin = doer;
          if (begin > 0 && doers.count(tokens[begin - 1].norm)) --begin;
          unnamed.span = {tokens[begin].span.begin, tokens[end - 1].span.end};
        }
        unnamed.text = std::string(article.View(unnamed.span));
        unnamed.sector = "INS";
        e.actor.push_back(std::move(unnamed));
        how += doer < tokens.size() ? ", unnamed attackers named by a word for them" : ", unnamed attackers";
      }
      // A protest whose crowd is no entity (تظاهر الآلاف، اندلعت مظاهرات، تجمع نحو 500 متظاهر) is still an
      // event: the crowd is the public (CVL) of the place. A verb's crowd is named by a number or a quantity
      // after it (without one, تجمع is as often "brings together" or "agrees on"); a noun names it itself.
      // (A phrase that ends on the crowd's own noun names it too: خرجت مسيرة حاشدة.)
      static const std::unordered_set<std::string_view> crowd_nouns = {"مسيرة",   "مسيرات", "مظاهرة",
                                                                       "مظاهرات", "تظاهرة", "تظاهرات"};
      const bool phrase_crowd = row.kind == "phrase" && crowd_nouns.count(BaseOf(tokens[f.last]));
      const std::optional<Span> crowd_words = row.kind == "noun" ? std::optional<Span>(trigger_span)
                                              : phrase_crowd     ? std::optional<Span>(tokens[f.last].span)
                                                                 : CrowdAfter(tokens, f.last);
      if (e.actor.empty() && act_root == "14" && row.kind == "noun") {
        // A crowd the sentence names as a group (اندلعت مظاهرات … ورفع المتظاهرون) is the noun's actor.
        for (const Arg& a : args) {
          if (a.mention->type == MentionType::kGroup && a.mention->entity >= 0 &&
              a.mention->how != "coref:parties" && !a.mention->how.starts_with("coref:dropped")) {
            const std::string& sector = entities.entities[a.mention->entity].sector;
            if (sector == "CVL" || sector == "OPP" || sector.empty()) {
              party_of(*a.mention, &e.actor);
              how += ", the sentence's crowd";
              break;
            }
          }
        }
      }
      auto unnamed_crowd = [&] {
        EventParty crowd;
        crowd.sector = "CVL";
        crowd.span = *crowd_words;
        crowd.text = std::string(article.View(crowd.span));
        return crowd;
      };
      if (e.actor.empty() && act_root == "14" && crowd_words) {
        e.actor.push_back(unnamed_crowd());
        how += ", unnamed crowd";
      }
      // A verb that is a crowd's only when a crowd does it (تجمع: رئيس تجمع شركات النفط، مسارات تجمع عناصر
      // القوة, إنشاء تجمع المتوسط are a grouping's name or "bring together").
      if (row.restrict == "crowd") {
        const bool crowd =
            !e.actor.empty() && std::all_of(e.actor.begin(), e.actor.end(), [&](const EventParty& a) {
              return a.entity < 0 || entities.entities[a.entity].type == MentionType::kGroup;
            });
        // A nation counted (تجمع عشرات الفلسطينيين) is a crowd as well.
        const bool counted =
            subject && subject->first_token > 0 && IsCrowdQuantity(tokens[subject->first_token - 1]);
        if (!crowd && !counted && crowd_words && row.kind != "noun") {
          // The byline or an earlier name took the subject's place; the number after the verb is the crowd
          // (وفي طرابلس (غسان ريفي)، تجمع عدد من أنصار الحريري).
          e.actor = {unnamed_crowd()};
          how += ", the counted crowd after it";
        } else if (!crowd && !counted) {
          drop("restrict crowd: no crowd does it");
          continue;
        }
      }
      // People counted right after an arrest by a named doer are the ones arrested
      // (السلطات الإيرانية … وتعتقل 200 منهم); their state is the place's, filled in below.
      const bool named_doer =
          std::any_of(e.actor.begin(), e.actor.end(), [](const EventParty& p) { return p.entity >= 0; });
      // So are people counted after a killing by a named doer (قتلت قوات الأمن الباكستانية 12 مسلحا).
      const bool violence = root == "18" || root == "19" || root == "20";
      if (named_doer && e.recipient.empty() && (root == "17" || violence) && row.kind == "verb" &&
          row.object == "recipient") {
        std::size_t k = subject && subject->first_token > f.last ? subject->last_token + 1 : f.last + 1;
        // (Past the time: اوقفت قوة من الجيش عصر اليوم ثلاثة شبان.)
        static const std::unordered_set<std::string_view> times = {"عصر", "صباح", "مساء",
                                                                   "فجر", "ظهر",  "ليلة"};
        // (And past the subject's adjectives the mention left out: واعتقلت القوات الأمنية العراقية 12 شخصاً.)
        for (std::size_t adjectives = 0;
             k < tokens.size() && adjectives < 3 && subject && subject->first_token > f.last &&
             tokens[k].word && tokens[k].word->has_article() && tokens[k].word->proclitics.size() == 1;
             ++adjectives) {
          ++k;
        }
        while (k < tokens.size() && (in_date(k) || times.count(tokens[k].norm))) ++k;
        // Or one person named by what he is (اعتقلت السلطات صحفيا، اعتقلت ناشطا معارضا).
        static const std::unordered_set<std::string_view> one_person = {
            "صحفيا", "صحافيا", "مراسلا", "مصورا", "ناشطا", "ناشطة", "مدونا", "معارضا", "محاميا",
            "طالبا", "مواطنا", "مواطنة", "شخصا",  "رجلا",  "امراة", "شابا",  "طبيبا",  "كاتبا"};
        if (k < tokens.size() && one_person.count(tokens[k].norm) && !in_mention(k) && !violence) {
          const bool press = tokens[k].norm == "صحفيا" || tokens[k].norm == "صحافيا" ||
                             tokens[k].norm == "مراسلا" || tokens[k].norm == "مصورا";
          e.recipient.push_back(UnnamedParty(article, tokens, k, k, press ? "MED" : "CVL"));
          how += ", the one person after it as victim";
        } else if (k < tokens.size() && (tokens[k].type == TokenType::kNumber || IsCountWord(tokens[k])) &&
                   tokens[k].norm != "احد") {
          static const std::unordered_set<std::string_view> not_them = {"خلال", "امس", "اليوم", "يوم",
                                                                        "بعد",  "قبل", "اثناء", "عقب"};
          std::size_t end = k;
          // (أكثر من 200 مدرس: the count goes on past من.)
          const std::size_t longest = tokens[k].norm == "اكثر" ? k + 3 : k + 2;
          while (end + 1 < tokens.size() && end < longest &&
                 (tokens[end + 1].type == TokenType::kArabic || tokens[end + 1].type == TokenType::kNumber) &&
                 (tokens[end + 1].norm == "من" || !Prepositions().count(tokens[end + 1].norm)) &&
                 !not_them.count(tokens[end + 1].norm) && !tokens[end + 1].norm.starts_with("و") &&
                 !(tokens[end + 1].word && !tokens[end + 1].word->proclitics.empty() &&
                   tokens[end + 1].word->proclitics.front() == "ب")) {
            ++end;
          }
          // (Counted members of a group are the group's: 15 من أنصار جماعة الإخوان المسلمين.)
          const Arg* group = nullptr;
          for (const Arg& a : args) {
            // (Or the staff of a body: طرد 12 موظفاً بالسفارة الفرنسية.)
            const bool of_body =
                a.prep.empty() || (a.first_token == end + 1 && (a.prep == "ب" || a.prep == "في"));
            if (a.first_token > end && a.first_token <= end + 2 && of_body &&
                a.mention->type == MentionType::kOrganization && a.mention->entity >= 0) {
              group = &a;
              break;
            }
          }
          // (Counted positions are no victims: بقصف أكثر من 40 هدفاً لقوات النظام — their owner is, below.)
          static const std::unordered_set<std::string_view> positions = {"هدفا",   "اهداف", "موقعا", "مواقع",
                                                                         "مقرا",   "مقرات", "وكرا",  "اوكار",
                                                                         "معسكرا", "تجمعا", "اليات"};
          bool counted_positions = false;
          for (std::size_t j = k; j <= end && j < tokens.size(); ++j)
            counted_positions |= positions.count(tokens[j].norm) > 0;
          if (counted_positions) {
            how += ", positions counted, not victims";
          } else if (group) {
            party_of(*group->mention, &e.recipient);
            how += ", the counted members of a group as victims";
          } else {
            // (Fighters counted are the other side: مسلحا، إرهابيا; soldiers and police their forces.)
            static const std::unordered_set<std::string_view> fighters = {
                "مسلحا", "مسلحين", "ارهابيا", "ارهابيين", "متشددا", "متشددين", "مقاتلا", "مقاتلين", "عنصرا"};
            std::string_view sector = "CVL";
            if (violence && k + 1 < tokens.size()) {
              sector = fighters.count(tokens[k + 1].norm) ? "INS" : VictimSector(tokens[k + 1]);
            }
            e.recipient.push_back(UnnamedParty(article, tokens, k, end, std::string(sector)));
            how += ", the counted after it as victims";
          }
        }
      }
      // Disapproval of what a party said or did names the party as the genitive of what is disapproved (أعرب
      // عن استغرابه من تناقض تصريحات القيادات الإيرانية): past up to four words after the preposition.
      // So is praise of what a party did (أشاد الأمين العام بجهود الكويت).
      // (Welcoming a decision or an agreement endorses whoever made it: رحب بقرار مجلس الأمن.)
      const bool praise = row.phrase == "أشاد" || row.phrase == "نوه" || row.phrase == "أثنى" ||
                          row.phrase == "إشادة" || row.phrase == "رحب" || row.phrase == "ترحيب" ||
                          row.phrase == "أعرب عن تقدير" || row.phrase == "ثمن" || row.cameo == "051";
      // What is praised right after the praise (تقديره لموقف إيران الداعم للعراق) names whose it is; a
      // party further on is inside it.
      std::vector<EventParty> said_recipient;
      if (praise && !e.recipient.empty() && f.last + 1 < tokens.size() && !in_mention(f.last + 1) &&
          tokens[f.last + 1].word && tokens[f.last + 1].word->proclitics.size() == 1 &&
          (tokens[f.last + 1].word->proclitics[0] == "ل" || tokens[f.last + 1].word->proclitics[0] == "ب")) {
        said_recipient = std::move(e.recipient);
        e.recipient.clear();
      }
      if (e.recipient.empty() && (root == "11" || root == "12" || praise)) {
        // (Past an aside between commas: أشادت الوزارة، في بيان أمس، بالدور …)
        // (Past a subject's long name: أشادت الممثلة العليا للشؤون الخارجية والسياسة الأمنية في الاتحاد
        // الأوروبي كايا كالاس بالدور الذي تضطلع به سلطنة عمان.)
        std::size_t reach = f.last + 8;
        if (subject && subject->last_token > f.last) reach = std::max(reach, subject->last_token + 8);
        for (std::size_t k = f.last + 1; k + 1 < tokens.size() && k <= reach; ++k) {
          if (tokens[k].norm == "،" && k + 1 < tokens.size() && k + 2 < reach &&
              (tokens[k + 1].norm == "في" || tokens[k + 1].norm == "خلال")) {
            std::size_t close = k + 1;
            // (Up to ten words: في تصريح لـ«الاقتصادية» عقب التوقيع.)
            while (close < tokens.size() && close < k + 11 && tokens[close].norm != "،" &&
                   tokens[close].norm != ".")
              ++close;
            if (close < tokens.size() && tokens[close].norm == "،") {
              reach += close - k;
              k = close;
              continue;
            }
          }
          if (tokens[k].type == TokenType::kPunct) break;
          if (in_mention(k) || in_date(k)) continue;  // the subject, the day
          // (And the occasion: وأشاد الوزير خلال اللقاء بالإصلاحات.)
          static const std::unordered_set<std::string_view> occasions = {
              "اللقاء", "المباحثات", "الاجتماع", "الاتصال",  "المحادثات", "الزيارة",
              "كلمته",  "كلمة",      "بيان",     "المقابلة", "الاستقبال"};
          if ((tokens[k].norm == "خلال" || tokens[k].norm == "في") && k + 1 < tokens.size() &&
              occasions.count(tokens[k + 1].norm)) {
            ++k;
            ++reach;
            continue;
          }
          // (And the rest of the subject's name: وزارة الخارجية والتعاون الدولي.)
          if (k > f.last + 1 && k <= f.last + 4 && tokens[k].word && tokens[k].word->has_article() &&
              (in_mention(k - 1) || (tokens[k - 1].word && tokens[k - 1].word->has_article())) &&
              k + 1 < tokens.size() && tokens[k + 1].type == TokenType::kPunct) {
            continue;
          }
          if (k > f.last + 1 && k <= f.last + 4 && tokens[k].word && tokens[k].word->has_article() &&
              StartsWithAnd(tokens[k]) && in_mention(k - 1)) {
            continue;
          }
          // (Whose support and how much: دعم بلاده الكامل لسيادة لبنان.)
          static const std::unordered_set<std::string_view> owner_and_degree = {
              "بلاده",  "بلادها", "الكامل", "الكاملة", "التام",
              "المطلق", "الثابت", "الراسخ", "المستمر", "القوي"};
          if (row.cameo == "051" && owner_and_degree.count(tokens[k].norm)) continue;
          // The preposition as a word (من تناقض …) or glued to the first noun (بجهود الكويت), right
          // after the trigger and its subject.
          std::string prep(tokens[k].norm);
          std::size_t nouns = k + 1;
          const WordAnalysis* glued = tokens[k].word;
          // (Disapproval through ب too: نددت الولايات المتحدة بإطلاق كوريا الشمالية صاروخا. Not of a killing
          // or a capture, whose genitive is the victim: ندد بمقتل الصحفي الأمريكي.)
          static const std::unordered_set<std::string_view> done_to = {"مقتل",    "قتل",   "اغتيال", "اعتقال",
                                                                       "اختطاف",  "خطف",   "احتجاز", "اعدام",
                                                                       "استشهاد", "اصابة", "وفاة"};
          const bool disapproval_through_b = !praise && glued && glued->proclitics.size() == 1 &&
                                             glued->proclitics[0] == "ب" && !done_to.count(glued->base_norm);
          if ((praise || disapproval_through_b) && !row.preps.count(prep) && glued && !in_mention(k)) {
            for (const std::string& clitic : glued->proclitics) {
              if (clitic == "ب" || clitic == "ل") {
                prep = clitic;
                nouns = k;
              }
            }
            // (لحق, بحق are read as the verb لحق: "لحق الإمارات في السيادة" is ل + حق.)
            if (tokens[k].norm == "لحق" || tokens[k].norm == "بحق") {
              prep = tokens[k].norm.substr(0, std::string_view("ل").size());
              nouns = k;
            }
          }
          // What was said in a party's words (استنكاره لما ورد في بيان المجلس الوزاري): the words' owner.
          if ((tokens[k].norm == "لما" || tokens[k].norm == "مما") && k + 3 < tokens.size() &&
              (tokens[k + 1].norm == "ورد" || tokens[k + 1].norm == "جاء" || tokens[k + 1].norm == "صدر") &&
              (tokens[k + 2].norm == "في" || tokens[k + 2].norm == "عن")) {
            prep = tokens[k].norm == "لما" ? "ل" : "من";
            nouns = k + 3;
          }
          const auto p = row.preps.find(prep);
          if (p == row.preps.end() || p->second != "recipient") break;
          for (const Arg& a : args) {
            bool genitive = a.prep.empty() && a.first_token > nouns && a.first_token <= nouns + 4;
            for (std::size_t j = nouns + 1; genitive && j < a.first_token; ++j) {
              const WordAnalysis* w = tokens[j].word;
              genitive = tokens[j].type == TokenType::kArabic && !in_mention(j) &&
                         !Prepositions().count(tokens[j].norm) && w &&
                         (w->proclitics.empty() || (w->proclitics.size() == 1 && w->has_article()));
            }
            // (A person welcomed is a guest: a courtesy formula, not coded.)
            const bool welcome = row.phrase == "رحب" || row.phrase == "ترحيب";
            if (genitive && !is_actor(*a.mention) && a.mention->type != MentionType::kLocation &&
                !(welcome && a.mention->type == MentionType::kPerson)) {
              party_of(*a.mention, &e.recipient);
              // (And states joined to it: بالجهود التي تبذلها دولة قطر وجمهورية مصر العربية.)
              for (const Arg* next = joined_after(a); next && a.mention->type == MentionType::kCountry;
                   next = joined_after(*next)) {
                if (next->mention->type == MentionType::kCountry) party_of(*next->mention, &e.recipient);
              }
              how += ", the one whose words or acts they are";
              break;
            }
          }
          // Or the doer of the relative clause after it (رحبت الولايات المتحدة بالاتفاق الذي توصلت إليه
          // الأطراف الليبية).
          std::size_t rel = nouns + 1;
          auto quote = [&](std::size_t at) {
            return tokens[at].norm == "»" || tokens[at].norm == "«" || tokens[at].norm == "\"";
          };
          while (e.recipient.empty() && rel < tokens.size() && rel <= nouns + 4 &&
                 tokens[rel].norm != "الذي" && tokens[rel].norm != "التي" &&
                 (quote(rel) || (tokens[rel].word && tokens[rel].word->has_article() &&
                                 (tokens[rel].word->proclitics.size() == 1 ||
                                  // (Joined adjectives too: بالإصلاحات الاقتصادية والاجتماعية التي تشهدها.)
                                  (tokens[rel].word->proclitics.size() == 2 &&
                                   tokens[rel].word->proclitics.front() == "و"))))) {
            ++rel;  // adjectives, and the quotation marks of a word quoted (أدان «المجزرة» التي ارتكبتها …)
          }
          if (e.recipient.empty() && rel + 2 < tokens.size() &&
              (tokens[rel].norm == "الذي" || tokens[rel].norm == "التي")) {
            // (Or a role played: بالدور الذي تقوم به دولة قطر.)
            const std::size_t doer = RelativeClauseDoer(tokens, rel);
            // (Or the nationality of a doer no lexicon names: الأطراف الليبية.)
            for (const Arg& a : args) {
              const bool at_doer = a.first_token == doer ||
                                   (a.first_token == doer + 1 && a.mention->type == MentionType::kCountry);
              // (A person too when he played the role: بالدور الذي قام به خادم الحرمين الشريفين.)
              const bool role_played = IsVerbOf(
                  tokens[rel + 1],
                  {"قام", "يقوم", "تقوم", "بذل", "يبذل", "تبذل", "اضطلع", "يضطلع", "تضطلع", "لعب", "يلعب"});
              if (at_doer && a.prep.empty() && a.mention->type != MentionType::kLocation &&
                  (a.mention->type != MentionType::kPerson || role_played)) {
                party_of(*a.mention, &e.recipient);
                // (And those joined to it: الجهود التي تبذلها دولة قطر وجمهورية مصر العربية.)
                for (const Arg* next = joined_after(a); next; next = joined_after(*next)) {
                  if (next->mention->type == MentionType::kCountry) party_of(*next->mention, &e.recipient);
                }
                how += ", the doer of what they are about";
                break;
              }
            }
          }
          break;
        }
      }
      if (e.recipient.empty()) e.recipient = std::move(said_recipient);
      // An attack on a site names whose it is (أولى غاراته على مواقع لتنظيم «داعش»، فتحوا النار على مركز
      // حدودي للجيش التركي، قصفت القوات الروسية مواقع للمعارضة): the owner after the site is the target. An
      // attack or a siege on a place (حصارا على قطاع غزة، غارات على حلب) is on the people of its state.
      // (Destroying them too, CAMEO 1712: ودمرت بالمدفعية تحصينات ومقرات للإرهابيين.)
      if (e.recipient.empty() && (root == "18" || root == "19" || root == "20" || cameo_code == "1712")) {
        static const std::unordered_set<std::string_view> sites = {
            "مواقع", "موقع", "مقرات", "مقر", "معاقل", "معقل", "اهداف", "تجمعات", "مراكز", "مركز", "ثكنة",
            "ثكنات", "قواعد", "قاعدة", "دورية", "دوريات", "نقطة", "نقاط", "حاجز", "قافلة", "هدفا", "هدف",
            "اهدافا",
            // (Ships and installations: باتجاه سفن حربية أمريكية، على منشآت للطاقة في مناطق أوكرانية.)
            "سفن", "سفينة", "السفن", "بوارج", "مدمرة", "ناقلة", "منشات", "منشآت", "منشاة", "منشأة",
            // (Defences and reinforcements: ودمرت بالمدفعية تحصينات ومقرات للإرهابيين.)
            "تحصينات", "تعزيزات", "مخازن", "مستودعات",
            // (A camp, whose people are named after it: قصفت المليشيا مخيم الزور للنازحين.)
            "مخيم", "مخيما", "مخيمات"};
        // (Past the day between commas and what was fired: أطلقوا، الثلاثاء، 21 صاروخاً باتجاه سفن ….)
        for (std::size_t k = f.last + 1; k + 1 < tokens.size() && k <= f.last + 12; ++k) {
          if (tokens[k].norm == "،" && k > f.last + 1 && k + 1 < tokens.size() && in_date(k - 1)) continue;
          if (tokens[k].norm == "،" && k == f.last + 1 && k + 1 < tokens.size() && in_date(k + 1)) continue;
          // (Or after the subject: قصفت مليشيا الحوثي الانقلابية، مساء أمس الاثنين، مخيم الزور للنازحين.)
          if (tokens[k].norm == "،" && subject && subject->first_token > f.last && k > subject->last_token &&
              k + 1 < tokens.size() && in_date(k + 1))
            continue;
          if (tokens[k].type == TokenType::kPunct && tokens[k].norm != "«" && tokens[k].norm != "»") break;
          std::size_t site = tokens.size();
          // (Or where a missile or a shell was fired at: صاروخا باتجاه مدينة جازان السعودية.)
          const bool toward =
              tokens[k].norm == "باتجاه" || tokens[k].norm == "نحو" || tokens[k].norm == "صوب";
          if ((tokens[k].norm == "علي" || tokens[k].norm == "باتجاه" || tokens[k].norm == "نحو") &&
              sites.count(tokens[k + 1].norm)) {
            site = k + 1;
          } else if (tokens[k].norm == "علي" || toward) {
            static const std::unordered_set<std::string_view> kinds = {
                "مدينة", "بلدة", "قرية", "منطقة", "محافظة", "ولاية", "مدن", "بلدات", "العاصمة", "عاصمة",
                // (And a city's airport or port: باتجاه مطار أبها الدولي.)
                "مطار", "ميناء"};
            std::size_t at = k + 2 < tokens.size() && kinds.count(tokens[k + 1].norm) ? k + 2 : k + 1;
            // (Or past words for parts of it: على مناطق متفرقة من قطاع غزة، على عدة أحياء في ريف إدلب.)
            static const std::unordered_set<std::string_view> parts = {
                "مناطق", "متفرقة", "عدة",  "احياء", "حي",  "من",  "في",  "مخيم", "مخيمات", "بلدات",
                "قرى",   "شمال",   "جنوب", "شرق",   "غرب", "وسط", "ريف", "مدن",  "منازل",  "مدينة"};
            for (std::size_t j = at; j < tokens.size() && j <= k + 6 && parts.count(tokens[j].norm); ++j) {
              at = j + 1;
            }
            // (Villages the lexicon does not know, named after their kind, then their state: على بلدتي حاريص
            // وتلوسة في جنوب لبنان.)
            static const std::unordered_set<std::string_view> small_places = {
                "بلدتي", "قريتي", "مدينتي", "بلدة", "قرية", "بلدات", "قرى"};
            if (k + 1 < tokens.size() && small_places.count(tokens[k + 1].norm)) {
              std::size_t j = k + 2;
              while (j < tokens.size() && j <= k + 5 && tokens[j].type == TokenType::kArabic &&
                     !in_mention(j) && !parts.count(tokens[j].norm)) {
                ++j;
              }
              if (j < tokens.size() && parts.count(tokens[j].norm)) {
                at = j;
                for (; j < tokens.size() && j <= k + 9 && parts.count(tokens[j].norm); ++j) at = j + 1;
              }
            }
            for (const Mention& place : entities.mentions) {
              if (place.sentence != static_cast<int>(s) || TokenAt(tokens, place.span.begin) != at) continue;
              if (toward && place.type == MentionType::kCountry && place.entity >= 0) {
                party_of(place, &e.recipient);
                how += ", the state fired at";
                break;
              }
              // (A state named after parts of it, or as the capital's adjective: على بلدات في جنوب لبنان،
              // على العاصمة اليمنية صنعاء — its people.)
              const bool state_named = place.type == MentionType::kCountry && at > k + 1;
              if ((place.type != MentionType::kLocation && !state_named) || place.country.empty()) continue;
              e.recipient.push_back(PeopleOf(article, place));
              how += ", the people of the place attacked";
              break;
            }
            break;
          } else if (sites.count(tokens[k].norm) && !in_mention(k) &&
                     !Prepositions().count(tokens[k - 1].norm)) {
            site = k;  // the direct object
          }
          if (site == tokens.size()) continue;
          // (The site itself a party: باتجاه سفن حربية أمريكية وبريطانية — the navies, of both states.)
          for (const Arg& a : args) {
            if (a.first_token != site || a.mention->type == MentionType::kLocation || is_actor(*a.mention))
              continue;
            party_of(*a.mention, &e.recipient);
            add_joined_nations(*a.mention, &e.recipient);
            how += ", the site attacked a party itself";
            break;
          }
          for (const Arg& a : args) {
            if (!e.recipient.empty()) break;
            // The owner: behind ل or as the genitive, after the site and at most one adjective (or a word
            // for a group and quotes: لتنظيم «داعش»).
            bool close = a.first_token >= site + 1 && a.first_token <= site + 4;
            for (std::size_t j = site + 1; close && j < a.first_token; ++j) {
              close = tokens[j].norm == "«" || tokens[j].norm == "لتنظيم" || tokens[j].norm == "تنظيم" ||
                      (j == site + 1 && tokens[j].word && a.first_token <= site + 2);
            }
            if (close && (a.prep.empty() || a.prep == "ل") && a.mention->type != MentionType::kLocation) {
              party_of(*a.mention, &e.recipient);
              how += ", the owner of the site attacked";
              break;
            }
          }
          // (No owner: the state the sites are in, after في and words for parts of it: على منشآت للطاقة في
          // عدة مناطق أوكرانية.)
          for (std::size_t j = site + 1; e.recipient.empty() && j < tokens.size() && j <= site + 7; ++j) {
            if (tokens[j].type == TokenType::kPunct) break;
            if (tokens[j].norm != "في") continue;
            for (const Mention& place : entities.mentions) {
              const std::size_t at = TokenAt(tokens, place.span.begin);
              if (place.sentence != static_cast<int>(s) || at <= j || at > j + 3 || place.country.empty() ||
                  (place.type != MentionType::kCountry && place.type != MentionType::kLocation))
                continue;
              e.recipient.push_back(PeopleOf(article, place));
              how += ", the people of the state the sites are in";
              break;
            }
            break;
          }
          break;
        }
      }
      // A place as the direct object (اقتحمت قوات الاحتلال مخيم جنين، قصفت الطائرات مدينة حلب): its people.
      // (Not in a headline, whose place the body names as the party hit: الجيش الإسرائيلي يقصف غزة.)
      if (e.recipient.empty() && row.kind != "noun" && (root == "18" || root == "19" || root == "20") &&
          !sentences[s].is_title) {
        // (Or a facility named after its town: استهدفت ميليشيا الحوثي مطار أبها الدولي.)
        static const std::unordered_set<std::string_view> kinds = {
            "مدينة", "بلدة", "قرية", "مخيم", "حي", "منطقة", "ريف", "محافظة", "مطار", "ميناء", "قاعدة",
            // (And its parts: قصفت أطراف بلدة عيتا الشعب، محيط مدينة …)
            "اطراف", "محيط", "ضواحي", "احياء", "مداخل", "مدخل", "وسط",
            // (With their adjectives and directions: أحياء سكنية شرقي مدينة تعز.)
            "سكنية", "شرقي", "غربي", "شمالي", "جنوبي", "شرق", "غرب", "شمال", "جنوب"};
        std::size_t k = f.last + 1;
        // (Past the subject after the verb, and the time: اقتحمت قوات الاحتلال فجر اليوم مخيم جنين.)
        for (const Arg& a : args) {
          if (a.first_token == k && is_actor(*a.mention)) k = a.last_token + 1;
        }
        // (And the commas around the day: قصفت المليشيات الحوثية، الأحد الماضي، أحياء سكنية.)
        while (k < tokens.size() && (in_date(k) || kinds.count(tokens[k].norm) ||
                                     (tokens[k].norm == "منذ" && k + 1 < tokens.size() && in_date(k + 1)) ||
                                     (tokens[k].norm == "،" && ((k + 1 < tokens.size() && in_date(k + 1)) ||
                                                                (k > 0 && in_date(k - 1))))))
          ++k;
        for (const Mention& place : entities.mentions) {
          if (place.sentence != static_cast<int>(s) || TokenAt(tokens, place.span.begin) != k ||
              k >= tokens.size() || place.type != MentionType::kLocation || place.country.empty() ||
              Prepositions().count(tokens[k - 1].norm))
            continue;
          // (Not behind a glued ب or ل: بمدينة، لحلب; nor a word read as one: باكرا "early" as ب+أكرا.)
          const WordAnalysis* w = tokens[k].word;
          if (w && !w->proclitics.empty() && (w->proclitics.back() == "ب" || w->proclitics.back() == "ل"))
            continue;
          const std::string_view said = tokens[k].norm;
          if ((said.starts_with("ب") || said.starts_with("ل")) && place.entity >= 0 &&
              !Normalize(entities.entities[place.entity].canonical).starts_with(said.substr(0, 2)))
            continue;
          e.recipient.push_back(PeopleOf(article, place));
          how += ", the people of the place attacked";
          break;
        }
      }
      // "أبلغه وزير الخارجية رفض الجزائر القاطع لاتهامات باماكو": the rejection as a noun, its owner the
      // speaker's own state — not whom it rejects.
      if (row.phrase == "رفض" && row.kind == "verb" && e.recipient.size() == 1 && !e.actor.empty() &&
          e.recipient[0].country == e.actor[0].country && !e.actor[0].country.empty()) {
        const std::size_t after = TokenAt(tokens, e.recipient[0].span.end);
        static const std::unordered_set<std::string_view> firm = {"القاطع", "التام", "المطلق", "الشديد"};
        if (TokenAt(tokens, e.recipient[0].span.begin) == f.last + 1 && after < tokens.size() &&
            firm.count(tokens[after].norm)) {
          e.recipient.clear();
          how += ", the rejection of the speaker's own state";
        }
      }
      // Rejection or disapproval of what a party said (نفت وزارة الخارجية الروسية اتهامات واشنطن): the
      // sayer, the genitive of the words rejected, is the recipient.
      if (e.recipient.empty() && (root == "11" || root == "12") && row.kind != "noun") {
        static const std::unordered_set<std::string_view> words = {
            "اتهامات", "اتهام", "ادعاءات", "مزاعم", "تصريحات", "اتهاماتها", "تهديدات", "انتقادات"};
        // (Past the denier named after the verb: ونفى العقيد الركن تركي المالكي المتحدث الرسمي باسم قوات
        // التحالف مزاعم الميليشيا.)
        std::size_t words_between = 0;
        // (And past an aside between commas: نفى مكتب رئيس الوزراء …، في بيان أمس، اتهامات الأردن.)
        for (std::size_t k = f.last + 1; k + 1 < tokens.size() && words_between <= 8; ++k) {
          if (tokens[k].type == TokenType::kPunct && tokens[k].norm != "،") break;
          if (!in_mention(k)) ++words_between;
          if (!words.count(tokens[k].norm) && !words.count(BaseOf(tokens[k]))) continue;
          for (const Arg& a : args) {
            if (a.prep.empty() && a.first_token >= k + 1 && a.first_token <= k + 2) {
              party_of(*a.mention, &e.recipient);
              how += ", whose words are rejected";
              break;
            }
          }
          // (A capital speaks for its state: اتهامات واشنطن.)
          for (const Mention& city : entities.mentions) {
            if (!e.recipient.empty()) break;
            const std::size_t at = TokenAt(tokens, city.span.begin);
            if (city.sentence == static_cast<int>(s) && city.type == MentionType::kLocation &&
                !city.country.empty() && at >= k + 1 && at <= k + 2) {
              party_of(city, &e.recipient);
              how += ", whose words are rejected (a capital for its state)";
            }
          }
          break;
        }
      }
      // A claimed attack struck the people of the place its description names (أعلن تنظيم داعش مسؤوليته عن
      // الهجوم الذي استهدف مسجدا في الكويت).
      if (e.recipient.empty() && (row.phrase == "أعلن مسؤولية" || row.phrase.starts_with("تبنى "))) {
        for (const Mention& place : entities.mentions) {
          if (place.sentence != static_cast<int>(s) || place.span.begin < trigger_span.end ||
              place.country.empty() ||
              (place.type != MentionType::kCountry && place.type != MentionType::kLocation)) {
            continue;
          }
          EventParty people;
          people.span = place.span;
          people.text = WithoutProclitics(std::string(article.View(place.span)), place, sentences);
          people.country = place.country;
          people.sector = "CVL";
          // (Or the nation's soldiers or police it names: مسؤوليته عن قتل ضابطين تركيين.)
          const std::size_t at = TokenAt(tokens, place.span.begin);
          if (at > 0 && IsVictimWord(tokens[at - 1])) {
            people.sector = std::string(VictimSector(tokens[at - 1]));
            people.span = {tokens[at - 1].span.begin, place.span.end};
            people.text = std::string(article.View(people.span));
          }
          e.recipient.push_back(std::move(people));
          how += ", the people of the place the claimed attack struck";
          break;
        }
      }
      // Martyred with no one named as the dead (وقد استشهد منهم من استشهد) tells of no one.
      if (row.phrase == "استشهد" && std::none_of(e.recipient.begin(), e.recipient.end(),
                                                 [](const EventParty& p) { return p.entity >= 0; })) {
        drop("استشهد with no one named as killed");
        continue;
      }
      // A capital that says something (اتهمت طهران الرياض، حذرت واشنطن من، موسكو تدعو) or imposes sanctions
      // (واشنطن تفرض عقوبات) is its state: the verb's bare subject right after it, or before it at the head
      // of its clause.
      const bool verbal_act =
          row.kind != "noun" && (root == "10" || root == "11" || root == "12" || root == "13" ||
                                 root == "05" || root == "16" || row.cameo == "026");
      if (e.actor.empty() && verbal_act) {
        auto capital_at = [&](std::size_t k) -> const Mention* {
          // (Bare: no conjunction or preposition on it; an article is part of some names: الرياض.)
          if (k >= tokens.size() || !tokens[k].word ||
              !(tokens[k].word->proclitics.empty() ||
                (tokens[k].word->proclitics.size() == 1 && tokens[k].word->has_article()))) {
            return nullptr;
          }
          for (const Mention& city : entities.mentions) {
            if (city.sentence == static_cast<int>(s) && city.type == MentionType::kLocation &&
                city.role == "capital" && !city.country.empty() && city.entity >= 0 &&
                city.span.begin == tokens[k].span.begin) {
              return &city;
            }
          }
          return nullptr;
        };
        // (Before it first, at the head of its clause: in "واشنطن تهدد طهران" Tehran is threatened.)
        const Mention* speaker = nullptr;
        if (f.first > 0 && (f.first == 1 || tokens[f.first - 2].type == TokenType::kPunct ||
                            tokens[f.first - 2].norm == "ان"))
          speaker = capital_at(f.first - 1);
        if (!speaker) speaker = capital_at(f.first + 1);
        if (speaker) {
          party_of(*speaker, &e.actor);
          how += ", a capital for its state";
        }
      }
      // A capital right after the subject of a demand or appeal, an accusation, a rejection or a threat is
      // the state addressed (ودعت الخارجية الروسية واشنطن إلى الحوار، اتهمت طهران الرياض): capitals are not
      // parties elsewhere, where they are mostly places.
      if (e.recipient.empty() && !e.actor.empty() && row.kind != "noun" &&
          (root == "10" || root == "11" || root == "12" || root == "13" || row.cameo == "026")) {
        // (Right after the verb, or after its subject when that follows it: a phrase's words may continue
        // after the capital, دعا … واشنطن إلى الحوار.)
        std::size_t next = f.first + 1;
        for (const EventParty& a : e.actor) {
          const std::size_t after_actor = TokenAt(tokens, a.span.end);
          if (a.span.begin > tokens[f.first].span.begin && after_actor < tokens.size() && after_actor > next)
            next = after_actor;
        }
        while (next < tokens.size() && in_date(next)) ++next;
        // (Past an aside between commas: اتهم، في اجتماع استثنائي … يوم 18 غشت الجاري، الرباط بالتورط.)
        if (next < tokens.size() && tokens[next].norm == "،") {
          for (std::size_t k = next + 1; k < tokens.size() && k <= next + 20; ++k) {
            if (tokens[k].norm == "." || tokens[k].norm == "؛") break;
            if (tokens[k].norm == "،") {
              next = k + 1;
              break;
            }
          }
        }
        for (const Mention& city : entities.mentions) {
          if (next < tokens.size() && city.sentence == static_cast<int>(s) &&
              city.type == MentionType::kLocation && !city.country.empty() && city.entity >= 0 &&
              city.span.begin == tokens[next].span.begin && tokens[next].word &&
              (tokens[next].word->proclitics.empty() ||
               (tokens[next].word->proclitics.size() == 1 && tokens[next].word->has_article()))) {
            party_of(city, &e.recipient);
            how += ", the capital addressed for its state";
            // (And one joined to it: داعياً القاهرة والخرطوم إلى العودة.)
            const std::size_t after = TokenAt(tokens, city.span.end);
            for (const Mention& other : entities.mentions) {
              if (after < tokens.size() && other.sentence == static_cast<int>(s) &&
                  other.type == MentionType::kLocation && !other.country.empty() && other.entity >= 0 &&
                  other.span.begin == tokens[after].span.begin && StartsWithAnd(tokens[after]) &&
                  other.country != city.country) {
                party_of(other, &e.recipient);
              }
            }
            break;
          }
        }
      }
      // Rejected accusations name the accuser after them (رفض المتحدث …، في مؤتمر صحفي عقده اليوم، ما سماه
      // «اتهامات القاهرة»): the rejection is aimed at him (manual: a denial's recipient is the accuser).
      if (e.recipient.empty() && !e.actor.empty() && row.kind != "noun" && root == "12") {
        for (std::size_t k = f.last + 1; k + 1 < tokens.size() && k <= f.last + 30; ++k) {
          if (tokens[k].norm == "." || tokens[k].norm == "؛" || IsParticipleSlot(tokens, k)) break;
          // (Or what its statement said: نفت وزارة الدفاع التركية ما ورد في بيان الخارجية العراقية.)
          const std::string_view word = BaseOf(tokens[k]);
          if (word != "اتهامات" && word != "اتهام" && word != "ادعاءات" && word != "مزاعم" &&
              word != "بيان" && word != "تصريحات")
            continue;
          // (Past a quotation mark: اتهامات «الخوذ البيضاء».)
          const std::size_t genitive =
              k + 2 < tokens.size() && (tokens[k + 1].norm == "«" || tokens[k + 1].norm == "\"") ? k + 2
                                                                                                 : k + 1;
          for (const Mention& accuser : entities.mentions) {
            if (accuser.sentence == static_cast<int>(s) && accuser.entity >= 0 &&
                accuser.span.begin == tokens[genitive].span.begin &&
                (accuser.type != MentionType::kLocation || !accuser.country.empty())) {
              party_of(accuser, &e.recipient);
              how += ", the accuser whose accusations are rejected";
              break;
            }
          }
          if (!e.recipient.empty()) break;
        }
      }
      // A stance owned by a state (أعرب مصدر مسؤول في وزارة الخارجية عن إدانة المملكة العربية السعودية
      // واستنكارها): the state whose stance it is acts, for a speaker of no stated state.
      const bool stateless_actor =
          !e.actor.empty() && std::all_of(e.actor.begin(), e.actor.end(), [](const EventParty& p) {
            return p.country.empty() && p.org.empty();
          });
      if (stateless_actor && stance_state && row.kind == "noun") {
        // (Its other words in the clause are the same state's: واستنكارها.)
        e.actor.clear();
        party_of(*stance_state, &e.actor);
        how += ", the state whose stance it is";
      } else if (row.kind == "phrase" && stateless_actor) {
        for (const Arg& a : args) {
          if (a.first_token == f.last + 1 && a.prep.empty() && a.mention->type == MentionType::kCountry &&
              tokens[f.last + 1].word &&
              (tokens[f.last + 1].word->proclitics.empty() ||
               (tokens[f.last + 1].word->proclitics.size() == 1 && tokens[f.last + 1].word->has_article()))) {
            e.actor.clear();
            party_of(*a.mention, &e.actor);
            stance_state = a.mention;
            how += ", the state whose stance it is";
            break;
          }
        }
      }
      // Those released are the genitive of سراح, or the people of the nationality after them (أطلقت حماس سراح
      // رهينتين أمريكيتين).
      if (row.cameo == "0841" && e.recipient.empty() && !e.actor.empty()) {
        for (const Arg& a : args) {
          if (a.first_token <= f.last || a.first_token > f.last + 3 || !a.prep.empty()) continue;
          if (is_actor(*a.mention) || a.mention->type == MentionType::kLocation) continue;
          const std::size_t before = e.recipient.size();
          party_of(*a.mention, &e.recipient);
          if (a.first_token > f.last + 1 && a.mention->type == MentionType::kCountry) {
            for (std::size_t k = before; k < e.recipient.size(); ++k) e.recipient[k].sector = "CVL";
          }
          how += ", those released";
          break;
        }
      }
      // A call "he received from" someone (أكد الرئيس المصري في اتصال هاتفي تلقاه من الرئيس الفرنسي): the
      // clause's subject before it received it.
      if (row.kind == "noun" && row.cameo == "041" && e.recipient.empty() && !e.actor.empty()) {
        for (const Arg& a : args) {
          if (a.first_token >= f.first) break;
          if (!a.prep.empty() || is_actor(*a.mention) || a.mention->type == MentionType::kLocation) continue;
          party_of(*a.mention, &e.recipient);
          how += ", received by the clause's subject";
          break;
        }
      }
      // An embassy closed or an envoy recalled "in" a capital (إغلاق سفارتها في دمشق): the capital's state.
      if (root == "16" && e.recipient.empty() && !e.actor.empty()) {
        for (const Mention& place : entities.mentions) {
          const std::size_t k = TokenAt(tokens, place.span.begin);
          if (place.sentence != static_cast<int>(s) || place.country.empty() || place.entity < 0 ||
              place.type != MentionType::kLocation || k <= f.last || k > f.last + 3 || k == 0) {
            continue;
          }
          const std::string_view before = tokens[k - 1].norm;
          const auto p = row.preps.find(std::string(before));
          if (p == row.preps.end() || p->second != "recipient") continue;
          const bool own = std::any_of(e.actor.begin(), e.actor.end(),
                                       [&](const EventParty& a) { return a.country == place.country; });
          if (own) continue;
          party_of(place, &e.recipient);
          how += ", the state of the capital";
          break;
        }
      }
      // A pledge names whom it is to further on in its clause: the party with ل or مع (استعداد بلاده لتقديم
      // كل الدعم للحكومة السورية، رغبة بلاده في تعزيز التعاون مع الإمارات), or the one supported (تعهد
      // بمواصلة دعم أوكرانيا).
      if (IsPledge(row) && e.recipient.empty() && !e.actor.empty()) {
        for (const Arg& a : args) {
          if (a.first_token <= f.last || a.first_token > f.last + 10) continue;
          bool clause = true;
          for (std::size_t j = f.last + 1; j < a.first_token; ++j) {
            clause &= tokens[j].type != TokenType::kPunct;
          }
          if (!clause) break;
          const std::string_view before = BaseOf(tokens[a.first_token - 1]);
          const bool supported =
              a.prep.empty() && (before == "دعم" || before == "مساندة" || before == "مساعدة");
          if (is_actor(*a.mention) || a.mention->type == MentionType::kLocation) continue;
          if (a.prep == "ل" || a.prep == "مع" || supported) {
            party_of(*a.mention, &e.recipient);
            how += ", whom the pledge is to";
          }
          break;
        }
      }
      // Clashes between two named sides (اشتباكات بين الجيش السوداني وقوات الدعم السريع): the first is the
      // actor, the one joined to it by و the recipient, whatever place the fighting hit.
      if ((root == "19" || root == "18") && row.preps.count("بين")) {
        const auto first_side =
            std::find_if(args.begin(), args.end(), [](const Arg& a) { return a.prep == "بين"; });
        const Arg* second_side = first_side != args.end() ? joined_after(*first_side) : nullptr;
        // (Or its men: بين الجيش المالي ومسلحي الحركة الوطنية لتحرير أزواد.)
        if (!second_side && first_side != args.end() && first_side->last_token + 2 < tokens.size() &&
            StartsWithAnd(tokens[first_side->last_token + 1]) && !in_mention(first_side->last_token + 1)) {
          for (const Arg& b : args) {
            if (b.first_token == first_side->last_token + 2 && b.prep.empty()) second_side = &b;
          }
        }
        if (second_side && second_side->mention->entity != first_side->mention->entity) {
          e.actor.clear();
          e.recipient.clear();
          party_of(*first_side->mention, &e.actor);
          party_of(*second_side->mention, &e.recipient);
          how += ", the two sides of the clash";
        }
      }
      // A threat names its target in what it threatens to do (هدد الحوثيون باستهداف المدن السعودية، هددت
      // إيران بضرب إسرائيل): the party right after the ب noun is the recipient.
      if (e.recipient.empty() && root == "13" && row.kind != "noun") {
        // (Past the day between commas: هدّد، الأربعاء الماضي، باستهداف …)
        // (And past the speaker's words and where he said it: هدد المتحدث العسكري باسم المليشيا يحيى سريع،
        // في تغريدة على «تويتر» مساء أمس، باستئناف الهجمات.)
        std::size_t others = 0;
        for (std::size_t k = f.last + 1; k + 1 < tokens.size() && others <= 10; ++k) {
          if (tokens[k].norm == "،" || in_date(k) || in_mention(k) || tokens[k].norm == "«" ||
              tokens[k].norm == "»")
            continue;
          if (tokens[k].type == TokenType::kPunct) break;
          ++others;
          if (tokens[k].norm == "باسم") continue;
          const WordAnalysis* w = tokens[k].word;
          // (بشن is too short for the analyser to peel its ب.)
          // (Nor بأن, the threat's clause: توعد بأن "المقاومة سترد على إسرائيل".)
          if ((!w || w->proclitics.empty() || w->proclitics.front() != "ب") && tokens[k].norm != "بشن" &&
              tokens[k].norm != "بان")
            continue;
          for (const Arg& a : args) {
            if (a.prep.empty() && a.first_token >= k + 1 && a.first_token <= k + 2 &&
                (a.mention->entity >= 0 || !a.mention->country.empty()) &&
                !std::any_of(e.actor.begin(), e.actor.end(), [&](const EventParty& p) {
                  return p.entity >= 0 && p.entity == a.mention->entity;
                })) {
              party_of(*a.mention, &e.recipient);
              how += ", the target of what it threatens";
              break;
            }
          }
          // Or the party whose things it threatens (هدّد باستهداف البنى التحتية ومنشآت الطاقة العائدة لحزب
          // العمال الكردستاني).
          for (const Arg& a : args) {
            if (!e.recipient.empty() || a.prep != "ل" || a.first_token <= k || a.first_token > k + 10 ||
                !IsBelongingWord(tokens[a.first_token - 1])) {
              continue;
            }
            party_of(*a.mention, &e.recipient);
            for (const Arg* next = joined_after(a); next; next = joined_after(*next))
              party_of(*next->mention, &e.recipient);
            how += ", whose things it threatens";
          }
          // Or the party the threatened act is against (هدد بشن عملية عسكرية ضد المسلحين الأكراد، باستئناف
          // الهجمات على السعودية والإمارات).
          for (const Arg& a : args) {
            // (Or the one relations with whom it threatens: لوّح بإعادة النظر في العلاقات مع المغرب.)
            bool relations = false;
            for (std::size_t j = k; a.prep == "مع" && j < a.first_token; ++j)
              relations |= IsRelationWord(tokens[j]);
            if (!e.recipient.empty() || (a.prep != "ضد" && a.prep != "علي" && !relations) ||
                a.first_token <= k || a.first_token > k + 8)
              continue;
            // (Quote marks do not end it: توعد النائب بأن "المقاومة سترد على إسرائيل".)
            bool clause = true;
            for (std::size_t j = k; j < a.first_token; ++j) {
              clause &= tokens[j].type != TokenType::kPunct || tokens[j].norm == "\"" ||
                        tokens[j].norm == "«" || tokens[j].norm == "»";
            }
            if (!clause) continue;
            party_of(*a.mention, &e.recipient);
            for (const Arg* next = joined_after(a); next; next = joined_after(*next))
              party_of(*next->mention, &e.recipient);
            how += ", the party the threatened act is against";
          }
          break;
        }
      }
      // A protest dispersed (فضّت … اعتصاماً لمحتجين أمام مبنى المحكمة): the protesters are the ones repressed,
      // not a building or body named where it happened.
      if (row.cameo == "175" && row.kind == "verb") {
        for (const Arg& a : args) {
          if (a.first_token <= f.last || a.first_token > f.last + 20 || a.mention->sector != "CVL" ||
              a.mention->type != MentionType::kGroup)
            continue;
          e.recipient.clear();
          party_of(*a.mention, &e.recipient);
          how += ", the protesters";
          break;
        }
      }
      // "The two (sister) countries" addressed (دعت وزارة الخارجية السعودية البلدين الشقيقين إلى الحوار): the
      // last two states the article named before.
      if (e.recipient.empty() && row.kind != "noun" &&
          (row.object == "recipient" || IsDemandWord(tokens[f.first]))) {
        // (A phrase's words may stand around them: دعت … البلدين الشقيقين إلى … الحوار.)
        std::size_t k = subject && subject->first_token > f.first ? subject->last_token + 1 : f.first + 1;
        // (Past the time, and an aside between commas: دعت الخارجية، في بيان اليوم، البلدين.)
        if (k < tokens.size() && tokens[k].norm == "،") {
          for (std::size_t j = k + 1; j < tokens.size() && j <= k + 8; ++j) {
            if (tokens[j].norm == "،") {
              k = j;
              break;
            }
          }
        }
        while (k < tokens.size() && (in_date(k) || tokens[k].norm == "،")) ++k;
        if (k < tokens.size() && (tokens[k].norm == "البلدين" || tokens[k].norm == "البلدان")) {
          std::vector<const Mention*> states;
          for (const Mention& other : entities.mentions) {
            if (other.sentence > static_cast<int>(s) ||
                (other.sentence == static_cast<int>(s) && other.span.begin >= tokens[k].span.begin))
              break;
            if (other.type != MentionType::kCountry || other.entity < 0 || other.country.empty()) continue;
            std::erase_if(states, [&](const Mention* x) { return x->country == other.country; });
            states.push_back(&other);
          }
          const bool actor_state =
              states.size() >= 1 && std::any_of(e.actor.begin(), e.actor.end(), [&](const EventParty& a) {
                return a.country == states.back()->country;
              });
          if (actor_state) states.pop_back();
          if (states.size() >= 2) {
            for (std::size_t i = states.size() - 2; i < states.size(); ++i) {
              party_of(*states[i], &e.recipient);
              e.recipient.back().span = tokens[k].span;
              e.recipient.back().text = std::string(article.View(tokens[k].span));
            }
            how += ", the two states named before";
          }
        }
      }
      // An envoy named in the phrase itself (استدعت الخارجية المصرية السفير التركي): his state — over any
      // party further on, which is what the summons is about (للاحتجاج على مقتل عامل إغاثة هولندي).
      if (row.kind == "phrase" && row.object == "recipient") {
        for (const Arg& a : args) {
          if (a.first_token == f.last && a.mention->sector == "DIP" && !a.mention->country.empty() &&
              !is_actor(*a.mention) && std::none_of(e.actor.begin(), e.actor.end(), [&](const EventParty& p) {
                return p.country == a.mention->country;
              })) {
            e.recipient.clear();
            party_of(*a.mention, &e.recipient);
            how += ", the envoy in the phrase";
            break;
          }
        }
      }
      // Sanctions, arrests or attacks on people tied to a party (عقوبات على خمسة أفراد مرتبطين بحزب الله،
      // اعتقال عشرة أشخاص ينتمون إلى تنظيم داعش) or on its members (القبض على قيادي بارز في جماعة الإخوان،
      // قتل قيادي في تنظيم القاعدة بغارة): the party they are tied to.
      // (They replace the people counted for want of a name: خمسة أشخاص يشتبه في انتمائهم إلى جبهة النصرة.)
      const bool unnamed_hit = std::all_of(e.recipient.begin(), e.recipient.end(), [&](const EventParty& p) {
        return p.org.empty() && p.country.empty() &&
               (p.entity < 0 || entities.entities[p.entity].type == MentionType::kGroup);
      });
      if (unnamed_hit && (root == "16" || root == "17" || root == "18" || root == "19")) {
        static const std::unordered_set<std::string_view> tied = {
            "مرتبطين", "مرتبطة", "مرتبط",    "المرتبطين", "تابعين", "تابعة",    "التابعين", "التابعة",
            "ينتمون",  "ينتمي",  "المنتمين", "منتمين",    "موالين", "الموالين", "المشتبه",  "يشتبه",
            "قيادي",   "قياديا", "قياديين",  "عضو",       "عضوا",   "اعضاء",    "عنصر",     "عنصرا",
            "عناصر",   "قائد",   "قائدا",    "قادة",      "مسؤول",  "مسؤولا",   "زعيم",     "زعيما"};
        // (Past the day between commas: اعتقلت قوى الأمن الداخلي، فجر اليوم، ثلاثة عناصر من …)
        for (std::size_t k = f.last + 1; k + 1 < tokens.size() && k <= f.last + 14; ++k) {
          if (in_date(k) || (tokens[k].norm == "،" && k + 1 < tokens.size() && in_date(k + 1)) ||
              (tokens[k].norm == "،" && k > 0 && in_date(k - 1))) {
            continue;
          }
          if (IsClauseEdge(tokens[k])) break;
          if (!tied.count(tokens[k].norm)) continue;
          for (const Arg& a : args) {
            // (Or the genitive of its cells: ثلاثة عناصر من خلايا تنظيم «داعش».)
            const bool cells =
                a.prep.empty() && a.first_token > 0 &&
                (tokens[a.first_token - 1].norm == "خلايا" || tokens[a.first_token - 1].norm == "خلية" ||
                 tokens[a.first_token - 1].norm == "صفوف");
            if (a.first_token > k && a.first_token <= k + 4 && a.mention->entity >= 0 &&
                !is_actor(*a.mention) &&
                (a.mention->type == MentionType::kOrganization || a.mention->type == MentionType::kGroup) &&
                (a.prep == "ب" || a.prep == "ل" || a.prep == "الي" || a.prep == "في" || a.prep == "من" ||
                 cells)) {
              e.recipient.clear();
              // (A company of no known state is of the nationality its name ends with: بشركة النفط الوطنية
              // الإيرانية.)
              const Entity& tied_to = entities.entities[a.mention->entity];
              const Arg* nationality = nullptr;
              for (const Arg& b : args) {
                if (tied_to.country.empty() && tied_to.org.empty() &&
                    b.mention->type == MentionType::kCountry && b.first_token > a.last_token &&
                    b.first_token <= a.last_token + 3) {
                  nationality = &b;
                  break;
                }
              }
              party_of(nationality ? *nationality->mention : *a.mention, &e.recipient);
              how += ", the party those hit are tied to";
              break;
            }
          }
          break;
        }
      }
      // Sanctions "and on" another party (…، وعلى مصفاة صينية مستقلة): it is hit too.
      if (root == "16" && !e.recipient.empty()) {
        for (std::size_t k = f.last + 1; k + 1 < tokens.size() && k <= f.last + 30; ++k) {
          if (tokens[k].type == TokenType::kPunct && tokens[k].norm != "،") break;
          if (tokens[k].norm != "وعلي") continue;
          for (const Arg& a : args) {
            if (a.first_token <= k || a.first_token > k + 3 || a.mention->type != MentionType::kCountry)
              continue;
            const bool already =
                std::any_of(e.recipient.begin(), e.recipient.end(),
                            [&](const EventParty& p) { return p.country == a.mention->country; });
            if (!already) {
              party_of(*a.mention, &e.recipient);
              how += ", and on";
            }
            break;
          }
        }
      }
      // Sanctions or aid that the clause after them says who gave (العقوبات الجديدة التي فرضتها الولايات
      // المتحدة على روسيا): the subject of that relative clause is the doer.
      if (e.actor.empty() && row.kind == "noun" && (root == "16" || root == "07")) {
        std::size_t k = f.last + 1;
        while (k < tokens.size() && k <= f.last + 2 && tokens[k].word && tokens[k].word->has_article() &&
               tokens[k].norm != "التي" && tokens[k].norm != "الذي") {
          ++k;  // adjectives (الجديدة)
        }
        if (k + 2 < tokens.size() && (tokens[k].norm == "التي" || tokens[k].norm == "الذي") &&
            tokens[k + 1].type == TokenType::kArabic) {
          for (const Arg& a : args) {
            if (a.first_token == k + 2 && a.prep.empty() && a.mention->entity >= 0) {
              party_of(*a.mention, &e.actor);
              how += ", the doer of the relative clause after it";
              break;
            }
          }
        }
      }
      // A rejection or a condemnation of what the relative clause after it says someone did (عن رفضها القاطع
      // للائحة التي صادق عليها البرلمان الأوروبي): that doer is the one rejected.
      if (e.recipient.empty() && !e.actor.empty() && (root == "12" || root == "11")) {
        for (std::size_t k = f.last + 1; k + 2 < tokens.size() && k <= f.last + 5; ++k) {
          if (tokens[k].type == TokenType::kPunct || in_mention(k)) break;
          if (tokens[k].norm != "التي" && tokens[k].norm != "الذي") continue;
          const std::size_t doer = RelativeClauseDoer(tokens, k);
          for (const Arg& a : args) {
            if (a.first_token == doer && a.prep.empty() && a.mention->type != MentionType::kLocation &&
                a.mention->type != MentionType::kPerson) {
              party_of(*a.mention, &e.recipient);
              how += ", the doer of what is rejected";
              break;
            }
          }
          break;
        }
      }
      // "The two sides" in news of fighting between two named ones and no persons (ودعتا الطرفين إلى الالتزام
      // بوقف إطلاق النار): the sides of the last clash or attack told with both.
      if (e.recipient.empty() && !e.actor.empty() && row.object == "recipient") {
        for (std::size_t k = f.first + 1; k < tokens.size() && k <= f.first + 2; ++k) {
          if (BaseOf(tokens[k]) != "طرفين" || in_mention(k)) continue;
          for (auto told = events.rbegin(); told != events.rend(); ++told) {
            if (told->category != "ASSAULT" || told->actor.empty() || told->recipient.empty()) continue;
            e.recipient = told->actor;
            e.recipient.insert(e.recipient.end(), told->recipient.begin(), told->recipient.end());
            how += ", the two sides of the fighting told before";
            break;
          }
          break;
        }
      }
      // A condemnation or rejection of an act told before (دان المتحدث باسم الخارجية الإيرانية، مساء الخميس،
      // العقوبات الجديدة): its doer, as the coding manual's recipient of a condemnation is whoever did what
      // is condemned.
      // (Not a denial, whose recipient is the accuser; nor what one is accused of, after ب: اتهم الانفصاليون
      // القوات الأوكرانية بتكثيف الهجمات.)
      if (e.recipient.empty() && !e.actor.empty() && (root == "11" || row.phrase == "رفض") &&
          row.kind != "noun") {
        bool aside =
            false;  // (past an aside between commas: وأدانت القيادة العامة، في بيان نشرته اليوم، الهجوم)
        for (std::size_t k = f.last + 1; k < tokens.size() && k <= f.last + 25; ++k) {
          if (tokens[k].norm == "،") {
            aside = !aside;
            continue;
          }
          if (aside || in_date(k) || in_mention(k)) continue;
          const WordAnalysis* w = tokens[k].word;
          if (!w || tokens[k].type != TokenType::kArabic ||
              (!w->proclitics.empty() && w->proclitics.front() != "ال")) {
            break;
          }
          const auto named = std::find_if(found.begin(), found.end(), [&](const Found& g) {
            return g.first == k && m.triggers[g.row].kind == "noun";
          });
          if (named == found.end()) {
            if (w->has_article()) break;
            continue;  // (a word before it: ترفض استمرار الغارات)
          }
          const auto act = m.cameo.find(m.triggers[named->row].cameo);
          if (act == m.cameo.end() || act->second.category == m.cameo.at(row.cameo).category) break;
          for (auto told = events.rbegin(); told != events.rend(); ++told) {
            if (told->category != act->second.category || told->actor.empty()) continue;
            const bool own = std::any_of(told->actor.begin(), told->actor.end(), [&](const EventParty& p) {
              return !p.country.empty() && p.country == e.actor.front().country;
            });
            if (!own) {
              e.recipient = told->actor;
              how += ", the doer of the act condemned, told before";
            }
            break;
          }
          break;
        }
      }
      // A denial answers an accusation, and the manual's recipient of REJECT 120 is the accuser. When no
      // accuser's words follow it (اتهامات الأردن, above), the accuser is the party its clause names as the
      // teller of what is denied (ما تداولته وسائل إعلام إثيوبية، تقريراً نشرته صحيفة نيويورك تايمز،
      // رداً على ما أوردته لجنة أطباء السودان، ووصف ما يروجه الحوثيون، الاتهامات الأميركية) — not one
      // inside what is denied (نفى أن تكون بلاده قد زودت روسيا، نفى وجود تسمم في مدينة مشهد الإيرانية),
      // or one a participle goes on to accuse (، متهمة حزب العمال). Else it is whoever accused the
      // denier's side before in the article (واتهمت بغداد أنقرة بالوقوف وراءه، فيما نفت تركيا أي مسؤولية؛
      // ونفت قطر تلك الاتهامات).
      // (The verbal noun is spelt with ي, the verb with ى: تأكيد أو نفي المعلومات، لنفي الشبهة.)
      const bool denial_noun =
          BaseOf(tokens[f.first]) == "نفي" && article.View(tokens[f.first].span).ends_with("ي");
      if (e.recipient.empty() && !e.actor.empty() && row.phrase == "نفى" && row.kind == "verb" &&
          !denial_noun) {
        // (Sides within a state differ by sector: the army's accusation denied by the Rapid Support
        // Forces, protesters' by the security service.)
        auto same_side = [](const EventParty& a, const EventParty& b) {
          return SameState(a, b) &&
                 (!a.org.empty() || a.sector.empty() || b.sector.empty() || a.sector == b.sector);
        };
        auto denier_side = [&](const EventParty& p) {
          return std::any_of(e.actor.begin(), e.actor.end(),
                             [&](const EventParty& a) { return same_side(a, p); });
        };
        static const std::unordered_set<std::string_view> telling = {
            "تداول", "اورد", "نشر", "روج", "ذكر", "زعم", "ادعى", "نقل", "وجه", "ساق", "بث", "سرب", "اطلق",
            "تقرير", "تقارير", "اتهامات", "ادعاءات", "مزاعم", "الاتهامات",
            // (The feminine past with an object pronoun, read as a noun in ة: أوردته، نشرته.)
            "اوردة", "نشرة"};
        std::size_t told_at = tokens.size();  // the last word of telling or claiming met
        bool denied_clause = false;           // inside "أن …" up to its comma: what is denied
        for (std::size_t k = f.last + 1; k < tokens.size() && e.recipient.empty(); ++k) {
          if (tokens[k].norm == "." || IsParticipleSlot(tokens, k)) break;
          if (tokens[k].norm == "،") denied_clause = false;
          if (BaseOf(tokens[k]) == "ان") denied_clause = true;
          // (Nor one in what is said of the denier: ونفى فابيوس الذي اعتبر من المتشددين خلال المحادثات مع
          // ايران ان يكون …)
          if (IsRelativePronoun(tokens[k]) && k > 0 &&
              std::any_of(e.actor.begin(), e.actor.end(), [&](const EventParty& a) {
                return tokens[k - 1].span.begin >= a.span.begin && tokens[k - 1].span.end <= a.span.end;
              })) {
            denied_clause = true;
          }
          if (denied_clause) continue;
          if (HasForm(tokens[k], telling)) told_at = k;
          if (told_at == tokens.size() || k > told_at + 4) continue;
          for (const Arg& a : args) {
            if (a.first_token != k || a.prep == "في") continue;
            std::vector<EventParty> party;
            party_of(*a.mention, &party);
            if (party.empty() || (party[0].country.empty() && party[0].org.empty()) || denier_side(party[0]))
              continue;
            e.recipient = std::move(party);
            how += ", the teller of what is denied";
            break;
          }
        }
        // (An accuser of another state accuses the denier's state, whichever of its bodies it named: the
        // Iraqi condemnation of "the Turkish forces", denied by the Turkish defence ministry.)
        auto denier_state = [&](const EventParty& p) {
          return std::any_of(e.actor.begin(), e.actor.end(),
                             [&](const EventParty& a) { return SameState(a, p); });
        };
        for (auto told = events.rbegin(); told != events.rend() && e.recipient.empty(); ++told) {
          const bool foreign_accuser = !told->actor.empty() && !denier_state(told->actor.front()) &&
                                       !told->actor.front().country.empty();
          if (told->category != "ACCUSE" || told->actor.empty() ||
              !std::any_of(told->recipient.begin(), told->recipient.end(),
                           foreign_accuser ? std::function<bool(const EventParty&)>(denier_state)
                                           : std::function<bool(const EventParty&)>(denier_side)) ||
              std::any_of(told->actor.begin(), told->actor.end(), denier_side)) {
            continue;
          }
          e.recipient = told->actor;
          how += ", the accuser of the denier's side, told before";
        }
      }
      // An arrest of people the clause names with no state (اعتقل جهاز الأمن فجر أمس عدداً من قيادات أحزاب
      // المعارضة من منازلهم في الخرطوم، الناشط علي الغزي واثنين آخرين): they are of the place where they
      // were taken, else of the arresting side's state.
      if (row.cameo == "173" && e.recipient.empty() && !e.actor.empty()) {
        std::size_t end = f.last + 1;
        while (end < tokens.size() && end <= f.last + 16 && tokens[end].norm != "." &&
               tokens[end].norm != "؛")
          ++end;
        std::string state;
        for (const Mention& place : entities.mentions) {
          const std::size_t at = TokenAt(tokens, place.span.begin);
          if (place.sentence == static_cast<int>(s) && at > f.last && at < end && !place.country.empty() &&
              place.type == MentionType::kLocation) {
            state = place.country;
            break;
          }
        }
        if (state.empty()) state = e.actor[0].country;
        for (const Arg& a : args) {
          if (state.empty()) break;
          if (a.first_token <= f.last || a.first_token >= end) continue;
          if ((a.mention->type != MentionType::kGroup && a.mention->type != MentionType::kPerson &&
               a.mention->type != MentionType::kOrganization) ||
              !a.mention->country.empty() || !a.mention->org.empty() || a.prep == "في") {
            continue;
          }
          const std::string& sector =
              a.mention->entity >= 0 ? entities.entities[a.mention->entity].sector : a.mention->sector;
          if (sector != "OPP" && sector != "CVL" && sector != "MED" && !sector.empty()) continue;
          party_of(*a.mention, &e.recipient);
          for (EventParty& p : e.recipient) {
            if (p.country.empty()) p.country = state;
            if (p.sector.empty()) p.sector = "CVL";
          }
          how += ", the arrested, of the place they were taken";
          break;
        }
        // (Or counted and named by no party: اعتقلت الميليشيا، أمس الأحد، خمسة من موظفي منظمة إغاثية —
        // people of the place named in the sentence, before the verb too.)
        std::size_t count_at = f.last + 1;
        for (const EventParty& doer : e.actor) {
          const std::size_t after_doer = TokenAt(tokens, doer.span.end);
          if (doer.span.begin > tokens[f.first].span.begin && after_doer > count_at) count_at = after_doer;
        }
        while (count_at < tokens.size() && (tokens[count_at].norm == "،" || in_date(count_at))) ++count_at;
        static const std::unordered_set<std::string_view> counts = {
            "اثنين", "ثلاثة", "اربعة", "خمسة",  "ستة",  "سبعة", "ثمانية",  "تسعة",
            "عشرة",  "عدد",   "عددا",  "عشرات", "مئات", "بعض",  "العشرات", "المئات"};
        if (e.recipient.empty() && count_at + 2 < tokens.size() &&
            (IsCrowdQuantity(tokens[count_at]) || counts.count(tokens[count_at].norm)) &&
            tokens[count_at + 1].norm == "من" && tokens[count_at + 2].type == TokenType::kArabic &&
            !in_mention(count_at + 2)) {
          if (state.empty() || state == e.actor[0].country) {
            for (const Mention& place : entities.mentions) {
              if (place.sentence == static_cast<int>(s) && place.type == MentionType::kLocation &&
                  !place.country.empty()) {
                state = place.country;
                break;
              }
            }
          }
          if (!state.empty()) {
            EventParty people = UnnamedParty(article, tokens, count_at, count_at + 2, "CVL");
            people.country = state;
            e.recipient.push_back(std::move(people));
            how += ", people counted, of the place they were taken";
          }
        }
      }
      // Sanctions on people of a party (عقوبات على قائدين بارزين في قوات الدعم السريع، على مسؤولين في
      // الحكومة) are on that party.
      if (trigger_root == "16" && row.phrase.find("عقوب") != std::string::npos && e.recipient.empty() &&
          !e.actor.empty()) {
        std::size_t on = f.last + 1;
        while (on < tokens.size() && on <= f.last + 3 && tokens[on].norm != "علي") ++on;
        const bool on_whom = on <= f.last + 3 && on < tokens.size();
        for (const Arg& a : args) {
          if (!on_whom) break;
          if (a.first_token <= on || a.first_token > on + 6 ||
              (a.mention->type != MentionType::kOrganization && a.mention->type != MentionType::kCountry) ||
              (!a.prep.empty() && a.prep != "في" && a.prep != "من" && a.prep != "ل")) {
            continue;
          }
          bool clause_edge = false;
          for (std::size_t k = on + 1; k < a.first_token; ++k) clause_edge |= IsClauseEdge(tokens[k]);
          if (clause_edge) break;
          party_of(*a.mention, &e.recipient);
          how += ", the party of the people sanctioned";
          break;
        }
      }
      // Keeping the right to respond to attacks (يحتفظ بحقه في الرد على هذه الاعتداءات، على العدوان
      // الإسرائيلي) threatens their doer: the nationality said with them, else the attack told before.
      if (row.phrase == "احتفظ حق رد" && e.recipient.empty() && !e.actor.empty()) {
        for (const Arg& a : args) {
          if (a.first_token > f.last && a.first_token <= f.last + 4 &&
              a.mention->type == MentionType::kCountry && a.first_token > 0 &&
              IsAttackWord(tokens[a.first_token - 1])) {
            party_of(*a.mention, &e.recipient);
            how += ", the nationality of the attack answered";
            break;
          }
        }
        if (const Event* attack = e.recipient.empty() ? attack_told_before(e.actor) : nullptr) {
          e.recipient = attack->actor;
          how += ", the doer of the attack told before";
        }
      }
      // What was said "in it" (فيه، خلاله) after a call or message the subject received was said by the one
      // who made it: "تلقى الرئيس عون اتصالاً هاتفياً من الرئيس الإيراني، هنأه فيه بانتخابه".
      if (!e.actor.empty() && how.starts_with("coordinated verb")) {
        if (const std::size_t k = f.last + 1; k < tokens.size() && IsInIt(tokens[k])) {
          for (auto told = events.rbegin(); told != events.rend(); ++told) {
            if (told->mentions.empty() || told->mentions.back().sentence != static_cast<int>(s)) break;
            const bool received =
                told->category == "CONSULT" && !told->actor.empty() &&
                std::any_of(told->recipient.begin(), told->recipient.end(),
                            [&](const EventParty& r) { return r.entity == e.actor[0].entity; });
            if (!received) continue;
            e.actor = told->actor;
            // (A condemned attack keeps its doer as the one condemned: أدان خلاله الأخير العدوان الذي نفذه
            // كيان الاحتلال.)
            if (how.find(", object: an attack") == std::string::npos) e.recipient = told->recipient;
            how += ", said in the call or message by its maker";
            break;
          }
        }
      }
      // A phrase with no subject found, its verb right after a comma with "in it" after (تلقى … اتصالاً
      // هاتفياً من الرئيس الإيراني، وجّه خلاله دعوة رسمية للسوداني): said in the call by the one who made it.
      if (e.actor.empty() && row.kind == "phrase" && f.first > 0 && tokens[f.first - 1].norm == "،" &&
          f.first + 1 < f.last && IsInIt(tokens[f.first + 1])) {
        if (const Event* call = told_in_sentence([](const Event& c) {
              return c.category == "CONSULT" && !c.actor.empty() && !c.recipient.empty();
            })) {
          e.actor = call->actor;
          if (e.recipient.empty()) e.recipient = call->recipient;
          how += ", said in the call or message by its maker";
        }
      }
      // A participle after what was said "in" a call the subject received (تلقى سمو وزير الخارجية اتصالاً من
      // الصفدي، أكد خلاله تضامن الأردن …، معرباً عن إدانة بلاده) goes on with the caller.
      if (!e.actor.empty() && how.starts_with("participle: the sentence's subject") &&
          e.actor[0].entity >= 0) {
        const Event* call = told_in_sentence([&](const Event& c) {
          return c.category == "CONSULT" && !c.actor.empty() &&
                 std::any_of(c.recipient.begin(), c.recipient.end(),
                             [&](const EventParty& r) { return r.entity == e.actor[0].entity; });
        });
        bool in_it = false;
        if (call) {
          const std::size_t from = TokenAt(tokens, call->mentions.back().trigger_span.end);
          for (std::size_t k = from; k < f.first && k < tokens.size(); ++k) in_it |= IsInIt(tokens[k]);
        }
        if (call && in_it) {
          e.actor = call->actor;
          std::erase_if(e.recipient, [&](const EventParty& r) {
            return std::any_of(call->actor.begin(), call->actor.end(),
                               [&](const EventParty& a) { return a.entity >= 0 && a.entity == r.entity; });
          });
          how += ", the caller's, after what was said in the call";
        }
      }
      // What the subject said "in" a note or letter it handed or sent (واستدعت الوزارة القائم بالأعمال،
      // وسلمته مذكرة احتجاج، وطالبت فيها بالإفراج) is addressed to whom its earlier act in the sentence was.
      if (!e.actor.empty() && e.recipient.empty() && how.starts_with("coordinated verb") && said_in_it) {
        if (const Event* earlier = told_in_sentence([&](const Event& c) {
              return !c.recipient.empty() && !c.actor.empty() && SameState(c.actor.front(), e.actor.front());
            })) {
          e.recipient = earlier->recipient;
          how += ", addressed in it to whom the subject's act before was";
        }
      }
      // A rejection the subject "informed him of" (فيما أبلغه النخالة رفض الحركة أي تهدئة) is addressed to
      // the other side of the sentence's call or meeting.
      if (!e.actor.empty() && e.recipient.empty() && row.cameo.starts_with("12") && f.first > 1) {
        bool informed = false;
        for (std::size_t k = f.first >= 5 ? f.first - 5 : 0; k < f.first; ++k) {
          informed |= HasForm(tokens[k], {"ابلغه", "ابلغها", "ابلغهم", "وابلغه", "وابلغها", "ابلغته"});
        }
        const Event* meeting =
            informed ? told_in_sentence([](const Event& c) { return c.category == "CONSULT"; }) : nullptr;
        if (meeting && !meeting->actor.empty() && !meeting->recipient.empty()) {
          const bool actor_side =
              std::any_of(meeting->actor.begin(), meeting->actor.end(),
                          [&](const EventParty& p) { return SameState(p, e.actor.front()); });
          e.recipient = actor_side ? meeting->recipient : meeting->actor;
          how += ", told to the other side of the call";
        }
      }
      // A participle after such an act goes on with its maker (أدان خلاله الأخير العدوان …، مؤكداً وقوف
      // بلاده إلى جانب سوريا): not the sentence's subject, who received the call.
      // (So does a verb joined after it: هنأه خلاله …، مؤكداً …، ووجّه إليه دعوة لزيارة القاهرة.)
      if (!e.actor.empty() && (how.starts_with("participle: the sentence's subject") ||
                               (how.starts_with("coordinated verb") && !how.ends_with("by its maker")))) {
        if (const Event* said = told_in_sentence([](const Event& c) {
              return c.pattern.find(", said in the call or message by its maker") != std::string::npos;
            });
            said && !said->actor.empty() && said->actor[0].entity != e.actor[0].entity) {
          const bool recipient_was_maker =
              std::any_of(e.recipient.begin(), e.recipient.end(),
                          [&](const EventParty& r) { return r.entity == said->actor[0].entity; });
          e.actor = said->actor;
          if (e.recipient.empty() || recipient_was_maker) e.recipient = said->recipient;
          how += ", going on with the act said in the call by its maker";
        }
      }
      // An attack on a party's positions, bases or men (ضربات جوية على 18 هدفاً تابعاً لجماعة الحوثي،
      // استهدفت أوكاراً لعصابات داعش، غارات على مواقع للحوثيين، قصف مقرات حزب العمال): the party they
      // belong to is the target (manual: the recipient of an attack is whom it struck).
      if (e.recipient.empty() && !e.actor.empty() &&
          (trigger_root == "18" || trigger_root == "19" || trigger_root == "20")) {
        // (Past a time between commas — شنت القوات، فجر الأحد، ضربات على … — not into what it led to:
        // …، ما أدى إلى.)
        for (std::size_t k = f.last + 1; k < tokens.size() && k <= f.last + 12 && e.recipient.empty(); ++k) {
          if (tokens[k].norm == "." || tokens[k].norm == "؛") break;
          if (tokens[k].norm == "،" && k + 1 < tokens.size() &&
              (tokens[k + 1].norm == "ما" || IsParticipleSlot(tokens, k + 1))) {
            break;
          }
          // (Or its men: عناصر، مسلحي، مقاتلي.)
          if (!IsPositionWord(tokens[k]) && !HasForm(tokens[k], {"عناصر", "مسلحي", "مقاتلي"})) continue;
          std::size_t owner_at = k + 1;
          if (owner_at < tokens.size() && IsBelongingWord(tokens[owner_at])) ++owner_at;
          if (owner_at < tokens.size() &&
              (tokens[owner_at].norm == "تابعا" || tokens[owner_at].norm == "تابعة"))
            ++owner_at;
          for (const Arg& a : args) {
            if (a.first_token != owner_at || (a.prep != "ل" && !a.prep.empty()) ||
                a.mention->type == MentionType::kLocation || a.mention->type == MentionType::kPerson) {
              continue;
            }
            std::vector<EventParty> owner;
            party_of(*a.mention, &owner);
            if (owner.empty() || (owner[0].country.empty() && owner[0].org.empty()) ||
                std::any_of(e.actor.begin(), e.actor.end(),
                            [&](const EventParty& p) { return SameState(p, owner[0]); })) {
              continue;
            }
            e.recipient = std::move(owner);
            how += ", the owner of the positions struck";
            break;
          }
        }
      }
      // A denial is aimed at whoever made the claim denied: "نفى … ما روجت له وسائل إعلام الميليشيا"، "ما
      // ادعاه المتحدث باسم جيش العدو"، "نفت الشرطة اتهامات لجنة الأطباء"، "نفى … رواية الجيش الإسرائيلي".
      if (e.recipient.empty() && !e.actor.empty() && row.phrase == "نفى") {
        static const std::unordered_set<std::string_view> claimed = {
            "ادعاه", "ادعته",  "ادعت",   "ادعى",    "روجت",   "روج",   "زعمه",
            "زعمته", "زعمت",   "زعم",    "تداولته", "تداولت", "نشرته", "نشرت",
            "اعلنه", "اعلنته", "اوردته", "اوردت",   "اوردها", "نقلته", "ذكرته"};
        static const std::unordered_set<std::string_view> claims = {"اتهامات", "اتهام",  "رواية",   "ادعاءات",
                                                                    "ادعاء",   "مزاعم",  "تصريحات", "انباء",
                                                                    "تقارير",  "اتهامها"};
        std::size_t owner_from = tokens.size();
        std::size_t words = 0;
        for (std::size_t k = f.last + 1; k + 1 < tokens.size() && owner_from == tokens.size(); ++k) {
          const bool quote = tokens[k].norm == "«" || tokens[k].norm == "»" || tokens[k].norm == "\"";
          if (tokens[k].type == TokenType::kPunct && tokens[k].norm != "،" && !quote) break;
          if (in_mention(k) || in_date(k) || tokens[k].norm == "،" || quote) continue;
          if (++words > 8) break;
          if (tokens[k].norm == "ما" && claimed.count(tokens[k + 1].norm)) {
            owner_from = k + 2;
            if (owner_from < tokens.size() &&
                (tokens[owner_from].norm == "له" || tokens[owner_from].norm == "به"))
              ++owner_from;
          } else if (claims.count(tokens[k].norm)) {
            owner_from = k + 1;
          }
        }
        for (const Arg& a : args) {
          if (owner_from < tokens.size() && a.first_token >= owner_from && a.first_token <= owner_from + 1 &&
              a.prep.empty() && a.mention->type != MentionType::kLocation) {
            // (Media of a party are that party's: ما روجت له وسائل إعلام الميليشيا.)
            const Mention* owner = a.mention;
            if (a.mention->sector == "MED" && a.mention->country.empty() && a.mention->org.empty()) {
              for (const Mention& of : entities.mentions) {
                if (of.sentence == static_cast<int>(s) && of.span.begin > a.mention->span.begin &&
                    of.span.end <= a.mention->span.end && (!of.country.empty() || !of.org.empty()))
                  owner = &of;
              }
            }
            party_of(*owner, &e.recipient);
            how += ", the one whose claim is denied";
            break;
          }
        }
      }
      // Or "those accusations" (نفى المستشار … تلك الاتهامات): the accuser told just before.
      bool those_accusations = false;
      for (std::size_t k = f.last + 1; row.phrase == "نفى" && k + 1 < tokens.size() && k <= f.last + 12;
           ++k) {
        if (tokens[k].type == TokenType::kPunct && tokens[k].norm != "،") break;
        if ((tokens[k].norm == "تلك" || tokens[k].norm == "هذه") &&
            HasForm(tokens[k + 1], {"اتهامات", "الاتهامات", "المزاعم", "الادعاءات", "التهم"})) {
          those_accusations = true;
          break;
        }
      }
      if (e.recipient.empty() && !e.actor.empty() && those_accusations) {
        for (auto told = events.rbegin(); told != events.rend(); ++told) {
          if (told->mentions.empty() || told->mentions.front().sentence + 1 < static_cast<int>(s)) break;
          if (told->category != "ACCUSE") continue;
          e.recipient = told->actor;
          how += ", the accuser of the accusations denied";
          break;
        }
      }
      // Aid sent to a place (أرسلت كازاخستان شحنة من المساعدات الإنسانية إلى قطاع غزة) goes to its people.
      if (e.recipient.empty() && !e.actor.empty() && row.cameo.starts_with("07")) {
        for (const Mention& place : entities.mentions) {
          if (place.sentence != static_cast<int>(s) || place.type != MentionType::kLocation ||
              place.country.empty())
            continue;
          const std::size_t at = TokenAt(tokens, place.span.begin);
          if (at <= f.last + 1 || at > f.last + 6 || tokens[at - 1].norm != "الي") continue;
          if (std::any_of(e.actor.begin(), e.actor.end(),
                          [&](const EventParty& p) { return p.country == place.country; }))
            break;
          e.recipient.push_back(PeopleOf(article, place));
          how += ", the people of the place it is sent to";
          break;
        }
      }
      // Shots fired to disperse a crowd (أطلقت القوات الأمنية النار في الهواء لتفريق المتجمهرين) repress it
      // (175), like tear gas.
      if (e.recipient.empty() && !e.actor.empty() &&
          (row.phrase == "أطلق النار" || row.phrase == "أطلق الرصاص")) {
        for (std::size_t k = f.last + 1; k < tokens.size() && k <= f.last + 6; ++k) {
          if (tokens[k].type == TokenType::kPunct && tokens[k].norm != "،") break;
          if (HasForm(tokens[k], {"تفريق"})) {
            cameo_code = "175";
            how += ", shots to disperse";
            break;
          }
        }
      }
      // Force used to disperse (أطلقت قوات الأمن الغاز المسيل للدموع لتفريق المتظاهرين): those dispersed.
      if (e.recipient.empty() && !e.actor.empty() && cameo_code.starts_with("17")) {
        for (std::size_t k = f.last + 1; k + 1 < tokens.size() && k <= f.last + 10 && e.recipient.empty();
             ++k) {
          if (tokens[k].type == TokenType::kPunct && tokens[k].norm != "،") break;
          if (!HasForm(tokens[k], {"تفريق"})) continue;
          for (const Arg& a : args) {
            if (a.first_token == k + 1 && a.prep.empty()) {
              party_of(*a.mention, &e.recipient);
              how += ", those dispersed";
            }
          }
          break;
        }
      }
      // "إياه/إياها" after the trigger (محمّلاً إياها المسؤولية، متهماً إياه): the one the sentence's act
      // before was addressed to (دعا رئيس مجلس النواب حكومة الدبيبة إلى التنحي …، محمّلاً إياها المسؤولية).
      if (e.recipient.empty() && f.first + 1 < tokens.size() &&
          (tokens[f.first + 1].norm == "اياه" || tokens[f.first + 1].norm == "اياها" ||
           tokens[f.first + 1].norm == "اياهم")) {
        // (Not the reason given for a sanction, a threat or force (قطعت علاقاتها مع قطر، متهمة إياها بدعم
        // الإرهاب): the manual folds it into that act.)
        const Event* told = told_in_sentence([](const Event& c) { return !c.recipient.empty(); });
        if (told && !told->cameo.starts_with("13") && !told->cameo.starts_with("16") &&
            !told->cameo.starts_with("17")) {
          e.recipient = told->recipient;
          how += ", the one addressed before (إياه)";
        }
      }
      // A threat joined by و to an accusation or condemnation in its sentence (اتهم … السعودية بارتكاب جريمة
      // حرب، وتوعد بأن "الرد سيكون موجعاً"): it threatens the one accused.
      if (e.recipient.empty() && !e.actor.empty() && cameo_code.starts_with("13") &&
          how.starts_with("coordinated verb")) {
        if (const Event* accusation = told_in_sentence(
                [](const Event& c) { return c.category == "ACCUSE" && !c.recipient.empty(); })) {
          e.recipient = accusation->recipient;
          how += ", the one accused before";
        }
      }
      // A crowd's gathering with no addressee names it in what the crowd did there (نظم المئات وقفة احتجاجية
      // …، منددين بجرائم التحالف ومطالبين مجلس الأمن الدولي بالتحرك): those denounced and those called on.
      if (e.recipient.empty() && !e.actor.empty() && root == "14") {
        static const std::unordered_set<std::string_view> denouncing = {
            "منددين", "مندده", "منددة", "مستنكرين", "رافضين", "محتجين", "ومنددين", "ومستنكرين", "ورافضين"};
        static const std::unordered_set<std::string_view> calling = {
            "مطالبين", "مطالبه", "مطالبة", "داعين", "ومطالبين", "وداعين", "مناشدين", "ومناشدين"};
        for (std::size_t k = f.last + 1; k + 1 < tokens.size() && k <= f.last + 30; ++k) {
          const std::string_view w = tokens[k].norm;
          const bool denounce = denouncing.count(w) > 0, call = calling.count(w) > 0;
          if (!denounce && !call) continue;
          for (const Arg& a : args) {
            if (a.mention->type == MentionType::kLocation || a.first_token <= k) continue;
            // Those denounced after ب, or as the genitive of the act denounced (بجرائم التحالف); then those
            // called on right after the participle. (Only with those denounced: a crowd that only calls on
            // someone, داعين الكونغرس إلى رفض الاتفاق, is joined later with its other gatherings of the
            // article.)
            const bool called = call && a.first_token == k + 1 && a.prep.empty() && !e.recipient.empty();
            const bool denounced =
                denounce &&
                ((a.first_token == k + 1 && a.prep == "ب") ||
                 (a.first_token == k + 2 && a.prep.empty() && tokens[k + 1].word &&
                  !tokens[k + 1].word->proclitics.empty() && tokens[k + 1].word->proclitics.front() == "ب"));
            if (!called && !denounced) continue;
            std::vector<EventParty> side;
            party_of(*a.mention, &side);
            for (EventParty& p : side) {
              const bool already =
                  std::any_of(e.recipient.begin(), e.recipient.end(),
                              [&](const EventParty& q) { return q.country == p.country && q.org == p.org; });
              if (!already) e.recipient.push_back(std::move(p));
            }
            break;
          }
        }
        if (!e.recipient.empty()) how += ", those the crowd denounced or called on";
      }
      // An attack repelled (تصدت القوات لهجوم شنته الميليشيا): its doers, named after it, are the recipient.
      if (e.recipient.empty() && !e.actor.empty() && row.phrase.starts_with("تصدى")) {
        for (std::size_t k = f.last + 1; k < tokens.size() && k <= f.last + 6 && e.recipient.empty(); ++k) {
          if (!IsPerpetratorCue(tokens[k])) continue;
          // (Or some of them: شنته مجموعات من الميليشيات الإثيوبية.)
          for (const Arg& a : args) {
            if (a.first_token > k &&
                ((a.first_token <= k + 3 && a.prep.empty()) || (a.first_token <= k + 4 && a.prep == "من"))) {
              party_of(*a.mention, &e.recipient);
              how += ", the attackers repelled";
              break;
            }
          }
        }
      }
      // A campaign of arrests that "reached" someone (حملة اعتقالات واسعة طالت عشرات الناشطين): those
      // arrested.
      if (e.recipient.empty() && !e.actor.empty() && cameo_code == "173") {
        for (std::size_t k = f.last + 1; k + 1 < tokens.size() && k <= f.last + 4 && e.recipient.empty();
             ++k) {
          if (tokens[k].norm != "طالت" && tokens[k].norm != "شملت" && tokens[k].norm != "طاولت") continue;
          for (const Arg& a : args) {
            if (a.first_token > k && a.first_token <= k + 2 && a.prep.empty()) {
              party_of(*a.mention, &e.recipient);
              how += ", those the campaign reached";
              break;
            }
          }
        }
      }
      // Gas or bullets fired at no one named, in a sentence that told of a crowd before them (اندلعت مواجهات
      // بين عشرات الشبان وجنود الاحتلال …، فيما أطلق الجنود الرصاص المعدني وقنابل الغاز): at that crowd.
      if (e.recipient.empty() && !e.actor.empty() && cameo_code == "175") {
        for (const Arg& a : args) {
          if (a.first_token >= f.first) break;
          if (a.mention->type != MentionType::kGroup || a.mention->sector != "CVL") continue;
          e.recipient.clear();
          party_of(*a.mention, &e.recipient);
        }
        if (!e.recipient.empty()) how += ", the crowd told before";
      }
      // A curfew imposed with no one named under it (فرضت الحكومة المحلية … حظراً شاملاً للتجوال في مدينة
      // الناصرية) is on the people of the imposer's own state.
      // (An authority of no stated state is the outlet's own.)
      if (e.recipient.empty() && cameo_code == "1723" && e.actor.size() == 1 &&
          (!e.actor[0].country.empty() || (!home.empty() && e.actor[0].org.empty()))) {
        EventParty people;
        people.text = e.actor[0].text;
        people.country = e.actor[0].country.empty() ? home : e.actor[0].country;
        people.sector = "CVL";
        people.span = e.actor[0].span;
        e.recipient.push_back(std::move(people));
        how += ", on the imposer's own people";
      }
      // "له" after a phrase names its addressee by pronoun (ووجّه ظريف خلال لقائه عبد المهدي دعوة رسمية له
      // لزيارة طهران): the last party before it that is not the actor.
      if (e.recipient.empty() && !e.actor.empty() && row.kind == "phrase") {
        for (std::size_t k = f.last + 1; k < tokens.size() && k <= f.last + 2; ++k) {
          if (tokens[k].norm != "له" && tokens[k].norm != "لها") continue;
          const Arg* addressee = nullptr;
          for (const Arg& a : args) {
            if (a.last_token >= f.last) break;
            const bool doer = std::any_of(e.actor.begin(), e.actor.end(), [&](const EventParty& p) {
              return p.entity >= 0 && p.entity == a.mention->entity;
            });
            if (!doer && a.mention->entity >= 0 &&
                (a.mention->type == MentionType::kPerson || a.mention->type == MentionType::kCountry))
              addressee = &a;
          }
          if (addressee) {
            party_of(*addressee->mention, &e.recipient);
            how += ", the one له stands for";
          }
          break;
        }
      }
      // A verb joined by و with no subject found goes on with the sentence's act told before it (أدان ما
      // يسمى «المجلس الرئاسي» … القصف …، وطالب مجلس الأمن): that act's doer, past words no rule reads.
      // (A verb by the analyser's reading, not a noun with "our": ودعمنا.)
      if (e.actor.empty() && !uncoded && row.kind == "verb" && StartsWithAnd(tokens[f.first]) &&
          tokens[f.first].word && tokens[f.first].word->verb && !tokens[f.first].norm.ends_with("نا")) {
        // (Not a protest's: the demands voiced at a protest are the protest — manual.)
        if (const Event* before = told_in_sentence([](const Event& c) {
              return !c.actor.empty() && c.category != "PROTEST" && c.actor[0].sector != "CVL";
            })) {
          e.actor = before->actor;
          std::erase_if(e.recipient, [&](const EventParty& r) {
            return std::any_of(e.actor.begin(), e.actor.end(),
                               [&](const EventParty& a) { return a.entity >= 0 && a.entity == r.entity; });
          });
          how += ", the doer of the act told before in the sentence";
        }
      }
      // Support whose noun is followed by whom it supports (مؤكدة أن بلادها مستمرة في دعم الجيش اللبناني):
      // that genitive, when it is not the supporter's own side.
      if (root == "05" && e.recipient.empty() && !e.actor.empty() && row.kind == "phrase" &&
          BaseOf(tokens[f.last]) == "دعم") {
        for (const Arg& a : args) {
          if (a.first_token != f.last + 1 || !a.prep.empty() || a.mention->type == MentionType::kLocation)
            continue;
          std::vector<EventParty> supported;
          party_of(*a.mention, &supported);
          if (supported.empty() || (supported.front().country.empty() && supported.front().org.empty()) ||
              std::any_of(e.actor.begin(), e.actor.end(),
                          [&](const EventParty& p) { return SameState(p, supported.front()); }))
            break;
          e.recipient = std::move(supported);
          how += ", the one supported, after the noun";
          break;
        }
      }
      // A threat names its target in what it threatens (هدد المتحدث العسكري … بتوسيع الهجمات لتطال
      // السعودية): with no one threatened found, the first party of another side in its words.
      // (Only هدد and توعد with what they threaten behind ب before it: لوّح also "looms", لوحات "paintings".)
      if (root == "13" && e.recipient.empty() && !e.actor.empty() && row.kind == "verb" &&
          (row.phrase == "هدد" || row.phrase == "توعد")) {
        for (const Arg& a : args) {
          if (a.first_token <= f.last || a.first_token > f.last + 20 ||
              a.mention->type == MentionType::kLocation || a.mention->type == MentionType::kGroup)
            continue;
          bool crosses = false;
          for (std::size_t k = f.last + 1; k < a.first_token; ++k) {
            crosses |= tokens[k].norm == "." || tokens[k].norm == "؛" || OpensWhileClause(tokens[k]);
          }
          if (crosses) break;
          bool threatened_with = false;
          for (std::size_t k = f.last + 1; k < a.first_token; ++k) {
            const WordAnalysis* w = tokens[k].word;
            threatened_with |=
                !in_mention(k) && ((w && !w->proclitics.empty() && w->proclitics.front() == "ب") ||
                                   (tokens[k].norm.starts_with("بت") && tokens[k].norm.size() > 8));
          }
          if (!threatened_with) continue;  // (the threatener named after the verb, or an object of no threat)
          std::vector<EventParty> target;
          party_of(*a.mention, &target);
          if (target.empty() || (target.front().country.empty() && target.front().org.empty()) ||
              std::any_of(e.actor.begin(), e.actor.end(), [&](const EventParty& p) {
                return SameState(p, target.front()) && p.org == target.front().org;
              }))
            continue;
          e.recipient = std::move(target);
          how += ", the party its words threaten";
          break;
        }
      }
      // A claim accuses only the party right after its أن, of another side than the claimant (زاعماً أن
      // الحركة كانت تخطط لهجوم); "زعم أنه استهدف مواقع" is the claimant's own boast.
      if (row.phrase == "زعم" && row.kind == "verb" && !e.recipient.empty()) {
        std::size_t k = f.last + 1;
        if (k < tokens.size() && tokens[k].norm == "،") ++k;
        const bool after_that = k + 1 < tokens.size() &&
                                (tokens[k].norm == "ان" || tokens[k].norm == "بان") &&
                                TokenAt(tokens, e.recipient.front().span.begin) == k + 1;
        // (A state's police claiming of its citizens is of another side: زعمت الشرطة أن المتظاهرين …)
        const bool own =
            !e.actor.empty() && SameState(e.actor.front(), e.recipient.front()) &&
            e.actor.front().org == e.recipient.front().org &&
            (e.recipient.front().sector.empty() || e.recipient.front().sector == e.actor.front().sector);
        // (Nor his own, said with a pronoun: زاعماً أن جيشه «جاهز للتحرك».)
        const WordAnalysis* claimed = k + 1 < tokens.size() ? tokens[k + 1].word : nullptr;
        const bool his =
            claimed && (claimed->enclitic == "ه" || claimed->enclitic == "ها" || claimed->enclitic == "هم");
        if (!after_that || own || his) {
          e.recipient.clear();
          how += ", a claim about no other party right after its أن";
        }
      }
      const std::string pattern = RowLabel(row) + ", subject " + (how.empty() ? "none" : how);
      if (trace) {
        TriggerTrace t;
        t.sentence = static_cast<int>(s);
        t.trigger_span = trigger_span;
        t.pattern = pattern;
        for (const auto& p : e.actor) t.roles.push_back("actor ← " + p.text);
        for (const auto& p : e.recipient) t.roles.push_back("recipient ← " + p.text);
        t.outcome = uncoded           ? "not coded: " + row.cameo + " (statement, thanks, condolences)"
                    : e.actor.empty() ? "dropped: no actor"
                    : (e.recipient.empty() && !one_sided_ok) ? "dropped: no recipient"
                                                             : "event";
        trace->push_back(std::move(t));
      }
      // Praise, pledges, invitations and appeals without an addressee in their sentence may have been made
      // in a meeting or call of the article: they are kept aside until the meetings are known.
      // A pledge names the relation it is about (التعاون، العلاقات، التنسيق); "حرص الولايات المتحدة على
      // تعزيز السلام والاستقرار في المنطقة" is a general position, not an undertaking (manual, section 1).
      // A "similar" cable or message (كما بعث ولي العهد برقية تهنئة مماثلة) goes to whom the one told before
      // went.
      if (e.recipient.empty() && !e.actor.empty() && f.last + 1 < tokens.size() &&
          (tokens[f.last + 1].norm == "مماثلة" || tokens[f.last + 1].norm == "مماثل")) {
        for (auto told = events.rbegin(); told != events.rend(); ++told) {
          if (told->cameo != row.cameo || told->recipient.empty() || told->actor.empty()) continue;
          // (Made back to its maker when it went to this side: وجّه الوزير الإيراني دعوة مماثلة.)
          const bool returned = !told->recipient.front().country.empty() &&
                                told->recipient.front().country == e.actor.front().country;
          e.recipient = returned ? told->actor : told->recipient;
          how += returned ? ", to the maker of the like one told before"
                          : ", to whom the like one told before went";
          break;
        }
      }
      bool bilateral = !root.starts_with("03");
      for (std::size_t k = f.last + 1; k < tokens.size() && k <= f.last + 8 && !bilateral; ++k) {
        bilateral |= IsRelationWord(tokens[k]);
      }
      // An appeal to a vague addressee (داعياً المجتمع الدولي إلى تحمل مسؤولياته) is to no one the manual
      // codes: not to the other side of the meeting either.
      bool vague_addressee = false;
      if ((root == "10" || root == "02") && e.recipient.empty() && f.last + 1 < tokens.size()) {
        const std::string_view next = tokens[f.last + 1].norm;
        vague_addressee = next == "المجتمع" || next == "الاطراف" || next == "جميع" || next == "كافة" ||
                          next == "العالم" || next == "الجهات";
      }
      const bool addressed_in_meeting = bilateral && !uncoded && !e.actor.empty() && e.recipient.empty() &&
                                        !vague_addressee && !one_sided_ok &&
                                        (root == "03" || root == "05" || root == "10" || root == "02") &&
                                        (row.kind != "noun" || how.starts_with("light-verb"));
      // "تم التأكيد خلال المشاورات على مواصلة التشاور والتنسيق": a pledge with no one named, about the
      // relation, is the joint pledge of the meeting's parties (manual, section 1).
      // (Not "الاتفاق", which is mostly the agreement some earlier talks reached.)
      const bool joint_pledge = IsPledge(row) && bilateral && e.actor.empty() && e.recipient.empty() &&
                                row.phrase != "اتفاق" && row.phrase != "اتفاقية" && row.phrase != "موافقة";
      if (joint_pledge) how += ", joint: the meeting's parties";
      if (!addressed_in_meeting && !joint_pledge &&
          (uncoded || e.actor.empty() || (e.recipient.empty() && !one_sided_ok))) {
        continue;
      }
      // A protest handed over (أبلغ السفير "احتجاجا شديد اللهجة", سلمه مذكرة احتجاج) is a diplomatic note,
      // part of the summons it is lodged with, not a demonstration.
      if (root == "14" && row.kind == "noun") {
        bool handed = false;
        for (std::size_t k = f.first >= 6 ? f.first - 6 : 0; k < f.first; ++k) {
          handed |= IsVerbOf(tokens[k], {"ابلغ", "سلم", "قدم", "نقل", "وجه", "سجل"}) ||
                    BaseOf(tokens[k]) == "مذكرة";
        }
        if (handed) continue;
      }

      e.article_id = article.id;
      e.url = article.url;
      e.source = article.source;
      SetCode(cameo_code, code, &e);
      if (multilateral) e.mode = "multilateral";
      // A phrase whose words lie apart is quoted by its first word; a contiguous one whole.
      e.trigger = f.last - f.first + 1 == row.words.size() ? std::string(article.View(trigger_span))
                                                           : std::string(article.View(tokens[f.first].span));
      e.pattern = pattern;
      e.mentions.push_back({static_cast<int>(s), sentences[s].span, trigger_span});
      e.confidence = how == "verb-subject" || how == "genitive" ? 0.8 : 0.6;

      // Modality from the words before the trigger.
      const WordAnalysis* tw = tokens[f.first].word;
      e.modality = row.modality == "future" || called_for_protest ? "future" : "asserted";
      // (A promise in the future tense is made now: سيعززان جهودهما; so is support: سندعم العراق.)
      // (Not the س of the verb itself, which hunspell may read as the future's: سيّرت، of سيّر.)
      std::string_view seen_form = tokens[f.first].norm;
      if (seen_form.size() > 6 && (seen_form.starts_with("و") || seen_form.starts_with("ف")))
        seen_form.remove_prefix(2);
      const bool own_seen = std::any_of(
          row.words.front().begin(), row.words.front().end(),
          [&](const auto& k) { return std::string_view(k).starts_with("س") && seen_form.starts_with(k); });
      if (tw && std::find(tw->proclitics.begin(), tw->proclitics.end(), "س") != tw->proclitics.end() &&
          row.restrict != "pledge" && row.cameo != "051" && !own_seen) {
        e.modality = "future";
      }
      // (A noun a light verb carries has its modality before the verb: ومن المنتظر أن تؤدي رئيسة الحكومة
      // نجلاء بودن زيارة إلى الجزائر.)
      std::size_t modal_from = f.first >= 3 ? f.first - 3 : 0;
      if (row.kind == "noun" && how.starts_with("light-verb")) {
        for (std::size_t v = f.first; v-- > 0 && v + 10 >= f.first;) {
          if (IsLightVerb(tokens[v]) || IsVerbOf(tokens[v], {"ادي", "يؤدي", "تؤدي"})) {
            modal_from = v >= 3 ? v - 3 : 0;
            break;
          }
        }
      }
      for (std::size_t k = modal_from; k < f.first; ++k) {
        const std::string& n = tokens[k].norm;
        if ((n == "لم" || n == "لن" || n == "لا" || n == "ليس" || n == "ولم" || n == "ولن") &&
            k + 3 >= f.first)
          e.modality = "negated";
        if (n == "سوف" || n == "المقرر" || n == "يعتزم" || n == "ينوي" || n == "سيتم" || n == "الاستعدادات" ||
            n == "التحضيرات" || n == "التحضير" || n == "المزمع" || n == "المرتقب" || n == "المنتظر" ||
            n == "المتوقع") {
          e.modality = "future";
        }
        if (n == "اذا" || n == "لو") e.modality = "hypothetical";
      }
      // What a denial says did not happen (تنفي لقاء الوزير بنظيره، نفى المتحدث أن يكون الوزير قد التقى …):
      // a verbal noun right after the denial (its subject between), or a clause after its أن.
      if (e.modality == "asserted" && !IsVerbOf(tokens[f.first], {"نفي"})) {
        bool after_that = false;
        for (std::size_t k = f.first; k-- > 0 && k + 16 > f.first;) {
          if (IsClauseEdge(tokens[k])) break;
          if (tokens[k].norm == "ان" || tokens[k].norm == "بان") after_that = true;
          if (IsVerbOf(tokens[k], {"نفي", "ينفي", "تنفي", "نفت"}) &&
              (after_that || (row.kind == "noun" && f.first <= k + 6))) {
            e.modality = "negated";
            break;
          }
        }
      }
      // A visit or meeting put off or called off (وكانت زيارة رئيس الوزراء الفرنسي إلى الجزائر قد أجلت، تم
      // إلغاء الاجتماع) did not happen (manual: a postponed or cancelled visit is negated or future).
      if (e.modality == "asserted" && row.kind == "noun" && row.cameo.starts_with("04")) {
        static const std::unordered_set<std::string_view> off = {
            "اجلت", "تاجلت", "الغيت", "ارجئت", "تاجيل", "الغاء", "ارجاء", "ارجات", "تأجيلها", "الغاؤها"};
        for (std::size_t k = f.first >= 3 ? f.first - 3 : 0; k < tokens.size() && k <= f.last + 10; ++k) {
          if (k > f.last && tokens[k].type == TokenType::kPunct && tokens[k].norm != "،") break;
          if (off.count(tokens[k].norm) || off.count(BaseOf(tokens[k]))) {
            e.modality = "negated";
            how += ", put off";
            break;
          }
        }
      }
      // أن with the imperfect is "to do": what is forbidden, asked or hoped for, not what was done (تحرم على
      // الشيعي أن يقتل السني، اتفقا على أن يزور).
      // (Not after قبل or بعد, which tell when it happened: قبل أن يستقبله نظيره السعودي.)
      const bool time_clause =
          f.first > 1 && (tokens[f.first - 2].norm == "قبل" || tokens[f.first - 2].norm == "بعد");
      if (row.kind == "verb" && f.first > 0 && e.modality == "asserted" &&
          (tokens[f.first - 1].norm == "ان" || tokens[f.first - 1].norm == "بان") &&
          IsImperfectOf(tokens[f.first], row) && !time_clause) {
        e.modality = "hypothetical";
      }
      // قد with the imperfect is "may" (وقد تدعو دول أوبك إلى خفض الإنتاج): a possibility, not an act.
      if (row.kind != "noun" && f.first > 0 && e.modality == "asserted" &&
          (tokens[f.first - 1].norm == "قد" || tokens[f.first - 1].norm == "وقد") &&
          IsImperfectOf(tokens[f.first], row)) {
        e.modality = "hypothetical";
      }
      // A question or a condition further back governs the clause too (هل يمكن لأميركا أن تسلح الجيش … تجعله
      // يضرب, لو امتلكت القنبلة … ضرب).
      // (Not inside a quotation closed before the verb: «… لولا الصمت الدولي»، ودعا الحكومة.)
      for (std::size_t k = f.first >= 10 ? f.first - 10 : 0; k < f.first && e.modality == "asserted"; ++k) {
        const std::string& n = tokens[k].norm;
        if (n == "هل" || n == "لو" || n == "ولو" || n == "اذا" || n == "واذا" || n == "يمكن" || n == "لولا") {
          bool quote_closed = false;
          for (std::size_t q = k + 1; q < f.first; ++q) quote_closed |= tokens[q].norm == "»";
          if (!quote_closed) e.modality = "hypothetical";
        }
      }
      // The next step of a plan (على أن يختتم جولته في برلين) is planned too.
      if (e.modality == "asserted" && row.kind != "noun" && f.first >= 2 &&
          tokens[f.first - 1].norm == "ان" && tokens[f.first - 2].norm == "علي" &&
          IsImperfectOf(tokens[f.first], row)) {
        e.modality = "future";
      }
      // When: a date in the sentence, else the article's date.
      // An anniversary's date (ذكرى ثورة 23 يوليو 1952, منذ عام 2011) is what the act is about, not when.
      auto occasion = [&](const DateMention& d) {
        const std::size_t k = TokenAt(tokens, d.span.begin);
        for (std::size_t j = k >= 3 ? k - 3 : 0; j < k; ++j) {
          static const std::unordered_set<std::string_view> words = {"ذكري",  "بذكري",   "ثورة", "منذ",
                                                                     "تاسيس", "استقلال", "عيد"};
          // Also behind ل or ب (للذكرى الـ63 لثورة 23 يوليو 1952), but not with the article: "بعد اندلاع
          // الثورة السورية في 2011" dates what followed it.
          const WordAnalysis* w = tokens[j].word;
          const bool behind_preposition =
              w && w->proclitics.size() == 1 && (w->proclitics[0] == "ل" || w->proclitics[0] == "ب");
          if (words.count(tokens[j].norm) || (behind_preposition && words.count(BaseOf(tokens[j]))))
            return true;
        }
        return false;
      };
      // A date after the article's (يوم الخامس من أغسطس المقبل، في 29 تموز، الأسبوع المقبل) makes the act a
      // plan.
      auto later = [&](const DateMention& d) {
        if (d.future) return true;
        if (!d.date.valid() || !reference.valid()) return false;
        const CivilDate& r = reference;
        if (d.date.year != r.year) return d.date.year > r.year;
        if (d.date.month == 0 || r.month == 0 || d.date.month != r.month) return d.date.month > r.month;
        return d.date.day > r.day && r.day != 0;
      };
      // A date in the act's sentence; a headline cut by ".." (أوباما يزور … «كينيا».. غداً) is one.
      auto said_with_act = [&](const DateMention& d) {
        auto inside = [&](std::size_t k) {
          return d.span.begin >= sentences[k].span.begin && d.span.end <= sentences[k].span.end;
        };
        if (inside(s)) return true;
        if (!sentences[s].is_title) return false;
        for (std::size_t k = 0; k < sentences.size() && sentences[k].is_title; ++k) {
          if (inside(k)) return true;
        }
        return false;
      };
      // A date in another clause of the sentence is not the act's: a relative clause after it (جددت هنغاريا
      // دعمها لمخطط الحكم الذاتي الذي قدمه المغرب سنة 2007) or a clause joined by فيما/بينما/حين after it
      // (ووجه دعوة لنظيره …، فيما أعرب … عن أمله في القيام بهذه الزيارة خلال السنة المقبلة).
      auto other_clause = [&](const DateMention& d) {
        if (d.span.begin < sentences[s].span.begin || d.span.end > sentences[s].span.end) return false;
        const std::size_t k = TokenAt(tokens, d.span.begin);
        static const std::unordered_set<std::string_view> while_words = {"فيما", "بينما", "حين", "وفيما",
                                                                         "وبينما"};
        if (k > f.last) {
          // (A circumstantial participle between them opens a clause of its own: أكد دعم الأمم المتحدة …،
          // معلنا أنه سيتوجه الأسبوع المقبل إلى نيروبي.)
          for (std::size_t j = f.last + 1; j < k; ++j) {
            if (IsParticipleSlot(tokens, j)) return true;
          }
          // (A meeting's topics have their own dates: تلقى اتصالا … تناول التحضيرات لاجتماع … الأسبوع
          // المقبل.)
          // (Nor what was agreed "during it": أجرى اتصالاً هاتفياً …، جرى خلاله الاتفاق على عقد اجتماع طارئ
          // غداً.)
          if (row.cameo.starts_with("04")) {
            for (std::size_t j = f.last + 1; j < k; ++j) {
              if (IsVerbOf(tokens[j], {"تناول", "تناولت", "تناولا"}) || tokens[j].norm == "خلاله" ||
                  tokens[j].norm == "خلالها")
                return true;
            }
          }
          // (In a headline, a verb joined by و between them has the date: "يتلقى اتصالا من الصفدي ويتوجه
          // غدا إلى عمان".)
          for (std::size_t j = f.last + 1; j < k && sentences[s].is_title; ++j) {
            const WordAnalysis* w = tokens[j].word;
            if (w && w->verb && !w->has_article() && StartsWithAnd(tokens[j])) return true;
          }
          // (An invitation's later date is the invited visit's: وجه دعوة إلى … للقيام بزيارة دولة إلى فرنسا
          // العام المقبل.)
          if (row.cameo == "036") {
            for (std::size_t j = f.last + 1; j < k; ++j) {
              if (HasForm(tokens[j], {"زيارة"})) return true;
            }
          }
          // (Nor an agreement's: اتفق الجانبان على عقد اجتماع ثلاثي … مطلع السنة القادمة dates the meeting.)
          if (row.cameo.starts_with("03")) {
            for (std::size_t j = f.last + 1; j < k; ++j) {
              if (HasForm(tokens[j], {"اجتماع", "قمة", "زيارة", "لقاء", "مؤتمر"})) return true;
            }
          }
          // (Nor a plan that qualifies a noun after a verb: استقبل الوزير …، الذي يزور المملكة تحضيراً لاجتماع
          // … المقرر عقده في بغداد الشهر المقبل — the meeting is planned, the reception done.)
          if (row.kind != "noun") {
            static const std::unordered_set<std::string_view> planned = {
                "المقرر", "المقررة", "المزمع", "المزمعة", "المرتقب", "المرتقبة", "المنتظر", "المنتظرة"};
            for (std::size_t j = f.last + 1; j < k; ++j) {
              if (planned.count(tokens[j].norm)) return true;
            }
          }
          // (A relative clause's later date may be the act's own plan: يتطلع لاستقبال الرئيس الصيني خلال
          // زيارة الدولة التي سيقوم بها في سبتمبر المقبل.)
          // (A condemnation's relative clause dates what is condemned: أدانت الهجوم الذي استهدف أمس …)
          const bool past = (d.date.valid() && reference.valid() && d.date.year < reference.year) ||
                            row.cameo.starts_with("11");
          // (So does a definite participle that qualifies a noun: طالبت روسيا بالالتزام باتفاق وقف إطلاق
          // النار الموقع في موسكو مطلع آذار 2020.)
          static const std::unordered_set<std::string_view> qualifying = {
              "الموقع",  "الموقعة", "المبرم",   "المبرمة", "الصادر",
              "الصادرة", "المنعقد", "المنعقدة", "المؤرخ",  "المؤرخة"};
          for (std::size_t j = f.last + 1; j < k; ++j) {
            if (((IsRelativePronoun(tokens[j]) || qualifying.count(tokens[j].norm)) && past) ||
                while_words.count(tokens[j].norm))
              return true;
          }
        } else if (k < f.first) {
          // (Before it, only the next step of a plan: … غدا الأربعاء إلى باريس، على أن يختتم جولته في برلين
          // يوم الجمعة. A date before بينما/حين dates the story it opens: في 3 نوفمبر 2009 حين اجتازت ….)
          // (Nor a date before "قبل أن", whose act came after: شهدت المدينة يوم السبت اشتباكات، قبل أن يشن
          // الجيش يوم الأربعاء هجوما. After "بعد أن" the act came first, on that day or just before it.)
          for (std::size_t j = k + 1; j < f.first; ++j) {
            const bool then = tokens[j].norm == "علي" || tokens[j].norm == "قبل";
            if (then && j + 1 < f.first && tokens[j + 1].norm == "ان") return true;
          }
        }
        return false;
      };
      for (const DateMention& d : entities.dates) {
        if (said_with_act(d) && !occasion(d) && !other_clause(d) && e.modality == "asserted" && later(d)) {
          e.modality = "future";
        }
      }
      for (const DateMention& d : entities.dates) {
        if (said_with_act(d) && d.date.valid() && !occasion(d) && !other_clause(d)) {
          e.date = d.date.ToString();
          e.date_precision = d.precision;
          e.date_source = "text";
          // A bare weekday with a verb in the present tense is the coming one (تصل موغيريني إلى المملكة
          // الاثنين, told on a Friday): the day after the article's, and a plan.
          std::string_view verb = tokens[f.first].norm;
          for (std::string_view lead : {"و", "ف"}) {
            if (verb.size() > 6 && verb.starts_with(lead)) verb.remove_prefix(lead.size());
          }
          const bool present =
              // (A phrase's verb only after أن, a plan's next step: على أن يختتم جولته في برلين يوم الجمعة;
              // ويبدأ غابريال زيارته told on Monday of Sunday's arrival is the visit under way.)
              (row.kind == "verb" || (row.kind == "phrase" && IsImperfectOf(tokens[f.first], row) &&
                                      f.first > 0 && tokens[f.first - 1].norm == "ان")) &&
              (verb.starts_with("ي") || verb.starts_with("ت")) && !Intersects({verb}, row.words.front()) &&
              !(f.first > 0 && (tokens[f.first - 1].norm == "كان" || tokens[f.first - 1].norm == "وكان" ||
                                tokens[f.first - 1].norm == "كانت")) &&
              // (قبل أن يشن الجيش يوم الأربعاء هجوما tells the past.)
              !(f.first > 1 && tokens[f.first - 1].norm == "ان" &&
                (tokens[f.first - 2].norm == "قبل" || tokens[f.first - 2].norm == "بعد"));
          if (present && (e.modality == "asserted" || e.modality == "future") && d.relative && !d.future &&
              reference.valid() && d.bare_weekday && !(d.date == reference)) {
            const CivilDate coming = DaysAfter(d.date, 7);
            e.date = coming.ToString();
            e.modality = "future";
          }
          // History is what is older than about a year (manual): a month or day before the one a year back,
          // or a year before this one (وكان هوكشتاين قد زار لبنان في آب الماضي, told in January, happened).
          const CivilDate year_back = DaysAfter(reference, -366);
          const bool older_than_a_year =
              d.date.month == 0
                  ? d.date.year < reference.year
                  : std::make_tuple(d.date.year, d.date.month, d.date.day == 0 ? 31 : d.date.day) <
                        std::make_tuple(year_back.year, year_back.month, year_back.day);
          if (e.modality == "asserted" && reference.valid() && older_than_a_year) {
            e.modality = "historical";
          }
          if (e.modality == "asserted" && reference.valid() && d.date.year > reference.year)
            e.modality = "future";
          break;
        }
      }
      // Years ago (قبل تسع سنوات، قبل عامين) is history in the clause of the act.
      for (std::size_t k = 0; e.modality == "asserted" && k + 1 < tokens.size(); ++k) {
        if (tokens[k].norm != "قبل") continue;
        for (std::size_t j = k + 1; j < tokens.size() && j <= k + 3; ++j) {
          const std::string_view w = BaseOf(tokens[j]);
          // (Not a time span with the article: قبل نهاية السنة الجارية is a deadline to come.)
          if (tokens[j].word && tokens[j].word->has_article()) break;
          if (w == "سنوات" || w == "سنة" || w == "سنين" || w == "اعوام" || w == "عاما" || w == "عامين" ||
              w == "سنتين" || w == "عقود" || w == "عقد") {
            e.modality = "historical";
            how += ", years ago";
            break;
          }
        }
      }
      // A headline tells the lead's news without its day: the lead sentence's date is the headline's
      // (السلطات الإيرانية تقمع تظاهرة … / اعتقل أكثر من 200 مدرس، يوم أمس …).
      if (e.date.empty() && sentences[s].is_title) {
        std::size_t lead = s + 1;
        while (lead < sentences.size() && sentences[lead].is_title) ++lead;
        // (Past a dateline standing alone: الرياض: «الشرق الأوسط» / استقبل …، اليوم (الأحد)، …)
        for (std::size_t tried = 0; tried < 2 && e.date.empty() && lead < sentences.size(); ++tried, ++lead) {
          for (const DateMention& d : entities.dates) {
            if (d.span.begin < sentences[lead].span.begin || d.span.end > sentences[lead].span.end ||
                !d.date.valid() || d.precision != DatePrecision::kDay || later(d) || occasion(d) ||
                (reference.valid() && d.date.year != reference.year)) {
              continue;
            }
            e.date = d.date.ToString();
            e.date_precision = d.precision;
            e.date_source = "text";
            break;
          }
          if (sentences[lead].tokens.size() > 8) break;
        }
      }
      if (e.date.empty() && reference.valid()) {
        e.date = reference.ToString();
        e.date_precision = reference.precision();
        e.date_source = "publication";
      }
      // Where: a place after في in the sentence.
      std::string location_country;
      // A statement's place is where it was made, said before it (وفي مؤتمر صحفي في لشبونة، اتهم …); a
      // place after it is usually what it is about (أدانت الهجوم الذي وقع في مدينة مروة).
      const bool verbal = code.category == "ACCUSE" || code.category == "REQUEST" ||
                          code.category == "REJECT" || code.category == "THREATEN" ||
                          code.category == "SUPPORT" || code.category == "AGREE";
      // Whether the place is said as where the act happened.
      auto said_as_where = [&](const Mention& place) {
        const std::size_t first = TokenAt(tokens, place.span.begin);
        if (first >= tokens.size()) return false;
        // "في العاصمة الإيرانية طهران", "في مدينة مروة": a word for the kind of place may come between.
        static const std::unordered_set<std::string_view> kinds = {
            "العاصمة", "عاصمة", "مدينة", "بلدة", "قرية", "محافظة", "ولاية", "منطقة", "اقليم", "ميناء"};
        std::size_t fi = first;
        if (fi >= 2 && kinds.count(tokens[fi - 1].norm)) {
          fi -= 1;
        } else if (fi >= 3 && kinds.count(tokens[fi - 2].norm)) {
          fi -= 2;
        }
        // (Or وفي opening the sentence: وفي مأرب، شنت المليشيا فجر اليوم هجوماً.)
        if (fi > 0 && (tokens[fi - 1].norm == "في" || tokens[fi - 1].norm == "وفي")) return true;
        // "يستقبل ملك البحرين بالرياض": a city with ب is where; a trip's place after إلى is where it goes.
        const bool city = !place.country.empty();
        const bool trip = code.category == "CONSULT" && (cameo_code == "042" || cameo_code == "043");
        if (city && first > 0 && trip && tokens[first - 1].norm == "الي") return true;
        // "في قصر السلام بجدة": the city after the building the في introduced.
        const WordAnalysis* w = tokens[first].word;
        if (!w || w->proclitics.empty() || w->proclitics.front() != "ب") return false;
        bool after_fi = city;
        for (std::size_t k = first >= 3 ? first - 3 : 0; k < first; ++k) after_fi |= tokens[k].norm == "في";
        return after_fi;
      };
      // A meeting's topics come after what was discussed (تناولت تطورات الأوضاع في قطاع غزة, جرى خلاله
      // استعراض الجهود لخفض التصعيد في قطاع غزة): a place among them is what they talked about.
      std::size_t topics_from = tokens.size();
      if (code.category == "CONSULT") {
        static const std::unordered_set<std::string_view> topic_words = {
            "تناول",   "تناولت", "تناولا",  "استعراض", "مناقشة", "بحث",      "تطورات", "التطورات",
            "الاوضاع", "اوضاع",  "مستجدات", "حول",     "بشان",   "بخصوص",    "ازاء",   "الجهود",
            "القضايا", "الازمة", "الحرب",   "التصعيد", "الملف",  "العلاقات", "سبل"};
        for (std::size_t k = f.last + 1; k < tokens.size(); ++k) {
          if (topic_words.count(tokens[k].norm)) {
            topics_from = k;
            break;
          }
        }
      }
      for (const Mention& place : entities.mentions) {
        if (place.sentence != static_cast<int>(s) || place.type != MentionType::kLocation) continue;
        if (verbal && place.span.begin > trigger_span.begin) continue;
        if (TokenAt(tokens, place.span.begin) > topics_from && topics_from < tokens.size()) continue;
        if (said_as_where(place)) {
          e.location = WithoutProclitics(std::string(article.View(place.span)), place, sentences);
          location_country = place.country;
          break;
        }
      }
      // A visit happens where the visitor goes: the state or city visited (يزور إيران، زيارة لشبونة).
      if (e.location.empty() && cameo_code == "042" && e.recipient.size() == 1 &&
          e.recipient[0].entity >= 0) {
        const MentionType type = entities.entities[e.recipient[0].entity].type;
        if (type == MentionType::kCountry || type == MentionType::kLocation) {
          const std::string& place = e.recipient[0].text;
          e.location = place.starts_with("لل") ? "ال" + place.substr(std::string("لل").size()) : place;
        }
      }
      // A threat told by what the threatener's own state will do (هدد وزير الدفاع الإسرائيلي بأن إسرائيل
      // «ستعيد لبنان إلى العصر الحجري»): the one threatened is the party that act falls on.
      if (code.category == "THREATEN" && e.recipient.size() == 1 && !e.actor.empty() &&
          e.recipient[0].org.empty() && !e.recipient[0].country.empty() &&
          e.recipient[0].country == e.actor[0].country) {
        const std::size_t own = TokenAt(tokens, e.recipient[0].span.begin);
        const bool told = own >= 1 && own < tokens.size() &&
                          (tokens[own - 1].norm == "بان" || tokens[own - 1].norm == "ان");
        for (const Mention& party : entities.mentions) {
          const std::size_t at = TokenAt(tokens, party.span.begin);
          if (!told || party.sentence != static_cast<int>(s) || at <= own || at > own + 6 ||
              party.country.empty() || party.country == e.actor[0].country ||
              party.type == MentionType::kLocation)
            continue;
          std::vector<EventParty> threatened;
          party_of(party, &threatened);
          if (threatened.empty()) continue;
          e.recipient = std::move(threatened);
          break;
        }
      }
      // An attack on a place happens there (قصفت المدفعية أطراف بلدة عيتا الشعب).
      if (e.location.empty() && code.category == "ASSAULT" && e.recipient.size() == 1) {
        for (const Mention& place : entities.mentions) {
          if (place.type == MentionType::kLocation && place.span.begin == e.recipient[0].span.begin &&
              place.span.end == e.recipient[0].span.end) {
            e.location = WithoutProclitics(e.recipient[0].text, place, sentences);
            break;
          }
        }
      }
      // Two sides meeting in a state neither of them is (الرئيس اليمني … مبعوث الأمم المتحدة … في الرياض)
      // meet at a third location (manual: 044).
      if (e.cameo == "040" && e.mode != "multilateral" && !location_country.empty() && !e.actor.empty() &&
          !e.recipient.empty()) {
        bool at_home = false;
        for (const auto* side : {&e.actor, &e.recipient}) {
          for (const EventParty& p : *side) at_home |= p.country == location_country;
        }
        if (!at_home) {
          SetCode("044", m.cameo.at("044"), &e);
          e.pattern += ", met in a third state";
        }
      }
      // Crowds, civilians and victims without a country of their own are of the country where it happened
      // (المتظاهرون في اسطنبول, مقتل مدنيين في مدينة مروة شمال الكاميرون): the sentence's first place or
      // country, else the headline's. Unnamed attackers stay without one (manual: INS, country null).
      if (code.quad == 3 || code.quad == 4) {
        for (auto* side : {&e.actor, &e.recipient}) {
          for (EventParty& party : *side) {
            // (Soldiers or police killed, unnamed, are the state's where it happened too.)
            const bool unnamed_forces =
                side == &e.recipient && party.entity < 0 && (party.sector == "MIL" || party.sector == "COP");
            if (!party.country.empty() || !party.org.empty() ||
                (party.entity < 0 && party.sector != "CVL" && !unnamed_forces))
              continue;
            // (Not those deported, foreigners whose state the text does not give: رحّلت السلطات 300 مهاجر.)
            if (side == &e.recipient && cameo_code == "174") continue;
            if (party.sector != "CVL" && party.sector != "" && party.sector != "OPP" &&
                party.sector != "BUS" && !unnamed_forces)
              continue;
            // The place where it happened first: مظاهرة في نيويورك ضد الاتفاق الإيراني is American.
            party.country = location_country;
            // The public a state's authorities act on is their own when the sentence names no place
            // (أعدمت السلطات الإيرانية ثلاثة أشخاص): before the headline's or the article's places.
            std::string authority_country;
            if (side == &e.recipient && party.sector == "CVL") {
              for (const EventParty& p : e.actor) {
                if (authority_country.empty() &&
                    (p.sector == "GOV" || p.sector == "COP" || p.sector == "JUD"))
                  authority_country = p.country;
              }
            }
            for (int where : {static_cast<int>(s), 0}) {
              if (!party.country.empty()) break;
              if (where != static_cast<int>(s) && !authority_country.empty()) {
                party.country = authority_country;
                break;
              }
              for (const Mention& place : entities.mentions) {
                // (The headline's nationality adjectives are its actors': وزير الدفاع الأميركي. Nor is an
                // adjective in what the public is against its place: مظاهرة في تايمز سكوير ضد الاتفاق
                // النووي الإيراني.)
                bool loose_adjective = false;
                if (place.how != "attachment" && place.type == MentionType::kCountry &&
                    IsNisba(Normalize(article.View(place.span))) && place.sentence >= 0 &&
                    static_cast<std::size_t>(place.sentence) < sentences.size()) {
                  const auto& words = sentences[place.sentence].tokens;
                  const std::size_t at = TokenAt(words, place.span.begin);
                  for (std::size_t k = at >= 4 ? at - 4 : 0; k < at && k < words.size(); ++k) {
                    loose_adjective |= words[k].norm == "ضد";
                  }
                }
                const bool own_sentence = where == static_cast<int>(s);
                // (Nor is the other side's nationality: مقتل زعيم جماعة خراسان في غارة أمريكية.)
                bool other_side = false;
                if (side == &e.recipient && code.category == "ASSAULT") {
                  for (const EventParty& p : e.actor) {
                    other_side |= p.span.begin <= place.span.begin && place.span.end <= p.span.end &&
                                  p.country == place.country;
                  }
                }
                if (place.sentence == where && !place.country.empty() &&
                    (place.type == MentionType::kLocation || place.type == MentionType::kCountry) &&
                    (own_sentence || place.how != "attachment") &&
                    !(loose_adjective && party.sector == "CVL") && !other_side) {
                  party.country = place.country;
                  break;
                }
              }
              if (!party.country.empty()) break;
            }
            if (party.country.empty()) party.country = authority_country;  // (a headline's own sentence)
            // (Only the public: a person nobody placed is not made a national of the story's state.)
            if (party.country.empty() && party.sector == "CVL") party.country = article_place_country;
          }
        }
      }
      (addressed_in_meeting || joint_pledge ? pending : events).push_back(std::move(e));
    }
  }

  // An invitation to visit (وجه الدعوة لخادم الحرمين للقيام بزيارة رسمية لمصر، دعاه إلى زيارة محافظة عدن)
  // announces the visit itself too: the manual codes the invited visit as a future CONSULT 042, the invitee
  // → the place visited (its state), or the inviter's side when no place is said.
  const std::size_t made_so_far = events.size();
  for (std::size_t i = 0; i < made_so_far; ++i) {
    const Event& invitation = events[i];
    if (invitation.cameo != "036" || invitation.modality != "asserted" || invitation.actor.empty() ||
        invitation.recipient.empty() || invitation.mentions.empty()) {
      continue;
    }
    const int s = invitation.mentions.front().sentence;
    if (s < 0 || static_cast<std::size_t>(s) >= sentences.size()) continue;
    const auto& tokens = sentences[s].tokens;
    std::size_t k = TokenAt(tokens, invitation.mentions.front().trigger_span.begin);
    // (Past the inviter's name: دعوة من الملك حمد بن عيسى آل خليفة عاهل البحرين لزيارة المنامة; and the
    // invitee's: دعوة رسمية من الرئيس الإيراني إبراهيم رئيسي إلى ولي العهد رئيس مجلس الوزراء الأمير محمد بن
    // سلمان لزيارة طهران — not into the next sentence's clause.)
    const std::size_t end =
        std::min(tokens.size(), TokenAt(tokens, invitation.mentions.front().trigger_span.end) + 30);
    while (k < end && !HasForm(tokens[k], {"زيارة"}) && tokens[k].norm != "." && tokens[k].norm != "؛") ++k;
    if (k < end && !HasForm(tokens[k], {"زيارة"})) continue;
    if (k >= end) continue;
    Event visit;
    visit.article_id = invitation.article_id;
    visit.url = invitation.url;
    visit.source = invitation.source;
    SetCode("042", m.cameo.at("042"), &visit);
    // (An invitation accepted, لبى الرئيس دعوة أمير قطر لزيارة الدوحة: the one who accepts goes.)
    const bool accepted = invitation.pattern.find(" لبى دعوة (") != std::string::npos ||
                          invitation.pattern.find(" قبل دعوة (") != std::string::npos;
    visit.actor = accepted ? invitation.actor : invitation.recipient;
    // The place right after the visit (لمصر، إلى مصر، محافظة عدن), up to three words on.
    for (const Mention& place : entities.mentions) {
      const std::size_t first = TokenAt(tokens, place.span.begin);
      if (place.sentence != s || first <= k || first > k + 3 || place.country.empty() ||
          (place.type != MentionType::kCountry && place.type != MentionType::kLocation)) {
        continue;
      }
      party_of(place, &visit.recipient);
      if (visit.recipient.empty()) continue;
      visit.location = visit.recipient.front().text;
      break;
    }
    if (visit.recipient.empty()) visit.recipient = accepted ? invitation.recipient : invitation.actor;
    // The place visited is not invited too (دعوة إلى صاحب السمو … للقيام بزيارة دولة إلى فرنسا).
    if (!accepted && visit.actor.size() > 1) {
      const EventParty& place = visit.recipient.front();
      auto is_place = [&](const EventParty& p) {
        return p.entity == place.entity && p.country == place.country && p.text == place.text;
      };
      visit.actor.erase(std::remove_if(visit.actor.begin(), visit.actor.end(), is_place), visit.actor.end());
      if (visit.actor.empty()) continue;
      std::vector<EventParty>& invited = events[i].recipient;
      invited.erase(std::remove_if(invited.begin(), invited.end(), is_place), invited.end());
    }
    // Not a visit to one's own side (دعا الرئيس وزراءه إلى زيارة المحافظات).
    if (visit.recipient.front().country == visit.actor.front().country &&
        !visit.actor.front().country.empty()) {
      continue;
    }
    visit.modality = "future";
    visit.trigger = std::string(article.View(tokens[k].span));
    visit.pattern = invitation.pattern + ", the visit invited to (future 042)";
    visit.mentions.push_back({s, sentences[s].span, tokens[k].span});
    visit.confidence = 0.5;
    events.push_back(std::move(visit));
  }

  // The invitee's reply hoping to make the invited visit (أعرب المبعوث الأممي عن أمله في أن يقوم بزيارة
  // محافظة عدن) accepts the invitation: AGREE 036 to the inviter (manual, section 1).
  const std::size_t invitations_end = events.size();
  for (std::size_t i = 0; i < invitations_end; ++i) {
    const Event invitation = events[i];  // (a copy: events grows below)
    if (invitation.cameo != "036" || invitation.modality != "asserted" || invitation.actor.empty() ||
        invitation.recipient.empty() || invitation.mentions.empty() ||
        invitation.pattern.find(" لبى دعوة (") != std::string::npos ||
        invitation.pattern.find(" قبل دعوة (") != std::string::npos) {
      continue;
    }
    auto invited = [&](const Mention& mention) {
      const Entity* entity = mention.entity >= 0 ? &entities.entities[mention.entity] : nullptr;
      return entity &&
             std::any_of(invitation.recipient.begin(), invitation.recipient.end(), [&](const EventParty& p) {
               return p.entity == mention.entity || (!p.org.empty() && p.org == entity->org) ||
                      (p.org.empty() && !p.country.empty() && p.country == entity->country &&
                       entity->org.empty());
             });
    };
    bool accepted = false;
    // (From the invitation's own sentence on: ووجه دعوة لنظيره …، فيما أعرب الأخير عن أمله في القيام بهذه
    // الزيارة.)
    const EventMention& told = invitation.mentions.front();
    for (std::size_t s = static_cast<std::size_t>(told.sentence); s < sentences.size() && !accepted; ++s) {
      const auto& tokens = sentences[s].tokens;
      for (std::size_t k = 0; k + 2 < tokens.size() && !accepted; ++k) {
        if (static_cast<int>(s) == told.sentence && tokens[k].span.begin < told.trigger_span.end) continue;
        // (Or accepts it outright: فيما قبل سموه الدعوة.)
        // (Or, in the invitation's sentence, accepts "it": وقد قبلها السوداني.)
        const bool accepts_it =
            static_cast<int>(s) == told.sentence &&
            (tokens[k].norm == "قبلها" || tokens[k].norm == "وقبلها" || tokens[k].norm == "فقبلها" ||
             tokens[k].norm == "لباها" || tokens[k].norm == "ولباها" || tokens[k].norm == "فلباها");
        // (Or promises to answer it: فوعد الأخير بتلبية الدعوة.)
        const bool promised = k >= 2 && (tokens[k].norm == "بتلبية" || tokens[k].norm == "تلبية") &&
                              tokens[k + 1].norm == "الدعوة" &&
                              (IsVerbOf(tokens[k - 2], {"وعد"}) || IsVerbOf(tokens[k - 1], {"وعد"}));
        if (IsVerbOf(tokens[k], {"قبل", "لبي"}) || accepts_it || promised) {
          std::size_t the_invitation = k + 1;
          while (!accepts_it && the_invitation < tokens.size() && the_invitation <= k + 3 &&
                 tokens[the_invitation].norm != "الدعوة") {
            ++the_invitation;
          }
          if (the_invitation >= tokens.size() || the_invitation > k + 3) continue;
          const auto accepter =
              std::find_if(entities.mentions.begin(), entities.mentions.end(), [&](const Mention& m2) {
                const std::size_t at = TokenAt(tokens, m2.span.begin);
                return m2.sentence == static_cast<int>(s) &&
                       (promised ? at < k && at + 3 >= k
                                 : at > k && (accepts_it ? at == k + 1 : at < the_invitation));
              });
          // (Accepting "it" with no one named after: وقد رحب سموه بالدعوة وقبلها — the invitee.)
          const bool unnamed = accepts_it && (accepter == entities.mentions.end() ||
                                              TokenAt(tokens, accepter->span.begin) != k + 1);
          if (!unnamed && (accepter == entities.mentions.end() || !invited(*accepter))) continue;
          const Span said{tokens[k].span.begin, tokens[accepts_it ? k : the_invitation].span.end};
          events.push_back(Reply(invitation, m.cameo.at("036"), std::string(article.View(said)),
                                 ", accepted: the invitee accepts it",
                                 {static_cast<int>(s), sentences[s].span, said}));
          accepted = true;
          continue;
        }
        if (!IsVerbOf(tokens[k], {"اعرب", "عبر"}) && tokens[k].norm != "معربا" && tokens[k].norm != "معربة")
          continue;
        std::size_t hope = k + 1;
        while (hope < tokens.size() && hope <= k + 12 && BaseOf(tokens[hope]) != "امل" &&
               tokens[hope].norm != "امله" && tokens[hope].norm != "تطلعه") {
          ++hope;
        }
        if (hope >= tokens.size() || hope > k + 12) continue;
        // (Or to honour it: عن أمله في أن يلبيها في أقرب فرصة.)
        std::size_t visit = hope + 1;
        // (Or to take part in the summit invited to: معرباً عن تطلعه للمشاركة في القمة.)
        while (visit < tokens.size() && visit <= hope + 6 && BaseOf(tokens[visit]) != "زيارة" &&
               BaseOf(tokens[visit]) != "مشاركة" && !tokens[visit].norm.starts_with("يلبي") &&
               !tokens[visit].norm.starts_with("تلبية") && !tokens[visit].norm.starts_with("تلبيت")) {
          ++visit;
        }
        if (visit >= tokens.size() || visit > hope + 6) continue;
        auto speaker =
            std::find_if(entities.mentions.begin(), entities.mentions.end(), [&](const Mention& m2) {
              const std::size_t at = TokenAt(tokens, m2.span.begin);
              return m2.sentence == static_cast<int>(s) && at > k && at < hope &&
                     !m2.how.starts_with("attachment");
            });
        // (A participle speaks for its sentence's subject: ورحب الرئيس بالدعوة، معرباً عن تطلعه ….)
        // (The nearest before it: وسلم الوزير الضيف سمو الأمير دعوة …، وقد رحب سموه بالدعوة، معرباً ….)
        if (speaker == entities.mentions.end() && (tokens[k].norm == "معربا" || tokens[k].norm == "معربة")) {
          for (auto m2 = entities.mentions.begin(); m2 != entities.mentions.end(); ++m2) {
            if (m2->sentence == static_cast<int>(s) && TokenAt(tokens, m2->span.begin) < k &&
                !m2->how.starts_with("attachment"))
              speaker = m2;
          }
        }
        if (speaker == entities.mentions.end() || !invited(*speaker)) continue;
        const std::size_t from = hope > 0 && tokens[hope - 1].norm == "عن" ? hope - 1 : hope;
        const Span said{tokens[from].span.begin, tokens[visit].span.end};
        events.push_back(Reply(invitation, m.cameo.at("036"), std::string(article.View(said)),
                               ", accepted: the invitee hopes to make the visit",
                               {static_cast<int>(s), sentences[s].span, said}));
        accepted = true;
      }
    }
  }

  // Acts made in a meeting or call (manual: speaker → addressee): the addressee of an act whose sentence
  // names none is the other side of the article's meeting that the speaker took part in.
  auto side_key = [](const EventParty& p) { return p.entity >= 0 ? p.entity : -1; };
  for (Event& e : pending) {
    if (e.actor.empty()) {  // a joint pledge: the parties of the article's first meeting between two sides
      auto meeting = std::find_if(events.begin(), events.end(), [](const Event& c) {
        return c.category == "CONSULT" && !c.actor.empty() && !c.recipient.empty();
      });
      if (meeting == events.end()) continue;
      e.actor = meeting->actor;
      e.actor.insert(e.actor.end(), meeting->recipient.begin(), meeting->recipient.end());
      events.push_back(std::move(e));
      continue;
    }
    // The meeting told before the act (a meeting told after it is another one: عندما التقى أخيرا …); else
    // the speaker's cable of congratulations, whose addressee his other words in it address too (أؤكد لكم
    // حرصنا الدائم على العمل معكم).
    const Event* meeting = nullptr;
    bool actor_is_actor = true;
    // (A cable's table row says so: the trigger quotes only the first word of a phrase, تلقى … برقية تهنئة.)
    auto congratulation = [](std::string_view t) {
      for (std::string_view w : {"هنأ", "هنئ", "تهنئة", "برقية", "رسالة"}) {
        if (t.find(w) != std::string_view::npos) return true;
      }
      return false;
    };
    // (The nearest such meeting: a call told after a reception, in the act's own sentence, is the one the
    // act was made in — تلقى اتصالاً هاتفياً من أمير قطر …، وأكدا حرصهما.)
    for (const bool cable : {false, true}) {
      if (meeting) break;
      for (const Event& c : events) {
        const bool communication =
            cable ? c.cameo == "051" && congratulation(c.pattern) : c.category == "CONSULT";
        if (!communication || c.actor.empty() || c.recipient.empty() || c.mentions.empty() ||
            e.mentions.empty() || c.mentions.front().sentence > e.mentions.front().sentence ||
            (meeting && c.mentions.front().sentence <= meeting->mentions.front().sentence)) {
          continue;
        }
        for (const auto& a : e.actor) {
          for (const auto& p : c.actor) {
            if (side_key(p) >= 0 && side_key(p) == side_key(a)) meeting = &c, actor_is_actor = true;
          }
          for (const auto& p : c.recipient) {
            if (!cable && side_key(p) >= 0 && side_key(p) == side_key(a))
              meeting = &c, actor_is_actor = false;
          }
        }
      }
    }
    if (!meeting) continue;
    // A dual verb with no subject of its own (وأكدا حرصهما، واتفقا على …) is said by both sides together.
    const EventMention& said = e.mentions.front();
    const auto& said_tokens = sentences[static_cast<std::size_t>(said.sentence)].tokens;
    const std::size_t said_at = TokenAt(said_tokens, said.trigger_span.begin);
    if (said_at >= said_tokens.size()) continue;  // (never: a trigger lies in its sentence)
    const Token& said_verb = said_tokens[said_at];
    const WordAnalysis* said_word = said_verb.word;
    const bool dual = said_word && said_word->verb && said_verb.norm.ends_with("ا") &&
                      said_word->base_norm.size() > 4 && !said_word->lemma_norm.ends_with("ا") &&
                      !said_verb.norm.ends_with("وا") && !said_verb.norm.ends_with("نا") &&
                      e.category != "CONSULT" &&
                      // (Nor one after a comma without و: داعيا إلى …)
                      !(IsParticipleSlot(said_tokens, said_at) && !StartsWithAnd(said_verb)) &&
                      // (Not a participle written with its tanween: وطالباً.)
                      article.View(said_verb.span).find("ً") == std::string_view::npos;
    if (dual) {
      for (const auto& p : actor_is_actor ? meeting->recipient : meeting->actor) e.actor.push_back(p);
      e.pattern += ", a dual verb: both sides of the meeting";
      events.push_back(std::move(e));
      continue;
    }
    e.recipient = actor_is_actor ? meeting->recipient : meeting->actor;
    e.pattern += ", addressee: the other side of the meeting";
    events.push_back(std::move(e));
  }

  // A headline's present tense is past or future alike (ولي ولي العهد يزور مصر): when the body tells the
  // same act between the same sides as a plan (سيقوم اليوم بزيارة), the headline announces that plan.
  auto sides = [](const std::vector<EventParty>& parties) {
    std::set<std::string> out;
    for (const auto& p : parties)
      out.insert(!p.org.empty() ? p.org : !p.country.empty() ? p.country : p.sector);
    return out;
  };
  // So is a meeting told in the present in the body (ويلتقي ولي ولي العهد خلال الزيارة الرئيس المصري).
  auto present_tense = [](std::string_view trigger) {
    if (trigger.starts_with("و") && trigger.size() > 6) trigger.remove_prefix(std::string_view("و").size());
    return trigger.starts_with("ي") || trigger.starts_with("ت");
  };
  for (Event& e : events) {
    if (e.modality != "asserted" || e.mentions.empty() || e.mentions[0].sentence < 0 ||
        static_cast<std::size_t>(e.mentions[0].sentence) >= sentences.size()) {
      continue;
    }
    if (!sentences[e.mentions[0].sentence].is_title &&
        !(e.category == "CONSULT" && present_tense(e.trigger))) {
      continue;
    }
    // (Not when the body also tells it as done: تنظّم وقفة احتجاجية over نظمت … وقفة احتجاجية.)
    auto same_act = [&](const Event& c) {
      return &c != &e && c.category == e.category && sides(c.actor) == sides(e.actor) &&
             sides(c.recipient) == sides(e.recipient) && !c.mentions.empty() && c.mentions[0].sentence >= 0 &&
             !sentences[static_cast<std::size_t>(c.mentions[0].sentence)].is_title;
    };
    // (Told in the same words: a visit the body says will happen is not done because a meeting was.)
    const bool told_done = std::any_of(events.begin(), events.end(), [&](const Event& c) {
      return same_act(c) && c.modality == "asserted" && Normalize(c.trigger) == Normalize(e.trigger);
    });
    for (const Event& c : events) {
      // (The same act: a planned visit is no plan of the reception the headline tells, استقبل … ووجه دعوة
      // لبوتفليقة لزيارة تونس.)
      if (!told_done && &c != &e && c.modality == "future" && c.category == e.category &&
          (c.cameo == e.cameo || c.cameo == "040" || e.cameo == "040") && sides(c.actor) == sides(e.actor) &&
          sides(c.recipient) == sides(e.recipient)) {
        e.modality = "future";
        e.pattern += ", the body tells it as a plan";
        break;
      }
    }
  }
  // One record per happening: the same category and the same parties (either way round for consultations).
  auto parties_key = [](const Event& e) {
    std::set<std::string> a, r;
    for (const auto& p : e.actor) a.insert(std::to_string(p.entity));
    for (const auto& p : e.recipient) r.insert(std::to_string(p.entity));
    std::string key;
    if (e.category == "CONSULT") {
      a.insert(r.begin(), r.end());
      r.clear();
    }
    for (const auto& x : a) key += x + ",";
    key += "|";
    for (const auto& x : r) key += x + ",";
    return KindOf(e) + "|" + e.modality + "|" + key;
  };
  // An act told after a dated meeting or call, by one of its parties, with no day of its own, was made in
  // it (manual, section 1: it takes the meeting's date, and its place when the text names one): "عقد
  // المجلس الوزاري أمس دورته في الدوحة … وأكد المجلس دعمه …".
  {
    auto same_side = [](const EventParty& a, const EventParty& b) {
      return (a.entity >= 0 && a.entity == b.entity) || SameState(a, b);
    };
    for (Event& act : events) {
      if (act.category == "CONSULT" || act.quad_class == 4 || act.modality != "asserted" ||
          act.date_source != "publication" || act.mentions.empty()) {
        continue;
      }
      const Event* meeting = nullptr;
      std::string background_place;
      for (const Event& c : events) {
        if (c.category != "CONSULT" || c.modality != "asserted" || c.date_source != "text" ||
            c.mentions.empty() || c.mentions.front().sentence > act.mentions.front().sentence ||
            TopicChangesBetween(sentences, c.mentions.front().sentence, act.mentions.front().sentence)) {
          continue;
        }
        bool party = false;
        for (const EventParty& a : act.actor) {
          for (const auto* side : {&c.actor, &c.recipient}) {
            for (const EventParty& p : *side) party |= same_side(a, p);
          }
        }
        // (A pluperfect arrival told after the meeting is background to it: استقبل الرئيس اليوم … وكان
        // الرئيس الصومالي قد وصل إلى القاهرة مساء أمس — the acts are the meeting's, of today.)
        // (Its place may still be the meeting's: وصل إلى القاهرة.)
        // (Not a call in the act's own sentence, which it was made in: وكان الرئيس قد أجرى … اتصالاً
        // هاتفياً بالرئيس الأسد، أكد خلاله تضامن مصر.)
        if (party && meeting && c.mentions.front().sentence != act.mentions.front().sentence &&
            Pluperfect(sentences[c.mentions.front().sentence].tokens,
                       TokenAt(sentences[c.mentions.front().sentence].tokens,
                               c.mentions.front().trigger_span.begin))) {
          if (background_place.empty()) background_place = c.location;
          continue;
        }
        if (party) meeting = &c;
      }
      if (!meeting) continue;
      act.date = meeting->date;
      act.date_precision = meeting->date_precision;
      act.date_source = "meeting";
      if (act.location.empty()) act.location = meeting->location;
      if (act.location.empty()) act.location = background_place;
    }
  }
  // A headline's condemnation of an attack it does not say who made (سورية تدين العدوان الثلاثي) is the
  // body's condemnation by the same side, which names the attackers: the headline's goes.
  {
    std::vector<bool> told_in_body(events.size(), false);
    for (std::size_t h = 0; h < events.size(); ++h) {
      const Event& head = events[h];
      if (head.category != "ACCUSE" || head.mentions.empty() || head.recipient.size() != 1 ||
          head.recipient[0].sector != "INS" || !head.recipient[0].country.empty() ||
          !head.recipient[0].org.empty())
        continue;
      const int s = head.mentions.front().sentence;
      if (s < 0 || static_cast<std::size_t>(s) >= sentences.size() || !sentences[s].is_title) continue;
      told_in_body[h] = std::any_of(events.begin(), events.end(), [&](const Event& body) {
        if (&body == &head || body.category != "ACCUSE" || body.mentions.empty() ||
            body.mentions.front().sentence == s || body.recipient.empty() ||
            body.recipient[0].sector == "INS")
          return false;
        return std::any_of(body.actor.begin(), body.actor.end(), [&](const EventParty& a) {
          return std::any_of(head.actor.begin(), head.actor.end(), [&](const EventParty& x) {
            return (a.entity >= 0 && a.entity == x.entity) || (!a.country.empty() && a.country == x.country);
          });
        });
      });
    }
    std::vector<Event> kept;
    kept.reserve(events.size());
    for (std::size_t i = 0; i < events.size(); ++i) {
      if (!told_in_body[i]) kept.push_back(std::move(events[i]));
    }
    events = std::move(kept);
  }
  std::vector<Event> merged;
  std::map<std::string, std::size_t> index;
  for (Event& e : events) {
    const std::string key = parties_key(e);
    auto it = index.find(key);
    if (it == index.end()) {
      index[key] = merged.size();
      merged.push_back(std::move(e));
      continue;
    }
    Event& into = merged[it->second];
    // (Not an act of the same sides in another month the text gives: وكان العبادي قد زار الرياض في يونيو.)
    if (OtherMonth(into, e) || OtherPlace(into, e, article, sentences)) {
      index[key] = merged.size();
      merged.push_back(std::move(e));
      continue;
    }
    // A visit or a call says more than "met": the more specific code and its roles win.
    const bool more_specific =
        into.cameo.size() < 4 && (into.cameo == "040" || into.cameo == "030") && e.cameo != into.cameo;
    if (more_specific) {
      std::vector<EventMention> mentions = std::move(into.mentions);
      mentions.insert(mentions.end(), e.mentions.begin(), e.mentions.end());
      into = std::move(e);
      into.mentions = std::move(mentions);
    } else {
      // (A headline's act dated by the lead, told below with its own day: that day.)
      if (ToldOnlyInHeadline(into, sentences) && e.date_source == "text" && !more_specific) {
        into.date = e.date;
        into.date_precision = e.date_precision;
      }
      into.mentions.insert(into.mentions.end(), e.mentions.begin(), e.mentions.end());
    }
    TakeWhenAndWhere(e, &into);
  }
  // Mentions that name fewer parties of the same act (المظاهرة … تجمع المتظاهرون; زيارة … استقبل) are the
  // same happening: an event whose parties are a subset of another's, on both sides, joins it.
  // Parties are compared as the states and organisations they stand for (البحرين and الخارجية البحرينية are
  // one side), as the coding manual counts one act per actor → recipient pair in an article.
  // (A region's own government is another host than its state's: Baghdad and the Kurdistan Region, manual
  // section 1.)
  auto keys = [&](const std::vector<EventParty>& parties) {
    std::set<std::string> out;
    for (const auto& p : parties) {
      const bool regional =
          p.entity >= 0 && entities.entities[p.entity].role.starts_with("regional_") && p.org.empty();
      out.insert(!p.org.empty()       ? "org:" + p.org
                 : regional           ? "region:" + p.country
                 : !p.country.empty() ? "country:" + p.country
                                      : "sector:" + p.sector);
    }
    return out;
  };
  // An earlier act told in the pluperfect by another of the side's officials is another act, whatever its
  // category shares with the news (محمّلاً إسرائيل المسؤولية … وكانت وزارة الخارجية قد استدعت السفير).
  auto told_earlier_by_another = [&](const Event& a, const Event& b) {
    auto told_before = [&](const Event& e) {
      const EventMention& first = e.mentions.front();
      const auto& tokens = sentences[first.sentence].tokens;
      return Pluperfect(tokens, TokenAt(tokens, first.trigger_span.begin));
    };
    auto entities_of = [](const std::vector<EventParty>& side) {
      std::set<int> ids;
      for (const auto& p : side) ids.insert(p.entity);
      return ids;
    };
    return a.category != "CONSULT" && !a.mentions.empty() && !b.mentions.empty() &&
           told_before(a) != told_before(b) && entities_of(a.actor) != entities_of(b.actor);
  };
  auto nested = [](const std::set<std::string>& a, const std::set<std::string>& b) {
    return std::includes(a.begin(), a.end(), b.begin(), b.end()) ||
           std::includes(b.begin(), b.end(), a.begin(), a.end());
  };
  // A headline that joins states the body tells apart (البحرين والسودان تقطعان علاقاتهما مع إيران … أعلنت
  // مملكة البحرين قطع علاقاتها … أعلنت الخارجية السودانية قطع العلاقات): each state's act is its own
  // event, and the headline is told by them.
  for (std::size_t h = 0; h < merged.size();) {
    Event& head = merged[h];
    auto head_actors = keys(head.actor);
    if (!ToldOnlyInHeadline(head, sentences) || head_actors.size() < 2 || head.category == "CONSULT" ||
        head.category == "AGREE") {
      ++h;
      continue;
    }
    const auto head_recipients = keys(head.recipient);
    bool split = false;
    for (std::size_t b = 0; b < merged.size(); ++b) {
      if (b == h) continue;
      Event& body = merged[b];
      const auto body_actors = keys(body.actor);
      if (!SameKind(body, head) || body.modality != head.modality || body_actors.size() != 1 ||
          !head_actors.count(*body_actors.begin()) || !nested(keys(body.recipient), head_recipients)) {
        continue;
      }
      // (Its partner too: المملكة وناميبيا توقعان … وقعت المملكة مع ناميبيا.)
      std::set<std::string> told = body_actors;
      for (const std::string& k : keys(body.recipient)) told.insert(k);
      std::erase_if(head.actor, [&](const EventParty& p) { return told.count(*keys({p}).begin()) > 0; });
      for (const std::string& k : told) head_actors.erase(k);
      body.mentions.insert(body.mentions.begin(), head.mentions.begin(), head.mentions.end());
      split = true;
    }
    if (split && head.actor.empty()) {
      merged.erase(merged.begin() + static_cast<std::ptrdiff_t>(h));
      continue;
    }
    ++h;
  }
  // (A headline's summary joins the body's act first, before two undirected mentions join each other: in
  // "ومستعمرون يهاجمون قرية برقة" the settlers' raid told in full below, not the soldiers' shooting.)
  for (int pass = 0; pass < 2; ++pass)
    for (std::size_t i = 0; i < merged.size(); ++i) {
      for (std::size_t j = i + 1; j < merged.size();) {
        Event& a = merged[i];
        Event& b = merged[j];
        const auto aa = keys(a.actor), ar = keys(a.recipient), ba = keys(b.actor), br = keys(b.recipient);
        std::set<std::string> common;
        std::set_intersection(aa.begin(), aa.end(), ba.begin(), ba.end(),
                              std::inserter(common, common.end()));
        // A joint act (both parties as actors, no recipient) is not a directed one of the same category,
        // except a meeting: "الرئيسان بحثا" is the call "بحث الرئيس مع نظيره" again.
        std::set<std::string> a_all = aa, b_all = ba;
        a_all.insert(ar.begin(), ar.end());
        b_all.insert(br.begin(), br.end());
        const bool same_meeting = a.category == "CONSULT" && a.category == b.category &&
                                  a.modality == b.modality && ar.empty() != br.empty() && a_all == b_all &&
                                  a_all.size() >= 2;
        // A reception or visit and a plain meeting of the same two sides told from the other side (استقبل X
        // Y … عقد Y وX اجتماعا موسعا) are one visit (manual, section 1): the visit's code and roles win.
        const bool reversed_meeting = a.category == "CONSULT" && b.category == "CONSULT" &&
                                      a.modality == b.modality && !aa.empty() && !ar.empty() && aa == br &&
                                      ar == ba && a.cameo != b.cameo &&
                                      (a.cameo == "040" || b.cameo == "040");
        if (reversed_meeting && pass == 1) {
          if (a.cameo == "040") std::swap(a, b);
          a.mentions.insert(a.mentions.end(), b.mentions.begin(), b.mentions.end());
          TakeWhenAndWhere(b, &a);
          merged.erase(merged.begin() + static_cast<std::ptrdiff_t>(j));
          continue;
        }
        // A headline that does not say whom (طائرة أمريكية تقتل قياديا في القاعدة) tells the body's act of
        // the same doer (not for meetings and pledges, where no recipient means a joint act). (A headline cut
        // in two by "..": both parts are the headline.)
        const bool headline_summary = KindOf(a) == KindOf(b) && a.modality == b.modality &&
                                      a.category != "CONSULT" && a.category != "AGREE" && !common.empty() &&
                                      nested(aa, ba) && ar.empty() != br.empty() &&
                                      ToldOnlyInHeadline(ar.empty() ? a : b, sentences);
        // (Not in another month the text gives for each.)
        const bool other_day =
            OtherMonth(a, b) || OtherPlace(a, b, article, sentences) || told_earlier_by_another(a, b);
        const bool same =
            !other_day &&
            (headline_summary ||
             (pass == 1 && (same_meeting || (SameKind(a, b) && a.modality == b.modality && !common.empty() &&
                                             ar.empty() == br.empty() && nested(aa, ba) && nested(ar, br)))));
        if (!same) {
          ++j;
          continue;
        }
        // The directed record (with a recipient), else the one with more parties, names the happening; the
        // body's record names it whole against a headline's summary (its code and trigger too).
        if (headline_summary) {
          if (ar.empty()) std::swap(a, b);
        } else if ((ar.empty() && !br.empty()) ||
                   (ar.empty() == br.empty() && ba.size() + br.size() > aa.size() + ar.size())) {
          std::swap(a.actor, b.actor);
          std::swap(a.recipient, b.recipient);
        }
        // Talks told as a meeting in one mention and as a phone call in another (يبحث … بحث … خلال اتصال
        // هاتفي) were a call.
        if (a.category == "CONSULT" && a.cameo == "040" && b.cameo == "041" && a.mode.empty()) {
          a.cameo = b.cameo;
          a.mode = b.mode;
          a.goldstein = b.goldstein;
          a.quad_class = b.quad_class;
        }
        a.mentions.insert(a.mentions.end(), b.mentions.begin(), b.mentions.end());
        if (headline_summary) {
          std::stable_sort(
              a.mentions.begin(), a.mentions.end(),
              [](const EventMention& x, const EventMention& y) { return x.sentence < y.sentence; });
        }
        TakeWhenAndWhere(b, &a);
        merged.erase(merged.begin() + static_cast<std::ptrdiff_t>(j));
      }
    }
  // Those who report violence do not do it: a news agency or a monitoring group (أعلن المرصد السوري قصف
  // الطيران المروحي …) is the source of an attack, an arrest or a threat, never its doer.
  std::erase_if(merged, [](Event& e) {
    if (e.category != "ASSAULT" && e.category != "COERCE" && e.category != "SANCTION" &&
        e.category != "THREATEN") {
      return false;
    }
    const std::size_t before = e.actor.size();
    std::erase_if(e.actor, [](const EventParty& p) { return p.sector == "MED"; });
    return before > 0 && e.actor.empty();
  });
  // No one acts on himself: one entity on both sides is a misreading (واستقبل الجميع … وقدم مدير المركز).
  // (Every actor among the recipients: a meeting merged with its joint talks keeps both sides.)
  std::erase_if(merged, [](const Event& e) {
    if (e.actor.empty() || e.recipient.empty()) return false;
    return std::all_of(e.actor.begin(), e.actor.end(), [&](const EventParty& a) {
      return a.entity >= 0 && std::any_of(e.recipient.begin(), e.recipient.end(),
                                          [&](const EventParty& r) { return r.entity == a.entity; });
    });
  });
  // An attack on its doer's own state, not on its people or its rebels, is the doer's nationality misread
  // as the target (قصفت المدفعية التركية … قرى في دهوك, TUR → TUR; الغارات الأمريكية تستهدف): the
  // target is then unnamed, and the place's people stand in below. (An army on its own people is kept:
  // SDN → SDN CVL.)
  for (Event& e : merged) {
    if (e.category != "ASSAULT" || e.actor.empty() || e.recipient.empty()) continue;
    const bool own_state = std::all_of(e.recipient.begin(), e.recipient.end(), [&](const EventParty& r) {
      // (The state by its name or adjective, or its government and forces — not fighters, مقاتلين ليبيين.)
      const bool named_state =
          r.sector.empty() && r.entity >= 0 && entities.entities[r.entity].type == MentionType::kCountry;
      const bool state_itself = r.org.empty() && !r.country.empty() &&
                                (named_state || r.sector == "GOV" || r.sector == "MIL" || r.sector == "COP");
      // (Not one of its own forces that another fights: اشتباكات بين اللواء 444 وجهاز الردع, LBY → LBY.)
      const bool other_force = e.cameo == "193" && r.entity >= 0 &&
                               entities.entities[r.entity].type == MentionType::kOrganization &&
                               (r.sector == "MIL" || r.sector == "COP") &&
                               std::all_of(e.actor.begin(), e.actor.end(), [&](const EventParty& a) {
                                 return a.entity >= 0 && a.entity != r.entity &&
                                        entities.entities[a.entity].type == MentionType::kOrganization;
                               });
      return state_itself && !other_force &&
             std::any_of(e.actor.begin(), e.actor.end(),
                         [&](const EventParty& a) { return a.org.empty() && a.country == r.country; });
    });
    if (!own_state) continue;
    e.recipient.clear();
    e.pattern += ", the doer's own state is no target";
  }
  // An attack that names no target struck the place where it happened (manual, worked example 3: the
  // suicide bombing → "مدينة مروة شمال الكاميرون", CMR, CVL): its people are the recipient.
  for (Event& e : merged) {
    if (e.category != "ASSAULT" || !e.recipient.empty() || e.location.empty()) continue;
    for (const Mention& place : entities.mentions) {
      const bool in_event = std::any_of(e.mentions.begin(), e.mentions.end(), [&](const EventMention& em) {
        return em.sentence == place.sentence;
      });
      if (!in_event || (place.type != MentionType::kLocation && place.type != MentionType::kCountry) ||
          WithoutProclitics(std::string(article.View(place.span)), place, sentences) != e.location) {
        continue;
      }
      // A town the lexicons do not know takes the state said right after it (مروة شمال الكاميرون).
      std::string country = place.country;
      const auto& tokens = sentences[place.sentence].tokens;
      const std::size_t after = TokenAt(tokens, place.span.end);
      for (const Mention& state : entities.mentions) {
        if (!country.empty()) break;
        const std::size_t at = TokenAt(tokens, state.span.begin);
        if (state.sentence == place.sentence && state.type == MentionType::kCountry && at >= after &&
            at <= after + 1) {
          country = state.country;
        }
      }
      if (country.empty()) break;
      EventParty people;
      people.text = e.location;
      people.country = country;
      people.sector = "CVL";
      people.span = place.span;
      e.recipient.push_back(std::move(people));
      e.pattern += ", target: the people of the place";
      break;
    }
  }
  // An attack told without its doer (قتل عنصران من الشرطة … في هجوم جديد) and the same attack told with
  // it (مقاتلين من حزب العمال الكردستاني هاجموا …) are one happening: the unnamed attackers (INS) are the
  // named ones not yet said. It joins a named attack on the same side told near it (within two sentences,
  // or anywhere when the unnamed one is the headline's or the lead's summary), and a doerless killing with
  // no victim or other place either (وقتل اثنان منهم خلال تبادل إطلاق النار) goes on telling the attack just
  // before it.
  // Record `from` tells the happening of record `into` again: its mentions, date and place join it and it
  // goes (the records after it move up by one).
  auto fold_into = [&](std::size_t from, std::size_t into, std::string_view why) {
    Event& kept = merged[into];
    kept.mentions.insert(kept.mentions.end(), merged[from].mentions.begin(), merged[from].mentions.end());
    TakeWhenAndWhere(merged[from], &kept);
    kept.pattern += why;
    merged.erase(merged.begin() + static_cast<std::ptrdiff_t>(from));
  };
  // (A word for attackers is no name either: اعتداء إرهابيين.)
  auto unnamed_doer = [&](const Event& e) {
    return e.category == "ASSAULT" && !e.actor.empty() &&
           std::all_of(e.actor.begin(), e.actor.end(), [&](const EventParty& p) {
             const bool word_for_them =
                 p.entity < 0 || entities.entities[p.entity].type == MentionType::kGroup;
             return word_for_them && p.sector == "INS" && p.org.empty() && p.country.empty();
           });
  };
  for (std::size_t i = 0; i < merged.size();) {
    const Event& unnamed = merged[i];
    if (!unnamed_doer(unnamed) || unnamed.mentions.empty()) {
      ++i;
      continue;
    }
    const int at = unnamed.mentions.front().sentence;
    const auto victims = keys(unnamed.recipient);
    // Doers one can name: a state, its forces or officials, an armed group (not the crowd or the victims
    // that a wrong reading made the subject).
    auto doer = [](const EventParty& p) {
      return p.sector != "CVL" && (!p.org.empty() || !p.country.empty() || p.sector == "MIL" ||
                                   p.sector == "REB" || p.sector == "INS" || p.sector == "COP");
    };
    std::size_t into = merged.size(), far = merged.size();
    int nearest = 3, far_count = 0;
    for (std::size_t j = 0; j < merged.size(); ++j) {
      const Event& named = merged[j];
      // (Nor a crowd dispersed, 175, into shots of gunmen the text names as such — مسلحين مجهولين أطلقوا
      // النار — whom the police did not send; a killing told with no doer at all may be the police's.)
      const bool gunmen_said = std::any_of(unnamed.actor.begin(), unnamed.actor.end(),
                                           [](const EventParty& p) { return p.entity >= 0; });
      if (j == i || named.category != "ASSAULT" || named.modality != unnamed.modality ||
          (named.cameo == "175" && gunmen_said) || unnamed_doer(named) || named.mentions.empty() ||
          !std::any_of(named.actor.begin(), named.actor.end(), doer)) {
        continue;
      }
      // (Not an attack of another day the text gives: وكان إرهابيون قد استهدفوا أمس …)
      if (DateGiven(unnamed) && DateGiven(named) && unnamed.date != named.date) continue;
      const bool same_side =
          !victims.empty() && !named.recipient.empty() && nested(victims, keys(named.recipient));
      const bool same_place = unnamed.location.empty() || unnamed.location == named.location;
      far_count += same_side;
      if (same_side && far == merged.size()) far = j;  // (the first told)
      for (const EventMention& told : named.mentions) {
        const int distance = std::abs(told.sentence - at);
        // (Or later in the same sentence: شنت المقاتلات الإسرائيلية غارات …، وقال الجيش إن الغارات
        // استهدفت مخازن أسلحة; أطلقت البحرية صواريخ استهدفت مواقع.)
        const bool told_before =
            told.sentence < at ||
            (told.sentence == at && told.trigger_span.end <= unnamed.mentions.front().trigger_span.begin);
        const bool goes_on = victims.empty() && told_before && distance <= 1 && same_place;
        if ((same_side || goes_on) && distance < nearest) {
          nearest = distance;
          into = j;
        }
      }
    }
    // (A summary in the headline or lead joins the article's one attack on that side, farther away.)
    // (A headline's joins the first one told, whatever others the article tells.)
    const bool headline = at == 0 && !sentences.empty() && sentences[0].is_title;
    if (into == merged.size() && at <= 1 && (far_count == 1 || (headline && far_count > 1))) into = far;
    if (into == merged.size()) {
      ++i;
      continue;
    }
    fold_into(i, into, ", the same attack told without its doer");  // i now holds the next event
  }
  // One act per actor → recipient pair in an article (manual, section 1): records of the same sides, as
  // states and organisations, are one happening however their words differ (a suicide bomber → بيشاور and
  // → الباكستانية); and a named party's attack told once without its target (شنت روسيا هجوما واسعا) is its
  // attack told with it.
  for (std::size_t i = 0; i < merged.size();) {
    const Event& e = merged[i];
    const auto ea = keys(e.actor), er = keys(e.recipient);
    const bool named_doer =
        std::any_of(e.actor.begin(), e.actor.end(), [](const EventParty& p) { return p.entity >= 0; });
    std::size_t into = merged.size();
    // (A visitor's meetings with no one named, والتقى عددا من المسؤولين, are his visit's.)
    const bool visitors_meeting = e.category == "CONSULT" && er.empty() && ea.size() == 1 &&
                                  (e.mode.empty() || e.mode == "multilateral");
    for (std::size_t j = 0; j < merged.size() && visitors_meeting; ++j) {
      const Event& visit = merged[j];
      if (j != i && (visit.cameo == "042" || visit.cameo == "043") && visit.modality == e.modality &&
          keys(visit.actor) == ea) {
        into = j;
        break;
      }
    }
    for (std::size_t j = 0; j < merged.size() && e.category != "CONSULT" && !ea.empty(); ++j) {
      const Event& other = merged[j];
      if (j == i || KindOf(other) != KindOf(e) || other.modality != e.modality || keys(other.actor) != ea)
        continue;
      // (Not on another day: the firing of Saturday and the killings of Wednesday are two. Nor elsewhere.)
      if (!e.date.empty() && !other.date.empty() && e.date != other.date) continue;
      if (OtherPlace(e, other, article, sentences) || told_earlier_by_another(e, other)) continue;
      const auto orr = keys(other.recipient);
      const bool same_pair = !er.empty() && orr == er;
      const bool untargeted = er.empty() && !orr.empty() && named_doer && e.category == "ASSAULT";
      if ((same_pair && j < i) || untargeted) {
        into = j;
        break;
      }
    }
    if (into == merged.size()) {
      ++i;
      continue;
    }
    fold_into(i, into, ", the same sides' act told again");
  }
  // Police and security forces no one names the state of, when they attack or arrest, are those of where
  // the story happens (وأطلقت قوات الأمن الرصاص الحي … in news of Basra) — not beside another state (اعتقلت
  // شرطة ولاية نيوجيرسي الأمريكية).
  for (Event& e : merged) {
    if (article_place_country.empty() || e.mentions.empty()) continue;
    const bool force = e.category == "ASSAULT" || e.category == "COERCE";
    const int told = e.mentions.front().sentence;
    const bool other_state =
        std::any_of(entities.mentions.begin(), entities.mentions.end(), [&](const Mention& c) {
          return c.sentence == told && c.type == MentionType::kCountry && !c.country.empty() &&
                 c.country != article_place_country;
        });
    // (And the armed forces, air force or army when that is the outlet's own state: القوات الجوية استهدفت
    // … البؤر الإرهابية in an Egyptian paper's news of Sinai.)
    for (EventParty& p : e.actor) {
      const bool home_force = p.sector == "MIL" && article_place_country == home;
      if (force && p.country.empty() && p.org.empty() && (p.sector == "COP" || home_force) && !other_state)
        p.country = article_place_country;
    }
    // (So are the forces, police or authorities an act is aimed at: أطلقوا النار على نقطة تفتيش للجيش، أدان
    // القمع الذي مارسته قوات مكافحة الشغب.)
    // (In acts of pressure and force; a minister meeting or praising his own forces is no event between
    // states.)
    const bool pressure =
        force || e.category == "ACCUSE" || e.category == "PROTEST" || e.category == "THREATEN";
    const bool named_actor = pressure && std::any_of(e.actor.begin(), e.actor.end(), [](const EventParty& a) {
                               return !a.country.empty() || !a.org.empty() || !a.sector.empty();
                             });
    // (The attacker's own state named beside them does not make them its: قُتل ثلاثة عناصر من قوى الأمن
    // الداخلي … بقصف طائرة مسيّرة تركية, in news of north-east Syria.)
    const bool third_state =
        std::any_of(entities.mentions.begin(), entities.mentions.end(), [&](const Mention& c) {
          return c.sentence == told && c.type == MentionType::kCountry && !c.country.empty() &&
                 c.country != article_place_country &&
                 std::none_of(e.actor.begin(), e.actor.end(),
                              [&](const EventParty& a) { return a.country == c.country; });
        });
    for (EventParty& p : e.recipient) {
      // (Not a named person: a general no one names the state of may be anyone's.)
      const bool person = p.entity >= 0 && entities.entities[p.entity].type == MentionType::kPerson &&
                          !entities.entities[p.entity].name.empty();
      if (named_actor && !person && p.country.empty() && p.org.empty() &&
          (p.sector == "COP" || p.sector == "MIL" || p.sector == "GOV") && !third_state)
        p.country = article_place_country;
    }
  }
  // An attack with no target named struck the people of a state (manual, worked example 3), when that is not
  // the attackers' own: first of the place its sentence names after it (شن طيران العدو غارات على محيط مطار
  // المزة العسكري غرب دمشق), else of the state the article's places lie in (قصفت مدفعية الاحتلال أطراف بلدة
  // كفركلا in news of south Lebanon).
  auto strike_people = [](Event& e, const std::string& country, const char* why) {
    EventParty people;
    people.text = e.trigger;
    people.country = country;
    people.sector = "CVL";
    if (!e.mentions.empty()) people.span = e.mentions.front().trigger_span;
    e.recipient.push_back(std::move(people));
    e.pattern += why;
  };
  for (Event& e : merged) {
    if (e.category != "ASSAULT" || !e.recipient.empty() || e.actor.empty() || e.modality != "asserted")
      continue;
    if (!e.mentions.empty()) {
      const EventMention& told = e.mentions.front();
      const auto& tokens = sentences[static_cast<std::size_t>(told.sentence)].tokens;
      for (const Mention& place : entities.mentions) {
        if (place.sentence != told.sentence || place.country.empty() ||
            place.span.begin < told.trigger_span.end || place.how == "attachment")
          continue;
        // (A state only as a place: في سوريا, بالعراق — not القريبة من سوريا or a nationality.)
        const std::size_t at = TokenAt(tokens, place.span.begin);
        const WordAnalysis* w = at < tokens.size() ? tokens[at].word : nullptr;
        const bool state_as_place = place.type == MentionType::kCountry && at < tokens.size() &&
                                    ((at > 0 && tokens[at - 1].norm == "في") ||
                                     (w && !w->proclitics.empty() && w->proclitics.front() == "ب"));
        if (place.type != MentionType::kLocation && !state_as_place) continue;
        // (An armed movement's attack on its own country's town strikes that state: أطلقت الميليشيا صاروخاً
        // على حي سكني وسط مدينة مأرب.)
        const bool own = std::any_of(e.actor.begin(), e.actor.end(), [&](const EventParty& p) {
          return p.country == place.country && p.org.empty();
        });
        if (!own) strike_people(e, place.country, ", target: the people of the state of the place struck");
        break;
      }
    }
    if (!e.recipient.empty() || article_place_country.empty()) continue;
    // (Police firing at home fire at its people: أطلقت قوات الأمن الرصاص الحي لتفريق المحتجين.)
    const bool own = std::any_of(e.actor.begin(), e.actor.end(), [&](const EventParty& p) {
      return p.country == article_place_country && p.sector != "COP";
    });
    if (!own)
      strike_people(e, article_place_country,
                    ", target: the people of the state the article's places lie in");
  }
  // The reasons given for a sanction are part of it (manual, section 1): an accusation by the same side
  // against the same side in the sanction's sentence (خفض عدد الدبلوماسيين الروس، متهمة موسكو بـ…) joins it.
  // (Or in a later sentence that justifies it: وبرر لعمامرة هذا القرار …، متهماً المملكة بدعم حركة الماك.)
  auto justifies = [&](int sentence) {
    static const std::unordered_set<std::string_view> words = {"برر",   "بررت", "وبرر", "وبررت", "مبررا",
                                                               "مبررة", "عزا",  "وعزا", "عزت",   "وعزت"};
    const auto& tokens = sentences[static_cast<std::size_t>(sentence)].tokens;
    return std::any_of(tokens.begin(), tokens.end(), [&](const Token& t) { return words.count(t.norm) > 0; });
  };
  auto sanction_it_gives_reason_for = [&](const Event& reason) {
    const auto it = std::find_if(merged.begin(), merged.end(), [&](const Event& sanction) {
      if (reason.mentions.empty() || sanction.mentions.empty()) return false;
      // (Where the body tells each: a headline joins acts the body tells apart, تدين … وتستدعي سفير السودان.)
      auto body_sentence = [&](const Event& e) {
        for (const EventMention& told_at : e.mentions) {
          if (told_at.sentence >= 0 && static_cast<std::size_t>(told_at.sentence) < sentences.size() &&
              !sentences[static_cast<std::size_t>(told_at.sentence)].is_title)
            return told_at.sentence;
        }
        return e.mentions.front().sentence;
      };
      const int told = body_sentence(reason), sanctioned = body_sentence(sanction);
      return reason.category == "ACCUSE" && sanction.category == "SANCTION" &&
             sanction.modality == reason.modality &&
             (sanctioned == told || (told > sanctioned && told <= sanctioned + 3 && justifies(told))) &&
             keys(sanction.actor) == keys(reason.actor) &&
             nested(keys(sanction.recipient), keys(reason.recipient));
    });
    return static_cast<std::size_t>(it - merged.begin());
  };
  for (std::size_t i = 0; i < merged.size();) {
    const std::size_t into = sanction_it_gives_reason_for(merged[i]);
    if (into < merged.size()) {
      fold_into(i, into, ", the reason given for it");
    } else {
      ++i;
    }
  }
  // A headline's or lead's protest by a crowd it does not name (مظاهرة في تايمز سكوير ضد الاتفاق) sums up
  // the article's one protest told with its crowd (تجمع متظاهرون … داعين الكونغرس): one happening.
  for (std::size_t i = 0; i < merged.size();) {
    const Event& summary = merged[i];
    const bool unnamed_crowd = summary.category == "PROTEST" && !summary.actor.empty() &&
                               !summary.mentions.empty() && summary.mentions.front().sentence <= 1 &&
                               std::all_of(summary.actor.begin(), summary.actor.end(),
                                           [](const EventParty& p) { return p.entity < 0; });
    std::size_t into = merged.size();
    int others = 0;
    for (std::size_t j = 0; unnamed_crowd && j < merged.size(); ++j) {
      // (A summary told again in the body with its own place is that protest, not another's.)
      const bool told_in_body =
          std::any_of(summary.mentions.begin(), summary.mentions.end(), [&](const EventMention& told) {
            return told.sentence >= 0 && static_cast<std::size_t>(told.sentence) < sentences.size() &&
                   !sentences[static_cast<std::size_t>(told.sentence)].is_title;
          });
      if (j != i && merged[j].category == "PROTEST" && merged[j].modality == summary.modality &&
          !(told_in_body && OtherPlace(summary, merged[j], article, sentences))) {
        ++others;
        into = j;
      }
    }
    if (!unnamed_crowd || others != 1) {
      ++i;
      continue;
    }
    fold_into(i, into, ", the same protest summed up without its crowd");
  }
  // A protest is addressed to whom it is against (تظاهرة ضد تنظيم داعش), else to the authorities of the
  // protesters' own state that the article names (السلطات الإيرانية، الكونغرس الأميركي): the manual's
  // recipient is the addressee of the demands.
  for (Event& e : merged) {
    if (e.category != "PROTEST" || !e.recipient.empty() || e.actor.empty()) continue;
    const Mention* against = nullptr;
    const Mention* also_against = nullptr;  // a second one joined by و (ضد واشنطن وطهران)
    bool said_against = false;              // found after ضد
    for (const EventMention& told : e.mentions) {
      if (told.sentence < 0 || static_cast<std::size_t>(told.sentence) >= sentences.size()) continue;
      const auto& tokens = sentences[told.sentence].tokens;
      for (const Mention& other : entities.mentions) {
        // (A capital after ضد stands for its state: هتافات ضد واشنطن وطهران.)
        const std::size_t at = TokenAt(tokens, other.span.begin);
        const bool after_against = at > 0 && at < tokens.size() && tokens[at - 1].norm == "ضد";
        const bool capital =
            other.type == MentionType::kLocation && !other.country.empty() && other.role == "capital";
        if (against && !also_against && other.sentence == told.sentence &&
            (capital || other.type != MentionType::kLocation) && !other.country.empty() &&
            at < tokens.size() && TokenAt(tokens, against->span.end - 1) + 1 == at &&
            StartsWithAnd(tokens[at])) {
          also_against = &other;
        }
        if (against || other.sentence != told.sentence ||
            (other.how.starts_with("attachment") && other.type != MentionType::kCountry) ||
            (other.type == MentionType::kLocation && !(capital && after_against)) ||
            (other.entity < 0 && other.country.empty() && other.org.empty())) {
          continue;
        }
        if (after_against) against = &other, said_against = true;
        // (Or the other state whose office it stands before: أمام مركز منح التأشيرات التركية; or the
        // international body: أمام مقر بعثة الأمم المتحدة في أربيل.)
        if ((other.type == MentionType::kCountry && !other.country.empty() &&
             other.country != e.actor.front().country) ||
            (other.type == MentionType::kOrganization && !other.org.empty() && other.country.empty() &&
             other.org != e.actor.front().org)) {
          for (std::size_t k = at; k-- > 0 && k + 4 >= at;) {
            if (tokens[k].type == TokenType::kPunct) break;
            if (tokens[k].norm == "امام") {
              against = &other;
              break;
            }
          }
        }
        // (Or the state of the embassy it stands before: أمام السفارة الإسرائيلية.)
        const std::string& sector = other.entity >= 0 ? entities.entities[other.entity].sector : other.sector;
        if (at > 0 && at < tokens.size() && tokens[at - 1].norm == "امام" && sector == "DIP")
          against = &other;
      }
    }
    // What it denounces names whom it is against, before where it stands (احتشد المئات أمام مقر الأمم
    // المتحدة، تنديداً بهجمات دولة الاحتلال التركي) — not before those it chants against (رفضاً لتحويل العراق
    // إلى ساحة …، مرددين هتافات ضد واشنطن وطهران).
    for (const EventMention& told : e.mentions) {
      if (said_against) break;
      if (told.sentence < 0 || static_cast<std::size_t>(told.sentence) >= sentences.size()) continue;
      const auto& tokens = sentences[told.sentence].tokens;
      for (std::size_t k = 0; k < tokens.size(); ++k) {
        const std::string_view w = tokens[k].norm;
        if (w != "تنديدا" && w != "احتجاجا" && w != "رفضا" && w != "استنكارا" && w != "للتنديد" &&
            w != "للاحتجاج" && w != "للاستنكار")
          continue;
        for (const Mention& other : entities.mentions) {
          if (other.sentence != told.sentence || other.how.starts_with("attachment") ||
              other.type == MentionType::kLocation || (other.entity < 0 && other.country.empty())) {
            continue;
          }
          const std::size_t at = TokenAt(tokens, other.span.begin);
          // (Not a preposition the tagger read as a name: احتجاجا علي مواصلة الأجهزة الأمنية.)
          if (Prepositions().count(tokens[at].norm)) continue;
          // (After للتنديد, only a party, not a nationality of what is denounced: للتنديد بالاتفاق النووي
          // الإيراني, an American rally.)
          if (w.starts_with("لل") && other.type == MentionType::kCountry && IsNisba(tokens[at].norm))
            continue;
          if (at > k && at <= k + 4) {
            against = &other;
            break;
          }
        }
        break;
      }
      if (against) break;
    }
    const std::string& own_state = e.actor.front().country;
    // (Institutions before persons: الحكومة، السلطات، البرلمان before a former minister named in passing.)
    for (const MentionType type : {MentionType::kOrganization, MentionType::kPerson}) {
      if (against || own_state.empty()) break;
      for (const Mention& other : entities.mentions) {
        const std::string& sector = other.entity >= 0 ? entities.entities[other.entity].sector : other.sector;
        const std::string& country =
            other.entity >= 0 ? entities.entities[other.entity].country : other.country;
        if (!other.how.starts_with("coref") && !other.how.starts_with("attachment") && country == own_state &&
            (sector == "GOV" || sector == "LEG") && other.type == type) {
          against = &other;
          break;
        }
      }
    }
    // Else the forces that met it, told with it (قمع جنود الاحتلال المسيرة، أطلقت قوات الأمن الغاز على
    // المتظاهرين): the power the crowd stands against.
    for (const EventMention& told : e.mentions) {
      if (against || told.sentence < 0) break;
      for (const Mention& other : entities.mentions) {
        if (other.sentence != told.sentence || other.how.starts_with("attachment") ||
            other.type != MentionType::kOrganization) {
          continue;
        }
        const std::string& sector = other.entity >= 0 ? entities.entities[other.entity].sector : other.sector;
        const std::string& country =
            other.entity >= 0 ? entities.entities[other.entity].country : other.country;
        if ((sector == "MIL" || sector == "COP") && !country.empty()) {
          against = &other;
          break;
        }
      }
    }
    if (!against) continue;
    EventParty p;
    p.entity = against->entity;
    p.country = against->entity >= 0 ? entities.entities[against->entity].country : against->country;
    p.org = against->entity >= 0 ? entities.entities[against->entity].org : against->org;
    p.sector = against->entity >= 0 ? entities.entities[against->entity].sector : against->sector;
    p.name = against->entity >= 0 ? entities.entities[against->entity].name : "";
    p.span = !against->role_span.empty() ? against->role_span : against->span;
    p.text = std::string(article.View(p.span));
    e.recipient.push_back(std::move(p));
    if (also_against && also_against->entity >= 0) {
      EventParty q;
      const Entity& other = entities.entities[also_against->entity];
      q.entity = also_against->entity;
      q.country = other.country;
      q.org = other.org;
      q.sector = other.sector;
      q.span = also_against->span;
      q.text = std::string(article.View(q.span));
      e.recipient.push_back(std::move(q));
    }
    e.pattern += ", addressed to whom it is against";
  }
  // A visit's host beside a state is no unplaced body (زيارة إلى الجزائر … للمشاركة في أشغال اللجنة): the
  // state receives it.
  for (Event& e : merged) {
    if (e.category != "CONSULT" || e.recipient.size() < 2) continue;
    const bool placed_host = std::any_of(e.recipient.begin(), e.recipient.end(), [](const EventParty& p) {
      return !p.country.empty() || !p.org.empty();
    });
    if (placed_host) {
      std::erase_if(e.recipient, [](const EventParty& p) { return p.country.empty() && p.org.empty(); });
    }
  }
  // Diplomacy is between parties one can name: a state, an organisation, or armed groups and forces. A
  // meeting, praise or pledge whose side is only an unplaced word (رؤساء، جموعا، مدير عام) is a domestic or
  // private affair, or a reading the entity stage got wrong (manual, section 2: acts without a nameable
  // actor are not coded).
  auto placed = [](const EventParty& p) {
    return !p.country.empty() || !p.org.empty() || p.sector == "REB" || p.sector == "INS" ||
           p.sector == "MIL";
  };
  std::erase_if(merged, [&](const Event& e) {
    // Words between people no one can place (القروني يرفض هزازي, a coach and a player) are private.
    if (e.category == "REJECT" || e.category == "ACCUSE" || e.category == "REQUEST" ||
        e.category == "THREATEN") {
      return !std::any_of(e.actor.begin(), e.actor.end(), placed) &&
             !std::any_of(e.recipient.begin(), e.recipient.end(), placed);
    }
    if (e.category != "CONSULT" && e.category != "AGREE" && e.category != "SUPPORT" && e.category != "AID")
      return false;
    // Going somewhere no one hosts is no visit (قبل أن يتوجه الرئيسان إلى القصر الجمهوري).
    if (e.cameo == "042" && e.recipient.empty() && Normalize(e.trigger).find("توجه") != std::string::npos)
      return true;
    // Suicide bombers and unnamed attackers hold no talks (a coordinated verb that took the wrong subject).
    if (std::any_of(e.actor.begin(), e.actor.end(), [](const EventParty& p) { return p.sector == "INS"; }))
      return true;
    // A visit to one's own country is no visit (الرئيس المصري … زيارته took the Saudi visitor's pronoun),
    // nor is an official receiving his own state's officials (أمير المنطقة يستقبل …) diplomacy.
    if ((e.cameo == "042" || e.cameo == "043") && !e.recipient.empty()) {
      std::set<std::string> from, to;
      bool organisation = false;  // (Hamas received by the Palestinian president is between two sides.)
      for (const auto& p : e.actor) from.insert(p.country), organisation |= !p.org.empty();
      for (const auto& p : e.recipient) to.insert(p.country), organisation |= !p.org.empty();
      if (from == to && !from.count("") && !organisation) return true;
    }
    const bool actor = std::any_of(e.actor.begin(), e.actor.end(), placed);
    const bool recipient = e.recipient.empty() || std::any_of(e.recipient.begin(), e.recipient.end(), placed);
    return !actor || !recipient;
  });
  for (Event& e : merged) {
    std::sort(e.mentions.begin(), e.mentions.end(), [](const EventMention& a, const EventMention& b) {
      return a.trigger_span.begin < b.trigger_span.begin;
    });
    e.id = Hex16(Fnv1a64(e.cameo + "|" + std::to_string(e.mentions.front().trigger_span.begin),
                         Fnv1a64(e.article_id)));
  }
  return merged;
}

}  // namespace marsad
