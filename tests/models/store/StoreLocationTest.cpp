#include "models/store/StoreLocation.h"

#include <QStandardPaths>
#include <gtest/gtest.h>

using namespace confman;

namespace {
struct EnvGuard
{
    QByteArray old = qgetenv(StoreLocation::kEnvironmentVariable);
    bool had = qEnvironmentVariableIsSet(StoreLocation::kEnvironmentVariable);
    ~EnvGuard()
    {
        if (had)
            qputenv(StoreLocation::kEnvironmentVariable, old);
        else
            qunsetenv(StoreLocation::kEnvironmentVariable);
    }
};
} // namespace

TEST(StoreLocation, ExplicitValueWinsOverEnvironment)
{
    EnvGuard guard;
    qputenv(StoreLocation::kEnvironmentVariable, "/tmp/from-env.sqlite");
    EXPECT_EQ(StoreLocation::resolve(QStringLiteral("/srv/confman/explicit.sqlite")),
              QStringLiteral("/srv/confman/explicit.sqlite"));
}

TEST(StoreLocation, EnvironmentWinsOverDefault)
{
    EnvGuard guard;
    qputenv(StoreLocation::kEnvironmentVariable, "/tmp/from-env.sqlite");
    EXPECT_EQ(StoreLocation::resolve(), QStringLiteral("/tmp/from-env.sqlite"));
}

TEST(StoreLocation, DefaultIsInTheApplicationDataFolder)
{
    EnvGuard guard;
    qunsetenv(StoreLocation::kEnvironmentVariable);
    const QString expected =
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/confman.sqlite");
    EXPECT_EQ(StoreLocation::resolve(), expected);
    EXPECT_EQ(StoreLocation::resolve(QStringLiteral("  ")), expected);
    EXPECT_TRUE(expected.endsWith(QStringLiteral("/confman.sqlite")));
}
