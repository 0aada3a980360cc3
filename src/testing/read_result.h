// What reading some input gave, collected for tests of the reader: the articles, the diagnostics, the counts.
#ifndef MARSAD_TESTING_READ_RESULT_H_
#define MARSAD_TESTING_READ_RESULT_H_

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "marsad/article.h"

namespace marsad::testing {

struct ReadResult {
  std::vector<Article> articles;
  std::vector<Diagnostic> diagnostics;
  ReadStats stats;
  Status status;

  // The number of diagnostics of `severity` whose message contains `text`.
  std::size_t Count(Diagnostic::Severity severity, std::string_view text) const {
    return static_cast<std::size_t>(
        std::count_if(diagnostics.begin(), diagnostics.end(), [&](const Diagnostic& d) {
          return d.severity == severity && d.message.find(text) != std::string::npos;
        }));
  }
  // The first such diagnostic, or nullptr.
  const Diagnostic* Find(Diagnostic::Severity severity, std::string_view text) const {
    for (const Diagnostic& d : diagnostics) {
      if (d.severity == severity && d.message.find(text) != std::string::npos) return &d;
    }
    return nullptr;
  }
};

// Reads one in-memory document named `name`.
inline ReadResult ReadBuffer(std::string_view name, std::string data, const ReadOptions& options = {}) {
  ReadResult r;
  ReadArticlesFromBuffer(
      name, std::move(data), options,
      [&](Article&& a) {
        r.articles.push_back(std::move(a));
        return true;
      },
      [&](const Diagnostic& d) { r.diagnostics.push_back(d); }, &r.stats);
  return r;
}

// Reads files, directories or "-".
inline ReadResult ReadInputs(const std::vector<std::string>& inputs, const ReadOptions& options = {}) {
  ReadResult r;
  r.status = ReadArticles(
      inputs, options,
      [&](Article&& a) {
        r.articles.push_back(std::move(a));
        return true;
      },
      [&](const Diagnostic& d) { r.diagnostics.push_back(d); }, &r.stats);
  return r;
}

}  // namespace marsad::testing

#endif  // MARSAD_TESTING_READ_RESULT_H_
