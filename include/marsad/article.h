// Articles and how they are read.
//
// An Article is one news report with its metadata. Its `text` holds the report exactly as it will be quoted:
// for a plain-text file, the whole file (after invalid UTF-8 was replaced, see below); for a JSON record, the
// title, a blank line and the body. `title_span`, `author_span` and `body_span` are byte ranges into `text`
// (empty when absent), so every later stage can point back at the bytes that justify what it found. For a
// plain-text file these are also byte offsets into the file itself.
//
// ReadArticles() walks files, directories (recursively, in sorted order) and "-" (standard input), gunzips
// transparently (by magic bytes, not by name), detects the format of each file from its content (plain
// text, JSON Lines with the SaudiNewsNet or news-please fields, a JSON array of such objects, an HTML page,
// a WARC crawl, a zip archive of any of these) and hands every article to a callback. JSON Lines are
// streamed: each record is handed on as soon as its line has been read, so memory is bounded by the longest
// record, not by the file. Bad input never stops the run: each problem becomes a Diagnostic (file, line,
// what, what was done) and the counts in ReadStats say how much was read, repaired and skipped.
#ifndef MARSAD_ARTICLE_H_
#define MARSAD_ARTICLE_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/status.h"

namespace marsad {

// A half-open byte range [begin, end) into a string.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool empty() const { return end <= begin; }
  std::size_t size() const { return empty() ? 0 : end - begin; }
};

struct Article {
  std::string id;      // 16 hex digits: a hash of the title and body, stable across formats and runs
  std::string text;    // title + body as quoted evidence (see file comment); valid UTF-8
  Span title_span;     // the headline within `text`
  Span author_span;    // the byline within `text` (plain text only; JSON authors are metadata)
  Span body_span;      // the report itself within `text`
  std::string author;  // from the byline or the record's author field, "" if none
  std::string source;  // outlet: "aawsat", a news-please source_domain, or "" for plain files
  std::string url;
  std::string date;      // publication or extraction date as given ("2015-07-21 02:51:32"), "" if unknown
  std::string language;  // as declared by the record, "" if not declared
  std::string origin;    // where it came from: "path/file.jsonl.gz:17" (line) or "path/file.txt"
                         // or "path/file.json[#3]" (0-based index in a JSON array); "<stdin>" for "-";
                         // "crawl.warc.gz#5" (the 5th record, from 1); "a.zip:dir/b.jsonl:3" (a member)

  std::string_view title() const { return View(title_span); }
  std::string_view body() const { return View(body_span); }
  std::string_view View(Span s) const {
    return s.empty() ? std::string_view() : std::string_view(text).substr(s.begin, s.size());
  }
};

// Computes Article::id from a title and body: FNV-1a 64 of both with surrounding whitespace trimmed.
std::string ArticleId(std::string_view title, std::string_view body);

// Builds an article from a title and a body (JSON records): text = title "\n\n" body, spans set, id computed.
Article MakeArticle(std::string_view title, std::string_view body);

// Splits a plain-text document into title (first non-empty line), optional byline (the next non-empty line if
// it is one: "كتب:", "كتبت:", "بقلم", "By ...") and body (the rest). `text` must already be valid UTF-8.
Article ParsePlainText(std::string text);

struct Diagnostic {
  enum class Severity { kNote, kWarning, kSkipped };
  Severity severity = Severity::kWarning;
  std::string where;    // "file" or "file:line"
  std::string message;  // what was wrong and what was done about it
};

struct ReadStats {
  std::size_t files = 0;             // files opened
  std::size_t articles = 0;          // articles handed to the callback
  std::size_t skipped_files = 0;     // files that gave no article at all (empty, binary, unreadable)
  std::size_t skipped_records = 0;   // records inside a file that were dropped (bad JSON, no text)
  std::size_t repaired_bytes = 0;    // invalid UTF-8 sequences replaced by U+FFFD
  std::size_t removed_nuls = 0;      // NUL bytes dropped
  std::size_t transcoded_files = 0;  // files converted from another charset (e.g. windows-1256)
  std::size_t skipped_payloads = 0;  // crawl (WARC) records that hold no article: images, scripts, redirects,
                                     // errors. Not damage: a crawl is mostly such records.
  bool AnythingSkipped() const { return skipped_files > 0 || skipped_records > 0; }
};

struct ReadOptions {
  // Articles longer than this (bytes of text) are cut at a character boundary and a warning is issued.
  // 0 means no limit.
  std::size_t max_article_bytes = 64u << 20;
  // JSON Lines are streamed record by record, in memory that does not grow with the file. A JSON array, a
  // plain-text article and a file in another charset (UTF-16, windows-1256) must be read whole; of such a
  // document only this many decoded bytes are read, cut at the end of a line, with a warning (uncompressed
  // bytes given to ReadArticlesFromBuffer are in memory already and read whole). 0 means no limit.
  std::size_t max_whole_document_bytes = std::size_t{512} << 20;
  // Called after each chunk read from a file on disk with the bytes read from it so far and its size (for
  // progress and ETA; gzip files count their compressed bytes).
  std::function<void(const std::string& file, std::uint64_t bytes_read, std::uint64_t file_size)>
      on_file_progress;
};

// Returns false from the callback to stop reading early.
using ArticleCallback = std::function<bool(Article&&)>;
using DiagnosticCallback = std::function<void(const Diagnostic&)>;

// Reads every article under `inputs` (files, directories, "-" for stdin). Returns a non-OK status only when
// nothing could be read at all because of the caller (no inputs given); per-file problems go to
// `on_diagnostic`.
Status ReadArticles(const std::vector<std::string>& inputs, const ReadOptions& options,
                    const ArticleCallback& on_article, const DiagnosticCallback& on_diagnostic,
                    ReadStats* stats);

// Reads articles from one in-memory document named `name` for messages. Counts as one file in `stats`. Gzip
// data is recognised by its magic bytes and inflated here too, although callers normally pass plain bytes.
void ReadArticlesFromBuffer(std::string_view name, std::string buffer, const ReadOptions& options,
                            const ArticleCallback& on_article, const DiagnosticCallback& on_diagnostic,
                            ReadStats* stats);

}  // namespace marsad

#endif  // MARSAD_ARTICLE_H_
