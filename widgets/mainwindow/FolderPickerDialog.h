#pragma once
// "Move To": pick a folder of one kind (its root folder included) from the
// store's folder tree.
#include "models/config/ObjectTypes.h"

#include <QDialog>

class QDialogButtonBox;
class QTreeView;

namespace confman {

class ObjectTreeModel;
class Store;

class FolderPickerDialog : public QDialog
{
    Q_OBJECT
public:
    FolderPickerDialog(Store &store, ObjectKind kind, DbId currentFolder, QWidget *parent = nullptr);

    // The chosen folder id (0 = the root folder of the kind).
    DbId selectedFolder() const;
    bool selectFolder(DbId folderId);

    QTreeView *view() const { return m_view; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    ObjectKind m_kind;
    ObjectTreeModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace confman
