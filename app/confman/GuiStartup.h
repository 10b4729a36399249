#pragma once
// Everything confman does before its event loop: identity and icon, command
// line, store, main window. A store that cannot be opened ends in a clear
// error dialog and a non-zero exit code.
#include <QIcon>
#include <QStringList>

#include <memory>

namespace confman {

class MainWindow;
class SqliteStore;
struct StartupOptions;

class GuiStartup
{
public:
    enum ExitCode { Success = 0, StoreUnavailable = 1, BadCommandLine = 2 };

    explicit GuiStartup(QStringList arguments);
    ~GuiStartup();

    // Organization / application name and version (main() calls it first:
    // QStandardPaths and QSettings depend on them).
    static void applyIdentity();
    // ":/icons/confman.svg" when compiled in, else a null icon.
    static QIcon applicationIcon();

    // True when the event loop should run; else exitCode() says why not.
    bool start();
    int exitCode() const { return m_exitCode; }

    SqliteStore *store() const { return m_store.get(); }
    MainWindow *mainWindow() const { return m_window.get(); }
    bool storeCreated() const { return m_created; }
    QString storePath() const { return m_storePath; }

private:
    QStringList m_arguments;
    int m_exitCode = Success;
    bool m_created = false;
    QString m_storePath;
    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<MainWindow> m_window; // destroyed before the store it shows
};

} // namespace confman
