// InactivityGuard on a short timeout: quiet → idle(); input delivered to a
// widget resets it; Confman's own busy work and input in other applications
// (IdleTime) keep it from firing; 0 turns it off.
#include "app/confman/InactivityGuard.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

using namespace confman;

namespace {

constexpr int kTimeoutMs = 200;

class FakeIdleTime : public IdleTime
{
public:
    explicit FakeIdleTime(std::optional<std::int64_t> *value) : m_value(value) {}
    std::optional<std::int64_t> idleMilliseconds() const override { return *m_value; }
    QString backendName() const override { return QStringLiteral("fake"); }

private:
    std::optional<std::int64_t> *m_value;
};

// Runs `poke` every 50 ms `times` times; returns how many idle() arrived meanwhile.
int idleWhilePoking(QSignalSpy &spy, int times, const std::function<void()> &poke)
{
    int done = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        poke();
        ++done;
    });
    ticker.start(50);
    EXPECT_TRUE(QTest::qWaitFor([&] { return done >= times; }, 10000));
    return int(spy.count());
}

TEST(InactivityGuardTest, QuietForTheTimeoutEmitsIdleOnceWithAReason)
{
    InactivityGuard guard;
    QSignalSpy idle(&guard, &InactivityGuard::idle);
    guard.setTimeoutMs(kTimeoutMs);
    EXPECT_TRUE(guard.isArmed());
    ASSERT_TRUE(idle.wait(5000));
    EXPECT_GE(guard.msSinceActivity(), kTimeoutMs - 20);
    EXPECT_TRUE(idle.at(0).at(0).toString().contains("inactivity timeout"));
    EXPECT_TRUE(guard.hasFired());
    EXPECT_FALSE(guard.isArmed()) << "fires once until restart()";
}

TEST(InactivityGuardTest, KeyPressesDeliveredToAWidgetResetTheTimer)
{
    QLineEdit edit;
    edit.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&edit));
    InactivityGuard guard;
    QSignalSpy idle(&guard, &InactivityGuard::idle);
    guard.setTimeoutMs(kTimeoutMs);
    // 12 × 50 ms = 600 ms, three timeouts, of typing.
    EXPECT_EQ(idleWhilePoking(idle, 12, [&] { QTest::keyClick(&edit, Qt::Key_A); }), 0);
    ASSERT_TRUE(idle.wait(5000)) << "fires once the typing stops";
}

TEST(InactivityGuardTest, MouseMovesResetTheTimer)
{
    QWidget w;
    w.resize(200, 200);
    w.setMouseTracking(true);
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    InactivityGuard guard;
    QSignalSpy idle(&guard, &InactivityGuard::idle);
    guard.setTimeoutMs(kTimeoutMs);
    int x = 10;
    EXPECT_EQ(idleWhilePoking(idle, 12, [&] { QTest::mouseMove(&w, QPoint(x = 10 + (x + 7) % 150, 50)); }), 0);
    ASSERT_TRUE(idle.wait(5000));
}

TEST(InactivityGuardTest, OtherEventsAreNotActivity)
{
    QWidget w;
    w.show();
    InactivityGuard guard;
    QSignalSpy idle(&guard, &InactivityGuard::idle);
    guard.setTimeoutMs(kTimeoutMs);
    // Repaints and timers are not the user: 8 × 50 ms of them, and the guard fires meanwhile.
    EXPECT_EQ(idleWhilePoking(idle, 8, [&] { w.repaint(); }), 1);
}

TEST(InactivityGuardTest, BusyScopeSuspendsAndItsEndStartsAFreshPeriod)
{
    InactivityGuard guard;
    QSignalSpy idle(&guard, &InactivityGuard::idle);
    guard.setTimeoutMs(kTimeoutMs);
    {
        InactivityGuard::BusyScope busy(&guard);
        EXPECT_EQ(guard.busyDepth(), 1);
        EXPECT_EQ(idleWhilePoking(idle, 12, [] {}), 0) << "a progress bar of Confman's own work is not inactivity";
    }
    EXPECT_EQ(guard.busyDepth(), 0);
    EXPECT_LT(guard.msSinceActivity(), kTimeoutMs);
    ASSERT_TRUE(idle.wait(5000));
}

TEST(InactivityGuardTest, InputInOtherApplicationsCounts)
{
    std::optional<std::int64_t> desktopIdle = 0; // the user types elsewhere
    InactivityGuard guard(std::make_unique<FakeIdleTime>(&desktopIdle));
    QSignalSpy idle(&guard, &InactivityGuard::idle);
    guard.setTimeoutMs(kTimeoutMs);
    EXPECT_EQ(idleWhilePoking(idle, 12, [] {}), 0);
    desktopIdle = 10 * kTimeoutMs; // now nobody touches anything
    ASSERT_TRUE(idle.wait(5000));
    EXPECT_TRUE(idle.at(0).at(0).toString().contains("desktop"));
}

TEST(InactivityGuardTest, UnknownDesktopIdleTimeFallsBackToOwnEvents)
{
    std::optional<std::int64_t> desktopIdle; // the backend cannot tell
    InactivityGuard guard(std::make_unique<FakeIdleTime>(&desktopIdle));
    QSignalSpy idle(&guard, &InactivityGuard::idle);
    guard.setTimeoutMs(kTimeoutMs);
    ASSERT_TRUE(idle.wait(5000));
}

TEST(InactivityGuardTest, ZeroTurnsItOffAndRestartReArms)
{
    InactivityGuard guard;
    QSignalSpy idle(&guard, &InactivityGuard::idle);
    guard.setTimeoutMs(0);
    EXPECT_FALSE(guard.isArmed());
    EXPECT_EQ(idleWhilePoking(idle, 8, [] {}), 0);
    guard.setTimeoutMs(kTimeoutMs);
    ASSERT_TRUE(idle.wait(5000));
    guard.restart();
    EXPECT_TRUE(guard.isArmed());
    ASSERT_TRUE(idle.wait(5000));
    EXPECT_EQ(idle.count(), 2);
}

TEST(InactivityGuardTest, NoneBackendKnowsNothing)
{
    EXPECT_FALSE(makeNoIdleTime()->idleMilliseconds());
    EXPECT_EQ(makeSystemIdleTime(QStringLiteral("offscreen"))->backendName(), "none");
}

} // namespace
