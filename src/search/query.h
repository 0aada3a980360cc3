// From what a user types to an FTS5 query string (internal to the search module).
//
// The user's syntax, like a web search engine's:
//   words            any of them (OR); ranking puts articles with more of them, and rarer ones, first
//   "two words"      an exact phrase: these words, in this order, in these forms (harakat and hamza-on-alef
//                    spelling aside); «…» and “…” quote too
//   a AND b          both;  a OR b: either (the default between words)
//   -word, NOT word  without it; `a NOT b` is a without b
//   ( … )            grouping;  word*: words that begin so (an exact-form prefix)
// Operators are upper-case Latin AND, OR, NOT. Everything else is text: the translator never hands user text
// to FTS5 as syntax. Each word becomes an FTS5 string that the marsad tokenizer turns into its stem, or into
// its exact form behind the '=' marker (phrases, prefixes); words with nothing to search (punctuation) are
// dropped, and so are common function words (في، من، على…) among other words of an OR.
#ifndef MARSAD_SEARCH_QUERY_H_
#define MARSAD_SEARCH_QUERY_H_

#include <string>
#include <string_view>

#include "marsad/status.h"

namespace marsad::search {

struct TranslateOptions {
  // Every word is a plain word: quotes, operators, '-' and parentheses are ignored (for titles used as
  // queries in the evaluation).
  bool literal = false;
  // Also add each plain word's exact form to the OR, so that articles with the very word form rank higher.
  bool boost_exact = false;
};

// Sets *fts_query, or returns InvalidArgument with a message for the user (an unclosed quote, an operator
// with nothing on one side, a query that only excludes, nothing searchable).
Status TranslateQuery(std::string_view user_query, const TranslateOptions& options, std::string* fts_query);

}  // namespace marsad::search

#endif  // MARSAD_SEARCH_QUERY_H_
