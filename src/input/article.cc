// Building articles: ids, JSON records, and the layout of a plain-text news file.
//
// The id is a content hash, so the same report read from a SaudiNewsNet dump, a news-please file or a plain
// text file gets the same id: only the trimmed title and body count, separated by a 0x1F (unit separator)
// byte so that moving text across the title/body border changes the id.
//
// A plain-text news file is read the way a person reads it: the first non-empty line is the headline, a short
// next line that starts like a byline ("كتبت: ...", "بقلم ...", "By ...") names the author, and everything
// after that is the report. All spans point into the unchanged file text, so quotes can be checked against
// the file.
#include "marsad/article.h"

#include "base/hashing.h"

#include <array>
#include <cstdint>

#include "marsad/utf8.h"

namespace marsad {
namespace {

Span SpanOf(std::string_view whole, std::string_view part) {
  if (part.empty()) return {};
  const auto begin = static_cast<std::size_t>(part.data() - whole.data());
  return {begin, begin + part.size()};
}

// Finds the next line at or after *pos that has something besides whitespace, returns it trimmed and moves
// *pos past it. Returns an empty view when no such line is left.
std::string_view NextNonEmptyLine(std::string_view text, std::size_t* pos) {
  while (*pos < text.size()) {
    std::size_t eol = text.find('\n', *pos);
    if (eol == std::string_view::npos) eol = text.size();
    const std::string_view line = utf8::TrimSpace(text.substr(*pos, eol - *pos));
    *pos = eol < text.size() ? eol + 1 : eol;
    if (!line.empty()) return line;
  }
  return {};
}

std::size_t CodePoints(std::string_view s) {
  std::size_t n = 0;
  for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// A byline starts with a marker word. After it comes a colon (perhaps after spaces) or, where the word alone
// is unambiguous enough, a space. "إعداد" needs the colon: without it the line is more likely a sentence.
struct BylineMarker {
  std::string_view word;
  bool space_is_enough;
};

constexpr std::array<BylineMarker, 6> kBylineMarkers = {{
    {"كتب", true},
    {"كتبت", true},
    {"بقلم", true},
    {"إعداد", false},
    {"By", true},
    {"by", true},
}};

// Bylines are short; a long line that happens to start with "كتب" is a sentence of the report.
constexpr std::size_t kMaxBylineChars = 80;

// The author's name if `line` (already trimmed) is a byline, else an empty view.
std::string_view BylineAuthor(std::string_view line) {
  if (CodePoints(line) >= kMaxBylineChars) return {};
  for (const BylineMarker& marker : kBylineMarkers) {
    if (!line.starts_with(marker.word)) continue;
    const std::string_view rest = line.substr(marker.word.size());
    const std::string_view after_spaces = utf8::TrimSpace(rest);
    std::string_view name;
    if (after_spaces.starts_with(':')) {
      name = after_spaces.substr(1);
    } else if (marker.space_is_enough && !rest.empty() && after_spaces.size() < rest.size()) {
      name = after_spaces;  // the word was followed by whitespace, not by more letters ("كتبه", "Byron")
    } else {
      continue;
    }
    name = utf8::TrimSpace(name);
    if (!name.empty()) return name;
  }
  return {};
}

}  // namespace

std::string ArticleId(std::string_view title, std::string_view body) {
  return Hex16(Fnv1a64(utf8::TrimSpace(body), Fnv1a64("\x1F", Fnv1a64(utf8::TrimSpace(title)))));
}

Article MakeArticle(std::string_view title, std::string_view body) {
  title = utf8::TrimSpace(title);
  body = utf8::TrimSpace(body);
  Article article;
  article.text.reserve(title.size() + 2 + body.size());
  if (!title.empty()) {
    article.text = title;
    article.title_span = {0, title.size()};
  }
  if (!body.empty()) {
    if (!title.empty()) article.text += "\n\n";
    article.body_span = {article.text.size(), article.text.size() + body.size()};
    article.text += body;
  }
  article.id = ArticleId(title, body);
  return article;
}

Article ParsePlainText(std::string text) {
  Article article;
  article.text = std::move(text);
  const std::string_view all = article.text;
  std::size_t pos = all.starts_with("\xEF\xBB\xBF") ? 3 : 0;  // the BOM is not part of the headline

  const std::string_view first = NextNonEmptyLine(all, &pos);
  const std::size_t after_first = pos;
  const std::string_view second = NextNonEmptyLine(all, &pos);
  if (second.empty()) {
    // A single line has no headline: it is all report.
    article.body_span = SpanOf(all, first);
  } else {
    article.title_span = SpanOf(all, first);
    std::size_t body_from = after_first;
    if (const std::string_view author = BylineAuthor(second); !author.empty()) {
      article.author = author;
      article.author_span = SpanOf(all, author);
      body_from = pos;
    }
    article.body_span = SpanOf(all, utf8::TrimSpace(all.substr(body_from)));
  }
  article.id = ArticleId(article.title(), article.body());
  return article;
}

}  // namespace marsad
