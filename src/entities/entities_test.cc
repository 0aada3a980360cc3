// The entity stage on the seed report (shared data) and on texts written for these tests.
#include "marsad/entities.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "testing/test_data.h"

namespace marsad {
namespace {

class EntitiesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    ASSERT_TRUE(Analyzer::Open(AnalyzerOptions{}, &analyzer_).ok());
    const Status s = Lexicon::Load(testing::SourceDir() + "/lexicons", *analyzer_, &lexicon_);
    ASSERT_TRUE(s.ok()) << s.ToString();
  }
  static void TearDownTestSuite() {
    lexicon_.reset();
    analyzer_.reset();
  }

  struct Tagged {
    Article article;
    std::vector<Sentence> sentences;
    EntityResult result;
    std::string Text(const Mention& m) const { return std::string(article.View(m.span)); }
    std::string Name(const Mention& m) const { return std::string(article.View(m.name_span)); }
    const Entity& EntityOf(const Mention& m) const { return result.entities.at(m.entity); }
  };

  static Tagged Tag(Article article) {
    Tagged t;
    t.article = std::move(article);
    t.sentences = analyzer_->Analyze(t.article);
    EntityTagger tagger(lexicon_.get());
    t.result = tagger.Tag(t.article, t.sentences);
    return t;
  }

  static std::unique_ptr<Analyzer> analyzer_;
  static std::unique_ptr<Lexicon> lexicon_;
};
std::unique_ptr<Analyzer> EntitiesTest::analyzer_;
std::unique_ptr<Lexicon> EntitiesTest::lexicon_;

bool HasTitle(const Entity& e, const std::string& role) {
  return std::find(e.titles.begin(), e.titles.end(), role) != e.titles.end();
}

TEST_F(EntitiesTest, TitleCountryAndUnknownName) {
  const Tagged t = Tag(MakeArticle("", "استقبل وزير الخارجية المصري سامح زيدانوف في القاهرة أمس."));
  const Mention* person = nullptr;
  for (const auto& m : t.result.mentions) {
    if (m.type == MentionType::kPerson && !m.name_span.empty()) person = &m;
  }
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(t.Name(*person), "سامح زيدانوف");
  EXPECT_EQ(t.EntityOf(*person).country, "EGY");
  EXPECT_EQ(t.EntityOf(*person).sector, "GOV");
  bool cairo = false;
  for (const auto& m : t.result.mentions) cairo |= m.type == MentionType::kLocation && m.country == "EGY";
  EXPECT_TRUE(cairo);
}

TEST_F(EntitiesTest, LaterRoleMentionsJoinTheirHolder) {
  const Tagged t = Tag(MakeArticle(
      "",
      "التقى الأمين العام للأمم المتحدة كريم زاهدوف بوزير الخارجية الأردني. وأكد الأمين العام دعم المنظمة."));
  int holder = -1;
  for (const auto& m : t.result.mentions) {
    if (m.type == MentionType::kPerson && t.Name(m) == "كريم زاهدوف") holder = m.entity;
  }
  ASSERT_GE(holder, 0);
  EXPECT_EQ(t.result.entities[holder].org, "UN");
  EXPECT_EQ(t.result.entities[holder].sector, "IGO");
  int linked = 0;
  for (const auto& m : t.result.mentions) {
    if (m.sentence == 1 && m.type == MentionType::kPerson) {
      EXPECT_EQ(m.entity, holder) << t.Text(m);
      ++linked;
    }
  }
  EXPECT_EQ(linked, 1);
}

TEST_F(EntitiesTest, TatweelDashIsNoName) {
  // Once looped forever: a lone tatweel after a title was taken for an empty name.
  const Tagged t =
      Tag(MakeArticle("", "استقبل خادم الحرمين الشريفين ـ البرنامج الوطني. وقال خادم الحرمين الشريفين ـ"));
  for (const auto& m : t.result.mentions) EXPECT_TRUE(m.name_span.empty()) << t.Text(m);
}

TEST_F(EntitiesTest, OneWordNamesKeepTheirArticle) {
  // الحماس is enthusiasm, not Hamas; المالي is financial, not Mali.
  const Tagged t = Tag(MakeArticle("", "أبدى الحماس للدعم المالي. وقالت حماس إن مالي والكاميرون شاركتا."));
  std::vector<std::string> found;
  for (const auto& m : t.result.mentions)
    found.push_back(t.Text(m) + "/" + (m.org.empty() ? m.country : m.org));
  EXPECT_EQ(found, (std::vector<std::string>{"حماس/HAMAS", "مالي/MLI", "والكاميرون/CMR"}));
}

TEST_F(EntitiesTest, SeedArticle) {
  MARSAD_REQUIRE_SHARED_DATA(path, "corpus/seed/000_1cc15bd339471e21.txt");
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  const Tagged t = Tag(ParsePlainText(ss.str()));
  const auto& mentions = t.result.mentions;

  // The two people, with their roles, countries, organisations and sectors.
  int senate_chairman = -1, secretary_general = -1;
  for (const auto& m : mentions) {
    if (m.type != MentionType::kPerson || m.name_span.empty()) continue;
    if (t.Name(m) == "مولين أشيمبايف") senate_chairman = m.entity;
    if (t.Name(m) == "خيرت ساريباي") secretary_general = m.entity;
  }
  ASSERT_GE(senate_chairman, 0);
  ASSERT_GE(secretary_general, 0);
  ASSERT_NE(senate_chairman, secretary_general);
  const Entity& ashimbayev = t.result.entities[senate_chairman];
  EXPECT_EQ(ashimbayev.country, "KAZ");
  EXPECT_EQ(ashimbayev.sector, "LEG");
  EXPECT_TRUE(HasTitle(ashimbayev, "senate_chairman"));
  const Entity& sarybay = t.result.entities[secretary_general];
  EXPECT_EQ(sarybay.org, "CICA");
  EXPECT_EQ(sarybay.sector, "IGO");
  EXPECT_TRUE(HasTitle(sarybay, "secretary_general"));
  EXPECT_TRUE(HasTitle(sarybay, "ambassador"));

  // Every later role mention is linked to its holder, the interlocutor to the other party, الطرفان to both.
  int role_mentions = 0;
  for (const auto& m : mentions) {
    if (m.type != MentionType::kPerson) continue;
    if (m.role == "secretary_general") {
      EXPECT_EQ(m.entity, secretary_general) << t.Text(m) << " in sentence " << m.sentence;
      ++role_mentions;
    }
    if (m.role == "senate_chairman") {
      EXPECT_EQ(m.entity, senate_chairman) << t.Text(m) << " in sentence " << m.sentence;
      ++role_mentions;
    }
    if (m.how == "coref:interlocutor") {
      EXPECT_EQ(m.entity, senate_chairman);
    }
  }
  EXPECT_GE(role_mentions, 8);
  bool parties = false;
  for (const auto& m : mentions) {
    if (m.how == "coref:parties" && t.Text(m) == "الطرفان") {
      parties = true;
      EXPECT_EQ(m.members.size(), 2u);
    }
  }
  EXPECT_TRUE(parties);

  // Dropped pronoun subjects: وتحدث (he: the Secretary General), ناقشا (the two of them), ودعا (he).
  std::map<std::string, const Mention*> dropped;
  for (const auto& m : mentions) {
    if (m.how == "coref:dropped-subject") dropped[t.Text(m)] = &m;
  }
  ASSERT_TRUE(dropped.count("وتحدث"));
  EXPECT_EQ(dropped["وتحدث"]->entity, secretary_general);
  ASSERT_TRUE(dropped.count("ناقشا"));
  EXPECT_EQ(dropped["ناقشا"]->members.size(), 2u);
  ASSERT_TRUE(dropped.count("ودعا"));
  EXPECT_EQ(dropped["ودعا"]->entity, secretary_general);

  // The author is no actor.
  EXPECT_EQ(t.result.author, "فاطمة بدوى");
  for (const auto& m : mentions) EXPECT_EQ(t.Text(m).find("فاطمة"), std::string::npos);

  // CICA in every spelling the article uses.
  auto org_text = [&](const std::string& needle) {
    for (const auto& m : mentions) {
      if (m.type == MentionType::kOrganization && m.org == "CICA" &&
          t.Text(m).find(needle) != std::string::npos) {
        return true;
      }
    }
    return false;
  };
  EXPECT_TRUE(org_text("مؤتمر التفاعل وإجراءات بناء الثقة في آسيا"));
  EXPECT_TRUE(org_text("مؤتمر التفاعل وبناء الثقة في آسيا"));
  EXPECT_TRUE(org_text("CICA"));
  bool title_cica = false;  // "لـ CICA" in the headline
  for (const auto& m : mentions) {
    title_cica |= m.type == MentionType::kOrganization && m.org == "CICA" && t.sentences[m.sentence].is_title;
  }
  EXPECT_TRUE(title_cica);

  // The Kazakh Senate / Parliament: a KAZ legislature.
  bool legislature = false;
  for (const auto& m : mentions) {
    if (m.type == MentionType::kOrganization && m.org.empty()) {
      const Entity& e = t.EntityOf(m);
      legislature |= e.country == "KAZ" && e.sector == "LEG";
    }
  }
  EXPECT_TRUE(legislature);

  // Places: Kazakhstan in each form, Astana (KAZ), Asia.
  auto place = [&](MentionType type, const std::string& text, const std::string& country) {
    for (const auto& m : mentions) {
      if (m.type == type && t.Text(m).find(text) != std::string::npos && m.country == country) return true;
    }
    return false;
  };
  EXPECT_TRUE(place(MentionType::kCountry, "جمهورية كازاخستان", "KAZ"));
  EXPECT_TRUE(place(MentionType::kCountry, "الكازاخية", "KAZ"));
  EXPECT_TRUE(place(MentionType::kCountry, "الكازاخستانية", "KAZ"));
  EXPECT_TRUE(place(MentionType::kCountry, "كازاخستان", "KAZ"));
  EXPECT_TRUE(place(MentionType::kLocation, "أستانا", "KAZ"));
  EXPECT_TRUE(place(MentionType::kLocation, "آسيا", ""));

  // Dates: October 2022 (month) and 2024 (year).
  bool october = false, year2024 = false;
  for (const auto& d : t.result.dates) {
    october |= d.date.ToString() == "2022-10" && d.precision == DatePrecision::kMonth;
    year2024 |= d.date.ToString() == "2024" && d.precision == DatePrecision::kYear;
  }
  EXPECT_TRUE(october);
  EXPECT_TRUE(year2024);
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

// Issue 4's check: the seed's two people are found with people.tsv emptied (titles, composition and the
// statistical tagger, no list of names).
TEST(EntitiesWithoutPeopleLexicon, SeedPersonsFound) {
  MARSAD_REQUIRE_SHARED_DATA(path, "corpus/seed/000_1cc15bd339471e21.txt");
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("marsad-no-people-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::copy(testing::SourceDir() + "/lexicons", dir, fs::copy_options::recursive);
  std::ofstream(dir / "people.tsv", std::ios::trunc) << "names\tcountry\torg\trole\tsector\tfrom\tto\n";
  std::unique_ptr<Analyzer> analyzer;
  ASSERT_TRUE(Analyzer::Open(AnalyzerOptions{}, &analyzer).ok());
  std::unique_ptr<Lexicon> lexicon;
  ASSERT_TRUE(Lexicon::Load(dir.string(), *analyzer, &lexicon).ok());
  fs::remove_all(dir);
  std::unique_ptr<NerModel> ner;
  ASSERT_TRUE(NerModel::Load(NerModel::DefaultPath(), &ner).ok());
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  const Article article = ParsePlainText(ss.str());
  const auto sentences = analyzer->Analyze(article);
  const EntityResult r = EntityTagger(lexicon.get(), ner.get()).Tag(article, sentences);
  std::set<std::string> names;
  for (const auto& m : r.mentions) {
    if (m.type == MentionType::kPerson && !m.name_span.empty())
      names.insert(std::string(article.View(m.name_span)));
  }
  EXPECT_TRUE(names.count("مولين أشيمبايف"));
  EXPECT_TRUE(names.count("خيرت ساريباي"));
}

TEST_F(EntitiesTest, OfficesJoinedByWaAndNamesJoinedByWa) {
  // Two offices of one person, the state named after the second and the name after a comma; a given name
  // glued to و after a title is the next person; أمير before a name is the name Amir; the Saudi king's
  // title without a name is still Saudi.
  const Tagged t = Tag(
      MakeArticle("",
                  "التقى الوزير بنائب رئيس الوزراء ووزير خارجية دولة الكويت، الشيخ صباح خالد الحمد الصباح. "
                  "وقال نائب الرئيس الأمريكي وحيدر العبادي إنهما تحدثا. وقال أمير حكمتي إنه بخير. "
                  "واستقبل خادم الحرمين الشريفين الوزير."));
  std::map<std::string, const Mention*> by_text;
  for (const Mention& m : t.result.mentions) by_text[t.Text(m)] = &m;
  ASSERT_TRUE(by_text.count("بنائب رئيس الوزراء ووزير خارجية دولة الكويت، الشيخ صباح خالد الحمد الصباح"));
  EXPECT_EQ(t.EntityOf(*by_text["بنائب رئيس الوزراء ووزير خارجية دولة الكويت، الشيخ صباح خالد الحمد الصباح"])
                .country,
            "KWT");
  ASSERT_TRUE(by_text.count("نائب الرئيس الأمريكي"));
  ASSERT_TRUE(by_text.count("وحيدر العبادي"));
  EXPECT_EQ(t.EntityOf(*by_text["وحيدر العبادي"]).country, "IRQ");
  ASSERT_TRUE(by_text.count("أمير حكمتي"));
  EXPECT_TRUE(by_text["أمير حكمتي"]->role.empty());
  const Tagged fighters =
      Tag(MakeArticle("", "وأضافت الوكالة أن مقاتلين من حزب العمال الكردستاني هاجموا المركز."));
  ASSERT_FALSE(fighters.result.mentions.empty());
  EXPECT_EQ(fighters.result.mentions[0].org, "PKK");
  ASSERT_TRUE(by_text.count("خادم الحرمين الشريفين"));
  EXPECT_EQ(t.EntityOf(*by_text["خادم الحرمين الشريفين"]).country, "SAU");
}

TEST_F(EntitiesTest, FamilyNamesThatAreNationalities) {
  // After a lineage with بن, a nationality adjective is the family's name; alone in the headline it is the
  // man, not his "country".
  const Tagged t = Tag(MakeArticle(
      "التركي يستقبل وفدا من موريتانيا",
      "استقبل الأمين العام لرابطة العالم الإسلامي الدكتور عبدالله بن عبدالمحسن التركي أمس الوفد."));
  std::map<std::string, const Mention*> by_text;
  for (const Mention& m : t.result.mentions) by_text[t.Text(m)] = &m;
  for (const Mention& m : t.result.mentions) EXPECT_NE(m.country, "TUR") << t.Text(m);
  ASSERT_TRUE(by_text.count("التركي"));
  EXPECT_EQ(by_text["التركي"]->type, MentionType::kPerson);
  const std::string full = "الأمين العام لرابطة العالم الإسلامي الدكتور عبدالله بن عبدالمحسن التركي";
  ASSERT_TRUE(by_text.count(full));
  EXPECT_GE(by_text["التركي"]->entity, 0);
  EXPECT_EQ(by_text["التركي"]->entity, by_text[full]->entity);
  // A portfolio is part of the office, and the name after it is the office holder's.
  const Tagged envoy = Tag(
      MakeArticle("", "وحذر نائب الأمين العام للأمم المتحدة للشؤون الإنسانية ستيفن أوبراين من نتائج الحرب."));
  ASSERT_FALSE(envoy.result.mentions.empty());
  EXPECT_EQ(envoy.Text(envoy.result.mentions[0]),
            "نائب الأمين العام للأمم المتحدة للشؤون الإنسانية ستيفن أوبراين");
  // A definite title takes no bare state's name as its genitive: Israel is the object.
  const Tagged demand = Tag(MakeArticle("", "وطالب الأمين العام إسرائيل بوقف الاعتداءات."));
  ASSERT_GE(demand.result.mentions.size(), 2u);
  EXPECT_EQ(demand.Text(demand.result.mentions[0]), "الأمين العام");
  EXPECT_EQ(demand.result.mentions[1].country, "ISR");
  // A person takes the office he held on the article's day.
  Article dated = MakeArticle("", "واستنكر عبداللطيف الزياني التصريحات.");
  dated.date = "2015-07-20";
  const Tagged gcc = Tag(dated);
  ASSERT_FALSE(gcc.result.mentions.empty());
  EXPECT_EQ(gcc.result.mentions[0].org, "GCC");
  EXPECT_EQ(gcc.result.mentions[0].country, "");
}

TEST_F(EntitiesTest, ArmedGroupsTakeTheCountryTheArticleNamesLater) {
  // A headline's rebels are those the body names with their country; occupation forces are Israel's.
  const Tagged t = Tag(MakeArticle("الرئيس اليمني يطالب المتمردين باحترام الهدنة",
                                   "وطالب الرئيس الميليشيات الحوثية باحترام الهدنة. واقتحمت قوات الاحتلال "
                                   "بلدة في الضفة الغربية."));
  std::map<std::string, std::string> country;
  for (const Mention& m : t.result.mentions) country[t.Text(m)] = m.country;
  EXPECT_EQ(country["المتمردين"], "YEM");
  EXPECT_EQ(country["قوات الاحتلال"], "ISR");
}

TEST_F(EntitiesTest, RecognisedGovernmentsKeepTheirState) {
  // The recognition between the body and its state does not hide the state behind في.
  const Tagged t = Tag(MakeArticle("",
                                   "قال الوزير الجزائري إن بلاده تدعم الحوار. وانتقدت الحكومة المعترف بها "
                                   "دوليا في ليبيا المؤتمر الوطني العام."));
  bool libyan = false;
  for (const Mention& m : t.result.mentions)
    libyan |= m.type == MentionType::kOrganization && m.country == "LBY";
  EXPECT_TRUE(libyan);
}

TEST_F(EntitiesTest, CountryNamesThatAreAFamilyNameAlreadyGiven) {
  // Once David Cameron is named, كاميرون alone is the man, not Cameroon; without him it stays the country.
  const Tagged t =
      Tag(MakeArticle("",
                      "وكان رئيس الوزراء البريطاني ديفيد كاميرون قد وعد باستفتاء. ويتفاوض كاميرون "
                      "مع قادة الاتحاد الأوروبي."));
  const Mention* last = nullptr;
  for (const Mention& m : t.result.mentions) {
    if (t.Text(m) == "كاميرون") last = &m;
  }
  ASSERT_NE(last, nullptr);
  EXPECT_EQ(last->type, MentionType::kPerson);
  ASSERT_GE(last->entity, 0);
  EXPECT_EQ(t.result.entities[last->entity].country, "GBR");
  const Tagged alone = Tag(MakeArticle("", "وقعت اشتباكات في كاميرون أمس."));
  bool country = false;
  for (const Mention& m : alone.result.mentions)
    country |= m.type == MentionType::kCountry && m.country == "CMR";
  EXPECT_TRUE(country);
}

TEST_F(EntitiesTest, JudicialAuthoritiesOfAState) {
  const Tagged t = Tag(MakeArticle("", "وتطالب السلطات القضائية الأمريكية بتسليم الموقوفين."));
  ASSERT_FALSE(t.result.mentions.empty());
  EXPECT_EQ(t.result.mentions[0].country, "USA");
  EXPECT_EQ(t.result.mentions[0].sector, "JUD");
}

TEST_F(EntitiesTest, AmmanInAnArticleAboutJordan) {
  // عمان is Jordan's capital where the article is about Jordan and names Oman in no other way.
  auto country_of = [&](const Tagged& t) {
    for (const Mention& m : t.result.mentions) {
      if (t.Text(m).ends_with("عمان")) return m.country;
    }
    return std::string();
  };
  EXPECT_EQ(country_of(Tag(MakeArticle("",
                                       "التقى العاهل الأردني الملك عبدالله الثاني في عمان أمس وزير الخارجية "
                                       "الأمريكي."))),
            "JOR");
  EXPECT_EQ(country_of(Tag(MakeArticle("", "وصل وزير الخارجية الأردني إلى مسقط في زيارة لسلطنة عمان."))),
            "OMN");
  EXPECT_EQ(country_of(Tag(MakeArticle("", "وقعت عمان والهند اتفاقية للتعاون."))), "OMN");
}

TEST_F(EntitiesTest, ProtestersAreOfWhereTheyProtestNotOfWhatTheyDemand) {
  auto protesters = [&](const Tagged& t) {
    for (const Mention& m : t.result.mentions) {
      if (t.Text(m).ends_with("المتظاهرون")) return m.country;
    }
    return std::string();
  };
  EXPECT_EQ(protesters(Tag(MakeArticle("",
                                       "وشهدت بغداد اليوم تظاهرة غاضبة، أحرق خلالها المتظاهرون العلم "
                                       "التركي وطالبوا بقطع العلاقات مع أنقرة."))),
            "IRQ");
  EXPECT_EQ(protesters(Tag(MakeArticle("", "واقتحم المتظاهرون مبنى القنصلية في مدينة البصرة."))), "IRQ");
}

TEST_F(EntitiesTest, ABodyBelongingToAPartyIsThatPartys) {
  const Tagged t = Tag(MakeArticle(
      "", "وكانت طائرات حربية تابعة للكيان الصهيوني قد أغارت على مبنى ملاصق للسفارة الإيرانية في دمشق."));
  bool planes = false;
  for (const Mention& m : t.result.mentions) {
    if (!t.Text(m).starts_with("طائرات")) continue;
    planes = true;
    EXPECT_EQ(m.country, "ISR");  // not Iran, the next nationality in the sentence
  }
  EXPECT_TRUE(planes);
}

TEST_F(EntitiesTest, ATownPlacedByADirectionFromAnotherPlace) {
  const Tagged t = Tag(MakeArticle("", "شنت طائرات حربية غارات على سوق شعبي في مدينة أريحا جنوب إدلب أمس."));
  bool town = false;
  for (const Mention& m : t.result.mentions) {
    if (!t.Text(m).ends_with("أريحا")) continue;
    town = true;
    EXPECT_EQ(m.country, "SYR");  // Idlib's Ariha, not Jericho
  }
  EXPECT_TRUE(town);
}

TEST_F(EntitiesTest, TheSubjectsOfficeEndsWhereItsObjectBegins) {
  // What follows a complete office (its nationality said, or its head definite) is the verb's object, not
  // a genitive of the office: each sentence has two parties.
  auto texts = [&](const std::string& body) {
    std::vector<std::string> out;
    const Tagged t = Tag(MakeArticle("", body));
    for (const Mention& m : t.result.mentions) {
      if (!m.how.starts_with("attachment")) out.push_back(t.Text(m));
    }
    return out;
  };
  EXPECT_EQ(texts("واتهمت وزارة الخارجية الليبية دولة قطر بدعم الجماعات المسلحة."),
            (std::vector<std::string>{"وزارة الخارجية الليبية", "دولة قطر", "الجماعات المسلحة"}));
  EXPECT_EQ(texts("وطالبت الوزارة مجلس الأمن الدولي بالتحرك."),
            (std::vector<std::string>{"الوزارة", "مجلس الأمن الدولي"}));
  EXPECT_EQ(texts("وطالبت الوزارة السلطات الإيطالية بالإفراج عن البحارة."),
            (std::vector<std::string>{"الوزارة", "السلطات الإيطالية"}));
  EXPECT_EQ(texts("ودعا الوزير المصري الرئيس التونسي إلى زيارة القاهرة."),
            (std::vector<std::string>{"الوزير المصري", "الرئيس التونسي", "القاهرة"}));
  // A rank or a royal style after the nationality is the same person's.
  EXPECT_TRUE(texts("وصل وزير الدفاع الأردني اللواء سامي العبادي إلى بغداد.")
                  .front()
                  .starts_with("وزير الدفاع الأردني اللواء سامي"));
}

TEST_F(EntitiesTest, ARoleOfAnotherOrganisationIsNoApposition) {
  const Tagged t = Tag(MakeArticle("", "وطالب محمد عبدالسلام المبعوث الأممي بالضغط لفتح مطار صنعاء."));
  bool envoy = false;
  for (const Mention& m : t.result.mentions) {
    if (t.Text(m) != "المبعوث الأممي") continue;
    envoy = true;
    EXPECT_EQ(m.org, "UN");  // the UN envoy is asked, not the Houthi spokesman's second office
  }
  EXPECT_TRUE(envoy);
}

TEST_F(EntitiesTest, APolicyAdjectiveAfterABodyIsNoMinistry) {
  const Tagged t =
      Tag(MakeArticle("",
                      "والتقت الوزيرة أمس ستيفاني ويليامز القائمة بأعمال رئيس بعثة الأمم المتحدة "
                      "في ليبيا، ثم الممثل الأعلى للاتحاد الأوروبي للشؤون الخارجية."));
  for (const Mention& m : t.result.mentions) {
    // "الخارجية" after "للشؤون" is the portfolio's adjective, not a foreign ministry.
    EXPECT_NE(t.Text(m), "الخارجية");
  }
}

TEST_F(EntitiesTest, AnAdviserIsOfTheOneHeAdvises) {
  const Tagged t = Tag(MakeArticle("", "ونفى المستشار السياسي لقائد قوات الدعم السريع الاتهامات."));
  ASSERT_FALSE(t.result.mentions.empty());
  EXPECT_EQ(t.result.mentions.front().role, "adviser");
  EXPECT_EQ(t.result.mentions.front().org, "RSF");
}

TEST_F(EntitiesTest, ACounterpartFromHisStateAndOfAnotherStateThanTheSpeaker) {
  const Tagged t = Tag(MakeArticle(
      "وزير الخارجية المغربي يتباحث مع نظيره من الرأس الأخضر",
      "وأشاد الملك محمد السادس بالعلاقات مع الرأس الأخضر. ووجه وزير الخارجية المغربي دعوة لنظيره لزيارة "
      "الداخلة."));
  bool titled = false, invited = false;
  for (const Mention& m : t.result.mentions) {
    if (t.Text(m).starts_with("نظيره")) {
      titled = true;
      EXPECT_EQ(m.country, "CPV");
    }
    if (t.Text(m) == "لنظيره" && m.how == "coref:interlocutor") {
      invited = true;
      EXPECT_NE(m.country, "MAR");  // not the Moroccan king named before
    }
  }
  EXPECT_TRUE(titled);
  EXPECT_TRUE(invited);
}

TEST_F(EntitiesTest, AFamilyNameAfterAClauseHeadTheAnalyserReadsAsANoun) {
  const Tagged t =
      Tag(MakeArticle("",
                      "استقبل وزير الخارجية أيمن الصفدي اليوم نظيره القبرصي. وفي المؤتمر، ثمّن الصفدي "
                      "موقف قبرص، فيما جدد الصفدي دعوته. وعقد الوزيران بناءً على طلب مسبق اجتماعاً."));
  int safadi = 0;
  for (const Mention& m : t.result.mentions) {
    if (t.Text(m) == "الصفدي" && m.how == "coref:name") ++safadi;
    EXPECT_NE(t.Text(m), "على");  // a preposition after a clause's first word is no name
  }
  EXPECT_EQ(safadi, 2);
}

TEST_F(EntitiesTest, AmmanAndTripoliByTheStateTheArticleIsAbout) {
  const Tagged t = Tag(MakeArticle("",
                                   "استقبل وزير الخارجية الأردني في مقر الوزارة بعمان نظيره القبرصي. وفي "
                                   "بيروت وطرابلس تجمع آلاف المحتجين اللبنانيين."));
  for (const Mention& m : t.result.mentions) {
    if (t.Text(m) == "الوزارة بعمان") {
      EXPECT_EQ(m.country, "JOR");
    }
    if (t.Text(m) == "وطرابلس") {
      EXPECT_EQ(m.country, "LBN");
    }
  }
}

TEST_F(EntitiesTest, AKingTitleJoinsTheKingTheTableNamesNotTheRepublicsBeside) {
  const Tagged t =
      Tag(MakeArticle("ودعوة لجلالة الملك لزيارة نيقوسيا",
                      "وسلم الوزير رسالة إلى الملك عبدالله الثاني. وانطلقت الآلية مع القمة بمشاركة "
                      "جلالة الملك والرئيسين القبرصي واليوناني."));
  for (const Mention& m : t.result.mentions) {
    if (m.type == MentionType::kPerson && t.Text(m).find("الملك") != std::string::npos) {
      ASSERT_GE(m.entity, 0);
      EXPECT_EQ(t.result.entities[m.entity].country, "JOR") << t.Text(m);
    }
  }
}

TEST_F(EntitiesTest, AnEnvoyOfAHeadOfStateAndAnMpForHisBloc) {
  const Tagged t = Tag(
      MakeArticle("",
                  "استقبل الوزير فيصل المقداد في دمشق المبعوث الخاص لسلطان عُمان سالم بن ناصر الرواحي. وقال "
                  "النائب عن تحالف الفتح فاضل الموسوي إن الفصائل لن تسكت."));
  bool envoy = false, mp = false;
  for (const Mention& m : t.result.mentions) {
    if (t.Text(m).starts_with("المبعوث الخاص")) {
      envoy = true;
      EXPECT_EQ(m.country, "OMN");
    }
    if (t.Text(m).starts_with("النائب")) {
      mp = true;
      EXPECT_EQ(m.country, "IRQ");
    }
  }
  EXPECT_TRUE(envoy);
  EXPECT_TRUE(mp);
}

TEST_F(EntitiesTest, AMinistryOfExpatriatesAffairsIsPartOfTheOffice) {
  const Tagged t =
      Tag(MakeArticle("",
                      "استقبل الدكتور بدر عبد العاطي وزير الخارجية والهجرة وشؤون المصريين بالخارج "
                      "اليوم مفوض الاتحاد الأوروبي."));
  for (const Mention& m : t.result.mentions) {
    EXPECT_NE(t.Text(m), "المصريين");  // no party of its own
  }
}

TEST_F(EntitiesTest, ASeniorAdviserWithAPortfolioAndAnEnvoyBeforeTheOneHeVisits) {
  const Tagged t =
      Tag(MakeArticle("",
                      "وصل كبير مستشاري الرئيس الأميركي لشؤون أمن الطاقة آموس هوكشتاين إلى بيروت. "
                      "كما زار الموفد الأميركي قائد الجيش العماد جوزاف عون في مكتبه."));
  bool adviser = false, envoy = false;
  for (const Mention& m : t.result.mentions) {
    if (t.Text(m).starts_with("كبير مستشاري")) {
      adviser = true;
      EXPECT_TRUE(t.Text(m).ends_with("هوكشتاين"));
      EXPECT_EQ(m.country, "USA");
    }
    if (t.Text(m) == "الموفد الأميركي") envoy = true;  // not one person with the army chief after him
  }
  EXPECT_TRUE(adviser);
  EXPECT_TRUE(envoy);
}

TEST_F(EntitiesTest, AMinistersExpatriatesJoinedByWawGiveHisState) {
  const Tagged t =
      Tag(MakeArticle("",
                      "أعرب وزير الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج عن "
                      "أسفه للقرار."));
  ASSERT_FALSE(t.result.mentions.empty());
  EXPECT_EQ(t.result.mentions.front().country, "MAR");
}

TEST_F(EntitiesTest, AnOfficeHeldInAPlaceBeforeTheNameAndADefiniteDelegationsNationality) {
  const Tagged t =
      Tag(MakeArticle("", "استقبل رئيس حركة حماس في قطاع غزة يحيى السنوار الوفد الأمني المصري."));
  bool leader = false, delegation = false;
  for (const Mention& m : t.result.mentions) {
    if (t.Text(m) == "رئيس حركة حماس في قطاع غزة يحيى السنوار") leader = true;
    if (t.Text(m) == "الوفد الأمني المصري") {
      delegation = true;
      EXPECT_EQ(m.country, "EGY");
    }
  }
  EXPECT_TRUE(leader);
  EXPECT_TRUE(delegation);
}

TEST_F(EntitiesTest, AVerbWithWawBeforeAGivenNameIsNoPartOfIt) {
  const Tagged t = Tag(MakeArticle("",
                                   "استقبل الرئيس المصري وزير الخارجية العراقي فؤاد حسين.\n\nوسلّم حسين "
                                   "خلال اللقاء رسالة من رئيس الوزراء العراقي."));
  for (const Mention& m : t.result.mentions) EXPECT_FALSE(t.Text(m).starts_with("وسلّم")) << t.Text(m);
}

TEST_F(EntitiesTest, AnHonorificObjectAfterTheSubjectAndABareTitleBeforeAFamilyName) {
  const Tagged t = Tag(MakeArticle("",
                                   "استقبل سيادة الرئيس محمود عباس وزير خارجية اليونان نيكوس ديندياس.\n\n"
                                   "وسلم الوزير ديندياس سيادته رسالة من رئيس الوزراء اليوناني."));
  bool honorific = false, minister = false;
  for (const Mention& m : t.result.mentions) {
    if (t.Text(m) == "سيادته") {
      honorific = true;
      ASSERT_GE(m.entity, 0);
      EXPECT_EQ(t.result.entities[m.entity].country, "PSE");
    }
    if (t.Text(m) == "الوزير ديندياس") {
      minister = true;
      ASSERT_GE(m.entity, 0);
      EXPECT_EQ(t.result.entities[m.entity].country, "GRC");
    }
  }
  EXPECT_TRUE(honorific);
  EXPECT_TRUE(minister);
}

TEST_F(EntitiesTest, ABareMinisterIsTheMinisterNamedBefore) {
  const Tagged t = Tag(MakeArticle("",
                                   "التقى الرئيس التونسي وزير الخارجية الجزائري رمطان لعمامرة، وسلّمه "
                                   "الوزير رسالة من الرئيس الجزائري."));
  bool minister = false;
  for (const Mention& m : t.result.mentions) {
    if (t.Text(m) != "الوزير") continue;
    minister = true;
    ASSERT_GE(m.entity, 0);
    EXPECT_EQ(t.result.entities[m.entity].country, "DZA");
  }
  EXPECT_TRUE(minister);
}

TEST_F(EntitiesTest, AStatesTitleKeepsItsHolderOutOfTheOfficeHeHeldLater) {
  Article article = MakeArticle("", "التقى رئيس الوزراء البرتغالي أنطونيو كوستا نظيره الإسباني.");
  article.date = "2018-09-20";
  const Tagged t = Tag(article);
  ASSERT_FALSE(t.result.mentions.empty());
  EXPECT_EQ(t.result.mentions[0].country, "PRT");
  EXPECT_EQ(t.result.mentions[0].org, "");
}

TEST_F(EntitiesTest, AStatesEnvoyToTheUnitedNationsIsHisStates) {
  const Tagged t =
      Tag(MakeArticle("", "وانتقدت المندوبة البريطانية لدى الأمم المتحدة باربرا وودوارد القرار."));
  ASSERT_FALSE(t.result.mentions.empty());
  EXPECT_EQ(t.result.mentions[0].country, "GBR");
  EXPECT_EQ(t.result.mentions[0].org, "");
}

TEST_F(EntitiesTest, AVerbAfterATitleIsNoNameWhenVoweledOrSaidInSomething) {
  const Tagged voweled = Tag(MakeArticle("", "وقال إن الموفد الفرنسي وجّه خلال جولته دعوة إلى الأطراف."));
  for (const Mention& m : voweled.result.mentions) {
    EXPECT_EQ(voweled.Text(m).find("وجّه"), std::string::npos) << voweled.Text(m);
  }
  const Tagged letter =
      Tag(MakeArticle("", "أرسل الوزير خطاباً إلى رئيس مجلس الأمن، طالب فيه المجلس بالتدخل."));
  for (const Mention& m : letter.result.mentions) {
    EXPECT_EQ(letter.Text(m).find("طالب"), std::string::npos) << letter.Text(m);
  }
}

TEST_F(EntitiesTest, AFamilyNameThatIsATitleAndASurnameWithWaInAHeadline) {
  const Tagged t = Tag(MakeArticle("والمسماري يرد على أنقرة",
                                   "قال المتحدث باسم الخارجية الإثيوبية دينا مفتي إن المفاوضات متعثرة. وأضاف "
                                   "مفتي أن بلاده منفتحة. وقال اللواء أحمد المسماري إن قواته مستعدة."));
  int mufti = -1;
  int mismari = -1;
  for (const Mention& m : t.result.mentions) {
    if (m.type != MentionType::kPerson) continue;
    if (t.Text(m).ends_with("دينا مفتي")) mufti = m.entity;
    if (t.Text(m).ends_with("أحمد المسماري")) mismari = m.entity;
  }
  ASSERT_GE(mufti, 0);
  ASSERT_GE(mismari, 0);
  bool mufti_again = false;
  bool headline = false;
  for (const Mention& m : t.result.mentions) {
    if (t.Text(m) == "مفتي") mufti_again = m.entity == mufti;
    if (t.Text(m) == "والمسماري") headline = m.entity == mismari;
  }
  EXPECT_TRUE(mufti_again);
  EXPECT_TRUE(headline);
}

TEST_F(EntitiesTest, ABareTitleIsThePersonHoldingItAmongHisOfficesThatDay) {
  Article article = MakeArticle("",
                                "استقبل رئيس مجلس الوزراء السعودي الأمير محمد بن سلمان الوفد. وأكد ولي "
                                "العهد دعم المملكة.");
  article.date = "2024-05-01";
  const Tagged t = Tag(article);
  int prince = -1;
  int crown_prince = -2;
  for (const Mention& m : t.result.mentions) {
    if (t.Text(m).ends_with("محمد بن سلمان")) prince = m.entity;
    if (t.Text(m) == "ولي العهد") crown_prince = m.entity;
  }
  EXPECT_GE(prince, 0);
  EXPECT_EQ(crown_prince, prince);
}

TEST_F(EntitiesTest, AnOfficeAndItsOwnBeforeTheRankAndNameIsOnePerson) {
  const Tagged t =
      Tag(MakeArticle("", "استقبل الرئيس رئيس بعثة «اليونيفيل» وقائدها العام الجنرال أرولدو لاثارو."));
  bool found = false;
  for (const Mention& m : t.result.mentions) {
    if (m.type != MentionType::kPerson || t.Text(m).find("لاثارو") == std::string::npos) continue;
    found = true;
    EXPECT_EQ(t.result.entities[m.entity].org, "UN");
  }
  EXPECT_TRUE(found);
}

TEST_F(EntitiesTest, AKingNamedWithHisTitleInTheNameIsTheLaterKing) {
  const Tagged t = Tag(MakeArticle("",
                                   "استقبل الرئيس الأمريكي جو بايدن جلالة الملك عبدالله الثاني أمس. وأكد "
                                   "جلالة الملك ضرورة الحل. وكان جلالته قد التقى أعضاء في الكونغرس."));
  int kings = 0;
  for (const Mention& m : t.result.mentions) {
    if (m.type == MentionType::kPerson && (t.Text(m) == "جلالة الملك" || t.Text(m) == "جلالته")) {
      ++kings;
      EXPECT_EQ(t.result.entities[m.entity].country, "JOR") << t.Text(m);
    }
  }
  EXPECT_EQ(kings, 2);
}

TEST_F(EntitiesTest, AKnownNameWithWaAfterABareTitleIsTheNextPerson) {
  const Tagged t = Tag(MakeArticle("الملك وبايدن يعقدان مباحثات في البيت الأبيض", "عقد الجانبان مباحثات."));
  for (const Mention& m : t.result.mentions) {
    if (m.type == MentionType::kPerson && t.Text(m).starts_with("الملك")) {
      EXPECT_EQ(t.Text(m), "الملك");
    }
  }
}

TEST_F(EntitiesTest, TalibAfterFimaIsTheVerb) {
  const Tagged t = Tag(MakeArticle("",
                                   "وتلقى وزير الخارجية فؤاد حسين اتصالاً من نظيره التركي، فيما طالب حسين "
                                   "بوقف الاعتداءات."));
  for (const Mention& m : t.result.mentions) EXPECT_FALSE(t.Text(m).starts_with("طالب")) << t.Text(m);
}

TEST_F(EntitiesTest, AnOfficeJoinedByWaIsASecondPersonNotAnApposition) {
  const Tagged t =
      Tag(MakeArticle("يون ورئيس الإمارات يوقعان اتفاقية الشراكة",
                      "استقبل الرئيس الكوري الجنوبي يون سوك-يول رئيس دولة الإمارات الشيخ محمد بن زايد."));
  for (const Mention& m : t.result.mentions) {
    if (m.type == MentionType::kPerson && t.Text(m) == "ورئيس الإمارات") {
      EXPECT_NE(m.how, "coref:apposition");
    }
    if (m.type == MentionType::kPerson && t.Text(m).starts_with("الرئيس الكوري")) {
      EXPECT_EQ(t.result.entities[m.entity].country, "KOR");
    }
  }
}

}  // namespace
}  // namespace marsad
