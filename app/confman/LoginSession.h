#pragma once
// The login part of the start-up (issue 5) and the session that follows:
//   run():           first administrator when the store has none
//                    (FirstAdministratorDialog), then the LoginDialog;
//   startSession():  the main window's status bar shows the user and "last
//                    login: <time> from <application>" (SPEC S8), and the
//                    InactivityGuard + SessionLock watch the session (S3).
// StartupFlow calls run() as its login step (after the banner) and
// startSession() once the main window exists.
// Modal dialogs run through a DialogRunner (exec() by default) so tests can
// fill them in instead of blocking in a modal loop.
#include "models/auth/AuditLog.h"
#include "models/auth/Authenticator.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QDialog;
class QLabel;
class QMainWindow;

namespace confman {

class InactivityGuard;
class SessionLock;

class LoginSession : public QObject
{
    Q_OBJECT
public:
    enum ExitCode { LoginCancelled = 3 };

    LoginSession(Store &store, PersonStore &persons, QString storeLocation,
                 PasswordHasher hasher = PasswordHasher(), QObject *parent = nullptr);
    ~LoginSession() override;

    using DialogRunner = std::function<int(QDialog &)>;
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }
    // Tests shorten the inactivity option's minute (SessionLock).
    void setMillisecondsPerMinute(qint64 ms) { m_msPerMinute = ms; }
    void setQuitCallback(std::function<void()> quit) { m_quit = std::move(quit); }

    // nullopt: logged in, go on to the main window; else the exit code.
    std::optional<int> run();
    // Status bar text, guard and lock for the main window of this session.
    void startSession(QMainWindow *window);

    // "admin — last login: 03/12/2026 14:02 from default" (or "first login").
    QString sessionInfo() const;
    const LoginResult &loginResult() const { return m_result; }
    Authenticator &authenticator() { return m_auth; }
    AuditLog &audit() { return m_audit; }
    InactivityGuard *guard() const { return m_guard.get(); }
    SessionLock *lock() const { return m_lock.get(); }

private:
    Store &m_store;
    PersonStore &m_persons;
    QString m_storeLocation;
    PasswordHasher m_hasher;
    AuditLog m_audit;
    Authenticator m_auth;
    LoginResult m_result;
    DialogRunner m_runDialog;
    qint64 m_msPerMinute = 60000;
    std::function<void()> m_quit;
    std::unique_ptr<InactivityGuard> m_guard;
    std::unique_ptr<SessionLock> m_lock;
};

} // namespace confman
