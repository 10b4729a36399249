#include "models/auth/AccessRights.h"

namespace confman {

AccessRights AccessRights::of(DbId personId, const PersonStore &persons, const Store &store)
{
    AccessRights rights;
    const auto person = persons.person(personId);
    if (!person || !person->enabled)
        return rights;
    for (DbId groupId : person->memberOf)
        if (const auto group = persons.accessGroup(groupId))
            rights.m_grants += group->permissions;
    for (const auto &f : store.folders())
        rights.m_parent.insert(f.id, f.parentId);
    return rights;
}

Permissions AccessRights::on(ObjectKind kind, DbId folderId) const
{
    // The folder and its ancestors (bounded: a corrupt cycle must not hang).
    QVector<DbId> chain{0};
    for (DbId f = folderId; f != 0 && chain.size() < 256; f = m_parent.value(f, 0))
        chain.append(f);
    Permissions result;
    for (const auto &g : m_grants)
        if (g.kind == kind && chain.contains(g.folderId))
            result |= g.rights;
    return result;
}

} // namespace confman
