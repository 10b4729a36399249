#include "app/confmanctl/Cli.h"

namespace confman::cli {

// Placeholder until the store commands land; says so instead of pretending.
int runStoreCommand(const GlobalOptions &, const QStringList &, Io &io)
{
    io.err << "confmanctl: the store commands are not built yet\n";
    return Usage;
}

} // namespace confman::cli
