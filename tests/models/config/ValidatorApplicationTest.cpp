// SPEC S1 / S5 / S6 rules for Applications, their ports, backup and connections.
#include "ConfigTestSupport.h"

#include <functional>

using namespace confman;
using namespace confman::test;

namespace {

class ValidatorApp : public ::testing::Test
{
protected:
    void SetUp() override
    {
        hostA = config.add(makeHost(QStringLiteral("host-a")));
        hostB = config.add(makeHost(QStringLiteral("host-b"), QStringLiteral("10.0.0.2")));
        confServ = config.add(makeServer(QStringLiteral("confserv"), hostA, AppType::ConfigurationServer,
                                         {makePort(QStringLiteral("default"), 2020),
                                          makePort(QStringLiteral("secure"), 2021, ListeningMode::Secured)}));
    }

    Findings check(const Application &app) const { return Validator::validate(app, config); }

    InMemoryConfiguration config;
    DbId hostA = 0;
    DbId hostB = 0;
    DbId confServ = 0;
};

} // namespace

TEST_F(ValidatorApp, ValidServerAndGuiHaveNoFindings)
{
    EXPECT_TRUE(clean(check(makeServer(QStringLiteral("TS1"), hostA))));
    EXPECT_TRUE(clean(check(makeGui(QStringLiteral("Confman")))));
    EXPECT_TRUE(clean(config.validateAll()));
}

TEST_F(ValidatorApp, NameRules)
{
    EXPECT_TRUE(onlyError(check(makeServer(QStringLiteral(" "), hostA)), QStringLiteral("name.empty"), QStringLiteral("name")));
    EXPECT_TRUE(onlyError(check(makeServer(QStringLiteral("TS1 "), hostA)), QStringLiteral("name.untrimmed"),
                          QStringLiteral("name")));
    EXPECT_TRUE(onlyError(check(makeServer(QStringLiteral("confserv"), hostB)), QStringLiteral("name.duplicate"),
                          QStringLiteral("name"), {QStringLiteral("confserv")}));
    Application self = *config.application(confServ);
    EXPECT_TRUE(clean(check(self)));
}

TEST_F(ValidatorApp, ServerNeedsExistingHost)
{
    EXPECT_TRUE(onlyError(check(makeServer(QStringLiteral("TS1"), 0)), QStringLiteral("app.host-missing"),
                          QStringLiteral("hostId"), {QStringLiteral("Host")}));
    EXPECT_TRUE(onlyError(check(makeServer(QStringLiteral("TS1"), 999)), QStringLiteral("app.host-not-found"),
                          QStringLiteral("hostId"), {QStringLiteral("Host"), QStringLiteral("999")}));
    Application gui = makeGui(QStringLiteral("CME"));
    EXPECT_TRUE(clean(check(gui))); // a GUI application may have no host
    gui.hostId = 999;
    EXPECT_TRUE(onlyError(check(gui), QStringLiteral("app.host-not-found"), QStringLiteral("hostId")));
}

TEST_F(ValidatorApp, ServerNeedsAPort)
{
    Application a = makeServer(QStringLiteral("TS1"), hostA);
    a.serverInfo.ports.clear();
    EXPECT_TRUE(onlyError(check(a), QStringLiteral("ports.none"), QStringLiteral("ports"), {QStringLiteral("Ports")}));
}

TEST_F(ValidatorApp, ServerNeedsDefaultPort)
{
    Application a = makeServer(QStringLiteral("TS1"), hostA, AppType::TServer, {makePort(QStringLiteral("main"), 7000)});
    EXPECT_TRUE(onlyError(check(a), QStringLiteral("ports.default-missing"), QStringLiteral("ports"),
                          {QStringLiteral("`default`")}));
    // Order does not matter: `default` may be any of the ports.
    a.serverInfo.ports.append(makePort(QStringLiteral("default"), 7001));
    EXPECT_TRUE(clean(check(a)));
}

TEST_F(ValidatorApp, PortNumberRange)
{
    for (int bad : {0, -5, 65536}) {
        Application a = makeServer(QStringLiteral("TS1"), hostA, AppType::TServer, {makePort(QStringLiteral("default"), bad)});
        EXPECT_TRUE(onlyError(check(a), QStringLiteral("port.range"), QStringLiteral("ports[default].port"),
                              {QStringLiteral("Communication Port"), QString::number(bad)}));
    }
    EXPECT_TRUE(clean(check(makeServer(QStringLiteral("TS1"), hostA, AppType::TServer,
                                       {makePort(QStringLiteral("default"), 65535)}))));
}

TEST_F(ValidatorApp, PortIdEmptyOrDuplicate)
{
    Application a = makeServer(QStringLiteral("TS1"), hostA, AppType::TServer,
                               {makePort(QStringLiteral("default"), 7000), makePort(QString(), 7001)});
    EXPECT_TRUE(onlyError(check(a), QStringLiteral("port.id-empty"), QStringLiteral("ports[1].id"),
                          {QStringLiteral("Port ID")}));
    a.serverInfo.ports[1].id = QStringLiteral("default");
    EXPECT_TRUE(onlyError(check(a), QStringLiteral("port.id-duplicate"), QStringLiteral("ports[default].id"),
                          {QStringLiteral("Port ID `default`"), QStringLiteral("unique")}));
}

TEST_F(ValidatorApp, PortNumberUniqueOnHostAmongEnabledServers)
{
    // confserv (enabled, host-a) uses 2020.
    Application clash = makeServer(QStringLiteral("TS1"), hostA, AppType::TServer, {makePort(QStringLiteral("default"), 2020)});
    EXPECT_TRUE(onlyError(check(clash), QStringLiteral("port.duplicate-on-host"), QStringLiteral("ports[default].port"),
                          {QStringLiteral("2020"), QStringLiteral("confserv"), QStringLiteral("`default`")}));

    Application otherHost = clash;
    otherHost.hostId = hostB;
    EXPECT_TRUE(clean(check(otherHost)));

    Application disabled = clash;
    disabled.enabled = false; // only checked when the application itself is enabled
    EXPECT_TRUE(clean(check(disabled)));

    Application cs = *config.application(confServ);
    cs.enabled = false;
    config.replace(cs); // a disabled application does not hold its port
    EXPECT_TRUE(clean(check(clash)));
}

TEST_F(ValidatorApp, PortNumberNotUsedTwiceInOneApplication)
{
    Application a = makeServer(QStringLiteral("TS1"), hostA, AppType::TServer,
                               {makePort(QStringLiteral("default"), 7000), makePort(QStringLiteral("ha"), 7000)});
    EXPECT_TRUE(onlyError(check(a), QStringLiteral("port.duplicate-in-application"), QStringLiteral("ports[ha].port"),
                          {QStringLiteral("7000"), QStringLiteral("`default`")}));
}

TEST_F(ValidatorApp, SavingItselfDoesNotClashWithItsOwnStoredPorts)
{
    Application cs = *config.application(confServ);
    cs.serverInfo.reconnectAttempts = 3;
    EXPECT_TRUE(clean(check(cs)));
}

TEST_F(ValidatorApp, AutoDetectOnlyOnConfigurationServer)
{
    Application cs = *config.application(confServ);
    cs.serverInfo.ports[1].listeningMode = ListeningMode::AutoDetect;
    EXPECT_TRUE(clean(check(cs)));
    for (AppType type : {AppType::TServer, AppType::ConfigurationServerProxy}) {
        Application a = makeServer(QStringLiteral("X"), hostB, type,
                                   {makePort(QStringLiteral("default"), 7000, ListeningMode::AutoDetect)});
        EXPECT_TRUE(onlyError(check(a), QStringLiteral("port.auto-detect-not-config-server"),
                              QStringLiteral("ports[default].listeningMode"), {QStringLiteral("Auto Detect")}));
    }
}

TEST_F(ValidatorApp, PortTransportMustParse)
{
    Application a = makeServer(QStringLiteral("TS1"), hostA, AppType::TServer,
                               {makePort(QStringLiteral("default"), 7000, ListeningMode::Secured, false,
                                         QStringLiteral("tls=1; certificate=x"))});
    EXPECT_TRUE(onlyError(check(a), QStringLiteral("port.transport-invalid"), QStringLiteral("ports[default].transport"),
                          {QStringLiteral("space after ';' at column 7"), QStringLiteral("Transport")}));
    a.serverInfo.ports[0].transport = QStringLiteral("tls=1;certificate=x");
    EXPECT_TRUE(clean(check(a)));
}

TEST_F(ValidatorApp, UnsecuredPortWithTlsIsRefused)
{
    Application a = makeServer(QStringLiteral("TS1"), hostA, AppType::TServer,
                               {makePort(QStringLiteral("default"), 7000, ListeningMode::Unsecured, false,
                                         QStringLiteral("tls=1"))});
    EXPECT_TRUE(onlyError(check(a), QStringLiteral("port.transport-contradicts-mode"),
                          QStringLiteral("ports[default].transport"), {QStringLiteral("tls=1"), QStringLiteral("Unsecured")}));
    a.serverInfo.ports[0].transport = QStringLiteral("tls=0");
    EXPECT_TRUE(clean(check(a)));
}

TEST_F(ValidatorApp, SecuredPortWithExplicitTlsOffOnlyWarns)
{
    Application a = makeServer(QStringLiteral("TS1"), hostA, AppType::TServer,
                               {makePort(QStringLiteral("default"), 7000, ListeningMode::Secured, false,
                                         QStringLiteral("tls=0"))});
    const auto f = check(a);
    EXPECT_FALSE(hasErrors(f));
    EXPECT_TRUE(onlyWarning(f, QStringLiteral("port.transport-tls-off-on-secured"), QStringLiteral("ports[default].transport")));
    a.serverInfo.ports[0].transport.clear();
    EXPECT_TRUE(clean(check(a)));
}

TEST_F(ValidatorApp, NegativeTimeoutsAreRefused)
{
    struct Case
    {
        std::function<void(Application &)> set;
        const char *code;
        const char *field;
    };
    const QVector<Case> cases{
        {[](Application &a) { a.serverInfo.reconnectTimeout = -1; }, "server.reconnect-timeout-negative", "reconnectTimeout"},
        {[](Application &a) { a.serverInfo.reconnectAttempts = -1; }, "server.reconnect-attempts-negative", "reconnectAttempts"},
        {[](Application &a) { a.startInfo.startupTimeout = -1; }, "startinfo.timeout-negative", "startInfo.startupTimeout"},
        {[](Application &a) { a.startInfo.shutdownTimeout = -3; }, "startinfo.timeout-negative", "startInfo.shutdownTimeout"},
    };
    for (const auto &c : cases) {
        Application a = makeServer(QStringLiteral("TS1"), hostA);
        c.set(a);
        EXPECT_TRUE(onlyError(check(a), QString::fromUtf8(c.code), QString::fromUtf8(c.field), {QStringLiteral("negative")}));
    }
    Application zero = makeServer(QStringLiteral("TS1"), hostA);
    zero.serverInfo.reconnectTimeout = zero.serverInfo.reconnectAttempts = 0;
    zero.startInfo.startupTimeout = zero.startInfo.shutdownTimeout = 0;
    EXPECT_TRUE(clean(check(zero)));
}

TEST_F(ValidatorApp, GuiApplicationsCarryNoServerInfo)
{
    Application gui = makeGui(QStringLiteral("CME"));
    gui.serverInfo.ports = {makePort(QStringLiteral("default"), 7000)};
    EXPECT_TRUE(onlyError(check(gui), QStringLiteral("app.gui-has-ports"), QStringLiteral("ports"),
                          {QStringLiteral("GUI")}));
    Application withBackup = makeGui(QStringLiteral("SCI"), AppType::SolutionControlInterface);
    withBackup.serverInfo.backupId = confServ;
    EXPECT_TRUE(onlyError(check(withBackup), QStringLiteral("app.gui-has-backup"), QStringLiteral("backupId"),
                          {QStringLiteral("Backup Server")}));
}

TEST_F(ValidatorApp, OptionAndAnnexNamesAreChecked)
{
    Application a = makeServer(QStringLiteral("TS1"), hostA);
    a.options.set(QStringLiteral("log"), QStringLiteral("verbose"), QStringLiteral("all"));
    a.options.set(QStringLiteral("log"), QStringLiteral("empty"), QString());
    EXPECT_TRUE(clean(check(a)));
    a.options.set(QStringLiteral("log"), QStringLiteral("x=y"), QStringLiteral("1"));
    EXPECT_TRUE(onlyError(check(a), QStringLiteral("option.key-name-invalid"), QStringLiteral("options[log].x=y")));
    Application b = makeServer(QStringLiteral("TS2"), hostA, AppType::TServer, {makePort(QStringLiteral("default"), 7002)});
    b.annex.set(QStringLiteral("sec=tion"), QStringLiteral("k"), QStringLiteral("v"));
    EXPECT_TRUE(onlyError(check(b), QStringLiteral("option.section-name-invalid"), QStringLiteral("annex[sec=tion]")));
}

TEST_F(ValidatorApp, RedundancyTypeMustBeOfferedForTheType)
{
    Application sip = makeServer(QStringLiteral("SIP1"), hostA, AppType::SipServer);
    sip.serverInfo.redundancyType = RedundancyType::WarmStandby; // SIP Server: hot standby only
    EXPECT_TRUE(onlyError(check(sip), QStringLiteral("backup.redundancy-type-not-offered"),
                          QStringLiteral("redundancyType"), {QStringLiteral("Warm Standby"), QStringLiteral("SIP Server")}));
    sip.serverInfo.redundancyType = RedundancyType::HotStandby;
    EXPECT_TRUE(clean(check(sip)));
}
