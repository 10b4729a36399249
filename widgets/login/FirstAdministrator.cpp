#include "widgets/login/FirstAdministrator.h"

#include <QCoreApplication>

#include <algorithm>

namespace confman {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("FirstAdministrator", text); }

SaveResult refused(const QString &code, const QString &message, const QString &field)
{
    SaveResult r;
    r.findings.append(Finding{Severity::Error, code, message, {ObjectKind::Person, 0}, field, {}});
    return r;
}

Permissions rightsOnWholeKind(const AccessGroup &group, ObjectKind kind)
{
    Permissions p;
    for (const PermissionGrant &g : group.permissions)
        if (g.kind == kind && g.folderId == 0)
            p |= g.rights;
    return p;
}

AccessGroup administratorsGroup()
{
    AccessGroup g;
    g.name = kFirstAdministratorGroup;
    for (ObjectKind kind : {ObjectKind::Folder, ObjectKind::Host, ObjectKind::Application, ObjectKind::Person,
                            ObjectKind::AccessGroup})
        g.permissions.append(PermissionGrant{kind, 0, allPermissions()});
    return g;
}

} // namespace

bool isAdministratorGroup(const AccessGroup &group)
{
    return rightsOnWholeKind(group, ObjectKind::Person) == allPermissions()
        && rightsOnWholeKind(group, ObjectKind::AccessGroup) == allPermissions();
}

bool storeHasAdministrator(const PersonStore &persons)
{
    QVector<DbId> adminGroups;
    for (const AccessGroup &g : persons.accessGroups())
        if (isAdministratorGroup(g))
            adminGroups.append(g.id);
    for (const Person &p : persons.persons()) {
        if (!p.enabled || !p.hasPassword())
            continue;
        for (DbId g : p.memberOf)
            if (adminGroups.contains(g))
                return true;
    }
    return false;
}

SaveResult createFirstAdministrator(PersonStore &persons, AuditLog &audit, const PasswordHasher &hasher,
                                    const QString &userName, const QString &password)
{
    const QString name = userName.trimmed();
    if (storeHasAdministrator(persons))
        return refused(QStringLiteral("person.administrator-exists"),
                       tr("This store has an administrator already: log in instead."), QStringLiteral("userName"));
    if (name.isEmpty())
        return refused(QStringLiteral("person.user-name-empty"), tr("Enter a user name."), QStringLiteral("userName"));
    if (password.isEmpty())
        return refused(QStringLiteral("person.password-empty"), tr("The password must not be empty."),
                       QStringLiteral("password"));
    auto existing = persons.personByUserName(name);
    if (existing && existing->hasPassword())
        return refused(QStringLiteral("person.user-name-taken"),
                       tr("The user %1 exists already and has a password.").arg(name), QStringLiteral("userName"));

    auto group = persons.accessGroupByName(kFirstAdministratorGroup);
    if (!group || !isAdministratorGroup(*group)) {
        AccessGroup wanted = administratorsGroup();
        if (group) { // keep its members and id, add the missing rights
            wanted.id = group->id;
            wanted.version = group->version;
            wanted.members = group->members;
            wanted.isDefault = group->isDefault;
        }
        const SaveResult saved = persons.save(wanted);
        if (!saved)
            return saved;
        group = persons.accessGroup(saved.id);
        if (!group)
            return refused(QStringLiteral("store.failed"), tr("The Administrators group could not be read back."), {});
    }

    Person person = existing.value_or(Person{});
    person.userName = name;
    person.enabled = true;
    if (!person.memberOf.contains(group->id)) {
        person.memberOf.append(group->id);
        std::sort(person.memberOf.begin(), person.memberOf.end());
    }
    person.passwordHash = hasher.hash(password);
    if (person.passwordHash.isEmpty()) {
        SaveResult r;
        r.error = tr("The password could not be hashed (no random numbers available).");
        return r;
    }
    const SaveResult saved = persons.save(person);
    if (saved) {
        audit.recordObjectChange(existing ? AuditAction::ObjectChanged : AuditAction::ObjectCreated,
                                 {ObjectKind::Person, saved.id}, name,
                                 QStringLiteral("first administrator, member of: %1").arg(kFirstAdministratorGroup));
        audit.recordPasswordChanged(name, saved.id);
    }
    return saved;
}

} // namespace confman
