#include "models/store/SqliteSchema.h"

#include "models/store/SqlitePersonSchema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace confman {

namespace {

// One entry per schema version; never edit a released step, add a new one.
// ports.host_id copies the application's host (rewritten with the ports on
// every save) so "who uses this port on this host" is one index lookup.
const QStringList &migrationSteps()
{
    static const QStringList steps = {
        // Version 1: folders, hosts, applications, ports, connections.
        QStringLiteral(R"SQL(
PRAGMA application_id = %1;
CREATE TABLE folders (
    id        INTEGER PRIMARY KEY,
    version   INTEGER NOT NULL DEFAULT 1,
    kind      TEXT    NOT NULL,
    name      TEXT    NOT NULL,
    parent_id INTEGER REFERENCES folders(id)
);
CREATE UNIQUE INDEX folders_name ON folders(kind, ifnull(parent_id, 0), name);
CREATE INDEX folders_parent ON folders(parent_id);

CREATE TABLE hosts (
    id          INTEGER PRIMARY KEY,
    version     INTEGER NOT NULL DEFAULT 1,
    name        TEXT    NOT NULL,
    folder_id   INTEGER REFERENCES folders(id),
    enabled     INTEGER NOT NULL DEFAULT 1,
    address     TEXT    NOT NULL DEFAULT '',
    os_type     TEXT    NOT NULL,
    lca_port    INTEGER NOT NULL DEFAULT 4999,
    certificate_description TEXT NOT NULL DEFAULT '',
    annex       TEXT    NOT NULL DEFAULT '{}'
);
CREATE UNIQUE INDEX hosts_name ON hosts(name);
CREATE INDEX hosts_folder ON hosts(folder_id);

CREATE TABLE applications (
    id                 INTEGER PRIMARY KEY,
    version            INTEGER NOT NULL DEFAULT 1,
    name               TEXT    NOT NULL,
    folder_id          INTEGER REFERENCES folders(id),
    enabled            INTEGER NOT NULL DEFAULT 1,
    type_name          TEXT    NOT NULL,
    template_version   TEXT    NOT NULL DEFAULT '',
    host_id            INTEGER REFERENCES hosts(id),
    backup_id          INTEGER REFERENCES applications(id),
    redundancy_type    TEXT    NOT NULL DEFAULT 'not-specified',
    reconnect_timeout  INTEGER NOT NULL DEFAULT 10,
    reconnect_attempts INTEGER NOT NULL DEFAULT 1,
    start_info         TEXT    NOT NULL DEFAULT '{}',
    options            TEXT    NOT NULL DEFAULT '{}',
    annex              TEXT    NOT NULL DEFAULT '{}',
    ports_summary      TEXT    NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX applications_name ON applications(name);
CREATE INDEX applications_host ON applications(host_id);
CREATE INDEX applications_backup ON applications(backup_id);
CREATE INDEX applications_folder ON applications(folder_id);

CREATE TABLE ports (
    id             INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    host_id        INTEGER,
    position       INTEGER NOT NULL,
    port_id        TEXT    NOT NULL,
    port           INTEGER NOT NULL,
    protocol       TEXT    NOT NULL DEFAULT '',
    listening_mode TEXT    NOT NULL DEFAULT 'unsecured',
    ha_sync        INTEGER NOT NULL DEFAULT 0,
    transport      TEXT    NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX ports_application ON ports(application_id, port_id);
CREATE INDEX ports_host_port ON ports(host_id, port);

CREATE TABLE connections (
    id                  INTEGER PRIMARY KEY,
    client_id           INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    position            INTEGER NOT NULL,
    server_id           INTEGER NOT NULL REFERENCES applications(id),
    port_id             TEXT    NOT NULL,
    protocol            TEXT    NOT NULL DEFAULT '',
    addp_local_timeout  INTEGER NOT NULL DEFAULT 0,
    addp_remote_timeout INTEGER NOT NULL DEFAULT 0,
    addp_trace          TEXT    NOT NULL DEFAULT 'off',
    transport_params    TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX connections_client ON connections(client_id, position);
CREATE INDEX connections_server ON connections(server_id);
)SQL").arg(SqliteSchema::kApplicationId),
        // Version 2: persons, access groups, memberships, permissions, logins,
        // audit_log, store_settings (SqlitePersonSchema.cpp).
        personSchemaStep(),
    };
    return steps;
}

QString tr(const char *text) { return QCoreApplication::translate("SqliteSchema", text); }

int intPragma(QSqlDatabase &db, const QString &pragma, bool *ok = nullptr)
{
    QSqlQuery q(db);
    const bool ran = q.exec(QStringLiteral("PRAGMA ") + pragma) && q.next();
    if (ok)
        *ok = ran;
    return ran ? q.value(0).toInt() : 0;
}

bool execAll(QSqlDatabase &db, const QString &script, QString *error)
{
    // QSqlQuery runs one statement at a time; the steps hold no ';' in literals.
    const auto statements = script.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const auto &statement : statements) {
        if (statement.trimmed().isEmpty())
            continue;
        QSqlQuery q(db);
        if (!q.exec(statement)) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

int SqliteSchema::latestVersion() { return int(migrationSteps().size()); }

int SqliteSchema::version(QSqlDatabase &db) { return intPragma(db, QStringLiteral("user_version")); }

QString SqliteSchema::checkCompatible(QSqlDatabase &db, const QString &path)
{
    bool ok = false;
    const int userVersion = intPragma(db, QStringLiteral("user_version"), &ok);
    if (!ok)
        return tr("%1 is not a Confman store (it is not an SQLite database or cannot be read).").arg(path);
    const int appId = intPragma(db, QStringLiteral("application_id"));
    const int tables = [&] {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next() ? q.value(0).toInt() : -1;
    }();
    if (tables < 0)
        return tr("%1 is not a Confman store (it is not an SQLite database or cannot be read).").arg(path);
    const bool empty = userVersion == 0 && appId == 0 && tables == 0;
    if (!empty && appId != kApplicationId)
        return tr("%1 is not a Confman store (it is another program's SQLite database).").arg(path);
    if (userVersion > latestVersion())
        return tr("%1 was written by a newer Confman (store format %2; this version reads up to %3). "
                  "Use a newer Confman to open it.")
            .arg(path)
            .arg(userVersion)
            .arg(latestVersion());
    return {};
}

QString SqliteSchema::migrate(QSqlDatabase &db)
{
    const auto &steps = migrationSteps();
    for (int target = 1; target <= int(steps.size()); ++target) {
        QSqlQuery begin(db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return tr("Cannot update the store format: %1").arg(begin.lastError().text());
        // Read again inside the lock: another process may have migrated meanwhile.
        if (version(db) >= target) {
            QSqlQuery(db).exec(QStringLiteral("COMMIT"));
            continue;
        }
        QString error;
        if (!execAll(db, steps[target - 1], &error)
            || !execAll(db, QStringLiteral("PRAGMA user_version = %1").arg(target), &error)) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return tr("Cannot update the store format to version %1: %2").arg(target).arg(error);
        }
        QSqlQuery commit(db);
        if (!commit.exec(QStringLiteral("COMMIT"))) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return tr("Cannot update the store format to version %1: %2").arg(target).arg(commit.lastError().text());
        }
    }
    return {};
}

} // namespace confman
