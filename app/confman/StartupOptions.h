#pragma once
// confman's command line: --store PATH (else CONFMAN_STORE, else the per-user
// data folder, see StoreLocation), --help, --version.
#include <QString>
#include <QStringList>

namespace confman {

struct StartupOptions
{
    QString storePath;           // resolved store file
    bool storeFromArguments = false;
    bool help = false;
    bool version = false;
    QString error;               // a bad command line, for the user; empty when fine

    bool ok() const { return error.isEmpty(); }

    // `arguments` as QCoreApplication::arguments() gives them (program first).
    static StartupOptions parse(const QStringList &arguments);
    static QString usage();
};

} // namespace confman
