// How well the entity stage finds and codes the actors of the hand-coded diplomatic gold
// (../shared/data/events/diplomatic_dev.jsonl): every distinct actor or recipient entity of an article is
// looked for among the article's mentions, and the codes of the mention found are compared with the gold.
// The numbers are printed; floors keep them from sliding back.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "marsad/entities.h"
#include "testing/test_data.h"

namespace marsad {
namespace {

struct GoldEntity {
  std::string name, text, country, org, sector;
};

class EntitiesGold : public ::testing::TestWithParam<bool> {};

// Parameter: with the statistical NER tagger (true) or lexicons and composition only (false).
TEST_P(EntitiesGold, DiplomaticDevActors) {
  MARSAD_REQUIRE_SHARED_DATA(gold_path, "events/diplomatic_dev.jsonl");
  MARSAD_REQUIRE_SHARED_DATA(news_path, "news/saudinewsnet-2015-07.jsonl.gz");
  MARSAD_REQUIRE_SHARED_DATA(seed_path, "corpus/seed/000_1cc15bd339471e21.txt");

  // Gold entities per article url, deduplicated.
  std::map<std::string, std::vector<GoldEntity>> gold;
  std::ifstream in(gold_path);
  std::string line;
  while (std::getline(in, line)) {
    const auto record = nlohmann::json::parse(line);
    std::set<std::string> seen;
    auto& list = gold[record["url"].get<std::string>()];
    for (const auto& event : record["events"]) {
      for (const char* side : {"actor", "recipient"}) {
        for (const auto& e : event[side]) {
          GoldEntity g{e["name"], e["text"], e["country"].is_null() ? "" : e["country"].get<std::string>(),
                       e["org"], e["sector"]};
          if (seen.insert(g.name + "|" + g.text).second) list.push_back(std::move(g));
        }
      }
    }
  }
  ASSERT_GE(gold.size(), 50u);

  std::unique_ptr<Analyzer> analyzer;
  ASSERT_TRUE(Analyzer::Open(AnalyzerOptions{}, &analyzer).ok());
  std::unique_ptr<Lexicon> lexicon;
  ASSERT_TRUE(Lexicon::Load(testing::SourceDir() + "/lexicons", *analyzer, &lexicon).ok());
  std::unique_ptr<NerModel> ner;
  if (GetParam()) {
    ASSERT_TRUE(NerModel::Load(NerModel::DefaultPath(), &ner).ok());
  }
  EntityTagger tagger(lexicon.get(), ner.get());

  std::size_t total = 0, found = 0, country_ok = 0, org_ok = 0, sector_ok = 0, all_ok = 0, articles = 0;
  std::vector<std::string> misses, wrong;
  auto score = [&](const Article& a, const std::vector<GoldEntity>& entities) {
    ++articles;
    const auto sentences = analyzer->Analyze(a);
    const EntityResult r = tagger.Tag(a, sentences);
    for (const GoldEntity& g : entities) {
      ++total;
      const std::string want = Normalize(g.name.empty() ? g.text : g.name);
      const Mention* best = nullptr;
      for (const Mention& m : r.mentions) {
        if (m.entity < 0) continue;
        const std::string have = Normalize(a.View(m.name_span.empty() ? m.span : m.name_span));
        if (have.empty()) continue;
        if (have.find(want) != std::string::npos || want.find(have) != std::string::npos) {
          best = &m;
          if (!m.name_span.empty() || g.name.empty()) break;
        }
      }
      if (!best) {
        misses.push_back(a.url + ": " + (g.name.empty() ? g.text : g.name + " / " + g.text));
        continue;
      }
      ++found;
      const Entity& e = r.entities[best->entity];
      // The coding manual reports only these organisations; the lexicon knows more (parties, state bodies).
      static const std::set<std::string> kReported = {"UN",    "LAS", "GCC", "OIC",    "EU",   "CICA",
                                                      "HAMAS", "HZB", "PKK", "HOUTHI", "ISIL", "SLC"};
      const std::string org = kReported.count(e.org) ? e.org : "";
      const bool c = e.country == g.country, o = org == g.org, s = e.sector == g.sector;
      country_ok += c;
      org_ok += o;
      sector_ok += s;
      all_ok += c && o && s;
      if (!(c && o && s)) {
        wrong.push_back(std::string(a.View(best->span)) + ": got " + e.country + "/" + e.org + "/" +
                        e.sector + ", gold " + g.country + "/" + g.org + "/" + g.sector);
      }
    }
  };

  ReadStats stats;
  ReadArticles(
      {news_path}, ReadOptions{},
      [&](Article&& a) {
        auto it = gold.find(a.url);
        if (it != gold.end()) score(a, it->second);
        return true;
      },
      [](const Diagnostic&) {}, &stats);
  {
    std::ifstream seed(seed_path, std::ios::binary);
    std::stringstream ss;
    ss << seed.rdbuf();
    Article a = ParsePlainText(ss.str());
    a.url = "seed:000_1cc15bd339471e21.txt";
    score(a, gold[a.url]);
  }
  ASSERT_EQ(articles, gold.size());
  const auto pct = [&](std::size_t n, std::size_t d) {
    return d ? 100.0 * static_cast<double>(n) / static_cast<double>(d) : 0.0;
  };
  std::printf("diplomatic_dev actors (%s): %zu gold entities in %zu articles\n",
              GetParam() ? "with NER" : "lexicons only", total, articles);
  std::printf("  found %zu (%.1f%%); of those country %.1f%%, org %.1f%%, sector %.1f%%, all three %.1f%%\n",
              found, pct(found, total), pct(country_ok, found), pct(org_ok, found), pct(sector_ok, found),
              pct(all_ok, found));
  for (std::size_t k = 0; k < misses.size() && k < 15; ++k) std::printf("  missed: %s\n", misses[k].c_str());
  for (std::size_t k = 0; k < wrong.size() && k < 15; ++k)
    std::printf("  codes differ: %s\n", wrong[k].c_str());
  // Floors a little under what this version reaches (see the issue notes); raise them as the stage improves.
  EXPECT_GE(pct(found, total), 88.0);
  EXPECT_GE(pct(country_ok, found), 85.0);
  EXPECT_GE(pct(all_ok, found), 70.0);
}

INSTANTIATE_TEST_SUITE_P(LexiconsAndNer, EntitiesGold, ::testing::Bool());

}  // namespace
}  // namespace marsad
