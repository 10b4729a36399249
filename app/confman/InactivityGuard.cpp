#include "app/confman/InactivityGuard.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <algorithm>
#include <limits>

Q_LOGGING_CATEGORY(lcInactivity, "confman.session")

namespace confman {

InactivityGuard::InactivityGuard(std::unique_ptr<IdleTime> idleTime, QObject *parent)
    : QObject(parent), m_idleTime(idleTime ? std::move(idleTime) : makeNoIdleTime())
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &InactivityGuard::timerFired);
    m_lastActivity.start();
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

InactivityGuard::~InactivityGuard()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

bool InactivityGuard::eventFilter(QObject *, QEvent *event)
{
    if (isActivity(event->type()))
        m_lastActivity.restart(); // the timer notices when it fires; nothing else per event
    return false;
}

void InactivityGuard::setTimeoutMs(qint64 ms)
{
    m_timeoutMs = std::max<qint64>(0, ms);
    if (m_timeoutMs == 0) {
        m_timer.stop();
        return;
    }
    if (!m_fired)
        arm(m_timeoutMs - m_lastActivity.elapsed());
}

void InactivityGuard::restart()
{
    m_fired = false;
    m_lastActivity.restart();
    if (m_timeoutMs > 0)
        arm(m_timeoutMs);
}

void InactivityGuard::arm(qint64 ms)
{
    m_timer.start(int(std::clamp<qint64>(ms, 1, std::numeric_limits<int>::max())));
}

void InactivityGuard::timerFired()
{
    if (m_timeoutMs <= 0 || m_fired)
        return;
    const qint64 ownIdle = m_lastActivity.elapsed();
    if (ownIdle < m_timeoutMs)
        return arm(m_timeoutMs - ownIdle);
    if (m_busy > 0)
        return; // BusyScope's end re-arms
    const auto desktopIdle = m_idleTime->idleMilliseconds();
    if (desktopIdle && *desktopIdle < m_timeoutMs)
        return arm(m_timeoutMs - *desktopIdle); // the user works in another application
    m_fired = true;
    const QString span = m_timeoutMs % 60000 == 0 ? QStringLiteral("%1 min").arg(m_timeoutMs / 60000)
                                                  : QStringLiteral("%1 ms").arg(m_timeoutMs);
    const QString reason = desktopIdle
        ? QStringLiteral("inactivity timeout: no input in Confman or on the desktop (%1) for %2")
              .arg(m_idleTime->backendName(), span)
        : QStringLiteral("inactivity timeout: no input in Confman for %1").arg(span);
    qCInfo(lcInactivity).noquote() << reason;
    Q_EMIT idle(reason);
}

InactivityGuard::BusyScope::BusyScope(InactivityGuard *guard) : m_guard(guard)
{
    if (m_guard)
        ++m_guard->m_busy;
}

InactivityGuard::BusyScope::~BusyScope()
{
    if (!m_guard || --m_guard->m_busy > 0)
        return;
    // Finishing the work is the start of a fresh idle period.
    if (!m_guard->m_fired) {
        m_guard->m_lastActivity.restart();
        if (m_guard->m_timeoutMs > 0)
            m_guard->arm(m_guard->m_timeoutMs);
    }
}

} // namespace confman
