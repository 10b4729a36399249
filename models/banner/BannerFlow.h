#pragma once
// What the security banner window does (SPEC S2.3), without a browser: the
// window forwards what its web view reports and shows what the flow says.
//
// Window contract:
//  - call start() once; if finished() comes at once, there is no banner
//    (none configured, or acknowledged earlier) and nothing is shown;
//  - loadRequested(url): load url in the web view (keep the view hidden until
//    viewChanged() says Document or ErrorPage); stopRequested(): stop loading;
//  - forward loadStarted / loadProgress / loadSucceeded / loadFailed of the
//    current load; a 404 is loadFailed(LoadError::http(404)) or
//    loadSucceeded(title, 404): both count as failures;
//  - render viewChanged(view); Accept (with the checkbox state), Reject,
//    Cancel (intermediate window), closing the window and Exit (error pages)
//    call accept(), reject(), cancel(), close(), reject();
//  - finished(outcome, exitCode): close the window; ProceedToLogin → login
//    dialog; Exit → quit the application with exitCode.
// The timers are owned here (QTimer); tests inject manual ones.
#include "models/banner/BannerAcceptanceLog.h"
#include "models/banner/BannerSettings.h"
#include "models/banner/BannerTimer.h"

#include <QObject>

namespace confman::banner {

struct LoadError
{
    enum class Kind { Http, Network, Aborted };
    Kind kind = Kind::Network;
    int code = 0; // HTTP status, or the browser's/system's error number
    QString text;

    static LoadError http(int status, const QString &reason = {});
    static LoadError network(int code, const QString &text);
    static LoadError aborted(); // the NoCompleteTimeout abort: 0x80004004
    // "HTTP 404 Not Found", "-105: Name not resolved", "0x80004004: Operation aborted"
    QString displayText() const;
};

struct BannerView
{
    enum class Page {
        Hidden,           // nothing to show (yet, or any more)
        Intermediate,     // "Downloading terms of use... Please wait..." + Cancel
        Document,         // the banner: Accept / Reject (+ checkbox)
        ErrorPage,        // a configured error page: Exit only
        BuiltInErrorPage, // errorText: Exit only
    };
    Page page = Page::Hidden;
    QUrl url;              // Document, ErrorPage
    QString windowTitle;   // Document, ErrorPage: title followed by the application name
    bool acceptEnabled = false; // only once the document is fully displayed
    bool checkboxVisible = false; // "I Accept. Do not show this again." (AckMode 0/1)
    QString errorText;     // BuiltInErrorPage
    bool operator==(const BannerView &) const = default;
};

class BannerFlow : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Pending, ProceedToLogin, Exit };
    // Exit codes for Outcome::Exit (ProceedToLogin: 0).
    static constexpr int kExitDeclined = 3;    // Reject, Cancel or window closed
    static constexpr int kExitUnavailable = 4; // AckMandatory=1 and no banner could be shown

    // userHive: where "do not show again" is stored (may be null: not stored).
    // timers: makes the ShowUpTimeout and NoCompleteTimeout timers (default QTimer).
    BannerFlow(BannerSettings settings, platform::Registry *userHive,
               BannerTimerFactory timers = {}, QObject *parent = nullptr);
    ~BannerFlow() override;

    void setAcceptanceLog(BannerAcceptanceLog *log); // not owned; default: the logging sink
    void setUserAccount(const QString &account);    // default: currentUserAccount()
    void setApplicationName(const QString &name);   // default: "Confman"

    const BannerSettings &settings() const { return m_settings; }
    BannerView view() const { return m_view; }
    Outcome outcome() const { return m_outcome; }
    int exitCode() const { return m_exitCode; }
    QUrl currentUrl() const { return m_currentUrl; }
    std::optional<LoadError> lastError() const { return m_lastError; }

public slots:
    void start();
    void loadStarted(const QUrl &url);
    void loadProgress(int percent);
    void loadSucceeded(const QString &htmlTitle, int httpStatus = 200);
    void loadFailed(const confman::banner::LoadError &error);
    void accept(bool doNotShowAgain);
    void reject();
    void cancel();
    void close();

signals:
    void loadRequested(const QUrl &url);
    void stopRequested();
    void viewChanged(const confman::banner::BannerView &view);
    void finished(confman::banner::BannerFlow::Outcome outcome, int exitCode);

private:
    enum class Phase { Idle, LoadingBanner, LoadingErrorPage, ShowingDocument, ShowingErrorPage, ShowingBuiltIn, Done };
    void loadCurrent();
    void fail(const LoadError &error);
    void onShowUpTimeout();
    void onNoCompleteTimeout();
    void armNoComplete();
    void setView(const BannerView &view);
    void finish(Outcome outcome, int exitCode);
    QString windowTitleFor(const QString &htmlTitle) const;
    bool loading() const { return m_phase == Phase::LoadingBanner || m_phase == Phase::LoadingErrorPage; }

    BannerSettings m_settings;
    platform::Registry *m_userHive = nullptr;
    std::unique_ptr<BannerTimer> m_showUpTimer;
    std::unique_ptr<BannerTimer> m_noCompleteTimer;
    LoggingAcceptanceLog m_defaultLog;
    BannerAcceptanceLog *m_log = &m_defaultLog;
    QString m_userAccount;
    QString m_appName = QStringLiteral("Confman");

    Phase m_phase = Phase::Idle;
    qsizetype m_index = 0;
    QUrl m_currentUrl;
    QString m_currentUrlText;
    std::optional<LoadError> m_lastError; // of the banner URLs (shown on the built-in page)
    BannerView m_view;
    Outcome m_outcome = Outcome::Pending;
    int m_exitCode = 0;
};

} // namespace confman::banner

Q_DECLARE_METATYPE(confman::banner::LoadError)
Q_DECLARE_METATYPE(confman::banner::BannerView)
