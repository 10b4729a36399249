// Login state, audit trail and store settings of SqlitePersonStore.
#include "models/store/SqlitePersonStore.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace confman {

namespace {

QString isoText(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }
QDateTime fromIso(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC(); // written with 'Z' 
}

std::optional<ObjectKind> kindFromName(const QString &name)
{
    for (ObjectKind k : {ObjectKind::Folder, ObjectKind::Host, ObjectKind::Application, ObjectKind::Person,
                         ObjectKind::AccessGroup})
        if (objectKindName(k) == name)
            return k;
    return std::nullopt;
}

QString textOrEmpty(const QString &s) { return s.isNull() ? QStringLiteral("") : s; }

} // namespace

bool SqlitePersonStore::ensureLoginRow(DbId personId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO logins (person_id) SELECT id FROM persons WHERE id = ?"));
    q.addBindValue(personId);
    return q.exec();
}

LoginRecord SqlitePersonStore::lastLogin(DbId personId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT last_at, last_application FROM logins WHERE person_id = ?"));
    q.addBindValue(personId);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return {};
    return {fromIso(q.value(0).toString()), q.value(1).toString()};
}

bool SqlitePersonStore::recordLogin(DbId personId, const LoginRecord &login)
{
    if (!ensureLoginRow(personId))
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE logins SET last_at = ?, last_application = ?, failed_count = 0 WHERE person_id = ?"));
    q.addBindValue(isoText(login.at));
    q.addBindValue(textOrEmpty(login.applicationName));
    q.addBindValue(personId);
    return q.exec() && q.numRowsAffected() == 1;
}

int SqlitePersonStore::failedLogins(DbId personId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT failed_count FROM logins WHERE person_id = ?"));
    q.addBindValue(personId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

bool SqlitePersonStore::setFailedLogins(DbId personId, int count)
{
    if (!ensureLoginRow(personId))
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE logins SET failed_count = ? WHERE person_id = ?"));
    q.addBindValue(std::max(count, 0));
    q.addBindValue(personId);
    return q.exec() && q.numRowsAffected() == 1;
}

bool SqlitePersonStore::isLocked(DbId personId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT locked FROM logins WHERE person_id = ?"));
    q.addBindValue(personId);
    return q.exec() && q.next() && q.value(0).toBool();
}

bool SqlitePersonStore::setLocked(DbId personId, bool locked)
{
    if (!ensureLoginRow(personId))
        return false;
    QSqlQuery q(m_db);
    q.prepare(locked ? QStringLiteral("UPDATE logins SET locked = 1 WHERE person_id = ?")
                     : QStringLiteral("UPDATE logins SET locked = 0, failed_count = 0 WHERE person_id = ?"));
    q.addBindValue(personId);
    return q.exec() && q.numRowsAffected() == 1;
}

bool SqlitePersonStore::appendAudit(const AuditEntry &entry)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, who, action, object_kind, object_id, object_name, "
                             "application, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(isoText(entry.at.isValid() ? entry.at : QDateTime::currentDateTimeUtc()));
    q.addBindValue(textOrEmpty(entry.who));
    q.addBindValue(auditActionKey(entry.action));
    q.addBindValue(entry.object ? QVariant(objectKindName(entry.object->kind)) : QVariant());
    q.addBindValue(entry.object ? QVariant(entry.object->id) : QVariant());
    q.addBindValue(textOrEmpty(entry.objectName));
    q.addBindValue(textOrEmpty(entry.application));
    q.addBindValue(textOrEmpty(entry.details));
    return q.exec();
}

QVector<AuditEntry> SqlitePersonStore::audit(const AuditQuery &query) const
{
    QString sql = QStringLiteral("SELECT id, at, who, action, object_kind, object_id, object_name, application, details "
                                 "FROM audit_log WHERE 1 = 1");
    if (query.object)
        sql += QStringLiteral(" AND object_kind = ? AND object_id = ?");
    if (!query.who.isEmpty())
        sql += QStringLiteral(" AND who = ?");
    sql += QStringLiteral(" ORDER BY id DESC");
    if (query.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(query.limit);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    if (query.object) {
        q.addBindValue(objectKindName(query.object->kind));
        q.addBindValue(query.object->id);
    }
    if (!query.who.isEmpty())
        q.addBindValue(query.who);
    QVector<AuditEntry> result;
    if (!q.exec())
        return result;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = fromIso(q.value(1).toString());
        e.who = q.value(2).toString();
        e.action = auditActionFromKey(q.value(3).toString()).value_or(AuditAction::ObjectChanged);
        if (const auto kind = kindFromName(q.value(4).toString()))
            e.object = ObjectRef{*kind, q.value(5).toLongLong()};
        e.objectName = q.value(6).toString();
        e.application = q.value(7).toString();
        e.details = q.value(8).toString();
        result.append(e);
    }
    std::reverse(result.begin(), result.end()); // oldest first
    return result;
}

std::optional<QString> SqlitePersonStore::setting(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM store_settings WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

bool SqlitePersonStore::setSetting(const QString &key, const QString &value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO store_settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(textOrEmpty(value));
    return q.exec();
}

} // namespace confman
