#pragma once
// confmanctl: JSON on stdout, one-line errors on stderr, non-zero exit on failure.
// Each command group lives in a file of its own (StoreCommands.cpp,
// CertCommands.cpp, BannerCommands.cpp, UserCommands.cpp).
#include <QStringList>
#include <QTextStream>

namespace confman::cli {

// Exit codes shared by all commands.
enum ExitCode {
    Ok = 0,
    Findings = 1,    // the command ran; what it checked has errors
    Usage = 2,       // wrong arguments
    BadInput = 3,    // unreadable or invalid input file
    StoreError = 4,  // the store could not be opened or written
};

struct Io
{
    QTextStream &out;
    QTextStream &err;
    QTextStream &in;
};

// Global options already taken out of args: --store PATH (or CONFMAN_STORE).
struct GlobalOptions
{
    QString storePath;
};

// args: the command words after the global options, e.g. {"list", "hosts"}.
int runStoreCommand(const GlobalOptions &global, const QStringList &args, Io &io);
int runCertCommand(const QStringList &args, Io &io);   // args after "cert"
int runBannerCommand(const QStringList &args, Io &io); // args after "banner"
int runUserCommand(const GlobalOptions &global, const QStringList &args, Io &io); // args after "user"

int run(const QStringList &arguments, Io &io); // the whole command line (arguments[0] = program)
QString usage();

} // namespace confman::cli
