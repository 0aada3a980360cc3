// Benchmark of the named-entity tagger: model load time, tagging tokens/second on one core, peak memory.
//
// Tagging is timed from NerTokens (features of already-analysed tokens), which is how the entity stage will
// call it; text analysis and the lexicon have their own benchmarks. The sentences are tagged `repeats` times
// on the calling thread only, so tokens/second is per core. The checksum of the tags keeps the compiler
// from dropping the work and makes runs comparable.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>

#include "marsad/ner.h"

namespace marsad {

int RunNerBenchmark(const std::string& model_path, const std::vector<std::vector<NerToken>>& sentences,
                    int repeats) {
  using Clock = std::chrono::steady_clock;
  const auto load_start = Clock::now();
  std::unique_ptr<NerModel> model;
  if (Status s = NerModel::Load(model_path, &model); !s.ok()) {
    std::fprintf(stderr, "marsad: %s\n", s.ToString().c_str());
    return 1;
  }
  const double load_seconds = std::chrono::duration<double>(Clock::now() - load_start).count();
  std::size_t tokens = 0, entities = 0;
  std::vector<int> ids;
  const auto start = Clock::now();
  for (int r = 0; r < repeats; ++r) {
    for (const auto& s : sentences) {
      model->TagIds(s, &ids);
      tokens += ids.size();
      for (int id : ids) entities += id % 2;  // B- tags
    }
  }
  const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  struct rusage usage {};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("ner model: %s (%zu features)\n", model_path.c_str(), model->feature_count());
  std::printf("model load: %.3f s\n", load_seconds);
  std::printf("tagging: %zu tokens in %.3f s = %.0f tokens/s/core (%zu entities)\n", tokens, seconds,
              seconds > 0 ? static_cast<double>(tokens) / seconds : 0.0, entities);
  std::printf("peak memory (whole process): %.1f MiB\n", static_cast<double>(usage.ru_maxrss) / 1024.0);
  return 0;
}

}  // namespace marsad
