// A writer killed with SIGKILL in the middle of its saves loses nothing it
// reported as committed, and the file stays consistent.
#include "tests/models/store/StoreTestSupport.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSet>
#include <QTest>

#include <cstdio>

using namespace confman;
using namespace confman::test;

namespace {
const char *const kChildStoreVariable = "CONFMAN_TEST_CRASH_CHILD_STORE";
}

// Runs only as the child of the test below (the variable names its store):
// saves applications with ports and connections forever, printing each name
// once its save has committed.
TEST(SqliteStoreCrashChild, WriteUntilKilled)
{
    const QString path = qEnvironmentVariable(kChildStoreVariable);
    if (path.isEmpty())
        GTEST_SKIP() << "only runs as the crash test's child process";
    auto store = openStore(path);
    ASSERT_TRUE(store);
    const DbId hostId = store->save(makeHost(QStringLiteral("crash-host"))).id;
    ASSERT_GT(hostId, 0);
    DbId previous = 0;
    for (int i = 0;; ++i) {
        auto app = makeServer(QStringLiteral("crash-app-%1").arg(i), hostId, 1 + i % 60000);
        for (int p = 1; p < 8; ++p)
            app.serverInfo.ports.append(makePort(QStringLiteral("p%1").arg(p), 1 + (i * 8 + p) % 65000));
        app.enabled = false; // many ports per host: keep the duplicate-port rule out of the way
        app.options.set(QStringLiteral("log"), QStringLiteral("all"), QString(200, QLatin1Char('x')));
        if (previous)
            app.connections = {makeConnection(previous)};
        const auto r = store->save(app);
        if (!r.ok) {
            std::printf("failed %s\n", qPrintable(app.name));
            std::fflush(stdout);
            continue;
        }
        previous = r.id;
        std::printf("committed %s\n", qPrintable(app.name));
        std::fflush(stdout);
    }
}

TEST(SqliteStoreCrash, KilledWriterLeavesConsistentStoreWithEveryCommittedSave)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("crash.sqlite"));
    ASSERT_TRUE(openStore(path)); // created before the child starts

    QProcess child;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kChildStoreVariable), path);
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--gtest_filter=SqliteStoreCrashChild.WriteUntilKilled")});
    ASSERT_TRUE(child.waitForStarted(10000));

    QByteArray output;
    const auto committedCount = [&] { return output.count("committed "); };
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            output += child.readAllStandardOutput();
            return committedCount() >= 150 || child.state() == QProcess::NotRunning;
        },
        60000));
    ASSERT_EQ(child.state(), QProcess::Running) << child.readAllStandardError().toStdString();
    child.kill(); // SIGKILL: no destructors, no checkpoint, mid-write
    ASSERT_TRUE(child.waitForFinished(10000));
    output += child.readAllStandardOutput();
    EXPECT_EQ(child.exitStatus(), QProcess::CrashExit);

    QStringList committed;
    for (const auto &line : output.split('\n'))
        if (line.startsWith("committed "))
            committed << QString::fromUtf8(line.mid(10));
    ASSERT_GE(committed.size(), 150);
    EXPECT_FALSE(output.contains("failed "));

    auto store = openStore(path);
    ASSERT_TRUE(store);
    EXPECT_EQ(store->integrityCheck(), QStringLiteral("ok"));
    withConnection(path, [](QSqlDatabase &db) {
        QSqlQuery q(db);
        EXPECT_TRUE(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        EXPECT_FALSE(q.next()) << "dangling reference in " << q.value(0).toString().toStdString();
        return 0;
    });
    QSet<QString> present;
    for (const auto &s : store->applicationSummaries())
        present.insert(s.name);
    for (const auto &name : committed)
        EXPECT_TRUE(present.contains(name)) << name.toStdString();
    // Every stored application is whole: its eight ports are there.
    const auto apps = store->allApplications();
    for (const auto &app : apps)
        EXPECT_EQ(app.serverInfo.ports.size(), 8) << app.name.toStdString();
    EXPECT_LE(committed.size(), apps.size());
    EXPECT_LE(apps.size(), committed.size() + 1); // at most the one in flight
}
