// The named-entity tagger: BIO to spans, scoring, CoNLL reading, training on a toy corpus, the model file
// (round trip, determinism, corruption), the cached tagging path against the reference one, and the committed
// model's quality on the ANERcorp dev split.
#include "marsad/ner.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "ner/ner_internal.h"
#include "testing/test_data.h"

namespace marsad {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> Split(const std::string& s) {
  std::istringstream in(s);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

TEST(NerSpans, BioToSpansFollowsConlleval) {
  const auto spans = BioToSpans(Split("B-PER I-PER O I-LOC I-LOC B-ORG B-ORG I-MISC O B-LOC"));
  const std::vector<NerSpan> want = {{0, 2, "PER"}, {3, 5, "LOC"},  {5, 6, "ORG"},
                                     {6, 7, "ORG"}, {7, 8, "MISC"}, {9, 10, "LOC"}};
  EXPECT_EQ(spans, want);
  EXPECT_TRUE(BioToSpans(Split("O O")).empty());
  // A type change inside I- tags starts a new span.
  EXPECT_EQ(BioToSpans(Split("B-PER I-LOC")).size(), 2u);
}

TEST(NerTags, CorpusTagsAreMapped) {
  EXPECT_EQ(NormalizeNerTag("B-PERS"), "B-PER");
  EXPECT_EQ(NormalizeNerTag("I-MISC"), "I-MISC");
  EXPECT_EQ(NormalizeNerTag("B-DATE"), "O");
  EXPECT_EQ(NormalizeNerTag("X"), "O");
  EXPECT_EQ(MapWojoodTag("B-GPE"), "B-LOC");
  EXPECT_EQ(MapWojoodTag("I-FAC"), "I-LOC");
  EXPECT_EQ(MapWojoodTag("B-PERS"), "B-PER");
  EXPECT_EQ(MapWojoodTag("B-EVENT"), "B-MISC");
  EXPECT_EQ(MapWojoodTag("B-NORP"), "O");
  EXPECT_EQ(MapWojoodTag("I-DATE"), "O");
}

TEST(NerScores, CountsExactSpans) {
  NerScores s;
  // gold: PER[0,2) LOC[3,4) ORG[5,7); predicted: PER[0,2) (correct) LOC[3,5) (wrong end) ORG[5,7) as MISC.
  s.Add(Split("B-PER I-PER O B-LOC O B-ORG I-ORG"), Split("B-PER I-PER O B-LOC I-LOC B-MISC I-MISC"));
  EXPECT_EQ(s.micro.gold, 3u);
  EXPECT_EQ(s.micro.predicted, 3u);
  EXPECT_EQ(s.micro.correct, 1u);
  EXPECT_EQ(s.per_type[0].correct, 1u);  // PER
  EXPECT_EQ(s.per_type[1].gold, 1u);     // LOC
  EXPECT_EQ(s.per_type[1].correct, 0u);
  EXPECT_EQ(s.per_type[3].predicted, 1u);  // MISC
  EXPECT_EQ(s.per_type[3].gold, 0u);
  EXPECT_NEAR(s.micro.f1(), 1.0 / 3.0, 1e-9);
  EXPECT_NE(s.ToString().find("micro"), std::string::npos);
}

TEST(NerConll, ParsesColumnsAndSentences) {
  std::vector<NerSentence> s;
  ASSERT_TRUE(ParseConll("زار B-X O\nعمان B-LOC B-GPE\n\n\nقال O\r\n", -1, &s).ok());
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].words, Split("زار عمان"));
  EXPECT_EQ(s[0].tags, Split("O B-GPE"));
  EXPECT_EQ(s[1].tags, Split("O"));
  s.clear();
  ASSERT_TRUE(ParseConll("زار B-X O\nعمان B-LOC B-GPE\n", 1, &s).ok());
  EXPECT_EQ(s[0].tags, Split("B-X B-LOC"));
  s.clear();
  ASSERT_TRUE(ParseConll("زار\nعمان\n", 0, &s).ok());
  EXPECT_EQ(s[0].tags, Split("O O"));
}

// A toy corpus: people after "قال", places after "في", organisations starting with "وزارة".
const char* kToyCorpus =
    "قال O\nأحمد B-PER\nعلي I-PER\nإن O\nالوفد O\nوصل O\nإلى O\nالقاهرة B-LOC\n\n"
    "وزار O\nسامي B-PER\nالراوي I-PER\nمقر O\nوزارة B-ORG\nالخارجية I-ORG\nفي O\nعمان B-LOC\n\n"
    "أعلنت O\nوزارة B-ORG\nالدفاع I-ORG\nأن O\nالرئيس O\nمحمود B-PER\nعباس I-PER\nسيزور O\nباريس B-LOC\n\n"
    "وقال O\nكريم B-PER\nالسيد I-PER\nإن O\nجائزة B-MISC\nنوبل I-MISC\nذهبت O\nإلى O\nلندن B-LOC\n\n";

class NerModelTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(Analyzer::Open(AnalyzerOptions{}, &analyzer_).ok());
    ASSERT_TRUE(ParseConll(kToyCorpus, -1, &corpus_).ok());
    for (const NerSentence& s : corpus_) {
      NerTrainingSentence t{MakeNerTokensFromWords(s.words, *analyzer_, nullptr), {}};
      for (const std::string& tag : s.tags) {
        const auto& tags = NerTags();
        t.tags.push_back(static_cast<int>(std::find(tags.begin(), tags.end(), tag) - tags.begin()));
      }
      train_.push_back(std::move(t));
    }
    path_ = fs::temp_directory_path() / ("marsad-ner-test-" + std::to_string(::getpid()) + ".bin");
  }
  void TearDown() override { fs::remove(path_); }

  std::unique_ptr<NerModel> Train(std::uint32_t groups = kNerAllFeatures) {
    NerTrainerOptions options;
    options.epochs = 60;
    options.seed = 7;
    options.feature_groups = groups;
    std::unique_ptr<NerModel> model;
    EXPECT_TRUE(TrainNerModel(train_, {}, options, &model).ok());
    return model;
  }

  std::unique_ptr<Analyzer> analyzer_;
  std::vector<NerSentence> corpus_;
  std::vector<NerTrainingSentence> train_;
  fs::path path_;
};

TEST_F(NerModelTest, LearnsTheToyCorpus) {
  auto model = Train();
  ASSERT_TRUE(model);
  for (std::size_t i = 0; i < corpus_.size(); ++i) {
    EXPECT_EQ(model->Tag(train_[i].tokens), corpus_[i].tags) << "sentence " << i;
  }
  // A context the model has seen, a name it has not: "قال" before a person.
  const auto tags = model->Tag(MakeNerTokensFromWords(Split("قال أحمد علي إن"), *analyzer_, nullptr));
  EXPECT_EQ(tags[1], "B-PER");
}

TEST_F(NerModelTest, OutputIsValidBio) {
  auto model = Train(kNerWord);
  for (const std::string text : {"علي القاهرة الخارجية", "الخارجية", "نوبل علي وزارة"}) {
    const auto tags = model->Tag(MakeNerTokensFromWords(Split(text), *analyzer_, nullptr));
    for (std::size_t i = 0; i < tags.size(); ++i) {
      if (tags[i][0] != 'I') continue;
      ASSERT_GT(i, 0u) << text;
      EXPECT_EQ(tags[i - 1].substr(2), tags[i].substr(2)) << text;
      EXPECT_NE(tags[i - 1], "O") << text;
    }
  }
}

TEST_F(NerModelTest, SaveLoadRoundTripAndDeterminism) {
  auto model = Train();
  ASSERT_TRUE(model->Save(path_.string()).ok());
  std::unique_ptr<NerModel> loaded;
  ASSERT_TRUE(NerModel::Load(path_.string(), &loaded).ok());
  EXPECT_EQ(loaded->feature_count(), model->feature_count());
  EXPECT_EQ(loaded->feature_groups(), kNerAllFeatures);
  for (const auto& s : train_) EXPECT_EQ(loaded->Tag(s.tokens), model->Tag(s.tokens));
  const auto unseen =
      MakeNerTokensFromWords(Split("وقال سامي إن وزارة الدفاع في باريس"), *analyzer_, nullptr);
  EXPECT_EQ(loaded->Tag(unseen), model->Tag(unseen));

  // The same training gives the same bytes.
  auto read = [](const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  };
  const std::string first = read(path_);
  ASSERT_TRUE(Train()->Save(path_.string()).ok());
  EXPECT_EQ(read(path_), first);
  EXPECT_EQ(first.substr(0, 8), std::string("MRSDNER\0", 8));

  // A flipped byte or a truncated file is refused.
  std::string bad = first;
  bad[bad.size() / 2] = static_cast<char>(bad[bad.size() / 2] ^ 0x40);
  std::ofstream(path_, std::ios::binary | std::ios::trunc) << bad;
  EXPECT_EQ(NerModel::Load(path_.string(), &loaded).code(), Status::Code::kCorruption);
  std::ofstream(path_, std::ios::binary | std::ios::trunc) << first.substr(0, first.size() - 20);
  EXPECT_EQ(NerModel::Load(path_.string(), &loaded).code(), Status::Code::kCorruption);
  EXPECT_EQ(NerModel::Load((path_.string() + ".missing"), &loaded).code(), Status::Code::kNotFound);
}

// The history counts the tags of the last `window` sentences, per key; keys 0 are not recorded.
TEST(NerHistory, CountsTheTagsOfTheWindow) {
  NerHistory history(2);
  const std::uint64_t keys[] = {11, 22, 0};
  const int first[] = {5, 0, 1};   // B-ORG, O, (not recorded)
  const int second[] = {5, 1, 1};  // B-ORG, B-PER
  history.Add(keys, first, 3);
  ASSERT_NE(history.Counts(11), nullptr);
  EXPECT_EQ(history.Counts(11)[5], 1);
  EXPECT_EQ(history.Counts(22)[0], 1);
  EXPECT_EQ(history.Counts(0), nullptr);
  EXPECT_EQ(history.Counts(33), nullptr);
  history.Add(keys, second, 3);
  EXPECT_EQ(history.Counts(11)[5], 2);
  EXPECT_EQ(history.Counts(22)[1], 1);
  const std::uint64_t other[] = {33};
  const int o[] = {0};
  history.Add(other, o, 1);  // the first sentence leaves the window
  EXPECT_EQ(history.Counts(11)[5], 1);
  EXPECT_EQ(history.Counts(22)[0], 0);
  EXPECT_EQ(history.Counts(22)[1], 1);
  history.Add(other, o, 1);
  history.Add(other, o, 1);
  EXPECT_EQ(history.Counts(11), nullptr);
  EXPECT_EQ(history.Counts(33)[0], 2);
  history.Clear();
  EXPECT_EQ(history.Counts(33), nullptr);
  NerHistory none(0);  // a model without history features keeps none
  none.Add(keys, first, 3);
  EXPECT_EQ(none.Counts(11), nullptr);
}

// A model with history features reads them only through a history, and records each sentence it tags.
TEST_F(NerModelTest, HistoryFeaturesAreSavedWithTheirWindow) {
  auto model = Train();
  EXPECT_EQ(model->history_window(), NerHistory::kDefaultWindow);
  EXPECT_EQ(Train(kNerAllFeatures & ~kNerHistory)->history_window(), 0u);
  ASSERT_TRUE(model->Save(path_.string()).ok());
  std::unique_ptr<NerModel> loaded;
  ASSERT_TRUE(NerModel::Load(path_.string(), &loaded).ok());
  EXPECT_EQ(loaded->history_window(), NerHistory::kDefaultWindow);
  NerHistory a(loaded->history_window()), b(model->history_window());
  for (const auto& s : train_) EXPECT_EQ(loaded->Tag(s.tokens, &a), model->Tag(s.tokens, &b));
  EXPECT_NE(a.Counts(train_[0].tokens[0].base), nullptr);
}

TEST_F(NerModelTest, GroupsChangeTheFeatures) {
  EXPECT_LT(Train(kNerWord)->feature_count(), Train()->feature_count());
}

// TagSentence reads the weights through the calling thread's word cache. The scores it hands Viterbi must be
// the very floats (bit for bit) of the path that looks every feature up, and the spans the same, for a word's
// first sight and for cached words alike.
// With histories (one per way, fed the same document in order), the history's features too.
void ExpectSameAsFeatureLookups(const NerModel& model, const std::vector<Token>& tokens,
                                const Lexicon* lexicon, NerHistory* cached_history = nullptr,
                                NerHistory* lookup_history = nullptr) {
  std::vector<float> emit, pair, cached_emit, cached_pair;
  ner_internal::Scores(model.impl(), MakeNerTokens(tokens, lexicon), &emit, &pair);
  std::vector<std::uint32_t> gazetteer;
  if (lexicon) {
    std::vector<Lexicon::Match> matches;
    lexicon->LongestMatches(tokens, &matches);
    ner_internal::GazetteerBits(tokens, *lexicon, matches, &gazetteer);
  }
  ner_internal::CachedScores(model.impl(), tokens, gazetteer, &cached_emit, &cached_pair);
  ASSERT_EQ(cached_emit.size(), emit.size());
  ASSERT_EQ(cached_pair.size(), pair.size());
  EXPECT_EQ(std::memcmp(cached_emit.data(), emit.data(), emit.size() * sizeof(float)), 0);
  EXPECT_EQ(std::memcmp(cached_pair.data(), pair.data(), pair.size() * sizeof(float)), 0);
  if (cached_history) {
    EXPECT_EQ(model.TagSentence(tokens, lexicon, nullptr, cached_history),
              BioToSpans(model.Tag(MakeNerTokens(tokens, lexicon), lookup_history)));
  } else {
    EXPECT_EQ(model.TagSentence(tokens, lexicon), BioToSpans(model.Tag(MakeNerTokens(tokens, lexicon))));
  }
}

TEST_F(NerModelTest, TagSentenceMatchesTheFeatureLookupsForEveryGroup) {
  const std::string texts[] = {"وقال كريم السيد إن جائزة نوبل ذهبت إلى لندن.",
                               "زار سامي علي وزارة الدفاع في باريس أمس (د ب أ) 2015",
                               "قال أحمد علي إن الوزير سيزور القاهرة ولندن"};
  const std::uint32_t group_sets[] = {kNerAllFeatures, kNerWord, kNerWord | kNerContext | kNerPrevTag,
                                      kNerAllFeatures & ~(kNerConj | kNerPrevTag),
                                      kNerCluster | kNerCue | kNerShape};
  for (std::uint32_t groups : group_sets) {
    auto model = Train(groups);
    NerHistory cached(model->history_window()), lookup(model->history_window());
    for (int pass = 0; pass < 2; ++pass) {  // first sight, then from the cache
      for (const std::string& text : texts) {
        for (const Sentence& s : analyzer_->AnalyzeText(text, Span{0, text.size()})) {
          SCOPED_TRACE(text + " groups " + std::to_string(groups));
          ExpectSameAsFeatureLookups(*model, s.tokens, nullptr);
          ExpectSameAsFeatureLookups(*model, s.tokens, nullptr, &cached, &lookup);
        }
      }
    }
  }
}

// The committed model with the lexicon's cues, over the bundled samples and (shared data) news articles.
class NerCommittedModelTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(NerModel::Load(NerModel::DefaultPath(), &model_).ok()) << NerModel::DefaultPath();
    ASSERT_TRUE(Analyzer::Open(AnalyzerOptions{}, &analyzer_).ok());
    ASSERT_TRUE(Lexicon::Load(testing::SourceDir() + "/lexicons", *analyzer_, &lexicon_).ok());
  }
  void Check(const std::string& input, std::size_t limit) {
    std::size_t articles = 0;
    ASSERT_TRUE(ReadArticles(
                    {input}, ReadOptions{},
                    [&](Article&& a) {
                      const std::vector<Sentence> sentences = analyzer_->Analyze(a);
                      for (int pass = 0; pass < 2; ++pass) {
                        NerHistory cached(model_->history_window()), lookup(model_->history_window());
                        for (const Sentence& s : sentences) {
                          ExpectSameAsFeatureLookups(*model_, s.tokens, lexicon_.get());
                          ExpectSameAsFeatureLookups(*model_, s.tokens, nullptr);
                          ExpectSameAsFeatureLookups(*model_, s.tokens, lexicon_.get(), &cached, &lookup);
                        }
                      }
                      return ++articles < limit;
                    },
                    [](const Diagnostic&) {}, nullptr)
                    .ok());
    EXPECT_GT(articles, 0u);
  }
  std::unique_ptr<NerModel> model_;
  std::unique_ptr<Analyzer> analyzer_;
  std::unique_ptr<Lexicon> lexicon_;
};

TEST_F(NerCommittedModelTest, TagSentenceMatchesTheFeatureLookupsOnTheSamples) {
  Check(testing::SourceDir() + "/samples", 100);
}

TEST_F(NerCommittedModelTest, TagSentenceMatchesTheFeatureLookupsOnNews) {
  MARSAD_REQUIRE_SHARED_DATA(path, "news/saudinewsnet-2015-07.jsonl.gz");
  Check(path, 150);
}

// The committed word clusters table and the cue words reach the NerTokens.
TEST(NerTokens, ClustersAndCues) {
  std::unique_ptr<Analyzer> analyzer;
  ASSERT_TRUE(Analyzer::Open(AnalyzerOptions{}, &analyzer).ok());
  const std::vector<std::string> words = {"وزارة", "الخارجية", "في", "مدينة", "الرياض", "والقاهرة", "qqzzxx"};
  const auto tokens = MakeNerTokensFromWords(words, *analyzer, nullptr);
  ASSERT_EQ(tokens.size(), words.size());
  EXPECT_TRUE(tokens[0].cue & kCueOrg);
  EXPECT_TRUE(tokens[3].cue & kCueLoc);
  EXPECT_EQ(tokens[4].cue, 0);
  EXPECT_NE(tokens[4].cluster_fine, 0) << NerClustersPath();
  EXPECT_NE(tokens[4].cluster_coarse, 0);
  EXPECT_NE(tokens[5].cluster_fine, 0);  // through its clitic-free base
  EXPECT_EQ(tokens[6].cluster_fine, 0);
  const auto title = MakeNerTokensFromWords({"الرئيس"}, *analyzer, nullptr);
  EXPECT_TRUE(title[0].cue & kCueTitle);
}

// The committed model on the dev split it was selected on (the last 10% of ANERcorp train sentences, read as
// one running document with the model's history window, as `marsad ner eval` does), with the lexicon it was
// trained with. Measured 73.77 micro-F1; the floor leaves room for lexicon edits.
TEST(NerCommittedModel, DevSplitMicroF1Floor) {
  MARSAD_REQUIRE_SHARED_DATA(path, "anercorp/train.txt");
  std::unique_ptr<NerModel> model;
  ASSERT_TRUE(NerModel::Load(NerModel::DefaultPath(), &model).ok()) << NerModel::DefaultPath();
  std::unique_ptr<Analyzer> analyzer;
  ASSERT_TRUE(Analyzer::Open(AnalyzerOptions{}, &analyzer).ok());
  std::unique_ptr<Lexicon> lexicon;
  ASSERT_TRUE(Lexicon::Load(Lexicon::DefaultDir(), *analyzer, &lexicon).ok());
  std::vector<NerSentence> sentences;
  ASSERT_TRUE(ReadConll(path, -1, &sentences).ok());
  ASSERT_EQ(sentences.size(), 3989u);
  const std::size_t first = sentences.size() - sentences.size() / 10;
  NerScores scores;
  NerHistory history(model->history_window());
  for (std::size_t i = first; i < sentences.size(); ++i) {
    std::vector<std::string> gold;
    for (const std::string& t : sentences[i].tags) gold.push_back(NormalizeNerTag(t));
    scores.Add(gold,
               model->Tag(MakeNerTokensFromWords(sentences[i].words, *analyzer, lexicon.get()), &history));
  }
  EXPECT_EQ(scores.micro.gold, 937u);
  EXPECT_GE(scores.micro.f1(), 0.72) << scores.ToString();
  EXPECT_GE(scores.per_type[1].f1(), 0.80) << scores.ToString();  // LOC
}

}  // namespace
}  // namespace marsad
