// `marsad ner`: train, apply, score and time the statistical named-entity tagger (include/marsad/ner.h).
//
//   marsad ner train --train anercorp/train.txt [--wojood DIR] --model OUT [--epochs N] [--seed S]
//                    [--dev-split F] [--features LIST] [--history-window N]
//   marsad ner tag [--model M] FILE|-          CoNLL in (first column the token), "token TAG" out
//   marsad ner eval --gold FILE [--model M] [--dev-split F]
//   marsad ner bench [--model M] FILE [--repeats N]
//
// The dev split is fixed by position, never drawn at random: of the N sentences of the --train file, the
// last floor(N·F) are dev and the rest train. `ner eval --dev-split F` scores exactly those sentences, so the
// numbers printed during training can be reproduced from the saved model.
#include "cli/ner_command.h"

#include <cmath>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "marsad/analyzer.h"
#include "marsad/lexicon.h"
#include "marsad/ner.h"

namespace marsad {
namespace {

struct NerFlags {
  std::string train, wojood, model, gold, lexicons, features = "all", input;
  int epochs = 15, repeats = 5;
  std::uint64_t seed = 1;
  double dev_split = 0.1;
  double eval_dev_split = 0.0;
  float margin = 1.0f;
  std::size_t history_window = NerHistory::kDefaultWindow;
};

// Text analysis and (when the model uses it) the lexicon, which the tagger's features come from.
struct Pipeline {
  std::unique_ptr<Analyzer> analyzer;
  std::unique_ptr<Lexicon> lexicon;
};

bool OpenPipeline(bool gazetteer, const std::string& lexicon_dir, Pipeline* p) {
  if (Status s = Analyzer::Open(AnalyzerOptions{}, &p->analyzer); !s.ok()) {
    std::fprintf(stderr, "marsad: %s\n", s.ToString().c_str());
    return false;
  }
  if (!gazetteer) return true;
  const std::string dir = lexicon_dir.empty() ? Lexicon::DefaultDir() : lexicon_dir;
  if (Status s = Lexicon::Load(dir, *p->analyzer, &p->lexicon); !s.ok()) {
    std::fprintf(stderr, "marsad: %s\n", s.ToString().c_str());
    return false;
  }
  return true;
}

bool ParseGroups(const std::string& list, std::uint32_t* groups) {
  static const std::pair<const char*, std::uint32_t> kNames[] = {
      {"word", kNerWord},           {"morph", kNerMorph},     {"affix", kNerAffix},
      {"shape", kNerShape},         {"context", kNerContext}, {"prevtag", kNerPrevTag},
      {"gazetteer", kNerGazetteer}, {"cluster", kNerCluster}, {"cue", kNerCue},
      {"conj", kNerConj},           {"history", kNerHistory}};
  *groups = 0;
  std::size_t pos = 0;
  while (pos <= list.size()) {
    std::size_t comma = list.find(',', pos);
    if (comma == std::string::npos) comma = list.size();
    std::string name = list.substr(pos, comma - pos);
    pos = comma + 1;
    if (name.empty()) continue;
    bool remove = name[0] == '-';
    if (remove) name = name.substr(1);
    std::uint32_t bits = 0;
    if (name == "all") bits = kNerAllFeatures;
    for (const auto& [n, b] : kNames) {
      if (name == n) bits = b;
    }
    if (!bits) {
      std::fprintf(stderr, "marsad: unknown feature group '%s'\n", name.c_str());
      return false;
    }
    *groups = remove ? (*groups & ~bits) : (*groups | bits);
  }
  return true;
}

std::vector<int> TagIds(const std::vector<std::string>& tags) {
  std::vector<int> ids;
  for (const std::string& t : tags) {
    int id = 0;
    for (std::size_t k = 0; k < NerTags().size(); ++k) {
      if (NerTags()[k] == t) id = static_cast<int>(k);
    }
    ids.push_back(id);
  }
  return ids;
}

// The sentences of a CoNLL file with tags normalised (PERS→PER).
bool ReadGold(const std::string& path, std::vector<NerSentence>* sentences) {
  if (Status s = ReadConll(path, -1, sentences); !s.ok()) {
    std::fprintf(stderr, "marsad: %s\n", s.ToString().c_str());
    return false;
  }
  for (NerSentence& s : *sentences) {
    for (std::string& t : s.tags) t = NormalizeNerTag(t);
  }
  return true;
}

std::size_t DevCount(std::size_t n, double fraction) {
  return static_cast<std::size_t>(std::floor(static_cast<double>(n) * fraction));
}

int RunTrain(const NerFlags& f) {
  NerTrainerOptions options;
  options.epochs = f.epochs;
  options.seed = f.seed;
  options.margin = f.margin;
  options.history_window = f.history_window;
  if (!ParseGroups(f.features, &options.feature_groups)) return 2;
  if (f.dev_split < 0 || f.dev_split >= 1) {
    std::fprintf(stderr, "marsad: --dev-split must be in [0, 1)\n");
    return 2;
  }
  std::vector<NerSentence> sentences;
  if (!ReadGold(f.train, &sentences)) return 1;
  const std::size_t dev_n = DevCount(sentences.size(), f.dev_split);
  const std::size_t train_n = sentences.size() - dev_n;
  std::vector<NerSentence> extra;
  if (!f.wojood.empty()) {
    for (const char* name : {"/train.txt", "/val.txt"}) {
      std::vector<NerSentence> w;
      if (Status s = ReadConll(f.wojood + name, 1, &w); !s.ok()) {
        std::fprintf(stderr, "marsad: %s\n", s.ToString().c_str());
        return 1;
      }
      for (NerSentence& s : w) {
        for (std::string& t : s.tags) t = MapWojoodTag(t);
        extra.push_back(std::move(s));
      }
    }
  }
  Pipeline p;
  if (!OpenPipeline(options.feature_groups & kNerGazetteer, f.lexicons, &p)) return 1;
  std::vector<NerTrainingSentence> train, dev;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    NerTrainingSentence t{MakeNerTokensFromWords(sentences[i].words, *p.analyzer, p.lexicon.get()),
                          TagIds(sentences[i].tags)};
    (i < train_n ? train : dev).push_back(std::move(t));
  }
  for (const NerSentence& s : extra) {
    train.push_back({MakeNerTokensFromWords(s.words, *p.analyzer, p.lexicon.get()), TagIds(s.tags)});
  }
  std::fprintf(stderr, "marsad: %zu training sentences (%zu from Wojood), %zu dev sentences\n", train.size(),
               extra.size(), dev.size());
  options.on_epoch = [](int epoch, double f1, double seconds) {
    std::fprintf(stderr, "epoch %2d  dev micro-F1 %6.2f  (%.1f s)\n", epoch, 100 * f1, seconds);
  };
  std::unique_ptr<NerModel> model;
  int best = 0;
  if (Status s = TrainNerModel(train, dev, options, &model, &best); !s.ok()) {
    std::fprintf(stderr, "marsad: %s\n", s.ToString().c_str());
    return 1;
  }
  if (!dev.empty()) {
    NerScores scores;
    NerHistory history(model->history_window());
    for (const NerTrainingSentence& s : dev) {
      std::vector<std::string> gold;
      for (int t : s.tags) gold.push_back(NerTags()[t]);
      scores.Add(gold, model->Tag(s.tokens, &history));
    }
    std::fprintf(stderr, "best epoch %d, dev scores:\n%s", best, scores.ToString().c_str());
  }
  if (Status s = model->Save(f.model); !s.ok()) {
    std::fprintf(stderr, "marsad: %s\n", s.ToString().c_str());
    return 1;
  }
  std::fprintf(stderr, "marsad: wrote %s (%zu features)\n", f.model.c_str(), model->feature_count());
  return 0;
}

bool LoadModel(const std::string& path, std::unique_ptr<NerModel>* model) {
  const std::string p = path.empty() ? NerModel::DefaultPath() : path;
  if (Status s = NerModel::Load(p, model); !s.ok()) {
    std::fprintf(stderr, "marsad: %s\n", s.ToString().c_str());
    return false;
  }
  return true;
}

int RunTag(const NerFlags& f) {
  std::unique_ptr<NerModel> model;
  if (!LoadModel(f.model, &model)) return 1;
  std::vector<NerSentence> sentences;
  if (Status s = ReadConll(f.input, 0, &sentences); !s.ok()) {
    std::fprintf(stderr, "marsad: %s\n", s.ToString().c_str());
    return 1;
  }
  Pipeline p;
  if (!OpenPipeline(model->feature_groups() & kNerGazetteer, f.lexicons, &p)) return 1;
  std::string out;
  // The input has no document boundaries: the history is the last sentences, whatever their document.
  NerHistory history(model->history_window());
  for (const NerSentence& s : sentences) {
    const auto tags = model->Tag(MakeNerTokensFromWords(s.words, *p.analyzer, p.lexicon.get()), &history);
    for (std::size_t i = 0; i < tags.size(); ++i) out += s.words[i] + " " + tags[i] + "\n";
    out += "\n";
    if (out.size() > (1 << 16)) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

int RunEval(const NerFlags& f) {
  std::unique_ptr<NerModel> model;
  if (!LoadModel(f.model, &model)) return 1;
  std::vector<NerSentence> sentences;
  if (!ReadGold(f.gold, &sentences)) return 1;
  const std::size_t first =
      f.eval_dev_split > 0 ? sentences.size() - DevCount(sentences.size(), f.eval_dev_split) : 0;
  Pipeline p;
  if (!OpenPipeline(model->feature_groups() & kNerGazetteer, f.lexicons, &p)) return 1;
  NerScores scores;
  NerHistory history(model->history_window());  // starts at the first scored sentence, as in training
  for (std::size_t i = first; i < sentences.size(); ++i) {
    scores.Add(
        sentences[i].tags,
        model->Tag(MakeNerTokensFromWords(sentences[i].words, *p.analyzer, p.lexicon.get()), &history));
  }
  std::printf("%zu sentences\n%s", sentences.size() - first, scores.ToString().c_str());
  return 0;
}

int RunBench(const NerFlags& f) {
  const std::string path = f.model.empty() ? NerModel::DefaultPath() : f.model;
  std::unique_ptr<NerModel> probe;
  if (!LoadModel(path, &probe)) return 1;
  std::vector<NerSentence> sentences;
  if (Status s = ReadConll(f.input, 0, &sentences); !s.ok()) {
    std::fprintf(stderr, "marsad: %s\n", s.ToString().c_str());
    return 1;
  }
  Pipeline p;
  if (!OpenPipeline(probe->feature_groups() & kNerGazetteer, f.lexicons, &p)) return 1;
  probe.reset();
  std::vector<std::vector<Token>> tokens;
  for (const NerSentence& s : sentences) tokens.push_back(TokensFromWords(s.words, *p.analyzer));
  return RunNerBenchmark(path, tokens, p.lexicon.get(), f.repeats);
}

}  // namespace

void AddNerCommands(CLI::App& app, std::function<int()>* run) {
  auto flags = std::make_shared<NerFlags>();
  CLI::App* ner = app.add_subcommand("ner", "Train, apply and score the statistical named-entity tagger");
  ner->require_subcommand(1);

  CLI::App* train = ner->add_subcommand("train", "Train a model (averaged perceptron) on CoNLL data");
  train->add_option("--train", flags->train, "CoNLL file: token TAG per line (ANERcorp train.txt)")
      ->required();
  train->add_option("--wojood", flags->wojood,
                    "Wojood directory: train.txt and val.txt are added to training (labels mapped)");
  train->add_option("--model", flags->model, "Where to write the model")->required();
  train->add_option("--epochs", flags->epochs, "Training epochs (the best on dev is kept)")->default_val(15);
  train->add_option("--seed", flags->seed, "Seed of the shuffling")->default_val(1);
  train
      ->add_option("--dev-split", flags->dev_split,
                   "The last fraction of the --train sentences held out as dev")
      ->default_val(0.1);
  train
      ->add_option("--features", flags->features,
                   "Feature groups: all, word, morph, affix, shape, context, prevtag, gazetteer, cluster, "
                   "cue, conj, history; '-x' removes (e.g. all,-gazetteer)")
      ->default_val("all");
  train
      ->add_option("--history-window", flags->history_window,
                   "History features: the tags of the same word in this many sentences before")
      ->default_val(NerHistory::kDefaultWindow);
  train->add_option("--margin", flags->margin, "Cost-augmented training: bonus of every wrong tag (0: off)")
      ->default_val(1.0);
  train->add_option("--lexicons", flags->lexicons,
                    "Lexicon directory (default: $MARSAD_LEXICONS or lexicons/)");
  train->callback([run, flags] { *run = [flags] { return RunTrain(*flags); }; });

  CLI::App* tag = ner->add_subcommand("tag", "Tag CoNLL input (first column the token); prints 'token TAG'");
  tag->add_option("input", flags->input, "CoNLL file or - for stdin")->required();
  tag->add_option("--model", flags->model, "Model (default: $MARSAD_NER_MODEL or models/ner-anercorp.bin)");
  tag->add_option("--lexicons", flags->lexicons, "Lexicon directory");
  tag->callback([run, flags] { *run = [flags] { return RunTag(*flags); }; });

  CLI::App* eval = ner->add_subcommand("eval", "Score a model on gold CoNLL data (exact spans, per type)");
  eval->add_option("--gold", flags->gold, "CoNLL file with gold tags in the last column")->required();
  eval->add_option("--model", flags->model, "Model (default: $MARSAD_NER_MODEL or models/ner-anercorp.bin)");
  eval->add_option("--dev-split", flags->eval_dev_split,
                   "Score only the last fraction of the sentences (0: all)")
      ->default_val(0.0);
  eval->add_option("--lexicons", flags->lexicons, "Lexicon directory");
  eval->callback([run, flags] { *run = [flags] { return RunEval(*flags); }; });

  CLI::App* bench = ner->add_subcommand("bench", "Tagging speed, model load time and peak memory");
  bench->add_option("input", flags->input, "CoNLL file (first column the token)")->required();
  bench->add_option("--model", flags->model, "Model (default: $MARSAD_NER_MODEL or models/ner-anercorp.bin)");
  bench->add_option("--repeats", flags->repeats, "Passes over the input")->default_val(5);
  bench->add_option("--lexicons", flags->lexicons, "Lexicon directory");
  bench->callback([run, flags] { *run = [flags] { return RunBench(*flags); }; });
}

}  // namespace marsad
