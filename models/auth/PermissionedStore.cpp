#include "models/auth/PermissionedStore.h"

#include "models/auth/PermissionDenied.h"
#include "models/auth/AuditDetails.h"

#include <QCoreApplication>

namespace confman {

namespace {

// What the rights of each stored type are about.
ObjectKind objectKindOf(const Host &) { return ObjectKind::Host; }
ObjectKind objectKindOf(const Application &) { return ObjectKind::Application; }
ObjectKind objectKindOf(const Folder &) { return ObjectKind::Folder; }
ObjectKind rightsKindOf(const Host &) { return ObjectKind::Host; }
ObjectKind rightsKindOf(const Application &) { return ObjectKind::Application; }
ObjectKind rightsKindOf(const Folder &f) { return f.contains; }
DbId folderOf(const Host &h) { return h.folderId; }
DbId folderOf(const Application &a) { return a.folderId; }
DbId folderOf(const Folder &f) { return f.parentId; }

std::optional<Host> fetch(const Store &s, DbId id, const Host *) { return s.host(id); }
std::optional<Application> fetch(const Store &s, DbId id, const Application *) { return s.application(id); }
std::optional<Folder> fetch(const Store &s, DbId id, const Folder *)
{
    for (const auto &f : s.folders())
        if (f.id == id)
            return f;
    return std::nullopt;
}

} // namespace

PermissionedStore::PermissionedStore(Store &inner, PersonStore &persons, DbId actingPersonId, AuditLog *audit,
                                     QObject *parent)
    : Store(parent), m_inner(inner), m_persons(persons), m_personId(actingPersonId), m_audit(audit)
{
    connect(&inner, &Store::objectSaved, this, &Store::objectSaved);
    connect(&inner, &Store::objectRemoved, this, &Store::objectRemoved);
    connect(&inner, &Store::externallyChanged, this, &Store::externallyChanged);
}

AccessRights PermissionedStore::rights() const { return AccessRights::of(m_personId, m_persons, m_inner); }

Permissions PermissionedStore::rightsOn(ObjectKind kind, DbId folderId) const { return rights().on(kind, folderId); }

bool PermissionedStore::mayRead(ObjectKind kind, DbId folderId) const
{
    return rightsOn(kind, folderId).testFlag(Permission::Read);
}

QVector<HostSummary> PermissionedStore::hostSummaries() const
{
    const auto r = rights();
    QVector<HostSummary> result;
    for (const auto &s : m_inner.hostSummaries())
        if (r.has(ObjectKind::Host, s.folderId, Permission::Read))
            result.append(s);
    return result;
}

QVector<ApplicationSummary> PermissionedStore::applicationSummaries() const
{
    const auto r = rights();
    QVector<ApplicationSummary> result;
    for (const auto &s : m_inner.applicationSummaries())
        if (r.has(ObjectKind::Application, s.folderId, Permission::Read))
            result.append(s);
    return result;
}

std::optional<HostSummary> PermissionedStore::hostSummary(DbId id) const
{
    auto s = m_inner.hostSummary(id);
    return s && mayRead(ObjectKind::Host, s->folderId) ? s : std::nullopt;
}

std::optional<ApplicationSummary> PermissionedStore::applicationSummary(DbId id) const
{
    auto s = m_inner.applicationSummary(id);
    return s && mayRead(ObjectKind::Application, s->folderId) ? s : std::nullopt;
}

std::optional<Host> PermissionedStore::host(DbId id) const
{
    auto h = m_inner.host(id);
    return h && mayRead(ObjectKind::Host, h->folderId) ? h : std::nullopt;
}

std::optional<Application> PermissionedStore::application(DbId id) const
{
    auto a = m_inner.application(id);
    return a && mayRead(ObjectKind::Application, a->folderId) ? a : std::nullopt;
}

std::optional<DbId> PermissionedStore::hostIdByName(const QString &name) const
{
    const auto id = m_inner.hostIdByName(name);
    return id && hostSummary(*id) ? id : std::nullopt;
}

std::optional<DbId> PermissionedStore::applicationIdByName(const QString &name) const
{
    const auto id = m_inner.applicationIdByName(name);
    return id && applicationSummary(*id) ? id : std::nullopt;
}

QVector<Host> PermissionedStore::allHosts() const
{
    const auto r = rights();
    QVector<Host> result;
    for (const auto &h : m_inner.allHosts())
        if (r.has(ObjectKind::Host, h.folderId, Permission::Read))
            result.append(h);
    return result;
}

QVector<Application> PermissionedStore::allApplications() const
{
    const auto r = rights();
    QVector<Application> result;
    for (const auto &a : m_inner.allApplications())
        if (r.has(ObjectKind::Application, a.folderId, Permission::Read))
            result.append(a);
    return result;
}

SaveResult PermissionedStore::denied(Permission missing, ObjectKind kind, DbId folderId, ObjectRef ref,
                                     const QString &name) const
{
    return permissionDenied(m_persons, m_personId, m_inner, missing, kind, folderId, ref, name);
}

std::optional<Permission> PermissionedStore::missingForSave(ObjectKind kind, const Located *from, DbId to) const
{
    const auto r = rights();
    if (!from)
        return r.has(kind, to, Permission::Create) ? std::nullopt : std::optional(Permission::Create);
    if (!r.has(kind, from->folderId, Permission::Change))
        return Permission::Change;
    if (from->folderId != to && !r.has(kind, to, Permission::Create))
        return Permission::Create;
    return std::nullopt;
}

void PermissionedStore::audit(AuditAction action, ObjectRef ref, const QString &name, const QStringList &changes)
{
    if (!m_audit)
        return;
    AuditEntry e;
    e.action = action;
    e.object = ref;
    e.objectName = name;
    e.details = changes.join(QLatin1Char('\n'));
    if (m_depth > 0)
        m_pendingAudit.append(e); // written after the commit: the store holds the write lock now
    else
        m_audit->append(e);
}

template <typename Object>
SaveResult PermissionedStore::saveChecked(const Object &object, ConflictPolicy policy)
{
    const ObjectKind kind = rightsKindOf(object);
    std::optional<Object> before;
    if (object.id != 0)
        before = fetch(m_inner, object.id, static_cast<const Object *>(nullptr));
    std::optional<Located> from;
    if (before)
        from = Located{true, folderOf(*before), {}, kind};
    // An id that no longer exists is the inner store's business (a conflict).
    if (object.id == 0 || before) {
        if (const auto missing = missingForSave(kind, from ? &*from : nullptr, folderOf(object)))
            return denied(*missing, kind, *missing == Permission::Create ? folderOf(object) : from->folderId,
                          {objectKindOf(object), object.id}, object.name);
    }
    const SaveResult result = m_inner.save(object, policy);
    if (result.ok)
        audit(before ? AuditAction::ObjectChanged : AuditAction::ObjectCreated, {objectKindOf(object), result.id},
              object.name, auditChanges(before ? &*before : nullptr, object));
    return result;
}

SaveResult PermissionedStore::save(const Host &host, ConflictPolicy policy) { return saveChecked(host, policy); }
SaveResult PermissionedStore::save(const Application &app, ConflictPolicy policy) { return saveChecked(app, policy); }
SaveResult PermissionedStore::save(const Folder &folder, ConflictPolicy policy) { return saveChecked(folder, policy); }

PermissionedStore::Located PermissionedStore::locate(ObjectRef ref) const
{
    Located l;
    switch (ref.kind) {
    case ObjectKind::Host:
        if (const auto s = m_inner.hostSummary(ref.id))
            l = {true, s->folderId, s->name, ObjectKind::Host};
        break;
    case ObjectKind::Application:
        if (const auto s = m_inner.applicationSummary(ref.id))
            l = {true, s->folderId, s->name, ObjectKind::Application};
        break;
    case ObjectKind::Folder:
        if (const auto f = fetch(m_inner, ref.id, static_cast<const Folder *>(nullptr)))
            l = {true, f->parentId, f->name, f->contains};
        break;
    default: break;
    }
    return l;
}

SaveResult PermissionedStore::remove(ObjectRef ref)
{
    const Located l = locate(ref);
    if (l.exists && !rights().has(l.rightsKind, l.folderId, Permission::Delete))
        return denied(Permission::Delete, l.rightsKind, l.folderId, ref, l.name);
    const SaveResult result = m_inner.remove(ref);
    if (result.ok)
        audit(AuditAction::ObjectDeleted, ref, l.name, {});
    return result;
}

SaveResult PermissionedStore::setEnabled(ObjectRef ref, bool enabled)
{
    const Located l = locate(ref);
    if (l.exists && !rights().has(l.rightsKind, l.folderId, Permission::Change))
        return denied(Permission::Change, l.rightsKind, l.folderId, ref, l.name);
    const SaveResult result = m_inner.setEnabled(ref, enabled);
    if (result.ok)
        audit(AuditAction::ObjectChanged, ref, l.name,
              {QStringLiteral("enabled: %1 → %2").arg(enabled ? QStringLiteral("no") : QStringLiteral("yes"),
                                                      enabled ? QStringLiteral("yes") : QStringLiteral("no"))});
    return result;
}

SaveResult PermissionedStore::moveToFolder(ObjectRef ref, DbId folderId)
{
    const Located l = locate(ref);
    if (l.exists)
        if (const auto missing = missingForSave(l.rightsKind, &l, folderId))
            return denied(*missing, l.rightsKind, *missing == Permission::Create ? folderId : l.folderId, ref, l.name);
    const SaveResult result = m_inner.moveToFolder(ref, folderId);
    if (result.ok && l.folderId != folderId)
        audit(AuditAction::ObjectChanged, ref, l.name,
              {QStringLiteral("folder: %1 → %2")
                   .arg(l.folderId ? QString::number(l.folderId) : QString(),
                        folderId ? QString::number(folderId) : QString())});
    return result;
}

bool PermissionedStore::runInTransaction(const std::function<bool()> &work)
{
    const qsizetype mark = m_pendingAudit.size();
    ++m_depth;
    const bool ok = m_inner.runInTransaction(work);
    --m_depth;
    if (!ok) {
        m_pendingAudit.resize(mark);
        return false;
    }
    if (m_depth == 0 && m_audit) {
        for (const auto &e : std::as_const(m_pendingAudit))
            m_audit->append(e);
        m_pendingAudit.clear();
    }
    return true;
}

} // namespace confman
