#include "models/store/SqliteStore.h"

#include "models/config/Validator.h"
#include "models/store/ObjectDifferences.h"
#include "models/store/SqlValidationContext.h"
#include "models/store/SqliteRecords.h"
#include "models/store/SqliteSchema.h"
#include "models/store/SqliteStorePrivate.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace confman {

using namespace sqlite;

namespace {
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

// Code point order, the order of SQLite's BINARY collation on UTF-8 text:
// UTF-16 code units compare the same except that surrogates (characters
// beyond U+FFFF) must come after U+E000..U+FFFF.
bool codePointLess(const QString &a, const QString &b)
{
    const auto fixup = [](char16_t c) -> char16_t {
        return c >= 0xD800 ? char16_t(c >= 0xE000 ? c - 0x800 : c + 0x2000) : c;
    };
    const QChar *pa = a.constData(), *pb = b.constData();
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i)
        if (pa[i] != pb[i])
            return fixup(pa[i].unicode()) < fixup(pb[i].unicode());
    return a.size() < b.size();
}

// The lists come by name, as ORDER BY name gave them, but sorted here after a
// plain table scan: ORDER BY walks the name index and fetches every row on its
// own, three times the cost of the scan on 50,000 applications.
template <typename Summary>
void sortByName(QVector<Summary> &rows)
{
    std::sort(rows.begin(), rows.end(), [](const Summary &a, const Summary &b) { return codePointLess(a.name, b.name); });
}

bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace
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
    q.exec(kHostSummarySelect);
    while (q.next())
        result.append(hostSummaryFrom(q));
    sortByName(result);
    return result;
}

QVector<ApplicationSummary> SqliteStore::applicationSummaries() const
{
    QVector<ApplicationSummary> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.exec(kApplicationSummarySelect);
    while (q.next())
        result.append(applicationSummaryFrom(q));
    sortByName(result);
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

// problems() is in SqliteStoreProblems.cpp.

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