// SessionLock with a real InactivityGuard on a short timeout, real stores and
// real widgets: idle hides every window and shows the re-login dialog; only
// the logged-in user's right password restores everything (unsaved edits
// included); wrong passwords are throttled and audited; Cancel asks and quits;
// the inactivity-timeout option applies as soon as its Application is saved.
#include "app/confman/InactivityGuard.h"
#include "app/confman/SessionLock.h"
#include "tests/widgets/login/LoginTestSupport.h"
#include "widgets/common/MessageBox.h"
#include "widgets/login/ReloginDialog.h"
#include "widgets/properties/HostPropertiesDialog.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace confman;
using namespace confman::test;

namespace {

constexpr qint64 kMsPerMinute = 20; // option "10" = 200 ms

class SessionLockTest : public AccountsTest
{
protected:
    void SetUp() override
    {
        AccountsTest::SetUp();
        addAdmin();
        addPerson("other", kOtherPassword);
        setTimeoutOption("10");
        ASSERT_TRUE(auth->login("admin", kAdminPassword, "default").ok());

        window.setWindowTitle("main");
        window.setCentralWidget(new QLineEdit(&window));
        window.setGeometry(100, 120, 640, 480);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        const auto hostId = store->hostIdByName(store->hostSummaries().first().name);
        ASSERT_TRUE(hostId);
        properties = new HostPropertiesDialog(*store, *store->host(*hostId), &window);
        properties->open(); // as the main window opens it: window-modal, no own event loop
        ASSERT_TRUE(QTest::qWaitForWindowExposed(properties));
        properties->addressEdit()->clear();
        QTest::keyClicks(properties->addressEdit(), "unsaved.example.test");
        propertiesGeometry = properties->geometry();

        guard = std::make_unique<InactivityGuard>();
        lock = std::make_unique<SessionLock>(*auth, *audit, *store, *guard);
        lock->setQuitCallback([this] { ++quitCalls; });
        lock->setMillisecondsPerMinute(kMsPerMinute);
        lock->applyTimeoutOption();
    }
    void TearDown() override
    {
        lock.reset();
        guard.reset();
        delete properties;
    }

    void setTimeoutOption(const QString &value)
    {
        Application app = *store->application(*store->applicationIdByName("default"));
        app.options.set("security", "inactivity-timeout", value);
        ASSERT_TRUE(store->save(app).ok);
    }
    void waitLocked() { ASSERT_TRUE(QTest::qWaitFor([&] { return lock->isLocked(); }, 5000)); }
    void typePassword(const QString &password)
    {
        ReloginDialog *d = lock->reloginDialog();
        d->passwordEdit()->clear();
        QTest::keyClicks(d->passwordEdit(), password);
        QTest::mouseClick(d->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

    QMainWindow window;
    HostPropertiesDialog *properties = nullptr;
    QRect propertiesGeometry;
    std::unique_ptr<InactivityGuard> guard;
    std::unique_ptr<SessionLock> lock;
    int quitCalls = 0;
};

TEST_F(SessionLockTest, IdleHidesEveryWindowAndShowsTheReloginDialog)
{
    EXPECT_EQ(guard->timeoutMs(), 10 * kMsPerMinute);
    waitLocked();
    EXPECT_FALSE(window.isVisible());
    EXPECT_FALSE(properties->isVisible()) << "no configuration data visible";
    ReloginDialog *d = lock->reloginDialog();
    ASSERT_TRUE(d);
    EXPECT_TRUE(d->isVisible());
    EXPECT_EQ(d->userNameEdit()->text(), "admin");
    EXPECT_TRUE(d->userNameEdit()->isReadOnly());
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    EXPECT_TRUE(screen.contains(d->geometry())) << "never off-screen";
    EXPECT_TRUE(auditHas(AuditAction::SessionLocked, "inactivity timeout"));
}

TEST_F(SessionLockTest, TypingKeepsTheSessionOpen)
{
    int typed = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        QTest::keyClick(properties->addressEdit(), Qt::Key_End);
        ++typed;
    });
    ticker.start(50);
    ASSERT_TRUE(QTest::qWaitFor([&] { return typed >= 12; }, 10000)); // 600 ms = three timeouts
    EXPECT_FALSE(lock->isLocked());
    ticker.stop();
    waitLocked();
}

TEST_F(SessionLockTest, RightPasswordRestoresEveryWindowWithItsUnsavedEdits)
{
    const QRect mainGeometry = window.geometry();
    waitLocked();
    typePassword(kAdminPassword);
    ASSERT_FALSE(lock->isLocked()) << lock->reloginDialog()->messageLabel()->text().toStdString();
    EXPECT_TRUE(window.isVisible());
    EXPECT_EQ(window.geometry(), mainGeometry);
    EXPECT_TRUE(properties->isVisible());
    EXPECT_EQ(properties->geometry(), propertiesGeometry);
    EXPECT_EQ(properties->addressEdit()->text(), "unsaved.example.test");
    EXPECT_EQ(properties->result(), 0) << "the dialog was never closed";
    EXPECT_FALSE(lock->reloginDialog()->isVisible());
    EXPECT_TRUE(auditHas(AuditAction::SessionUnlocked));
    EXPECT_TRUE(guard->isArmed()) << "the next idle period starts";
    // And it locks again.
    waitLocked();
}

TEST_F(SessionLockTest, WrongPasswordIsRefusedAuditedAndThenThrottled)
{
    waitLocked();
    typePassword("wrong 1");
    EXPECT_TRUE(lock->isLocked());
    EXPECT_EQ(lock->reloginDialog()->lastResult().status, LoginResult::Status::WrongCredentials);
    typePassword("wrong 2");
    EXPECT_EQ(lock->reloginDialog()->lastResult().status, LoginResult::Status::WrongCredentials);
    typePassword(kAdminPassword); // too soon: refused without looking at it
    EXPECT_EQ(lock->reloginDialog()->lastResult().status, LoginResult::Status::Throttled);
    EXPECT_TRUE(lock->isLocked());
    EXPECT_FALSE(window.isVisible());
    EXPECT_TRUE(lock->reloginDialog()->messageLabel()->isVisible());
    EXPECT_TRUE(auditHas(AuditAction::LoginFailed, "re-login: wrong password"));
    EXPECT_TRUE(auditHas(AuditAction::LoginFailed, "throttled"));
}

TEST_F(SessionLockTest, AnotherUsersPasswordIsRefused)
{
    waitLocked();
    typePassword(kOtherPassword);
    EXPECT_TRUE(lock->isLocked());
    EXPECT_FALSE(window.isVisible());
    EXPECT_EQ(auth->currentUserName(), "admin");
}

TEST_F(SessionLockTest, CancelAsksAndQuitsOnYesLeavingTheStoreUntouched)
{
    const Host before = *store->host(properties->originalHost().id);
    waitLocked();
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(lock->reloginDialog()->buttons()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    EXPECT_TRUE(MessageBox::lastTitle().contains("Close Confman"));
    EXPECT_EQ(quitCalls, 0);
    EXPECT_TRUE(lock->reloginDialog()->isVisible());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(lock->reloginDialog(), Qt::Key_Escape);
    EXPECT_EQ(quitCalls, 1);
    EXPECT_EQ(*store->host(before.id), before) << "unsaved edits are discarded";
    EXPECT_FALSE(window.isVisible());
}

TEST_F(SessionLockTest, ChangingTheOptionAppliesAtOnce)
{
    setTimeoutOption("50");
    EXPECT_EQ(guard->timeoutMs(), 50 * kMsPerMinute);
    setTimeoutOption("0");
    EXPECT_EQ(guard->timeoutMs(), 0);
    EXPECT_FALSE(guard->isArmed());
    setTimeoutOption("soon");
    EXPECT_EQ(guard->timeoutMs(), 0) << "invalid = off";
    setTimeoutOption("-3");
    EXPECT_EQ(guard->timeoutMs(), 0);
    setTimeoutOption("5");
    EXPECT_EQ(guard->timeoutMs(), 5 * kMsPerMinute);
    waitLocked();
}

TEST_F(SessionLockTest, SavingAnotherApplicationChangesNothing)
{
    Application other = *store->application(*store->applicationIdByName("confserv"));
    other.options.set("security", "inactivity-timeout", "99");
    ASSERT_TRUE(store->save(other).ok);
    EXPECT_EQ(guard->timeoutMs(), 10 * kMsPerMinute);
}

TEST_F(SessionLockTest, ParsesTheOption)
{
    EXPECT_EQ(SessionLock::parseTimeoutMinutes(std::nullopt), std::nullopt);
    EXPECT_EQ(SessionLock::parseTimeoutMinutes(QString("15")), 15);
    EXPECT_EQ(SessionLock::parseTimeoutMinutes(QString(" 7 ")), 7);
    EXPECT_EQ(SessionLock::parseTimeoutMinutes(QString("-1")), std::nullopt);
    EXPECT_EQ(SessionLock::parseTimeoutMinutes(QString("1.5")), std::nullopt);
    EXPECT_EQ(SessionLock::parseTimeoutMinutes(QString("")), std::nullopt);
}

TEST_F(SessionLockTest, AnExecDialogIsCoveredNotClosedAndComesBack)
{
    QDialog modal(&window);
    auto *edit = new QLineEdit(&modal);
    bool execReturned = false;
    bool sawCovered = false;
    bool sawRestored = false;
    QTimer::singleShot(0, &modal, [&] {
        QTest::keyClicks(edit, "typed in exec");
        // Inside exec(): wait for the lock, unlock, then close the dialog.
        if (!QTest::qWaitFor([&] { return lock->isLocked(); }, 5000))
            return modal.reject();
        sawCovered = modal.findChild<QWidget *>("sessionLockCover") != nullptr && modal.isMinimized()
                     && !window.isVisible();
        typePassword(kAdminPassword);
        sawRestored = !lock->isLocked() && modal.findChild<QWidget *>("sessionLockCover") == nullptr
                      && !modal.isMinimized() && edit->text() == "typed in exec";
        modal.accept();
    });
    const int result = modal.exec();
    execReturned = true;
    EXPECT_TRUE(execReturned);
    EXPECT_EQ(result, QDialog::Accepted) << "the lock did not end exec()";
    EXPECT_TRUE(sawCovered);
    EXPECT_TRUE(sawRestored);
}

} // namespace
