#include "app/confmanctl/Cli.h"

#include <QtGlobal>

namespace confman::cli {

QString usage()
{
    return QStringLiteral(
        "Usage: confmanctl [--store PATH] COMMAND ...\n"
        "  init [--demo]                      create a store (with the demo configuration)\n"
        "  export [--out FILE]                the whole configuration as JSON\n"
        "  import FILE                        validate completely, then import all or nothing\n"
        "  list hosts|applications|ports|connections\n"
        "  user add NAME --password-stdin [--group G]\n"
        "  user passwd NAME --password-stdin\n"
        "  cert inspect FILE [--password P]\n"
        "  cert list DIR\n"
        "  cert check --cert FILE [--key FILE] [--ca FILE] [--host FQDN] [--kind server|gui] [--at ISO8601]\n"
        "  banner resolve [--registry-dir DIR] [--user-hive FILE] [--app-type N]\n"
        "The store defaults to $CONFMAN_STORE, else the per-user data folder.\n");
}

int run(const QStringList &arguments, Io &io)
{
    GlobalOptions global;
    global.storePath = qEnvironmentVariable("CONFMAN_STORE");
    QStringList rest;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--store")) {
            if (i + 1 >= arguments.size()) {
                io.err << "confmanctl: --store needs a path\n";
                return Usage;
            }
            global.storePath = arguments.at(++i);
        } else if (a.startsWith(QLatin1String("--store="))) {
            global.storePath = a.mid(8);
        } else if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            io.out << usage();
            return Ok;
        } else {
            rest.append(a);
        }
    }
    if (rest.isEmpty()) {
        io.err << usage();
        return Usage;
    }
    const QString group = rest.first();
    if (group == QLatin1String("cert"))
        return runCertCommand(rest.mid(1), io);
    if (group == QLatin1String("banner"))
        return runBannerCommand(rest.mid(1), io);
    if (group == QLatin1String("user"))
        return runUserCommand(global, rest.mid(1), io);
    return runStoreCommand(global, rest, io);
}

} // namespace confman::cli
