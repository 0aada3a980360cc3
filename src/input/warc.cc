// WARC files record by record, and the HTTP messages in them (see warc.h).
//
// The format. A WARC file is a sequence of records; each is a header, a block and two CRLFs:
//
//   WARC/1.0\r\n                                  version line
//   WARC-Type: response\r\n                       named fields, one per line (continuation lines start
//   WARC-Target-URI: http://example.com/a\r\n      with a space), names case-insensitive
//   WARC-Date: 2024-05-02T09:30:00Z\r\n
//   Content-Type: application/http; msgtype=response\r\n
//   Content-Length: 1234\r\n                      the only way to know where the block ends
//   \r\n
//   <1234 bytes of block>\r\n\r\n
//
// A `response` record's block is the HTTP response as the crawler received it: status line, headers and the
// body still chunked and compressed as sent. A `resource` record's block is the document itself, typed by
// the record's Content-Type. Other records (warcinfo, request, metadata, revisit, conversion) hold no page.
// A .warc.gz file is one gzip member per record; the reader's ByteStream inflates them one after the other,
// so this code sees the plain sequence.
//
// Streaming. The reader keeps a window of the input: the header of the record at hand and, only when the
// record is wanted, its block. Whether it is wanted is decided from its header and the first 16 KiB of its
// block (enough for the HTTP head: status and Content-Type), so images and videos pass through without
// being held.
//
// Damage. Content-Length is trusted but checked: after a block held in memory the two CRLFs must follow.
// When they do not, the length was wrong; if a "WARC/1." line starts inside the block the record was
// shorter than declared and reading goes on from there, else the next "WARC/1." line after it is searched
// for. Bytes that are not a record (garbage between records, a header without an end or a readable length)
// are skipped up to the next "WARC/1." at the start of a line. A record cut short by the end of the input is
// reported and dropped. Every such case is reported to the ProblemSink and reading goes on.
#include "input/warc.h"

#include <algorithm>
#include <cctype>
#include <limits>
#include <string>
#include <utility>

#include <zlib.h>

namespace marsad::input {
namespace {

constexpr std::string_view kMagic = "WARC/1.";

// A record header longer than this is damage, not a header.
constexpr std::size_t kMaxHeaderBytes = std::size_t{256} << 10;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n')) {
    s.remove_suffix(1);
  }
  return s;
}

// The end (the offset just after the blank line) of a header block starting at s[0], or npos. Accepts LF
// line ends as well as CRLF: some writers use them.
std::size_t HeaderEnd(std::string_view s) {
  for (std::size_t nl = s.find('\n'); nl != std::string_view::npos; nl = s.find('\n', nl + 1)) {
    if (nl + 1 < s.size() && s[nl + 1] == '\n') return nl + 2;
    if (nl + 2 < s.size() && s[nl + 1] == '\r' && s[nl + 2] == '\n') return nl + 3;
  }
  return std::string_view::npos;
}

// Calls on_field(lowercased name, value) for each "Name: value" line of a header (after its first line),
// joining continuation lines.
template <typename F>
void ForEachField(std::string_view header, F on_field) {
  std::string name;
  std::string value;
  bool have = false;
  std::size_t start = header.find('\n');
  while (start != std::string_view::npos && start + 1 < header.size()) {
    const std::size_t end = header.find('\n', start + 1);
    std::string_view line = header.substr(start + 1, end == std::string_view::npos ? end : end - start - 1);
    start = end;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) break;
    if ((line.front() == ' ' || line.front() == '\t') && have) {
      value += ' ';
      value += Trim(line);
      continue;
    }
    if (have) on_field(name, value);
    const std::size_t colon = line.find(':');
    have = colon != std::string_view::npos;
    if (have) {
      name = Lower(Trim(line.substr(0, colon)));
      value = std::string(Trim(line.substr(colon + 1)));
    }
  }
  if (have) on_field(name, value);
}

bool ParseLength(std::string_view s, std::uint64_t* out) {
  s = Trim(s);
  if (s.empty() || s.size() > 19) return false;
  std::uint64_t n = 0;
  for (const char c : s) {
    if (c < '0' || c > '9') return false;
    n = n * 10 + static_cast<std::uint64_t>(c - '0');
  }
  *out = n;
  return true;
}

std::string Bytes(std::uint64_t n) { return std::to_string(n) + (n == 1 ? " byte" : " bytes"); }

}  // namespace

bool LooksLikeWarc(std::string_view head) { return head.starts_with(kMagic); }

WarcReader::WarcReader(std::string head, Source more, ProblemSink on_problem, std::size_t max_block_bytes)
    : buf_(std::move(head)),
      more_(std::move(more)),
      on_problem_(std::move(on_problem)),
      max_block_bytes_(max_block_bytes) {}

// Reads more input after what is held, first dropping what has been used once it is half the buffer.
bool WarcReader::Pull() {
  if (eof_) return false;
  if (pos_ > 0 && pos_ * 2 >= buf_.size()) {
    buf_.erase(0, pos_);
    pos_ = 0;
  }
  if (!more_ || !more_(&buf_)) eof_ = true;
  return !eof_;
}

bool WarcReader::Ensure(std::size_t n) {
  while (Available() < n && Pull()) {
  }
  return Available() >= n;
}

// The end of the header starting at pos_, relative to pos_, reading more as needed; npos if there is none
// within `limit` bytes or before the end of the input.
std::size_t WarcReader::FindHeaderEnd(std::size_t limit) {
  for (;;) {
    const std::string_view window = std::string_view(buf_).substr(pos_, std::min(Available(), limit));
    const std::size_t end = HeaderEnd(window);
    if (end != std::string_view::npos) return end;
    if (Available() >= limit || !Pull()) return std::string_view::npos;
  }
}

// Skips n bytes without holding them. Returns how many there were.
std::uint64_t WarcReader::Discard(std::uint64_t n) {
  std::uint64_t done = 0;
  while (done < n) {
    const std::size_t take = static_cast<std::size_t>(std::min<std::uint64_t>(Available(), n - done));
    pos_ += take;
    done += take;
    if (done < n) {
      buf_.clear();
      pos_ = 0;
      if (!Pull()) break;
    }
  }
  return done;
}

// Skips to the next "WARC/1." at the start of a line after pos_ (pos_ itself is known not to start a good
// record), reporting what was skipped. False when the input ended first.
bool WarcReader::Resync(std::size_t record_for_message) {
  const std::string needle = "\n" + std::string(kMagic);
  std::uint64_t skipped = 0;
  for (;;) {
    const std::size_t found = buf_.find(needle, pos_);
    if (found != std::string::npos) {
      skipped += found + 1 - pos_;
      pos_ = found + 1;
      on_problem_(record_for_message, true,
                  Bytes(skipped) + " that are not a WARC record skipped up to the next record");
      return true;
    }
    // Keep the last bytes: the needle may straddle the chunk boundary.
    const std::size_t keep = std::min(Available(), needle.size() - 1);
    skipped += Available() - keep;
    pos_ = buf_.size() - keep;
    if (!Pull()) {
      skipped += Available();
      pos_ = buf_.size();
      if (skipped > 0) {
        on_problem_(record_for_message, true,
                    Bytes(skipped) + " that are not a WARC record skipped at the end of the file");
      }
      return false;
    }
  }
}

bool WarcReader::Next(const Want& want, WarcRecord* record) {
  for (;;) {
    // Records are separated by CRLF CRLF; tolerate more or fewer line ends.
    while (Ensure(1) && (buf_[pos_] == '\r' || buf_[pos_] == '\n')) ++pos_;
    if (!Ensure(1)) return false;
    if (!Ensure(kMagic.size()) || std::string_view(buf_).substr(pos_, kMagic.size()) != kMagic) {
      if (!Resync(records_)) return false;
      continue;
    }
    const std::size_t header_size = FindHeaderEnd(kMaxHeaderBytes);
    ++records_;
    if (header_size == std::string_view::npos) {
      if (eof_ && Available() < kMaxHeaderBytes) {
        on_problem_(records_, true, "record header cut short by the end of the file; skipped");
        pos_ = buf_.size();
        return false;
      }
      on_problem_(records_, true, "record header without an end; skipped");
      ++pos_;
      if (!Resync(records_)) return false;
      continue;
    }

    *record = WarcRecord();
    record->number = records_;
    bool have_length = false;
    std::string bad_length;
    ForEachField(std::string_view(buf_).substr(pos_, header_size),
                 [&](const std::string& name, const std::string& value) {
                   if (name == "warc-type") {
                     record->type = Lower(value);
                   } else if (name == "warc-target-uri") {
                     std::string_view uri = Trim(value);
                     if (uri.size() >= 2 && uri.front() == '<' && uri.back() == '>')
                       uri = Trim(uri.substr(1, uri.size() - 2));
                     record->target_uri = std::string(uri);
                   } else if (name == "warc-date") {
                     record->date = value;
                   } else if (name == "content-type") {
                     record->content_type = value;
                   } else if (name == "content-length" && !have_length) {
                     have_length = ParseLength(value, &record->length);
                     if (!have_length) bad_length = value;
                   }
                 });
    if (!have_length) {
      on_problem_(records_, true,
                  bad_length.empty()
                      ? std::string("record without Content-Length; skipped")
                      : "bad Content-Length '" + bad_length.substr(0, 40) + "'; record skipped");
      pos_ += header_size;
      if (!Resync(records_)) return false;
      continue;
    }
    pos_ += header_size;

    const std::size_t peek = static_cast<std::size_t>(std::min<std::uint64_t>(record->length, kPeekBytes));
    // The input ends inside the block: the record was cut short, or its length is wrong and other records
    // follow in what there is. Returns whether reading can go on (at the next record).
    const auto cut_short = [&] {
      const std::size_t inside = std::string_view(buf_).substr(pos_).find("\n" + std::string(kMagic));
      if (inside != std::string_view::npos) {
        on_problem_(records_, true,
                    "Content-Length " + std::to_string(record->length) +
                        " runs into the next record; record skipped");
        pos_ += inside + 1;
        return true;
      }
      on_problem_(records_, true,
                  "record cut short by the end of the file (" + Bytes(Available()) + " of " +
                      Bytes(record->length) + "); skipped");
      pos_ = buf_.size();
      return false;
    };
    Ensure(peek);
    if (Available() < peek) {
      if (cut_short()) continue;
      return false;
    }
    const bool too_big = max_block_bytes_ > 0 && record->length > max_block_bytes_;
    bool wanted = want(*record, std::string_view(buf_).substr(pos_, peek));
    if (wanted && too_big) {
      on_problem_(records_, true,
                  "record of " + Bytes(record->length) + " larger than the limit of " +
                      Bytes(max_block_bytes_) + "; skipped");
      wanted = false;
    }
    if (!wanted) {
      const std::uint64_t skipped = Discard(record->length);
      if (skipped < record->length) {
        on_problem_(records_, false,
                    "record cut short by the end of the file (" + Bytes(skipped) + " of " +
                        Bytes(record->length) + ")");
      }
      return true;
    }

    const auto length = static_cast<std::size_t>(record->length);
    Ensure(length + 4);
    if (Available() < length) {
      if (cut_short()) continue;
      return false;
    }
    const std::string_view after = std::string_view(buf_).substr(pos_ + length, 4);
    const bool good_end = after.empty() || after == "\r" || after.starts_with("\r\n") ||
                          after.starts_with("\n") || after.starts_with(kMagic.substr(0, after.size()));
    if (!good_end) {
      // The declared length is wrong. A record starting inside the block means the block was shorter.
      const std::string needle = "\n" + std::string(kMagic);
      const std::size_t inside = std::string_view(buf_).substr(pos_, length).find(needle);
      if (inside != std::string_view::npos) {
        on_problem_(records_, true,
                    "Content-Length " + std::to_string(record->length) +
                        " runs into the next record; record skipped");
        pos_ += inside + 1;
        continue;
      }
      on_problem_(records_, true,
                  "no record end after the " + Bytes(record->length) + " of Content-Length; record skipped");
      pos_ += length;
      if (!Resync(records_)) return false;
      continue;
    }
    record->block.assign(buf_, pos_, length);
    record->kept = true;
    pos_ += length;
    return true;
  }
}

void ParseContentType(std::string_view value, std::string* media_type, std::string* charset) {
  const std::size_t semicolon = value.find(';');
  *media_type = Lower(Trim(value.substr(0, semicolon)));
  charset->clear();
  if (semicolon == std::string_view::npos) return;
  std::string_view params = value.substr(semicolon + 1);
  while (!params.empty()) {
    const std::size_t next = params.find(';');
    const std::string_view param = Trim(params.substr(0, next));
    const std::size_t eq = param.find('=');
    if (eq != std::string_view::npos && Lower(Trim(param.substr(0, eq))) == "charset") {
      std::string_view v = Trim(param.substr(eq + 1));
      if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front()) {
        v = v.substr(1, v.size() - 2);
      }
      *charset = std::string(Trim(v));
      return;
    }
    if (next == std::string_view::npos) break;
    params.remove_prefix(next + 1);
  }
}

bool ParseHttpHead(std::string_view message, HttpResponse* head) {
  *head = HttpResponse();
  if (!message.starts_with("HTTP/")) return false;
  const std::size_t end = HeaderEnd(message);
  if (end == std::string_view::npos) return false;
  const std::string_view status_line = message.substr(0, message.find('\n'));
  const std::size_t space = status_line.find(' ');
  if (space == std::string_view::npos || space + 4 > status_line.size()) return false;
  int status = 0;
  for (std::size_t i = space + 1; i < space + 4; ++i) {
    if (status_line[i] < '0' || status_line[i] > '9') return false;
    status = status * 10 + (status_line[i] - '0');
  }
  head->status = status;
  head->body_start = end;
  ForEachField(message.substr(0, end), [&](const std::string& name, const std::string& value) {
    if (name == "content-type" && head->media_type.empty()) {
      ParseContentType(value, &head->media_type, &head->charset);
    } else if (name == "transfer-encoding") {
      head->chunked = Lower(value).find("chunked") != std::string::npos;
    } else if (name == "content-encoding") {
      head->content_encoding = Lower(Trim(value));
    }
  });
  return true;
}

namespace {

// Joins the chunks of a chunked body. Damage ends the body where it is met, with a warning.
std::string Dechunk(std::string_view data, std::string* warning) {
  std::string out;
  std::size_t i = 0;
  for (;;) {
    const std::size_t eol = data.find('\n', i);
    if (eol == std::string_view::npos) {
      *warning = "chunked body without its last chunk; kept what was there";
      return out;
    }
    std::string_view size_field = Trim(data.substr(i, eol - i));
    size_field = size_field.substr(0, size_field.find(';'));  // chunk extensions
    std::uint64_t size = 0;
    bool valid = !size_field.empty() && size_field.size() <= 15;
    for (const char c : size_field) {
      const int digit =
          std::isxdigit(static_cast<unsigned char>(c))
              ? (std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : (std::tolower(c) - 'a' + 10))
              : -1;
      if (digit < 0) {
        valid = false;
        break;
      }
      size = size * 16 + static_cast<std::uint64_t>(digit);
    }
    if (!valid) {
      *warning = "bad chunk size in a chunked body; kept what came before";
      return out;
    }
    if (size == 0) return out;  // trailers, if any, are of no use
    i = eol + 1;
    if (size > data.size() - i) {
      *warning = "chunked body cut short; kept what was there";
      out.append(data.substr(i));
      return out;
    }
    out.append(data.substr(i, static_cast<std::size_t>(size)));
    i += static_cast<std::size_t>(size);
    if (data.substr(i).starts_with("\r\n")) {
      i += 2;
    } else if (data.substr(i).starts_with("\n")) {
      i += 1;
    }
  }
}

// Inflates gzip, zlib or raw deflate data (servers label both of the last as "deflate").
bool InflateBody(std::string_view in, bool raw, std::size_t max_bytes, std::string* out, std::string* error,
                 std::string* warning) {
  z_stream zs{};
  if (inflateInit2(&zs, raw ? -MAX_WBITS : MAX_WBITS + 32) != Z_OK) {
    *error = "cannot initialise zlib";
    return false;
  }
  out->clear();
  std::string chunk(std::size_t{64} << 10, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(std::min<std::size_t>(in.size(), std::numeric_limits<uInt>::max()));
  int ret = Z_OK;
  while (ret == Z_OK) {
    zs.next_out = reinterpret_cast<Bytef*>(chunk.data());
    zs.avail_out = static_cast<uInt>(chunk.size());
    ret = inflate(&zs, Z_NO_FLUSH);
    out->append(chunk.data(), chunk.size() - zs.avail_out);
    if (max_bytes > 0 && out->size() > max_bytes) {
      out->resize(max_bytes);
      *warning = "compressed body larger than " + Bytes(max_bytes) + " when inflated; cut there";
      break;
    }
    if (ret == Z_BUF_ERROR && zs.avail_in == 0) break;  // input ended before the stream did
    if (ret == Z_OK && zs.avail_out != 0 && zs.avail_in == 0) break;
  }
  const bool ended = ret == Z_STREAM_END;
  const std::string message = zs.msg ? zs.msg : "zlib error " + std::to_string(ret);
  inflateEnd(&zs);
  if (ended || !warning->empty()) return true;
  if (out->empty()) {
    *error = "corrupt compressed body (" + message + ")";
    return false;
  }
  *warning = ret == Z_OK || ret == Z_BUF_ERROR
                 ? "compressed body cut short; kept what was decoded"
                 : "corrupt compressed body (" + message + "); kept what was decoded";
  return true;
}

}  // namespace

bool DecodeHttpBody(std::string_view message, const HttpResponse& head, std::size_t max_bytes,
                    std::string* body, std::string* error, std::string* warning) {
  error->clear();
  warning->clear();
  std::string_view data = message.substr(std::min(head.body_start, message.size()));
  std::string dechunked;
  if (head.chunked) {
    dechunked = Dechunk(data, warning);
    data = dechunked;
  }
  const std::string& encoding = head.content_encoding;
  if (encoding.empty() || encoding == "identity") {
    body->assign(data);
    return true;
  }
  std::string chunk_warning = std::move(*warning);
  warning->clear();
  bool ok = false;
  if (encoding == "gzip" || encoding == "x-gzip") {
    ok = InflateBody(data, /*raw=*/false, max_bytes, body, error, warning);
  } else if (encoding == "deflate") {
    ok = InflateBody(data, /*raw=*/false, max_bytes, body, error, warning);
    if (!ok) {
      error->clear();
      ok = InflateBody(data, /*raw=*/true, max_bytes, body, error, warning);
    }
  } else {
    *error = "content encoding '" + encoding + "' not supported";
  }
  if (warning->empty()) *warning = std::move(chunk_warning);
  return ok;
}

}  // namespace marsad::input
