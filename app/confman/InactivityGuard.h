#pragma once
// SPEC S3 inactivity: ONE application-wide event filter on qApp counts mouse
// press / move / wheel, key press and window (de)activation as activity. When
// the timeout has passed without any, the desktop's idle time (IdleTime) is
// asked first, so typing in another application keeps the session open; then
// idle(reason) is emitted once and the guard stops until restart().
//
// Per event the filter only compares the event type and stores a monotonic
// time stamp: no allocation, no timer restart (the single-shot timer re-arms
// itself for the remainder when it fires early). See bench_inactivity.
//
// Confman's own long-running work (a progress bar the user watches) is not
// inactivity: hold a BusyScope while it runs.
#include "models/platform/IdleTime.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QObject>
#include <QTimer>

#include <memory>

namespace confman {

class InactivityGuard : public QObject
{
    Q_OBJECT
public:
    // Installs the filter on qApp. `idleTime` nullptr = the "none" backend.
    explicit InactivityGuard(std::unique_ptr<IdleTime> idleTime = nullptr, QObject *parent = nullptr);
    ~InactivityGuard() override;

    // 0 (or negative) turns the guard off. Takes effect at once; the time
    // already idle counts against the new timeout.
    void setTimeoutMs(qint64 ms);
    qint64 timeoutMs() const { return m_timeoutMs; }
    // Whether it is counting (a timeout set, not fired since the last restart()).
    bool isArmed() const { return m_timer.isActive(); }
    bool hasFired() const { return m_fired; }
    int busyDepth() const { return m_busy; }
    const IdleTime &idleTime() const { return *m_idleTime; }

    // Counts as activity now (also used by the filter) and re-arms after idle().
    void restart();
    // Milliseconds since the last activity Confman saw.
    qint64 msSinceActivity() const { return m_lastActivity.elapsed(); }

    // True for the events that count as activity.
    static bool isActivity(QEvent::Type type)
    {
        switch (type) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonDblClick:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::KeyPress:
        case QEvent::WindowActivate:
        case QEvent::WindowDeactivate:
        case QEvent::TouchBegin:
            return true;
        default:
            return false;
        }
    }

    bool eventFilter(QObject *watched, QEvent *event) override;

    // Suspends the timeout while Confman itself works; the end counts as activity.
    class BusyScope
    {
    public:
        explicit BusyScope(InactivityGuard *guard);
        ~BusyScope();
        BusyScope(const BusyScope &) = delete;
        BusyScope &operator=(const BusyScope &) = delete;

    private:
        InactivityGuard *m_guard;
    };

Q_SIGNALS:
    void idle(const QString &reason);

private:
    void timerFired();
    void arm(qint64 ms);

    std::unique_ptr<IdleTime> m_idleTime;
    QTimer m_timer;
    QElapsedTimer m_lastActivity;
    qint64 m_timeoutMs = 0;
    int m_busy = 0;
    bool m_fired = false;
};

} // namespace confman
