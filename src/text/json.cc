// JSON form of an analysed article (marsad analyze --json): metadata, then sentences with their tokens.
// Offsets are byte offsets into the article's text; body_span says where the body starts, so that a consumer
// holding only the JSON record's content field can subtract body_span[0].
#include "base/json_writer.h"
#include "marsad/analyzer.h"

namespace marsad {

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
