// Persons and Access Groups in SQLite. Login state, audit and settings are in
// SqlitePersonState.cpp.
#include "models/store/SqlitePersonStore.h"

#include "models/store/SqliteSchema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <utility>

namespace confman {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("SqlitePersonStore", text); }

QVariant idOrNull(DbId id) { return id == 0 ? QVariant() : QVariant(id); }

std::optional<ObjectKind> kindFromName(const QString &name)
{
    for (ObjectKind k : {ObjectKind::Folder, ObjectKind::Host, ObjectKind::Application, ObjectKind::Person,
                         ObjectKind::AccessGroup})
        if (objectKindName(k) == name)
            return k;
    return std::nullopt;
}

Permissions rightsFromText(const QString &text)
{
    Permissions rights;
    for (const QString &key : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const auto p = permissionFromKey(key.trimmed()))
            rights |= *p;
    return rights;
}

QVector<DbId> idList(QSqlQuery &q)
{
    QVector<DbId> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

const QString kPersonSelect = QStringLiteral(
    "SELECT id, version, user_name, first_name, last_name, employee_id, enabled, folder_id, password_hash FROM persons");

Person personFrom(QSqlDatabase &db, const QSqlQuery &q)
{
    Person p;
    p.id = q.value(0).toLongLong();
    p.version = q.value(1).toInt();
    p.userName = q.value(2).toString();
    p.firstName = q.value(3).toString();
    p.lastName = q.value(4).toString();
    p.employeeId = q.value(5).toString();
    p.enabled = q.value(6).toBool();
    p.folderId = q.value(7).toLongLong();
    p.passwordHash = q.value(8).toString();
    QSqlQuery m(db);
    m.prepare(QStringLiteral("SELECT group_id FROM memberships WHERE person_id = ? ORDER BY group_id"));
    m.addBindValue(p.id);
    m.exec();
    p.memberOf = idList(m);
    return p;
}

const QString kGroupSelect = QStringLiteral("SELECT id, version, name, folder_id, is_default FROM access_groups");

AccessGroup groupFrom(QSqlDatabase &db, const QSqlQuery &q)
{
    AccessGroup g;
    g.id = q.value(0).toLongLong();
    g.version = q.value(1).toInt();
    g.name = q.value(2).toString();
    g.folderId = q.value(3).toLongLong();
    g.isDefault = q.value(4).toBool();
    QSqlQuery m(db);
    m.prepare(QStringLiteral("SELECT person_id FROM memberships WHERE group_id = ? ORDER BY person_id"));
    m.addBindValue(g.id);
    m.exec();
    g.members = idList(m);
    QSqlQuery p(db);
    p.prepare(QStringLiteral("SELECT object_kind, folder_id, rights FROM permissions WHERE group_id = ? ORDER BY position"));
    p.addBindValue(g.id);
    p.exec();
    while (p.next()) {
        const auto kind = kindFromName(p.value(0).toString());
        if (!kind)
            continue; // a kind this build does not know: no rights from it
        g.permissions.append({*kind, p.value(1).toLongLong(), rightsFromText(p.value(2).toString())});
    }
    return g;
}

bool run(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

bool exists(QSqlDatabase &db, const QString &table, DbId id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    return q.exec() && q.next();
}

int currentVersion(QSqlDatabase &db, const QString &table, DbId id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT version FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

Finding refusal(const QString &code, const QString &message, ObjectRef ref, const QString &name, const QString &field)
{
    return Finding{Severity::Error, code, message, ref, field, name};
}

SaveResult refused(Findings findings)
{
    SaveResult r;
    r.findings = std::move(findings);
    return r;
}

SaveResult storageFailure(const QString &error)
{
    SaveResult r;
    r.error = tr("The store could not be written: %1").arg(error);
    return r;
}

// Replaces the rows of `table` whose `ownerColumn` is `owner` by (owner, each id).
bool replaceMemberships(QSqlDatabase &db, const QString &ownerColumn, DbId owner, const QString &otherColumn,
                        const QVector<DbId> &others, QString *error)
{
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM memberships WHERE %1 = ?").arg(ownerColumn));
    del.addBindValue(owner);
    if (!run(del, error))
        return false;
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral("INSERT OR IGNORE INTO memberships (%1, %2) VALUES (?, ?)").arg(ownerColumn, otherColumn));
    for (DbId other : others) {
        ins.bindValue(0, owner);
        ins.bindValue(1, other);
        if (!run(ins, error))
            return false;
    }
    return true;
}

// The one row `sql` (with a single `?`) selects for `value`, decoded by `fromRow`.
template <typename FromRow>
auto selectOne(QSqlDatabase &db, const QString &sql, const QVariant &value, FromRow fromRow)
    -> std::optional<decltype(fromRow(db, std::declval<QSqlQuery &>()))>
{
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(value);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(db, q);
}

} // namespace

std::unique_ptr<SqlitePersonStore> SqlitePersonStore::open(const QString &path, QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::unique_ptr<SqlitePersonStore>();
    };
    if (path.isEmpty() || QFileInfo(path).isDir())
        return fail(tr("No store file was given."));
    static QAtomicInteger<quint64> counter;
    const QString name = QStringLiteral("confman-persons-%1").arg(counter.fetchAndAddRelaxed(1));
    std::unique_ptr<SqlitePersonStore> store(new SqlitePersonStore(name));
    QSqlDatabase &db = store->m_db;
    db.setDatabaseName(QFileInfo(path).absoluteFilePath());
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        return fail(tr("Cannot open the store %1: %2").arg(path, db.lastError().text()));
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA busy_timeout = 10000"));
    if (const auto problem = SqliteSchema::checkCompatible(db, path); !problem.isEmpty())
        return fail(problem);
    q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (const auto problem = SqliteSchema::migrate(db); !problem.isEmpty())
        return fail(problem);
    return store;
}

SqlitePersonStore::SqlitePersonStore(const QString &connectionName)
    : m_connectionName(connectionName), m_db(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName))
{
}

SqlitePersonStore::~SqlitePersonStore()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool SqlitePersonStore::begin()
{
    const bool ok = QSqlQuery(m_db).exec(m_depth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                                      : QStringLiteral("SAVEPOINT person_store_nested"));
    if (ok)
        ++m_depth;
    return ok;
}

// A failed commit leaves the level open: the caller rolls it back.
bool SqlitePersonStore::commit()
{
    if (m_depth <= 0)
        return false;
    const bool ok = QSqlQuery(m_db).exec(m_depth == 1 ? QStringLiteral("COMMIT")
                                                      : QStringLiteral("RELEASE person_store_nested"));
    if (ok)
        --m_depth;
    return ok;
}

void SqlitePersonStore::rollback()
{
    if (m_depth <= 0)
        return;
    if (m_depth == 1) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    } else {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK TO person_store_nested"));
        QSqlQuery(m_db).exec(QStringLiteral("RELEASE person_store_nested"));
    }
    --m_depth;
}

void SqlitePersonStore::notify(ObjectRef ref, bool removed)
{
    if (m_depth > 0) {
        m_pendingSignals.append({ref, removed});
        return;
    }
    if (removed)
        Q_EMIT objectRemoved(ref);
    else
        Q_EMIT objectSaved(ref);
}

bool SqlitePersonStore::runInTransaction(const std::function<bool()> &work)
{
    const qsizetype pendingBefore = m_pendingSignals.size();
    if (!begin())
        return false;
    if (!work() || !commit()) {
        rollback();
        m_pendingSignals.resize(pendingBefore); // what was rolled back was never saved
        return false;
    }
    if (m_depth == 0) {
        const auto pending = std::exchange(m_pendingSignals, {});
        for (const auto &[ref, removed] : pending)
            notify(ref, removed);
    }
    return true;
}

QVector<Person> SqlitePersonStore::persons() const
{
    QVector<Person> result;
    QSqlQuery q(m_db);
    q.exec(kPersonSelect + QStringLiteral(" ORDER BY user_name"));
    while (q.next())
        result.append(personFrom(m_db, q));
    return result;
}

std::optional<Person> SqlitePersonStore::person(DbId id) const
{
    return selectOne(m_db, kPersonSelect + QStringLiteral(" WHERE id = ?"), id, personFrom);
}

std::optional<Person> SqlitePersonStore::personByUserName(const QString &userName) const
{
    return selectOne(m_db, kPersonSelect + QStringLiteral(" WHERE user_name = ?"), userName, personFrom);
}

QVector<AccessGroup> SqlitePersonStore::accessGroups() const
{
    QVector<AccessGroup> result;
    QSqlQuery q(m_db);
    q.exec(kGroupSelect + QStringLiteral(" ORDER BY name"));
    while (q.next())
        result.append(groupFrom(m_db, q));
    return result;
}

std::optional<AccessGroup> SqlitePersonStore::accessGroup(DbId id) const
{
    return selectOne(m_db, kGroupSelect + QStringLiteral(" WHERE id = ?"), id, groupFrom);
}

std::optional<AccessGroup> SqlitePersonStore::accessGroupByName(const QString &name) const
{
    return selectOne(m_db, kGroupSelect + QStringLiteral(" WHERE name = ?"), name, groupFrom);
}

Findings SqlitePersonStore::validate(const Person &p) const
{
    Findings f;
    const ObjectRef ref{ObjectKind::Person, p.id};
    if (p.userName.trimmed().isEmpty())
        f.append(refusal(QStringLiteral("person.user-name-empty"), tr("The user name must not be empty."), ref,
                         p.userName, QStringLiteral("userName")));
    else if (p.userName != p.userName.trimmed()
             || std::any_of(p.userName.cbegin(), p.userName.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        f.append(refusal(QStringLiteral("person.user-name-invalid"),
                         tr("The user name must not start or end with spaces or hold control characters."), ref,
                         p.userName, QStringLiteral("userName")));
    else if (const auto other = personByUserName(p.userName); other && other->id != p.id)
        f.append(refusal(QStringLiteral("person.user-name-taken"),
                         tr("The user name \"%1\" is already used by another Person.").arg(p.userName), ref,
                         p.userName, QStringLiteral("userName")));
    for (DbId g : p.memberOf)
        if (!exists(m_db, QStringLiteral("access_groups"), g))
            f.append(refusal(QStringLiteral("person.group-missing"),
                             tr("Member Of names an access group that does not exist (id %1).").arg(g), ref,
                             p.userName, QStringLiteral("memberOf")));
    if (p.folderId != 0 && !exists(m_db, QStringLiteral("folders"), p.folderId))
        f.append(refusal(QStringLiteral("person.folder-missing"), tr("The folder does not exist."), ref, p.userName,
                         QStringLiteral("folder")));
    return f;
}

Findings SqlitePersonStore::validate(const AccessGroup &g) const
{
    Findings f;
    const ObjectRef ref{ObjectKind::AccessGroup, g.id};
    if (g.name.trimmed().isEmpty() || g.name != g.name.trimmed())
        f.append(refusal(QStringLiteral("access-group.name-invalid"),
                         tr("The access group name must not be empty or start or end with spaces."), ref, g.name,
                         QStringLiteral("name")));
    else if (const auto other = accessGroupByName(g.name); other && other->id != g.id)
        f.append(refusal(QStringLiteral("access-group.name-taken"),
                         tr("The access group name \"%1\" is already used.").arg(g.name), ref, g.name,
                         QStringLiteral("name")));
    for (DbId m : g.members)
        if (!exists(m_db, QStringLiteral("persons"), m))
            f.append(refusal(QStringLiteral("access-group.member-missing"),
                             tr("Members names a Person that does not exist (id %1).").arg(m), ref, g.name,
                             QStringLiteral("members")));
    for (const auto &grant : g.permissions)
        if (grant.folderId != 0 && !exists(m_db, QStringLiteral("folders"), grant.folderId))
            f.append(refusal(QStringLiteral("access-group.folder-missing"),
                             tr("A permission names a folder that does not exist (id %1).").arg(grant.folderId), ref,
                             g.name, QStringLiteral("permissions")));
    return f;
}

SaveResult SqlitePersonStore::save(const Person &input, ConflictPolicy policy)
{
    Person p = input;
    if (!begin())
        return storageFailure(m_db.lastError().text());
    if (p.id != 0) {
        const int current = currentVersion(m_db, QStringLiteral("persons"), p.id);
        if (current < 0 || (current != p.version && policy == ConflictPolicy::Refuse)) {
            rollback();
            SaveResult r;
            r.conflict = Conflict{p.version, std::max(current, 0), {}, current < 0, {}};
            return r;
        }
        p.version = current;
    }
    if (auto findings = validate(p); hasErrors(findings)) {
        rollback();
        return refused(findings);
    }
    QSqlQuery q(m_db);
    if (p.id == 0)
        q.prepare(QStringLiteral("INSERT INTO persons (user_name, first_name, last_name, employee_id, enabled, "
                                 "folder_id, password_hash, version) VALUES (?, ?, ?, ?, ?, ?, ?, 1)"));
    else
        q.prepare(QStringLiteral("UPDATE persons SET user_name = ?, first_name = ?, last_name = ?, employee_id = ?, "
                                 "enabled = ?, folder_id = ?, password_hash = ?, version = version + 1 WHERE id = ?"));
    q.addBindValue(p.userName);
    q.addBindValue(p.firstName.isNull() ? QStringLiteral("") : p.firstName);
    q.addBindValue(p.lastName.isNull() ? QStringLiteral("") : p.lastName);
    q.addBindValue(p.employeeId.isNull() ? QStringLiteral("") : p.employeeId);
    q.addBindValue(p.enabled ? 1 : 0);
    q.addBindValue(idOrNull(p.folderId));
    q.addBindValue(p.passwordHash.isNull() ? QStringLiteral("") : p.passwordHash);
    if (p.id != 0)
        q.addBindValue(p.id);
    QString error;
    if (!run(q, &error)) {
        rollback();
        return storageFailure(error);
    }
    if (p.id == 0)
        p.id = q.lastInsertId().toLongLong();
    if (!replaceMemberships(m_db, QStringLiteral("person_id"), p.id, QStringLiteral("group_id"), p.memberOf, &error)
        || !commit()) {
        rollback();
        return storageFailure(error.isEmpty() ? m_db.lastError().text() : error);
    }
    SaveResult r;
    r.ok = true;
    r.id = p.id;
    r.version = p.version + 1;
    notify({ObjectKind::Person, p.id}, false);
    return r;
}

SaveResult SqlitePersonStore::save(const AccessGroup &input, ConflictPolicy policy)
{
    AccessGroup g = input;
    if (!begin())
        return storageFailure(m_db.lastError().text());
    if (g.id != 0) {
        const int current = currentVersion(m_db, QStringLiteral("access_groups"), g.id);
        if (current < 0 || (current != g.version && policy == ConflictPolicy::Refuse)) {
            rollback();
            SaveResult r;
            r.conflict = Conflict{g.version, std::max(current, 0), {}, current < 0, {}};
            return r;
        }
        g.version = current;
    }
    if (auto findings = validate(g); hasErrors(findings)) {
        rollback();
        return refused(findings);
    }
    QSqlQuery q(m_db);
    if (g.id == 0)
        q.prepare(QStringLiteral("INSERT INTO access_groups (name, folder_id, is_default, version) VALUES (?, ?, ?, 1)"));
    else
        q.prepare(QStringLiteral("UPDATE access_groups SET name = ?, folder_id = ?, is_default = ?, "
                                 "version = version + 1 WHERE id = ?"));
    q.addBindValue(g.name);
    q.addBindValue(idOrNull(g.folderId));
    q.addBindValue(g.isDefault ? 1 : 0);
    if (g.id != 0)
        q.addBindValue(g.id);
    QString error;
    if (!run(q, &error)) {
        rollback();
        return storageFailure(error);
    }
    if (g.id == 0)
        g.id = q.lastInsertId().toLongLong();
    bool ok = replaceMemberships(m_db, QStringLiteral("group_id"), g.id, QStringLiteral("person_id"), g.members, &error);
    QSqlQuery del(m_db);
    del.prepare(QStringLiteral("DELETE FROM permissions WHERE group_id = ?"));
    del.addBindValue(g.id);
    ok = ok && run(del, &error);
    QSqlQuery ins(m_db);
    ins.prepare(QStringLiteral("INSERT INTO permissions (group_id, position, object_kind, folder_id, rights) "
                               "VALUES (?, ?, ?, ?, ?)"));
    for (int i = 0; ok && i < g.permissions.size(); ++i) {
        const auto &grant = g.permissions.at(i);
        ins.bindValue(0, g.id);
        ins.bindValue(1, i);
        ins.bindValue(2, objectKindName(grant.kind));
        ins.bindValue(3, idOrNull(grant.folderId));
        ins.bindValue(4, permissionKeys(grant.rights).join(QLatin1Char(',')));
        ok = run(ins, &error);
    }
    if (!ok || !commit()) {
        rollback();
        return storageFailure(error.isEmpty() ? m_db.lastError().text() : error);
    }
    SaveResult r;
    r.ok = true;
    r.id = g.id;
    r.version = g.version + 1;
    notify({ObjectKind::AccessGroup, g.id}, false);
    return r;
}

SaveResult SqlitePersonStore::setPasswordHash(DbId personId, const QString &hash)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE persons SET password_hash = ?, version = version + 1 WHERE id = ?"));
    q.addBindValue(hash.isNull() ? QStringLiteral("") : hash);
    q.addBindValue(personId);
    QString error;
    if (!run(q, &error))
        return storageFailure(error);
    SaveResult r;
    if (q.numRowsAffected() != 1) {
        r.conflict = Conflict{0, 0, {}, true, {}};
        return r;
    }
    r.ok = true;
    r.id = personId;
    r.version = currentVersion(m_db, QStringLiteral("persons"), personId);
    notify({ObjectKind::Person, personId}, false);
    return r;
}

SaveResult SqlitePersonStore::removePerson(DbId id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM persons WHERE id = ?"));
    q.addBindValue(id);
    QString error;
    if (!run(q, &error))
        return storageFailure(error);
    SaveResult r;
    r.ok = q.numRowsAffected() == 1;
    r.id = id;
    if (r.ok)
        notify({ObjectKind::Person, id}, true);
    else
        r.conflict = Conflict{0, 0, {}, true, {}};
    return r;
}

SaveResult SqlitePersonStore::removeAccessGroup(DbId id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM access_groups WHERE id = ?"));
    q.addBindValue(id);
    QString error;
    if (!run(q, &error))
        return storageFailure(error);
    SaveResult r;
    r.ok = q.numRowsAffected() == 1;
    r.id = id;
    if (r.ok)
        notify({ObjectKind::AccessGroup, id}, true);
    else
        r.conflict = Conflict{0, 0, {}, true, {}};
    return r;
}

} // namespace confman
