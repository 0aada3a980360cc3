// Ingest: read a corpus, code it on every core, and store it (marsad ingest).
//
// The contract.
// - Articles are stored in input order, each exactly once: an article whose content hash is in the database
//   already (or was met earlier in this run) is counted as already stored and not coded again. Re-ingesting
//   a corpus adds nothing; after an interrupted run, ingesting the same inputs again stores just the rest.
// - Coding (analysis, entities, NER, events) runs on `threads` workers; one writer adds to the store and
//   commits every `batch_articles` articles (and at the end), so a crash loses at most the batch in flight.
// - `stop`, when set by another thread or a signal handler, ends the run early and cleanly: no more articles
//   are read, those already coded are stored and committed, and the summary says the run was interrupted.
// - Problems with the input (unreadable files, broken records, empty articles) are reported through
//   on_diagnostic and counted; they never stop the run. A database error does, with a non-OK status, after
//   rolling back the batch in flight.
#ifndef MARSAD_INGEST_H_
#define MARSAD_INGEST_H_

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "marsad/article.h"
#include "marsad/status.h"

namespace marsad {

struct IngestOptions {
  std::string db_path = "marsad.db";
  std::string lexicon_dir;  // "" = Lexicon::DefaultDir()
  std::string ner_model;    // "" = NerModel::DefaultPath()
  bool use_ner = true;
  int threads = 0;  // coding workers; 0 = one per core
  int batch_articles = 500;
  std::int64_t max_articles = 0;  // stop after reading this many articles (0 = all)
  ReadOptions read;
  const std::atomic<bool>* stop = nullptr;
};

// Counts so far (on_progress) or in the end (the summary).
struct IngestProgress {
  std::int64_t read = 0;               // articles read from the inputs
  std::int64_t stored = 0;             // articles added to the database by this run
  std::int64_t already_stored = 0;     // articles whose id was stored already (or repeated in the inputs)
  std::int64_t reports = 0;            // events coded in the articles added
  std::int64_t words = 0;              // word tokens in the articles added
  std::int64_t input_bytes_total = 0;  // sizes of the input files (0 when unknown, e.g. stdin)
  std::int64_t input_bytes_done = 0;   // bytes read from them so far (compressed bytes for gzip)
  double seconds = 0;                  // since the start, loading included
  double load_seconds = 0;             // loading lexicons, models and the database before the first article
  ReadStats read_stats;                // files, skipped files and records, repairs (complete in the summary)
  bool interrupted = false;
  // CPU time of each kind of thread after loading (summary only): which one limits the run. The writer is one
  // thread, so once its time nears the run's, more cores no longer help.
  double reader_cpu_seconds = 0, worker_cpu_seconds = 0, writer_cpu_seconds = 0;
};

using IngestProgressCallback = std::function<void(const IngestProgress&)>;

// Runs the ingest. on_progress is called from the calling thread after each commit and about twice a
// second; on_diagnostic from the reading thread, one call at a time.
Status Ingest(const std::vector<std::string>& inputs, const IngestOptions& options,
              const IngestProgressCallback& on_progress, const DiagnosticCallback& on_diagnostic,
              IngestProgress* summary);

}  // namespace marsad

#endif  // MARSAD_INGEST_H_
