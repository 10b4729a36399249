#pragma once
// A single-shot timer BannerFlow can own; tests substitute a manual one.
#include <QTimer>

#include <functional>
#include <memory>

namespace confman::banner {

class BannerTimer
{
public:
    virtual ~BannerTimer() = default;
    virtual void start(int ms) = 0; // restarts when running
    virtual void stop() = 0;
    virtual bool isActive() const = 0;
    std::function<void()> onTimeout;
};

// The real one: a QTimer.
class QtBannerTimer : public BannerTimer
{
public:
    QtBannerTimer()
    {
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (onTimeout)
                onTimeout();
        });
    }
    void start(int ms) override { m_timer.start(ms); }
    void stop() override { m_timer.stop(); }
    bool isActive() const override { return m_timer.isActive(); }

private:
    QTimer m_timer;
};

using BannerTimerFactory = std::function<std::unique_ptr<BannerTimer>()>;

} // namespace confman::banner
