// marsad search: full-text search over a Marsad database, and `marsad search eval`, the known-item
// evaluation of the search tokenizer against SQLite's unicode61.
#ifndef MARSAD_CLI_SEARCH_COMMAND_H_
#define MARSAD_CLI_SEARCH_COMMAND_H_

#include <CLI/CLI.hpp>
#include <functional>

namespace marsad {

// Registers `search` (with its `eval` sub-command) on app; parsing sets *run to it. Exit status: 0 ok (also
// when nothing matched), 2 on a malformed query, a missing database or another error.
void AddSearchCommands(CLI::App& app, std::function<int()>* run);

}  // namespace marsad

#endif  // MARSAD_CLI_SEARCH_COMMAND_H_
