// Lexicon loading, validation and matching.
//
// Tables become LexiconEntry rows (one per phrase and meaning); phrases become key sequences; key sequences
// are inserted into a trie whose edges live in one hash map keyed by (node, key id). Matching a token costs a
// few hash lookups: each token offers up to two keys (its whole normalised form and its clitic-free base) and
// the first token a third (one proclitic peeled), and the longest path that ends on a phrase wins.
#include "marsad/lexicon.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>
#include <tuple>

#include "base/flat_tables.h"
#include "lexicon/tables.h"
#include "marsad/utf8.h"

namespace marsad {
namespace {

using lexicon::ReadTable;
using lexicon::SplitList;
using lexicon::Table;

const std::set<std::string, std::less<>> kSectors = {"GOV", "DIP", "IGO", "LEG", "OPP", "REB", "INS", "MIL",
                                                     "COP", "JUD", "BUS", "MED", "EDU", "CVL", "REL"};

bool IsCode(std::string_view s, std::size_t n) {
  if (s.size() != n) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool IsId(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  });
}

bool IsDate(std::string_view s) {
  if (s == "-") return true;
  const auto digits = [&](std::size_t from, std::size_t n) {
    if (s.size() < from + n) return false;
    for (std::size_t k = from; k < from + n; ++k) {
      if (s[k] < '0' || s[k] > '9') return false;
    }
    return true;
  };
  const auto number = [&](std::size_t from, std::size_t n) {
    return std::stoi(std::string(s.substr(from, n)));
  };
  if (s.size() == 4) return digits(0, 4);
  if (s.size() != 7 && s.size() != 10) return false;
  if (!digits(0, 4) || s[4] != '-' || !digits(5, 2) || number(5, 2) < 1 || number(5, 2) > 12) return false;
  if (s.size() == 7) return true;
  return s[7] == '-' && digits(8, 2) && number(8, 2) >= 1 && number(8, 2) <= 31;
}

std::string Opt(std::string_view field) { return field == "-" ? std::string() : std::string(field); }

// Forms of a masculine relative adjective: كازاخستاني → كازاخستانية, كازاخستانيون, كازاخستانيين … and the
// indefinite accusative (26 أسيرا فلسطينيا, قتل جنديا إسرائيليا).
// Each word of a two-word adjective agrees: كوري جنوبي → كورية جنوبية.
std::vector<std::string> AdjectiveForms(const std::string& adjective) {
  std::vector<std::string> forms = {adjective};
  for (const char* suffix : {"ة", "ون", "ين", "ات", "ان", "تان", "تين", "ا"}) {
    std::string form;
    std::size_t start = 0;
    while (start <= adjective.size()) {
      std::size_t space = adjective.find(' ', start);
      if (space == std::string::npos) space = adjective.size();
      if (!form.empty()) form += ' ';
      form += adjective.substr(start, space - start) + suffix;
      start = space + 1;
    }
    forms.push_back(std::move(form));
  }
  return forms;
}

// A one-word name (a place, an organisation, a person) is matched whole, with its article exactly as written:
// الكاميرون is not Cameron (كاميرون), مالي is not المالي ("the financial"), حماس is not الحماس
// ("enthusiasm"), and بوتين is not matched through a segmentation ب+وتين. Only clitics around it may differ
// (والكاميرون, لحماس). Such names get keys of their own, marked by this prefix.
constexpr std::string_view kExactArticle = "\x01";

bool IsName(EntryKind k) {
  return k == EntryKind::kCountry || k == EntryKind::kCapital || k == EntryKind::kCity ||
         k == EntryKind::kRegion || k == EntryKind::kOrganization || k == EntryKind::kPerson;
}

// Appends the word with its article if it has one and without any other clitic: والكاميرون → الكاميرون.
void AppendArticleForm(const Token& t, std::string* out) {
  if (!t.word) {
    out->append(t.norm);
    return;
  }
  if (t.word->has_article()) out->append("ال");
  out->append(t.word->base_norm);
}

struct Parsed {
  std::vector<LexiconEntry> entries;
  std::vector<std::string> given_names, stopwords;
  std::map<std::string, std::string, std::less<>> country_names;
};

// Reads every table into entries and validates them; issues collects errors and warnings.
Parsed Parse(const std::string& dir, std::vector<LexiconIssue>* issues) {
  namespace fs = std::filesystem;
  Parsed p;
  if (!fs::is_directory(dir)) {
    issues->push_back({dir, 0, "lexicon directory not found", true});
    return p;
  }
  const std::vector<std::string> country_cols = {"code", "iso2", "names", "adjectives", "capitals", "cities"};
  const Table generated = ReadTable(dir + "/generated/countries.tsv", country_cols, false, issues);
  const Table curated = ReadTable(dir + "/countries.tsv", country_cols, true, issues);
  const Table orgs = ReadTable(dir + "/organizations.tsv",
                               {"id", "org", "names", "acronyms", "country", "sector"}, true, issues);
  const Table roles =
      ReadTable(dir + "/roles.tsv", {"phrase", "role", "sector", "kind", "country"}, true, issues);
  const Table people = ReadTable(dir + "/people.tsv",
                                 {"names", "country", "org", "role", "sector", "from", "to"}, false, issues);
  const Table places = ReadTable(dir + "/places.tsv", {"names", "country", "kind"}, false, issues);
  const Table given = ReadTable(dir + "/generated/given_names.tsv", {"name", "latin"}, false, issues);
  p.stopwords = lexicon::ReadList(dir + "/generated/stopwords.txt", issues);
  std::set<std::string, std::less<>> excluded;
  for (const auto& phrase : lexicon::ReadList(dir + "/excluded.txt", issues))
    excluded.insert(Normalize(phrase));

  auto add = [&](EntryKind kind, const Table& t, const lexicon::Row& row, std::string phrase) {
    LexiconEntry e;
    e.kind = kind;
    e.phrase = std::move(phrase);
    e.file = t.path;
    e.line = row.line;
    p.entries.push_back(std::move(e));
    return &p.entries.back();
  };
  auto check_values = [&](const Table& t, const lexicon::Row& row, const std::vector<std::string>& values,
                          std::string_view column) {
    for (const auto& v : values) {
      if (v.empty())
        issues->push_back({t.path, row.line, "empty item in the '|' list of " + std::string(column)});
    }
  };

  // Countries: generated names first, curated additions merged by code.
  std::set<std::string, std::less<>> country_codes;
  // The accusative form of an adjective is often a country's own name (روسي → روسيا, أوكراني → أوكرانيا);
  // it stays the name.
  std::set<std::string, std::less<>> place_names;
  for (const Table* t : {&generated, &curated}) {
    for (const auto& row : t->rows) {
      for (int column : {2, 4, 5}) {
        for (const auto& v : SplitList(row.fields[column])) place_names.insert(Normalize(v));
      }
    }
  }
  for (const Table* t : {&generated, &curated}) {
    for (const auto& row : t->rows) {
      const auto& f = row.fields;
      if (!IsCode(f[0], 3)) issues->push_back({t->path, row.line, "code '" + f[0] + "' is not ISO alpha-3"});
      if (f[1] != "-" && !IsCode(f[1], 2)) {
        issues->push_back({t->path, row.line, "iso2 '" + f[1] + "' is not ISO alpha-2"});
      }
      country_codes.insert(f[0]);
      const auto names = SplitList(f[2]);
      check_values(*t, row, names, "names");
      if (!names.empty() && !p.country_names.count(f[0])) p.country_names[f[0]] = names.front();
      const struct {
        int column;
        EntryKind kind;
      } columns[] = {{2, EntryKind::kCountry},
                     {3, EntryKind::kCountryAdjective},
                     {4, EntryKind::kCapital},
                     {5, EntryKind::kCity}};
      for (const auto& c : columns) {
        const auto values = SplitList(f[c.column]);
        check_values(*t, row, values, t->header[c.column]);
        for (const auto& v : values) {
          if (excluded.count(Normalize(v))) continue;
          const std::vector<std::string> forms =
              c.kind == EntryKind::kCountryAdjective ? AdjectiveForms(v) : std::vector<std::string>{v};
          for (const auto& form : forms) {
            if (c.kind == EntryKind::kCountryAdjective && form.ends_with("ا") &&
                place_names.count(Normalize(form)))
              continue;
            LexiconEntry* e = add(c.kind, *t, row, form);
            e->id = e->country = f[0];
            // A capital or city is called by its own first name; names and adjectives by the country's.
            if (c.kind == EntryKind::kCapital || c.kind == EntryKind::kCity) e->canonical = values.front();
            // (A capital speaks for its state in the news: اتهمت طهران الرياض.)
            if (c.kind == EntryKind::kCapital) e->role = "capital";
          }
        }
      }
    }
  }
  for (auto& e : p.entries) {
    if (e.canonical.empty()) e.canonical = p.country_names[e.country];
  }

  // Continents and regions.
  for (const auto& row : places.rows) {
    const auto& f = row.fields;
    if (f[1] != "-" && !country_codes.count(f[1])) {
      issues->push_back({places.path, row.line, "country '" + f[1] + "' is not in the country tables"});
    }
    if (f[2] != "continent" && f[2] != "region") {
      issues->push_back({places.path, row.line, "kind '" + f[2] + "' must be continent or region"});
    }
    const auto names = SplitList(f[0]);
    check_values(places, row, names, "names");
    for (const auto& n : names) {
      LexiconEntry* e = add(EntryKind::kRegion, places, row, n);
      e->country = Opt(f[1]);
      e->id = f[2];
      e->canonical = names.front();
    }
  }

  // Organisations.
  std::set<std::string, std::less<>> org_ids;
  for (const auto& row : orgs.rows) {
    if (!org_ids.insert(row.fields[0]).second) {
      issues->push_back({orgs.path, row.line, "id '" + row.fields[0] + "' is defined twice"});
    }
  }
  for (const auto& row : orgs.rows) {
    const auto& f = row.fields;
    if (!IsId(f[0]))
      issues->push_back({orgs.path, row.line, "id '" + f[0] + "' must be capitals, digits, _ or -"});
    if (!org_ids.count(f[1])) issues->push_back({orgs.path, row.line, "org '" + f[1] + "' is no row's id"});
    if (f[4] != "-" && !country_codes.count(f[4])) {
      issues->push_back({orgs.path, row.line, "country '" + f[4] + "' is not in the country tables"});
    }
    if (f[5] != "-" && !kSectors.count(f[5])) {
      issues->push_back({orgs.path, row.line, "sector '" + f[5] + "' is not a sector code"});
    }
    const auto names = SplitList(f[2]);
    const auto acronyms = SplitList(f[3]);
    check_values(orgs, row, names, "names");
    check_values(orgs, row, acronyms, "acronyms");
    if (names.empty() && acronyms.empty()) issues->push_back({orgs.path, row.line, "no name and no acronym"});
    const std::string canonical = !names.empty() ? names.front() : acronyms.front();
    for (const auto* list : {&names, &acronyms}) {
      for (const auto& n : *list) {
        LexiconEntry* e = add(EntryKind::kOrganization, orgs, row, n);
        e->id = f[0];
        e->org = f[1];
        e->country = Opt(f[4]);
        e->sector = Opt(f[5]);
        e->canonical = canonical;
      }
    }
  }

  // Roles.
  std::set<std::string, std::less<>> role_ids, role_phrases;
  for (const auto& row : roles.rows) {
    const auto& f = row.fields;
    EntryKind kind;
    if (f[3] == "title") {
      kind = EntryKind::kTitle;
    } else if (f[3] == "body") {
      kind = EntryKind::kBody;
    } else if (f[3] == "group") {
      kind = EntryKind::kGroup;
    } else if (f[3] == "honorific") {
      kind = EntryKind::kHonorific;
    } else {
      issues->push_back(
          {roles.path, row.line, "kind '" + f[3] + "' must be title, body, group or honorific"});
      continue;
    }
    if (f[2] != "-" && f[2] != "*" && !kSectors.count(f[2])) {
      issues->push_back({roles.path, row.line, "sector '" + f[2] + "' is not a sector code, * or -"});
    }
    if (!role_phrases.insert(Normalize(f[0])).second) {
      issues->push_back({roles.path, row.line, "phrase '" + f[0] + "' is listed twice", false});
    }
    if (f[1] != "-") role_ids.insert(f[1]);
    if (f[4] != "-" && !country_codes.count(f[4])) {
      issues->push_back({roles.path, row.line, "country '" + f[4] + "' is not in the country tables"});
    }
    LexiconEntry* e = add(kind, roles, row, f[0]);
    e->role = e->id = Opt(f[1]);
    e->sector = Opt(f[2]);
    e->country = Opt(f[4]);
    e->canonical = f[0];
  }

  // People.
  for (const auto& row : people.rows) {
    const auto& f = row.fields;
    if (f[1] != "-" && !country_codes.count(f[1])) {
      issues->push_back({people.path, row.line, "country '" + f[1] + "' is not in the country tables"});
    }
    if (f[2] != "-" && !org_ids.count(f[2])) {
      issues->push_back({people.path, row.line, "org '" + f[2] + "' is not in organizations.tsv"});
    }
    if (f[3] != "-" && !role_ids.count(f[3])) {
      issues->push_back({people.path, row.line, "role '" + f[3] + "' is not in roles.tsv", false});
    }
    if (f[4] != "-" && !kSectors.count(f[4])) {
      issues->push_back({people.path, row.line, "sector '" + f[4] + "' is not a sector code"});
    }
    if (!IsDate(f[5]) || !IsDate(f[6])) {
      issues->push_back({people.path, row.line, "from/to must be YYYY, YYYY-MM, YYYY-MM-DD or -"});
    }
    const auto names = SplitList(f[0]);
    check_values(people, row, names, "names");
    for (const auto& n : names) {
      LexiconEntry* e = add(EntryKind::kPerson, people, row, n);
      e->canonical = names.front();
      e->country = Opt(f[1]);
      e->org = Opt(f[2]);
      e->role = e->id = Opt(f[3]);
      e->sector = Opt(f[4]);
      e->from = Opt(f[5]);
      e->to = Opt(f[6]);
    }
  }
  for (const auto& row : given.rows) {
    if (!excluded.count(Normalize(row.fields[0]))) p.given_names.push_back(row.fields[0]);
  }

  // The event tables (coded by the event stage): checked here so that one command validates every table.
  const Table cameo = ReadTable(
      dir + "/cameo.tsv",
      {"cameo", "label", "goldstein", "quad_class", "plover_category", "plover_mode", "plover_context"},
      false, issues);
  std::set<std::string, std::less<>> cameo_codes;
  for (const auto& row : cameo.rows) {
    const auto& f = row.fields;
    const bool digits = !f[0].empty() && f[0].size() <= 4 &&
                        std::all_of(f[0].begin(), f[0].end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!digits) issues->push_back({cameo.path, row.line, "cameo '" + f[0] + "' is not a 2-4 digit code"});
    if (!cameo_codes.insert(f[0]).second)
      issues->push_back({cameo.path, row.line, "cameo " + f[0] + " twice"});
    char* end = nullptr;
    const double goldstein = std::strtod(f[2].c_str(), &end);
    if (end == f[2].c_str() || *end != '\0' || goldstein < -10 || goldstein > 10) {
      issues->push_back({cameo.path, row.line, "goldstein '" + f[2] + "' is not a number in [-10, 10]"});
    }
    if (f[3].size() != 1 || f[3][0] < '1' || f[3][0] > '4') {
      issues->push_back({cameo.path, row.line, "quad_class '" + f[3] + "' must be 1-4"});
    }
  }
  const Table triggers =
      ReadTable(dir + "/events.tsv",
                {"trigger", "kind", "cameo", "subject", "object", "preps", "modality", "restrict", "notes"},
                false, issues);
  const std::set<std::string, std::less<>> kRoles = {"actor", "recipient", "-"};
  for (const auto& row : triggers.rows) {
    const auto& f = row.fields;
    if (f[1] != "verb" && f[1] != "noun" && f[1] != "phrase") {
      issues->push_back({triggers.path, row.line, "kind '" + f[1] + "' must be verb, noun or phrase"});
    }
    if (cameo.present && !cameo_codes.count(f[2])) {
      issues->push_back({triggers.path, row.line, "cameo '" + f[2] + "' is not in cameo.tsv"});
    }
    if (!kRoles.count(f[3]) || !kRoles.count(f[4])) {
      issues->push_back({triggers.path, row.line, "subject/object must be actor, recipient or -"});
    }
    for (const auto& prep : SplitList(f[5])) {
      const std::size_t eq = prep.find('=');
      if (eq == std::string::npos || eq == 0 || !kRoles.count(prep.substr(eq + 1))) {
        issues->push_back({triggers.path, row.line, "preps item '" + prep + "' must be PREPOSITION=ROLE"});
      }
    }
    if (f[6] != "-" && f[6] != "future") {
      issues->push_back({triggers.path, row.line, "modality '" + f[6] + "' must be - or future"});
    }
    if (f[7] != "-" && f[7] != "armed" && f[7] != "indefinite" && f[7] != "crowd" && f[7] != "bomb" &&
        f[7] != "pledge") {
      issues->push_back({triggers.path, row.line,
                         "restrict '" + f[7] + "' must be -, armed, indefinite, crowd, bomb or pledge"});
    }
  }

  // Outlets' home countries (used by the event stage for officials of unstated nationality).
  const Table sources =
      ReadTable(dir + "/sources.tsv", {"source", "country", "side", "notes"}, false, issues);
  std::set<std::string, std::less<>> source_names;
  for (const auto& row : sources.rows) {
    const auto& f = row.fields;
    if (!source_names.insert(f[0]).second) issues->push_back({sources.path, row.line, f[0] + " twice"});
    if (!country_codes.count(f[1])) {
      issues->push_back({sources.path, row.line, "country '" + f[1] + "' is not in countries.tsv"});
    }
    if (f[2] != "-" && !org_ids.count(f[2])) {
      issues->push_back({sources.path, row.line, "side '" + f[2] + "' is no organisation id"});
    }
  }

  // Phrases that point at two different places or organisations are ambiguous: worth a warning.
  std::map<std::string, const LexiconEntry*> seen;
  for (const auto& e : p.entries) {
    const bool place = e.kind == EntryKind::kCountry || e.kind == EntryKind::kCapital ||
                       e.kind == EntryKind::kCity || e.kind == EntryKind::kRegion;
    if (!place && e.kind != EntryKind::kOrganization) continue;
    const std::string key = Normalize(e.phrase);
    auto [it, inserted] = seen.emplace(key, &e);
    if (!inserted) {
      const LexiconEntry* other = it->second;
      const bool same = (other->country == e.country && other->org == e.org);
      if (!same) {
        issues->push_back({e.file, e.line,
                           "'" + e.phrase + "' also means " +
                               (other->org.empty() ? other->country : other->org) + " (" + other->file + ":" +
                               std::to_string(other->line) + ")",
                           false});
      }
    }
  }
  return p;
}

constexpr std::uint32_t kNoKey = 0xFFFFFFFFu;

}  // namespace

const char* EntryKindName(EntryKind kind) {
  switch (kind) {
    case EntryKind::kCountry:
      return "country";
    case EntryKind::kCountryAdjective:
      return "country_adjective";
    case EntryKind::kCapital:
      return "capital";
    case EntryKind::kCity:
      return "city";
    case EntryKind::kRegion:
      return "region";
    case EntryKind::kOrganization:
      return "organization";
    case EntryKind::kTitle:
      return "title";
    case EntryKind::kBody:
      return "body";
    case EntryKind::kGroup:
      return "group";
    case EntryKind::kHonorific:
      return "honorific";
    case EntryKind::kPerson:
      return "person";
  }
  return "?";
}

std::string LexiconIssue::ToString() const {
  return file + (line > 0 ? ":" + std::to_string(line) : std::string()) + ": " +
         (error ? "error: " : "warning: ") + message;
}

struct Lexicon::Impl {
  std::vector<LexiconEntry> entries;
  // Flat tables (base/flat_tables.h): matching looks several keys up per token.
  StringIds vocab;                                       // key → key id
  U64Map edges;                                          // (node << 32 | key) → child node
  std::vector<std::vector<std::uint32_t>> node_entries;  // node → entries ending there
  StringIds given_names, stopwords;
  std::map<std::string, std::string, std::less<>> country_names;
  std::size_t phrases = 0;

  std::uint32_t Key(std::string_view s) const {
    const std::uint32_t id = vocab.Find(s);
    return id == StringIds::kAbsent ? kNoKey : id;
  }
  std::uint32_t InternKey(const std::string& s) { return vocab.Intern(s); }
  std::uint32_t Child(std::uint32_t node, std::uint32_t key) const {
    if (key == kNoKey) return 0;
    return edges.Find((static_cast<std::uint64_t>(node) << 32) | key);
  }
  std::uint32_t AddChild(std::uint32_t node, std::uint32_t key) {
    const std::uint64_t edge = (static_cast<std::uint64_t>(node) << 32) | key;
    if (const std::uint32_t child = edges.Find(edge)) return child;
    const auto child = static_cast<std::uint32_t>(node_entries.size());
    node_entries.emplace_back();
    edges.Set(edge, child);
    return child;
  }
};

Lexicon::Lexicon(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Lexicon::~Lexicon() = default;

std::string Lexicon::DefaultDir() {
  if (const char* env = std::getenv("MARSAD_LEXICONS"); env && *env) return env;
  return MARSAD_LEXICON_DIR;
}

namespace {
// Issues in file and line order, as an editor would walk them.
void SortIssues(std::vector<LexiconIssue>* issues) {
  std::stable_sort(issues->begin(), issues->end(), [](const LexiconIssue& a, const LexiconIssue& b) {
    return std::tie(a.file, a.line) < std::tie(b.file, b.line);
  });
}
}  // namespace

std::vector<LexiconIssue> Lexicon::Check(const std::string& dir) {
  std::vector<LexiconIssue> issues;
  Parse(dir, &issues);
  SortIssues(&issues);
  return issues;
}

Status Lexicon::Load(const std::string& dir, Analyzer& analyzer, std::unique_ptr<Lexicon>* lexicon,
                     std::vector<LexiconIssue>* warnings) {
  std::vector<LexiconIssue> issues;
  Parsed parsed = Parse(dir, &issues);
  SortIssues(&issues);
  std::size_t errors = 0;
  std::string first_error;
  for (const auto& issue : issues) {
    if (issue.error) {
      if (errors++ == 0) first_error = issue.ToString();
    } else if (warnings) {
      warnings->push_back(issue);
    }
  }
  if (errors > 0) {
    return Status::Corruption(
        first_error +
        (errors > 1 ? " (and " + std::to_string(errors - 1) + " more; run marsad lexicon check)" : ""));
  }
  auto impl = std::make_unique<Impl>();
  impl->entries = std::move(parsed.entries);
  impl->country_names = std::move(parsed.country_names);
  impl->node_entries.emplace_back();  // the root
  for (const auto& g : parsed.given_names) impl->given_names.Intern(Normalize(g));
  for (const auto& s : parsed.stopwords) impl->stopwords.Intern(Normalize(s));

  // Each word of a phrase may be matched by its whole normalised form or by its base: both paths go in.
  for (std::uint32_t index = 0; index < impl->entries.size(); ++index) {
    const std::string& phrase = impl->entries[index].phrase;
    std::vector<std::vector<std::string>> alternatives;
    std::vector<Token> words = Tokenize(phrase, {0, phrase.size()});
    std::erase_if(words,
                  [](const Token& t) { return t.type == TokenType::kPunct || t.type == TokenType::kSymbol; });
    for (Token& t : words) {
      if (t.type == TokenType::kArabic)
        t.word = &analyzer.Word(std::string_view(phrase).substr(t.span.begin, t.span.size()));
    }
    if (words.size() == 1 && words[0].type == TokenType::kArabic && IsName(impl->entries[index].kind)) {
      alternatives.push_back({std::string(kExactArticle) + words[0].norm});
    } else {
      for (const Token& t : words) {
        std::vector<std::string> keys = {t.norm};
        if (t.word) {
          if (t.word->base_norm.empty()) continue;  // a lone proclitic (لـ)
          if (t.word->base_norm != t.norm) keys.push_back(t.word->base_norm);
        }
        alternatives.push_back(std::move(keys));
      }
    }
    if (alternatives.empty()) continue;
    std::vector<std::uint32_t> frontier = {0};
    for (const auto& keys : alternatives) {
      std::vector<std::uint32_t> next;
      for (std::uint32_t node : frontier) {
        for (const auto& k : keys) {
          const std::uint32_t child = impl->AddChild(node, impl->InternKey(k));
          if (std::find(next.begin(), next.end(), child) == next.end()) next.push_back(child);
        }
      }
      if (next.size() > 16) next.resize(16);  // bounds the rare long phrase with many alternatives
      frontier = std::move(next);
    }
    for (std::uint32_t node : frontier) {
      auto& list = impl->node_entries[node];
      if (list.empty()) ++impl->phrases;
      if (std::find(list.begin(), list.end(), index) == list.end()) list.push_back(index);
    }
  }
  lexicon->reset(new Lexicon(std::move(impl)));
  return Status::OK();
}

void Lexicon::LongestMatches(const std::vector<Token>& tokens, std::vector<Match>* matches) const {
  matches->clear();
  Match m;
  for (std::size_t i = 0; i < tokens.size();) {
    if (LongestMatch(tokens, i, &m)) {
      i = m.end;  // a match covers at least tokens[i]
      matches->push_back(m);
    } else {
      ++i;
    }
  }
}

bool Lexicon::LongestMatch(const std::vector<Token>& tokens, std::size_t i, Match* match) const {
  const Impl& m = *impl_;
  std::size_t best_end = 0;
  std::uint32_t best_node = 0;
  bool best_peeled = false;

  auto extend = [&](std::uint32_t node, bool peeled) {
    std::size_t j = i + 1;
    if (!m.node_entries[node].empty() && j > best_end) {
      best_end = j;
      best_node = node;
      best_peeled = peeled;
    }
    while (j < tokens.size()) {
      const Token& t = tokens[j];
      // A quotation mark inside a name is no break in it (قوات "الدعم السريع"، حركة «حماس»); a match never
      // ends on one.
      if (t.type == TokenType::kPunct && j + 1 < tokens.size() &&
          (t.norm == "\"" || t.norm == "«" || t.norm == "»" || t.norm == "“" || t.norm == "”")) {
        ++j;
        continue;
      }
      std::uint32_t next = m.Child(node, m.Key(t.norm));
      if (next == 0 && t.word && t.word->base_norm != t.norm) next = m.Child(node, m.Key(t.word->base_norm));
      if (next == 0) break;
      node = next;
      ++j;
      if (!m.node_entries[node].empty() && j > best_end) {
        best_end = j;
        best_node = node;
        best_peeled = peeled;
      }
    }
  };

  const Token& first = tokens[i];
  if (first.type == TokenType::kPunct || first.type == TokenType::kSymbol) return false;
  if (std::uint32_t n = m.Child(0, m.Key(first.norm))) extend(n, false);
  if (first.type == TokenType::kArabic) {
    // Reused: most words do not fit in a std::string's inline buffer, and this runs for every token.
    thread_local std::string exact, article_form;
    exact.assign(kExactArticle).append(first.norm);
    if (std::uint32_t n = m.Child(0, m.Key(exact))) extend(n, false);
    article_form.assign(kExactArticle);
    AppendArticleForm(first, &article_form);
    if (article_form != exact) {
      if (std::uint32_t n = m.Child(0, m.Key(article_form))) extend(n, false);
    }
  }
  if (first.word && first.word->base_norm != first.norm) {
    if (std::uint32_t n = m.Child(0, m.Key(first.word->base_norm))) extend(n, false);
  }
  // A word of the tables in the indefinite accusative (استقبل وفدا من الكونغرس، عين سفيرا): its alif off,
  // when nothing else matched. (The analyser keeps the alif: بحثا is as often "they both discussed". A
  // participle with its preposition or أن is no title: مشيرا إلى.)
  const bool participle =
      i + 1 < tokens.size() && (tokens[i + 1].norm == "الي" || tokens[i + 1].norm == "ان");
  if (best_end == 0 && first.type == TokenType::kArabic && first.norm.size() >= 8 &&
      first.norm.ends_with("ا") && !participle) {
    const std::string_view norm = first.norm;
    if (std::uint32_t n = m.Child(0, m.Key(norm.substr(0, norm.size() - std::string_view("ا").size()))))
      extend(n, false);
  }
  // An unknown name after a conjunction or preposition keeps its clitic in the analysis (وساريباي): peel one.
  if (best_end == 0 && first.type == TokenType::kArabic && first.norm.size() >= 8) {
    const std::string_view norm = first.norm;
    for (std::string_view clitic : {"و", "ف", "ب", "ل", "ك"}) {
      if (norm.starts_with(clitic)) {
        const std::string_view rest = norm.substr(clitic.size());
        if (std::uint32_t n = m.Child(0, m.Key(rest))) extend(n, true);
        thread_local std::string exact_rest;
        exact_rest.assign(kExactArticle).append(rest);
        if (std::uint32_t n = m.Child(0, m.Key(exact_rest))) extend(n, true);
        break;
      }
    }
  }
  if (best_end == 0) return false;
  match->begin = i;
  match->end = best_end;
  match->peeled = best_peeled;
  match->entries.clear();
  for (std::uint32_t index : m.node_entries[best_node]) match->entries.push_back(&m.entries[index]);
  return true;
}

bool Lexicon::IsGivenName(std::string_view norm) const { return impl_->given_names.Contains(norm); }
bool Lexicon::IsStopword(std::string_view norm) const { return impl_->stopwords.Contains(norm); }

std::string Lexicon::CountryName(std::string_view code) const {
  auto it = impl_->country_names.find(code);
  return it == impl_->country_names.end() ? std::string() : it->second;
}

std::size_t Lexicon::entry_count() const { return impl_->entries.size(); }
std::size_t Lexicon::phrase_count() const { return impl_->phrases; }

}  // namespace marsad
