// PermissionedPersonStore over a real SQLite file: reads filtered by Read,
// Create / Change / Delete refused with "permission.denied" naming the right,
// who-holds-which-rights edits needing Change Permissions, grants hidden
// without Read Permissions, one's own password, and no-default-access.
#include "tests/models/auth/AuthFixture.h"

#include "models/auth/PermissionedPersonStore.h"
#include "models/auth/SecurityPolicy.h"

#include <QSignalSpy>

using namespace confman;
using confman::test::AuthFixture;

namespace {

class PermissionedPersonStoreTest : public AuthFixture
{
protected:
    DbId groupWith(const QString &name, QVector<PermissionGrant> grants)
    {
        AccessGroup g;
        g.name = name;
        g.permissions = grants;
        const SaveResult r = persons->save(g);
        EXPECT_TRUE(r.ok);
        return r.id;
    }
    DbId personIn(const QString &name, DbId group)
    {
        Person p;
        p.userName = name;
        p.memberOf = {group};
        return persons->save(p).id;
    }
    // An acting Person with `rights` on Persons and Access Groups.
    DbId actorWith(Permissions onPersons, Permissions onGroups)
    {
        return personIn(QStringLiteral("actor"),
                        groupWith(QStringLiteral("Actors"), {{ObjectKind::Person, 0, onPersons},
                                                             {ObjectKind::AccessGroup, 0, onGroups}}));
    }
    Finding onlyError(const SaveResult &r)
    {
        EXPECT_FALSE(r.ok);
        EXPECT_EQ(r.findings.size(), 1);
        const Finding f = r.findings.value(0);
        EXPECT_EQ(f.code, QStringLiteral("permission.denied"));
        return f;
    }
    Person demo(const char *user) { return *persons->personByUserName(QString::fromLatin1(user)); }
    AccessGroup group(const QString &name) { return *persons->accessGroupByName(name); }
};

TEST_F(PermissionedPersonStoreTest, ReadOnlyUserIsRefusedCreateChangeDeleteAndNothingChanges)
{
    const DbId actor = actorWith(Permission::Read, Permission::Read);
    PermissionedPersonStore view(*persons, *store, actor, audit.get());
    EXPECT_EQ(view.persons().size(), persons->persons().size());

    Person jsmith = demo("jsmith");
    jsmith.lastName = QStringLiteral("Smythe");
    const Finding change = onlyError(view.save(jsmith));
    EXPECT_TRUE(change.message.contains(QStringLiteral("Change"))) << change.message.toStdString();
    EXPECT_TRUE(change.message.contains(QStringLiteral("actor")));
    EXPECT_TRUE(change.message.contains(QStringLiteral("Persons")));
    EXPECT_EQ(demo("jsmith").lastName, QStringLiteral("Smith"));

    Person fresh;
    fresh.userName = QStringLiteral("newbie");
    EXPECT_TRUE(onlyError(view.save(fresh)).message.contains(QStringLiteral("Create")));
    EXPECT_FALSE(persons->personByUserName(QStringLiteral("newbie")));

    EXPECT_TRUE(onlyError(view.removePerson(jsmith.id)).message.contains(QStringLiteral("Delete")));
    EXPECT_TRUE(persons->person(jsmith.id));

    AccessGroup ops = group(kOperatorsGroup);
    ops.name = QStringLiteral("Ops");
    EXPECT_TRUE(onlyError(view.save(ops)).message.contains(QStringLiteral("Change")));
    EXPECT_TRUE(onlyError(view.removeAccessGroup(ops.id)).message.contains(QStringLiteral("Delete")));
    AccessGroup freshGroup;
    freshGroup.name = QStringLiteral("New Group");
    EXPECT_TRUE(onlyError(view.save(freshGroup)).message.contains(QStringLiteral("Create")));
    EXPECT_TRUE(persons->accessGroupByName(kOperatorsGroup));
    EXPECT_FALSE(persons->accessGroupByName(QStringLiteral("New Group")));
    EXPECT_TRUE(audit->entries().isEmpty()); // refused calls leave no trace of a change
}

TEST_F(PermissionedPersonStoreTest, WithoutReadOnlyOnesOwnAccountIsListed)
{
    // Rights on Hosts only: nothing on Persons or Access Groups.
    const DbId actor = personIn(QStringLiteral("actor"),
                                groupWith(QStringLiteral("Host readers"), {{ObjectKind::Host, 0, Permission::Read}}));
    PermissionedPersonStore view(*persons, *store, actor);
    const auto visible = view.persons();
    ASSERT_EQ(visible.size(), 1);
    EXPECT_EQ(visible[0].id, actor);
    EXPECT_TRUE(view.person(actor));
    EXPECT_FALSE(view.person(demo("mchen").id));
    EXPECT_FALSE(view.personByUserName(QStringLiteral("mchen")));
    EXPECT_TRUE(view.accessGroups().isEmpty());
    EXPECT_FALSE(view.accessGroupByName(kAdministratorsGroup));
}

TEST_F(PermissionedPersonStoreTest, ChangeOnPersonsFixesNamesButMemberOfNeedsChangePermissions)
{
    const DbId actor = actorWith(Permission::Read | Permission::Change, Permission::Read | Permission::Change);
    PermissionedPersonStore view(*persons, *store, actor, audit.get());

    Person jsmith = demo("jsmith");
    jsmith.firstName = QStringLiteral("Jon");
    ASSERT_TRUE(view.save(jsmith).ok);
    EXPECT_EQ(demo("jsmith").firstName, QStringLiteral("Jon"));

    // Making someone (or oneself) an administrator is a rights change.
    jsmith = demo("jsmith");
    jsmith.memberOf.append(group(kAdministratorsGroup).id);
    const Finding f = onlyError(view.save(jsmith));
    EXPECT_TRUE(f.message.contains(QStringLiteral("Change Permissions"))) << f.message.toStdString();
    EXPECT_TRUE(f.message.contains(QStringLiteral("Access Groups"))) << f.message.toStdString();
    EXPECT_FALSE(demo("jsmith").memberOf.contains(group(kAdministratorsGroup).id));

    Person self = *persons->person(actor);
    self.memberOf.append(group(kAdministratorsGroup).id);
    onlyError(view.save(self));
    EXPECT_EQ(persons->person(actor)->memberOf.size(), 1);

    // Leaving a group is one too.
    jsmith = demo("jsmith");
    jsmith.memberOf.clear();
    onlyError(view.save(jsmith));
    EXPECT_FALSE(demo("jsmith").memberOf.isEmpty());
}

TEST_F(PermissionedPersonStoreTest, AGroupsGrantsMembersAndDefaultFlagNeedChangePermissions)
{
    const DbId actor = actorWith(Permission::Read, Permission::Read | Permission::Change | Permission::ReadPermissions);
    PermissionedPersonStore view(*persons, *store, actor);

    AccessGroup ops = group(kOperatorsGroup);
    ops.name = QStringLiteral("Operators (day)");
    ASSERT_TRUE(view.save(ops).ok); // a rename is Change

    ops = group(QStringLiteral("Operators (day)"));
    ops.permissions.append({ObjectKind::Host, 0, allPermissions()});
    EXPECT_TRUE(onlyError(view.save(ops)).message.contains(QStringLiteral("Change Permissions")));
    ops = group(QStringLiteral("Operators (day)"));
    ops.members.append(actor);
    onlyError(view.save(ops));
    ops = group(QStringLiteral("Operators (day)"));
    ops.isDefault = false;
    onlyError(view.save(ops));
    EXPECT_EQ(group(QStringLiteral("Operators (day)")), view.accessGroup(ops.id).value());
    EXPECT_FALSE(group(QStringLiteral("Operators (day)")).members.contains(actor));

    // A new group with grants needs it as well; an empty one only Create.
    const DbId granter = personIn(QStringLiteral("creator"),
                                  groupWith(QStringLiteral("Creators"),
                                            {{ObjectKind::AccessGroup, 0, Permission::Read | Permission::Create}}));
    PermissionedPersonStore creator(*persons, *store, granter);
    AccessGroup mighty;
    mighty.name = QStringLiteral("Mighty");
    mighty.permissions = {{ObjectKind::Host, 0, allPermissions()}};
    EXPECT_TRUE(onlyError(creator.save(mighty)).message.contains(QStringLiteral("Change Permissions")));
    mighty.permissions.clear();
    EXPECT_TRUE(creator.save(mighty).ok);
}

TEST_F(PermissionedPersonStoreTest, WithChangePermissionsMembershipAndGrantsCanBeEditedAndAreAudited)
{
    const DbId actor = actorWith(Permission::Read | Permission::Change,
                                 Permission::Read | Permission::Change | Permission::ChangePermissions |
                                     Permission::ReadPermissions);
    audit->setSession(QStringLiteral("actor"), QStringLiteral("default"));
    PermissionedPersonStore view(*persons, *store, actor, audit.get());
    Person agarcia = demo("agarcia");
    agarcia.memberOf.append(group(kAdministratorsGroup).id);
    std::sort(agarcia.memberOf.begin(), agarcia.memberOf.end());
    ASSERT_TRUE(view.save(agarcia).ok);
    EXPECT_TRUE(demo("agarcia").memberOf.contains(group(kAdministratorsGroup).id));

    const auto entries = audit->entriesFor({ObjectKind::Person, agarcia.id});
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries[0].action, AuditAction::ObjectChanged);
    EXPECT_EQ(entries[0].who, QStringLiteral("actor"));
    EXPECT_FALSE(entries[0].details.isEmpty());
}

TEST_F(PermissionedPersonStoreTest, WithoutReadPermissionsGrantsAreHiddenAndASaveKeepsThem)
{
    const DbId actor = actorWith(Permission::Read, Permission::Read | Permission::Change);
    PermissionedPersonStore view(*persons, *store, actor);
    const AccessGroup stored = group(kAdministratorsGroup);
    ASSERT_FALSE(stored.permissions.isEmpty());
    AccessGroup seen = *view.accessGroup(stored.id);
    EXPECT_TRUE(seen.permissions.isEmpty());
    for (const AccessGroup &g : view.accessGroups())
        EXPECT_TRUE(g.permissions.isEmpty()) << g.name.toStdString();

    seen.name = QStringLiteral("Admins");
    ASSERT_TRUE(view.save(seen).ok);
    const AccessGroup after = *persons->accessGroup(stored.id);
    EXPECT_EQ(after.name, QStringLiteral("Admins"));
    EXPECT_EQ(after.permissions, stored.permissions);
}

TEST_F(PermissionedPersonStoreTest, OwnPasswordMayChangeWithoutChangeButNotOthersOrOtherFields)
{
    const DbId actor = actorWith(Permission::Read, Permission::Read);
    PermissionedPersonStore view(*persons, *store, actor, audit.get());

    Person self = *view.person(actor);
    self.passwordHash = hasher.hash(QStringLiteral("N3w-Passphrase!"));
    ASSERT_TRUE(view.save(self).ok);
    EXPECT_EQ(persons->person(actor)->passwordHash, self.passwordHash);
    const QString second = hasher.hash(QStringLiteral("An0ther-Passphrase!"));
    ASSERT_TRUE(view.setPasswordHash(actor, second).ok);
    EXPECT_EQ(persons->person(actor)->passwordHash, second);
    EXPECT_FALSE(audit->entries().isEmpty());
    for (const AuditEntry &e : audit->entries())
        EXPECT_FALSE(e.details.contains(second)) << e.details.toStdString();

    Person renamed = *persons->person(actor);
    renamed.firstName = QStringLiteral("Boss");
    renamed.passwordHash = hasher.hash(QStringLiteral("Th1rd-Passphrase!"));
    EXPECT_TRUE(onlyError(view.save(renamed)).message.contains(QStringLiteral("Change")));
    EXPECT_EQ(persons->person(actor)->passwordHash, second);

    const Person mchen = demo("mchen");
    EXPECT_TRUE(onlyError(view.setPasswordHash(mchen.id, second)).message.contains(QStringLiteral("Change")));
    EXPECT_TRUE(demo("mchen").passwordHash.isEmpty());
}

TEST_F(PermissionedPersonStoreTest, ANewPersonJoinsTheDefaultGroupsWithCreateOnlyWhenNoDefaultAccessIsOne)
{
    const DbId actor = actorWith(Permission::Read | Permission::Create, Permission::Read);
    PermissionedPersonStore view(*persons, *store, actor);
    Person fresh;
    fresh.userName = QStringLiteral("newbie");
    fresh.memberOf = {group(kOperatorsGroup).id}; // the default group

    // 0 (the demo's default): joining any group is a rights change.
    EXPECT_TRUE(onlyError(view.save(fresh)).message.contains(QStringLiteral("Change Permissions")));
    fresh.memberOf.clear();
    ASSERT_TRUE(view.save(fresh).ok);

    setConfigServerOption(kNoDefaultAccessOption, QStringLiteral("1"));
    Person second;
    second.userName = QStringLiteral("newbie2");
    second.memberOf = {group(kOperatorsGroup).id};
    ASSERT_TRUE(view.save(second).ok);
    EXPECT_EQ(persons->personByUserName(QStringLiteral("newbie2"))->memberOf, second.memberOf);
    // ...but not a group that is not a default one.
    Person third;
    third.userName = QStringLiteral("newbie3");
    third.memberOf = {group(kAdministratorsGroup).id};
    onlyError(view.save(third));
    EXPECT_FALSE(persons->personByUserName(QStringLiteral("newbie3")));
}

TEST_F(PermissionedPersonStoreTest, AdministratorsMayDoEverythingAndSignalsPassThrough)
{
    PermissionedPersonStore view(*persons, *store, demo("mchen").id, audit.get());
    QSignalSpy saved(&view, &PersonStore::objectSaved);
    QSignalSpy removed(&view, &PersonStore::objectRemoved);
    Person fresh;
    fresh.userName = QStringLiteral("temp");
    fresh.memberOf = {group(kAdministratorsGroup).id};
    const SaveResult r = view.save(fresh);
    ASSERT_TRUE(r.ok);
    ASSERT_TRUE(view.removePerson(r.id).ok);
    EXPECT_EQ(saved.count(), 1);
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(view.rightsOn(ObjectKind::AccessGroup, 0), allPermissions());
    const auto entries = audit->entriesFor({ObjectKind::Person, r.id});
    ASSERT_EQ(entries.size(), 2);
    EXPECT_EQ(entries[0].action, AuditAction::ObjectCreated);
    EXPECT_EQ(entries[1].action, AuditAction::ObjectDeleted);
}

TEST_F(PermissionedPersonStoreTest, ADisabledActorHasNoRightsButLoginStatePassesThrough)
{
    const DbId actor = actorWith(allPermissions(), allPermissions());
    Person self = *persons->person(actor);
    self.enabled = false;
    ASSERT_TRUE(persons->save(self).ok);
    PermissionedPersonStore view(*persons, *store, actor);
    EXPECT_TRUE(onlyError(view.removePerson(demo("jsmith").id)).message.contains(QStringLiteral("Delete")));
    EXPECT_TRUE(view.setFailedLogins(demo("jsmith").id, 2));
    EXPECT_EQ(persons->failedLogins(demo("jsmith").id), 2);
    EXPECT_TRUE(view.setSetting(QStringLiteral("some-key"), QStringLiteral("v")));
    EXPECT_EQ(persons->setting(QStringLiteral("some-key")), QStringLiteral("v"));
}

} // namespace
