// The event coder on the seed report and on sentences written for these tests.
#include "marsad/events.h"

#include <gtest/gtest.h>

#include <fstream>
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
  static std::vector<Event> Code(const Article& a) {
    const auto sentences = analyzer_->Analyze(a);
    const EntityResult entities = EntityTagger(lexicon_.get()).Tag(a, sentences);
    return coder_->Code(a, sentences, entities);
  }
  static std::unique_ptr<Analyzer> analyzer_;
  static std::unique_ptr<Lexicon> lexicon_;
  static std::unique_ptr<EventCoder> coder_;
};
std::unique_ptr<Analyzer> EventsTest::analyzer_;
std::unique_ptr<Lexicon> EventsTest::lexicon_;
std::unique_ptr<EventCoder> EventsTest::coder_;

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

TEST_F(EventsTest, NegationAndFuture) {
  const auto negated = Code(MakeArticle("", "لم يستقبل الرئيس المصري وزير الخارجية الإيراني."));
  ASSERT_EQ(negated.size(), 1u);
  EXPECT_EQ(negated[0].modality, "negated");
  const auto future = Code(MakeArticle("", "سيلتقي وزير الخارجية الأردني الملك السعودي في الرياض."));
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
}

}  // namespace
}  // namespace marsad
