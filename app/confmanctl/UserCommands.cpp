#include "app/confmanctl/Cli.h"

namespace confman::cli {

// Placeholder until the user commands land; says so instead of pretending.
int runUserCommand(const GlobalOptions &, const QStringList &, Io &io)
{
    io.err << "confmanctl: the user commands are not built yet\n";
    return Usage;
}

} // namespace confman::cli
