// First start: a store without an administrator gets one, stored as a hash,
// in the group Administrators; mismatches and a second administrator are refused.
#include "tests/widgets/login/LoginTestSupport.h"
#include "widgets/login/FirstAdministratorDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace confman;
using namespace confman::test;

namespace {

class FirstAdministratorTest : public AccountsTest
{
protected:
    void fill(FirstAdministratorDialog &d, const QString &user, const QString &pw, const QString &confirm)
    {
        QTest::keyClicks(d.userNameEdit(), user);
        QTest::keyClicks(d.passwordEdit(), pw);
        QTest::keyClicks(d.confirmEdit(), confirm);
        QTest::mouseClick(d.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }
};

TEST_F(FirstAdministratorTest, CreatesTheAdministratorWithAHashInAdministrators)
{
    ASSERT_FALSE(storeHasAdministrator(*persons));
    FirstAdministratorDialog d(*persons, *audit, hasher);
    d.show();
    fill(d, "root-admin", kAdminPassword, kAdminPassword);
    ASSERT_EQ(d.result(), QDialog::Accepted) << d.messageLabel()->text().toStdString();
    EXPECT_EQ(d.createdUserName(), "root-admin");
    EXPECT_TRUE(storeHasAdministrator(*persons));
    const auto p = persons->personByUserName("root-admin");
    ASSERT_TRUE(p);
    EXPECT_NE(p->passwordHash, kAdminPassword);
    EXPECT_TRUE(hasher.verify(kAdminPassword, p->passwordHash));
    const auto group = persons->accessGroupByName("Administrators");
    ASSERT_TRUE(group);
    EXPECT_TRUE(p->memberOf.contains(group->id));
    // And that account can log in.
    EXPECT_TRUE(auth->login("root-admin", kAdminPassword, "default").ok());
}

TEST_F(FirstAdministratorTest, ShowsTheStrengthWhileTyping)
{
    FirstAdministratorDialog d(*persons, *audit, hasher);
    QTest::keyClicks(d.passwordEdit(), "a");
    const QString weak = d.strengthLabel()->text();
    QTest::keyClicks(d.passwordEdit(), "Zq9!mT4#pL2@wX7$");
    EXPECT_NE(d.strengthLabel()->text(), weak);
    EXPECT_FALSE(d.strengthLabel()->text().isEmpty());
}

TEST_F(FirstAdministratorTest, MismatchedPasswordsAreRefusedAndNothingIsSaved)
{
    FirstAdministratorDialog d(*persons, *audit, hasher);
    d.show();
    fill(d, "root-admin", kAdminPassword, "something else");
    EXPECT_TRUE(d.isVisible());
    EXPECT_TRUE(d.messageLabel()->text().contains("do not match"));
    EXPECT_FALSE(persons->personByUserName("root-admin"));
}

TEST_F(FirstAdministratorTest, EmptyPasswordIsRefused)
{
    FirstAdministratorDialog d(*persons, *audit, hasher);
    d.show();
    fill(d, "root-admin", "", "");
    EXPECT_TRUE(d.isVisible());
    EXPECT_FALSE(d.messageLabel()->text().isEmpty());
    EXPECT_FALSE(storeHasAdministrator(*persons));
}

TEST_F(FirstAdministratorTest, ASecondAdministratorIsRefused)
{
    addAdmin();
    const SaveResult again = createFirstAdministrator(*persons, *audit, hasher, "intruder", "whatever-123");
    EXPECT_FALSE(again.ok);
    EXPECT_FALSE(persons->personByUserName("intruder"));
}

TEST_F(FirstAdministratorTest, AnAdministratorWithoutPasswordDoesNotCount)
{
    addAdmin();
    Person admin = *persons->personByUserName("admin");
    ASSERT_TRUE(persons->setPasswordHash(admin.id, QString()).ok);
    EXPECT_FALSE(storeHasAdministrator(*persons));
}

TEST_F(FirstAdministratorTest, ThePasswordNeverReachesTheStoreFile)
{
    addAdmin();
    persons.reset();
    store.reset(); // checkpoints and closes the files
    for (const QString &file : {path, path + "-wal"}) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        EXPECT_FALSE(bytes.contains(kAdminPassword.toUtf8())) << file.toStdString();
    }
}

} // namespace
