// JSON form of an analysed article (marsad analyze --json): metadata, then sentences with their tokens.
// Offsets are byte offsets into the article's text; body_span says where the body starts, so that a consumer
// holding only the JSON record's content field can subtract body_span[0].
//
// Written by hand rather than through a JSON DOM: a 50 MB article has millions of tokens, and a DOM of them
// would need gigabytes. Strings are valid UTF-8 already (the reader repaired them), so escaping is only
// quotes, backslashes and control characters.
#include <cstdio>

#include "marsad/analyzer.h"

namespace marsad {
namespace {

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}

  void Key(std::string_view key) {
    Comma();
    Escaped(key);
    out_ += ':';
    after_key_ = true;
  }
  void String(std::string_view s) {
    Comma();
    Escaped(s);
  }
  void Escaped(std::string_view s) {
    out_ += '"';
    for (char c : s) {
      switch (c) {
        case '"':
          out_ += "\\\"";
          break;
        case '\\':
          out_ += "\\\\";
          break;
        case '\n':
          out_ += "\\n";
          break;
        case '\r':
          out_ += "\\r";
          break;
        case '\t':
          out_ += "\\t";
          break;
        default:
          if (static_cast<unsigned char>(c) < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
            out_ += buf;
          } else {
            out_ += c;
          }
      }
    }
    out_ += '"';
  }
  void Number(std::size_t n) {
    Comma();
    out_ += std::to_string(n);
  }
  void Bool(bool b) {
    Comma();
    out_ += b ? "true" : "false";
  }
  void Begin(char bracket) {
    Comma();
    out_ += bracket;
    first_ = true;
  }
  void End(char bracket) {
    out_ += bracket;
    first_ = false;
  }
  void Field(std::string_view key, std::string_view value) {
    Key(key);
    String(value);
  }
  void Field(std::string_view key, std::size_t value) {
    Key(key);
    Number(value);
  }
  void Field(std::string_view key, Span span) {
    Key(key);
    Begin('[');
    Number(span.begin);
    Number(span.end);
    End(']');
  }

 private:
  void Comma() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (!first_) out_ += ',';
    first_ = false;
  }
  std::string& out_;
  bool first_ = true;
  bool after_key_ = false;
};

}  // namespace

std::string AnalysisToJson(const Article& a, const std::vector<Sentence>& sentences) {
  std::string out;
  out.reserve(a.text.size() * 8 + 512);
  JsonWriter w(out);
  w.Begin('{');
  w.Field("author", a.author);
  w.Field("author_span", a.author_span);
  w.Field("body_span", a.body_span);
  w.Field("date", a.date);
  w.Field("id", a.id);
  w.Field("language", a.language);
  w.Field("origin", a.origin);
  w.Field("source", a.source);
  w.Field("title", a.title());
  w.Field("title_span", a.title_span);
  w.Field("url", a.url);
  w.Key("sentences");
  w.Begin('[');
  for (const Sentence& s : sentences) {
    w.Begin('{');
    w.Field("begin", s.span.begin);
    w.Field("end", s.span.end);
    w.Key("is_title");
    w.Bool(s.is_title);
    w.Field("text", a.View(s.span));
    w.Key("tokens");
    w.Begin('[');
    for (const Token& t : s.tokens) {
      w.Begin('{');
      w.Field("text", a.View(t.span));
      w.Field("norm", t.norm);
      w.Field("type", TokenTypeName(t.type));
      w.Field("begin", t.span.begin);
      w.Field("end", t.span.end);
      if (t.word) {
        w.Key("segments");
        w.Begin('[');
        for (const auto& p : t.word->proclitics) w.String(p + "+");
        if (!t.word->base.empty()) w.String(t.word->base);
        if (!t.word->enclitic.empty()) w.String("+" + t.word->enclitic);
        w.End(']');
        w.Field("base", t.word->base_norm);
        w.Field("stem", t.word->stem);
        w.Field("lemma", t.word->lemma);
      }
      w.End('}');
    }
    w.End(']');
    w.End('}');
  }
  w.End(']');
  w.End('}');
  return out;
}

}  // namespace marsad
