#include "app/confmanctl/Cli.h"

namespace confman::cli {

// Placeholder until the cert commands land; says so instead of pretending.
int runCertCommand(const QStringList &, Io &io)
{
    io.err << "confmanctl: the cert commands are not built yet\n";
    return Usage;
}

} // namespace confman::cli
