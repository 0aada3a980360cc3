// The lexicon tables are meant to be edited by hand, so the reader is strict and talkative: every deviation
// from the format is reported with its file and line, and nothing is silently dropped.
#include "lexicon/tables.h"

#include <fstream>
#include <sstream>

#include "marsad/utf8.h"

namespace marsad::lexicon {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string> SplitTabs(std::string_view line) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    out.emplace_back(
        line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return out;
}

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

}  // namespace

std::vector<std::string> SplitList(std::string_view field) {
  std::vector<std::string> out;
  field = Trim(field);
  if (field.empty() || field == "-") return out;
  std::size_t start = 0;
  while (true) {
    const std::size_t bar = field.find('|', start);
    out.emplace_back(
        Trim(field.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start)));
    if (bar == std::string_view::npos) break;
    start = bar + 1;
  }
  return out;
}

Table ReadTable(const std::string& path, const std::vector<std::string>& expected, bool required,
                std::vector<LexiconIssue>* issues) {
  Table t;
  t.path = path;
  std::string data;
  if (!ReadFile(path, &data)) {
    if (required) issues->push_back({path, 0, "cannot read the file", true});
    return t;
  }
  t.present = true;
  if (!utf8::IsValid(data)) {
    issues->push_back({path, 0, "not valid UTF-8", true});
    return t;
  }
  int line_no = 0;
  std::size_t pos = 0;
  while (pos <= data.size()) {
    std::size_t nl = data.find('\n', pos);
    if (nl == std::string::npos) nl = data.size();
    std::string_view line(data.data() + pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (Trim(line).empty() || line.front() == '#') {
      if (nl == data.size()) break;
      continue;
    }
    std::vector<std::string> fields = SplitTabs(line);
    if (t.header.empty()) {
      t.header = fields;
      if (t.header != expected) {
        std::string want;
        for (const auto& e : expected) want += (want.empty() ? "" : " ") + e;
        issues->push_back({path, line_no, "header must be the columns: " + want + " (TAB-separated)", true});
        return t;
      }
    } else if (fields.size() != expected.size()) {
      issues->push_back({path, line_no,
                         "has " + std::to_string(fields.size()) + " TAB-separated fields, the header has " +
                             std::to_string(expected.size()),
                         true});
    } else {
      for (std::size_t k = 0; k < fields.size(); ++k) {
        if (Trim(fields[k]).empty()) {
          issues->push_back(
              {path, line_no, "column '" + expected[k] + "' is empty (write - for none)", true});
        }
      }
      t.rows.push_back({line_no, std::move(fields)});
    }
    if (nl == data.size()) break;
  }
  if (t.header.empty()) issues->push_back({path, 0, "no header line", true});
  return t;
}

std::vector<std::string> ReadList(const std::string& path, std::vector<LexiconIssue>* issues) {
  std::vector<std::string> out;
  std::string data;
  if (!ReadFile(path, &data)) return out;
  if (!utf8::IsValid(data)) {
    issues->push_back({path, 0, "not valid UTF-8", true});
    return out;
  }
  std::istringstream in(data);
  std::string line;
  while (std::getline(in, line)) {
    const std::string_view item = Trim(line);
    if (item.empty() || item.front() == '#') continue;
    out.emplace_back(item);
  }
  return out;
}

}  // namespace marsad::lexicon
