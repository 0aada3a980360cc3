// Reading articles from files, directories and standard input.
//
// Every input goes through the same steps, and each step that finds something wrong reports a Diagnostic and
// carries on with what it can:
//   1. bytes: read whole; gunzipped when they start with the gzip magic (all members, keeping what decoded
//      before any corruption);
//   2. document: skipped when empty or binary (judged on the first 8 KiB);
//   3. charset: UTF-16 with a BOM and windows-1256 (recognised because most of its non-ASCII bytes are not
//      UTF-8 and it decodes to Arabic letters) are converted with ICU; anything else is UTF-8, repaired;
//   4. format, from the first character: '{' JSON Lines, '[' a JSON array, anything else plain text.
// Every step is one pass over the data, so one 50 MB line costs about as much as 50 MB of short lines.
// Nothing here throws: exceptions (in practice only bad_alloc) are turned into diagnostics at the top.
#include "marsad/article.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <filesystem>
#include <initializer_list>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include <unicode/ucnv.h>
#include <unicode/utypes.h>
#include <zlib.h>
#include <nlohmann/json.hpp>

#include "marsad/utf8.h"

namespace marsad {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;
using Severity = Diagnostic::Severity;

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kStdinName = "<stdin>";

// Only the start of a file is examined for binary content: enough to recognise images, archives and
// executables, and cheap for huge files.
constexpr std::size_t kBinaryWindow = 8192;

bool IsGzip(std::string_view data) {
  return data.size() >= 2 && static_cast<unsigned char>(data[0]) == 0x1F &&
         static_cast<unsigned char>(data[1]) == 0x8B;
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

// Inflates every gzip member of `in` into *out (concatenated members are what `cat a.gz b.gz` and many
// crawlers produce). Returns "" on success, else what went wrong; *out then holds what decoded before that.
// *trailing_garbage is set when non-zero bytes that are not another member follow the last one (zero
// padding is common after tape-style writes and is ignored silently, as gzip does).
std::string Gunzip(std::string_view in, std::string* out, bool* trailing_garbage) {
  z_stream zs{};
  if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK) return "cannot initialise zlib";
  // zlib counts in 32-bit uInt; feed and drain in pieces no larger than that.
  constexpr std::size_t kMaxPiece = std::size_t{1} << 30;
  constexpr std::size_t kMinRoom = std::size_t{1} << 16;
  std::size_t fed = 0;
  std::size_t produced = 0;
  out->assign(std::clamp(in.size() * 4, kMinRoom, std::size_t{1} << 28), '\0');
  std::string error;
  while (true) {
    if (zs.avail_in == 0 && fed < in.size()) {
      const std::size_t n = std::min(in.size() - fed, kMaxPiece);
      zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data() + fed));
      zs.avail_in = static_cast<uInt>(n);
      fed += n;
    }
    if (out->size() - produced < kMinRoom) out->resize(out->size() * 2);
    const std::size_t room = std::min(out->size() - produced, kMaxPiece);
    zs.next_out = reinterpret_cast<Bytef*>(out->data() + produced);
    zs.avail_out = static_cast<uInt>(room);
    const uInt avail_in_before = zs.avail_in;
    const int ret = inflate(&zs, Z_NO_FLUSH);
    produced += room - zs.avail_out;
    const bool progress = zs.avail_out != room || zs.avail_in != avail_in_before;
    const std::size_t consumed = fed - zs.avail_in;
    if (ret == Z_STREAM_END) {
      const std::string_view rest = in.substr(consumed);
      if (rest.empty()) break;
      if (IsGzip(rest)) {
        inflateReset(&zs);  // keeps next_in/avail_in: the next member starts right there
        continue;
      }
      *trailing_garbage = rest.find_first_not_of('\0') != std::string_view::npos;
      break;
    }
    if (ret == Z_OK || ret == Z_BUF_ERROR) {
      const bool input_exhausted = zs.avail_in == 0 && fed == in.size();
      if (input_exhausted && zs.avail_out != 0) {
        error = "unexpected end of data";
        break;
      }
      if (ret == Z_BUF_ERROR && !progress && !input_exhausted) {
        error = "no progress";  // cannot happen with room on both sides, but never loop forever
        break;
      }
      continue;
    }
    error = zs.msg ? zs.msg : "zlib error " + std::to_string(ret);
    break;
  }
  inflateEnd(&zs);
  out->resize(produced);
  return error;
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

// A legacy single-byte charset, unlike damaged UTF-8, makes most of its non-ASCII bytes invalid as UTF-8:
// Arabic letters in windows-1256 are C1..FE, lead bytes that are rarely followed by continuation bytes.
bool MostlyInvalidUtf8(std::string_view data) {
  std::size_t non_ascii = 0;
  std::size_t invalid = 0;
  for (std::size_t i = 0; i < data.size();) {
    if (static_cast<unsigned char>(data[i]) < 0x80) {
      ++i;
      continue;
    }
    const std::size_t n = utf8::ValidLength(data, i);
    non_ascii += n > 0 ? n : 1;
    invalid += n > 0 ? 0 : 1;
    i += n > 0 ? n : 1;
  }
  return invalid * 10 > non_ascii * 3;
}

bool IsArabic(char32_t c) {
  return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) || (c >= 0x08A0 && c <= 0x08FF) ||
         (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
}

// Decoded windows-1256 is accepted only if it reads as Arabic: other legacy charsets (Latin-1, say) also look
// "mostly invalid" but come out as a jumble of Arabic letters and accented Latin ones.
bool MostlyArabic(std::string_view utf8_text) {
  std::size_t non_ascii = 0;
  std::size_t arabic = 0;
  for (std::size_t i = 0; i < utf8_text.size();) {
    const char32_t c = utf8::Next(utf8_text, i);
    if (c < 0x80) continue;
    ++non_ascii;
    arabic += IsArabic(c) ? 1 : 0;
  }
  return non_ascii > 0 && arabic * 10 >= non_ascii * 6;
}

// Converts `in` from `charset` to UTF-8 with ICU, streaming through a fixed buffer of UTF-16 units so that
// the size of the input does not matter. Bytes the charset cannot map come out as U+FFFD.
bool Transcode(const char* charset, std::string_view in, std::string* out, std::string* error) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* converter = ucnv_open(charset, &status);
  if (U_FAILURE(status)) {
    *error = std::string("ICU has no converter for ") + charset + ": " + u_errorName(status);
    return false;
  }
  out->clear();
  out->reserve(in.size() * 2);
  std::vector<UChar> units(std::size_t{1} << 16);
  const char* source = in.data();
  const char* const source_limit = in.data() + in.size();
  char32_t high = 0;  // a high surrogate waiting for its low half, possibly in the next chunk
  do {
    status = U_ZERO_ERROR;
    UChar* target = units.data();
    ucnv_toUnicode(converter, &target, units.data() + units.size(), &source, source_limit, nullptr,
                   /*flush=*/true, &status);
    for (const UChar* u = units.data(); u < target; ++u) {
      const char32_t c = *u;
      if (high != 0) {
        if (c >= 0xDC00 && c <= 0xDFFF) {
          utf8::Append(*out, 0x10000 + ((high - 0xD800) << 10) + (c - 0xDC00));
          high = 0;
          continue;
        }
        utf8::Append(*out, 0xFFFD);
        high = 0;
      }
      if (c >= 0xD800 && c <= 0xDBFF) {
        high = c;
      } else {
        utf8::Append(*out, c);  // a lone low surrogate becomes U+FFFD there
      }
    }
  } while (status == U_BUFFER_OVERFLOW_ERROR);
  ucnv_close(converter);
  if (high != 0) utf8::Append(*out, 0xFFFD);
  if (U_FAILURE(status)) {
    *error = std::string("ICU cannot convert from ") + charset + ": " + u_errorName(status);
    return false;
  }
  return true;
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
      return ReadBytes(name, std::move(buffer));
    });
  }

 private:
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
    ++stats_->files;
    std::string data;
    std::error_code ec;
    if (const std::uintmax_t size = fs::file_size(name, ec); !ec) {
      data.reserve(static_cast<std::size_t>(size));  // one allocation for large files
    }
    const bool ok = ReadAll(file, &data);
    std::fclose(file);
    if (!ok) {
      if (data.empty()) {
        SkipFile(name, "read error; skipped");
        return true;
      }
      Report(Severity::kWarning, name,
             "read error; using the " + Plural(data.size(), "byte", "bytes") + " read");
    }
    return ReadBytes(name, std::move(data));
  }

  bool ReadStdin() {
    const std::string name(kStdinName);
    std::string data;
    if (!ReadAll(stdin, &data) && data.empty()) {
      SkipFile(name, "read error; skipped");
      return true;
    }
    ++stats_->files;
    return ReadBytes(name, std::move(data));
  }

  static bool ReadAll(std::FILE* file, std::string* data) {
    char chunk[1 << 16];
    std::size_t n;
    while ((n = std::fread(chunk, 1, sizeof chunk, file)) > 0) data->append(chunk, n);
    return !std::ferror(file);
  }

  // Raw bytes of one input: gunzip if needed, then read the document.
  bool ReadBytes(const std::string& name, std::string data) {
    if (IsGzip(data)) {
      std::string decoded;
      bool trailing_garbage = false;
      const std::string error = Gunzip(data, &decoded, &trailing_garbage);
      std::string().swap(data);  // free the compressed bytes before the decoded ones are processed
      if (!error.empty()) {
        if (decoded.empty()) {
          SkipFile(name, "corrupt gzip data (" + error + "); skipped");
          return true;
        }
        Report(Severity::kWarning, name,
               "corrupt gzip data (" + error + ") after " + Plural(decoded.size(), "byte", "bytes") +
                   "; reading what was decoded");
      }
      if (trailing_garbage) Report(Severity::kWarning, name, "data after the end of the gzip stream ignored");
      data = std::move(decoded);
    }
    return ReadDocument(name, std::move(data));
  }

  bool ReadDocument(const std::string& name, std::string data) {
    if (utf8::TrimSpace(data).empty()) {
      SkipFile(name, "empty file; skipped");
      return true;
    }
    if (!DecodeCharset(name, &data)) return true;
    if (utf8::TrimSpace(data).empty()) {
      SkipFile(name, "empty file (nothing left after decoding); skipped");
      return true;
    }
    const Format format = DetectFormat(data);
    if (format == Format::kPlainText) return ReadPlainText(name, std::move(data));
    const std::size_t articles_before = stats_->articles;
    const bool go_on = format == Format::kJsonLines ? ReadJsonLines(name, data) : ReadJsonArray(name, data);
    if (go_on && stats_->articles == articles_before) SkipFile(name, "no article in file");
    return go_on;
  }

  // Leaves *data as valid UTF-8 without NULs. Returns false when the document was skipped instead.
  bool DecodeCharset(const std::string& name, std::string* data) {
    const std::string_view bytes = *data;
    if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
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
    if (counts.invalid_sequences > 0) {
      stats_->repaired_bytes += counts.invalid_sequences;
      Report(Severity::kWarning, At(name, LineOf(*data, first_invalid)),
             Plural(counts.invalid_sequences, "invalid UTF-8 sequence", "invalid UTF-8 sequences") +
                 " replaced by U+FFFD (the first on this line)");
    }
    if (counts.nul_bytes > 0) {
      stats_->removed_nuls += counts.nul_bytes;
      Report(Severity::kWarning, At(name, LineOf(*data, first_nul)),
             Plural(counts.nul_bytes, "NUL byte", "NUL bytes") + " removed (the first on this line)");
    }
    *data = std::move(repaired);
    return true;
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

  bool ReadJsonLines(const std::string& name, std::string_view data) {
    std::size_t pos = data.starts_with(kBom) ? kBom.size() : 0;
    std::size_t line_number = 0;
    bool seen_a_line = false;
    while (pos < data.size()) {
      std::size_t eol = data.find('\n', pos);
      if (eol == std::string_view::npos) eol = data.size();
      ++line_number;
      const std::string_view line = utf8::TrimSpace(data.substr(pos, eol - pos));
      const std::size_t line_start = pos;
      pos = eol < data.size() ? eol + 1 : eol;
      if (line.empty()) continue;
      json record = json::parse(line.data(), line.data() + line.size(), nullptr, /*allow_exceptions=*/false);
      if (record.is_discarded() && !seen_a_line) {
        // Perhaps not JSON Lines but one pretty-printed object spread over many lines.
        const std::string_view rest = data.substr(line_start);
        json whole = json::parse(rest.data(), rest.data() + rest.size(), nullptr, /*allow_exceptions=*/false);
        if (whole.is_object()) return ReadRecord(whole, name);
      }
      seen_a_line = true;
      if (record.is_discarded()) {
        SkipRecord(At(name, line_number), "invalid JSON; line skipped");
        continue;
      }
      if (!ReadRecord(record, At(name, line_number))) return false;
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
