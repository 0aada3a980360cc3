// Benchmark of the named-entity tagger: model load time, tagging tokens/second on one core, peak memory.
//
// The input is analysed sentences (tokens with their WordAnalysis; text analysis and lexicon loading have
// their own benchmarks), tagged two ways:
//  - TagSentence, what the entity stage calls: it makes the gazetteer cues from the lexicon and reads the
//    weights through the thread's word-type cache, so after the first pass a word costs a cache lookup;
//  - TagIds over NerTokens made beforehand (MakeNerTokens, not timed), the reference path that looks every
//    feature up (what training and `marsad ner eval` use).
// The sentences are tagged `repeats` times each way on the calling thread only, so tokens/second is per
// core. The entity counts keep the compiler from dropping the work, and must agree between the two ways.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>

#include "marsad/ner.h"

namespace marsad {

int RunNerBenchmark(const std::string& model_path, const std::vector<std::vector<Token>>& sentences,
                    const Lexicon* lexicon, int repeats) {
  using Clock = std::chrono::steady_clock;
  const auto load_start = Clock::now();
  std::unique_ptr<NerModel> model;
  if (Status s = NerModel::Load(model_path, &model); !s.ok()) {
    std::fprintf(stderr, "marsad: %s\n", s.ToString().c_str());
    return 1;
  }
  const double load_seconds = std::chrono::duration<double>(Clock::now() - load_start).count();
  if (!(model->feature_groups() & kNerGazetteer)) lexicon = nullptr;
  auto seconds_since = [](Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
  };

  // The input as one running document: each sentence is tagged with the history of those before it (a model
  // without history features keeps none), which is what the entity stage does within an article.
  NerHistory history(model->history_window());
  std::size_t tokens = 0, sentence_entities = 0;
  auto start = Clock::now();
  for (int r = 0; r < repeats; ++r) {
    history.Clear();
    for (const auto& s : sentences) {
      sentence_entities += model->TagSentence(s, lexicon, nullptr, &history).size();
      tokens += s.size();
    }
  }
  const double sentence_seconds = seconds_since(start);

  std::vector<std::vector<NerToken>> ner_tokens;
  ner_tokens.reserve(sentences.size());
  for (const auto& s : sentences) ner_tokens.push_back(MakeNerTokens(s, lexicon));
  std::size_t id_entities = 0;
  std::vector<int> ids;
  start = Clock::now();
  for (int r = 0; r < repeats; ++r) {
    history.Clear();
    for (const auto& s : ner_tokens) {
      model->TagIds(s, &history, &ids);
      for (std::size_t i = 0; i < ids.size(); ++i) {
        // Span starts as BioToSpans counts them: a B- tag, or an I- tag not continuing its type.
        const int id = ids[i];
        if (id != 0 && (id % 2 == 1 || i == 0 || (ids[i - 1] + 1) / 2 != (id + 1) / 2)) ++id_entities;
      }
    }
  }
  const double id_seconds = seconds_since(start);

  struct rusage usage {};
  getrusage(RUSAGE_SELF, &usage);
  auto rate = [&](double seconds) { return seconds > 0 ? static_cast<double>(tokens) / seconds : 0.0; };
  std::printf("ner model: %s (%zu features)\n", model_path.c_str(), model->feature_count());
  std::printf("model load: %.3f s\n", load_seconds);
  std::printf(
      "tagging analysed sentences (TagSentence): %zu tokens in %.3f s = %.0f tokens/s/core (%zu entities)\n",
      tokens, sentence_seconds, rate(sentence_seconds), sentence_entities);
  std::printf(
      "tagging NerTokens (TagIds):               %zu tokens in %.3f s = %.0f tokens/s/core (%zu entities)\n",
      tokens, id_seconds, rate(id_seconds), id_entities);
  std::printf("peak memory (whole process): %.1f MiB\n", static_cast<double>(usage.ru_maxrss) / 1024.0);
  if (sentence_entities != id_entities) {
    std::fprintf(stderr, "marsad: the two ways of tagging disagree (%zu vs %zu entities)\n",
                 sentence_entities, id_entities);
    return 2;
  }
  return 0;
}

}  // namespace marsad
