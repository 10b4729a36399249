#include "models/store/SqliteStore.h"

#include "models/config/Validator.h"
#include "models/store/ObjectDifferences.h"
#include "models/store/SqlValidationContext.h"
#include "models/store/SqliteRecords.h"
#include "models/store/SqliteSchema.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace confman {

namespace {

QString kindName(ObjectKind kind) { return objectKindName(kind); }
QString tableOf(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Folder: return QStringLiteral("folders");
    case ObjectKind::Host: return QStringLiteral("hosts");
    case ObjectKind::Application: return QStringLiteral("applications");
    default: return {};
    }
}

template <typename Object> constexpr ObjectKind kindOf();
template <> constexpr ObjectKind kindOf<Host>() { return ObjectKind::Host; }
template <> constexpr ObjectKind kindOf<Application>() { return ObjectKind::Application; }
template <> constexpr ObjectKind kindOf<Folder>() { return ObjectKind::Folder; }

std::optional<Host> readObject(QSqlDatabase &db, DbId id, const Host *) { return sqlite::readHost(db, id); }
std::optional<Application> readObject(QSqlDatabase &db, DbId id, const Application *)
{
    return sqlite::readApplication(db, id);
}
std::optional<Folder> readObject(QSqlDatabase &db, DbId id, const Folder *) { return sqlite::readFolder(db, id); }

bool writeObject(QSqlDatabase &db, Host &o, QString *e) { return sqlite::writeHost(db, o, e); }
bool writeObject(QSqlDatabase &db, Application &o, QString *e) { return sqlite::writeApplication(db, o, e); }
bool writeObject(QSqlDatabase &db, Folder &o, QString *e) { return sqlite::writeFolder(db, o, e); }

Finding refusal(const QString &code, const QString &message, ObjectRef ref, const QString &name,
                const QString &field = {})
{
    return Finding{Severity::Error, code, message, ref, field, name};
}

QVector<DbId> ids(QSqlQuery &q)
{
    QVector<DbId> result;
    while (q.next())
        result.append(q.value(0).toLongLong());
    return result;
}

QString nameOf(QSqlDatabase &db, ObjectKind kind, DbId id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name FROM %1 WHERE id = ?").arg(tableOf(kind)));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

HostSummary hostSummaryFrom(const QSqlQuery &q)
{
    HostSummary s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.address = q.value(2).toString();
    s.osType = osTypeFromName(q.value(3).toString()).value_or(OsType::Windows);
    s.lcaPort = q.value(4).toInt();
    s.folderId = q.value(5).toLongLong();
    s.enabled = q.value(6).toBool();
    return s;
}
const QString kHostSummarySelect =
    QStringLiteral("SELECT id, name, address, os_type, lca_port, folder_id, enabled FROM hosts");

ApplicationSummary applicationSummaryFrom(const QSqlQuery &q)
{
    ApplicationSummary s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.type = appTypeFromName(q.value(2).toString()).value_or(AppType::CustomServer);
    s.hostId = q.value(3).toLongLong();
    s.backupId = q.value(4).toLongLong();
    s.folderId = q.value(5).toLongLong();
    s.enabled = q.value(6).toBool();
    s.portsText = q.value(7).toString();
    return s;
}
// The list loads from the applications table alone (ports_summary is kept on save).
const QString kApplicationSummarySelect = QStringLiteral(
    "SELECT id, name, type_name, host_id, backup_id, folder_id, enabled, ports_summary FROM applications");

bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace

// One write transaction (BEGIN IMMEDIATE) or, nested, a savepoint. Rolls back
// unless committed; signals queued inside are emitted after the outermost commit.
class SqliteStore::Transaction
{
public:
    explicit Transaction(SqliteStore &store) : m_store(store), m_level(store.m_depth), m_mark(store.m_pending.size())
    {
        QSqlQuery q(m_store.m_db);
        if (q.exec(m_level == 0 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT sp%1").arg(m_level))) {
            m_open = true;
            ++m_store.m_depth;
        } else {
            m_error = SqliteStore::tr("The store cannot be written now (%1). Try again.").arg(q.lastError().text());
        }
    }
    ~Transaction()
    {
        if (m_open)
            rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool ok() const { return m_open; }
    QString error() const { return m_error; }

    bool commit(QString *error)
    {
        m_open = false;
        --m_store.m_depth;
        QSqlQuery q(m_store.m_db);
        if (m_level > 0)
            return q.exec(QStringLiteral("RELEASE sp%1").arg(m_level));
        if (!q.exec(QStringLiteral("COMMIT"))) {
            *error = SqliteStore::tr("The change could not be saved (%1).").arg(q.lastError().text());
            QSqlQuery(m_store.m_db).exec(QStringLiteral("ROLLBACK"));
            m_store.m_pending.clear();
            return false;
        }
        const auto pending = std::exchange(m_store.m_pending, {});
        for (const auto &signal : pending) {
            if (signal.removed)
                Q_EMIT m_store.objectRemoved(signal.ref);
            else
                Q_EMIT m_store.objectSaved(signal.ref);
        }
        return true;
    }

    void rollback()
    {
        m_open = false;
        --m_store.m_depth;
        QSqlQuery q(m_store.m_db);
        if (m_level > 0) {
            q.exec(QStringLiteral("ROLLBACK TO sp%1").arg(m_level));
            q.exec(QStringLiteral("RELEASE sp%1").arg(m_level));
        } else {
            q.exec(QStringLiteral("ROLLBACK"));
        }
        m_store.m_pending.resize(m_mark);
    }

private:
    SqliteStore &m_store;
    int m_level;
    qsizetype m_mark;
    bool m_open = false;
    QString m_error;
};

// Reads made of several queries see one snapshot of the file.
class SqliteStore::ReadTransaction
{
public:
    explicit ReadTransaction(const SqliteStore &store) : m_store(const_cast<SqliteStore &>(store))
    {
        if (m_store.m_depth == 0 && QSqlQuery(m_store.m_db).exec(QStringLiteral("BEGIN"))) {
            m_open = true;
            ++m_store.m_depth;
        }
    }
    ~ReadTransaction()
    {
        if (m_open) {
            --m_store.m_depth;
            QSqlQuery(m_store.m_db).exec(QStringLiteral("COMMIT"));
        }
    }
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    SqliteStore &m_store;
    bool m_open = false;
};

std::unique_ptr<SqliteStore> SqliteStore::open(const QString &path, QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::unique_ptr<SqliteStore>();
    };
    if (path.isEmpty())
        return fail(tr("No store file was given."));
    const QFileInfo info(path);
    if (info.isDir())
        return fail(tr("%1 is a folder, not a Confman store file.").arg(path));
    if (info.exists() && info.size() > 0 && !hasSqliteHeader(path))
        return fail(tr("%1 is not a Confman store (it is not an SQLite database or cannot be read).").arg(path));
    if (!info.exists() && !QDir().mkpath(info.absolutePath()))
        return fail(tr("Cannot create the folder %1 for the store.").arg(info.absolutePath()));

    static QAtomicInteger<quint64> counter;
    const QString connectionName = QStringLiteral("confman-sqlite-%1").arg(counter.fetchAndAddRelaxed(1));
    std::unique_ptr<SqliteStore> store(new SqliteStore(info.absoluteFilePath(), connectionName));
    QSqlDatabase &db = store->m_db;
    db.setDatabaseName(info.absoluteFilePath());
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        return fail(tr("Cannot open the store %1: %2").arg(path, db.lastError().text()));

    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA busy_timeout = 10000"));
    if (const auto problem = SqliteSchema::checkCompatible(db, path); !problem.isEmpty())
        return fail(problem);
    // WAL: readers never wait for the writer; a crash loses nothing committed.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next()
        || q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return fail(tr("Cannot open the store %1: the journal cannot be set up (%2).")
                        .arg(path, q.lastError().text()));
    // NORMAL in WAL mode: a killed process loses nothing committed and the file
    // stays consistent; only a power cut may drop the last commits. FULL costs
    // an fsync per save (~10 ms), too slow for bulk edits.
    q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (const auto problem = SqliteSchema::migrate(db); !problem.isEmpty())
        return fail(problem);
    store->m_dataVersion = store->dataVersion();
    return store;
}

SqliteStore::SqliteStore(const QString &path, const QString &connectionName)
    : m_path(path), m_connectionName(connectionName),
      m_db(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName))
{
}

SqliteStore::~SqliteStore()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QVector<Folder> SqliteStore::folders() const { return sqlite::readFolders(m_db); }

QVector<HostSummary> SqliteStore::hostSummaries() const
{
    QVector<HostSummary> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.exec(kHostSummarySelect + QStringLiteral(" ORDER BY name"));
    while (q.next())
        result.append(hostSummaryFrom(q));
    return result;
}

QVector<ApplicationSummary> SqliteStore::applicationSummaries() const
{
    QVector<ApplicationSummary> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.exec(kApplicationSummarySelect + QStringLiteral(" ORDER BY name"));
    while (q.next())
        result.append(applicationSummaryFrom(q));
    return result;
}

std::optional<HostSummary> SqliteStore::hostSummary(DbId id) const
{
    QSqlQuery q(m_db);
    q.prepare(kHostSummarySelect + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return hostSummaryFrom(q);
}

std::optional<ApplicationSummary> SqliteStore::applicationSummary(DbId id) const
{
    QSqlQuery q(m_db);
    q.prepare(kApplicationSummarySelect + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return applicationSummaryFrom(q);
}

ObjectCounts SqliteStore::counts() const
{
    ObjectCounts c;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT (SELECT count(*) FROM hosts), (SELECT count(*) FROM applications), "
                              "(SELECT count(*) FROM ports), (SELECT count(*) FROM connections), "
                              "(SELECT count(*) FROM folders)"))
        && q.next()) {
        c.hosts = q.value(0).toInt();
        c.applications = q.value(1).toInt();
        c.ports = q.value(2).toInt();
        c.connections = q.value(3).toInt();
        c.folders = q.value(4).toInt();
    }
    return c;
}

std::optional<Host> SqliteStore::host(DbId id) const { return sqlite::readHost(m_db, id); }

std::optional<Application> SqliteStore::application(DbId id) const
{
    ReadTransaction read(*this);
    return sqlite::readApplication(m_db, id);
}

std::optional<DbId> SqliteStore::hostIdByName(const QString &name) const
{
    return SqlValidationContext(m_db).hostIdByName(name);
}

std::optional<DbId> SqliteStore::applicationIdByName(const QString &name) const
{
    return SqlValidationContext(m_db).applicationIdByName(name);
}

QVector<Host> SqliteStore::allHosts() const { return sqlite::readAllHosts(m_db); }

QVector<Application> SqliteStore::allApplications() const
{
    ReadTransaction read(*this);
    return sqlite::readAllApplications(m_db);
}

template <typename Object>
SaveResult SqliteStore::saveObject(const Object &object, ConflictPolicy policy)
{
    constexpr ObjectKind kind = kindOf<Object>();
    SaveResult result;
    Transaction tx(*this);
    if (!tx.ok()) {
        result.error = tx.error();
        return result;
    }
    std::optional<Object> current;
    if (object.id != 0) {
        current = readObject(m_db, object.id, &object);
        if (!current) {
            Conflict conflict;
            conflict.expectedVersion = object.version;
            conflict.deleted = true;
            result.conflict = conflict;
            return result;
        }
        if (current->version != object.version && policy == ConflictPolicy::Refuse) {
            Conflict conflict;
            conflict.expectedVersion = object.version;
            conflict.currentVersion = current->version;
            conflict.changedFields = changedFields(object, *current);
            conflict.current = *current;
            result.conflict = conflict;
            return result;
        }
    }

    const ObjectRef ref{kind, object.id};
    if constexpr (kind == ObjectKind::Folder) {
        result.findings = validateFolder(object);
    } else {
        const SqlValidationContext context(m_db);
        result.findings = Validator::validate(object, context);
        result.findings += folderFindings(object.folderId, kind, ref, object.name);
    }
    if (hasErrors(result.findings))
        return result;

    Object stored = object;
    stored.version = (current ? current->version : 0) + 1;
    QString error;
    if (!writeObject(m_db, stored, &error)) {
        result.error = tr("%1 \"%2\" could not be saved: %3").arg(kindName(kind), object.name, error);
        return result;
    }
    queueSignal(false, ObjectRef{kind, stored.id});
    if (!tx.commit(&result.error))
        return result;
    result.ok = true;
    result.id = stored.id;
    result.version = stored.version;
    return result;
}

SaveResult SqliteStore::save(const Host &host, ConflictPolicy policy) { return saveObject(host, policy); }
SaveResult SqliteStore::save(const Application &app, ConflictPolicy policy) { return saveObject(app, policy); }
SaveResult SqliteStore::save(const Folder &folder, ConflictPolicy policy) { return saveObject(folder, policy); }

Findings SqliteStore::folderFindings(DbId folderId, ObjectKind kind, ObjectRef object, const QString &name) const
{
    if (folderId == 0)
        return {};
    const auto folder = sqlite::readFolder(m_db, folderId);
    if (!folder)
        return {refusal(QStringLiteral("folder.missing"), tr("The folder of %1 no longer exists.").arg(name), object,
                        name, QStringLiteral("folderId"))};
    if (folder->contains != kind)
        return {refusal(QStringLiteral("folder.wrong-kind"),
                        tr("Folder \"%1\" holds %2, not %3.")
                            .arg(folder->name, objectKindPluralName(folder->contains), objectKindPluralName(kind)),
                        object, name, QStringLiteral("folderId"))};
    return {};
}

Findings SqliteStore::validateFolder(const Folder &folder) const
{
    const ObjectRef ref{ObjectKind::Folder, folder.id};
    const auto refuse = [&](const QString &code, const QString &message, const QString &field) {
        return Findings{refusal(code, message, ref, folder.name, field)};
    };
    if (folder.name.trimmed().isEmpty())
        return refuse(QStringLiteral("name.empty"), tr("The folder needs a name."), QStringLiteral("name"));
    if (folder.name != folder.name.trimmed())
        return refuse(QStringLiteral("name.untrimmed"),
                      tr("The folder name \"%1\" starts or ends with spaces.").arg(folder.name), QStringLiteral("name"));
    if (folder.contains == ObjectKind::Folder)
        return refuse(QStringLiteral("folder.wrong-kind"), tr("A folder holds objects of one kind, not folders."),
                      QStringLiteral("contains"));
    if (folder.parentId != 0) {
        const auto parent = sqlite::readFolder(m_db, folder.parentId);
        if (!parent)
            return refuse(QStringLiteral("folder.missing"), tr("The parent folder no longer exists."),
                          QStringLiteral("parentId"));
        if (parent->contains != folder.contains)
            return refuse(QStringLiteral("folder.wrong-kind"),
                          tr("Folder \"%1\" holds %2, not %3.")
                              .arg(parent->name, objectKindPluralName(parent->contains),
                                   objectKindPluralName(folder.contains)),
                          QStringLiteral("parentId"));
        // Walk up from the new parent: meeting this folder would make a cycle.
        for (auto up = parent; up; up = up->parentId ? sqlite::readFolder(m_db, up->parentId) : std::nullopt)
            if (folder.id != 0 && up->id == folder.id)
                return refuse(QStringLiteral("folder.cycle"),
                              tr("Folder \"%1\" cannot be moved into itself or one of its subfolders.").arg(folder.name),
                              QStringLiteral("parentId"));
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM folders WHERE kind = ? AND ifnull(parent_id, 0) = ? AND name = ? AND id <> ?"));
    q.addBindValue(objectKindName(folder.contains));
    q.addBindValue(folder.parentId);
    q.addBindValue(folder.name);
    q.addBindValue(folder.id);
    if (q.exec() && q.next())
        return refuse(QStringLiteral("name.duplicate"),
                      tr("A folder named \"%1\" already exists there.").arg(folder.name), QStringLiteral("name"));
    if (folder.id != 0) {
        const auto current = sqlite::readFolder(m_db, folder.id);
        if (current && current->contains != folder.contains && !deleteImpact(ref).allowed)
            return refuse(QStringLiteral("folder.not-empty"),
                          tr("Folder \"%1\" is not empty; its kind cannot change.").arg(folder.name),
                          QStringLiteral("contains"));
    }
    return {};
}

QStringList SqliteStore::connectionsTo(DbId applicationId) const
{
    QStringList result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.name, s.name, k.port_id FROM connections k "
                             "JOIN applications c ON c.id = k.client_id JOIN applications s ON s.id = k.server_id "
                             "WHERE k.server_id = ? AND k.client_id <> k.server_id ORDER BY c.name, k.position"));
    q.addBindValue(applicationId);
    q.exec();
    while (q.next())
        result << QStringLiteral("%1 → %2:%3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    return result;
}

DeleteImpact SqliteStore::deleteImpact(ObjectRef ref) const
{
    ReadTransaction read(*this);
    DeleteImpact impact;
    const QString name = nameOf(m_db, ref.kind, ref.id);
    if (tableOf(ref.kind).isEmpty() || name.isNull()) {
        impact.allowed = false;
        impact.reason = tr("The %1 no longer exists.").arg(kindName(ref.kind).toLower());
        return impact;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    switch (ref.kind) {
    case ObjectKind::Host:
        q.prepare(QStringLiteral("SELECT name FROM applications WHERE host_id = ? ORDER BY name"));
        q.addBindValue(ref.id);
        q.exec();
        while (q.next())
            impact.dependents << q.value(0).toString();
        if (!impact.dependents.isEmpty()) {
            impact.allowed = false;
            impact.reason = tr("Host \"%1\" cannot be deleted: %n application(s) run on it. "
                               "Move or delete them first.", nullptr, int(impact.dependents.size()))
                                .arg(name);
        }
        break;
    case ObjectKind::Application:
        impact.dependents = connectionsTo(ref.id);
        q.prepare(QStringLiteral("SELECT name FROM applications WHERE backup_id = ? AND id <> ? ORDER BY name"));
        q.addBindValue(ref.id);
        q.addBindValue(ref.id);
        q.exec();
        while (q.next())
            impact.dependents << tr("%1: backup server %2").arg(q.value(0).toString(), name);
        break;
    default: // Folder
        q.prepare(QStringLiteral("SELECT name FROM folders WHERE parent_id = ? UNION ALL "
                                 "SELECT name FROM hosts WHERE folder_id = ? UNION ALL "
                                 "SELECT name FROM applications WHERE folder_id = ?"));
        q.addBindValue(ref.id);
        q.addBindValue(ref.id);
        q.addBindValue(ref.id);
        q.exec();
        while (q.next())
            impact.dependents << q.value(0).toString();
        if (!impact.dependents.isEmpty()) {
            impact.allowed = false;
            impact.reason = tr("Folder \"%1\" is not empty; move or delete what it holds first.").arg(name);
        }
        break;
    }
    return impact;
}

SaveResult SqliteStore::remove(ObjectRef ref)
{
    SaveResult result;
    Transaction tx(*this);
    if (!tx.ok()) {
        result.error = tx.error();
        return result;
    }
    const QString name = nameOf(m_db, ref.kind, ref.id);
    if (tableOf(ref.kind).isEmpty() || name.isNull()) {
        Conflict conflict;
        conflict.deleted = true;
        result.conflict = conflict;
        return result;
    }
    const auto impact = deleteImpact(ref);
    if (!impact.allowed) {
        result.findings.append(refusal(QStringLiteral("delete.refused"), impact.reason, ref, name));
        return result;
    }

    QSqlQuery q(m_db);
    if (ref.kind == ObjectKind::Application) {
        // Others lose their connections to it and their backup reference:
        // those objects change too, so their versions move on.
        q.prepare(QStringLiteral("SELECT DISTINCT client_id FROM connections WHERE server_id = ? AND client_id <> ? "
                                 "UNION SELECT id FROM applications WHERE backup_id = ? AND id <> ?"));
        for (int i = 0; i < 4; ++i)
            q.addBindValue(ref.id);
        q.exec();
        const auto changed = ids(q);
        for (const DbId other : changed) {
            QSqlQuery u(m_db);
            u.prepare(QStringLiteral("UPDATE applications SET version = version + 1, backup_id = "
                                     "CASE WHEN backup_id = ? THEN NULL ELSE backup_id END WHERE id = ?"));
            u.addBindValue(ref.id);
            u.addBindValue(other);
            QSqlQuery d(m_db);
            d.prepare(QStringLiteral("DELETE FROM connections WHERE client_id = ? AND server_id = ?"));
            d.addBindValue(other);
            d.addBindValue(ref.id);
            if (!u.exec() || !d.exec()) {
                result.error = tr("%1 could not be deleted: %2").arg(name, (u.lastError().isValid() ? u : d).lastError().text());
                return result;
            }
            queueSignal(false, ObjectRef{ObjectKind::Application, other});
        }
    }
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(tableOf(ref.kind)));
    q.addBindValue(ref.id);
    if (!q.exec()) {
        result.error = tr("%1 could not be deleted: %2").arg(name, q.lastError().text());
        return result;
    }
    queueSignal(true, ref);
    if (!tx.commit(&result.error))
        return result;
    result.ok = true;
    result.id = ref.id;
    return result;
}

SaveResult SqliteStore::setEnabled(ObjectRef ref, bool enabled)
{
    SaveResult result;
    Transaction tx(*this);
    if (!tx.ok()) {
        result.error = tx.error();
        return result;
    }
    if (ref.kind == ObjectKind::Host) {
        if (auto h = sqlite::readHost(m_db, ref.id)) {
            h->enabled = enabled;
            result = save(*h, ConflictPolicy::Overwrite);
        } else {
            result.conflict = Conflict{0, 0, {}, true, {}};
        }
    } else if (ref.kind == ObjectKind::Application) {
        if (auto a = sqlite::readApplication(m_db, ref.id)) {
            a->enabled = enabled;
            result = save(*a, ConflictPolicy::Overwrite);
        } else {
            result.conflict = Conflict{0, 0, {}, true, {}};
        }
    } else {
        result.error = tr("A %1 cannot be enabled or disabled.").arg(kindName(ref.kind).toLower());
    }
    if (result.ok && !tx.commit(&result.error))
        result.ok = false;
    return result;
}

SaveResult SqliteStore::moveToFolder(ObjectRef ref, DbId folderId)
{
    SaveResult result;
    Transaction tx(*this);
    if (!tx.ok()) {
        result.error = tx.error();
        return result;
    }
    if (ref.kind == ObjectKind::Host) {
        if (auto h = sqlite::readHost(m_db, ref.id); h && (h->folderId = folderId, true))
            result = save(*h, ConflictPolicy::Overwrite);
        else
            result.conflict = Conflict{0, 0, {}, true, {}};
    } else if (ref.kind == ObjectKind::Application) {
        if (auto a = sqlite::readApplication(m_db, ref.id); a && (a->folderId = folderId, true))
            result = save(*a, ConflictPolicy::Overwrite);
        else
            result.conflict = Conflict{0, 0, {}, true, {}};
    } else if (ref.kind == ObjectKind::Folder) {
        if (auto f = sqlite::readFolder(m_db, ref.id); f && (f->parentId = folderId, true))
            result = save(*f, ConflictPolicy::Overwrite);
        else
            result.conflict = Conflict{0, 0, {}, true, {}};
    } else {
        result.error = tr("A %1 cannot be moved into a folder.").arg(kindName(ref.kind).toLower());
    }
    if (result.ok && !tx.commit(&result.error))
        result.ok = false;
    return result;
}

bool SqliteStore::runInTransaction(const std::function<bool()> &work)
{
    Transaction tx(*this);
    if (!tx.ok())
        return false;
    if (!work()) {
        tx.rollback();
        return false;
    }
    QString error;
    return tx.commit(&error);
}

Findings SqliteStore::problems() const
{
    ReadTransaction read(*this);
    const SqlValidationContext context(m_db);
    Findings result;
    for (const auto &app : sqlite::readAllApplications(m_db)) {
        for (auto finding : Validator::warnings(app, context)) {
            if (finding.object.id == 0)
                finding.object = ObjectRef{ObjectKind::Application, app.id};
            if (finding.objectName.isEmpty())
                finding.objectName = app.name;
            result.append(finding);
        }
    }
    return result;
}

int SqliteStore::dataVersion() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("PRAGMA data_version")) && q.next() ? q.value(0).toInt() : m_dataVersion;
}

void SqliteStore::pollExternalChanges()
{
    if (m_depth > 0)
        return; // inside our own transaction: nothing of others is visible anyway
    const int version = dataVersion();
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;
    Q_EMIT externallyChanged();
}

QString SqliteStore::integrityCheck() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return q.lastError().text();
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace confman
