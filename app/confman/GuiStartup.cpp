#include "app/confman/GuiStartup.h"

#include "app/confman/StartupOptions.h"
#include "app/confman/StoreOpener.h"
#include "widgets/common/MessageBox.h"
#include "widgets/mainwindow/MainWindow.h"

#include <QApplication>
#include <QFile>

#include <cstdio>

namespace confman {

GuiStartup::GuiStartup(QStringList arguments) : m_arguments(std::move(arguments)) {}

GuiStartup::~GuiStartup()
{
    m_window.reset();
    m_store.reset();
}

void GuiStartup::applyIdentity()
{
    QApplication::setOrganizationName(QStringLiteral("Confman"));
    QApplication::setApplicationName(QStringLiteral("confman"));
    QApplication::setApplicationDisplayName(QStringLiteral("Confman"));
    QApplication::setApplicationVersion(QStringLiteral(CONFMAN_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("confman"));
}

QIcon GuiStartup::applicationIcon()
{
    const QString path = QStringLiteral(":/icons/confman.svg");
    return QFile::exists(path) ? QIcon(path) : QIcon();
}

bool GuiStartup::start()
{
    const QIcon icon = applicationIcon();
    if (!icon.isNull())
        QApplication::setWindowIcon(icon);

    const StartupOptions options = StartupOptions::parse(m_arguments);
    if (!options.ok()) {
        MessageBox::critical(nullptr, QObject::tr("Confman"),
                             QObject::tr("The command line is not valid: %1").arg(options.error),
                             StartupOptions::usage());
        m_exitCode = BadCommandLine;
        return false;
    }
    if (options.help || options.version) {
        const QString text = options.help ? StartupOptions::usage()
                                          : QStringLiteral("confman %1\n").arg(QStringLiteral(CONFMAN_VERSION));
        std::fputs(text.toLocal8Bit().constData(), stdout);
        m_exitCode = Success;
        return false;
    }

    m_storePath = options.storePath;
    OpenedStore opened = openOrCreateStore(m_storePath);
    if (!opened.store) {
        MessageBox::critical(nullptr, QObject::tr("Confman cannot open its configuration store"),
                             QObject::tr("The configuration store\n%1\ncannot be opened:\n%2\n\n"
                                         "Start Confman with --store PATH or set CONFMAN_STORE to use another "
                                         "store.")
                                 .arg(m_storePath, opened.error));
        m_exitCode = StoreUnavailable;
        return false;
    }
    m_store = std::move(opened.store);
    m_created = opened.created;

    m_window = std::make_unique<MainWindow>(*m_store);
    m_window->show();
    if (!opened.seedProblem.isEmpty())
        MessageBox::warning(m_window.get(), QObject::tr("Demo configuration"),
                            QObject::tr("A new store was created but the demo configuration could not be "
                                        "added:\n%1")
                                .arg(opened.seedProblem));
    m_exitCode = Success;
    return true;
}

} // namespace confman
