// Warnings never block a save; the Problems panel lists them for the whole store.
#include "tests/models/store/StoreTestSupport.h"

using namespace confman;
using namespace confman::test;

TEST(SqliteStoreProblems, HotStandbyPortMismatchIsAWarningListedInProblems)
{
    TempDir dir;
    auto store = openStore(dir.file(QStringLiteral("s.sqlite")));
    EXPECT_TRUE(store->problems().isEmpty());
    const DbId h1 = store->save(makeHost(QStringLiteral("voice-01"))).id;
    const DbId h2 = store->save(makeHost(QStringLiteral("voice-02"))).id;
    const DbId backupId = store->save(makeServer(QStringLiteral("TServer_B"), h2, 3000, AppType::TServer)).id;
    auto primary = makeServer(QStringLiteral("TServer"), h1, 3000, AppType::TServer);
    primary.serverInfo.ports.append(makePort(QStringLiteral("ha"), 3001));
    primary.serverInfo.backupId = backupId;
    primary.serverInfo.redundancyType = RedundancyType::HotStandby;
    const auto r = store->save(primary);
    ASSERT_TRUE(r.ok);
    ASSERT_FALSE(r.findings.isEmpty());
    EXPECT_FALSE(hasErrors(r.findings));

    const auto problems = store->problems();
    ASSERT_FALSE(problems.isEmpty());
    bool namesThePrimary = false;
    for (const auto &p : problems) {
        EXPECT_EQ(p.severity, Severity::Warning);
        EXPECT_FALSE(p.objectName.isEmpty());
        EXPECT_EQ(p.object.kind, ObjectKind::Application);
        namesThePrimary |= p.object.id == r.id && p.objectName == QLatin1String("TServer");
    }
    EXPECT_TRUE(namesThePrimary);

    // Fixing the backup makes the warning go away.
    auto backup = *store->application(backupId);
    backup.serverInfo.ports.append(makePort(QStringLiteral("ha"), 3001));
    ASSERT_TRUE(store->save(backup).ok);
    EXPECT_TRUE(store->problems().isEmpty()) << store->problems().first().message.toStdString();
}
