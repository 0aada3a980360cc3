// Scoring the event coder against the gold sets in ../shared/data/events/ (marsad events eval).
//
// Two kinds of gold, two kinds of score:
//  - Sentence-level detection (protest_dev.csv, assault_dev.csv): each sentence is coded on its own; it is a
//    detection when the coder yields an asserted event of the file's category (PROTEST, ASSAULT). Rows
//    labelled "yes" are positives, "easy no" and "difficult no" are the (hard) negatives, "ambiguous" rows
//    are left out. spans_dev.jsonl adds the gold source actor of the positives: attribution is the share of
//    detected gold sentences where the coder's actor is that source (same words or same country code).
//  - Article-level events (diplomatic_dev.jsonl, coded by DIPLOMATIC_GUIDELINES.md): the coder's events
//    of each article are paired one-to-one with the gold events. An event is correct when its category, its
//    actor set and its recipient set agree; parties are compared by identity key (the manual's organisation
//    code, else the country code, else the sector: unnamed attackers are INS). Attribution rates are measured
//    on the pairs that agree on the category alone. Historical events (mentioned in passing) are not events
//    of the article and are not scored.
#ifndef MARSAD_EVENTS_EVAL_H_
#define MARSAD_EVENTS_EVAL_H_

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "marsad/article.h"
#include "marsad/events.h"
#include "marsad/status.h"

namespace marsad::events_eval {

// Codes one article (analysis, entities, events). Supplied by the caller so that the same scoring serves the
// command, the tests and any variant of the pipeline.
using CodeFunction = std::function<std::vector<Event>(const Article&)>;

struct Counts {
  std::size_t tp = 0, fp = 0, fn = 0;
  double Precision() const {
    return tp + fp == 0 ? 0 : static_cast<double>(tp) / static_cast<double>(tp + fp);
  }
  double Recall() const { return tp + fn == 0 ? 0 : static_cast<double>(tp) / static_cast<double>(tp + fn); }
  double F1() const {
    const double p = Precision(), r = Recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
};

struct DetectionReport {
  std::string category;  // PROTEST or ASSAULT
  Counts counts;
  std::size_t sentences = 0, ambiguous = 0;
  // From spans_dev.jsonl: gold positives with an agreed source actor, how many the coder detected, and of
  // those how many it attributed to that source.
  std::size_t span_sentences = 0, span_detected = 0, actor_right = 0;
  std::vector<std::string> misses, false_alarms;  // sentence texts
};

// Scores detection of `category` over a gold CSV; `spans_path` may be "" (no attribution score).
Status EvaluateDetection(const std::string& csv_path, const std::string& spans_path,
                         const std::string& category, const CodeFunction& code, DetectionReport* report);

struct DiplomaticReport {
  std::string name;  // the gold file's name without its directory and extension
  std::size_t articles = 0, gold_events = 0, coded_events = 0;
  std::vector<std::string> missing_articles;  // gold urls not found in the news file
  Counts events;                              // category + actor + recipient
  Counts categories;                          // category alone (one-to-one within each article)
  std::map<std::string, Counts> by_category;  // full matches, per gold/coded category
  std::size_t category_pairs = 0, actor_right = 0, recipient_right = 0;
  // On the full matches: how often the finer fields agree too.
  std::size_t cameo_right = 0, mode_right = 0, modality_right = 0, date_right = 0, location_right = 0;
  std::size_t sector_pairs = 0, sector_right = 0;
  std::vector<std::string> misses, false_alarms, partial;  // one line each, with the article title
};

// Scores the coder on the hand-coded articles; their texts come from the July news file (by url) and the
// seed article from `seed_dir` (gold url "seed:<file name>"), or from the gold records themselves when they
// carry "title" and "content" (an analyst's own gold set, read like any JSON Lines news file).
Status EvaluateDiplomatic(const std::string& gold_path, const std::string& news_path,
                          const std::string& seed_dir, const CodeFunction& code, DiplomaticReport* report);

// Human-readable reports; `details` adds the lists of misses and false alarms.
std::string FormatDetection(const DetectionReport& report, bool details);
std::string FormatDiplomatic(const DiplomaticReport& report, bool details);

// The identity of an event party for scoring: "org:UN", "country:SAU" or "sector:INS".
std::string PartyKey(const std::string& country, const std::string& org, const std::string& sector);

}  // namespace marsad::events_eval

#endif  // MARSAD_EVENTS_EVAL_H_
