#include "app/confman/GuiStartup.h"

#include "app/confman/LoginSession.h"
#include "app/confman/StartupFlow.h"
#include "app/confman/StartupOptions.h"
#include "app/confman/StoreOpener.h"
#include "models/auth/LogMessageFilter.h"
#include "models/auth/PermissionedPersonStore.h"
#include "models/auth/PermissionedStore.h"
#include "widgets/common/MessageBox.h"
#include "widgets/mainwindow/MainWindow.h"

#include <QApplication>
#include <QFile>

#include <cstdio>

namespace confman {

GuiStartup::GuiStartup(QStringList arguments) : m_arguments(std::move(arguments)) {}

GuiStartup::~GuiStartup()
{
    // Leaving Confman ends the session: audited as a logout.
    if (m_session && m_session->authenticator().isLoggedIn())
        m_session->authenticator().logout();
    m_window.reset();
    m_logFilter.reset();
    m_sessionPersons.reset();
    m_sessionStore.reset();
    m_session.reset();
    m_persons.reset();
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
    // The banner first (nothing of the store is opened, let alone created,
    // before it is accepted), then the store and the login.
    app::StartupFlow flow(app::StartupFlowOptions::parse(m_arguments));
    flow.setLoginStep([this, &flow]() -> std::optional<int> {
        if (!openStore())
            return m_exitCode;
        return logIn(flow.bannerAcceptances());
    });
    if (const std::optional<int> code = flow.runBeforeMainWindow()) {
        m_exitCode = *code;
        return false;
    }
    showMainWindow();
    m_exitCode = Success;
    return true;
}

bool GuiStartup::openStore()
{
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
    m_persons = std::move(opened.persons);
    m_created = opened.created;
    m_seedProblem = opened.seedProblem;
    return true;
}

std::optional<int> GuiStartup::logIn(const QVector<banner::BannerAcceptance> &acceptances)
{
    m_session = std::make_unique<LoginSession>(*m_store, *m_persons, m_storePath, m_hasher);
    // Accepted before anyone logged in: the OS account is in the details.
    for (const banner::BannerAcceptance &acceptance : acceptances)
        m_session->audit().recordBannerAccepted(acceptance.toString());
    if (m_runDialog)
        m_session->setDialogRunner(m_runDialog);
    return m_session->run();
}

void GuiStartup::showMainWindow()
{
    // Every read and write of the window goes through the logged-in Person's
    // rights, and every change is audited under their name.
    // Confman's own log follows the log-filter options of the Application it
    // logged in as (S8), read from the plain store: the user may lack Read on it.
    if (const auto appId = m_store->applicationIdByName(m_session->authenticator().currentApplication()))
        m_logFilter = installLogFilter(*m_store, *appId);
    const DbId me = m_session->authenticator().currentPersonId();
    m_sessionStore = std::make_unique<PermissionedStore>(*m_store, *m_persons, me, &m_session->audit());
    m_sessionPersons = std::make_unique<PermissionedPersonStore>(*m_persons, *m_store, me, &m_session->audit());
    m_window = std::make_unique<MainWindow>(*m_sessionStore, m_sessionPersons.get());
    m_window->show();
    m_session->startSession(m_window.get());
    if (!m_seedProblem.isEmpty())
        MessageBox::warning(m_window.get(), QObject::tr("Demo configuration"),
                            QObject::tr("A new store was created but the demo configuration could not be "
                                        "added:\n%1")
                                .arg(m_seedProblem));
}

} // namespace confman
