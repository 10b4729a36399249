// Person and Access Group dialogs over real stores: a typed password is
// stored only as a hash, mismatches are refused, the new-Person dialog tells
// what no-default-access means, the permission grid saves.
#include "tests/widgets/login/LoginTestSupport.h"
#include "widgets/properties/AccessGroupPropertiesDialog.h"
#include "widgets/properties/PersonPropertiesDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace confman;
using namespace confman::test;

namespace {

const QString kTypedPassword = QStringLiteral("Typed in the dialog 42!");

class PersonDialogTest : public AccountsTest
{
protected:
    void SetUp() override
    {
        AccountsTest::SetUp();
        addAdmin();
    }
    void setNoDefaultAccess(const QString &value)
    {
        Application cs = *store->application(*store->applicationIdByName("confserv"));
        cs.options.set("security", "no-default-access", value);
        ASSERT_TRUE(store->save(cs).ok);
        persons->setSetting(kPrimaryConfigServerSetting, "confserv");
    }
    void ok(QDialogButtonBox *box) { QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton); }
};

TEST_F(PersonDialogTest, NewPersonWithPasswordStoresOnlyAHash)
{
    PersonPropertiesDialog d(*persons, *store, Person{}, hasher, audit.get());
    d.show();
    QTest::keyClicks(d.userNameEdit(), "newbie");
    QTest::keyClicks(d.firstNameEdit(), "New");
    QTest::keyClicks(d.lastNameEdit(), "Bie");
    QTest::keyClicks(d.employeeIdEdit(), "E-77");
    QTest::keyClicks(d.newPasswordEdit(), kTypedPassword);
    QTest::keyClicks(d.confirmPasswordEdit(), kTypedPassword);
    EXPECT_FALSE(d.strengthLabel()->text().isEmpty());
    ok(d.buttons());
    ASSERT_EQ(d.result(), QDialog::Accepted) << d.messageLabel()->text().toStdString();
    const auto p = persons->personByUserName("newbie");
    ASSERT_TRUE(p);
    EXPECT_EQ(p->firstName, "New");
    EXPECT_EQ(p->lastName, "Bie");
    EXPECT_EQ(p->employeeId, "E-77");
    EXPECT_NE(p->passwordHash, kTypedPassword);
    EXPECT_FALSE(p->passwordHash.contains(kTypedPassword));
    EXPECT_TRUE(PasswordHasher::parse(p->passwordHash).has_value());
    EXPECT_TRUE(hasher.verify(kTypedPassword, p->passwordHash));
    EXPECT_TRUE(auditHas(AuditAction::PasswordChanged));
    for (const AuditEntry &e : persons->audit())
        EXPECT_FALSE(e.details.contains(kTypedPassword));
    persons.reset();
    store.reset();
    for (const QString &file : {path, path + "-wal"}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            EXPECT_FALSE(f.readAll().contains(kTypedPassword.toUtf8())) << file.toStdString();
    }
}

TEST_F(PersonDialogTest, MismatchedPasswordsAreRefusedAndNothingIsSaved)
{
    const Person before = *persons->personByUserName("admin");
    PersonPropertiesDialog d(*persons, *store, before, hasher, audit.get());
    d.show();
    QTest::keyClicks(d.newPasswordEdit(), kTypedPassword);
    QTest::keyClicks(d.confirmPasswordEdit(), "typo");
    ok(d.buttons());
    EXPECT_TRUE(d.isVisible());
    EXPECT_TRUE(d.messageLabel()->text().contains("do not match"));
    EXPECT_EQ(*persons->personByUserName("admin"), before);
}

TEST_F(PersonDialogTest, ChangingThePasswordReplacesTheHashAndTheOldOneStopsWorking)
{
    const Person before = *persons->personByUserName("admin");
    PersonPropertiesDialog d(*persons, *store, before, hasher, audit.get());
    d.show();
    EXPECT_TRUE(d.passwordStateLabel()->text().contains("is set"));
    QTest::keyClicks(d.newPasswordEdit(), kTypedPassword);
    QTest::keyClicks(d.confirmPasswordEdit(), kTypedPassword);
    QTest::mouseClick(d.buttons()->button(QDialogButtonBox::Apply), Qt::LeftButton);
    EXPECT_TRUE(d.newPasswordEdit()->text().isEmpty());
    EXPECT_FALSE(auth->login("admin", kAdminPassword, "default").ok());
    EXPECT_TRUE(auth->login("admin", kTypedPassword, "default").ok());
}

TEST_F(PersonDialogTest, EditingWithoutTypingAPasswordKeepsTheHash)
{
    const Person before = *persons->personByUserName("admin");
    PersonPropertiesDialog d(*persons, *store, before, hasher, audit.get());
    d.show();
    QTest::keyClicks(d.firstNameEdit(), "Ada");
    ok(d.buttons());
    const Person after = *persons->personByUserName("admin");
    EXPECT_EQ(after.firstName, "Ada");
    EXPECT_EQ(after.passwordHash, before.passwordHash);
}

TEST_F(PersonDialogTest, DuplicateUserNameIsRefusedAndTheDialogStays)
{
    PersonPropertiesDialog d(*persons, *store, Person{}, hasher, audit.get());
    d.show();
    QTest::keyClicks(d.userNameEdit(), "admin");
    ok(d.buttons());
    EXPECT_TRUE(d.isVisible());
    EXPECT_FALSE(d.messageLabel()->text().isEmpty());
    EXPECT_EQ(persons->persons().size(), 1);
}

TEST_F(PersonDialogTest, NewPersonWithNoDefaultAccessZeroGetsNoGroups)
{
    setNoDefaultAccess("0");
    AccessGroup operators;
    operators.name = "Operators";
    operators.isDefault = true;
    ASSERT_TRUE(persons->save(operators).ok);
    PersonPropertiesDialog d(*persons, *store, Person{}, hasher, audit.get());
    EXPECT_FALSE(d.defaultAccessLabel()->isHidden());
    EXPECT_TRUE(d.defaultAccessLabel()->text().contains("no access groups")) << d.defaultAccessLabel()->text().toStdString();
    for (int i = 0; i < d.memberOfList()->count(); ++i)
        EXPECT_EQ(d.memberOfList()->item(i)->checkState(), Qt::Unchecked);
}

TEST_F(PersonDialogTest, NewPersonWithNoDefaultAccessOneJoinsTheDefaultGroups)
{
    setNoDefaultAccess("1");
    AccessGroup operators;
    operators.name = "Operators";
    operators.isDefault = true;
    const auto saved = persons->save(operators);
    ASSERT_TRUE(saved.ok);
    PersonPropertiesDialog d(*persons, *store, Person{}, hasher, audit.get());
    d.show();
    EXPECT_TRUE(d.defaultAccessLabel()->text().contains("Operators")) << d.defaultAccessLabel()->text().toStdString();
    QTest::keyClicks(d.userNameEdit(), "joiner");
    ok(d.buttons());
    const auto p = persons->personByUserName("joiner");
    ASSERT_TRUE(p);
    EXPECT_EQ(p->memberOf, QVector<DbId>{saved.id});
}

TEST_F(PersonDialogTest, ExistingPersonDoesNotShowTheDefaultAccessNote)
{
    PersonPropertiesDialog d(*persons, *store, *persons->personByUserName("admin"), hasher, audit.get());
    EXPECT_TRUE(d.defaultAccessLabel()->isHidden());
}

class AccessGroupDialogTest : public PersonDialogTest
{
};

TEST_F(AccessGroupDialogTest, PermissionGridSaves)
{
    const DbId bob = addPerson("bob", "bob-pass-123", true, false);
    AccessGroupPropertiesDialog d(*persons, *store, AccessGroup{});
    d.show();
    QTest::keyClicks(d.nameEdit(), "Host editors");
    for (int i = 0; i < d.membersList()->count(); ++i)
        if (d.membersList()->item(i)->data(Qt::UserRole).toLongLong() == bob)
            d.membersList()->item(i)->setCheckState(Qt::Checked);
    const int hosts = d.permissionRow(ObjectKind::Host);
    ASSERT_GE(hosts, 0);
    QTableWidget *grid = d.permissionGrid();
    grid->item(hosts, d.permissionColumn(Permission::Read))->setCheckState(Qt::Checked);
    grid->item(hosts, d.permissionColumn(Permission::Change))->setCheckState(Qt::Checked);
    // A folder row, when the demo has host folders.
    DbId hostFolder = 0;
    for (const Folder &f : store->folders())
        if (f.contains == ObjectKind::Host) {
            hostFolder = f.id;
            break;
        }
    if (hostFolder) {
        const int row = d.permissionRow(ObjectKind::Host, hostFolder);
        ASSERT_GE(row, 0);
        grid->item(row, d.permissionColumn(Permission::Delete))->setCheckState(Qt::Checked);
    }
    QTest::mouseClick(d.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    ASSERT_EQ(d.result(), QDialog::Accepted) << d.messageLabel()->text().toStdString();

    const auto g = persons->accessGroupByName("Host editors");
    ASSERT_TRUE(g);
    EXPECT_EQ(g->members, QVector<DbId>{bob});
    EXPECT_TRUE(g->permissions.contains(PermissionGrant{ObjectKind::Host, 0, Permission::Read | Permission::Change}));
    if (hostFolder)
        EXPECT_TRUE(g->permissions.contains(PermissionGrant{ObjectKind::Host, hostFolder, Permission::Delete}));
    // Bob now has the rights.
    EXPECT_TRUE(persons->person(bob)->memberOf.contains(g->id));

    // Reopened, the grid shows what was saved; unchecking removes the grant.
    AccessGroupPropertiesDialog again(*persons, *store, *g);
    EXPECT_EQ(again.permissionGrid()->item(hosts, again.permissionColumn(Permission::Change))->checkState(), Qt::Checked);
    EXPECT_EQ(again.permissionGrid()->item(hosts, again.permissionColumn(Permission::Create))->checkState(), Qt::Unchecked);
    again.permissionGrid()->item(hosts, again.permissionColumn(Permission::Change))->setCheckState(Qt::Unchecked);
    ASSERT_TRUE(again.apply());
    const auto after = persons->accessGroup(g->id);
    EXPECT_TRUE(after->permissions.contains(PermissionGrant{ObjectKind::Host, 0, Permission::Read}));
}

TEST_F(AccessGroupDialogTest, EmptyNameIsRefused)
{
    AccessGroupPropertiesDialog d(*persons, *store, AccessGroup{});
    d.show();
    QTest::mouseClick(d.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    EXPECT_TRUE(d.isVisible());
    EXPECT_FALSE(d.messageLabel()->text().isEmpty());
}

TEST_F(AccessGroupDialogTest, GrantsOnKindsTheGridDoesNotShowAreKept)
{
    const AccessGroup admins = *persons->accessGroupByName("Administrators");
    AccessGroupPropertiesDialog d(*persons, *store, admins);
    ASSERT_TRUE(d.apply());
    EXPECT_TRUE(isAdministratorGroup(*persons->accessGroup(admins.id)));
    EXPECT_TRUE(persons->accessGroup(admins.id)->permissions.contains(
        PermissionGrant{ObjectKind::Folder, 0, allPermissions()}));
}

} // namespace
