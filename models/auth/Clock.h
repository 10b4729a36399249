#pragma once
// The time, injectable so throttling and lockout tests run without waiting.
#include <QDateTime>

namespace confman {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC

    static const Clock &system(); // QDateTime::currentDateTimeUtc()
};

// A clock that only moves when told to (tests).
class ManualClock : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC)) : m_now(start) {}
    QDateTime now() const override { return m_now; }
    void advance(qint64 milliseconds) { m_now = m_now.addMSecs(milliseconds); }

private:
    QDateTime m_now;
};

} // namespace confman
