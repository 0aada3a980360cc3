// The commands that work with a Marsad database: `ingest` now; the search and query commands join them.
#ifndef MARSAD_CLI_STORE_COMMAND_H_
#define MARSAD_CLI_STORE_COMMAND_H_

#include <CLI/CLI.hpp>
#include <functional>

namespace marsad {

// The database file used when --db is not given: $MARSAD_DB, else marsad.db in the working directory.
std::string DefaultDatabasePath();

// Registers `ingest` on app; parsing sets *run to it (exit status: 0 ok, 1 some input skipped, 2 error,
// 130 interrupted). `run` must outlive parsing.
void AddStoreCommands(CLI::App& app, std::function<int()>* run);

}  // namespace marsad

#endif  // MARSAD_CLI_STORE_COMMAND_H_
