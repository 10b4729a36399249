#pragma once
// Reading and writing the configuration objects as rows of the SQLite schema
// (SqliteSchema). Enumerations are stored as their names/keys, options and
// start info as JSON text. Callers own the transaction.
#include "models/config/Application.h"
#include "models/config/Folder.h"
#include "models/config/Host.h"
#include "models/config/Summaries.h"

#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace confman::sqlite {

QString optionsToJson(const OptionSections &options);
OptionSections optionsFromJson(const QString &json);
QString startInfoToJson(const StartInfo &info);
StartInfo startInfoFromJson(const QString &json);
// What the application list shows in its Ports column.
QString portsSummary(const QVector<Port> &ports);

std::optional<Folder> readFolder(QSqlDatabase &db, DbId id);
QVector<Folder> readFolders(QSqlDatabase &db);
std::optional<Host> readHost(QSqlDatabase &db, DbId id);
QVector<Host> readAllHosts(QSqlDatabase &db);
std::optional<Application> readApplication(QSqlDatabase &db, DbId id);
QVector<Application> readAllApplications(QSqlDatabase &db);
// The applications with these ids that exist, in that order.
QVector<Application> readApplications(QSqlDatabase &db, const QVector<DbId> &ids);

// Current version of a stored object, or nullopt when it does not exist.
std::optional<int> storedVersion(QSqlDatabase &db, const QString &table, DbId id);

// Inserts (id == 0, gets a new id) or replaces the row(s) of the object with
// `version`. Returns false and sets *error on a storage failure.
bool writeFolder(QSqlDatabase &db, Folder &folder, QString *error);
bool writeHost(QSqlDatabase &db, Host &host, QString *error);
bool writeApplication(QSqlDatabase &db, Application &app, QString *error);

} // namespace confman::sqlite
