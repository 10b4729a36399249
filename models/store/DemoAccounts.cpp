#include "models/store/DemoAccounts.h"

namespace confman {

namespace {

const ObjectKind kAllKinds[] = {ObjectKind::Folder, ObjectKind::Host, ObjectKind::Application, ObjectKind::Person,
                                ObjectKind::AccessGroup};

Person demoPerson(const QString &user, const QString &first, const QString &last, const QString &employeeId, DbId group)
{
    Person p;
    p.userName = user;
    p.firstName = first;
    p.lastName = last;
    p.employeeId = employeeId;
    p.memberOf = {group};
    return p;
}

} // namespace

std::optional<AccessGroup> standardAccessGroup(const QString &name)
{
    AccessGroup g;
    g.name = name;
    Permissions rights;
    if (name == kAdministratorsGroup) {
        rights = allPermissions();
    } else if (name == kOperatorsGroup) {
        rights = Permission::Read | Permission::Execute;
        g.isDefault = true;
    } else {
        return std::nullopt;
    }
    for (ObjectKind k : kAllKinds)
        g.permissions.append({k, 0, rights});
    return g;
}

SaveResult seedDemoAccounts(PersonStore &persons)
{
    const SaveResult admins = persons.save(*standardAccessGroup(kAdministratorsGroup));
    if (!admins)
        return admins;
    const SaveResult operators = persons.save(*standardAccessGroup(kOperatorsGroup));
    if (!operators)
        return operators;
    for (const Person &p : {demoPerson(QStringLiteral("mchen"), QStringLiteral("Mei"), QStringLiteral("Chen"),
                                       QStringLiteral("E1001"), admins.id),
                            demoPerson(QStringLiteral("jsmith"), QStringLiteral("John"), QStringLiteral("Smith"),
                                       QStringLiteral("E1002"), operators.id),
                            demoPerson(QStringLiteral("agarcia"), QStringLiteral("Ana"), QStringLiteral("Garcia"),
                                       QStringLiteral("E1003"), operators.id)}) {
        const SaveResult saved = persons.save(p);
        if (!saved)
            return saved;
    }
    SaveResult r;
    r.ok = persons.setSetting(kPrimaryConfigServerSetting, QStringLiteral("confserv"));
    if (!r.ok)
        r.error = QStringLiteral("The store setting %1 could not be written.").arg(kPrimaryConfigServerSetting);
    return r;
}

} // namespace confman
