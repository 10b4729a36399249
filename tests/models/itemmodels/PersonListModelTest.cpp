// PersonListModel and AccessGroupListModel over a real SQLite file with the
// demo accounts: columns, natural order, greyed disabled Persons, following
// the PersonStore's saves and removals, and filtering through ObjectFilterProxy.
#include "models/itemmodels/AccessGroupListModel.h"
#include "models/itemmodels/ItemRoles.h"
#include "models/itemmodels/ObjectFilterProxy.h"
#include "models/itemmodels/PersonListModel.h"
#include "models/store/DemoAccounts.h"
#include "models/store/SqlitePersonStore.h"
#include "models/store/SqliteStore.h"
#include "tests/support/TempStoreFile.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace confman;
using confman::test::TempDir;

namespace {

class PersonListModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        const QString path = dir.file(QStringLiteral("accounts.sqlite"));
        store = SqliteStore::open(path, &error);
        ASSERT_TRUE(store) << error.toStdString();
        persons = SqlitePersonStore::open(path, &error);
        ASSERT_TRUE(persons) << error.toStdString();
        ASSERT_TRUE(seedDemoAccounts(*persons).ok);
    }

    static QStringList column(const QAbstractItemModel &m, int c)
    {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r)
            out << m.index(r, c).data().toString();
        return out;
    }
    static int rowNamed(const QAbstractItemModel &m, const QString &name)
    {
        for (int r = 0; r < m.rowCount(); ++r)
            if (m.index(r, 0).data().toString() == name)
                return r;
        return -1;
    }
    DbId groupId(const QString &name) const { return persons->accessGroupByName(name)->id; }
    DbId addPerson(const QString &user, QVector<DbId> groups = {}, bool enabled = true)
    {
        Person p;
        p.userName = user;
        p.memberOf = groups;
        p.enabled = enabled;
        const SaveResult r = persons->save(p);
        EXPECT_TRUE(r.ok);
        return r.id;
    }

    TempDir dir;
    std::unique_ptr<SqliteStore> store;
    std::unique_ptr<SqlitePersonStore> persons;
};

TEST_F(PersonListModelTest, ListsTheDemoPersonsWithTheirColumnsSortedByUserName)
{
    PersonListModel model(*persons);
    model.sort(PersonListModel::UserNameColumn);
    ASSERT_EQ(model.columnCount(), 7);
    EXPECT_EQ(model.headerData(PersonListModel::MemberOfColumn, Qt::Horizontal).toString(), "Member Of");
    EXPECT_EQ(model.headerData(PersonListModel::LastLoginColumn, Qt::Horizontal).toString(), "Last Login");
    EXPECT_EQ(column(model, PersonListModel::UserNameColumn), QStringList({"agarcia", "jsmith", "mchen"}));
    const int mchen = rowNamed(model, "mchen");
    EXPECT_EQ(model.index(mchen, PersonListModel::FirstNameColumn).data().toString(), "Mei");
    EXPECT_EQ(model.index(mchen, PersonListModel::LastNameColumn).data().toString(), "Chen");
    EXPECT_EQ(model.index(mchen, PersonListModel::EmployeeIdColumn).data().toString(), "E1001");
    EXPECT_EQ(model.index(mchen, PersonListModel::StateColumn).data().toString(), "Enabled");
    EXPECT_EQ(model.index(mchen, PersonListModel::MemberOfColumn).data().toString(), "Administrators");
    EXPECT_EQ(model.index(mchen, PersonListModel::LastLoginColumn).data().toString(), "");
    EXPECT_EQ(model.index(mchen, 0).data(ObjectKindRole).toInt(), int(ObjectKind::Person));
    EXPECT_EQ(model.index(mchen, 0).data(ObjectIdRole).toLongLong(), persons->personByUserName("mchen")->id);
}

TEST_F(PersonListModelTest, UserNamesSortNaturallyAndDisabledPersonsAreGreyed)
{
    addPerson("user10");
    addPerson("user9", {}, false);
    PersonListModel model(*persons);
    model.sort(PersonListModel::UserNameColumn);
    const QStringList names = column(model, 0);
    EXPECT_LT(names.indexOf("user9"), names.indexOf("user10"));
    const int disabled = rowNamed(model, "user9");
    EXPECT_EQ(model.index(disabled, PersonListModel::StateColumn).data().toString(), "Disabled");
    EXPECT_TRUE(model.index(disabled, 0).data(Qt::ForegroundRole).isValid());
    EXPECT_FALSE(model.index(rowNamed(model, "user10"), 0).data(Qt::ForegroundRole).isValid());
    EXPECT_FALSE(model.index(disabled, 0).data(EnabledRole).toBool());
}

TEST_F(PersonListModelTest, FollowsSavesAndRemovalsRowByRow)
{
    PersonListModel model(*persons);
    model.sort(PersonListModel::UserNameColumn);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    const DbId id = addPerson("bwong", {groupId(kOperatorsGroup), groupId(kAdministratorsGroup)});
    EXPECT_EQ(inserted.count(), 1);
    EXPECT_EQ(column(model, 0), QStringList({"agarcia", "bwong", "jsmith", "mchen"}));
    EXPECT_EQ(model.index(model.rowOf(id), PersonListModel::MemberOfColumn).data().toString(),
              "Administrators, Operators");

    Person p = *persons->person(id);
    p.userName = "zed";
    p.enabled = false;
    ASSERT_TRUE(persons->save(p).ok);
    EXPECT_EQ(column(model, 0), QStringList({"agarcia", "jsmith", "mchen", "zed"}));
    EXPECT_EQ(model.index(model.rowOf(id), PersonListModel::StateColumn).data().toString(), "Disabled");

    ASSERT_TRUE(persons->removePerson(id).ok);
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(column(model, 0), QStringList({"agarcia", "jsmith", "mchen"}));
    EXPECT_EQ(reset.count(), 0); // row by row, no reloads
}

TEST_F(PersonListModelTest, RenamingOrRemovingAnAccessGroupUpdatesMemberOf)
{
    PersonListModel model(*persons);
    const DbId jsmith = persons->personByUserName("jsmith")->id;
    AccessGroup ops = *persons->accessGroupByName(kOperatorsGroup);
    ops.name = "Night Operators";
    ASSERT_TRUE(persons->save(ops).ok);
    EXPECT_EQ(model.index(model.rowOf(jsmith), PersonListModel::MemberOfColumn).data().toString(), "Night Operators");

    ASSERT_TRUE(persons->removeAccessGroup(ops.id).ok);
    EXPECT_EQ(model.index(model.rowOf(jsmith), PersonListModel::MemberOfColumn).data().toString(), "");
}

TEST_F(PersonListModelTest, LastLoginShowsWhenAndFromWhichApplicationAfterAReload)
{
    PersonListModel model(*persons);
    const DbId mchen = persons->personByUserName("mchen")->id;
    const QDateTime at = QDateTime(QDate(2024, 3, 5), QTime(14, 30), Qt::UTC);
    ASSERT_TRUE(persons->recordLogin(mchen, {at, "default"}));
    model.reload();
    const QString expected = at.toLocalTime().toString("yyyy-MM-dd HH:mm") + " from default";
    EXPECT_EQ(model.index(model.rowOf(mchen), PersonListModel::LastLoginColumn).data().toString(), expected);

    // Descending: the latest login first, never-logged-in last.
    model.sort(PersonListModel::LastLoginColumn, Qt::DescendingOrder);
    EXPECT_EQ(model.index(0, 0).data().toString(), "mchen");
}

TEST_F(PersonListModelTest, FilterProxyMatchesAnyColumnIncludingMemberOf)
{
    PersonListModel model(*persons);
    ObjectFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterText("operators");
    EXPECT_EQ(proxy.rowCount(), 2);
    proxy.setFilterText("E1001");
    ASSERT_EQ(proxy.rowCount(), 1);
    EXPECT_EQ(proxy.index(0, 0).data().toString(), "mchen");
    proxy.setFilterText("no such person");
    EXPECT_EQ(proxy.rowCount(), 0);
    proxy.setFilterText("");
    EXPECT_EQ(proxy.rowCount(), 3);
}

TEST_F(PersonListModelTest, AccessGroupListShowsMembersDefaultAndRights)
{
    AccessGroupListModel model(*persons);
    model.sort(AccessGroupListModel::NameColumn);
    EXPECT_EQ(column(model, 0), QStringList({"Administrators", "Operators"}));
    EXPECT_EQ(model.headerData(AccessGroupListModel::MembersColumn, Qt::Horizontal).toString(), "Members");
    const int admins = rowNamed(model, "Administrators"), ops = rowNamed(model, "Operators");
    EXPECT_EQ(model.index(admins, AccessGroupListModel::MembersColumn).data().toInt(), 1);
    EXPECT_EQ(model.index(ops, AccessGroupListModel::MembersColumn).data().toInt(), 2);
    EXPECT_EQ(model.index(admins, AccessGroupListModel::DefaultColumn).data().toString(), "No");
    EXPECT_EQ(model.index(ops, AccessGroupListModel::DefaultColumn).data().toString(), "Yes");
    EXPECT_EQ(model.index(admins, AccessGroupListModel::RightsColumn).data().toString(), "All");
    EXPECT_EQ(model.index(ops, AccessGroupListModel::RightsColumn).data().toString(), "Read, Execute");
    EXPECT_EQ(model.index(ops, 0).data(ObjectKindRole).toInt(), int(ObjectKind::AccessGroup));
    EXPECT_FALSE(model.index(ops, 0).data(Qt::ForegroundRole).isValid());
}

TEST_F(PersonListModelTest, AccessGroupListFollowsGroupsAndMemberships)
{
    AccessGroupListModel model(*persons);
    model.sort(AccessGroupListModel::NameColumn);
    AccessGroup auditors;
    auditors.name = "Auditors";
    auditors.permissions = {{ObjectKind::Host, 0, Permission::Read | Permission::ReadPermissions}};
    const DbId id = persons->save(auditors).id;
    ASSERT_NE(id, 0);
    EXPECT_EQ(column(model, 0), QStringList({"Administrators", "Auditors", "Operators"}));
    EXPECT_EQ(model.index(model.rowOf(id), AccessGroupListModel::RightsColumn).data().toString(),
              "Read, Read Permissions");

    // A Person joining changes the count.
    addPerson("auditor1", {id});
    EXPECT_EQ(model.index(model.rowOf(id), AccessGroupListModel::MembersColumn).data().toInt(), 1);

    ASSERT_TRUE(persons->removeAccessGroup(id).ok);
    EXPECT_EQ(column(model, 0), QStringList({"Administrators", "Operators"}));
    EXPECT_EQ(model.rowOf(id), -1);
}

} // namespace
