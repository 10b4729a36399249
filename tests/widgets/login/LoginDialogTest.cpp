// LoginDialog over real stores: each refusal kind gets its message, wrong
// password and unknown user look the same, a success closes the dialog.
#include "tests/widgets/login/LoginTestSupport.h"
#include "widgets/login/LoginDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace confman;
using namespace confman::test;

namespace {

class LoginDialogTest : public AccountsTest
{
protected:
    void SetUp() override
    {
        AccountsTest::SetUp();
        addAdmin();
        dialog = std::make_unique<LoginDialog>(*auth, path);
        dialog->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog.get()));
    }
    void attempt(const QString &user, const QString &password)
    {
        dialog->userNameEdit()->clear();
        QTest::keyClicks(dialog->userNameEdit(), user);
        dialog->passwordEdit()->clear();
        QTest::keyClicks(dialog->passwordEdit(), password);
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }
    QString message() const { return dialog->messageLabel()->isVisible() ? dialog->messageLabel()->text() : QString(); }

    std::unique_ptr<LoginDialog> dialog;
};

TEST_F(LoginDialogTest, DetailsShowTheDefaultApplicationAndTheStore)
{
    EXPECT_FALSE(dialog->detailsPanel()->isVisible());
    QTest::mouseClick(dialog->detailsButton(), Qt::LeftButton);
    EXPECT_TRUE(dialog->detailsPanel()->isVisible());
    EXPECT_EQ(dialog->applicationEdit()->text(), "default");
    EXPECT_EQ(dialog->storeLabel()->text(), path);
}

TEST_F(LoginDialogTest, RightPasswordLogsInAndCloses)
{
    QSignalSpy loggedIn(dialog.get(), &LoginDialog::loggedIn);
    attempt("admin", kAdminPassword);
    ASSERT_EQ(loggedIn.count(), 1);
    EXPECT_EQ(dialog->result(), QDialog::Accepted);
    EXPECT_FALSE(dialog->isVisible());
    EXPECT_TRUE(auth->isLoggedIn());
    EXPECT_EQ(auth->currentApplication(), "default");
    EXPECT_TRUE(dialog->passwordEdit()->text().isEmpty());
}

TEST_F(LoginDialogTest, WrongPasswordAndUnknownUserGetTheSameMessage)
{
    attempt("admin", "wrong");
    const QString wrongPassword = message();
    EXPECT_FALSE(wrongPassword.isEmpty());
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->passwordEdit()->text().isEmpty()) << "the typed password is not kept";
    attempt("nobody", "wrong");
    EXPECT_EQ(message(), wrongPassword);
    EXPECT_FALSE(auth->isLoggedIn());
}

TEST_F(LoginDialogTest, DisabledUserHasItsOwnMessage)
{
    addPerson("carol", "carol-pass-123", /*enabled*/ false);
    attempt("carol", "carol-pass-123");
    EXPECT_TRUE(message().contains("disabled")) << message().toStdString();
    EXPECT_TRUE(dialog->isVisible());
}

TEST_F(LoginDialogTest, UserInNoAccessGroupHasItsOwnMessage)
{
    addPerson("dave", "dave-pass-123", true, /*inAdminGroup*/ false);
    attempt("dave", "dave-pass-123");
    EXPECT_TRUE(message().contains("no access group")) << message().toStdString();
}

TEST_F(LoginDialogTest, MissingApplicationIsNamedAndTheDetailsOpen)
{
    dialog->setApplicationName("no-such-app");
    attempt("admin", kAdminPassword);
    EXPECT_TRUE(message().contains("no-such-app")) << message().toStdString();
    EXPECT_TRUE(dialog->detailsPanel()->isVisible());
    EXPECT_FALSE(auth->isLoggedIn());
}

TEST_F(LoginDialogTest, ApplicationOfAnotherTypeIsRefused)
{
    dialog->setApplicationName("confserv");
    attempt("admin", kAdminPassword);
    EXPECT_TRUE(message().contains("Configuration Manager")) << message().toStdString();
    EXPECT_FALSE(auth->isLoggedIn());
}

TEST_F(LoginDialogTest, EmptyUserNameIsAskedFor)
{
    attempt("", "x");
    EXPECT_FALSE(message().isEmpty());
    EXPECT_TRUE(persons->audit().isEmpty() || persons->audit().last().action != AuditAction::LoginFailed);
}

TEST_F(LoginDialogTest, EmptyPasswordIsAskedForWithoutSpendingAnAttempt)
{
    const int heightBefore = dialog->height();
    attempt("admin", "");
    EXPECT_EQ(message(), "Enter your password.");
    EXPECT_TRUE(dialog->passwordEdit()->hasFocus());
    EXPECT_TRUE(persons->audit().isEmpty() || persons->audit().last().action != AuditAction::LoginFailed);
    // The message makes the dialog taller; the fields keep their height.
    EXPECT_GT(dialog->height(), heightBefore);
    EXPECT_GE(dialog->userNameEdit()->height(), dialog->userNameEdit()->sizeHint().height());
    // The next real attempt is not throttled by it.
    attempt("admin", kAdminPassword);
    EXPECT_TRUE(auth->isLoggedIn());
}

TEST_F(LoginDialogTest, RepeatedFailuresAreThrottled)
{
    attempt("admin", "wrong1");
    attempt("admin", "wrong2");
    attempt("admin", kAdminPassword); // refused without looking at the password
    EXPECT_EQ(dialog->lastResult().status, LoginResult::Status::Throttled);
    EXPECT_FALSE(auth->isLoggedIn());
}

} // namespace
