#include "models/itemmodels/ObjectFilterProxy.h"

#include "models/itemmodels/ItemRoles.h"
#include "models/itemmodels/ObjectListModel.h"

namespace confman {

ObjectFilterProxy::ObjectFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    setSortRole(SortKeyRole);
    setFilterRole(FilterHaystackRole);
}

void ObjectFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    if (m_list)
        disconnect(m_list, nullptr, this, nullptr);
    m_list = qobject_cast<ObjectListModel *>(model);
    // Connected before the base class connects its own handler, so the ranks
    // exist when it re-sorts the reloaded rows.
    if (m_list)
        connect(m_list, &QAbstractItemModel::modelReset, this, &ObjectFilterProxy::prepareFullSort);
    QSortFilterProxyModel::setSourceModel(model);
}

void ObjectFilterProxy::prepareFullSort() const
{
    if (m_list && sortColumn() >= 0)
        m_list->ensureRanks(sortColumn());
}

void ObjectFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (m_list)
        m_list->ensureRanks(column);
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
    // Narrowing (the new text contains the old) only removes rows, which the
    // proxy does incrementally; anything else re-filters from scratch.
    const bool narrowing = needle.contains(m_needle);
    m_needle = needle;
    if (narrowing) {
        invalidateFilter();
    } else {
        prepareFullSort();
        invalidate();
    }
}

void ObjectFilterProxy::setFolderFilter(std::optional<QSet<DbId>> folders)
{
    if (folders == m_folders)
        return;
    m_folders = std::move(folders);
    prepareFullSort();
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

bool ObjectFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_list) {
        const int column = left.column();
        int c;
        if (m_list->hasRanks(column))
            c = m_list->rankAt(column, left.row()) - m_list->rankAt(column, right.row());
        else
            c = m_list->compareRows(column, left.row(), right.row());
        return c != 0 ? c < 0 : left.row() < right.row();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace confman
