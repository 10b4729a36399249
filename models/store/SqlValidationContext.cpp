#include "models/store/SqlValidationContext.h"

#include "models/store/SqliteRecords.h"

#include <QSqlQuery>
#include <QVariant>

namespace confman {

namespace {
std::optional<DbId> idByName(QSqlDatabase &db, const QString &table, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM %1 WHERE name = ?").arg(table));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}
} // namespace

std::optional<DbId> SqlValidationContext::hostIdByName(const QString &name) const
{
    return idByName(m_db, QStringLiteral("hosts"), name);
}

std::optional<DbId> SqlValidationContext::applicationIdByName(const QString &name) const
{
    return idByName(m_db, QStringLiteral("applications"), name);
}

std::optional<Host> SqlValidationContext::host(DbId id) const { return sqlite::readHost(m_db, id); }

std::optional<Application> SqlValidationContext::application(DbId id) const
{
    return sqlite::readApplication(m_db, id);
}

QVector<PortUser> SqlValidationContext::portUsers(DbId hostId, int port) const
{
    // ports_host_port finds the few ports with this number on this host.
    QVector<PortUser> users;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.id, a.name, p.port_id, a.type_name FROM ports p "
                             "JOIN applications a ON a.id = p.application_id "
                             "WHERE p.host_id = ? AND p.port = ? AND a.enabled = 1 ORDER BY a.name, p.position"));
    q.addBindValue(hostId);
    q.addBindValue(port);
    q.exec();
    while (q.next()) {
        const auto type = appTypeFromName(q.value(3).toString());
        if (type && isGuiType(*type))
            continue;
        users.append(PortUser{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    }
    return users;
}

QVector<DbId> SqlValidationContext::primariesOf(DbId backupId) const
{
    QVector<DbId> ids;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM applications WHERE backup_id = ? ORDER BY id"));
    q.addBindValue(backupId);
    q.exec();
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

} // namespace confman
