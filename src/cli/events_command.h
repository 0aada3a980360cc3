// The `marsad events` sub-commands. For now: `events eval`, the scores of the event coder against the gold
// sets in ../shared/data/events/ (see src/events/eval.h).
#ifndef MARSAD_CLI_EVENTS_COMMAND_H_
#define MARSAD_CLI_EVENTS_COMMAND_H_

#include <CLI/CLI.hpp>
#include <functional>

namespace marsad {

// Registers `events` and its sub-commands on app; parsing sets *run to the chosen one (exit status: 0 ok,
// 1 failure, 2 usage error or missing data). `run` must outlive parsing.
void AddEventsCommands(CLI::App& app, std::function<int()>* run);

}  // namespace marsad

#endif  // MARSAD_CLI_EVENTS_COMMAND_H_
