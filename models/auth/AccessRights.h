#pragma once
// Effective rights of a Person (SPEC S1 Access Group): the union of the
// grants of every access group the Person is a member of. A grant on a kind
// with folder 0 covers every object of that kind; a grant on a folder covers
// that folder and everything below it. Disabled Persons have no rights.
// A snapshot: build a new one after Persons, Access Groups or folders change.
#include "models/config/AccessGroup.h"
#include "models/config/Folder.h"
#include "models/store/PersonStore.h"
#include "models/store/Store.h"

#include <QHash>

namespace confman {

class AccessRights
{
public:
    AccessRights() = default; // nobody: no rights
    static AccessRights of(DbId personId, const PersonStore &persons, const Store &store);

    // Rights on objects of `kind` in folder `folderId` (0 = the root of the kind).
    Permissions on(ObjectKind kind, DbId folderId) const;
    bool has(ObjectKind kind, DbId folderId, Permission p) const { return on(kind, folderId).testFlag(p); }

private:
    QVector<PermissionGrant> m_grants;
    QHash<DbId, DbId> m_parent; // folder -> parent folder
};

} // namespace confman
