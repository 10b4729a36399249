#include "app/confman/SessionLock.h"

#include "app/confman/InactivityGuard.h"
#include "widgets/common/MessageBox.h"
#include "widgets/login/ReloginDialog.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLoggingCategory>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidget>

Q_LOGGING_CATEGORY(lcSession, "confman.session")

namespace confman {

namespace {

// QDialog::exec() ends its loop when the dialog is hidden, and nothing tells
// exec() from open() from outside: a dialog shown modal to the whole
// application may be in exec(), so it is minimized and covered, not hidden.
bool mayRunOwnEventLoop(const QWidget *w)
{
    return qobject_cast<const QDialog *>(w) && w->testAttribute(Qt::WA_ShowModal)
        && w->windowModality() == Qt::ApplicationModal;
}

QWidget *makeCover(QWidget *window)
{
    auto *cover = new QWidget(window);
    cover->setObjectName(QStringLiteral("sessionLockCover"));
    cover->setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(cover);
    layout->addWidget(new QLabel(QObject::tr("Confman is locked."), cover), 0, Qt::AlignCenter);
    cover->setGeometry(window->rect());
    cover->raise();
    cover->show();
    return cover;
}

} // namespace

SessionLock::SessionLock(Authenticator &auth, AuditLog &audit, Store &store, InactivityGuard &guard, QObject *parent)
    : QObject(parent), m_auth(auth), m_audit(audit), m_store(store), m_guard(guard)
{
    m_quit = [] { QTimer::singleShot(0, qApp, &QCoreApplication::quit); };
    if (const auto id = m_store.applicationIdByName(m_auth.currentApplication()))
        m_applicationId = *id;
    connect(&m_store, &Store::objectSaved, this, &SessionLock::objectSaved);
    connect(&m_store, &Store::externallyChanged, this, &SessionLock::applyTimeoutOption);
    connect(&m_guard, &InactivityGuard::idle, this, &SessionLock::lock);
    applyTimeoutOption();
}

SessionLock::~SessionLock() = default;

std::optional<int> SessionLock::parseTimeoutMinutes(const std::optional<QString> &value)
{
    if (!value)
        return std::nullopt;
    bool ok = false;
    const int minutes = value->trimmed().toInt(&ok);
    if (!ok || minutes < 0)
        return std::nullopt;
    return minutes;
}

int SessionLock::timeoutMinutes() const
{
    const auto app = m_applicationId ? m_store.application(m_applicationId) : std::nullopt;
    if (!app)
        return 0;
    return parseTimeoutMinutes(app->options.value(kInactivityTimeoutSection, kInactivityTimeoutOption)).value_or(0);
}

void SessionLock::applyTimeoutOption()
{
    const int minutes = timeoutMinutes();
    const qint64 ms = qint64(minutes) * m_msPerMinute;
    if (ms == m_guard.timeoutMs())
        return;
    qCInfo(lcSession) << "inactivity timeout set to" << minutes << "min" << (minutes == 0 ? "(off)" : "");
    m_guard.setTimeoutMs(ms);
}

void SessionLock::objectSaved(ObjectRef ref)
{
    if (ref.kind == ObjectKind::Application && ref.id == m_applicationId)
        applyTimeoutOption();
}

void SessionLock::lock(const QString &reason)
{
    if (m_locked)
        return;
    m_locked = true;
    qCInfo(lcSession).noquote() << "session locked:" << reason;
    m_audit.recordSessionLocked(reason);

    if (!m_relogin) {
        m_relogin = std::make_unique<ReloginDialog>(m_auth);
        connect(m_relogin.get(), &ReloginDialog::unlocked, this, &SessionLock::restore);
        connect(m_relogin.get(), &ReloginDialog::cancelRequested, this, &SessionLock::cancelRequested);
    }
    m_activeWindow = QApplication::activeWindow();
    m_focusWidget = QApplication::focusWidget();
    m_hidden.clear();
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows) {
        if (w == m_relogin.get() || !w->isVisible())
            continue;
        const Qt::WindowType type = w->windowType();
        if (type == Qt::Popup || type == Qt::ToolTip) {
            w->hide(); // menus and tips are transient: not restored
            continue;
        }
        HiddenWindow h{w, w->geometry(), w->windowState(), nullptr};
        if (mayRunOwnEventLoop(w)) {
            h.cover = makeCover(w);
            w->setWindowState(w->windowState() | Qt::WindowMinimized);
        } else {
            w->hide();
        }
        m_hidden.append(h);
    }
    m_relogin->setReason(reason);
    m_relogin->show();
    m_relogin->raise();
    m_relogin->activateWindow();
    Q_EMIT locked(reason);
}

void SessionLock::restore()
{
    if (!m_locked)
        return;
    m_relogin->hide();
    // Parents first, so a dialog comes back above its window.
    auto restoreOne = [](HiddenWindow &h) {
        QWidget *w = h.window;
        if (!w)
            return;
        if (h.cover) {
            delete h.cover.data();
            w->setWindowState(h.state);
            return;
        }
        w->setWindowState(h.state);
        if (!(h.state & (Qt::WindowMaximized | Qt::WindowFullScreen | Qt::WindowMinimized)))
            w->setGeometry(h.geometry);
        w->show();
    };
    for (HiddenWindow &h : m_hidden)
        if (h.window && !h.window->parentWidget())
            restoreOne(h);
    for (HiddenWindow &h : m_hidden)
        if (h.window && h.window->parentWidget())
            restoreOne(h);
    m_hidden.clear();
    if (m_activeWindow)
        m_activeWindow->activateWindow();
    if (m_focusWidget)
        m_focusWidget->setFocus();
    m_locked = false;
    qCInfo(lcSession) << "session unlocked by" << m_auth.currentUserName();
    m_guard.restart();
    Q_EMIT unlocked();
}

void SessionLock::cancelRequested()
{
    const auto answer = MessageBox::question(
        m_relogin.get(), tr("Close Confman?"),
        tr("Close Confman? Changes not saved in open windows are lost; the configuration stays as it is."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    qCInfo(lcSession) << "session closed from the re-login window";
    m_relogin->hide();
    m_auth.logout();
    Q_EMIT quitRequested();
    if (m_quit)
        m_quit();
}

} // namespace confman
