// Export and import of the whole configuration over real SQLite stores.
#include "models/store/DemoConfiguration.h"
#include "models/store/JsonExchange.h"

#include "tests/models/store/StoreTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace confman;
using namespace confman::test;

namespace {

std::string joined(const QStringList &lines) { return lines.join(QLatin1Char('\n')).toStdString(); }

std::unique_ptr<SqliteStore> demoStore(const TempDir &dir, const QString &name = QStringLiteral("demo.sqlite"))
{
    auto store = openStore(dir.file(name));
    const SaveResult seeded = seedDemoConfiguration(*store);
    EXPECT_TRUE(seeded.ok) << seeded.error.toStdString();
    return store;
}

QJsonObject parse(const QByteArray &json) { return QJsonDocument::fromJson(json).object(); }

QJsonObject byName(const QJsonArray &array, const QString &name)
{
    for (const auto &v : array)
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject();
    return {};
}

QJsonObject hostJson(const QString &name, int lcaPort = 4999)
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("address"), name + QStringLiteral(".contoso.example")},
                       {QStringLiteral("osType"), QStringLiteral("Linux")},
                       {QStringLiteral("lcaPort"), lcaPort}};
}

QJsonObject serverJson(const QString &name, const QString &host, int port, const QString &type = QStringLiteral("Stat Server"))
{
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("type"), type},
        {QStringLiteral("host"), host},
        {QStringLiteral("ports"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("default")}, {QStringLiteral("port"), port}}}}};
}

QByteArray document(const QJsonArray &hosts, const QJsonArray &applications, const QJsonArray &folders = {})
{
    return QJsonDocument(QJsonObject{{QStringLiteral("formatVersion"), 1},
                                     {QStringLiteral("folders"), folders},
                                     {QStringLiteral("hosts"), hosts},
                                     {QStringLiteral("applications"), applications}})
        .toJson();
}

bool anyStartsWith(const QStringList &lines, const QString &prefix)
{
    return std::any_of(lines.cbegin(), lines.cend(), [&](const QString &l) { return l.startsWith(prefix); });
}

} // namespace

TEST(JsonExchange, DemoConfigurationRoundTripsByteIdentical)
{
    TempDir dir;
    auto source = demoStore(dir);
    const QByteArray first = JsonExchange::exportJson(*source);

    auto target = openStore(dir.file(QStringLiteral("empty.sqlite")));
    const ImportResult imported = JsonExchange::importJson(*target, first);
    ASSERT_TRUE(imported.ok()) << joined(imported.problems);
    const ObjectCounts before = source->counts(), after = target->counts();
    EXPECT_EQ(imported.hostsCreated, before.hosts);
    EXPECT_EQ(imported.applicationsCreated, before.applications);
    EXPECT_EQ(imported.foldersCreated, before.folders);
    EXPECT_EQ(after.ports, before.ports);
    EXPECT_EQ(after.connections, before.connections);

    const QByteArray second = JsonExchange::exportJson(*target);
    EXPECT_EQ(second, first);
    // And the same bytes again from an unchanged store (no hidden ordering by id or time).
    EXPECT_EQ(JsonExchange::exportJson(*source), first);
}

TEST(JsonExchange, ExportHasTheDocumentedKeys)
{
    TempDir dir;
    auto store = demoStore(dir);
    const QJsonObject doc = parse(JsonExchange::exportJson(*store));

    EXPECT_EQ(doc.value(QStringLiteral("formatVersion")).toInt(), 1);
    const QJsonArray hosts = doc.value(QStringLiteral("hosts")).toArray();
    const QJsonArray apps = doc.value(QStringLiteral("applications")).toArray();
    ASSERT_FALSE(hosts.isEmpty());
    ASSERT_FALSE(apps.isEmpty());

    const QJsonObject cfg01 = byName(hosts, QStringLiteral("cfg-01"));
    EXPECT_EQ(cfg01.value(QStringLiteral("address")).toString(), QStringLiteral("cfg-01.contoso.example"));
    EXPECT_EQ(cfg01.value(QStringLiteral("osType")).toString(), QStringLiteral("Linux"));
    EXPECT_EQ(cfg01.value(QStringLiteral("lcaPort")).toInt(), 4999);
    EXPECT_EQ(cfg01.value(QStringLiteral("folder")).toArray(), QJsonArray{QStringLiteral("Data Center East")});
    EXPECT_EQ(cfg01.value(QStringLiteral("annex"))[QStringLiteral("network")][QStringLiteral("ip-address")].toString(),
              QStringLiteral("10.20.1.11"));

    const QJsonObject confserv = byName(apps, QStringLiteral("confserv"));
    EXPECT_EQ(confserv.value(QStringLiteral("type")).toString(), QStringLiteral("Configuration Server"));
    EXPECT_EQ(confserv.value(QStringLiteral("host")).toString(), QStringLiteral("cfg-01"));
    EXPECT_EQ(confserv.value(QStringLiteral("backup")).toString(), QStringLiteral("confserv_backup"));
    EXPECT_EQ(confserv.value(QStringLiteral("redundancyType")).toString(), QStringLiteral("warm-standby"));
    const QJsonArray ports = confserv.value(QStringLiteral("ports")).toArray();
    ASSERT_EQ(ports.size(), 2);
    EXPECT_EQ(ports[0][QStringLiteral("id")].toString(), QStringLiteral("default"));
    EXPECT_EQ(ports[1][QStringLiteral("listeningMode")].toString(), QStringLiteral("auto-detect"));
    EXPECT_TRUE(ports[1][QStringLiteral("haSync")].isBool());
    const QJsonArray connections = confserv.value(QStringLiteral("connections")).toArray();
    ASSERT_EQ(connections.size(), 1);
    EXPECT_EQ(connections[0][QStringLiteral("server")].toString(), QStringLiteral("dbserver"));
    EXPECT_EQ(connections[0][QStringLiteral("portId")].toString(), QStringLiteral("default"));
    EXPECT_TRUE(connections[0][QStringLiteral("transportParams")].isString());
    EXPECT_TRUE(confserv.value(QStringLiteral("options")).isObject());
    EXPECT_TRUE(confserv.value(QStringLiteral("annex")).isObject());

    const QJsonObject self = byName(apps, QStringLiteral("default"));
    EXPECT_EQ(self.value(QStringLiteral("type")).toString(), QStringLiteral("Configuration Manager"));
    EXPECT_TRUE(self.value(QStringLiteral("backup")).isNull());

    // Sorted by name, so scripts and diffs see a stable order.
    QStringList names;
    for (const auto &a : apps)
        names << a[QStringLiteral("name")].toString();
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end());
    EXPECT_EQ(names, sorted);
}

TEST(JsonExchange, ImportIntoAnEmptyStoreKeepsEveryField)
{
    TempDir dir;
    auto source = demoStore(dir);
    auto target = openStore(dir.file(QStringLiteral("empty.sqlite")));
    ASSERT_TRUE(JsonExchange::importJson(*target, JsonExchange::exportJson(*source)).ok());

    // Compare the value types themselves with ids mapped by name.
    for (const Application &original : source->allApplications()) {
        const auto id = target->applicationIdByName(original.name);
        ASSERT_TRUE(id) << original.name.toStdString();
        const Application copy = *target->application(*id);
        EXPECT_EQ(copy.type, original.type);
        EXPECT_EQ(copy.templateVersion, original.templateVersion);
        EXPECT_EQ(copy.startInfo, original.startInfo);
        EXPECT_EQ(copy.serverInfo.ports, original.serverInfo.ports);
        EXPECT_EQ(copy.serverInfo.redundancyType, original.serverInfo.redundancyType);
        EXPECT_EQ(copy.options, original.options);
        EXPECT_EQ(copy.annex, original.annex);
        EXPECT_EQ(copy.enabled, original.enabled);
        ASSERT_EQ(copy.connections.size(), original.connections.size());
        for (qsizetype i = 0; i < copy.connections.size(); ++i) {
            EXPECT_EQ(target->application(copy.connections[i].serverId)->name,
                      source->application(original.connections[i].serverId)->name);
            EXPECT_EQ(copy.connections[i].addpLocalTimeout, original.connections[i].addpLocalTimeout);
            EXPECT_EQ(copy.connections[i].protocol, original.connections[i].protocol);
        }
        if (original.serverInfo.backupId)
            EXPECT_EQ(target->application(copy.serverInfo.backupId)->name,
                      source->application(original.serverInfo.backupId)->name);
        else
            EXPECT_EQ(copy.serverInfo.backupId, 0);
    }
    for (const Host &original : source->allHosts()) {
        const Host copy = *target->host(*target->hostIdByName(original.name));
        EXPECT_EQ(copy.address, original.address);
        EXPECT_EQ(copy.annex, original.annex);
        EXPECT_EQ(copy.certificateDescription, original.certificateDescription);
        EXPECT_NE(copy.folderId, 0);
    }
}

TEST(JsonExchange, ReferencesMayPointForwardInTheDocument)
{
    TempDir dir;
    auto store = openStore(dir.file(QStringLiteral("s.sqlite")));
    // "A_client" connects to and is backed up by applications listed after it.
    QJsonObject client = serverJson(QStringLiteral("A_client"), QStringLiteral("h1"), 3000);
    client.insert(QStringLiteral("backup"), QStringLiteral("Z_backup"));
    client.insert(QStringLiteral("connections"),
                  QJsonArray{QJsonObject{{QStringLiteral("server"), QStringLiteral("M_server")}}});
    const QByteArray json = document(QJsonArray{hostJson(QStringLiteral("h1"))},
                                     QJsonArray{client, serverJson(QStringLiteral("M_server"), QStringLiteral("h1"), 3001),
                                                serverJson(QStringLiteral("Z_backup"), QStringLiteral("h1"), 3002)});
    const ImportResult r = JsonExchange::importJson(*store, json);
    ASSERT_TRUE(r.ok()) << joined(r.problems);
    const Application a = *store->application(*store->applicationIdByName(QStringLiteral("A_client")));
    EXPECT_EQ(a.serverInfo.backupId, *store->applicationIdByName(QStringLiteral("Z_backup")));
    ASSERT_EQ(a.connections.size(), 1);
    EXPECT_EQ(a.connections[0].serverId, *store->applicationIdByName(QStringLiteral("M_server")));
}

TEST(JsonExchange, ExistingObjectsAreUpdatedByNameAndOthersLeftAlone)
{
    TempDir dir;
    auto store = openStore(dir.file(QStringLiteral("s.sqlite")));
    Host kept = makeHost(QStringLiteral("kept"));
    ASSERT_TRUE(store->save(kept).ok);
    Host h1 = makeHost(QStringLiteral("h1"));
    const SaveResult saved = store->save(h1);
    ASSERT_TRUE(saved.ok);

    QJsonObject changed = hostJson(QStringLiteral("h1"), 5000);
    changed.insert(QStringLiteral("address"), QStringLiteral("h1-new.contoso.example"));
    const ImportResult r =
        JsonExchange::importJson(*store, document(QJsonArray{changed, hostJson(QStringLiteral("h2"))}, {}));
    ASSERT_TRUE(r.ok()) << joined(r.problems);
    EXPECT_EQ(r.hostsUpdated, 1);
    EXPECT_EQ(r.hostsCreated, 1);

    EXPECT_EQ(store->hostIdByName(QStringLiteral("h1")), saved.id); // same object, updated in place
    const Host updated = *store->host(saved.id);
    EXPECT_EQ(updated.lcaPort, 5000);
    EXPECT_EQ(updated.address, QStringLiteral("h1-new.contoso.example"));
    EXPECT_TRUE(store->hostIdByName(QStringLiteral("h2")));
    EXPECT_TRUE(store->hostIdByName(QStringLiteral("kept")));
    EXPECT_EQ(store->counts().hosts, 3);
}

TEST(JsonExchange, ImportingAnExportIntoItsOwnStoreChangesNothing)
{
    TempDir dir;
    auto store = demoStore(dir);
    const QByteArray before = JsonExchange::exportJson(*store);
    const ImportResult r = JsonExchange::importJson(*store, before);
    ASSERT_TRUE(r.ok()) << joined(r.problems);
    EXPECT_EQ(r.hostsCreated + r.applicationsCreated + r.foldersCreated, 0);
    EXPECT_EQ(r.applicationsUpdated, store->counts().applications);
    EXPECT_EQ(JsonExchange::exportJson(*store), before);
}

TEST(JsonExchange, RefusedImportNamesEveryProblemAndChangesNothing)
{
    TempDir dir;
    auto store = demoStore(dir);
    const QByteArray exportBefore = JsonExchange::exportJson(*store);
    const QString dumpBefore = contentDump(store->location());

    // Three independent validation errors in three objects; valid objects around them.
    const QJsonArray hosts{hostJson(QStringLiteral("new-ok")), hostJson(QStringLiteral("new-bad-lca"), 70000)};
    const QJsonArray apps{serverJson(QStringLiteral("new_stat"), QStringLiteral("new-ok"), 6000),
                          serverJson(QStringLiteral("new_port_zero"), QStringLiteral("new-ok"), 0),
                          serverJson(QStringLiteral("new_clash"), QStringLiteral("new-ok"), 6000)};
    const ImportResult r = JsonExchange::importJson(*store, document(hosts, apps));
    EXPECT_EQ(r.outcome, ImportResult::Outcome::Refused);
    EXPECT_TRUE(anyStartsWith(r.problems, QStringLiteral("hosts[1].lcaPort: "))) << joined(r.problems);
    EXPECT_TRUE(anyStartsWith(r.problems, QStringLiteral("applications[1].ports"))) << joined(r.problems);
    EXPECT_TRUE(anyStartsWith(r.problems, QStringLiteral("applications[2].ports"))) << joined(r.problems);
    EXPECT_FALSE(anyStartsWith(r.problems, QStringLiteral("applications[0]"))) << joined(r.problems);

    EXPECT_EQ(JsonExchange::exportJson(*store), exportBefore);
    EXPECT_EQ(contentDump(store->location()), dumpBefore);
    EXPECT_FALSE(store->hostIdByName(QStringLiteral("new-ok")));
}

TEST(JsonExchange, AFailureHalfwayRollsBackEverything)
{
    TempDir dir;
    auto store = openStore(dir.file(QStringLiteral("s.sqlite")));
    QJsonArray hosts, apps;
    for (int h = 0; h < 5; ++h)
        hosts.append(hostJson(QStringLiteral("host-%1").arg(h)));
    for (int i = 0; i < 60; ++i) {
        // The 40th application (index 39) has a port that is no port number.
        const int port = i == 39 ? 70000 : 7000 + i;
        apps.append(serverJson(QStringLiteral("app_%1").arg(i, 2, 10, QLatin1Char('0')),
                               QStringLiteral("host-%1").arg(i % 5), port));
    }
    const ImportResult r = JsonExchange::importJson(*store, document(hosts, apps));
    EXPECT_EQ(r.outcome, ImportResult::Outcome::Refused);
    ASSERT_EQ(r.problems.size(), 1) << joined(r.problems);
    EXPECT_TRUE(r.problems.first().startsWith(QStringLiteral("applications[39].ports"))) << joined(r.problems);
    EXPECT_EQ(r.applicationsCreated, 0);

    const ObjectCounts counts = store->counts();
    EXPECT_EQ(counts.hosts, 0);
    EXPECT_EQ(counts.applications, 0);
    EXPECT_EQ(counts.ports, 0);

    // The same document without the mistake goes in completely.
    QJsonObject fixed = apps[39].toObject();
    fixed[QStringLiteral("ports")] = QJsonArray{QJsonObject{{QStringLiteral("port"), 7039}}};
    apps[39] = fixed;
    const ImportResult ok = JsonExchange::importJson(*store, document(hosts, apps));
    ASSERT_TRUE(ok.ok()) << joined(ok.problems);
    EXPECT_EQ(store->counts().applications, 60);
}

TEST(JsonExchange, FoldersAreCreatedParentsFirstAndReused)
{
    TempDir dir;
    auto store = openStore(dir.file(QStringLiteral("s.sqlite")));
    QJsonObject host = hostJson(QStringLiteral("h1"));
    host.insert(QStringLiteral("folder"), QJsonArray{QStringLiteral("East"), QStringLiteral("Rack 1")});
    // Listed child first: the import must still create "East" before "East/Rack 1".
    const QJsonArray folders{
        QJsonObject{{QStringLiteral("contains"), QStringLiteral("Host")},
                    {QStringLiteral("path"), QJsonArray{QStringLiteral("East"), QStringLiteral("Rack 1")}}},
        QJsonObject{{QStringLiteral("contains"), QStringLiteral("Host")},
                    {QStringLiteral("path"), QJsonArray{QStringLiteral("East")}}}};
    const QByteArray json = document(QJsonArray{host}, {}, folders);
    const ImportResult r = JsonExchange::importJson(*store, json);
    ASSERT_TRUE(r.ok()) << joined(r.problems);
    EXPECT_EQ(r.foldersCreated, 2);
    const Host saved = *store->host(*store->hostIdByName(QStringLiteral("h1")));
    const auto folders2 = store->folders();
    const auto rack = std::find_if(folders2.begin(), folders2.end(), [](const Folder &f) { return f.name == QStringLiteral("Rack 1"); });
    ASSERT_NE(rack, folders2.end());
    EXPECT_EQ(saved.folderId, rack->id);

    // Again: nothing new, the same folders are used.
    const ImportResult again = JsonExchange::importJson(*store, json);
    ASSERT_TRUE(again.ok()) << joined(again.problems);
    EXPECT_EQ(again.foldersCreated, 0);
    EXPECT_EQ(store->folders().size(), 2);
}
