#include "models/config/AccessGroup.h"

namespace confman {

const std::vector<Permission> &allPermissionList()
{
    static const std::vector<Permission> list = {Permission::Read,    Permission::Change,
                                                  Permission::Create,  Permission::Delete,
                                                  Permission::Execute, Permission::ReadPermissions,
                                                  Permission::ChangePermissions};
    return list;
}

QString permissionName(Permission p)
{
    switch (p) {
    case Permission::Read: return QStringLiteral("Read");
    case Permission::Change: return QStringLiteral("Change");
    case Permission::Create: return QStringLiteral("Create");
    case Permission::Delete: return QStringLiteral("Delete");
    case Permission::Execute: return QStringLiteral("Execute");
    case Permission::ReadPermissions: return QStringLiteral("Read Permissions");
    case Permission::ChangePermissions: return QStringLiteral("Change Permissions");
    }
    return {};
}

QString permissionKey(Permission p)
{
    return permissionName(p).toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
}

std::optional<Permission> permissionFromKey(const QString &key)
{
    for (Permission p : allPermissionList())
        if (permissionKey(p) == key)
            return p;
    return std::nullopt;
}

QStringList permissionNames(Permissions set)
{
    QStringList names;
    for (Permission p : allPermissionList())
        if (set.testFlag(p))
            names.append(permissionName(p));
    return names;
}

QStringList permissionKeys(Permissions set)
{
    QStringList keys;
    for (Permission p : allPermissionList())
        if (set.testFlag(p))
            keys.append(permissionKey(p));
    return keys;
}

} // namespace confman
