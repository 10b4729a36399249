// The login step of the start-up with its dialogs filled in by a runner (no
// modal loop): first administrator on an empty store, login, the status bar's
// last login, and the inactivity lock armed from the Application's option.
#include "app/confman/InactivityGuard.h"
#include "app/confman/LoginSession.h"
#include "app/confman/SessionLock.h"
#include "tests/widgets/login/LoginTestSupport.h"
#include "widgets/login/FirstAdministratorDialog.h"
#include "widgets/login/LoginDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QStatusBar>
#include <QTest>

using namespace confman;
using namespace confman::test;

namespace {

class LoginSessionTest : public AccountsTest
{
protected:
    // Fills whichever dialog comes: the first administrator, then the login.
    LoginSession::DialogRunner runner(QStringList *seen, const QString &password = kAdminPassword)
    {
        return [seen, password](QDialog &d) {
            seen->append(d.objectName());
            if (auto *first = qobject_cast<FirstAdministratorDialog *>(&d)) {
                QTest::keyClicks(first->userNameEdit(), "admin");
                QTest::keyClicks(first->passwordEdit(), password);
                QTest::keyClicks(first->confirmEdit(), password);
                first->accept();
            } else if (auto *login = qobject_cast<LoginDialog *>(&d)) {
                if (login->userNameEdit()->text().isEmpty())
                    QTest::keyClicks(login->userNameEdit(), "admin");
                QTest::keyClicks(login->passwordEdit(), password);
                login->accept();
            }
            return d.result();
        };
    }
};

TEST_F(LoginSessionTest, EmptyStoreAsksForTheFirstAdministratorThenLogsIn)
{
    LoginSession session(*store, *persons, path, hasher);
    QStringList seen;
    session.setDialogRunner(runner(&seen));
    EXPECT_EQ(session.run(), std::nullopt);
    EXPECT_EQ(seen, QStringList({"firstAdministratorDialog", "loginDialog"}));
    EXPECT_TRUE(session.authenticator().isLoggedIn());
    EXPECT_TRUE(session.sessionInfo().contains("first login"));
}

TEST_F(LoginSessionTest, StatusBarShowsTheLastLoginAndTheLockIsArmed)
{
    addAdmin();
    {
        LoginSession earlier(*store, *persons, path, hasher);
        QStringList seen;
        earlier.setDialogRunner(runner(&seen));
        ASSERT_EQ(earlier.run(), std::nullopt);
        EXPECT_EQ(seen, QStringList({"loginDialog"})) << "an administrator exists: no first-run dialog";
    }
    LoginSession session(*store, *persons, path, hasher);
    QStringList seen;
    session.setDialogRunner(runner(&seen));
    session.setMillisecondsPerMinute(10);
    int quits = 0;
    session.setQuitCallback([&] { ++quits; });
    ASSERT_EQ(session.run(), std::nullopt);
    QMainWindow window;
    session.startSession(&window);
    auto *label = window.statusBar()->findChild<QLabel *>("sessionInfo");
    ASSERT_TRUE(label);
    EXPECT_TRUE(label->text().contains("last login:")) << label->text().toStdString();
    EXPECT_TRUE(label->text().contains("from default")) << label->text().toStdString();
    ASSERT_TRUE(session.guard());
    EXPECT_EQ(session.guard()->timeoutMs(), 15 * 10) << "the demo's security/inactivity-timeout = 15";
    window.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return session.lock()->isLocked(); }, 5000));
    EXPECT_FALSE(window.isVisible());
}

TEST_F(LoginSessionTest, CancellingTheLoginEndsTheStart)
{
    addAdmin();
    LoginSession session(*store, *persons, path, hasher);
    session.setDialogRunner([](QDialog &d) {
        d.reject();
        return d.result();
    });
    EXPECT_EQ(session.run(), int(LoginSession::LoginCancelled));
    EXPECT_FALSE(session.authenticator().isLoggedIn());
}

} // namespace
