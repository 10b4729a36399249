// SPEC S8 for Confman's own log: qInfo/qWarning messages pass through the
// log-filter options of the Application Confman logged in as, before the
// handler installed earlier (here a capturing test handler).
#include "models/auth/LogMessageFilter.h"
#include "models/store/DemoConfiguration.h"
#include "models/store/SqliteStore.h"
#include "tests/support/TempStoreFile.h"

#include <QLoggingCategory>
#include <QStringList>
#include <QThread>
#include <gtest/gtest.h>

#include <mutex>

using namespace confman;
using namespace confman::test;

namespace {

std::mutex g_capturedMutex;
QStringList g_captured;

void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    const std::lock_guard lock(g_capturedMutex);
    g_captured << message;
}

Q_LOGGING_CATEGORY(lcTestLog, "confman.test.log")

class LogMessageFilterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        store = SqliteStore::open(dir.file(QStringLiteral("store.db")), &error);
        ASSERT_TRUE(store) << error.toStdString();
        ASSERT_TRUE(seedDemoConfiguration(*store).ok);
        const auto id = store->applicationIdByName(QStringLiteral("default")); // Confman's own Application
        ASSERT_TRUE(id);
        appId = *id;
        g_captured.clear();
        original = qInstallMessageHandler(capture);
    }
    void TearDown() override { qInstallMessageHandler(original); }

    void setOption(const QString &section, const QString &key, const QString &value)
    {
        auto app = store->application(appId);
        ASSERT_TRUE(app);
        app->options.set(section, key, value);
        const SaveResult r = store->save(*app);
        ASSERT_TRUE(r.ok) << r.error.toStdString();
    }

    static QString last()
    {
        const std::lock_guard lock(g_capturedMutex);
        return g_captured.isEmpty() ? QString() : g_captured.last();
    }

    TempDir dir;
    std::unique_ptr<SqliteStore> store;
    DbId appId = 0;
    QtMessageHandler original = nullptr;
};

} // namespace

TEST_F(LogMessageFilterTest, PasswordValueIsHiddenWithNoFilterOptions)
{
    const auto filter = installLogFilter(*store, appId);
    qInfo("login user=jsmith password=hunter2 from=cfg-01");
    EXPECT_EQ(last(), QStringLiteral("login user=jsmith password=**** from=cfg-01"));
    qWarning() << "retry" << "db-password=hunter2";
    EXPECT_FALSE(last().contains(QStringLiteral("hunter2"))) << last().toStdString();
    qCInfo(lcTestLog).noquote() << "PWD=hunter2 ok";
    EXPECT_EQ(last(), QStringLiteral("PWD=**** ok"));
}

TEST_F(LogMessageFilterTest, ApplicationOptionsApplyToEveryLevel)
{
    setOption(kLogFilterSection, kDefaultFilterTypeOption, QStringLiteral("hide-last,4"));
    setOption(kLogFilterDataSection, QStringLiteral("user"), QStringLiteral("copy"));
    setOption(kLogFilterDataSection, QStringLiteral("dn"), QStringLiteral("skip"));
    setOption(kLogFilterDataSection, QStringLiteral("password"), QStringLiteral("copy")); // never copied
    const auto filter = installLogFilter(*store, appId);
    qInfo("user=jsmith card=4111111111111111 dn=5551234 password=secret");
    EXPECT_EQ(last(), QStringLiteral("user=jsmith card=411111111111**** password=****"));
    qWarning("card=4111111111111111");
    EXPECT_EQ(last(), QStringLiteral("card=411111111111****"));
    qCritical("dn=5551234 failed");
    EXPECT_EQ(last(), QStringLiteral("failed"));
}

TEST_F(LogMessageFilterTest, SavingTheApplicationAppliesAtOnce)
{
    const auto filter = installLogFilter(*store, appId);
    qInfo("card=4111111111111111");
    EXPECT_EQ(last(), QStringLiteral("card=4111111111111111"));

    setOption(kLogFilterSection, kDefaultFilterTypeOption, QStringLiteral("tag([,])"));
    qInfo("card=4111111111111111");
    EXPECT_EQ(last(), QStringLiteral("card=[4111111111111111]"));

    setOption(kLogFilterDataSection, QStringLiteral("card"), QStringLiteral("hide"));
    qInfo("card=4111111111111111 note=x");
    EXPECT_EQ(last(), QStringLiteral("card=**** note=[x]"));
}

TEST_F(LogMessageFilterTest, SavingAnotherApplicationChangesNothing)
{
    const auto filter = installLogFilter(*store, appId);
    auto other = store->application(*store->applicationIdByName(QStringLiteral("StatServer")));
    ASSERT_TRUE(other);
    other->options.set(kLogFilterSection, kDefaultFilterTypeOption, QStringLiteral("hide"));
    ASSERT_TRUE(store->save(*other).ok);
    qInfo("card=4111111111111111");
    EXPECT_EQ(last(), QStringLiteral("card=4111111111111111"));
}

TEST_F(LogMessageFilterTest, MessagesFromAnotherThreadAreFiltered)
{
    setOption(kLogFilterSection, kDefaultFilterTypeOption, QStringLiteral("hide"));
    const auto filter = installLogFilter(*store, appId);
    std::unique_ptr<QThread> worker(QThread::create([] { qInfo("worker card=4111111111111111"); }));
    worker->start();
    ASSERT_TRUE(worker->wait(10000));
    EXPECT_EQ(last(), QStringLiteral("worker card=****"));
}

TEST_F(LogMessageFilterTest, DestroyingPutsThePreviousHandlerBack)
{
    setOption(kLogFilterSection, kDefaultFilterTypeOption, QStringLiteral("hide"));
    {
        const auto filter = installLogFilter(*store, appId);
        qInfo("card=4111111111111111");
        EXPECT_EQ(last(), QStringLiteral("card=****"));
    }
    qInfo("card=4111111111111111");
    EXPECT_EQ(last(), QStringLiteral("card=4111111111111111")); // our capture, unfiltered again
    const QtMessageHandler current = qInstallMessageHandler(original);
    EXPECT_EQ(current, &capture);
    qInstallMessageHandler(capture);
}

TEST_F(LogMessageFilterTest, NestedInstallationUsesTheNewestRulesUntilDestroyed)
{
    setOption(kLogFilterSection, kDefaultFilterTypeOption, QStringLiteral("hide"));
    auto statId = store->applicationIdByName(QStringLiteral("StatServer"));
    ASSERT_TRUE(statId);
    auto stat = store->application(*statId);
    stat->options.set(kLogFilterSection, kDefaultFilterTypeOption, QStringLiteral("hide-first,2"));
    ASSERT_TRUE(store->save(*stat).ok);

    const auto outer = installLogFilter(*store, appId);
    {
        const auto inner = installLogFilter(*store, *statId);
        qInfo("dn=5551234");
        EXPECT_EQ(last(), QStringLiteral("dn=**51234"));
    }
    qInfo("dn=5551234");
    EXPECT_EQ(last(), QStringLiteral("dn=****"));
}

TEST_F(LogMessageFilterTest, InvalidOptionValueFallsBackToCopyWithPasswordsStillHidden)
{
    // The editor refuses such values; a store edited elsewhere may still hold one.
    setOption(kLogFilterSection, kDefaultFilterTypeOption, QStringLiteral("hide-first,0"));
    const auto filter = installLogFilter(*store, appId);
    qInfo("dn=5551234 password=secret");
    EXPECT_EQ(last(), QStringLiteral("dn=5551234 password=****"));
}
