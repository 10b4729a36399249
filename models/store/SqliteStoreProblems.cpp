// SqliteStore::problems(): the warnings of the Problems panel across the
// whole configuration. Validator::warnings asks its context for backups,
// primaries and connection servers; answering that with queries for each of
// 50,000 applications took seconds. Most applications cannot have a warning
// at all, so those that can are picked first with a few scans, loaded once,
// and checked against what is already loaded.
#include "models/store/SqliteStore.h"

#include "models/config/StartInfoArguments.h"
#include "models/config/Validator.h"
#include "models/store/SqlValidationContext.h"
#include "models/store/SqliteRecords.h"
#include "models/store/SqliteStorePrivate.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace confman {

namespace {

// Applications already loaded, the primaries of every backup; the rest
// (connection servers that were not picked) from SQL.
class PreloadedContext : public ValidationContext
{
public:
    PreloadedContext(QSqlDatabase db, const QHash<DbId, Application> &loaded,
                     const QHash<DbId, QVector<DbId>> &primaries)
        : m_sql(std::move(db)), m_loaded(loaded), m_primaries(primaries)
    {
    }

    std::optional<DbId> hostIdByName(const QString &name) const override { return m_sql.hostIdByName(name); }
    std::optional<DbId> applicationIdByName(const QString &name) const override
    {
        return m_sql.applicationIdByName(name);
    }
    std::optional<Host> host(DbId id) const override { return m_sql.host(id); }
    std::optional<Application> application(DbId id) const override
    {
        if (const auto it = m_loaded.constFind(id); it != m_loaded.cend())
            return *it;
        return m_sql.application(id);
    }
    QVector<PortUser> portUsers(DbId hostId, int port) const override { return m_sql.portUsers(hostId, port); }
    QVector<DbId> primariesOf(DbId backupId) const override { return m_primaries.value(backupId); }

private:
    SqlValidationContext m_sql;
    const QHash<DbId, Application> &m_loaded;
    const QHash<DbId, QVector<DbId>> &m_primaries;
};

QSet<DbId> idSet(QSqlDatabase &db, const QString &sql)
{
    QSet<DbId> result;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.exec(sql);
    while (q.next())
        result.insert(q.value(0).toLongLong());
    return result;
}

struct Candidate
{
    QByteArray nameKey; // UTF-8, so the order is SQLite's ORDER BY name (BINARY)
    DbId id = 0;
};

} // namespace

Findings SqliteStore::problems() const
{
    ReadTransaction read(*this);

    // What Validator::warnings can flag, and what an application needs for it:
    //  - port transport warnings: a port with a transport string;
    //  - client-side port places: a connection with Transport Protocol Parameters;
    //  - HA pair and copied client-side values: a backup, or being one;
    //  - Start Info arguments that do not parse: checked on every application here.
    // GUI applications have no Server Info and no warnings.
    const QSet<DbId> withPortTransport =
        idSet(m_db, QStringLiteral("SELECT DISTINCT application_id FROM ports WHERE transport <> ''"));
    const QSet<DbId> withConnectionParams =
        idSet(m_db, QStringLiteral("SELECT DISTINCT client_id FROM connections WHERE transport_params <> ''"));

    QHash<DbId, QVector<DbId>> primaries; // backup -> primaries, by id like SqlValidationContext::primariesOf
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.exec(QStringLiteral(
            "SELECT backup_id, id FROM applications WHERE backup_id IS NOT NULL ORDER BY backup_id, id"));
        while (q.next())
            primaries[q.value(0).toLongLong()].append(q.value(1).toLongLong());
    }

    QVector<Candidate> candidates;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT id, name, type_name, backup_id, start_info FROM applications"));
        while (q.next()) {
            const DbId id = q.value(0).toLongLong();
            const AppType type = appTypeFromName(q.value(2).toString()).value_or(AppType::CustomServer);
            if (isGuiType(type))
                continue;
            const DbId backupId = q.value(3).toLongLong();
            bool picked = (backupId != 0 && backupId != id) || primaries.contains(id) || withPortTransport.contains(id)
                || withConnectionParams.contains(id);
            if (!picked) {
                const StartInfo start = sqlite::startInfoFromJson(q.value(4).toString());
                picked = !StartInfoArguments::parse(start.commandLineArguments).problem.isEmpty();
            }
            if (picked)
                candidates.append(Candidate{q.value(1).toString().toUtf8(), id});
        }
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate &a, const Candidate &b) { return a.nameKey < b.nameKey; });

    QVector<DbId> candidateIds;
    candidateIds.reserve(candidates.size());
    for (const Candidate &c : candidates)
        candidateIds.append(c.id);
    QHash<DbId, Application> loaded;
    loaded.reserve(candidates.size());
    for (auto &app : sqlite::readApplications(m_db, candidateIds))
        loaded.insert(app.id, std::move(app));

    const PreloadedContext context(m_db, loaded, primaries);
    Findings result;
    for (const Candidate &c : candidates) {
        const auto it = loaded.constFind(c.id);
        if (it == loaded.cend())
            continue;
        const Application &app = *it;
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

} // namespace confman
