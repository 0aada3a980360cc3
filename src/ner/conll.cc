// CoNLL input for the named-entity tagger and its evaluation: BIO tags to spans, and exact-span scores.
//
// Scores follow conlleval: a predicted entity counts only when both its boundaries and its type equal a gold
// entity's; precision, recall and F1 per type, and micro-averaged over all entities. Spans are read from BIO
// leniently (an I-X that does not continue an X span opens one), as conlleval does, so that a tagger that
// breaks BIO is still scored on what it meant.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "marsad/ner.h"

namespace marsad {

std::string MapWojoodTag(std::string_view tag) {
  if (tag.size() < 3 || (tag[0] != 'B' && tag[0] != 'I') || tag[1] != '-') return "O";
  const std::string_view type = tag.substr(2);
  const std::string prefix(tag.substr(0, 2));
  if (type == "PERS") return prefix + "PER";
  if (type == "ORG") return prefix + "ORG";
  if (type == "GPE" || type == "LOC" || type == "FAC") return prefix + "LOC";
  if (type == "EVENT" || type == "PRODUCT" || type == "CURR" || type == "LANGUAGE" || type == "WEBSITE" ||
      type == "LAW") {
    return prefix + "MISC";
  }
  return "O";
}

Status ParseConll(std::string_view text, int tag_column, std::vector<NerSentence>* sentences) {
  NerSentence current;
  auto flush = [&] {
    if (!current.words.empty()) sentences->push_back(std::move(current));
    current = NerSentence{};
  };
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    pos = eol + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::vector<std::string_view> cols;
    for (std::size_t i = 0; i < line.size();) {
      while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
      const std::size_t start = i;
      while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
      if (i > start) cols.push_back(line.substr(start, i - start));
    }
    if (cols.empty()) {
      flush();
      continue;
    }
    current.words.emplace_back(cols[0]);
    std::string_view tag = "O";
    if (tag_column < 0 && cols.size() >= 2) tag = cols.back();
    if (tag_column > 0 && static_cast<std::size_t>(tag_column) < cols.size()) tag = cols[tag_column];
    current.tags.emplace_back(tag);
    if (eol == text.size()) break;
  }
  flush();
  return Status::OK();
}

Status ReadConll(const std::string& path, int tag_column, std::vector<NerSentence>* sentences) {
  std::string text;
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    text = ss.str();
  } else {
    std::ifstream file(path, std::ios::binary);
    if (!file) return Status::IOError("cannot open " + path);
    std::ostringstream ss;
    ss << file.rdbuf();
    text = ss.str();
  }
  return ParseConll(text, tag_column, sentences);
}

std::vector<NerSpan> BioToSpans(const std::vector<std::string>& tags) {
  std::vector<NerSpan> spans;
  for (std::size_t i = 0; i < tags.size(); ++i) {
    const std::string& tag = tags[i];
    if (tag.size() < 3 || tag[1] != '-' || (tag[0] != 'B' && tag[0] != 'I')) continue;
    const std::string type = tag.substr(2);
    const bool continues =
        tag[0] == 'I' && !spans.empty() && spans.back().end == i && spans.back().type == type;
    if (continues) {
      spans.back().end = i + 1;
    } else {
      spans.push_back(NerSpan{i, i + 1, type});
    }
  }
  return spans;
}

namespace {
int TypeIndex(const std::string& type) {
  if (type == "PER") return 0;
  if (type == "LOC") return 1;
  if (type == "ORG") return 2;
  if (type == "MISC") return 3;
  return -1;
}
constexpr const char* kTypeNames[4] = {"PER", "LOC", "ORG", "MISC"};
}  // namespace

void NerScores::Add(const std::vector<std::string>& gold, const std::vector<std::string>& predicted) {
  const std::vector<NerSpan> g = BioToSpans(gold), p = BioToSpans(predicted);
  auto count = [&](const std::vector<NerSpan>& spans, std::size_t Counts::*field) {
    for (const NerSpan& s : spans) {
      const int t = TypeIndex(s.type);
      if (t >= 0) ++(per_type[t].*field);
      ++(micro.*field);
    }
  };
  count(g, &Counts::gold);
  count(p, &Counts::predicted);
  // Both lists are in order of their first token and spans of one list never overlap: merge them.
  std::size_t j = 0;
  for (const NerSpan& s : p) {
    while (j < g.size() && g[j].begin < s.begin) ++j;
    if (j < g.size() && g[j] == s) {
      const int t = TypeIndex(s.type);
      if (t >= 0) ++per_type[t].correct;
      ++micro.correct;
    }
  }
}

std::string NerScores::ToString() const {
  std::string out = "type     gold  pred  correct  precision  recall     F1\n";
  char line[160];
  auto row = [&](const char* name, const Counts& c) {
    std::snprintf(line, sizeof(line), "%-6s %6zu %5zu %8zu %9.2f %8.2f %7.2f\n", name, c.gold, c.predicted,
                  c.correct, 100 * c.precision(), 100 * c.recall(), 100 * c.f1());
    out += line;
  };
  for (int t = 0; t < 4; ++t) row(kTypeNames[t], per_type[t]);
  row("micro", micro);
  return out;
}

}  // namespace marsad
