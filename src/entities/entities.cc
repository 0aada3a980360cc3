// Entity tagging: lexicon matches composed into mentions, then linked into entities across the article.
//
// Pass 1, per sentence: greedy longest lexicon matches left to right, then composition. A title absorbs the
// attachments that follow it (institutions, organisations, countries, adjectives; joined directly or by في,
// لدى, لـ, or a bracketed acronym), stacked titles (الأمين العام … السفير), honorifics and a name. A name is
// a run of up to four words that carry no clitic and are no lexicon phrase or function word, with at least
// one word that hunspell does not know or that is a given name (so a name of common words alone is not
// guessed). Pass 2, per article: persons are grouped by name; role-only mentions join the person who holds
// that role (before them if possible, else after: the headline comes first); bare repetitions of a name found
// in pass 1 become mentions; محاوره/نظيره join the other party, الطرفان/الجانبان the parties; institutions
// without a country take the country of the last mention of the same sector.
#include "marsad/entities.h"

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "marsad/utf8.h"

namespace marsad {
namespace {

const std::unordered_set<std::string_view>& NameParticles() {
  static const std::unordered_set<std::string_view> words = {"بن",  "بنت", "ابن", "ابو",
                                                             "عبد", "ال",  "ولد", "ام"};
  return words;
}

// Words that end a name however unknown the words before them are.
const std::unordered_set<std::string_view>& FunctionWords() {
  static const std::unordered_set<std::string_view> words = {
      "في",   "من",   "الي", "علي", "عن",  "مع",  "ان",   "او",    "ثم",    "قد",   "لا",  "لم",
      "لن",   "ما",   "هذا", "هذه", "ذلك", "تلك", "التي", "الذي",  "الذين", "كما",  "حيث", "بعد",
      "قبل",  "خلال", "عند", "لدي", "حول", "بين", "امس",  "اليوم", "غدا",   "وقال", "قال", "اكد",
      "اعلن", "يوم",  "منذ", "حتي", "عبر", "ضد",  "نحو",  "كل",    "بعض",   "غير"};
  return words;
}

// Words for "his interlocutor / counterpart" and for "both parties".
bool IsInterlocutor(const WordAnalysis& w) {
  return !w.enclitic.empty() && (w.base_norm == "محاور" || w.base_norm == "نظير" || w.base_norm == "مضيف");
}
int PartiesWord(const Token& t) {  // 2: dual (both parties), 3: plural (all of them), 0: no
  const std::string_view b = t.word ? std::string_view(t.word->base_norm) : std::string_view(t.norm);
  // The two leaders or ministers of a meeting or call (اتفق الرئيسان، أكد الوزيران، بحث الزعيمان).
  static const std::unordered_set<std::string_view> duals = {
      "طرفان",  "طرفين",  "جانبان", "جانبين", "رئيسان", "رئيسين", "وزيران", "وزيرين",
      "زعيمان", "زعيمين", "ملكان",  "ملكين",  "اميران", "اميرين", "وفدان",  "وفدين"};
  // (Only definite: "وفدان أمنيان مصريان" are two delegations the text now brings in, not both sides.)
  if (duals.count(b) && (!t.word || t.word->has_article())) return 2;
  if (b == "محاورون" || b == "محاورين" || b == "مجتمعون" || b == "مجتمعين") return 3;
  return 0;
}

int Priority(EntryKind k) {
  switch (k) {
    case EntryKind::kPerson:
      return 0;
    case EntryKind::kOrganization:
      return 1;
    case EntryKind::kTitle:
      return 2;
    case EntryKind::kBody:
      return 3;
    case EntryKind::kCountry:
      return 4;
    case EntryKind::kCapital:
      return 5;
    case EntryKind::kCity:
      return 6;
    case EntryKind::kRegion:
      return 7;
    case EntryKind::kCountryAdjective:
      return 8;
    case EntryKind::kGroup:
      return 9;
    case EntryKind::kHonorific:
      return 10;
  }
  return 11;
}

struct Item {
  std::size_t begin = 0, end = 0;  // tokens
  const LexiconEntry* entry = nullptr;
  // A person's other offices held on the article's day (محمد بن سلمان: prime minister and crown prince), so
  // that a bare title of any of them finds him.
  std::vector<std::string> offices;
};

bool IsAttachment(EntryKind k) {
  return k == EntryKind::kBody || k == EntryKind::kOrganization || k == EntryKind::kCountry ||
         k == EntryKind::kCountryAdjective || k == EntryKind::kCapital || k == EntryKind::kCity;
}

bool IsPunct(const Token& t, std::string_view p) { return t.type == TokenType::kPunct && t.norm == p; }

// The index of the first token that begins at or after byte `at` (the word after a mention that ends there).
std::size_t TokenFrom(const std::vector<Token>& tokens, std::size_t at) {
  std::size_t k = 0;
  while (k < tokens.size() && tokens[k].span.begin < at) ++k;
  return k;
}

// Whether a mention of the sentence already spans token t.
bool Covered(const std::vector<Mention>& mentions, const Token& t) {
  return std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) {
    return m.span.begin <= t.span.begin && t.span.end <= m.span.end;
  });
}

// A word with ل or ب glued to it (لصاحب السمو، لمبعوث): it begins a prepositional phrase, someone else.
bool BehindPreposition(const Token& t) {
  return t.word && !t.word->proclitics.empty() &&
         (t.word->proclitics.front() == "ل" || t.word->proclitics.front() == "ب");
}

class SentenceTagger {
 public:
  // history: the statistical tagger's memory of the article's sentences before this one.
  SentenceTagger(const Lexicon& lexicon, const NerModel* ner, NerHistory* history, const Article& article,
                 const Sentence& sentence, int index)
      : lexicon_(lexicon), article_(article), tokens_(sentence.tokens), index_(index) {
    item_at_.assign(tokens_.size(), -1);
    ner_at_.assign(tokens_.size(), -1);
    // The statistical tagger's gazetteer cues come from these same matches: it gets them instead of
    // looking them up again.
    thread_local std::vector<Lexicon::Match> matches;
    lexicon_.LongestMatches(tokens_, &matches);
    // A person's offices are listed newest first; on the article's day the office he then held is his
    // (عبداللطيف الزياني was the GCC's secretary-general in 2015, Bahrain's foreign minister from 2020).
    const std::string day = article.date.size() >= 10 ? article.date.substr(0, 10) : "";
    auto held_then = [&](const LexiconEntry* e) {
      if (day.empty() || e->kind != EntryKind::kPerson) return false;
      const bool after = e->from.empty() || day.substr(0, e->from.size()) >= e->from;
      const bool before = e->to.empty() || day.substr(0, e->to.size()) <= e->to;
      return after && before;
    };
    for (const Lexicon::Match& m : matches) {
      const LexiconEntry* best = m.entries.front();
      for (const LexiconEntry* e : m.entries) {
        if (Priority(e->kind) < Priority(best->kind) ||
            (Priority(e->kind) == Priority(best->kind) && held_then(e) && !held_then(best))) {
          best = e;
        }
      }
      for (std::size_t k = m.begin; k < m.end; ++k) item_at_[k] = static_cast<int>(items_.size());
      items_.push_back({m.begin, m.end, best, {}});
      for (const LexiconEntry* e : m.entries) {
        if (e != best && best->kind == EntryKind::kPerson && e->kind == EntryKind::kPerson &&
            e->canonical == best->canonical && e->role != best->role && held_then(e) && held_then(best)) {
          items_.back().offices.push_back(e->role);
        }
      }
    }
    if (ner) {
      ner_spans_ = ner->TagSentence(tokens_, &lexicon_, &matches, history);
      // A clause's first word that is a verb with و is no part of the name after it (وسلّم حسين خلال
      // اللقاء: Hussein handed over), though the tagger takes "Sallam" for a given name.
      for (NerSpan& span : ner_spans_) {
        const Token& first = tokens_[span.begin];
        const bool clause_start = span.begin == 0 || tokens_[span.begin - 1].type == TokenType::kPunct;
        if (span.type == "PER" && span.end >= span.begin + 2 && clause_start && first.word &&
            first.word->verb && !first.word->proclitics.empty() && first.word->proclitics.front() == "و" &&
            !first.word->has_article() &&
            // (Not a given name after و that the analyser reads as a verb: وأحمد سالم، وحسن حكيموف.)
            !lexicon_.IsGivenName(std::string_view(first.norm).substr(std::string_view("و").size())) &&
            !lexicon_.IsGivenName(first.norm) &&
            // (Only before a given name: ويندي شيرمان, وآفا غاردنر are foreign given names after و.)
            lexicon_.IsGivenName(tokens_[span.begin + 1].norm)) {
          ++span.begin;
        }
        // Nor is طالب after فيما or بينما, which open a clause with its verb (فيما طالب حسين بوقف
        // الاعتداءات: Hussein demanded), though Talib is also a given name.
        const bool while_clause = span.begin > 0 && (tokens_[span.begin - 1].norm == "فيما" ||
                                                     tokens_[span.begin - 1].norm == "بينما");
        if (span.type == "PER" && span.end >= span.begin + 2 && while_clause &&
            tokens_[span.begin].norm == "طالب") {
          ++span.begin;
        }
      }
      for (std::size_t k = 0; k < ner_spans_.size(); ++k) ner_at_[ner_spans_[k].begin] = static_cast<int>(k);
    }
  }

  std::vector<Mention> Run() {
    std::vector<Mention> out;
    std::size_t i = 0;
    while (i < tokens_.size()) {
      const int item_index = item_at_[i];
      if (item_index < 0) {
        i = NerMention(i, &out);
        continue;
      }
      const Item& item = items_[item_index];
      const EntryKind kind = item.entry->kind;
      Mention m;
      m.sentence = index_;
      std::size_t next = item.end;
      if (kind == EntryKind::kTitle || kind == EntryKind::kHonorific) {
        next = ComposeTitle(item, &m);
        if (m.role.empty() && m.name_span.empty()) {  // a bare honorific
          i = next;
          continue;
        }
        // A title in construct after a work or a site is its name, not a person there: جسر الملك حسين،
        // مطار الملك خالد، جامعة الملك سعود.
        if (kind == EntryKind::kTitle && item.begin > 0 && NamesASite(tokens_[item.begin - 1])) {
          i = next;
          continue;
        }
      } else if (kind == EntryKind::kPerson) {
        m.type = MentionType::kPerson;
        m.name_span = SpanOf(item.begin, item.end);
        Fill(&m, *item.entry);
        m.titles.insert(m.titles.end(), item.offices.begin(), item.offices.end());
        m.how = "lexicon";
      } else if (kind == EntryKind::kBody || kind == EntryKind::kGroup) {
        // A portfolio word after "affairs" is its adjective, not the ministry (الممثل الأعلى
        // للاتحاد الأوروبي للشؤون الخارجية والسياسة الأمنية).
        // (Not after "policy": منسقة السياسة الخارجية في الاتحاد الأوروبي has the body named after it.)
        static const std::unordered_set<std::string_view> portfolio_heads = {"الشؤون", "الشئون",  "للشؤون",
                                                                             "للشئون", "والشؤون", "والشئون"};
        if (kind == EntryKind::kBody && item.begin > 0 && item.end == item.begin + 1 &&
            portfolio_heads.count(tokens_[item.begin - 1].norm)) {
          i = next;
          continue;
        }
        m.type = kind == EntryKind::kBody ? MentionType::kOrganization : MentionType::kGroup;
        Fill(&m, *item.entry);
        // "The occupation" is Israel's unless another nationality follows (جيش الاحتلال التركي، in the
        // Kurdish press).
        const Item* nationality = NationalityAt(item.end);
        if (item.entry->role.starts_with("occupation") && nationality)
          m.country = nationality->entry->country;
        // Bare "the occupation" is a party only with the article and no other adjective: "احتلال سوريا",
        // "الاحتلال الصفوي لبغداد" are events of history, not Israel.
        if (item.entry->role == "occupation_state" && !nationality) {
          const WordAnalysis* w = tokens_[item.begin].word;
          const WordAnalysis* next_word = item.end < tokens_.size() ? tokens_[item.end].word : nullptr;
          if (!w || !w->has_article() ||
              (next_word && next_word->has_article() && next_word->proclitics.size() == 1 &&
               tokens_[item.end].norm.ends_with("ي"))) {
            i = item.end;
            continue;
          }
        }
        next = Attach(item.end, &m);
        // "مسلحون مجهولون", "مسلحين ملثمين": the unknown or masked are the same men.
        while (next < tokens_.size() && kind == EntryKind::kGroup &&
               (tokens_[next].norm == "مجهولون" || tokens_[next].norm == "مجهولين" ||
                tokens_[next].norm == "ملثمون" || tokens_[next].norm == "ملثمين")) {
          ++next;
        }
        m.role_span = SpanOf(item.begin, next);
        m.how = "lexicon";
        // "مقاتلين من حزب العمال الكردستاني", "عناصر من تنظيم داعش": people of an organisation are its.
        // (Also through a word for a group and quotes the lexicon name does not hold: مسلحون من جماعة
        // "بوكو حرام", إرهابيين من تنظيم PKK.)
        std::size_t org_at = next + 1;
        // (Not past a name that begins there: جماعة "بوكو حرام" is one name, read through its quotes.)
        auto org_begins = [&](std::size_t at) {
          return item_at_[at] >= 0 && items_[item_at_[at]].begin == at &&
                 items_[item_at_[at]].entry->kind == EntryKind::kOrganization;
        };
        while (org_at < tokens_.size() && org_at <= next + 3 && !org_begins(org_at) &&
               (tokens_[org_at].norm == "جماعة" || tokens_[org_at].norm == "حركة" ||
                tokens_[org_at].norm == "تنظيم" || tokens_[org_at].norm == "\"" ||
                tokens_[org_at].norm == "«" || tokens_[org_at].norm == "“")) {
          ++org_at;
        }
        if (kind == EntryKind::kGroup && m.org.empty() && m.country.empty() && org_at < tokens_.size() &&
            tokens_[next].norm == "من" && item_at_[org_at] >= 0 && items_[item_at_[org_at]].begin == org_at &&
            items_[item_at_[org_at]].entry->kind == EntryKind::kOrganization) {
          const LexiconEntry& org = *items_[item_at_[org_at]].entry;
          m.org = org.org;
          m.country = org.country;
          if (!org.sector.empty() && org.sector != "*") m.sector = org.sector;
          // The mention is the whole phrase (the manual quotes "مقاتلين من حزب العمال الكردستاني"), so
          // what follows it is the verb's object, not the organisation.
          next = items_[item_at_[org_at]].end;
          while (next < tokens_.size() && next < org_at + 4 &&
                 (tokens_[next].norm == "\"" || tokens_[next].norm == "»" || tokens_[next].norm == "”")) {
            ++next;
          }
          m.role_span = SpanOf(item.begin, next);
        } else if (kind == EntryKind::kGroup && m.org.empty() && m.country.empty() &&
                   org_at < tokens_.size() && tokens_[next].norm == "من" && item_at_[org_at] >= 0 &&
                   items_[item_at_[org_at]].begin == org_at &&
                   items_[item_at_[org_at]].entry->kind == EntryKind::kBody) {
          // (Or of a state's body: وفدا من الكونغرس الأمريكي، عناصر من الشرطة التركية.)
          Mention body;
          Fill(&body, *items_[item_at_[org_at]].entry);
          const std::size_t body_end = Attach(items_[item_at_[org_at]].end, &body);
          if (!body.country.empty() || !body.org.empty()) {
            m.org = body.org;
            m.country = body.country;
            if (!body.sector.empty() && body.sector != "*") m.sector = body.sector;
            next = body_end;
            m.role_span = SpanOf(item.begin, next);
          }
        }
      } else if (kind == EntryKind::kOrganization) {
        m.type = MentionType::kOrganization;
        Fill(&m, *item.entry);
        next = SkipBracketedAcronym(item.end, m.org);
        m.how = "lexicon";
        // "The aggression" of the Yemeni press is the Saudi-led coalition, but "طيران العدوان الأمريكي"
        // alone is the United States' (the strikes of 2024): a nationality after it, not Saudi, names the
        // state.
        const Item* nationality = NationalityAt(next);
        if (m.org == "SLC" && tokens_[item.end - 1].norm == "العدوان" && nationality &&
            nationality->entry->country != "SAU") {
          m.org.clear();
          m.country = nationality->entry->country;
          next = nationality->end;
          m.how = "lexicon+nationality";
        }
      } else if (kind == EntryKind::kCountry || kind == EntryKind::kCountryAdjective) {
        m.type = MentionType::kCountry;
        Fill(&m, *item.entry);
        m.how = "lexicon";
      } else {
        m.type = MentionType::kLocation;
        Fill(&m, *item.entry);
        m.how = "lexicon";
      }
      m.span = SpanOf(item.begin, next);
      if (m.role_span.empty() && m.name_span.empty() && m.type != MentionType::kPerson) m.role_span = m.span;
      out.push_back(std::move(m));
      for (Mention& a : nested_) out.push_back(std::move(a));
      nested_.clear();
      i = next;
    }
    return out;
  }

  // A statistical tagger's span starting at token i that no lexicon match overlaps becomes a mention without
  // codes. Returns the token after what was consumed.
  std::size_t NerMention(std::size_t i, std::vector<Mention>* out) const {
    const int k = ner_at_[i];
    if (k < 0 || ner_spans_[k].type == "MISC") return i + 1;
    const NerSpan& span = ner_spans_[k];
    for (std::size_t t = span.begin; t < span.end; ++t) {
      if (item_at_[t] >= 0) return i + 1;
    }
    Mention m;
    m.sentence = index_;
    m.type = span.type == "PER"   ? MentionType::kPerson
             : span.type == "LOC" ? MentionType::kLocation
                                  : MentionType::kOrganization;
    const std::size_t end = m.type == MentionType::kPerson && span.end < tokens_.size() && IsNisba(span.end)
                                ? span.end + 1
                                : span.end;
    m.span = SpanOf(span.begin, end);
    if (m.type == MentionType::kPerson) {
      m.name_span = m.span;
      m.canonical = std::string(article_.View(m.span));
    } else {
      m.role_span = m.span;
    }
    m.how = "ner";
    out->push_back(std::move(m));
    return end;
  }

  // Whether a person's name begins at token k: a person the lexicon knows, or a run of name words.
  bool NameBeginsAt(std::size_t k) const {
    return k < tokens_.size() &&
           ((item_at_[k] >= 0 && items_[item_at_[k]].entry->kind == EntryKind::kPerson) || NameRun(k) > k);
  }

  // The nationality adjective (a lexicon item) that begins at token k, or null.
  const Item* NationalityAt(std::size_t k) const {
    if (k >= tokens_.size() || item_at_[k] < 0) return nullptr;
    const Item& item = items_[item_at_[k]];
    return item.begin == k && item.entry->kind == EntryKind::kCountryAdjective ? &item : nullptr;
  }

  // Whether a word carries tanween (اتصالاً، هاتفياً), which no name does.
  bool Indefinite(const Token& t) const {
    const std::string_view written = article_.View(t.span);
    for (std::string_view mark : {"\u064B", "\u064C", "\u064D"}) {
      if (written.find(mark) != std::string_view::npos) return true;
    }
    return false;
  }

  // Whether the article names Israel (إسرائيل، الإسرائيلي، الاحتلال، الصهيوني).
  bool SpeaksOfIsrael() const {
    const std::string_view text = article_.text;
    for (std::string_view word : {"إسرائيل", "اسرائيل", "الاحتلال", "الصهيوني"}) {
      if (text.find(word) != std::string_view::npos) return true;
    }
    return false;
  }

  // Whether a word is a work or a site that a title and a name after it may name (جسر الملك حسين).
  static bool NamesASite(const Token& t) {
    static const std::unordered_set<std::string_view> sites = {
        "جسر",  "مطار", "شارع", "جامعة", "مستشفي", "مستشفى", "قاعدة", "ميناء", "مسجد",
        "ملعب", "طريق", "جادة", "ساحة",  "ميدان",  "معبر",   "منفذ",  "مدينة", "حي"};
    const std::string_view base = t.word && !t.word->base_norm.empty() ? t.word->base_norm : t.norm;
    return sites.count(base) > 0 && !(t.word && t.word->has_article());
  }

  // "نائب الرئيس الأمريكي وحيدر العبادي": a conjunction glued to a given name starts the next person, even
  // where the statistical tagger reads the title's name on through it.
  bool StartsNextPerson(const Token& t) const {
    if (!(t.norm.starts_with("و") || t.norm.starts_with("ف"))) return false;
    if (lexicon_.IsGivenName(t.norm)) return false;  // وليد، وائل, not و + a name
    return lexicon_.IsGivenName(std::string_view(t.norm).substr(2));
  }

  // "عبدالله بن عبدالمحسن التركي": after a lineage with بن, a nationality adjective is the family's name (a
  // nisba), not the man's country.
  bool IsNisba(std::size_t e) const {
    const int item = item_at_[e];
    const Token& t = tokens_[e];
    return e >= 2 && item >= 0 && items_[item].entry->kind == EntryKind::kCountryAdjective && t.word &&
           t.word->has_article() && t.norm.ends_with("ي") &&
           (tokens_[e - 2].norm == "بن" || tokens_[e - 2].norm == "بنت");
  }

  // Finds a name run starting at token i; returns its end (i when none). A PER span of the statistical
  // tagger starting there decides, when it crosses no lexicon match but a person's.
  // "علي" written with ي: the given name Ali may stand here, whose normal form is that of the preposition
  // على (written with ى).
  bool SpeltAli(std::size_t k) const {
    return k < tokens_.size() && tokens_[k].norm == "علي" && article_.View(tokens_[k].span).ends_with("ي");
  }

  // A word written with a vowel or shadda and no article that is no given name: a verb (وجّه، أكّد), where
  // family names with a shadda mostly carry the article (الحدّاد).
  bool VoweledVerb(std::size_t k) const {
    const Token& t = tokens_[k];
    if (!t.word || t.word->has_article() || lexicon_.IsGivenName(t.norm)) return false;
    const std::string_view written = article_.View(t.span);
    for (std::string_view mark : {"\u064E", "\u064F", "\u0650", "\u0651", "\u0652"}) {
      if (written.find(mark) != std::string_view::npos) return true;
    }
    return false;
  }

  // A word with "in it" after it is a verb (خطاباً إلى رئيس مجلس الأمن، طالب فيه المجلس): no name, though
  // طالب is one.
  bool VerbSaidInIt(std::size_t k) const {
    if (k + 1 >= tokens_.size()) return false;
    const std::string_view next = tokens_[k + 1].norm;
    return next == "فيه" || next == "فيها" || next == "خلاله" || next == "خلالها";
  }

  // A one-word title with nothing after it to hold, right after a given name, is a family name: المتحدث
  // باسم الخارجية الإثيوبية دينا مفتي، في مؤتمر; دينا مفتي إن.
  bool FamilyTitle(std::size_t k) const {
    if (k == 0 || k >= tokens_.size() || !tokens_[k].word) return false;
    const int item = item_at_[k];
    return item >= 0 && items_[item].entry->kind == EntryKind::kTitle && items_[item].end == k + 1 &&
           !tokens_[k].word->has_article() && tokens_[k].word->proclitics.empty() &&
           lexicon_.IsGivenName(tokens_[k - 1].norm) &&
           (k + 1 == tokens_.size() || tokens_[k + 1].type == TokenType::kPunct ||
            FunctionWords().count(tokens_[k + 1].norm) || lexicon_.IsStopword(tokens_[k + 1].norm));
  }

  std::size_t NameRun(std::size_t i) const {
    if (i < tokens_.size() && StartsNextPerson(tokens_[i])) return i;
    // A stopword with a pronoun (باسمه "in his name") starts no name, whatever the tagger says.
    // (Not the given name Ali before another given name, spelt with ي: النائب علي حسن شمص.)
    const bool ali_first = i + 1 < tokens_.size() && SpeltAli(i) && lexicon_.IsGivenName(tokens_[i + 1].norm);
    if (i < tokens_.size() && tokens_[i].word && lexicon_.IsStopword(tokens_[i].word->base_norm) &&
        !ali_first)
      return i;
    if (i < tokens_.size() && ner_at_[i] >= 0 && ner_spans_[ner_at_[i]].type == "PER") {
      const NerSpan& span = ner_spans_[ner_at_[i]];
      bool clean = true;
      std::size_t end = span.end;
      for (std::size_t t = span.begin; t < span.end; ++t) {
        clean &= item_at_[t] < 0 || items_[item_at_[t]].entry->kind == EntryKind::kPerson;
        // (A word with tanween is a common noun, where the tagger read on: الشيخ سالم اتصالاً هاتفياً; so is
        // an imperfect verb: الشيخ سالم يستقبل دي مايو.)
        const bool imperfect = tokens_[t].norm.starts_with("ي") && tokens_[t].word && tokens_[t].word->verb &&
                               !lexicon_.IsGivenName(tokens_[t].norm);
        if (t > span.begin && end == span.end && (Indefinite(tokens_[t]) || imperfect)) end = t;
        // (Nor is a verb written with its vowels, which names seldom carry: الموفد الفرنسي وجّه خلال جولته
        // دعوة.)
        if (end == span.end && (VoweledVerb(t) || VerbSaidInIt(t))) end = t;
      }
      // (The tagger stops at "علي", the preposition's form: مصطفى علي الزوي goes on.)
      if (clean && end == span.end && end + 1 < tokens_.size() && SpeltAli(end) && tokens_[end + 1].word &&
          tokens_[end + 1].word->has_article() && tokens_[end + 1].word->proclitics.size() == 1 &&
          item_at_[end + 1] < 0) {
        end += 2;
      }
      if (clean && end == span.end && FamilyTitle(end)) return end + 1;
      if (clean) return end < tokens_.size() && IsNisba(end) ? end + 1 : end;
    }
    std::size_t e = i;
    bool evidence = false;
    int words = 0;
    while (e < tokens_.size() && words < 4) {
      const Token& t = tokens_[e];
      if (t.type != TokenType::kArabic || !t.word || Indefinite(t)) break;
      const int item = item_at_[e];
      // (A nationality that is also a given name, first, before a family name: العقيد الركن تركي المالكي.)
      const bool given_nisba =
          words == 0 && item >= 0 && items_[item].entry->kind == EntryKind::kCountryAdjective &&
          lexicon_.IsGivenName(t.norm) && e + 1 < tokens_.size() && tokens_[e + 1].word &&
          (item_at_[e + 1] < 0 || items_[item_at_[e + 1]].entry->kind == EntryKind::kPerson) &&
          tokens_[e + 1].word->has_article() && tokens_[e + 1].norm.ends_with("ي");
      const bool family_title = words == 1 && FamilyTitle(e);
      if (item >= 0 && items_[item].entry->kind != EntryKind::kPerson && !(words >= 3 && IsNisba(e)) &&
          !given_nisba && !family_title)
        break;
      const WordAnalysis& w = *t.word;
      const bool particle = NameParticles().count(t.norm) > 0;
      // Ali inside a name (مصطفى علي الزوي): when a given name stands before it and a definite word after
      // it. (Or first, before another given name: النائب علي حسن شمص.)
      const bool ali = SpeltAli(e) && e + 1 < tokens_.size() && tokens_[e + 1].word &&
                       ((words > 0 && lexicon_.IsGivenName(tokens_[e - 1].norm) &&
                         tokens_[e + 1].word->has_article() && tokens_[e + 1].word->proclitics.size() == 1) ||
                        (words == 0 && lexicon_.IsGivenName(tokens_[e + 1].norm) &&
                         tokens_[e + 1].word->proclitics.empty()));
      if (ali) {
        ++words;
        ++e;
        continue;
      }
      if (!particle && (FunctionWords().count(t.norm) || lexicon_.IsStopword(t.norm))) break;
      const bool given = lexicon_.IsGivenName(t.norm) || lexicon_.IsGivenName(w.base_norm);
      if (StartsNextPerson(t) || VoweledVerb(e) || VerbSaidInIt(e)) break;
      // An imperfect verb is no name (خادم الحرمين يهنئ سلطان عمان), unless it is a given name (يوسف، يحيى).
      if (t.norm.starts_with("ي") && !lexicon_.IsGivenName(t.norm) && !lexicon_.IsGivenName(w.base_norm))
        break;
      const bool after_particle = e > i && NameParticles().count(tokens_[e - 1].norm);
      const bool has_article = w.has_article() && w.proclitics.size() == 1;
      if (!w.proclitics.empty() && !(has_article && (after_particle || !w.known || words > 0))) break;
      if (!w.enclitic.empty() && w.known && !given) break;
      if (!particle && !given && w.known && words > 0 && !evidence) break;
      if (!particle && (!w.known || given)) evidence = true;
      // (A family name the people lexicon knows continues it: تركي المالكي.)
      // (So does a nisba with the article right after a given name: تركي المالكي.)
      const bool known_family =
          (item >= 0 && items_[item].entry->kind == EntryKind::kPerson) || family_title ||
          (words == 1 && has_article && t.norm.ends_with("ي") && lexicon_.IsGivenName(tokens_[e - 1].norm));
      if (!particle && w.known && !given && words > 0 && evidence && !known_family)
        break;  // a common word after the name
      ++words;
      ++e;
    }
    while (e > i && NameParticles().count(tokens_[e - 1].norm)) --e;
    // One word that is also a verb, right before an office (رئيس مجلس السيادة طالب المبعوث الشخصي): the
    // verb, not a given name.
    if (evidence && e == i + 1 && tokens_[i].word && (tokens_[i].word->verb || tokens_[i].word->known) &&
        e < tokens_.size() && item_at_[e] >= 0 && items_[item_at_[e]].begin == e &&
        (items_[item_at_[e]].entry->kind == EntryKind::kTitle ||
         items_[item_at_[e]].entry->kind == EntryKind::kHonorific)) {
      return i;
    }
    return evidence ? e : i;
  }

 private:
  Span SpanOf(std::size_t begin, std::size_t end) const {
    return {tokens_[begin].span.begin, tokens_[end - 1].span.end};
  }

  static void Fill(Mention* m, const LexiconEntry& e) {
    m->canonical = e.canonical;
    if (m->country.empty()) m->country = e.country;
    if (m->org.empty()) m->org = e.org;
    if (m->sector.empty() && e.sector != "*") m->sector = e.sector;
    if (m->role.empty()) m->role = e.role;
  }

  // "(CICA)" right after an organisation's name, or after a title's attachments.
  std::size_t SkipBracketedAcronym(std::size_t j, const std::string& org) const {
    if (j + 2 < tokens_.size() && IsPunct(tokens_[j], "(") && IsPunct(tokens_[j + 2], ")")) {
      const int item = item_at_[j + 1];
      if (item >= 0 && items_[item].entry->kind == EntryKind::kOrganization &&
          items_[item].entry->org == org) {
        return j + 3;
      }
    }
    return j;
  }

  // Absorbs attachments after token j into m; returns the first token not absorbed. Each attachment is also
  // reported as a mention of its own (the organisation, the parliament, the country), nested in m.
  std::size_t Attach(std::size_t j, Mention* m, std::vector<std::string>* titles = nullptr) {
    const std::size_t first_nested = nested_.size();
    // "حكومة وشعب جمهورية كولومبيا": two heads joined by و share the country after the second; the
    // second head is a mention of its own, composed next.
    if (j + 1 < tokens_.size() && item_at_[j] >= 0 && tokens_[j].norm.starts_with("و")) {
      const Item& next_head = items_[item_at_[j]];
      const EntryKind k = next_head.entry->kind;
      if (next_head.begin == j && (k == EntryKind::kBody || k == EntryKind::kGroup) &&
          next_head.end < tokens_.size() && item_at_[next_head.end] >= 0) {
        const Item& shared = items_[item_at_[next_head.end]];
        if (shared.begin == next_head.end &&
            (shared.entry->kind == EntryKind::kCountry ||
             shared.entry->kind == EntryKind::kCountryAdjective) &&
            m->country.empty()) {
          m->country = shared.entry->country;
        }
      }
    }
    while (j < tokens_.size()) {
      // "The enemy's" (جيش العدو، رئيس حكومة العدو، الطيران الحربي المعادي) is the state the outlet is at war
      // with: its nationality when said (العدو السعودي), else Israel in news that speaks of it (the
      // Lebanese, Palestinian and Syrian press).
      const bool enemy =
          tokens_[j].norm == "العدو" || tokens_[j].norm == "المعادي" || tokens_[j].norm == "المعادية";
      if (enemy && m->country.empty() && m->org.empty() && nested_.size() == first_nested) {
        if (NationalityAt(j + 1)) {
          ++j;
          continue;
        }
        if (SpeaksOfIsrael()) {
          m->country = "ISR";
          ++j;
          break;
        }
      }
      // A group's kind stands between it and its nationality (وفد أمني مصري، وفدان أمنيان مصريان; definite
      // with both: الوفد الأمني المصري).
      const bool definite_kind = tokens_[j].word && tokens_[j].word->has_article() &&
                                 tokens_[j].word->proclitics.size() == 1 && j + 1 < tokens_.size() &&
                                 tokens_[j + 1].word && tokens_[j + 1].word->has_article();
      if (m->type == MentionType::kGroup && m->country.empty() && m->org.empty() &&
          nested_.size() == first_nested && item_at_[j] < 0 && tokens_[j].word &&
          ((!tokens_[j].word->has_article() && tokens_[j].word->proclitics.empty()) || definite_kind) &&
          (tokens_[j].norm.ends_with("ي") || tokens_[j].norm.ends_with("يان") ||
           tokens_[j].norm.ends_with("يين")) &&
          NationalityAt(j + 1)) {
        ++j;
        continue;
      }
      // An adjective of the office stands between it and its state (الرئيس الجديد لجمهورية إيران الإسلامية،
      // رئيس الوزراء المكلف في لبنان).
      // (And a body's "general", before its state: رئيس جهاز المخابرات العامة المصرية.)
      static const std::unordered_set<std::string_view> office_adjectives = {
          "الجديد", "الجديدة", "المنتخب",   "المنتخبة",   "المكلف", "المكلفة",
          "المؤقت", "المؤقتة", "الانتقالي", "الانتقالية", "العامة"};
      // (Or before a second office of the same person: رئيس مجلس السيادة الانتقالي القائد العام للقوات
      // المسلحة.)
      if (office_adjectives.count(tokens_[j].norm) && j + 1 < tokens_.size() && item_at_[j + 1] >= 0 &&
          items_[item_at_[j + 1]].begin == j + 1 &&
          (IsAttachment(items_[item_at_[j + 1]].entry->kind) ||
           (titles && items_[item_at_[j + 1]].entry->kind == EntryKind::kTitle &&
            items_[item_at_[j + 1]].end > j + 2))) {
        ++j;
        continue;
      }
      // (Or before في and its state: الحكومة الانتقالية في مالي.)
      if (office_adjectives.count(tokens_[j].norm) && j + 2 < tokens_.size() && tokens_[j + 1].norm == "في" &&
          item_at_[j + 2] >= 0 && items_[item_at_[j + 2]].begin == j + 2 &&
          (items_[item_at_[j + 2]].entry->kind == EntryKind::kCountry ||
           items_[item_at_[j + 2]].entry->kind == EntryKind::kCapital)) {
        ++j;
        continue;
      }
      // A portfolio is part of the office: "نائب الأمين العام للأمم المتحدة للشؤون الإنسانية ستيفن
      // أوبراين", "المبعوث الأمريكي لشؤون الشرق الأوسط".
      // (Not the day said after it: وكيل وزارة الخارجية للشؤون الدبلوماسية اليوم سعادة …)
      static const std::unordered_set<std::string_view> days = {
          "اليوم", "الليلة", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعة", "السبت"};
      if (tokens_[j].norm == "للشؤون" || tokens_[j].norm == "لشؤون") {
        std::size_t k = j + 1;
        // (Its first word may be in construct with the next: لشؤون أمن الطاقة.)
        auto in_construct = [&](std::size_t at) {
          return at == j + 1 && at + 1 < tokens_.size() && tokens_[at].word &&
                 tokens_[at].word->proclitics.empty() && item_at_[at] < 0 &&
                 tokens_[at].type == TokenType::kArabic && tokens_[at + 1].word &&
                 tokens_[at + 1].word->has_article();
        };
        while (k < tokens_.size() && k <= j + 3 && item_at_[k] < 0 && tokens_[k].word &&
               ((tokens_[k].word->has_article() && tokens_[k].word->proclitics.size() == 1) ||
                in_construct(k)) &&
               !days.count(tokens_[k].norm)) {
          ++k;
        }
        if (k > j + 1) {
          j = k;
          continue;
        }
      }
      // So is any portfolio behind ل with its adjectives, before the body it is of (الممثل الأعلى للسياسة
      // الخارجية والأمنية في الاتحاد الأوروبي).
      if (titles && item_at_[j] < 0 && tokens_[j].word && tokens_[j].word->has_article() &&
          tokens_[j].word->proclitics.size() == 2 && tokens_[j].word->proclitics.front() == "ل") {
        std::size_t k = j + 1;
        // (Its adjectives may be words the lexicon knows alone: الخارجية, the foreign ministry.)
        while (k < tokens_.size() && k <= j + 3 &&
               (item_at_[k] < 0 ||
                (items_[item_at_[k]].end == k + 1 && items_[item_at_[k]].entry->kind != EntryKind::kCountry &&
                 items_[item_at_[k]].entry->kind != EntryKind::kCountryAdjective)) &&
               tokens_[k].word && tokens_[k].word->has_article() &&
               (tokens_[k].word->proclitics.size() == 1 ||
                (tokens_[k].word->proclitics.size() == 2 && tokens_[k].word->proclitics.front() == "و"))) {
          ++k;
        }
        const std::size_t at = k < tokens_.size() && tokens_[k].norm == "في" ? k + 1 : k;
        if (at < tokens_.size() && item_at_[at] >= 0 && items_[item_at_[at]].begin == at &&
            IsAttachment(items_[item_at_[at]].entry->kind)) {
          j = k;
          continue;
        }
      }
      // A portfolio joined by و is part of the office, before the state's adjective (وزير الشؤون الخارجية
      // والتجارة الهنغاري، وزير الخارجية والتعاون الدولي المصري، … والتعاون الإفريقي والمغاربة المقيمين).
      // (Not a second party's office, whose adjective is its own: جلالة الملك والرئيسين القبرصي واليوناني.)
      static const std::unordered_set<std::string_view> other_offices = {
          "رئيسين", "رئيسان", "رؤساء", "وزيرين", "وزيران", "وزراء",  "زعيمين", "زعيمان",
          "زعماء",  "ملكين",  "قادة",  "سفيرين", "سفراء",  "نظيرين", "نظراء"};
      auto and_portfolio = [&](std::size_t at) {
        const WordAnalysis* w = at < tokens_.size() ? tokens_[at].word : nullptr;
        return w && item_at_[at] < 0 && w->has_article() && w->proclitics.size() == 2 &&
               w->proclitics.front() == "و" && !other_offices.count(w->base_norm);
      };
      // (Its adjectives: الإفريقي, a continent's, is no state.)
      auto portfolio_adjective = [&](std::size_t at) {
        const WordAnalysis* w = at < tokens_.size() ? tokens_[at].word : nullptr;
        return w && (item_at_[at] < 0 || !IsAttachment(items_[item_at_[at]].entry->kind)) &&
               w->has_article() && w->proclitics.size() == 1;
      };
      // (Only before the state is named: يبحث مع ملك الأردن العلاقات الثنائية والتطورات is the topic.)
      const bool nothing_attached = first_nested == nested_.size() && m->country.empty() && m->org.empty();
      // A ministry "and of its expatriates' affairs" (وزير الخارجية والهجرة وشؤون المصريين بالخارج، وزير
      // الخارجية وشؤون المغتربين): part of the office; expatriates named by nationality give its state.
      if (titles && nothing_attached) {
        std::size_t k = j;
        while (k < j + 4 && (and_portfolio(k) || (k > j && portfolio_adjective(k)))) ++k;
        // (Or the expatriates joined by و: وزارة الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين
        // بالخارج.)
        if (k + 1 < tokens_.size() && item_at_[k] >= 0 && items_[item_at_[k]].begin == k &&
            items_[item_at_[k]].entry->kind == EntryKind::kCountryAdjective &&
            tokens_[k].norm.starts_with("و") && items_[item_at_[k]].end < tokens_.size() &&
            (tokens_[items_[item_at_[k]].end].norm == "المقيمين" ||
             tokens_[items_[item_at_[k]].end].norm == "بالخارج" ||
             tokens_[items_[item_at_[k]].end].norm == "في")) {
          m->country = items_[item_at_[k]].entry->country;
          k = items_[item_at_[k]].end;
          while (k < tokens_.size() && k <= j + 8 &&
                 (tokens_[k].norm == "المقيمين" || tokens_[k].norm == "بالخارج" || tokens_[k].norm == "في" ||
                  tokens_[k].norm == "الخارج")) {
            ++k;
          }
          j = k;
          continue;
        }
        k = and_portfolio(j) ? j + 1 : j;
        if (k + 1 < tokens_.size() && (tokens_[k].norm == "وشؤون" || tokens_[k].norm == "شؤون")) {
          const int next = item_at_[k + 1];
          if (next >= 0 && items_[next].begin == k + 1 &&
              items_[next].entry->kind == EntryKind::kCountryAdjective) {
            m->country = items_[next].entry->country;
            k = items_[next].end;
          } else if (tokens_[k + 1].word && tokens_[k + 1].word->has_article()) {
            k += 2;
          } else {
            k = j;
          }
          if (k > j) {
            if (k < tokens_.size() && (tokens_[k].norm == "بالخارج" || tokens_[k].norm == "المقيمين")) ++k;
            if (k < tokens_.size() && tokens_[k].norm == "بالخارج") ++k;
            j = k;
            continue;
          }
        }
      }
      if (titles && nothing_attached &&
          (and_portfolio(j) ||
           (portfolio_adjective(j) &&
            (and_portfolio(j + 1) || (portfolio_adjective(j + 1) && and_portfolio(j + 2)))))) {
        std::size_t k = and_portfolio(j) ? j + 1 : j;
        while (k <= j + 2 && portfolio_adjective(k)) ++k;
        const bool state_next = k < tokens_.size() && item_at_[k] >= 0 && items_[item_at_[k]].begin == k &&
                                IsAttachment(items_[item_at_[k]].entry->kind);
        if (state_next || and_portfolio(k)) {
          j = k;
          continue;
        }
      }
      // An adviser's field stands between him and the one he advises (المستشار السياسي لقائد قوات الدعم
      // السريع).
      static const std::unordered_set<std::string_view> adviser_fields = {
          "السياسي", "الاعلامي", "العسكري", "الامني", "القانوني", "الاقتصادي"};  // (as normalised: no hamza)
      if (titles && m->role == "adviser" && nothing_attached && adviser_fields.count(tokens_[j].norm) &&
          j + 1 < tokens_.size() && item_at_[j + 1] >= 0 && items_[item_at_[j + 1]].begin == j + 1 &&
          items_[item_at_[j + 1]].entry->kind == EntryKind::kTitle) {
        ++j;
        continue;
      }
      // "الحكومة المعترف بها (دوليا) في ليبيا": the recognition stands between the body and its state.
      if (j + 1 < tokens_.size() && tokens_[j].norm == "المعترف" && tokens_[j + 1].norm == "بها") {
        std::size_t after = j + 2;
        if (after < tokens_.size() && tokens_[after].norm == "دوليا") ++after;
        if (after < tokens_.size() && tokens_[after].norm == "في") j = after;
      }
      // Mali's adjective is also "financial", so no table lists it: after a state's office or body that
      // is not a financial one (وزارة الخارجية المالية، الجيش المالي، الرئيس المالي) it is Mali's.
      {
        static const std::unordered_set<std::string_view> malian = {"المالي", "المالية", "الماليين",
                                                                    "الماليون"};
        static const std::unordered_set<std::string_view> state_offices = {
            "president",        "prime_minister",    "foreign_minister",
            "defence_minister", "interior_minister", "army_chief",
            "minister",         "ambassador",        "chief_of_general_staff",
            "speaker",          "vice_president"};
        const bool state_body = m->type != MentionType::kPerson &&
                                (m->sector == "GOV" || m->sector == "MIL" || m->sector == "COP");
        if (malian.count(tokens_[j].norm) && first_nested == nested_.size() && m->country.empty() &&
            m->org.empty() && (state_body || state_offices.count(m->role))) {
          m->country = "MLI";
          ++j;
          break;
        }
      }
      std::size_t t = j;
      const Token& tok = tokens_[t];
      // (A counterpart "from" his state too: بوريطة يتباحث مع نظيره من الرأس الأخضر.)
      // (And a member of parliament "for" his bloc: النائب عن تحالف الفتح.)
      const bool connector =
          tok.norm == "في" || tok.norm == "لدي" || (tok.norm == "من" && m->role == "counterpart") ||
          (tok.norm == "عن" && m->role == "mp") || (tok.word && tok.word->base_norm.empty());
      if (connector) ++t;
      // A group's name quoted after its kind (الناطق باسم حركة «حماس»): the kind word and the quote mark
      // are passed over to the name.
      // (The title may end on the kind word: الناطق باسم الحركة is one.)
      auto group_kind = [&](std::size_t k) {
        const std::string_view w = tokens_[k].norm;
        return w == "حركة" || w == "جماعة" || w == "حزب" || w == "تنظيم" || w == "الحركة" || w == "الجماعة";
      };
      auto quoted_group_at = [&](std::size_t k) {
        return k + 1 < tokens_.size() && item_at_[k] < 0 &&
               (tokens_[k].norm == "«" || tokens_[k].norm == "\"") && item_at_[k + 1] >= 0 &&
               items_[item_at_[k + 1]].begin == k + 1 &&
               items_[item_at_[k + 1]].entry->kind == EntryKind::kOrganization;
      };
      static const std::unordered_set<std::string_view> heads_of = {
          "بعثة", "قوات", "قوة", "قائد", "رئيس", "مدير", "ممثل", "مبعوث", "منسق", "مفوض", "امين", "سفير"};
      bool quoted = false;
      if (!connector && t + 2 < tokens_.size() && item_at_[t] < 0 && group_kind(t) &&
          quoted_group_at(t + 1)) {
        t += 2;
        quoted = true;
      } else if (!connector && t > 0 &&
                 (group_kind(t - 1) || tokens_[t - 1].norm == "باسم" ||
                  heads_of.count(tokens_[t - 1].norm)) &&
                 quoted_group_at(t)) {
        // (Or right after a spokesman's باسم: المتحدث الرسمي باسم «اليونيفيل»; or an office's last word:
        // رئيس بعثة «اليونيفيل».)
        t += 1;
        quoted = true;
      }
      if (t >= tokens_.size() || item_at_[t] < 0) break;
      const Item& item = items_[item_at_[t]];
      if (item.begin != t) break;
      const EntryKind k = item.entry->kind;
      if (titles && k == EntryKind::kTitle && !connector) {  // stacked: الأمين العام … السفير
        // Not when the title carries a preposition or conjunction: "للأمين العام" is someone else — except
        // a bare first office joined by و to one that names the state, both held by the person named
        // next (نائب رئيس الوزراء ووزير خارجية دولة الكويت، الشيخ صباح الخالد).
        const WordAnalysis* w = tokens_[t].word;
        // (So too a premiership and a ministry before the name they share: نائب رئيس مجلس الوزراء ووزير
        // الخارجية الشيخ صباح الخالد.)
        std::size_t name_at = item.end;
        while (name_at < tokens_.size() && item_at_[name_at] >= 0 &&
               items_[item_at_[name_at]].entry->kind == EntryKind::kHonorific) {
          name_at = items_[item_at_[name_at]].end;
        }
        const bool premier_and_minister =
            (m->role == "prime_minister" || m->role == "deputy_prime_minister") &&
            item.entry->role.ends_with("minister") && NameBeginsAt(name_at);
        // (Not a counterpart, always another person: سمو وزير الخارجية ونظيره الإيراني.)
        const bool joined_office =
            w && !w->proclitics.empty() && w->proclitics.front() == "و" && m->country.empty() &&
            item.entry->role != "counterpart" && m->org.empty() && nested_.size() == first_nested &&
            item.end < tokens_.size() &&
            ((item_at_[item.end] >= 0 && IsAttachment(items_[item_at_[item.end]].entry->kind)) ||
             premier_and_minister);
        if (joined_office) {
          titles->push_back(item.entry->role);
          j = item.end;
          continue;
        }
        // An office "and its …" of the body just named, before the rank or name the person holds it with
        // (رئيس بعثة «اليونيفيل» وقائدها العام الجنرال أرولدو لاثارو): one person.
        if (w && !w->proclitics.empty() && w->proclitics.front() == "و" &&
            (w->enclitic == "ها" || w->enclitic == "ه") && (!m->org.empty() || !m->country.empty()) &&
            item.end == t + 1) {
          std::size_t at = item.end;
          if (at < tokens_.size() && (tokens_[at].norm == "العام" || tokens_[at].norm == "الاعلي")) ++at;
          const bool rank_or_name =
              at < tokens_.size() && ((item_at_[at] >= 0 && items_[item_at_[at]].begin == at &&
                                       (items_[item_at_[at]].entry->kind == EntryKind::kTitle ||
                                        items_[item_at_[at]].entry->kind == EntryKind::kHonorific)) ||
                                      NameBeginsAt(at));
          if (rank_or_name) {
            j = at;
            continue;
          }
        }
        // An envoy of the Secretary-General (المبعوث الشخصي للأمين العام للأمم المتحدة): the envoy's office
        // goes on through the one he is the envoy of, whose body it then names.
        // (So does a special representative's: الممثلة الخاصة للأمين العام للأمم المتحدة في العراق.)
        // (And an adviser's through the one he advises: مستشار قائد قوات الدعم السريع، المستشار السياسي
        // لقائد قوات الدعم السريع.)
        // (And an envoy of a head of state, whose state it then names: المبعوث الخاص لسلطان عُمان، مبعوث
        // لملك الأردن.)
        static const std::unordered_set<std::string_view> head_of_state = {"king", "president", "emir",
                                                                           "sultan", "prime_minister"};
        const bool adviser_of = m->role == "adviser" && m->country.empty() && m->org.empty() && w &&
                                (w->proclitics.empty() || w->proclitics.front() == "ل") &&
                                item.entry->role != "adviser" && item.entry->role != "counterpart";
        const bool envoy_of =
            ((m->role == "envoy" || m->role == "special_envoy" || m->role == "special_representative") && w &&
             !w->proclitics.empty() && w->proclitics.front() == "ل" &&
             (item.entry->role == "secretary_general" || head_of_state.count(item.entry->role))) ||
            adviser_of;
        if (envoy_of) {
          if (m->country.empty() && item.entry->country != "-") m->country = item.entry->country;
          j = item.end;
          continue;
        }
        if (w && !w->proclitics.empty() && w->proclitics.front() != "ال") break;
        // A one-word title (السفير) stacks only before the name it shares (الأمين العام … السفير خيرت
        // ساريباي); without a name it is the next person, often the object (استقبل خادم الحرمين الشريفين
        // الوزير). Chains of offices in apposition (ولي ولي العهد النائب الثاني … وزير الدفاع) still stack.
        const std::size_t after = item.end;
        const bool named = NameBeginsAt(after);
        // A definite title right after a one-word title in construct is its genitive, whatever follows
        // (مبعوث الأمين العام للأمم المتحدة, مستشار الرئيس الأمريكي): the envoy is the Secretary-General's.
        // (Or a title of two words ending in one: كبير مستشاري الرئيس الأميركي.)
        const bool genitive_of_construct =
            t > 0 && item_at_[t - 1] >= 0 && items_[item_at_[t - 1]].end == t &&
            items_[item_at_[t - 1]].entry->kind == EntryKind::kTitle && tokens_[t - 1].word &&
            !tokens_[t - 1].word->has_article() && w && w->has_article() && w->proclitics.size() == 1;
        const bool bare_word = item.end == t + 1 && w && w->has_article();  // الوزير، السفير
        if (!named && bare_word && !genitive_of_construct) break;
        // Nor before a known person of another state than the first title's: "هنأ الرئيس الفرنسي الأمير
        // محمد بن سلمان" is the president congratulating the prince.
        if (after < tokens_.size() && item_at_[after] >= 0 &&
            items_[item_at_[after]].entry->kind == EntryKind::kPerson && !m->country.empty() &&
            !items_[item_at_[after]].entry->country.empty() &&
            items_[item_at_[after]].entry->country != m->country) {
          break;
        }
        // A title with attachments of its own is the next person: "الرئيس المصري وزير الخارجية الإيراني" —
        // except a minister's portfolio after a bare deputy premiership, which one person holds with it
        // (نائبة رئيس الوزراء وزيرة الخارجية البلجيكية).
        const bool deputy_premier_and_minister = m->role == "deputy_prime_minister" && m->country.empty() &&
                                                 m->org.empty() && item.entry->role.ends_with("minister");
        if (!genitive_of_construct && !deputy_premier_and_minister && item.end < tokens_.size() &&
            item_at_[item.end] >= 0 && IsAttachment(items_[item_at_[item.end]].entry->kind)) {
          break;
        }
        // After a nationality the office is complete, and a definite title next is the next person's (ودعا
        // الوزير السعودي الرئيس عون إلى زيارة المملكة).
        const bool after_nationality_title = first_nested < nested_.size() &&
                                             nested_.back().type == MentionType::kCountry &&
                                             nested_.back().span.end == tokens_[t - 1].span.end;
        // (Only an office no one bears as a style of address: a rank, الملك, الأمير or المستشار before a
        // name is the same person's — وزير الداخلية اليمني اللواء عبده الحذيفي، العاهل الأردني الملك
        // عبدالله.)
        const std::string& next_office = item.entry->role;
        const bool office_only = next_office == "president" || next_office == "prime_minister" ||
                                 next_office == "secretary_general" || next_office == "speaker" ||
                                 next_office.ends_with("minister") || next_office.ends_with("_chief");
        if (after_nationality_title && w && (w->has_article() || item.end > t + 1) && office_only) break;
        titles->push_back(item.entry->role);
        j = item.end;
        continue;
      }
      if (!IsAttachment(k)) break;
      // An organisation or a body that و joins is a second party, not an attachment (الجيش السوداني وقوات
      // الدعم السريع). (Countries so joined share the office: زعيمي روسيا وأوكرانيا، قوات أفغانية وإيرانية.)
      if (!connector && (k == EntryKind::kOrganization || k == EntryKind::kBody) && tokens_[t].word &&
          !tokens_[t].word->proclitics.empty() && tokens_[t].word->proclitics.front() == "و") {
        break;
      }
      // After a nationality the office is complete (الرئيس اليمني): a bare organisation next is the object
      // (ودعا الرئيس اليمني الميليشيات الحوثية …), unless ل or a connector attaches it.
      const bool after_nationality = t > 0 && !connector && first_nested < nested_.size() &&
                                     nested_.back().type == MentionType::kCountry &&
                                     nested_.back().span.end == tokens_[t - 1].span.end;
      const WordAnalysis* org_word = tokens_[t].word;
      if (after_nationality && (k == EntryKind::kOrganization || k == EntryKind::kBody) && org_word &&
          org_word->has_article() && (org_word->proclitics.empty() || org_word->proclitics.front() == "ال")) {
        break;
      }
      // (So is a state or a place named next, not joined by و: اتهمت وزارة الخارجية السودانية دولة
      // الإمارات.)
      if (after_nationality && k != EntryKind::kOrganization && k != EntryKind::kBody && org_word &&
          (org_word->proclitics.empty() || org_word->proclitics.front() == "ال")) {
        break;
      }
      // (A named organisation of its own, too: اتهم الجيش السوداني قوات الدعم السريع.)
      if (after_nationality && k == EntryKind::kOrganization && !item.entry->org.empty() && org_word &&
          org_word->proclitics.empty()) {
        break;
      }
      // So after an organisation (الأمين العام لمنظمة التعاون الإسلامي): another organisation right after it,
      // with no ل, is the object (… فرقة العمل المشتركة المتعددة الجنسيات).
      const bool after_organisation = t > 0 && !connector && first_nested < nested_.size() &&
                                      nested_.back().type == MentionType::kOrganization &&
                                      !nested_.back().org.empty() &&
                                      nested_.back().span.end == tokens_[t - 1].span.end;
      if (after_organisation && k == EntryKind::kOrganization && org_word &&
          (org_word->proclitics.empty() || org_word->proclitics.front() == "ال")) {
        break;
      }
      // A definite title takes no bare name as its genitive (وطالب الأمين العام إسرائيل: Israel is the
      // object); a construct has no article on its head (رئيس مصر).
      const WordAnalysis* before_word = t > 0 ? tokens_[t - 1].word : nullptr;
      const WordAnalysis* name_word = tokens_[t].word;
      // Nor a named organisation whose first word is bare (وطالبت الوزارة مجلس الأمن الدولي).
      if (!connector && (k == EntryKind::kOrganization || k == EntryKind::kBody) && before_word &&
          before_word->has_article() && name_word && name_word->proclitics.empty() &&
          tokens_[t].type == TokenType::kArabic) {
        break;
      }
      // Nor, right after a definite head, a definite body (طالبت الوزارة السلطات الفرنسية): two nouns.
      if (!connector && k == EntryKind::kBody && first_nested == nested_.size() && before_word &&
          before_word->has_article() && name_word && name_word->has_article() &&
          name_word->proclitics.size() == 1) {
        break;
      }
      // (An adjective agrees: after a definite title it has the article too.)
      if (!connector &&
          (k == EntryKind::kCountry || k == EntryKind::kCountryAdjective || k == EntryKind::kCapital ||
           k == EntryKind::kCity) &&
          before_word && before_word->has_article() && name_word && name_word->proclitics.empty() &&
          !item.entry->canonical.starts_with("ال")) {
        break;
      }
      // A city with ب after the state is named is where he is (ملك البحرين بالرياض), not his attachment.
      if ((k == EntryKind::kCapital || k == EntryKind::kCity) && !m->country.empty() && name_word &&
          !name_word->proclitics.empty() && name_word->proclitics.front() == "ب") {
        break;
      }
      // An adjective or body after a connector is no attachment ("في الاجتماع"): only places and
      // organisations follow في / لدى.
      if (connector && k == EntryKind::kCountryAdjective) break;
      // An organisation's official "in" a place is posted or met there; he stays the organisation's, of no
      // state (مبعوث الأمين العام للأمم المتحدة في الرياض).
      // (So is one whose office is an organisation's by its title: منسقة الشؤون الإنسانية في السودان.)
      if (connector && (!m->org.empty() || m->sector == "IGO") && k != EntryKind::kOrganization &&
          k != EntryKind::kBody) {
        break;
      }
      // So is a state's official whose state is already said, unless posted there (سفير المملكة في القاهرة):
      // "وزير الدفاع الأميركي في جدة" is where the minister is.
      if (connector && !m->country.empty() && m->sector != "DIP" && k != EntryKind::kOrganization &&
          k != EntryKind::kBody) {
        break;
      }
      Mention& a = nested_.emplace_back();
      a.sentence = index_;
      a.how = "attachment";
      Fill(&a, *item.entry);
      if (k == EntryKind::kOrganization) {
        // (A state's envoy "to" the United Nations is his state's, not the organisation's: المندوبة الأمريكية
        // لدى الأمم المتحدة.)
        const bool posted_to = tok.norm == "لدي" && !m->country.empty();
        if (m->org.empty() && !posted_to) m->org = item.entry->org;
        if (m->country.empty()) m->country = item.entry->country;
        if (m->sector.empty()) m->sector = item.entry->sector;
        a.type = MentionType::kOrganization;
        j = SkipBracketedAcronym(item.end, item.entry->org);
      } else {
        if (k == EntryKind::kBody) {
          if (m->sector.empty() && item.entry->sector != "*") m->sector = item.entry->sector;
          // (A body only one state has names it: الناطق باسم الرئاسة الفلسطينية.)
          if (m->country.empty() && !item.entry->country.empty()) m->country = item.entry->country;
          a.type = MentionType::kOrganization;
        } else {
          // "سفيرها لدى السويد": لدى names where an envoy is posted, not whose he is.
          if (m->country.empty() && tok.norm != "لدي") m->country = item.entry->country;
          a.type = k == EntryKind::kCountry || k == EntryKind::kCountryAdjective ? MentionType::kCountry
                                                                                 : MentionType::kLocation;
        }
        j = item.end;
      }
      a.span = a.role_span = SpanOf(item.begin, j);
      if (quoted && j < tokens_.size() && (tokens_[j].norm == "»" || tokens_[j].norm == "\"")) ++j;
    }
    // An institution takes the country named after it (برلمان جمهورية كازاخستان) and spans it.
    for (std::size_t n = first_nested; n < nested_.size(); ++n) {
      Mention& a = nested_[n];
      if (a.type != MentionType::kOrganization || !a.org.empty()) continue;
      if (n + 1 < nested_.size() && nested_[n + 1].type == MentionType::kCountry) {
        a.country = nested_[n + 1].country;
        a.span.end = a.role_span.end = nested_[n + 1].span.end;
      } else if (a.country.empty()) {
        a.country = m->country;
      }
    }
    return j;
  }

  // title [attachments] [stacked titles] [honorifics] [،] [name]
  std::size_t ComposeTitle(const Item& first, Mention* m) {
    m->type = MentionType::kPerson;
    std::size_t j = first.begin;
    // Leading honorifics are dropped from the role phrase.
    while (j < tokens_.size() && item_at_[j] >= 0 &&
           items_[item_at_[j]].entry->kind == EntryKind::kHonorific) {
      j = items_[item_at_[j]].end;
    }
    std::size_t role_begin = j;
    if (j < tokens_.size() && item_at_[j] >= 0 && items_[item_at_[j]].entry->kind == EntryKind::kTitle) {
      const LexiconEntry& title = *items_[item_at_[j]].entry;
      m->role = title.role;
      m->titles.push_back(title.role);
      if (title.sector != "*") m->sector = title.sector;
      // A UN title says so with an adjective (المبعوث الأممي، المنسقة الأممية): the UN's official.
      for (std::size_t w = j; w < items_[item_at_[j]].end && m->org.empty(); ++w) {
        if (tokens_[w].norm == "الاممي" || tokens_[w].norm == "الاممية") m->org = "UN";
      }
      // "نائبه" is someone's deputy, not a member of parliament (خادم الحرمين الشريفين ونائبه).
      const WordAnalysis* title_word = tokens_[j].word;
      if (title.role == "mp" && items_[item_at_[j]].end == j + 1 && title_word &&
          !title_word->enclitic.empty()) {
        m->role = "deputy";
        m->titles.back() = "deputy";
        m->sector.clear();
      }
      // An office of one state (خادم الحرمين الشريفين) is that state's whoever holds it (known before the
      // attachments: "خادم الحرمين والرئيس السوداني" are two people).
      m->country = title.country;
      j = Attach(items_[item_at_[j]].end, m, &m->titles);
    } else if (j > first.begin && j < tokens_.size() &&
               (tokens_[j - 1].norm == "الامير" || tokens_[j - 1].norm == "امير")) {
      // The lexicon reads "سمو الأمير" (article or none) as one honorific, for a prince named after it. With
      // his state after it (بجهود سمو أمير الكويت) or no name (وقد قبل سمو الأمير الدعوة) it is the emir's
      // title.
      // (A region's emir is its governor: سمو أمير منطقة الرياض.)
      const bool region = tokens_[j].norm == "منطقة" || tokens_[j].norm == "المنطقة";
      if (region) ++j;
      const bool state_after = j < tokens_.size() && item_at_[j] >= 0 && items_[item_at_[j]].begin == j &&
                               IsAttachment(items_[item_at_[j]].entry->kind);
      const bool named = NameBeginsAt(j);
      if (state_after || !named || region) {
        m->role = region ? "governor" : "emir";
        m->titles.push_back(m->role);
        m->sector = "GOV";
        role_begin = region ? j - 2 : j - 1;
        // (Only a state right after it: in a headline's "سمو الأمير في جدة" Jeddah is where he is.)
        if (state_after) j = Attach(j, m, &m->titles);
      }
    }
    // An envoy's brief between his office and his name (المبعوث الأميركي الخاص إلى الشرق الأوسط ستيف
    // ويتكوف): skipped when a name follows it.
    if (j > role_begin && j < tokens_.size()) {
      std::size_t brief = j;
      if (tokens_[brief].norm == "الخاص" || tokens_[brief].norm == "الخاصة") ++brief;
      if (brief + 1 < tokens_.size() && tokens_[brief].norm == "الي" && item_at_[brief + 1] >= 0 &&
          items_[item_at_[brief + 1]].begin == brief + 1) {
        const EntryKind place = items_[item_at_[brief + 1]].entry->kind;
        if (place == EntryKind::kCountry || place == EntryKind::kCapital || place == EntryKind::kCity ||
            place == EntryKind::kRegion) {
          brief = items_[item_at_[brief + 1]].end;
        }
      }
      if (brief > j && NameBeginsAt(brief)) j = brief;
    }
    const std::size_t role_end = j;
    if (role_end > role_begin) m->role_span = SpanOf(role_begin, role_end);
    // The place an organisation's office is held in, between it and a name the lexicon knows (رئيس حركة
    // حماس في قطاع غزة يحيى السنوار، رئيس المكتب السياسي لحركة حماس في الخارج خالد مشعل).
    if (role_end > role_begin && !m->org.empty() && j + 2 < tokens_.size() && tokens_[j].norm == "في") {
      std::size_t after = j + 1;
      if (item_at_[after] >= 0 && items_[item_at_[after]].begin == after) {
        const EntryKind place = items_[item_at_[after]].entry->kind;
        if (place == EntryKind::kCity || place == EntryKind::kRegion || place == EntryKind::kCapital ||
            place == EntryKind::kCountry)
          after = items_[item_at_[after]].end;
      } else if (tokens_[after].norm == "الخارج") {
        ++after;
      }
      if (after > j + 1 && after < tokens_.size() && item_at_[after] >= 0 &&
          items_[item_at_[after]].begin == after && items_[item_at_[after]].entry->kind == EntryKind::kPerson)
        j = after;
    }
    // Honorifics between the role and the name — not one behind a preposition, which begins the next
    // person (خلال استقبال الرئيس المصري لصاحب السمو الملكي الأمير محمد بن سلمان).
    if (role_end > role_begin && j < tokens_.size() && item_at_[j] >= 0 &&
        items_[item_at_[j]].entry->kind == EntryKind::kHonorific && BehindPreposition(tokens_[j])) {
      m->how = "title";
      return std::max(role_end, first.end);
    }
    // (And the rank "الفريق" — also "the team" — before a name: رئيس أركان حرب القوات المسلحة الفريق محمد
    // فريد.)
    while (j < tokens_.size() &&
           ((item_at_[j] >= 0 && items_[item_at_[j]].entry->kind == EntryKind::kHonorific) ||
            (item_at_[j] < 0 && tokens_[j].norm == "الفريق" && NameRun(j + 1) > j + 1))) {
      j = item_at_[j] >= 0 ? items_[item_at_[j]].end : j + 1;
    }
    std::size_t name_begin = j;
    if (name_begin < tokens_.size() && IsPunct(tokens_[name_begin], "،") && role_end > role_begin) {
      ++name_begin;
      // … دولة الكويت، الشيخ صباح الخالد: honorifics after the comma too.
      while (name_begin < tokens_.size() && item_at_[name_begin] >= 0 &&
             items_[item_at_[name_begin]].entry->kind == EntryKind::kHonorific) {
        name_begin = items_[item_at_[name_begin]].end;
      }
    }
    std::size_t name_end = name_begin;
    // (Or a known person's name with و: الملك وبايدن يعقدان مباحثات.)
    const bool and_known_person = name_begin < tokens_.size() && item_at_[name_begin] >= 0 &&
                                  items_[item_at_[name_begin]].begin == name_begin &&
                                  items_[item_at_[name_begin]].entry->kind == EntryKind::kPerson &&
                                  tokens_[name_begin].norm.starts_with("و") &&
                                  !lexicon_.IsGivenName(tokens_[name_begin].norm);
    if (name_begin < tokens_.size() && (StartsNextPerson(tokens_[name_begin]) || and_known_person)) {
      // The title stands alone; the person joined by و is the next mention.
    } else if (name_begin < tokens_.size() && item_at_[name_begin] >= 0 &&
               items_[item_at_[name_begin]].entry->kind == EntryKind::kPerson) {
      const Item& person = items_[item_at_[name_begin]];
      name_end = person.end;
      const LexiconEntry& e = *person.entry;
      m->canonical = e.canonical;
      m->titles.insert(m->titles.end(), person.offices.begin(), person.offices.end());
      // (And the office the people table gives him, when the title said is only an honorific: جلالة الملك
      // عبدالله الثاني, whose "الملك" is part of the name — so a later "جلالة الملك" is he.)
      if (!e.role.empty() && e.role != "-" && m->role.empty()) m->titles.push_back(e.role);
      // (A state's title names the office he held then, not an international one the lexicon knows him
      // by: رئيس الوزراء البرتغالي أنطونيو كوستا in 2018, before he chaired the European Council.)
      const bool state_title = !m->country.empty() && m->org.empty() && e.country.empty() && !e.org.empty();
      if (m->country.empty()) m->country = e.country;
      if (m->org.empty() && !state_title) m->org = e.org;
      if (m->sector.empty()) m->sector = e.sector;
    } else {
      name_end = NameRun(name_begin);
    }
    // أمير without the article and with nothing attached is the given name Amir (أمير حكمتي), not a prince.
    if (name_end > name_begin && role_end == first.end && first.end == first.begin + 1 &&
        tokens_[first.begin].norm == "امير") {
      m->role.clear();
      m->titles.clear();
      m->sector.clear();
      m->role_span = {};
      name_begin = first.begin;
    }
    if (name_end > name_begin) {
      m->name_span = SpanOf(name_begin, name_end);
      m->how = "title+name";
      if (m->canonical.empty()) m->canonical = std::string(article_.View(m->name_span));
      j = name_end;
    } else {
      m->how = "title";
      j = role_end;
    }
    // A title whose sector comes from what it is attached to ("*") has taken the organisation's sector in
    // Attach (an IGO's secretary-general is IGO); a party leader's stays unstated, as the coding manual asks.
    if (j == first.begin) j = first.end;
    return std::max(j, first.end);
  }

  const Lexicon& lexicon_;
  const Article& article_;
  const std::vector<Token>& tokens_;
  int index_;
  std::vector<Item> items_;
  std::vector<int> item_at_;
  std::vector<Mention> nested_;     // attachments of the mention being composed
  std::vector<NerSpan> ner_spans_;  // the statistical tagger's spans (empty without a model)
  std::vector<int> ner_at_;         // token → index of the span starting there, or -1
};

std::string Folded(std::string_view s) { return Normalize(s); }

void SortByPosition(std::vector<Mention>& mentions) {
  std::sort(mentions.begin(), mentions.end(),
            [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
}

// Words that may stand before a sentence's verb without being its subject: كما ناقشا, ثم أكد.
bool IsLeadIn(const Token& t) {
  static const std::unordered_set<std::string_view> words = {"كما",  "ثم",   "وقد",  "قد",
                                                             "كذلك", "فيما", "بينما"};
  return words.count(t.norm) > 0;
}

// Arabic drops a pronoun subject the verb already marks: "وتحدث على وجه الخصوص…" (he), "كما ناقشا…" (the
// two of them), "واتفقوا…" (they). When a body sentence opens with a verb and no person, organisation or
// country follows it as subject, the subject is the previous sentence's: a person mention on the verb, or a
// group of the parties for a dual or plural verb. The sentence subject is the first person (or parties)
// mention after the sentence's first verb, else the first person of the sentence.
void AddDroppedSubjects(const std::vector<Sentence>& sentences,
                        std::vector<std::vector<Mention>>* per_sentence) {
  int subject = -1;          // entity of the running subject
  std::vector<int> parties;  // the persons introduced so far, in order
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    auto& mentions = (*per_sentence)[s];
    for (const Mention& m : mentions) {
      if (m.type == MentionType::kPerson && m.entity >= 0 &&
          std::find(parties.begin(), parties.end(), m.entity) == parties.end()) {
        parties.push_back(m.entity);
      }
    }
    if (sentences[s].is_title) continue;
    const auto& tokens = sentences[s].tokens;
    std::size_t v = 0;
    while (v < tokens.size() && (tokens[v].type == TokenType::kPunct || IsLeadIn(tokens[v]))) ++v;
    const bool opens_with_verb = v < tokens.size() && v <= 2 && tokens[v].word && tokens[v].word->verb;
    // The explicit subject: a mention starting right after the verb (or after one more word).
    const Mention* explicit_subject = nullptr;
    if (opens_with_verb) {
      for (const Mention& m : mentions) {
        const bool close =
            m.span.begin >= tokens[v].span.end &&
            (v + 1 >= tokens.size() || m.span.begin <= tokens[std::min(v + 2, tokens.size() - 1)].span.begin);
        const bool nested = m.how.starts_with("attachment");  // part of a larger mention (نواب مجلس الشيوخ)
        // (Armed groups too: واختطف مسلحون مجهولون … has its subject; other groups after a verb are as often
        // its object: ودعا أعضاء مجلس الشيوخ.)
        const bool armed_group = m.type == MentionType::kGroup && (m.sector == "INS" || m.sector == "REB" ||
                                                                   m.sector == "MIL" || m.sector == "COP");
        // (And a crowd in the nominative: وتجمع المحتجون — not وفرقت المحتجين, its object.)
        // (A close mention begins on one of the two words after the verb.)
        auto nominative_at = [&](std::size_t k) {
          // (A broken plural has no case ending: وخرج مئات الشبان.)
          return k < tokens.size() && tokens[k].span.begin == m.span.begin &&
                 (tokens[k].norm.ends_with("ون") || m.role == "youths");
        };
        const bool crowd = close && m.type == MentionType::kGroup && m.sector == "CVL" &&
                           (nominative_at(v + 1) || nominative_at(v + 2));
        const bool can_act =
            !nested && (m.type == MentionType::kPerson || m.type == MentionType::kOrganization ||
                        m.type == MentionType::kCountry || armed_group || crowd || !m.members.empty());
        if (close && can_act) {
          explicit_subject = &m;
          break;
        }
      }
    }
    // A verb in the feminine (واتهمت، وأكدت) has a body or a woman as its subject, not the man the sentences
    // before were about: its subject is words the lexicons do not know (واتهمت تنسيقية الحراك الشعبي).
    const WordAnalysis* verb_word = opens_with_verb ? tokens[v].word : nullptr;
    const bool feminine = verb_word && verb_word->base_norm.ends_with("ت") &&
                          !verb_word->lemma_norm.ends_with("ت") && verb_word->base_norm.size() > 6;
    // (Nor has a verb with a crowd counted after it: وتظاهر العشرات من أهالي سنجار.)
    static const std::unordered_set<std::string_view> crowd_counts = {"العشرات", "عشرات", "المئات", "مئات",
                                                                      "الالاف",  "الاف",  "الوف"};
    const bool counted_crowd = opens_with_verb && v + 2 < tokens.size() &&
                               crowd_counts.count(tokens[v + 1].norm) && tokens[v + 2].norm == "من";
    if (opens_with_verb && !explicit_subject && subject >= 0 && !feminine && !counted_crowd) {
      const std::string_view verb = tokens[v].norm;
      const bool plural = verb.ends_with("وا");
      const bool dual = !plural && verb.ends_with("ا") && tokens[v].word->base_norm.size() > 4 &&
                        !tokens[v].word->lemma_norm.ends_with("ا");
      Mention m;
      m.sentence = static_cast<int>(s);
      m.span = m.role_span = tokens[v].span;
      if ((dual || plural) && parties.size() >= 2) {
        m.type = MentionType::kGroup;
        m.members = parties;
        if (dual) m.members.resize(2);
        m.how = "coref:dropped-subject";
      } else {
        m.type = MentionType::kPerson;
        m.entity = subject;
        m.how = "coref:dropped-subject";
      }
      mentions.push_back(std::move(m));
      SortByPosition(mentions);
      continue;  // the running subject stays
    }
    // The sentence's own subject: the explicit one, else its first person.
    if (explicit_subject && explicit_subject->type == MentionType::kPerson && explicit_subject->entity >= 0) {
      subject = explicit_subject->entity;
      continue;
    }
    for (const Mention& m : mentions) {
      if (m.type == MentionType::kPerson && m.entity >= 0) {
        subject = m.entity;
        break;
      }
    }
  }
}

}  // namespace

const char* MentionTypeName(MentionType type) {
  switch (type) {
    case MentionType::kPerson:
      return "person";
    case MentionType::kOrganization:
      return "organization";
    case MentionType::kCountry:
      return "country";
    case MentionType::kLocation:
      return "location";
    case MentionType::kGroup:
      return "group";
  }
  return "?";
}

EntityTagger::EntityTagger(const Lexicon* lexicon, const NerModel* ner) : lexicon_(lexicon), ner_(ner) {}

EntityResult EntityTagger::Tag(const Article& article, const std::vector<Sentence>& sentences) const {
  EntityResult r;
  r.author = article.author;
  r.author_span = article.author_span;
  std::vector<std::vector<Mention>> per_sentence(sentences.size());
  // A name the tagger found once is evidence for its later mentions in the same article.
  NerHistory history(ner_ ? ner_->history_window() : 0);
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    SentenceTagger tagger(*lexicon_, ner_, &history, article, sentences[s], static_cast<int>(s));
    per_sentence[s] = tagger.Run();
  }
  // A person whose office is said with a pronoun for a party named before him in the sentence: a spokesman
  // "in its name" (ودانت الرئاسة الفلسطينية …، وطالب الناطق باسمها نبيل أبو ردينة) speaks for that body;
  // "its ambassador" (أما موسكو، فقد حذّر سفيرها لدى الولايات المتحدة) is the envoy of that state or its
  // capital — not of the state he is posted to.
  for (auto& mentions : per_sentence) {
    for (std::size_t k = 0; k < mentions.size(); ++k) {
      Mention& m = mentions[k];
      if (m.type != MentionType::kPerson || !m.country.empty() || !m.org.empty() || m.role_span.empty())
        continue;
      const std::string role = Normalize(article.View(m.role_span));
      const bool spokesman = role.ends_with(" باسمها") || role.ends_with(" باسمه");
      const bool ambassador = role.starts_with("سفيرها") || role.starts_with("سفيره ") || role == "سفيره";
      if (!spokesman && !ambassador) continue;
      for (std::size_t j = k; j-- > 0;) {
        const Mention& party = mentions[j];
        if (spokesman) {
          if (party.type != MentionType::kOrganization || (party.country.empty() && party.org.empty()))
            continue;
          m.org = party.org;
          if (m.sector.empty()) m.sector = party.sector;
        } else if ((party.type != MentionType::kCountry && party.type != MentionType::kLocation) ||
                   party.country.empty() || party.how.starts_with("attachment")) {
          continue;
        }
        m.country = party.country;
        break;
      }
    }
  }
  // عمان is Oman and Amman. In an article about Jordan that names Oman in no other way (سلطنة عمان،
  // العماني، مسقط), the bare word (في عمان، بعمان) is Jordan's capital.
  {
    auto bare_amman = [&](const Mention& m) {
      const std::string said = Normalize(article.View(m.span));
      return m.type == MentionType::kCountry && m.country == "OMN" && said.ends_with("عمان") &&
             said.size() <= std::string_view("بعمان").size();
    };
    // (Also a body whose country is only the bare word at its end: الوزارة بعمان.)
    auto ends_in_amman = [&](const Mention& m) {
      if (m.type == MentionType::kCountry || m.country != "OMN") return false;
      const std::string said = Normalize(article.View(m.span));
      const std::size_t space = said.rfind(' ');
      const std::string_view last = std::string_view(said).substr(space == std::string::npos ? 0 : space + 1);
      return last.ends_with("عمان") && last.size() <= std::string_view("بعمان").size() &&
             said.find("سلطنة") == std::string::npos;
    };
    bool jordan = false, oman = false;
    for (const auto& mentions : per_sentence) {
      for (const auto& m : mentions) {
        jordan |= m.country == "JOR";
        oman |= m.country == "OMN" && !bare_amman(m) && !ends_in_amman(m);
      }
    }
    for (auto& mentions : per_sentence) {
      for (auto& m : mentions) {
        if (jordan && !oman && ends_in_amman(m)) m.country = "JOR";
        if (!jordan || oman || !bare_amman(m)) continue;
        m.type = MentionType::kLocation;
        m.country = "JOR";
        m.canonical = "عمان";
        m.role = "capital";
        m.how = "lexicon+country:context";
      }
    }
  }

  // طرابلس is Libya's capital and Lebanon's second city. In an article about Lebanon that names Libya in no
  // other way (ليبيا، الليبي، بنغازي), it is Lebanon's (وفي طرابلس، تجمّع آلاف المحتجين).
  {
    auto bare_tripoli = [&](const Mention& m) {
      return (m.type == MentionType::kCountry || m.type == MentionType::kLocation) && m.country == "LBY" &&
             Normalize(article.View(m.span)).ends_with("طرابلس");
    };
    bool lebanon = false, libya = false;
    for (const auto& mentions : per_sentence) {
      for (const auto& m : mentions) {
        lebanon |= m.country == "LBN";
        libya |= m.country == "LBY" && !bare_tripoli(m);
      }
    }
    for (auto& mentions : per_sentence) {
      for (auto& m : mentions) {
        if (!lebanon || libya || !bare_tripoli(m)) continue;
        m.type = MentionType::kLocation;
        m.country = "LBN";
        m.role.clear();
        m.how = "lexicon+country:context";
      }
    }
  }

  // "قوات التحالف" alone is the Saudi-led coalition in news of Yemen, the anti-ISIS one in news of ISIS that
  // names no Yemeni party (مقتل أبو مالك بغارة لقوات التحالف).
  {
    bool isis = false, yemen = false;
    for (const auto& mentions : per_sentence) {
      for (const auto& m : mentions) {
        isis |= m.org == "ISIL";
        yemen |= m.org == "HOUTHI" || m.country == "YEM";
      }
    }
    for (auto& mentions : per_sentence) {
      for (auto& m : mentions) {
        if (!isis || yemen || m.org != "SLC") continue;
        const std::string said = Normalize(article.View(m.span));
        if (said.find("العربي") != std::string::npos || said.find("الشرعية") != std::string::npos ||
            said.find("السعودية") != std::string::npos || said.find("المملكة") != std::string::npos) {
          continue;
        }
        m.org = "GCDAESH";
        m.canonical = "التحالف الدولي";
        m.how += "+context:isis";
      }
    }
  }

  // Person entities from named mentions, grouped by the folded name; a name that is the tail of a longer one
  // (ساريباي, خيرت ساريباي) is the same person, and so are two spellings of one people-lexicon entry
  // (محمد بن زايد, الشيخ محمد بن زايد آل نهيان: the same canonical name).
  struct NamedPerson {
    std::string folded;
    std::vector<std::string> words;
    int entity;
    std::string canonical;  // folded
  };
  std::vector<NamedPerson> named;
  // (A one-word name that begins a longer foreign name and is no given name is its family name put first:
  // شي of شي جين بينغ.)
  auto find_named = [&](const std::string& folded, const std::string& canonical, bool honorific_name) -> int {
    const bool single = folded.find(' ') == std::string::npos;
    // (A Gulf sheikh named in full by three names or more is named after by the first, when no one else of
    // the article bears it: الشيخ سالم, of الشيخ سالم عبدالله الجابر الصباح — even where a headline named
    // him so before.)
    int first_named = -1;
    for (const auto& p : named) {
      if (!single || !honorific_name || p.words.size() < 3 || p.words.front() != folded ||
          p.entity == first_named) {
        continue;
      }
      if (first_named >= 0) {
        first_named = -2;
        break;
      }
      first_named = p.entity;
    }
    if (first_named >= 0) return first_named;
    for (const auto& p : named) {
      if (p.folded == folded) return p.entity;
      if (!canonical.empty() && p.canonical == canonical) return p.entity;
      // (Two words are enough for a Chinese name: وانغ يي … وقال وانغ.)
      const std::size_t family_first_words = r.entities[p.entity].country == "CHN" ? 2 : 3;
      if (single && p.words.size() >= family_first_words && p.words.front() == folded &&
          !lexicon_->IsGivenName(folded))
        return p.entity;

      if (p.folded.size() > folded.size() && p.folded.ends_with(" " + folded)) return p.entity;
      if (folded.size() > p.folded.size() && folded.ends_with(" " + p.folded)) return p.entity;
    }
    return -1;
  };
  auto new_entity = [&](const Mention& m) {
    Entity e;
    e.type = m.type;
    e.name = m.name_span.empty() ? std::string() : std::string(article.View(m.name_span));
    e.canonical = m.canonical;
    e.country = m.country;
    e.org = m.org;
    e.sector = m.sector;
    e.role = m.role;
    e.titles = m.titles;
    r.entities.push_back(std::move(e));
    return static_cast<int>(r.entities.size()) - 1;
  };
  auto merge_into = [&](int id, const Mention& m) {
    Entity& e = r.entities[id];
    if (e.country.empty()) e.country = m.country;
    if (e.org.empty()) e.org = m.org;
    if (e.sector.empty()) e.sector = m.sector;
    if (e.role.empty()) e.role = m.role;
    for (const auto& t : m.titles) {
      if (std::find(e.titles.begin(), e.titles.end(), t) == e.titles.end()) e.titles.push_back(t);
    }
  };
  for (auto& mentions : per_sentence) {
    for (auto& m : mentions) {
      if (m.type != MentionType::kPerson || m.name_span.empty()) continue;
      const std::string folded = Folded(article.View(m.name_span));
      if (folded.empty()) continue;
      const std::string canonical = Folded(m.canonical);
      // (Only after an honorific: الشيخ سالم, not any علي.)
      const bool honorific_name = m.how == "title+name" && m.role.empty();
      int id = find_named(folded, canonical, honorific_name);
      // (A name the tagger took with its و: واتفق بري وهوكشتاين — the Hochstein named before.)
      if (id < 0 && folded.starts_with("و") && folded.size() > 6) {
        id = find_named(folded.substr(std::string_view("و").size()), canonical, honorific_name);
      }
      const bool spelt_before =
          std::any_of(named.begin(), named.end(), [&](const NamedPerson& p) { return p.folded == folded; });
      if (id < 0) {
        id = new_entity(m);
      } else {
        merge_into(id, m);
      }
      // (Each spelling, so that bare repetitions of any of them are found.)
      if (!spelt_before) {
        std::vector<std::string> words;
        for (const auto& t : Tokenize(folded, {0, folded.size()})) {
          if (!t.norm.empty()) words.push_back(t.norm);
        }
        if (!words.empty()) named.push_back({folded, std::move(words), id, canonical});
      }
      m.entity = id;
    }
  }

  // Bare repetitions of a known name that pass 1 did not see (no title before them).
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const auto& tokens = sentences[s].tokens;
    auto covered = [&](std::size_t k) {
      for (const auto& m : per_sentence[s]) {
        if (tokens[k].span.begin >= m.span.begin && tokens[k].span.end <= m.span.end) return true;
      }
      return false;
    };
    // A family name that is also a nationality (عبدالله بن عبدالمحسن التركي) read as a country where it
    // stands alone in a party's place: "التركي يستقبل" is the man.
    // So is a country's name that is the family name of a person the article has named in full (ديفيد
    // كاميرون … ويتفاوض كاميرون: Cameron, not Cameroon).
    auto surname_country = [&](std::size_t k) -> int {
      for (std::size_t i = 0; i < per_sentence[s].size(); ++i) {
        const Mention& m = per_sentence[s][i];
        if (m.type == MentionType::kCountry && m.how == "lexicon" && m.span.begin == tokens[k].span.begin &&
            m.span.end == tokens[k].span.end && tokens[k].word && !tokens[k].word->has_article()) {
          return static_cast<int>(i);
        }
      }
      return -1;
    };
    // The country mention that is exactly token k, or -1.
    auto country_at = [&](std::size_t k) -> int {
      for (std::size_t i = 0; i < per_sentence[s].size(); ++i) {
        const Mention& m = per_sentence[s][i];
        if (m.type == MentionType::kCountry && m.span.begin == tokens[k].span.begin &&
            m.span.end == tokens[k].span.end) {
          return static_cast<int>(i);
        }
      }
      return -1;
    };
    // (Right after a verb too, where a nisba qualifies nothing: وأعرب السوداني is محمد شياع السوداني.)
    auto nisba_country = [&](std::size_t k) -> int {
      const bool party_slot = sentences[s].is_title || (k > 0 && tokens[k - 1].norm == "مع") ||
                              (k > 0 && tokens[k - 1].word && tokens[k - 1].word->verb);
      if (!party_slot || !tokens[k].word || !tokens[k].word->has_article()) return surname_country(k);
      return country_at(k);
    };
    // The country mention at index `said` is token k, the family name of the person `entity`.
    auto becomes_named = [&](int said, std::size_t k, int entity) {
      Mention& m = per_sentence[s][static_cast<std::size_t>(said)];
      m = Mention{};
      m.type = MentionType::kPerson;
      m.sentence = static_cast<int>(s);
      m.span = m.name_span = tokens[k].span;
      m.entity = entity;
      m.how = "coref:name";
    };
    for (std::size_t k = 0; k < tokens.size(); ++k) {
      // (Behind ل, the family name of a man named in full: دعوة رسمية للسوداني, to محمد شياع السوداني.)
      if (tokens[k].norm.starts_with("لل") && tokens[k].norm.size() > 8) {
        const std::string family = "ال" + tokens[k].norm.substr(std::string_view("لل").size());
        const auto named_so = std::find_if(named.begin(), named.end(), [&](const auto& p) {
          return p.words.size() >= 3 && p.words.back() == family;
        });
        const int said = country_at(k);
        if (named_so != named.end() && said >= 0) {
          becomes_named(said, k, named_so->entity);
          continue;
        }
      }
      const int nisba = nisba_country(k);
      if (nisba >= 0) {
        const bool surname = per_sentence[s][nisba].how == "lexicon" && !tokens[k].word->has_article();
        const auto named_so = std::find_if(named.begin(), named.end(), [&](const auto& p) {
          return p.words.size() >= (surname ? 2u : 3u) && p.words.back() == tokens[k].norm;
        });
        if (named_so != named.end()) {
          becomes_named(nisba, k, named_so->entity);
          continue;
        }
      }
      // (So is a one-word title with no article that a person named before bears as his family name: وأضاف
      // مفتي, of the spokesman دينا مفتي.)
      if (tokens[k].word && !tokens[k].word->has_article() && tokens[k].word->proclitics.empty()) {
        const auto title =
            std::find_if(per_sentence[s].begin(), per_sentence[s].end(), [&](const Mention& m) {
              return m.type == MentionType::kPerson && m.how == "title" && m.name_span.empty() &&
                     m.span.begin == tokens[k].span.begin && m.span.end == tokens[k].span.end;
            });
        const auto named_so = std::find_if(named.begin(), named.end(), [&](const auto& p) {
          return p.words.size() >= 2 && p.words.back() == tokens[k].norm;
        });
        if (title != per_sentence[s].end() && named_so != named.end()) {
          *title = Mention{};
          title->type = MentionType::kPerson;
          title->sentence = static_cast<int>(s);
          title->span = title->name_span = tokens[k].span;
          title->entity = named_so->entity;
          title->how = "coref:name";
          continue;
        }
      }
      if (covered(k) || tokens[k].type != TokenType::kArabic) continue;
      for (const auto& p : named) {
        std::size_t n = p.words.size();
        bool full = k + n <= tokens.size();
        for (std::size_t w = 0; full && w < n; ++w) {
          const Token& t = tokens[k + w];
          full = t.norm == p.words[w] ||
                 (w == 0 && t.norm.size() > 2 && std::string_view(t.norm).substr(2) == p.words[w] &&
                  (t.norm.starts_with("و") || t.norm.starts_with("ل") || t.norm.starts_with("ب")));
        }
        // The family name alone, when it is a word hunspell does not know — or, in a headline or after مع,
        // even one it knows (خادم الحرمين يبحث مع جعجع: جعجع is also a verb).
        // (Or right after a verb, the subject's place: والتقى الصفدي، ومن المقرر أن يتوجه الصفدي.)
        // (Or after كان or قال, which the analyser may not read as verbs: وكان العبادي قد زار الرياض.)
        const bool after_verb =
            k > 0 &&
            ((tokens[k - 1].word && tokens[k - 1].word->verb && !tokens[k - 1].word->has_article()) ||
             tokens[k - 1].norm == "وكان" || tokens[k - 1].norm == "كان" || tokens[k - 1].norm == "وكانت" ||
             tokens[k - 1].norm == "وقال" || tokens[k - 1].norm == "قال");
        // (The family name with its article also after a clause's first word, a verb's place, which the
        // analyser may read as a noun: … المباحثات، ثمّن الصفدي، فيما جدد الرواحي.)
        static const std::unordered_set<std::string_view> clause_openers = {"فيما", "بينما", "كما", "ثم",
                                                                            "حيث",  "وقد",   "قد"};
        const bool after_clause_head =
            k > 0 && tokens[k - 1].type == TokenType::kArabic && tokens[k - 1].word &&
            !tokens[k - 1].word->has_article() &&
            (k == 1 || tokens[k - 2].type == TokenType::kPunct || clause_openers.count(tokens[k - 2].norm));
        // (Or after an honorific: كما التقى السيد عطاف.)
        const bool after_honorific =
            k > 0 && (tokens[k - 1].norm == "السيد" || tokens[k - 1].norm == "السيدة" ||
                      tokens[k - 1].norm == "الشيخ" || tokens[k - 1].norm == "الدكتور");
        // (Or after إلى, whom something is sent or addressed to: ووجّه الرئيس الدعوة إلى حمدوك.)
        const bool party_slot = sentences[s].is_title ||
                                (k > 0 && (tokens[k - 1].norm == "مع" || tokens[k - 1].norm == "الي")) ||
                                after_verb || after_honorific;
        // (With و too, in a headline's second part: والمسماري يحذر أنقرة.)
        const std::string_view bare = tokens[k].norm;
        const bool joined_last =
            bare.starts_with("و") && bare.substr(std::string_view("و").size()) == p.words.back();
        const bool last_only =
            !full && n >= 2 && (bare == p.words.back() || joined_last) && tokens[k].word &&
            (!tokens[k].word->known || party_slot || (after_clause_head && tokens[k].word->has_article()));
        // (Or the family name put first, in a party's place: التقى شي, of شي جين بينغ.)
        // (And a Gulf sheikh's given name after his honorific: الشيخ سالم, of الشيخ سالم عبدالله الجابر
        // الصباح.)
        const bool sheikh = k > 0 && (tokens[k - 1].norm == "الشيخ" || tokens[k - 1].norm == "والشيخ") &&
                            n >= 3 && tokens[k].norm == p.words.front();
        const bool first_only =
            !full && !last_only &&
            ((n >= (r.entities[p.entity].country == "CHN" ? 2u : 3u) && tokens[k].norm == p.words.front() &&
              party_slot && !lexicon_->IsGivenName(tokens[k].norm)) ||
             sheikh);
        // (Or the family's name with آل: سلّم آل ثاني مضيفه, of محمد بن عبد الرحمن آل ثاني.)
        const bool family = !full && !last_only && !first_only && n >= 3 && p.words[n - 2] == "ال" &&
                            (tokens[k].norm == "ال" || tokens[k].norm == "وال") && k + 1 < tokens.size() &&
                            tokens[k + 1].norm == p.words.back();
        // (Or after a bare title, which it names: وسلم الوزير الصفدي سموه رسالة — the title's mention takes
        // the name and the person.)
        // (A one-word title with the article: محامي حبري, مندوب البغدادي are the lawyer and envoy of the man
        // named.)
        if (!full && n >= 2 && k > 0 && tokens[k].norm == p.words.back() && tokens[k].norm.size() > 4 &&
            !lexicon_->IsStopword(tokens[k].norm) && tokens[k - 1].word &&
            tokens[k - 1].word->has_article()) {
          const auto title =
              std::find_if(per_sentence[s].begin(), per_sentence[s].end(), [&](const Mention& m) {
                return m.type == MentionType::kPerson && m.name_span.empty() && m.entity < 0 &&
                       m.span.end == tokens[k - 1].span.end && m.span.begin == tokens[k - 1].span.begin;
              });
          if (title != per_sentence[s].end()) {
            title->span.end = tokens[k].span.end;
            title->name_span = tokens[k].span;
            title->entity = p.entity;
            title->how = "coref:title+name";
            break;
          }
        }
        if (!full && !last_only && !first_only && !family) continue;
        const std::size_t end = full ? k + n : family ? k + 2 : k + 1;
        Mention m;
        m.type = MentionType::kPerson;
        m.sentence = static_cast<int>(s);
        m.span = m.name_span = {tokens[k].span.begin, tokens[end - 1].span.end};
        m.entity = p.entity;
        m.how = "coref:name";
        per_sentence[s].push_back(std::move(m));
        k = end - 1;
        break;
      }
    }
    SortByPosition(per_sentence[s]);
  }

  // Apposition: a role phrase right after a named person is that person's ("الأمير محمد بن نايف ولي العهد
  // نائب رئيس مجلس الوزراء"), so later mentions of the role find him and the role is not a second party.
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const auto& tokens = sentences[s].tokens;
    auto& mentions = per_sentence[s];
    for (std::size_t i = 0; i + 1 < mentions.size(); ++i) {
      const Mention& named_person = mentions[i];
      Mention& role = mentions[i + 1];
      if (named_person.type != MentionType::kPerson || named_person.entity < 0 ||
          named_person.name_span.empty() || role.type != MentionType::kPerson || role.entity >= 0 ||
          role.role.empty() || !role.name_span.empty()) {
        continue;
      }
      std::size_t k = TokenFrom(tokens, named_person.span.end);
      if (k < tokens.size() && (tokens[k].norm == "،" || tokens[k].norm == ",")) ++k;
      // (Also acting in it: ستيفاني خوري القائمة بأعمال رئيس بعثة الأمم المتحدة.)
      if (k + 2 < tokens.size() && (tokens[k].norm == "القائم" || tokens[k].norm == "القائمة") &&
          tokens[k + 1].norm == "باعمال") {
        k += 2;
      }
      if (k >= tokens.size() || tokens[k].span.begin != role.span.begin) continue;
      // A role behind a preposition is someone else (وقدم الرئيس هادي، لمبعوث الأمين العام شرحاً).
      if (BehindPreposition(tokens[k])) continue;
      // So is one joined by و (يون ورئيس الإمارات يوقعان): a second person.
      if (tokens[k].norm.starts_with("و") && tokens[k].word && !tokens[k].word->proclitics.empty() &&
          tokens[k].word->proclitics.front() == "و")
        continue;
      const Entity& holder = r.entities[named_person.entity];
      if (!role.country.empty() && !holder.country.empty() && role.country != holder.country) continue;
      // (Nor one of another organisation: وطالب عبدالسلام المبعوث الأممي, a Houthi asking the UN envoy.)
      if (!role.org.empty() && !holder.org.empty() && role.org != holder.org) continue;
      role.entity = named_person.entity;
      role.how = "coref:apposition";
      merge_into(named_person.entity, role);
    }
  }

  // Role-only mentions join the holder of the role: the nearest one before, else the first one after.
  auto position = [](const Mention& m) { return std::make_pair(m.sentence, m.span.begin); };
  std::vector<Mention*> all;
  for (auto& mentions : per_sentence) {
    for (auto& m : mentions) all.push_back(&m);
  }
  // An unattached role said word for word as before is that holder's, however near another holder of the
  // role is: in a UAE wire "رئيس الدولة" stays the UAE president after "الرئيس ماكرون".
  auto role_words = [&](const Mention& m) {
    return m.role_span.empty() ? std::string() : Normalize(article.View(m.role_span));
  };
  auto holder = [&](const Mention& m) -> int {
    int before = -1, after = -1, same_words = -1, exact_words = -1, after_same_words = -1;
    const std::string words = m.country.empty() && m.org.empty() ? role_words(m) : std::string();
    // (The first word of a role said with its state, for telling it from a holder of another office.)
    std::string placed_head;
    if (!m.country.empty()) {
      placed_head = role_words(m);
      placed_head.resize(std::min(placed_head.size(), placed_head.find(' ')));
    }
    for (const Mention* other : all) {
      if (other == &m || other->entity < 0 || other->type != MentionType::kPerson) continue;
      const Entity& e = r.entities[other->entity];
      // (Or the office the people table gives him: جلالة الملك after الملك عبدالله الثاني.)
      // (And "الوزير" alone is the minister of any portfolio named before, not a prime minister: وسلّمه
      // الوزير دعوة, after "وزير الخارجية الجزائري رمطان لعمامرة".)
      auto portfolio = [](const std::string& role) {
        return role.ends_with("_minister") && role.find("prime") == std::string::npos &&
               !role.starts_with("deputy");
      };
      const bool any_minister =
          m.role == "minister" && m.country.empty() && m.org.empty() &&
          (portfolio(e.role) || std::any_of(e.titles.begin(), e.titles.end(), portfolio));
      const bool same_role = std::find(e.titles.begin(), e.titles.end(), m.role) != e.titles.end() ||
                             e.role == m.role || any_minister;
      // (A role said with its state is not a named holder of another office of that role whose state no one
      // gave: "الرئيس المصري" after "رئيس المجلس الرئاسي مصطفى علي الزوي" in Libyan news is Egypt's
      // president.)
      bool unplaced_name = false;
      if (!placed_head.empty() && e.country.empty() && e.org.empty() && !e.name.empty()) {
        for (const Mention* held : all) {
          if (held->entity != other->entity || held->role_span.empty()) continue;
          unplaced_name = !role_words(*held).starts_with(placed_head);
          break;
        }
      }
      const bool compatible = (m.org.empty() || e.org.empty() || m.org == e.org) &&
                              (m.country.empty() || e.country.empty() || m.country == e.country) &&
                              !unplaced_name;
      if (!same_role || !compatible) continue;
      if (position(*other) < position(m)) {
        before = other->entity;
        // (Or the start of it, the office before its state: رئيس مجلس السيادة الانتقالي في السودان.)
        const std::string said_before = words.empty() ? std::string() : role_words(*other);
        if (!words.empty() && said_before.starts_with(words) &&
            (said_before.size() == words.size() || said_before[words.size()] == ' '))
          same_words = other->entity;
        // (The very words before the start of them: a Saudi wire's "سمو وزير الخارجية" after "الأمير فيصل
        // بن فرحان وزير الخارجية" and "وزير الخارجية البرتغالي" is the prince.)
        if (!words.empty() && said_before == words) exact_words = other->entity;
      } else {
        if (after < 0) after = other->entity;
        // (A headline's bare office is the holder the body names with the same words, not another holder
        // of the office named later in the headline: "وزير الخارجية يستقبل نظيره العراقي ويتلقى اتصالاً من
        // الصفدي", then "الأمير فيصل بن فرحان وزير الخارجية".)
        if (after_same_words < 0 && !words.empty() && role_words(*other) == words)
          after_same_words = other->entity;
      }
    }
    if (exact_words >= 0) return exact_words;
    if (same_words >= 0) return same_words;
    if (before >= 0) return before;
    return after_same_words >= 0 ? after_same_words : after;
  };
  for (Mention* m : all) {
    if (m->type != MentionType::kPerson || m->entity >= 0 || m->role.empty()) continue;
    const int id = holder(*m);
    if (id >= 0) {
      m->entity = id;
      m->how = "coref:role";
      merge_into(id, *m);
    } else {
      m->entity = new_entity(*m);
    }
  }

  // محاوره / نظيره: the other party; الطرفان / الجانبان: the parties. (Collected apart: `all` points into
  // per_sentence, which must not grow while it is in use.)
  std::vector<std::pair<std::size_t, Mention>> added;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const auto& tokens = sentences[s].tokens;
    for (std::size_t k = 0; k < tokens.size(); ++k) {
      const Token& t = tokens[k];
      if (!t.word) continue;
      // "قبل سموه الدعوة", "أكد جلالته": the person last introduced with that honorific (صاحب السمو …).
      static const std::unordered_map<std::string_view, std::vector<std::string_view>> honorific_pronouns = {
          {"سموه", {"صاحب السمو", "سمو"}},
          {"جلالته", {"صاحب الجلالة", "جلالة"}},
          {"فخامته", {"فخامة"}},
          {"معاليه", {"معالي", "صاحب المعالي"}},
          {"سيادته", {"سيادة"}},
          {"سعادته", {"سعادة"}},
          {"سموها", {"صاحبة السمو", "سمو"}},
          {"معاليها", {"معالي"}}};
      // (Only as a verb's subject: "زيارة سموه لقوات الحرس الوطني" is a domestic tour, "في استقبال سموه"
      // a greeting at the airport.)
      // (وقع and سلّم, which the analyser may read as nouns: وقع سعادته … مذكرة تفاهم.)
      const bool after_verb = k > 0 && ((tokens[k - 1].word && tokens[k - 1].word->verb) ||
                                        tokens[k - 1].norm == "قبل" || tokens[k - 1].norm == "وقبل" ||
                                        tokens[k - 1].norm == "سلم" || tokens[k - 1].norm == "وسلم" ||
                                        tokens[k - 1].norm == "وقع" || tokens[k - 1].norm == "ووقع" ||
                                        // (And the pluperfect's كان: وكان جلالته قد التقى.)
                                        tokens[k - 1].norm == "كان" || tokens[k - 1].norm == "وكان" ||
                                        tokens[k - 1].norm == "كانت" || tokens[k - 1].norm == "وكانت");
      // (Or as its object, right after a person who is its subject, or his epithet: وسلم الوزير الضيف
      // سيادته دعوة.)
      const bool after_subject = k > 1 && std::any_of(all.begin(), all.end(), [&](const Mention* other) {
                                   return other->sentence == static_cast<int>(s) &&
                                          other->type == MentionType::kPerson &&
                                          (other->span.end == tokens[k - 1].span.end ||
                                           (k > 2 && other->span.end == tokens[k - 2].span.end &&
                                            tokens[k - 1].word && tokens[k - 1].word->has_article()));
                                 });
      if (const auto h = honorific_pronouns.find(t.norm); h != honorific_pronouns.end()) {
        if (!after_verb && !after_subject) continue;
        int introduced = -1;
        for (const Mention* other : all) {
          if (other->entity < 0 || other->type != MentionType::kPerson ||
              std::make_pair(other->sentence, other->span.begin) >=
                  std::make_pair(static_cast<int>(s), t.span.begin)) {
            continue;
          }
          const std::string said = Normalize(article.View(other->span));
          // (The honorific may stand just before the mention: سيادة الرئيس محمود عباس.)
          const auto& other_tokens = sentences[static_cast<std::size_t>(other->sentence)].tokens;
          std::size_t at = 0;
          while (at < other_tokens.size() && other_tokens[at].span.end <= other->span.begin) ++at;
          const std::string_view before =
              at > 0 && at < other_tokens.size() ? std::string_view(other_tokens[at - 1].norm) : "";
          for (std::string_view honorific : h->second) {
            const std::string folded = Normalize(honorific);
            const std::string_view last_word =
                std::string_view(folded).substr(std::string_view(folded).rfind(' ') + 1);
            if (said.starts_with(folded) || (!before.empty() && before == last_word))
              introduced = other->entity;
          }
        }
        if (introduced >= 0) {
          Mention m;
          m.sentence = static_cast<int>(s);
          m.span = m.role_span = t.span;
          m.type = MentionType::kPerson;
          m.entity = introduced;
          m.how = "coref:honorific";
          added.emplace_back(s, std::move(m));
        }
        continue;
      }
      const int parties = PartiesWord(t);
      const bool interlocutor = IsInterlocutor(*t.word);
      // "الأخير": the person named last (ووجه الصفدي إلى باسيل دعوة، فأعرب الأخير عن أمله).
      // (Only in a party's place, right after a verb: "الأخيرة" after a noun is "the last", الفترة الأخيرة.)
      // (And a verb of saying, whose subject it is: فأعرب الأخير، وقال الأخير — not وأجبرت الأخير, its
      // object.)
      static const std::unordered_set<std::string_view> saying = {
          "اعرب", "قال", "اكد",   "رد",  "اشار", "اوضح", "عبر", "شدد",
          "ابدي", "رحب", "اعتبر", "نفي", "دعا",  "اعلن", "وعد", "قبل"};
      const bool latter =
          (t.norm == "الاخير" || t.norm == "الاخيرة") && k > 0 && tokens[k - 1].word &&
          tokens[k - 1].word->verb && !tokens[k - 1].word->has_article() &&
          (saying.count(tokens[k - 1].word->base_norm) || saying.count(tokens[k - 1].word->lemma_norm));
      if (!parties && !interlocutor && !latter) continue;
      // Persons mentioned before this token, most recent last, without repeats.
      std::vector<int> seen;
      int in_sentence = -1;
      for (const Mention* m : all) {
        if (m->entity < 0 || r.entities[m->entity].type != MentionType::kPerson) continue;
        if (std::make_pair(m->sentence, m->span.begin) >= std::make_pair(static_cast<int>(s), t.span.begin))
          continue;
        seen.erase(std::remove(seen.begin(), seen.end(), m->entity), seen.end());
        seen.push_back(m->entity);
        if (m->sentence == static_cast<int>(s)) in_sentence = m->entity;
      }
      if (seen.empty()) continue;
      // "بنظيره الصيني شي جينبينغ": the counterpart is named and placed right there.
      const bool named_here =
          std::any_of(per_sentence[s].begin(), per_sentence[s].end(), [&](const Mention& p) {
            return p.type == MentionType::kPerson && p.span.begin == t.span.begin && p.span.end > t.span.end;
          });
      if (interlocutor && named_here) continue;
      Mention m;
      m.sentence = static_cast<int>(s);
      m.span = m.role_span = t.span;
      if (latter) {
        // (Only when the one named last is a person: وأجبرت الأخير on an organisation names no one here.)
        const Mention* last = nullptr;
        for (const Mention* other : all) {
          if (std::make_pair(other->sentence, other->span.begin) >=
              std::make_pair(static_cast<int>(s), t.span.begin))
            continue;
          if (other->entity >= 0 && !other->how.starts_with("attachment") &&
              other->type != MentionType::kLocation && other->type != MentionType::kCountry)
            last = other;
        }
        if (!last || last->entity != seen.back() || last->sentence != static_cast<int>(s)) continue;
        m.type = MentionType::kPerson;
        m.how = "coref:latter";
        m.entity = seen.back();
      } else if (interlocutor) {
        m.type = MentionType::kPerson;
        m.how = "coref:interlocutor";
        // (Of another state than the speaker's, when both are known: ووجه بوريطة دعوة لنظيره after the
        // Moroccan king was named is the Cape Verdean minister.)
        const std::string& own_state = in_sentence >= 0 ? r.entities[in_sentence].country : std::string();
        for (auto it = seen.rbegin(); it != seen.rend() && !own_state.empty(); ++it) {
          if (*it != in_sentence && !r.entities[*it].country.empty() &&
              r.entities[*it].country != own_state) {
            m.entity = *it;
            break;
          }
        }
        for (auto it = seen.rbegin(); it != seen.rend() && m.entity < 0; ++it) {
          if (*it != in_sentence) {
            m.entity = *it;
            break;
          }
        }
        if (m.entity < 0) continue;
      } else {
        m.type = MentionType::kGroup;
        m.how = "coref:parties";
        std::vector<int> firsts;  // in order of first appearance
        for (const Mention* other : all) {
          if (other->entity >= 0 && r.entities[other->entity].type == MentionType::kPerson &&
              std::find(seen.begin(), seen.end(), other->entity) != seen.end() &&
              std::find(firsts.begin(), firsts.end(), other->entity) == firsts.end()) {
            firsts.push_back(other->entity);
          }
        }
        // Officials first: "اتفق الرئيسان" after a call between two presidents, not the journalist whose
        // case they raised.
        std::vector<int> officials;
        for (int id : firsts) {
          const std::string& sector = r.entities[id].sector;
          // (A counterpart is an official like the one he is the counterpart of: بنظيره الكيني.)
          const bool counterpart = r.entities[id].role == "counterpart";
          if (sector == "GOV" || sector == "DIP" || sector == "IGO" || sector == "LEG" || sector == "MIL" ||
              counterpart)
            officials.push_back(id);
        }
        if (officials.size() >= 2) firsts = std::move(officials);
        // Nor the spokesman who tells of the meeting (وصرح السفير …، المتحدث الرسمي …، بأن … وأكد الجانبان).
        // "The two ministers" are ministers or their counterparts.
        auto holds = [&](int id, auto&& pred) {
          const Entity& e = r.entities[id];
          return pred(e.role) || std::any_of(e.titles.begin(), e.titles.end(), pred);
        };
        // (Only when one kept holds the office itself: two counterparts alone leave out the one whose
        // counterparts they are, told by name without his office — السيد عطاف … بنظيره الكيني.)
        auto narrow = [&](auto&& keep) {
          std::vector<int> kept;
          for (int id : firsts) {
            if (keep(id)) kept.push_back(id);
          }
          const bool office = std::any_of(kept.begin(), kept.end(),
                                          [&](int id) { return r.entities[id].role != "counterpart"; });
          if (kept.size() >= 2 && office) firsts = std::move(kept);
        };
        narrow([&](int id) {
          return !holds(id, [](const std::string& role) { return role == "spokesperson"; });
        });
        if (t.norm == "الوزيران" || t.norm == "الوزيرين" || t.norm == "والوزيران") {
          narrow([&](int id) {
            return holds(id, [](const std::string& role) {
              return role.ends_with("minister") || role == "counterpart";
            });
          });
        }
        // "The two" among more: the two officials of two sides named together last (التقى شي … رئيس الوزراء
        // الهندي …. واتفق الزعيمان: Xi and Modi, not the Iranian president met first).
        if (parties == 2 && firsts.size() > 2) {
          std::vector<int> pair;
          for (int back = static_cast<int>(s); back >= 0 && pair.size() < 2; --back) {
            pair.clear();
            for (const Mention& p : per_sentence[static_cast<std::size_t>(back)]) {
              if (back == static_cast<int>(s) && p.span.begin >= t.span.begin) break;
              if (p.entity < 0 || std::find(firsts.begin(), firsts.end(), p.entity) == firsts.end() ||
                  std::find(pair.begin(), pair.end(), p.entity) != pair.end()) {
                continue;
              }
              const Entity& e = r.entities[p.entity];
              const bool other_side = std::none_of(pair.begin(), pair.end(), [&](int id) {
                const Entity& o = r.entities[id];
                return o.country == e.country && o.org == e.org;
              });
              if (other_side && pair.size() < 2) pair.push_back(p.entity);
            }
          }
          if (pair.size() == 2) firsts = pair;
        }
        if (parties == 2 && firsts.size() > 2) firsts.resize(2);
        m.members = std::move(firsts);
      }
      added.emplace_back(s, std::move(m));
    }
  }
  for (auto& [s, m] : added) per_sentence[s].push_back(std::move(m));
  for (auto& mentions : per_sentence) {
    SortByPosition(mentions);
  }
  AddDroppedSubjects(sentences, &per_sentence);

  // Institutions and groups without a country take the last country seen for their sector; armed groups and
  // forces before any (a headline's "المتمردين") take the first one the article names for them after.
  auto country_from_context = [&](Mention& m, std::map<std::string, std::string>& seen, bool armed_only) {
    const bool armed = m.sector == "REB" || m.sector == "MIL" || m.sector == "COP";
    // (Not a word for unnamed attackers, إرهابيون, مسلحون: the manual leaves their state unknown.)
    const bool unnamed_attackers = m.type == MentionType::kGroup && m.sector == "INS";
    // (A headline's bare institution too, which the body names after it: والحكومة تقطع العلاقات مع
    // الإمارات … أعلن مجلس الأمن والدفاع السوداني.)
    const bool headline = m.sentence >= 0 && static_cast<std::size_t>(m.sentence) < sentences.size() &&
                          sentences[m.sentence].is_title;
    // (A ministry takes the state of the last minister or ministry of its portfolio before any other party
    // of its sector: وزير الخارجية الأردني … السلطات الإسرائيلية … وكانت وزارة الخارجية قد استدعت.)
    auto portfolio = [](std::string_view role) -> std::string {
      for (std::string_view prefix : {"deputy_", "assistant_"}) {
        if (role.starts_with(prefix)) role.remove_prefix(prefix.size());
      }
      for (std::string_view suffix : {"_minister", "_ministry"}) {
        if (role.ends_with(suffix) && role.size() > suffix.size() && role != "prime_minister")
          return "portfolio:" + std::string(role.substr(0, role.size() - suffix.size()));
      }
      return {};
    };
    if ((m.type == MentionType::kOrganization || m.type == MentionType::kGroup) && m.country.empty() &&
        m.org.empty() && !m.sector.empty() && (armed || !armed_only || headline) && !unnamed_attackers) {
      auto it = seen.find(m.sector);
      const std::string office = portfolio(m.role);
      const bool by_portfolio = !office.empty() && seen.count(office);
      if (by_portfolio) it = seen.find(office);
      if (it != seen.end()) {
        m.country = it->second;
        m.how += by_portfolio ? "+country:portfolio" : "+country:context";
      }
    }
    const std::string& sector = m.entity >= 0 ? r.entities[m.entity].sector : m.sector;
    const std::string& country = m.entity >= 0 ? r.entities[m.entity].country : m.country;
    // (Not "the occupation's" government or army: the press that says so never means its own by a bare
    // وزارة الخارجية after it.)
    const bool occupation = article.View(m.span).find("الاحتلال") != std::string_view::npos;
    // (Nor the American "administration", which that press never calls a bare الحكومة.)
    const std::string& role = m.entity >= 0 ? r.entities[m.entity].role : m.role;
    if (!sector.empty() && !country.empty() && !occupation && role != "administration") {
      seen[sector] = country;
      if (const std::string office = portfolio(role); !office.empty()) seen[office] = country;
    }
  };
  std::map<std::string, std::string> last_country, next_country;
  // A town placed by a direction from another place is in that place's state (مدينة أريحا جنوب إدلب is
  // Syria's Ariha, not Jericho; بلدة صور شمال …): the gazetteer's namesake elsewhere gives way.
  for (auto& mentions : per_sentence) {
    for (auto& town : mentions) {
      if (town.type != MentionType::kLocation || town.sentence < 0) continue;
      const auto& tokens = sentences[town.sentence].tokens;
      const std::size_t k = TokenFrom(tokens, town.span.end);
      static const std::unordered_set<std::string_view> directions = {
          "جنوب", "شمال", "شرق", "غرب", "جنوبي", "شمالي", "شرقي", "غربي", "وسط", "ريف", "قرب", "بريف"};
      if (k >= tokens.size() || !directions.count(tokens[k].norm) || k + 1 >= tokens.size()) continue;
      for (const Mention& region : mentions) {
        if (region.type != MentionType::kLocation || region.country.empty() ||
            region.span.begin != tokens[k + 1].span.begin || region.country == town.country) {
          continue;
        }
        town.country = region.country;
        town.how += "+country:placed";
        break;
      }
    }
  }
  // Citizens, residents, civilians and the displaced (not refugees, who fled another state) are the people
  // of the place their sentence names (هاجم مستعمرون منازل
  // المواطنين في قرية برقة شرق رام الله), not of the last party of their sector seen.
  for (auto& mentions : per_sentence) {
    for (auto& m : mentions) {
      // (Protesters too: محتجون … اقتحموا مبنى القنصلية الإيرانية في منطقة البراضعية وسط البصرة.)
      if (m.type != MentionType::kGroup || !m.country.empty() || !m.org.empty() ||
          (m.role != "citizens" && m.role != "residents" && m.role != "civilians" && m.role != "protesters" &&
           m.role != "displaced")) {
        continue;
      }
      // (Not a place the rest of the sentence deals with — وطالبوا بقطع العلاقات مع أنقرة — but then the
      // place before them: وشهدت بغداد اليوم تظاهرة … أحرق خلالها المتظاهرون العلم التركي.)
      const auto& tokens = sentences[m.sentence].tokens;
      auto dealt_with = [&](const Mention& place) {
        std::size_t k = 0;
        while (k < tokens.size() && tokens[k].span.end <= place.span.begin) ++k;
        if (k < tokens.size() && tokens[k].word && !tokens[k].word->proclitics.empty() &&
            tokens[k].word->proclitics.back() == "ل") {
          return true;
        }
        if (k == 0) return false;
        std::string_view before = tokens[k - 1].norm;
        if (before.starts_with("و") && before.size() > 2) before.remove_prefix(2);
        return before == "مع" || before == "ضد" || before == "الي" || before == "علي" || before == "لدي";
      };
      const Mention* before = nullptr;
      const Mention* after = nullptr;
      for (const Mention& place : mentions) {
        if (place.type != MentionType::kLocation || place.country.empty() || dealt_with(place)) continue;
        if (place.span.begin < m.span.begin) before = &place;
        if (place.span.begin > m.span.begin && !after) after = &place;
      }
      if (const Mention* place = after ? after : before) {
        m.country = place->country;
        m.how += "+country:place";
      }
    }
  }
  // A body or group "belonging to" a party named right after it is that party's (طائرات حربية تابعة للكيان
  // الصهيوني، عناصر تابعة لقوات الدعم السريع), before any context can give it another's.
  for (auto& mentions : per_sentence) {
    for (auto& m : mentions) {
      if ((m.type != MentionType::kOrganization && m.type != MentionType::kGroup) || !m.country.empty() ||
          !m.org.empty()) {
        continue;
      }
      const auto& tokens = sentences[m.sentence].tokens;
      const std::size_t k = TokenFrom(tokens, m.span.end);
      static const std::unordered_set<std::string_view> belonging = {"تابعة",  "تابع",     "تابعا", "التابعة",
                                                                     "التابع", "التابعين", "تابعين"};
      if (k >= tokens.size() || !belonging.count(tokens[k].norm) || k + 1 >= tokens.size()) continue;
      for (const Mention& owner : mentions) {
        if (owner.span.begin != tokens[k + 1].span.begin || (owner.country.empty() && owner.org.empty()) ||
            owner.type == MentionType::kLocation || owner.type == MentionType::kPerson) {
          continue;
        }
        m.country = owner.country;
        m.org = owner.org;
        m.how += "+owner";
        break;
      }
    }
  }
  for (auto& mentions : per_sentence) {
    for (auto& m : mentions) country_from_context(m, last_country, /*armed_only=*/false);
  }
  for (auto s = per_sentence.rbegin(); s != per_sentence.rend(); ++s) {
    for (auto m = s->rbegin(); m != s->rend(); ++m)
      country_from_context(*m, next_country, /*armed_only=*/true);
  }

  // Entities for the remaining mentions (organisations, countries, places) grouped by code and name.
  std::map<std::string, int> by_key;
  for (auto& mentions : per_sentence) {
    for (auto& m : mentions) {
      if (m.entity >= 0 || !m.members.empty()) continue;  // الطرفان stands for entities of its own
      const std::string key = std::string(MentionTypeName(m.type)) + "|" + m.country + "|" + m.org + "|" +
                              m.role + "|" + (m.type == MentionType::kLocation ? m.canonical : "");
      auto [it, inserted] = by_key.emplace(key, -1);
      if (inserted) it->second = new_entity(m);
      m.entity = it->second;
    }
  }
  // A body's head noun repeated alone (عقد مجلس جامعة الدول العربية دورة … ودعا المجلس مجلس الأمن):
  // the body of that name told last.
  {
    static const std::unordered_set<std::string_view> heads = {
        "المجلس", "المنظمة", "الحركة", "الهيئة", "اللجنة", "الاتحاد", "والمجلس", "والمنظمة", "والحركة",
        "والهيئة", "واللجنة", "والاتحاد", "المليشيا", "الميليشيا", "المليشيات", "الميليشيات", "والمليشيا",
        "والميليشيا", "الوزارة", "والوزارة",
        // (The organisation named before with its head word: تنظيم داعش … على أهداف للتنظيم.)
        "التنظيم", "والتنظيم", "للتنظيم", "الجماعة", "والجماعة", "للجماعة",
        // (So is المقاومة after المقاومة الإسلامية; alone it is any resistance, and no lexicon lists it.)
        "المقاومة", "والمقاومة", "للمقاومة",
        // (And التحالف after the coalition's name: التحالف العربي بقيادة السعودية … نفى التحالف.)
        "التحالف", "والتحالف", "للتحالف"};
    std::map<std::string, Mention> last_by_head;  // by its first word without clitics (مجلس)
    // A headline's head word names the body the article names first (التحالف ينفي … the body: تحالف دعم
    // الشرعية في اليمن).
    std::map<std::string, Mention> first_by_head;
    for (std::size_t s = 0; s < sentences.size(); ++s) {
      if (sentences[s].is_title) continue;
      for (const Mention& m : per_sentence[s]) {
        if (m.type != MentionType::kOrganization || m.entity < 0 ||
            !(m.how.starts_with("lexicon") || m.how.starts_with("attachment")))
          continue;
        // (By any of its words: طيران التحالف العربي names التحالف too.)
        for (const Token& t : sentences[s].tokens) {
          if (t.span.begin >= m.span.begin && t.span.end <= m.span.end && t.word)
            first_by_head.emplace(t.word->base_norm, m);
        }
      }
    }
    for (std::size_t s = 0; s < sentences.size(); ++s) {
      const auto& tokens = sentences[s].tokens;
      std::vector<Mention> found;
      std::size_t next = 0;  // index into per_sentence[s], in text order
      for (std::size_t k = 0; k < tokens.size(); ++k) {
        while (next < per_sentence[s].size() && per_sentence[s][next].span.end <= tokens[k].span.begin) {
          const Mention& m = per_sentence[s][next++];
          // (Or named inside another's words: قادة جماعة الحوثي … أن الجماعة استهدفت.)
          if (m.type != MentionType::kOrganization || m.entity < 0 ||
              !(m.how.starts_with("lexicon") || m.how.starts_with("attachment")))
            continue;
          // (The sentence's own token holds the analysis: its clitic-free base.)
          const auto first = std::find_if(tokens.begin(), tokens.end(),
                                          [&](const Token& t) { return t.span.begin == m.span.begin; });
          if (first == tokens.end() || !first->word) continue;
          last_by_head[first->word->base_norm] = m;
          // (And by the coalition word inside it: طيران التحالف العربي … نفى التحالف.)
          for (auto t = first + 1; t != tokens.end() && t->span.end <= m.span.end; ++t) {
            if (t->word && (t->word->base_norm == "تحالف" || t->word->base_norm == "التحالف"))
              last_by_head[t->word->base_norm] = m;
          }
        }
        if (!heads.count(tokens[k].norm) || !tokens[k].word) continue;
        auto body = last_by_head.find(tokens[k].word->base_norm);
        if (body == last_by_head.end() && sentences[s].is_title) {
          body = first_by_head.find(tokens[k].word->base_norm);
          if (body == first_by_head.end()) continue;
        } else if (body == last_by_head.end()) {
          continue;
        }
        // (A word for any militia read alone, المليشيا, is the militia named before.)
        auto generic_word = [&](const Mention& m) {
          return (m.type == MentionType::kGroup || m.type == MentionType::kOrganization) && m.org.empty() &&
                 m.span.begin == tokens[k].span.begin && m.span.end == tokens[k].span.end;
        };
        const bool covered =
            std::any_of(per_sentence[s].begin(), per_sentence[s].end(), [&](const Mention& m) {
              return m.span.begin <= tokens[k].span.begin && tokens[k].span.end <= m.span.end &&
                     !generic_word(m);
            });
        // (Alone: not the head of a name that follows, مجلس الأمن.)
        const bool followed = k + 1 < tokens.size() && tokens[k + 1].word &&
                              tokens[k + 1].word->has_article() &&
                              tokens[k + 1].word->proclitics.size() == 1 && !tokens[k + 1].word->verb;
        if (covered || followed) continue;
        for (std::size_t i = 0; i < per_sentence[s].size(); ++i) {
          if (!generic_word(per_sentence[s][i])) continue;
          per_sentence[s].erase(per_sentence[s].begin() + static_cast<std::ptrdiff_t>(i));
          if (i < next) --next;
          break;
        }
        Mention m = body->second;
        m.sentence = static_cast<int>(s);
        m.span = m.role_span = tokens[k].span;
        m.name_span = {};
        m.how = "coref:head";
        found.push_back(std::move(m));
        // (It is the subject of the verb before it, which then drops none: وأدان المجلس.)
        for (std::size_t i = 0; k > 0 && i < per_sentence[s].size(); ++i) {
          const Mention& d = per_sentence[s][i];
          if (d.how != "coref:dropped-subject" || d.span.begin != tokens[k - 1].span.begin) continue;
          per_sentence[s].erase(per_sentence[s].begin() + static_cast<std::ptrdiff_t>(i));
          if (i < next) --next;
          break;
        }
      }
      for (Mention& m : found) per_sentence[s].push_back(std::move(m));
      if (!found.empty()) SortByPosition(per_sentence[s]);
    }
  }
  // "المملكة" alone is the kingdom the article named last (المملكة العربية السعودية … المملكة تقف إلى جانب
  // لبنان): of the Arab kingdoms, whose press and neighbours' press call them so.
  {
    static const std::unordered_set<std::string_view> kingdoms = {"SAU", "JOR", "MAR", "BHR"};
    static const std::unordered_set<std::string_view> forms = {"المملكة",  "والمملكة", "للمملكة",  "بالمملكة",
                                                               "فالمملكة", "وللمملكة", "وبالمملكة"};
    std::optional<Mention> last_kingdom;  // a copy: the sentence's mentions grow below
    for (std::size_t s = 0; s < sentences.size(); ++s) {
      const auto& tokens = sentences[s].tokens;
      std::vector<Mention> found;
      std::size_t next = 0;
      for (std::size_t k = 0; k < tokens.size(); ++k) {
        while (next < per_sentence[s].size() && per_sentence[s][next].span.end <= tokens[k].span.begin) {
          const Mention& m = per_sentence[s][next++];
          if (m.type == MentionType::kCountry && m.entity >= 0 && kingdoms.count(m.country)) last_kingdom = m;
        }
        if (!last_kingdom || !forms.count(tokens[k].norm)) continue;
        if (Covered(per_sentence[s], tokens[k])) continue;
        // (Not the kingdom the same clause named as the other party: تضامن الأردن الكامل مع المملكة is
        // another kingdom, the outlet's own.)
        if (last_kingdom->sentence == static_cast<int>(s) && k > 0 &&
            (tokens[k - 1].norm == "مع" || tokens[k - 1].norm == "الي" || tokens[k - 1].norm == "علي") &&
            last_kingdom->how == "lexicon")
          continue;
        Mention m = *last_kingdom;
        m.sentence = static_cast<int>(s);
        m.span = m.role_span = tokens[k].span;
        m.name_span = {};
        m.how = "coref:kingdom";
        found.push_back(std::move(m));
      }
      if (found.empty()) continue;
      for (Mention& m : found) per_sentence[s].push_back(std::move(m));
      SortByPosition(per_sentence[s]);
    }
  }
  // "الدول الأربع" is the last four states the article listed together (قطعت السعودية والإمارات والبحرين ومصر
  // علاقاتها مع قطر … اتهم الوزير القطري الدول الأربع).
  {
    static const std::unordered_map<std::string_view, std::size_t> counts = {
        {"الثلاث", 3}, {"الثلاثة", 3}, {"الاربع", 4}, {"الاربعة", 4}, {"الخمس", 5}, {"الست", 6}};
    static const std::unordered_set<std::string_view> states = {"الدول", "والدول", "للدول", "بالدول"};
    std::vector<int> last_list;
    for (std::size_t s = 0; s < sentences.size(); ++s) {
      const auto& tokens = sentences[s].tokens;
      std::vector<Mention> found;
      for (std::size_t k = 0; k + 1 < tokens.size(); ++k) {
        if (!states.count(tokens[k].norm)) continue;
        const auto n = counts.find(tokens[k + 1].norm);
        if (n == counts.end() || last_list.size() != n->second) continue;
        if (Covered(per_sentence[s], tokens[k])) continue;
        Mention group;
        group.type = MentionType::kGroup;
        group.sentence = static_cast<int>(s);
        group.span = group.role_span = {tokens[k].span.begin, tokens[k + 1].span.end};
        group.how = "coref:listed";
        group.members = last_list;
        found.push_back(std::move(group));
      }
      for (Mention& m : found) per_sentence[s].push_back(std::move(m));
      if (!found.empty()) SortByPosition(per_sentence[s]);
      // The lists of this sentence: states joined by و or commas, nothing else between them.
      std::vector<int> list;
      std::size_t list_end = 0;
      for (const Mention& m : per_sentence[s]) {
        if (m.type != MentionType::kCountry || m.entity < 0 || m.how.starts_with("attachment")) continue;
        const std::size_t first = TokenFrom(tokens, m.span.begin);
        bool joined = !list.empty() && first < tokens.size();
        for (std::size_t k = list_end; joined && k < first; ++k) joined = tokens[k].norm == "،";
        joined = joined &&
                 (first == list_end || tokens[first].norm.starts_with("و") || tokens[first - 1].norm == "،");
        if (!joined) {
          if (list.size() >= 3) last_list = list;
          list.clear();
        }
        if (std::find(list.begin(), list.end(), m.entity) == list.end()) list.push_back(m.entity);
        list_end = TokenFrom(tokens, m.span.end);
        while (list_end < tokens.size() && tokens[list_end].span.begin < m.span.end) ++list_end;
      }
      if (list.size() >= 3) last_list = list;
    }
  }
  // States listed in brackets after a word for them (دول الترويكا (الولايات المتحدة وبريطانيا والنرويج),
  // الدول الأربع (السعودية والإمارات والبحرين ومصر)) are one party that stands for them all; the states
  // inside are its members, not parties of their own.
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const auto& tokens = sentences[s].tokens;
    static const std::unordered_set<std::string_view> heads = {"دول",  "الدول", "ودول",  "والدول",
                                                               "لدول", "للدول", "دولتا", "دولتي"};
    for (std::size_t open = 1; open + 3 < tokens.size(); ++open) {
      if (tokens[open].norm != "(") continue;
      std::size_t head = open;
      for (std::size_t k = open; k-- > 0 && k + 4 > open;) {
        if (heads.count(tokens[k].norm)) {
          head = k;
          break;
        }
      }
      if (head == open) continue;
      std::vector<Mention*> listed;
      std::size_t close = open + 1;
      bool clean = true;
      for (; close < tokens.size() && tokens[close].norm != ")"; ++close) {
        const Token& t = tokens[close];
        Mention* state = nullptr;
        for (Mention& m : per_sentence[s]) {
          if (m.span.begin <= t.span.begin && t.span.end <= m.span.end && !m.how.starts_with("attachment"))
            state = &m;
        }
        if (state && state->type == MentionType::kCountry && state->entity >= 0) {
          if (listed.empty() || listed.back() != state) listed.push_back(state);
        } else if (t.norm != "،" && t.norm != "و" && t.norm != ",") {
          clean = false;
        }
      }
      if (!clean || close >= tokens.size() || listed.size() < 2) continue;
      Mention group;
      group.type = MentionType::kGroup;
      group.sentence = static_cast<int>(s);
      group.span = group.role_span = {tokens[head].span.begin, tokens[close].span.end};
      group.how = "coref:listed";
      for (Mention* state : listed) {
        group.members.push_back(state->entity);
        state->how = "attachment:listed";
      }
      per_sentence[s].push_back(std::move(group));
      SortByPosition(per_sentence[s]);
      open = close;
    }
  }
  for (auto& mentions : per_sentence) {
    for (auto& m : mentions) {
      if (m.entity >= 0) r.entities[m.entity].mentions.push_back(static_cast<int>(r.mentions.size()));
      r.mentions.push_back(std::move(m));
    }
  }
  r.dates = FindDates(article.text, sentences, PublicationDay(article));
  return r;
}

}  // namespace marsad
