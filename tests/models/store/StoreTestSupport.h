#pragma once
// Helpers for the SQLite store tests: objects that pass validation, and a
// look at the file through a connection of its own.
#include "models/store/SqliteStore.h"
#include "tests/support/TempStoreFile.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QUuid>
#include <gtest/gtest.h>

namespace confman::test {

inline std::unique_ptr<SqliteStore> openStore(const QString &path)
{
    QString error;
    auto store = SqliteStore::open(path, &error);
    EXPECT_TRUE(store) << error.toStdString();
    return store;
}

inline Host makeHost(const QString &name, OsType os = OsType::Linux)
{
    Host h;
    h.name = name;
    h.address = name + QStringLiteral(".contoso.example");
    h.osType = os;
    return h;
}

inline Port makePort(const QString &id, int number, ListeningMode mode = ListeningMode::Unsecured)
{
    Port p;
    p.id = id;
    p.port = number;
    p.listeningMode = mode;
    return p;
}

inline Application makeServer(const QString &name, DbId hostId, int port, AppType type = AppType::StatServer)
{
    Application a;
    a.name = name;
    a.type = type;
    a.hostId = hostId;
    a.serverInfo.ports = {makePort(QStringLiteral("default"), port)};
    return a;
}

inline Connection makeConnection(DbId serverId, const QString &portId = QStringLiteral("default"))
{
    Connection c;
    c.serverId = serverId;
    c.portId = portId;
    return c;
}

// Runs `work` with a connection of its own to the file at `path`.
template <typename Work>
auto withConnection(const QString &path, Work work)
{
    const QString name = QStringLiteral("test-") + QUuid::createUuid().toString();
    struct Remover
    {
        QString name;
        ~Remover() { QSqlDatabase::removeDatabase(name); }
    } remover{name};
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    EXPECT_TRUE(db.open());
    return work(db);
}

// Every row of every table of the store, as text: equal dumps = equal content.
inline QString contentDump(const QString &path)
{
    return withConnection(path, [](QSqlDatabase &db) {
        QStringList out;
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA user_version"));
        out << (q.next() ? q.value(0).toString() : QStringLiteral("?"));
        QStringList tables;
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        while (q.next())
            tables << q.value(0).toString();
        for (const auto &table : tables) {
            out << QStringLiteral("[%1]").arg(table);
            QSqlQuery rows(db);
            rows.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table));
            while (rows.next()) {
                QStringList values;
                for (int i = 0; i < rows.record().count(); ++i)
                    values << (rows.value(i).isNull() ? QStringLiteral("NULL") : rows.value(i).toString());
                out << values.join(QLatin1Char('|'));
            }
        }
        return out.join(QLatin1Char('\n'));
    });
}

inline bool hasCode(const Findings &findings, const QString &code)
{
    for (const auto &f : findings)
        if (f.code == code && f.isError())
            return true;
    return false;
}

} // namespace confman::test
