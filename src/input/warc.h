// WARC files (web crawls, ISO 28500) record by record, and the HTTP responses inside them. Internal to
// src/input: the reader turns the records into articles (see warc.cc for the format and how damage is met).
#ifndef MARSAD_INPUT_WARC_H_
#define MARSAD_INPUT_WARC_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace marsad::input {

// True when a decoded input starts like a WARC file ("WARC/1.0" or "WARC/1.1" as its first line).
bool LooksLikeWarc(std::string_view head);

struct WarcRecord {
  std::size_t number = 0;    // position in the file, from 1, counting every record
  std::string type;          // WARC-Type, lowercased: "response", "resource", "request", "warcinfo" ...
  std::string target_uri;    // WARC-Target-URI without the angle brackets some writers add
  std::string date;          // WARC-Date as written ("2024-05-02T09:30:00Z")
  std::string content_type;  // the record's Content-Type ("application/http; msgtype=response")
  std::uint64_t length = 0;  // Content-Length of the block
  std::string block;         // the block itself when it was wanted (see WarcReader::Next), else ""
  bool kept = false;         // whether `block` holds the block
};

// Reads the records of a WARC file from a stream of decoded bytes (gzip members already inflated), holding
// one record at a time: a record that is not wanted is skipped without being held.
class WarcReader {
 public:
  // Appends the next bytes of the input to *out; false (appending nothing) at the end.
  using Source = std::function<bool(std::string* out)>;
  // Whether the block of a record is wanted, from its header and the first bytes of its block (all of it if
  // short; enough for an HTTP response head).
  using Want = std::function<bool(const WarcRecord& record, std::string_view block_start)>;
  // A problem in the structure of the file at record `record` (0 when before any record). `lost` when data
  // that may have held an article was skipped because of it.
  using ProblemSink = std::function<void(std::size_t record, bool lost, std::string message)>;

  // `head` holds the first bytes of the input, `more` gives the rest. Blocks longer than `max_block_bytes`
  // are skipped with a problem (0: no limit).
  WarcReader(std::string head, Source more, ProblemSink on_problem, std::size_t max_block_bytes);

  // Reads the next record into *record; false at the end of the input.
  bool Next(const Want& want, WarcRecord* record);

  // How many bytes of a block are shown to Want.
  static constexpr std::size_t kPeekBytes = 16384;

 private:
  std::size_t Available() const { return buf_.size() - pos_; }
  bool Pull();
  bool Ensure(std::size_t n);
  std::size_t FindHeaderEnd(std::size_t limit);
  std::uint64_t Discard(std::uint64_t n);
  bool Resync(std::size_t record_for_message);

  std::string buf_;  // [pos_, size): bytes not used yet
  std::size_t pos_ = 0;
  Source more_;
  ProblemSink on_problem_;
  std::size_t max_block_bytes_;
  bool eof_ = false;
  std::size_t records_ = 0;  // record headers seen
};

struct HttpResponse {
  int status = 0;                // 200, 404 ...
  std::string media_type;        // lowercased, without parameters: "text/html"; "" if not given
  std::string charset;           // the charset parameter of Content-Type, "" if none
  std::string content_encoding;  // lowercased, "" for none
  bool chunked = false;          // Transfer-Encoding: chunked
  std::size_t body_start = 0;    // where the body starts in the message
};

// Parses the status line and headers of an HTTP response at the start of `message`. False when it is not
// an HTTP response or its head does not end within `message`.
bool ParseHttpHead(std::string_view message, HttpResponse* head);

// The body of an HTTP response message as a WARC response record holds it (as sent: chunked, compressed),
// decoded: chunks joined, gzip or deflate content inflated (to at most `max_bytes`, 0: no limit). Returns
// false with *error set when it cannot be decoded (unknown content encoding, corrupt data before any byte);
// damage after some of the body was decoded is reported in *warning and what was decoded is kept.
bool DecodeHttpBody(std::string_view message, const HttpResponse& head, std::size_t max_bytes,
                    std::string* body, std::string* error, std::string* warning);

// The media type (lowercased, without parameters) and charset parameter of a Content-Type value.
void ParseContentType(std::string_view value, std::string* media_type, std::string* charset);

}  // namespace marsad::input

#endif  // MARSAD_INPUT_WARC_H_
