#pragma once
// Everything confman does before its event loop, in the order SPEC S2/S3
// asks for: identity and icon, command line, the security banner, the store
// (created and seeded on first run), the first administrator and the login,
// then the main window on the store as the logged-in Person may see it
// (PermissionedStore), with the session's status bar, inactivity lock and
// log filter. Each step can end the start-up with its exit code; a store that
// cannot be opened ends in a clear error dialog.
#include "models/auth/PasswordHasher.h"
#include "models/banner/BannerAcceptanceLog.h"

#include <QIcon>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QDialog;

namespace confman {

class LogMessageFilter;
class LoginSession;
class MainWindow;
class PermissionedPersonStore;
class PermissionedStore;
class SqlitePersonStore;
class SqliteStore;

class GuiStartup
{
public:
    // 3 is shared by a declined banner (BannerFlow) and a cancelled login:
    // both mean the user chose not to go on.
    enum ExitCode { Success = 0, StoreUnavailable = 1, BadCommandLine = 2, LoginCancelled = 3 };

    explicit GuiStartup(QStringList arguments);
    ~GuiStartup();

    // Organization / application name and version (main() calls it first:
    // QStandardPaths and QSettings depend on them).
    static void applyIdentity();
    // ":/icons/confman.svg" when compiled in, else a null icon.
    static QIcon applicationIcon();

    // Tests fill the first-administrator and login dialogs instead of exec().
    void setDialogRunner(std::function<int(QDialog &)> runner) { m_runDialog = std::move(runner); }
    // Tests use a cheaper hash; the product keeps PasswordHasher's default.
    void setPasswordHasher(PasswordHasher hasher) { m_hasher = hasher; }

    // True when the event loop should run; else exitCode() says why not.
    bool start();
    int exitCode() const { return m_exitCode; }

    SqliteStore *store() const { return m_store.get(); }
    SqlitePersonStore *persons() const { return m_persons.get(); }
    PermissionedStore *sessionStore() const { return m_sessionStore.get(); }
    PermissionedPersonStore *sessionPersons() const { return m_sessionPersons.get(); }
    LoginSession *session() const { return m_session.get(); }
    LogMessageFilter *logFilter() const { return m_logFilter.get(); }
    MainWindow *mainWindow() const { return m_window.get(); }
    bool storeCreated() const { return m_created; }
    QString storePath() const { return m_storePath; }

private:
    bool openStore();
    std::optional<int> logIn(const QVector<banner::BannerAcceptance> &acceptances);
    void showMainWindow();

    QStringList m_arguments;
    int m_exitCode = Success;
    bool m_created = false;
    QString m_storePath;
    QString m_seedProblem;
    PasswordHasher m_hasher;
    std::function<int(QDialog &)> m_runDialog;
    // Declared in the order they depend on each other: destroyed in reverse,
    // the window before the session, the session before the stores.
    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<SqlitePersonStore> m_persons;
    std::unique_ptr<LoginSession> m_session;
    std::unique_ptr<LogMessageFilter> m_logFilter; // before the store it reads goes
    std::unique_ptr<PermissionedStore> m_sessionStore;
    std::unique_ptr<PermissionedPersonStore> m_sessionPersons;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace confman
