#pragma once
// Schema version 2 (a step of SqliteSchema's migrations): Persons, Access
// Groups, memberships, permission grants, login state, the audit log and
// store-wide settings. Kept here so the account tables live next to the code
// that reads them.
#include <QString>

namespace confman {

QString personSchemaStep();

} // namespace confman
