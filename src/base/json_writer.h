// A small streaming JSON writer for the one-object-per-line outputs (analyze, entities, events).
//
// Written by hand rather than through a JSON DOM: a 50 MB article has millions of tokens, and a DOM of them
// would need gigabytes. Strings are valid UTF-8 already (the reader repaired them), so escaping is only
// quotes, backslashes and control characters.
#ifndef MARSAD_BASE_JSON_WRITER_H_
#define MARSAD_BASE_JSON_WRITER_H_

#include <cstdio>
#include <string>
#include <string_view>

#include "marsad/article.h"

namespace marsad {

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
  void Field(std::string_view key, const char* value) { Field(key, std::string_view(value)); }
  void Field(std::string_view key, bool value) {
    Key(key);
    Bool(value);
  }
  // A value already in JSON form (a formatted number).
  void Raw(std::string_view json) {
    Comma();
    out_ += json;
  }
  void Null() {
    Comma();
    out_ += "null";
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

}  // namespace marsad

#endif  // MARSAD_BASE_JSON_WRITER_H_
