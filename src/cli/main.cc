// marsad: the command-line program. One sub-command per pipeline stage that has landed; each has --help.
//
// Conventions shared by every sub-command: inputs are files, directories (recursive) or "-" for stdin, gzip
// is read transparently; results go to stdout, diagnostics and the summary to stderr; the exit status is 0
// when everything was read, 1 when some input was skipped (the rest was still processed), 2 on a usage error.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include <chrono>

#include "cli/events_command.h"
#include "cli/ner_command.h"
#include "cli/query_command.h"
#include "cli/search_command.h"
#include "cli/store_command.h"
#include "marsad/analyzer.h"
#include "marsad/article.h"
#include "marsad/entities.h"
#include "marsad/events.h"
#include "marsad/lexicon.h"

namespace marsad {
namespace {

const char* SeverityName(Diagnostic::Severity s) {
  switch (s) {
    case Diagnostic::Severity::kNote:
      return "note";
    case Diagnostic::Severity::kWarning:
      return "warning";
    case Diagnostic::Severity::kSkipped:
      return "skipped";
  }
  return "warning";
}

void PrintDiagnostic(const Diagnostic& d) {
  std::fprintf(stderr, "marsad: %s: %s: %s\n", SeverityName(d.severity), d.where.c_str(), d.message.c_str());
}

void PrintSummary(const ReadStats& s) {
  std::fprintf(
      stderr,
      "marsad: %zu article(s) from %zu file(s); skipped %zu file(s) and %zu record(s); "
      "%zu invalid UTF-8 sequence(s) replaced, %zu NUL byte(s) removed, %zu file(s) transcoded%s\n",
      s.articles, s.files, s.skipped_files, s.skipped_records, s.repaired_bytes, s.removed_nuls,
      s.transcoded_files,
      s.skipped_payloads == 0
          ? ""
          : ("; " + std::to_string(s.skipped_payloads) + " web record(s) without an article").c_str());
}

// Writes the readable table of one analysed article.
void PrintTable(const Article& a, const std::vector<Sentence>& sentences, std::string& out) {
  auto span = [](Span s) { return "[" + std::to_string(s.begin) + "," + std::to_string(s.end) + ")"; };
  out += "# article " + a.id + "  " + a.origin;
  if (!a.source.empty()) out += "  source=" + a.source;
  if (!a.date.empty()) out += "  date=" + a.date;
  out += "\n";
  if (!a.url.empty()) out += "# url: " + a.url + "\n";
  out += "# title " + span(a.title_span) + ": " + std::string(a.title()) + "\n";
  if (!a.author.empty()) out += "# author " + span(a.author_span) + ": " + a.author + "\n";
  std::size_t body_sentences = 0;
  for (const Sentence& s : sentences) body_sentences += s.is_title ? 0 : 1;
  out += "# body " + span(a.body_span) + ": " + std::to_string(body_sentences) + " sentence(s)\n";
  int n = 0;
  for (const Sentence& s : sentences) {
    out += "\n## " + std::to_string(++n) + (s.is_title ? " (title) " : " ") + span(s.span) + " " +
           a.text.substr(s.span.begin, s.span.size()) + "\n";
    out += "begin\tend\ttype\ttext\tnorm\tsegments\tstem\tlemma\n";
    for (const Token& t : s.tokens) {
      out += std::to_string(t.span.begin) + "\t" + std::to_string(t.span.end) + "\t" + TokenTypeName(t.type) +
             "\t" + a.text.substr(t.span.begin, t.span.size()) + "\t" + t.norm;
      if (t.word) {
        out += "\t" + t.word->SegmentsString() + "\t" + t.word->stem + "\t" +
               (t.word->lemma.empty() ? "-" : t.word->lemma);
      }
      out += "\n";
    }
  }
  out += "\n";
}

// Reads every input, analyses each article and hands it to `emit`, which appends to `out`. Diagnostics and
// the summary go to stderr. Returns the exit status.
template <typename Emit>
int ForEachArticle(const std::vector<std::string>& inputs, Analyzer& analyzer, Emit emit) {
  ReadStats stats;
  std::string out;
  auto on_article = [&](Article&& article) {
    const std::vector<Sentence> sentences = analyzer.Analyze(article);
    emit(article, sentences, out);
    if (out.size() > (1u << 20)) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
    return true;
  };
  Status s = ReadArticles(inputs, ReadOptions{}, on_article, PrintDiagnostic, &stats);
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fflush(stdout);
  if (!s.ok()) {
    std::fprintf(stderr, "marsad: %s\n", s.ToString().c_str());
    return 2;
  }
  PrintSummary(stats);
  return stats.AnythingSkipped() ? 1 : 0;
}

int RunAnalyze(const std::vector<std::string>& inputs, bool json, bool no_hunspell) {
  AnalyzerOptions options;
  options.use_hunspell = !no_hunspell;
  std::unique_ptr<Analyzer> analyzer;
  if (Status s = Analyzer::Open(options, &analyzer); !s.ok()) {
    std::fprintf(stderr, "marsad: %s\n", s.ToString().c_str());
    return 2;
  }
  return ForEachArticle(
      inputs, *analyzer,
      [&](const Article& article, const std::vector<Sentence>& sentences, std::string& out) {
        if (json) {
          out += AnalysisToJson(article, sentences);
          out += '\n';
        } else {
          PrintTable(article, sentences, out);
        }
      });
}

void PrintEntityTable(const Article& a, const EntityResult& r, std::string& out) {
  out += "# article " + a.id + "  " + a.origin + "\n";
  out += "# title: " + std::string(a.title()) + "\n";
  if (!r.author.empty()) out += "# author (not an actor): " + r.author + "\n";
  out += "sentence\tbegin\tend\ttype\ttext\tname\tcountry\torg\tsector\trole\tentity\thow\n";
  for (const Mention& m : r.mentions) {
    const Entity* e = m.entity >= 0 ? &r.entities[m.entity] : nullptr;
    auto or_dash = [](const std::string& v) { return v.empty() ? std::string("-") : v; };
    std::string entity = m.entity >= 0 ? "E" + std::to_string(m.entity) : "-";
    for (int id : m.members) entity += (entity == "-" ? "" : ",") + std::string("E") + std::to_string(id);
    out += std::to_string(m.sentence) + "\t" + std::to_string(m.span.begin) + "\t" +
           std::to_string(m.span.end) + "\t" + MentionTypeName(m.type) + "\t" +
           std::string(a.View(m.role_span.empty() ? m.span : m.role_span)) + "\t" +
           or_dash(std::string(a.View(m.name_span))) + "\t" + or_dash(e ? e->country : m.country) + "\t" +
           or_dash(e ? e->org : m.org) + "\t" + or_dash(e ? e->sector : m.sector) + "\t" +
           or_dash(m.role.empty() && e ? e->role : m.role) + "\t" + entity + "\t" + m.how + "\n";
  }
  out += "# entities\n";
  for (std::size_t k = 0; k < r.entities.size(); ++k) {
    const Entity& e = r.entities[k];
    std::string titles;
    for (const auto& t : e.titles) titles += (titles.empty() ? "" : ",") + t;
    out += "E" + std::to_string(k) + "\t" + MentionTypeName(e.type) + "\t" +
           (e.canonical.empty() ? e.name : e.canonical) + "\t" + (e.country.empty() ? "-" : e.country) +
           "\t" + (e.org.empty() ? "-" : e.org) + "\t" + (e.sector.empty() ? "-" : e.sector) + "\t" +
           (titles.empty() ? "-" : titles) + "\t" + std::to_string(e.mentions.size()) + " mention(s)\n";
  }
  if (!r.dates.empty()) out += "# dates\n";
  for (const DateMention& d : r.dates) {
    out += std::to_string(d.span.begin) + "\t" + std::to_string(d.span.end) + "\t" +
           std::string(a.View(d.span)) + "\t" + d.date.ToString() + "\t" + DatePrecisionName(d.precision) +
           "\t" + d.kind + "\n";
  }
  out += "\n";
}

int RunEntities(const std::vector<std::string>& inputs, bool json, const std::string& lexicon_dir,
                bool no_ner, const std::string& ner_model) {
  std::unique_ptr<Analyzer> analyzer;
  if (Status s = Analyzer::Open(AnalyzerOptions{}, &analyzer); !s.ok()) {
    std::fprintf(stderr, "marsad: %s\n", s.ToString().c_str());
    return 2;
  }
  std::unique_ptr<Lexicon> lexicon;
  const std::string dir = lexicon_dir.empty() ? Lexicon::DefaultDir() : lexicon_dir;
  if (Status s = Lexicon::Load(dir, *analyzer, &lexicon); !s.ok()) {
    std::fprintf(stderr, "marsad: lexicons in %s: %s\n", dir.c_str(), s.ToString().c_str());
    return 2;
  }
  std::unique_ptr<NerModel> ner;
  if (!no_ner) {
    const std::string path = ner_model.empty() ? NerModel::DefaultPath() : ner_model;
    if (Status s = NerModel::Load(path, &ner); !s.ok()) {
      std::fprintf(stderr, "marsad: NER model %s: %s (use --no-ner to run without it)\n", path.c_str(),
                   s.ToString().c_str());
      return 2;
    }
  }
  EntityTagger tagger(lexicon.get(), ner.get());
  return ForEachArticle(
      inputs, *analyzer,
      [&](const Article& article, const std::vector<Sentence>& sentences, std::string& out) {
        const EntityResult r = tagger.Tag(article, sentences);
        if (json) {
          out += EntitiesToJson(article, sentences, r);
          out += '\n';
        } else {
          PrintEntityTable(article, r, out);
        }
      });
}

// What marsad code and marsad explain load: the analyzer, the lexicons, the coder and (unless no_ner) the
// NER model; the CAMEO codebook too when cameo_codebook. Prints what failed and returns false.
struct Coding {
  std::unique_ptr<Analyzer> analyzer;
  std::unique_ptr<Lexicon> lexicon;
  std::unique_ptr<EventCoder> coder;
  std::unique_ptr<NerModel> ner;
  CameoCodebook codebook;
};

bool OpenCoding(const std::string& lexicon_dir, bool no_ner, bool cameo_codebook, Coding* c) {
  if (Status s = Analyzer::Open(AnalyzerOptions{}, &c->analyzer); !s.ok()) {
    std::fprintf(stderr, "marsad: %s\n", s.ToString().c_str());
    return false;
  }
  const std::string dir = lexicon_dir.empty() ? Lexicon::DefaultDir() : lexicon_dir;
  Status s = Lexicon::Load(dir, *c->analyzer, &c->lexicon);
  if (s.ok()) s = EventCoder::Open(dir, *c->analyzer, &c->coder);
  if (s.ok() && cameo_codebook) s = LoadCameoCodebook(dir, &c->codebook);
  if (!s.ok()) {
    std::fprintf(stderr, "marsad: lexicons in %s: %s\n", dir.c_str(), s.ToString().c_str());
    return false;
  }
  if (!no_ner) {
    if (s = NerModel::Load(NerModel::DefaultPath(), &c->ner); !s.ok()) {
      std::fprintf(stderr, "marsad: %s (use --no-ner to run without it)\n", s.ToString().c_str());
      return false;
    }
  }
  return true;
}

int RunCode(const std::vector<std::string>& inputs, const std::string& lexicon_dir, bool no_ner,
            const std::string& format_name) {
  EventFormat format = EventFormat::kJsonLines;
  if (!ParseEventFormat(format_name, &format)) {
    std::fprintf(stderr, "marsad: unknown format %s (jsonl, tsv or cameo)\n", format_name.c_str());
    return 2;
  }
  Coding c;
  if (!OpenCoding(lexicon_dir, no_ner, format == EventFormat::kCameo, &c)) return 2;
  EntityTagger tagger(c.lexicon.get(), c.ner.get());
  std::fputs(EventFormatHeader(format).c_str(), stdout);
  return ForEachArticle(
      inputs, *c.analyzer,
      [&](const Article& article, const std::vector<Sentence>& sentences, std::string& out) {
        const EntityResult entities = tagger.Tag(article, sentences);
        for (const Event& e : c.coder->Code(article, sentences, entities)) {
          out += FormatEvent(format, article, e, c.codebook);
        }
      });
}

int RunExplain(const std::vector<std::string>& inputs, const std::string& lexicon_dir, bool no_ner) {
  Coding c;
  if (!OpenCoding(lexicon_dir, no_ner, false, &c)) return 2;
  EntityTagger tagger(c.lexicon.get(), c.ner.get());
  return ForEachArticle(
      inputs, *c.analyzer,
      [&](const Article& article, const std::vector<Sentence>& sentences, std::string& out) {
        const EntityResult entities = tagger.Tag(article, sentences);
        std::vector<TriggerTrace> trace;
        const std::vector<Event> events = c.coder->Code(article, sentences, entities, &trace);
        out += ExplainArticle(article, sentences, entities, trace, events);
      });
}

int RunLexiconCheck(const std::string& lexicon_dir) {
  const std::string dir = lexicon_dir.empty() ? Lexicon::DefaultDir() : lexicon_dir;
  const std::vector<LexiconIssue> issues = Lexicon::Check(dir);
  std::size_t errors = 0, warnings = 0;
  for (const auto& issue : issues) {
    std::printf("%s\n", issue.ToString().c_str());
    (issue.error ? errors : warnings)++;
  }
  if (errors > 0) {
    std::printf("lexicon check: %s: %zu error(s), %zu warning(s)\n", dir.c_str(), errors, warnings);
    return 1;
  }
  std::unique_ptr<Analyzer> analyzer;
  if (Status s = Analyzer::Open(AnalyzerOptions{}, &analyzer); !s.ok()) {
    std::fprintf(stderr, "marsad: %s\n", s.ToString().c_str());
    return 2;
  }
  const auto start = std::chrono::steady_clock::now();
  std::unique_ptr<Lexicon> lexicon;
  if (Status s = Lexicon::Load(dir, *analyzer, &lexicon); !s.ok()) {
    std::printf("lexicon check: %s\n", s.ToString().c_str());
    return 1;
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf(
      "lexicon check: %s: ok, %zu entries, %zu distinct phrases, %zu warning(s); compiled in %.2f s\n",
      dir.c_str(), lexicon->entry_count(), lexicon->phrase_count(), warnings, seconds);
  return 0;
}

}  // namespace
}  // namespace marsad

int main(int argc, char** argv) {
  CLI::App app{"marsad: Arabic news in, political event data out (who did what to whom, when and where)"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "marsad 0.1.0");

  std::vector<std::string> inputs;
  bool json = false, no_hunspell = false;
  CLI::App* analyze = app.add_subcommand(
      "analyze",
      "Split articles into sentences and tokens and print each token's offsets, normalised form, clitic "
      "segments, stem and lemma");
  analyze->add_option("inputs", inputs, "Files, directories (recursive) or - for stdin; .gz is read as is")
      ->required();
  analyze->add_flag("--json", json, "One JSON object per article instead of a table");
  analyze->add_flag("--no-hunspell", no_hunspell, "Do not load the hunspell dictionary (no lemmas)");
  analyze->footer(
      "Offsets are bytes into the article text: for a plain-text file the file itself; for a JSON record its "
      "title, a blank line, then its content (see body_span).\nExit status: 0 ok, 1 some input skipped, 2 "
      "error.");

  std::vector<std::string> entity_inputs;
  bool entity_json = false;
  std::string lexicon_dir;
  CLI::App* entities = app.add_subcommand(
      "entities",
      "Find the people, organisations, countries, places and dates in articles, with codes, sectors and "
      "coreference");
  entities->add_option("inputs", entity_inputs, "Files, directories (recursive) or - for stdin")->required();
  entities->add_flag("--json", entity_json, "One JSON object per article instead of a table");
  entities->add_option("--lexicons", lexicon_dir,
                       "Lexicon directory (default: $MARSAD_LEXICONS or lexicons/)");
  bool no_ner = false;
  std::string ner_model;
  entities->add_flag("--no-ner", no_ner, "Lexicons and composition only, without the statistical tagger");
  entities->add_option("--ner-model", ner_model,
                       "NER model (default: $MARSAD_NER_MODEL or models/ner-anercorp.bin)");

  std::vector<std::string> code_inputs;
  bool code_no_ner = false;
  CLI::App* code_command = app.add_subcommand(
      "code",
      "Code political events (who did what to whom, when, where): JSON Lines, one event a line, or a table "
      "(--format)");
  code_command->add_option("inputs", code_inputs, "Files, directories (recursive) or - for stdin")
      ->required();
  code_command->add_option("--lexicons", lexicon_dir,
                           "Lexicon directory (default: $MARSAD_LEXICONS or lexicons/)");
  code_command->add_flag("--no-ner", code_no_ner, "Without the statistical NER tagger");
  std::string code_format = "jsonl";
  code_command
      ->add_option("--format", code_format,
                   "jsonl: one JSON object per event; tsv: a GDELT-style table, one row per event; cameo: "
                   "PETRARCH-style dyads in the tsv layout (a visit becomes 042 and 043 rows)")
      ->check(CLI::IsMember({"jsonl", "tsv", "cameo"}))
      ->capture_default_str();

  std::vector<std::string> explain_inputs;
  bool explain_no_ner = false;
  CLI::App* explain = app.add_subcommand(
      "explain",
      "Show how events were coded: each sentence's entity mentions and how they were found, every trigger "
      "the coder tried (table row, roles, outcome), then the article's events");
  explain->add_option("inputs", explain_inputs, "Files, directories (recursive) or - for stdin")->required();
  explain->add_option("--lexicons", lexicon_dir,
                      "Lexicon directory (default: $MARSAD_LEXICONS or lexicons/)");
  explain->add_flag("--no-ner", explain_no_ner, "Without the statistical NER tagger");

  CLI::App* lexicon = app.add_subcommand("lexicon", "Work with the lexicon tables");
  lexicon->require_subcommand(1);
  std::string check_dir;
  CLI::App* check = lexicon->add_subcommand(
      "check", "Validate every lexicon table and report problems with file and line; exit 1 on errors");
  check->add_option("dir", check_dir, "Lexicon directory (default: $MARSAD_LEXICONS or lexicons/)");

  std::function<int()> ner_run;
  marsad::AddNerCommands(app, &ner_run);
  std::function<int()> events_run;
  marsad::AddEventsCommands(app, &events_run);
  std::function<int()> store_run;
  marsad::AddStoreCommands(app, &store_run);
  marsad::AddSeriesCommand(app, &store_run);
  std::function<int()> search_run;
  marsad::AddSearchCommands(app, &search_run);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  if (*analyze) return marsad::RunAnalyze(inputs, json, no_hunspell);
  if (*entities) return marsad::RunEntities(entity_inputs, entity_json, lexicon_dir, no_ner, ner_model);
  if (*check) return marsad::RunLexiconCheck(check_dir);
  if (*code_command) return marsad::RunCode(code_inputs, lexicon_dir, code_no_ner, code_format);
  if (*explain) return marsad::RunExplain(explain_inputs, lexicon_dir, explain_no_ner);
  if (ner_run) return ner_run();
  if (events_run) return events_run();
  if (store_run) return store_run();
  if (search_run) return search_run();
  return 2;
}
