#pragma once
// Custom roles shared by Confman's item models, so views and proxies can ask
// for the object behind a row without knowing the concrete model.
#include <Qt>

namespace confman {

enum ItemRole {
    ObjectIdRole = Qt::UserRole + 1, // DbId of the row's object (qint64)
    ObjectKindRole,                  // int(ObjectKind)
    FolderIdRole,                    // DbId of the folder holding the object (0 = root of its kind)
    EnabledRole,                     // bool
    FilterHaystackRole,              // lowercase text of every visible column, for filtering
    SeverityRole,                    // int(Severity), ProblemsModel
};

} // namespace confman
