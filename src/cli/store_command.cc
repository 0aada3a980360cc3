// marsad ingest: reads a corpus, codes it on every core and stores articles, mentions, reports and events in
// one SQLite file. Ctrl-C stops cleanly (what was coded is committed; run again to resume); a progress line
// is drawn on a terminal only.
#include "cli/store_command.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "marsad/ingest.h"
#include "marsad/store.h"

namespace marsad {
namespace {

std::atomic<bool> g_stop{false};

extern "C" void StopOnSignal(int) { g_stop.store(true); }

struct IngestFlags {
  std::vector<std::string> inputs;
  std::string db, lexicons;
  bool no_ner = false, quiet = false;
  int threads = 0, batch = 500;
  std::int64_t limit = 0;
};

std::string Duration(double seconds) {
  const long s = static_cast<long>(seconds + 0.5);
  char buf[32];
  if (s >= 3600) {
    std::snprintf(buf, sizeof buf, "%ldh%02ldm", s / 3600, s / 60 % 60);
  } else {
    std::snprintf(buf, sizeof buf, "%ldm%02lds", s / 60, s % 60);
  }
  return buf;
}

void DrawProgress(const IngestProgress& p) {
  const double rate = p.seconds > 0 ? static_cast<double>(p.stored + p.already_stored) / p.seconds : 0;
  std::string eta = "";
  if (p.input_bytes_total > 0 && p.input_bytes_done > 0 && p.input_bytes_done < p.input_bytes_total) {
    const double done = static_cast<double>(p.input_bytes_done) / static_cast<double>(p.input_bytes_total);
    eta = "  ETA " + Duration(p.seconds * (1 - done) / done);
  }
  std::fprintf(stderr,
               "\r\033[Kingest: %lld read, %lld stored, %lld already stored, %zu skipped, %lld events  %.0f "
               "articles/s%s",
               static_cast<long long>(p.read), static_cast<long long>(p.stored),
               static_cast<long long>(p.already_stored),
               p.read_stats.skipped_records + p.read_stats.skipped_files, static_cast<long long>(p.reports),
               rate, eta.c_str());
  std::fflush(stderr);
}

int RunIngest(const IngestFlags& flags) {
  IngestOptions options;
  options.db_path = flags.db.empty() ? DefaultDatabasePath() : flags.db;
  options.lexicon_dir = flags.lexicons;
  options.use_ner = !flags.no_ner;
  options.threads = flags.threads;
  options.batch_articles = flags.batch;
  options.max_articles = flags.limit;
  options.stop = &g_stop;
  std::signal(SIGINT, StopOnSignal);
  std::signal(SIGTERM, StopOnSignal);

  const bool on_terminal = !flags.quiet && isatty(STDERR_FILENO);
  bool drew = false;
  auto on_progress = [&](const IngestProgress& p) {
    if (!on_terminal) return;
    DrawProgress(p);
    drew = true;
  };
  auto on_diagnostic = [&](const Diagnostic& d) {
    if (drew) std::fputs("\r\033[K", stderr);
    const char* severity = d.severity == Diagnostic::Severity::kSkipped   ? "skipped"
                           : d.severity == Diagnostic::Severity::kWarning ? "warning"
                                                                          : "note";
    std::fprintf(stderr, "marsad: %s: %s: %s\n", severity, d.where.c_str(), d.message.c_str());
  };
  IngestProgress summary;
  const Status s = Ingest(flags.inputs, options, on_progress, on_diagnostic, &summary);
  if (drew) std::fputs("\r\033[K", stderr);
  if (!s.ok()) {
    std::fprintf(stderr, "marsad: ingest into %s failed: %s\n", options.db_path.c_str(),
                 s.ToString().c_str());
    return 2;
  }
  StoreCounts counts;
  std::unique_ptr<Store> store;
  if (Store::Open(options.db_path, StoreOptions{true}, &store).ok()) store->Counts(&counts);
  const ReadStats& r = summary.read_stats;
  // Rates over the coding itself: loading the lexicons and models is a constant, reported apart.
  const double coding = std::max(summary.seconds - summary.load_seconds, 1e-9);
  std::fprintf(
      stderr,
      "marsad: ingest %s: %lld article(s) read, %lld stored, %lld already stored; skipped %zu file(s), "
      "%zu record(s) and %zu crawl record(s) without an article; %lld event report(s), %lld words\n"
      "marsad: %.1f s (%.1f s loading): %.0f articles/s, %.0f words/s\n"
      "marsad: %s now holds %lld article(s), %lld mention(s), %lld report(s), %lld event(s)\n",
      summary.interrupted ? "interrupted" : "done", static_cast<long long>(summary.read),
      static_cast<long long>(summary.stored), static_cast<long long>(summary.already_stored), r.skipped_files,
      r.skipped_records, r.skipped_payloads, static_cast<long long>(summary.reports),
      static_cast<long long>(summary.words), summary.seconds, summary.load_seconds,
      static_cast<double>(summary.stored) / coding, static_cast<double>(summary.words) / coding,
      options.db_path.c_str(), static_cast<long long>(counts.articles),
      static_cast<long long>(counts.mentions), static_cast<long long>(counts.reports),
      static_cast<long long>(counts.events));
  if (summary.interrupted) {
    std::fprintf(stderr, "marsad: interrupted; what was coded is stored. Run the same command to resume.\n");
    return 130;
  }
  return r.AnythingSkipped() ? 1 : 0;
}

}  // namespace

std::string DefaultDatabasePath() {
  if (const char* env = std::getenv("MARSAD_DB"); env && *env) return env;
  return "marsad.db";
}

void AddStoreCommands(CLI::App& app, std::function<int()>* run) {
  auto flags = std::make_shared<IngestFlags>();
  CLI::App* ingest = app.add_subcommand(
      "ingest",
      "Read articles, code them on every core and store articles, entity mentions, events and the search "
      "index in one SQLite database; re-ingesting adds nothing, an interrupted ingest resumes");
  ingest->add_option("inputs", flags->inputs, "Files, directories (recursive) or - for stdin")->required();
  ingest->add_option("--db", flags->db, "Database file (default: $MARSAD_DB or marsad.db)");
  ingest->add_option("--lexicons", flags->lexicons,
                     "Lexicon directory (default: $MARSAD_LEXICONS or lexicons/)");
  ingest->add_flag("--no-ner", flags->no_ner, "Without the statistical NER tagger");
  ingest->add_option("--threads", flags->threads, "Coding threads (default: one per core)");
  ingest->add_option("--batch", flags->batch, "Articles per transaction")->capture_default_str();
  ingest->add_option("--limit", flags->limit, "Read at most this many articles (0 = all)");
  ingest->add_flag("--quiet", flags->quiet, "No progress line even on a terminal");
  ingest->callback([run, flags] { *run = [flags] { return RunIngest(*flags); }; });
}

}  // namespace marsad
