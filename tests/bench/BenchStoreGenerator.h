#pragma once
// The large store bench_store measures: 10,000 hosts, 50,000 applications,
// 200,000 ports, 100,000 connections, generated once with direct SQL into
// the schema SqliteStore creates (validated saves would take minutes) and
// cached in $CONFMAN_BENCH_STORE or <temp>/confman-bench/.
#include "models/config/Application.h"
#include "models/store/SqliteRecords.h"
#include "models/store/SqliteSchema.h"
#include "models/store/SqliteStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>
#include <vector>

namespace confman::bench {

constexpr int kHosts = 10'000;
constexpr int kApplications = 50'000;
constexpr int kPortsPerApplication = 4;       // 200,000 ports
constexpr int kConnectionsPerApplication = 2; // 100,000 connections
constexpr int kGeneratorVersion = 1;          // bump when the generated data changes

inline QString defaultStorePath()
{
    const QString fromEnv = qEnvironmentVariable("CONFMAN_BENCH_STORE");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QDir::temp().filePath(QStringLiteral("confman-bench/store-h%1-a%2-s%3-g%4.sqlite")
                                     .arg(kHosts)
                                     .arg(kApplications)
                                     .arg(SqliteSchema::latestVersion())
                                     .arg(kGeneratorVersion));
}

inline std::vector<AppType> serverTypes()
{
    std::vector<AppType> types;
    for (AppType t : allAppTypes())
        if (!isGuiType(t))
            types.push_back(t);
    return types;
}

// Application j (0-based, DBID j + 1): type cycles through the server types,
// host j % kHosts (so five applications per host), four ports whose numbers
// are unique on the host, two connections to other applications' ports,
// every fourth of the first 10,000 backed up by an application of the same type.
struct GeneratedApplication
{
    QString name;
    QString typeName;
    qint64 hostId;
    qint64 backupId; // 0 = none
    QVector<Port> ports;
};

inline GeneratedApplication generatedApplication(int j, const std::vector<AppType> &types)
{
    GeneratedApplication a;
    const AppType type = types[size_t(j) % types.size()];
    a.typeName = appTypeName(type);
    a.name = QString(a.typeName).replace(QLatin1Char(' '), QLatin1Char('-')) + QLatin1Char('-') + QString::number(j + 1);
    a.hostId = j % kHosts + 1;
    // j + kHosts + #types has the same type (kHosts is a multiple of the
    // number of server types; insertRows checks) and sits on another host.
    const int backup = j + kHosts + int(types.size());
    a.backupId = (j < kHosts && j % 4 == 0 && backup < kApplications) ? backup + 1 : 0;
    const int slot = j / kHosts; // 0..4: which of the host's five applications
    static const char *const ids[kPortsPerApplication] = {"default", "secure", "management", "ha"};
    for (int k = 0; k < kPortsPerApplication; ++k) {
        Port p;
        p.id = QLatin1String(ids[k]);
        p.port = 2000 + slot * 10 + k;
        p.listeningMode = k == 1 ? ListeningMode::Secured : ListeningMode::Unsecured;
        p.haSync = k == 3;
        a.ports.append(p);
    }
    return a;
}

inline bool exec(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

inline bool insertRows(QSqlDatabase &db, QString *error)
{
    const auto types = serverTypes();
    if (kHosts % int(types.size()) != 0) {
        *error = QStringLiteral("backup pairing assumes kHosts is a multiple of the server type count");
        return false;
    }
    QSqlQuery host(db);
    host.prepare(QStringLiteral("INSERT INTO hosts (id, version, name, enabled, address, os_type, lca_port) "
                                "VALUES (?, 1, ?, 1, ?, ?, 4999)"));
    for (int i = 0; i < kHosts; ++i) {
        const QString name = QStringLiteral("host-%1").arg(i + 1, 5, 10, QLatin1Char('0'));
        host.bindValue(0, i + 1);
        host.bindValue(1, name);
        host.bindValue(2, name + QStringLiteral(".bench.example"));
        host.bindValue(3, osTypeName(i % 3 == 0 ? OsType::Linux : OsType::Windows));
        if (!exec(host, error))
            return false;
    }

    QSqlQuery app(db);
    app.prepare(QStringLiteral(
        "INSERT INTO applications (id, version, name, enabled, type_name, template_version, host_id, backup_id, "
        "redundancy_type, start_info, options, ports_summary) VALUES (?, 1, ?, 1, ?, '8.5.1', ?, ?, ?, ?, ?, ?)"));
    QSqlQuery port(db);
    port.prepare(QStringLiteral("INSERT INTO ports (application_id, host_id, position, port_id, port, protocol, "
                                "listening_mode, ha_sync, transport) VALUES (?, ?, ?, ?, ?, '', ?, ?, '')"));
    QSqlQuery connection(db);
    connection.prepare(QStringLiteral(
        "INSERT INTO connections (client_id, position, server_id, port_id, protocol, addp_local_timeout, "
        "addp_remote_timeout, addp_trace, transport_params) VALUES (?, ?, ?, ?, 'addp', 30, 60, 'off', '')"));
    const QString redundancy = redundancyTypeKey(RedundancyType::NotSpecified);
    for (int j = 0; j < kApplications; ++j) {
        const GeneratedApplication a = generatedApplication(j, types);
        StartInfo start;
        start.workingDirectory = QStringLiteral("/opt/genesys/") + a.name;
        start.commandLine = QStringLiteral("./run.sh");
        start.commandLineArguments = QStringLiteral("-host cfg-01 -port 2020 -app ") + a.name;
        OptionSections options;
        options.set(QStringLiteral("log"), QStringLiteral("verbose"), QStringLiteral("standard"));
        options.set(QStringLiteral("log"), QStringLiteral("all"), QStringLiteral("logs/") + a.name);

        app.bindValue(0, j + 1);
        app.bindValue(1, a.name);
        app.bindValue(2, a.typeName);
        app.bindValue(3, a.hostId);
        app.bindValue(4, a.backupId ? QVariant(a.backupId) : QVariant());
        app.bindValue(5, redundancy);
        app.bindValue(6, sqlite::startInfoToJson(start));
        app.bindValue(7, sqlite::optionsToJson(options));
        app.bindValue(8, sqlite::portsSummary(a.ports));
        if (!exec(app, error))
            return false;
        for (int k = 0; k < a.ports.size(); ++k) {
            const Port &p = a.ports[k];
            port.bindValue(0, j + 1);
            port.bindValue(1, a.hostId);
            port.bindValue(2, k);
            port.bindValue(3, p.id);
            port.bindValue(4, p.port);
            port.bindValue(5, listeningModeKey(p.listeningMode));
            port.bindValue(6, p.haSync ? 1 : 0);
            if (!exec(port, error))
                return false;
        }
        static const int offsets[kConnectionsPerApplication] = {1, 7};
        static const char *const portIds[kConnectionsPerApplication] = {"default", "management"};
        for (int k = 0; k < kConnectionsPerApplication; ++k) {
            connection.bindValue(0, j + 1);
            connection.bindValue(1, k);
            connection.bindValue(2, (j + offsets[k]) % kApplications + 1);
            connection.bindValue(3, QLatin1String(portIds[k]));
            if (!exec(connection, error))
                return false;
        }
    }
    return true;
}

inline bool hasExpectedCounts(const Store &store)
{
    const ObjectCounts c = store.counts();
    return c.hosts == kHosts && c.applications == kApplications
        && c.ports == kApplications * kPortsPerApplication
        && c.connections == kApplications * kConnectionsPerApplication;
}

inline void removeStoreFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

// Builds the store at `path`.partial and renames it into place, so an
// interrupted run never leaves a half-filled cache behind.
inline bool generateStore(const QString &path, QString *error)
{
    const QString partial = path + QStringLiteral(".partial");
    removeStoreFiles(partial);
    if (!SqliteStore::open(partial, error)) // creates the file and the schema
        return false;
    const QString connectionName = QStringLiteral("bench-generator");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(partial);
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous = OFF"));
            ok = db.transaction() && insertRows(db, error) && db.commit();
            if (!ok && error->isEmpty())
                *error = db.lastError().text();
            // Fold the WAL into the file so the cache is one self-contained file.
            QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            QSqlQuery(db).exec(QStringLiteral("ANALYZE"));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    if (!ok)
        return false;
    removeStoreFiles(path);
    QFile::remove(partial + QStringLiteral("-wal"));
    QFile::remove(partial + QStringLiteral("-shm"));
    if (!QFile::rename(partial, path)) {
        *error = QStringLiteral("cannot rename %1 to %2").arg(partial, path);
        return false;
    }
    return true;
}

inline bool prepareStore(const QString &path, bool *generated, QString *error)
{
    *generated = false;
    if (QFile::exists(path)) {
        if (auto store = SqliteStore::open(path, error); store && hasExpectedCounts(*store))
            return true;
        std::fprintf(stderr, "Cached store %s is unusable, regenerating.\n", qPrintable(path));
        removeStoreFiles(path);
    }
    QElapsedTimer timer;
    timer.start();
    if (!generateStore(path, error))
        return false;
    *generated = true;
    std::fprintf(stderr, "Generated %s in %.1f s.\n", qPrintable(path), timer.elapsed() / 1000.0);
    auto store = SqliteStore::open(path, error);
    if (!store)
        return false;
    if (!hasExpectedCounts(*store)) {
        *error = QStringLiteral("the generated store does not hold the expected numbers of objects");
        return false;
    }
    return true;
}

} // namespace confman::bench
