#pragma once
// The "field: old → new" lines an audit entry keeps for an object change.
// Option values under secret-looking keys (LogFilter::isPasswordKey) show as
// "****"; a Person's password hash only ever shows as "password changed".
#include "models/config/AccessGroup.h"
#include "models/config/Application.h"
#include "models/config/Folder.h"
#include "models/config/Host.h"
#include "models/config/Person.h"

#include <QStringList>

namespace confman {

// `before` nullptr = created (every set field is listed as "field: → value").
QStringList auditChanges(const Host *before, const Host &after);
QStringList auditChanges(const Application *before, const Application &after);
QStringList auditChanges(const Folder *before, const Folder &after);
QStringList auditChanges(const Person *before, const Person &after);
QStringList auditChanges(const AccessGroup *before, const AccessGroup &after);

} // namespace confman
