#include "models/store/SqliteRecords.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace confman::sqlite {

namespace {

// 0 means "none" in the value types; NULL in the schema, so foreign keys hold.
QVariant idOrNull(DbId id) { return id == 0 ? QVariant() : QVariant(id); }

bool exec(QSqlQuery &q, QString *error)
{
    // A null QString binds as SQL NULL, which the NOT NULL text columns
    // refuse: an unset optional field (e.g. no certificate description) is ''.
    const QVariantList values = q.boundValues();
    for (int i = 0; i < values.size(); ++i)
        if (values.at(i).typeId() == QMetaType::QString && values.at(i).toString().isNull())
            q.bindValue(i, QStringLiteral(""));
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

QString kindKey(ObjectKind kind) { return objectKindName(kind); }
ObjectKind kindFromKey(const QString &key)
{
    for (auto k : {ObjectKind::Folder, ObjectKind::Host, ObjectKind::Application, ObjectKind::Person,
                   ObjectKind::AccessGroup})
        if (objectKindName(k) == key)
            return k;
    return ObjectKind::Host;
}

const QString kHostColumns = QStringLiteral(
    "id, version, name, folder_id, enabled, address, os_type, lca_port, certificate_description, annex");

Host hostFrom(const QSqlQuery &q)
{
    Host h;
    h.id = q.value(0).toLongLong();
    h.version = q.value(1).toInt();
    h.name = q.value(2).toString();
    h.folderId = q.value(3).toLongLong();
    h.enabled = q.value(4).toBool();
    h.address = q.value(5).toString();
    h.osType = osTypeFromName(q.value(6).toString()).value_or(OsType::Windows);
    h.lcaPort = q.value(7).toInt();
    h.certificateDescription = q.value(8).toString();
    h.annex = optionsFromJson(q.value(9).toString());
    return h;
}

const QString kApplicationColumns = QStringLiteral(
    "id, version, name, folder_id, enabled, type_name, template_version, host_id, backup_id, "
    "redundancy_type, reconnect_timeout, reconnect_attempts, start_info, options, annex");

Application applicationFrom(const QSqlQuery &q)
{
    Application a;
    a.id = q.value(0).toLongLong();
    a.version = q.value(1).toInt();
    a.name = q.value(2).toString();
    a.folderId = q.value(3).toLongLong();
    a.enabled = q.value(4).toBool();
    a.type = appTypeFromName(q.value(5).toString()).value_or(AppType::CustomServer);
    a.templateVersion = q.value(6).toString();
    a.hostId = q.value(7).toLongLong();
    a.serverInfo.backupId = q.value(8).toLongLong();
    a.serverInfo.redundancyType = redundancyTypeFromKey(q.value(9).toString()).value_or(RedundancyType::NotSpecified);
    a.serverInfo.reconnectTimeout = q.value(10).toInt();
    a.serverInfo.reconnectAttempts = q.value(11).toInt();
    a.startInfo = startInfoFromJson(q.value(12).toString());
    a.options = optionsFromJson(q.value(13).toString());
    a.annex = optionsFromJson(q.value(14).toString());
    return a;
}

const QString kPortColumns =
    QStringLiteral("application_id, port_id, port, protocol, listening_mode, ha_sync, transport");

Port portFrom(const QSqlQuery &q)
{
    Port p;
    p.id = q.value(1).toString();
    p.port = q.value(2).toInt();
    p.protocol = q.value(3).toString();
    p.listeningMode = listeningModeFromKey(q.value(4).toString()).value_or(ListeningMode::Unsecured);
    p.haSync = q.value(5).toBool();
    p.transport = q.value(6).toString();
    return p;
}

const QString kConnectionColumns = QStringLiteral(
    "client_id, server_id, port_id, protocol, addp_local_timeout, addp_remote_timeout, addp_trace, "
    "transport_params");

Connection connectionFrom(const QSqlQuery &q)
{
    Connection c;
    c.serverId = q.value(1).toLongLong();
    c.portId = q.value(2).toString();
    c.protocol = q.value(3).toString();
    c.addpLocalTimeout = q.value(4).toInt();
    c.addpRemoteTimeout = q.value(5).toInt();
    c.addpTrace = addpTraceFromKey(q.value(6).toString()).value_or(AddpTrace::Off);
    c.transportParams = q.value(7).toString();
    return c;
}

} // namespace

QString optionsToJson(const OptionSections &options)
{
    QJsonObject root;
    for (auto s = options.sections().cbegin(); s != options.sections().cend(); ++s) {
        QJsonObject section;
        for (auto o = s->cbegin(); o != s->cend(); ++o)
            section.insert(o.key(), o.value());
        root.insert(s.key(), section);
    }
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

OptionSections optionsFromJson(const QString &json)
{
    OptionSections options;
    const auto root = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto s = root.begin(); s != root.end(); ++s) {
        const auto section = s.value().toObject();
        auto &target = options.sections()[s.key()];
        for (auto o = section.begin(); o != section.end(); ++o)
            target.insert(o.key(), o.value().toString());
    }
    return options;
}

QString startInfoToJson(const StartInfo &info)
{
    const QJsonObject o{
        {QStringLiteral("workingDirectory"), info.workingDirectory},
        {QStringLiteral("commandLine"), info.commandLine},
        {QStringLiteral("commandLineArguments"), info.commandLineArguments},
        {QStringLiteral("startupTimeout"), info.startupTimeout},
        {QStringLiteral("shutdownTimeout"), info.shutdownTimeout},
        {QStringLiteral("autoRestart"), info.autoRestart},
    };
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

StartInfo startInfoFromJson(const QString &json)
{
    const auto o = QJsonDocument::fromJson(json.toUtf8()).object();
    StartInfo info;
    info.workingDirectory = o.value(QStringLiteral("workingDirectory")).toString();
    info.commandLine = o.value(QStringLiteral("commandLine")).toString();
    info.commandLineArguments = o.value(QStringLiteral("commandLineArguments")).toString();
    info.startupTimeout = o.value(QStringLiteral("startupTimeout")).toInt(info.startupTimeout);
    info.shutdownTimeout = o.value(QStringLiteral("shutdownTimeout")).toInt(info.shutdownTimeout);
    info.autoRestart = o.value(QStringLiteral("autoRestart")).toBool(info.autoRestart);
    return info;
}

QString portsSummary(const QVector<Port> &ports)
{
    QStringList parts;
    for (const auto &p : ports) {
        QString text = p.id + QLatin1Char(':') + QString::number(p.port);
        if (p.listeningMode != ListeningMode::Unsecured)
            text += QStringLiteral(" (") + listeningModeName(p.listeningMode).toLower() + QLatin1Char(')');
        if (p.haSync)
            text += QStringLiteral(" [HA sync]");
        parts << text;
    }
    return parts.join(QStringLiteral(", "));
}

std::optional<Folder> readFolder(QSqlDatabase &db, DbId id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, version, kind, name, parent_id FROM folders WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Folder{q.value(0).toLongLong(), q.value(1).toInt(), kindFromKey(q.value(2).toString()),
                  q.value(3).toString(), q.value(4).toLongLong()};
}

QVector<Folder> readFolders(QSqlDatabase &db)
{
    QVector<Folder> result;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT id, version, kind, name, parent_id FROM folders ORDER BY kind, name"));
    while (q.next())
        result.append(Folder{q.value(0).toLongLong(), q.value(1).toInt(), kindFromKey(q.value(2).toString()),
                             q.value(3).toString(), q.value(4).toLongLong()});
    return result;
}

std::optional<Host> readHost(QSqlDatabase &db, DbId id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM hosts WHERE id = ?").arg(kHostColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return hostFrom(q);
}

QVector<Host> readAllHosts(QSqlDatabase &db)
{
    QVector<Host> result;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT %1 FROM hosts ORDER BY name").arg(kHostColumns));
    while (q.next())
        result.append(hostFrom(q));
    return result;
}

std::optional<Application> readApplication(QSqlDatabase &db, DbId id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM applications WHERE id = ?").arg(kApplicationColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Application app = applicationFrom(q);

    QSqlQuery ports(db);
    ports.setForwardOnly(true);
    ports.prepare(QStringLiteral("SELECT %1 FROM ports WHERE application_id = ? ORDER BY position").arg(kPortColumns));
    ports.addBindValue(id);
    ports.exec();
    while (ports.next())
        app.serverInfo.ports.append(portFrom(ports));

    QSqlQuery connections(db);
    connections.setForwardOnly(true);
    connections.prepare(
        QStringLiteral("SELECT %1 FROM connections WHERE client_id = ? ORDER BY position").arg(kConnectionColumns));
    connections.addBindValue(id);
    connections.exec();
    while (connections.next())
        app.connections.append(connectionFrom(connections));
    return app;
}

QVector<Application> readApplications(QSqlDatabase &db, const QVector<DbId> &ids)
{
    // Three statements prepared once for all of them: preparing three per
    // application costs more than reading it.
    QVector<Application> result;
    result.reserve(ids.size());
    QSqlQuery q(db), ports(db), connections(db);
    q.setForwardOnly(true);
    ports.setForwardOnly(true);
    connections.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM applications WHERE id = ?").arg(kApplicationColumns));
    ports.prepare(QStringLiteral("SELECT %1 FROM ports WHERE application_id = ? ORDER BY position").arg(kPortColumns));
    connections.prepare(
        QStringLiteral("SELECT %1 FROM connections WHERE client_id = ? ORDER BY position").arg(kConnectionColumns));
    for (const DbId id : ids) {
        q.bindValue(0, id);
        if (!q.exec() || !q.next())
            continue;
        Application app = applicationFrom(q);
        q.finish();
        ports.bindValue(0, id);
        ports.exec();
        while (ports.next())
            app.serverInfo.ports.append(portFrom(ports));
        connections.bindValue(0, id);
        connections.exec();
        while (connections.next())
            app.connections.append(connectionFrom(connections));
        result.append(std::move(app));
    }
    return result;
}

QVector<Application> readAllApplications(QSqlDatabase &db)
{
    // Three sequential scans instead of a query per application.
    QVector<Application> result;
    QHash<DbId, qsizetype> index;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT %1 FROM applications ORDER BY name").arg(kApplicationColumns));
    while (q.next()) {
        result.append(applicationFrom(q));
        index.insert(result.last().id, result.size() - 1);
    }
    QSqlQuery ports(db);
    ports.setForwardOnly(true);
    ports.exec(QStringLiteral("SELECT %1 FROM ports ORDER BY application_id, position").arg(kPortColumns));
    while (ports.next())
        if (const auto i = index.value(ports.value(0).toLongLong(), -1); i >= 0)
            result[i].serverInfo.ports.append(portFrom(ports));
    QSqlQuery connections(db);
    connections.setForwardOnly(true);
    connections.exec(
        QStringLiteral("SELECT %1 FROM connections ORDER BY client_id, position").arg(kConnectionColumns));
    while (connections.next())
        if (const auto i = index.value(connections.value(0).toLongLong(), -1); i >= 0)
            result[i].connections.append(connectionFrom(connections));
    return result;
}

std::optional<int> storedVersion(QSqlDatabase &db, const QString &table, DbId id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT version FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toInt();
}

bool writeFolder(QSqlDatabase &db, Folder &folder, QString *error)
{
    QSqlQuery q(db);
    if (folder.id == 0)
        q.prepare(QStringLiteral("INSERT INTO folders (version, kind, name, parent_id) VALUES (?, ?, ?, ?)"));
    else
        q.prepare(QStringLiteral("UPDATE folders SET version = ?, kind = ?, name = ?, parent_id = ? WHERE id = ?"));
    q.addBindValue(folder.version);
    q.addBindValue(kindKey(folder.contains));
    q.addBindValue(folder.name);
    q.addBindValue(idOrNull(folder.parentId));
    if (folder.id != 0)
        q.addBindValue(folder.id);
    if (!exec(q, error))
        return false;
    if (folder.id == 0)
        folder.id = q.lastInsertId().toLongLong();
    return true;
}

bool writeHost(QSqlDatabase &db, Host &host, QString *error)
{
    QSqlQuery q(db);
    if (host.id == 0)
        q.prepare(QStringLiteral("INSERT INTO hosts (version, name, folder_id, enabled, address, os_type, lca_port, "
                                 "certificate_description, annex) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    else
        q.prepare(QStringLiteral("UPDATE hosts SET version = ?, name = ?, folder_id = ?, enabled = ?, address = ?, "
                                 "os_type = ?, lca_port = ?, certificate_description = ?, annex = ? WHERE id = ?"));
    q.addBindValue(host.version);
    q.addBindValue(host.name);
    q.addBindValue(idOrNull(host.folderId));
    q.addBindValue(host.enabled ? 1 : 0);
    q.addBindValue(host.address);
    q.addBindValue(osTypeName(host.osType));
    q.addBindValue(host.lcaPort);
    q.addBindValue(host.certificateDescription);
    q.addBindValue(optionsToJson(host.annex));
    if (host.id != 0)
        q.addBindValue(host.id);
    if (!exec(q, error))
        return false;
    if (host.id == 0)
        host.id = q.lastInsertId().toLongLong();
    return true;
}

bool writeApplication(QSqlDatabase &db, Application &app, QString *error)
{
    // GUI applications have no Server Info (SPEC S1); nothing of it is stored.
    const ServerInfo serverInfo = app.hasServerInfo() ? app.serverInfo : ServerInfo{};
    QSqlQuery q(db);
    if (app.id == 0)
        q.prepare(QStringLiteral(
            "INSERT INTO applications (version, name, folder_id, enabled, type_name, template_version, host_id, "
            "backup_id, redundancy_type, reconnect_timeout, reconnect_attempts, start_info, options, annex, "
            "ports_summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    else
        q.prepare(QStringLiteral(
            "UPDATE applications SET version = ?, name = ?, folder_id = ?, enabled = ?, type_name = ?, "
            "template_version = ?, host_id = ?, backup_id = ?, redundancy_type = ?, reconnect_timeout = ?, "
            "reconnect_attempts = ?, start_info = ?, options = ?, annex = ?, ports_summary = ? WHERE id = ?"));
    q.addBindValue(app.version);
    q.addBindValue(app.name);
    q.addBindValue(idOrNull(app.folderId));
    q.addBindValue(app.enabled ? 1 : 0);
    q.addBindValue(appTypeName(app.type));
    q.addBindValue(app.templateVersion);
    q.addBindValue(idOrNull(app.hostId));
    q.addBindValue(idOrNull(serverInfo.backupId));
    q.addBindValue(redundancyTypeKey(serverInfo.redundancyType));
    q.addBindValue(serverInfo.reconnectTimeout);
    q.addBindValue(serverInfo.reconnectAttempts);
    q.addBindValue(startInfoToJson(app.startInfo));
    q.addBindValue(optionsToJson(app.options));
    q.addBindValue(optionsToJson(app.annex));
    q.addBindValue(portsSummary(serverInfo.ports));
    if (app.id != 0)
        q.addBindValue(app.id);
    if (!exec(q, error))
        return false;
    if (app.id == 0) {
        app.id = q.lastInsertId().toLongLong();
    } else {
        QSqlQuery clear(db);
        clear.prepare(QStringLiteral("DELETE FROM ports WHERE application_id = ?"));
        clear.addBindValue(app.id);
        if (!exec(clear, error))
            return false;
        clear.prepare(QStringLiteral("DELETE FROM connections WHERE client_id = ?"));
        clear.addBindValue(app.id);
        if (!exec(clear, error))
            return false;
    }

    QSqlQuery port(db);
    port.prepare(QStringLiteral("INSERT INTO ports (application_id, position, port_id, port, protocol, "
                                "listening_mode, ha_sync, transport, host_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < serverInfo.ports.size(); ++i) {
        const auto &p = serverInfo.ports[i];
        port.bindValue(0, app.id);
        port.bindValue(1, i);
        port.bindValue(2, p.id);
        port.bindValue(3, p.port);
        port.bindValue(4, p.protocol);
        port.bindValue(5, listeningModeKey(p.listeningMode));
        port.bindValue(6, p.haSync ? 1 : 0);
        port.bindValue(7, p.transport);
        port.bindValue(8, idOrNull(app.hostId));
        if (!exec(port, error))
            return false;
    }
    QSqlQuery connection(db);
    connection.prepare(QStringLiteral(
        "INSERT INTO connections (client_id, position, server_id, port_id, protocol, addp_local_timeout, "
        "addp_remote_timeout, addp_trace, transport_params) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < app.connections.size(); ++i) {
        const auto &c = app.connections[i];
        connection.bindValue(0, app.id);
        connection.bindValue(1, i);
        connection.bindValue(2, c.serverId);
        connection.bindValue(3, c.portId);
        connection.bindValue(4, c.protocol);
        connection.bindValue(5, c.addpLocalTimeout);
        connection.bindValue(6, c.addpRemoteTimeout);
        connection.bindValue(7, addpTraceKey(c.addpTrace));
        connection.bindValue(8, c.transportParams);
        if (!exec(connection, error))
            return false;
    }
    return true;
}

} // namespace confman::sqlite
