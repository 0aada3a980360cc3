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

#include "marsad/analyzer.h"
#include "marsad/article.h"

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
  std::fprintf(stderr,
               "marsad: %zu article(s) from %zu file(s); skipped %zu file(s) and %zu record(s); "
               "%zu invalid UTF-8 sequence(s) replaced, %zu NUL byte(s) removed, %zu file(s) transcoded\n",
               s.articles, s.files, s.skipped_files, s.skipped_records, s.repaired_bytes, s.removed_nuls,
               s.transcoded_files);
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

int RunAnalyze(const std::vector<std::string>& inputs, bool json, bool no_hunspell) {
  AnalyzerOptions options;
  options.use_hunspell = !no_hunspell;
  std::unique_ptr<Analyzer> analyzer;
  if (Status s = Analyzer::Open(options, &analyzer); !s.ok()) {
    std::fprintf(stderr, "marsad: %s\n", s.ToString().c_str());
    return 2;
  }
  ReadStats stats;
  std::string out;
  auto on_article = [&](Article&& article) {
    const std::vector<Sentence> sentences = analyzer->Analyze(article);
    if (json) {
      out += AnalysisToJson(article, sentences);
      out += '\n';
    } else {
      PrintTable(article, sentences, out);
    }
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

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  if (*analyze) return marsad::RunAnalyze(inputs, json, no_hunspell);
  return 2;
}
