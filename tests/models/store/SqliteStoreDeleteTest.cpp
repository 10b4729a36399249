// SPEC deleting rules: hosts in use are refused, applications take the
// connections others have to them, folders must be empty.
#include "tests/models/store/StoreTestSupport.h"

#include <QSignalSpy>

using namespace confman;
using namespace confman::test;

TEST(SqliteStoreDelete, HostUsedByApplicationsIsRefused)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("s.sqlite"));
    auto store = openStore(path);
    const DbId hostId = store->save(makeHost(QStringLiteral("cfg-01"))).id;
    ASSERT_TRUE(store->save(makeServer(QStringLiteral("Stat"), hostId, 2060)).ok);
    ASSERT_TRUE(store->save(makeServer(QStringLiteral("Ocs"), hostId, 7000)).ok);
    const auto impact = store->deleteImpact({ObjectKind::Host, hostId});
    EXPECT_FALSE(impact.allowed);
    EXPECT_EQ(impact.dependents, (QStringList{QStringLiteral("Ocs"), QStringLiteral("Stat")}));
    EXPECT_TRUE(impact.reason.contains(QStringLiteral("cfg-01")));
    const QString before = contentDump(path);
    const auto r = store->remove({ObjectKind::Host, hostId});
    EXPECT_FALSE(r.ok);
    ASSERT_FALSE(r.findings.isEmpty());
    EXPECT_TRUE(r.findings.first().isError());
    EXPECT_EQ(contentDump(path), before);
}

TEST(SqliteStoreDelete, UnusedHostIsDeleted)
{
    TempDir dir;
    auto store = openStore(dir.file(QStringLiteral("s.sqlite")));
    const DbId hostId = store->save(makeHost(QStringLiteral("spare"))).id;
    EXPECT_TRUE(store->deleteImpact({ObjectKind::Host, hostId}).allowed);
    QSignalSpy removed(store.get(), &Store::objectRemoved);
    EXPECT_TRUE(store->remove({ObjectKind::Host, hostId}).ok);
    EXPECT_FALSE(store->host(hostId).has_value());
    ASSERT_EQ(removed.count(), 1);
    EXPECT_EQ(removed.first().first().value<ObjectRef>(), (ObjectRef{ObjectKind::Host, hostId}));
    const auto again = store->remove({ObjectKind::Host, hostId});
    EXPECT_FALSE(again.ok);
    ASSERT_TRUE(again.conflict.has_value());
    EXPECT_TRUE(again.conflict->deleted);
}

TEST(SqliteStoreDelete, ApplicationTakesConnectionsAndBackupReferencesWithIt)
{
    TempDir dir;
    auto store = openStore(dir.file(QStringLiteral("s.sqlite")));
    const DbId h1 = store->save(makeHost(QStringLiteral("voice-01"))).id;
    const DbId h2 = store->save(makeHost(QStringLiteral("voice-02"))).id;
    auto tserverB = makeServer(QStringLiteral("TServer_B"), h2, 3000, AppType::TServer);
    tserverB.serverInfo.ports.append(makePort(QStringLiteral("secure"), 3002));
    const DbId backupId = store->save(tserverB).id;
    auto tserver = makeServer(QStringLiteral("TServer"), h1, 3000, AppType::TServer);
    tserver.serverInfo.backupId = backupId;
    tserver.serverInfo.redundancyType = RedundancyType::HotStandby;
    const DbId primaryId = store->save(tserver).id;
    ASSERT_GT(primaryId, 0);
    auto stat = makeServer(QStringLiteral("Stat"), h1, 2060);
    stat.connections = {makeConnection(backupId, QStringLiteral("secure")), makeConnection(primaryId)};
    const DbId statId = store->save(stat).id;
    ASSERT_GT(statId, 0);

    const auto impact = store->deleteImpact({ObjectKind::Application, backupId});
    EXPECT_TRUE(impact.allowed);
    EXPECT_TRUE(impact.dependents.contains(QStringLiteral("Stat → TServer_B:secure")));
    EXPECT_EQ(impact.dependents.size(), 2); // the connection and the backup reference

    QVector<ObjectRef> saved;
    QObject::connect(store.get(), &Store::objectSaved, [&](ObjectRef ref) { saved.append(ref); });
    const auto r = store->remove({ObjectKind::Application, backupId});
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_FALSE(store->application(backupId).has_value());
    const auto statAfter = *store->application(statId);
    ASSERT_EQ(statAfter.connections.size(), 1);
    EXPECT_EQ(statAfter.connections.first().serverId, primaryId);
    EXPECT_EQ(statAfter.version, 2);
    const auto primaryAfter = *store->application(primaryId);
    EXPECT_EQ(primaryAfter.serverInfo.backupId, 0);
    EXPECT_EQ(primaryAfter.version, 2);
    EXPECT_TRUE(saved.contains((ObjectRef{ObjectKind::Application, statId})));
    EXPECT_TRUE(saved.contains((ObjectRef{ObjectKind::Application, primaryId})));
    const auto counts = store->counts();
    EXPECT_EQ(counts.applications, 2);
    EXPECT_EQ(counts.ports, 2);
    EXPECT_EQ(counts.connections, 1);
    EXPECT_EQ(store->integrityCheck(), QStringLiteral("ok"));
}

TEST(SqliteStoreDelete, FolderWithObjectsCannotBeRemoved)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("s.sqlite"));
    auto store = openStore(path);
    const DbId east = store->save(Folder{0, 0, ObjectKind::Host, QStringLiteral("East"), 0}).id;
    const DbId rack = store->save(Folder{0, 0, ObjectKind::Host, QStringLiteral("Rack"), east}).id;
    auto host = makeHost(QStringLiteral("cfg-01"));
    host.folderId = rack;
    const DbId hostId = store->save(host).id;
    ASSERT_GT(hostId, 0);

    const auto impact = store->deleteImpact({ObjectKind::Folder, east});
    EXPECT_FALSE(impact.allowed);
    EXPECT_EQ(impact.dependents, QStringList{QStringLiteral("Rack")});
    const QString before = contentDump(path);
    EXPECT_FALSE(store->remove({ObjectKind::Folder, east}).ok);
    EXPECT_FALSE(store->remove({ObjectKind::Folder, rack}).ok);
    EXPECT_EQ(contentDump(path), before);

    ASSERT_TRUE(store->moveToFolder({ObjectKind::Host, hostId}, 0).ok);
    EXPECT_TRUE(store->remove({ObjectKind::Folder, rack}).ok);
    EXPECT_TRUE(store->remove({ObjectKind::Folder, east}).ok);
    EXPECT_TRUE(store->folders().isEmpty());
}
