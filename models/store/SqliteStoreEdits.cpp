// SqliteStore: deleting, enabling, moving, and the folder rules.
#include "models/store/SqliteRecords.h"
#include "models/store/SqliteStorePrivate.h"

namespace confman {

using namespace sqlite;

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

} // namespace confman
