// marsad events eval: loads the whole pipeline once (analyzer, lexicons, NER model, event coder) and scores
// it on the PROTEST and ASSAULT detection sets and on the hand-coded diplomatic articles.
#include "cli/events_command.h"
#include "cli/query_command.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "events/eval.h"
#include "marsad/analyzer.h"
#include "marsad/entities.h"
#include "marsad/events.h"
#include "marsad/lexicon.h"
#include "marsad/ner.h"

namespace marsad {
namespace {

struct EvalFlags {
  std::string data, lexicons, gold;
  std::vector<std::string> sets;
  bool details = false, no_ner = false;
};

std::string DataDir(const std::string& flag) {
  if (!flag.empty()) return flag;
  if (const char* env = std::getenv("MARSAD_DATA"); env && *env) return env;
  return "../shared/data";
}

int RunEval(const EvalFlags& flags) {
  const std::string data = DataDir(flags.data);
  if (!flags.gold.empty() && !std::ifstream(flags.gold).good()) {
    std::fprintf(stderr, "marsad: cannot read the gold file %s\n", flags.gold.c_str());
    return 2;
  }
  if (flags.gold.empty() && !std::ifstream(data + "/events/diplomatic_dev.jsonl").good()) {
    std::fprintf(stderr,
                 "marsad: the event gold sets are not in %s/events (give --data DIR or set MARSAD_DATA)\n",
                 data.c_str());
    return 2;
  }
  std::unique_ptr<Analyzer> analyzer;
  Status s = Analyzer::Open(AnalyzerOptions{}, &analyzer);
  const std::string dir = flags.lexicons.empty() ? Lexicon::DefaultDir() : flags.lexicons;
  std::unique_ptr<Lexicon> lexicon;
  std::unique_ptr<EventCoder> coder;
  std::unique_ptr<NerModel> ner;
  if (s.ok()) s = Lexicon::Load(dir, *analyzer, &lexicon);
  if (s.ok()) s = EventCoder::Open(dir, *analyzer, &coder);
  if (s.ok() && !flags.no_ner) s = NerModel::Load(NerModel::DefaultPath(), &ner);
  if (!s.ok()) {
    std::fprintf(stderr, "marsad: %s\n", s.ToString().c_str());
    return 2;
  }
  EntityTagger tagger(lexicon.get(), ner.get());
  const events_eval::CodeFunction code = [&](const Article& a) {
    const auto sentences = analyzer->Analyze(a);
    return coder->Code(a, sentences, tagger.Tag(a, sentences));
  };
  // (An analyst's own gold file is a diplomatic-format set: it is scored alone.)
  auto wanted = [&](const std::string& set) {
    if (!flags.gold.empty()) return set == "diplomatic";
    return flags.sets.empty() || std::find(flags.sets.begin(), flags.sets.end(), set) != flags.sets.end();
  };
  for (const auto& [set, category] : {std::pair{"protest", "PROTEST"}, std::pair{"assault", "ASSAULT"}}) {
    if (!wanted(set)) continue;
    events_eval::DetectionReport report;
    s = events_eval::EvaluateDetection(data + "/events/" + set + "_dev.csv", data + "/events/spans_dev.jsonl",
                                       category, code, &report);
    if (!s.ok()) {
      std::fprintf(stderr, "marsad: %s\n", s.ToString().c_str());
      return 1;
    }
    std::printf("%s\n", events_eval::FormatDetection(report, flags.details).c_str());
  }
  if (wanted("diplomatic")) {
    events_eval::DiplomaticReport report;
    s = events_eval::EvaluateDiplomatic(
        flags.gold.empty() ? data + "/events/diplomatic_dev.jsonl" : flags.gold,
        data + "/news/saudinewsnet-2015-07.jsonl.gz", data + "/corpus/seed", code, &report);
    if (!s.ok()) {
      std::fprintf(stderr, "marsad: %s\n", s.ToString().c_str());
      return 1;
    }
    std::printf("%s", events_eval::FormatDiplomatic(report, flags.details).c_str());
  }
  return 0;
}

}  // namespace

void AddEventsCommands(CLI::App& app, std::function<int()>* run) {
  auto flags = std::make_shared<EvalFlags>();
  CLI::App* events = app.add_subcommand(
      "events",
      "Query the events of a database (marsad ingest): one row per event with its reports, or per report "
      "(--reports); or score the coder (events eval)");
  events->require_subcommand(0, 1);
  AddEventQueryOptions(events, run);
  CLI::App* eval =
      events->add_subcommand("eval",
                             "Score the event coder on the gold sets: PROTEST/ASSAULT sentence detection "
                             "with hard negatives and actor "
                             "attribution, and article-level events of the hand-coded diplomatic articles");
  eval->add_option("--data", flags->data, "Shared data directory (default: $MARSAD_DATA or ../shared/data)");
  eval->add_option("--set", flags->sets, "Only these sets: protest, assault, diplomatic (repeatable)")
      ->check(CLI::IsMember({"protest", "assault", "diplomatic"}));
  eval->add_option("--gold", flags->gold,
                   "Score only this article-level gold file instead (the format of diplomatic_dev.jsonl; "
                   "records may carry their own \"title\" and \"content\")");
  eval->add_flag("--details", flags->details, "List every miss, wrong party and false alarm");
  eval->add_flag("--no-ner", flags->no_ner, "Without the statistical NER tagger");
  eval->add_option("--lexicons", flags->lexicons,
                   "Lexicon directory (default: $MARSAD_LEXICONS or lexicons/)");
  eval->callback([run, flags] { *run = [flags] { return RunEval(*flags); }; });
}

}  // namespace marsad
