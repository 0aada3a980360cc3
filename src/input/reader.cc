// Reading articles from files, directories and standard input, in memory that does not grow with the input.
//
// The idea. An input is a stream of bytes of unknown length: a dump of several gigabytes piped in on stdin
// must cost no more memory than its largest record. So nothing is read whole unless its format demands it,
// and the first chunk of an input decides which case it is:
//
//   file, stdin, ─▶ ByteStream      ─▶ head: the first ─┬─▶ JSON Lines in UTF-8: LineSplitter, line by line
//   memory, zip     (gunzips a chunk    256 KiB decides  ├─▶ WARC: WarcReader, record by record (warc.cc)
//   member          at a time)          how to go on     ├─▶ zip: each member as an input of its own (zip.cc)
//                                                        └─▶ anything else: the whole document, up to a cap
//
// Every step that finds something wrong reports a Diagnostic and carries on with what it can:
//   1. bytes: ByteStream reads 256 KiB of raw bytes at a time and, when they start with the gzip magic,
//      inflates them with zlib a 256 KiB chunk at a time, member after member (`cat a.gz b.gz`). Corruption
//      and trailing garbage are reported where the stream reaches them, after the records decoded before.
//   2. the head (the first chunk, or all of a shorter input) is judged as the whole document used to be:
//      binary (from its first 8 KiB), UTF-16 (a BOM), perhaps windows-1256 (most of its non-ASCII bytes not
//      UTF-8), and its format: "WARC/1." a crawl and "PK\3\4" a zip archive (both before the binary test,
//      which their contents would fail), then from the first two non-space characters: '{"' JSON Lines, '[{'
//      a JSON array, '<!DOCTYPE html', '<html' and the like a web page (html.cc), anything else plain text.
//   3. JSON Lines in UTF-8 are streamed. LineSplitter holds a window of the input: the lines not yet handed
//      out and the chunk being split. Each line is repaired when it is complete (invalid sequences → U+FFFD,
//      NULs dropped: as no sequence spans a '\n', per line is the same as per file), parsed, and handed on as
//      an article before the next chunk is read. Peak memory: the longest line, its JSON, and two chunks.
//   4. Everything else needs the whole document: a JSON array is one value, a plain-text file one article,
//      and transcoding from UTF-16 or windows-1256 is decided on the whole. The rest of such a document is
//      read into the head's buffer, up to a cap (ReadOptions::max_whole_document_bytes), and read as it
//      always was: empty and binary checks, charset (transcoding with ICU, UTF-8 repair), then the format.
//      A web page is one article; it declares its charset, which html.cc honours instead of guessing.
//   5. A WARC crawl is streamed a record at a time: records that cannot hold a page (images, requests,
//      redirects) are skipped without being held and counted in one note per file; each HTML or text page
//      becomes an article (url: the target URI, origin "file.warc.gz#record"). A zip archive is opened with
//      libzip where it lies on disk (its directory is at the end; from stdin or gzip it is read whole, up to
//      the cap) and each member goes through this whole process as "archive.zip:member".
// Reading whole and streaming agree on articles and diagnostics but for what streaming cannot know ahead: a
// streamed file reports the count of its UTF-8 repairs after its last record (only then is the total known);
// the charset of JSON Lines is judged on the head (later lines in another charset are repaired, not
// transcoded); a binary file is skipped from its head, without inflating the rest to find damage there.
// Every step is one pass over the data. Nothing here throws: exceptions (in practice only bad_alloc) are
// turned into diagnostics at the top.
#include "marsad/article.h"

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <exception>
#include <filesystem>
#include <functional>
#include <initializer_list>
#include <iterator>
#include <map>
#include <memory>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include <zlib.h>
#include <nlohmann/json.hpp>

#include "input/charset.h"
#include "input/html.h"
#include "input/warc.h"
#include "input/zip.h"
#include "marsad/utf8.h"

namespace marsad {
namespace {

namespace fs = std::filesystem;
using input::MostlyArabic;
using input::MostlyInvalidUtf8;
using input::Transcode;
using json = nlohmann::json;
using Severity = Diagnostic::Severity;

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kStdinName = "<stdin>";

// Raw bytes are read, and decoded bytes handed out, this many at a time. The first chunk of decoded bytes is
// the head that decides how the rest of an input is read.
constexpr std::size_t kChunkBytes = std::size_t{256} << 10;

// Only the start of a file is examined for binary content: enough to recognise images, archives and
// executables, and cheap for huge files.
constexpr std::size_t kBinaryWindow = 8192;

bool IsGzip(std::string_view data) {
  return data.size() >= 2 && static_cast<unsigned char>(data[0]) == 0x1F &&
         static_cast<unsigned char>(data[1]) == 0x8B;
}

bool IsUtf16Bom(std::string_view data) {
  return data.starts_with("\xFF\xFE") || data.starts_with("\xFE\xFF");
}

std::string Plural(std::size_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

std::string At(std::string_view name, std::size_t line) {
  return std::string(name) + ":" + std::to_string(line);
}

std::size_t LineOf(std::string_view data, std::size_t offset) {
  return 1 + static_cast<std::size_t>(std::count(data.begin(), data.begin() + offset, '\n'));
}

// Control bytes other than the usual layout ones, or more than a few NULs, mean this is not text. Isolated
// NULs are tolerated (and removed later): they turn up in scraped text that is otherwise fine.
bool LooksBinary(std::string_view data) {
  const std::size_t window = std::min(data.size(), kBinaryWindow);
  std::size_t control = 0;
  std::size_t nuls = 0;
  for (std::size_t i = 0; i < window; ++i) {
    const auto b = static_cast<unsigned char>(data[i]);
    if (b == 0) {
      ++nuls;
    } else if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
      ++control;
    }
  }
  // A handful of stray bytes in a short text file is damage to repair, not a sign of binary data.
  const std::size_t odd = control + nuls;
  return (nuls >= 4 && nuls * 100 > window) || (odd >= 4 && odd * 10 > window);
}

enum class Format { kPlainText, kJsonLines, kJsonArray };

// Looks at the first two non-space characters, not only the first: a headline may well start with "[" or
// "{" ("[عاجل] ..."), while JSON records start with '{"' and arrays of them with '[{'.
Format DetectFormat(std::string_view data) {
  const std::string_view text = utf8::TrimSpace(data);  // also skips a BOM
  if (text.empty()) return Format::kPlainText;
  const std::string_view next = utf8::TrimSpace(text.substr(1));
  if (text[0] == '{' && (next.empty() || next[0] == '"' || next[0] == '}')) return Format::kJsonLines;
  if (text[0] == '[' && (next.empty() || next[0] == '{' || next[0] == ']')) return Format::kJsonArray;
  return Format::kPlainText;
}

// The end of the JSON value starting at data[i]: the position of the ',' or ']' that follows it outside any
// string or nesting, or data.size(). Does not validate; the parser does that for the element alone, so one
// broken element costs only itself.
std::size_t EndOfJsonValue(std::string_view data, std::size_t i) {
  int depth = 0;
  bool in_string = false;
  for (; i < data.size(); ++i) {
    const char c = data[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']') {
      if (depth > 0) {
        --depth;
      } else if (c == ']') {
        return i;
      }
    } else if (c == ',' && depth == 0) {
      return i;
    }
  }
  return data.size();
}

// The first of `keys` whose value is a string with more than whitespace in it, trimmed; "" if none. Null and
// non-string values count as absent.
std::string_view Field(const json& record, std::initializer_list<const char*> keys) {
  for (const char* key : keys) {
    const auto it = record.find(key);
    if (it == record.end() || !it->is_string()) continue;
    const std::string_view value = utf8::TrimSpace(it->get_ref<const json::string_t&>());
    if (!value.empty()) return value;
  }
  return {};
}

// news-please gives "authors" as a list of names.
std::string JoinAuthors(const json& record) {
  const auto it = record.find("authors");
  if (it == record.end() || !it->is_array()) return "";
  std::string joined;
  for (const json& name : *it) {
    if (!name.is_string()) continue;
    const std::string_view trimmed = utf8::TrimSpace(name.get_ref<const json::string_t&>());
    if (trimmed.empty()) continue;
    if (!joined.empty()) joined += ", ";
    joined += trimmed;
  }
  return joined;
}

// JSON escapes ("\u0000") can put NULs into strings after the byte-level clean-up; drop them here too.
// Returns `s` itself when it has none, so large bodies are not copied.
std::string_view DropNuls(std::string_view s, std::string* storage, std::size_t* removed) {
  if (s.find('\0') == std::string_view::npos) return s;
  storage->clear();
  for (const char c : s) {
    if (c == '\0') {
      ++*removed;
    } else {
      *storage += c;
    }
  }
  return *storage;
}

// The decoded bytes of one input, a chunk at a time. Raw bytes come from a FILE (a file or stdin; not owned),
// from a RawSource (a zip member) or from memory; when they start with the gzip magic they are inflated on
// the way, every member of them (concatenated members are what `cat a.gz b.gz` and many crawlers produce).
//
// Problems are reported to a sink, once each, in the words the reader has always used. Warnings wait for
// ReportPending(), which the reader calls once it has used the bytes decoded before the problem, so that they
// come after the records read from those bytes. `skipped` is reported at once: the input turned out to give
// nothing at all (corrupt gzip before the first decoded byte), and skipped() says so afterwards.
class ByteStream {
 public:
  using ProblemSink = std::function<void(bool skipped, std::string message)>;
  // Reads up to `n` raw bytes into `out`; fewer only at the end of the input or on an error, which it
  // describes in *error.
  using RawSource = std::function<std::size_t(char* out, std::size_t n, std::string* error)>;

  ByteStream(std::FILE* file, ProblemSink on_problem)
      : ByteStream(
            [file](char* out, std::size_t n, std::string* error) {
              const std::size_t got = std::fread(out, 1, n, file);
              if (got < n && std::ferror(file)) *error = "read error";
              return got;
            },
            std::move(on_problem)) {}
  ByteStream(RawSource source, ProblemSink on_problem)
      : source_(std::move(source)), raw_(kChunkBytes, '\0'), on_problem_(std::move(on_problem)) {}
  ByteStream(std::string memory, ProblemSink on_problem)
      : memory_(std::move(memory)), on_problem_(std::move(on_problem)), input_done_(true) {
    next_ = memory_.data();
    end_ = memory_.data() + memory_.size();
    raw_total_ = memory_.size();
  }
  ~ByteStream() {
    if (zlib_ready_) inflateEnd(&zs_);
  }
  ByteStream(const ByteStream&) = delete;
  ByteStream& operator=(const ByteStream&) = delete;

  // Reads the first bytes and looks for the gzip magic. Returns false when not one byte could be read because
  // of a read error, which the caller reports.
  bool Open() {
    while (Unread() < 2 && Fill()) {
    }
    if (read_error_ && raw_total_ == 0) return false;
    if (IsGzip(std::string_view(next_, Unread()))) {
      gzip_ = true;
      zlib_ready_ = inflateInit2(&zs_, 16 + MAX_WBITS) == Z_OK;
      if (!zlib_ready_) Fail("cannot initialise zlib");
    }
    return true;
  }

  // Appends the next chunk of decoded bytes (at most kChunkBytes) to *out. Returns false, appending nothing,
  // once everything has been handed out.
  bool Append(std::string* out) {
    std::size_t n = 0;
    if (finished_) {
      // Nothing more.
    } else if (!gzip_) {
      if (Unread() > 0 || Fill()) {
        n = std::min(Unread(), kChunkBytes);
        out->append(next_, n);
        next_ += n;
      } else {
        finished_ = true;
      }
    } else {
      const std::size_t start = out->size();
      out->resize(start + kChunkBytes);
      n = Inflate(out->data() + start, kChunkBytes);  // fills the whole chunk unless the stream has finished
      out->resize(start + n);
    }
    return n > 0;
  }

  // Reports the warnings held back so far: about the bytes after those handed out.
  void ReportPending() {
    for (std::string& message : pending_) {
      if (on_problem_) on_problem_(false, std::move(message));
    }
    pending_.clear();
  }

  // Hands over the whole input at once, without a copy, when it is uncompressed bytes in memory (then the
  // stream is finished); false otherwise. Everything, from the first byte on, whatever was appended before.
  bool TakeAll(std::string* out) {
    if (source_ || gzip_) return false;
    *out = std::move(memory_);
    next_ = end_ = nullptr;
    finished_ = true;
    return true;
  }

  bool gzip() const { return gzip_; }
  bool skipped() const { return skipped_; }

 private:
  std::size_t Unread() const { return static_cast<std::size_t>(end_ - next_); }

  // Reads more raw bytes from the file after those not used yet. Returns false when there were none.
  bool Fill() {
    if (input_done_) return false;
    const std::size_t left = Unread();
    if (left > 0) std::memmove(raw_.data(), next_, left);
    const std::size_t want = raw_.size() - left;
    std::string error;
    const std::size_t n = source_(raw_.data() + left, want, &error);
    next_ = raw_.data();
    end_ = raw_.data() + left + n;
    raw_total_ += n;
    if (n < want) {
      input_done_ = true;
      if (!error.empty()) {
        read_error_ = true;
        if (raw_total_ > 0) {
          Problem(false, error + "; using the " + Plural(raw_total_, "byte", "bytes") + " read");
        }
      }
    }
    return n > 0;
  }

  // Inflates into out[0, room) until it is full or the stream has finished. Returns the bytes produced.
  std::size_t Inflate(char* out, std::size_t room) {
    // zlib counts in 32-bit uInt; memory input is fed in pieces no larger than this.
    constexpr std::size_t kMaxPiece = std::size_t{1} << 30;
    std::size_t produced = 0;
    while (produced < room && !finished_) {
      if (Unread() == 0) Fill();  // even at the end of the input inflate is called: it may hold output back
      const std::size_t given = std::min(Unread(), kMaxPiece);
      zs_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(next_));
      zs_.avail_in = static_cast<uInt>(given);
      zs_.next_out = reinterpret_cast<Bytef*>(out + produced);
      zs_.avail_out = static_cast<uInt>(room - produced);
      const int ret = inflate(&zs_, Z_NO_FLUSH);
      const std::size_t used = given - zs_.avail_in;
      const std::size_t made = room - produced - zs_.avail_out;
      next_ += used;
      produced += made;
      decoded_total_ += made;
      if (ret == Z_STREAM_END) {
        StartNextMember();
      } else if (ret != Z_OK && ret != Z_BUF_ERROR) {
        Fail(zs_.msg ? zs_.msg : "zlib error " + std::to_string(ret));
      } else if (zs_.avail_out != 0 && Unread() == 0 && input_done_) {
        Fail("unexpected end of data");
      } else if (used == 0 && made == 0 && Unread() > 0) {
        Fail("no progress");  // cannot happen with room on both sides, but never loop forever
      }
    }
    return produced;
  }

  // A member has ended. Another may follow; zero padding after the last one is common after tape-style
  // writes and ignored silently, as gzip does; anything else is reported.
  void StartNextMember() {
    while (Unread() < 2 && Fill()) {
    }
    if (Unread() == 0) {
      finished_ = true;
      return;
    }
    if (IsGzip(std::string_view(next_, Unread()))) {
      inflateReset(&zs_);
      return;
    }
    bool garbage = false;
    do {
      garbage = std::string_view(next_, Unread()).find_first_not_of('\0') != std::string_view::npos;
      next_ = end_;
    } while (!garbage && Fill());
    if (garbage) Problem(false, "data after the end of the gzip stream ignored");
    finished_ = true;
  }

  void Fail(const std::string& error) {
    finished_ = true;
    if (decoded_total_ == 0) {
      skipped_ = true;
      Problem(true, "corrupt gzip data (" + error + "); skipped");
    } else {
      Problem(false, "corrupt gzip data (" + error + ") after " + Plural(decoded_total_, "byte", "bytes") +
                         "; reading what was decoded");
    }
  }

  void Problem(bool skipped, std::string message) {
    if (!skipped) {
      pending_.push_back(std::move(message));
    } else if (on_problem_) {
      on_problem_(true, std::move(message));
    }
  }

  RawSource source_;    // empty for memory input
  std::string memory_;  // the input itself, for memory input
  std::string raw_;     // raw bytes read from source_
  ProblemSink on_problem_;
  std::vector<std::string> pending_;  // warnings for bytes not handed out yet
  const char* next_ = nullptr;        // [next_, end_): raw bytes not used yet, in raw_ or memory_
  const char* end_ = nullptr;
  std::size_t raw_total_ = 0;      // raw bytes read so far
  std::size_t decoded_total_ = 0;  // bytes inflated so far
  bool input_done_ = false;        // no more raw bytes to read
  bool read_error_ = false;
  bool gzip_ = false;
  bool zlib_ready_ = false;
  bool finished_ = false;  // Append has nothing more to give
  bool skipped_ = false;
  z_stream zs_{};
};

// Splits a document into lines as its bytes arrive, and with `repair` makes each line valid UTF-8 without
// NULs when it is complete, counting what it did. Its buffer is a window on the input:
//   [0, begin_)          lines handed out, dropped once they fill half the buffer;
//   [begin_, complete_)  complete lines still to hand out, repaired, each ending in '\n' but the last one;
//   [complete_, size)    bytes still to split, with no '\n' before scan_.
// It holds the longest line and a chunk or two, never the whole input (unless that is one line).
class LineSplitter {
 public:
  struct Repairs {
    utf8::RepairCounts counts;
    std::size_t first_invalid_line = 0;  // the line of the first invalid sequence, if any
    std::size_t first_nul_line = 0;      // the line of the first NUL, if any
  };

  // `text` is the start of the document (all of it when `more` is null); `more` gives the rest. A byte order
  // mark at the start is skipped.
  LineSplitter(std::string text, ByteStream* more, bool repair)
      : buf_(std::move(text)), more_(more), repair_(repair) {
    if (std::string_view(buf_).starts_with(kBom)) begin_ = complete_ = scan_ = kBom.size();
  }

  // Sets *line to the next line, without its '\n', and returns true; false at the end of the input. The view
  // is valid until the next call of Next or ParseToEnd.
  bool Next(std::string_view* line) {
    if (begin_ == complete_) {
      Compact();
      if (!Complete()) return false;
    }
    const std::size_t end = std::min(buf_.find('\n', begin_), complete_);
    line_start_ = begin_;
    *line = std::string_view(buf_).substr(begin_, end - begin_);
    begin_ = end < complete_ ? end + 1 : end;
    ++line_number_;
    return true;
  }

  // The number of the line last returned by Next, from 1.
  std::size_t line_number() const { return line_number_; }

  // Parses everything from the start of the line last returned to the end of the input as one JSON value
  // (discarded if it is not one). Lines read ahead for this are still handed out by Next afterwards. The
  // parser stops at the first error, so only as much is read ahead as still reads as JSON.
  json ParseToEnd() { return json::parse(Lookahead(this, line_start_), Lookahead(), nullptr, false); }

  const Repairs& repairs() const { return repairs_; }

 private:
  // A single-pass iterator over the input from a position on, completing lines as the parser asks for bytes.
  class Lookahead {
   public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = char;

    Lookahead() = default;  // the end
    Lookahead(LineSplitter* lines, std::size_t at) : lines_(lines), at_(at) {}
    char operator*() const { return lines_->buf_[at_]; }
    Lookahead& operator++() {
      ++at_;
      return *this;
    }
    Lookahead operator++(int) {
      Lookahead old = *this;
      ++at_;
      return old;
    }
    bool operator==(const Lookahead& other) const { return AtEnd() == other.AtEnd(); }

   private:
    bool AtEnd() const {
      if (lines_ == nullptr) return true;
      while (at_ >= lines_->complete_) {
        if (!lines_->Complete()) return true;
      }
      return false;
    }

    LineSplitter* lines_ = nullptr;
    std::size_t at_ = 0;
  };

  // Moves one more line into the complete region, reading input until the line's '\n' or the end arrives.
  // Returns false at the end of the input.
  bool Complete() {
    std::size_t eol = buf_.find('\n', scan_);
    while (eol == std::string::npos && more_ != nullptr) {
      scan_ = buf_.size();
      // The lines before this one have been handed out (unless ParseToEnd reads ahead): problems met after
      // their bytes are reported now.
      more_->ReportPending();
      if (!more_->Append(&buf_)) {
        more_->ReportPending();
        more_ = nullptr;
        break;
      }
      eol = buf_.find('\n', scan_);
    }
    std::size_t end = eol == std::string::npos ? buf_.size() : eol + 1;
    if (end == complete_) return false;
    ++lines_completed_;
    if (repair_) end = RepairLine(complete_, end);
    complete_ = scan_ = end;
    return true;
  }

  // Repairs buf_[from, to), the line numbered lines_completed_, in place. Returns where the line now ends.
  std::size_t RepairLine(std::size_t from, std::size_t to) {
    const std::string_view line = std::string_view(buf_).substr(from, to - from);
    if (utf8::FirstInvalid(line) == std::string_view::npos && line.find('\0') == std::string_view::npos) {
      return to;
    }
    utf8::RepairCounts counts;
    const std::string repaired = utf8::Repair(line, &counts);
    if (counts.invalid_sequences > 0 && repairs_.counts.invalid_sequences == 0) {
      repairs_.first_invalid_line = lines_completed_;
    }
    if (counts.nul_bytes > 0 && repairs_.counts.nul_bytes == 0) repairs_.first_nul_line = lines_completed_;
    repairs_.counts.invalid_sequences += counts.invalid_sequences;
    repairs_.counts.nul_bytes += counts.nul_bytes;
    buf_.replace(from, to - from, repaired);
    return from + repaired.size();
  }

  // Drops the lines handed out once they fill half the buffer, so that moving the rest costs no more than
  // reading it did. Only while more input may come: otherwise the buffer will not grow again.
  void Compact() {
    if (more_ == nullptr || begin_ == 0 || begin_ * 2 < buf_.size()) return;
    buf_.erase(0, begin_);
    complete_ -= begin_;
    scan_ -= begin_;
    begin_ = 0;
  }

  std::string buf_;
  ByteStream* more_;
  bool repair_;
  std::size_t begin_ = 0;
  std::size_t complete_ = 0;
  std::size_t scan_ = 0;
  std::size_t line_start_ = 0;       // where the line last returned by Next starts
  std::size_t line_number_ = 0;      // lines returned by Next
  std::size_t lines_completed_ = 0;  // lines moved into the complete region
  Repairs repairs_;
};

class Reader {
 public:
  Reader(const ReadOptions& options, const ArticleCallback& on_article,
         const DiagnosticCallback& on_diagnostic, ReadStats* stats)
      : options_(options), on_article_(on_article), on_diagnostic_(on_diagnostic), stats_(stats) {}

  // Each Read* returns false once the article callback has asked to stop (or failed), true otherwise.
  bool ReadInputSafely(const std::string& input) {
    return Guard(input, [&] { return ReadInput(input); });
  }
  bool ReadBufferSafely(const std::string& name, std::string buffer) {
    return Guard(name, [&] {
      ++stats_->files;
      ByteStream stream(std::move(buffer), ProblemsOf(name));
      stream.Open();  // never fails in memory
      return ReadStream(name, stream, 0, "");
    });
  }

 private:
  // How the rest of an input is read, as its head says.
  enum class Route { kStreamJsonLines, kWholeDocument, kBinary, kWarc, kZip };

  // Zip archives inside zip archives are read to this depth: deeper nesting is a zip bomb, not a corpus.
  static constexpr int kMaxZipDepth = 3;

  // Runs `read`, turning an escaping exception into a skipped input rather than a crash or a throw.
  template <typename F>
  bool Guard(const std::string& where, F read) {
    try {
      return read();
    } catch (const std::exception& e) {
      ++stats_->skipped_files;
      Report(Severity::kSkipped, where, std::string("stopped reading: ") + e.what());
    } catch (...) {
      ++stats_->skipped_files;
      Report(Severity::kSkipped, where, "stopped reading: unknown error");
    }
    return !stopped_;
  }

  void Report(Severity severity, std::string where, std::string message) noexcept {
    if (!on_diagnostic_) return;
    try {
      on_diagnostic_(Diagnostic{severity, std::move(where), std::move(message)});
    } catch (...) {
      // A failing diagnostic sink must not take the reader down with it; there is nowhere left to report to.
    }
  }

  void SkipFile(const std::string& where, std::string message) {
    ++stats_->skipped_files;
    Report(Severity::kSkipped, where, std::move(message));
  }

  void SkipRecord(const std::string& where, std::string message) {
    ++stats_->skipped_records;
    Report(Severity::kSkipped, where, std::move(message));
  }

  // Where a ByteStream reading `name` reports its problems.
  ByteStream::ProblemSink ProblemsOf(const std::string& name) {
    return [this, name](bool skipped, std::string message) {
      if (skipped) {
        SkipFile(name, std::move(message));
      } else {
        Report(Severity::kWarning, name, std::move(message));
      }
    };
  }

  bool ReadInput(const std::string& input) {
    if (input == "-") return ReadStdin();
    std::error_code ec;
    const fs::file_status status = fs::status(input, ec);
    if (status.type() == fs::file_type::not_found) {
      SkipFile(input, "no such file or directory; skipped");
      return true;
    }
    if (ec) {
      SkipFile(input, "cannot access: " + ec.message() + "; skipped");
      return true;
    }
    if (fs::is_directory(status)) return ReadDirectory(input);
    return ReadFile(input);  // regular files, but also pipes such as <(zcat ...)
  }

  bool ReadDirectory(const std::string& dir) {
    std::vector<fs::path> files;
    std::error_code ec;
    fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
      SkipFile(dir, "cannot list directory: " + ec.message() + "; skipped");
      return true;
    }
    for (fs::recursive_directory_iterator end; it != end;) {
      std::error_code type_ec;
      if (it->path().filename().string().starts_with('.')) {
        // Hidden files are editor backups, VCS metadata and the like, never articles.
        if (it->is_directory(type_ec)) it.disable_recursion_pending();
      } else if (it->is_regular_file(type_ec)) {
        files.push_back(it->path());
      }
      it.increment(ec);
      if (ec) {
        Report(Severity::kWarning, dir, "stopped listing the directory: " + ec.message());
        break;
      }
    }
    if (files.empty()) Report(Severity::kNote, dir, "no files in directory");
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files) {
      if (!ReadFile(file.string())) return false;
    }
    return true;
  }

  bool ReadFile(const std::string& name) {
    std::FILE* file = std::fopen(name.c_str(), "rb");
    if (file == nullptr) {
      SkipFile(name, std::string("cannot open: ") + std::strerror(errno) + "; skipped");
      return true;
    }
    const std::unique_ptr<std::FILE, int (*)(std::FILE*)> closer(file, &std::fclose);
    ++stats_->files;
    std::error_code ec;
    std::uintmax_t size = fs::file_size(name, ec);
    if (ec) size = 0;  // a pipe, say: no size to plan for
    std::uint64_t bytes_read = 0;
    ByteStream stream(
        [&](char* out, std::size_t n, std::string* error) {
          const std::size_t got = std::fread(out, 1, n, file);
          if (got < n && std::ferror(file)) *error = "read error";
          bytes_read += got;
          if (options_.on_file_progress) options_.on_file_progress(name, bytes_read, size);
          return got;
        },
        ProblemsOf(name));
    if (!stream.Open()) {
      SkipFile(name, "read error; skipped");
      return true;
    }
    return ReadStream(name, stream, size, name);
  }

  bool ReadStdin() {
    const std::string name(kStdinName);
    ByteStream stream(stdin, ProblemsOf(name));
    if (!stream.Open()) {
      SkipFile(name, "read error; skipped");
      return true;
    }
    ++stats_->files;
    return ReadStream(name, stream, 0, "");
  }

  // Reads one input from its head on. `size_hint` is the size of the raw input when known, else 0; `path`
  // the file it is, when it is one on disk ("" for stdin, memory and zip members).
  bool ReadStream(const std::string& name, ByteStream& stream, std::uintmax_t size_hint,
                  const std::string& path) {
    std::string head;
    bool more = true;
    while (more && head.size() < kChunkBytes) more = stream.Append(&head);
    if (stream.skipped()) return true;  // already reported
    switch (RouteOf(head, /*whole=*/!more)) {
      case Route::kWarc:
        return ReadWarc(name, stream, std::move(head));
      case Route::kZip:
        return ReadZip(name, stream, std::move(head), size_hint, path);
      case Route::kStreamJsonLines: {
        LineSplitter lines(std::move(head), &stream, /*repair=*/true);
        const std::size_t articles_before = stats_->articles;
        const bool go_on = ReadJsonLines(name, lines);
        const LineSplitter::Repairs& repairs = lines.repairs();
        ReportRepairs(name, repairs.counts, repairs.first_invalid_line, repairs.first_nul_line);
        if (go_on && stats_->articles == articles_before) SkipFile(name, "no article in file");
        return go_on;
      }
      case Route::kBinary:
        // The same verdict as on the whole document, which is not read: it may be huge, and is of no use.
        stream.ReportPending();
        SkipFile(name, "binary file; skipped");
        return true;
      case Route::kWholeDocument:
        break;
    }
    std::string data;
    if (!stream.TakeAll(&data)) {
      data = std::move(head);
      ReadRest(name, stream, size_hint, &data);
    }
    return ReadDocument(name, std::move(data));
  }

  // Decides from the head of an input (`whole` when that is all of it) how to read the rest. JSON Lines in
  // UTF-8 are streamed; whatever the head cannot settle goes the safe way, whole, which judges everything
  // again on the whole document.
  static Route RouteOf(std::string_view head, bool whole) {
    // Containers first: their bytes (compressed members, images in a crawl) would look binary.
    if (input::LooksLikeWarc(head)) return Route::kWarc;
    if (input::LooksLikeZip(head)) return Route::kZip;
    if (IsUtf16Bom(head)) return Route::kWholeDocument;
    if (LooksBinary(head)) {
      // (Vertical tabs count towards binary but are spaces: a file of them is empty.)
      return utf8::TrimSpace(head).empty() ? Route::kWholeDocument : Route::kBinary;
    }
    // Judge complete characters only: a chunk may end inside one.
    std::string_view sample = head;
    if (!whole && !sample.empty())
      sample = sample.substr(0, utf8::TruncateAtBoundary(sample, sample.size() - 1));
    const bool invalid = utf8::FirstInvalid(sample) != std::string_view::npos;
    if (invalid && MostlyInvalidUtf8(sample)) return Route::kWholeDocument;  // perhaps windows-1256
    std::string repaired;
    if (invalid || sample.find('\0') != std::string_view::npos) {
      utf8::RepairCounts counts;
      repaired = utf8::Repair(sample, &counts);
      sample = repaired;
    }
    if (utf8::TrimSpace(sample).empty()) return Route::kWholeDocument;  // empty, or only spaces so far
    return DetectFormat(sample) == Format::kJsonLines ? Route::kStreamJsonLines : Route::kWholeDocument;
  }

  // Appends the rest of a document that must be read whole to *data (which holds its head), up to the cap.
  void ReadRest(const std::string& name, ByteStream& stream, std::uintmax_t size_hint, std::string* data) {
    const std::size_t cap = options_.max_whole_document_bytes;
    if (!stream.gzip() && size_hint > data->size()) {
      // One allocation for a large file: the decoded size is the file's size.
      const std::uintmax_t planned =
          cap > 0 ? std::min<std::uintmax_t>(size_hint, cap + kChunkBytes) : size_hint;
      data->reserve(static_cast<std::size_t>(planned));
    }
    while ((cap == 0 || data->size() <= cap) && stream.Append(data)) {
    }
    stream.ReportPending();
    if (cap == 0 || data->size() <= cap) return;
    // Cut at the end of a line where there is one, so that no line or character is cut in half; UTF-16 at a
    // whole code unit.
    std::size_t cut = cap;
    if (IsUtf16Bom(*data)) {
      cut &= ~std::size_t{1};
    } else if (const std::size_t eol = data->rfind('\n', cap - 1); eol != std::string::npos) {
      cut = eol + 1;
    }
    data->resize(cut);
    Report(Severity::kWarning, name,
           "larger than " + Plural(cap, "byte", "bytes") +
               " (max_whole_document_bytes), which a JSON array, " +
               "a plain-text article or a file in another charset must be read whole for; read the first " +
               Plural(cut, "byte", "bytes") + " only");
  }

  // A whole document, decoded from gzip: checked, converted to valid UTF-8 and read in its format.
  bool ReadDocument(const std::string& name, std::string data) {
    if (utf8::TrimSpace(data).empty()) {
      SkipFile(name, "empty file; skipped");
      return true;
    }
    // A web page declares its charset itself, so it is decoded by the HTML reader, not guessed here.
    if (input::LooksLikeHtml(data)) return ReadHtml(name, data);
    if (!DecodeCharset(name, &data)) return true;
    if (utf8::TrimSpace(data).empty()) {
      SkipFile(name, "empty file (nothing left after decoding); skipped");
      return true;
    }
    const Format format = DetectFormat(data);
    if (format == Format::kPlainText) return ReadPlainText(name, std::move(data));
    const std::size_t articles_before = stats_->articles;
    bool go_on;
    if (format == Format::kJsonLines) {
      LineSplitter lines(std::move(data), nullptr, /*repair=*/false);  // DecodeCharset has repaired it
      go_on = ReadJsonLines(name, lines);
    } else {
      go_on = ReadJsonArray(name, data);
    }
    if (go_on && stats_->articles == articles_before) SkipFile(name, "no article in file");
    return go_on;
  }

  // An HTML file: one article.
  bool ReadHtml(const std::string& name, std::string_view data) {
    const input::HtmlPage page = input::ExtractHtml(data, "", "");
    if (page.body.empty()) {
      SkipFile(name, "HTML page without text; skipped");
      return true;
    }
    Article article = ArticleFromPage(name, page);
    article.origin = name;
    return Emit(std::move(article));
  }

  // An article from a web page; notes on its charset and repairs are reported at `where`.
  Article ArticleFromPage(const std::string& where, const input::HtmlPage& page) {
    if (page.transcoded) ++stats_->transcoded_files;
    if (!page.charset_note.empty()) Report(Severity::kNote, where, page.charset_note);
    ReportDocumentRepairs(where, page.repairs);
    Article article = MakeArticle(page.title, page.body);
    article.author = page.author;
    article.source = page.source;
    article.url = page.url;
    article.date = page.date;
    article.language = page.language;
    return article;
  }

  // Counts and reports the repairs of a document whose line numbers are not known (a web page).
  void ReportDocumentRepairs(const std::string& where, const utf8::RepairCounts& counts) {
    if (counts.invalid_sequences > 0) {
      stats_->repaired_bytes += counts.invalid_sequences;
      Report(Severity::kWarning, where,
             Plural(counts.invalid_sequences, "invalid UTF-8 sequence", "invalid UTF-8 sequences") +
                 " replaced by U+FFFD");
    }
    if (counts.nul_bytes > 0) {
      stats_->removed_nuls += counts.nul_bytes;
      Report(Severity::kWarning, where, Plural(counts.nul_bytes, "NUL byte", "NUL bytes") + " removed");
    }
  }

  // Records of a crawl that hold no article (images, scripts, redirects, errors), counted by kind for one
  // note per file: a crawl has thousands of them, and they are not damage.
  struct NotArticles {
    std::map<std::string, std::size_t> kinds;
    std::size_t total = 0;
    std::size_t first_record = 0;
    void Add(std::size_t record, const std::string& kind) {
      ++kinds[kind];
      if (total++ == 0) first_record = record;
    }
    std::string Describe() const {
      std::vector<std::pair<std::string, std::size_t>> sorted(kinds.begin(), kinds.end());
      std::stable_sort(sorted.begin(), sorted.end(),
                       [](const auto& a, const auto& b) { return a.second > b.second; });
      std::string out;
      for (std::size_t i = 0; i < sorted.size() && i < 8; ++i) {
        out += (i > 0 ? ", " : "") + std::to_string(sorted[i].second) + " " + sorted[i].first;
      }
      if (sorted.size() > 8) out += ", ...";
      return out;
    }
  };

  // Whether a payload of this media type can be an article; counts it in *skipped when not. An unknown type
  // is let through and judged by its bytes.
  static bool ArticleMediaType(std::string_view media_type, std::size_t record, NotArticles* skipped) {
    if (media_type.empty() || media_type == "text/html" || media_type == "application/xhtml+xml" ||
        media_type == "text/plain") {
      return true;
    }
    skipped->Add(record, std::string(media_type.substr(0, 60)));
    return false;
  }

  // A WARC file (or .warc.gz), record by record: see warc.cc. Each HTML or plain-text page of a response
  // or resource record is an article.
  bool ReadWarc(const std::string& name, ByteStream& stream, std::string head) {
    const std::size_t articles_before = stats_->articles;
    NotArticles not_articles;
    const auto where = [&name](std::size_t record) {
      return record > 0 ? name + "#" + std::to_string(record) : name;
    };
    input::WarcReader warc(
        std::move(head),
        [&stream](std::string* out) {
          // Problems met after the bytes read so far are reported once those have been used.
          stream.ReportPending();
          return stream.Append(out);
        },
        [&](std::size_t record, bool lost, std::string message) {
          if (lost) {
            SkipRecord(where(record), std::move(message));
          } else {
            Report(Severity::kWarning, where(record), std::move(message));
          }
        },
        options_.max_whole_document_bytes);
    const auto want = [&](const input::WarcRecord& record, std::string_view start) {
      if (record.type == "response") {
        if (!record.target_uri.starts_with("http")) {
          not_articles.Add(record.number, "non-HTTP responses");  // dns: lookups, ftp: listings
          return false;
        }
        input::HttpResponse response;
        if (!input::ParseHttpHead(start, &response)) {
          // A head longer than the bytes shown is judged when the whole record is read.
          if (start.size() < record.length && start.starts_with("HTTP/")) return true;
          not_articles.Add(record.number, "responses that are not HTTP");
          return false;
        }
        if (response.status < 200 || response.status > 299) {
          not_articles.Add(record.number, "HTTP " + std::to_string(response.status));
          return false;
        }
        return ArticleMediaType(response.media_type, record.number, &not_articles);
      }
      if (record.type == "resource") {
        if (record.target_uri.starts_with("metadata:")) {
          not_articles.Add(record.number, "crawler logs");  // wget's and Heritrix's own files
          return false;
        }
        std::string media_type;
        std::string charset;
        input::ParseContentType(record.content_type, &media_type, &charset);
        return ArticleMediaType(media_type, record.number, &not_articles);
      }
      return false;  // warcinfo, request, metadata, revisit, conversion: never a page
    };
    input::WarcRecord record;
    bool go_on = true;
    while (go_on && warc.Next(want, &record)) {
      if (record.kept) go_on = ReadWarcRecord(where(record.number), record, &not_articles);
    }
    stream.ReportPending();
    if (not_articles.total > 0) {
      stats_->skipped_payloads += not_articles.total;
      Report(Severity::kNote, name,
             Plural(not_articles.total, "record", "records") + " without an article skipped (" +
                 not_articles.Describe() + "; the first is #" + std::to_string(not_articles.first_record) +
                 ")");
    }
    if (go_on && stats_->articles == articles_before) SkipFile(name, "no article in WARC file");
    return go_on;
  }

  // One response or resource record that may hold a page.
  bool ReadWarcRecord(const std::string& where, input::WarcRecord& record, NotArticles* not_articles) {
    std::string payload;
    std::string media_type;
    std::string charset;
    if (record.type == "response") {
      input::HttpResponse response;
      if (!input::ParseHttpHead(record.block, &response)) {
        SkipRecord(where, "HTTP response head without an end; skipped");
        return true;
      }
      if (response.status < 200 || response.status > 299) {
        not_articles->Add(record.number, "HTTP " + std::to_string(response.status));
        return true;
      }
      if (!ArticleMediaType(response.media_type, record.number, not_articles)) return true;
      std::string error;
      std::string warning;
      if (!input::DecodeHttpBody(record.block, response, options_.max_whole_document_bytes, &payload, &error,
                                 &warning)) {
        SkipRecord(where, error + "; skipped");
        return true;
      }
      if (!warning.empty()) Report(Severity::kWarning, where, warning);
      media_type = response.media_type;
      charset = response.charset;
    } else {
      payload = std::move(record.block);
      input::ParseContentType(record.content_type, &media_type, &charset);
    }
    record.block = std::string();  // one copy of the page at a time
    if (utf8::TrimSpace(payload).empty()) {
      not_articles->Add(record.number, "empty payloads");
      return true;
    }
    const bool html = media_type == "text/html" || media_type == "application/xhtml+xml" ||
                      (media_type.empty() && input::LooksLikeHtml(payload));
    if (!html && (IsGzip(payload) || LooksBinary(payload))) {
      not_articles->Add(record.number, "binary payloads");
      return true;
    }
    Article article;
    if (html) {
      const input::HtmlPage page = input::ExtractHtml(payload, charset, record.target_uri);
      if (page.body.empty()) {
        not_articles->Add(record.number, "pages without text");
        return true;
      }
      article = ArticleFromPage(where, page);
    } else {
      input::DecodedText text = input::DecodeDeclared(payload, charset);
      if (text.transcoded) ++stats_->transcoded_files;
      if (!text.note.empty()) Report(Severity::kNote, where, text.note);
      ReportDocumentRepairs(where, text.repairs);
      article = ParsePlainText(std::move(text.text));
      if (article.body().empty()) {
        not_articles->Add(record.number, "texts without a body");
        return true;
      }
    }
    article.url = record.target_uri;
    if (article.date.empty()) article.date = record.date;  // when it was crawled, if the page does not say
    if (article.source.empty()) article.source = input::HostOf(record.target_uri);
    article.origin = where;
    return Emit(std::move(article));
  }

  // A zip archive: each member is read as a file of its own, named "archive.zip:member".
  bool ReadZip(const std::string& name, ByteStream& stream, std::string head, std::uintmax_t size_hint,
               const std::string& path) {
    if (zip_depth_ >= kMaxZipDepth) {
      stream.ReportPending();
      SkipFile(name, "zip archive nested more than " + std::to_string(kMaxZipDepth) + " deep; skipped");
      return true;
    }
    std::string error;
    std::unique_ptr<input::ZipArchive> archive;
    if (!path.empty() && !stream.gzip()) {
      archive = input::ZipArchive::OpenFile(path, &error);  // read where it is, not loaded
    } else {
      // From stdin, memory, a gzip stream or another archive: the directory is at the end, so load it.
      std::string data;
      if (!stream.TakeAll(&data)) {
        data = std::move(head);
        ReadRest(name, stream, size_hint, &data);
      }
      archive = input::ZipArchive::OpenMemory(std::move(data), &error);
    }
    if (archive == nullptr) {
      SkipFile(name, "not a readable zip archive (" + error + "); skipped");
      return true;
    }
    if (archive->size() == 0) {
      SkipFile(name, "empty zip archive; skipped");
      return true;
    }
    ++zip_depth_;
    const std::unique_ptr<int, std::function<void(int*)>> depth_guard(&zip_depth_, [](int* d) { --*d; });
    for (std::size_t i = 0; i < archive->size(); ++i) {
      input::ZipArchive::Entry entry;
      if (!archive->Stat(i, &entry, &error)) {
        SkipFile(name + ":#" + std::to_string(i), "cannot read the zip entry (" + error + "); skipped");
        continue;
      }
      const std::string member_name = name + ":" + entry.name;
      const std::string_view base = std::string_view(entry.name).substr(entry.name.rfind('/') + 1);
      // Folders, and hidden files as in directories (macOS adds __MACOSX/._* companions to its archives).
      if (entry.directory || base.starts_with('.') || entry.name.starts_with("__MACOSX/")) continue;
      if (entry.encrypted) {
        SkipFile(member_name, "encrypted zip member; skipped");
        continue;
      }
      std::unique_ptr<input::ZipMember> member = archive->Open(i, &error);
      if (member == nullptr) {
        SkipFile(member_name, "cannot open the zip member (" + error + "); skipped");
        continue;
      }
      ++stats_->files;
      input::ZipMember* reading = member.get();
      ByteStream member_stream(
          [reading](char* out, std::size_t n, std::string* read_error) {
            return reading->Read(out, n, read_error);
          },
          ProblemsOf(member_name));
      if (!member_stream.Open()) {
        SkipFile(member_name, "read error; skipped");
        continue;
      }
      if (!ReadStream(member_name, member_stream, entry.size, "")) return false;
    }
    return true;
  }

  // Leaves *data as valid UTF-8 without NULs. Returns false when the document was skipped instead.
  bool DecodeCharset(const std::string& name, std::string* data) {
    const std::string_view bytes = *data;
    if (IsUtf16Bom(bytes)) {
      // Windows "Unicode" text. Checked before the binary test, which every UTF-16 file would fail.
      std::string converted;
      std::string error;
      if (!Transcode("UTF-16", bytes, &converted, &error)) {
        SkipFile(name, "cannot decode UTF-16 (" + error + "); skipped");
        return false;
      }
      *data = std::move(converted);
      ++stats_->transcoded_files;
      Report(Severity::kNote, name, "decoded from UTF-16");
    } else if (LooksBinary(bytes)) {
      SkipFile(name, "binary file; skipped");
      return false;
    }

    std::size_t first_invalid = utf8::FirstInvalid(*data);
    if (first_invalid != std::string::npos && MostlyInvalidUtf8(*data)) {
      std::string converted;
      std::string error;
      if (Transcode("windows-1256", *data, &converted, &error) && MostlyArabic(converted)) {
        *data = std::move(converted);
        first_invalid = std::string::npos;
        ++stats_->transcoded_files;
        Report(Severity::kNote, name, "not UTF-8; decoded as windows-1256");
      }
    }

    const std::size_t first_nul = data->find('\0');
    if (first_invalid == std::string::npos && first_nul == std::string::npos) return true;
    utf8::RepairCounts counts;
    std::string repaired = utf8::Repair(*data, &counts);
    ReportRepairs(name, counts, counts.invalid_sequences > 0 ? LineOf(*data, first_invalid) : 0,
                  counts.nul_bytes > 0 ? LineOf(*data, first_nul) : 0);
    *data = std::move(repaired);
    return true;
  }

  // Counts UTF-8 repairs and reports them, once per file, at the line of the first of each kind.
  void ReportRepairs(const std::string& name, const utf8::RepairCounts& counts,
                     std::size_t first_invalid_line, std::size_t first_nul_line) {
    if (counts.invalid_sequences > 0) {
      stats_->repaired_bytes += counts.invalid_sequences;
      Report(Severity::kWarning, At(name, first_invalid_line),
             Plural(counts.invalid_sequences, "invalid UTF-8 sequence", "invalid UTF-8 sequences") +
                 " replaced by U+FFFD (the first on this line)");
    }
    if (counts.nul_bytes > 0) {
      stats_->removed_nuls += counts.nul_bytes;
      Report(Severity::kWarning, At(name, first_nul_line),
             Plural(counts.nul_bytes, "NUL byte", "NUL bytes") + " removed (the first on this line)");
    }
  }

  bool ReadPlainText(const std::string& name, std::string data) {
    Article article = ParsePlainText(std::move(data));
    if (article.body().empty()) {
      // Only a headline and perhaps a byline: nothing to analyse.
      SkipFile(name,
               article.title().empty() ? "no text; skipped" : "empty content (only a headline); skipped");
      return true;
    }
    article.origin = name;
    return Emit(std::move(article));
  }

  bool ReadJsonLines(const std::string& name, LineSplitter& lines) {
    bool seen_a_line = false;
    std::string_view line;
    while (lines.Next(&line)) {
      line = utf8::TrimSpace(line);
      if (line.empty()) continue;
      json record = json::parse(line.data(), line.data() + line.size(), nullptr, /*allow_exceptions=*/false);
      if (record.is_discarded() && !seen_a_line) {
        // Perhaps not JSON Lines but one pretty-printed object spread over many lines.
        json whole = lines.ParseToEnd();
        if (whole.is_object()) return ReadRecord(whole, name);
      }
      seen_a_line = true;
      if (record.is_discarded()) {
        SkipRecord(At(name, lines.line_number()), "invalid JSON; line skipped");
        continue;
      }
      if (!ReadRecord(record, At(name, lines.line_number()))) return false;
    }
    return true;
  }

  bool ReadJsonArray(const std::string& name, std::string_view data) {
    std::size_t i = data.find('[') + 1;  // DetectFormat found it as the first non-space character
    const auto skip_space = [&] {
      while (i < data.size() && std::string_view(" \t\n\r").find(data[i]) != std::string_view::npos) ++i;
    };
    for (std::size_t index = 0;; ++index) {
      skip_space();
      if (i >= data.size()) {
        Report(Severity::kWarning, name,
               "the JSON array is not closed (file cut short?); read what was there");
        return true;
      }
      if (data[i] == ']') {
        ++i;
        break;
      }
      const std::size_t start = i;
      i = EndOfJsonValue(data, i);
      const std::string origin = name + "[#" + std::to_string(index) + "]";
      const json record =
          json::parse(data.data() + start, data.data() + i, nullptr, /*allow_exceptions=*/false);
      if (record.is_discarded()) {
        SkipRecord(origin, "invalid JSON; array element skipped");
      } else if (!ReadRecord(record, origin)) {
        return false;
      }
      if (i < data.size() && data[i] == ',') ++i;
    }
    if (!utf8::TrimSpace(data.substr(i)).empty()) {
      Report(Severity::kWarning, name, "text after the end of the JSON array ignored");
    }
    return true;
  }

  bool ReadRecord(const json& record, const std::string& origin) {
    if (!record.is_object()) {
      SkipRecord(origin, "not a JSON object; skipped");
      return true;
    }
    std::size_t nuls = 0;
    std::string title_storage;
    std::string body_storage;
    const std::string_view title = DropNuls(Field(record, {"title"}), &title_storage, &nuls);
    const std::string_view body =
        DropNuls(Field(record, {"content", "maintext", "text"}), &body_storage, &nuls);
    if (body.empty()) {
      SkipRecord(origin, title.empty() ? "no text; record skipped" : "empty content; record skipped");
      return true;
    }
    Article article = MakeArticle(title, body);
    std::string storage;
    article.author = DropNuls(Field(record, {"author"}), &storage, &nuls);
    if (article.author.empty()) article.author = JoinAuthors(record);
    article.source = DropNuls(Field(record, {"source", "source_domain"}), &storage, &nuls);
    article.url = DropNuls(Field(record, {"url"}), &storage, &nuls);
    article.date = DropNuls(Field(record, {"date_extracted", "date_publish"}), &storage, &nuls);
    article.language = DropNuls(Field(record, {"language"}), &storage, &nuls);
    article.origin = origin;
    if (nuls > 0) {
      stats_->removed_nuls += nuls;
      Report(Severity::kWarning, origin,
             Plural(nuls, "NUL character", "NUL characters") + " (\\u0000) removed");
    }
    return Emit(std::move(article));
  }

  bool Emit(Article article) {
    const std::size_t max = options_.max_article_bytes;
    if (max > 0 && article.text.size() > max) {
      const std::size_t original = article.text.size();
      const std::size_t cut = utf8::TruncateAtBoundary(article.text, max);
      article.text.resize(cut);
      for (Span* span : {&article.title_span, &article.author_span, &article.body_span}) {
        span->begin = std::min(span->begin, cut);
        span->end = std::min(span->end, cut);
      }
      article.id = ArticleId(article.title(), article.body());
      Report(Severity::kWarning, article.origin,
             "article of " + Plural(original, "byte", "bytes") + " cut to " + std::to_string(cut) +
                 " (max_article_bytes)");
    }
    ++stats_->articles;
    if (!on_article_) return true;
    std::string origin = article.origin;  // for the message below: the article itself is moved away
    try {
      if (!on_article_(std::move(article))) stopped_ = true;
    } catch (const std::exception& e) {
      stopped_ = true;
      Report(Severity::kSkipped, std::move(origin),
             std::string("article handler failed (") + e.what() + "); reading stopped");
    } catch (...) {
      stopped_ = true;
      Report(Severity::kSkipped, std::move(origin), "article handler failed; reading stopped");
    }
    return !stopped_;
  }

  const ReadOptions& options_;
  const ArticleCallback& on_article_;
  const DiagnosticCallback& on_diagnostic_;
  ReadStats* stats_;
  bool stopped_ = false;
  int zip_depth_ = 0;  // zip archives being read, one inside the other
};

}  // namespace

Status ReadArticles(const std::vector<std::string>& inputs, const ReadOptions& options,
                    const ArticleCallback& on_article, const DiagnosticCallback& on_diagnostic,
                    ReadStats* stats) {
  if (inputs.empty()) {
    return Status::InvalidArgument("no input given (name files, directories or - for stdin)");
  }
  ReadStats local;
  Reader reader(options, on_article, on_diagnostic, stats ? stats : &local);
  for (const std::string& input : inputs) {
    if (!reader.ReadInputSafely(input)) break;
  }
  return Status::OK();
}

void ReadArticlesFromBuffer(std::string_view name, std::string buffer, const ReadOptions& options,
                            const ArticleCallback& on_article, const DiagnosticCallback& on_diagnostic,
                            ReadStats* stats) {
  ReadStats local;
  Reader reader(options, on_article, on_diagnostic, stats ? stats : &local);
  reader.ReadBufferSafely(std::string(name), std::move(buffer));
}

}  // namespace marsad
