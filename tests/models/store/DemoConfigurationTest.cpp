#include "models/store/DemoConfiguration.h"

#include "models/config/InMemoryConfiguration.h"
#include "tests/models/store/StoreTestSupport.h"

using namespace confman;
using namespace confman::test;

namespace {
const Application *byName(const QVector<Application> &apps, const QString &name)
{
    for (const auto &a : apps)
        if (a.name == name)
            return &a;
    return nullptr;
}
int countType(const QVector<Application> &apps, AppType type)
{
    return int(std::count_if(apps.begin(), apps.end(), [&](const Application &a) { return a.type == type; }));
}
} // namespace

TEST(DemoConfiguration, SeedsAValidContactCenter)
{
    TempDir dir;
    auto store = openStore(dir.file(QStringLiteral("demo.sqlite")));
    const auto r = seedDemoConfiguration(*store);
    ASSERT_TRUE(r.ok) << r.error.toStdString()
                      << (r.findings.isEmpty() ? std::string() : r.findings.first().message.toStdString());
    EXPECT_FALSE(hasErrors(r.findings));

    const auto hosts = store->allHosts();
    const auto apps = store->allApplications();
    ASSERT_GE(hosts.size(), 3);
    EXPECT_GE(std::count_if(hosts.begin(), hosts.end(), [](const Host &h) { return h.osType == OsType::Windows; }), 1);
    EXPECT_GE(std::count_if(hosts.begin(), hosts.end(), [](const Host &h) { return h.osType == OsType::Linux; }), 2);
    for (const auto &h : hosts)
        EXPECT_TRUE(h.address.endsWith(QStringLiteral(".contoso.example"))) << h.address.toStdString();
    EXPECT_FALSE(store->folders().isEmpty());

    // The whole configuration passes validation again, independent of the store.
    InMemoryConfiguration config(hosts, apps);
    EXPECT_FALSE(hasErrors(config.validateAll()));

    EXPECT_EQ(countType(apps, AppType::ConfigurationServer), 2);
    EXPECT_GE(countType(apps, AppType::DbServer), 1);
    EXPECT_GE(countType(apps, AppType::SolutionControlServer), 1);
    EXPECT_GE(countType(apps, AppType::StatServer), 1);
    EXPECT_GE(countType(apps, AppType::OutboundContactServer), 1);

    const Application *self = byName(apps, QStringLiteral("default"));
    ASSERT_TRUE(self);
    EXPECT_EQ(self->type, AppType::ConfigurationManager);

    // Configuration Server pair with `default` and an Auto Detect port.
    bool confservPair = false;
    for (const auto &a : apps) {
        if (a.type != AppType::ConfigurationServer || a.serverInfo.backupId == 0)
            continue;
        confservPair = a.serverInfo.port(QStringLiteral("default")) != nullptr;
        bool autoDetect = false;
        for (const auto &p : a.serverInfo.ports)
            autoDetect |= p.listeningMode == ListeningMode::AutoDetect;
        EXPECT_TRUE(autoDetect);
    }
    EXPECT_TRUE(confservPair);

    // T-Server pair in Hot Standby, HA sync port on each with matching ID and mode.
    bool tserverPair = false;
    for (const auto &a : apps) {
        if (a.type != AppType::TServer || a.serverInfo.backupId == 0)
            continue;
        EXPECT_EQ(a.serverInfo.redundancyType, RedundancyType::HotStandby);
        const auto backup = store->application(a.serverInfo.backupId);
        ASSERT_TRUE(backup);
        for (const auto &p : a.serverInfo.ports) {
            if (!p.haSync)
                continue;
            const Port *twin = backup->serverInfo.port(p.id);
            ASSERT_TRUE(twin);
            EXPECT_TRUE(twin->haSync);
            EXPECT_EQ(twin->listeningMode, p.listeningMode);
            tserverPair = true;
        }
    }
    EXPECT_TRUE(tserverPair);

    // At least one connection to a Secured port; start info and options filled in.
    bool securedConnection = false;
    for (const auto &a : apps) {
        for (const auto &c : a.connections) {
            const auto server = store->application(c.serverId);
            ASSERT_TRUE(server);
            const Port *port = server->serverInfo.port(c.portId);
            ASSERT_TRUE(port);
            securedConnection |= port->listeningMode == ListeningMode::Secured;
        }
        if (a.hasServerInfo()) {
            EXPECT_FALSE(a.startInfo.workingDirectory.isEmpty());
            EXPECT_FALSE(a.startInfo.commandLine.isEmpty());
            EXPECT_TRUE(a.options.contains(QStringLiteral("log"), QStringLiteral("verbose")));
        }
    }
    EXPECT_TRUE(securedConnection);
    EXPECT_TRUE(store->problems().isEmpty()) << store->problems().first().message.toStdString();
}

TEST(DemoConfiguration, SeedingTwiceIsRefusedAndChangesNothing)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("demo.sqlite"));
    auto store = openStore(path);
    ASSERT_TRUE(seedDemoConfiguration(*store).ok);
    const QString before = contentDump(path);
    const auto again = seedDemoConfiguration(*store);
    EXPECT_FALSE(again.ok);
    EXPECT_TRUE(hasErrors(again.findings));
    EXPECT_EQ(contentDump(path), before);
}
