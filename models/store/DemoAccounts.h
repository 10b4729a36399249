#pragma once
// Accounts of the demo configuration and the two standard access groups.
// No Person gets a password here: the first start asks for the
// administrator (confmanctl user add NAME --password-stdin --group Administrators).
#include "models/store/PersonStore.h"

namespace confman {

inline const QString kAdministratorsGroup = QStringLiteral("Administrators");
inline const QString kOperatorsGroup = QStringLiteral("Operators");

// "Administrators": every right on every kind. "Operators": Read and Execute
// on every kind, marked default (new Persons join it when
// security/no-default-access = 1). nullopt for other names.
std::optional<AccessGroup> standardAccessGroup(const QString &name);

// The standard groups, three Persons without passwords (mchen in
// Administrators, jsmith and agarcia in Operators) and the store setting
// naming "confserv" the primary Configuration Server. Refuses (ok=false)
// when any of the names is taken.
SaveResult seedDemoAccounts(PersonStore &persons);

} // namespace confman
