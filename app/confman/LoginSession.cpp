#include "app/confman/LoginSession.h"

#include "app/confman/InactivityGuard.h"
#include "app/confman/SessionLock.h"
#include "widgets/login/FirstAdministrator.h"
#include "widgets/login/FirstAdministratorDialog.h"
#include "widgets/login/LoginDialog.h"

#include <QDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QSettings>
#include <QStatusBar>

namespace confman {

LoginSession::LoginSession(Store &store, PersonStore &persons, QString storeLocation, PasswordHasher hasher,
                           QObject *parent)
    : QObject(parent), m_store(store), m_persons(persons), m_storeLocation(std::move(storeLocation)),
      m_hasher(hasher), m_audit(persons), m_auth(store, persons, m_audit, hasher),
      m_runDialog([](QDialog &d) { return d.exec(); })
{
}

LoginSession::~LoginSession() = default;

std::optional<int> LoginSession::run()
{
    QString userName;
    if (!storeHasAdministrator(m_persons)) {
        FirstAdministratorDialog first(m_persons, m_audit, m_hasher);
        if (m_runDialog(first) != QDialog::Accepted)
            return int(LoginCancelled);
        userName = first.createdUserName();
    }
    // The last user who logged in on this account of the machine is offered
    // again (user names are not secrets; the password never is stored).
    const QString lastUserKey = QStringLiteral("login/lastUserName");
    if (userName.isEmpty())
        userName = QSettings().value(lastUserKey).toString();
    LoginDialog login(m_auth, m_storeLocation);
    login.setUserName(userName);
    if (m_runDialog(login) != QDialog::Accepted || !login.lastResult().ok())
        return int(LoginCancelled);
    m_result = login.lastResult();
    QSettings().setValue(lastUserKey, m_auth.currentUserName());
    return std::nullopt;
}

QString LoginSession::sessionInfo() const
{
    if (!m_result.ok())
        return {};
    const LoginRecord &last = m_result.previousLogin;
    if (last.isNull())
        return tr("%1 — first login").arg(m_auth.currentUserName());
    return tr("%1 — last login: %2 from %3")
        .arg(m_auth.currentUserName(), QLocale().toString(last.at.toLocalTime(), QLocale::ShortFormat),
             last.applicationName);
}

void LoginSession::startSession(QMainWindow *window)
{
    if (window) {
        auto *label = new QLabel(sessionInfo(), window->statusBar());
        label->setObjectName(QStringLiteral("sessionInfo"));
        window->statusBar()->addPermanentWidget(label);
    }
    m_guard = std::make_unique<InactivityGuard>(makeSystemIdleTime(QGuiApplication::platformName()));
    m_lock = std::make_unique<SessionLock>(m_auth, m_audit, m_store, *m_guard);
    m_lock->setMillisecondsPerMinute(m_msPerMinute);
    if (m_quit)
        m_lock->setQuitCallback(m_quit);
    m_lock->applyTimeoutOption();
}

} // namespace confman
