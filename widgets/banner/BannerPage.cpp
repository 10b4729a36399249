#include "widgets/banner/BannerPage.h"

#include <QLoggingCategory>
#include <QWebEngineFileSystemAccessRequest>
#include <QWebEngineFullScreenRequest>
#include <QWebEngineRegisterProtocolHandlerRequest>
#include <QWebEngineSettings>

Q_LOGGING_CATEGORY(lcBannerPage, "confman.banner")

namespace confman::widgets {

BannerPage::BannerPage(QWebEngineProfile *profile, QObject *parent) : QWebEnginePage(profile, parent)
{
    applySettings(false, true);
    // No permission is ever granted: camera, location, notifications, ...
    connect(this, &QWebEnginePage::featurePermissionRequested, this,
            [this](const QUrl &origin, QWebEnginePage::Feature feature) {
                setFeaturePermission(origin, feature, QWebEnginePage::PermissionDeniedByUser);
            });
    connect(this, &QWebEnginePage::fullScreenRequested, this,
            [](QWebEngineFullScreenRequest request) { request.reject(); });
    connect(this, &QWebEnginePage::registerProtocolHandlerRequested, this,
            [](QWebEngineRegisterProtocolHandlerRequest request) { request.reject(); });
    connect(this, &QWebEnginePage::fileSystemAccessRequested, this,
            [](QWebEngineFileSystemAccessRequest request) { request.reject(); });
    // Certificate errors and authentication requests are refused by default
    // when nobody handles them: keep it that way.
}

void BannerPage::applySettings(bool localDocument, bool scripts)
{
    QWebEngineSettings *s = settings();
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, scripts);
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanPaste, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    s->setAttribute(QWebEngineSettings::FullScreenSupportEnabled, false);
    s->setAttribute(QWebEngineSettings::ScreenCaptureEnabled, false);
    s->setAttribute(QWebEngineSettings::WebGLEnabled, false);
    s->setAttribute(QWebEngineSettings::AllowRunningInsecureContent, false);
    s->setAttribute(QWebEngineSettings::AllowGeolocationOnInsecureOrigins, false);
    s->setAttribute(QWebEngineSettings::AllowWindowActivationFromJavaScript, false);
    s->setAttribute(QWebEngineSettings::PlaybackRequiresUserGesture, true);
    s->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    s->setAttribute(QWebEngineSettings::XSSAuditingEnabled, true);
    s->setAttribute(QWebEngineSettings::ErrorPageEnabled, false);
    s->setAttribute(QWebEngineSettings::HyperlinkAuditingEnabled, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    // A local banner may show pictures next to it; a remote one never reads files.
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, localDocument);
    s->setAttribute(QWebEngineSettings::LocalStorageEnabled, false);
}

void BannerPage::loadAllowed(const QUrl &url)
{
    applySettings(url.isLocalFile(), true);
    m_allowedUrl = url;
    m_armed = true;
    load(url);
}

void BannerPage::showHtml(const QString &html)
{
    applySettings(false, false);
    m_allowedUrl = QUrl();
    m_armed = true; // setHtml navigates to a data: URL
    setHtml(html, QUrl());
}

static bool sameDocument(const QUrl &a, const QUrl &b)
{
    const auto opts = QUrl::RemoveFragment | QUrl::NormalizePathSegments | QUrl::StripTrailingSlash;
    return a.adjusted(opts) == b.adjusted(opts);
}

bool BannerPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (isMainFrame) {
        // Only the navigation the window asked for, once: no link, form,
        // script location change, meta refresh, history move or reload.
        if (m_armed && type == NavigationTypeTyped
            && (m_allowedUrl.isEmpty() ? url.scheme() == QLatin1String("data") : sameDocument(url, m_allowedUrl))) {
            m_armed = false;
            return true;
        }
        refuse(url, type, isMainFrame);
        return false;
    }
    // Frames of the document may load what the document embeds, but the
    // user's or the script's gestures never move them elsewhere.
    switch (type) {
    case NavigationTypeLinkClicked:
    case NavigationTypeFormSubmitted:
    case NavigationTypeBackForward:
    case NavigationTypeReload:
        refuse(url, type, isMainFrame);
        return false;
    default:
        return true;
    }
}

void BannerPage::refuse(const QUrl &url, NavigationType type, bool isMainFrame)
{
    ++m_refused;
    qCInfo(lcBannerPage).noquote() << QStringLiteral("banner navigation refused (type %1, %2): %3")
                                          .arg(int(type))
                                          .arg(isMainFrame ? QStringLiteral("main frame") : QStringLiteral("frame"))
                                          .arg(url.toString().left(300));
    emit navigationRefused(url, type, isMainFrame);
}

QWebEnginePage *BannerPage::createWindow(WebWindowType)
{
    ++m_refused;
    emit navigationRefused(QUrl(), NavigationTypeOther, false);
    return nullptr;
}

void BannerPage::javaScriptAlert(const QUrl &, const QString &) {}

bool BannerPage::javaScriptConfirm(const QUrl &, const QString &)
{
    return false;
}

bool BannerPage::javaScriptPrompt(const QUrl &, const QString &, const QString &, QString *)
{
    return false;
}

QStringList BannerPage::chooseFiles(FileSelectionMode, const QStringList &, const QStringList &)
{
    return {};
}

void BannerPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel, const QString &, int, const QString &)
{
    // The document's console is not ours to relay.
}

} // namespace confman::widgets
