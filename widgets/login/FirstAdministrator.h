#pragma once
// The first start of a store without an administrator (issue 5): Confman asks
// for one instead of leaving nobody able to log in. Plain logic (no widgets)
// so the rule is tested on its own; FirstAdministratorDialog is its face.
#include "models/auth/AuditLog.h"
#include "models/auth/PasswordHasher.h"
#include "models/store/PersonStore.h"

namespace confman {

inline const QString kFirstAdministratorGroup = QStringLiteral("Administrators");

// An access group whose grants on the whole Person and Access Group kinds
// include every right: its members manage the accounts.
bool isAdministratorGroup(const AccessGroup &group);
// True when an enabled Person with a password belongs to such a group.
bool storeHasAdministrator(const PersonStore &persons);

// Creates the first administrator: `userName` with `password` (only its hash
// is stored), member of "Administrators" (created with every right on every
// kind when missing). An existing Person of that name without a password is
// adopted; refused when an administrator exists already, the name belongs to
// a Person with a password, or the name or password is empty.
SaveResult createFirstAdministrator(PersonStore &persons, AuditLog &audit, const PasswordHasher &hasher,
                                    const QString &userName, const QString &password);

} // namespace confman
