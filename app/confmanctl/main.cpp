#include "app/confmanctl/Cli.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Confman"));
    QCoreApplication::setApplicationName(QStringLiteral("confman"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    confman::cli::Io io{out, err, in};
    const int code = confman::cli::run(QCoreApplication::arguments(), io);
    out.flush();
    err.flush();
    return code;
}
