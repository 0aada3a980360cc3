// The query translator: a small recursive-descent parser over the user's words, quotes and operators, and a
// writer of FTS5 syntax in which every piece of user text is inside an FTS5 string (see query.h).
#include "search/query.h"

#include <memory>
#include <unordered_set>
#include <vector>

#include "marsad/text.h"
#include "marsad/utf8.h"
#include "search/tokenizer.h"

namespace marsad::search {
namespace {

// Words so common that, next to other words of an OR, they only slow the query down and blur the ranking.
bool IsFunctionWord(std::string_view word) {
  static const std::unordered_set<std::string>* const words = [] {
    auto* set = new std::unordered_set<std::string>;
    for (std::string_view w :
         {"في",  "من",  "على", "إلى", "عن",  "مع",  "أن",   "إن",   "أو",   "ما",    "لا",  "لم",
          "لن",  "قد",  "ثم",  "هذا", "هذه", "ذلك", "تلك",  "التي", "الذي", "الذين", "كان", "كانت",
          "بين", "حتى", "بعد", "قبل", "عند", "منذ", "خلال", "كما",  "و",    "أي",    "هو",  "هي"}) {
      set->insert(FoldedForm(w));
    }
    return set;
  }();
  return words->count(FoldedForm(word)) > 0;
}

struct Item {
  enum Kind { kWord, kPhrase, kAnd, kOr, kNot, kOpen, kClose } kind;
  std::string_view text;
  bool negated = false;  // -word
  bool prefix = false;   // word*
};

// The closing quote of an opening one, or "" when `at` does not open a quote.
std::string_view QuoteCloser(std::string_view s, std::size_t at) {
  if (s.compare(at, 1, "\"") == 0) return "\"";
  if (s.compare(at, 2, "«") == 0) return "»";
  if (s.compare(at, 3, "“") == 0) return "”";
  return {};
}

Status Lex(std::string_view s, bool literal, std::vector<Item>* items) {
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t next = i;
    const char32_t c = utf8::Next(s, next);
    if (utf8::IsSpace(c)) {
      i = next;
      continue;
    }
    if (!literal) {
      if (c == '(' || c == ')') {
        items->push_back({c == '(' ? Item::kOpen : Item::kClose, s.substr(i, 1)});
        i = next;
        continue;
      }
      bool negated = false;
      std::size_t start = i;
      if (c == '-' && next < s.size()) {
        std::size_t after = next;
        const char32_t d = utf8::Next(s, after);
        if (!utf8::IsSpace(d)) {
          negated = true;
          start = next;
        }
      }
      if (std::string_view closer = QuoteCloser(s, start); !closer.empty()) {
        const std::size_t open_size = closer == "\"" ? 1 : closer.size();
        const std::size_t end = s.find(closer, start + open_size);
        if (end == std::string_view::npos) {
          return Status::InvalidArgument("the quote opened at byte " + std::to_string(start) +
                                         " is not closed");
        }
        items->push_back({Item::kPhrase, s.substr(start + open_size, end - start - open_size), negated});
        i = end + closer.size();
        continue;
      }
      i = start;
      std::size_t end = i;
      while (end < s.size()) {
        std::size_t after = end;
        const char32_t d = utf8::Next(s, after);
        if (utf8::IsSpace(d) || d == '(' || d == ')' || !QuoteCloser(s, end).empty()) break;
        end = after;
      }
      std::string_view word = s.substr(i, end - i);
      i = end;
      if (!negated && (word == "AND" || word == "OR" || word == "NOT")) {
        items->push_back({word == "AND" ? Item::kAnd : word == "OR" ? Item::kOr : Item::kNot, word});
        continue;
      }
      Item item{Item::kWord, word, negated};
      while (!item.text.empty() && item.text.back() == '*') {
        item.text.remove_suffix(1);
        item.prefix = true;
      }
      items->push_back(item);
      continue;
    }
    std::size_t end = i;
    while (end < s.size()) {
      std::size_t after = end;
      if (utf8::IsSpace(utf8::Next(s, after))) break;
      end = after;
    }
    items->push_back({Item::kWord, s.substr(i, end - i)});
    i = end;
  }
  return Status::OK();
}

// A parsed query. Terms carry their FTS5 string already ("" when nothing in them can be searched).
struct Node {
  enum Type { kTerm, kAnd, kOr } type = kTerm;
  std::string fts;
  bool function_word = false;
  bool negated = false;
  std::vector<Node> kids;
};

class Parser {
 public:
  Parser(const std::vector<Item>& items, const TranslateOptions& options)
      : items_(items), options_(options) {}

  Status Parse(Node* root) {
    if (Status s = Or(root); !s.ok()) return s;
    if (pos_ < items_.size()) return Status::InvalidArgument("a ')' closes no '('");
    return Status::OK();
  }

 private:
  const Item* Peek() const { return pos_ < items_.size() ? &items_[pos_] : nullptr; }
  static bool StartsOperand(const Item* item) {
    return item && (item->kind == Item::kWord || item->kind == Item::kPhrase || item->kind == Item::kOpen ||
                    item->kind == Item::kNot);
  }

  Status Or(Node* out) {
    out->type = Node::kOr;
    while (true) {
      const Item* item = Peek();
      if (!item || item->kind == Item::kClose) break;
      if (item->kind == Item::kOr || item->kind == Item::kAnd) {
        if (out->kids.empty()) return Missing(*item, "before");
        if (item->kind == Item::kAnd) return Missing(*item, "before");  // And() consumes well-placed ANDs
        ++pos_;
        if (!StartsOperand(Peek())) return Missing(*item, "after");
        continue;
      }
      Node kid;
      if (Status s = And(&kid); !s.ok()) return s;
      out->kids.push_back(std::move(kid));
    }
    Collapse(out);
    return Status::OK();
  }

  Status And(Node* out) {
    out->type = Node::kAnd;
    Node first;
    if (Status s = Unary(&first); !s.ok()) return s;
    out->kids.push_back(std::move(first));
    while (const Item* item = Peek()) {
      if (item->kind != Item::kAnd && item->kind != Item::kNot) break;
      const bool negate = item->kind == Item::kNot;
      ++pos_;
      if (!StartsOperand(Peek()) || (negate && Peek()->kind == Item::kNot)) return Missing(*item, "after");
      Node kid;
      if (Status s = Unary(&kid); !s.ok()) return s;
      if (negate) kid.negated = !kid.negated;
      out->kids.push_back(std::move(kid));
    }
    Collapse(out);
    return Status::OK();
  }

  // A group of one is its member (so that a lone word's flags are seen by the group around it).
  static void Collapse(Node* node) {
    if (node->kids.size() != 1) return;
    Node kid = std::move(node->kids[0]);
    const bool negated = node->negated != kid.negated;
    *node = std::move(kid);
    node->negated = negated;
  }

  Status Unary(Node* out) {
    const Item* item = Peek();
    if (item && item->kind == Item::kNot) {
      ++pos_;
      if (!StartsOperand(Peek()) || Peek()->kind == Item::kNot) return Missing(*item, "after");
      if (Status s = Primary(out); !s.ok()) return s;
      out->negated = !out->negated;
      return Status::OK();
    }
    return Primary(out);
  }

  Status Primary(Node* out) {
    const Item* item = Peek();
    if (!item) return Status::InvalidArgument("the query ends where a word was expected");
    ++pos_;
    switch (item->kind) {
      case Item::kOpen: {
        if (Status s = Or(out); !s.ok()) return s;
        if (!Peek() || Peek()->kind != Item::kClose) return Status::InvalidArgument("a '(' is not closed");
        ++pos_;
        return Status::OK();
      }
      case Item::kWord:
      case Item::kPhrase:
        Term(*item, out);
        return Status::OK();
      default:
        return Missing(*item, "before");
    }
  }

  static Status Missing(const Item& op, const char* where) {
    return Status::InvalidArgument(std::string(op.text) + " needs a word or phrase " + where + " it");
  }

  // An FTS5 string: the searchable pieces of the text, each behind the exact marker if asked.
  static std::string FtsString(const std::vector<QueryWord>& words, bool exact) {
    std::string out = "\"";
    for (const QueryWord& w : words) {
      if (!w.searchable) continue;
      if (out.size() > 1) out += ' ';
      if (exact) out += kExactMarker;
      for (char c : w.original) {  // a URL may hold a '"'; FTS5 escapes it by doubling
        out += c;
        if (c == '"') out += '"';
      }
    }
    out += '"';
    return out.size() > 2 ? out : std::string();
  }

  void Term(const Item& item, Node* out) const {
    out->type = Node::kTerm;
    out->negated = item.negated;
    const std::vector<QueryWord> words = SplitWords(item.text);
    std::size_t searchable = 0;
    for (const QueryWord& w : words) searchable += w.searchable ? 1 : 0;
    if (searchable == 0) return;
    if (item.kind == Item::kPhrase) {
      out->fts = FtsString(words, /*exact=*/true);
    } else if (item.prefix) {
      out->fts = FtsString(words, /*exact=*/true) + " *";
    } else {
      out->fts = FtsString(words, /*exact=*/false);
      if (options_.boost_exact) out->fts = "(" + out->fts + " OR " + FtsString(words, true) + ")";
      out->function_word = searchable == 1 && IsFunctionWord(item.text);
    }
  }

  const std::vector<Item>& items_;
  const TranslateOptions& options_;
  std::size_t pos_ = 0;
};

// Writes the node as FTS5; *out stays "" when nothing in it can be searched.
Status Write(const Node& node, std::string* out) {
  out->clear();
  if (node.type == Node::kTerm) {
    *out = node.fts;
    return Status::OK();
  }
  std::vector<std::string> positive, negative;
  bool any_content_word = false;
  for (const Node& kid : node.kids) {
    if (!kid.negated && kid.type == Node::kTerm && !kid.fts.empty() && !kid.function_word)
      any_content_word = true;
  }
  if (node.type == Node::kAnd) any_content_word = false;  // AND keeps every word the user asked for
  for (const Node& kid : node.kids) {
    if (any_content_word && kid.type == Node::kTerm && kid.function_word && !kid.negated) continue;
    std::string text;
    if (Status s = Write(kid, &text); !s.ok()) return s;
    if (text.empty()) continue;
    (kid.negated ? negative : positive).push_back(std::move(text));
  }
  if (positive.empty()) {
    if (!negative.empty()) {
      return Status::InvalidArgument("the query only excludes words: add a word or phrase to look for");
    }
    return Status::OK();
  }
  const char* joiner = node.type == Node::kAnd ? " AND " : " OR ";
  std::string result;
  for (const std::string& p : positive) result += (result.empty() ? "" : joiner) + p;
  if (positive.size() > 1) result = "(" + result + ")";
  if (!negative.empty()) {
    std::string excluded;
    for (const std::string& n : negative) excluded += (excluded.empty() ? "" : " OR ") + n;
    result = "(" + result + " NOT (" + excluded + "))";
  }
  *out = std::move(result);
  return Status::OK();
}

}  // namespace

Status TranslateQuery(std::string_view user_query, const TranslateOptions& options, std::string* fts_query) {
  fts_query->clear();
  const std::string text =
      utf8::IsValid(user_query) ? std::string(user_query) : utf8::Repair(user_query, nullptr);
  std::vector<Item> items;
  if (Status s = Lex(text, options.literal, &items); !s.ok()) return s;
  Node root;
  if (Status s = Parser(items, options).Parse(&root); !s.ok()) return s;
  if (root.negated)
    return Status::InvalidArgument("the query only excludes words: add a word or phrase to look for");
  if (Status s = Write(root, fts_query); !s.ok()) return s;
  if (fts_query->empty()) return Status::InvalidArgument("the query has no word to search for");
  return Status::OK();
}

}  // namespace marsad::search
