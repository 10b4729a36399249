#include "models/auth/PermissionDenied.h"

#include <QCoreApplication>

namespace confman {

SaveResult permissionDenied(const PersonStore &persons, DbId actingPersonId, const Store &store, Permission missing,
                            ObjectKind kind, DbId folderId, ObjectRef ref, const QString &name)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("PermissionDenied", text); };
    const auto actor = persons.person(actingPersonId);
    const QString who = actor ? actor->userName : tr("The current user");
    QString where = objectKindPluralName(kind);
    if (folderId != 0)
        for (const auto &f : store.folders())
            if (f.id == folderId)
                where = tr("%1 in folder \"%2\"").arg(where, f.name);
    SaveResult r;
    r.findings.append(Finding{Severity::Error, QStringLiteral("permission.denied"),
                              tr("%1 does not have the %2 permission on %3.").arg(who, permissionName(missing), where),
                              ref, QString(), name});
    return r;
}

} // namespace confman
