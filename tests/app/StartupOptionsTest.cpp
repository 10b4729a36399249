#include "app/confman/StartupOptions.h"
#include "models/store/StoreLocation.h"

#include <QDir>
#include <gtest/gtest.h>

using namespace confman;

namespace {

// Sets (or clears) CONFMAN_STORE for one test and restores it afterwards.
class EnvironmentStore
{
public:
    explicit EnvironmentStore(const QByteArray &value) : m_old(qgetenv(StoreLocation::kEnvironmentVariable))
    {
        if (value.isNull())
            qunsetenv(StoreLocation::kEnvironmentVariable);
        else
            qputenv(StoreLocation::kEnvironmentVariable, value);
    }
    ~EnvironmentStore()
    {
        if (m_old.isNull())
            qunsetenv(StoreLocation::kEnvironmentVariable);
        else
            qputenv(StoreLocation::kEnvironmentVariable, m_old);
    }

private:
    QByteArray m_old;
};

TEST(StartupOptionsTest, StoreArgumentWinsOverTheEnvironment)
{
    EnvironmentStore env("/tmp/from-env.sqlite");
    const auto options = StartupOptions::parse({"confman", "--store", "/tmp/x/../given.sqlite"});
    ASSERT_TRUE(options.ok()) << options.error.toStdString();
    EXPECT_EQ(options.storePath, "/tmp/given.sqlite");
    EXPECT_TRUE(options.storeFromArguments);
    EXPECT_EQ(StartupOptions::parse({"confman", "--store=/tmp/eq.sqlite"}).storePath, "/tmp/eq.sqlite");
}

TEST(StartupOptionsTest, EnvironmentThenPerUserDataFolder)
{
    {
        EnvironmentStore env("/tmp/from-env.sqlite");
        const auto options = StartupOptions::parse({"confman"});
        ASSERT_TRUE(options.ok());
        EXPECT_EQ(options.storePath, "/tmp/from-env.sqlite");
        EXPECT_FALSE(options.storeFromArguments);
    }
    EnvironmentStore none(QByteArray{});
    const auto options = StartupOptions::parse({"confman"});
    ASSERT_TRUE(options.ok());
    EXPECT_EQ(options.storePath, StoreLocation::defaultPath());
    EXPECT_TRUE(options.storePath.endsWith("confman.sqlite"));
}

TEST(StartupOptionsTest, BadCommandLinesSayWhatIsWrong)
{
    const auto missing = StartupOptions::parse({"confman", "--store"});
    EXPECT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error.contains("store")) << missing.error.toStdString();

    const auto empty = StartupOptions::parse({"confman", "--store", "  "});
    EXPECT_FALSE(empty.ok());

    const auto unknown = StartupOptions::parse({"confman", "--stroe", "x"});
    EXPECT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error.contains("stroe")) << unknown.error.toStdString();

    const auto positional = StartupOptions::parse({"confman", "file.sqlite"});
    EXPECT_FALSE(positional.ok());
    EXPECT_TRUE(positional.error.contains("file.sqlite"));
}

TEST(StartupOptionsTest, HelpAndVersion)
{
    EXPECT_TRUE(StartupOptions::parse({"confman", "--help"}).help);
    EXPECT_TRUE(StartupOptions::parse({"confman", "-v"}).version);
    EXPECT_TRUE(StartupOptions::usage().contains("--store"));
}

} // namespace
