#include "models/itemmodels/ObjectFilterProxy.h"

#include "models/itemmodels/ItemRoles.h"
#include "models/itemmodels/ObjectListModel.h"

namespace confman {

ObjectFilterProxy::ObjectFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    setFilterRole(FilterHaystackRole);
}

void ObjectFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_list = qobject_cast<ObjectListModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void ObjectFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (m_list)
        m_list->sort(column, order);
    else
        QSortFilterProxyModel::sort(column, order);
}

void ObjectFilterProxy::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    const QString needle = text.trimmed().toLower();
    if (needle == m_needle)
        return;
    m_needle = needle;
    // One linear re-filter (the proxy does not sort); cheaper than the
    // incremental path, which emits a signal per removed or inserted range.
    invalidate();
}

void ObjectFilterProxy::setFolderFilter(std::optional<QSet<DbId>> folders)
{
    if (folders == m_folders)
        return;
    m_folders = std::move(folders);
    invalidate();
}

bool ObjectFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_list) {
        if (m_folders && !m_folders->contains(m_list->folderIdAt(sourceRow)))
            return false;
        return m_needle.isEmpty() || m_list->haystackAt(sourceRow).contains(m_needle);
    }
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_folders && !m_folders->contains(idx.data(FolderIdRole).toLongLong()))
        return false;
    return m_needle.isEmpty() || idx.data(FilterHaystackRole).toString().contains(m_needle);
}

} // namespace confman
