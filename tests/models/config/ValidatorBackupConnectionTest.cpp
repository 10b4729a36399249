// SPEC S1.3 connections and S6 backup servers.
#include "ConfigTestSupport.h"

using namespace confman;
using namespace confman::test;

namespace {

class ValidatorRefs : public ::testing::Test
{
protected:
    void SetUp() override
    {
        hostA = config.add(makeHost(QStringLiteral("host-a")));
        hostB = config.add(makeHost(QStringLiteral("host-b"), QStringLiteral("10.0.0.2")));
        confServ = config.add(makeServer(QStringLiteral("confserv"), hostA, AppType::ConfigurationServer,
                                         {makePort(QStringLiteral("default"), 2020),
                                          makePort(QStringLiteral("secure"), 2021, ListeningMode::Secured)}));
        tsBackup = config.add(makeServer(QStringLiteral("TS2"), hostB, AppType::TServer));
        gui = config.add(makeGui(QStringLiteral("CME")));
    }

    Application primary() const
    {
        Application a = makeServer(QStringLiteral("TS1"), hostA);
        a.serverInfo.backupId = tsBackup;
        a.serverInfo.redundancyType = RedundancyType::HotStandby;
        return a;
    }

    Application client(Connection c) const
    {
        Application a = makeServer(QStringLiteral("Stat1"), hostB, AppType::StatServer,
                                   {makePort(QStringLiteral("default"), 7100)});
        a.connections = {c};
        return a;
    }

    Connection to(DbId server, const QString &portId = QStringLiteral("default")) const
    {
        Connection c;
        c.serverId = server;
        c.portId = portId;
        return c;
    }

    Findings check(const Application &app) const { return Validator::validate(app, config); }

    InMemoryConfiguration config;
    DbId hostA = 0, hostB = 0, confServ = 0, tsBackup = 0, gui = 0;
};

} // namespace

TEST_F(ValidatorRefs, ValidConnection)
{
    EXPECT_TRUE(clean(check(client(to(confServ)))));
    EXPECT_TRUE(clean(check(client(to(confServ, QStringLiteral("secure"))))));
}

TEST_F(ValidatorRefs, ConnectionServerMustExist)
{
    EXPECT_TRUE(onlyError(check(client(to(0))), QStringLiteral("connection.server-missing"),
                          QStringLiteral("connections[0].serverId"), {QStringLiteral("Server")}));
    EXPECT_TRUE(onlyError(check(client(to(777))), QStringLiteral("connection.server-missing"),
                          QStringLiteral("connections[0].serverId"), {QStringLiteral("777")}));
}

TEST_F(ValidatorRefs, ConnectionServerMustBeAServer)
{
    EXPECT_TRUE(onlyError(check(client(to(gui))), QStringLiteral("connection.server-not-server"),
                          QStringLiteral("connections[0].serverId"), {QStringLiteral("CME"), QStringLiteral("GUI")}));
}

TEST_F(ValidatorRefs, ConnectionToItselfIsRefused)
{
    Application cs = *config.application(confServ);
    cs.connections = {to(confServ)};
    EXPECT_TRUE(onlyError(check(cs), QStringLiteral("connection.self"), QStringLiteral("connections[0].serverId"),
                          {QStringLiteral("itself")}));
}

TEST_F(ValidatorRefs, ConnectionPortIdMustExistOnServer)
{
    Application a = client(to(confServ, QStringLiteral("default")));
    a.connections.append(to(confServ, QStringLiteral("nope")));
    EXPECT_TRUE(onlyError(check(a), QStringLiteral("connection.port-missing"), QStringLiteral("connections[1].portId"),
                          {QStringLiteral("confserv"), QStringLiteral("`nope`"), QStringLiteral("Port ID")}));
}

TEST_F(ValidatorRefs, AddpTimeoutsNonNegative)
{
    Connection c = to(confServ);
    c.addpLocalTimeout = -1;
    EXPECT_TRUE(onlyError(check(client(c)), QStringLiteral("connection.addp-timeout-negative"),
                          QStringLiteral("connections[0].addpLocalTimeout"), {QStringLiteral("ADDP local timeout")}));
    c.addpLocalTimeout = 30;
    c.addpRemoteTimeout = -2;
    EXPECT_TRUE(onlyError(check(client(c)), QStringLiteral("connection.addp-timeout-negative"),
                          QStringLiteral("connections[0].addpRemoteTimeout"), {QStringLiteral("ADDP remote timeout")}));
    c.addpRemoteTimeout = 0;
    EXPECT_TRUE(clean(check(client(c))));
}

TEST_F(ValidatorRefs, ConnectionTransportParamsMustParse)
{
    Connection c = to(confServ);
    c.transportParams = QStringLiteral("port=70000");
    EXPECT_TRUE(onlyError(check(client(c)), QStringLiteral("connection.transport-params-invalid"),
                          QStringLiteral("connections[0].transportParams"),
                          {QStringLiteral("Transport Protocol Parameters"), QStringLiteral("column 6")}));
    c.transportParams = QStringLiteral("port=5000;address=10.0.0.7");
    EXPECT_TRUE(clean(check(client(c))));
}

TEST_F(ValidatorRefs, ValidBackup)
{
    EXPECT_TRUE(clean(check(primary())));
}

TEST_F(ValidatorRefs, BackupMustExist)
{
    Application a = primary();
    a.serverInfo.backupId = 555;
    EXPECT_TRUE(onlyError(check(a), QStringLiteral("backup.not-found"), QStringLiteral("backupId"),
                          {QStringLiteral("Backup Server"), QStringLiteral("555")}));
}

TEST_F(ValidatorRefs, BackupMustHaveSameType)
{
    Application a = primary();
    a.serverInfo.backupId = confServ;
    EXPECT_TRUE(onlyError(check(a), QStringLiteral("backup.type-mismatch"), QStringLiteral("backupId"),
                          {QStringLiteral("confserv"), QStringLiteral("Configuration Server"), QStringLiteral("T-Server")}));
}

TEST_F(ValidatorRefs, BackupCannotBeItself)
{
    Application ts2 = *config.application(tsBackup);
    ts2.serverInfo.backupId = tsBackup;
    EXPECT_TRUE(onlyError(check(ts2), QStringLiteral("backup.self"), QStringLiteral("backupId")));
}

TEST_F(ValidatorRefs, BackupServesOnePrimary)
{
    config.add(primary()); // TS1 -> TS2
    Application other = makeServer(QStringLiteral("TS3"), hostA, AppType::TServer, {makePort(QStringLiteral("default"), 7300)});
    other.serverInfo.backupId = tsBackup;
    other.serverInfo.redundancyType = RedundancyType::WarmStandby;
    EXPECT_TRUE(onlyError(check(other), QStringLiteral("backup.already-backup"), QStringLiteral("backupId"),
                          {QStringLiteral("TS2"), QStringLiteral("TS1")}));
    // Re-saving TS1 itself is fine.
    const auto ts1 = *config.application(*config.applicationIdByName(QStringLiteral("TS1")));
    EXPECT_FALSE(hasErrors(check(ts1)));
}

TEST_F(ValidatorRefs, BackupsCannotBackEachOtherUp)
{
    const DbId ts1 = config.add(primary());
    Application ts2 = *config.application(tsBackup);
    ts2.serverInfo.backupId = ts1;
    ts2.serverInfo.redundancyType = RedundancyType::HotStandby;
    const auto f = check(ts2);
    EXPECT_TRUE(codesOf(errorsOf(f)).contains(QStringLiteral("backup.cycle"))) << describe(f);
}

TEST_F(ValidatorRefs, BackupWithNotSpecifiedRedundancyWarnsOnly)
{
    Application a = primary();
    a.serverInfo.redundancyType = RedundancyType::NotSpecified;
    const auto f = check(a);
    EXPECT_FALSE(hasErrors(f));
    EXPECT_TRUE(onlyWarning(f, QStringLiteral("backup.redundancy-not-specified"), QStringLiteral("redundancyType"),
                            {QStringLiteral("TS2"), QStringLiteral("Not Specified")}));
}
