// Scoring against the event gold sets. See eval.h for what is scored and how.
#include "events/eval.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include "marsad/text.h"

namespace marsad::events_eval {
namespace {

Status ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError("cannot open " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return Status::OK();
}

// RFC 4180 CSV: quoted fields may hold commas, doubled quotes and newlines.
std::vector<std::vector<std::string>> ParseCsv(const std::string& data) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < data.size(); ++i) {
    const char c = data[i];
    if (quoted) {
      if (c == '"' && i + 1 < data.size() && data[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      row.push_back(std::move(field));
      field.clear();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < data.size() && data[i + 1] == '\n') ++i;
      row.push_back(std::move(field));
      field.clear();
      rows.push_back(std::move(row));
      row.clear();
    } else {
      field += c;
    }
  }
  if (!field.empty() || !row.empty()) {
    row.push_back(std::move(field));
    rows.push_back(std::move(row));
  }
  return rows;
}

bool Happened(const Event& e) { return e.modality != "historical"; }

std::string Short(std::string_view text, std::size_t max_bytes = 220) {
  if (text.size() <= max_bytes) return std::string(text);
  std::size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut)) + "…";
}

std::string Percent(std::size_t part, std::size_t whole) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%5.1f%% (%zu/%zu)",
                whole == 0 ? 0.0 : 100.0 * static_cast<double>(part) / static_cast<double>(whole), part,
                whole);
  return buf;
}

std::string PrfLine(const std::string& label, const Counts& c) {
  char buf[160];
  std::snprintf(buf, sizeof buf, "%-22s P %.3f  R %.3f  F1 %.3f   (tp %zu, fp %zu, fn %zu)\n", label.c_str(),
                c.Precision(), c.Recall(), c.F1(), c.tp, c.fp, c.fn);
  return buf;
}

// ---- Sentence-level detection ----

// A sentence reports an event when the coder finds one that happened (modality asserted): not negated,
// planned, hypothetical or historical ones.
bool Detects(const std::vector<Event>& events, const std::string& category) {
  return std::any_of(events.begin(), events.end(),
                     [&](const Event& e) { return e.category == category && e.modality == "asserted"; });
}

}  // namespace

// The organisations the coding manual codes; any other organisation is scored by its country, else by its
// sector, as the JSON record gives it (its code goes to `group`).
std::string PartyKey(const std::string& country, const std::string& org, const std::string& sector) {
  if (!org.empty() && IsManualOrganisation(org)) return "org:" + org;
  if (!country.empty()) return "country:" + country;
  return "sector:" + sector;
}

Status EvaluateDetection(const std::string& csv_path, const std::string& spans_path,
                         const std::string& category, const CodeFunction& code, DetectionReport* report) {
  *report = DetectionReport{};
  report->category = category;
  std::string data;
  if (Status s = ReadFile(csv_path, &data); !s.ok()) return s;
  const auto rows = ParseCsv(data);
  if (rows.empty()) return Status::Corruption(csv_path + ": empty");
  int label_col = -1, text_col = -1;
  for (std::size_t i = 0; i < rows[0].size(); ++i) {
    if (rows[0][i] == "label") label_col = static_cast<int>(i);
    if (rows[0][i] == "text") text_col = static_cast<int>(i);
  }
  if (label_col < 0 || text_col < 0) return Status::Corruption(csv_path + ": no label/text columns");
  std::unordered_map<std::string, bool> detected;  // by sentence text: coded once
  auto detect = [&](const std::string& text) {
    auto it = detected.find(text);
    if (it != detected.end()) return it->second;
    const bool d = Detects(code(MakeArticle("", text)), category);
    detected.emplace(text, d);
    return d;
  };
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const auto& row = rows[r];
    if (row.size() <= static_cast<std::size_t>(std::max(label_col, text_col))) continue;
    const std::string& label = row[label_col];
    const std::string& text = row[text_col];
    if (label == "ambiguous") {
      ++report->ambiguous;
      continue;
    }
    const bool positive = label == "yes";
    ++report->sentences;
    const bool d = detect(text);
    if (d && positive) ++report->counts.tp;
    if (d && !positive) {
      ++report->counts.fp;
      report->false_alarms.push_back("[" + label + "] " + Short(text));
    }
    if (!d && positive) {
      ++report->counts.fn;
      report->misses.push_back(Short(text));
    }
  }
  if (spans_path.empty()) return Status::OK();

  std::ifstream in(spans_path);
  if (!in) return Status::IOError("cannot open " + spans_path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    nlohmann::json record;
    try {
      record = nlohmann::json::parse(line);
    } catch (const nlohmann::json::exception& e) {
      return Status::Corruption(spans_path + ": " + e.what());
    }
    if (record.value("event_type", "") != category) continue;
    const std::string source_gold = record.value("source_gold", "");
    if (source_gold.empty()) continue;
    const std::string text = record.value("text", "");
    ++report->span_sentences;
    const std::vector<Event> events = code(MakeArticle("", text));
    if (!Detects(events, category)) continue;
    ++report->span_detected;
    std::string gold_country;
    for (const auto& span : record["spans"]) {
      if (span.contains("source_role") && span["source_role"].is_object()) {
        gold_country = span["source_role"].value("main", "");
        if (!gold_country.empty()) break;
      }
    }
    const std::string want = Normalize(source_gold);
    bool right = false;
    for (const Event& e : events) {
      if (e.category != category) continue;
      for (const EventParty& p : e.actor) {
        const std::string have = Normalize(p.text);
        const std::string name = Normalize(p.name);
        if ((!have.empty() &&
             (have.find(want) != std::string::npos || want.find(have) != std::string::npos)) ||
            (!name.empty() && want.find(name) != std::string::npos) ||
            (!gold_country.empty() && p.country == gold_country)) {
          right = true;
        }
      }
    }
    if (right) ++report->actor_right;
  }
  return Status::OK();
}

// ---- Article-level events ----

namespace {

struct GoldParty {
  std::string key, sector, text, name;
};

struct GoldEvent {
  std::string category, mode, cameo, trigger, date, location;
  bool future = false;
  std::vector<GoldParty> actor, recipient;
};

std::set<std::string> Keys(const std::vector<GoldParty>& parties) {
  std::set<std::string> keys;
  for (const auto& p : parties) keys.insert(p.key);
  return keys;
}

std::set<std::string> Keys(const std::vector<EventParty>& parties) {
  std::set<std::string> keys;
  for (const auto& p : parties) keys.insert(PartyKey(p.country, p.org, p.sector));
  return keys;
}

std::string Join(const std::set<std::string>& keys) {
  std::string out;
  for (const auto& k : keys) {
    if (!out.empty()) out += "+";
    out += k.substr(k.find(':') + 1);
  }
  return out.empty() ? "∅" : out;
}

std::string Describe(const GoldEvent& g) {
  return g.category + " " + g.cameo + " " + Join(Keys(g.actor)) + " → " + Join(Keys(g.recipient)) + " «" +
         g.trigger + "»" + (g.future ? " (future/negated)" : "");
}

std::string Describe(const Event& e) {
  return e.category + " " + e.cameo + " " + Join(Keys(e.actor)) + " → " + Join(Keys(e.recipient)) + " «" +
         e.trigger + "»" + (e.modality != "asserted" ? " (" + e.modality + ")" : "");
}

std::vector<GoldParty> ReadParties(const nlohmann::json& list) {
  std::vector<GoldParty> out;
  for (const auto& p : list) {
    GoldParty g;
    const std::string country = p["country"].is_string() ? p["country"].get<std::string>() : "";
    const std::string org = p.value("org", "");
    g.sector = p.value("sector", "");
    g.text = p.value("text", "");
    g.name = p.value("name", "");
    g.key = PartyKey(country, org, g.sector);
    out.push_back(std::move(g));
  }
  return out;
}

}  // namespace

Status EvaluateDiplomatic(const std::string& gold_path, const std::string& news_path,
                          const std::string& seed_dir, const CodeFunction& code, DiplomaticReport* report) {
  *report = DiplomaticReport{};
  report->name = std::filesystem::path(gold_path).stem().string();
  struct GoldArticle {
    std::string url, title;
    std::vector<GoldEvent> events;
  };
  std::vector<GoldArticle> gold;
  bool inline_texts = false;  // records that carry their article (title and content) themselves
  std::ifstream in(gold_path);
  if (!in) return Status::IOError("cannot open " + gold_path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    try {
      const auto record = nlohmann::json::parse(line);
      GoldArticle a;
      a.url = record.value("url", "");
      a.title = record.value("title", "");
      inline_texts |= record.contains("content");
      for (const auto& e : record["events"]) {
        GoldEvent g;
        g.category = e.value("category", "");
        g.mode = e.value("mode", "");
        g.cameo = e.value("cameo", "");
        g.trigger = e.value("trigger", "");
        g.date = e.value("date", "");
        g.location = e.value("location", "");
        g.future = e.value("negated_or_future", false);
        g.actor = ReadParties(e["actor"]);
        g.recipient = ReadParties(e["recipient"]);
        a.events.push_back(std::move(g));
      }
      gold.push_back(std::move(a));
    } catch (const nlohmann::json::exception& e) {
      return Status::Corruption(gold_path + ": " + e.what());
    }
  }

  // The articles' texts: the July file by url, the seed from its folder.
  std::unordered_map<std::string, Article> texts;
  std::unordered_set<std::string> wanted;
  std::vector<std::string> seed_files;
  for (const auto& a : gold) {
    if (a.url.starts_with("seed:")) {
      seed_files.push_back(seed_dir + "/" + a.url.substr(5));
    } else {
      wanted.insert(a.url);
    }
  }
  ReadStats stats;
  auto keep = [&](Article&& a) {
    if (wanted.count(a.url) && !texts.count(a.url)) texts.emplace(a.url, std::move(a));
    return true;
  };
  // Records with their own text are read as articles from the gold file itself, by url; the news file only
  // for the urls still missing (reading it whole takes seconds).
  for (const std::string& source : {inline_texts ? gold_path : std::string(), news_path}) {
    if (source.empty() || texts.size() == wanted.size()) continue;
    if (Status s = ReadArticles(
            {source}, ReadOptions{}, keep, [](const Diagnostic&) {}, &stats);
        !s.ok()) {
      return s;
    }
  }
  for (const auto& path : seed_files) {
    const std::string url = "seed:" + path.substr(seed_dir.size() + 1);
    ReadArticles(
        {path}, ReadOptions{},
        [&](Article&& a) {
          texts.emplace(url, std::move(a));
          return false;
        },
        [](const Diagnostic&) {}, &stats);
  }

  for (const GoldArticle& g : gold) {
    auto it = texts.find(g.url);
    if (it == texts.end()) {
      report->missing_articles.push_back(g.url);
      continue;
    }
    ++report->articles;
    std::vector<Event> coded = code(it->second);
    std::erase_if(coded, [](const Event& e) { return !Happened(e); });
    report->gold_events += g.events.size();
    report->coded_events += coded.size();
    const std::string where = "[" + Short(g.title, 90) + "] ";

    // Full matches: category, actor set and recipient set.
    std::vector<int> full(g.events.size(), -1);
    std::vector<bool> used(coded.size(), false);
    for (std::size_t i = 0; i < g.events.size(); ++i) {
      const GoldEvent& ge = g.events[i];
      for (std::size_t j = 0; j < coded.size(); ++j) {
        const Event& ce = coded[j];
        if (used[j] || ce.category != ge.category || Keys(ce.actor) != Keys(ge.actor) ||
            Keys(ce.recipient) != Keys(ge.recipient)) {
          continue;
        }
        full[i] = static_cast<int>(j);
        used[j] = true;
        break;
      }
    }
    for (std::size_t i = 0; i < g.events.size(); ++i) {
      const GoldEvent& ge = g.events[i];
      if (full[i] < 0) {
        ++report->events.fn;
        ++report->by_category[ge.category].fn;
        continue;
      }
      const Event& ce = coded[full[i]];
      ++report->events.tp;
      ++report->by_category[ge.category].tp;
      if (ce.cameo == ge.cameo) ++report->cameo_right;
      if (ce.mode == ge.mode) ++report->mode_right;
      const bool future = ce.modality != "asserted";
      if (future == ge.future) ++report->modality_right;
      // The manual leaves the date empty when the text gives no day; ours falls back to the publication day.
      // (An act made in a meeting has the meeting's day, as the manual gives it.)
      const std::string date = ce.date_precision == DatePrecision::kDay &&
                                       (ce.date_source == "text" || ce.date_source == "meeting")
                                   ? ce.date
                                   : "";
      if (date == ge.date) ++report->date_right;
      if (Normalize(ce.location) == Normalize(ge.location)) ++report->location_right;
      for (const auto* side : {&ge.actor, &ge.recipient}) {
        const auto& mine = side == &ge.actor ? ce.actor : ce.recipient;
        for (const GoldParty& gp : *side) {
          for (const EventParty& p : mine) {
            if (PartyKey(p.country, p.org, p.sector) != gp.key) continue;
            ++report->sector_pairs;
            if (p.sector == gp.sector) ++report->sector_right;
            break;
          }
        }
      }
    }
    for (std::size_t j = 0; j < coded.size(); ++j) {
      if (used[j]) continue;
      ++report->events.fp;
      ++report->by_category[coded[j].category].fp;
    }

    // Category alone, one-to-one, preferring pairs whose parties agree; attribution on those pairs.
    std::vector<bool> used_by_category(coded.size(), false);
    std::vector<bool> gold_paired(g.events.size(), false);
    for (std::size_t i = 0; i < g.events.size(); ++i) {
      const GoldEvent& ge = g.events[i];
      int best = -1, best_score = -1;
      for (std::size_t j = 0; j < coded.size(); ++j) {
        const Event& ce = coded[j];
        if (used_by_category[j] || ce.category != ge.category) continue;
        const int score = 2 * (Keys(ce.actor) == Keys(ge.actor)) + (Keys(ce.recipient) == Keys(ge.recipient));
        if (score > best_score) {
          best = static_cast<int>(j);
          best_score = score;
        }
      }
      if (best < 0) {
        ++report->categories.fn;
        if (full[i] < 0) report->misses.push_back(where + Describe(ge));
        continue;
      }
      used_by_category[best] = true;
      gold_paired[i] = true;
      ++report->categories.tp;
      ++report->category_pairs;
      const Event& ce = coded[best];
      if (Keys(ce.actor) == Keys(ge.actor)) ++report->actor_right;
      if (Keys(ce.recipient) == Keys(ge.recipient)) ++report->recipient_right;
      if (full[i] < 0) report->partial.push_back(where + "gold " + Describe(ge) + "   coded " + Describe(ce));
    }
    for (std::size_t j = 0; j < coded.size(); ++j) {
      if (used_by_category[j]) continue;
      ++report->categories.fp;
      report->false_alarms.push_back(where + Describe(coded[j]));
    }
  }
  return Status::OK();
}

std::string FormatDetection(const DetectionReport& r, bool details) {
  std::string out = "== " + r.category + " detection (" + std::to_string(r.sentences) + " sentences, " +
                    std::to_string(r.ambiguous) + " ambiguous left out)\n";
  out += PrfLine(r.category, r.counts);
  if (r.span_sentences > 0) {
    out += "actor attribution      " + Percent(r.actor_right, r.span_detected) +
           " of the detected gold sentences with an agreed source (" + std::to_string(r.span_detected) + "/" +
           std::to_string(r.span_sentences) + " detected)\n";
  }
  if (details) {
    out += "-- misses\n";
    for (const auto& m : r.misses) out += "  " + m + "\n";
    out += "-- false alarms\n";
    for (const auto& m : r.false_alarms) out += "  " + m + "\n";
  }
  return out;
}

std::string FormatDiplomatic(const DiplomaticReport& r, bool details) {
  std::string out = "== " + r.name + ": " + std::to_string(r.articles) + " articles, " +
                    std::to_string(r.gold_events) + " gold events, " + std::to_string(r.coded_events) +
                    " coded\n";
  for (const auto& url : r.missing_articles) out += "  article not found: " + url + "\n";
  out += PrfLine("events (cat+actor+rcp)", r.events);
  out += PrfLine("category only", r.categories);
  for (const auto& [category, c] : r.by_category) out += PrfLine("  " + category, c);
  out +=
      "actor attribution      " + Percent(r.actor_right, r.category_pairs) + " of category-matched pairs\n";
  out += "recipient attribution  " + Percent(r.recipient_right, r.category_pairs) + "\n";
  out += "on full matches: cameo " + Percent(r.cameo_right, r.events.tp) + ", mode " +
         Percent(r.mode_right, r.events.tp) + ", future/negated " + Percent(r.modality_right, r.events.tp) +
         ",\n                 date " + Percent(r.date_right, r.events.tp) + ", location " +
         Percent(r.location_right, r.events.tp) + ", sector " + Percent(r.sector_right, r.sector_pairs) +
         "\n";
  if (details) {
    out += "-- misses (no coded event of the category)\n";
    for (const auto& m : r.misses) out += "  " + m + "\n";
    out += "-- wrong parties (category found)\n";
    for (const auto& m : r.partial) out += "  " + m + "\n";
    out += "-- false alarms\n";
    for (const auto& m : r.false_alarms) out += "  " + m + "\n";
  }
  return out;
}

}  // namespace marsad::events_eval
