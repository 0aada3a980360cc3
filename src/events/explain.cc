// The explain view (marsad explain): why the coder produced the events it did, sentence by sentence.
//
// For every sentence with an entity mention, a date or a trigger: the sentence (its number, 1-based as in
// marsad analyze, and its byte span), then its mentions (type, codes, how the entity stage found them, the
// text), its dates, and one block per trigger the coder tried (outcome, the events.tsv row that fired, the
// parties it assigned). Then the article's final events, one line each. ASCII columns come first and are
// padded to a common width; Arabic text ends the line, so right-to-left runs do not break the alignment.
#include <algorithm>

#include "marsad/events.h"

namespace marsad {
namespace {

// Columns a string takes in a terminal: code points, less combining marks and zero-width characters.
std::size_t DisplayWidth(std::string_view s) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = c;
    if (len > 1 && i + len <= s.size()) {
      cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
      for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    }
    i += len;
    const bool zero = (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x0610 && cp <= 0x061A) ||
                      (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || (cp >= 0x06D6 && cp <= 0x06ED) ||
                      (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF;
    if (!zero) ++width;
  }
  return width;
}

// A table whose cells are padded to the widest in their column; the last cell of a row is not padded.
class Table {
 public:
  void Add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
  void Render(std::string_view indent, std::string& out) const {
    std::vector<std::size_t> widths;
    for (const auto& row : rows_) {
      for (std::size_t c = 0; c + 1 < row.size(); ++c) {
        if (widths.size() <= c) widths.resize(c + 1, 0);
        widths[c] = std::max(widths[c], DisplayWidth(row[c]));
      }
    }
    for (const auto& row : rows_) {
      out += indent;
      for (std::size_t c = 0; c < row.size(); ++c) {
        out += row[c];
        if (c + 1 < row.size()) out.append(widths[c] - DisplayWidth(row[c]) + 2, ' ');
      }
      out += '\n';
    }
  }
  bool empty() const { return rows_.empty(); }

 private:
  std::vector<std::vector<std::string>> rows_;
};

std::string SpanText(Span s) { return "[" + std::to_string(s.begin) + "," + std::to_string(s.end) + ")"; }

std::string OrDash(const std::string& s) { return s.empty() ? "-" : s; }

// "text [JOR GOV]" for each party, joined with " + "; "-" when there is none.
std::string Parties(const std::vector<EventParty>& parties) {
  std::string out;
  for (const EventParty& p : parties) {
    if (!out.empty()) out += " + ";
    out += p.text;
    std::string codes;
    for (const std::string* code : {&p.country, &p.org, &p.sector}) {
      if (!code->empty()) codes += (codes.empty() ? "" : " ") + *code;
    }
    if (!codes.empty()) out += " [" + codes + "]";
  }
  return out.empty() ? "-" : out;
}

}  // namespace

std::string ExplainArticle(const Article& a, const std::vector<Sentence>& sentences, const EntityResult& r,
                           const std::vector<TriggerTrace>& trace, const std::vector<Event>& events) {
  std::string out = "# article " + a.id + "  " + a.origin + "\n";
  if (!a.url.empty()) out += "# url: " + a.url + "\n";
  if (!a.date.empty()) out += "# date: " + a.date + "\n";
  out += "# title: " + std::string(a.title()) + "\n";
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const Span span = sentences[s].span;
    const int index = static_cast<int>(s);
    Table mentions;
    for (const Mention& m : r.mentions) {
      if (m.sentence != index) continue;
      const Entity* e = m.entity >= 0 ? &r.entities[m.entity] : nullptr;
      mentions.Add({MentionTypeName(m.type), OrDash(e ? e->country : m.country), OrDash(e ? e->org : m.org),
                    OrDash(e ? e->sector : m.sector), m.how,
                    m.entity >= 0 ? "E" + std::to_string(m.entity) : "-", SpanText(m.span),
                    std::string(a.View(m.span))});
    }
    for (const DateMention& d : r.dates) {
      if (d.span.begin < span.begin || d.span.end > span.end) continue;
      mentions.Add({"date", OrDash(d.date.ToString()), DatePrecisionName(d.precision), "-", d.kind, "-",
                    SpanText(d.span), std::string(a.View(d.span))});
    }
    Table triggers;
    std::vector<std::vector<std::string>> roles;
    for (const TriggerTrace& t : trace) {
      if (t.sentence != index) continue;
      triggers.Add({t.outcome, SpanText(t.trigger_span), t.pattern, std::string(a.View(t.trigger_span))});
      roles.push_back(t.roles);
    }
    if (mentions.empty() && triggers.empty()) continue;
    out += "\n## sentence " + std::to_string(s + 1) + (sentences[s].is_title ? " (title) " : " ") +
           SpanText(span) + "\n   " + std::string(a.View(span)) + "\n";
    if (!mentions.empty()) {
      out += "   mentions (type, country, org, sector, how, entity, bytes, text):\n";
      mentions.Render("     ", out);
    }
    if (!triggers.empty()) {
      out += "   triggers (outcome, bytes, pattern, trigger):\n";
      std::string rendered;
      triggers.Render("     ", rendered);
      // One table line per trace row, each followed by the parties it assigned.
      std::size_t row = 0, start = 0;
      for (std::size_t nl; (nl = rendered.find('\n', start)) != std::string::npos; start = nl + 1, ++row) {
        out.append(rendered, start, nl + 1 - start);
        for (const std::string& role : roles[row]) out += "         " + role + "\n";
      }
    }
  }
  out += "\n## events: " + std::to_string(events.size()) + "\n";
  Table table;
  int n = 0;
  for (const Event& e : events) {
    const std::string kind = e.category + (e.mode.empty() ? "" : "/" + e.mode);
    table.Add(
        {std::to_string(++n) + ".", e.cameo, kind, e.modality, OrDash(e.date),
         Parties(e.actor) + " → " + Parties(e.recipient) + (e.location.empty() ? "" : "  @ " + e.location)});
  }
  table.Render("   ", out);
  out += "\n";
  return out;
}

}  // namespace marsad
