#include "widgets/mainwindow/FolderPickerDialog.h"

#include "models/itemmodels/ObjectTreeModel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

namespace confman {

FolderPickerDialog::FolderPickerDialog(Store &store, ObjectKind kind, DbId currentFolder, QWidget *parent)
    : QDialog(parent), m_kind(kind)
{
    setWindowTitle(tr("Move To Folder"));
    m_model = new ObjectTreeModel(store, this);
    m_model->setIcons(style()->standardIcon(QStyle::SP_ComputerIcon), style()->standardIcon(QStyle::SP_DirIcon));
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("folderPicker"));
    m_view->setHeaderHidden(true);
    m_view->setModel(m_model);
    // Only the kind's own branch: objects never move into another kind's folders.
    const QModelIndex root = m_model->indexFor(kind);
    m_view->setRootIndex(root.parent());
    for (int r = 0; r < m_model->rowCount(root.parent()); ++r)
        if (r != root.row())
            m_view->setRowHidden(r, root.parent(), true);
    m_view->expandAll();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Move the selected %1 to:").arg(objectKindPluralName(kind).toLower()), this));
    layout->addWidget(m_view);
    layout->addWidget(m_buttons);
    resize(360, 420);

    if (!selectFolder(currentFolder))
        selectFolder(0);
}

bool FolderPickerDialog::selectFolder(DbId folderId)
{
    const QModelIndex index = m_model->indexFor(m_kind, folderId);
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    return true;
}

DbId FolderPickerDialog::selectedFolder() const
{
    return m_model->folderIdAt(m_view->currentIndex());
}

} // namespace confman
