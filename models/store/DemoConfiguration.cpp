#include "models/store/DemoConfiguration.h"

namespace confman {

namespace {

const QString kDomain = QStringLiteral(".contoso.example");

// Made-up SHA-1 thumbprints of the Windows hosts' certificates.
QString thumbprintOf(const QString &host)
{
    return host == QLatin1String("voice-01") ? QStringLiteral("3f 2a 91 c4 7d 0e 55 b8 19 6c e2 a0 44 7b d3 9f 81 c6 0d 2e")
                                             : QStringLiteral("a7 04 5e 18 c2 9b 6d f0 33 81 4a e7 0c 95 b2 6f d8 21 7a 4c");
}

Host makeHost(const QString &name, const QString &ip, OsType os, DbId folderId)
{
    Host h;
    h.name = name;
    h.address = name + kDomain;
    h.osType = os;
    h.folderId = folderId;
    h.annex.set(QStringLiteral("network"), QStringLiteral("ip-address"), ip);
    if (os == OsType::Windows) {
        // Windows hosts name their certificate by thumbprint (SPEC S4.1).
        h.setDefaultCertificate({thumbprintOf(name), {}, {}});
        h.certificateDescription = QStringLiteral("Contoso issuing CA, host certificate");
    } else {
        h.setDefaultCertificate({QStringLiteral("/etc/pki/genesys/%1.pem").arg(name),
                                 QStringLiteral("/etc/pki/genesys/%1.key").arg(name),
                                 QStringLiteral("/etc/pki/genesys/ca.pem")});
        h.certificateDescription = QStringLiteral("Contoso issuing CA, host certificate");
    }
    return h;
}

Port makePort(const QString &id, int number, ListeningMode mode = ListeningMode::Unsecured,
              const QString &transport = {})
{
    Port p;
    p.id = id;
    p.port = number;
    p.listeningMode = mode;
    p.transport = transport;
    return p;
}

Connection connectTo(DbId serverId, const QString &portId, bool addp = true)
{
    Connection c;
    c.serverId = serverId;
    c.portId = portId;
    if (addp) {
        c.protocol = QStringLiteral("addp");
        c.addpLocalTimeout = 30;
        c.addpRemoteTimeout = 60;
    }
    return c;
}

// The common shape of a server application: Start Info pointing at the
// Configuration Server, a log section.
Application makeServer(const QString &name, AppType type, const Host &host, DbId folderId, const QString &binary,
                       const QVector<Port> &ports)
{
    Application a;
    a.name = name;
    a.type = type;
    a.templateVersion = QStringLiteral("8.5.1");
    a.hostId = host.id;
    a.folderId = folderId;
    a.serverInfo.ports = ports;
    const bool windows = host.osType == OsType::Windows;
    a.startInfo.workingDirectory = windows ? QStringLiteral("C:\\GCTI\\%1").arg(name)
                                           : QStringLiteral("/opt/genesys/%1").arg(name);
    a.startInfo.commandLine = windows ? binary + QStringLiteral(".exe") : QStringLiteral("./") + binary;
    a.startInfo.commandLineArguments =
        QStringLiteral("-host cfg-01%1 -port 2020 -app %2").arg(kDomain, name);
    a.startInfo.autoRestart = true;
    a.options.set(QStringLiteral("log"), QStringLiteral("verbose"), QStringLiteral("standard"));
    a.options.set(QStringLiteral("log"), QStringLiteral("all"),
                  windows ? QStringLiteral("stdout, logs\\%1").arg(name) : QStringLiteral("stdout, logs/%1").arg(name));
    a.options.set(QStringLiteral("log"), QStringLiteral("segment"), QStringLiteral("10000"));
    a.options.set(QStringLiteral("log"), QStringLiteral("expire"), QStringLiteral("20"));
    a.annex.set(QStringLiteral("sml"), QStringLiteral("autostart"), QStringLiteral("true"));
    return a;
}

QString linuxTls(const QString &host)
{
    return QStringLiteral("tls=1;certificate=/etc/pki/genesys/%1.pem;certificate-key=/etc/pki/genesys/%1.key;"
                          "trusted-ca=/etc/pki/genesys/ca.pem")
        .arg(host);
}

QString windowsTls(const QString &host) { return QStringLiteral("tls=1;certificate=") + thumbprintOf(host); }

class Seeder
{
public:
    explicit Seeder(Store &store) : m_store(store) {}

    template <typename Object>
    DbId save(Object &object)
    {
        if (!m_result.error.isEmpty() || hasErrors(m_result.findings))
            return 0;
        const auto r = m_store.save(object);
        m_result.findings += r.findings;
        if (!r.ok && r.error.isEmpty() && !hasErrors(r.findings))
            m_result.error = QStringLiteral("\"%1\" could not be saved.").arg(object.name);
        else if (!r.ok)
            m_result.error = r.error;
        object.id = r.id;
        object.version = r.version;
        return r.id;
    }
    bool ok() const { return m_result.error.isEmpty() && !hasErrors(m_result.findings); }
    SaveResult result() const { return m_result; }

private:
    Store &m_store;
    SaveResult m_result;
};

void seed(Seeder &s)
{
    Folder dataCenter{0, 0, ObjectKind::Host, QStringLiteral("Data Center East"), 0};
    Folder framework{0, 0, ObjectKind::Application, QStringLiteral("Framework"), 0};
    Folder voice{0, 0, ObjectKind::Application, QStringLiteral("Voice"), 0};
    Folder reporting{0, 0, ObjectKind::Application, QStringLiteral("Reporting"), 0};
    Folder outbound{0, 0, ObjectKind::Application, QStringLiteral("Outbound"), 0};
    for (auto *f : {&dataCenter, &framework, &voice, &reporting, &outbound})
        s.save(*f);

    Host cfg01 = makeHost(QStringLiteral("cfg-01"), QStringLiteral("10.20.1.11"), OsType::Linux, dataCenter.id);
    Host cfg02 = makeHost(QStringLiteral("cfg-02"), QStringLiteral("10.20.1.12"), OsType::Linux, dataCenter.id);
    Host voice01 = makeHost(QStringLiteral("voice-01"), QStringLiteral("10.20.2.21"), OsType::Windows, dataCenter.id);
    Host voice02 = makeHost(QStringLiteral("voice-02"), QStringLiteral("10.20.2.22"), OsType::Windows, dataCenter.id);
    for (auto *h : {&cfg01, &cfg02, &voice01, &voice02})
        s.save(*h);

    // Configuration Server pair: `default` for plain clients, `secure` upgrades (Auto Detect).
    const auto confservPorts = [](const QString &host) {
        return QVector<Port>{makePort(QStringLiteral("default"), 2020),
                             makePort(QStringLiteral("secure"), 2021, ListeningMode::AutoDetect, linuxTls(host))};
    };
    Application confservBackup = makeServer(QStringLiteral("confserv_backup"), AppType::ConfigurationServer, cfg02,
                                            framework.id, QStringLiteral("confserv"), confservPorts(cfg02.name));
    confservBackup.startInfo.commandLineArguments = QStringLiteral("-c confserv.conf -s");
    s.save(confservBackup);
    Application dbserver = makeServer(QStringLiteral("dbserver"), AppType::DbServer, cfg01, framework.id,
                                      QStringLiteral("dbserver"), {makePort(QStringLiteral("default"), 4040)});
    dbserver.startInfo.commandLineArguments = QStringLiteral("-c dbserver.conf");
    dbserver.options.set(QStringLiteral("dbserver"), QStringLiteral("dbprocesses_per_client"), QStringLiteral("1"));
    s.save(dbserver);
    Application confserv = makeServer(QStringLiteral("confserv"), AppType::ConfigurationServer, cfg01, framework.id,
                                      QStringLiteral("confserv"), confservPorts(cfg01.name));
    confserv.startInfo.commandLineArguments = QStringLiteral("-c confserv.conf");
    confserv.serverInfo.backupId = confservBackup.id;
    confserv.serverInfo.redundancyType = RedundancyType::WarmStandby;
    confserv.connections = {connectTo(dbserver.id, QStringLiteral("default"))};
    confserv.options.set(QStringLiteral("confserv"), QStringLiteral("port"), QStringLiteral("2020"));
    confserv.options.set(QStringLiteral("confserv"), QStringLiteral("management-port"), QStringLiteral("2022"));
    s.save(confserv);

    Application messageServer = makeServer(QStringLiteral("MessageServer"), AppType::MessageServer, cfg02,
                                           framework.id, QStringLiteral("MessageServer"),
                                           {makePort(QStringLiteral("default"), 4020)});
    s.save(messageServer);
    Application scs = makeServer(QStringLiteral("SCS"), AppType::SolutionControlServer, cfg02, framework.id,
                                 QStringLiteral("scs"), {makePort(QStringLiteral("default"), 4010)});
    scs.connections = {connectTo(messageServer.id, QStringLiteral("default"))};
    scs.options.set(QStringLiteral("general"), QStringLiteral("alive_timeout"), QStringLiteral("30"));
    s.save(scs);

    // T-Server pair in Hot Standby: the same Port IDs and listening modes on
    // both, with an HA sync port each (SPEC S6).
    const auto tserverPorts = [](const QString &transport) {
        Port ha = makePort(QStringLiteral("ha"), 3001);
        ha.haSync = true;
        return QVector<Port>{makePort(QStringLiteral("default"), 3000), ha,
                             makePort(QStringLiteral("secure"), 3002, ListeningMode::Secured, transport)};
    };
    Application tserverBackup =
        makeServer(QStringLiteral("TServer_SIP_B"), AppType::TServer, voice02, voice.id, QStringLiteral("tserver"),
                   tserverPorts(windowsTls(voice02.name)));
    tserverBackup.serverInfo.redundancyType = RedundancyType::HotStandby;
    s.save(tserverBackup);
    Application tserver = makeServer(
        QStringLiteral("TServer_SIP"), AppType::TServer, voice01, voice.id, QStringLiteral("tserver"),
        tserverPorts(windowsTls(voice01.name)));
    tserver.serverInfo.backupId = tserverBackup.id;
    tserver.serverInfo.redundancyType = RedundancyType::HotStandby;
    tserver.connections = {connectTo(messageServer.id, QStringLiteral("default"), false)};
    tserver.options.set(QStringLiteral("TServer"), QStringLiteral("ha-sync-dly-lnk-conn"), QStringLiteral("true"));
    s.save(tserver);

    Application statServer = makeServer(QStringLiteral("StatServer"), AppType::StatServer, cfg02, reporting.id,
                                        QStringLiteral("statserver"), {makePort(QStringLiteral("default"), 2060)});
    // Reaches the T-Server over TLS: its `secure` port is Secured.
    statServer.connections = {connectTo(tserver.id, QStringLiteral("secure")),
                              connectTo(messageServer.id, QStringLiteral("default"), false)};
    statServer.options.set(QStringLiteral("statserver"), QStringLiteral("reconnect-timeout"), QStringLiteral("10"));
    s.save(statServer);

    Application ocs = makeServer(QStringLiteral("OCServer"), AppType::OutboundContactServer, voice01, outbound.id,
                                 QStringLiteral("cm_server"), {makePort(QStringLiteral("default"), 7000)});
    ocs.connections = {connectTo(tserver.id, QStringLiteral("default")),
                       connectTo(statServer.id, QStringLiteral("default")),
                       connectTo(dbserver.id, QStringLiteral("default"))};
    ocs.options.set(QStringLiteral("OCServer"), QStringLiteral("predictive_algorithm"), QStringLiteral("small_group"));
    s.save(ocs);

    // Confman logs in as this Configuration Manager application (SPEC S1.1, type 19).
    Application self;
    self.name = QStringLiteral("default");
    self.type = AppType::ConfigurationManager;
    self.templateVersion = QStringLiteral("8.5.1");
    self.folderId = framework.id;
    self.options.set(QStringLiteral("security"), QStringLiteral("inactivity-timeout"), QStringLiteral("15"));
    self.annex.set(QStringLiteral("banner"), QStringLiteral("enabled"), QStringLiteral("true"));
    s.save(self);
}

} // namespace

SaveResult seedDemoConfiguration(Store &store)
{
    Seeder seeder(store);
    const bool committed = store.runInTransaction([&] {
        seed(seeder);
        return seeder.ok();
    });
    SaveResult result = seeder.result();
    result.ok = committed && seeder.ok();
    if (!result.ok && result.error.isEmpty() && !hasErrors(result.findings))
        result.error = QStringLiteral("The demo configuration could not be saved to %1.").arg(store.location());
    return result;
}

} // namespace confman
