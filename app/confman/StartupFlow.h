#pragma once
// What happens between starting Confman and its main window (SPEC S2):
// the security banner (when configured and not acknowledged), then the login
// dialog (a later issue: see setLoginStep), then the caller shows the main
// window.
//
// Command line (other options are left to their owners):
//   --registry-dir DIR   the machine hive (*.reg files); default
//                        $CONFMAN_REGISTRY_DIR, else /etc/confman/registry.d
//   --user-hive FILE     the user hive; default <config folder>/user.reg
//   --banner-only        (hidden, benchmarks) stop once the banner document is
//                        displayed: exit 0; an error page: the flow's code
// GuiStartup's StartupOptions checks the whole command line; this only picks
// out what the start-up flow needs.
#include "models/banner/BannerAcceptanceLog.h"

#include <QProcessEnvironment>
#include <QStringList>

#include <functional>
#include <optional>

namespace confman::app {

struct StartupFlowOptions
{
    QString registryDir;
    QString userHiveFile;
    bool bannerOnly = false;
    bool informational = false; // --help, --version or a bad command line: no banner

    static StartupFlowOptions parse(const QStringList &arguments,
                                const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
};

class StartupFlow
{
public:
    explicit StartupFlow(StartupFlowOptions options);

    // Called after the banner allowed the user on; returns an exit code to
    // stop there, or nullopt to go on to the main window.
    using LoginStep = std::function<std::optional<int>()>;
    void setLoginStep(LoginStep step) { m_login = std::move(step); }

    // Runs the banner and the login. nullopt: show the main window; else
    // leave the application with that exit code.
    std::optional<int> runBeforeMainWindow();
    // The banner acceptances of this start-up (for the audit trail).
    const QVector<banner::BannerAcceptance> &bannerAcceptances() const { return m_acceptances.acceptances(); }

private:
    std::optional<int> runBanner();

    StartupFlowOptions m_options;
    LoginStep m_login;
    banner::RecordingAcceptanceLog m_acceptances;
};

} // namespace confman::app
