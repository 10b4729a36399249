#include "app/confman/StartupOptions.h"

#include "models/store/StoreLocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace confman {

namespace {
struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption store{QStringList{QStringLiteral("store")},
                             QCoreApplication::translate("StartupOptions",
                                                         "Configuration store file to open (created when missing)."),
                             QStringLiteral("PATH")};
    QCommandLineOption help{QStringList{QStringLiteral("h"), QStringLiteral("help")},
                            QCoreApplication::translate("StartupOptions", "Show this help and exit.")};
    QCommandLineOption version{QStringList{QStringLiteral("v"), QStringLiteral("version")},
                               QCoreApplication::translate("StartupOptions", "Show the version and exit.")};
    // Read by StartupFlow (the security banner); accepted here so the command line stays valid.
    QCommandLineOption registryDir{QStringList{QStringLiteral("registry-dir")},
                                   QCoreApplication::translate("StartupOptions",
                                                               "Folder of .reg files holding the machine settings "
                                                               "(default: CONFMAN_REGISTRY_DIR, else "
                                                               "/etc/confman/registry.d)."),
                                   QStringLiteral("DIR")};
    QCommandLineOption userHive{QStringList{QStringLiteral("user-hive")},
                                QCoreApplication::translate("StartupOptions", "The user's .reg file."),
                                QStringLiteral("FILE")};
    QCommandLineOption bannerOnly{QStringList{QStringLiteral("banner-only")}, QString()};
    Parser()
    {
        bannerOnly.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(registryDir);
        parser.addOption(userHive);
        parser.addOption(bannerOnly);
        parser.setApplicationDescription(QCoreApplication::translate(
            "StartupOptions", "Confman: configuration manager for a contact-center configuration.\n"
                              "Without --store, the store named by the CONFMAN_STORE environment variable "
                              "is opened, else confman.sqlite in the user's application data folder."));
        parser.addOption(store);
        parser.addOption(help);
        parser.addOption(version);
    }
};
} // namespace

StartupOptions StartupOptions::parse(const QStringList &arguments)
{
    StartupOptions options;
    Parser p;
    if (!p.parser.parse(arguments.isEmpty() ? QStringList{QStringLiteral("confman")} : arguments)) {
        options.error = p.parser.errorText();
        return options;
    }
    if (!p.parser.positionalArguments().isEmpty()) {
        options.error = QCoreApplication::translate("StartupOptions", "Unexpected argument: %1 (use --store PATH).")
                            .arg(p.parser.positionalArguments().first());
        return options;
    }
    options.help = p.parser.isSet(p.help);
    options.version = p.parser.isSet(p.version);
    QString explicitPath;
    if (p.parser.isSet(p.store)) {
        explicitPath = p.parser.value(p.store);
        if (explicitPath.trimmed().isEmpty()) {
            options.error = QCoreApplication::translate("StartupOptions", "--store needs the path of a store file.");
            return options;
        }
        options.storeFromArguments = true;
    }
    options.storePath = StoreLocation::resolve(explicitPath);
    return options;
}

QString StartupOptions::usage()
{
    Parser p;
    return p.parser.helpText();
}

} // namespace confman
