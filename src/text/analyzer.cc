// Analyzer: tokenize, split sentences, attach a cached WordAnalysis to every Arabic token.
//
// The cache is keyed by the token's original bytes, so the common case — a word seen before — costs one hash
// lookup and no normalisation beyond the tokenizer's. It is emptied between articles when it grows past
// max_cached_words, which bounds memory on endless input without invalidating the tokens of the article being
// analysed.
#include <cstdlib>
#include <memory>
#include <string>
#include <unordered_map>

#include "base/hashing.h"
#include "marsad/analyzer.h"
#include "text/morphology.h"

namespace marsad {

struct Analyzer::Impl {
  AnalyzerOptions options;
  std::unique_ptr<Morphology> morphology;
  std::unordered_map<std::string, std::unique_ptr<WordAnalysis>, StringHash, std::equal_to<>> cache;
};

Analyzer::Analyzer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Analyzer::~Analyzer() = default;

Status Analyzer::Open(const AnalyzerOptions& options, std::unique_ptr<Analyzer>* analyzer) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  std::string dir;
  if (options.use_hunspell) {
    dir = options.hunspell_dir;
    if (dir.empty()) {
      const char* env = std::getenv("MARSAD_HUNSPELL");
      dir = (env && *env) ? env : MARSAD_HUNSPELL_DIR;
    }
  }
  if (Status s = Morphology::Open(dir, &impl->morphology); !s.ok()) return s;
  analyzer->reset(new Analyzer(std::move(impl)));
  return Status::OK();
}

bool Analyzer::has_hunspell() const { return impl_->morphology->has_dictionary(); }
std::size_t Analyzer::cached_words() const { return impl_->cache.size(); }

WordAnalysis Analyzer::AnalyzeWord(std::string_view original) const {
  std::string plain;
  NormalizeWordAppend(original, NormalizeOptions{NormLevel::kPlain, false}, plain);
  return impl_->morphology->Analyze(plain);
}

const WordAnalysis& Analyzer::Word(std::string_view original) {
  auto it = impl_->cache.find(original);
  if (it != impl_->cache.end()) return *it->second;
  auto analysis = std::make_unique<WordAnalysis>(AnalyzeWord(original));
  return *impl_->cache.emplace(std::string(original), std::move(analysis)).first->second;
}

std::vector<Sentence> Analyzer::AnalyzeText(std::string_view text, Span span, bool is_title) {
  std::vector<Sentence> sentences = SplitSentences(text, Tokenize(text, span));
  for (Sentence& s : sentences) {
    s.is_title = is_title;
    for (Token& t : s.tokens) {
      if (t.type == TokenType::kArabic) t.word = &Word(text.substr(t.span.begin, t.span.size()));
    }
  }
  return sentences;
}

std::vector<Sentence> Analyzer::Analyze(const Article& article) {
  if (impl_->cache.size() > impl_->options.max_cached_words) impl_->cache.clear();
  std::vector<Sentence> out;
  if (!article.title_span.empty()) out = AnalyzeText(article.text, article.title_span, /*is_title=*/true);
  if (!article.body_span.empty()) {
    std::vector<Sentence> body = AnalyzeText(article.text, article.body_span);
    if (out.empty()) return body;
    out.insert(out.end(), std::make_move_iterator(body.begin()), std::make_move_iterator(body.end()));
  }
  return out;
}

}  // namespace marsad
