#include "tests/models/auth/AuthFixture.h"

#include "models/auth/SecurityPolicy.h"

using namespace confman;
using confman::test::AuthFixture;

namespace {

class NoDefaultAccessTest : public AuthFixture
{
protected:
    Person createdPerson()
    {
        Person p;
        p.userName = QStringLiteral("newcomer");
        applyNoDefaultAccess(p, *persons, SecurityPolicy::read(*store, *persons));
        return p;
    }
};

TEST_F(NoDefaultAccessTest, AbsentMeansNoGroupsAndNoLogin)
{
    const SecurityPolicy policy = SecurityPolicy::read(*store, *persons);
    EXPECT_EQ(policy.configServerName, QStringLiteral("confserv"));
    EXPECT_EQ(policy.noDefaultAccess, 0);
    Person p = createdPerson();
    EXPECT_TRUE(p.memberOf.isEmpty());
    p.passwordHash = hasher.hash(QStringLiteral("pw-newcomer"));
    ASSERT_TRUE(persons->save(p).ok);
    EXPECT_EQ(authenticator()->login(QStringLiteral("newcomer"), QStringLiteral("pw-newcomer"), QStringLiteral("default")).status,
              LoginResult::Status::NoAccessGroup);
}

TEST_F(NoDefaultAccessTest, ZeroMeansNoGroups)
{
    setConfigServerOption(kNoDefaultAccessOption, QStringLiteral("0"));
    EXPECT_TRUE(createdPerson().memberOf.isEmpty());
}

TEST_F(NoDefaultAccessTest, OneMeansTheDefaultGroupsAndLoginWorks)
{
    setConfigServerOption(kNoDefaultAccessOption, QStringLiteral("1"));
    Person p = createdPerson();
    EXPECT_EQ(p.memberOf, QVector<DbId>{persons->accessGroupByName(kOperatorsGroup)->id});
    p.passwordHash = hasher.hash(QStringLiteral("pw-newcomer"));
    ASSERT_TRUE(persons->save(p).ok);
    EXPECT_TRUE(authenticator()->login(QStringLiteral("newcomer"), QStringLiteral("pw-newcomer"), QStringLiteral("default")).ok());
}

TEST_F(NoDefaultAccessTest, OnlyThePrimaryConfigurationServerCounts)
{
    auto backup = store->application(*store->applicationIdByName(QStringLiteral("confserv_backup")));
    backup->options.set(QStringLiteral("security"), kNoDefaultAccessOption, QStringLiteral("1"));
    ASSERT_TRUE(store->save(*backup).ok);
    EXPECT_TRUE(createdPerson().memberOf.isEmpty());
    // Designating the other server by the store setting switches to its options.
    ASSERT_TRUE(persons->setSetting(kPrimaryConfigServerSetting, QStringLiteral("confserv_backup")));
    EXPECT_FALSE(createdPerson().memberOf.isEmpty());
    // Without the setting, the server that is nobody's backup is the primary one.
    ASSERT_TRUE(persons->setSetting(kPrimaryConfigServerSetting, QString()));
    EXPECT_EQ(SecurityPolicy::read(*store, *persons).configServerName, QStringLiteral("confserv"));
}

TEST_F(NoDefaultAccessTest, InvalidValueFallsBackToNoAccess)
{
    setConfigServerOption(kNoDefaultAccessOption, QStringLiteral("yes"));
    EXPECT_TRUE(createdPerson().memberOf.isEmpty());
}

} // namespace
