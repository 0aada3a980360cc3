// Web pages as articles: the headline, the report's text without the site around it, and its metadata.
// Internal to src/input; the reader uses it for HTML files and for the HTML pages of WARC crawls.
#ifndef MARSAD_INPUT_HTML_H_
#define MARSAD_INPUT_HTML_H_

#include <string>
#include <string_view>

#include "marsad/utf8.h"

namespace marsad::input {

struct HtmlPage {
  std::string title;        // og:title, else <title>, else the first <h1>; "" if none
  std::string body;         // the main text, one paragraph per line; "" if none was found
  std::string date;         // publication date as the page gives it ("2024-05-02T09:30:00+03:00"); "" if none
  std::string source;       // og:site_name, else the host of the page's URL without "www."
  std::string author;       // <meta name="author"> or article:author when it is a name, not a link
  std::string url;          // the URL passed in, else the canonical link or og:url
  std::string language;     // <html lang>, "" if not declared
  std::string charset;      // what the bytes were read as
  bool transcoded = false;  // converted from a charset other than UTF-8
  std::string charset_note;    // why a declared charset was not followed, "" if it was
  utf8::RepairCounts repairs;  // invalid UTF-8 replaced and NULs removed in the page's bytes
};

// True when `head`, the start of a document, is HTML: after a byte order mark, spaces, comments and an XML
// declaration it opens with <!DOCTYPE html, <html, <head, <body, <meta or <title (in any case).
bool LooksLikeHtml(std::string_view head);

// Reads an HTML page. `http_charset` is the charset an HTTP header declared ("" if none): it overrides the
// page's own <meta charset> or http-equiv declaration, as in browsers; a byte order mark overrides both.
// `url` is where the page came from ("" if unknown). Never fails; a page without text gives an empty body.
HtmlPage ExtractHtml(std::string_view bytes, std::string_view http_charset, std::string_view url);

// The charset declared by a <meta> tag near the start of an HTML page, "" if none.
std::string MetaCharset(std::string_view bytes);

// The host of an absolute URL, lowercased, without "www." and port: "https://www.Example.com:8080/a" →
// "example.com". "" if `url` has no host.
std::string HostOf(std::string_view url);

}  // namespace marsad::input

#endif  // MARSAD_INPUT_HTML_H_
