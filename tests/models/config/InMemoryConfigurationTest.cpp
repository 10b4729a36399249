// InMemoryConfiguration: the ValidationContext used for imports and tests.
#include "ConfigTestSupport.h"

using namespace confman;
using namespace confman::test;

TEST(InMemoryConfiguration, AssignsIdsAndFindsByNameAndId)
{
    InMemoryConfiguration c;
    const DbId h = c.add(makeHost(QStringLiteral("h1")));
    const DbId a = c.add(makeServer(QStringLiteral("a1"), h));
    EXPECT_NE(h, 0);
    EXPECT_NE(a, 0);
    EXPECT_NE(h, a);
    EXPECT_EQ(c.hostIdByName(QStringLiteral("h1")), h);
    EXPECT_EQ(c.applicationIdByName(QStringLiteral("a1")), a);
    EXPECT_FALSE(c.hostIdByName(QStringLiteral("a1")).has_value());
    EXPECT_FALSE(c.applicationIdByName(QStringLiteral("H1")).has_value());
    EXPECT_EQ(c.host(h)->name, QStringLiteral("h1"));
    EXPECT_EQ(c.application(a)->name, QStringLiteral("a1"));
    EXPECT_FALSE(c.host(a).has_value());
    EXPECT_FALSE(c.application(0).has_value());
}

TEST(InMemoryConfiguration, KeepsGivenIdsAndContinuesAfterThem)
{
    Host h = makeHost(QStringLiteral("h"));
    h.id = 50;
    InMemoryConfiguration c({h}, {});
    EXPECT_EQ(c.hosts().first().id, 50);
    EXPECT_EQ(c.add(makeHost(QStringLiteral("g"))), 51);
}

TEST(InMemoryConfiguration, ReplaceAndRemove)
{
    InMemoryConfiguration c;
    const DbId h = c.add(makeHost(QStringLiteral("h")));
    Host changed = *c.host(h);
    changed.address = QStringLiteral("10.9.9.9");
    EXPECT_TRUE(c.replace(changed));
    EXPECT_EQ(c.host(h)->address, QStringLiteral("10.9.9.9"));
    EXPECT_FALSE(c.replace(makeHost(QStringLiteral("unsaved")))); // id 0
    EXPECT_TRUE(c.removeHost(h));
    EXPECT_FALSE(c.removeHost(h));
    EXPECT_FALSE(c.host(h).has_value());
    EXPECT_FALSE(c.removeApplication(12345));
}

TEST(InMemoryConfiguration, PortUsersAreEnabledServersOnTheHost)
{
    InMemoryConfiguration c;
    const DbId h1 = c.add(makeHost(QStringLiteral("h1")));
    const DbId h2 = c.add(makeHost(QStringLiteral("h2")));
    const DbId a = c.add(makeServer(QStringLiteral("a"), h1, AppType::TServer, {makePort(QStringLiteral("default"), 7000)}));
    Application off = makeServer(QStringLiteral("off"), h1, AppType::TServer, {makePort(QStringLiteral("default"), 7000)});
    off.enabled = false;
    c.add(off);
    c.add(makeServer(QStringLiteral("elsewhere"), h2, AppType::TServer, {makePort(QStringLiteral("default"), 7000)}));
    const auto users = c.portUsers(h1, 7000);
    ASSERT_EQ(users.size(), 1);
    EXPECT_EQ(users.first().applicationId, a);
    EXPECT_EQ(users.first().applicationName, QStringLiteral("a"));
    EXPECT_EQ(users.first().portId, QStringLiteral("default"));
    EXPECT_TRUE(c.portUsers(h1, 7001).isEmpty());
}

TEST(InMemoryConfiguration, PrimariesOf)
{
    InMemoryConfiguration c;
    const DbId h = c.add(makeHost(QStringLiteral("h")));
    const DbId b = c.add(makeServer(QStringLiteral("b"), h));
    Application p = makeServer(QStringLiteral("p"), h, AppType::TServer, {makePort(QStringLiteral("default"), 7001)});
    p.serverInfo.backupId = b;
    const DbId pid = c.add(p);
    EXPECT_EQ(c.primariesOf(b), QVector<DbId>{pid});
    EXPECT_TRUE(c.primariesOf(pid).isEmpty());
    EXPECT_TRUE(c.primariesOf(0).isEmpty());
}

TEST(InMemoryConfiguration, ValidateAllFindsProblemsOfAnImport)
{
    // An import whose two applications clash on one port and whose host has a bad address.
    InMemoryConfiguration c;
    const DbId h = c.add(makeHost(QStringLiteral("h"), QStringLiteral("bad address")));
    c.add(makeServer(QStringLiteral("a"), h, AppType::TServer, {makePort(QStringLiteral("default"), 7000)}));
    c.add(makeServer(QStringLiteral("b"), h, AppType::StatServer, {makePort(QStringLiteral("default"), 7000)}));
    const auto f = c.validateAll();
    EXPECT_EQ(codesOf(errorsOf(f)), (QStringList{QStringLiteral("host.address-invalid"),
                                                 QStringLiteral("port.duplicate-on-host"),
                                                 QStringLiteral("port.duplicate-on-host")}))
        << describe(f);
    EXPECT_EQ(f[1].objectName, QStringLiteral("a"));
    EXPECT_TRUE(f[1].message.contains(QStringLiteral("\"b\"")));
}

TEST(InMemoryConfiguration, DuplicateNamesInAnImportAreFound)
{
    InMemoryConfiguration c;
    c.add(makeHost(QStringLiteral("h")));
    c.add(makeHost(QStringLiteral("h"), QStringLiteral("10.0.0.2")));
    const auto f = c.validateAll();
    // hostIdByName answers the first "h", so the second is the one refused.
    EXPECT_TRUE(onlyError(f, QStringLiteral("name.duplicate"), QStringLiteral("name"), {QStringLiteral("\"h\"")}));
    EXPECT_EQ(f.first().object.id, c.hosts().at(1).id);
}
