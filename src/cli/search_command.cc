// marsad search QUERY…: ranked articles with a highlighted snippet each, as text or JSON Lines.
// marsad search eval: MRR@10 and recall@10 of titles finding their own untitled articles, Marsad's tokenizer
// next to unicode61 on the same sample.
#include "cli/search_command.h"

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/store_command.h"
#include "marsad/search.h"

namespace marsad {
namespace {

struct SearchFlags {
  std::vector<std::string> words;
  std::string db;
  SearchRequest request;
  bool json = false, show_query = false;
};

struct EvalFlags {
  std::string data;
  std::size_t sample = 2000;
  bool all = false;
};

int RunSearch(SearchFlags& flags) {
  for (const std::string& w : flags.words)
    flags.request.query += (flags.request.query.empty() ? "" : " ") + w;
  if (flags.show_query) {
    std::string fts;
    const Status s = SearchQueryToFts(flags.request.query, &fts);
    std::fprintf(stderr, "marsad: FTS5 query: %s\n", s.ok() ? fts.c_str() : s.message().c_str());
  }
  const std::string path = flags.db.empty() ? DefaultDatabasePath() : flags.db;
  std::unique_ptr<Searcher> searcher;
  if (Status s = Searcher::Open(path, &searcher); !s.ok()) {
    std::fprintf(stderr, "marsad: %s\n", s.ToString().c_str());
    return 2;
  }
  std::vector<SearchHit> hits;
  if (Status s = searcher->Search(flags.request, &hits); !s.ok()) {
    if (s.code() == Status::Code::kInvalidArgument) {
      std::fprintf(stderr, "marsad: cannot understand the query: %s\n", s.message().c_str());
    } else {
      std::fprintf(stderr, "marsad: %s\n", s.ToString().c_str());
    }
    return 2;
  }
  std::string out;
  int rank = 0;
  for (const SearchHit& h : hits) {
    ++rank;
    if (flags.json) {
      nlohmann::json j = {{"rank", rank},     {"id", h.article_id},
                          {"url", h.url},     {"source", h.source},
                          {"title", h.title}, {"date", h.day.empty() ? h.date : h.day},
                          {"score", h.score}, {"snippet", h.snippet}};
      out += j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    } else {
      char score[32];
      std::snprintf(score, sizeof score, "%.2f", h.score);
      out += std::to_string(rank) + ". " + h.title + "\n   " + (h.day.empty() ? h.date : h.day) + "  " +
             h.source + "  score " + score + "  " + h.article_id + "\n";
      if (!h.url.empty()) out += "   " + h.url + "\n";
      out += "   " + h.snippet + "\n\n";
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  if (hits.empty()) std::fprintf(stderr, "marsad: no article matches\n");
  return 0;
}

std::string DefaultDataDir() {
  if (const char* env = std::getenv("MARSAD_DATA"); env && *env) return env;
  return "../shared/data";
}

int RunEval(const EvalFlags& flags) {
  KnownItemOptions options;
  options.input =
      (flags.data.empty() ? DefaultDataDir() : flags.data) + "/news/saudinewsnet-2015-07.jsonl.gz";
  options.sample = flags.sample;
  options.all_variants = flags.all;
  std::vector<KnownItemScore> scores;
  if (Status s = EvaluateKnownItem(options, &scores); !s.ok()) {
    std::fprintf(stderr, "marsad: %s\n", s.ToString().c_str());
    return 2;
  }
  std::printf(
      "known-item search: each title, as a plain query, looks for its own article indexed without it\n");
  std::printf("%zu queries over %zu articles from %s\n\n", scores.empty() ? 0 : scores[0].queries,
              scores.empty() ? 0 : scores[0].queries, options.input.c_str());
  std::printf("%-30s %-24s %8s %10s %9s %9s\n", "configuration", "tokenize", "MRR@10", "recall@10", "index s",
              "query s");
  for (const KnownItemScore& s : scores) {
    std::printf("%-30s %-24s %8.4f %10.4f %9.2f %9.2f\n", s.name.c_str(), s.tokenize.c_str(), s.mrr10,
                s.recall10, s.index_seconds, s.query_seconds);
  }
  return 0;
}

}  // namespace

void AddSearchCommands(CLI::App& app, std::function<int()>* run) {
  auto flags = std::make_shared<SearchFlags>();
  CLI::App* search = app.add_subcommand(
      "search",
      "Search the stored articles: words match any of them (ranked by BM25, titles first), \"quotes\" make a "
      "phrase, AND OR NOT -word narrow; filters by date, source and coded events");
  search->add_option("query", flags->words, "The query (words, \"phrases\", AND, OR, NOT, -word, word*)");
  search->add_option("--db", flags->db, "Database file (default: $MARSAD_DB or marsad.db)");
  search->add_option("--from", flags->request.from, "First publication day, YYYY-MM-DD");
  search->add_option("--to", flags->request.to, "Last publication day, YYYY-MM-DD");
  search->add_option("--source", flags->request.source, "Only articles of this source (e.g. aawsat)");
  search->add_option("--actor", flags->request.actor,
                     "Only articles with an event whose actor has this key, country or organisation code");
  search->add_option("--recipient", flags->request.recipient, "The same for the event's recipient");
  search->add_option("--category", flags->request.category, "Only articles with an event of this category");
  search->add_option("--limit", flags->request.limit, "Number of results")->capture_default_str();
  search->add_flag("--json", flags->json,
                   "One JSON object per result (id, url, source, title, date, score, snippet)");
  search->add_flag("--show-query", flags->show_query, "Print the FTS5 query the words became (to stderr)");

  auto eval_flags = std::make_shared<EvalFlags>();
  CLI::App* eval = search->add_subcommand(
      "eval",
      "Known-item evaluation: titles as queries find their own articles; Marsad's tokenizer vs unicode61");
  eval->add_option("--data", eval_flags->data,
                   "Shared data directory (default: $MARSAD_DATA or ../shared/data)");
  eval->add_option("--sample", eval_flags->sample, "Articles in the sample")->capture_default_str();
  eval->add_flag("--all", eval_flags->all, "Also the other stemmers and query forms");
  eval->callback([run, eval_flags] { *run = [eval_flags] { return RunEval(*eval_flags); }; });

  search->callback([run, flags, search] {
    if (search->got_subcommand("eval")) return;
    if (flags->words.empty()) throw CLI::RequiredError("query");
    *run = [flags] { return RunSearch(*flags); };
  });
}

}  // namespace marsad
