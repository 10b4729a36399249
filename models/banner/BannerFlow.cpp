#include "models/banner/BannerFlow.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBannerFlow, "confman.banner")

namespace confman::banner {

LoadError LoadError::http(int status, const QString &reason)
{
    return LoadError{Kind::Http, status, reason};
}

LoadError LoadError::network(int code, const QString &text)
{
    return LoadError{Kind::Network, code, text};
}

LoadError LoadError::aborted()
{
    return LoadError{Kind::Aborted, int(0x80004004u), QStringLiteral("Operation aborted")};
}

QString LoadError::displayText() const
{
    switch (kind) {
    case Kind::Http:
        return text.isEmpty() ? QStringLiteral("HTTP %1").arg(code)
                              : QStringLiteral("HTTP %1 %2").arg(code).arg(text);
    case Kind::Aborted:
        return QStringLiteral("0x%1: %2")
            .arg(QString::number(quint32(code), 16).toUpper().rightJustified(8, QLatin1Char('0')), text);
    case Kind::Network:
        break;
    }
    return text.isEmpty() ? QString::number(code) : QStringLiteral("%1: %2").arg(code).arg(text);
}

BannerFlow::BannerFlow(BannerSettings settings, platform::Registry *userHive, BannerTimerFactory timers,
                       QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_userHive(userHive), m_userAccount(currentUserAccount())
{
    if (!timers)
        timers = [] { return std::make_unique<QtBannerTimer>(); };
    m_showUpTimer = timers();
    m_noCompleteTimer = timers();
    m_showUpTimer->onTimeout = [this] { onShowUpTimeout(); };
    m_noCompleteTimer->onTimeout = [this] { onNoCompleteTimeout(); };
}

BannerFlow::~BannerFlow() = default;

void BannerFlow::setAcceptanceLog(BannerAcceptanceLog *log)
{
    m_log = log ? log : &m_defaultLog;
}

void BannerFlow::setUserAccount(const QString &account)
{
    m_userAccount = account;
}

void BannerFlow::setApplicationName(const QString &name)
{
    m_appName = name;
}

void BannerFlow::start()
{
    if (m_phase != Phase::Idle)
        return;
    if (m_settings.skipBanner()) {
        finish(Outcome::ProceedToLogin, 0);
        return;
    }
    m_phase = Phase::LoadingBanner;
    m_index = 0;
    m_showUpTimer->start(m_settings.showUpTimeoutMs);
    loadCurrent();
}

void BannerFlow::loadCurrent()
{
    const QList<BannerUrl> &list = m_phase == Phase::LoadingBanner ? m_settings.urls : m_settings.errorPages;
    m_currentUrlText = list.at(m_index).url;
    m_currentUrl = list.at(m_index).toUrl();
    armNoComplete();
    emit loadRequested(m_currentUrl);
}

void BannerFlow::armNoComplete()
{
    if (m_settings.noCompleteTimeoutMs > 0)
        m_noCompleteTimer->start(m_settings.noCompleteTimeoutMs);
}

void BannerFlow::loadStarted(const QUrl &)
{
    if (loading())
        armNoComplete();
}

void BannerFlow::loadProgress(int)
{
    if (loading())
        armNoComplete();
}

void BannerFlow::loadSucceeded(const QString &htmlTitle, int httpStatus)
{
    if (!loading())
        return;
    if (httpStatus >= 400) {
        fail(LoadError::http(httpStatus));
        return;
    }
    m_noCompleteTimer->stop();
    m_showUpTimer->stop();
    BannerView v;
    v.url = m_currentUrl;
    v.windowTitle = windowTitleFor(htmlTitle);
    if (m_phase == Phase::LoadingBanner) {
        m_phase = Phase::ShowingDocument;
        v.page = BannerView::Page::Document;
        v.acceptEnabled = true;
        v.checkboxVisible = m_settings.checkboxOffered();
    } else {
        m_phase = Phase::ShowingErrorPage;
        v.page = BannerView::Page::ErrorPage;
    }
    setView(v);
}

void BannerFlow::loadFailed(const LoadError &error)
{
    if (loading())
        fail(error);
}

void BannerFlow::fail(const LoadError &error)
{
    m_noCompleteTimer->stop();
    qCWarning(lcBannerFlow).noquote() << QStringLiteral("banner document %1 failed: %2")
                                             .arg(m_currentUrlText, error.displayText());
    if (m_phase == Phase::LoadingBanner)
        m_lastError = error;
    ++m_index;
    if (m_phase == Phase::LoadingBanner && m_index >= m_settings.urls.size()) {
        if (!m_settings.ackMandatory) {
            finish(Outcome::ProceedToLogin, 0);
            return;
        }
        m_phase = Phase::LoadingErrorPage;
        m_index = 0;
    }
    if (m_phase == Phase::LoadingErrorPage && m_index >= m_settings.errorPages.size()) {
        m_showUpTimer->stop();
        m_phase = Phase::ShowingBuiltIn;
        m_currentUrl.clear();
        m_currentUrlText.clear();
        BannerView v;
        v.page = BannerView::Page::BuiltInErrorPage;
        v.windowTitle = windowTitleFor(QString());
        v.errorText = m_lastError ? m_lastError->displayText() : QString();
        setView(v);
        return;
    }
    loadCurrent();
}

void BannerFlow::onShowUpTimeout()
{
    if (!loading() || m_view.page == BannerView::Page::Intermediate)
        return;
    BannerView v;
    v.page = BannerView::Page::Intermediate;
    v.windowTitle = windowTitleFor(QString());
    setView(v);
}

void BannerFlow::onNoCompleteTimeout()
{
    if (!loading())
        return;
    emit stopRequested();
    fail(LoadError::aborted());
}

void BannerFlow::accept(bool doNotShowAgain)
{
    if (m_phase != Phase::ShowingDocument || !m_view.acceptEnabled)
        return;
    const bool store = doNotShowAgain && m_settings.checkboxOffered();
    if (store && m_userHive) {
        QString error;
        if (!m_settings.storeAcknowledgement(*m_userHive, &error))
            qCWarning(lcBannerFlow).noquote() << QStringLiteral("acknowledgement not stored: %1").arg(error);
    }
    BannerAcceptance a;
    a.userAccount = m_userAccount;
    a.time = QDateTime::currentDateTimeUtc();
    a.url = m_currentUrlText;
    a.ackMode = m_settings.ackMode;
    a.doNotShowAgain = store;
    m_log->record(a);
    finish(Outcome::ProceedToLogin, 0);
}

void BannerFlow::reject()
{
    close();
}

void BannerFlow::cancel()
{
    close();
}

void BannerFlow::close()
{
    if (m_phase == Phase::Idle || m_phase == Phase::Done)
        return;
    const bool unavailable = m_phase == Phase::ShowingErrorPage || m_phase == Phase::ShowingBuiltIn
                             || m_phase == Phase::LoadingErrorPage;
    if (loading())
        emit stopRequested();
    finish(Outcome::Exit, unavailable ? kExitUnavailable : kExitDeclined);
}

void BannerFlow::setView(const BannerView &view)
{
    m_view = view;
    emit viewChanged(m_view);
}

void BannerFlow::finish(Outcome outcome, int exitCode)
{
    m_showUpTimer->stop();
    m_noCompleteTimer->stop();
    m_phase = Phase::Done;
    m_outcome = outcome;
    m_exitCode = exitCode;
    if (m_view.page != BannerView::Page::Hidden)
        setView(BannerView{});
    emit finished(outcome, exitCode);
}

QString BannerFlow::windowTitleFor(const QString &htmlTitle) const
{
    QString title;
    if (m_settings.title)
        title = *m_settings.title;
    else if (!htmlTitle.trimmed().isEmpty())
        title = htmlTitle;
    else
        title = m_currentUrlText;
    // Hostile document titles: no control characters, bounded length.
    QString clean;
    for (QChar c : title.left(200)) {
        if (c.unicode() >= 0x20 && c.unicode() != 0x7F)
            clean.append(c);
    }
    clean = clean.trimmed();
    return clean.isEmpty() ? m_appName : clean + QString::fromUtf8(" \u2014 ") + m_appName;
}

} // namespace confman::banner
