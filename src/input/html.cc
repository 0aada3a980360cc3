// Web pages as articles (see html.h).
//
// A news page is the report wrapped in a site: menus, headers, share buttons, related links, comments,
// footers. What is kept is the report, found in three steps on the tree libxml2's forgiving HTML parser
// builds (it copes with the unclosed tags and stray bytes of real pages):
//   1. charset: a byte order mark, else the HTTP header's charset, else the page's <meta charset> or
//      http-equiv Content-Type, else a guess (UTF-8, or windows-1256 when that reads as Arabic). The bytes
//      are converted to UTF-8 with ICU before parsing (libxml2 is told the input is UTF-8 and to ignore the
//      declarations it finds), so there is one charset policy for every format.
//   2. boilerplate: script, style, nav, header, footer, aside, form, noscript, figure, iframe and the like,
//      elements whose ARIA role is navigation/banner/contentinfo/complementary, and elements whose class or
//      id names a menu, sidebar, share bar, comments or ads are left out. If that leaves no text at all (a
//      site whose main container is called "content-with-sidebar"), class and id are ignored.
//   3. the main text: the element marked itemprop=articleBody, else the <article> with the most paragraph
//      text (unless some other element has twice as much: sites also use <article> for teasers), else the
//      element whose paragraphs (<p>, and long runs of text between <br>s) hold the most text, else <body>.
//      Its text is written one block (paragraph, heading, list item) per line, spaces collapsed; a first line
//      repeating the headline is dropped.
// Metadata come from the <head>: Open Graph, article:*, Dublin Core, itemprop and JSON-LD (schema.org
// NewsArticle) tags, the <title>, <time datetime> and the canonical link.
#include "input/html.h"

#include <algorithm>
#include <cctype>
#include <climits>
#include <cstddef>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <nlohmann/json.hpp>

#include "input/charset.h"

namespace marsad::input {
namespace {

using json = nlohmann::json;

// Deeper elements are ignored: real pages nest a few dozen levels, and recursion must stay bounded on
// hostile input.
constexpr int kMaxDepth = 400;

// Runs of text at least this long (bytes) count as paragraphs even outside <p>: old Arabic sites write their
// reports as text separated by <br>.
constexpr std::size_t kParagraphRun = 80;

// Only this much of the start of a page is searched for a <meta> charset; browsers look at 1024 bytes, but
// many pages put scripts first.
constexpr std::size_t kCharsetWindow = 16384;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  }
  return true;
}

bool IsHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string_view Name(const xmlNode* node) {
  return node->name ? std::string_view(reinterpret_cast<const char*>(node->name)) : std::string_view();
}

bool IsElement(const xmlNode* node, std::string_view name) {
  return node->type == XML_ELEMENT_NODE && Name(node) == name;
}

std::string Attr(xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (value == nullptr) return "";
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

// Appends `text` with every run of HTML whitespace made one space, none at the start of `out` or after a
// space already there.
void AppendCollapsed(std::string_view text, std::string* out) {
  for (const char c : text) {
    if (IsHtmlSpace(c)) {
      if (!out->empty() && out->back() != ' ' && out->back() != '\n') *out += ' ';
    } else {
      *out += c;
    }
  }
}

bool IsInvisible(std::string_view name) {
  static const char* const kNames[] = {"script", "style",    "noscript", "template", "head",
                                       "svg",    "object",   "embed",    "canvas",   "iframe",
                                       "select", "textarea", "button"};
  return std::find(std::begin(kNames), std::end(kNames), name) != std::end(kNames);
}

// The element's text, spaces collapsed, without what a reader never sees (scripts, styles).
void CollectText(const xmlNode* node, int depth, std::string* out) {
  if (depth > kMaxDepth) return;
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
      if (child->content) AppendCollapsed(reinterpret_cast<const char*>(child->content), out);
    } else if (child->type == XML_ELEMENT_NODE && !IsInvisible(Name(child))) {
      CollectText(child, depth + 1, out);
    }
  }
}

std::string TextOf(const xmlNode* node) {
  std::string out;
  CollectText(node, 0, &out);
  return std::string(utf8::TrimSpace(out));
}

// Words in class and id values that name the parts of a site around the report.
bool IsBoilerplateWord(std::string_view word) {
  static const char* const kWords[] = {
      "nav",     "navbar",        "navigation", "menu",   "breadcrumb", "breadcrumbs", "footer",
      "sidebar", "share",         "sharing",    "social", "comment",    "comments",    "related",
      "advert",  "advertisement", "ads",        "ad",     "cookie",     "cookies",     "newsletter",
      "widget",  "popup",         "modal",      "banner", "subscribe",  "masthead",    "toolbar"};
  return std::find(std::begin(kWords), std::end(kWords), word) != std::end(kWords);
}

bool HasBoilerplateWord(std::string_view value) {
  std::string word;
  for (std::size_t i = 0; i <= value.size(); ++i) {
    const char c = i < value.size() ? value[i] : ' ';
    if (std::isalnum(static_cast<unsigned char>(c))) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else {
      if (IsBoilerplateWord(word)) return true;
      word.clear();
    }
  }
  return false;
}

// Whether an element is part of the site rather than the report. `by_class`: also judge by class and id.
bool IsBoilerplate(xmlNode* node, bool by_class) {
  const std::string_view name = Name(node);
  static const char* const kTags[] = {"nav",    "header",     "footer", "aside", "form", "menu",
                                      "figure", "figcaption", "dialog", "label", "input"};
  if (IsInvisible(name) || std::find(std::begin(kTags), std::end(kTags), name) != std::end(kTags))
    return true;
  if (xmlHasProp(node, reinterpret_cast<const xmlChar*>("hidden")) != nullptr) return true;
  const std::string role = Lower(Attr(node, "role"));
  if (role == "navigation" || role == "banner" || role == "contentinfo" || role == "complementary" ||
      role == "menu" || role == "menubar" || role == "search" || role == "dialog") {
    return true;
  }
  if (!by_class || name == "article" || name == "main" || name == "body" || name == "html") return false;
  return HasBoilerplateWord(Attr(node, "class")) || HasBoilerplateWord(Attr(node, "id"));
}

// What the page says about itself, gathered in one walk over the whole tree.
struct PageMeta {
  std::map<std::string, std::string> meta;  // lowercased property/name/itemprop → first content
  std::string title;                        // <title>
  std::string first_h1;                     // the first <h1> outside the site's boilerplate
  std::string time_datetime;                // the first <time datetime>, one marked pubdate preferred
  bool time_is_pubdate = false;
  std::string item_date;  // itemprop=datePublished on an element other than <meta>
  std::string ld_date;    // datePublished in JSON-LD
  std::string ld_headline;
  std::string canonical;
  std::string language;
};

// Looks for schema.org fields in a JSON-LD value (an object, a list of them, or an @graph).
void ReadJsonLd(const json& value, int depth, PageMeta* meta) {
  if (depth > 8) return;
  if (value.is_array()) {
    for (const json& item : value) ReadJsonLd(item, depth + 1, meta);
    return;
  }
  if (!value.is_object()) return;
  const auto date = value.find("datePublished");
  if (meta->ld_date.empty() && date != value.end() && date->is_string())
    meta->ld_date = date->get<std::string>();
  const auto headline = value.find("headline");
  if (meta->ld_headline.empty() && headline != value.end() && headline->is_string()) {
    meta->ld_headline = headline->get<std::string>();
  }
  const auto graph = value.find("@graph");
  if (graph != value.end()) ReadJsonLd(*graph, depth + 1, meta);
}

void CollectMeta(xmlNode* node, int depth, bool in_boilerplate, PageMeta* meta) {
  if (depth > kMaxDepth) return;
  for (xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    const std::string_view name = Name(child);
    if (name == "meta") {
      std::string key = Attr(child, "property");
      if (key.empty()) key = Attr(child, "name");
      if (key.empty()) key = Attr(child, "itemprop");
      const std::string content(utf8::TrimSpace(Attr(child, "content")));
      if (!key.empty() && !content.empty()) meta->meta.emplace(Lower(utf8::TrimSpace(key)), content);
      continue;
    }
    if (name == "title" && meta->title.empty()) {
      meta->title = TextOf(child);
    } else if (name == "h1" && meta->first_h1.empty() && !in_boilerplate) {
      meta->first_h1 = TextOf(child);
    } else if (name == "time") {
      const std::string datetime(utf8::TrimSpace(Attr(child, "datetime")));
      const bool pubdate = xmlHasProp(child, reinterpret_cast<const xmlChar*>("pubdate")) != nullptr;
      if (!datetime.empty() && (meta->time_datetime.empty() || (pubdate && !meta->time_is_pubdate))) {
        meta->time_datetime = datetime;
        meta->time_is_pubdate = pubdate;
      }
    } else if (name == "link" && meta->canonical.empty() && Lower(Attr(child, "rel")) == "canonical") {
      meta->canonical = utf8::TrimSpace(Attr(child, "href"));
    } else if (name == "html" && meta->language.empty()) {
      meta->language = utf8::TrimSpace(Attr(child, "lang"));
    } else if (name == "script" && Lower(Attr(child, "type")) == "application/ld+json") {
      std::string text;
      for (const xmlNode* t = child->children; t != nullptr; t = t->next) {
        if (t->content) text += reinterpret_cast<const char*>(t->content);
      }
      ReadJsonLd(json::parse(text, nullptr, /*allow_exceptions=*/false), 0, meta);
      continue;
    }
    if (meta->item_date.empty() && Lower(Attr(child, "itemprop")) == "datepublished") {
      meta->item_date = utf8::TrimSpace(Attr(child, "datetime"));
      if (meta->item_date.empty()) meta->item_date = utf8::TrimSpace(Attr(child, "content"));
      if (meta->item_date.empty()) meta->item_date = TextOf(child);
    }
    CollectMeta(child, depth + 1, in_boilerplate || IsBoilerplate(child, true), meta);
  }
}

// Scores candidate containers of the report by the paragraph text directly in them (and half of that in
// their children), and finds the itemprop=articleBody element and every <article>'s total paragraph text.
class MainTextFinder {
 public:
  explicit MainTextFinder(bool by_class) : by_class_(by_class) {}

  xmlNode* Find(xmlNode* body) {
    Walk(body, 0);
    if (article_body_ != nullptr) return article_body_;
    xmlNode* best = nullptr;
    std::size_t best_score = 0;
    for (const auto& [node, score] : score_) {
      if (score > best_score || (score == best_score && best != nullptr && node->line < best->line)) {
        best = node;
        best_score = score;
      }
    }
    xmlNode* best_article = nullptr;
    std::size_t best_article_text = 0;
    for (const auto& [node, text] : article_text_) {
      if (text > best_article_text) {
        best_article = node;
        best_article_text = text;
      }
    }
    if (best_article != nullptr && best_article_text * 2 >= best_score) return best_article;
    return best != nullptr ? best : body;
  }

 private:
  void Walk(xmlNode* node, int depth) {
    if (depth > kMaxDepth) return;
    for (xmlNode* child = node->children; child != nullptr; child = child->next) {
      if (child->type == XML_TEXT_NODE && child->content != nullptr && !IsElement(node, "p")) {
        std::string run;
        AppendCollapsed(reinterpret_cast<const char*>(child->content), &run);
        const std::size_t length = utf8::TrimSpace(run).size();
        if (length >= kParagraphRun) Credit(node, length);
        continue;
      }
      if (child->type != XML_ELEMENT_NODE || IsBoilerplate(child, by_class_)) continue;
      if (article_body_ == nullptr && Lower(Attr(child, "itemprop")) == "articlebody" &&
          !TextOf(child).empty()) {
        article_body_ = child;
      }
      if (Name(child) == "p") {
        Credit(child, TextOf(child).size());
        continue;
      }
      Walk(child, depth + 1);
    }
  }

  // Credits a paragraph of `length` bytes found at `node` to its container(s).
  void Credit(xmlNode* paragraph, std::size_t length) {
    if (length == 0) return;
    const bool is_p = IsElement(paragraph, "p");
    xmlNode* parent = is_p ? paragraph->parent : paragraph;
    if (parent != nullptr && parent->type == XML_ELEMENT_NODE) {
      score_[parent] += length;
      if (parent->parent != nullptr && parent->parent->type == XML_ELEMENT_NODE) {
        score_[parent->parent] += length / 2;
      }
    }
    for (xmlNode* up = paragraph; up != nullptr; up = up->parent) {
      if (IsElement(up, "article")) article_text_[up] += length;
    }
  }

  bool by_class_;
  xmlNode* article_body_ = nullptr;
  std::unordered_map<xmlNode*, std::size_t> score_;
  std::unordered_map<xmlNode*, std::size_t> article_text_;
};

bool IsBlock(std::string_view name) {
  static const char* const kBlocks[] = {
      "p",       "div",     "br",      "li",      "ul",      "ol",   "h1",         "h2",     "h3",
      "h4",      "h5",      "h6",      "section", "article", "main", "blockquote", "pre",    "table",
      "tr",      "td",      "th",      "dd",      "dt",      "dl",   "hr",         "center", "address",
      "details", "summary", "caption", "tbody",   "thead",   "tfoot"};
  return std::find(std::begin(kBlocks), std::end(kBlocks), name) != std::end(kBlocks);
}

// Writes the text under a node, one block per line.
class TextRenderer {
 public:
  explicit TextRenderer(bool by_class) : by_class_(by_class) {}

  std::vector<std::string> Render(xmlNode* root) {
    Walk(root, 0);
    Flush();
    return std::move(lines_);
  }

 private:
  void Walk(xmlNode* node, int depth) {
    if (depth > kMaxDepth) return;
    for (xmlNode* child = node->children; child != nullptr; child = child->next) {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
        if (child->content) AppendCollapsed(reinterpret_cast<const char*>(child->content), &line_);
        continue;
      }
      if (child->type != XML_ELEMENT_NODE || IsBoilerplate(child, by_class_)) continue;
      const bool block = IsBlock(Name(child));
      if (block) Flush();
      Walk(child, depth + 1);
      if (block) Flush();
    }
  }

  void Flush() {
    const std::string_view line = utf8::TrimSpace(line_);
    if (!line.empty()) lines_.emplace_back(line);
    line_.clear();
  }

  bool by_class_;
  std::string line_;
  std::vector<std::string> lines_;
};

std::string FirstOf(const std::map<std::string, std::string>& meta, std::initializer_list<const char*> keys) {
  for (const char* key : keys) {
    const auto it = meta.find(key);
    if (it != meta.end() && !it->second.empty()) return it->second;
  }
  return "";
}

// "Headline - Site" or "Site | Headline" → "Headline", when the site's name is known.
std::string WithoutSiteName(std::string title, std::string_view site) {
  if (site.empty() || title.size() <= site.size()) return title;
  static const std::string_view kSeparators[] = {" - ", " | ", " – ", " — ", " :: ", " « ", " » ", " : "};
  for (const std::string_view sep : kSeparators) {
    const std::string suffix = std::string(sep) + std::string(site);
    if (title.ends_with(suffix)) return title.substr(0, title.size() - suffix.size());
    const std::string prefix = std::string(site) + std::string(sep);
    if (title.starts_with(prefix)) return title.substr(prefix.size());
  }
  return title;
}

std::string Repaired(std::string_view s) {
  utf8::RepairCounts ignored;
  return std::string(utf8::TrimSpace(utf8::Repair(s, &ignored)));
}

void InitLibxml() {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
}

}  // namespace

bool LooksLikeHtml(std::string_view head) {
  std::string_view s = head;
  if (s.starts_with("\xEF\xBB\xBF")) s.remove_prefix(3);
  for (int guard = 0; guard < 16; ++guard) {
    while (!s.empty() && IsHtmlSpace(s.front())) s.remove_prefix(1);
    std::size_t end = std::string_view::npos;
    if (s.starts_with("<!--")) {
      end = s.find("-->");
      if (end != std::string_view::npos) end += 3;
    } else if (s.starts_with("<?xml")) {
      end = s.find("?>");
      if (end != std::string_view::npos) end += 2;
    } else {
      break;
    }
    if (end == std::string_view::npos) return false;
    s.remove_prefix(end);
  }
  for (const std::string_view tag : {"<!doctype html", "<html", "<head", "<body", "<meta", "<title"}) {
    if (StartsWithNoCase(s, tag)) {
      // The tag's name must end there: "<header>" is not "<head".
      if (s.size() == tag.size()) return true;
      const char next = s[tag.size()];
      return IsHtmlSpace(next) || next == '>' || next == '/';
    }
  }
  return false;
}

std::string MetaCharset(std::string_view bytes) {
  const std::string window = Lower(bytes.substr(0, kCharsetWindow));
  for (std::size_t at = window.find("<meta"); at != std::string::npos; at = window.find("<meta", at + 5)) {
    const std::size_t end = window.find('>', at);
    const std::string_view tag =
        std::string_view(window).substr(at, end == std::string::npos ? end : end - at);
    std::size_t c = tag.find("charset");
    if (c == std::string_view::npos) continue;
    c += 7;
    while (c < tag.size() && IsHtmlSpace(tag[c])) ++c;
    if (c >= tag.size() || tag[c] != '=') continue;
    ++c;
    while (c < tag.size() && (IsHtmlSpace(tag[c]) || tag[c] == '"' || tag[c] == '\'')) ++c;
    std::size_t stop = c;
    while (stop < tag.size() && !IsHtmlSpace(tag[stop]) &&
           std::string_view("\"';>/").find(tag[stop]) == std::string_view::npos) {
      ++stop;
    }
    if (stop > c) return std::string(tag.substr(c, stop - c));
  }
  return "";
}

std::string HostOf(std::string_view url) {
  const std::size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return "";
  std::string_view host = url.substr(scheme + 3);
  host = host.substr(0, host.find_first_of("/?#"));
  if (const std::size_t at = host.rfind('@'); at != std::string_view::npos) host.remove_prefix(at + 1);
  if (!host.starts_with('[')) host = host.substr(0, host.find(':'));
  std::string out = Lower(host);
  if (out.starts_with("www.")) out.erase(0, 4);
  return out;
}

HtmlPage ExtractHtml(std::string_view bytes, std::string_view http_charset, std::string_view url) {
  HtmlPage page;
  std::string declared(utf8::TrimSpace(http_charset));
  if (declared.empty()) declared = MetaCharset(bytes);
  DecodedText decoded = DecodeDeclared(bytes, declared);
  page.charset = decoded.charset;
  page.transcoded = decoded.transcoded;
  page.charset_note = decoded.note;
  page.repairs = decoded.repairs;
  page.url = std::string(url);

  std::string& text = decoded.text;
  if (text.size() > static_cast<std::size_t>(INT_MAX)) text.resize(utf8::TruncateAtBoundary(text, INT_MAX));
  InitLibxml();
  const std::string base(url);
  htmlDocPtr doc = htmlReadMemory(text.data(), static_cast<int>(text.size()),
                                  base.empty() ? nullptr : base.c_str(), "UTF-8",
                                  HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                      HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT);
  if (doc == nullptr) return page;
  const std::unique_ptr<xmlDoc, void (*)(xmlDocPtr)> holder(doc, &xmlFreeDoc);
  xmlNode* root = xmlDocGetRootElement(doc);
  if (root == nullptr) return page;

  PageMeta meta;
  {
    // The root itself (<html lang>) is not among the children CollectMeta visits.
    meta.language = utf8::TrimSpace(Attr(root, "lang"));
    CollectMeta(root, 0, false, &meta);
  }
  const std::map<std::string, std::string>& m = meta.meta;

  if (page.url.empty()) page.url = !meta.canonical.empty() ? meta.canonical : FirstOf(m, {"og:url"});
  page.source = Repaired(FirstOf(m, {"og:site_name"}));
  if (page.source.empty()) page.source = HostOf(page.url);
  page.language = Repaired(meta.language);

  std::string title = FirstOf(m, {"og:title"});
  if (title.empty()) title = meta.title;
  if (title.empty()) title = meta.ld_headline;
  if (title.empty()) title = meta.first_h1;
  page.title = Repaired(WithoutSiteName(Repaired(title), page.source));

  page.date = FirstOf(m, {"article:published_time", "og:published_time", "datepublished"});
  if (page.date.empty()) page.date = meta.ld_date;
  if (page.date.empty()) page.date = meta.item_date;
  if (page.date.empty()) {
    page.date = FirstOf(m, {"dc.date.issued", "dcterms.issued", "pubdate", "publishdate", "publish-date",
                            "publication_date", "date", "dc.date", "sailthru.date", "parsely-pub-date"});
  }
  if (page.date.empty()) page.date = meta.time_datetime;
  page.date = Repaired(page.date);

  std::string author = FirstOf(m, {"author", "article:author", "dc.creator"});
  if (author.find("://") != std::string::npos) author.clear();  // a link to a profile page, not a name
  page.author = Repaired(author);

  xmlNode* body = root;
  for (xmlNode* child = root->children; child != nullptr; child = child->next) {
    if (IsElement(child, "body")) body = child;
  }
  std::vector<std::string> lines;
  for (const bool by_class : {true, false}) {
    xmlNode* main = MainTextFinder(by_class).Find(body);
    lines = TextRenderer(by_class).Render(main);
    if (!lines.empty()) break;
  }
  // The headline is kept apart from the body; pages repeat it above the text.
  while (!lines.empty() && !page.title.empty() && utf8::TrimSpace(lines.front()) == page.title) {
    lines.erase(lines.begin());
  }
  std::string joined;
  for (const std::string& line : lines) {
    if (!joined.empty()) joined += '\n';
    joined += line;
  }
  page.body = Repaired(joined);
  return page;
}

}  // namespace marsad::input
