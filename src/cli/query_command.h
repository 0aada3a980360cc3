// Queries over a Marsad database from the command line: `marsad events` (events or, with --reports, the
// reports behind them; JSON Lines, CSV or TSV) and `marsad series` (a dyad's event counts and scores per day,
// week or month).
#ifndef MARSAD_CLI_QUERY_COMMAND_H_
#define MARSAD_CLI_QUERY_COMMAND_H_

#include <CLI/CLI.hpp>
#include <functional>

namespace marsad {

// Adds the query options to the `events` command: running `marsad events` without a sub-command queries the
// database. Parsing sets *run unless a sub-command (events eval) set it already.
void AddEventQueryOptions(CLI::App* events, std::function<int()>* run);

// Registers `series` on app.
void AddSeriesCommand(CLI::App& app, std::function<int()>* run);

}  // namespace marsad

#endif  // MARSAD_CLI_QUERY_COMMAND_H_
