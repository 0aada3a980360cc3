// Builds models/ner-clusters.tsv, the word clusters the named-entity tagger uses as features: distributional
// clusters of the frequent words of unlabelled news (not part of the library; built by hand, see
// models/README.md for the exact command).
//
// Every token's kFolded norm (the project's own Tokenize, so the keys are the norms the tagger sees) is
// counted; the V most frequent words (count ≥ min-count) are clustered by their left and right neighbours
// among the C most frequent tokens (all tokens, punctuation included): a vector of positive PMI,
// L2-normalised, then spherical k-means (cosine) with a deterministic start (the words at ranks spread evenly
// over the vocabulary) and a fixed number of iterations. Two clusterings are written, a coarse and a fine
// one. Ties are broken by word order, so the same input gives the same file.
//
//   make_clusters OUT.tsv INPUT... [--vocab 50000] [--context 1000] [--coarse 128] [--fine 1024]
//                 [--min-count 5] [--iterations 20]
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unordered_map>
#include <vector>

#include "marsad/article.h"
#include "marsad/text.h"

using namespace marsad;

namespace {

struct Entry {
  std::uint32_t dim;
  float value;
};

// Spherical k-means; returns the cluster of every vector.
std::vector<int> KMeans(const std::vector<std::vector<Entry>>& vecs, std::size_t dims, int k,
                        int iterations) {
  const std::size_t n = vecs.size();
  std::vector<float> cent(dims * static_cast<std::size_t>(k), 0.0f);  // [dim][k]
  for (int c = 0; c < k; ++c) {
    const std::size_t w = static_cast<std::size_t>(c) * n / static_cast<std::size_t>(k);
    for (const Entry& e : vecs[w]) cent[e.dim * k + c] = e.value;
  }
  std::vector<int> assign(n, -1);
  std::vector<float> score(static_cast<std::size_t>(k));
  for (int it = 0; it < iterations; ++it) {
    std::size_t changed = 0;
    for (std::size_t i = 0; i < n; ++i) {
      std::fill(score.begin(), score.end(), 0.0f);
      for (const Entry& e : vecs[i]) {
        const float* row = &cent[e.dim * k];
        for (int c = 0; c < k; ++c) score[c] += e.value * row[c];
      }
      int best = 0;
      for (int c = 1; c < k; ++c) {
        if (score[c] > score[best]) best = c;
      }
      changed += assign[i] != best;
      assign[i] = best;
    }
    std::fill(cent.begin(), cent.end(), 0.0f);
    std::vector<std::size_t> size(static_cast<std::size_t>(k), 0);
    for (std::size_t i = 0; i < n; ++i) {
      ++size[assign[i]];
      for (const Entry& e : vecs[i]) cent[e.dim * k + assign[i]] += e.value;
    }
    std::vector<double> norm(static_cast<std::size_t>(k), 0.0);
    for (std::size_t d = 0; d < dims; ++d) {
      for (int c = 0; c < k; ++c) norm[c] += double(cent[d * k + c]) * cent[d * k + c];
    }
    for (std::size_t d = 0; d < dims; ++d) {
      for (int c = 0; c < k; ++c) {
        if (norm[c] > 0) cent[d * k + c] = static_cast<float>(cent[d * k + c] / std::sqrt(norm[c]));
      }
    }
    std::fprintf(stderr, "k=%d iteration %d: %zu changed\n", k, it + 1, changed);
    if (changed == 0) break;
  }
  return assign;
}

}  // namespace

int main(int argc, char** argv) {
  std::string out;
  std::vector<std::string> inputs;
  std::size_t vocab = 50000, context = 1000;
  int coarse = 128, fine = 1024, iterations = 20;
  std::uint64_t min_count = 5;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--vocab" && i + 1 < argc) {
      vocab = std::strtoul(argv[++i], nullptr, 10);
    } else if (a == "--context" && i + 1 < argc) {
      context = std::strtoul(argv[++i], nullptr, 10);
    } else if (a == "--coarse" && i + 1 < argc) {
      coarse = std::atoi(argv[++i]);
    } else if (a == "--fine" && i + 1 < argc) {
      fine = std::atoi(argv[++i]);
    } else if (a == "--min-count" && i + 1 < argc) {
      min_count = std::strtoull(argv[++i], nullptr, 10);
    } else if (a == "--iterations" && i + 1 < argc) {
      iterations = std::atoi(argv[++i]);
    } else if (out.empty()) {
      out = a;
    } else {
      inputs.push_back(a);
    }
  }
  if (out.empty() || inputs.empty()) {
    std::fprintf(stderr, "usage: make_clusters OUT.tsv INPUT...\n");
    return 2;
  }
  // Token ids in order of first appearance; documents as id sequences.
  std::unordered_map<std::string, std::uint32_t> ids;
  std::vector<std::string> words;
  std::vector<std::uint64_t> counts;
  std::vector<std::vector<std::uint32_t>> docs;
  ReadStats stats;
  Status s = ReadArticles(
      inputs, ReadOptions{},
      [&](Article&& a) {
        std::vector<std::uint32_t> doc;
        for (const Token& t : Tokenize(a.text, Span{0, a.text.size()})) {
          auto [it, inserted] = ids.try_emplace(t.norm, static_cast<std::uint32_t>(words.size()));
          if (inserted) {
            words.push_back(t.norm);
            counts.push_back(0);
          }
          ++counts[it->second];
          doc.push_back(it->second);
        }
        docs.push_back(std::move(doc));
        return true;
      },
      [](const Diagnostic&) {}, &stats);
  if (!s.ok()) {
    std::fprintf(stderr, "%s\n", s.ToString().c_str());
    return 1;
  }
  std::vector<std::uint32_t> order(words.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<std::uint32_t>(i);
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    return counts[a] != counts[b] ? counts[a] > counts[b] : words[a] < words[b];
  });
  std::vector<int> rank(words.size(), -1);
  for (std::size_t r = 0; r < order.size(); ++r) rank[order[r]] = static_cast<int>(r);
  std::size_t total = 0;
  for (auto c : counts) total += c;
  std::fprintf(stderr, "%zu articles, %zu tokens, %zu types\n", docs.size(), total, words.size());

  // Clustered words: letters only (Arabic or Latin), count ≥ min_count, the V most frequent.
  std::vector<std::uint32_t> vocab_words;
  for (std::uint32_t w : order) {
    if (vocab_words.size() >= vocab || counts[w] < min_count) break;
    const unsigned char c = static_cast<unsigned char>(words[w][0]);
    if (c >= 0xD8 && c <= 0xDB)
      vocab_words.push_back(w);  // Arabic letters
    else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
      vocab_words.push_back(w);
  }
  std::vector<int> vocab_index(words.size(), -1);
  for (std::size_t i = 0; i < vocab_words.size(); ++i) vocab_index[vocab_words[i]] = static_cast<int>(i);
  const std::size_t dims = 2 * context;
  std::vector<std::unordered_map<std::uint32_t, float>> raw(vocab_words.size());
  std::vector<double> dim_total(dims, 0.0);
  for (const auto& doc : docs) {
    for (std::size_t i = 0; i < doc.size(); ++i) {
      const int v = vocab_index[doc[i]];
      if (v < 0) continue;
      if (i > 0 && static_cast<std::size_t>(rank[doc[i - 1]]) < context) {
        const std::uint32_t d = static_cast<std::uint32_t>(rank[doc[i - 1]]);
        raw[v][d] += 1;
        dim_total[d] += 1;
      }
      if (i + 1 < doc.size() && static_cast<std::size_t>(rank[doc[i + 1]]) < context) {
        const std::uint32_t d = static_cast<std::uint32_t>(context + rank[doc[i + 1]]);
        raw[v][d] += 1;
        dim_total[d] += 1;
      }
    }
  }
  double grand = 0;
  for (double t : dim_total) grand += t;
  std::vector<std::vector<Entry>> vecs(vocab_words.size());
  for (std::size_t v = 0; v < vocab_words.size(); ++v) {
    double row = 0;
    for (const auto& [d, c] : raw[v]) row += c;
    std::vector<Entry>& e = vecs[v];
    for (const auto& [d, c] : raw[v]) {
      const double pmi = std::log(c * grand / (row * dim_total[d]));
      if (pmi > 0) e.push_back({d, static_cast<float>(pmi)});
    }
    std::sort(e.begin(), e.end(), [](const Entry& a, const Entry& b) { return a.dim < b.dim; });
    double norm = 0;
    for (const Entry& x : e) norm += double(x.value) * x.value;
    for (Entry& x : e) x.value = norm > 0 ? static_cast<float>(x.value / std::sqrt(norm)) : 0.0f;
  }
  raw.clear();
  const std::vector<int> a = KMeans(vecs, dims, coarse, iterations);
  const std::vector<int> b = KMeans(vecs, dims, fine, iterations);
  FILE* f = std::fopen(out.c_str(), "w");
  if (!f) {
    std::perror(out.c_str());
    return 1;
  }
  std::fprintf(f, "# word clusters for the NER tagger: norm, coarse cluster (of %d), fine cluster (of %d)\n",
               coarse, fine);
  for (std::size_t v = 0; v < vocab_words.size(); ++v) {
    std::fprintf(f, "%s\t%d\t%d\n", words[vocab_words[v]].c_str(), a[v], b[v]);
  }
  std::fclose(f);
  return 0;
}
