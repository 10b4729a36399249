#include "models/itemmodels/ObjectListModel.h"

#include "models/itemmodels/ItemRoles.h"
#include "models/store/Store.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>
#include <QTimer>

#include <algorithm>
#include <numeric>

namespace confman {

ObjectListModel::ObjectListModel(Store &store, ObjectKind kind, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_kind(kind)
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
    case SortKeyRole:
        return rankAt(index.column(), row);
    default:
        return {};
    }
}

bool ObjectListModel::hasRanks(int column) const
{
    return column >= 0 && column < m_ranks.size() && m_ranks.at(column).size() == objectCount();
}

void ObjectListModel::ensureRanks(int column) const
{
    if (column < 0 || column >= columnCount() || hasRanks(column))
        return;
    if (m_ranks.size() != columnCount())
        m_ranks.resize(columnCount());
    // Sort once per column and remember each row's position: the proxy's
    // lessThan then compares two ints instead of two strings.
    QVector<int> order(objectCount());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return compareRows(column, a, b) < 0; });
    QVector<int> &ranks = m_ranks[column];
    ranks.resize(order.size());
    int rank = 0;
    for (int i = 0; i < order.size(); ++i) {
        if (i > 0 && compareRows(column, order[i - 1], order[i]) != 0)
            rank = i; // equal keys share a rank
        ranks[order[i]] = rank;
    }
}

int ObjectListModel::rankAt(int column, int row) const
{
    if (column < 0 || column >= columnCount())
        return row;
    ensureRanks(column);
    return m_ranks.at(column).at(row);
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
    m_rowById.clear();
    m_rowById.reserve(n);
    for (int row = 0; row < n; ++row) {
        m_haystacks[row] = computeHaystack(row);
        m_rowById.insert(idAt(row), row);
    }
    invalidateRanks();
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
    invalidateRanks();
}

void ObjectListModel::forgetRow(int row)
{
    m_haystacks.removeAt(row);
    m_rowById.clear();
    for (int r = 0; r < objectCount(); ++r)
        m_rowById.insert(idAt(r), r);
    invalidateRanks();
}

void ObjectListModel::invalidateRanks()
{
    for (auto &r : m_ranks)
        r.clear();
}

} // namespace confman
