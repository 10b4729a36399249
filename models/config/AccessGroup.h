#pragma once
// SPEC S1 Access Group: a named set of Persons and the rights its members
// have, per object kind and optionally per folder.
#include "models/config/ObjectTypes.h"

#include <QFlags>
#include <QStringList>
#include <QVector>

#include <optional>
#include <vector>

namespace confman {

enum class Permission : unsigned {
    Read = 0x01,
    Change = 0x02,
    Create = 0x04,
    Delete = 0x08,
    Execute = 0x10,
    ReadPermissions = 0x20,
    ChangePermissions = 0x40,
};
Q_DECLARE_FLAGS(Permissions, Permission)
Q_DECLARE_OPERATORS_FOR_FLAGS(Permissions)

inline constexpr Permissions allPermissions()
{
    return Permissions(0x7f);
}
QString permissionName(Permission p);          // "Read", "Change", ..., "Read Permissions"
QString permissionKey(Permission p);           // stored / JSON: "read", "change", ..., "read-permissions"
std::optional<Permission> permissionFromKey(const QString &key);
const std::vector<Permission> &allPermissionList(); // in the order above
QStringList permissionNames(Permissions p);    // names of the set rights, in order
QStringList permissionKeys(Permissions p);

// Rights on the objects of one kind: in the whole kind (folderId 0) or in one
// folder of that kind and everything below it.
struct PermissionGrant
{
    ObjectKind kind = ObjectKind::Host;
    DbId folderId = 0;
    Permissions rights;
    friend bool operator==(const PermissionGrant &, const PermissionGrant &) = default;
};

struct AccessGroup
{
    DbId id = 0;
    int version = 0;
    QString name; // unique, trimmed, non-empty
    DbId folderId = 0;
    QVector<DbId> members; // person ids, ascending
    QVector<PermissionGrant> permissions;
    // New Persons join the default groups when the Configuration Server's
    // `security/no-default-access` is 1 (SPEC S8); see NoDefaultAccess.
    bool isDefault = false;

    friend bool operator==(const AccessGroup &, const AccessGroup &) = default;
};

} // namespace confman
