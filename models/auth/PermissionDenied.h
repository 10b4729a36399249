#pragma once
// The refusal both permission decorators (PermissionedStore,
// PermissionedPersonStore) return: an error finding, code
// "permission.denied", that names the acting user, the missing right and
// where it is missing ("Hosts in folder "Site"").
#include "models/config/AccessGroup.h"
#include "models/store/PersonStore.h"
#include "models/store/Store.h"

namespace confman {

SaveResult permissionDenied(const PersonStore &persons, DbId actingPersonId, const Store &store, Permission missing,
                            ObjectKind kind, DbId folderId, ObjectRef ref, const QString &name);

} // namespace confman
