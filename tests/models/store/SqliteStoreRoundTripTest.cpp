// Every field of Host and Application survives save + reopen.
#include "tests/models/store/StoreTestSupport.h"

using namespace confman;
using namespace confman::test;

namespace {

Host fullHost(DbId folderId)
{
    Host h;
    h.name = QStringLiteral("voice-01");
    h.folderId = folderId;
    h.enabled = false;
    h.address = QStringLiteral("10.20.2.21");
    h.osType = OsType::Windows;
    h.lcaPort = 5999;
    h.certificateDescription = QStringLiteral("Issued by Contoso CA");
    h.setDefaultCertificate({QStringLiteral("3f 2a 91 c4"), {}, {}});
    h.annex.set(QStringLiteral("network"), QStringLiteral("vlan"), QStringLiteral("120"));
    h.annex.set(QStringLiteral("network"), QStringLiteral("empty"), QString()); // present, empty
    h.annex.set(QStringLiteral("Ünïcode section"), QStringLiteral("key with spaces"), QStringLiteral("value; with=odd \"chars\"\n"));
    return h;
}

} // namespace

TEST(SqliteStoreRoundTrip, HostEveryField)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("s.sqlite"));
    Host original;
    {
        auto store = openStore(path);
        const auto folder = store->save(Folder{0, 0, ObjectKind::Host, QStringLiteral("East"), 0});
        ASSERT_TRUE(folder.ok);
        original = fullHost(folder.id);
        const auto r = store->save(original);
        ASSERT_TRUE(r.ok);
        EXPECT_GT(r.id, 0);
        EXPECT_EQ(r.version, 1);
        original.id = r.id;
        original.version = r.version;
    }
    auto store = openStore(path);
    const auto loaded = store->host(original.id);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(*loaded, original);
    EXPECT_EQ(store->allHosts(), QVector<Host>{original});

    const auto summary = store->hostSummary(original.id);
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary->name, original.name);
    EXPECT_EQ(summary->address, original.address);
    EXPECT_EQ(summary->osType, OsType::Windows);
    EXPECT_EQ(summary->lcaPort, 5999);
    EXPECT_EQ(summary->folderId, original.folderId);
    EXPECT_FALSE(summary->enabled);
    EXPECT_EQ(store->hostIdByName(QStringLiteral("voice-01")), original.id);
    EXPECT_FALSE(store->hostIdByName(QStringLiteral("VOICE-01")).has_value());
}

TEST(SqliteStoreRoundTrip, ApplicationEveryField)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("s.sqlite"));
    Application client;
    DbId serverId = 0;
    DbId backupId = 0;
    {
        auto store = openStore(path);
        const DbId folderId = store->save(Folder{0, 0, ObjectKind::Application, QStringLiteral("Voice"), 0}).id;
        const DbId hostA = store->save(makeHost(QStringLiteral("a"))).id;
        const DbId hostB = store->save(makeHost(QStringLiteral("b"))).id;
        auto server = makeServer(QStringLiteral("TServer"), hostA, 3000, AppType::TServer);
        Port secure = makePort(QStringLiteral("secure"), 3002, ListeningMode::Secured);
        secure.transport = QStringLiteral("tls=1;certificate=/etc/pki/t.pem;certificate-key=/etc/pki/t.key");
        server.serverInfo.ports.append(secure);
        serverId = store->save(server).id;
        ASSERT_GT(serverId, 0);
        auto backup = makeServer(QStringLiteral("Stat_B"), hostB, 2061);
        backupId = store->save(backup).id;
        ASSERT_GT(backupId, 0);

        client.name = QStringLiteral("Stat");
        client.folderId = folderId;
        client.enabled = true;
        client.type = AppType::StatServer;
        client.templateVersion = QStringLiteral("8.5.110");
        client.hostId = hostA;
        Port def = makePort(QStringLiteral("default"), 2060);
        def.protocol = QStringLiteral("addp");
        Port ha = makePort(QStringLiteral("ha"), 2062);
        ha.haSync = true;
        client.serverInfo.ports = {def, ha};
        client.serverInfo.backupId = backupId;
        client.serverInfo.redundancyType = RedundancyType::HotStandby;
        client.serverInfo.reconnectTimeout = 25;
        client.serverInfo.reconnectAttempts = 4;
        client.startInfo = {QStringLiteral("/opt/genesys/stat"), QStringLiteral("./statserver"),
                            QStringLiteral("-host cfg-01 -port 2020 -app Stat"), 45, 30, true};
        Connection c1 = makeConnection(serverId, QStringLiteral("secure"));
        c1.protocol = QStringLiteral("addp");
        c1.addpLocalTimeout = 30;
        c1.addpRemoteTimeout = 60;
        c1.addpTrace = AddpTrace::Full;
        c1.transportParams = QStringLiteral("port=9000;address=10.0.0.5");
        Connection c2 = makeConnection(serverId, QStringLiteral("default"));
        client.connections = {c1, c2};
        client.options.set(QStringLiteral("log"), QStringLiteral("verbose"), QStringLiteral("all"));
        client.options.set(QStringLiteral("statserver"), QStringLiteral("accept-clients-in-backup-mode"),
                           QStringLiteral("yes"));
        client.annex.set(QStringLiteral("sml"), QStringLiteral("autostart"), QStringLiteral("true"));
        const auto r = store->save(client);
        ASSERT_TRUE(r.ok) << (r.findings.isEmpty() ? r.error : r.findings.first().message).toStdString();
        client.id = r.id;
        client.version = r.version;
    }
    auto store = openStore(path);
    const auto loaded = store->application(client.id);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(*loaded, client);
    const auto all = store->allApplications();
    ASSERT_EQ(all.size(), 3);
    EXPECT_TRUE(all.contains(client));

    const auto summary = store->applicationSummary(client.id);
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary->type, AppType::StatServer);
    EXPECT_EQ(summary->backupId, backupId);
    EXPECT_EQ(summary->portsText, QStringLiteral("default:2060, ha:2062 [HA sync]"));
    const auto serverSummary = store->applicationSummary(serverId);
    ASSERT_TRUE(serverSummary);
    EXPECT_EQ(serverSummary->portsText, QStringLiteral("default:3000, secure:3002 (secured)"));
    EXPECT_EQ(store->applicationSummaries().size(), 3);

    const auto counts = store->counts();
    EXPECT_EQ(counts.hosts, 2);
    EXPECT_EQ(counts.applications, 3);
    EXPECT_EQ(counts.ports, 5);
    EXPECT_EQ(counts.connections, 2);
    EXPECT_EQ(counts.folders, 1);
}

TEST(SqliteStoreRoundTrip, UpdateReplacesPortsAndConnectionsAndBumpsVersion)
{
    TempDir dir;
    auto store = openStore(dir.file(QStringLiteral("s.sqlite")));
    const DbId hostId = store->save(makeHost(QStringLiteral("h"))).id;
    const DbId serverId = store->save(makeServer(QStringLiteral("server"), hostId, 3000)).id;
    auto app = makeServer(QStringLiteral("client"), hostId, 4000);
    app.serverInfo.ports.append(makePort(QStringLiteral("extra"), 4001));
    app.connections = {makeConnection(serverId)};
    auto r = store->save(app);
    ASSERT_TRUE(r.ok);
    app = *store->application(r.id);
    app.serverInfo.ports.removeLast();
    app.connections.clear();
    r = store->save(app);
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(r.version, 2);
    const auto loaded = store->application(r.id);
    EXPECT_EQ(loaded->version, 2);
    EXPECT_EQ(loaded->serverInfo.ports.size(), 1);
    EXPECT_TRUE(loaded->connections.isEmpty());
    EXPECT_EQ(store->counts().ports, 2);
    EXPECT_EQ(store->counts().connections, 0);
    EXPECT_EQ(store->applicationSummary(r.id)->portsText, QStringLiteral("default:4000"));
}

TEST(SqliteStoreRoundTrip, GuiApplicationWithoutHost)
{
    TempDir dir;
    auto store = openStore(dir.file(QStringLiteral("s.sqlite")));
    Application app;
    app.name = QStringLiteral("default");
    app.type = AppType::ConfigurationManager;
    app.options.set(QStringLiteral("security"), QStringLiteral("inactivity-timeout"), QStringLiteral("15"));
    const auto r = store->save(app);
    ASSERT_TRUE(r.ok);
    app.id = r.id;
    app.version = r.version;
    EXPECT_EQ(*store->application(r.id), app);
    EXPECT_EQ(store->applicationSummary(r.id)->hostId, 0);
}

TEST(SqliteStoreRoundTrip, SignalsOnSave)
{
    TempDir dir;
    auto store = openStore(dir.file(QStringLiteral("s.sqlite")));
    QVector<ObjectRef> saved;
    QObject::connect(store.get(), &Store::objectSaved, [&](ObjectRef ref) { saved.append(ref); });
    const auto r = store->save(makeHost(QStringLiteral("h")));
    ASSERT_EQ(saved.size(), 1);
    EXPECT_EQ(saved.first(), (ObjectRef{ObjectKind::Host, r.id}));
    EXPECT_FALSE(store->save(makeHost(QStringLiteral("h"))).ok); // duplicate: no signal
    EXPECT_EQ(saved.size(), 1);
}
