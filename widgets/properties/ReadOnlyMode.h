#pragma once
// A properties dialog opened by someone who may look but not change (issue 5:
// "a user without Change on Hosts sees Host properties read-only"). The store
// is the authority: Store::rightsOn says what the acting Person may do, and
// PermissionedStore refuses a save anyway; this only makes the dialog say so
// instead of letting the user edit in vain.
//
// In read-only mode every editor in the dialog is read-only (text) or
// disabled (choices, buttons that change something), each with the reason as
// its tooltip; views stay scrollable and selectable; OK / Cancel / Apply
// become one Close button; a line above the tabs names the missing right.
// Buttons that only show something keep working when marked with
// ReadOnlyMode::markViewOnly.
#include "models/config/ObjectTypes.h"

#include <QString>

class QDialog;
class QDialogButtonBox;
class QVBoxLayout;
class QWidget;

namespace confman {

class Store;

struct EditRight
{
    bool allowed = true;
    QString reason; // when not allowed: "You do not have the Change permission on Hosts in this folder."

    // Change (existing object) or Create (new object, id 0) on `kind` in `folderId`.
    static EditRight of(const Store &store, ObjectKind kind, DbId folderId, bool isNew);
};

class ReadOnlyMode
{
public:
    // Applies read-only mode to `dialog` when `right` is not allowed: editors
    // inside the dialog (not `buttons`), the button box, and a notice
    // inserted at the top of `layout`. Returns right.allowed.
    static bool apply(const EditRight &right, QDialog *dialog, QDialogButtonBox *buttons, QVBoxLayout *layout);
    // True when `dialog` was put in read-only mode.
    static bool isReadOnly(const QDialog *dialog);
    static void markViewOnly(QWidget *button);
};

} // namespace confman
