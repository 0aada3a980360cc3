// Reading the lexicon tables: TAB-separated, '#' comments, a header line, '|' lists, '-' for empty.
#ifndef MARSAD_LEXICON_TABLES_H_
#define MARSAD_LEXICON_TABLES_H_

#include <string>
#include <string_view>
#include <vector>

#include "marsad/lexicon.h"

namespace marsad::lexicon {

struct Row {
  int line = 0;
  std::vector<std::string> fields;
};

struct Table {
  std::string path;
  std::vector<std::string> header;
  std::vector<Row> rows;
  bool present = false;
};

// Reads path; problems (unreadable file, bad UTF-8, wrong header or field count) go to issues.
// `expected` are the column names in order.
Table ReadTable(const std::string& path, const std::vector<std::string>& expected, bool required,
                std::vector<LexiconIssue>* issues);

// Splits a '|' list; "-" and "" give an empty list. Items are trimmed.
std::vector<std::string> SplitList(std::string_view field);

// Reads a one-item-per-line list (stop words), '#' comments allowed.
std::vector<std::string> ReadList(const std::string& path, std::vector<LexiconIssue>* issues);

}  // namespace marsad::lexicon

#endif  // MARSAD_LEXICON_TABLES_H_
