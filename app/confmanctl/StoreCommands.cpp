// confmanctl init / export / import / list: the store commands.
#include "app/confmanctl/Cli.h"

#include "models/config/TransportString.h"
#include "models/store/DemoAccounts.h"
#include "models/store/DemoConfiguration.h"
#include "models/store/JsonExchange.h"
#include "models/store/SqlitePersonStore.h"
#include "models/store/SqliteStore.h"
#include "models/store/StoreLocation.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace confman::cli {

namespace {

int fail(Io &io, int code, const QString &message)
{
    io.err << "confmanctl: " << message << '\n';
    return code;
}

void printJson(Io &io, const QJsonValue &value)
{
    const QByteArray bytes = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    io.out << QString::fromUtf8(bytes);
}

QJsonObject countsJson(const ObjectCounts &c)
{
    return QJsonObject{{QStringLiteral("folders"), c.folders},
                       {QStringLiteral("hosts"), c.hosts},
                       {QStringLiteral("applications"), c.applications},
                       {QStringLiteral("ports"), c.ports},
                       {QStringLiteral("connections"), c.connections}};
}

// Opens an existing store; never creates one by accident (a typo in --store
// would otherwise export an empty configuration without complaint).
std::unique_ptr<SqliteStore> openExisting(const QString &path, Io &io, int *code)
{
    if (!QFileInfo::exists(path)) {
        *code = fail(io, StoreError,
                     QStringLiteral("no store at %1 (create one with: confmanctl --store %1 init)").arg(path));
        return nullptr;
    }
    QString error;
    auto store = SqliteStore::open(path, &error);
    if (!store)
        *code = fail(io, StoreError, QStringLiteral("cannot open the store %1: %2").arg(path, error));
    return store;
}

// The Persons and Access Groups in the same file (opened after the store, as
// SqlitePersonStore asks).
std::unique_ptr<SqlitePersonStore> openPersons(const QString &path, Io &io, int *code)
{
    QString error;
    auto persons = SqlitePersonStore::open(path, &error);
    if (!persons)
        *code = fail(io, StoreError, QStringLiteral("cannot open the accounts of %1: %2").arg(path, error));
    return persons;
}

void removeStoreFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

int runInit(const QString &path, const QStringList &args, Io &io)
{
    bool demo = false;
    for (const QString &a : args) {
        if (a == QLatin1String("--demo"))
            demo = true;
        else
            return fail(io, Usage, QStringLiteral("init: unexpected argument \"%1\"").arg(a));
    }
    if (QFileInfo::exists(path))
        return fail(io, StoreError, QStringLiteral("%1 already exists; init only creates new stores").arg(path));

    QString error;
    auto store = SqliteStore::open(path, &error);
    if (!store)
        return fail(io, StoreError, QStringLiteral("cannot create the store %1: %2").arg(path, error));
    if (demo) {
        SaveResult seeded = seedDemoConfiguration(*store);
        if (seeded) { // the demo's access groups and Persons (no passwords)
            auto persons = SqlitePersonStore::open(path, &error);
            seeded = persons ? seedDemoAccounts(*persons) : SaveResult{false, 0, 0, {}, {}, error};
        }
        if (!seeded) {
            QString reason = seeded.error;
            for (const auto &f : seeded.findings)
                if (f.isError() && reason.isEmpty())
                    reason = f.message;
            store.reset();
            removeStoreFiles(path); // we created it a moment ago; leave nothing half-made
            return fail(io, StoreError, QStringLiteral("cannot write the demo configuration into %1: %2").arg(path, reason));
        }
    }
    QJsonObject result{{QStringLiteral("store"), path}, {QStringLiteral("demo"), demo}};
    result.insert(QStringLiteral("counts"), countsJson(store->counts()));
    printJson(io, result);
    return Ok;
}

int runExport(const QString &path, const QStringList &args, Io &io)
{
    QString outFile;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--out")) {
            if (i + 1 >= args.size())
                return fail(io, Usage, QStringLiteral("export: --out needs a file name"));
            outFile = args.at(++i);
        } else if (args.at(i).startsWith(QLatin1String("--out="))) {
            outFile = args.at(i).mid(6);
        } else {
            return fail(io, Usage, QStringLiteral("export: unexpected argument \"%1\"").arg(args.at(i)));
        }
    }
    int code = Ok;
    const auto store = openExisting(path, io, &code);
    if (!store)
        return code;
    const auto persons = openPersons(path, io, &code);
    if (!persons)
        return code;
    if (outFile.isEmpty()) {
        io.out << QString::fromUtf8(JsonExchange::exportJson(*store, persons.get()));
        return Ok;
    }
    // QSaveFile: a failed export never leaves a truncated file where a good one was.
    // Streamed object by object: a large store is never held as one text.
    QSaveFile file(outFile);
    if (!file.open(QIODevice::WriteOnly) || !JsonExchange::exportJson(*store, file, persons.get()) || !file.commit())
        return fail(io, StoreError, QStringLiteral("cannot write %1: %2").arg(outFile, file.errorString()));
    QJsonObject result{{QStringLiteral("store"), path}, {QStringLiteral("out"), outFile}};
    result.insert(QStringLiteral("counts"), countsJson(store->counts()));
    printJson(io, result);
    return Ok;
}

int runImport(const QString &path, const QStringList &args, Io &io)
{
    if (args.size() != 1 || args.first().isEmpty())
        return fail(io, Usage, QStringLiteral("import needs exactly one FILE (\"-\" for standard input)"));
    const QString inFile = args.first();
    QByteArray json;
    if (inFile == QLatin1String("-")) {
        json = io.in.readAll().toUtf8();
    } else {
        QFile file(inFile);
        if (QFileInfo(inFile).isDir() || !file.open(QIODevice::ReadOnly))
            return fail(io, BadInput, QStringLiteral("cannot read %1: %2")
                                          .arg(inFile, QFileInfo(inFile).isDir() ? QStringLiteral("it is a folder")
                                                                                 : file.errorString()));
        json = file.readAll();
    }
    int code = Ok;
    const auto store = openExisting(path, io, &code);
    if (!store)
        return code;
    const auto persons = openPersons(path, io, &code);
    if (!persons)
        return code;

    const ImportResult result = JsonExchange::importJson(*store, json, persons.get());
    if (result.ok()) {
        QJsonObject out{{QStringLiteral("imported"), true},
                        {QStringLiteral("foldersCreated"), result.foldersCreated},
                        {QStringLiteral("hostsCreated"), result.hostsCreated},
                        {QStringLiteral("hostsUpdated"), result.hostsUpdated},
                        {QStringLiteral("applicationsCreated"), result.applicationsCreated},
                        {QStringLiteral("applicationsUpdated"), result.applicationsUpdated},
                        {QStringLiteral("personsCreated"), result.personsCreated},
                        {QStringLiteral("personsUpdated"), result.personsUpdated},
                        {QStringLiteral("accessGroupsCreated"), result.accessGroupsCreated},
                        {QStringLiteral("accessGroupsUpdated"), result.accessGroupsUpdated},
                        {QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings)}};
        printJson(io, out);
        return Ok;
    }
    const int exitCode = result.outcome == ImportResult::Outcome::InvalidDocument ? BadInput
                         : result.outcome == ImportResult::Outcome::Refused       ? Findings
                                                                                  : StoreError;
    const QString what = result.outcome == ImportResult::Outcome::InvalidDocument ? QStringLiteral("%1 is not importable").arg(inFile)
                                                                                   : QStringLiteral("import refused");
    const QString changed = result.configurationImported
        ? QStringLiteral("the configuration objects were imported but no Person or Access Group")
        : QStringLiteral("nothing was changed");
    io.err << "confmanctl: " << what << ", " << changed << " (" << result.problems.size()
           << (result.problems.size() == 1 ? " problem):\n" : " problems):\n");
    for (const QString &p : result.problems)
        io.err << p << '\n';
    return exitCode;
}

// Connection Mode (SPEC S1): secure when the port is Secured, or Auto Detect
// with TLS configured on the port.
bool connectionIsSecure(const Port *port)
{
    if (!port)
        return false;
    if (port->listeningMode == ListeningMode::Secured)
        return true;
    if (port->listeningMode != ListeningMode::AutoDetect)
        return false;
    const auto transport = TransportString::parse(port->transport);
    return transport.ok() && transport.value.tls;
}

QJsonValue nameOrNull(const QHash<DbId, QString> &names, DbId id)
{
    return id == 0 || !names.contains(id) ? QJsonValue(QJsonValue::Null) : QJsonValue(names.value(id));
}

int runList(const QString &path, const QStringList &args, Io &io)
{
    static const QStringList kinds = {QStringLiteral("hosts"), QStringLiteral("applications"),
                                      QStringLiteral("ports"), QStringLiteral("connections")};
    if (args.size() != 1 || !kinds.contains(args.first()))
        return fail(io, Usage, QStringLiteral("list needs one of: %1").arg(kinds.join(QLatin1Char('|'))));
    int code = Ok;
    const auto store = openExisting(path, io, &code);
    if (!store)
        return code;
    const QString kind = args.first();
    QJsonArray rows;

    if (kind == QLatin1String("hosts")) {
        auto hosts = store->hostSummaries();
        std::sort(hosts.begin(), hosts.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
        for (const auto &h : hosts)
            rows.append(QJsonObject{{QStringLiteral("name"), h.name},
                                    {QStringLiteral("address"), h.address},
                                    {QStringLiteral("osType"), osTypeName(h.osType)},
                                    {QStringLiteral("lcaPort"), h.lcaPort},
                                    {QStringLiteral("enabled"), h.enabled}});
    } else if (kind == QLatin1String("applications")) {
        QHash<DbId, QString> hostNames, appNames;
        for (const auto &h : store->hostSummaries())
            hostNames.insert(h.id, h.name);
        auto apps = store->applicationSummaries();
        for (const auto &a : apps)
            appNames.insert(a.id, a.name);
        std::sort(apps.begin(), apps.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
        for (const auto &a : apps)
            rows.append(QJsonObject{{QStringLiteral("name"), a.name},
                                    {QStringLiteral("type"), appTypeName(a.type)},
                                    {QStringLiteral("host"), nameOrNull(hostNames, a.hostId)},
                                    {QStringLiteral("backup"), nameOrNull(appNames, a.backupId)},
                                    {QStringLiteral("enabled"), a.enabled}});
    } else {
        auto apps = store->allApplications();
        std::sort(apps.begin(), apps.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
        QHash<DbId, const Application *> byId;
        for (const auto &a : apps)
            byId.insert(a.id, &a);
        for (const auto &a : apps) {
            if (kind == QLatin1String("ports")) {
                for (const Port &p : a.serverInfo.ports)
                    rows.append(QJsonObject{{QStringLiteral("application"), a.name},
                                            {QStringLiteral("id"), p.id},
                                            {QStringLiteral("port"), p.port},
                                            {QStringLiteral("listeningMode"), listeningModeKey(p.listeningMode)},
                                            {QStringLiteral("haSync"), p.haSync}});
                continue;
            }
            for (const Connection &c : a.connections) {
                const Application *server = byId.value(c.serverId);
                rows.append(QJsonObject{
                    {QStringLiteral("client"), a.name},
                    {QStringLiteral("server"), server ? QJsonValue(server->name) : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("portId"), c.portId},
                    {QStringLiteral("secure"), connectionIsSecure(server ? server->serverInfo.port(c.portId) : nullptr)}});
            }
        }
    }
    printJson(io, rows);
    return Ok;
}

} // namespace

int runStoreCommand(const GlobalOptions &global, const QStringList &args, Io &io)
{
    const QString command = args.value(0);
    const QStringList rest = args.mid(1);
    using Command = int (*)(const QString &, const QStringList &, Io &);
    const QHash<QString, Command> commands = {{QStringLiteral("init"), runInit},
                                              {QStringLiteral("export"), runExport},
                                              {QStringLiteral("import"), runImport},
                                              {QStringLiteral("list"), runList}};
    const auto it = commands.constFind(command);
    if (it == commands.cend()) {
        io.err << "confmanctl: unknown command \"" << command << "\"\n" << usage();
        return Usage;
    }
    const QString path = StoreLocation::resolve(global.storePath);
    if (path.isEmpty())
        return fail(io, Usage, QStringLiteral("no store path: use --store PATH or set %1")
                                   .arg(QLatin1String(StoreLocation::kEnvironmentVariable)));
    return (*it)(path, rest, io);
}

} // namespace confman::cli
