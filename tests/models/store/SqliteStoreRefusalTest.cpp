// A refused save says why and leaves the file's content exactly as it was.
#include "tests/models/store/StoreTestSupport.h"

using namespace confman;
using namespace confman::test;

namespace {

class SqliteStoreRefusal : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.file(QStringLiteral("s.sqlite"));
        store = openStore(path);
        ASSERT_TRUE(store);
        hostId = store->save(makeHost(QStringLiteral("cfg-01"))).id;
        auto server = makeServer(QStringLiteral("TServer"), hostId, 3000, AppType::TServer);
        serverId = store->save(server).id;
        ASSERT_GT(serverId, 0);
        before = contentDump(path);
    }

    void expectUnchanged() { EXPECT_EQ(contentDump(path), before); }

    TempDir dir;
    QString path;
    std::unique_ptr<SqliteStore> store;
    DbId hostId = 0;
    DbId serverId = 0;
    QString before;
};

} // namespace

TEST_F(SqliteStoreRefusal, DuplicateHostName)
{
    const auto r = store->save(makeHost(QStringLiteral("cfg-01")));
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(hasCode(r.findings, QStringLiteral("name.duplicate")));
    expectUnchanged();
}

TEST_F(SqliteStoreRefusal, DuplicateApplicationNameOnUpdateOfAnother)
{
    const auto other = store->save(makeServer(QStringLiteral("Stat"), hostId, 2060));
    ASSERT_TRUE(other.ok);
    before = contentDump(path);
    auto app = *store->application(other.id);
    app.name = QStringLiteral("TServer");
    app.serverInfo.ports.first().port = 2070;
    const auto r = store->save(app);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(hasCode(r.findings, QStringLiteral("name.duplicate")));
    expectUnchanged();
    EXPECT_EQ(store->application(other.id)->serverInfo.ports.first().port, 2060);
}

TEST_F(SqliteStoreRefusal, DuplicatePortOnHostNamesTheOtherApplication)
{
    const auto r = store->save(makeServer(QStringLiteral("Stat"), hostId, 3000));
    EXPECT_FALSE(r.ok);
    ASSERT_TRUE(hasCode(r.findings, QStringLiteral("port.duplicate-on-host")));
    bool named = false;
    for (const auto &f : r.findings)
        named |= f.code == QLatin1String("port.duplicate-on-host") && f.message.contains(QStringLiteral("TServer"));
    EXPECT_TRUE(named);
    expectUnchanged();
}

TEST_F(SqliteStoreRefusal, SamePortOnAnotherHostOrBesideADisabledApplicationIsFine)
{
    const DbId otherHost = store->save(makeHost(QStringLiteral("cfg-02"))).id;
    EXPECT_TRUE(store->save(makeServer(QStringLiteral("Stat"), otherHost, 3000)).ok);
    // Only enabled applications hold their ports.
    ASSERT_TRUE(store->setEnabled({ObjectKind::Application, serverId}, false).ok);
    EXPECT_FALSE(store->application(serverId)->enabled);
    const auto stat2 = store->save(makeServer(QStringLiteral("Stat2"), hostId, 3000));
    ASSERT_TRUE(stat2.ok);
    // Enabling the T-Server again now collides: refused, state unchanged.
    before = contentDump(path);
    const auto r = store->setEnabled({ObjectKind::Application, serverId}, true);
    EXPECT_FALSE(r.ok);
    ASSERT_TRUE(hasCode(r.findings, QStringLiteral("port.duplicate-on-host")));
    EXPECT_TRUE(r.findings.first().message.contains(QStringLiteral("Stat2")));
    expectUnchanged();
    EXPECT_FALSE(store->application(serverId)->enabled);
}

TEST_F(SqliteStoreRefusal, ConnectionToAMissingPortId)
{
    auto client = makeServer(QStringLiteral("Stat"), hostId, 2060);
    client.connections = {makeConnection(serverId, QStringLiteral("secure"))};
    const auto r = store->save(client);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(hasCode(r.findings, QStringLiteral("connection.port-missing")));
    expectUnchanged();
}

TEST_F(SqliteStoreRefusal, ConnectionToAMissingServer)
{
    auto client = makeServer(QStringLiteral("Stat"), hostId, 2060);
    client.connections = {makeConnection(serverId + 1000)};
    const auto r = store->save(client);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(hasCode(r.findings, QStringLiteral("connection.server-missing")));
    expectUnchanged();
}

TEST_F(SqliteStoreRefusal, ApplicationOnMissingHostOrFolder)
{
    auto r = store->save(makeServer(QStringLiteral("Stat"), hostId + 1000, 2060));
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(hasCode(r.findings, QStringLiteral("app.host-not-found")));
    auto inFolder = makeServer(QStringLiteral("Stat"), hostId, 2060);
    inFolder.folderId = 4242;
    r = store->save(inFolder);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(hasCode(r.findings, QStringLiteral("folder.missing")));
    expectUnchanged();
}

TEST_F(SqliteStoreRefusal, FolderOfTheWrongKind)
{
    const DbId hostFolder = store->save(Folder{0, 0, ObjectKind::Host, QStringLiteral("East"), 0}).id;
    ASSERT_GT(hostFolder, 0);
    before = contentDump(path);
    const auto r = store->moveToFolder({ObjectKind::Application, serverId}, hostFolder);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(hasCode(r.findings, QStringLiteral("folder.wrong-kind")));
    expectUnchanged();
    EXPECT_TRUE(store->moveToFolder({ObjectKind::Host, hostId}, hostFolder).ok);
    EXPECT_EQ(store->host(hostId)->folderId, hostFolder);
    EXPECT_EQ(store->host(hostId)->version, 2);
}

TEST_F(SqliteStoreRefusal, FolderRules)
{
    const DbId east = store->save(Folder{0, 0, ObjectKind::Host, QStringLiteral("East"), 0}).id;
    const DbId rack = store->save(Folder{0, 0, ObjectKind::Host, QStringLiteral("Rack 1"), east}).id;
    ASSERT_GT(rack, 0);
    before = contentDump(path);
    auto r = store->save(Folder{0, 0, ObjectKind::Host, QStringLiteral("East"), 0});
    EXPECT_TRUE(hasCode(r.findings, QStringLiteral("name.duplicate")));
    r = store->save(Folder{0, 0, ObjectKind::Host, QStringLiteral(" "), 0});
    EXPECT_TRUE(hasCode(r.findings, QStringLiteral("name.empty")));
    r = store->moveToFolder({ObjectKind::Folder, east}, rack);
    EXPECT_TRUE(hasCode(r.findings, QStringLiteral("folder.cycle")));
    r = store->save(Folder{0, 0, ObjectKind::Application, QStringLiteral("Apps"), east});
    EXPECT_TRUE(hasCode(r.findings, QStringLiteral("folder.wrong-kind")));
    expectUnchanged();
    // The same name under another parent or for another kind is fine.
    EXPECT_TRUE(store->save(Folder{0, 0, ObjectKind::Host, QStringLiteral("Rack 1"), 0}).ok);
    EXPECT_TRUE(store->save(Folder{0, 0, ObjectKind::Application, QStringLiteral("East"), 0}).ok);
}
