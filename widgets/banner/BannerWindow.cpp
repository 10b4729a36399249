#include "widgets/banner/BannerWindow.h"

#include "widgets/banner/BannerErrorPage.h"
#include "widgets/banner/BannerPage.h"
#include "widgets/banner/BannerProfile.h"
#include "widgets/banner/BannerProgressWindow.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QCursor>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QVBoxLayout>
#include <QWebEngineLoadingInfo>
#include <QWebEngineScript>
#include <QWebEngineView>

namespace confman::widgets {

using banner::BannerFlow;
using banner::BannerView;
using banner::LoadError;
using Page = BannerView::Page;

namespace {
constexpr int kDefaultWidth = 800;  // document area before fitting
constexpr int kDefaultHeight = 600;
constexpr int kMinWidth = 360;      // S2.2: Width > 359, Height > 180
constexpr int kMinHeight = 181;
} // namespace

BannerWindow::BannerWindow(BannerFlow *flow, QWidget *parent) : QWidget(parent), m_flow(flow)
{
    setObjectName(QStringLiteral("bannerWindow"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    setContextMenuPolicy(Qt::NoContextMenu);

    m_profile = makeBannerProfile(this);
    m_page = new BannerPage(m_profile, this);
    m_view = new QWebEngineView(this);
    m_view->setPage(m_page);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    m_view->setAcceptDrops(false);

    m_doNotShowAgain = new QCheckBox(tr("I Accept. Do not show this again."), this);
    m_doNotShowAgain->setObjectName(QStringLiteral("bannerDoNotShowAgain"));
    m_accept = new QPushButton(tr("Accept"), this);
    m_accept->setObjectName(QStringLiteral("bannerAccept"));
    m_accept->setEnabled(false);
    m_accept->setAutoDefault(false);
    m_reject = new QPushButton(tr("Reject"), this);
    m_reject->setObjectName(QStringLiteral("bannerReject"));
    m_reject->setAutoDefault(false);
    m_exit = new QPushButton(tr("Exit"), this);
    m_exit->setObjectName(QStringLiteral("bannerExit"));
    m_exit->setAutoDefault(false);
    m_exit->hide();

    m_buttonRow = new QWidget(this);
    auto *buttons = new QHBoxLayout(m_buttonRow);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_doNotShowAgain);
    buttons->addStretch();
    buttons->addWidget(m_accept);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_exit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_buttonRow);

    m_progress = new BannerProgressWindow(nullptr);
    m_progress->setWindowTitle(QGuiApplication::applicationDisplayName());

    connect(m_accept, &QPushButton::clicked, this, [this] {
        if (m_flow)
            m_flow->accept(m_doNotShowAgain->isVisible() && m_doNotShowAgain->isChecked());
    });
    connect(m_reject, &QPushButton::clicked, this, [this] {
        if (m_flow)
            m_flow->reject();
    });
    connect(m_exit, &QPushButton::clicked, this, [this] {
        if (m_flow)
            m_flow->reject();
    });
    connect(m_progress, &BannerProgressWindow::cancelled, this, [this] {
        if (m_flow)
            m_flow->cancel();
    });
    // Escape wherever the focus is (the web view keeps most keys for itself).
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WindowShortcut);
    connect(escape, &QShortcut::activated, this, &QWidget::close);

    connect(m_page, &QWebEnginePage::loadingChanged, this, &BannerWindow::onLoadingChanged);
    connect(m_page, &QWebEnginePage::loadProgress, this, &BannerWindow::onLoadProgress);
    connect(flow, &BannerFlow::loadRequested, this, &BannerWindow::requestLoad);
    connect(flow, &BannerFlow::stopRequested, this, &BannerWindow::stopLoad);
    connect(flow, &BannerFlow::viewChanged, this, &BannerWindow::render);
    connect(flow, &BannerFlow::finished, this, &BannerWindow::onFinished);
}

BannerWindow::~BannerWindow()
{
    // A page must go before its profile, and the view before its page.
    delete m_view;
    delete m_page;
    delete m_progress;
}

QString BannerWindow::sizeSettingsKey()
{
    return QStringLiteral("Banner/documentSize");
}

QScreen *BannerWindow::targetScreen() const
{
    // The screen the user is working on: the one under the mouse.
    if (QScreen *s = QGuiApplication::screenAt(QCursor::pos()))
        return s;
    return QGuiApplication::primaryScreen();
}

void BannerWindow::requestLoad(const QUrl &url)
{
    // The flow asks from inside our own load callbacks: load on the next turn
    // of the event loop, and ignore the old load's last events meanwhile.
    m_active = false;
    m_expectingStart = false;
    m_requested = url;
    QMetaObject::invokeMethod(
        this,
        [this, url] {
            if (!m_flow || m_requested != url)
                return;
            m_expectingStart = true;
            m_page->loadAllowed(url);
        },
        Qt::QueuedConnection);
}

void BannerWindow::stopLoad()
{
    m_active = false;
    m_expectingStart = false;
    m_requested.clear();
    m_page->triggerAction(QWebEnginePage::Stop);
}

void BannerWindow::onLoadProgress(int percent)
{
    if ((m_active || m_expectingStart) && m_flow)
        m_flow->loadProgress(percent);
}

bool BannerWindow::isCurrentLoad(const QUrl &url) const
{
    // Chromium does not always report the start of a load that replaces one
    // still running, and late events of a stopped load may follow: an event
    // belongs to the flow's load when it is for the URL the flow asked for.
    if (!m_active && !m_expectingStart)
        return false;
    const auto opts = QUrl::RemoveFragment | QUrl::NormalizePathSegments | QUrl::StripTrailingSlash;
    return url.adjusted(opts) == m_requested.adjusted(opts);
}

void BannerWindow::onLoadingChanged(const QWebEngineLoadingInfo &info)
{
    if (!m_flow || !isCurrentLoad(info.url()))
        return;
    switch (info.status()) {
    case QWebEngineLoadingInfo::LoadStartedStatus:
        if (m_expectingStart) {
            m_expectingStart = false;
            m_active = true;
            m_flow->loadStarted(info.url());
        }
        return;
    case QWebEngineLoadingInfo::LoadSucceededStatus: {
        m_active = m_expectingStart = false;
        // Without a <title>, Chromium makes one of the URL: let the flow choose.
        QString title = m_page->title();
        const QUrl url = info.url();
        if (title == url.toString() || title == url.toDisplayString() || title == url.fileName()
            || QStringLiteral("//") + title == url.toString(QUrl::RemoveScheme) || QUrl(title) == url)
            title.clear();
        m_flow->loadSucceeded(title, 200);
        return;
    }
    case QWebEngineLoadingInfo::LoadFailedStatus:
        m_active = m_expectingStart = false;
        if (info.errorDomain() == QWebEngineLoadingInfo::HttpStatusCodeDomain)
            m_flow->loadFailed(LoadError::http(info.errorCode()));
        else
            m_flow->loadFailed(LoadError::network(info.errorCode(), info.errorString()));
        return;
    case QWebEngineLoadingInfo::LoadStoppedStatus:
        m_active = m_expectingStart = false;
        m_flow->loadFailed(LoadError::aborted());
        return;
    }
}

void BannerWindow::render(const BannerView &view)
{
    m_shown = view;
    switch (view.page) {
    case Page::Hidden:
        m_progress->hide();
        if (isVisible())
            rememberSize();
        hide();
        return;
    case Page::Intermediate: {
        hide();
        m_progress->adjustSize();
        const QRect area = targetScreen()->availableGeometry();
        QRect r(QPoint(), m_progress->sizeHint().expandedTo(QSize(360, 100)));
        r.moveCenter(area.center());
        m_progress->setGeometry(r);
        m_progress->show();
        m_progress->raise();
        return;
    }
    case Page::BuiltInErrorPage:
        m_active = false;
        m_expectingStart = false;
        m_requested.clear();
        m_page->showHtml(builtInErrorPageHtml(view.errorText));
        showDocumentWindow(view);
        return;
    case Page::Document:
    case Page::ErrorPage:
        showDocumentWindow(view);
        return;
    }
}

void BannerWindow::showDocumentWindow(const BannerView &view)
{
    const bool document = view.page == Page::Document;
    setWindowTitle(view.windowTitle);
    m_accept->setVisible(document);
    m_accept->setEnabled(document && view.acceptEnabled);
    m_reject->setVisible(document);
    m_doNotShowAgain->setVisible(document && view.checkboxVisible);
    m_exit->setVisible(!document);
    m_progress->hide();
    if (!m_sized) {
        applyInitialSize();
        placeOnScreen();
    }
    show();
    raise();
    activateWindow();
    if (document)
        m_accept->setFocus();
    else
        m_exit->setFocus();
    m_documentShown = true;
    emit displayed();
}

QSize BannerWindow::chromeSize() const
{
    const QMargins m = layout()->contentsMargins();
    return QSize(m.left() + m.right(),
                 m.top() + m.bottom() + layout()->spacing() + m_buttonRow->sizeHint().height());
}

void BannerWindow::applyInitialSize()
{
    m_sized = true;
    const QSize remembered = QSettings().value(sizeSettingsKey()).toSize();
    const banner::BannerSettings &s = m_flow->settings();
    if (remembered.isValid() && remembered.width() >= kMinWidth && remembered.height() >= kMinHeight) {
        setDocumentSize(remembered);
    } else if (s.width && s.height) {
        setDocumentSize(QSize(*s.width, *s.height));
    } else {
        setDocumentSize(QSize(s.width.value_or(kDefaultWidth), s.height.value_or(kDefaultHeight)));
        if (!s.width || !s.height)
            fitToContent();
    }
}

void BannerWindow::fitToContent()
{
    const bool fitWidth = !m_flow->settings().width;
    const bool fitHeight = !m_flow->settings().height;
    // The measuring script runs in Confman's own world: the document's
    // scripts cannot see or tamper with it.
    m_page->runJavaScript(
        QStringLiteral("[document.documentElement.scrollWidth, document.documentElement.scrollHeight]"),
        QWebEngineScript::ApplicationWorld, [this, fitWidth, fitHeight](const QVariant &result) {
            const QVariantList wh = result.toList();
            if (wh.size() != 2 || !m_documentShown)
                return;
            QSize size = m_view->size();
            if (fitWidth)
                size.setWidth(qMax(kMinWidth, wh.at(0).toInt()));
            if (fitHeight)
                size.setHeight(qMax(kMinHeight, wh.at(1).toInt()));
            setDocumentSize(size);
            placeOnScreen();
        });
}

void BannerWindow::setDocumentSize(QSize size)
{
    const QRect area = targetScreen()->availableGeometry();
    // The frame the window manager adds is unknown before showing: keep a margin.
    const QSize frame = isVisible() ? frameGeometry().size() - geometry().size() : QSize(16, 40);
    QSize window = size + chromeSize();
    window = window.boundedTo(area.size() - frame);
    resize(window);
}

void BannerWindow::placeOnScreen()
{
    const QRect area = targetScreen()->availableGeometry();
    QRect r = frameGeometry();
    if (!isVisible())
        r = QRect(QPoint(), size() + QSize(16, 40));
    r.moveCenter(area.center());
    // Never off-screen: the top-left corner (title bar) stays inside.
    r.moveLeft(qMax(area.left(), qMin(r.left(), area.right() - r.width() + 1)));
    r.moveTop(qMax(area.top(), qMin(r.top(), area.bottom() - r.height() + 1)));
    move(r.topLeft());
}

void BannerWindow::rememberSize()
{
    if (m_documentShown)
        QSettings().setValue(sizeSettingsKey(), m_view->size());
}

void BannerWindow::onFinished()
{
    m_active = false;
    m_expectingStart = false;
    m_progress->hide();
    if (isVisible())
        rememberSize();
    hide();
}

void BannerWindow::closeEvent(QCloseEvent *event)
{
    rememberSize();
    event->accept();
    if (m_flow && m_flow->outcome() == BannerFlow::Outcome::Pending)
        m_flow->close();
}

void BannerWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace confman::widgets
