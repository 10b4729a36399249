#pragma once
// The banner document is untrusted content (SPEC S2.3): this page only ever
// shows what the window asked for. It refuses every navigation but the one
// armed by load()/showHtml(), opens no windows, asks no questions (alerts,
// file choosers, permissions) and gets a locked-down set of settings.
#include <QUrl>
#include <QWebEnginePage>

namespace confman::widgets {

class BannerPage : public QWebEnginePage
{
    Q_OBJECT
public:
    explicit BannerPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    // Loads url (the only main-frame navigation accepted until the next call).
    void loadAllowed(const QUrl &url);
    // Shows trusted, self-contained HTML (no script) in place of a document.
    void showHtml(const QString &html);

    // Navigations refused since construction (for logs and tests).
    int refusedNavigations() const { return m_refused; }

signals:
    void navigationRefused(const QUrl &url, QWebEnginePage::NavigationType type, bool isMainFrame);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    void javaScriptAlert(const QUrl &securityOrigin, const QString &msg) override;
    bool javaScriptConfirm(const QUrl &securityOrigin, const QString &msg) override;
    bool javaScriptPrompt(const QUrl &securityOrigin, const QString &msg, const QString &defaultValue,
                          QString *result) override;
    QStringList chooseFiles(FileSelectionMode mode, const QStringList &oldFiles,
                            const QStringList &acceptedMimeTypes) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int lineNumber,
                                  const QString &sourceID) override;

private:
    void applySettings(bool localDocument, bool scripts);
    void refuse(const QUrl &url, NavigationType type, bool isMainFrame);

    QUrl m_allowedUrl;   // the armed main-frame navigation
    bool m_armed = false;
    int m_refused = 0;
};

} // namespace confman::widgets
