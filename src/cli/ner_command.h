// The `marsad ner` sub-commands: train, tag, eval and bench for the statistical named-entity tagger.
#ifndef MARSAD_CLI_NER_COMMAND_H_
#define MARSAD_CLI_NER_COMMAND_H_

#include <CLI/CLI.hpp>
#include <functional>

namespace marsad {

// Registers `ner` and its sub-commands on app. When one of them is chosen on the command line, parsing sets
// *run to the function that executes it (returning the exit status: 0 ok, 1 failure, 2 usage error).
// `run` must outlive parsing.
void AddNerCommands(CLI::App& app, std::function<int()>* run);

}  // namespace marsad

#endif  // MARSAD_CLI_NER_COMMAND_H_
