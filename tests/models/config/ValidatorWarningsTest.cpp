// SPEC S6 HA sync and S7 client-side port warnings: never block, reported on
// both sides of a pair, and returned by Validator::warnings.
#include "ConfigTestSupport.h"

using namespace confman;
using namespace confman::test;

namespace {

class ValidatorHa : public ::testing::Test
{
protected:
    void SetUp() override
    {
        hostA = config.add(makeHost(QStringLiteral("host-a")));
        hostB = config.add(makeHost(QStringLiteral("host-b"), QStringLiteral("10.0.0.2")));
        confServ = config.add(makeServer(QStringLiteral("confserv"), hostA, AppType::ConfigurationServer,
                                         {makePort(QStringLiteral("default"), 2020)}));
    }

    // Stores T-Server-2 (backup) with `backupPorts`, returns T-Server-1 (primary, not stored) with `primaryPorts`.
    Application pair(QVector<Port> primaryPorts, QVector<Port> backupPorts,
                     RedundancyType type = RedundancyType::HotStandby)
    {
        Application backup = makeServer(QStringLiteral("T-Server-2"), hostB, AppType::TServer, backupPorts);
        backup.serverInfo.redundancyType = type;
        backupId = config.add(backup);
        Application primary = makeServer(QStringLiteral("T-Server-1"), hostA, AppType::TServer, primaryPorts);
        primary.serverInfo.backupId = backupId;
        primary.serverInfo.redundancyType = type;
        return primary;
    }

    Application storedBackup() const { return *config.application(backupId); }

    InMemoryConfiguration config;
    DbId hostA = 0, hostB = 0, confServ = 0, backupId = 0;
};

Port p(const QString &id, int n, ListeningMode mode = ListeningMode::Unsecured, bool ha = false)
{
    return makePort(id, n, mode, ha);
}

} // namespace

TEST_F(ValidatorHa, MatchingPairIsClean)
{
    const auto primary = pair({p("default", 7000), p("ha", 7001, ListeningMode::Secured, true)},
                              {p("default", 7000), p("ha", 7001, ListeningMode::Secured, true)});
    EXPECT_TRUE(clean(Validator::validate(primary, config)));
    config.add(primary);
    EXPECT_TRUE(clean(Validator::validate(storedBackup(), config)));
}

TEST_F(ValidatorHa, HaSyncListeningModeMismatchIsNamedOnBothSides)
{
    const auto primary = pair({p("default", 7000), p("secure", 7001, ListeningMode::Secured, true)},
                              {p("default", 7000), p("secure", 7001, ListeningMode::Unsecured, true)});
    const auto f = Validator::validate(primary, config);
    EXPECT_FALSE(hasErrors(f));
    const QStringList expected{QStringLiteral("port `secure` is Secured on T-Server-1 but Unsecured on T-Server-2")};
    EXPECT_TRUE(onlyWarning(f, QStringLiteral("ha.listening-mode-mismatch"), QStringLiteral("ports[secure].listeningMode"),
                            expected));

    const DbId primaryId = config.add(primary);
    const auto fromBackup = Validator::warnings(storedBackup(), config);
    EXPECT_TRUE(onlyWarning(fromBackup, QStringLiteral("ha.listening-mode-mismatch"),
                            QStringLiteral("ports[secure].listeningMode"), expected));
    EXPECT_EQ(fromBackup.first().object, (ObjectRef{ObjectKind::Application, backupId}));
    EXPECT_EQ(Validator::warnings(*config.application(primaryId), config).size(), 1);
}

TEST_F(ValidatorHa, BackupWithoutHaSyncPortIdIsNamed)
{
    const auto primary = pair({p("default", 7000), p("ha", 7001, ListeningMode::Unsecured, true)},
                              {p("default", 7000)}, RedundancyType::WarmStandby);
    EXPECT_TRUE(onlyWarning(Validator::validate(primary, config), QStringLiteral("ha.port-missing"),
                            QStringLiteral("ports[ha]"), {QStringLiteral("T-Server-2 has no port with Port ID `ha`")}));
}

TEST_F(ValidatorHa, HaSyncPortIdsDiffer)
{
    const auto primary = pair({p("default", 7000), p("ha", 7001, ListeningMode::Unsecured, true)},
                              {p("default", 7000), p("ha", 7001), p("sync", 7002, ListeningMode::Unsecured, true)},
                              RedundancyType::WarmStandby);
    EXPECT_TRUE(onlyWarning(Validator::validate(primary, config), QStringLiteral("ha.sync-port-mismatch"),
                            QStringLiteral("ports"), {QStringLiteral("`ha` on T-Server-1 but `sync` on T-Server-2")}));
}

TEST_F(ValidatorHa, WithoutHaSyncFlagTheDefaultPortsAreCompared)
{
    const auto primary = pair({p("default", 7000, ListeningMode::Secured)}, {p("default", 7000)},
                              RedundancyType::WarmStandby);
    EXPECT_TRUE(onlyWarning(Validator::validate(primary, config), QStringLiteral("ha.listening-mode-mismatch"),
                            QStringLiteral("ports[default].listeningMode"),
                            {QStringLiteral("port `default` is Secured on T-Server-1 but Unsecured on T-Server-2")}));
}

TEST_F(ValidatorHa, WarmStandbyIgnoresOtherPorts)
{
    const auto primary = pair({p("default", 7000), p("extra", 7005, ListeningMode::Secured)}, {p("default", 7000)},
                              RedundancyType::WarmStandby);
    EXPECT_TRUE(clean(Validator::validate(primary, config)));
}

TEST_F(ValidatorHa, HotStandbyComparesAllPortsPairwise)
{
    const auto primary = pair({p("default", 7000), p("secure", 7001, ListeningMode::Secured), p("extra", 7005)},
                              {p("default", 7000), p("secure", 7001), p("other", 7006)});
    const auto f = Validator::validate(primary, config);
    EXPECT_FALSE(hasErrors(f));
    const auto w = warningsOf(f);
    ASSERT_EQ(w.size(), 3) << describe(f);
    QStringList messages;
    for (const auto &x : w)
        messages << x.message;
    const QString all = messages.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("port `secure` is Secured on T-Server-1 but Unsecured on T-Server-2")));
    EXPECT_TRUE(all.contains(QStringLiteral("T-Server-2 has no port with Port ID `extra`")));
    EXPECT_TRUE(all.contains(QStringLiteral("T-Server-1 has no port with Port ID `other`")));
}

TEST_F(ValidatorHa, WarningsMatchTheWarningsOfValidate)
{
    const auto primary = pair({p("default", 7000, ListeningMode::Secured)}, {p("default", 7000)});
    EXPECT_EQ(Validator::warnings(primary, config), warningsOf(Validator::validate(primary, config)));
    EXPECT_EQ(Validator::warnings(primary, config).size(), 1);
}

TEST_F(ValidatorHa, PortCertificateOnHaSyncPortWarns)
{
    Application a = makeServer(QStringLiteral("TS1"), hostA, AppType::TServer,
                               {makePort(QStringLiteral("default"), 7000, ListeningMode::Secured, true,
                                         QStringLiteral("tls=1;certificate=/c.pem"))});
    EXPECT_TRUE(onlyWarning(Validator::validate(a, config), QStringLiteral("port.ha-sync-port-certificate"),
                            QStringLiteral("ports[default].transport"), {QStringLiteral("HA sync")}));
    a.serverInfo.ports[0].haSync = false;
    EXPECT_TRUE(clean(Validator::validate(a, config)));
}

// --- S7 ---------------------------------------------------------------

namespace {

Connection csConnection(DbId server, const QString &params)
{
    Connection c;
    c.serverId = server;
    c.transportParams = params;
    return c;
}

} // namespace

TEST_F(ValidatorHa, ClientPortArgsAndParamsAgree)
{
    Application a = makeServer(QStringLiteral("TS1"), hostA);
    a.startInfo.commandLineArguments = QStringLiteral("-host host-a -port 2020 -transport-port 5000 -transport-address 10.0.0.1");
    a.connections = {csConnection(confServ, QStringLiteral("port=5000;address=10.0.0.1"))};
    EXPECT_TRUE(clean(Validator::validate(a, config)));
}

TEST_F(ValidatorHa, ClientPortArgsAndParamsDifferNamesBothValues)
{
    Application a = makeServer(QStringLiteral("TS1"), hostA);
    a.startInfo.commandLineArguments = QStringLiteral("-transport-port 5000");
    a.connections = {csConnection(confServ, QStringLiteral("port=5001"))};
    const auto f = Validator::validate(a, config);
    EXPECT_FALSE(hasErrors(f));
    EXPECT_TRUE(onlyWarning(f, QStringLiteral("s7.client-port-mismatch"), QStringLiteral("connections[0].transportParams"),
                            {QStringLiteral("port 5000"), QStringLiteral("port 5001"), QStringLiteral("confserv")}));

    a.startInfo.commandLineArguments = QStringLiteral("-transport-port 5001 -transport-address 10.0.0.1");
    EXPECT_TRUE(onlyWarning(Validator::validate(a, config), QStringLiteral("s7.client-port-mismatch"),
                            QStringLiteral("connections[0].transportParams"), {QStringLiteral("address 10.0.0.1")}));
}

TEST_F(ValidatorHa, ClientPortOnlyComparedForConfigurationServerConnections)
{
    const DbId stat = config.add(makeServer(QStringLiteral("Stat"), hostB, AppType::StatServer));
    Application a = makeServer(QStringLiteral("TS1"), hostA);
    a.startInfo.commandLineArguments = QStringLiteral("-transport-port 5000");
    a.connections = {csConnection(stat, QStringLiteral("port=6000"))};
    EXPECT_TRUE(clean(Validator::validate(a, config)));
    // Defined in one place only: nothing to compare.
    a.connections = {csConnection(confServ, QString())};
    EXPECT_TRUE(clean(Validator::validate(a, config)));
}

TEST_F(ValidatorHa, MalformedTransportArgumentsWarn)
{
    Application a = makeServer(QStringLiteral("TS1"), hostA);
    a.startInfo.commandLineArguments = QStringLiteral("-transport-port abc");
    EXPECT_TRUE(onlyWarning(Validator::validate(a, config), QStringLiteral("startinfo.transport-args-invalid"),
                            QStringLiteral("startInfo.commandLineArguments"),
                            {QStringLiteral("Command-Line Arguments"), QStringLiteral("`abc`")}));
}

TEST_F(ValidatorHa, BackupWithCopiedClientPortIsFlaggedOnBothSides)
{
    Application backup = makeServer(QStringLiteral("T-Server-2"), hostB, AppType::TServer);
    backup.serverInfo.redundancyType = RedundancyType::HotStandby;
    backup.startInfo.commandLineArguments = QStringLiteral("-transport-port 5000");
    backup.connections = {csConnection(confServ, QStringLiteral("port=5000"))};
    backupId = config.add(backup);
    Application primary = makeServer(QStringLiteral("T-Server-1"), hostA);
    primary.serverInfo.backupId = backupId;
    primary.serverInfo.redundancyType = RedundancyType::HotStandby;
    primary.startInfo = backup.startInfo;
    primary.connections = backup.connections;

    const auto f = Validator::warnings(primary, config);
    ASSERT_EQ(f.size(), 2) << describe(f);
    EXPECT_EQ(codesOf(f), (QStringList{QStringLiteral("s7.backup-client-port-copied"),
                                       QStringLiteral("s7.backup-client-port-copied")}));
    EXPECT_EQ(f[0].field, QStringLiteral("startInfo.commandLineArguments"));
    EXPECT_EQ(f[1].field, QStringLiteral("connections[0].transportParams"));
    EXPECT_TRUE(f[0].message.contains(QStringLiteral("T-Server-2")) && f[0].message.contains(QStringLiteral("T-Server-1")));
    EXPECT_FALSE(hasErrors(Validator::validate(primary, config)));

    config.add(primary);
    EXPECT_EQ(Validator::warnings(storedBackup(), config).size(), 2);

    // The backup with its own values is clean.
    Application own = storedBackup();
    own.startInfo.commandLineArguments = QStringLiteral("-transport-port 5100");
    own.connections = {csConnection(confServ, QStringLiteral("port=5100"))};
    EXPECT_TRUE(clean(Validator::validate(own, config)));
}
