#include "models/auth/PermissionedPersonStore.h"

#include "models/auth/PermissionDenied.h"
#include "models/auth/AuditDetails.h"
#include "models/auth/SecurityPolicy.h"

#include <algorithm>

namespace confman {

namespace {

QVector<DbId> sortedIds(QVector<DbId> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

// The ids in exactly one of the two lists: the groups a Person joins or leaves.
QVector<DbId> symmetricDifference(const QVector<DbId> &a, const QVector<DbId> &b)
{
    const QVector<DbId> x = sortedIds(a), y = sortedIds(b);
    QVector<DbId> out;
    std::set_symmetric_difference(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(out));
    return out;
}

// True when `after` differs from `before` in the password hash at most.
bool onlyPasswordDiffers(const Person &before, Person after)
{
    after.passwordHash = before.passwordHash;
    after.version = before.version;
    after.memberOf = sortedIds(after.memberOf);
    Person b = before;
    b.memberOf = sortedIds(b.memberOf);
    return after == b;
}

// True when saving `after` over `before` (nullptr = new) changes who holds which rights.
bool accessChanges(const AccessGroup *before, const AccessGroup &after)
{
    if (!before)
        return !after.permissions.isEmpty() || !after.members.isEmpty() || after.isDefault;
    return after.permissions != before->permissions || sortedIds(after.members) != sortedIds(before->members) ||
           after.isDefault != before->isDefault;
}

} // namespace

PermissionedPersonStore::PermissionedPersonStore(PersonStore &inner, const Store &store, DbId actingPersonId,
                                                 AuditLog *audit, QObject *parent)
    : PersonStore(parent), m_inner(inner), m_store(store), m_personId(actingPersonId), m_audit(audit)
{
    connect(&inner, &PersonStore::objectSaved, this, &PersonStore::objectSaved);
    connect(&inner, &PersonStore::objectRemoved, this, &PersonStore::objectRemoved);
}

AccessRights PermissionedPersonStore::rights() const { return AccessRights::of(m_personId, m_inner, m_store); }

Permissions PermissionedPersonStore::rightsOn(ObjectKind kind, DbId folderId) const
{
    return rights().on(kind, folderId);
}

bool PermissionedPersonStore::mayRead(const AccessRights &r, const Person &p) const
{
    return p.id == m_personId || r.has(ObjectKind::Person, p.folderId, Permission::Read);
}

std::optional<AccessGroup> PermissionedPersonStore::readable(const AccessRights &r, std::optional<AccessGroup> g) const
{
    if (!g || !r.has(ObjectKind::AccessGroup, g->folderId, Permission::Read))
        return std::nullopt;
    if (!r.has(ObjectKind::AccessGroup, g->folderId, Permission::ReadPermissions))
        g->permissions.clear();
    return g;
}

QVector<Person> PermissionedPersonStore::persons() const
{
    const auto r = rights();
    QVector<Person> result;
    for (const Person &p : m_inner.persons())
        if (mayRead(r, p))
            result.append(p);
    return result;
}

std::optional<Person> PermissionedPersonStore::person(DbId id) const
{
    auto p = m_inner.person(id);
    return p && mayRead(rights(), *p) ? p : std::nullopt;
}

std::optional<Person> PermissionedPersonStore::personByUserName(const QString &userName) const
{
    auto p = m_inner.personByUserName(userName);
    return p && mayRead(rights(), *p) ? p : std::nullopt;
}

QVector<AccessGroup> PermissionedPersonStore::accessGroups() const
{
    const auto r = rights();
    QVector<AccessGroup> result;
    for (const AccessGroup &g : m_inner.accessGroups())
        if (auto shown = readable(r, g))
            result.append(std::move(*shown));
    return result;
}

std::optional<AccessGroup> PermissionedPersonStore::accessGroup(DbId id) const
{
    return readable(rights(), m_inner.accessGroup(id));
}

std::optional<AccessGroup> PermissionedPersonStore::accessGroupByName(const QString &name) const
{
    return readable(rights(), m_inner.accessGroupByName(name));
}

SaveResult PermissionedPersonStore::denied(Permission missing, ObjectKind kind, DbId folderId, ObjectRef ref,
                                           const QString &name) const
{
    return permissionDenied(m_inner, m_personId, m_store, missing, kind, folderId, ref, name);
}

std::optional<std::pair<Permission, DbId>>
PermissionedPersonStore::missingForSave(const AccessRights &r, ObjectKind kind, std::optional<DbId> from, DbId to)
{
    if (!from)
        return r.has(kind, to, Permission::Create) ? std::nullopt : std::optional(std::pair(Permission::Create, to));
    if (!r.has(kind, *from, Permission::Change))
        return std::pair(Permission::Change, *from);
    if (*from != to && !r.has(kind, to, Permission::Create))
        return std::pair(Permission::Create, to);
    return std::nullopt;
}

std::optional<AccessGroup> PermissionedPersonStore::groupWithoutChangePermissions(const AccessRights &r,
                                                                                  const QVector<DbId> &groupIds) const
{
    for (DbId id : groupIds)
        if (const auto g = m_inner.accessGroup(id)) // an unknown id is the inner store's to refuse
            if (!r.has(ObjectKind::AccessGroup, g->folderId, Permission::ChangePermissions))
                return g;
    return std::nullopt;
}

void PermissionedPersonStore::audit(AuditAction action, ObjectRef ref, const QString &name,
                                    const QStringList &changes)
{
    if (m_audit)
        m_audit->recordObjectChange(action, ref, name, changes.join(QLatin1Char('\n')));
}

SaveResult PermissionedPersonStore::save(const Person &person, ConflictPolicy policy)
{
    const ObjectRef ref{ObjectKind::Person, person.id};
    const std::optional<Person> before = person.id != 0 ? m_inner.person(person.id) : std::nullopt;
    if (person.id != 0 && !before)
        return m_inner.save(person, policy); // deleted meanwhile: the inner store reports the conflict
    const auto r = rights();
    const bool ownPassword = before && person.id == m_personId && onlyPasswordDiffers(*before, person);
    if (!ownPassword)
        if (const auto missing = missingForSave(r, ObjectKind::Person,
                                                before ? std::optional(before->folderId) : std::nullopt, person.folderId))
            return denied(missing->first, ObjectKind::Person, missing->second, ref, person.userName);

    QVector<DbId> groupsConcerned = symmetricDifference(before ? before->memberOf : QVector<DbId>{}, person.memberOf);
    if (!before && SecurityPolicy::read(m_store, m_inner).newPersonsJoinDefaultGroups())
        groupsConcerned.removeIf([this](DbId id) {
            const auto g = m_inner.accessGroup(id);
            return g && g->isDefault; // SPEC S8: what every new Person gets anyway
        });
    if (const auto g = groupWithoutChangePermissions(r, groupsConcerned))
        return denied(Permission::ChangePermissions, ObjectKind::AccessGroup, g->folderId, ref, person.userName);

    const SaveResult result = m_inner.save(person, policy);
    if (result.ok)
        audit(before ? AuditAction::ObjectChanged : AuditAction::ObjectCreated, {ObjectKind::Person, result.id},
              person.userName, auditChanges(before ? &*before : nullptr, person));
    return result;
}

SaveResult PermissionedPersonStore::save(const AccessGroup &group, ConflictPolicy policy)
{
    const ObjectRef ref{ObjectKind::AccessGroup, group.id};
    const std::optional<AccessGroup> before = group.id != 0 ? m_inner.accessGroup(group.id) : std::nullopt;
    if (group.id != 0 && !before)
        return m_inner.save(group, policy);
    const auto r = rights();
    AccessGroup toSave = group;
    // The grants were left out when the user read the group: an empty list means "as stored".
    if (before && toSave.permissions.isEmpty() &&
        !r.has(ObjectKind::AccessGroup, before->folderId, Permission::ReadPermissions))
        toSave.permissions = before->permissions;
    if (const auto missing = missingForSave(r, ObjectKind::AccessGroup,
                                            before ? std::optional(before->folderId) : std::nullopt, toSave.folderId))
        return denied(missing->first, ObjectKind::AccessGroup, missing->second, ref, toSave.name);
    const DbId folder = before ? before->folderId : toSave.folderId;
    if (accessChanges(before ? &*before : nullptr, toSave) &&
        !r.has(ObjectKind::AccessGroup, folder, Permission::ChangePermissions))
        return denied(Permission::ChangePermissions, ObjectKind::AccessGroup, folder, ref, toSave.name);

    const SaveResult result = m_inner.save(toSave, policy);
    if (result.ok)
        audit(before ? AuditAction::ObjectChanged : AuditAction::ObjectCreated, {ObjectKind::AccessGroup, result.id},
              toSave.name, auditChanges(before ? &*before : nullptr, toSave));
    return result;
}

SaveResult PermissionedPersonStore::setPasswordHash(DbId personId, const QString &hash)
{
    const auto target = m_inner.person(personId);
    if (target && personId != m_personId && !rights().has(ObjectKind::Person, target->folderId, Permission::Change))
        return denied(Permission::Change, ObjectKind::Person, target->folderId, {ObjectKind::Person, personId},
                      target->userName);
    const SaveResult result = m_inner.setPasswordHash(personId, hash);
    if (result.ok && target && m_audit)
        m_audit->recordPasswordChanged(target->userName, personId);
    return result;
}

SaveResult PermissionedPersonStore::removePerson(DbId id)
{
    const auto target = m_inner.person(id);
    if (target && !rights().has(ObjectKind::Person, target->folderId, Permission::Delete))
        return denied(Permission::Delete, ObjectKind::Person, target->folderId, {ObjectKind::Person, id},
                      target->userName);
    const SaveResult result = m_inner.removePerson(id);
    if (result.ok && target)
        audit(AuditAction::ObjectDeleted, {ObjectKind::Person, id}, target->userName, {});
    return result;
}

SaveResult PermissionedPersonStore::removeAccessGroup(DbId id)
{
    const auto target = m_inner.accessGroup(id);
    if (target && !rights().has(ObjectKind::AccessGroup, target->folderId, Permission::Delete))
        return denied(Permission::Delete, ObjectKind::AccessGroup, target->folderId, {ObjectKind::AccessGroup, id},
                      target->name);
    const SaveResult result = m_inner.removeAccessGroup(id);
    if (result.ok && target)
        audit(AuditAction::ObjectDeleted, {ObjectKind::AccessGroup, id}, target->name, {});
    return result;
}

} // namespace confman
