#include "app/confman/StartupFlow.h"

#include "app/confman/StartupOptions.h"

#include "models/banner/BannerFlow.h"
#include "models/platform/RegFileRegistry.h"
#ifdef CONFMAN_HAVE_WEBENGINE
#include "widgets/banner/BannerWindow.h"
#endif

#include <QApplication>
#include <QEventLoop>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcStartup, "confman.startup")

namespace confman::app {

using banner::BannerFlow;
using banner::BannerView;

StartupFlowOptions StartupFlowOptions::parse(const QStringList &arguments, const QProcessEnvironment &env)
{
    StartupFlowOptions o;
    o.registryDir = env.value(QStringLiteral("CONFMAN_REGISTRY_DIR"));
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        auto valueOf = [&](const QString &name, QString *out) {
            if (a == name && i + 1 < arguments.size()) {
                *out = arguments.at(++i);
                return true;
            }
            if (a.startsWith(name + QLatin1Char('='))) {
                *out = a.mid(name.size() + 1);
                return true;
            }
            return false;
        };
        if (valueOf(QStringLiteral("--registry-dir"), &o.registryDir)
            || valueOf(QStringLiteral("--user-hive"), &o.userHiveFile))
            continue;
        if (a == QLatin1String("--banner-only"))
            o.bannerOnly = true;
    }
    // A bad command line, --help or --version: GuiStartup answers at once.
    const StartupOptions all = StartupOptions::parse(arguments);
    o.informational = !all.ok() || all.help || all.version;
    return o;
}

StartupFlow::StartupFlow(StartupFlowOptions options) : m_options(std::move(options)) {}

std::optional<int> StartupFlow::runBeforeMainWindow()
{
    if (m_options.informational)
        return std::nullopt;
    if (const std::optional<int> code = runBanner())
        return code;
    if (m_options.bannerOnly)
        return 0;
    if (m_login)
        return m_login();
    return std::nullopt;
}

std::optional<int> StartupFlow::runBanner()
{
    const QString machineDir = m_options.registryDir.isEmpty() ? platform::RegFileRegistry::defaultMachineDir()
                                                               : m_options.registryDir;
    const QString userHive = m_options.userHiveFile.isEmpty() ? platform::RegFileRegistry::defaultUserHiveFile()
                                                              : m_options.userHiveFile;
    platform::RegFileRegistry registry(machineDir, userHive);
    banner::BannerSettings settings = banner::BannerSettings::resolve(registry);
    for (const banner::IgnoredValue &v : std::as_const(settings.ignored))
        qCWarning(lcStartup).noquote() << QStringLiteral("banner setting ignored: %1\\%2: %3")
                                              .arg(v.key, v.value, v.reason);
    if (settings.skipBanner())
        return std::nullopt;

    BannerFlow flow(std::move(settings), &registry);
    flow.setAcceptanceLog(&m_acceptances);
#ifdef CONFMAN_HAVE_WEBENGINE
    // Closing the banner must not end the application behind our back:
    // the flow's outcome decides.
    const bool quitOnLast = QApplication::quitOnLastWindowClosed();
    QApplication::setQuitOnLastWindowClosed(false);
    widgets::BannerWindow window(&flow);
    QEventLoop loop;
    std::optional<int> bannerOnlyCode;
    QObject::connect(&flow, &BannerFlow::finished, &loop, [&loop] { loop.quit(); });
    if (m_options.bannerOnly) {
        QObject::connect(&window, &widgets::BannerWindow::displayed, &loop, [&] {
            const BannerView::Page page = window.shownView().page;
            bannerOnlyCode = page == BannerView::Page::Document ? 0 : BannerFlow::kExitUnavailable;
            loop.quit();
        });
    }
    flow.start();
    if (flow.outcome() == BannerFlow::Outcome::Pending)
        loop.exec();
    QApplication::setQuitOnLastWindowClosed(quitOnLast);
    if (bannerOnlyCode)
        return bannerOnlyCode;
#else
    // No browser in this build: no banner document can be shown (S2.3).
    if (flow.settings().ackMandatory)
        return BannerFlow::kExitUnavailable;
    return std::nullopt;
#endif
    if (flow.outcome() == BannerFlow::Outcome::Exit)
        return flow.exitCode();
    return std::nullopt;
}

} // namespace confman::app
