// marsad-bench: throughput and memory of the pipeline's stages on a real corpus, each next to a baseline
// measured in the same run (machines here are shared and noisy: compare ratios, not absolute numbers).
//
//   marsad-bench analyze [--input FILE] [--limit N]
//   marsad-bench entities [--input FILE] [--limit N]
//   marsad-bench code [--input FILE] [--limit N]
//   marsad-bench ingest [--input FILE] [--limit N] [--threads N]
//   marsad-bench search [--input FILE] [--limit N] [--db FILE] [--queries N]
//
// analyze: words/second of Marsad's text analysis (normalise + tokenize + split sentences + segment, with the
// word cache warmed by a first pass) against ICU's plain word BreakIterator over the same article texts, and
// the process's peak resident memory.
// entities: lexicon load time, then tokens/second of entity tagging (lexicon matching, composition,
// coreference, dates) over analysed articles, next to the analysis itself measured in the same loop.
// code: load times (hunspell, lexicons, event tables, NER model), then the whole `marsad code` pipeline
// (read and gunzip, analysis, entity tagging, event coding, JSON Lines into a string that is dropped) over
// the file, streamed article by article, twice: with the NER model and without it (--no-ner), each pass with
// a fresh analyzer (a cold word cache, as a real run starts). Per pass: articles, words (Arabic, Latin and
// number tokens), events, seconds, words/s, the time of each step, and resident memory (after the first
// 1000 articles, at the end, and the pass's peak) to show that memory stays flat while the articles stream.
// The reader streams JSON Lines (gzip inflated a chunk at a time), so the peak does not grow with the input.
// search: builds a database of the file through the Store without event coding (or uses --db), then runs
// 1,000 queries made of the file's titles (whole titles, and 2- and 3-word pieces of them) through the
// Searcher (ranking, filters off, snippets on) and prints the latency percentiles; the database's size per
// 1,000 articles, split into the articles and the index. Baseline: SQLite's own unicode61 FTS5 table with a
// copy of the text (the index this one replaced), built from the same articles and given the same queries.
#include <sqlite3.h>
#include <sys/resource.h>
#include <unicode/brkiter.h>
#include <unicode/utext.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <thread>
#include <unordered_set>
#include <vector>

#include "marsad/analyzer.h"
#include "marsad/article.h"
#include "marsad/entities.h"
#include "marsad/events.h"
#include "marsad/ingest.h"
#include "marsad/lexicon.h"
#include "marsad/ner.h"
#include "marsad/search.h"
#include "marsad/store.h"
#include "search/tokenizer.h"

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

double PeakRssMiB() {
  struct rusage usage {};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

// A field of /proc/self/status in kB ("VmRSS", "VmHWM") as MiB; -1 when it cannot be read.
double ProcStatusMiB(const std::string& key) {
  std::FILE* f = std::fopen("/proc/self/status", "r");
  if (!f) return -1;
  char line[256];
  double mib = -1;
  while (std::fgets(line, sizeof line, f)) {
    if (std::string(line).starts_with(key + ":")) {
      mib = std::strtod(line + key.size() + 1, nullptr) / 1024.0;
      break;
    }
  }
  std::fclose(f);
  return mib;
}

// Resets the peak resident memory (VmHWM) to the current one (Linux 4.0+). False when not possible.
bool ResetPeakRss() {
  std::FILE* f = std::fopen("/proc/self/clear_refs", "w");
  if (!f) return false;
  const bool ok = std::fputs("5", f) >= 0;
  return std::fclose(f) == 0 && ok;
}

std::string DefaultNewsFile() {
  if (const char* env = std::getenv("MARSAD_DATA"); env && *env) {
    return std::string(env) + "/news/saudinewsnet-2015-07.jsonl.gz";
  }
  return "../shared/data/news/saudinewsnet-2015-07.jsonl.gz";
}

// Words as ICU counts them: segments between word boundaries whose rule status is not "none" (spaces, marks).
std::size_t IcuWordBreak(const std::vector<marsad::Article>& articles) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createWordInstance(icu::Locale("ar"), status));
  if (U_FAILURE(status)) {
    std::fprintf(stderr, "ICU word break iterator unavailable: %s\n", u_errorName(status));
    std::exit(2);
  }
  std::size_t words = 0;
  UText* text = nullptr;
  for (const marsad::Article& a : articles) {
    status = U_ZERO_ERROR;
    text = utext_openUTF8(text, a.text.data(), static_cast<int64_t>(a.text.size()), &status);
    it->setText(text, status);
    for (int32_t end = it->next(); end != icu::BreakIterator::DONE; end = it->next()) {
      if (it->getRuleStatus() != UBRK_WORD_NONE) ++words;
    }
  }
  utext_close(text);
  return words;
}

struct PassResult {
  std::size_t words = 0, tokens = 0, sentences = 0;
  double seconds = 0;
};

PassResult AnalyzePass(marsad::Analyzer& analyzer, const std::vector<marsad::Article>& articles) {
  PassResult r;
  const auto start = Clock::now();
  for (const marsad::Article& a : articles) {
    const auto sentences = analyzer.Analyze(a);
    r.sentences += sentences.size();
    for (const auto& s : sentences) {
      r.tokens += s.tokens.size();
      for (const auto& t : s.tokens) {
        if (t.type != marsad::TokenType::kPunct && t.type != marsad::TokenType::kSymbol) ++r.words;
      }
    }
  }
  r.seconds = Seconds(start);
  return r;
}

int BenchAnalyze(const std::string& input, std::size_t limit) {
  std::vector<marsad::Article> articles;
  marsad::ReadStats stats;
  std::size_t bytes = 0;
  const auto read_start = Clock::now();
  marsad::Status s = marsad::ReadArticles(
      {input}, marsad::ReadOptions{},
      [&](marsad::Article&& a) {
        bytes += a.text.size();
        articles.push_back(std::move(a));
        return limit == 0 || articles.size() < limit;
      },
      [](const marsad::Diagnostic&) {}, &stats);
  if (!s.ok() || articles.empty()) {
    std::fprintf(stderr, "marsad-bench: no articles read from %s (%s)\n", input.c_str(),
                 s.ToString().c_str());
    return 2;
  }
  std::printf("input: %s: %zu articles, %.1f MB of text (read in %.2f s)\n", input.c_str(), articles.size(),
              static_cast<double>(bytes) / 1e6, Seconds(read_start));

  std::unique_ptr<marsad::Analyzer> analyzer;
  marsad::AnalyzerOptions options;
  options.max_cached_words = 5'000'000;  // the whole corpus's vocabulary stays warm
  if (s = marsad::Analyzer::Open(options, &analyzer); !s.ok()) {
    std::fprintf(stderr, "marsad-bench: %s\n", s.ToString().c_str());
    return 2;
  }

  const auto icu_start = Clock::now();
  const std::size_t icu_words = IcuWordBreak(articles);
  const double icu_seconds = Seconds(icu_start);

  const PassResult cold = AnalyzePass(*analyzer, articles);
  const PassResult warm = AnalyzePass(*analyzer, articles);

  std::printf("ICU word break (UTF-8 UText)   %9zu words  %7.2f s  %10.0f words/s\n", icu_words, icu_seconds,
              static_cast<double>(icu_words) / icu_seconds);
  std::printf(
      "marsad analyze, cold cache      %9zu words  %7.2f s  %10.0f words/s  (%zu word types analysed)\n",
      cold.words, cold.seconds, static_cast<double>(cold.words) / cold.seconds, analyzer->cached_words());
  std::printf(
      "marsad analyze, warm cache      %9zu words  %7.2f s  %10.0f words/s  (%zu sentences, %zu tokens)\n",
      warm.words, warm.seconds, static_cast<double>(warm.words) / warm.seconds, warm.sentences, warm.tokens);
  std::printf("time ratio warm/ICU: %.2fx   (target <= 4x)\n", warm.seconds / icu_seconds);
  std::printf("peak resident memory: %.0f MiB (articles held in memory: %.0f MiB of text)\n", PeakRssMiB(),
              static_cast<double>(bytes) / (1024.0 * 1024.0));
  return 0;
}

std::vector<marsad::Article> ReadAll(const std::string& input, std::size_t limit, std::size_t* bytes) {
  std::vector<marsad::Article> articles;
  marsad::ReadStats stats;
  *bytes = 0;
  marsad::ReadArticles(
      {input}, marsad::ReadOptions{},
      [&](marsad::Article&& a) {
        *bytes += a.text.size();
        articles.push_back(std::move(a));
        return limit == 0 || articles.size() < limit;
      },
      [](const marsad::Diagnostic&) {}, &stats);
  return articles;
}

int BenchEntities(const std::string& input, std::size_t limit) {
  std::size_t bytes = 0;
  const std::vector<marsad::Article> articles = ReadAll(input, limit, &bytes);
  if (articles.empty()) {
    std::fprintf(stderr, "marsad-bench: no articles read from %s\n", input.c_str());
    return 2;
  }
  std::printf("input: %s: %zu articles, %.1f MB of text\n", input.c_str(), articles.size(),
              static_cast<double>(bytes) / 1e6);
  std::unique_ptr<marsad::Analyzer> analyzer;
  marsad::AnalyzerOptions options;
  options.max_cached_words = 5'000'000;
  const auto open_start = Clock::now();
  if (marsad::Status s = marsad::Analyzer::Open(options, &analyzer); !s.ok()) {
    std::fprintf(stderr, "marsad-bench: %s\n", s.ToString().c_str());
    return 2;
  }
  const double hunspell_seconds = Seconds(open_start);
  const auto load_start = Clock::now();
  std::unique_ptr<marsad::Lexicon> lexicon;
  if (marsad::Status s = marsad::Lexicon::Load(marsad::Lexicon::DefaultDir(), *analyzer, &lexicon); !s.ok()) {
    std::fprintf(stderr, "marsad-bench: %s\n", s.ToString().c_str());
    return 2;
  }
  const double load_seconds = Seconds(load_start);
  std::printf("hunspell dictionary load: %.2f s; lexicon load (%zu entries, %zu phrases): %.2f s\n",
              hunspell_seconds, lexicon->entry_count(), lexicon->phrase_count(), load_seconds);
  for (const auto& a : articles) analyzer->Analyze(a);  // warm the word cache
  std::unique_ptr<marsad::NerModel> ner;
  const auto ner_start = Clock::now();
  if (marsad::Status s = marsad::NerModel::Load(marsad::NerModel::DefaultPath(), &ner); !s.ok()) {
    std::fprintf(stderr, "marsad-bench: %s\n", s.ToString().c_str());
    return 2;
  }
  std::printf("NER model load: %.2f s\n", Seconds(ner_start));
  marsad::EntityTagger tagger(lexicon.get());
  marsad::EntityTagger tagger_ner(lexicon.get(), ner.get());
  double ner_seconds = 0;
  double analyze_seconds = 0, tag_seconds = 0;
  std::size_t tokens = 0, mentions = 0, entities = 0, dates = 0;
  double slowest = 0;
  std::string slowest_origin;
  for (const auto& a : articles) {
    const auto t0 = Clock::now();
    const auto sentences = analyzer->Analyze(a);
    const auto t1 = Clock::now();
    const marsad::EntityResult r = tagger.Tag(a, sentences);
    const auto t2 = Clock::now();
    analyze_seconds += std::chrono::duration<double>(t1 - t0).count();
    const auto t3 = Clock::now();
    const marsad::EntityResult with_ner = tagger_ner.Tag(a, sentences);
    ner_seconds += std::chrono::duration<double>(Clock::now() - t3).count();
    const double tag = std::chrono::duration<double>(t2 - t1).count();
    tag_seconds += tag;
    if (tag > slowest) {
      slowest = tag;
      slowest_origin = a.origin;
    }
    for (const auto& s : sentences) tokens += s.tokens.size();
    mentions += r.mentions.size();
    entities += r.entities.size();
    dates += r.dates.size();
  }
  std::printf("analysis (warm cache)     %9zu tokens  %7.2f s  %10.0f tokens/s\n", tokens, analyze_seconds,
              static_cast<double>(tokens) / analyze_seconds);
  std::printf("entity tagging            %9zu tokens  %7.2f s  %10.0f tokens/s  (target >= 1,000,000)\n",
              tokens, tag_seconds, static_cast<double>(tokens) / tag_seconds);
  std::printf("entity tagging with NER   %9zu tokens  %7.2f s  %10.0f tokens/s\n", tokens, ner_seconds,
              static_cast<double>(tokens) / ner_seconds);
  std::printf("analysis + entities       %9zu tokens  %7.2f s  %10.0f tokens/s\n", tokens,
              analyze_seconds + tag_seconds, static_cast<double>(tokens) / (analyze_seconds + tag_seconds));
  std::printf("found %zu mentions, %zu entities, %zu dates; peak resident memory %.0f MiB\n", mentions,
              entities, dates, PeakRssMiB());
  std::printf("slowest article to tag: %s (%.3f s)\n", slowest_origin.c_str(), slowest);
  return 0;
}

struct CodePass {
  std::size_t articles = 0, words = 0, events = 0, json_bytes = 0;
  double seconds = 0, analyze = 0, tag = 0, code = 0, json = 0;
  double rss_start = -1, rss_early = -1, rss_end = -1, rss_peak = -1;
};

// One `marsad code` run over input, streamed: nothing is kept from one article to the next.
CodePass RunCodePass(const std::string& input, std::size_t limit, const marsad::EntityTagger& tagger,
                     const marsad::EventCoder& coder) {
  CodePass p;
  std::unique_ptr<marsad::Analyzer> analyzer;
  if (marsad::Status s = marsad::Analyzer::Open(marsad::AnalyzerOptions{}, &analyzer); !s.ok()) {
    std::fprintf(stderr, "marsad-bench: %s\n", s.ToString().c_str());
    std::exit(2);
  }
  p.rss_start = ProcStatusMiB("VmRSS");
  const bool peak_reset = ResetPeakRss();
  std::string out;
  marsad::ReadStats stats;
  const auto start = Clock::now();
  marsad::ReadArticles(
      {input}, marsad::ReadOptions{},
      [&](marsad::Article&& a) {
        const auto t0 = Clock::now();
        const auto sentences = analyzer->Analyze(a);
        const auto t1 = Clock::now();
        const marsad::EntityResult entities = tagger.Tag(a, sentences);
        const auto t2 = Clock::now();
        const std::vector<marsad::Event> events = coder.Code(a, sentences, entities);
        const auto t3 = Clock::now();
        out.clear();
        for (const marsad::Event& e : events) {
          out += marsad::EventToJson(a, e);
          out += '\n';
        }
        const auto t4 = Clock::now();
        p.analyze += std::chrono::duration<double>(t1 - t0).count();
        p.tag += std::chrono::duration<double>(t2 - t1).count();
        p.code += std::chrono::duration<double>(t3 - t2).count();
        p.json += std::chrono::duration<double>(t4 - t3).count();
        p.json_bytes += out.size();
        p.events += events.size();
        for (const auto& s : sentences) {
          for (const auto& t : s.tokens) {
            if (t.type == marsad::TokenType::kArabic || t.type == marsad::TokenType::kLatin ||
                t.type == marsad::TokenType::kNumber) {
              ++p.words;
            }
          }
        }
        if (++p.articles == 1000) p.rss_early = ProcStatusMiB("VmRSS");
        return limit == 0 || p.articles < limit;
      },
      [](const marsad::Diagnostic&) {}, &stats);
  p.seconds = Seconds(start);
  p.rss_end = ProcStatusMiB("VmRSS");
  p.rss_peak = peak_reset ? ProcStatusMiB("VmHWM") : PeakRssMiB();
  return p;
}

void PrintCodePass(const char* name, const CodePass& p) {
  std::printf("%-22s %6zu articles %9zu words %6zu events  %7.2f s  %9.0f words/s\n", name, p.articles,
              p.words, p.events, p.seconds, static_cast<double>(p.words) / p.seconds);
  const double steps = p.analyze + p.tag + p.code + p.json;
  std::printf(
      "    read+gunzip+parse %.2f s, analysis %.2f s, entities %.2f s, coding %.2f s, JSON %.2f s (%.1f "
      "MB)\n",
      p.seconds - steps, p.analyze, p.tag, p.code, p.json, static_cast<double>(p.json_bytes) / 1e6);
  std::printf("    resident memory: %.0f MiB before, ", p.rss_start);
  if (p.rss_early >= 0) std::printf("%.0f MiB after 1000 articles, ", p.rss_early);
  std::printf("%.0f MiB at the end; peak %.0f MiB\n", p.rss_end, p.rss_peak);
}

int BenchCode(const std::string& input, std::size_t limit) {
  std::unique_ptr<marsad::Analyzer> analyzer;
  const auto open_start = Clock::now();
  if (marsad::Status s = marsad::Analyzer::Open(marsad::AnalyzerOptions{}, &analyzer); !s.ok()) {
    std::fprintf(stderr, "marsad-bench: %s\n", s.ToString().c_str());
    return 2;
  }
  const double hunspell_seconds = Seconds(open_start);
  const std::string dir = marsad::Lexicon::DefaultDir();
  std::unique_ptr<marsad::Lexicon> lexicon;
  std::unique_ptr<marsad::EventCoder> coder;
  std::unique_ptr<marsad::NerModel> ner;
  auto t = Clock::now();
  marsad::Status s = marsad::Lexicon::Load(dir, *analyzer, &lexicon);
  const double lexicon_seconds = Seconds(t);
  t = Clock::now();
  if (s.ok()) s = marsad::EventCoder::Open(dir, *analyzer, &coder);
  const double coder_seconds = Seconds(t);
  t = Clock::now();
  if (s.ok()) s = marsad::NerModel::Load(marsad::NerModel::DefaultPath(), &ner);
  const double ner_seconds = Seconds(t);
  if (!s.ok()) {
    std::fprintf(stderr, "marsad-bench: %s\n", s.ToString().c_str());
    return 2;
  }
  analyzer.reset();  // each pass opens its own
  std::printf("input: %s\n", input.c_str());
  std::printf(
      "load: hunspell %.2f s, lexicons %.2f s, event tables %.2f s, NER model %.2f s (total %.2f s)\n",
      hunspell_seconds, lexicon_seconds, coder_seconds, ner_seconds,
      hunspell_seconds + lexicon_seconds + coder_seconds + ner_seconds);
  const marsad::EntityTagger with_ner(lexicon.get(), ner.get());
  const marsad::EntityTagger without_ner(lexicon.get());
  const CodePass a = RunCodePass(input, limit, with_ner, *coder);
  if (a.articles == 0) {
    std::fprintf(stderr, "marsad-bench: no articles read from %s\n", input.c_str());
    return 2;
  }
  PrintCodePass("marsad code", a);
  const CodePass b = RunCodePass(input, limit, without_ner, *coder);
  PrintCodePass("marsad code --no-ner", b);
  std::printf("time ratio with/without NER: %.2fx\n", a.seconds / b.seconds);
  return 0;
}

// ---- search ----

struct Latency {
  double p50 = 0, p95 = 0, p99 = 0, mean = 0, max = 0;
};

Latency Percentiles(std::vector<double> ms) {
  Latency l;
  if (ms.empty()) return l;
  std::sort(ms.begin(), ms.end());
  auto at = [&](double q) {
    return ms[std::min(ms.size() - 1, static_cast<std::size_t>(q * static_cast<double>(ms.size())))];
  };
  l.p50 = at(0.50);
  l.p95 = at(0.95);
  l.p99 = at(0.99);
  l.max = ms.back();
  for (double v : ms) l.mean += v;
  l.mean /= static_cast<double>(ms.size());
  return l;
}

void PrintLatency(const char* name, const Latency& l, std::size_t queries, double hits_per_query) {
  std::printf(
      "%-34s %6zu queries  p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  max %7.2f ms  mean %6.2f ms  %.1f "
      "hits/query\n",
      name, queries, l.p50, l.p95, l.p99, l.max, l.mean, hits_per_query);
}

// Bytes per object (table or index) from SQLite's dbstat table; empty when this SQLite lacks it.
std::vector<std::pair<std::string, double>> ObjectSizes(sqlite3* db) {
  std::vector<std::pair<std::string, double>> sizes;
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC", -1, &stmt,
                         nullptr) != SQLITE_OK) {
    return sizes;
  }
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    sizes.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)),
                       sqlite3_column_double(stmt, 1));
  }
  sqlite3_finalize(stmt);
  return sizes;
}

// Prints the file's size per 1,000 articles, in total and for the index and the articles.
void PrintSizes(const char* name, const std::string& path, double articles) {
  sqlite3* db = nullptr;
  sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr);
  sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
  double index = 0, text = 0;
  for (const auto& [object, bytes] : ObjectSizes(db)) {
    if (object.starts_with("article_fts") || object.starts_with("baseline_fts")) {
      (object.find("_content") != std::string::npos ? text : index) += bytes;
    } else if (object == "articles") {
      text += bytes;
    }
  }
  sqlite3_close(db);
  const double per = 1000.0 / articles / (1024.0 * 1024.0);
  std::printf("%-34s file %7.2f MiB per 1000 articles (index %.2f, text and metadata %.2f)\n", name,
              static_cast<double>(std::filesystem::file_size(path)) * per, index * per, text * per);
}

// 1,000 queries from the titles: whole titles, and 2- and 3-word pieces from their middle.
std::vector<std::string> MakeQueries(const std::vector<marsad::Article>& articles, std::size_t n) {
  std::vector<std::string> queries;
  const std::size_t stride = std::max<std::size_t>(1, articles.size() / n);
  for (std::size_t k = 0; queries.size() < n && k * stride < articles.size(); ++k) {
    const std::string title(articles[k * stride].title());
    std::vector<std::string> words;
    for (const auto& w : marsad::search::SplitWords(title)) {
      if (w.searchable) words.emplace_back(w.original);
    }
    if (words.empty()) continue;
    const std::size_t want = k % 3 == 0 ? words.size() : (k % 3) + 1;
    const std::size_t take = std::min(want, words.size());
    const std::size_t from = (words.size() - take) / 2;
    std::string q;
    for (std::size_t j = from; j < from + take; ++j) q += (q.empty() ? "" : " ") + words[j];
    queries.push_back(q);
  }
  return queries;
}

std::string BaselineQuery(const std::string& query) {
  std::string out;
  for (const auto& w : marsad::search::SplitWords(query)) {
    if (!w.searchable) continue;
    out += (out.empty() ? "\"" : " OR \"") + std::string(w.original) + "\"";
  }
  return out;
}

int BenchSearch(const std::string& input, std::size_t limit, std::string db_path, std::size_t n_queries) {
  std::size_t bytes = 0;
  auto start = Clock::now();
  const std::vector<marsad::Article> articles = ReadAll(input, limit, &bytes);
  std::printf("read %zu articles (%.1f MiB) in %.2f s\n", articles.size(),
              static_cast<double>(bytes) / (1 << 20), Seconds(start));
  if (articles.empty()) return 2;
  const std::string tmp =
      (std::filesystem::temp_directory_path() / ("marsad-bench-search-" + std::to_string(getpid()))).string();
  const bool own_db = db_path.empty();
  double stored = 0;
  if (own_db) {
    db_path = tmp + ".db";
    std::unique_ptr<marsad::Store> store;
    if (marsad::Status s = marsad::Store::Open(db_path, marsad::StoreOptions{}, &store); !s.ok()) {
      std::fprintf(stderr, "%s\n", s.ToString().c_str());
      return 2;
    }
    start = Clock::now();
    for (const marsad::Article& a : articles) {
      bool added = false;
      if (marsad::Status s = store->Add(a, 0, marsad::EntityResult{}, {}, &added); !s.ok()) {
        std::fprintf(stderr, "%s\n", s.ToString().c_str());
        return 2;
      }
      stored += added ? 1 : 0;
      if (static_cast<long>(stored) % 500 == 0) store->Commit();
    }
    store->Commit();
    const double seconds = Seconds(start);
    std::printf("%-34s %.0f articles stored and indexed (no event coding) in %.2f s: %.0f articles/s\n",
                "marsad store + index", stored, seconds, stored / seconds);
    store.reset();
    PrintSizes("marsad (external content)", db_path, stored);
  }

  // Baseline: the placeholder this index replaced.
  const std::string baseline_path = tmp + "-unicode61.db";
  sqlite3* baseline = nullptr;
  sqlite3_open(baseline_path.c_str(), &baseline);
  sqlite3_exec(baseline, "PRAGMA journal_mode=WAL; CREATE VIRTUAL TABLE baseline_fts USING fts5(title, body)",
               nullptr, nullptr, nullptr);
  start = Clock::now();
  sqlite3_exec(baseline, "BEGIN", nullptr, nullptr, nullptr);
  sqlite3_stmt* insert = nullptr;
  sqlite3_prepare_v2(baseline, "INSERT INTO baseline_fts(title, body) VALUES(?1, ?2)", -1, &insert, nullptr);
  std::unordered_set<std::string> ids;
  for (const marsad::Article& a : articles) {
    if (!ids.insert(a.id).second) continue;
    sqlite3_bind_text(insert, 1, a.title().data(), static_cast<int>(a.title().size()), SQLITE_STATIC);
    sqlite3_bind_text(insert, 2, a.body().data(), static_cast<int>(a.body().size()), SQLITE_STATIC);
    sqlite3_step(insert);
    sqlite3_reset(insert);
  }
  sqlite3_finalize(insert);
  sqlite3_exec(baseline, "COMMIT", nullptr, nullptr, nullptr);
  const double baseline_seconds = Seconds(start);
  std::printf("%-34s %zu articles indexed in %.2f s: %.0f articles/s\n", "unicode61 (baseline)", ids.size(),
              baseline_seconds, static_cast<double>(ids.size()) / baseline_seconds);
  sqlite3_close(baseline);
  PrintSizes("unicode61 (baseline, text copied)", baseline_path, static_cast<double>(ids.size()));

  const std::vector<std::string> queries = MakeQueries(articles, n_queries);
  std::unique_ptr<marsad::Searcher> searcher;
  start = Clock::now();
  if (marsad::Status s = marsad::Searcher::Open(db_path, &searcher); !s.ok()) {
    std::fprintf(stderr, "%s\n", s.ToString().c_str());
    return 2;
  }
  std::vector<marsad::SearchHit> hits;
  marsad::SearchRequest request;
  request.query = "الرياض";
  request.limit = 20;
  searcher->Search(request, &hits);  // loads the tokenizer's dictionary
  std::printf("%-34s %.2f s (opening the database, loading hunspell, the first query)\n", "marsad warm-up",
              Seconds(start));
  std::vector<double> ms;
  double total_hits = 0;
  for (const std::string& q : queries) {
    const auto t = Clock::now();
    request.query = q;
    marsad::Status s = searcher->Search(request, &hits);
    ms.push_back(Seconds(t) * 1000);
    if (!s.ok()) std::fprintf(stderr, "query %s: %s\n", q.c_str(), s.ToString().c_str());
    total_hits += static_cast<double>(hits.size());
  }
  PrintLatency("marsad search (top 20, snippets)", Percentiles(ms), queries.size(),
               total_hits / static_cast<double>(queries.size()));

  sqlite3_open_v2(baseline_path.c_str(), &baseline, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* select = nullptr;
  sqlite3_prepare_v2(baseline,
                     "SELECT rowid, title, snippet(baseline_fts, 1, '[', ']', '…', 20) FROM baseline_fts "
                     "WHERE baseline_fts MATCH ?1 ORDER BY rank LIMIT 20",
                     -1, &select, nullptr);
  ms.clear();
  total_hits = 0;
  for (const std::string& q : queries) {
    const std::string fts = BaselineQuery(q);
    const auto t = Clock::now();
    sqlite3_bind_text(select, 1, fts.data(), static_cast<int>(fts.size()), SQLITE_TRANSIENT);
    while (sqlite3_step(select) == SQLITE_ROW) total_hits += 1;
    sqlite3_reset(select);
    ms.push_back(Seconds(t) * 1000);
  }
  sqlite3_finalize(select);
  sqlite3_close(baseline);
  PrintLatency("unicode61 (baseline)", Percentiles(ms), queries.size(),
               total_hits / static_cast<double>(queries.size()));
  std::printf("peak RSS %.0f MiB\n", PeakRssMiB());
  for (const char* suffix : {"", "-wal", "-shm"}) {
    std::filesystem::remove(baseline_path + suffix);
    if (own_db) std::filesystem::remove(db_path + suffix);
  }
  return 0;
}

// ingest: the whole marsad ingest (read, analyse, tag, code, store, index) into a fresh database in a
// temporary directory, with the NER model and without it, each on every core; per run the articles and
// words per second (coding time, loading apart), the database size per 1,000 articles and the peak memory.
int BenchIngest(const std::string& input, std::size_t limit, int threads) {
  const std::string dir =
      (std::filesystem::temp_directory_path() / ("marsad-bench-ingest-" + std::to_string(getpid()))).string();
  std::filesystem::create_directories(dir);
  std::printf("ingest of %s%s, %d coding thread(s) (%u cores)\n", input.c_str(),
              limit ? (", first " + std::to_string(limit) + " articles").c_str() : "",
              threads > 0 ? threads : static_cast<int>(std::thread::hardware_concurrency()),
              std::thread::hardware_concurrency());
  for (const bool ner : {true, false}) {
    marsad::IngestOptions options;
    options.db_path = dir + (ner ? "/ner.db" : "/no-ner.db");
    options.use_ner = ner;
    options.threads = threads;
    options.max_articles = static_cast<std::int64_t>(limit);
    const bool peak_reset = ResetPeakRss();
    marsad::IngestProgress p;
    if (marsad::Status s = marsad::Ingest({input}, options, nullptr, nullptr, &p); !s.ok()) {
      std::fprintf(stderr, "ingest failed: %s\n", s.ToString().c_str());
      return 2;
    }
    const double coding = std::max(p.seconds - p.load_seconds, 1e-9);
    std::uintmax_t bytes = 0;
    for (const char* suffix : {"", "-wal"}) {
      std::error_code ec;
      const auto size = std::filesystem::file_size(options.db_path + suffix, ec);
      if (!ec) bytes += size;
    }
    std::printf(
        "%-12s %lld articles stored (%lld repeated), %lld words, %lld events; load %.2f s, coding %.1f s: "
        "%.0f articles/s, %.0f words/s; database %.2f MiB per 1000 articles; peak RSS %.0f MiB\n",
        ner ? "with NER" : "without NER", static_cast<long long>(p.stored),
        static_cast<long long>(p.already_stored), static_cast<long long>(p.words),
        static_cast<long long>(p.reports), p.load_seconds, coding, static_cast<double>(p.stored) / coding,
        static_cast<double>(p.words) / coding,
        static_cast<double>(bytes) / (1024.0 * 1024.0) * 1000.0 /
            std::max<double>(1, static_cast<double>(p.stored)),
        peak_reset ? ProcStatusMiB("VmHWM") : PeakRssMiB());
    const double per_article = 1000.0 / std::max<double>(1, static_cast<double>(p.stored));
    std::printf("%-12s CPU ms per article: reader %.2f, workers %.2f (all together), writer %.2f\n", "",
                p.reader_cpu_seconds * per_article, p.worker_cpu_seconds * per_article,
                p.writer_cpu_seconds * per_article);
  }
  std::filesystem::remove_all(dir);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "marsad-bench: throughput and memory of Marsad's stages, next to a baseline from the same run"};
  app.require_subcommand(1);
  std::string input = DefaultNewsFile();
  std::size_t limit = 0;
  CLI::App* analyze = app.add_subcommand("analyze", "Text analysis vs ICU's word break iterator");
  analyze->add_option("--input", input, "Articles to read (default: the July 2015 news file in shared data)");
  analyze->add_option("--limit", limit, "Read at most this many articles (0 = all)");
  CLI::App* entities = app.add_subcommand("entities", "Entity tagging throughput and lexicon load time");
  entities->add_option("--input", input,
                       "Articles to read (default: the July 2015 news file in shared data)");
  entities->add_option("--limit", limit, "Read at most this many articles (0 = all)");
  CLI::App* code = app.add_subcommand(
      "code", "The whole marsad code pipeline, streamed, with and without the NER model; memory stays flat");
  code->add_option("--input", input, "Articles to read (default: the July 2015 news file in shared data)");
  code->add_option("--limit", limit, "Read at most this many articles (0 = all)");
  std::string db;
  std::size_t queries = 1000;
  CLI::App* search = app.add_subcommand(
      "search", "Search latency over real queries and database size per 1000 articles, vs unicode61");
  search->add_option("--input", input, "Articles to read (default: the July 2015 news file in shared data)");
  search->add_option("--limit", limit, "Read at most this many articles (0 = all)");
  search->add_option("--db", db, "Query this database instead of building one from the input");
  search->add_option("--queries", queries, "Number of queries")->capture_default_str();
  int threads = 0;
  CLI::App* ingest = app.add_subcommand(
      "ingest",
      "The whole marsad ingest into a fresh database, with and without NER: articles/s, words/s, size");
  ingest->add_option("--input", input, "Articles to read (default: the July 2015 news file in shared data)");
  ingest->add_option("--limit", limit, "Read at most this many articles (0 = all)");
  ingest->add_option("--threads", threads, "Coding threads (default: one per core)");
  CLI11_PARSE(app, argc, argv);
  if (*ingest) return BenchIngest(input, limit, threads);
  if (*analyze) return BenchAnalyze(input, limit);
  if (*entities) return BenchEntities(input, limit);
  if (*code) return BenchCode(input, limit);
  if (*search) return BenchSearch(input, limit, db, queries);
  return 2;
}
