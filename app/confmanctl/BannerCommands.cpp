#include "app/confmanctl/Cli.h"

namespace confman::cli {

// Placeholder until the banner commands land; says so instead of pretending.
int runBannerCommand(const QStringList &, Io &io)
{
    io.err << "confmanctl: the banner commands are not built yet\n";
    return Usage;
}

} // namespace confman::cli
