// The event coder on the seed report and on sentences written for these tests.
#include "marsad/events.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <deque>
#include <fstream>
#include <set>
#include <sstream>

#include "testing/test_data.h"

namespace marsad {
namespace {

class EventsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    ASSERT_TRUE(Analyzer::Open(AnalyzerOptions{}, &analyzer_).ok());
    const std::string dir = testing::SourceDir() + "/lexicons";
    ASSERT_TRUE(Lexicon::Load(dir, *analyzer_, &lexicon_).ok());
    const Status s = EventCoder::Open(dir, *analyzer_, &coder_);
    ASSERT_TRUE(s.ok()) << s.ToString();
  }
  static void TearDownTestSuite() {
    coder_.reset();
    lexicon_.reset();
    analyzer_.reset();
  }
  // The events are kept until the test ends, so that a pointer Find returns into them stays valid after the
  // statement that coded them (const Event* e = Find(CodeBody(…), …); e->actor …).
  void TearDown() override { coded_.clear(); }
  // The events of an article published on `date` ("YYYY-MM-DD HH:MM:SS").
  static const std::vector<Event>& CodeDated(const std::string& date, const std::string& title,
                                             const std::string& body) {
    Article a = MakeArticle(title, body);
    a.date = date;
    return Code(a);
  }
  // The events of an article with no headline.
  static const std::vector<Event>& CodeBody(const std::string& body) { return Code(MakeArticle("", body)); }
  static const std::vector<Event>& Code(const Article& a) {
    const auto sentences = analyzer_->Analyze(a);
    const EntityResult entities = EntityTagger(lexicon_.get()).Tag(a, sentences);
    return coded_.emplace_back(coder_->Code(a, sentences, entities));
  }
  static std::deque<std::vector<Event>> coded_;
  static std::unique_ptr<Analyzer> analyzer_;
  static std::unique_ptr<Lexicon> lexicon_;
  static std::unique_ptr<EventCoder> coder_;
};
std::deque<std::vector<Event>> EventsTest::coded_;
std::unique_ptr<Analyzer> EventsTest::analyzer_;
std::unique_ptr<Lexicon> EventsTest::lexicon_;
std::unique_ptr<EventCoder> EventsTest::coder_;

// The countries of one side of an event joined by "+", to check a side in one line.
std::string Countries(const std::vector<EventParty>& parties) {
  std::string out;
  for (const EventParty& p : parties) out += (out.empty() ? "" : "+") + p.country;
  return out;
}

// The organisations of one side joined by "+", the same way.
std::string Orgs(const std::vector<EventParty>& parties) {
  std::string out;
  for (const EventParty& p : parties) out += (out.empty() ? "" : "+") + p.org;
  return out;
}

// The last event of the category, or null.
const Event* Find(const std::vector<Event>& events, const std::string& category) {
  const Event* found = nullptr;
  for (const Event& e : events) {
    if (e.category == category) found = &e;
  }
  return found;
}

// The last event of the category exists and joins these states (Countries' form).
void ExpectSides(const std::vector<Event>& events, const std::string& category, const std::string& actor,
                 const std::string& recipient) {
  const Event* e = Find(events, category);
  ASSERT_NE(e, nullptr) << category;
  EXPECT_EQ(Countries(e->actor), actor) << category;
  EXPECT_EQ(Countries(e->recipient), recipient) << category;
}

// The last CONSULT is a planned visit (future 042) between these states.
void ExpectFutureVisit(const std::vector<Event>& events, const std::string& visitor,
                       const std::string& host) {
  const Event* visit = Find(events, "CONSULT");
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(visit->cameo, "042");
  EXPECT_EQ(visit->modality, "future");
  EXPECT_EQ(Countries(visit->actor), visitor);
  EXPECT_EQ(Countries(visit->recipient), host);
}

// The first actor or recipient of the category's last event; an empty party (and a test failure) when there
// is no such event or party.
EventParty FirstParty(const std::vector<Event>& events, const std::string& category, bool actor) {
  const Event* e = Find(events, category);
  if (!e || (actor ? e->actor : e->recipient).empty()) {
    ADD_FAILURE() << "no " << (actor ? "actor" : "recipient") << " of a " << category << " event";
    return {};
  }
  return (actor ? e->actor : e->recipient).front();
}

TEST_F(EventsTest, ReceptionIsAVisitWithTheVisitorAsActor) {
  Article a = MakeArticle("", "استقبل وزير الخارجية المصري في القاهرة أمس وزير الخارجية الأردني.");
  a.date = "2025-02-03 10:00:00";
  const auto events = Code(a);
  ASSERT_EQ(events.size(), 1u);
  const Event& e = events[0];
  EXPECT_EQ(e.cameo, "043");
  EXPECT_EQ(e.category, "CONSULT");
  ASSERT_EQ(e.actor.size(), 1u);
  EXPECT_EQ(e.actor[0].country, "JOR");
  ASSERT_EQ(e.recipient.size(), 1u);
  EXPECT_EQ(e.recipient[0].country, "EGY");
  EXPECT_EQ(e.trigger, "استقبل");
  EXPECT_EQ(e.modality, "asserted");
}

TEST_F(EventsTest, MeetingInOnesOwnOfficeIsAReception) {
  const auto events = CodeBody(
      "عقد وزير الخارجية السعودي الأمير فيصل بن فرحان في مكتبه بالرياض أمس "
      "اجتماعا مع وزير الخارجية الأردني.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].cameo, "043");
  EXPECT_EQ(Countries(events[0].actor), "JOR");
  EXPECT_EQ(Countries(events[0].recipient), "SAU");
}

TEST_F(EventsTest, MeetingNamedByItsPossessor) {
  // "خلال لقائه": the meeting of the sentence's first party, with the one named right after it.
  const auto events = Code(MakeArticle(
      "",
      "ودعا الرئيس اليمني الميليشيات إلى احترام الهدنة، وأكد خلال لقائه اليوم وزير الخارجية الأردني "
      "في الرياض أهمية التعاون."));
  const Event* meeting = Find(events, "CONSULT");
  ASSERT_NE(meeting, nullptr);
  EXPECT_EQ(Countries(meeting->actor), "YEM");
  EXPECT_EQ(Countries(meeting->recipient), "JOR");
}

TEST_F(EventsTest, TripsToCitiesAndCablesAfterASemicolon) {
  // A trip to a capital is to its state; a cable after a semicolon is still the sender's; a verb is no
  // name after a title.
  const auto trip = CodeBody("وصل وزير الخارجية الأردني إلى الدوحة اليوم في زيارة رسمية.");
  ASSERT_EQ(trip.size(), 1u);
  EXPECT_EQ(trip[0].cameo, "042");
  EXPECT_EQ(Countries(trip[0].recipient), "QAT");
  EXPECT_TRUE(CodeBody("وصل وزير الخارجية الأردني إلى العقبة اليوم.").empty());  // at home
  EXPECT_TRUE(CodeBody("وزار وزير الصحة الأردني مستشفيات مدينة الرياض أمس.").empty());
  // A meeting in his palace, with an aside between dashes; two people joined by و in a headline.
  const auto palace = Code(MakeArticle(
      "خادم الحرمين والرئيس السوداني يبحثان الأوضاع الإقليمية",
      "عقد خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز – حفظه الله – في قصره بالرياض اليوم اجتماعاً مع "
      "الرئيس السوداني عمر حسن البشير."));
  ASSERT_EQ(palace.size(), 1u);
  EXPECT_EQ(palace[0].cameo, "043");
  ASSERT_FALSE(palace[0].actor.empty());
  EXPECT_EQ(palace[0].actor[0].country, "SDN");
  const auto cable = Code(MakeArticle(
      "خادم الحرمين يهنئ سلطان عمان بذكرى يوم النهضة",
      "بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود؛ برقية تهنئة لجلالة السلطان قابوس بن "
      "سعيد، بمناسبة ذكرى يوم النهضة."));
  ASSERT_EQ(cable.size(), 1u);
  EXPECT_EQ(cable[0].category, "SUPPORT");
  ASSERT_FALSE(cable[0].actor.empty());
  EXPECT_EQ(cable[0].actor[0].country, "SAU");
  ASSERT_FALSE(cable[0].recipient.empty());
  EXPECT_EQ(cable[0].recipient[0].country, "OMN");
}

TEST_F(EventsTest, SurnameAloneInTheHeadlineAndDiscussedWith) {
  // The headline names the guest by his surname, a word hunspell knows as a verb; تناول … مع is a meeting.
  const auto events = Code(MakeArticle(
      "خادم الحرمين الشريفين يبحث مع جعجع الأوضاع في لبنان",
      "تناول خادم الحرمين الشريفين الملك سلمان بن عبد العزيز في جدة أمس مع سمير جعجع رئيس حزب القوات "
      "اللبنانية مستجدات الأوضاع."));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].category, "CONSULT");
  EXPECT_EQ(Countries(events[0].actor), "SAU");
  EXPECT_EQ(Countries(events[0].recipient), "LBN");
  EXPECT_EQ(events[0].mentions.size(), 2u);  // the headline and the report
}

TEST_F(EventsTest, RecallFromAPostNamedByItsCapitalOrWithIn) {
  for (const char* text :
       {"البحرين تستدعي سفيرها في إيران للتشاور", "وقالت البحرين إنها استدعت سفيرها لدى طهران للتشاور."}) {
    const auto events = CodeBody(text);
    ASSERT_EQ(events.size(), 1u) << text;
    EXPECT_EQ(events[0].cameo, "161") << text;
    EXPECT_EQ(Countries(events[0].recipient), "IRN") << text;
  }
}

TEST_F(EventsTest, RegionsActAndNationalitiesNameAttackers) {
  // A self-governing region condemns for its state; the condemned bombing is Turkey's, named by the
  // adjective in the headline and by شنته in the report: one event.
  const auto events = Code(MakeArticle(
      "إقليم كردستان العراق يدين القصف التركي على حزب العمال",
      "دانت قيادة إقليم كردستان العراق أمس القصف الجوي الذي شنته الطائرات التركية ضد مواقع الحزب."));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].cameo, "111");
  EXPECT_EQ(Countries(events[0].actor), "IRQ");
  EXPECT_EQ(Countries(events[0].recipient), "TUR");
}

TEST_F(EventsTest, NegationAndFuture) {
  const auto negated = CodeBody("لم يستقبل الرئيس المصري وزير الخارجية الإيراني.");
  ASSERT_EQ(negated.size(), 1u);
  EXPECT_EQ(negated[0].modality, "negated");
  const auto future = CodeBody("سيلتقي وزير الخارجية الأردني الملك السعودي في الرياض.");
  ASSERT_EQ(future.size(), 1u);
  EXPECT_EQ(future[0].modality, "future");
  EXPECT_EQ(future[0].category, "CONSULT");
  EXPECT_EQ(future[0].location, "الرياض");
}

TEST_F(EventsTest, SeedArticle) {
  MARSAD_REQUIRE_SHARED_DATA(path, "corpus/seed/000_1cc15bd339471e21.txt");
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  const Article a = ParsePlainText(ss.str());
  const auto events = Code(a);
  const Event* visit = nullptr;
  for (const Event& e : events) {
    EXPECT_LE(e.quad_class, 2) << "no conflict events in the seed: " << e.cameo << " " << e.trigger;
    for (const auto& p : e.actor) EXPECT_EQ(p.name.find("فاطمة"), std::string::npos);
    if (e.category == "CONSULT" && e.mode == "visit") visit = &e;
  }
  ASSERT_NE(visit, nullptr);
  ASSERT_FALSE(visit->actor.empty());
  EXPECT_EQ(visit->actor[0].org, "CICA");
  EXPECT_EQ(visit->actor[0].sector, "IGO");
  ASSERT_FALSE(visit->recipient.empty());
  EXPECT_EQ(visit->recipient[0].country, "KAZ");
  EXPECT_EQ(visit->recipient[0].sector, "LEG");
  EXPECT_GE(visit->mentions.size(), 2u);  // the headline's يبحث and later discussions are the same meeting

  // The chairman's congratulations (SUPPORT to the Secretary General), the invitation to the senators and
  // the joint agreement (AGREE).
  bool support = false, invitation = false, agreement = false;
  for (const Event& e : events) {
    if (e.category == "SUPPORT" && !e.actor.empty() && e.actor[0].country == "KAZ" && !e.recipient.empty() &&
        e.recipient[0].org == "CICA") {
      support = true;
    }
    if (e.cameo == "036" && !e.actor.empty() && e.actor[0].org == "CICA") invitation = true;
    if (e.cameo == "030" && e.actor.size() == 2) agreement = true;
  }
  EXPECT_TRUE(support);
  EXPECT_TRUE(invitation);
  EXPECT_TRUE(agreement);

  // The discussion sentences are mentions of the visit, not meetings of their own.
  std::size_t consultations = 0;
  for (const Event& e : events) consultations += e.category == "CONSULT" && e.modality == "asserted";
  EXPECT_EQ(consultations, 1u);
  // SUPPORT from CICA to Kazakhstan: "أشار … إلى المساهمة القوية لجمهورية كازاخستان".
  const Event* praise = nullptr;
  for (const Event& e : events) {
    if (e.category == "SUPPORT" && !e.actor.empty() && e.actor[0].org == "CICA") praise = &e;
  }
  ASSERT_NE(praise, nullptr);
  ASSERT_EQ(praise->recipient.size(), 1u);
  EXPECT_EQ(praise->recipient[0].country, "KAZ");
  EXPECT_EQ(praise->recipient[0].text, "جمهورية كازاخستان");
  // The 2024 events in Astana: a future multilateral meeting of CICA.
  const Event* planned = nullptr;
  for (const Event& e : events) {
    if (e.category == "CONSULT" && e.modality == "future") planned = &e;
  }
  ASSERT_NE(planned, nullptr);
  EXPECT_EQ(planned->mode, "multilateral");
  EXPECT_EQ(planned->location, "أستانا");
  ASSERT_FALSE(planned->actor.empty());
  EXPECT_EQ(planned->actor[0].org, "CICA");
  // The sixth summit of October 2022 is history, mentioned in passing: no asserted event of that date.
  for (const Event& e : events) {
    if (e.modality == "asserted") {
      EXPECT_FALSE(e.date.starts_with("2022")) << e.trigger;
    }
  }
}

TEST_F(EventsTest, CondemnationOfAnUnnamedAttackHasTheAttackAsRecipient) {
  const auto events = Code(
      MakeArticle("", "أدانت وزارة الخارجية الأردنية بشدة الهجوم الإرهابي الذي استهدف مسجدا في مدينة عدن."));
  const Event* condemnation = nullptr;
  for (const Event& e : events) {
    if (e.category == "ACCUSE") condemnation = &e;
    EXPECT_NE(e.category, "ASSAULT") << "the condemned attack is background, not an event of its own";
  }
  ASSERT_NE(condemnation, nullptr);
  ASSERT_EQ(condemnation->actor.size(), 1u);
  EXPECT_EQ(condemnation->actor[0].country, "JOR");
  ASSERT_EQ(condemnation->recipient.size(), 1u);
  EXPECT_EQ(condemnation->recipient[0].sector, "INS");
  EXPECT_EQ(condemnation->recipient[0].country, "");
  EXPECT_EQ(condemnation->recipient[0].text, "الهجوم الإرهابي");
}

TEST_F(EventsTest, ObjectPronounAndApposition) {
  // "دعاه": the object is the minister named before; the title after a name is the same person.
  const auto events = Code(MakeArticle(
      "", "استقبل الرئيس التونسي قيس سعيد وزير الخارجية المغربي. ودعاه الرئيس التونسي إلى زيارة تونس."));
  const Event* invitation = nullptr;
  for (const Event& e : events) {
    if (e.cameo == "036") invitation = &e;
  }
  ASSERT_NE(invitation, nullptr);
  ASSERT_EQ(invitation->recipient.size(), 1u);
  EXPECT_EQ(invitation->recipient[0].country, "MAR");
}

TEST_F(EventsTest, StatementsAndThanksAreNotCoded) {
  for (const Event& e : CodeBody("شكر وزير الخارجية المصري نظيره السعودي على حسن الاستقبال.")) {
    EXPECT_FALSE(e.category.empty()) << e.cameo;
  }
}

TEST_F(EventsTest, RecallOfOnesOwnAmbassadorIsASanction) {
  const auto events = Code(MakeArticle("الكويت تستدعي سفيرها لدى السويد للتشاور", ""));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].cameo, "161");
  EXPECT_EQ(events[0].category, "SANCTION");
  EXPECT_EQ(Countries(events[0].actor), "KWT");
  EXPECT_EQ(Countries(events[0].recipient), "SWE");
}

TEST_F(EventsTest, HeadlineOrderAndPartnerJoinedByWa) {
  // Subject first in a headline; "وY" after the verb is the party met, here by phone.
  const auto events = Code(MakeArticle("الرئيس التونسي يبحث هاتفيا ورئيس الوزراء الإيطالي الهجرة", ""));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].cameo, "041");
  EXPECT_EQ(events[0].mode, "phone");
  EXPECT_EQ(Countries(events[0].actor), "TUN");
  EXPECT_EQ(Countries(events[0].recipient), "ITA");
}

TEST_F(EventsTest, RelativeDatesResolveAgainstTheDayInTheUrl) {
  Article a = MakeArticle("", "استقبل وزير الخارجية المصري أمس وزير الخارجية الأردني.");
  a.url = "http://www.example.com/new/Issues/20250302/Con20250302000001.htm";
  a.date = "2025-03-03 02:00:00";  // scraped the next night
  const auto events = Code(a);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].date, "2025-03-01");
  EXPECT_EQ(events[0].date_source, "text");
  a.url.clear();
  const auto scraped = Code(a);
  ASSERT_EQ(scraped.size(), 1u);
  EXPECT_EQ(scraped[0].date, "2025-03-02");
}

TEST_F(EventsTest, PledgeInAMeetingIsAddressedToTheOtherSide) {
  const auto events = Code(MakeArticle(
      "",
      "استقبل وزير الخارجية السعودي في الرياض أمس وزير الخارجية العماني. وأكد وزير الخارجية العماني "
      "استعداد بلاده لتعزيز التعاون."));
  ExpectSides(events, "AGREE", "OMN", "SAU");
}

// Asserted protests and attacks of the category in the text (one sentence each).
int Count(const std::vector<Event>& events, const std::string& category) {
  return static_cast<int>(std::count_if(events.begin(), events.end(), [&](const Event& e) {
    return e.category == category && e.modality == "asserted";
  }));
}

TEST_F(EventsTest, OnlyNameablePartiesAndRealSignings) {
  // A governor meeting unplaced "heads" is no diplomacy; a country that "lies" (تقع) signs nothing.
  EXPECT_TRUE(CodeBody("التقى المحافظ أمس رؤساء الدوائر في مكتبه.").empty());
  EXPECT_EQ(Count(CodeBody("وقال الرئيس الأمريكي إن كينيا تقع على تقاطع طرق."), "SUPPORT"), 0);
}

TEST_F(EventsTest, CircumstantialParticiples) {
  // "…، مطالباً إيران بـ": the demand is the sentence subject's, its object the party after it.
  const auto events = Code(MakeArticle(
      "", "وأكد وزير الخارجية السعودي أن المملكة لن تقبل التدخل، مطالباً إيران بالكف عن دعم الميليشيات."));
  ASSERT_EQ(Count(events, "REQUEST"), 1);
  EXPECT_EQ(Countries(events[0].actor), "SAU");
  EXPECT_EQ(Countries(events[0].recipient), "IRN");
}

TEST_F(EventsTest, BackgroundAttacksAndProtestsAreNotCoded) {
  // A relative clause, verbal nouns (after ب, after a preposition, after محاولة, in a list) and a noun no
  // verb reports as happening: what the sentence is about, not acts it reports.
  for (const char* text :
       {"وأدان الوزير الهجوم الذي استهدف السفارة في المدينة.",
        "واتهمت المحكمة الرجل بقتل الصحافي العام الماضي.", "وحذر الوزير من محاولة اغتيال جديدة.",
        "ويسعى التنظيم إلى شن هجمات جديدة.", "ووجهت إليه تهم تعذيب وقتل.",
        "وقال إن الهجوم الأمريكي المحتمل سيزيد التوتر.", "وضربت الأزمة المالية أسواق المنطقة.",
        "وقال إن جماعة مرتبطة بالتنظيم تقف وراء خطف الصحافيين.", "وقالوا إن الشاب أراد أن يفجر نفسه."}) {
    EXPECT_EQ(Count(CodeBody(text), "ASSAULT"), 0) << text;
  }
  for (const char* text :
       {"قتل مسلحون ثلاثة جنود في هجوم على نقطة تفتيش.", "قصفت الطائرات مواقع المسلحين أمس.",
        "واستهدف هجوم انتحاري بسيارة مفخخة دورية للشرطة."}) {
    EXPECT_EQ(Count(CodeBody(text), "ASSAULT"), 1) << text;
  }
}

TEST_F(EventsTest, FeminineStatesAndGeneralPositions) {
  // A state's feminine imperfect in a headline (تدين, a hollow verb hunspell reads as a noun); a general
  // position stated in a meeting is no pledge to the host, a pledge about the relation is.
  EXPECT_EQ(Count(Code(MakeArticle("البحرين تدين الهجوم على السفارة", "")), "ACCUSE"), 1);
  const auto general = Code(MakeArticle(
      "",
      "استقبل وزير الخارجية السعودي في الرياض أمس وزير الخارجية العماني. وأكد وزير الخارجية العماني حرص "
      "بلاده على تعزيز السلام والاستقرار في المنطقة."));
  EXPECT_EQ(Count(general, "AGREE"), 0);
}

TEST_F(EventsTest, HabitsQuestionsAndWordsAreNoViolence) {
  // The present tense in the body is a habit or a generalisation; a question or condition is no report;
  // a person "attacking" another does it in words (criticism, 111); بشن left glued is a verbal noun.
  for (const char* text :
       {"وقال إن المسلحين يقتلون المدنيين ويخطفون الأطفال.",
        "وتساءل: هل يمكن للجيش أن يضرب مواقع المسلحين في الجبال؟", "وهدد الوزير بشن هجمات على المعسكرات."}) {
    EXPECT_EQ(Count(CodeBody(text), "ASSAULT"), 0) << text;
  }
  const auto words = CodeBody("شن الرئيس الفلسطيني محمود عباس أمس هجوما عنيفا على حركة حماس في خطاب.");
  EXPECT_EQ(Count(words, "ASSAULT"), 0);
  EXPECT_EQ(Count(words, "ACCUSE"), 1);
  // A headline keeps its present tense.
  EXPECT_EQ(Count(Code(MakeArticle("مسلحون يقتلون ثلاثة جنود في هجوم على نقطة تفتيش", "")), "ASSAULT"), 1);
}

TEST_F(EventsTest, OnlyBombsExplodeAsAttacks) {
  // Fireworks, gas cylinders and scandals explode as well; a bomb or terror named with it makes an attack.
  for (const char* text : {"وأصيب الجندي أثناء إنقاذ الأطفال حين انفجرت إحدى الألعاب النارية في وجهه.",
                           "انفجرت أزمة جديدة بين الحزبين بعد تصريحات الوزير."}) {
    EXPECT_EQ(Count(CodeBody(text), "ASSAULT"), 0) << text;
  }
  EXPECT_EQ(Count(CodeBody("وانفجرت سيارة مفخخة أمس قرب مركز للشرطة في وسط المدينة."), "ASSAULT"), 1);
}

TEST_F(EventsTest, WhatIsDemandedIsNotDone) {
  // A protest or attack that is called for is no protest or attack; a party inside what is asked is not the
  // caller; a foreign president congratulating a prince is two people, not one stacked title.
  const auto demand = Code(MakeArticle("الخارجية الفلسطينية تطالب بالتحرك العاجل لإنقاذ القدس",
                                       "ودعت الحركة إلى التظاهر أمام السفارة غدا."));
  EXPECT_EQ(Count(demand, "PROTEST"), 0);
  for (const Event& e : CodeBody("وأدانت الوزارة الاقتحام، وتدعوها إلى محاسبة إسرائيل على خروقاتها.")) {
    for (const EventParty& a : e.actor) EXPECT_NE(a.country, "ISR");
  }
  const auto cable = Code(MakeArticle(
      "", "وفي بداية اللقاء، هنأ الرئيس الفرنسي الأمير محمد بن سلمان بمناسبة اختياره وليا لولي العهد."));
  ASSERT_EQ(Count(cable, "SUPPORT"), 1);
  ExpectSides(cable, "SUPPORT", "FRA", "SAU");
}

TEST_F(EventsTest, TeamsCamelsAndKillingsToldByTheirAttack) {
  // فرق before the article is "teams"; a headline's subject that names no party did no attack; a killing
  // told by the attack after عندما is that attack, with its doers.
  EXPECT_EQ(Count(CodeBody("وباشرت فرق الدفاع المدني بلاغا عن سقوط مقذوف على منزل."), "ASSAULT"), 0);
  EXPECT_EQ(Count(Code(MakeArticle("«ناقة سائبة» تقتل وتصيب 7 من عائلة واحدة", "")), "ASSAULT"), 0);
  const auto shelling = CodeBody("قتل 43 مدنيا على الأقل الأحد عندما قصف المتمردون مدينة عدن جنوب اليمن.");
  ASSERT_EQ(Count(shelling, "ASSAULT"), 1);
  ASSERT_FALSE(shelling[0].actor.empty());
  EXPECT_EQ(shelling[0].actor[0].sector, "REB");
  // A plural verb agrees with no one named person: the deputy is not his own killer.
  for (const Event& e : CodeBody("وكان النائب عبدالله حسين مارا في أحد الأحياء عندما نصب له "
                                 "مهاجموه مكمنا وقتلوه مع حارسيه.")) {
    for (const EventParty& a : e.actor) EXPECT_NE(a.sector, "LEG");
  }
  // The genitive of a noun that names no party does not act (the allies accuse, not Turkey); a verb joined
  // after an attack named by a noun goes on telling that attack, not what the government did.
  for (const Event& e : CodeBody("ويتهم حلفاء تركيا منذ أشهر أنقرة بأنها لا تبذل جهودا كافية.")) {
    for (const EventParty& a : e.actor) EXPECT_NE(a.country, "TUR");
  }
  EXPECT_EQ(Count(CodeBody("وعدت الحكومة التركية بتعزيز الإجراءات الأمنية غداة هجوم انتحاري نسب "
                           "إلى تنظيم داعش وضرب مدينة سوروتش."),
                  "ASSAULT"),
            0);
  // Past the preposition of the topic (حذر من) comes what the warning is about, not whom it is aimed at.
  for (const Event& e : CodeBody("وحذرت وزارة الداخلية من محاولة اندساس بعض العناصر لإفساد مباراة "
                                 "النادي المصري.")) {
    EXPECT_TRUE(e.recipient.empty()) << e.cameo;
  }
}

TEST_F(EventsTest, PluralVerbsReportsAndOtherClauses) {
  // A verb with its plural subject on it takes what follows as its object; a speaker before أن is not the
  // subject of a verb joined in his report; an object is not looked for past another clause's start.
  for (const Event& e : CodeBody("وأوردت وسائل إعلام هندية أن المهاجمين بادروا بإطلاق النار على حافلة "
                                 "وهددوا بسلاحهم سائق سيارة.")) {
    for (const EventParty& a : e.actor) EXPECT_NE(a.sector, "MED") << e.cameo;
    for (const EventParty& a : e.actor) EXPECT_NE(a.text, "سائق سيارة") << e.cameo;
  }
  for (const Event& e : CodeBody("وكان أكثر من ثمانية آلاف مسلم قتلوا بعد أن استولت قوات صرب البوسنة "
                                 "على الجيب.")) {
    if (e.category != "ASSAULT") continue;
    for (const EventParty& r : e.recipient) EXPECT_NE(r.sector, "MIL");
  }
  const auto raid = CodeBody("وفي هذه الأثناء، شن طيران التحالف سلسلة غارات جوية على مواقع الميليشيات.");
  const Event* strikes = Find(raid, "ASSAULT");
  ASSERT_NE(strikes, nullptr);
  ASSERT_FALSE(strikes->actor.empty());
  EXPECT_EQ(strikes->actor[0].org, "SLC");
}

TEST_F(EventsTest, UnnamedAttackersByTheirWord) {
  // Unnamed attackers are quoted by the clause's word for them, not by the trigger.
  const auto bombing = CodeBody("وقال مصدر أمني إن انتحاريا يقود شاحنة مفخخة فجر نفسه وسط سوق في بغداد.");
  const Event* attack = Find(bombing, "ASSAULT");
  ASSERT_NE(attack, nullptr);
  ASSERT_EQ(attack->actor.size(), 1u);
  EXPECT_EQ(attack->actor[0].text, "انتحاريا");
  EXPECT_EQ(attack->actor[0].sector, "INS");
}

TEST_F(EventsTest, ObjectionsConsiderationsAndPrivateQuarrels) {
  // Objecting to interference is disapproval (111); وعد without بـ or أن is عدّ "considered"; words between
  // people no one can place are private; a relative clause with و is background.
  const auto objection = Code(MakeArticle("البحرين ترفض التدخل الإيراني الفج في شؤونها", ""));
  const Event* accuse = Find(objection, "ACCUSE");
  ASSERT_NE(accuse, nullptr);
  EXPECT_EQ(accuse->cameo, "111");
  EXPECT_EQ(Countries(accuse->recipient), "IRN");
  EXPECT_EQ(Count(CodeBody("وعد الزياني هذه التصريحات الاستفزازية تدخلا في الشؤون الداخلية."), "AGREE"), 0);
  EXPECT_TRUE(Code(MakeArticle("القروني يرفض هزازي", "")).empty());
  EXPECT_EQ(Count(CodeBody("واستنكر التصريحات المستفزة والتي هاجم فيها المملكة."), "ASSAULT"), 0);
}

TEST_F(EventsTest, JointSendersOfCables) {
  // Two senders joined by و before a dual verb both act.
  const auto cables =
      Code(MakeArticle("خادم الحرمين الشريفين وولي العهد يبعثان ببرقيتي تهنئة لملك المغرب", ""));
  const Event* support = Find(cables, "SUPPORT");
  ASSERT_NE(support, nullptr);
  EXPECT_EQ(support->actor.size(), 2u);
  EXPECT_EQ(Countries(support->recipient), "MAR");
  // "نائبه" is the king's deputy, of his state, not a member of parliament.
  const auto deputy = Code(MakeArticle("خادم الحرمين الشريفين ونائبه يبعثان ببرقيتي تهنئة لملك المغرب", ""));
  const Event* joint = Find(deputy, "SUPPORT");
  ASSERT_NE(joint, nullptr);
  EXPECT_EQ(Countries(joint->actor), "SAU+SAU");
  for (const EventParty& a : joint->actor) EXPECT_NE(a.sector, "LEG");
}

TEST_F(EventsTest, TeamsRanksKillersAndDangers) {
  // فرق with no crowd is "teams"; احتل ranks and قاتل qualifies when no armed force does it; a warning with
  // no addressee right after it warns of a danger; one to an addressee is a threat.
  for (const char* text :
       {"وتلقت العمليات 2467 بلاغا باشرتها 22 فرقة إسعافية وفرق طبية متقدمة.",
        "واحتلت ثلاث مدارس أماكن وسط قائمة المدارس الأكثر تحديا.", "وخطف الفوز بهدف قاتل من ركلة جزاء.",
        "ويحذر مجلس الأعمال البريطاني من أن بريطانيا تحتاج إلى بناء المساكن."}) {
    EXPECT_TRUE(CodeBody(text).empty()) << text;
  }
  // Deaths in a disaster are no attack; a sweet voice is no torture.
  for (const char* text : {"قتل ثلاثة أشخاص على الأقل في زلزال ضرب المناطق الشمالية لباكستان.",
                           "وجاء صوته خلالها عذبا صافيا مؤثرا."}) {
    EXPECT_EQ(Count(CodeBody(text), "ASSAULT"), 0) << text;
  }
  EXPECT_EQ(Count(CodeBody("وكانت حركة طالبان حذرت مؤخرا تنظيم داعش من التوسع في منطقتها."), "THREATEN"), 1);
  EXPECT_EQ(Count(CodeBody("وفرقت الشرطة التركية مساء الجمعة مئات المتظاهرين في اسطنبول."), "ASSAULT"), 1);
}

TEST_F(EventsTest, SupportStatedInTheSpeakersReport) {
  // Support named with no doer right after the speaker's أن is his own stance; "أن يدعموا" is "to support".
  const auto stance = Code(MakeArticle(
      "", "وأوضح وزير الخارجية السعودي خلال مؤتمر صحافي أن «دعم جهود مصر واستقرارها أيضا لن يتغير»."));
  ExpectSides(stance, "SUPPORT", "SAU", "EGY");
  EXPECT_EQ(Count(CodeBody("ودعا الأهالي إلى أن يدعموا مصر في جهودها."), "SUPPORT"), 0);
}

TEST_F(EventsTest, HeadlineOfAPlannedVisit) {
  // The headline's present tense announces what the body tells as a plan; the meeting "during the visit"
  // told in the present is part of it: one future visit.
  const auto visit = Code(MakeArticle("ولي ولي العهد السعودي يزور مصر في زيارة عمل رسمية",
                                      "أعلن الديوان الملكي أن ولي ولي العهد سيقوم اليوم بزيارة عمل رسمية إلى "
                                      "جمهورية مصر العربية. ويلتقي ولي ولي العهد خلال الزيارة الرئيس المصري "
                                      "عبد الفتاح السيسي."));
  ASSERT_EQ(visit.size(), 1u);
  EXPECT_EQ(visit[0].modality, "future");
  EXPECT_EQ(visit[0].cameo, "042");
}

TEST_F(EventsTest, PromisesAndRenewedCommitments) {
  // Form I's circumstantial participle (واعداً) is the promise of the sentence's speaker; a renewed
  // commitment to a partner's security is support for that partner.
  const auto call = Code(MakeArticle(
      "",
      "وأعلن البيت الأبيض أن الأمن في المنطقة أولوية، واعدا بالعمل الوثيق مع تركيا في قضايا عدة. وأشار "
      "البيان إلى أن الرئيس الأمريكي جدد تأكيد التزام الولايات المتحدة بحماية الأمن القومي لتركيا."));
  ExpectSides(call, "AGREE", "USA", "TUR");
  ExpectSides(call, "SUPPORT", "USA", "TUR");
  // A joint promise in the future tense is made now; the past tells what was done.
  const auto joint = CodeBody("وأكد الرئيس الأمريكي والرئيس التركي أنهما سيعززان جهودهما من أجل أمن الحدود.");
  const Event* pledge = Find(joint, "AGREE");
  ASSERT_NE(pledge, nullptr);
  EXPECT_EQ(pledge->modality, "asserted");
  EXPECT_EQ(Count(CodeBody("وقد عزز البلدان جهودهما في السنوات الماضية."), "AGREE"), 0);
  // An imperfect with ت right after a party is a verb (hunspell reads تسلم as تسلّم "received").
  const auto delivery = Code(MakeArticle("أميركا تسلم مصر ثماني مقاتلات إف 16", ""));
  ExpectSides(delivery, "AID", "USA", "EGY");
  EXPECT_EQ(Find(delivery, "AID")->cameo, "072");
}

TEST_F(EventsTest, WhereItHappenedAsWritten) {
  // The place as written without its preposition; a visit's place is the state visited; a condemnation's
  // place is not that of the attack it condemns.
  const auto reception = Code(MakeArticle("خادم الحرمين يستقبل ملك البحرين بالرياض", ""));
  ASSERT_EQ(Count(reception, "CONSULT"), 1);
  EXPECT_EQ(reception[0].location, "الرياض");
  EXPECT_EQ(Countries(reception[0].actor), "BHR");
  const auto visit = Code(MakeArticle("وزير الخارجية الفرنسي يزور إيران", ""));
  ASSERT_EQ(Count(visit, "CONSULT"), 1);
  EXPECT_EQ(visit[0].location, "إيران");
  const auto condemned = Code(MakeArticle(
      "",
      "أدانت الأمانة العامة لمنظمة التعاون الإسلامي الهجوم الإرهابي الذي وقع في مدينة مروة شمال الكاميرون."));
  ASSERT_EQ(Count(condemned, "ACCUSE"), 1);
  EXPECT_EQ(Find(condemned, "ACCUSE")->location, "");
  const auto protest = CodeBody("وتظاهر آلاف المدرسين أمس في العاصمة الإيرانية طهران.");
  ASSERT_EQ(Count(protest, "PROTEST"), 1);
  EXPECT_EQ(protest[0].location, "طهران");
  // A headline's act without a day takes the lead's (the news is the same).
  Article lead = MakeArticle("السلطات الإيرانية تقمع تظاهرة للمدرسين في طهران",
                             "فرقت قوات الأمن الإيرانية يوم أمس (الأربعاء) تظاهرة للمدرسين في طهران.");
  lead.date = "2015-07-23";
  const auto headline = Code(lead);
  ASSERT_GE(headline.size(), 1u);
  for (const Event& e : headline) EXPECT_EQ(e.date, "2015-07-22") << e.category;
}

TEST_F(EventsTest, UnvowelledPassiveWithTheCountedAfterTheVerb) {
  // قُتل first with a count or a victim after it; the doers named after شنه.
  for (const char* text : {"قتل خمسة أشخاص أمس في هجوم شنه مسلحون على مركز للشرطة.",
                           "قتل طفل فلسطيني أمس في هجوم على منزل عائلته."}) {
    const auto events = CodeBody(text);
    ASSERT_EQ(Count(events, "ASSAULT"), 1) << text;
    ASSERT_EQ(events[0].recipient.size(), 1u) << text;
    EXPECT_NE(events[0].recipient[0].sector, "INS") << text;
  }
  // The word made with م (مقتل) is the noun: its genitive is the victim, not the killer.
  const auto noun = Code(MakeArticle("مقتل ثلاثة جنود أتراك في انفجار", ""));
  for (const Event& e : noun) {
    for (const EventParty& p : e.actor) EXPECT_NE(p.text, "جنود أتراك");
  }
}

TEST_F(EventsTest, UnvowelledPassiveHasTheVictimBeforeTheVerb) {
  const auto events = CodeBody("وذكرت الشرطة أن أربعة مدنيين قتلوا في قصف على القرية.");
  ASSERT_EQ(Count(events, "ASSAULT"), 1);
  ASSERT_EQ(events[0].actor.size(), 1u);
  EXPECT_EQ(events[0].actor[0].sector, "INS");  // unnamed attackers
  ASSERT_EQ(events[0].recipient.size(), 1u);
  EXPECT_EQ(events[0].recipient[0].sector, "CVL");
}

TEST_F(EventsTest, ProtestsNeedACrowd) {
  // An unnamed crowd is the public of the place; chants of the protesters already told of are part of that
  // protest; a verb that is another verb spelt alike (تجمع بين "joins") is none.
  const auto crowd = CodeBody("تظاهر آلاف الطلاب أمس في القاهرة احتجاجا على رفع الرسوم.");
  ASSERT_EQ(Count(crowd, "PROTEST"), 1);
  ASSERT_FALSE(crowd[0].actor.empty());
  EXPECT_EQ(crowd[0].actor[0].sector, "CVL");
  EXPECT_EQ(crowd[0].actor[0].country, "EGY");
  EXPECT_EQ(Count(CodeBody("واندلعت مظاهرات في عدة مدن."), "PROTEST"), 1);
  EXPECT_EQ(Count(CodeBody("هتف مئات المحتجين ضد الحكومة."), "PROTEST"), 1);
  // A gathering's name is no gathering; a strike done "in protest" is one.
  EXPECT_EQ(Count(CodeBody("وحضر الاجتماع رئيس تجمع شركات النفط في البلاد."), "PROTEST"), 0);
  EXPECT_EQ(Count(CodeBody("وأضرب العمال في المصانع أمس احتجاجا على خفض الأجور."), "PROTEST"), 1);
  for (const char* text : {"وهتف المتظاهرون ضد الحكومة.", "ورفع المتظاهرون لافتات تطالب بالإصلاح.",
                           "وأكد الوزير أن الروابط التي تجمع بين البلدين قوية."}) {
    EXPECT_EQ(Count(CodeBody(text), "PROTEST"), 0) << text;
  }
}

TEST_F(EventsTest, InflectedVerbsPronounSubjectsAndPlans) {
  // A dual verb after two named officials, each with his role in apposition: a phone call between them.
  const auto call = Code(MakeArticle(
      "",
      "وقال المتحدث إن جو بايدن نائب الرئيس الأمريكي وحيدر العبادي رئيس الوزراء العراقي تحدثا هاتفيا أمس."));
  ASSERT_EQ(call.size(), 1u);
  EXPECT_EQ(call[0].cameo, "041");
  EXPECT_EQ(Countries(call[0].actor), "USA");
  EXPECT_EQ(Countries(call[0].recipient), "IRQ");

  // "أنه سيتوجه": the speaker travels, later; hunspell's سيتوجه (س+يتوج+ه "will crown him") is the
  // imperfect of توجه.
  Article trip = MakeArticle("", "أعلن وزير الخارجية الأردني أمس أنه سيتوجه إلى مصر الأسبوع المقبل.");
  trip.date = "2025-02-03 10:00:00";
  const auto trips = Code(trip);
  ASSERT_EQ(trips.size(), 1u);
  EXPECT_EQ(trips[0].cameo, "042");
  EXPECT_EQ(trips[0].modality, "future");
  EXPECT_EQ(Countries(trips[0].actor), "JOR");
  EXPECT_EQ(Countries(trips[0].recipient), "EGY");

  // A meeting announced as a verbal noun is the meeting of the body it is of, on a date after the article's.
  Article meeting = MakeArticle(
      "", "أعلن المتحدث عن عقد اجتماع طارئ لمجلس جامعة الدول العربية في القاهرة يوم العاشر من مارس المقبل.");
  meeting.date = "2025-02-03 10:00:00";
  const auto meetings = Code(meeting);
  ASSERT_EQ(meetings.size(), 1u);
  EXPECT_EQ(meetings[0].mode, "multilateral");
  EXPECT_EQ(meetings[0].modality, "future");
  ASSERT_EQ(meetings[0].actor.size(), 1u);
  EXPECT_EQ(meetings[0].actor[0].org, "LAS");

  // A name spelt like a verb (نزار "we visit") triggers nothing; حزب الغد is a party, not tomorrow.
  EXPECT_TRUE(CodeBody("وقال الدكتور نزار الحمد إن المشروع سينتهي قريبا.").empty());
  Article protest = MakeArticle("", "تظاهر أمس عشرات من أعضاء حزب الغد أمام مقر البرلمان.");
  protest.date = "2025-02-03 10:00:00";
  EXPECT_EQ(Count(Code(protest), "PROTEST"), 1);
}

TEST_F(EventsTest, PledgesAndOfficesOfOneState) {
  // A pledge said as a predicate, its partner inside its complement; خادم الحرمين الشريفين is Saudi.
  const auto pledge = Code(MakeArticle(
      "", "وأعلن الوزير أن الولايات المتحدة مستعدة لتعزيز تعاونها العسكري مع الأردن في المرحلة المقبلة."));
  ASSERT_EQ(pledge.size(), 1u);
  EXPECT_EQ(pledge[0].category, "AGREE");
  EXPECT_EQ(Countries(pledge[0].actor), "USA");
  EXPECT_EQ(Countries(pledge[0].recipient), "JOR");
  const auto host = CodeBody("استقبل خادم الحرمين الشريفين في جدة أمس وزير الخارجية الأردني.");
  ASSERT_EQ(host.size(), 1u);
  EXPECT_EQ(Countries(host[0].recipient), "SAU");
  // The agreement, not the meeting, is with Iran.
  const auto meeting =
      CodeBody("التقى وزير الدفاع الأميركي أمس نظيره الأردني أملا في إقناعه بالاتفاق مع إيران.");
  ASSERT_FALSE(meeting.empty());
  EXPECT_EQ(meeting[0].category, "CONSULT");
  EXPECT_EQ(Countries(meeting[0].recipient), "JOR");
}

TEST_F(EventsTest, InvitedVisitsAndReceptionsToldAsNouns) {
  // The invitation is made now (036); the visit invited to is a future 042 of the invitee to the place.
  const auto invitation = CodeBody("وجه الرئيس التونسي الدعوة لملك الأردن للقيام بزيارة رسمية إلى تونس.");
  ExpectSides(invitation, "AGREE", "TUN", "JOR");
  ExpectFutureVisit(invitation, "JOR", "TUN");
  // An envoy of the Secretary-General is the UN's; a guest behind ل with his honorific is the visitor.
  const auto envoy = CodeBody("استقبل الرئيس اليمني أمس مبعوث الأمين العام للأمم المتحدة إلى اليمن.");
  ASSERT_EQ(envoy.size(), 1u);
  ASSERT_EQ(envoy[0].actor.size(), 1u);
  EXPECT_EQ(envoy[0].actor[0].org, "UN");
  const auto reception = Code(MakeArticle(
      "", "جاء ذلك خلال استقبال الرئيس المصري لصاحب السمو الملكي الأمير محمد بن سلمان ولي ولي العهد أمس."));
  ExpectSides(reception, "CONSULT", "SAU", "EGY");
  // Two sides meeting in a state neither of them is meet at a third location; the envoy met is the one
  // after the possessive noun, past the day said between.
  const auto third = CodeBody(
      "ودعا الرئيس اليمني خلال لقائه اليوم (الأحد) مبعوث الأمين العام للأمم "
      "المتحدة في الرياض إلى زيارة عدن.");
  const auto met = std::find_if(third.begin(), third.end(), [](const Event& e) { return e.cameo == "044"; });
  ASSERT_NE(met, third.end());
  EXPECT_EQ(met->mode, "third-party");
  EXPECT_EQ(met->recipient.at(0).org, "UN");
}

TEST_F(EventsTest, CondemnedAttacksTheirPlacesAndCables) {
  // The attack condemned after the day it was said is the recipient, unnamed; the bombing told in its own
  // clause struck the people of the town.
  Article attack =
      MakeArticle("",
                  "أدانت وزارة الخارجية الأردنية، اليوم (الأحد)، الهجوم الإرهابي الذي وقع في مدينة "
                  "سوسة التونسية، حيث فجر انتحاريان نفسيهما قرب سوق شعبي.");
  attack.date = "2025-02-03 10:00:00";
  const auto attacks = Code(attack);
  const Event* condemnation = Find(attacks, "ACCUSE");
  ASSERT_NE(condemnation, nullptr);
  ASSERT_EQ(condemnation->recipient.size(), 1u);
  EXPECT_EQ(condemnation->recipient[0].sector, "INS");
  const Event* bombing = Find(attacks, "ASSAULT");
  ASSERT_NE(bombing, nullptr);
  EXPECT_EQ(bombing->cameo, "1831");
  ASSERT_EQ(bombing->recipient.size(), 1u);
  EXPECT_EQ(bombing->recipient[0].country, "TUN");
  EXPECT_EQ(bombing->recipient[0].sector, "CVL");
  // What a cable's sender pledges in it is addressed to the one congratulated; the anniversary's year is
  // not the day of the cable.
  Article cable =
      MakeArticle("",
                  "تلقى الرئيس التونسي برقية تهنئة من نظيره الجزائري عبد المجيد تبون بمناسبة الذكرى "
                  "الستين لثورة 20 مارس 1956.\nوأضاف تبون: «أؤكد لكم حرصنا الدائم على العمل معكم "
                  "لتعزيز علاقات الأخوة».");
  cable.date = "2025-02-03 10:00:00";
  const auto cables = Code(cable);
  ExpectSides(cables, "SUPPORT", "DZA", "TUN");
  EXPECT_EQ(Find(cables, "SUPPORT")->modality, "asserted");
  ExpectSides(cables, "AGREE", "DZA", "TUN");
  // A deal concluded is the agreement's, with its partner after مع.
  ExpectSides(CodeBody("أبرمت مصر اتفاقية مع اليونان لترسيم الحدود البحرية."), "SUPPORT", "EGY", "GRC");
}

TEST_F(EventsTest, HeadlinesCutInTwoPlacesOfOfficialsAndInfinitives) {
  // A headline cut by ".." is one: its "tomorrow" makes the visit a plan.
  Article plan = MakeArticle("الرئيس الفرنسي يزور بلد أجداده «الجزائر».. غداً", "");
  plan.date = "2025-02-03 10:00:00";
  const auto plans = Code(plan);
  ASSERT_EQ(plans.size(), 1u);
  EXPECT_EQ(plans[0].modality, "future");
  EXPECT_EQ(plans[0].date, "2025-02-04");
  // The city after a minister whose state is said is where he is, not part of his title.
  const auto host = CodeBody("استقبل خادم الحرمين الشريفين أمس وزير الدفاع الأميركي في جدة.");
  ASSERT_EQ(host.size(), 1u);
  ASSERT_EQ(host[0].actor.size(), 1u);
  EXPECT_EQ(host[0].actor[0].text, "وزير الدفاع الأميركي");
  EXPECT_EQ(host[0].location, "جدة");
  // أن with the imperfect is what is forbidden or expected, not what was done.
  const auto fatwa = CodeBody("وطالب المفتي بفتوى تحرم على المسلح أن يقتل المدنيين في العراق.");
  EXPECT_EQ(Count(fatwa, "ASSAULT"), 0);
}

TEST_F(EventsTest, FestivalsSourcesFloodsChargesAndArrests) {
  // A festival is no protest; a source who would not be named rejects nothing; flood deaths are no attack
  // whoever the sentence names before them.
  EXPECT_TRUE(CodeBody("تعيش مدينة جدة تظاهرة ثقافية كبيرة هذا الأسبوع.").empty());
  EXPECT_TRUE(CodeBody("وقال مسؤول تركي رفض الكشف عن هويته إن التحقيق مستمر في أنقرة.").empty());
  EXPECT_EQ(Count(CodeBody("وأعلن الرئيس الأمريكي ولاية تكساس منطقة منكوبة بسبب الأمطار التي "
                           "أدت إلى فيضانات قتل فيها 24 شخصا."),
                  "ASSAULT"),
            0);
  // The charge after ب is what is alleged, not who is accused.
  const auto charge = CodeBody("اتهمت بريطانيا رجلا بالتخطيط لمهاجمة جنود أمريكيين في لندن.");
  for (const Event& e : charge) EXPECT_NE(Countries(e.recipient), "USA") << e.trigger;
  // A private person named after an arrest is the one arrested; people counted after an authority's arrest
  // are the ones arrested.
  EXPECT_EQ(Count(CodeBody("واعتقل جنيد أحمد خان وعمه الأسبوع الماضي في لوتون."), "COERCE"), 0);
  const auto arrests = CodeBody("واعتقلت السلطات الإيرانية 200 منهم في طهران.");
  ASSERT_EQ(Count(arrests, "COERCE"), 1);
  EXPECT_EQ(Find(arrests, "COERCE")->recipient.at(0).text, "200 منهم");
  // A party's words keep the و of وزيرة, which is no conjunction.
  const auto minister = CodeBody("واستقبل الرئيس المصري أمس وزيرة الخارجية الإسبانية في القاهرة.");
  ASSERT_EQ(minister.size(), 1u);
  ASSERT_EQ(minister[0].actor.size(), 1u);
  EXPECT_EQ(minister[0].actor[0].text, "وزيرة الخارجية الإسبانية");
  // The counted of a party are its losses; a monitoring group reports a strike, it does not make it.
  const auto losses = CodeBody("وقتل أربعة من الشرطة التركية أمس في هجوم على مركز حدودي.");
  const Event* loss = Find(losses, "ASSAULT");
  ASSERT_NE(loss, nullptr);
  EXPECT_EQ(Countries(loss->recipient), "TUR");
  for (const Event& e : CodeBody("أعلن المرصد السوري لحقوق الإنسان قصف الطيران مناطق في درعا.")) {
    for (const EventParty& p : e.actor) EXPECT_NE(p.sector, "MED") << e.trigger;
  }
  // Warplanes said with their nationality are that state's forces doing it.
  ExpectSides(CodeBody("وقصفت طائرات حربية تركية أمس مواقع لتنظيم داعش في سوريا."), "ASSAULT", "TUR", "");
}

TEST_F(EventsTest, ReceptionsByPossessiveAndAtHome) {
  // "لدى استقباله السفير": the pronoun is the host, the one received the visitor.
  const auto reception = Code(MakeArticle(
      "", "وأشاد أمير منطقة نجران لدى استقباله السفير الألماني في مكتبه اليوم بمتانة العلاقات بين البلدين."));
  const Event* visit = Find(reception, "CONSULT");
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(visit->cameo, "043");
  EXPECT_EQ(Countries(visit->actor), "DEU");
  EXPECT_EQ(Countries(visit->recipient), "SAU");
  // Objects joined by و are all addressed.
  const auto appeal =
      CodeBody("ودعا الرئيس اليمني الميليشيات الحوثية وقوات صالح إلى احترام الهدنة الإنسانية.");
  const Event* request = Find(appeal, "REQUEST");
  ASSERT_NE(request, nullptr);
  EXPECT_EQ(request->cameo, "1056");
  EXPECT_EQ(request->recipient.size(), 2u);
  // A dual title names both sides: the first holder meets the second.
  ExpectSides(CodeBody("والتقى رئيسا الوزراء الهندي ناريندرا مودي والباكستاني نواز شريف أمس."), "CONSULT",
              "IND", "PAK");
  // An official receiving his own state's officials is no diplomacy.
  EXPECT_EQ(Find(CodeBody("استقبل أمير منطقة الرياض أمس وزير الإسكان السعودي في مكتبه."), "CONSULT"),
            nullptr);
}

TEST_F(EventsTest, AttacksToldWithoutTheirDoerTalliesAndCircumstances) {
  // The same attack told first without its doer, then with it, is one attack by the named doer.
  const auto attack = CodeBody(
      "قتل عنصران من الشرطة التركية صباح اليوم في هجوم جديد في أضنة.\n"
      "وأضافت الوكالة أن مقاتلين من حزب العمال الكردستاني هاجموا عناصر "
      "الشرطة التركية في المدينة.");
  ASSERT_EQ(Count(attack, "ASSAULT"), 1);
  ASSERT_FALSE(Find(attack, "ASSAULT")->actor.empty());
  EXPECT_EQ(Find(attack, "ASSAULT")->actor[0].org, "PKK");
  EXPECT_EQ(Find(attack, "ASSAULT")->mentions.size(), 2u);
  // Killings counted since a time are a tally; منذ after a superlative only dates a record.
  EXPECT_EQ(Count(CodeBody("ومنذ بداية الشهر الحالي، قتل 13 جنديا في هجمات في جنوب شرق تركيا."), "ASSAULT"),
            0);
  EXPECT_EQ(Count(CodeBody("وتشن قوات التحالف غارات جوية على اليمن منذ مارس الماضي."), "ASSAULT"), 0);
  EXPECT_EQ(Count(CodeBody("وقصفت طائرات حربية تركية أمس مواقع لتنظيم داعش في سوريا في أعنف "
                           "هجوم منذ أشهر."),
                  "ASSAULT"),
            1);
  // "بدعم من": the support is a circumstance of another act.
  EXPECT_EQ(Count(CodeBody("وتنفذ القوات العراقية بدعم من الحشد الشعبي عمليات في الأنبار."), "SUPPORT"), 0);
  // Gunmen "of" a group named behind جماعة and quotes are the group's; their object is the victim.
  const auto gunmen =
      CodeBody("قتل مسلحون من جماعة \"بوكو حرام\" عشرات الاشخاص في قرى في شمال شرقي نيجيريا.");
  const Event* killing = Find(gunmen, "ASSAULT");
  ASSERT_NE(killing, nullptr);
  ASSERT_FALSE(killing->actor.empty());
  EXPECT_EQ(killing->actor[0].org, "BOKOHARAM");
  EXPECT_EQ(Countries(killing->recipient), "NGA");
  // Victims in a town no lexicon knows are of the state the article's places lie in, not of the
  // nationality adjective in the headline.
  const auto victims = Code(MakeArticle("وزير الدفاع الأميركي يلتقي العبادي",
                                        "وصل الوزير الأميركي إلى بغداد أمس في زيارة للعراق.\n"
                                        "وقال مصدر أمني إن تنظيم داعش أعدم أربعة سائقين في مدينة الشرقاط."));
  ExpectSides(victims, "ASSAULT", "", "IRQ");
  // Sanctions whose relative clause names who imposed them.
  ExpectSides(CodeBody("وقالت الخارجية الروسية إن العقوبات الجديدة التي فرضتها الولايات المتحدة على "
                       "روسيا تظهر أن واشنطن تريد التصعيد."),
              "SANCTION", "USA", "RUS");
  // A protest is addressed to whom it is against, else to its own state's authorities that the article
  // names; an adjective in what it is against is not where it happened.
  ExpectSides(CodeBody("تظاهر مئات الأتراك في اسطنبول ضد تنظيم داعش أمس."), "PROTEST", "TUR", "");
  EXPECT_EQ(
      Find(CodeBody("تظاهر مئات الأتراك في اسطنبول ضد تنظيم داعش أمس."), "PROTEST")->recipient.at(0).org,
      "ISIL");
  ExpectSides(Code(MakeArticle("السلطات الإيرانية تقمع تظاهرة لمدرسين في طهران",
                               "تظاهر أمس ألفا مدرس أمام مجلس الشورى في طهران للمطالبة بزيادة الأجور.")),
              "PROTEST", "IRN", "IRN");
  ExpectSides(Code(MakeArticle("مظاهرة في تايمز سكوير ضد الاتفاق النووي الإيراني",
                               "تجمع متظاهرون يوم الأربعاء في تايمز سكوير بنيويورك للتنديد بالاتفاق ودعوا "
                               "الكونغرس الأميركي إلى رفضه.")),
              "PROTEST", "USA", "USA");
  // An act announced by a noun is reported; an arrest so announced is the announcer's; an attack says its
  // doer after it (برصاص، على يد، في غارة), and a verb so told is passive; a verb of beginning carries its
  // verbal noun.
  ExpectSides(CodeBody("أعلن وزير الداخلية العراقي أمس اعتقال المتورطين في التفجير."), "COERCE", "IRQ",
              "IRQ");
  ExpectSides(CodeBody("قتل شاب فلسطيني صباح أمس برصاص الجيش الإسرائيلي قرب جنين."), "ASSAULT", "ISR", "PSE");
  const auto claimed = CodeBody("وأعلن الجيش التركي أمس مقتل ثلاثة جنود على يد حزب العمال الكردستاني.");
  EXPECT_EQ(FirstParty(claimed, "ASSAULT", /*actor=*/true).org, "PKK");
  ExpectSides(CodeBody("أبلغت تركيا الأمم المتحدة يوم الجمعة أنها بدأت في شن غارات جوية ضد تنظيم "
                       "داعش في سورية."),
              "ASSAULT", "TUR", "");
  // A condemned attack's genitive armed group did it.
  const auto shelling = CodeBody("أدانت الأمم المتحدة أمس قصف المتمردين الحوثيين لمناطق سكنية في عدن.");
  EXPECT_EQ(FirstParty(shelling, "ACCUSE", /*actor=*/false).sector, "REB");
  // A possessive meeting noun reaches its guest past a date and a place; welcoming a guest is courtesy.
  const auto met = CodeBody(
      "ودعا الرئيس اليمني خلال لقائه، أمس في الرياض، مبعوث الأمين العام "
      "للأمم المتحدة إلى اليمن إلى زيارة عدن.");
  EXPECT_TRUE(std::any_of(met.begin(), met.end(), [](const Event& e) {
    return e.cameo == "044" && Countries(e.actor) == "YEM" && !e.recipient.empty() &&
           e.recipient[0].org == "UN";
  }));
  EXPECT_EQ(Count(CodeBody("ورحب خادم الحرمين الشريفين برئيس الوزراء اللبناني تمام سلام."), "SUPPORT"), 0);
  // Appreciation of what a party did is praise of that party.
  ExpectSides(CodeBody("وقدر رئيس الوزراء اللبناني تمام سلام عالياً اهتمام خادم الحرمين الشريفين "
                       "بتعزيز العلاقات."),
              "SUPPORT", "LBN", "SAU");
  // An attack on a site is on the site's owner; a plural past is its verb (فتحوا).
  const auto sites = CodeBody("وكان متطرفون فتحوا أمس النار من سوريا على مركز حدودي للجيش التركي.");
  ASSERT_NE(Find(sites, "ASSAULT"), nullptr);
  EXPECT_EQ(Countries(Find(sites, "ASSAULT")->recipient), "TUR");
  const auto positions = CodeBody("وشنت مقاتلات التحالف أمس غارات على مواقع للحوثيين في محافظة لحج.");
  EXPECT_EQ(FirstParty(positions, "ASSAULT", /*actor=*/false).sector, "REB");
  // Disapproval names whose words it is about as their genitive.
  ExpectSides(CodeBody("أعرب الأمين العام لمجلس التعاون لدول الخليج العربية عن استغرابه من تناقض "
                       "تصريحات القيادات الإيرانية."),
              "ACCUSE", "", "IRN");
  // A siege on a place is on its state's people; a site as the direct object has an owner; a denial of
  // a capital's accusations answers its state; the envoy named in the phrase is of his state.
  ExpectSides(CodeBody("وفرضت إسرائيل حصارا على قطاع غزة."), "COERCE", "ISR", "PSE");
  ExpectSides(CodeBody("وقصفت القوات الروسية مواقع للمعارضة السورية في ريف إدلب."), "ASSAULT", "RUS", "SYR");
  ExpectSides(CodeBody("ونفت وزارة الخارجية الروسية اتهامات واشنطن."), "REJECT", "RUS", "USA");
  ExpectSides(CodeBody("واستدعت وزارة الخارجية المصرية السفير التركي في القاهرة."), "ACCUSE", "EGY", "TUR");
  // Praise of what a party did is praise of the party; a country's name is no verb (وتشاد is not تشاد).
  ExpectSides(CodeBody("وأشاد الأمين العام للأمم المتحدة بجهود الكويت في دعم اللاجئين السوريين."), "SUPPORT",
              "", "KWT");
  EXPECT_EQ(Count(CodeBody("واتخذت المؤسسة تدابير ضد كل من رواندا وزامبيا وتشاد والنيجر."), "SUPPORT"), 0);
  // An official carried over as subject is no killer of the victims counted after the verb.
  const auto counted = CodeBody(
      "وأشاد الأمين العام للأمم المتحدة بجهود الكويت.\n"
      "وقتل 20 شخصا على الأقل في تفجير انتحاري استهدف مسجدا في صنعاء.");
  ASSERT_NE(Find(counted, "ASSAULT"), nullptr);
  for (const EventParty& p : Find(counted, "ASSAULT")->actor) EXPECT_NE(p.org, "UN");
  // A call framed by a phone noun is the verb's, with the partner after مع; a state joined to the subject
  // by و acts too.
  const auto phoned = CodeBody("وبحث الرئيس الفرنسي في اتصال هاتفي مع نظيره الأمريكي الأوضاع في سوريا.");
  ExpectSides(phoned, "CONSULT", "FRA", "USA");
  EXPECT_EQ(Find(phoned, "CONSULT")->cameo, "041");
  ExpectSides(CodeBody("ووقعت السعودية وفرنسا أمس اتفاقية للتعاون العسكري."), "SUPPORT", "FRA+SAU", "");
  ExpectSides(CodeBody("وتظاهر آلاف الأردنيين أمام السفارة الإسرائيلية."), "PROTEST", "JOR", "ISR");
  // Members of a group counted after an arrest are the group's.
  const auto members = CodeBody("واعتقلت قوات الأمن المصرية 15 من أنصار جماعة الإخوان المسلمين.");
  ASSERT_NE(Find(members, "COERCE"), nullptr);
  ASSERT_FALSE(Find(members, "COERCE")->recipient.empty());
  EXPECT_FALSE(Find(members, "COERCE")->recipient[0].org.empty());
  // Armed men "unknown" are one party; the public a state's authorities act on is their own; a
  // two-word preposition of the table (إلى جانب) is read as one.
  const auto kidnap = CodeBody("واختطف مسلحون مجهولون ثلاثة مواطنين أتراك في بغداد.");
  EXPECT_EQ(FirstParty(kidnap, "ASSAULT", /*actor=*/true).text, "مسلحون مجهولون");
  ExpectSides(CodeBody("وأعدمت السلطات الإيرانية ثلاثة أشخاص بتهمة تهريب المخدرات."), "ASSAULT", "IRN",
              "IRN");
  ExpectSides(CodeBody("وأكد وزير الخارجية السعودي وقوف المملكة العربية السعودية إلى جانب البحرين."),
              "SUPPORT", "SAU", "BHR");
  // A headline's imperfect of an assimilated verb is its visit (يصل → وصل); extended sanctions are
  // sanctions; "احتجاجا على" is the reason of the summons before it.
  ExpectSides(Code(MakeArticle("وزير الخارجية الأمريكي يصل إلى القاهرة", "")), "CONSULT", "USA", "EGY");
  ExpectSides(Code(MakeArticle("الاتحاد الأوروبي يمدد العقوبات على روسيا", "")), "SANCTION", "", "RUS");
  EXPECT_EQ(Count(Code(MakeArticle("مصر تستدعي السفير القطري احتجاجا على تصريحات", "")), "ACCUSE"), 1);
  const auto taliban = Code(MakeArticle("مقتل 12 جنديا في هجوم لطالبان على قاعدة عسكرية", ""));
  EXPECT_EQ(FirstParty(taliban, "ASSAULT", /*actor=*/true).org, "TALIBAN");
  // What a meeting discusses, what is given as a rule and what condolences are offered for are no acts.
  EXPECT_EQ(
      Count(Code(MakeArticle("ولي العهد يبحث ووزير الخارجية المصري دعم العلاقات الثنائية", "")), "SUPPORT"),
      0);
  EXPECT_EQ(Count(CodeBody("وتمنح الولايات المتحدة حاليا اسرائيل ثلاثة مليارات دولار سنويا."), "AID"), 0);
  EXPECT_EQ(Count(CodeBody("وقدم الرئيس الأمريكي تعازيه في ضحايا هجوم انتحاري بسيارة ملغومة قتل "
                           "أكثر من 100 شخص في محافظة ديالى."),
                  "ASSAULT"),
            0);
}

TEST_F(EventsTest, ThreatTargetsAccusativesAndProtestSummaries) {
  // A threat's target is the party of what it threatens to do.
  ExpectSides(CodeBody("هدد المتمردون الحوثيون أمس باستهداف المدن السعودية بالصواريخ."), "THREATEN", "YEM",
              "SAU");
  // A nationality in the indefinite accusative (أسيرا فلسطينيا) names the side.
  ExpectSides(CodeBody("أفرجت السلطات الإسرائيلية أمس عن 26 أسيرا فلسطينيا."), "RETREAT", "ISR", "PSE");
  // A delegation in the accusative, "of" a state's body, is that body's.
  const auto delegation = Code(
      MakeArticle("",
                  "استقبل الرئيس التونسي الباجي قائد السبسي أمس وفدا من الكونغرس الأمريكي برئاسة السيناتور "
                  "جون ماكين."));
  EXPECT_EQ(FirstParty(delegation, "CONSULT", /*actor=*/true).country, "USA");
  EXPECT_EQ(FirstParty(delegation, "CONSULT", /*actor=*/true).sector, "LEG");
  // A headline's protest by a crowd it does not name is the article's one protest.
  const auto protests =
      Code(MakeArticle("مظاهرة في تايمز سكوير ضد الاتفاق النووي الإيراني",
                       "تجمع متظاهرون يوم الأربعاء في تايمز سكوير بنيويورك للتنديد بالاتفاق "
                       "النووي الإيراني داعين الكونغرس الأميركي إلى رفض الاتفاق."));
  EXPECT_EQ(
      std::count_if(protests.begin(), protests.end(), [](const Event& e) { return e.category == "PROTEST"; }),
      1);
  ExpectSides(protests, "PROTEST", "USA", "USA");
}

TEST_F(EventsTest, FramingMeetingsFrontedPlacesAndTiesOfTheTargets) {
  // A meeting that frames a statement (خلال لقائه) is the owner's meeting with the one after it.
  ExpectSides(CodeBody("أكد الرئيس المصري عبد الفتاح السيسي خلال لقائه وزير الخارجية الأمريكي جون "
                       "كيري في القاهرة اليوم أهمية التعاون بين البلدين."),
              "CONSULT", "EGY", "USA");
  // A place of its own after the verb's preposition leaves the subject after it (وصل إلى الرياض أمس الرئيس).
  ExpectSides(CodeBody("وصل إلى الرياض أمس الرئيس الفرنسي فرانسوا هولاند في زيارة رسمية."), "CONSULT", "FRA",
              "SAU");
  // Disapproval through ب names the doer of what is disapproved.
  ExpectSides(CodeBody("نددت الولايات المتحدة بإطلاق كوريا الشمالية صاروخا باليستيا أمس."), "ACCUSE", "USA",
              "PRK");
  // Those sanctioned or attacked for their ties to a party are that party's side.
  const auto sanctioned =
      CodeBody("فرضت وزارة الخزانة الأمريكية عقوبات على خمسة أفراد مرتبطين بحزب الله اللبناني.");
  EXPECT_EQ(FirstParty(sanctioned, "SANCTION", /*actor=*/true).country, "USA");
  EXPECT_EQ(FirstParty(sanctioned, "SANCTION", /*actor=*/false).org, "HZB");
  // A crowd's protest adverb is the crowd's, not the embassy's before which they stood; a nation named by
  // its people is their public.
  const auto embassy = CodeBody(
      "تظاهر آلاف الأردنيين أمس أمام السفارة الإسرائيلية في عمان احتجاجا على "
      "الاعتداءات على المسجد الأقصى.");
  EXPECT_EQ(Find(embassy, "ACCUSE"), nullptr);
  EXPECT_EQ(FirstParty(embassy, "PROTEST", /*actor=*/true).sector, "CVL");
  // Members of a group are its side; a strike by a craft names its state; a headline that says no target
  // is the body's act.
  const auto arrest = Code(MakeArticle(
      "", "ألقت الشرطة المصرية القبض على قيادي بارز في جماعة الإخوان المسلمين في محافظة الجيزة."));
  EXPECT_EQ(FirstParty(arrest, "COERCE", /*actor=*/false).org, "MB");
  const auto strike =
      Code(MakeArticle("طائرة أمريكية بدون طيار تقتل قياديا في القاعدة",
                       "قتل قيادي في تنظيم القاعدة بغارة لطائرة أمريكية بدون طيار في محافظة شبوة."));
  EXPECT_EQ(
      std::count_if(strike.begin(), strike.end(), [](const Event& e) { return e.category == "ASSAULT"; }), 1);
  EXPECT_EQ(FirstParty(strike, "ASSAULT", /*actor=*/true).country, "USA");
  EXPECT_EQ(FirstParty(strike, "ASSAULT", /*actor=*/false).org, "AQ");
  // A missile fired toward a town is fired at its state's people; a city the analyser reads as a clitic on
  // a word (بنغازي → ب+نغاز+ي) keeps its name as the place.
  ExpectSides(CodeBody("أطلقت جماعة الحوثي صاروخا باليستيا باتجاه مدينة جازان السعودية."), "ASSAULT", "YEM",
              "SAU");
  const auto benghazi = Code(MakeArticle(
      "", "انفجرت سيارة مفخخة أمس أمام مقر للجيش الليبي في مدينة بنغازي ما أدى إلى مقتل ثلاثة جنود."));
  ASSERT_NE(Find(benghazi, "ASSAULT"), nullptr);
  EXPECT_EQ(Find(benghazi, "ASSAULT")->location, "بنغازي");
  // Victims of a nation, counted by a dual: the soldiers of that state; the doer after نفذه.
  const auto stabbing = CodeBody(
      "قتل جنديان إسرائيليان وأصيب ثالث بجروح في هجوم بالسكين نفذه فلسطيني "
      "قرب مستوطنة في الضفة الغربية.");
  EXPECT_EQ(FirstParty(stabbing, "ASSAULT", /*actor=*/true).country, "PSE");
  EXPECT_EQ(FirstParty(stabbing, "ASSAULT", /*actor=*/false).country, "ISR");
  EXPECT_EQ(FirstParty(stabbing, "ASSAULT", /*actor=*/false).sector, "MIL");
}

TEST_F(EventsTest, AcceptedInvitationsAndDeniedAccusations) {
  // An accepted invitation is addressed to the inviter, and the one who accepts is the future visitor.
  const auto accepted =
      CodeBody("لبى الرئيس السوداني عمر البشير دعوة أمير قطر الشيخ تميم بن حمد لزيارة الدوحة.");
  ExpectSides(accepted, "AGREE", "SDN", "QAT");
  ExpectFutureVisit(accepted, "SDN", "QAT");
  ExpectSides(CodeBody("وقبل أمير الكويت الدعوة التي وجهها إليه الرئيس الفرنسي لزيارة فرنسا."), "AGREE",
              "KWT", "FRA");
  // Rejecting accusations is a denial aimed at the accuser, whatever phrase its words also make.
  const auto denial = Code(
      MakeArticle("", "رفضت وزارة الخارجية الإيرانية اتهامات البحرين لطهران بالتدخل في شؤونها الداخلية."));
  ExpectSides(denial, "REJECT", "IRN", "BHR");
  EXPECT_EQ(Find(denial, "ACCUSE"), nullptr);
  // A capital right after the subject of an appeal or accusation is the state addressed.
  ExpectSides(CodeBody("ودعت الخارجية الروسية واشنطن إلى الحوار بدلا من فرض العقوبات."), "REQUEST", "RUS",
              "USA");
  ExpectSides(CodeBody("اتهمت طهران الرياض أمس بدعم الجماعات المسلحة في سوريا."), "ACCUSE", "IRN", "SAU");
}

TEST_F(EventsTest, PluperfectVisitsDenialsAndIntentions) {
  // A city a verb of visiting takes as its object is the visit's host state; a pluperfect visit happened.
  const auto earlier = Code(
      MakeArticle("", "وكان الرئيس الفرنسي قد زار الرياض في مايو الماضي حيث التقى خادم الحرمين الشريفين."));
  ExpectSides(earlier, "CONSULT", "FRA", "SAU");
  EXPECT_EQ(Find(earlier, "CONSULT")->modality, "asserted");
  // What a denial says did not happen.
  const auto denied = Code(MakeArticle(
      "الخارجية تنفي لقاء الوزير بنظيره الإسرائيلي",
      "نفى المتحدث باسم وزارة الخارجية المصرية أن يكون الوزير سامح شكري قد التقى نظيره الإسرائيلي."));
  ASSERT_NE(Find(denied, "CONSULT"), nullptr);
  EXPECT_EQ(Find(denied, "CONSULT")->modality, "negated");
  // A meeting noun after a verb of intending is its subject's plan.
  const auto planned = Code(MakeArticle(
      "",
      "يعتزم الرئيس الأمريكي باراك أوباما لقاء خادم الحرمين الشريفين الملك سلمان في واشنطن الشهر المقبل."));
  ExpectSides(planned, "CONSULT", "USA", "SAU");
  EXPECT_EQ(Find(planned, "CONSULT")->modality, "future");
  // Support said in the future tense is given now.
  const auto support = Code(MakeArticle("أوباما: سندعم العراق", ""));
  ASSERT_NE(Find(support, "SUPPORT"), nullptr);
  EXPECT_EQ(Find(support, "SUPPORT")->modality, "asserted");
}

TEST_F(EventsTest, ClaimsMartyrsAndTies) {
  // A claim of responsibility is the claimed attack, the claimant its doer, the place it struck its target.
  const auto claimed = CodeBody("أعلن تنظيم داعش مسؤوليته عن الهجوم الانتحاري الذي استهدف مسجدا في الكويت.");
  EXPECT_EQ(FirstParty(claimed, "ASSAULT", /*actor=*/true).org, "ISIL");
  EXPECT_EQ(FirstParty(claimed, "ASSAULT", /*actor=*/false).country, "KWT");
  // A company that takes responsibility for a scandal attacks no one.
  EXPECT_EQ(Find(CodeBody("وأعلن رئيس الشركة مسؤوليته عن الخسائر وقدم استقالته."), "ASSAULT"), nullptr);
  // Martyred by fire: the subject is the victim, the doer after برصاص; citing is no killing.
  ExpectSides(CodeBody("استشهد ثلاثة فلسطينيين برصاص قوات الاحتلال الإسرائيلي في مدينة الخليل."), "ASSAULT",
              "ISR", "PSE");
  EXPECT_TRUE(CodeBody("وقال الوزير مستشهدا بقول الشاعر إن الوحدة قوة.").empty());
  // Those arrested for ties to a group are the group's side, not people counted.
  const auto suspects = Code(
      MakeArticle("", "أوقف الجيش اللبناني خمسة أشخاص يشتبه في انتمائهم إلى جبهة النصرة في بلدة عرسال."));
  EXPECT_EQ(FirstParty(suspects, "COERCE", /*actor=*/false).org, "NUSRA");
}

TEST_F(EventsTest, JsonOrganisationsAreTheManuals) {
  // An organisation the manual does not list is given as `group`; `org` stays "".
  const Article a = MakeArticle("", "ألقت الشرطة المصرية القبض على قيادي بارز في جماعة الإخوان المسلمين.");
  const auto events = Code(a);
  const Event* arrest = Find(events, "COERCE");
  ASSERT_NE(arrest, nullptr);
  const std::string json = EventToJson(a, *arrest);
  EXPECT_NE(json.find(R"("org":"","sector":"OPP","group":"MB")"), std::string::npos) << json;
  // A phrase's word inside an organisation's name fires nothing (منظمة التعاون is no call to cooperate), and
  // an organisation right after another is the object, not part of the title's phrase.
  const auto call = CodeBody(
      "ودعا الأمين العام لمنظمة التعاون الاسلامي فرقة العمل المشتركة المتعددة "
      "الجنسيات في المنطقة لضرورة تكثيف جهودها في مكافحة الإرهاب.");
  EXPECT_EQ(FirstParty(call, "REQUEST", /*actor=*/true).org, "OIC");
  EXPECT_EQ(FirstParty(call, "REQUEST", /*actor=*/false).sector, "MIL");
  EXPECT_TRUE(IsManualOrganisation("CICA"));
  EXPECT_FALSE(IsManualOrganisation("NATO"));
}

TEST_F(EventsTest, WelcomingADecisionEndorsesItsMaker) {
  ExpectSides(CodeBody("رحبت الولايات المتحدة بالاتفاق الذي توصلت إليه الأطراف الليبية في الصخيرات."),
              "SUPPORT", "USA", "LBY");
  const auto resolution = CodeBody("رحب مجلس التعاون لدول الخليج العربية بقرار مجلس الأمن الدولي.");
  EXPECT_EQ(FirstParty(resolution, "SUPPORT", /*actor=*/false).org, "UN");
  // A guest welcomed is a courtesy formula.
  EXPECT_EQ(Find(CodeBody("ورحب الرئيس المصري بولي ولي العهد السعودي الأمير محمد بن سلمان."), "SUPPORT"),
            nullptr);
}

TEST_F(EventsTest, OfficialsOfSeveralStatesMeetMultilaterally) {
  const auto meeting = CodeBody("عقد وزراء خارجية مصر والأردن والسعودية اجتماعا ثلاثيا في عمان أمس.");
  const Event* e = Find(meeting, "CONSULT");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->mode, "multilateral");
  EXPECT_EQ(e->actor.size(), 3u);
  EXPECT_TRUE(e->recipient.empty());
}

TEST_F(EventsTest, AnOutletsCountryFromItsAddressOrItsAgency) {
  // An outlet the sources table does not name by its source: its web address, or the agency in the dateline.
  Article by_address =
      MakeArticle("", "استقبل ولي العهد في مكتبه أمس سفير جمهورية الصين الشعبية لدى المملكة.");
  by_address.url = "http://www.alriyadh.com/1067990";
  ExpectSides(Code(by_address), "CONSULT", "CHN", "SAU");
  ExpectSides(CodeBody("الرياض - واس\nاستقبل ولي العهد في مكتبه أمس سفير جمهورية الصين الشعبية لدى "
                       "المملكة."),
              "CONSULT", "CHN", "SAU");
  // Or the country's domain the address ends with (not a generic one sold to anyone, like .tv).
  Article by_domain = MakeArticle("", "استقبل ولي العهد في مكتبه أمس سفير جمهورية الصين الشعبية.");
  by_domain.url = "https://news.example.jo/article/1";
  ExpectSides(Code(by_domain), "CONSULT", "CHN", "JOR");
  by_domain.url = "https://news.example.tv/article/1";
  EXPECT_EQ(Find(Code(by_domain), "CONSULT"), nullptr);
  // Without either, the crown prince is of no known state and the reception names no one.
  EXPECT_EQ(Find(CodeBody("استقبل ولي العهد في مكتبه أمس سفير جمهورية الصين الشعبية."), "CONSULT"), nullptr);
}

TEST_F(EventsTest, MeetingsOnTheSidelines) {
  // The occasion after على هامش is no party; the one met may come after the place.
  const auto sidelines = CodeBody(
      "التقى وزير الخارجية السعودي عادل الجبير على هامش أعمال الجمعية العامة "
      "للأمم المتحدة في نيويورك نظيره الإيراني محمد جواد ظريف.");
  ExpectSides(sidelines, "CONSULT", "SAU", "IRN");
  EXPECT_EQ(Find(sidelines, "CONSULT")->cameo, "044");
}

TEST_F(EventsTest, RocketsAndPoliceKilled) {
  // Rockets fired on a state, with a direction word before it.
  ExpectSides(CodeBody("أطلقت فصائل فلسطينية صواريخ على جنوب إسرائيل من قطاع غزة."), "ASSAULT", "PSE", "ISR");
  // Police killed, unnamed, are of the state where it happened.
  const auto police = CodeBody("قتل شرطيان في انفجار عبوة ناسفة استهدفت دوريتهما في مدينة العريش.");
  EXPECT_TRUE(std::any_of(police.begin(), police.end(), [](const Event& e) {
    return e.category == "ASSAULT" && !e.recipient.empty() && e.recipient[0].sector == "COP" &&
           e.recipient[0].country == "EGY";
  }));
}

TEST_F(EventsTest, LookAlikesOfCrowdsAndCalls) {
  // A march of a body or an undertaking is its course; اعتصم بـ holds fast; يدعى names.
  EXPECT_TRUE(Code(MakeArticle("خادم الحرمين يبحث مع الزياني مسيرة دول مجلس التعاون", "")).empty());
  EXPECT_TRUE(CodeBody("وأكد الأمين العام حرص الدول الأعضاء على دعم مسيرة العمل الخليجي المشترك.").empty());
  EXPECT_EQ(Find(CodeBody("وقال الخطيب: اعتصموا بحبل الله جميعا ولا تفرقوا أمام الفتن."), "PROTEST"),
            nullptr);
  EXPECT_EQ(Find(CodeBody("وقال أحد الناشطين في مدينة ودان ويدعى محمود الشيباني إن الميليشيات استولت "
                          "على الأسلحة."),
                 "REQUEST"),
            nullptr);
  // A named organisation's words fire no trigger: طالبان is the Taliban, not "they both demanded".
  EXPECT_EQ(Find(CodeBody("وأكد مقتله اثنان من أعضاء حركتي طالبان الأفغانية والباكستانية."), "REQUEST"),
            nullptr);
  // Sport tells its matches in the words of politics.
  EXPECT_TRUE(CodeBody("وفي الجولة الأولى من التصفيات يلتقي المنتخب الإسباني مع ضيفه ليختنشتاين.").empty());
  EXPECT_TRUE(CodeBody("منعت السلطات الإندونيسية خمسة من لاعبي روما دخول أراضيها لخوض مباراة ودية.").empty());
  EXPECT_EQ(Find(CodeBody("وقام السائق بالسير باتجاه تجمع سكاني لمحاولة الهرب من مطاردة الشباب."), "PROTEST"),
            nullptr);
  EXPECT_EQ(Find(CodeBody("وقصفت مقاتلات التحالف تجمعات المتمردين الحوثيين في محافظة تعز."), "PROTEST"),
            nullptr);
  // A real march is still one.
  ASSERT_NE(Find(Code(MakeArticle(
                     "", "وخرجت مسيرة حاشدة في عمان أمس ضد الاعتداءات الإسرائيلية على المسجد الأقصى.")),
                 "PROTEST"),
            nullptr);
}

TEST_F(EventsTest, CrowdsStormingAndOnePersonArrested) {
  // Protesters storming an embassy riot against the embassy's state.
  const auto stormed = Code(MakeArticle("متظاهرون يقتحمون السفارة السويدية في بغداد", ""));
  ASSERT_NE(Find(stormed, "PROTEST"), nullptr);
  EXPECT_EQ(Find(stormed, "PROTEST")->cameo, "145");
  EXPECT_EQ(Countries(Find(stormed, "PROTEST")->recipient), "SWE");
  // One person named by what he is, arrested; the outlet quoted after وفق ما is no party.
  const auto arrested = Code(MakeArticle(
      "", "اعتقلت السلطات الإيرانية صحفيا بتهمة نشر أخبار كاذبة، وفق ما أفادت وكالة أنباء فارس."));
  const Event* arrest = Find(arrested, "COERCE");
  ASSERT_NE(arrest, nullptr);
  ASSERT_EQ(arrest->recipient.size(), 1u);
  EXPECT_EQ(arrest->recipient[0].text, "صحفيا");
  EXPECT_EQ(arrest->recipient[0].sector, "MED");
}

TEST_F(EventsTest, ClaimsSanctionsCallsAndClashes) {
  // An armed party announcing a strike claims it.
  const auto claim = Code(MakeArticle("الحوثيون يعلنون استهداف سفينة في البحر الأحمر", ""));
  ASSERT_NE(Find(claim, "ASSAULT"), nullptr);
  EXPECT_EQ(Find(claim, "ASSAULT")->actor[0].org, "HOUTHI");
  // A capital imposing sanctions is its state; the accused after a ب-charge is no subject.
  const auto sanctions = Code(MakeArticle(
      "واشنطن تفرض عقوبات جديدة على إيران",
      "أعلنت وزارة الخزانة الأمريكية فرض عقوبات على شبكة من الشركات تتهمها بتسهيل بيع النفط الإيراني."));
  ExpectSides(sanctions, "SANCTION", "USA", "IRN");
  EXPECT_EQ(Find(sanctions, "ACCUSE"), nullptr);
  // Talks that the body says were held by phone are a call.
  const auto call = Code(MakeArticle("وزير الخارجية السعودي يبحث مع نظيره الأردني المستجدات",
                                     "بحث وزير الخارجية الأمير فيصل بن فرحان بن عبدالله، مع وزير الخارجية "
                                     "وشؤون المغتربين الأردني أيمن الصفدي، خلال اتصال هاتفي اليوم، تطورات "
                                     "الأوضاع في المنطقة."));
  ASSERT_NE(Find(call, "CONSULT"), nullptr);
  EXPECT_EQ(Find(call, "CONSULT")->cameo, "041");
  // Clashes between two named sides: one is the actor, the other the recipient.
  const auto clash = CodeBody("اندلعت اشتباكات عنيفة بين الجيش السوداني وقوات الدعم السريع في الخرطوم.");
  const Event* fight = Find(clash, "ASSAULT");
  ASSERT_NE(fight, nullptr);
  EXPECT_EQ(fight->actor.size(), 1u);
  ASSERT_EQ(fight->recipient.size(), 1u);
  EXPECT_EQ(fight->recipient[0].org, "RSF");
  // A threat's target is whom the threatened act is against.
  const auto threat = Code(MakeArticle(
      "", "هدد الرئيس التركي رجب طيب أردوغان بشن عملية عسكرية جديدة ضد المسلحين الأكراد في شمال سوريا."));
  ASSERT_NE(Find(threat, "THREATEN"), nullptr);
  EXPECT_EQ(Find(threat, "THREATEN")->recipient[0].text, "المسلحين");
  // A name whose first letter reads as a clitic (بلينكن) is the subject, not a ب-party.
  ExpectSides(CodeBody("وأشاد بلينكن بالدور المصري في جهود التهدئة."), "SUPPORT", "USA", "EGY");
}

TEST_F(EventsTest, WhoseStanceAndWhichParties) {
  // A speaker of no stated state voices his state's stance (the formula of official agencies).
  const auto stance = CodeBody(
      "أعرب مصدر مسؤول في وزارة الخارجية عن إدانة المملكة العربية السعودية "
      "واستنكارها الشديدين للهجوم الإرهابي الذي استهدف مسجدا في قندهار.");
  ASSERT_EQ(stance.size(), 1u);
  EXPECT_EQ(Countries(stance[0].actor), "SAU");
  // "The two ministers" are the two the article named, not a lexicon group of one state.
  const auto both = Code(MakeArticle(
      "",
      "تلقى وزير الخارجية بدر عبد العاطي اتصالا هاتفيا من نظيره التركي هاكان فيدان.\n"
      "وأدان الوزيران الاعتداءات الإسرائيلية على لبنان.\nواتفق الوزيران على مواصلة التنسيق والتشاور."));
  ExpectSides(both, "ACCUSE", "EGY+TUR", "ISR");
  ExpectSides(both, "AGREE", "EGY+TUR", "");
  // A family name that is a nationality, right after a verb, is the man named in full before; praise of a
  // party's stand names that party, not one inside the stand.
  const auto iraq = CodeBody(
      "التقى رئيس مجلس الوزراء العراقي محمد شياع السوداني، الرئيس الإيراني "
      "مسعود بزشكيان في طهران.\nوأعرب السوداني عن تقديره لموقف إيران الداعم "
      "للعراق.");
  ExpectSides(iraq, "SUPPORT", "IRQ", "IRN");
}

TEST_F(EventsTest, DronesCountedFightersAndOneAttackPerSides) {
  // Drones are no marches; an attack told with and without its target is one.
  const auto drones = Code(MakeArticle("روسيا تشن هجوما واسعا بالمسيرات على كييف",
                                       "شنت روسيا هجوما واسعا بالطائرات المسيرة والصواريخ على العاصمة "
                                       "الأوكرانية كييف الليلة الماضية."));
  EXPECT_EQ(Find(drones, "PROTEST"), nullptr);
  ASSERT_EQ(drones.size(), 1u);
  EXPECT_EQ(Countries(drones[0].recipient), "UKR");
  // Fighters counted after a named killer are the other side.
  const auto fighters =
      CodeBody("قتلت قوات الأمن الباكستانية 12 مسلحا في عملية عسكرية بإقليم خيبر بختونخوا.");
  const Event* killed = Find(fighters, "ASSAULT");
  ASSERT_NE(killed, nullptr);
  ASSERT_EQ(killed->recipient.size(), 1u);
  EXPECT_EQ(killed->recipient[0].sector, "INS");
  // A suicide bombing's headline and body, its place named two ways, are one attack.
  const auto bombing = Code(MakeArticle("تفجير انتحاري يستهدف مسجدا في بيشاور",
                                        "قتل 30 شخصا على الأقل في تفجير انتحاري استهدف مسجدا في مدينة "
                                        "بيشاور الباكستانية خلال صلاة الجمعة."));
  EXPECT_EQ(
      std::count_if(bombing.begin(), bombing.end(), [](const Event& e) { return e.category == "ASSAULT"; }),
      1);
  // The deputy head of a movement's political bureau is the movement's.
  ExpectSides(CodeBody("اغتالت إسرائيل نائب رئيس المكتب السياسي لحركة حماس في غارة على "
                       "الضاحية الجنوبية لبيروت."),
              "ASSAULT", "ISR", "PSE");
}

TEST_F(EventsTest, PledgesAndSupportNameWhomTheyAreTo) {
  // A pledge names whom it is to further on: ل, مع, or the one supported.
  ExpectSides(CodeBody("تعهد الرئيس الأمريكي بمواصلة دعم أوكرانيا."), "AGREE", "USA", "UKR");
  ExpectSides(CodeBody("أكد وزير الخارجية التركي استعداد بلاده لتقديم كل الدعم للحكومة "
                       "السورية الجديدة."),
              "AGREE", "TUR", "SYR");
  ExpectSides(CodeBody("أبدى رئيس الوزراء الياباني رغبة بلاده في تعزيز التعاون مع الإمارات."), "AGREE", "JPN",
              "ARE");
  // دعم after عن is the noun: its owner and degree stand between it and whom it supports.
  ExpectSides(CodeBody("أعرب وزير الخارجية الفرنسي عن دعم بلاده الكامل لسيادة لبنان."), "SUPPORT", "FRA",
              "LBN");
  // An elected president is no national team.
  ExpectSides(CodeBody("قدم ولي العهد السعودي التهنئة للرئيس الإيراني المنتخب."), "SUPPORT", "SAU", "IRN");
}

TEST_F(EventsTest, ACapitalInReportedSpeechAndANisbaAdjective) {
  // After أن, a capital opens the clause as its state; a definite nisba after a definite noun is that noun's
  // adjective, not the verb's subject.
  ExpectSides(CodeBody("وأضاف عراقجي في تصريحات للصحفيين في بيروت أن طهران تدين العدوان الإسرائيلي "
                       "على لبنان."),
              "ACCUSE", "IRN", "ISR");
}

TEST_F(EventsTest, TheKingdomOfAKingdomsPressAndTheComingWeekday) {
  // In a Saudi daily, المملكة alone is Saudi Arabia; a bare weekday with a present-tense verb is the coming
  // one (told on Friday 24 July 2015: Monday the 27th), and the visit a plan.
  Article visit = MakeArticle("موغيريني تزور المملكة الاثنين",
                              "تصل فيدريكا موغيريني إلى المملكة الاثنين في أول زيارة رسمية.");
  visit.source = "okaz";
  visit.date = "2015-07-24 05:42:28";
  const auto events = Code(visit);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(Countries(events[0].recipient), "SAU");
  EXPECT_EQ(events[0].actor[0].org, "EU");
  EXPECT_EQ(events[0].modality, "future");
  EXPECT_EQ(events[0].date, "2015-07-27");
  // Prayer formulas and proverbs are no acts; يغير "changes" is no air raid.
  EXPECT_TRUE(CodeBody("وتناول ركن خادم الحرمين الشريفين مواقفه التاريخية - أيده الله - في "
                       "المعرض.")
                  .empty());
  EXPECT_EQ(Find(CodeBody("وقال إن الحكومة ستغير سياستها تجاه إيران."), "ASSAULT"), nullptr);
}

TEST_F(EventsTest, ThePressAndTheQuotedAreNoDoers) {
  // A news agency that tells of an attack did not make it; a speaker whose words are quoted did not either.
  const auto told = CodeBody(
      "ونقلت وكالة رويترز عن الناطق باسم الجبهة أن الهجوم الأخير استهدف "
      "المنطقة الأمنية في وسط المدينة.");
  for (const Event& e : told) {
    for (const EventParty& p : e.actor) EXPECT_NE(p.sector, "MED") << e.trigger;
  }
  const auto quoted = CodeBody(
      "وأعلن حاكم الولاية لوكالة فرانس برس \"هذا الصباح فجر انتحاري "
      "سترته الناسفة داخل سوق في المدينة\".");
  const Event* bombing = Find(quoted, "ASSAULT");
  ASSERT_NE(bombing, nullptr);
  ASSERT_FALSE(bombing->actor.empty());
  EXPECT_EQ(bombing->actor[0].sector, "INS");
}

TEST_F(EventsTest, TheInviteeHopingToVisitAccepts) {
  // The invitee's reply, hoping to make the invited visit, is an acceptance (AGREE 036) to the inviter; the
  // "UN envoy" (المبعوث الأممي) is the UN's.
  const auto events = Code(MakeArticle(
      "",
      "ودعا الرئيس اليمني عبدربه منصور هادي خلال لقائه اليوم مبعوث الأمين العام للأمم المتحدة إلى اليمن "
      "إسماعيل ولد الشيخ إلى زيارة محافظة عدن.\nمن جهته، أعرب المبعوث الأممي إلى اليمن عن أمله في أن "
      "يقوم بزيارة محافظة عدن في القريب العاجل."));
  const bool accepted = std::any_of(events.begin(), events.end(), [](const Event& e) {
    return e.cameo == "036" && !e.actor.empty() && e.actor[0].org == "UN" && !e.recipient.empty() &&
           e.recipient[0].country == "YEM";
  });
  EXPECT_TRUE(accepted);
}

TEST_F(EventsTest, ADualOfficeOfTwoStates) {
  // "The two envoys of the Kingdom and Namibia" affirm jointly: both states' envoys, no recipient.
  Article signing = MakeArticle("",
                                "وأكد مندوبا المملكة وجمهورية ناميبيا حرص البلدين على تعزيز العلاقات "
                                "وتوسيع آفاق التعاون بينهما في شتى المجالات.");
  signing.source = "alriyadh";
  ExpectSides(Code(signing), "AGREE", "SAU+NAM", "");
  EXPECT_EQ(Find(Code(signing), "AGREE")->actor[0].sector, "DIP");
}

TEST_F(EventsTest, SigningsBetweenSummitsThatGatherAndVisitsConcluded) {
  // A signing told in the passive names both sides after بين.
  ExpectSides(CodeBody("جرى التوقيع على مذكرة تفاهم بين مصر والسودان في مجال الربط الكهربائي."), "SUPPORT",
              "EGY+SDN", "");
  // A summit that brought its parties together is a multilateral meeting of all of them.
  const auto summit = CodeBody(
      "عقدت في بغداد اليوم قمة ثلاثية جمعت الرئيس المصري والعاهل الأردني "
      "ورئيس الوزراء العراقي.");
  ASSERT_NE(Find(summit, "CONSULT"), nullptr);
  EXPECT_EQ(Find(summit, "CONSULT")->mode, "multilateral");
  EXPECT_EQ(Find(summit, "CONSULT")->actor.size(), 3u);
  // A visit concluded is a visit.
  ExpectSides(CodeBody("اختتم الرئيس الصيني شي جين بينغ زيارة رسمية إلى المملكة العربية السعودية "
                       "استغرقت ثلاثة أيام."),
              "CONSULT", "CHN", "SAU");
}

TEST_F(EventsTest, ThreeStatesAppealToTwoParties) {
  ExpectSides(CodeBody("دعت مصر وقطر والولايات المتحدة إسرائيل وحماس إلى قبول اتفاق وقف إطلاق "
                       "النار."),
              "REQUEST", "QAT+USA+EGY", "ISR+PSE");
}

TEST_F(EventsTest, UrgingAccusingAndClosingEmbassies) {
  // حثت: a doubled verb's feminine past.
  ExpectSides(CodeBody("حثت الولايات المتحدة الأطراف السودانية على العودة إلى طاولة المفاوضات."), "REQUEST",
              "USA", "SDN");
  // A named organisation after a nationality is the object, not an attachment.
  const auto accused = CodeBody("اتهم الجيش السوداني قوات الدعم السريع بارتكاب مجازر في دارفور.");
  ASSERT_NE(Find(accused, "ACCUSE"), nullptr);
  EXPECT_EQ(Find(accused, "ACCUSE")->recipient[0].org, "RSF");
  // A decided closing of an embassy in a capital reduces relations with the capital's state.
  ExpectSides(CodeBody("قررت الكويت إغلاق سفارتها في دمشق."), "SANCTION", "KWT", "SYR");
  // A vague addressee in the object's place: no one the manual codes.
  EXPECT_EQ(Find(CodeBody("حثت الحكومة الليبية المجتمع الدولي على إجبار المؤتمر الوطني العام على "
                          "التوقيع."),
                 "REQUEST"),
            nullptr);
}

TEST_F(EventsTest, TheOccupationsForcesAndThePlacesTheyStrike) {
  // "The occupation's aircraft" are Israel's, and strikes on parts of a place hit its people.
  ExpectSides(CodeBody("شنت طائرات الاحتلال غارات على مناطق متفرقة من قطاع غزة."), "ASSAULT", "ISR", "PSE");
  // Settlers storming a holy site are no protesters' riot.
  EXPECT_EQ(Find(CodeBody("اقتحم مستوطنون باحات المسجد الأقصى بحماية شرطة الاحتلال."), "PROTEST"), nullptr);
}

TEST_F(EventsTest, CallsReceivedVisitsBegunAndNewPresidents) {
  // A call "he received from" someone: received by the clause's subject.
  ExpectSides(CodeBody("أكد الرئيس المصري في اتصال هاتفي تلقاه من الرئيس الفرنسي ضرورة وقف إطلاق "
                       "النار."),
              "CONSULT", "FRA", "EGY");
  ExpectSides(CodeBody("بدأ الرئيس الإيراني زيارة رسمية إلى الصين تستغرق ثلاثة أيام."), "CONSULT", "IRN",
              "CHN");
  // On the sidelines of his own visit to London: the visit, not a meeting in a third country.
  const auto sidelines = CodeBody(
      "التقى وزير الخارجية البحريني على هامش زيارته إلى لندن وزير "
      "الخارجية البريطاني.");
  ASSERT_NE(Find(sidelines, "CONSULT"), nullptr);
  EXPECT_EQ(Find(sidelines, "CONSULT")->cameo, "042");
  // A visitor's meetings with officials he does not name are his visit's.
  EXPECT_EQ(CodeBody("زار وفد من الكونغرس الأمريكي العاصمة السعودية الرياض والتقى عددا من "
                     "المسؤولين.")
                .size(),
            1u);
  // "The new president of the Islamic Republic" is congratulated, not the king himself.
  ExpectSides(CodeBody("هنأ الملك سلمان الرئيس الجديد لجمهورية إيران الإسلامية بمناسبة انتخابه."), "SUPPORT",
              "SAU", "IRN");
}

TEST_F(EventsTest, HeadlineCapitalsAndBothSidesByNationality) {
  // A headline's capital before the verb is the subject; the one after it the object.
  ExpectSides(Code(MakeArticle("واشنطن تهدد طهران", "")), "THREATEN", "USA", "IRN");
  // "The two sides, the Egyptian and the Saudi" are both states.
  ExpectSides(CodeBody("واتفق الجانبان المصري والسعودي على تعزيز التعاون العسكري بين البلدين."), "AGREE",
              "SAU+EGY", "");
}

TEST_F(EventsTest, MajorPowersAndMediationOffers) {
  // The major powers are an identifiable collective (manual, section 2); a mediation offer is to both sides.
  const auto deal = CodeBody("توصلت إيران والقوى الكبرى إلى اتفاق بشأن البرنامج النووي الإيراني.");
  ASSERT_FALSE(deal.empty());
  EXPECT_EQ(deal[0].actor.size(), 2u);
  ExpectSides(CodeBody("أعلنت قطر استعدادها للوساطة بين الولايات المتحدة وإيران."), "AGREE", "QAT",
              "USA+IRN");
}

TEST_F(EventsTest, ReleasesWithdrawalsAndClosedBorders) {
  ExpectSides(CodeBody("أطلقت حركة حماس سراح رهينتين أمريكيتين."), "RETREAT", "PSE", "USA");
  ExpectSides(CodeBody("سحبت الولايات المتحدة قواتها من أفغانستان."), "RETREAT", "USA", "AFG");
  ExpectSides(CodeBody("أغلقت باكستان حدودها مع أفغانستان."), "COERCE", "PAK", "AFG");
}

TEST_F(EventsTest, AttacksSufferedAndTheirDoers) {
  // "X suffered an attack": X is the victim, the doer is named after the attack.
  ExpectSides(CodeBody("تعرضت مدينة خاركيف الأوكرانية ليلة أمس لقصف روسي عنيف بالصواريخ."), "ASSAULT", "RUS",
              "UKR");
  ExpectSides(CodeBody("تعرضت سفينة تجارية ترفع علم ليبيريا لهجوم بطائرة مسيرة أطلقها الحوثيون "
                       "في البحر الأحمر."),
              "ASSAULT", "YEM", "LBR");
  // Without a named doer it is no event.
  EXPECT_EQ(Find(CodeBody("تعرضت دورية للشرطة لهجوم قرب الحدود."), "ASSAULT"), nullptr);
  // Killed in an attack whose nationality or owner is named: that party killed them.
  ExpectSides(CodeBody("قتل خمسة فلسطينيين أمس في غارة إسرائيلية على منزل في خان يونس."), "ASSAULT", "ISR",
              "PSE");
  // Two nationalities of the striking noun are both its doers.
  ExpectSides(CodeBody("استهدفت غارة أمريكية بريطانية مشتركة مواقع للحوثيين في الحديدة."), "ASSAULT",
              "GBR+USA", "YEM");
  // Forces of two nations joined by و are both doers; a state after parts of it is the people hit.
  ExpectSides(CodeBody("شنت مقاتلات أمريكية وبريطانية غارات على بلدات في جنوب اليمن."), "ASSAULT", "USA+GBR",
              "YEM");
  // Killed in an attack that a group claimed further on.
  ExpectSides(CodeBody("قتل عشرة جنود صوماليين في هجوم انتحاري تبنته حركة الشباب في مقديشو."), "ASSAULT",
              "SOM", "SOM");
  // A place as the direct object: its people; aircraft with a nationality are that state's air force.
  ExpectSides(CodeBody("قصفت الطائرات الروسية مدينة حلب أمس."), "ASSAULT", "RUS", "SYR");
  // A nisba adjective (الحربي "military") is no noun of the same root (حرب "war").
  const auto raid = CodeBody("شن الطيران الحربي الإسرائيلي فجر اليوم سلسلة غارات على بلدات في جنوب لبنان.");
  ASSERT_NE(Find(raid, "ASSAULT"), nullptr);
  EXPECT_EQ(Find(raid, "ASSAULT")->cameo, "195");
}

TEST_F(EventsTest, AgencyFormulasSummonsAndParticipants) {
  // A Gulf agency's call: "his brother the president" is the caller, "the emir of the country" the one
  // called.
  ExpectSides(CodeBody("تلقى حضرة صاحب السمو أمير البلاد الشيخ نواف الأحمد الجابر الصباح اليوم "
                       "اتصالا هاتفيا من أخيه الرئيس عبد الفتاح السيسي."),
              "CONSULT", "EGY", "KWT");
  // The envoy summoned is the recipient, not a party the protest is about.
  ExpectSides(CodeBody("استدعت وزارة الخارجية الهولندية السفير الإسرائيلي لديها للاحتجاج على "
                       "مقتل عامل إغاثة هولندي في قطاع غزة."),
              "ACCUSE", "NLD", "ISR");
  // Broken plurals of peoples (روس) name their state.
  ExpectSides(CodeBody("أعلنت الحكومة الفرنسية طرد أربعة دبلوماسيين روس بتهمة التجسس."), "SANCTION", "FRA",
              "RUS");
  // One party taking part in others' meeting is a participant beside them.
  const auto meeting = CodeBody(
      "شارك وزير الخارجية الأردني أيمن الصفدي اليوم في اجتماع وزراء "
      "الخارجية العرب الطارئ في القاهرة.");
  ASSERT_NE(Find(meeting, "CONSULT"), nullptr);
  EXPECT_EQ(Find(meeting, "CONSULT")->mode, "multilateral");
  EXPECT_EQ(Find(meeting, "CONSULT")->actor.size(), 2u);
  // Two spellings of one people-lexicon entry are one person: the talks are the reception's.
  Article visit = MakeArticle("محمد بن زايد يستقبل",
                              "استقبل صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة اليوم معالي "
                              "أنتوني بلينكن وزير الخارجية الأمريكي. وبحث الجانبان علاقات التعاون بين "
                              "البلدين.");
  visit.date = "2023-05-05";
  EXPECT_EQ(Code(visit).size(), 1u);
}

TEST_F(EventsTest, OtherOutletsTitlesPlansAndAppeals) {
  // A portfolio joined by و is part of the office, before the state's adjective.
  ExpectSides(CodeBody("استقبل الرئيس المصري اليوم وزير الشؤون الخارجية والتجارة الهنغاري بيتر "
                       "سيارتو."),
              "CONSULT", "HUN", "EGY");
  // An appeal joined by و after a comma: the sentence's subject appeals to the parties after the verb.
  ExpectSides(CodeBody("أعرب الأمين العام للأمم المتحدة عن قلقه إزاء التصعيد في جنوب لبنان، وحث "
                       "إسرائيل وحزب الله على وقف الأعمال العدائية."),
              "REQUEST", "", "ISR+LBN");
  // A count between the preposition and the people sanctioned.
  ExpectSides(CodeBody("فرضت وزارة الخزانة الأمريكية أمس عقوبات على ثلاثة قادة في قوات الدعم "
                       "السريع."),
              "SANCTION", "USA", "SDN");
  // A plan's next step (على أن) is the planner's, on the coming weekday.
  Article tour = MakeArticle("",
                             "ومن المقرر أن يتوجه وزير الخارجية الأردني غدا الأربعاء إلى باريس، على أن "
                             "يختتم جولته في برلين يوم الجمعة.");
  tour.date = "2024-02-13";
  const auto legs = Code(tour);
  ASSERT_EQ(legs.size(), 2u);
  EXPECT_EQ(legs[1].modality, "future");
  EXPECT_EQ(legs[1].date, "2024-02-16");
  ExpectSides({legs[1]}, "CONSULT", "JOR", "DEU");
  // A date in a relative clause after the act is not the act's.
  const auto renewed = CodeBody("وجددت هنغاريا دعمها لمخطط الحكم الذاتي الذي قدمه المغرب سنة 2007.");
  ASSERT_NE(Find(renewed, "SUPPORT"), nullptr);
  EXPECT_EQ(Find(renewed, "SUPPORT")->modality, "asserted");
}

TEST_F(EventsTest, CredentialsSurnamesFirstAndTheLatestPair) {
  // Credentials received are a reception of the ambassador.
  ExpectSides(CodeBody("تسلم جلالة الملك عبدالله الثاني، اليوم، أوراق اعتماد سفير جمهورية كوريا "
                       "لدى المملكة."),
              "CONSULT", "KOR", "JOR");
  // A family name put first (شي of شي جين بينغ) is the man; "the two leaders" are the last pair who met.
  Article kazan = MakeArticle("",
                              "التقى الرئيس الصيني شي جين بينغ اليوم الرئيس الإيراني مسعود بزشكيان في "
                              "قازان. وفي وقت لاحق، التقى شي رئيس الوزراء الهندي ناريندرا مودي. واتفق "
                              "الزعيمان على تعزيز التواصل.");
  kazan.date = "2024-10-23";
  const auto met = Code(kazan);
  ASSERT_EQ(met.size(), 3u);
  ExpectSides({met[1]}, "CONSULT", "CHN", "IND");
  ExpectSides({met[2]}, "AGREE", "CHN+IND", "");
}

TEST_F(EventsTest, AnnouncedBreaksRecallsAndMarchesTakenPartIn) {
  // A break announced by its verbal noun is the announcer's, also before قد أعلنت.
  ExpectSides(CodeBody("وكانت بوليفيا قد أعلنت، مساء الثلاثاء، قطع علاقاتها الدبلوماسية مع "
                       "إسرائيل."),
              "SANCTION", "BOL", "ISR");
  // Their own ambassadors called home for consultation: a recall, by both states listed after كل من.
  const auto recall = CodeBody("استدعت كل من تشيلي وكولومبيا سفيريهما لدى تل أبيب للتشاور.");
  ASSERT_NE(Find(recall, "SANCTION"), nullptr);
  EXPECT_EQ(Find(recall, "SANCTION")->cameo, "161");
  EXPECT_EQ(Find(recall, "SANCTION")->actor.size(), 2u);
  // Thousands taking part in a march protest.
  EXPECT_NE(Find(CodeBody("شارك آلاف الأردنيين، مساء أمس، في مسيرة حاشدة قرب السفارة الإسرائيلية "
                          "في عمان."),
                 "PROTEST"),
            nullptr);
}

TEST_F(EventsTest, BodiesNamedByTheirHeadAndSessionsHeld) {
  // A session held is the body's own meeting; "the council" after it is that council.
  const auto session = CodeBody(
      "عقد مجلس جامعة الدول العربية اليوم دورة غير عادية في القاهرة. ودعا "
      "المجلس مجلس الأمن الدولي إلى عقد جلسة عاجلة.");
  ASSERT_NE(Find(session, "CONSULT"), nullptr);
  EXPECT_EQ(Find(session, "CONSULT")->actor.at(0).org, "LAS");
  ASSERT_NE(Find(session, "REQUEST"), nullptr);
  EXPECT_EQ(Find(session, "REQUEST")->actor.at(0).org, "LAS");
  EXPECT_EQ(Find(session, "REQUEST")->recipient.at(0).org, "UN");
  // Storming a holy site, condemned: the one who stormed it is the recipient, no attack of its own.
  const auto storming = Code(MakeArticle("الجامعة العربية تدين اقتحام بن غفير للأقصى", ""));
  ExpectSides(storming, "ACCUSE", "", "ISR");
  EXPECT_EQ(Find(storming, "ASSAULT"), nullptr);
}

TEST_F(EventsTest, TwoSisterStatesGoodOfficesAndAsides) {
  // "The two sister states" addressed are the last two named; good offices between them are mediation.
  const auto appeal = CodeBody(
      "أعلنت الجزائر قطع العلاقات الدبلوماسية مع المغرب. ودعت وزارة الخارجية "
      "السعودية، في بيان اليوم، البلدين الشقيقين إلى تغليب لغة الحوار. وأبدى "
      "وزير الخارجية الموريتاني استعداد بلاده لبذل مساعيها الحميدة بين "
      "المغرب والجزائر.");
  ExpectSides(appeal, "SANCTION", "DZA", "MAR");
  ExpectSides(appeal, "REQUEST", "SAU", "DZA+MAR");
  ExpectSides(appeal, "AGREE", "MRT", "MAR+DZA");
  // A break announced after an aside between commas is the announcer's.
  ExpectSides(CodeBody("وكان وزير الخارجية الجزائري قد أعلن، في ندوة صحافية عقدها أمس، قطع "
                       "العلاقات الدبلوماسية مع المغرب."),
              "SANCTION", "DZA", "MAR");
}

TEST_F(EventsTest, CounterpartsOnTheSidelinesAndArrivals) {
  // Two meetings with two counterparts are two events; "the two ministers" are the last pair.
  const auto sidelines = CodeBody(
      "تحادث السيد أحمد عطاف اليوم مع نظيره المصري، سامح شكري. كما التقى "
      "السيد عطاف بنظيره الكيني، موساليا مودافادي، وأكد الوزيران عزمهما "
      "على تعزيز التنسيق.");
  ASSERT_EQ(sidelines.size(), 3u);
  ExpectSides({sidelines[1]}, "CONSULT", "DZA", "KEN");
  ExpectSides({sidelines[2]}, "AGREE", "DZA+KEN", "");
  // Arriving on a visit (سيحل … في زيارة): a visit to the state arrived in.
  const auto arrival = CodeBody(
      "أفاد بيان أن رئيس جمهورية الموزمبيق، السيد فيليبي نيوسي، سيحل "
      "بالجزائر الأسبوع المقبل في زيارة دولة.");
  ASSERT_NE(Find(arrival, "CONSULT"), nullptr);
  EXPECT_EQ(Find(arrival, "CONSULT")->modality, "future");
  ExpectSides(arrival, "CONSULT", "MOZ", "DZA");
}

TEST_F(EventsTest, ShipsInstallationsAndGroupSpokesmen) {
  // Fired toward warships of two states: both navies are hit.
  ExpectSides(CodeBody("وكان الحوثيون قد أطلقوا، الثلاثاء، 21 صاروخاً باتجاه سفن حربية أمريكية "
                       "وبريطانية في البحر الأحمر."),
              "ASSAULT", "YEM", "USA+GBR");
  // Installations with no owner named: the people of the state they are in.
  ExpectSides(CodeBody("شن الجيش الروسي اليوم هجوماً واسعاً بالصواريخ على منشآت للطاقة في عدة "
                       "مناطق أوكرانية."),
              "ASSAULT", "RUS", "UKR");
  // "The group's spokesman" named next is that group's.
  ExpectSides(CodeBody("توعّد المتحدث الرسمي باسم الجماعة محمد عبد السلام الولايات المتحدة "
                       "وبريطانيا بالرد."),
              "THREATEN", "YEM", "USA+GBR");
}

TEST_F(EventsTest, ProtestsDispersedByMembersOfAGroup) {
  // Members of a group disperse a sit-in: the group represses the protesters (175).
  const auto dispersed = CodeBody(
      "فضّت عناصر من \"هيئة تحرير الشام\"، أمس، اعتصاماً لمحتجين أمام مبنى "
      "المحكمة العسكرية في مدينة إدلب.");
  const Event* e = Find(dispersed, "ASSAULT");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->cameo, "175");
  ASSERT_FALSE(e->actor.empty());
  EXPECT_EQ(e->actor[0].org, "HTS");
  ASSERT_FALSE(e->recipient.empty());
  EXPECT_EQ(e->recipient[0].sector, "CVL");
}

TEST_F(EventsTest, InvitationInACallAcceptedByHisHighness) {
  // "رئيس الدولة" stays the UAE's head after another president is named; "سموه" is the one introduced with
  // صاحب السمو; the invitation goes to him (not to the state visited) and is made now, the visit next year.
  const auto events =
      CodeDated("2025-03-10 09:00:00", "رئيس الدولة يتلقى اتصالاً من الرئيس الفنلندي",
                "تلقى صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة اليوم اتصالاً هاتفياً من "
                "الرئيس الفنلندي ألكسندر ستاب. ووجه الرئيس ستاب خلال الاتصال دعوة إلى صاحب السمو "
                "رئيس الدولة للقيام بزيارة دولة إلى فنلندا العام المقبل، فيما قبل سموه الدعوة.");
  int invitations = 0;
  for (const Event& e : events) {
    if (e.cameo != "036") continue;
    ++invitations;
    EXPECT_EQ(e.modality, "asserted");
    EXPECT_TRUE(Countries(e.actor) + ">" + Countries(e.recipient) == "FIN>ARE" ||
                Countries(e.actor) + ">" + Countries(e.recipient) == "ARE>FIN")
        << Countries(e.actor) << " > " << Countries(e.recipient);
  }
  EXPECT_EQ(invitations, 2);  // made and accepted
  ExpectFutureVisit(events, "ARE", "FIN");
}

TEST_F(EventsTest, RegionalGovernmentIsAnotherHost) {
  // After Baghdad, the meeting in Erbil "حيث التقى" is the traveller's, and a second visit (manual: the
  // Kurdistan Region is another host authority than the federal government).
  const auto events = CodeBody(
      "وصل الرئيس التركي رجب طيب أردوغان اليوم إلى بغداد، واستقبله رئيس الوزراء "
      "العراقي محمد شياع السوداني. وفي وقت لاحق توجه أردوغان إلى مدينة أربيل، "
      "حيث التقى رئيس إقليم كردستان العراق نيجيرفان بارزاني.");
  int visits = 0;
  for (const Event& e : events) {
    if (e.category != "CONSULT") continue;
    ++visits;
    EXPECT_EQ(Countries(e.actor), "TUR");
    EXPECT_EQ(Countries(e.recipient), "IRQ");
  }
  EXPECT_EQ(visits, 2);
}

TEST_F(EventsTest, SummonsAndProtestNotes) {
  // Mali's adjective after a ministry; a protest handed to an envoy is a note, not a demonstration.
  const auto summons = CodeBody(
      "استدعت وزارة الخارجية المالية سفير الجزائر في باماكو، وأبلغته احتجاجاً "
      "شديد اللهجة على ما وصفته بالتدخل في شؤونها.");
  ExpectSides(summons, "ACCUSE", "MLI", "DZA");
  EXPECT_EQ(Find(summons, "PROTEST"), nullptr);
  // A foreign envoy as the genitive of the summons is summoned by the clause's subject.
  const auto reply = CodeBody("وردت الجزائر الخميس باستدعاء سفير مالي لدى الجزائر.");
  ExpectSides(reply, "ACCUSE", "DZA", "MLI");
  EXPECT_EQ(Find(reply, "SANCTION"), nullptr);
}

TEST_F(EventsTest, PraiseOfARolePlayedAndSigningKeptApart) {
  // Praise of the role a party plays (بالدور الذي تقوم به دولة قطر) is praise of that party.
  ExpectSides(CodeBody("وأشادت نائبة رئيس الوزراء وزيرة الخارجية البلجيكية بالدور الذي تقوم به دولة "
                       "قطر في جهود الوساطة."),
              "SUPPORT", "BEL", "QAT");
  // Signing an agreement and praising the same party are two acts.
  const auto events = CodeBody(
      "ووقع الرئيس التركي رجب طيب أردوغان مع رئيس الوزراء العراقي محمد شياع "
      "السوداني اتفاقية إطار للتعاون. وقال الرئيس التركي في مؤتمر صحفي، مشيداً "
      "بقرار الحكومة العراقية حظر التنظيم.");
  int support = 0;
  for (const Event& e : events) support += e.category == "SUPPORT";
  EXPECT_EQ(support, 2);
}

TEST_F(EventsTest, TopicsOfTalksAreNoPlace) {
  // A place among the topics (تطورات الأوضاع في قطاع غزة) is not where the talks were: no third-state 044.
  const auto events = CodeBody(
      "عقد وزير الخارجية الكويتي جلسة مباحثات مع نظيره الأردني أيمن الصفدي "
      "تناولت تطورات الأوضاع في قطاع غزة.");
  const Event* e = Find(events, "CONSULT");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->cameo, "044");
  EXPECT_EQ(e->location, "");
}

TEST_F(EventsTest, ActsOfAMinisterialSessionTakeItsDayAndPlace) {
  const auto events =
      CodeDated("2024-06-03 10:00:00", "",
                "عقد المجلس الوزاري لمجلس التعاون لدول الخليج العربية، أمس (الأحد)، دورته العادية في "
                "العاصمة القطرية الدوحة. وأكد المجلس دعمه الكامل لحق الإمارات في السيادة على جزرها "
                "الثلاث، داعياً إيران إلى الاستجابة لمساعي الإمارات. وأشاد وزراء خارجية دول المجلس "
                "بالجهود التي تبذلها دولة قطر وجمهورية مصر العربية للتوصل إلى اتفاق.");
  int supports = 0;
  for (const Event& e : events) {
    if (e.category != "SUPPORT") continue;
    ++supports;
    EXPECT_EQ(Countries(e.actor), "");  // the GCC, an organisation
    ASSERT_FALSE(e.actor.empty());
    EXPECT_EQ(e.actor[0].org, "GCC");
    EXPECT_EQ(e.date, "2024-06-02");
    EXPECT_EQ(e.date_source, "meeting");
    EXPECT_EQ(e.location, "الدوحة");
  }
  EXPECT_EQ(supports, 2);  // the Emirates' right (لحق الإمارات), and Qatar's and Egypt's efforts
  const Event* request = Find(events, "REQUEST");  // داعياً: a participle of دعا
  ASSERT_NE(request, nullptr);
  EXPECT_EQ(Countries(request->recipient), "IRN");
  bool both = false;
  for (const Event& e : events) both |= e.category == "SUPPORT" && Countries(e.recipient) == "QAT+EGY";
  EXPECT_TRUE(both);
}

TEST_F(EventsTest, DisapprovalOfWhatAStatementSaid) {
  // "لما ورد في بيان المجلس الوزاري الخليجي": the statement's author is disapproved of.
  const auto events = CodeBody(
      "وأعرب المتحدث باسم وزارة الخارجية الإيرانية ناصر كنعاني عن استنكاره لما "
      "ورد في بيان المجلس الوزاري الخليجي بشأن الجزر.");
  const Event* e = Find(events, "ACCUSE");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(Countries(e->actor), "IRN");
  ASSERT_FALSE(e->recipient.empty());
  EXPECT_EQ(e->recipient[0].org, "GCC");
  // A prayer is no appeal: داعياً المولى عز وجل.
  EXPECT_EQ(Find(CodeBody("وهنأ الأمير المواطنين بالعيد، داعياً المولى عز وجل أن يديم الأمن."), "REQUEST"),
            nullptr);
}

TEST_F(EventsTest, EarlierVisitOfTheSameSidesAndAnAcceptanceToHonourIt) {
  const auto events =
      CodeDated("2017-10-22 10:00:00", "",
                "استقبل وزير الخارجية السعودي عادل الجبير في مكتبه بالرياض، اليوم (الأحد)، نظيره "
                "العراقي إبراهيم الجعفري. ووجه الجعفري إلى الجبير دعوة لزيارة بغداد، فيما أعرب "
                "الوزير السعودي عن أمله في أن يلبيها في أقرب فرصة. وكان رئيس الوزراء العراقي حيدر "
                "العبادي قد زار الرياض في يونيو الماضي، حيث التقى خادم الحرمين الشريفين الملك سلمان "
                "بن عبد العزيز.");
  int meetings = 0, invitations = 0;
  for (const Event& e : events) {
    if (e.category == "CONSULT" && e.modality == "asserted") {
      ++meetings;
      EXPECT_EQ(Countries(e.actor), "IRQ");  // both times the Iraqi side visits
      EXPECT_EQ(Countries(e.recipient), "SAU");
    }
    invitations += e.cameo == "036";
  }
  EXPECT_EQ(meetings, 2);     // June's visit is not October's
  EXPECT_EQ(invitations, 2);  // made, and accepted (أن يلبيها)
}

TEST_F(EventsTest, MinistryLettersAndAnEarlierAttackByUnnamedTerrorists) {
  const auto events =
      CodeDated("2018-10-14 10:00:00", "",
                "وكان إرهابيون قد استهدفوا أمس بقذائف الهاون حي الحمدانية غرب مدينة حلب، ما أدى إلى "
                "إصابة ثلاثة مدنيين. وفي سياق متصل، وجهت وزارة الخارجية السورية اليوم رسالتين إلى "
                "الأمين العام للأمم المتحدة حول الاعتداء، أدانت فيهما الاعتداء الإرهابي الذي نفذه "
                "تنظيم جبهة النصرة، وطالبت مجلس الأمن بإدانة هذه الجرائم.");
  // Terrorists with their weapon after the verb target the place: no passive reading, no state of theirs.
  const Event* attack = Find(events, "ASSAULT");
  ASSERT_NE(attack, nullptr);
  ASSERT_FALSE(attack->actor.empty());
  EXPECT_EQ(attack->actor[0].sector, "INS");
  EXPECT_EQ(attack->actor[0].country, "");
  EXPECT_EQ(attack->date, "2018-10-13");
  int attacks = 0;
  for (const Event& e : events) attacks += e.category == "ASSAULT";
  EXPECT_EQ(attacks, 1);  // "حول الاعتداء" is what the letters are about
  // The ministry goes on after the comma (أدانت فيهما) and after و.
  ExpectSides(events, "ACCUSE", "SYR", "SYR");
  ExpectSides(events, "REQUEST", "SYR", "");
}

TEST_F(EventsTest, HeadlineDateOfTheSecondVerbAndASummitBetweenThree) {
  const auto events =
      CodeDated("2019-03-12 10:00:00", "شكري يتلقى اتصالا هاتفيا من الصفدي ويتوجه غدا إلى عمان",
                "تلقى سامح شكري وزير الخارجية المصري اتصالا هاتفيا مساء أمس من نظيره الأردني أيمن "
                "الصفدي. واتفق الوزيران على مواصلة التنسيق، تمهيدا للقمة الثلاثية المرتقبة بين مصر "
                "والأردن والعراق.");
  bool call = false, summit = false;
  for (const Event& e : events) {
    if (e.cameo == "041") {
      call = true;
      EXPECT_EQ(e.modality, "asserted");  // غدا is the trip's
    }
    if (e.cameo == "040" && e.modality == "future") {
      summit = true;
      EXPECT_EQ(Countries(e.actor), "EGY+JOR+IRQ");  // للقمة: ل + القمة
    }
  }
  EXPECT_TRUE(call);
  EXPECT_TRUE(summit);
}

TEST_F(EventsTest, SummitWithItsParticipantsAndAnotherMatterAfterAReception) {
  const auto events =
      CodeDated("2024-05-12 10:00:00", "",
                "استقبل الملك حمد بن عيسى آل خليفة ملك مملكة البحرين بقصر الصخير اليوم الأمين العام "
                "لجامعة الدول العربية أحمد أبو الغيط. وتنطلق في المنامة يوم الخميس المقبل أعمال القمة "
                "العربية بمشاركة القادة العرب. على صعيد آخر، أدانت وزارة الخارجية البحرينية بشدة الهجوم "
                "الإرهابي الذي استهدف أمس قافلة أمنية في باكستان.");
  bool summit = false;
  for (const Event& e : events) {
    if (e.category == "CONSULT" && e.modality == "future") {
      summit = true;
      ASSERT_FALSE(e.actor.empty());
      EXPECT_EQ(e.actor[0].org, "LAS");  // بمشاركة القادة العرب
      EXPECT_EQ(e.date, "2024-05-16");
    }
  }
  EXPECT_TRUE(summit);
  const Event* condemned = Find(events, "ACCUSE");
  ASSERT_NE(condemned, nullptr);
  EXPECT_EQ(condemned->date, "2024-05-12");  // أمس is the attack's; "على صعيد آخر" is not the reception
  EXPECT_NE(condemned->date_source, "meeting");
}

TEST_F(EventsTest, ProtestsInTwoPlacesAndForcesThatProceededToAct) {
  const auto events =
      CodeDated("2019-11-23 10:00:00", "",
                "نفذ عشرات المحتجين بعد ظهر اليوم اعتصاما امام مبنى مصرف لبنان في بيروت، احتجاجا على "
                "السياسات المالية، قبل ان تعمد عناصر من قوى الامن الداخلي الى تفريقهم بالقوة. وفي "
                "البقاع، عمد محتجون مساء اليوم الى قطع الطريق العام في مدينة صيدا. وفي الشمال، اوقفت قوة "
                "من الجيش اللبناني عصر اليوم ثلاثة شبان في محلة البداوي.");
  int protests = 0;
  for (const Event& e : events) {
    protests += e.category == "PROTEST";
    EXPECT_NE(e.category, "ACCUSE");  // احتجاجا على is the sit-in's reason
  }
  EXPECT_EQ(protests, 2);  // Beirut's sit-in and the road cut in Sidon
  const Event* dispersal = Find(events, "ASSAULT");
  ASSERT_NE(dispersal, nullptr);
  EXPECT_EQ(dispersal->cameo, "175");
  ASSERT_FALSE(dispersal->actor.empty());
  EXPECT_EQ(dispersal->actor[0].sector, "COP");
  const Event* arrest = Find(events, "COERCE");
  ASSERT_NE(arrest, nullptr);
  ASSERT_FALSE(arrest->recipient.empty());
  EXPECT_TRUE(arrest->recipient[0].text.ends_with("شبان"));  // the youths counted, civilians
  EXPECT_EQ(arrest->recipient[0].sector, "CVL");
}

TEST_F(EventsTest, StandingBySidesAgreeingDuringTalksAndAVisitToBePaid) {
  const auto events =
      CodeDated("2022-06-20 10:00:00", "",
                "جدد وزير الخارجية الجزائري رمطان لعمامرة وقوف الجزائر إلى جانب تونس في هذه المرحلة. "
                "وكان لعمامرة قد أجرى صباح اليوم جلسة عمل مع نظيره التونسي عثمان الجرندي، اتفق خلالها "
                "الجانبان على تكثيف التشاور. ومن المنتظر أن تؤدي رئيسة الحكومة التونسية نجلاء بودن زيارة "
                "إلى الجزائر للمشاركة في أشغال اللجنة الكبرى المشتركة.");
  ExpectSides(events, "SUPPORT", "DZA", "TUN");  // وقوف الجزائر إلى جانب تونس
  ExpectSides(events, "AGREE", "DZA+TUN", "");   // اتفق خلالها الجانبان
  ExpectFutureVisit(events, "TUN", "DZA");  // من المنتظر أن تؤدي … زيارة إلى الجزائر
}

TEST_F(EventsTest, SummonsOfAnEnvoyWithEmbassyStaffAndAFeminineParticiple) {
  const auto events =
      CodeDated("2023-07-28 10:00:00", "",
                "استدعت وزارة الخارجية الروسية اليوم سفير مولدوفا لدى موسكو، وسلمته مذكرة احتجاج على "
                "قرار كيشيناو تقليص عدد موظفي السفارة الروسية. وحذرت الخارجية الروسية من التصعيد، "
                "داعية السلطات المولدوفية إلى التوقف عن تدمير العلاقات. وكانت السلطات المولدوفية قد "
                "أعلنت خفض عدد الدبلوماسيين الروس في كيشيناو، متهمة موسكو بزعزعة الاستقرار.");
  // The Russian embassy named further on does not make the summons a recall.
  const Event* summons = Find(events, "ACCUSE");
  ASSERT_NE(summons, nullptr);
  EXPECT_EQ(summons->cameo, "114");
  ExpectSides(events, "REQUEST", "RUS", "MDA");  // داعيةً: a feminine participle
  // Cutting the Russian diplomats is a sanction; the accusation given as its reason is part of it.
  ExpectSides(events, "SANCTION", "MDA", "RUS");
  int accusations = 0;
  for (const Event& e : events) accusations += e.category == "ACCUSE";
  EXPECT_EQ(accusations, 1);
}

TEST_F(EventsTest, DronesThatStrikeAndACouncilsAnnouncementAfterAnAside) {
  EXPECT_EQ(Find(Code(MakeArticle("السودان: مسيّرات تضرب بورتسودان لليوم الثالث", "")), "PROTEST"), nullptr);
  const auto events =
      CodeDated("2025-05-06 10:00:00", "",
                "ومساء الثلاثاء، أعلن مجلس الأمن والدفاع السوداني، في بيان تلاه وزير الدفاع ياسين "
                "إبراهيم عبر التلفزيون الرسمي، قطع العلاقات الدبلوماسية مع دولة الإمارات العربية المتحدة، "
                "متهما الإمارات بتزويد قوات الدعم السريع بالأسلحة.");
  ExpectSides(events, "SANCTION", "SDN", "ARE");  // not the UN Security Council
  EXPECT_EQ(Find(events, "ACCUSE"), nullptr);     // the reason given for it
}

TEST_F(EventsTest, StackedOfficesAnEnvoyOfTheSecretaryGeneralAndAMilitiaNamedAgain) {
  const auto events =
      CodeDated("2025-03-12 10:00:00", "",
                "استقبل رئيس مجلس السيادة الانتقالي القائد العام للقوات المسلحة الفريق أول ركن عبد "
                "الفتاح البرهان اليوم المبعوث الشخصي للأمين العام للأمم المتحدة للسودان رمطان لعمامرة. "
                "وقال وزير الخارجية إن رئيس مجلس السيادة طالب المبعوث الشخصي بإدانة انتهاكات مليشيا "
                "الدعم السريع. وأوضح البيان أن المليشيا قصفت بالمدفعية الثقيلة أحياء سكنية في مدينة "
                "الفاشر أمس.");
  const Event* visit = Find(events, "CONSULT");
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(visit->cameo, "043");
  ASSERT_FALSE(visit->actor.empty());
  EXPECT_EQ(visit->actor[0].org, "UN");           // the Secretary-General's envoy visits
  EXPECT_EQ(Countries(visit->recipient), "SDN");  // one host with two offices
  const Event* shelling = Find(events, "ASSAULT");
  ASSERT_NE(shelling, nullptr);
  ASSERT_FALSE(shelling->actor.empty());
  EXPECT_EQ(shelling->actor[0].org, "RSF");  // المليشيا: the militia named before
}

TEST_F(EventsTest, StrikesCarriedOutByAircraftNamedFirstAndAPresidencysSpokesman) {
  const auto strikes = CodeBody(
      "وأضاف أن طائرات القوات الجوية الفضائية الروسية نفذت، فجر اليوم، ضربات "
      "دقيقة على مواقع المسلحين قرب بلدة البارة في ريف إدلب الجنوبي.");
  const Event* e = Find(strikes, "ASSAULT");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->cameo, "195");
  EXPECT_EQ(Countries(e->actor), "RUS");
  // What is done as a rule is no reported strike.
  EXPECT_EQ(Find(CodeBody("وينفذ التحالف الدولي غارات جوية بشكل يومي ضد التنظيم."), "ASSAULT"), nullptr);
  // A presidency's spokesman is its state's; the massacre condemned is of whoever committed it.
  ExpectSides(CodeBody("وأدان الناطق الرسمي باسم الرئاسة الفلسطينية نبيل أبو ردينة «المجزرة» التي "
                       "ارتكبتها قوات الاحتلال في جنين."),
              "ACCUSE", "PSE", "ISR");
}

TEST_F(EventsTest, ReceptionInTheMinistrysBuildingAndStatementsOfTheMinistry) {
  const auto events = CodeDated(
      "2018-09-18 02:00:00", "",
      "استقبل سمو الشيخ عبدالله بن زايد آل نهيان، وزير الخارجية والتعاون الدولي، أمس، في ديوان عام الوزارة "
      "في "
      "أبوظبي، وزير خارجية جمهورية أوزبكستان. ووجه الوزير الأوزبكي دعوة إلى سموه لزيارة طشقند، فيما رحب سمو "
      "الشيخ عبدالله بن زايد بالدعوة. من جهة أخرى، أشادت وزارة الخارجية والتعاون الدولي، في بيان "
      "أمس، بالدور الذي قام به خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في رعاية اتفاقية جدة "
      "للسلام. وهنأت الوزارة كلاً من إثيوبيا وإريتريا على هذه الخطوة التاريخية.");
  bool reception = false, saudi_role = false, two_states = false;
  for (const Event& e : events) {
    reception |= e.cameo == "043" && Countries(e.actor) == "UZB" && Countries(e.recipient) == "ARE";
    saudi_role |= e.category == "SUPPORT" && Countries(e.actor) == "ARE" && Countries(e.recipient) == "SAU";
    two_states |= e.category == "SUPPORT" && Countries(e.recipient) == "ETH+ERI";
    // Welcoming an invitation is no acceptance, and no praise of the inviter either.
    EXPECT_FALSE(e.category == "SUPPORT" && Countries(e.recipient) == "UZB") << e.trigger;
  }
  EXPECT_TRUE(reception);   // not "the ministry in Abu Dhabi" received
  EXPECT_TRUE(saudi_role);  // بالدور الذي قام به …, past the aside "في بيان أمس"
  EXPECT_TRUE(two_states);  // كلاً من إثيوبيا وإريتريا
}

TEST_F(EventsTest, InvitationCarriedToTheHostAndACallWhoseTopicIsAPlannedMeeting) {
  const auto events = CodeDated(
      "2016-11-15 03:00:00", "",
      "ومن جانبه، نقل وزير خارجية البحرين إلى الرئيس المصري عبد الفتاح السيسي دعوة من الملك حمد بن عيسى آل "
      "خليفة عاهل البحرين لزيارة المنامة. وعلى صعيد آخر، تلقى سامح شكري وزير الخارجية المصري اتصالاً هاتفياً "
      "مساء أمس الأول من نظيره الأردني ناصر جودة، تناول التحضيرات الجارية لاجتماع وزراء الخارجية العرب "
      "المقرر "
      "عقده بالقاهرة الأسبوع المقبل.");
  ExpectSides(events, "AGREE", "BHR", "EGY");  // نقل … إلى الرئيس دعوة
  bool visit = false, call = false;
  for (const Event& e : events) {
    visit |= e.cameo == "042" && e.modality == "future" && Countries(e.actor) == "EGY";
    if (e.cameo == "041") {
      call = true;
      EXPECT_EQ(e.modality, "asserted");  // the week ahead is the meeting's, a topic of the call
      EXPECT_EQ(e.date, "2016-11-13");
    }
    EXPECT_FALSE(e.cameo == "040") << "the ministers' meeting is what the call was about";
  }
  EXPECT_TRUE(visit);
  EXPECT_TRUE(call);
}

TEST_F(EventsTest, StrikesLaunchedByTwoStatesAndTalksAfterALongApposition) {
  ExpectSides(CodeBody("شنت الولايات المتحدة وبريطانيا، فجر الجمعة، غارات جوية وصاروخية مكثفة على مواقع "
                       "لمليشيات الحوثي في صنعاء."),
              "ASSAULT", "GBR+USA", "YEM");
  // A role in apposition after a comma does not count against the words between a phrase's words.
  ExpectSides(CodeBody("أجرى ناصر بوريطة، وزير الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين "
                       "بالخارج، اليوم الخميس بالرباط، مباحثات مع وزير الخارجية القطري."),
              "CONSULT", "MAR", "QAT");
}

TEST_F(EventsTest, AChineseNameByItsFamilyNameAndSupportSaidAsAVerbAfterAn) {
  const auto events = CodeDated(
      "2022-01-12 09:00:00", "",
      "أجرى وزير الخارجية الصيني وانغ يي اليوم الأربعاء في إسلام آباد محادثات مع نظيره الباكستاني. وأكد وانغ "
      "أن الصين تدعم باكستان في صون استقرارها. ومن المقرر أن يتوجه وانغ غدا إلى كابول.");
  ExpectSides(events, "SUPPORT", "CHN", "PAK");  // تدعم is a verb of its own, not the noun of أكد دعم
  bool trip = false;
  for (const Event& e : events) {
    trip |= e.cameo == "042" && e.modality == "future" && Countries(e.actor) == "CHN" &&
            Countries(e.recipient) == "AFG";
  }
  EXPECT_TRUE(trip);  // وانغ is وانغ يي
}

TEST_F(EventsTest, InvitationHandedOverAcceptedAndAgreementsSignedForEachSide) {
  const auto events = CodeDated(
      "2021-04-06 12:00:00", "",
      "استقبل رئيس الوزراء الأردني اليوم وزير الخارجية الكويتي الشيخ أحمد ناصر المحمد الصباح في عمان. "
      "وأكد رئيس الوزراء، خلال اللقاء، \"حرص الأردن على تطوير التعاون مع دولة الكويت\"، فيما سلّم الوزير "
      "الكويتي مضيفه دعوة رسمية من أمير الكويت لزيارة الكويت، وقد قبلها رئيس الوزراء. ثم جرى توقيع "
      "اتفاقيتين، "
      "وقّعهما عن الجانب الكويتي وكيل وزارة الخارجية، وعن الجانب الأردني وزير الخارجية أيمن الصفدي.");
  bool pledge = false, invitation = false, acceptance = false, signing = false;
  for (const Event& e : events) {
    // (Past the quotation mark that opens the words said.)
    pledge |= e.cameo == "030" && Countries(e.actor) == "JOR" && Countries(e.recipient) == "KWT";
    invitation |= e.cameo == "036" && Countries(e.actor) == "KWT" && Countries(e.recipient) == "JOR";
    acceptance |= e.cameo == "036" && Countries(e.actor) == "JOR" && Countries(e.recipient) == "KWT";
    signing |= e.cameo == "057" && Countries(e.actor) == "KWT" && Countries(e.recipient) == "JOR";
  }
  EXPECT_TRUE(pledge);
  EXPECT_TRUE(invitation);  // سلّم X مضيفه دعوة: the host is the one invited
  EXPECT_TRUE(acceptance);  // وقد قبلها: a second AGREE, not merged with the pledge
  EXPECT_TRUE(signing);
}

TEST_F(EventsTest, NeutralisingAnnouncedByADefenceMinistryAndAGenericRelativeClause) {
  const auto events = CodeDated(
      "2020-02-04 10:00:00", "",
      "أعلنت وزارة الدفاع التركية، اليوم، تحييد 7 إرهابيين من تنظيم PKK في شمال العراق. ويشير التحييد في "
      "لغة البيانات العسكرية إلى الإرهابيين الذين يتم قتلهم أو أسرهم. وعاد الجندي إلى قريته وحيدا.");
  ExpectSides(events, "ASSAULT", "TUR", "TUR");  // the ministry speaks for its forces; PKK is TUR
  int attacks = 0;
  for (const Event& e : events) attacks += e.category == "ASSAULT";
  EXPECT_EQ(attacks, 1);  // not "الذين يتم قتلهم", nor وحيدا
}

TEST_F(EventsTest, TheEmirByHisHonorificAndASignatoryByHisHonorificPronoun) {
  const auto events = CodeDated(
      "2019-03-05 10:00:00", "",
      "استقبل حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى اليوم وزير الخارجية الإيطالي. "
      "وقد قبل سمو الأمير دعوة من الرئيس الإيطالي لزيارة روما. وكان سعادة الشيخ محمد بن عبدالرحمن آل ثاني "
      "وزير الخارجية قد عقد جلسة مباحثات مع الوزير الإيطالي، وقع سعادته في ختامها مع ضيفه مذكرة تفاهم.");
  bool reception = false, acceptance = false, signing = false;
  for (const Event& e : events) {
    reception |= e.cameo == "043" && Countries(e.actor) == "ITA" && Countries(e.recipient) == "QAT";
    acceptance |= e.cameo == "036" && Countries(e.actor) == "QAT" && Countries(e.recipient) == "ITA";
    signing |= e.cameo == "057" && Countries(e.actor) == "QAT" && Countries(e.recipient) == "ITA";
  }
  EXPECT_TRUE(reception);
  EXPECT_TRUE(acceptance);  // سمو الأمير is the emir
  EXPECT_TRUE(signing);     // وقع سعادته
}

TEST_F(EventsTest, APluperfectStrikeOnAnAirportAndADenialOfAGroupsClaims) {
  const auto events = CodeDated(
      "2021-02-11 10:00:00", "",
      "وكانت ميليشيا الحوثي قد استهدفت ظهر أمس الأربعاء مطار جازان بطائرة مسيرة. ونفى العقيد الركن تركي "
      "المالكي المتحدث الرسمي باسم قوات التحالف مزاعم الميليشيا بشأن الهجوم.");
  bool strike = false, denial = false;
  for (const Event& e : events) {
    // The time after the verb is no object: the militia struck, it was not struck.
    if (e.category == "ASSAULT" && Orgs(e.actor) == "HOUTHI") {
      strike = true;
      EXPECT_EQ(Countries(e.recipient), "SAU");  // the people of the airport's town
      EXPECT_EQ(e.date, "2021-02-10");
    }
    // (تركي before a family name is the colonel's given name, not "Turkish".)
    denial |= e.category == "REJECT" && Orgs(e.actor) == "SLC" && Orgs(e.recipient) == "HOUTHI";
  }
  EXPECT_TRUE(strike);
  EXPECT_TRUE(denial);
}

TEST_F(EventsTest, ARecallDecidedByAGovernmentIsNoProtestAndADenialPastAnAside) {
  const auto events = CodeDated(
      "2015-03-10 09:00:00", "",
      "قررت الحكومة الأردنية، أمس الاثنين، استدعاء سفيرها لدى إسرائيل إلى عمان فوراً، احتجاجاً على "
      "الانتهاكات الإسرائيلية في القدس. في المقابل، نفى مكتب رئيس الوزراء الإسرائيلي، في بيان أمس، اتهامات "
      "الأردن.");
  ExpectSides(events, "SANCTION", "JOR", "ISR");  // her envoy is recalled by the government
  ExpectSides(events, "REJECT", "ISR", "JOR");
  for (const Event& e : events) EXPECT_NE(e.category, "PROTEST") << e.trigger;  // احتجاجاً: the reason
}

TEST_F(EventsTest, ActsOfTheDaysMeetingNotOfAPluperfectArrival) {
  const auto events = CodeDated(
      "2024-01-21 16:00:00", "",
      "استقبل الرئيس عبد الفتاح السيسي، اليوم الأحد، بقصر الاتحادية، الرئيس الصومالي حسن شيخ محمود. وكان "
      "الرئيس الصومالي قد وصل إلى القاهرة مساء أمس في زيارة رسمية. وأكد الرئيس السيسي خلال المباحثات موقف "
      "مصر الثابت الداعم لوحدة الصومال.");
  const Event* support = Find(events, "SUPPORT");
  ASSERT_NE(support, nullptr);  // أكد موقف … الداعم ل
  EXPECT_EQ(Countries(support->actor), "EGY");
  EXPECT_EQ(Countries(support->recipient), "SOM");
  EXPECT_EQ(support->date, "2024-01-21");  // the talks' day, not the evening of the arrival
}

TEST_F(EventsTest, EmirsByHonorificAndStateAndATransitionalGovernmentInItsState) {
  ExpectSides(CodeBody("أشاد وزير الخارجية القطري بجهود سمو أمير الكويت لرأب الصدع."), "SUPPORT", "QAT",
              "KWT");
  // (A region's emir is its governor, who may receive an ambassador.)
  ExpectSides(CodeBody("استقبل سمو أمير منطقة الرياض في مكتبه أمس سفير جمهورية البيرو لدى المملكة."),
              "CONSULT", "PER", "SAU");
  ExpectSides(CodeBody("أعلنت الحكومة الانتقالية في مالي مساء الخميس استدعاء سفيرها لدى الجزائر للتشاور."),
              "SANCTION", "MLI", "DZA");
}

TEST_F(EventsTest, SettlersRaidAVillageAndTheOccupationIsNoContextForABareMinistry) {
  const auto events = CodeDated(
      "2022-12-06 09:00:00", "شهيد في نابلس.. ومستعمرون يهاجمون قرية قريوت",
      "نابلس 6-12-2022 وفا- هاجم مستعمرون، مساء أمس، منازل المواطنين في قرية قريوت جنوب نابلس، ورشقوها "
      "بالحجارة. وحمّلت الرئاسة حكومة الاحتلال المسؤولية. بدورها، طالبت وزارة الخارجية والمغتربين مجلس "
      "الأمن الدولي بتوفير الحماية الدولية للشعب الفلسطيني.");
  int raids = 0;
  for (const Event& e : events) {
    if (e.category != "ASSAULT") continue;
    ++raids;
    EXPECT_EQ(Countries(e.actor), "ISR");      // مستعمرون are Israel's settlers
    EXPECT_EQ(Countries(e.recipient), "PSE");  // the citizens of the place named, not of the settlers
  }
  EXPECT_EQ(raids, 1);                        // the headline's second half is the raid told below
  ExpectSides(events, "REQUEST", "PSE", "");  // not the occupation's ministry
}

TEST_F(EventsTest, TheAntiIsisCoalitionArrestsOfMembersAndANewspaperCalledTomorrow) {
  const auto events = CodeDated(
      "2016-03-15 13:00:00", "",
      "وقال المتحدث إن \"طيران الجيش العراقي قصف، فجر اليوم، تجمعاً لعناصر تنظيم داعش في هيت\". وأضاف أن "
      "طيران التحالف الدولي شن سبع غارات على أهداف للتنظيم قرب الموصل. إلى ذلك، اعتقلت قوة من مديرية "
      "الاستخبارات "
      "العسكرية، اليوم، أربعة متهمين بالانتماء إلى تنظيم داعش. وأفاد مصدر لصحيفة عدن الغد بأن الجيش استهدف "
      "مواقع التنظيم.");
  int army = 0, coalition = 0, arrests = 0;
  for (const Event& e : events) {
    if (e.category == "ASSAULT" && Countries(e.actor) == "IRQ" && Orgs(e.recipient) == "ISIL") {
      ++army;  // the army struck (time between commas, then its object), it was not struck
      EXPECT_EQ(e.date, "2016-03-15");  // not "عدن الغد", a newspaper, as tomorrow
    }
    if (e.category == "ASSAULT" && Orgs(e.actor) != "SLC" && Orgs(e.recipient) == "ISIL" &&
        e.trigger == "شن") {
      ++coalition;  // the anti-ISIS coalition is not the Saudi-led one; للتنظيم is ISIS
    }
    if (e.category == "COERCE") {
      ++arrests;
      EXPECT_EQ(Countries(e.actor), "IRQ");
      EXPECT_EQ(Orgs(e.recipient), "ISIL");  // those accused of belonging to it
    }
  }
  EXPECT_GE(army, 1);
  EXPECT_EQ(coalition, 1);
  EXPECT_EQ(arrests, 1);
}

TEST_F(EventsTest, AGroundOperationAfterEarlierAirStrikesAndADemandToACapital) {
  const auto events = CodeDated(
      "2020-06-17 15:00:00", "تركيا تطلق عملية برية ضد العمال الكوردستاني",
      "بدأت القوات التركية، فجر اليوم الأربعاء، عملية برية في منطقة حفتانين ضد مواقع حزب العمال "
      "الكوردستاني. وكانت المقاتلات التركية قد شنت ليل الأحد غارات جوية على جبال قنديل. واستدعت وزارة "
      "الخارجية العراقية، اليوم، السفير التركي، وسلمته مذكرة احتجاج، طالبت فيها أنقرة بوقف عملياتها "
      "العسكرية. بدوره، توعد القيادي في حزب العمال الكوردستاني مراد قره يلان القوات التركية بمقاومة "
      "شرسة. وخففت لندن تحذيراتها للرعايا البريطانيين.");
  int attacks = 0;
  bool demand = false, threat = false;
  for (const Event& e : events) {
    // The ground operation of today and the air strikes of Sunday are two attacks (PKK is TUR).
    attacks += e.category == "ASSAULT" && Countries(e.actor) == "TUR";
    demand |= e.category == "REQUEST" && Countries(e.actor) == "IRQ" && Countries(e.recipient) == "TUR";
    threat |= e.category == "THREATEN" && Orgs(e.actor) == "PKK";
    EXPECT_FALSE(e.category == "THREATEN" && Countries(e.actor) == "GBR") << "a travel advisory";
  }
  EXPECT_EQ(attacks, 2);
  EXPECT_TRUE(demand);  // طالبت فيها أنقرة: the capital is its state
  EXPECT_TRUE(threat);  // القيادي في حزب العمال الكوردستاني
}

TEST_F(EventsTest, SanctionsOnLeadersOfAGroupWhichThenStrikesAndThreatensTwoStates) {
  const auto events = CodeDated(
      "2024-02-28 11:00:00", "",
      "فرضت الولايات المتحدة والمملكة المتحدة، الثلاثاء، عقوبات على أربعة من قادة جماعة الحوثي اليمنية. في "
      "المقابل، أعلن المتحدث العسكري باسم الحوثيين يحيى سريع، مساء الثلاثاء، أن الجماعة استهدفت سفينة "
      "تجارية أميركية في خليج عدن، متوعداً الولايات المتحدة وبريطانيا برد قاس. وأدانت البحرين الهجمات "
      "الحوثية على السفن.");
  bool sanctions = false, strike = false, threat = false, condemned = false;
  for (const Event& e : events) {
    sanctions |= e.category == "SANCTION" && Orgs(e.recipient) == "HOUTHI";  // four of its leaders
    strike |= e.category == "ASSAULT" && Orgs(e.actor) == "HOUTHI";  // الجماعة is the group named
    if (e.category == "THREATEN") {
      threat = true;
      EXPECT_EQ(Orgs(e.actor), "HOUTHI");  // the spokesman; the states joined after the participle are
      EXPECT_EQ(Countries(e.recipient), "USA+GBR");  // both threatened
    }
    condemned |= e.category == "ACCUSE" && Orgs(e.recipient) == "HOUTHI";  // الهجمات الحوثية
  }
  EXPECT_TRUE(sanctions);
  EXPECT_TRUE(strike);
  EXPECT_TRUE(threat);
  EXPECT_TRUE(condemned);
}

TEST_F(EventsTest, DronesLaunchedByAForceAndAHeadlinesGovernmentNamedBelow) {
  const auto events = CodeDated(
      "2025-05-06 22:00:00", "مسيرات \"الدعم السريع\" تضرب بورتسودان.. والحكومة تقطع العلاقات مع الإمارات",
      "استهدفت مسيّرات انتحارية أطلقتها قوات الدعم السريع، فجر الثلاثاء، منشآت حيوية في مدينة بورتسودان. "
      "وأعلن مجلس الأمن والدفاع السوداني قطع العلاقات الدبلوماسية مع دولة الإمارات، متهماً إياها بتزويد "
      "الميليشيا بالأسلحة والمسيرات.");
  int cuts = 0;
  for (const Event& e : events) {
    EXPECT_NE(e.category, "PROTEST") << e.trigger;  // drones, not marches
    if (e.category == "ASSAULT") {
      EXPECT_EQ(Orgs(e.actor), "RSF");  // who launched the drones
    }
    if (e.category == "SANCTION") {
      ++cuts;
      EXPECT_EQ(Countries(e.actor), "SDN");  // the headline's government is the council's state
    }
  }
  EXPECT_EQ(cuts, 1);
  // "قوات التحالف" in news of ISIS with no Yemeni party is the anti-ISIS coalition.
  for (const Event& e : CodeBody("قتل قيادي في تنظيم داعش بغارة شنتها قوات التحالف على مدينة الرقة."))
    EXPECT_NE(Orgs(e.actor), "SLC") << e.trigger;
}

TEST_F(EventsTest, UnitsOfAnArmyDestroyDefencesAndTheReporterIsNoTarget) {
  const auto events = CodeBody(
      "على صعيد آخر، نفذت وحدات من الجيش العربي السوري اليوم عمليات مكثفة ضد فلول تنظيم داعش في بادية "
      "السخنة، ودمرت بالمدفعية والصواريخ تحصينات ومقرات للإرهابيين، حسبما أفاد مراسل سانا في حمص.");
  bool destroyed = false;
  for (const Event& e : events) {
    if (e.trigger.find("دمرت") == std::string::npos) continue;
    destroyed = true;
    EXPECT_EQ(Countries(e.actor), "SYR");  // the army its units belong to, not ISIS told in between
    for (const EventParty& p : e.recipient) EXPECT_NE(p.sector, "MED");  // not the reporter
  }
  EXPECT_TRUE(destroyed);
}

TEST_F(EventsTest, AHeadlineJoiningStatesTheBodyTellsApart) {
  const auto events = CodeDated(
      "2016-01-04 17:00:00", "البحرين والسودان تقطعان علاقاتهما مع إيران",
      "أعلنت مملكة البحرين، الاثنين، قطع علاقاتها الدبلوماسية مع الجمهورية الإسلامية الإيرانية. وفي الخرطوم، "
      "أعلنت وزارة الخارجية السودانية، اليوم، قطع العلاقات مع إيران، تضامنا مع المملكة العربية السعودية.");
  std::vector<std::string> cuts;
  for (const Event& e : events) {
    if (e.category != "SANCTION") continue;
    cuts.push_back(Countries(e.actor) + ">" + Countries(e.recipient));
  }
  std::sort(cuts.begin(), cuts.end());
  // Each state's own act, and no third joint one; the solidarity's Saudi Arabia is no recipient.
  EXPECT_EQ(cuts, (std::vector<std::string>{"BHR>IRN", "SDN>IRN"}));
}

TEST_F(EventsTest, AMinisterTouringOfficialsTheLatterHopingToComeAndTheNextLeg) {
  const auto events = CodeDated(
      "2017-09-21 07:00:00", "",
      "جال وزير الخارجية الأردني أيمن الصفدي أمس على كبار المسؤولين اللبنانيين في بيروت. ووجه الصفدي إلى "
      "نظيره اللبناني جبران باسيل دعوة رسمية لزيارة عمان، فأعرب الأخير عن أمله في تلبيتها. ويغادر الصفدي "
      "بيروت اليوم متوجها إلى القاهرة، حيث يلتقي نظيره المصري سامح شكري، في إطار مشاورات تسبق اجتماعات "
      "الجمعية العامة للأمم المتحدة.");
  bool tour = false, acceptance = false;
  for (const Event& e : events) {
    if (e.category == "CONSULT" && Countries(e.recipient) == "LBN") {
      tour = true;
      EXPECT_EQ(e.date, "2017-09-20");  // جال … أمس
    }
    acceptance |= e.cameo == "036" && Countries(e.actor) == "LBN" && Countries(e.recipient) == "JOR";
    EXPECT_FALSE(e.category == "CONSULT" && Orgs(e.actor) == "UN") << "the meetings it precedes";
    EXPECT_FALSE(e.category == "CONSULT" && Countries(e.actor) == "EGY") << "the traveller meets him";
  }
  EXPECT_TRUE(tour);
  EXPECT_TRUE(acceptance);  // الأخير is Bassil, named last
}

TEST_F(EventsTest, GunmenFireBeforeThatAndAQuotedCondemnationWithAThreatToThePerpetrators) {
  const auto events = CodeDated(
      "2025-05-17 11:00:00", "",
      "وانطلق المحتجون في مسيرة باتجاه مقر رئاسة الوزراء، قبل أن يطلق مسلحون يستقلون سيارات مدنية الرصاص "
      "الحي لتفريقهم. من جهتها، أدانت وزارة الداخلية الليبية \"الاعتداء المسلح على المتظاهرين السلميين\"، "
      "متوعدةً بملاحقة المتورطين فيه.");
  bool fired = false, condemned = false, threat = false;
  for (const Event& e : events) {
    fired |= e.category == "ASSAULT";  // قبل أن يطلق tells the past, no habit
    condemned |= e.category == "ACCUSE" && Countries(e.actor) == "LBY";  // past the quotation mark
    threat |= e.category == "THREATEN" && Countries(e.actor) == "LBY";   // the perpetrators, unnamed
  }
  EXPECT_TRUE(fired);
  EXPECT_TRUE(condemned);
  EXPECT_TRUE(threat);
}

TEST_F(EventsTest, ProtestersGatherAfterTheyWereDispersed) {
  const auto events = CodeBody(
      "فرقت الشرطة الموريتانية مساء أمس مئات المحتجين في العاصمة نواكشوط. وتجمع المحتجون في عدد من الشوارع "
      "الرئيسية، مرددين شعارات ترفض النتائج.");
  bool gathered = false;
  for (const Event& e : events) {
    gathered |= e.category == "PROTEST" && !e.actor.empty() && e.actor.front().sector == "CVL";
  }
  EXPECT_TRUE(gathered);  // المحتجون after the verb is its subject, not the police carried over
}

TEST_F(EventsTest, AnAttackWithNoTargetStrikesThePeopleOfTheArticlesState) {
  const auto events = CodeBody(
      "أعلنت المقاومة الإسلامية في لبنان أنها استهدفت موقعا في الجنوب. في المقابل، قصفت مدفعية الاحتلال "
      "أطراف بلدة كفركلا الجنوبية بعدد من القذائف، بحسب مراسل في جنوب لبنان. وتشهد القرى الحدودية في لبنان "
      "توترا منذ أشهر.");
  bool shelling = false;
  for (const Event& e : events) {
    if (e.category == "ASSAULT" && Countries(e.actor) == "ISR") {
      shelling = true;
      EXPECT_EQ(Countries(e.recipient), "LBN");  // a town the lexicons do not know, in Lebanon's news
    }
  }
  EXPECT_TRUE(shelling);
}

TEST_F(EventsTest, ConcernAboutClashesIsNoClashAndAnArrestWithItsObjectCarried) {
  const auto events = CodeBody(
      "وأعربت بعثة الأمم المتحدة للدعم في ليبيا عن قلقها البالغ إزاء الاشتباكات وتأثيرها على المدنيين. "
      "وجاءت الاشتباكات على خلفية احتجاز آمر اللواء محمود حمزة، إذ أوقفته عناصر تابعة لجهاز الردع ظهر "
      "الاثنين في مطار معيتيقة.");
  for (const Event& e : events) {
    EXPECT_FALSE(e.category == "ASSAULT" && Orgs(e.actor) == "UN")
        << "the mission's concern, not its clashes";
    // The one named before أوقفته is the one stopped, never the one who stopped.
    if (e.category == "COERCE") {
      for (const EventParty& p : e.actor) EXPECT_EQ(p.text.find("حمزة"), std::string::npos);
    }
  }
}

TEST_F(EventsTest, StackedOfficesAreOnePersonAndTwoDelegationsAreBothAddressed) {
  const auto events = CodeDated(
      "2017-03-09 10:00:00", "",
      "استقبل نائب رئيس مجلس الوزراء ووزير الخارجية الشيخ صباح الخالد في قصر بيان أمس المبعوث الخاص للأمين "
      "العام للأمم المتحدة إلى اليمن. وجدد الشيخ صباح الخالد خلال اللقاء دعم بلاده لجهود المبعوث، داعياً "
      "وفد الحكومة اليمنية ووفد جماعة أنصار الله إلى مواصلة الحوار.");
  bool received = false, appeal = false;
  for (const Event& e : events) {
    if (e.cameo == "043") {
      received = true;
      EXPECT_EQ(Orgs(e.actor), "UN");  // the guest after the place and day, not the first office
    }
    if (e.category == "REQUEST") {
      appeal = true;
      EXPECT_NE(Orgs(e.recipient).find("HOUTHI"), std::string::npos);
    }
  }
  EXPECT_TRUE(received);
  EXPECT_TRUE(appeal);
}

TEST_F(EventsTest, InTheNameOfAStateIsNoObjectOfACondemnation) {
  const auto events = CodeBody(
      "دانت وزارة الخارجية الكويتية بشدة، في بيان صحافي أصدرته أمس باسم دولة الكويت، التفجيرين الإرهابيين "
      "اللذين استهدفا تجمعاً لمجندين في مدينة عدن.");
  bool condemned = false;
  for (const Event& e : events) {
    if (e.category != "ACCUSE") continue;
    condemned = true;
    EXPECT_NE(Countries(e.recipient), "KWT");
  }
  EXPECT_TRUE(condemned);
}

TEST_F(EventsTest, AnAmbassadorCalledHomeForConsultationAndAnEarlierSummons) {
  const auto events = CodeDated(
      "2021-04-14 09:00:00", "",
      "أعلن وزير الخارجية الأردني أيمن الصفدي، أمس، استدعاء سفير المملكة لدى إسرائيل غسان المجالي فوراً "
      "للتشاور. وقال الصفدي في التغريدة ذاتها إن القرار خطوة أولى، محمّلاً إسرائيل المسؤولية الكاملة عن "
      "حياة المواطنين. وكانت وزارة الخارجية قد استدعت، الأسبوع الماضي، السفير الإسرائيلي لدى المملكة "
      "وسلمته مذكرة احتجاج.");
  bool recall = false, blame = false, summons = false;
  for (const Event& e : events) {
    recall |= e.cameo == "161" && Countries(e.actor) == "JOR" && Countries(e.recipient) == "ISR";
    blame |= e.cameo == "112" && Countries(e.actor) == "JOR";  // الصفدي alone after قال is the minister
    summons |= e.cameo == "114" && Countries(e.actor) == "JOR";  // the earlier act, not merged away
  }
  EXPECT_TRUE(recall);
  EXPECT_TRUE(blame);
  EXPECT_TRUE(summons);
}

TEST_F(EventsTest, ATitleInASitesNameIsNoPersonAndTheArmysChiefIsHisStates) {
  const auto events = CodeDated(
      "2021-03-06 12:00:00", "",
      "وكان رئيس أركان حرب القوات المسلحة المصرية الفريق محمد فريد قد وقّع مع نظيره السوداني، الثلاثاء "
      "الماضي في الخرطوم، اتفاقية للتعاون العسكري. واعتقلت السلطات الإسرائيلية مواطنة أردنية لدى عبورها "
      "جسر الملك حسين.");
  bool signed_it = false;
  for (const Event& e : events) {
    if (e.cameo == "057") {
      signed_it = true;
      EXPECT_EQ(Countries(e.actor), "EGY");
    }
    for (const EventParty& p : e.recipient) EXPECT_NE(p.text, "الملك");
  }
  EXPECT_TRUE(signed_it);
}

TEST_F(EventsTest, ARecallFromACapitalAndWhatProtestersDemandAfterABurntFlag) {
  const auto events = CodeDated(
      "2022-07-21 08:00:00", "",
      "وقرر المجلس الوزاري للأمن الوطني العراقي، في اجتماع طارئ عقده مساء أمس، استدعاء القائم بالأعمال "
      "العراقي من أنقرة لغرض التشاور. وتظاهر مئات العراقيين، ليل أمس، أمام مركز منح التأشيرات التركية في "
      "بغداد، وأحرق بعضهم العلم التركي، مطالبين بطرد السفير التركي وقطع العلاقات التجارية مع أنقرة.");
  bool recall = false, protest = false;
  for (const Event& e : events) {
    if (e.cameo == "161") {
      recall = true;
      EXPECT_EQ(Countries(e.actor), "IRQ");
      EXPECT_EQ(Countries(e.recipient), "TUR");
      EXPECT_NE(e.trigger.find("استدعاء"), std::string::npos);  // not the demanded cut
    }
    if (e.category == "PROTEST") {
      protest = true;
      EXPECT_EQ(Countries(e.recipient), "TUR");  // before another state's office
    }
    EXPECT_NE(e.cameo, "1712") << "a flag burnt is the protest's act";
  }
  EXPECT_TRUE(recall);
  EXPECT_TRUE(protest);
}

TEST_F(EventsTest, AHostWhoseVerbCarriesTheTravellerAndClashesWithAGroupsMen) {
  const auto events = CodeDated(
      "2014-05-24 10:00:00", "",
      "وكان رئيس الجمهورية الموريتاني قد وصل صباح أمس إلى العاصمة المالية باماكو، حيث استقبله الرئيس المالي "
      "إبراهيم ببكر كيتا في القصر الرئاسي. وكانت مدينة كيدال قد شهدت يوم السبت الماضي اشتباكات عنيفة بين "
      "الجيش المالي ومسلحي الحركة الوطنية لتحرير أزواد، قبل أن يشن الجيش يوم الأربعاء هجوما على المدينة.");
  bool hosted = false, clashes = false, attack = false;
  for (const Event& e : events) {
    if (e.cameo == "043") {
      hosted = true;
      EXPECT_EQ(Countries(e.actor), "MRT");  // the traveller is the one received
      EXPECT_EQ(Countries(e.recipient), "MLI");
    }
    if (e.cameo == "193") {
      clashes = true;                     // شهدت reports them as happening
      EXPECT_EQ(e.recipient.size(), 1u);  // the movement's men, the clash's other side
      EXPECT_EQ(e.date, "2014-05-17");
    }
    if (e.cameo == "190") {
      attack = true;
      EXPECT_EQ(e.date, "2014-05-21");  // its own day, not the clashes' before قبل أن
      EXPECT_EQ(e.modality, "asserted");
    }
  }
  EXPECT_TRUE(hosted);
  EXPECT_TRUE(clashes);
  EXPECT_TRUE(attack);
}

TEST_F(EventsTest, ProtestersAreOfThePlaceAndAMinistrysParticipleDemands) {
  const auto events = CodeDated(
      "2018-09-08 12:00:00", "",
      "وكان محتجون غاضبون قد اقتحموا، مساء أمس الجمعة، مبنى القنصلية الإيرانية في البصرة جنوب العراق. "
      "وأطلقت قوات الأمن، ليل أمس، الرصاص الحي لتفريق المحتجين في البصرة. واستدعت "
      "وزارة الخارجية الإيرانية، اليوم، السفير العراقي، مطالبة الحكومة العراقية بمعاقبة المعتدين.");
  bool stormed = false, fired = false, demand = false;
  for (const Event& e : events) {
    if (e.category == "PROTEST") {
      stormed = true;
      EXPECT_EQ(Countries(e.actor), "IRQ");  // protesters in Basra, not the consulate's state
    }
    if (e.category == "ASSAULT") {
      fired = true;
      EXPECT_EQ(Countries(e.actor), "IRQ");  // police of where the story happens
      EXPECT_EQ(Countries(e.recipient), "IRQ");
    }
    if (e.category == "REQUEST") {
      demand = true;
      EXPECT_EQ(Countries(e.actor), "IRN");
      EXPECT_EQ(Countries(e.recipient), "IRQ");
    }
  }
  EXPECT_TRUE(stormed);
  EXPECT_TRUE(fired);
  EXPECT_TRUE(demand);
}

TEST_F(EventsTest, AVerbInTheFeminineHasNoMaleSubjectCarriedOver) {
  const auto events = CodeBody(
      "وقال رئيس الحكومة الليبية إن الأوضاع مستقرة. واتهمت تنسيقية الحراك الشعبي في بيان جهاز الأمن الداخلي "
      "الليبي باعتقال ستة من المتظاهرين.");
  for (const Event& e : events) {
    for (const EventParty& p : e.actor) EXPECT_EQ(p.text.find("رئيس"), std::string::npos);
  }
}

TEST_F(EventsTest, TheEnemyOfTheResistancePressIsIsrael) {
  const auto events = CodeDated(
      "2024-02-14 18:00:00", "",
      "أعلنت المقاومة الإسلامية في لبنان أن مجاهديها استهدفوا، ظهر اليوم، ثكنة زرعيت التابعة لجيش العدو "
      "الإسرائيلي بالأسلحة الصاروخية. وكان وزير حرب العدو يوآف غالانت قد هدّد أمس لبنان بتكثيف الضربات. "
      "كما قصفت مدفعية العدو أطراف بلدة كفرشوبا، ما تسبب باندلاع حرائق عملت فرق الدفاع المدني على إخمادها.");
  bool barracks = false, threat = false, shelling = false;
  for (const Event& e : events) {
    if (e.category == "ASSAULT" && Orgs(e.actor) == "HZB") {
      barracks = true;
      EXPECT_EQ(Countries(e.recipient), "ISR");  // the barracks' owner, after التابعة ل
    }
    if (e.category == "THREATEN") {
      threat = true;
      EXPECT_EQ(Countries(e.actor), "ISR");  // between كان and قد, the war minister of the enemy
      EXPECT_EQ(Countries(e.recipient), "LBN");
    }
    if (e.category == "ASSAULT" && Countries(e.actor) == "ISR") {
      shelling = true;
      for (const EventParty& p : e.recipient) EXPECT_NE(p.sector, "COP");  // not past "، ما"
    }
  }
  EXPECT_TRUE(barracks);
  EXPECT_TRUE(threat);
  EXPECT_TRUE(shelling);
}

TEST_F(EventsTest, AStrikesNationalityDidIt) {
  const auto events = CodeDated(
      "2015-01-29 09:00:00", "",
      "وكانت غارة إسرائيلية قد استهدفت في 18 كانون الثاني الجاري موكباً لحزب الله في القنيطرة السورية.");
  bool strike = false;
  for (const Event& e : events) {
    if (e.category != "ASSAULT") continue;
    strike = true;
    EXPECT_EQ(Countries(e.actor), "ISR");
  }
  EXPECT_TRUE(strike);
}

TEST_F(EventsTest, SanctionsOnACompanysStateAndACondemnationOfThem) {
  const auto events = CodeDated(
      "2025-04-10 21:00:00", "",
      "فرضت وزارة الخزانة الأميركية، الخميس، عقوبات جديدة على 11 كياناً مرتبطة بشركة النفط الوطنية "
      "الإيرانية، وعلى مصفاة صينية مستقلة. وفي طهران، دان المتحدث باسم وزارة الخارجية الإيرانية إسماعيل "
      "بقائي، مساء الخميس، العقوبات الجديدة. ومن المقرر أن يلتقي المبعوث الأميركي الخاص إلى الشرق الأوسط "
      "ستيف ويتكوف، السبت، وزير الخارجية الإيراني عباس عراقجي في مسقط. وقال ترمب إن المحادثات ستجري، "
      "محذراً من أن طهران ستكون في خطر كبير إذا لم تنجح.");
  bool sanctions = false, condemned = false, meeting = false, warned = false;
  for (const Event& e : events) {
    if (e.category == "SANCTION") {
      sanctions = true;
      EXPECT_EQ(Countries(e.recipient), "IRN+CHN");  // the company's state, and "وعلى" the refinery's
    }
    if (e.category == "ACCUSE") {
      condemned = true;
      EXPECT_EQ(Countries(e.recipient), "USA");  // whoever imposed what is condemned
    }
    if (e.cameo == "044") {
      meeting = true;
      EXPECT_EQ(Countries(e.recipient), "IRN");  // the envoy's brief and name are one person
    }
    if (e.category == "THREATEN") {
      warned = true;
      EXPECT_EQ(Countries(e.recipient), "IRN");
    }
  }
  EXPECT_TRUE(sanctions);
  EXPECT_TRUE(condemned);
  EXPECT_TRUE(meeting);
  EXPECT_TRUE(warned);
}

TEST_F(EventsTest, TwoStatesCallOnTheTwoSidesOfTheFighting) {
  const auto events = CodeDated(
      "2023-05-24 18:00:00", "",
      "تجددت، اليوم الأربعاء، الاشتباكات العنيفة بين الجيش السوداني وقوات الدعم السريع في أم درمان. وأعربت "
      "المملكة العربية السعودية والولايات المتحدة، في بيان مشترك، عن قلقهما إزاء انتهاكات الهدنة، ودعتا "
      "الطرفين إلى الالتزام الصارم بوقف إطلاق النار.");
  bool appeal = false;
  for (const Event& e : events) {
    if (e.category != "REQUEST") continue;
    appeal = true;
    EXPECT_EQ(Countries(e.actor), "USA+SAU");  // ودعتا: both
    EXPECT_EQ(e.recipient.size(), 2u);         // the army and the RSF
  }
  EXPECT_TRUE(appeal);
}

TEST_F(EventsTest, AJoinedVerbTakesTheSubjectReportedBeforeItNotANationalityOfAnotherWord) {
  const auto events = CodeDated(
      "2022-03-26 22:00:00", "",
      "وأفاد مراسل بأن طيران العدوان السعودي استهدف بثماني غارات منشآت تابعة للمؤسسة الاقتصادية اليمنية في "
      "صنعاء، فيما استهدف بخمس غارات ميناء الحديدة. وكان المتحدث باسم القوات المسلحة اليمنية قد أعلن، مساء "
      "أمس، أن القوات المسلحة اليمنية نفذت، عصر أمس، عملية واسعة، واستهدفت منشآت أرامكو في جدة بدفعة من "
      "الصواريخ.");
  bool jeddah = false;
  for (const Event& e : events) {
    if (e.category != "ASSAULT") continue;
    for (const EventParty& p : e.actor) EXPECT_NE(p.text, "اليمنية");  // the company's adjective
    if (Countries(e.actor) == "YEM") {
      jeddah = true;
      EXPECT_EQ(Countries(e.recipient), "SAU");
    }
  }
  EXPECT_TRUE(jeddah);
}

TEST_F(EventsTest, ACountOfWhatWasDestroyedSinceAYearIsATally) {
  const auto events = CodeBody(
      "وقال رئيس الهيئة العامة للاستعلامات المصرية إن مصر أحكمت سيطرتها على حدودها مع غزة، ودمرت أكثر من "
      "1500 نفق منذ عام 2013.");
  for (const Event& e : events) EXPECT_NE(e.category, "ASSAULT");
}

TEST_F(EventsTest, TheTurkishOccupationsDroneAndWhatTheCrowdDenounces) {
  const auto events = CodeDated(
      "2021-07-29 15:00:00", "",
      "استهدفت طائرة مسيّرة تابعة لجيش الاحتلال التركي، ظهر اليوم، سيارة مدنية في قرية تل حميس بريف قامشلو. "
      "وأدانت القيادة العامة لقوات سوريا الديمقراطية، في بيان نشرته اليوم على موقعها الرسمي، الهجوم على "
      "القرية. وفي مدينة قامشلو، احتشد المئات من أهالي المدينة أمام مقر الأمم المتحدة، تنديداً بهجمات دولة "
      "الاحتلال التركي. وكانت وزارة الخزانة الأمريكية قد أعلنت، أمس، فرض عقوبات على فصيل أحرار الشرقية، "
      "متهمة إياه بارتكاب عمليات قتل وخطف وتعذيب.");
  bool drone = false, condemned = false, protest = false;
  for (const Event& e : events) {
    if (e.category == "ASSAULT" && Countries(e.actor) == "TUR") drone = true;  // not Israel's occupation
    if (e.category == "ACCUSE") {
      condemned = true;
      EXPECT_EQ(Orgs(e.actor), "SDF");
      EXPECT_EQ(Countries(e.recipient), "TUR");  // past the aside, the attack told before
    }
    if (e.category == "PROTEST") {
      protest = true;
      EXPECT_EQ(Countries(e.recipient), "TUR");  // what it denounces, not where it stands
    }
    EXPECT_NE(e.cameo, "181") << "what the faction is accused of is no act";
  }
  EXPECT_TRUE(drone);
  EXPECT_TRUE(condemned);
  EXPECT_TRUE(protest);
}

TEST_F(EventsTest, AStatementsIssuerAClosedAirspaceAndAPostponedVisit) {
  const auto events = CodeDated(
      "2021-10-04 11:00:00", "",
      "قررت الجزائر، أول أمس السبت، استدعاء سفيرها لدى فرنسا للتشاور، ردا على تصريحات الرئيس الفرنسي "
      "إيمانويل ماكرون. وندد بيان لرئاسة الجمهورية الجزائرية صدر السبت بتصريحات الرئيس الفرنسي. وأغلقت "
      "الجزائر، أمس الأحد، مجالها الجوي أمام الطائرات العسكرية الفرنسية. وكانت زيارة رئيس الوزراء الفرنسي "
      "جان كاستكس إلى الجزائر قد أجلت في أفريل الماضي.");
  bool condemned = false, closed = false, visit = false;
  for (const Event& e : events) {
    if (e.category == "ACCUSE") {
      condemned = true;
      EXPECT_EQ(Countries(e.actor), "DZA");  // the statement's issuer
      EXPECT_EQ(Countries(e.recipient), "FRA");
    }
    if (e.cameo == "191") {
      closed = true;
      EXPECT_EQ(Countries(e.recipient), "FRA");  // the aircraft before which it is closed
    }
    if (e.cameo == "042") {
      visit = true;
      EXPECT_EQ(e.modality, "negated");  // put off
    }
  }
  EXPECT_TRUE(condemned);
  EXPECT_TRUE(closed);
  EXPECT_TRUE(visit);
}

TEST_F(EventsTest, TheGuestPastAPlaceAsideAndASheikhByHisGivenName) {
  const auto events = CodeDated(
      "2023-09-19 09:00:00", "",
      "استقبل وزير الخارجية الكويتي الشيخ سالم عبدالله الجابر الصباح، في مكتبه بديوان عام الوزارة أمس، "
      "الممثل الخاص للاتحاد الأوروبي لمنطقة الخليج لويجي دي مايو. من جهة أخرى، تلقى الشيخ سالم اتصالاً "
      "هاتفياً من وزير الخارجية المصري سامح شكري.");
  bool received = false, call = false;
  for (const Event& e : events) {
    if (e.cameo == "043") {
      received = true;
      EXPECT_EQ(Orgs(e.actor), "EU");  // not the ministry inside the aside
    }
    if (e.cameo == "041") {
      call = true;
      EXPECT_EQ(Countries(e.actor), "EGY");
      EXPECT_EQ(Countries(e.recipient), "KWT");  // الشيخ سالم, not a name run on into اتصالاً هاتفياً
    }
  }
  EXPECT_TRUE(received);
  EXPECT_TRUE(call);
}

TEST_F(EventsTest, TheStatementToldBeforeIsItsIssuers) {
  const auto events = CodeDated(
      "2025-04-15 12:00:00", "",
      "وأوضح بيان لوزارة الشؤون الخارجية الجزائرية، صدر مساء أمس، أن القرار يأتي ردا على توقيف موظف قنصلي. "
      "وحمّل البيان وزير الداخلية الفرنسي برونو روتايو «المسؤولية الكاملة» عن المنعطف الذي تأخذه العلاقات.");
  bool blamed = false;
  for (const Event& e : events) {
    if (e.cameo != "112") continue;
    blamed = true;
    EXPECT_EQ(Countries(e.actor), "DZA");  // the ministry whose statement it is, not the blamed minister
    EXPECT_EQ(Countries(e.recipient), "FRA");
  }
  EXPECT_TRUE(blamed);
}

TEST_F(EventsTest, ArrestsOfACellsMenAndAThreatToWhatBelongsToTwoGroups) {
  const auto events = CodeDated(
      "2023-10-06 16:00:00", "",
      "وكان وزير الخارجية التركي هاكان فيدان قد هدّد، الأربعاء الماضي، باستهداف البنى التحتية ومنشآت الطاقة "
      "العائدة لحزب العمال الكردستاني ووحدات حماية الشعب في العراق وسوريا. من جهة أخرى، اعتقلت قوات الأسايش "
      "في الحسكة، فجر اليوم، ثلاثة عناصر من خلايا تنظيم «داعش» خلال عملية أمنية.");
  bool threat = false, arrest = false;
  for (const Event& e : events) {
    if (e.category == "THREATEN") {
      threat = true;
      EXPECT_EQ(Orgs(e.recipient), "PKK+YPG");
    }
    if (e.category == "COERCE") {
      arrest = true;
      EXPECT_EQ(Orgs(e.recipient), "ISIL");  // past the day, the cells' organisation
    }
  }
  EXPECT_TRUE(threat);
  EXPECT_TRUE(arrest);
}

TEST_F(EventsTest, ACondemnedAttacksGenitiveIsItsDoerAndAnOrganisedSitIn) {
  const auto events = CodeDated(
      "2022-11-08 10:00:00", "",
      "وأدانت حركة حماس اعتداء المستوطنين على المزارعين في الأغوار الشمالية. وفي رام الله، نظّم العشرات من "
      "ذوي الأسرى الفلسطينيين اليوم وقفة احتجاجية أمام مقر الصليب الأحمر، رفضًا لسياسة الاعتقال الإداري.");
  bool condemned = false, sit_in = false;
  for (const Event& e : events) {
    if (e.category == "ACCUSE") {
      condemned = true;
      EXPECT_EQ(Countries(e.recipient), "ISR");  // the settlers, the attack's genitive
    }
    sit_in |= e.category == "PROTEST";  // نظّم reports it, past the crowd
  }
  EXPECT_TRUE(condemned);
  EXPECT_TRUE(sit_in);
}

TEST_F(EventsTest, TheAmericanAggressionAndAPartysPoliticalBureau) {
  const auto events = CodeDated(
      "2024-03-19 22:00:00", "",
      "شن طيران العدوان الأمريكي، فجر اليوم الثلاثاء، ثلاث غارات على مدينة الحديدة. من جانبه، أدان المكتب "
      "السياسي لأنصار الله، في بيان اليوم، الغارات التي شنتها الولايات المتحدة على الحديدة.");
  bool raids = false, condemned = false;
  for (const Event& e : events) {
    if (e.category == "ASSAULT") {
      raids = true;
      EXPECT_EQ(Countries(e.actor), "USA");  // not the Saudi-led coalition
      EXPECT_EQ(Orgs(e.actor), "");
    }
    if (e.category == "ACCUSE") {
      condemned = true;
      EXPECT_EQ(Orgs(e.actor), "HOUTHI");
    }
  }
  EXPECT_TRUE(raids);
  EXPECT_TRUE(condemned);
}

TEST_F(EventsTest, AnUnknownOutletsDatelineGivesItsOfficialsAState) {
  const auto events =
      CodeDated("2024-03-19 10:00:00", "",
                "صنعاء - سبأ\n\nاستقبل وزير الخارجية اليوم السفير الصيني وبحث معه العلاقات الثنائية.");
  bool received = false;
  for (const Event& e : events) {
    if (e.cameo != "043") continue;
    received = true;
    EXPECT_EQ(Countries(e.actor), "CHN");
    EXPECT_EQ(Countries(e.recipient), "YEM");  // the dateline's state stands in for the outlet's
  }
  EXPECT_TRUE(received);
}

TEST_F(EventsTest, ADenialIsAddressedToTheAccuser) {
  // The teller of what is denied, named in the denial's clause.
  auto events = CodeBody(
      "نفت وزارة الخارجية المغربية، في بيان اليوم، ما نشرته صحيفة إسبانية عن تعليق التعاون الأمني بين "
      "البلدين.");
  bool denied = false;
  for (const Event& e : events) {
    if (e.cameo != "120") continue;
    denied = true;
    EXPECT_EQ(Countries(e.actor), "MAR");
    EXPECT_EQ(Countries(e.recipient), "ESP");
  }
  EXPECT_TRUE(denied);
  // The accuser told before.
  events = CodeBody("اتهمت الحكومة العراقية تركيا بقصف قرية حدودية في دهوك. ونفت تركيا أي مسؤولية عن القصف.");
  denied = false;
  for (const Event& e : events) {
    if (e.cameo != "120") continue;
    denied = true;
    EXPECT_EQ(Countries(e.actor), "TUR");
    EXPECT_EQ(Countries(e.recipient), "IRQ");
  }
  EXPECT_TRUE(denied);
  // Not a party inside what is denied, nor one a participle goes on to accuse.
  events = CodeBody(
      "نفى وزير الخارجية الإيراني أن تكون بلاده قد زودت روسيا بطائرات مسيرة، متهما إسرائيل بنشر الأكاذيب.");
  for (const Event& e : events) EXPECT_NE(e.cameo, "120") << Countries(e.recipient);
}

TEST_F(EventsTest, TheStrikesToldAgainInTheSameSentenceAreOneAttack) {
  const auto events = CodeBody(
      "شنت المقاتلات الإسرائيلية غارات على مواقع قرب دمشق، وقال الجيش الإسرائيلي إن الغارات استهدفت "
      "مخازن أسلحة.");
  int attacks = 0;
  for (const Event& e : events) {
    if (e.category != "ASSAULT") continue;
    ++attacks;
    EXPECT_EQ(Countries(e.actor), "ISR");  // not unnamed attackers (INS) beside it
  }
  EXPECT_EQ(attacks, 1);
}

TEST_F(EventsTest, AnAttackersOwnStateIsNoTarget) {
  const auto events =
      CodeBody("وشنت الطائرات الأمريكية غارة استهدفت موقعا عسكريا أمريكيا سابقا في محافظة الأنبار.");
  int attacks = 0;
  for (const Event& e : events) {
    if (e.category != "ASSAULT") continue;
    ++attacks;
    EXPECT_EQ(Countries(e.actor), "USA");
    EXPECT_EQ(Countries(e.recipient), "IRQ");  // the people of the place, not USA → USA
  }
  EXPECT_EQ(attacks, 1);
}

TEST_F(EventsTest, AnAttackOnAPartysPositionsTargetsTheParty) {
  auto events = CodeBody(
      "شنت القوات الأميركية، فجر الأحد، ضربات جوية على 12 هدفاً تابعاً لجماعة الحوثي في محافظة "
      "الحديدة.");
  bool struck = false;
  for (const Event& e : events) {
    if (e.category != "ASSAULT") continue;
    struck = true;
    EXPECT_EQ(Orgs(e.recipient), "HOUTHI");
  }
  EXPECT_TRUE(struck);
  events = CodeBody("نفذ طيران الجيش العراقي، اليوم، ضربات جوية استهدفت أوكاراً لعصابات داعش غربي الأنبار.");
  struck = false;
  for (const Event& e : events) {
    if (e.category != "ASSAULT") continue;
    struck = true;
    EXPECT_EQ(Orgs(e.recipient), "ISIL");
  }
  EXPECT_TRUE(struck);
}

TEST_F(EventsTest, AnAttackRepliedWithIsTheReplier) {
  const auto events =
      CodeBody("وردت المدفعية التركية صباح اليوم بقصف أكثر من 30 هدفاً لقوات النظام في ريف إدلب الشرقي.");
  bool shelled = false;
  for (const Event& e : events) {
    if (e.category != "ASSAULT") continue;
    shelled = true;
    EXPECT_EQ(Countries(e.actor), "TUR");
    EXPECT_EQ(Countries(e.recipient), "SYR");  // the regime's forces, not 30 victims
  }
  EXPECT_TRUE(shelled);
}

TEST_F(EventsTest, APluperfectStrikeWithATimeAfterItIsActive) {
  const auto events = CodeBody(
      "وكانت المدفعية التركية قد قصفت، بعد ظهر أمس الأربعاء، منتجعا سياحيا في محافظة دهوك، ما أسفر عن "
      "مقتل ثمانية مصطافين.");
  bool shelled = false;
  for (const Event& e : events) {
    if (e.category != "ASSAULT") continue;
    shelled = true;
    EXPECT_EQ(Countries(e.actor), "TUR");  // the artillery did it; it is no victim
  }
  EXPECT_TRUE(shelled);
}

TEST_F(EventsTest, ASummonsPastTheTimeAndThePlace) {
  const auto events = CodeBody(
      "استدعت وزارة الخارجية العراقية، اليوم الخميس، في مقرها ببغداد القائم بالأعمال التركي، وسلمته مذكرة "
      "احتجاج.");
  bool summoned = false;
  for (const Event& e : events) {
    if (e.cameo != "114") continue;
    summoned = true;
    EXPECT_EQ(Countries(e.actor), "IRQ");
    EXPECT_EQ(Countries(e.recipient), "TUR");  // the envoy after the place, not inside an aside
  }
  EXPECT_TRUE(summoned);
}

TEST_F(EventsTest, AHeadlinesBareMinistryIsTheOutletsNotTheNextOneNamed) {
  const auto events =
      CodeDated("2022-07-21 10:00:00", "الخارجية تستدعي القائم بالأعمال التركي",
                "بغداد - وكالة محلية\n\nقصفت المدفعية التركية قرية في محافظة دهوك. ونفت وزارة "
                "الخارجية التركية في بيان مسؤولية قواتها عن القصف.");
  bool summoned = false;
  for (const Event& e : events) {
    if (e.cameo != "114") continue;  // not the recall of Turkey's own envoy
    summoned = true;
    EXPECT_EQ(Countries(e.actor), "IRQ");
    EXPECT_EQ(Countries(e.recipient), "TUR");
  }
  EXPECT_TRUE(summoned);
}

TEST_F(EventsTest, TheAttackCondemnedIsTheOneToldBefore) {
  const auto events = CodeBody(
      "شنت المقاتلات الإسرائيلية فجر اليوم غارات على مطار دمشق الدولي. وأدانت وزارة الخارجية الروسية "
      "الغارات، داعية إلى احترام سيادة سوريا.");
  bool condemned = false;
  for (const Event& e : events) {
    if (e.category != "ACCUSE") continue;
    condemned = true;
    EXPECT_EQ(Countries(e.actor), "RUS");
    EXPECT_EQ(Countries(e.recipient), "ISR");  // the raids' doer, not unnamed attackers
  }
  EXPECT_TRUE(condemned);
}

TEST_F(EventsTest, AVerbAfterIdhTellsHowTheSubjectActed) {
  const auto events = CodeBody(
      "ارتكب تحالف العدوان السعودي الأمريكي، فجر أمس، مجزرة بحق المدنيين في محافظة صعدة شمالي اليمن، إذ "
      "استهدف سوقا شعبيا بعدة غارات.");
  bool massacre = false;
  for (const Event& e : events) {
    if (e.category != "ASSAULT") continue;
    massacre = true;
    EXPECT_EQ(Orgs(e.actor), "SLC");  // not Yemen, the country named last before استهدف
  }
  EXPECT_TRUE(massacre);
}

TEST_F(EventsTest, WhatIsSaidInAReceivedCallIsTheCallers) {
  const auto events = CodeBody(
      "تلقى الرئيس اللبناني ميشال عون مساء الأحد اتصالاً هاتفياً من الرئيس الإيراني حسن روحاني، هنأه فيه "
      "بانتخابه رئيساً للجمهورية.");
  bool congratulated = false;
  for (const Event& e : events) {
    if (e.category != "SUPPORT") continue;
    congratulated = true;
    EXPECT_EQ(Countries(e.actor), "IRN");
    EXPECT_EQ(Countries(e.recipient), "LBN");
  }
  EXPECT_TRUE(congratulated);
}

TEST_F(EventsTest, KeepingTheRightToRespondThreatensTheAttacker) {
  auto events = CodeBody(
      "قصفت المدفعية التركية قرية حدودية في محافظة دهوك. وأكد رئيس الوزراء أن العراق يحتفظ بحقه الكامل في "
      "الرد على هذه الاعتداءات.");
  bool threat = false;
  for (const Event& e : events) {
    if (e.category != "THREATEN") continue;
    threat = true;
    EXPECT_EQ(Countries(e.actor), "IRQ");
    EXPECT_EQ(Countries(e.recipient), "TUR");  // the doer of the attacks told before
  }
  EXPECT_TRUE(threat);
  events = CodeBody("وأكدت الوزارة أن سورية تحتفظ بحقها في الرد على العدوان الإسرائيلي بالطرق المناسبة.");
  threat = false;
  for (const Event& e : events) {
    if (e.category != "THREATEN") continue;
    threat = true;
    EXPECT_EQ(Countries(e.recipient), "ISR");
  }
  EXPECT_TRUE(threat);
}

TEST_F(EventsTest, TheAggressionAStateWagesIsItsAttack) {
  const auto events = CodeBody("وأدان مجلس التعاون الخليجي استمرار العدوان الذي تشنه إسرائيل على قطاع غزة.");
  bool condemned = false;
  for (const Event& e : events) {
    if (e.category != "ACCUSE") continue;
    condemned = true;
    EXPECT_EQ(Countries(e.recipient), "ISR");
  }
  EXPECT_TRUE(condemned);
}

TEST_F(EventsTest, AParticipleJoinedByAndToAnother) {
  const auto events = CodeBody(
      "نفت وزارة الخارجية التركية، في بيان، مسؤولية أنقرة عن الهجوم، متهمة حزب العمال الكردستاني بالوقوف "
      "وراءه، وداعية الحكومة العراقية إلى التعاون في التحقيق.");
  bool appeal = false;
  for (const Event& e : events) {
    if (e.category != "REQUEST") continue;
    appeal = true;
    EXPECT_EQ(Countries(e.actor), "TUR");
    EXPECT_EQ(Countries(e.recipient), "IRQ");
  }
  EXPECT_TRUE(appeal);
}

TEST_F(EventsTest, ClosuresAndCutsThatCoerce) {
  auto events =
      CodeBody("وفي خطوة تصعيدية، أغلقت الجزائر، أمس الأحد، مجالها الجوي أمام الطائرات العسكرية الفرنسية.");
  bool closed = false;
  for (const Event& e : events) {
    if (e.cameo != "191") continue;
    closed = true;
    EXPECT_EQ(Countries(e.actor), "DZA");
    EXPECT_EQ(Countries(e.recipient), "FRA");
  }
  EXPECT_TRUE(closed);
  // Since this morning is one act, not a campaign.
  events = CodeBody("وقطعت السلطات السودانية خدمة الإنترنت عن المواطنين منذ صباح اليوم.");
  bool cut = false;
  for (const Event& e : events) cut |= e.cameo == "1721" && Countries(e.actor) == "SDN";
  EXPECT_TRUE(cut);
  // States joined before a pluperfect are all its subjects, and a joined feminine verb's.
  events = CodeBody(
      "وكانت السعودية والإمارات والبحرين ومصر قد قطعت علاقاتها الدبلوماسية مع قطر، وأغلقت منافذها الجوية "
      "والبرية والبحرية أمامها.");
  for (const Event& e : events) {
    if (e.category != "SANCTION" && e.category != "COERCE") continue;
    EXPECT_EQ(Countries(e.actor), "ARE+BHR+EGY+SAU") << e.cameo;
  }
}

TEST_F(EventsTest, SanctionsOnAPartysPeopleAreOnTheParty) {
  const auto events = CodeBody(
      "وكانت وزارة الخزانة الأمريكية قد فرضت الشهر الماضي عقوبات على قائدين بارزين في قوات الدعم السريع.");
  bool sanctioned = false;
  for (const Event& e : events) {
    if (e.category != "SANCTION") continue;
    sanctioned = true;
    EXPECT_EQ(Countries(e.actor), "USA");
    EXPECT_EQ(Orgs(e.recipient), "RSF");
  }
  EXPECT_TRUE(sanctioned);
}

TEST_F(EventsTest, TalksWithANameNoOneKnowsAndItsOffice) {
  const auto events = CodeBody(
      "أجرى ناصر بوريطة، وزير الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج، اليوم بالرباط، "
      "مباحثات مع ظهير ذو الكمال، وزير الشؤون الخارجية والتعاون الدولي لاتحاد جزر القمر.");
  bool talks = false;
  for (const Event& e : events) {
    if (e.category != "CONSULT") continue;
    talks = true;
    EXPECT_EQ(Countries(e.actor), "MAR");
    EXPECT_EQ(Countries(e.recipient), "COM");  // the office after the untagged name, past its comma
  }
  EXPECT_TRUE(talks);
}

TEST_F(EventsTest, TheIncidentCondemnedIsAnAttack) {
  const auto events = CodeBody(
      "وكان متطرف قد أحرق نسخة من المصحف أمام السفارة التركية في كوبنهاغن. بدورها، أدانت منظمة التعاون "
      "الإسلامي في بيان الحادثة.");
  bool condemned = false;
  for (const Event& e : events) {
    if (e.category != "ACCUSE") continue;
    condemned = true;
    EXPECT_EQ(Orgs(e.actor), "OIC");
  }
  EXPECT_TRUE(condemned);
}

TEST_F(EventsTest, CountedStaffOfABodyAreTheBodys) {
  const auto events = CodeBody(
      "وأعلنت الخارجية الجزائرية أنها قررت طرد 12 موظفاً بالسفارة الفرنسية وإمهالهم 48 ساعة لمغادرة البلاد.");
  bool expelled = false;
  for (const Event& e : events) {
    if (e.trigger.find("طرد") == std::string::npos) continue;
    expelled = true;
    EXPECT_EQ(Countries(e.recipient), "FRA");  // not twelve Algerian civilians
  }
  EXPECT_TRUE(expelled);
}

TEST_F(EventsTest, APartysOwnFightersActForIt) {
  const auto events = CodeBody(
      "وفي بيان ثان، أكدت المقاومة الإسلامية في لبنان أن مجاهديها قصفوا بعد الظهر تجمعاً لجنود العدو "
      "الإسرائيلي في محيط موقع المالكية بقذائف المدفعية.");
  bool shelled = false;
  for (const Event& e : events) {
    if (e.category != "ASSAULT") continue;
    shelled = true;
    EXPECT_EQ(Orgs(e.actor), "HZB");  // its fighters did it; they are no victims
    EXPECT_EQ(Countries(e.recipient),
              "ISR");  // the soldiers' gathering, not the artillery it was shelled with
  }
  EXPECT_TRUE(shelled);
}

TEST_F(EventsTest, TheArrestedAreOfThePlaceTheyWereTaken) {
  auto events = CodeBody(
      "إلى ذلك، اعتقل جهاز الأمن والمخابرات الوطني فجر أمس عدداً من قيادات أحزاب المعارضة من منازلهم في "
      "الخرطوم.");
  bool arrested = false;
  for (const Event& e : events) {
    if (e.cameo != "173") continue;
    arrested = true;
    EXPECT_EQ(Countries(e.recipient), "SDN");
  }
  EXPECT_TRUE(arrested);
  // The arresting forces' nationality past their adjective is theirs, not the arrested.
  events = CodeBody("واعتقلت القوات الأمنية العراقية فجر اليوم ثلاثة مطلوبين في محافظة نينوى.");
  for (const Event& e : events) {
    if (e.cameo != "173") continue;
    for (const EventParty& p : e.recipient) EXPECT_NE(p.text, "العراقية");
  }
}

TEST_F(EventsTest, WaDanOpeningASentenceCondemns) {
  const auto events = CodeBody(
      "شنت مقاتلات روسية غارات على بلدات في ريف إدلب. ودان الائتلاف الوطني السوري لقوى الثورة والمعارضة "
      "الغارات الروسية.");
  bool condemned = false;
  for (const Event& e : events) {
    if (e.category != "ACCUSE") continue;
    condemned = true;
    EXPECT_EQ(Orgs(e.actor), "SNC");
    EXPECT_EQ(Countries(e.recipient), "RUS");
  }
  EXPECT_TRUE(condemned);
}

TEST_F(EventsTest, TheRestOfALongNameIsNoObject) {
  const auto events = CodeBody(
      "ودان الائتلاف الوطني السوري لقوى الثورة والمعارضة، في بيان اليوم، التصعيد العسكري الذي تشنه روسيا "
      "على مناطق شمال غربي سوريا.");
  bool condemned = false;
  for (const Event& e : events) {
    if (e.category != "ACCUSE") continue;
    condemned = true;
    EXPECT_EQ(Countries(e.recipient), "RUS");  // not the opposition of the coalition's own name
  }
  EXPECT_TRUE(condemned);
}

TEST_F(EventsTest, AMovementsOutletCallsItsAuthoritiesTheStates) {
  Article a = MakeArticle("", "ودانت وزارة الخارجية في بيان اليوم الغارات الأمريكية على مدينة الحديدة.");
  a.url = "https://www.almasirah.net/post/1/x";  // the Houthis' outlet (lexicons/sources.tsv, side HOUTHI)
  bool condemned = false;
  for (const Event& e : Code(a)) {
    if (e.category != "ACCUSE") continue;
    condemned = true;
    EXPECT_EQ(Orgs(e.actor), "HOUTHI");
    EXPECT_EQ(Countries(e.recipient), "USA");
  }
  EXPECT_TRUE(condemned);
}

TEST_F(EventsTest, TheObjectAfterAnAsideThatNamesAPlace) {
  ExpectSides(CodeBody("طالب وزير الخارجية المصري، في مؤتمر صحفي عقده أمس بالقاهرة، الحكومة الإثيوبية "
                       "بالامتناع عن أي خطوة أحادية."),
              "REQUEST", "EGY", "ETH");
}

TEST_F(EventsTest, ACapitalOrALongNameBetweenKanaAndQadIsTheSubject) {
  ExpectSides(CodeBody("وكانت الرباط قد دعت مجلس الأمن الدولي إلى عقد جلسة طارئة."), "REQUEST", "MAR", "");
  const Event* call = Find(CodeBody("وكانت الرباط قد دعت مجلس الأمن الدولي إلى عقد جلسة طارئة."), "REQUEST");
  ASSERT_NE(call, nullptr);
  EXPECT_EQ(Orgs(call->recipient), "UN");
  ExpectSides(
      CodeBody("وكانت وزارة الخارجية الأردنية وشؤون المغتربين قد استدعت، أمس، السفير الإسرائيلي في عمّان."),
      "ACCUSE", "JOR", "ISR");
}

TEST_F(EventsTest, AUnitOfAForceArrestsForIt) {
  const Event* arrest =
      Find(CodeBody("وألقت قوة من جهاز مكافحة الإرهاب العراقي القبض على إرهابيين اثنين في كركوك."), "COERCE");
  ASSERT_NE(arrest, nullptr);
  EXPECT_EQ(Countries(arrest->actor), "IRQ");
}

TEST_F(EventsTest, ClashesBetweenTwoForcesOfOneStateKeepTheirTarget) {
  ExpectSides(CodeBody("واندلعت اشتباكات عنيفة بين اللواء 444 قتال وجهاز الردع في طرابلس أمس."), "ASSAULT",
              "LBY", "LBY");
}

TEST_F(EventsTest, AForceOfAnArmyAttacksForIt) {
  const Event* raid = Find(CodeBody("واقتحمت قوة كبيرة من الجيش الإسرائيلي مخيم جنين فجر اليوم."), "ASSAULT");
  ASSERT_NE(raid, nullptr);
  EXPECT_EQ(Countries(raid->actor), "ISR");
}

TEST_F(EventsTest, TheResistanceAloneIsTheOneNamedBefore) {
  const Event* strike =
      Find(CodeBody("أعلنت المقاومة الإسلامية في لبنان استهداف موقع للجيش الإسرائيلي. وأكدت "
                    "المقاومة أنها قصفت ظهر اليوم تجمعاً لجنود العدو قرب بلدة كفركلا."),
           "ASSAULT");
  ASSERT_NE(strike, nullptr);
  EXPECT_EQ(Orgs(strike->actor), "HZB");
}

TEST_F(EventsTest, AJoinedCallForAnInquiryAddressesTheAuthorities) {
  const Event* call =
      Find(CodeBody("وأدان رئيس بعثة الأمم المتحدة التفجير الإرهابي، واصفاً إياه بالجبان، ودعا "
                    "السلطات العراقية إلى إجراء تحقيق شامل."),
           "REQUEST");
  ASSERT_NE(call, nullptr);
  EXPECT_EQ(Orgs(call->actor), "UN");
  EXPECT_EQ(Countries(call->recipient), "IRQ");
}

TEST_F(EventsTest, ADroneLaunchedAtACitysAirportStrikesItsState) {
  ExpectSides(CodeBody("وأطلقت جماعة الحوثي، فجر اليوم، طائرة مسيرة مفخخة باتجاه مطار جازان جنوبي السعودية."),
              "ASSAULT", "YEM", "SAU");
}

TEST_F(EventsTest, MarchesACrowdWentOutInAreAProtest) {
  const Event* march =
      Find(CodeBody("خرج آلاف السودانيين، اليوم الخميس، في مواكب حاشدة بالخرطوم للمطالبة بالحكم "
                    "المدني."),
           "PROTEST");
  ASSERT_NE(march, nullptr);
  EXPECT_EQ(Countries(march->actor), "SDN");
  // "مواكبا" (in step with) is no march.
  EXPECT_EQ(Find(CodeBody("وجاء اللقاء مواكبا لما أعلنته الحكومة الروسية."), "PROTEST"), nullptr);
}

TEST_F(EventsTest, AStandAgainstAnySuchStepRejectsNoOne) {
  EXPECT_EQ(Find(CodeBody("وأكد الرئيس المصري دعم مصر الكامل للصومال، ورفضها أي إجراءات من شأنها المساس "
                          "بوحدة أراضيه."),
                 "REJECT"),
            nullptr);
}

TEST_F(EventsTest, ForcesAttackedWithNoStateNamedAreThoseOfWhereItHappens) {
  const Event* attack =
      Find(CodeBody("أطلق مسلحون مجهولون النار مساء أمس على نقطة تفتيش للجيش في قضاء الخالص "
                    "بمحافظة ديالى العراقية."),
           "ASSAULT");
  ASSERT_NE(attack, nullptr);
  EXPECT_EQ(Countries(attack->recipient), "IRQ");
}

TEST_F(EventsTest, TheDoerOfAKillingNamedAfterTheVictimsLongNameAndTheTime) {
  const Event* killing =
      Find(CodeBody("قُتل ثلاثة عناصر من قوى الأمن الداخلي (الأسايش) وأصيب اثنان آخران، صباح "
                    "اليوم الجمعة، بقصف طائرة مسيّرة تركية قرب مدينة القامشلي السورية."),
           "ASSAULT");
  ASSERT_NE(killing, nullptr);
  EXPECT_EQ(Countries(killing->actor), "TUR");
  EXPECT_EQ(Countries(killing->recipient), "SYR");
}

TEST_F(EventsTest, StatesListedInBracketsActTogether) {
  const Event* call =
      Find(CodeBody("وكانت دول الترويكا (الولايات المتحدة وبريطانيا والنرويج) قد طالبت السلطات "
                    "السودانية بضبط النفس."),
           "REQUEST");
  ASSERT_NE(call, nullptr);
  EXPECT_EQ(Countries(call->actor), "USA+GBR+NOR");
  EXPECT_EQ(Countries(call->recipient), "SDN");
}

TEST_F(EventsTest, QadWithTheImperfectIsAPossibility) {
  const Event* meeting = Find(CodeBody("وقد يلتقي الرئيس الأمريكي نظيره الصيني في قمة العشرين."), "CONSULT");
  ASSERT_NE(meeting, nullptr);
  EXPECT_EQ(meeting->modality, "hypothetical");
}

TEST_F(EventsTest, ATripToACapitalNamedByItsStatesAdjective) {
  // The ه of توجه is the root's, not an object pronoun.
  const Event* trip =
      Find(CodeBody("ومن المقرر أن يتوجه رئيس الوزراء الليبي، الخميس المقبل، إلى العاصمة الروسية "
                    "موسكو في زيارة رسمية."),
           "CONSULT");
  ASSERT_NE(trip, nullptr);
  EXPECT_EQ(Countries(trip->actor), "LBY");
  EXPECT_EQ(Countries(trip->recipient), "RUS");
  EXPECT_EQ(trip->modality, "future");
}

TEST_F(EventsTest, PraiseOfWhatAPartyDoesPastALongSubjectAndTheOccasion) {
  ExpectSides(
      CodeBody("وأشادت الممثلة العليا للشؤون الخارجية والسياسة الأمنية في الاتحاد الأوروبي كايا كالاس "
               "بالدور الذي تضطلع به سلطنة عمان."),
      "SUPPORT", "", "OMN");
  ExpectSides(CodeBody("وأشاد وزير الخارجية البرتغالي خلال اللقاء بالإصلاحات الاقتصادية والاجتماعية التي "
                       "تشهدها السعودية."),
              "SUPPORT", "PRT", "SAU");
}

TEST_F(EventsTest, TheKingdomAloneIsTheKingdomNamedLast) {
  ExpectSides(CodeBody("قطعت الجزائر علاقاتها الدبلوماسية مع المغرب. وبرر وزير الخارجية الجزائري القرار، "
                       "متهماً المملكة بدعم حركة انفصالية."),
              "SANCTION", "DZA", "MAR");
  // The accusation that justifies the cut is part of it (manual, section 1).
  EXPECT_EQ(Find(CodeBody("قطعت الجزائر علاقاتها الدبلوماسية مع المغرب. وبرر وزير الخارجية الجزائري القرار، "
                          "متهماً المملكة بدعم حركة انفصالية."),
                 "ACCUSE"),
            nullptr);
}

TEST_F(EventsTest, TheFourStatesAreTheFourListedBefore) {
  const Event* accusation = Find(CodeBody("وكانت السعودية والإمارات والبحرين ومصر قد قطعت علاقاتها مع قطر. "
                                          "واتهم وزير الخارجية القطري الدول الأربع بالسعي إلى فرض الوصاية."),
                                 "ACCUSE");
  ASSERT_NE(accusation, nullptr);
  EXPECT_EQ(Countries(accusation->actor), "QAT");
  EXPECT_EQ(Countries(accusation->recipient), "SAU+ARE+BHR+EGY");
}

TEST_F(EventsTest, AProtestMetByForcesIsAgainstTheirState) {
  const auto events = CodeBody(
      "وشارك مئات المواطنين في مسيرة انطلقت من وسط بلدة بيتا باتجاه جبل صبيح، رفضاً "
      "لإقامة بؤرة استيطانية على قمته، قبل أن تقمع قوات الاحتلال المشاركين فيها.");
  const Event* march = Find(events, "PROTEST");
  ASSERT_NE(march, nullptr);
  EXPECT_EQ(Countries(march->recipient), "ISR");
  EXPECT_EQ(Find(events, "CONSULT"), nullptr);  // قمته: the mountain's top, no summit
}

TEST_F(EventsTest, TheCoalitionAloneIsTheCoalitionNamed) {
  const auto events = CodeBody(
      "شن طيران التحالف العربي غارات على صنعاء. في المقابل، نفى التحالف، في بيان صدر مساء "
      "السبت، اتهامات جماعة الحوثي.");
  const Event* denial = Find(events, "REJECT");
  ASSERT_NE(denial, nullptr);
  EXPECT_EQ(Orgs(denial->actor), "SLC");
  EXPECT_EQ(Orgs(denial->recipient), "HOUTHI");
  // A relative adjective of a trigger's noun tells no act.
  EXPECT_EQ(Find(CodeBody("وأثنى الوزير على احترافية الطيارين في تنفيذ المهام القتالية."), "ASSAULT"),
            nullptr);
}

TEST_F(EventsTest, AnInvitationAcceptedOrPromisedAnswers) {
  const auto accepted = CodeBody(
      "ووجه وزير الخارجية الأردني دعوة رسمية إلى نظيره الكويتي لزيارة عمّان، فقبلها "
      "الشيخ صباح الخالد على أن يحدد موعدها لاحقاً.");
  int acceptances = 0;
  for (const Event& e : accepted) acceptances += e.cameo == "036" && Countries(e.recipient) == "JOR";
  EXPECT_EQ(acceptances, 1);
  const auto promised = CodeBody(
      "ودعا وزير الخارجية السعودي الرئيس اللبناني إلى زيارة المملكة، فوعد الأخير بتلبية "
      "الدعوة.");
  acceptances = 0;
  for (const Event& e : promised) acceptances += e.cameo == "036" && Countries(e.recipient) == "SAU";
  EXPECT_EQ(acceptances, 1);
}

TEST_F(EventsTest, APartysFightersReadAsTheSubjectActForIt) {
  ExpectSides(CodeBody("وأعلن \"حزب الله\" في بيان أن مقاتليه استهدفوا عصر اليوم موقع المالكية التابع للجيش "
                       "الإسرائيلي بالأسلحة المناسبة."),
              "ASSAULT", "LBN", "ISR");
}

TEST_F(EventsTest, AJoinedVerbAfterAReportIsTheReportedSubjects) {
  const auto events = CodeBody(
      "نابلس - وذكر شهود أن قوات الاحتلال دهمت البلدة فجرا، وحاصرت مبنى سكنيا، وأطلقت النار تجاه "
      "الشبان.");
  const Event* siege = Find(events, "COERCE");
  ASSERT_NE(siege, nullptr);
  EXPECT_EQ(Countries(siege->actor), "ISR");  // the forces, not the witnesses
}

TEST_F(EventsTest, ACondemnedCrimeIsTheRaidOnTheSpeakersPeople) {
  const auto events = CodeBody(
      "طولكرم - قتل ثلاثة شبان برصاص قوات الاحتلال خلال اقتحامها مخيم نور شمس. واشتبك مسلحون من "
      "\"كتيبة طولكرم\" مع القوات المقتحمة. ودان الناطق باسم الرئاسة أمس الجريمة.");
  const Event* condemnation = Find(events, "ACCUSE");
  ASSERT_NE(condemnation, nullptr);
  EXPECT_EQ(Countries(condemnation->actor), "PSE");
  EXPECT_EQ(Countries(condemnation->recipient), "ISR");
}

TEST_F(EventsTest, TheOneHeldResponsibleDidTheCondemnedCrime) {
  ExpectSides(CodeBody("دانت الخارجية الأردنية الجريمة، محملة حكومة الاحتلال المسؤولية الكاملة عنها."),
              "ACCUSE", "JOR", "ISR");
}

TEST_F(EventsTest, ACondemnationSpokenThroughAnOfficialReachesItsObject) {
  ExpectSides(CodeBody("واستنكرت منظمة التعاون الإسلامي، على لسان أمينها العام المساعد للشؤون السياسية، "
                       "اقتحام قوات الاحتلال لبلدة بيتا."),
              "ACCUSE", "", "ISR");
}

TEST_F(EventsTest, TheOccupationAloneIsIsraelButNotInHistory) {
  const auto threat = CodeBody("وتوعد الناطق باسم حركة «حماس» فوزي برهوم الاحتلال بدفع ثمن جرائمه.");
  const Event* e = Find(threat, "THREATEN");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(Orgs(e->actor), "HAMAS");
  EXPECT_EQ(Countries(e->recipient), "ISR");
  for (const Event& h :
       CodeBody("وساعد الملك جيش المغول على احتلال حلب، وانتهى الاحتلال العثماني للمدينة لاحقا.")) {
    for (const EventParty& p : h.recipient) EXPECT_NE(p.country, "ISR");
  }
}

TEST_F(EventsTest, AVisitUnderWayInARelativeClauseIsCoded) {
  const auto events = CodeBody(
      "ووقع وزير المالية السعودي الاتفاقية مع وزير النقل العراقي، الذي يقوم بزيارة للرياض حاليا على "
      "رأس وفد رفيع.");
  ExpectSides(events, "CONSULT", "IRQ", "SAU");
  // A habit told in a relative clause stays background.
  EXPECT_EQ(Find(CodeBody("وقال نواب البرلمان الذي يعقد جلساته في طبرق إنهم يرفضون الاتفاق."), "CONSULT"),
            nullptr);
}

TEST_F(EventsTest, PraisePastALongAside) {
  ExpectSides(CodeBody("وأشاد وزير الخارجية الأردني، في تصريح لصحيفة «الرأي» عقب انتهاء الجلسة الختامية، "
                       "بدعم قطر المتواصل."),
              "SUPPORT", "JOR", "QAT");
}

TEST_F(EventsTest, ADatelineWithASlashOrAStretchedDashGivesTheHomeState) {
  for (const char* body : {"أربيل/ الصحيفة: استدعت وزارة الخارجية السفير التركي.",
                           "بغداد ـ الصحيفة: استدعت وزارة الخارجية السفير التركي."}) {
    ExpectSides(CodeBody(body), "ACCUSE", "IRQ", "TUR");
  }
}

TEST_F(EventsTest, SolidarityWithAPossessiveIsTheNoun) {
  ExpectSides(CodeBody("وأدان البرلمان العربي الهجوم، مؤكدا تضامنه الكامل مع تونس في حربها على الإرهاب."),
              "SUPPORT", "", "TUN");
}

TEST_F(EventsTest, TheVeryWordsOfARoleAreItsFirstHolder) {
  // "سمو وزير الخارجية" in a Saudi wire is the prince, not the guest who is his foreign counterpart.
  const auto events = Code(
      MakeArticle("",
                  "الرياض - واس: استقبل صاحب السمو الأمير فيصل بن فرحان وزير الخارجية، أمس، وزير الخارجية "
                  "البرتغالي جواو كرافينيو.\n\nوفي وقت لاحق، تلقى سمو وزير الخارجية اتصالا هاتفيا من وزير "
                  "الخارجية الأردني أيمن الصفدي."));
  int calls = 0;
  for (const Event& e : events) {
    if (e.cameo != "041") continue;
    ++calls;
    EXPECT_EQ(Countries(e.actor), "JOR");
    EXPECT_EQ(Countries(e.recipient), "SAU");
  }
  EXPECT_EQ(calls, 1);
}

TEST_F(EventsTest, TheTwoMinistersAreNotTheirSpokesmanAndADualVerbIsTheirs) {
  const auto events = Code(
      MakeArticle("",
                  "القاهرة - توجه وزير الخارجية المصري سامح شكري إلى عمان.\n\nوصرح السفير أحمد أبو زيد، "
                  "المتحدث الرسمي باسم وزارة الخارجية، بأن الوزير شكري عقد مباحثات مع نظيره الأردني أيمن "
                  "الصفدي.\n\nوأوضح المتحدث أن الجانبين أكدا رفضهما للتهجير، كما طالبا إسرائيل بوقف عملياتها "
                  "العسكرية.\n\nواتفق الوزيران على استمرار التنسيق."));
  const Event* demand = Find(events, "REQUEST");
  ASSERT_NE(demand, nullptr);
  EXPECT_EQ(Countries(demand->actor), "EGY+JOR");
  EXPECT_EQ(Countries(demand->recipient), "ISR");
  const Event* agreement = Find(events, "AGREE");
  ASSERT_NE(agreement, nullptr);
  EXPECT_EQ(Countries(agreement->actor), "EGY+JOR");
  for (const EventParty& p : agreement->actor) EXPECT_NE(p.sector, "DIP");
}

TEST_F(EventsTest, TearGasFiredToDisperseAndWithBullets) {
  for (const char* body :
       {"الخرطوم - وأطلقت قوات الأمن الغاز المسيل للدموع لتفريق المحتجين قرب القصر الجمهوري.",
        "الخرطوم - وأطلقت قوات الأمن الغاز المسيل للدموع والرصاص الحي على المحتجين قرب "
        "القصر الجمهوري."}) {
    const auto events = CodeBody(body);
    bool fired = false;
    for (const Event& e : events) {
      if (e.cameo != "175") continue;
      fired = true;
      EXPECT_EQ(Countries(e.actor), "SDN") << body;
      EXPECT_EQ(Countries(e.recipient), "SDN") << body;
    }
    EXPECT_TRUE(fired) << body;
  }
}

TEST_F(EventsTest, AnAttackWithNoTargetStrikesTheStateOfThePlaceItNames) {
  ExpectSides(CodeBody("شن طيران العدو الإسرائيلي فجر أمس غارات على محيط مطار عسكري غرب دمشق."), "ASSAULT",
              "ISR", "SYR");
}

TEST_F(EventsTest, TheOutletsOwnForcesStrikingAtHome) {
  const auto events = Code(MakeArticle(
      "",
      "القاهرة - أصدر المتحدث العسكري بيانا جديدا.\n\nوأوضح البيان أن القوات الجوية استهدفت أمس عددا "
      "من البؤر الإرهابية في وسط سيناء."));
  const Event* strike = Find(events, "ASSAULT");
  ASSERT_NE(strike, nullptr);
  EXPECT_EQ(Countries(strike->actor), "EGY");
}

TEST_F(EventsTest, ACondemnationInAStatementAndACallAfterAClosedQuote) {
  const auto events = CodeBody(
      "ودان الحزب السوري القومي الاجتماعي في بيان أصدره أمس العدوان الذي شنه كيان الاحتلال على "
      "الأراضي السورية، معتبرا أن «العدوان ما كان ليحصل لولا الصمت الدولي»، ودعا الحكومة "
      "اللبنانية إلى موقف حازم.");
  ExpectSides(events, "ACCUSE", "LBN", "ISR");
  const Event* call = Find(events, "REQUEST");
  ASSERT_NE(call, nullptr);
  EXPECT_EQ(call->modality, "asserted");
  EXPECT_EQ(Countries(call->actor), "LBN");
}

TEST_F(EventsTest, AVerbInQuotationMarksIsStillActive) {
  ExpectSides(CodeBody("وأعلنت وزارة الدفاع التركية أن القوات التركية «حيّدت» خمسة من عناصر حزب العمال "
                       "الكردستاني في منطقة متينا."),
              "ASSAULT", "TUR", "TUR");
}

TEST_F(EventsTest, ThoseDeportedKeepNoStateOfThePlace) {
  const Event* deported =
      Find(CodeBody("الجزائر - ورحّلت السلطات 300 مهاجر غير نظامي عبر الحدود الجنوبية."), "COERCE");
  ASSERT_NE(deported, nullptr);
  EXPECT_EQ(Countries(deported->actor), "DZA");
  for (const EventParty& p : deported->recipient) EXPECT_EQ(p.country, "");
}

TEST_F(EventsTest, AliInANameAndAnotherStatesPresident) {
  const auto events = Code(
      MakeArticle("",
                  "طرابلس - استقبل رئيس المجلس الرئاسي مصطفى علي الزوي، أمس، سفير الاتحاد الأوروبي لدى "
                  "ليبيا.\n\nومن المقرر أن يتوجه الزوي إلى القاهرة الأسبوع المقبل للقاء الرئيس المصري."));
  int receptions = 0;
  for (const Event& e : events) {
    if (e.cameo != "043") continue;
    ++receptions;
    EXPECT_EQ(Orgs(e.actor), "EU");
    EXPECT_EQ(Countries(e.recipient), "LBY");  // not Egypt's, whose president is another man
  }
  EXPECT_EQ(receptions, 1);
}

TEST_F(EventsTest, AnMPNamedAliOfTheResistanceBloc) {
  ExpectSides(CodeBody("وانتقد عضو كتلة الوفاء للمقاومة النائب علي حسن فضل الله المقترحات التي يحملها "
                       "الموفد الأميركي إلى بيروت."),
              "ACCUSE", "LBN", "USA");
}

TEST_F(EventsTest, WhatAForceManagedToDoAndAMovementStrikingItsOwnTown) {
  const Event* arrest = Find(CodeBody("المكلا - تمكنت قوات الأمن، أمس، من اعتقال خلية إرهابية تابعة لتنظيم "
                                      "القاعدة في مديرية غيل باوزير."),
                             "COERCE");
  ASSERT_NE(arrest, nullptr);
  EXPECT_EQ(Countries(arrest->actor), "YEM");
  const Event* strike =
      Find(CodeBody("وأطلقت ميليشيا الحوثي مساء أمس صاروخا باليستيا على حي سكني وسط مدينة مأرب."), "ASSAULT");
  ASSERT_NE(strike, nullptr);
  EXPECT_EQ(Orgs(strike->actor), "HOUTHI");
  EXPECT_EQ(Countries(strike->recipient), "YEM");
}

TEST_F(EventsTest, ADenialIsAimedAtWhoeverMadeTheClaim) {
  ExpectSides(CodeBody("ونفى الناطق باسم الخارجية الإيرانية ما ادعاه الجيش الإسرائيلي عن إطلاق صواريخ من "
                       "سوريا."),
              "REJECT", "IRN", "ISR");
  ExpectSides(CodeBody("ونفت الحكومة السورية اتهامات الخارجية الأمريكية باستخدام أسلحة محظورة."), "REJECT",
              "SYR", "USA");
  // The spokesman of a body quoted right after باسم is that body's.
  const Event* denial = Find(CodeBody("ونفى المتحدث الرسمي باسم «اليونيفيل» أندريا تيننتي ما ادعاه الجيش "
                                      "الإسرائيلي عن تعرض دورياتها لإطلاق نار."),
                             "REJECT");
  ASSERT_NE(denial, nullptr);
  EXPECT_EQ(Orgs(denial->actor), "UN");
  EXPECT_EQ(Countries(denial->recipient), "ISR");
}

TEST_F(EventsTest, AnEarlierCallIsNotTheMeetingItArranged) {
  const auto events = Code(MakeArticle(
      "",
      "بكين - التقى وزير الخارجية السعودي أمس نظيره الإيراني في بكين.\n\nوكان وزير الخارجية "
      "السعودي ونظيره الإيراني قد أجريا اتصالا هاتفيا الأحد الماضي، واتفق الوزيران خلاله على عقد هذا "
      "اللقاء."));
  int calls = 0, meetings = 0;
  for (const Event& e : events) {
    if (e.category != "CONSULT") continue;
    (e.cameo == "041" ? calls : meetings) += 1;
    EXPECT_EQ(Countries(e.actor), "SAU") << e.cameo;
    EXPECT_EQ(Countries(e.recipient), "IRN") << e.cameo;
  }
  EXPECT_EQ(calls, 1);
  EXPECT_EQ(meetings, 1);
}

TEST_F(EventsTest, PraiseOfAStateAfterAStatementAside) {
  ExpectSides(
      CodeBody("أشاد الأمين العام لمجلس التعاون لدول الخليج العربية جاسم محمد البديوي، في بيان صدر أمس "
               "في الرياض، بالجهود التي بذلتها جمهورية الصين الشعبية في رعاية الاتفاق."),
      "SUPPORT", "", "CHN");
}

TEST_F(EventsTest, TwoDelegationsBroughtInAreNotBothSides) {
  const auto events = CodeBody(
      "وبحث وزير الخارجية المصري مع نظيره الفلسطيني التطورات في غزة. ومن المقرر أن يتوجه وفدان أمنيان "
      "مصريان إلى تل أبيب ورام الله خلال الساعات المقبلة.");
  int visits = 0;
  for (const Event& e : events) {
    if (e.cameo != "042") continue;
    ++visits;
    // Two Egyptian delegations, by their nationality after their kind, not the two sides of the talks.
    EXPECT_EQ(Countries(e.actor), "EGY");
  }
  EXPECT_EQ(visits, 1);
}

TEST_F(EventsTest, AHeadlinesSecondPartHasTheFirstPartsSubject) {
  const auto events =
      Code(MakeArticle("وزير الخارجية يتلقى اتصالا من نظيره التركي.. ويستقبل المبعوث الأممي", ""));
  for (const Event& e : events) EXPECT_NE(e.cameo, "043") << e.trigger;
}

TEST_F(EventsTest, AnAppealJoinedByAndToAnEarlierParticiple) {
  ExpectSides(CodeBody("وانتقد رئيس الوزراء اللبناني التهديدات الإسرائيلية، معتبراً أنها خطيرة، وداعياً الأمم "
                       "المتحدة إلى التحرك."),
              "REQUEST", "LBN", "");
}

TEST_F(EventsTest, AMeetingDuringAVisitIsTheVisitors) {
  const Event* meeting = Find(CodeBody("ومن المقرر أن يتوجه وزير الخارجية الأردني الأسبوع المقبل إلى "
                                       "باريس، في زيارة يلتقي خلالها الرئيس الفرنسي."),
                              "CONSULT");
  ASSERT_NE(meeting, nullptr);
  EXPECT_EQ(Countries(meeting->actor), "JOR");
  EXPECT_EQ(Countries(meeting->recipient), "FRA");
}

TEST_F(EventsTest, AVisitInARelativeClauseWithNoAntecedentBesideIt) {
  const auto events = CodeBody(
      "استقبل وزير الخارجية الكويتي أمس وزير الخارجية الأردني والوفد المرافق له، الذي يزور البلاد في إطار "
      "جولة تشمل قطر.");
  for (const Event& e : events) {
    if (e.category != "CONSULT") continue;
    EXPECT_EQ(e.cameo, "043");  // the reception, not a visit to Qatar by the host
    EXPECT_EQ(Countries(e.actor), "JOR");
  }
}

TEST_F(EventsTest, AnInvitationToActIsAnAppeal) {
  ExpectSides(CodeBody("وجدد وزير الخارجية القطري دعوة بلاده لإيران إلى «اتخاذ خطوات لبناء الثقة مع "
                       "جيرانها»."),
              "REQUEST", "QAT", "IRN");
}

TEST_F(EventsTest, AMinistryNamedAsTheBuildingOfAMeeting) {
  const Event* reception = Find(CodeBody("استقبل وزير الخارجية الكويتي في مكتبه بديوان عام الوزارة أمس سفير "
                                         "جمهورية العراق لدى البلاد."),
                                "CONSULT");
  ASSERT_NE(reception, nullptr);
  EXPECT_EQ(Countries(reception->actor), "IRQ");
  EXPECT_EQ(Countries(reception->recipient), "KWT");
}

TEST_F(EventsTest, APhraseDoesNotRunIntoAClauseOpenedByFiima) {
  // A habit counted yearly, then a total: neither is an act of aid, and the phrase قدم مساعدات إنسانية
  // does not join their words across فيما.
  const auto events = CodeBody(
      "يذكر أن الكويت تقدم سنوياً مساهمات طوعية لدعم موازنة الأونروا، فيما تجاوز إجمالي مساعداتها "
      "الإنسانية للعراق منذ عام 2014 مئات الملايين من الدولارات.");
  for (const Event& e : events) EXPECT_NE(e.category, "AID") << e.trigger;
}

TEST_F(EventsTest, ARelieFlightSentIsAidAndNoPlan) {
  const Event* aid = Find(CodeBody("وسيّرت دولة قطر أمس طائرة إغاثة تحمل 30 طناً من المواد الطبية إلى "
                                   "النازحين السوريين في شمال البلاد."),
                          "AID");
  ASSERT_NE(aid, nullptr);
  EXPECT_EQ(Countries(aid->actor), "QAT");
  EXPECT_EQ(aid->modality, "asserted");  // the س of سيّر is the verb's, not the future's
}

TEST_F(EventsTest, TearGasUsedAndACurfewImposed) {
  const auto events = CodeBody(
      "واستخدمت قوات الأمن التونسية أمس الغاز المسيل للدموع لتفريق المحتجين في العاصمة، فيما فرضت "
      "الحكومة التونسية حظراً شاملاً للتجوال في مدينة القصرين.");
  ExpectSides(events, "ASSAULT", "TUN", "TUN");
  const Event* curfew = Find(events, "COERCE");
  ASSERT_NE(curfew, nullptr);
  EXPECT_EQ(curfew->cameo, "1723");
  EXPECT_EQ(Countries(curfew->recipient), "TUN");  // on the imposer's own people
}

TEST_F(EventsTest, ASpecialRepresentativeOfTheSecretaryGeneral) {
  const Event* condemnation = Find(
      CodeBody("وأدانت الممثلة الخاصة للأمين العام للأمم المتحدة في ليبيا الهجوم على طرابلس."), "ACCUSE");
  ASSERT_NE(condemnation, nullptr);
  EXPECT_EQ(Orgs(condemnation->actor), "UN");
}

TEST_F(EventsTest, AThreatsTargetPastTheSpeakersWordsAndWhereHeSaidIt) {
  ExpectSides(CodeBody("وهدد المتحدث العسكري باسم الجيش الإيراني، في تغريدة على «تويتر» مساء أمس، باستئناف "
                       "الهجمات على إسرائيل والولايات المتحدة."),
              "THREATEN", "IRN", "ISR+USA");
}

TEST_F(EventsTest, ADenialOfThoseAccusationsAndTheParticipleOfItsClause) {
  const auto events = CodeBody(
      "واتهمت الحكومة الإثيوبية الحكومة السودانية بدعم المتمردين، فيما نفى وزير الخارجية السوداني تلك "
      "الاتهامات، متهماً الحكومة الإثيوبية بالتصعيد.");
  ExpectSides(events, "REJECT", "SDN", "ETH");
  // The participle is the denier's, whose clause فيما opens, not the first accuser's.
  ExpectSides(events, "ACCUSE", "SDN", "ETH");
}

TEST_F(EventsTest, HereIsNoCongratulation) {
  EXPECT_EQ(Find(CodeBody("ويشير وزير الخارجية الليبي هنا إلى مخاوف من انقسام المؤسسة العسكرية."), "SUPPORT"),
            nullptr);
}

TEST_F(EventsTest, ThoseWhoGuardAnActAreNoSideOfIt) {
  for (const Event& e : CodeBody("وأحرق مستوطنون أمس منزلاً في قرية بورين، تحت حماية جنود الاحتلال.")) {
    EXPECT_NE(Countries(e.recipient), "ISR") << e.trigger;
  }
}

TEST_F(EventsTest, ARejectionOfWhatARelativeClauseSaysSomeoneDid) {
  const Event* rejection = Find(CodeBody("وعبرت وزارة الخارجية المصرية عن رفضها القاطع للقرار الذي اتخذه "
                                         "البرلمان الأوروبي بشأن حقوق الإنسان."),
                                "REJECT");
  ASSERT_NE(rejection, nullptr);
  EXPECT_EQ(Countries(rejection->actor), "EGY");
  EXPECT_EQ(Orgs(rejection->recipient), "EU");
}

TEST_F(EventsTest, BeforeTheEndOfTheYearIsNoHistory) {
  const Event* meeting = Find(CodeBody("واتفق وزير الخارجية المغربي ونظيره الإسباني على أن يعقد البلدان "
                                       "اجتماعاً رفيع المستوى قبل نهاية السنة الجارية."),
                              "AGREE");
  ASSERT_NE(meeting, nullptr);
  EXPECT_EQ(meeting->modality, "asserted");
}

TEST_F(EventsTest, AHeadlineTakesTheBodysPlanOnlyWhenTheBodyDoesNotTellItDone) {
  const auto events =
      Code(MakeArticle("المعارضة التونسية تنظم وقفة احتجاجية أمام البرلمان",
                       "نظم محتجون تونسيون اليوم وقفة احتجاجية أمام البرلمان. وأعلن محتجون تونسيون أنهم "
                       "سينظمون وقفة احتجاجية جديدة الأسبوع المقبل."));
  int done = 0;
  for (const Event& e : events) done += e.category == "PROTEST" && e.modality == "asserted";
  EXPECT_EQ(done, 1);
}

TEST_F(EventsTest, ResolveVoicedIsAPledge) {
  ExpectSides(CodeBody("وأكد رئيس الحكومة الإسباني دعم بلاده للمبادرة، معرباً عن عزم بلاده بناء علاقة قائمة "
                       "على الاحترام المتبادل مع المغرب."),
              "AGREE", "ESP", "MAR");
}

TEST_F(EventsTest, WhatHappenedDaysBeforeIsTheTimeOfAnother) {
  for (const Event& e : CodeBody("وتظاهر آلاف الإيرانيين أمس في طهران احتجاجاً على وفاة شابة بعد أيام من "
                                 "توقيفها على يد الشرطة الإيرانية.")) {
    EXPECT_NE(e.category, "COERCE") << e.trigger;
  }
}

TEST_F(EventsTest, ACurfewShotsToDisperseAndArrestsAreThreeActs) {
  const auto events = CodeBody(
      "أعلنت قيادة العمليات المشتركة العراقية فرض حظر شامل للتجوال في مدينة كركوك اليوم. وخرج مئات "
      "الشبان في تظاهرة جابت شوارع المدينة. وأطلقت القوات الأمنية العراقية النار في الهواء لتفريق "
      "المتجمهرين. وقالت خلية الإعلام الأمني إن القوات الأمنية اعتقلت 12 متهماً.");
  std::set<std::string> cameos;
  for (const Event& e : events) cameos.insert(e.cameo);
  EXPECT_TRUE(cameos.count("1723"));  // the curfew, by the command
  for (const Event& e : events) {
    if (e.cameo == "1723") {
      EXPECT_EQ(e.location, "كركوك");  // a name whose ك is no clitic
    }
  }
  EXPECT_TRUE(cameos.count("173"));  // the arrests, not merged into it
  EXPECT_TRUE(cameos.count("175"));  // shots fired to disperse repress the crowd
  EXPECT_TRUE(cameos.count("141"));  // the youths' march has its own crowd, not the last subject
}

TEST_F(EventsTest, ViolenceCountedByAToll) {
  EXPECT_EQ(Find(CodeBody("وبحسب حصيلة رسمية، قتل 157 شخصاً خلال موجة الاحتجاجات الأولى."), "ASSAULT"),
            nullptr);
}

TEST_F(EventsTest, AidSentToAPlaceAndACrowdCountedBeforeAPluperfect) {
  ExpectSides(CodeBody("وأرسلت الأردن أمس شحنة جديدة من المساعدات الإنسانية إلى قطاع غزة."), "AID", "JOR",
              "PSE");
  const Event* protest = Find(CodeBody("وكان آلاف من أهالي مدينة الناصرة قد تظاهروا مساء أمس أمام مقر الشرطة "
                                       "الإسرائيلية."),
                              "PROTEST");
  ASSERT_NE(protest, nullptr);
  ASSERT_FALSE(protest->actor.empty());
  EXPECT_EQ(protest->actor[0].sector, "CVL");
}

TEST_F(EventsTest, PeopleCountedAfterASubjectWithAdjectives) {
  const Event* arrest = Find(CodeBody("واعتقلت القوات الأمنية العراقية 12 شخصاً في مدينة كركوك."), "COERCE");
  ASSERT_NE(arrest, nullptr);
  ASSERT_FALSE(arrest->recipient.empty());
  EXPECT_EQ(arrest->recipient[0].text, "12 شخصاً");
}

TEST_F(EventsTest, TheDoerOfAnActCondemnedOrPraisedAfterLam) {
  ExpectSides(CodeBody("وجدد الوزير الأردني إدانة المملكة لاستخدام القوات الإسرائيلية القوة المفرطة ضد "
                       "المتظاهرين."),
              "ACCUSE", "JOR", "ISR");
  ExpectSides(CodeBody("وأعرب وزير الخارجية السوري عن تقدير سورية العالي لمواقف سلطنة عُمان الثابتة."),
              "SUPPORT", "SYR", "OMN");
}

TEST_F(EventsTest, SolidarityWithAPronounIsTheClausesSubjects) {
  const Event* support =
      Find(CodeBody("ودعا المنسق الخاص للأمم المتحدة في لبنان القادة اللبنانيين إلى الإصغاء "
                    "لصوت الناس، فيما أكدت قيادة الجيش اللبناني تضامنها الكامل مع المحتجين في بيروت."),
           "SUPPORT");
  ASSERT_NE(support, nullptr);
  ASSERT_FALSE(support->actor.empty());
  EXPECT_EQ(support->actor[0].country, "LBN");
  ExpectSides(CodeBody("كما أدانت جمهورية مصر العربية محاولة ميليشيا الحوثي استهداف المنطقة الشرقية، مؤكدة "
                       "تضامنها الكامل مع المملكة العربية السعودية."),
              "SUPPORT", "EGY", "SAU");
}

TEST_F(EventsTest, ACapitalWarnedByAParticiple) {
  ExpectSides(CodeBody("وقال النائب العراقي إن الفصائل لن تقف مكتوفة الأيدي، محذراً واشنطن من أن قواتها ستكون "
                       "هدفاً مشروعاً."),
              "THREATEN", "IRQ", "USA");
}

TEST_F(EventsTest, AThreatSaidInAQuotedClauseAfterBan) {
  ExpectSides(
      CodeBody("من جهته، توعد النائب عن كتلة الوفاء للمقاومة حسن فضل الله بأن \"المقاومة سترد على إسرائيل "
               "إذا تمادت\"."),
      "THREATEN", "LBN", "ISR");
}

TEST_F(EventsTest, PraiseOfTheRoleAPartyPlaysAndWordsAfterKama) {
  ExpectSides(
      CodeBody("من جانبه، أشاد مفوض الاتحاد الأوروبي لإدارة الأزمات بالدور المحوري الذي تضطلع به مصر في "
               "إيصال المساعدات إلى غزة."),
      "SUPPORT", "", "EGY");
  const Event* condemned =
      Find(CodeBody("وطالب وزير الخارجية المصري الاتحاد الأوروبي بممارسة الضغط على إسرائيل، "
                    "كما أدان استهداف القوات الإسرائيلية لقوافل الإغاثة."),
           "ACCUSE");
  ASSERT_NE(condemned, nullptr);
  EXPECT_EQ(Countries(condemned->actor), "EGY");
}

TEST_F(EventsTest, FireOpenedByGunboatsAndGasFiredAtTheCrowdToldBefore) {
  const Event* fire =
      Find(CodeBody("وفي قطاع غزة، فتحت الزوارق الحربية الإسرائيلية نيران رشاشاتها صباح اليوم "
                    "باتجاه مراكب الصيادين."),
           "ASSAULT");
  ASSERT_NE(fire, nullptr);
  EXPECT_EQ(Countries(fire->actor), "ISR");
}

TEST_F(EventsTest, AVigilAddressedToThoseItDenouncesAndCallsOn) {
  const Event* vigil = Find(
      CodeBody("قُتل سبعة مدنيين جراء غارات شنها طيران التحالف بقيادة السعودية على سوق في مديرية رازح بمحافظة "
               "صعدة. ونظم المئات من أبناء مديرية رازح، ظهر اليوم، وقفة احتجاجية أمام مبنى السلطة المحلية، "
               "منددين بجرائم التحالف ومطالبين مجلس الأمن الدولي بالتحرك العاجل."),
      "PROTEST");
  ASSERT_NE(vigil, nullptr);
  std::set<std::string> addressed;
  for (const auto& p : vigil->recipient) addressed.insert(p.org);
  EXPECT_TRUE(addressed.count("SLC"));
  EXPECT_TRUE(addressed.count("UN"));
}

TEST_F(EventsTest, AMissileFiredByTheMissileForceOfAnArmedGroup) {
  const Event* missile =
      Find(CodeBody("أطلقت القوة الصاروخية للجيش واللجان الشعبية، فجر اليوم، صاروخاً باليستياً "
                    "على تجمعات لقوات التحالف في معسكر الخوبة."),
           "ASSAULT");
  ASSERT_NE(missile, nullptr);
  ASSERT_FALSE(missile->actor.empty());
  EXPECT_EQ(missile->actor[0].org, "HOUTHI");
}

TEST_F(EventsTest, ACrowdWentOutAndGuardsFiredToDisperseIt) {
  const auto events = CodeBody(
      "خرج آلاف المتظاهرين الليبيين، مساء أمس، في ميدان الشهداء وسط العاصمة طرابلس. وتوجه عدد من "
      "المتظاهرين إلى مقر رئاسة الوزراء، فأطلق عناصر الحراسة الرصاص الحي في الهواء لتفريقهم.");
  const Event* protest = Find(events, "PROTEST");
  ASSERT_NE(protest, nullptr);
  EXPECT_EQ(protest->cameo, "141");
  const Event* repression = Find(events, "ASSAULT");
  ASSERT_NE(repression, nullptr);
  EXPECT_EQ(repression->cameo, "175");
  EXPECT_EQ(Find(CodeBody("وخرج الرئيس الليبي من المستشفى مساء أمس."), "PROTEST"), nullptr);
}

TEST_F(EventsTest, HeldResponsibleByAPronounIsTheOneAddressedBefore) {
  ExpectSides(CodeBody("دعا رئيس مجلس النواب الليبي عقيلة صالح حكومة الوحدة الوطنية الليبية إلى التنحي فوراً، "
                       "محمّلاً إياها المسؤولية الكاملة عن سفك الدماء في العاصمة."),
              "ACCUSE", "LBY", "LBY");
  // The reason given for a sanction is folded into it.
  EXPECT_EQ(
      Find(CodeBody("وكانت السعودية والإمارات قد أعلنت قطع علاقاتها الدبلوماسية مع قطر، متهمة إياها بدعم "
                    "الإرهاب."),
           "ACCUSE"),
      nullptr);
}

TEST_F(EventsTest, AThreatToRelationsWithAState) {
  ExpectSides(
      CodeBody("وكان المجلس الأعلى للأمن في الجزائر قد لوّح، الأربعاء الماضي، بإعادة النظر في العلاقات مع "
               "المغرب."),
      "THREATEN", "DZA", "MAR");
}

TEST_F(EventsTest, ACondemnationAndASummonsOfTheSameSidesAreTwoActs) {
  const auto events = CodeBody(
      "أدانت وزارة الخارجية الأردنية اقتحام الشرطة الإسرائيلية للمسجد الأقصى. وقال الناطق "
      "باسم الوزارة إن الوزارة الأردنية استدعت اليوم القائم بأعمال السفارة الإسرائيلية في "
      "عمان.");
  std::set<std::string> cameos;
  for (const Event& e : events) {
    if (e.category == "ACCUSE") cameos.insert(e.cameo);
  }
  EXPECT_TRUE(cameos.count("111"));
  EXPECT_TRUE(cameos.count("114"));
}

TEST_F(EventsTest, AHeadlinesCondemnationOfAnUnnamedAttackIsTheBodys) {
  const auto& events =
      Code(MakeArticle("سورية تدين العدوان الثلاثي",
                       "شنت الولايات المتحدة وبريطانيا وفرنسا فجر اليوم ضربات صاروخية على مواقع "
                       "سورية. وأدانت سورية العدوان الأمريكي البريطاني الفرنسي."));
  for (const Event& e : events) {
    if (e.category != "ACCUSE") continue;
    for (const auto& p : e.recipient) EXPECT_NE(p.sector, "INS") << e.trigger;
  }
}

TEST_F(EventsTest, AnArrestCampaignReachesThoseItNames) {
  const Event* arrests =
      Find(CodeBody("وشنّت الشرطة السودانية حملة اعتقالات واسعة طالت عشرات الناشطين السودانيين."), "COERCE");
  ASSERT_NE(arrests, nullptr);
  EXPECT_EQ(arrests->cameo, "173");
  EXPECT_EQ(Countries(arrests->recipient), "SDN");
  EXPECT_EQ(
      Find(CodeBody("وشنّت الشرطة السودانية حملة اعتقالات واسعة طالت عشرات الناشطين السودانيين."), "ASSAULT"),
      nullptr);
}

TEST_F(EventsTest, ADateOfTheAgreementAParticipleQualifiesIsNotTheDemands) {
  const Event* demand =
      Find(CodeDated("2022-09-08 10:00:00", "",
                     "وطالبت الحكومة السورية المؤقتة روسيا بالالتزام باتفاق وقف إطلاق النار "
                     "الموقع في موسكو مطلع آذار 2020."),
           "REQUEST");
  ASSERT_NE(demand, nullptr);
  EXPECT_EQ(demand->modality, "asserted");
}

TEST_F(EventsTest, TwoChildrenKilledInAnAttackTheClauseSaysWhoMade) {
  const Event* killing =
      Find(CodeBody("قُتل طفلان وأصيبت امرأة بجروح خطيرة، مساء اليوم، جراء هجوم بطائرة مسيّرة مفخخة "
                    "شنته مليشيا الحوثي على حي سكني في مدينة مأرب اليمنية."),
           "ASSAULT");
  ASSERT_NE(killing, nullptr);
  ASSERT_FALSE(killing->actor.empty());
  EXPECT_EQ(killing->actor[0].org, "HOUTHI");
}

TEST_F(EventsTest, AnExpulsionDemandedWithTheAddresseeBetweenIsNotDone) {
  for (const Event& e :
       CodeBody("من جانبه، حمّل حزب جبهة العمل الإسلامي حكومة الاحتلال المسؤولية الكاملة عن التصعيد، "
                "وطالب في بيان الحكومة الأردنية بطرد السفير الإسرائيلي من عمّان.")) {
    EXPECT_NE(e.category, "SANCTION") << e.trigger;
  }
}

TEST_F(EventsTest, ACallIsNotDatedByTheMeetingAgreedDuringIt) {
  const Event* call =
      Find(CodeBody("أجرى وزير الخارجية الأردني أيمن الصفدي اليوم اتصالاً هاتفياً مع الأمين العام "
                    "لجامعة الدول العربية، جرى خلاله الاتفاق على عقد اجتماع طارئ غداً الخميس."),
           "CONSULT");
  ASSERT_NE(call, nullptr);
  EXPECT_EQ(call->modality, "asserted");
}

TEST_F(EventsTest, ARejectionIsTheReasonOfTheProtestBeforeIt) {
  for (const Event& e : CodeBody("خرج مئات المواطنين البحرينيين ليل أمس في تظاهرات غاضبة في سترة، رفضاً لقرار "
                                 "السلطات البحرينية إسقاط جنسية الشيخ عيسى قاسم.")) {
    EXPECT_NE(e.category, "REJECT") << e.trigger;
  }
}

TEST_F(EventsTest, AnAttackRepelledIsOnItsAttackers) {
  ExpectSides(CodeBody("ميدانياً، تصدت القوات المسلحة السودانية، فجر أمس، لهجوم شنته مجموعات من الميليشيات "
                       "الإثيوبية على مواقعها في منطقة الفشقة."),
              "ASSAULT", "SDN", "ETH");
}

TEST_F(EventsTest, SeveralStatesJoinedBeforeAPluperfectAllAct) {
  for (const std::string& text :
       {std::string(
            "وكانت كل من السعودية والإمارات والبحرين ومصر قد قطعت فجر الاثنين علاقاتها الدبلوماسية مع قطر."),
        std::string(
            "وكانت المملكة العربية السعودية والإمارات العربية المتحدة ومملكة البحرين وجمهورية مصر العربية قد "
            "أعلنت فجر الاثنين الماضي قطع علاقاتها الدبلوماسية مع دولة قطر.")}) {
    const Event* cut = Find(CodeBody(text), "SANCTION");
    ASSERT_NE(cut, nullptr) << text;
    std::set<std::string> cutting;
    for (const auto& p : cut->actor) cutting.insert(p.country);
    EXPECT_EQ(cutting, (std::set<std::string>{"ARE", "BHR", "EGY", "SAU"})) << text;
  }
}

TEST_F(EventsTest, AnInvitationHandedOverIsItsSendersAndTheHopeToAttendAcceptsIt) {
  const auto& events =
      CodeDated("2022-03-14 10:00:00", "",
                "استقبل الرئيس التونسي قيس سعيد، اليوم الإثنين، وزير الخارجية الجزائري رمطان لعمامرة، "
                "وسلّمه الوزير دعوة من الرئيس الجزائري عبد المجيد تبون للمشاركة في القمة المقرر عقدها في "
                "الجزائر مطلع نوفمبر المقبل.\n\nورحب الرئيس سعيد بالدعوة، معرباً عن تطلعه للمشاركة في القمة.");
  bool invited = false, accepted = false;
  for (const Event& e : events) {
    if (e.cameo != "036" || e.actor.empty() || e.recipient.empty()) continue;
    if (e.actor[0].country == "DZA" && e.recipient[0].country == "TUN") {
      invited = true;
      EXPECT_EQ(e.modality, "asserted") << e.trigger;
    }
    accepted |= e.actor[0].country == "TUN" && e.recipient[0].country == "DZA";
  }
  EXPECT_TRUE(invited);
  EXPECT_TRUE(accepted);
}

TEST_F(EventsTest, ADualVerbAfterACallIsSaidByBothSidesOfThatCall) {
  const Event* pledge =
      Find(CodeBody("استقبل الرئيس اللبناني ميشال عون في بعبدا وزير الخارجية الفرنسي جان إيف لودريان.\n\n"
                    "وفي سياق آخر، تلقى الرئيس عون مساء أمس اتصالاً هاتفياً من أمير دولة قطر الشيخ تميم بن حمد "
                    "آل ثاني، وأكدا حرصهما على تعزيز العلاقات الثنائية بين البلدين."),
           "AGREE");
  ASSERT_NE(pledge, nullptr);
  EXPECT_TRUE(pledge->recipient.empty());
  std::set<std::string> sides;
  for (const auto& p : pledge->actor) sides.insert(p.country);
  EXPECT_EQ(sides, (std::set<std::string>{"LBN", "QAT"}));
}

TEST_F(EventsTest, AMeetingPlannedInTheVisitorsClauseLeavesTheReceptionDone) {
  const auto& events =
      CodeDated("2023-02-05 10:00:00", "",
                "استقبل وزير الخارجية المصري سامح شكري، الأحد، في القاهرة وزير الخارجية العراقي فؤاد حسين، "
                "الذي يزور مصر تحضيراً لاجتماع آلية التعاون الثلاثي بين مصر والأردن والعراق المقرر عقده "
                "في عمّان الشهر المقبل.");
  bool reception = false, planned = false;
  for (const Event& e : events) {
    if (e.cameo == "043") {
      reception = true;
      EXPECT_EQ(e.modality, "asserted");
    }
    if (e.cameo == "040" && e.modality == "future") {
      planned = true;
      std::set<std::string> states;
      for (const auto& p : e.actor) states.insert(p.country);
      EXPECT_EQ(states, (std::set<std::string>{"EGY", "IRQ", "JOR"}));
    }
  }
  EXPECT_TRUE(reception);
  EXPECT_TRUE(planned);
}

TEST_F(EventsTest, AskingAVisitorToConveyGreetingsIsNoDemand) {
  for (const Event& e : CodeBody(
           "واستقبل أمير دولة الكويت وزير الخارجية العماني، وطالباً نقل تحياته إلى السلطان هيثم بن طارق.")) {
    EXPECT_NE(e.category, "REQUEST") << e.trigger;
  }
}

TEST_F(EventsTest, AnInvitationToMakeAVisitToAStateIsNoAppeal) {
  const auto& events = CodeBody(
      "استقبل صاحب السمو أمير دولة قطر الشيخ تميم بن حمد آل ثاني وزير الخارجية الأردني أيمن الصفدي.\n\n"
      "وسلم الوزير الصفدي سموه رسالة خطية من العاهل الأردني تضمنت دعوة سموه للقيام بزيارة رسمية إلى المملكة "
      "الأردنية الهاشمية.");
  for (const Event& e : events) EXPECT_NE(e.category, "REQUEST") << e.trigger;
  ExpectSides(events, "AGREE", "JOR", "QAT");
}

TEST_F(EventsTest, ADatelinesAgencyTheLexiconDoesNotKnowIsNoParty) {
  ExpectSides(CodeBody("عمّان - الأنباط نت تلقى رئيس الوزراء الأردني بشر الخصاونة اتصالاً هاتفياً من رئيس "
                       "الوزراء العراقي مصطفى الكاظمي."),
              "CONSULT", "IRQ", "JOR");
}

TEST_F(EventsTest, HoldingPartiesResponsibleAfterACondemnationIsTheSpeakers) {
  const auto& events = CodeBody(
      "ودان الناطق باسم الرئاسة الفلسطينية المجزرة التي ارتكبتها قوات الاحتلال الإسرائيلي في جنين، وحمّل "
      "حكومة الاحتلال الإسرائيلي والإدارة الأمريكية المسؤولية الكاملة عنها.");
  for (const Event& e : events) {
    if (e.category != "ACCUSE") continue;
    ASSERT_FALSE(e.actor.empty());
    EXPECT_EQ(e.actor[0].country, "PSE") << e.trigger;
  }
}

TEST_F(EventsTest, ADeathToldBeforeTheFireThatCausedItIsTheShooters) {
  ExpectSides(CodeBody("استشهد شاب فلسطيني وأصيب آخرون، اليوم الجمعة، بعد أن أطلقت قوات الاحتلال "
                       "الإسرائيلي الرصاص الحي على الشبان قرب مدينة نابلس."),
              "ASSAULT", "ISR", "PSE");
}

TEST_F(EventsTest, AMissionHeadRecalledFromACapitalInHisTitle) {
  ExpectSides(CodeBody("أعلنت وزارة الخارجية الفلسطينية أن القيادة قررت استدعاء رئيس بعثة منظمة التحرير "
                       "الفلسطينية في واشنطن للتشاور."),
              "SANCTION", "PSE", "USA");
}

TEST_F(EventsTest, ADenialOfThatInAWhileClauseAnswersTheClaimant) {
  ExpectSides(CodeBody("من جهته، قال المتحدث باسم جيش الاحتلال إن حركة حماس تستخدم المدارس لأغراض عسكرية، "
                       "فيما نفت الحركة ذلك في بيان."),
              "REJECT", "PSE", "ISR");
}

TEST_F(EventsTest, ARepliedActNamedByANounIsTheRepliersAndAThreatsTargetIsNotInItsCondition) {
  ExpectSides(CodeBody("وأعلنت وزارة الدفاع التركية أن القوات التركية ردّت على الفور باستهداف مواقع لقوات "
                       "النظام السوري في ريف إدلب."),
              "ASSAULT", "TUR", "SYR");
  ExpectSides(CodeBody("هدد الرئيس الأمريكي بفرض عقوبات قاسية على إيران في حال هاجمت القوات الإيرانية "
                       "السفن في الخليج."),
              "THREATEN", "USA", "IRN");
}

TEST_F(EventsTest, AProtestChantingAgainstTwoCapitalsIsAgainstBothStates) {
  const Event* protest =
      Find(CodeBody("وفي ساحة التحرير وسط بغداد، تظاهر المئات من الشبان، اليوم، رفضاً لتحويل العراق إلى "
                    "ساحة للصراع، مرددين هتافات ضد واشنطن وطهران."),
           "PROTEST");
  ASSERT_NE(protest, nullptr);
  std::set<std::string> against;
  for (const auto& p : protest->recipient) against.insert(p.country);
  EXPECT_EQ(against, (std::set<std::string>{"IRN", "USA"}));
}

TEST_F(EventsTest, ACondemnationAccusingTheDoerAndAnAppealPastAnAside) {
  ExpectSides(CodeBody("أدان المجلس الرئاسي الليبي، اليوم، القصف الذي استهدف مطار معيتيقة، متهماً قوات حفتر "
                       "بالوقوف وراءه."),
              "ACCUSE", "LBY", "LBY");
  ExpectSides(CodeBody("وطالب رئيس الوزراء اليمني، في تصريح لـ\"سبأ\"، الأمم المتحدة بالضغط على الحوثيين."),
              "REQUEST", "YEM", "");
}

TEST_F(EventsTest, ARallyToDenounceAStatesDecisionIsAgainstThatState) {
  const Event* protest =
      Find(CodeBody("وشهدت العاصمة صنعاء، اليوم، وقفة احتجاجية أمام مكتب الأمم المتحدة، شارك "
                    "فيها المئات، للتنديد بقرار الإدارة الأمريكية."),
           "PROTEST");
  ASSERT_NE(protest, nullptr);
  ASSERT_FALSE(protest->recipient.empty());
  EXPECT_EQ(protest->recipient[0].country, "USA");
}

TEST_F(EventsTest, ACongratulationDuringACallIsTheCallersAndAHeadlineReceptionStaysDone) {
  ExpectSides(CodeBody("وفي سياق آخر، تلقى وزير الخارجية المغربي ناصر بوريطة، مساء اليوم، مكالمة هاتفية من "
                       "نظيره الإسباني خوسيه مانويل ألباريس، هنأ خلالها المغرب بنجاح مؤتمر الاستثمار."),
              "SUPPORT", "ESP", "MAR");
  const auto& events = CodeDated(
      "2016-12-05 12:00:00",
      "الرئيس التونسي يستقبل وزير الخارجية الجزائري ويوجه دعوة لنظيره الجزائري لزيارة تونس",
      "استقبل الرئيس التونسي الباجي قايد السبسي، اليوم، وزير الخارجية الجزائري رمطان لعمامرة.\n\n"
      "ووجه الرئيس التونسي دعوة إلى الرئيس الجزائري عبد العزيز بوتفليقة لأداء زيارة دولة إلى تونس.");
  for (const Event& e : events) {
    if (e.cameo == "043") {
      EXPECT_EQ(e.modality, "asserted");
    }
  }
}

TEST_F(EventsTest, AnAgreementToMeetLaterIsMadeNowAndAStateStayingAtAnothersSideSupportsIt) {
  const auto& events = CodeDated("2016-12-05 12:00:00", "",
                                 "وكان وزير الخارجية الجزائري قد أجرى، أمس الأحد، محادثات مع نظيره التونسي، "
                                 "اتفق خلالها الجانبان على عقد اجتماع ثلاثي في تونس مطلع السنة القادمة.");
  const Event* agreed = Find(events, "AGREE");
  ASSERT_NE(agreed, nullptr);
  EXPECT_EQ(agreed->modality, "asserted");
  ExpectSides(
      CodeBody(
          "وأكد الرئيس الإيراني في مؤتمر صحفي أن الجمهورية الإسلامية ستبقى إلى جانب العراق حكومة وشعبا."),
      "SUPPORT", "IRN", "IRQ");
}

TEST_F(EventsTest, EachOfTwoStatesCondemnsAndSignersFromEachSide) {
  const Event* condemnation =
      Find(CodeBody("كما أدانت كل من دولة الكويت وسلطنة عمان، في بيانين منفصلين، الهجوم "
                    "الذي شنته جماعة الحوثي على مطار جازان."),
           "ACCUSE");
  ASSERT_NE(condemnation, nullptr);
  std::set<std::string> condemning;
  for (const auto& p : condemnation->actor) condemning.insert(p.country);
  EXPECT_EQ(condemning, (std::set<std::string>{"KWT", "OMN"}));
  ExpectSides(
      CodeBody("وشهد الجانبان توقيع مذكرة تفاهم في مجال الطاقة، وقعها من الجانب الكويتي وزير النفط، ومن "
               "الجانب العراقي وزير الكهرباء."),
      "SUPPORT", "KWT", "IRQ");
}

TEST_F(EventsTest, AnAppealPastTheSpeakersTitleNameAndAnAside) {
  ExpectSides(
      CodeBody("من جهته، دعا المنسق الخاص للأمم المتحدة لعملية السلام في الشرق الأوسط نيكولاي ملادينوف، "
               "في تغريدة على «تويتر»، إسرائيل إلى ضبط النفس."),
      "REQUEST", "", "ISR");
}

TEST_F(EventsTest, AnEnvoyWhoWillComeBackPlansAVisit) {
  const auto& events =
      CodeDated("2023-05-10 10:00:00", "",
                "وقال المبعوث الأمريكي إنه سيعود إلى بيروت الأسبوع المقبل لاستكمال المشاورات.");
  const Event* visit = Find(events, "CONSULT");
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(visit->modality, "future");
  for (const Event& e : CodeBody("وعاد وزير الخارجية إلى بلاده بعد جولة شملت ثلاث دول.")) {
    EXPECT_NE(e.category, "CONSULT") << e.trigger;
  }
}

TEST_F(EventsTest, AJoinedFeminineVerbAndLakinnahuTakeTheClausesSubject) {
  const Event* blamed =
      Find(CodeBody("في المقابل، نفت وزارة الخارجية التركية في بيان مسؤولية قواتها عن الهجوم، "
                    "واتهمت حزب العمال الكردستاني بالوقوف وراءه."),
           "ACCUSE");
  ASSERT_NE(blamed, nullptr);
  EXPECT_EQ(Countries(blamed->actor), "TUR");
  EXPECT_EQ(Orgs(blamed->recipient), "PKK");
  const Event* accusation =
      Find(CodeBody("من جانبه، أكد وزير الخارجية التركي دعم بلاده لوحدة العراق، لكنه اتهم "
                    "حزب العمال الكردستاني باستخدام الأراضي العراقية."),
           "ACCUSE");
  ASSERT_NE(accusation, nullptr);
  ASSERT_FALSE(accusation->actor.empty());
  EXPECT_EQ(accusation->actor[0].country, "TUR");
  ASSERT_FALSE(accusation->recipient.empty());
  EXPECT_EQ(accusation->recipient[0].org, "PKK");
}

TEST_F(EventsTest, AThreatJoinedToAnAccusationThreatensTheAccused) {
  const auto& events = CodeBody(
      "وفي خطاب متلفز، اتهم رئيس المجلس السياسي الأعلى مهدي المشاط الإمارات بارتكاب "
      "جرائم حرب، وتوعد بأن الرد سيكون موجعاً.");
  const Event* threat = Find(events, "THREATEN");
  ASSERT_NE(threat, nullptr);
  ASSERT_FALSE(threat->actor.empty());
  EXPECT_EQ(threat->actor[0].org, "HOUTHI");
  EXPECT_EQ(Countries(threat->recipient), "ARE");
}

TEST_F(EventsTest, TheDoerOfACondemnedAttemptOrOfTheWeaponsNationality) {
  const Event* attempt =
      Find(CodeBody("كما أدانت المملكة الأردنية الهاشمية محاولة ميليشيا الحوثي استهداف مدينة جازان "
                    "بطائرات مسيرة."),
           "ACCUSE");
  ASSERT_NE(attempt, nullptr);
  EXPECT_EQ(Orgs(attempt->recipient), "HOUTHI");
  const Event* missile =
      Find(CodeBody("وأدانت دولة الكويت استهداف مدينة الرياض بصاروخ باليستي حوثي."), "ACCUSE");
  ASSERT_NE(missile, nullptr);
  EXPECT_EQ(Orgs(missile->recipient), "HOUTHI");
}

TEST_F(EventsTest, AWarningReachesItsAddresseePastTheSpeakersNameAndAnAside) {
  ExpectSides(CodeBody("بدوره، حذّر الناطق باسم حركة حماس حازم قاسم، في تصريح صحفي، الاحتلال من التمادي في "
                       "عدوانه على المسجد الأقصى."),
              "THREATEN", "PSE", "ISR");
  for (const Event& e : CodeBody("وحذر الوزير، في كلمة أمام البرلمان، من أن الاقتصاد يواجه أزمة حادة.")) {
    EXPECT_NE(e.category, "THREATEN") << e.trigger;
  }
}

TEST_F(EventsTest, AHeadlinesSecondVerbSharesItsFirstsSubject) {
  const auto& events = CodeDated(
      "2023-01-04 10:00:00", "الجامعة العربية تدين اقتحام بن غفير للأقصى وتدعو مجلس الأمن لجلسة عاجلة",
      "أدانت جامعة الدول العربية اقتحام وزير الأمن القومي الإسرائيلي المسجد الأقصى.");
  const Event* appeal = Find(events, "REQUEST");
  ASSERT_NE(appeal, nullptr);
  EXPECT_EQ(Orgs(appeal->actor), "LAS");
  EXPECT_EQ(Orgs(appeal->recipient), "UN");
}

TEST_F(EventsTest, APluperfectsDoerNamedByANounAndItsNationalityAndWhereTheFireCameFrom) {
  ExpectSides(CodeBody("وكان الطيران التركي قد استهدف أمس مواقع في ريف حلب بصواريخ أطلقها من فوق الأراضي "
                       "العراقية."),
              "ASSAULT", "TUR", "SYR");
}

TEST_F(EventsTest, AnAttackCondemnedInACallKeepsItsDoerAndTheParticipleGoesOnWithTheCaller) {
  const auto& events = CodeBody(
      "تلقى وزير الخارجية الأردني اتصالاً هاتفياً من نظيره المصري، أدان خلاله الأخير الهجوم الذي نفذه جيش "
      "الاحتلال، مؤكداً وقوف بلاده إلى جانب الأردن.");
  ExpectSides(events, "ACCUSE", "EGY", "ISR");
  ExpectSides(events, "SUPPORT", "EGY", "JOR");
}

TEST_F(EventsTest, ARefusalAnnouncedIsHisAndAimsAtTheInviter) {
  ExpectSides(CodeBody("أعلن رئيس الوزراء العراقي، في مؤتمر صحفي، رفضه تلبية دعوة المبعوث الأمريكي."),
              "REJECT", "IRQ", "USA");
}

TEST_F(EventsTest, AnInvitationToTheInvitedThenToComeAndAVoweledVerbAfterATitle) {
  // (In a Beirut daily, whose unnamed parliamentary blocs are Lebanon's.)
  Article a = MakeArticle("",
                          "وعلمت الصحيفة أن الموفد الفرنسي وجّه خلال جولته دعوة إلى رؤساء الكتل النيابية "
                          "للمشاركة في حوار في بيروت.");
  a.source = "annahar_alarabi";
  const Event* invitation = Find(Code(a), "AGREE");
  ASSERT_NE(invitation, nullptr);
  EXPECT_EQ(invitation->cameo, "036");
  EXPECT_EQ(Countries(invitation->actor), "FRA");
  ASSERT_FALSE(invitation->recipient.empty());
  EXPECT_EQ(invitation->recipient[0].sector, "LEG");
  EXPECT_EQ(invitation->recipient[0].country, "LBN");
}

TEST_F(EventsTest, ADemandMadeInALetterIsTheSenders) {
  ExpectSides(
      CodeBody(
          "أرسل وزير الخارجية المصري، أمس، خطاباً إلى رئيس مجلس الأمن، طالب فيه مجلس الأمن الدولي بالتدخل "
          "لوقف التصعيد."),
      "REQUEST", "EGY", "");
  const Event* demand = Find(coded_.back(), "REQUEST");
  ASSERT_NE(demand, nullptr);
  EXPECT_EQ(Orgs(demand->recipient), "UN");
}

TEST_F(EventsTest, AFamilyNameThatIsATitleAndTwoCapitalsAddressed) {
  ExpectSides(
      CodeBody("قال المتحدث باسم وزارة الخارجية الإثيوبية دينا مفتي، في مؤتمر صحفي، إن بلاده ماضية في "
               "المشروع. وأضاف مفتي أن الملء لا يضر أحداً، داعياً القاهرة والخرطوم إلى استئناف "
               "المفاوضات."),
      "REQUEST", "ETH", "EGY+SDN");
}

TEST_F(EventsTest, RejectedAccusationsOrStatementsNameTheirMaker) {
  ExpectSides(CodeBody("رفضت الخارجية الصينية، في بيان اليوم، ما سمته اتهامات واشنطن."), "REJECT", "CHN",
              "USA");
  ExpectSides(CodeBody("نفت وزارة الدفاع الروسية، في بيان مساء اليوم، ما ورد في بيان الخارجية التركية."),
              "REJECT", "RUS", "TUR");
}

TEST_F(EventsTest, AnOutletsNationalArmyAndPeopleCountedWhenArrested) {
  Article a = MakeArticle("", "شنت ميليشيا الحوثي فجر اليوم هجوماً على مواقع الجيش الوطني غرب مأرب.");
  a.source = "yemenshabab";
  ExpectSides(Code(a), "ASSAULT", "YEM", "YEM");
  ExpectSides(CodeBody("وفي العاصمة صنعاء، اعتقلت ميليشيا الحوثي، أمس، سبعة من موظفي منظمة محلية."), "COERCE",
              "YEM", "YEM");
  const Event* arrest = Find(coded_.back(), "COERCE");
  ASSERT_NE(arrest, nullptr);
  ASSERT_FALSE(arrest->recipient.empty());
  EXPECT_EQ(arrest->recipient[0].sector, "CVL");
}

TEST_F(EventsTest, AnEnvoysPostIsNoContentAndAStopToAnAttackIsDemanded) {
  const auto& events =
      CodeBody("دعا المبعوث الأممي إلى اليمن، في بيان، جماعة الحوثيين إلى وقف هجومها على مأرب.");
  const Event* appeal = Find(events, "REQUEST");
  ASSERT_NE(appeal, nullptr);
  EXPECT_EQ(Orgs(appeal->recipient), "HOUTHI");
  EXPECT_EQ(Find(events, "ASSAULT"), nullptr);
  EXPECT_EQ(Find(events, "ACCUSE"), nullptr);
}

TEST_F(EventsTest, AVisitMadeInThePluperfectAndAReceptionBeforeWhichNothingIsHypothetical) {
  ExpectSides(CodeBody("وكان المبعوث الأمريكي الخاص إلى السودان قد أجرى الأسبوع الماضي زيارة إلى القاهرة."),
              "CONSULT", "USA", "EGY");
  const Event* visit = Find(CodeBody("وصل وزير الخارجية الإيراني إلى الرياض، قبل أن يستقبله نظيره السعودي في "
                                     "مقر الوزارة."),
                            "CONSULT");
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(visit->modality, "asserted");
}

TEST_F(EventsTest, TwoMinistersAgreementByItsDualPronoun) {
  const Event* agreement =
      Find(CodeBody("التقى وزير الخارجية السعودي نظيره الإيراني في الرياض. وأكد الوزيران "
                    "اتفاقهما على تعزيز التعاون."),
           "AGREE");
  ASSERT_NE(agreement, nullptr);
  EXPECT_EQ(agreement->actor.size(), 2u);
}

TEST_F(EventsTest, AProtestBeforeAnInternationalBodysOfficeAfterAnotherSubject) {
  const Event* protest =
      Find(CodeBody("أدان وزير الخارجية العراقي القصف التركي. وتظاهر العشرات من أهالي الموصل، "
                    "اليوم، أمام مقر بعثة الأمم المتحدة في بغداد."),
           "PROTEST");
  ASSERT_NE(protest, nullptr);
  ASSERT_FALSE(protest->actor.empty());
  EXPECT_EQ(protest->actor[0].sector, "CVL");
  EXPECT_EQ(Orgs(protest->recipient), "UN");
}

TEST_F(EventsTest, AnObjectAfterWhereTheDemandWasMadeAndACapitalAfterAnAside) {
  ExpectSides(CodeBody("استدعت وزارة الخارجية العراقية القائم بالأعمال التركي. وطالبت الوزارة في المذكرة "
                       "الحكومة التركية بالكف عن الاعتداءات."),
              "REQUEST", "IRQ", "TUR");
  ExpectSides(CodeBody("وكان المجلس الأعلى للأمن في الجزائر قد اتهم، في اجتماع ترأسه الرئيس الجزائري يوم "
                       "الأربعاء، الرباط بدعم حركات انفصالية."),
              "ACCUSE", "DZA", "MAR");
}

TEST_F(EventsTest, AnAttackNamedWithItsDoerIsTheSubjectOfWhatItStruck) {
  const Event* attack = Find(CodeBody("وقالت مصادر طبية إن قصفاً مدفعياً لقوات الدعم السريع استهدف اليوم سوقاً "
                                      "في مدينة الفاشر."),
                             "ASSAULT");
  ASSERT_NE(attack, nullptr);
  EXPECT_EQ(Orgs(attack->actor), "RSF");
  EXPECT_EQ(Countries(attack->recipient), "SDN");
}

TEST_F(EventsTest, AHeadlinesSurnameWithWaIsThePersonTheBodyNames) {
  // (In a Benghazi outlet, whose army spokesman is Libya's.)
  Article a =
      MakeArticle("سلاح الجو يقصف مواقع في مصراتة.. والمسماري يحذر أنقرة",
                  "وقال الناطق باسم القائد العام اللواء أحمد المسماري إن القوات المسلحة العربية الليبية "
                  "ستواصل عملياتها.");
  a.source = "libya_alhadath";
  ExpectSides(Code(a), "THREATEN", "LBY", "TUR");
}

TEST_F(EventsTest, AnInvitationToHimByPronounAndTheVisitItInvitesTo) {
  const auto& events = CodeBody(
      "ووجّه وزير الخارجية الإيراني خلال لقائه رئيس الوزراء العراقي دعوة رسمية له "
      "لزيارة طهران.");
  const Event* invitation = nullptr;
  for (const Event& e : events) {
    if (e.cameo == "036") invitation = &e;
  }
  ASSERT_NE(invitation, nullptr);
  EXPECT_EQ(Countries(invitation->actor), "IRN");
  EXPECT_EQ(Countries(invitation->recipient), "IRQ");
  const Event* visit = nullptr;
  for (const Event& e : events) {
    if (e.cameo == "042" && e.modality == "future") visit = &e;
  }
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(Countries(visit->actor), "IRQ");
  EXPECT_EQ(Countries(visit->recipient), "IRN");
}

TEST_F(EventsTest, AMonarchsTitleInARepublicsOutletIsNotOfTheRepublic) {
  Article a = MakeArticle("", "وأكد ولي العهد خلال اللقاء دعم بلاده للبنان.");
  a.source = "sawtbeirut";
  for (const Event& e : Code(a)) {
    for (const EventParty& p : e.actor) EXPECT_NE(p.country, "LBN") << e.trigger;
  }
  Article riyadh = MakeArticle("", "وأكد ولي العهد خلال اللقاء دعم المملكة للبنان.");
  riyadh.source = "alriyadh";
  ExpectSides(Code(riyadh), "SUPPORT", "SAU", "LBN");
}

TEST_F(EventsTest, ABareTitleFindsAPersonWhoHoldsItWithAnotherOfficeThatDay) {
  // (The people table gives محمد بن سلمان both offices in 2025: the headline's "ولي العهد" is him.)
  Article a = MakeArticle("عون في الرياض.. وولي العهد يؤكد الوقوف إلى جانب لبنان",
                          "استقبل ولي العهد رئيس مجلس الوزراء السعودي الأمير محمد بن سلمان، الرئيس اللبناني "
                          "جوزاف عون في قصر اليمامة. واتفق الجانبان على تعزيز التعاون بين البلدين.");
  a.source = "sawtbeirut";
  a.date = "2025-03-04 10:00:00";
  const Event* agreement = Find(Code(a), "AGREE");
  ASSERT_NE(agreement, nullptr);
  std::set<std::string> sides;
  for (const EventParty& p : agreement->actor) sides.insert(p.country);
  EXPECT_EQ(sides, (std::set<std::string>{"LBN", "SAU"}));
}

TEST_F(EventsTest, ArrivingInACityWithBa) {
  ExpectFutureVisit(CodeBody("ومن المرتقب أن يحل وزير الخارجية الأمريكي بالرباط خلال الأيام المقبلة."), "USA",
                    "MAR");
  EXPECT_EQ(Find(CodeBody("وقرر الرئيس التونسي حل البرلمان."), "CONSULT"), nullptr);
}

TEST_F(EventsTest, ADenunciationNamesItsMakerAfterMinTaraf) {
  ExpectSides(CodeBody("ونددت الخارجية الجزائرية، في بيان، بما وصفته بـ«الخطوة غير المسؤولة» من طرف الحكومة "
                       "الفرنسية."),
              "ACCUSE", "DZA", "FRA");
}

TEST_F(EventsTest, AttackingADecisionIsCriticism) {
  const Event* criticism = Find(
      CodeBody("أما جبهة البوليساريو، فقد هاجمت بدورها القرار الفرنسي، واعتبرته انحيازاً سافراً."), "ACCUSE");
  ASSERT_NE(criticism, nullptr);
  EXPECT_EQ(criticism->cameo, "111");
  EXPECT_EQ(Countries(criticism->recipient), "FRA");
  EXPECT_EQ(Find(coded_.back(), "ASSAULT"), nullptr);
}

TEST_F(EventsTest, ArtilleryBeforeItsVerbShellsThePlaceAfterATime) {
  const auto& events = CodeBody(
      "وأفاد مراسلنا بأن مدفعية الجيش الإسرائيلي قصفت منذ صباح اليوم أطراف بلدة عيتا الشعب بالقذائف.");
  const Event* shelling = Find(events, "ASSAULT");
  ASSERT_NE(shelling, nullptr);
  EXPECT_EQ(Countries(shelling->actor), "ISR");
  EXPECT_EQ(Countries(shelling->recipient), "LBN");
  EXPECT_EQ(shelling->location, "عيتا الشعب");
}

TEST_F(EventsTest, AWordWithTanweenIsNoVerb) {
  const auto& events =
      CodeBody("وقال حزب الله إن مقاتليه استهدفوا موقعاً عسكرياً وتجمعاً لجنود إسرائيليين بالصواريخ.");
  EXPECT_EQ(Find(events, "PROTEST"), nullptr);
  EXPECT_NE(Find(events, "ASSAULT"), nullptr);
}

TEST_F(EventsTest, StrikesOnTwoPlacesAHeadlineListsTogetherAreTwo) {
  const auto& events = CodeDated("2024-01-09 18:00:00", "غارة إسرائيلية على الناقورة وقصف لعيتا الشعب",
                                 "شنّ الطيران الحربي الإسرائيلي اليوم غارة على منزل في بلدة الناقورة. "
                                 "وقصفت المدفعية الإسرائيلية اليوم أطراف بلدة عيتا الشعب.");
  int attacks = 0;
  for (const Event& e : events) attacks += e.category == "ASSAULT";
  EXPECT_EQ(attacks, 2);
}

TEST_F(EventsTest, AThreatByWhatTheThreatenersStateWillDoFallsOnItsObject) {
  ExpectSides(CodeBody("هدد وزير الدفاع الإسرائيلي أمس بأن إسرائيل «ستعيد لبنان إلى العصر الحجري» إذا اتسعت "
                       "المواجهة."),
              "THREATEN", "ISR", "LBN");
}

TEST_F(EventsTest, AComplaintLodgedInThePluperfect) {
  ExpectSides(
      CodeBody("وكانت وزارة الخارجية اللبنانية قد تقدّمت، أمس، بشكوى أمام مجلس الأمن الدولي ضد إسرائيل."),
      "ACCUSE", "LBN", "ISR");
}

TEST_F(EventsTest, APlannedVisitToACityWithItsAdjectiveInARelativeClause) {
  const Event* visit =
      Find(CodeBody("وعلمنا أن زيارة الموفد الأميركي إلى بيروت، التي كانت مقررة هذا الأسبوع، "
                    "أُرجئت."),
           "CONSULT");
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(Countries(visit->actor), "USA");
  EXPECT_EQ(Countries(visit->recipient), "LBN");
}

TEST_F(EventsTest, ClashesFoughtWithAnEnemy) {
  ExpectSides(
      CodeBody(
          "وذكرت مصادر محلية أن تعزيزات عسكرية وصلت إلى المخيم، وخاضت كتيبة جنين اليوم اشتباكات مسلحة مع "
          "قوات الاحتلال."),
      "ASSAULT", "PSE", "ISR");
}

TEST_F(EventsTest, ACondemnedAttackNamesItsDoerAfterLiPastAnAdjective) {
  ExpectSides(
      CodeBody(
          "أدان وزير الخارجية الإيراني الاعتداءات المتكررة لكيان الاحتلال الإسرائيلي على الأراضي السورية."),
      "ACCUSE", "IRN", "ISR");
}

TEST_F(EventsTest, AnInvitationConveyedFromSomeoneIsHis) {
  const auto& events = CodeBody(
      "ونقل وزير الخارجية الباكستاني خلال اللقاء دعوة من رئيس الوزراء الباكستاني إلى ولي العهد السعودي "
      "لزيارة "
      "باكستان.");
  ExpectSides(events, "AGREE", "PAK", "SAU");
  ExpectFutureVisit(events, "SAU", "PAK");
}

TEST_F(EventsTest, ASimilarCableGoesWhereTheFirstWent) {
  const auto& events = CodeBody(
      "بعث خادم الحرمين الشريفين برقية تهنئة لرئيس جمهورية زيمبابوي بمناسبة ذكرى استقلال بلاده. كما بعث ولي "
      "العهد السعودي برقية تهنئة مماثلة.");
  for (const Event& e : events) {
    if (e.category == "SUPPORT") {
      EXPECT_EQ(Countries(e.recipient), "ZWE");
    }
  }
}

TEST_F(EventsTest, ASimilarInvitationMadeBackGoesToTheFirstInviter) {
  ExpectSides(CodeBody("ووجّه وزير الخارجية السعودي دعوة لنظيره الإيراني لزيارة الرياض. ووجّه الوزير الإيراني "
                       "بدوره دعوة مماثلة."),
              "AGREE", "IRN", "SAU");
}

TEST_F(EventsTest, ADenialAnswersAForeignCondemnationOfAnotherBodyOfItsState) {
  ExpectSides(
      CodeBody("ودانت وزارة الخارجية العراقية قصف القوات التركية لسيارة مدنية. في المقابل، نفت وزارة الدفاع "
               "التركية استهداف مدنيين."),
      "REJECT", "TUR", "IRQ");
}

TEST_F(EventsTest, TwoStatementsOfSupportOnDaysTheTextGivesAreTwo) {
  const auto& events =
      CodeDated("2023-02-27 12:00:00", "",
                "وأكد وزير الخارجية المصري اليوم الاثنين في دمشق تضامن مصر الكامل مع سوريا. وكان الرئيس "
                "المصري قد أجرى في "
                "السابع من فبراير الجاري اتصالاً هاتفياً بالرئيس السوري، أكد خلاله تضامن مصر مع سوريا.");
  int support = 0;
  for (const Event& e : events) support += e.category == "SUPPORT";
  EXPECT_EQ(support, 2);
}

TEST_F(EventsTest, AThreatBrandishedAgainstAPartyWithBihaqq) {
  ExpectSides(
      CodeBody("وقال وزير الخارجية الأردني إن المملكة استدعت سفيرها كخطوة أولى، ملوّحاً باتخاذ إجراءات إضافية "
               "بحق إسرائيل."),
      "THREATEN", "JOR", "ISR");
}

TEST_F(EventsTest, ADemandMadeInANoteHandedOverGoesToItsAddressee) {
  ExpectSides(
      CodeBody(
          "واستدعت وزارة الخارجية الأردنية اليوم القائم بأعمال السفارة الإسرائيلية في عمّان، وسلمته مذكرة "
          "احتجاج، وطالبت فيها بالإفراج الفوري عن المعتقلين."),
      "REQUEST", "JOR", "ISR");
}

TEST_F(EventsTest, AClaimAboutAnotherPartyAccusesIt) {
  const auto& events = CodeBody(
      "وهدد وزير الدفاع الإسرائيلي اليوم حركة الجهاد الإسلامي بمواصلة العملية، زاعماً أن الحركة كانت تخطط "
      "لهجوم.");
  ExpectSides(events, "ACCUSE", "ISR", "PSE");
  EXPECT_EQ(Find(CodeBody("وقال وزير الدفاع الإسرائيلي إن الضربات ستتواصل، زاعماً أن جيشه جاهز للتحرك شمالاً."),
                 "ACCUSE"),
            nullptr);
}

TEST_F(EventsTest, ASalvoFiredByAQuotedGroup) {
  const Event* salvo =
      Find(CodeBody("وأطلقت «سرايا القدس» اليوم رشقات صاروخية على مدينة عسقلان."), "ASSAULT");
  ASSERT_NE(salvo, nullptr);
  EXPECT_EQ(Orgs(salvo->actor), "PIJ");
}

TEST_F(EventsTest, WhatACallerAsksInTheCallIsHis) {
  const auto& events = CodeBody(
      "أجرى رئيس جهاز المخابرات العامة المصرية اليوم اتصالاً هاتفياً بالأمين العام لحركة الجهاد الإسلامي، دعاه "
      "خلاله "
      "إلى وقف إطلاق الصواريخ والعودة إلى التهدئة، فيما أبلغه الأمين العام رفض الحركة أي تهدئة.");
  ExpectSides(events, "REQUEST", "EGY", "PSE");
  ExpectSides(events, "REJECT", "PSE", "EGY");
}

TEST_F(EventsTest, ASpokesmanInItsNameSpeaksForTheBodyBefore) {
  ExpectSides(
      CodeBody(
          "ودانت الرئاسة الفلسطينية اليوم العدوان، وطالب الناطق باسمها الإدارة الأمريكية بالتدخل العاجل."),
      "REQUEST", "PSE", "USA");
}

TEST_F(EventsTest, ARecallOfHisAmbassadorInAHeadline) {
  const Event* recall = Find(CodeDated("2019-10-30 10:00:00", "الأردن يستدعي سفيره لدى إسرائيل",
                                       "قال الناطق الرسمي باسم الوزارة السفير سفيان القضاة إن القرار نهائي."),
                             "SANCTION");
  ASSERT_NE(recall, nullptr);
  EXPECT_EQ(recall->cameo, "161");
  EXPECT_EQ(Countries(recall->recipient), "ISR");
}

TEST_F(EventsTest, TwoDronesLaunchedAtACity) {
  ExpectSides(
      CodeBody("وكانت ميليشيا الحوثي قد أطلقت، مساء أمس، طائرتين مسيّرتين مفخختين باتجاه مدينة خميس مشيط."),
      "ASSAULT", "YEM", "SAU");
}

TEST_F(EventsTest, AVisitMonthsAgoIsNoHistory) {
  const auto& events =
      CodeDated("2024-01-11 12:00:00", "",
                "وكان المبعوث الأميركي قد زار لبنان في آب الماضي، وجال حينها على المنطقة الحدودية.");
  const Event* visit = Find(events, "CONSULT");
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(visit->modality, "asserted");
  const Event* old =
      Find(CodeDated("2024-01-11 12:00:00", "", "وكان المبعوث الأميركي قد زار لبنان في آب 2022."), "CONSULT");
  ASSERT_NE(old, nullptr);
  EXPECT_EQ(old->modality, "historical");
}

TEST_F(EventsTest, TwoNamedPeopleAgreeTogether) {
  const auto& events = CodeBody(
      "واستقبل رئيس مجلس النواب اللبناني نبيه بري الموفد الأميركي آموس هوكشتاين. واتفق بري وهوكشتاين على "
      "إبقاء قنوات التواصل مفتوحة.");
  const Event* agreed = Find(events, "AGREE");
  ASSERT_NE(agreed, nullptr);
  EXPECT_EQ(agreed->actor.size(), 2u);
}

TEST_F(EventsTest, ItsAmbassadorWarnsACapitalAfterAnAside) {
  ExpectSides(
      CodeBody("أما موسكو، فقد حذّر سفيرها لدى الولايات المتحدة، في بيان صباح اليوم، واشنطن من أن «مثل هذه "
               "الأفعال لن تمر دون عواقب»."),
      "THREATEN", "RUS", "USA");
}

TEST_F(EventsTest, AnInvitationMadeInACallReceivedGoesFromTheCaller) {
  const auto& events = CodeBody(
      "أكد رئيس الوزراء العراقي محمد شياع السوداني حرص العراق على العلاقات. وكان رئيس مجلس الوزراء قد تلقى، "
      "الخميس "
      "الماضي، اتصالاً هاتفياً من الرئيس الإيراني، وجّه خلاله دعوة رسمية للسوداني لزيارة طهران.");
  ExpectSides(events, "AGREE", "IRN", "IRQ");
  ExpectFutureVisit(events, "IRQ", "IRN");
}

TEST_F(EventsTest, TheSecretaryOfANationalSecurityCouncilSigns) {
  ExpectSides(
      CodeBody("وقّع مستشار الأمن القومي العراقي قاسم الأعرجي أمس في بغداد مع أمين المجلس الأعلى للأمن القومي "
               "الإيراني علي شمخاني اتفاقية أمنية."),
      "SUPPORT", "IRQ", "IRN");
}

TEST_F(EventsTest, ACampAndItsDisplacedPeopleShelledAfterTheDay) {
  ExpectSides(
      CodeBody("قصفت مليشيا الحوثي الانقلابية، مساء أمس الاثنين، مخيم الزور للنازحين في مديرية صرواح غربي "
               "محافظة مأرب."),
      "ASSAULT", "YEM", "YEM");
}

TEST_F(EventsTest, AThreatNamesItsTargetInWhatItThreatens) {
  ExpectSides(CodeBody("في المقابل، هدد المتحدث العسكري باسم جماعة الحوثي بتوسيع الهجمات لتطال السعودية."),
              "THREATEN", "YEM", "SAU");
}

TEST_F(EventsTest, AHeadlinesBareMinisterIsTheOneTheBodyNamesSo) {
  Article a =
      MakeArticle("وزير الخارجية يستقبل نظيره العراقي ويتلقى اتصالاً هاتفياً من الصفدي",
                  "استقبل صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية، في الرياض اليوم، وزير "
                  "الخارجية العراقي فؤاد حسين.");
  a.date = "2023-03-06 12:00:00";
  const auto& events = Code(a);
  for (const Event& e : events) {
    if (e.category == "CONSULT" && e.cameo == "043") {
      EXPECT_EQ(Countries(e.recipient), "SAU");
    }
  }
}

TEST_F(EventsTest, AParticipleAfterWhatWasSaidInACallIsTheCallers) {
  const auto& events = CodeBody(
      "تلقى وزير الخارجية السعودي اتصالاً هاتفياً من وزير الخارجية الأردني أيمن الصفدي، أكد خلاله تضامن الأردن "
      "الكامل مع السعودية، معرباً عن إدانة بلاده الشديدة لاستهداف ميليشيا الحوثي منشآت نفطية.");
  ExpectSides(events, "ACCUSE", "JOR", "YEM");
}

TEST_F(EventsTest, EachOfSeveralStatesAnnouncesCuttingRelations) {
  const Event* cut =
      Find(CodeBody("وجاء القرار متزامناً مع خطوة مماثلة، إذ أعلنت كل من السعودية والإمارات والبحرين، فجر "
                    "الاثنين، قطع علاقاتها مع الدوحة."),
           "SANCTION");
  ASSERT_NE(cut, nullptr);
  EXPECT_EQ(cut->actor.size(), 3u);
  EXPECT_EQ(Countries(cut->recipient), "QAT");
}

TEST_F(EventsTest, ClosingTheAirspaceAnnouncedWithCutRelationsIsAnEmbargoOfItsOwn) {
  const auto& events = CodeBody(
      "أعلنت وزارة الخارجية المصرية، صباح اليوم، قطع العلاقات الدبلوماسية مع دولة قطر، وإغلاق الأجواء "
      "والموانئ "
      "المصرية أمام جميع وسائل النقل القطرية.");
  int sanctions = 0;
  for (const Event& e : events) {
    if (e.category != "SANCTION") continue;
    ++sanctions;
    EXPECT_EQ(Countries(e.actor), "EGY");
    EXPECT_EQ(Countries(e.recipient), "QAT");
  }
  EXPECT_EQ(sanctions, 2);
}

TEST_F(EventsTest, NeighbourhoodsOfACityShelledPastTheDay) {
  ExpectSides(
      CodeBody("ميدانياً، قصفت المليشيات الحوثية، الأحد الماضي، أحياء سكنية شرقي مدينة تعز بقذائف الهاون."),
      "ASSAULT", "YEM", "YEM");
}

TEST_F(EventsTest, AnEnvoyDueInTheTemporaryCapital) {
  ExpectFutureVisit(
      CodeBody("ومن المقرر أن يصل المبعوث الأممي إلى اليمن هانس غروندبرغ إلى العاصمة المؤقتة عدن الأسبوع "
               "المقبل."),
      "", "YEM");
}

TEST_F(EventsTest, AHeadlineJoiningACondemnationAndARecallTheBodyTellsApartKeepsBoth) {
  const auto& events = CodeDated(
      "2025-02-20 12:00:00",
      "الخارجية تدين استضافة كينيا لاجتماعات الدعم السريع وتستدعي سفير السودان في نيروبي",
      "أدانت وزارة الخارجية السودانية، في بيان اليوم الخميس، استضافة الحكومة الكينية لاجتماعات مليشيا الدعم "
      "السريع. وأعلنت الوزارة، في البيان ذاته، استدعاء سفير السودان لدى كينيا للتشاور.");
  ExpectSides(events, "ACCUSE", "SDN", "KEN");
  ExpectSides(events, "SANCTION", "SDN", "KEN");
}

TEST_F(EventsTest, WhatAPersonJustNamedSaidInAClauseOnHer) {
  ExpectSides(
      CodeDated("2022-10-13 12:00:00", "",
                "كما استقبل رئيس مجلس النواب اللبناني نبيه بري اليوم المنسقة الخاصة للأمم المتحدة، التي جددت "
                "تأكيد دعم الأمم المتحدة للبنان وسيادته."),
      "SUPPORT", "", "LBN");
}

TEST_F(EventsTest, SupportNamesWhomItSupportsAfterItsNoun) {
  const Event* support =
      Find(CodeBody("أشادت السفيرة الأميركية بدور رئيس المجلس، مؤكدة أن بلادها مستمرة في دعم الجيش "
                    "اللبناني."),
           "SUPPORT");
  ASSERT_NE(support, nullptr);
  EXPECT_EQ(Countries(support->actor), "USA");
}

}  // namespace
}  // namespace marsad
