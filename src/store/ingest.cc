// Ingest: a reader, coding workers and one writer, joined by bounded queues.
//
//   reader thread ──articles──▶ work queue ──▶ N workers (own Analyzer; shared lexicon, NER model, coder)
//                                                   │
//   calling thread ◀── results (by sequence number) ┘   writes to the Store in input order, commits batches
//
// The queues are bounded (a few articles per worker), so memory stays flat however large the input: the
// reader waits when the workers are behind, the workers wait when the writer is. Results come back out of
// order and the writer puts them back in order, so a run stores the same rows in the same order whatever the
// number of threads. Articles already in the database are recognised by their content hash before coding,
// which is what makes a second ingest cheap and an interrupted one resumable.
#include "marsad/ingest.h"

#include <time.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <unordered_set>
#include <utility>
#include <vector>

#include "marsad/analyzer.h"
#include "marsad/entities.h"
#include "marsad/events.h"
#include "marsad/lexicon.h"
#include "marsad/ner.h"
#include "marsad/store.h"
#include "search/tokenizer.h"

namespace marsad {
namespace {

// A queue with a capacity: Push waits while it is full, Pop while it is empty; Close wakes everybody and
// makes Pop return nothing once the queue is drained.
template <typename T>
class BoundedQueue {
 public:
  explicit BoundedQueue(std::size_t capacity) : capacity_(capacity) {}

  bool Push(T item) {
    std::unique_lock lock(mu_);
    not_full_.wait(lock, [&] { return items_.size() < capacity_ || closed_; });
    if (closed_) return false;
    items_.push_back(std::move(item));
    not_empty_.notify_one();
    return true;
  }
  std::optional<T> Pop() {
    std::unique_lock lock(mu_);
    not_empty_.wait(lock, [&] { return !items_.empty() || closed_; });
    if (items_.empty()) return std::nullopt;
    T item = std::move(items_.front());
    items_.pop_front();
    not_full_.notify_one();
    return item;
  }
  // Like Pop, but gives up after `timeout`.
  std::optional<T> PopFor(std::chrono::milliseconds timeout) {
    std::unique_lock lock(mu_);
    if (!not_empty_.wait_for(lock, timeout, [&] { return !items_.empty() || closed_; })) return std::nullopt;
    if (items_.empty()) return std::nullopt;
    T item = std::move(items_.front());
    items_.pop_front();
    not_full_.notify_one();
    return item;
  }
  void Close() {
    std::lock_guard lock(mu_);
    closed_ = true;
    not_empty_.notify_all();
    not_full_.notify_all();
  }
  bool closed() {
    std::lock_guard lock(mu_);
    return closed_ && items_.empty();
  }

 private:
  std::mutex mu_;
  std::condition_variable not_full_, not_empty_;
  std::deque<T> items_;
  std::size_t capacity_;
  bool closed_ = false;
};

struct Work {
  std::int64_t seq = 0;
  Article article;
};

struct Coded {
  std::int64_t seq = 0;
  Article article;
  int words = 0;
  EntityResult entities;
  std::vector<Event> events;
  search::DocumentTerms terms;  // for the search index, made here rather than on the writer's thread
  Status status;                // a worker that could not start reports here
};

// Sizes of the regular files under the inputs, by path as the reader names them.
std::map<std::string, std::int64_t> InputSizes(const std::vector<std::string>& inputs) {
  std::map<std::string, std::int64_t> sizes;
  namespace fs = std::filesystem;
  std::error_code ec;
  for (const std::string& input : inputs) {
    if (input == "-") continue;
    if (fs::is_directory(input, ec)) {
      for (fs::recursive_directory_iterator it(input, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->is_regular_file(ec))
          sizes[it->path().string()] = static_cast<std::int64_t>(it->file_size(ec));
      }
    } else if (fs::is_regular_file(input, ec)) {
      sizes[input] = static_cast<std::int64_t>(fs::file_size(input, ec));
    }
  }
  return sizes;
}

// CPU time of the calling thread.
double ThreadCpuSeconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

std::uint64_t IdValue(const std::string& hex) { return std::strtoull(hex.c_str(), nullptr, 16); }

int CountWords(const std::vector<Sentence>& sentences) {
  int words = 0;
  for (const Sentence& s : sentences) {
    for (const Token& t : s.tokens) words += (t.type == TokenType::kArabic || t.type == TokenType::kLatin);
  }
  return words;
}

}  // namespace

Status Ingest(const std::vector<std::string>& inputs, const IngestOptions& options,
              const IngestProgressCallback& on_progress, const DiagnosticCallback& on_diagnostic,
              IngestProgress* summary) {
  const auto start = std::chrono::steady_clock::now();
  IngestProgress progress;
  auto elapsed = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };

  // The workers share their word analyses, with each other and with the search indexer on the writer's
  // connection: each new word type is analysed (by hunspell) once, not once per thread. The loader shares
  // them too, so the words of the lexicons and event tables (names, roles, trigger verbs: frequent in the
  // news) are already analysed when the first article comes.
  SharedWordCache shared_words;

  // What every worker shares: lexicons, the coder and the NER model (all read-only once loaded).
  AnalyzerOptions analyzer_options;
  analyzer_options.shared_cache = &shared_words;
  std::unique_ptr<Analyzer> loader;
  if (Status s = Analyzer::Open(analyzer_options, &loader); !s.ok()) return s;
  const std::string dir = options.lexicon_dir.empty() ? Lexicon::DefaultDir() : options.lexicon_dir;
  std::unique_ptr<Lexicon> lexicon;
  std::unique_ptr<EventCoder> coder;
  if (Status s = Lexicon::Load(dir, *loader, &lexicon); !s.ok()) return s;
  if (Status s = EventCoder::Open(dir, *loader, &coder); !s.ok()) return s;
  std::unique_ptr<NerModel> ner;
  if (options.use_ner) {
    const std::string path = options.ner_model.empty() ? NerModel::DefaultPath() : options.ner_model;
    if (Status s = NerModel::Load(path, &ner); !s.ok()) return s;
  }
  const EntityTagger tagger(lexicon.get(), ner.get());

  std::unique_ptr<Store> store;
  StoreOptions store_options;
  store_options.word_cache = &shared_words;
  if (Status s = Store::Open(options.db_path, store_options, &store); !s.ok()) return s;
  std::unordered_set<std::uint64_t> known;
  {
    std::vector<std::string> ids;
    if (Status s = store->ArticleIds(&ids); !s.ok()) return s;
    known.reserve(ids.size() * 2);
    for (const std::string& id : ids) known.insert(IdValue(id));
  }

  progress.load_seconds = elapsed();
  const std::map<std::string, std::int64_t> sizes = InputSizes(inputs);
  for (const auto& [path, size] : sizes) progress.input_bytes_total += size;

  const int threads = options.threads > 0
                          ? options.threads
                          : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  BoundedQueue<Work> work(static_cast<std::size_t>(threads) * 4);
  BoundedQueue<Coded> coded(static_cast<std::size_t>(threads) * 8);

  // The reader: skips known ids, numbers the rest, and counts whole input files as they are finished.
  std::mutex counts_mu;  // guards progress.read, already_stored, input_bytes_done, read_stats, *_cpu_seconds
  std::int64_t next_seq = 0;
  std::map<std::string, std::int64_t> bytes_read;  // by input file
  ReadOptions read_options = options.read;
  read_options.on_file_progress = [&](const std::string& file, std::uint64_t read, std::uint64_t) {
    std::lock_guard lock(counts_mu);
    std::int64_t& counted = bytes_read[file];
    progress.input_bytes_done += static_cast<std::int64_t>(read) - counted;
    counted = static_cast<std::int64_t>(read);
  };
  std::thread reader([&] {
    const double cpu_start = ThreadCpuSeconds();
    ReadStats stats;
    auto on_article = [&](Article&& article) {
      if (options.stop && options.stop->load()) return false;
      if (options.max_articles > 0 && progress.read >= options.max_articles) return false;
      {
        std::lock_guard lock(counts_mu);
        ++progress.read;
        if (!known.insert(IdValue(article.id)).second) {
          ++progress.already_stored;
          return true;
        }
      }
      return work.Push(Work{next_seq++, std::move(article)});
    };
    const Status s = ReadArticles(inputs, read_options, on_article, on_diagnostic, &stats);
    if (!s.ok() && on_diagnostic)
      on_diagnostic(Diagnostic{Diagnostic::Severity::kSkipped, "input", s.message()});
    {
      std::lock_guard lock(counts_mu);
      progress.read_stats = stats;
      progress.input_bytes_done = progress.input_bytes_total;
      progress.reader_cpu_seconds = ThreadCpuSeconds() - cpu_start;
    }
    work.Close();
  });

  // The first worker takes over the loader, which is done with (the lexicons and the coder keep copies of
  // its analyses, not references) and was opened as a worker's would be: one hunspell load (about a quarter
  // of a second of CPU) fewer.
  std::atomic<int> running_workers{threads};
  std::vector<std::thread> workers;
  for (int w = 0; w < threads; ++w) {
    std::unique_ptr<Analyzer> adopted = w == 0 ? std::move(loader) : nullptr;
    workers.emplace_back([&, adopted = std::move(adopted)]() mutable {
      std::unique_ptr<Analyzer> analyzer = std::move(adopted);
      const Status opened = analyzer ? Status::OK() : Analyzer::Open(analyzer_options, &analyzer);
      std::unique_ptr<search::TermMaker> term_maker;
      if (opened.ok()) term_maker = std::make_unique<search::TermMaker>(analyzer.get());
      while (std::optional<Work> item = work.Pop()) {
        Coded out;
        out.seq = item->seq;
        if (!opened.ok()) {
          out.status = opened;
        } else {
          const std::vector<Sentence> sentences = analyzer->Analyze(item->article);
          out.words = CountWords(sentences);
          out.entities = tagger.Tag(item->article, sentences);
          out.events = coder->Code(item->article, sentences, out.entities);
          term_maker->Make(item->article, sentences, &out.terms);
        }
        out.article = std::move(item->article);
        if (!coded.Push(std::move(out))) break;
      }
      {
        std::lock_guard lock(counts_mu);
        progress.worker_cpu_seconds += ThreadCpuSeconds();
      }
      if (--running_workers == 0) coded.Close();
    });
  }

  // The writer: puts results back in input order, stores them, commits every batch.
  const double writer_cpu_start = ThreadCpuSeconds();
  Status status;
  std::map<std::int64_t, Coded> pending;
  std::int64_t next_to_write = 0;
  int in_batch = 0;
  auto last_report = std::chrono::steady_clock::now();
  auto report = [&](bool force) {
    const auto now = std::chrono::steady_clock::now();
    if (!on_progress || (!force && now - last_report < std::chrono::milliseconds(500))) return;
    last_report = now;
    IngestProgress snapshot;
    {
      std::lock_guard lock(counts_mu);
      snapshot = progress;
    }
    snapshot.seconds = elapsed();
    on_progress(snapshot);
  };
  auto commit = [&] {
    if (in_batch == 0) return;
    if (Status s = store->Commit(); !s.ok() && status.ok()) status = s;
    in_batch = 0;
    report(true);
  };
  while (true) {
    std::optional<Coded> item = coded.PopFor(std::chrono::milliseconds(250));
    if (!item) {
      if (coded.closed()) break;
      report(false);
      continue;
    }
    pending.emplace(item->seq, std::move(*item));
    for (auto it = pending.find(next_to_write); it != pending.end(); it = pending.find(next_to_write)) {
      Coded& c = it->second;
      if (status.ok() && !c.status.ok()) status = c.status;
      if (status.ok()) {
        bool added = false;
        status = store->Add(c.article, c.words, c.entities, c.events, &added, &c.terms);
        std::lock_guard lock(counts_mu);
        if (added) {
          ++progress.stored;
          progress.reports += static_cast<std::int64_t>(c.events.size());
          progress.words += c.words;
        } else {
          ++progress.already_stored;
        }
      }
      pending.erase(it);
      ++next_to_write;
      if (status.ok() && ++in_batch >= options.batch_articles) commit();
    }
    if (!status.ok()) {
      // Stop everything; the batch in flight is rolled back when the store closes.
      work.Close();
      coded.Close();
    }
    report(false);
  }
  if (status.ok()) commit();
  reader.join();
  for (std::thread& t : workers) t.join();
  if (status.ok()) status = store->Checkpoint();
  const double writer_cpu = ThreadCpuSeconds() - writer_cpu_start;

  {
    std::lock_guard lock(counts_mu);
    progress.interrupted = options.stop && options.stop->load();
  }
  progress.seconds = elapsed();
  progress.writer_cpu_seconds = writer_cpu;
  *summary = progress;
  return status;
}

}  // namespace marsad
