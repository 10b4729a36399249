#include "models/itemmodels/ObjectListModel.h"

#include "models/itemmodels/ItemRoles.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>
#include <QTimer>

#include <algorithm>
#include <numeric>

namespace confman {

ObjectListModel::ObjectListModel(ObjectKind kind, QObject *parent) : QAbstractTableModel(parent), m_kind(kind)
{
}

int ObjectListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : objectCount();
}

QString ObjectListModel::displayText(int row, int column) const
{
    return displayData(row, column).toString();
}

QVariant ObjectListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= objectCount())
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayData(row, index.column());
    case Qt::ForegroundRole:
        // Disabled objects are greyed like the disabled text of the palette.
        if (!enabledAt(row))
            return QBrush(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case ObjectIdRole:
        return idAt(row);
    case ObjectKindRole:
        return int(m_kind);
    case FolderIdRole:
        return folderIdAt(row);
    case EnabledRole:
        return enabledAt(row);
    case FilterHaystackRole:
        return m_haystacks.at(row);
    default:
        return {};
    }
}

void ObjectListModel::sort(int column, Qt::SortOrder order)
{
    if (column >= columnCount())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    const QModelIndexList persistent = persistentIndexList();
    QVector<DbId> persistentIds;
    for (const QModelIndex &i : persistent)
        persistentIds.append(idAt(i.row()));
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    sortRowsSilently();
    QModelIndexList moved;
    for (int k = 0; k < persistent.size(); ++k)
        moved.append(index(rowOf(persistentIds.at(k)), persistent.at(k).column()));
    changePersistentIndexList(persistent, moved);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ObjectListModel::sortRowsSilently()
{
    if (m_sortColumn < 0 || objectCount() < 2)
        return;
    QVector<int> order(objectCount());
    std::iota(order.begin(), order.end(), 0);
    const int column = m_sortColumn;
    if (m_sortOrder == Qt::AscendingOrder)
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return compareRows(column, a, b) < 0; });
    else
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return compareRows(column, a, b) > 0; });
    QVector<QString> haystacks(order.size());
    for (int i = 0; i < order.size(); ++i)
        haystacks[i] = m_haystacks.at(order.at(i));
    m_haystacks = std::move(haystacks);
    permuteRows(order);
    rebuildIds();
}

void ObjectListModel::placeRow(int row)
{
    if (m_sortColumn < 0)
        return;
    const int n = objectCount();
    const int column = m_sortColumn;
    const int sign = m_sortOrder == Qt::AscendingOrder ? 1 : -1;
    auto before = [&](int a, int b) { return sign * compareRows(column, a, b) < 0; };
    const bool inOrder = (row == 0 || !before(row, row - 1)) && (row == n - 1 || !before(row + 1, row));
    if (inOrder)
        return;
    // Binary search among the other rows (index i skips `row`).
    int lo = 0, hi = n - 1;
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        const int other = mid < row ? mid : mid + 1;
        if (before(row, other))
            hi = mid;
        else
            lo = mid + 1;
    }
    const int target = lo; // final index of the row
    if (target == row)
        return;
    beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
    const QString haystack = m_haystacks.takeAt(row);
    m_haystacks.insert(target, haystack);
    moveRowData(row, target);
    rebuildIds();
    endMoveRows();
}

bool ObjectListModel::deferToReload()
{
    constexpr int kBurstLimit = 200;
    if (m_reloadScheduled)
        return true;
    if (m_burst++ == 0)
        QTimer::singleShot(0, this, [this] { m_burst = 0; });
    if (m_burst <= kBurstLimit)
        return false;
    m_reloadScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_reloadScheduled = false;
        m_burst = 0;
        reload();
    });
    return true;
}

QString ObjectListModel::computeHaystack(int row) const
{
    QString text;
    for (int c = 0; c < columnCount(); ++c) {
        if (c)
            text += u'\t';
        text += displayText(row, c);
    }
    return text.toLower();
}

void ObjectListModel::rebuildIndex()
{
    const int n = objectCount();
    m_haystacks.resize(n);
    for (int row = 0; row < n; ++row)
        m_haystacks[row] = computeHaystack(row);
    sortRowsSilently();
    rebuildIds();
}

void ObjectListModel::rebuildIds()
{
    m_rowById.clear();
    m_rowById.reserve(objectCount());
    for (int row = 0; row < objectCount(); ++row)
        m_rowById.insert(idAt(row), row);
}

void ObjectListModel::refreshRow(int row)
{
    if (row == m_haystacks.size() && row == objectCount() - 1) {
        m_haystacks.append(computeHaystack(row)); // appended row
    } else if (m_haystacks.size() != objectCount()) {
        rebuildIndex();
        return;
    } else {
        m_haystacks[row] = computeHaystack(row);
    }
    m_rowById.insert(idAt(row), row);
}

void ObjectListModel::forgetRow(int row)
{
    m_haystacks.removeAt(row);
    rebuildIds();
}

} // namespace confman
