#include "models/itemmodels/HostListModel.h"

#include "models/itemmodels/NaturalCompare.h"
#include "models/store/Store.h"

namespace confman {

namespace {
QString stateText(bool enabled)
{
    return enabled ? QStringLiteral("Enabled") : QStringLiteral("Disabled");
}
} // namespace

HostListModel::HostListModel(Store &store, QObject *parent) : ObjectListModel(ObjectKind::Host, parent), m_store(store)
{
    connect(&store, &Store::objectSaved, this, &HostListModel::onSaved);
    connect(&store, &Store::objectRemoved, this, &HostListModel::onRemoved);
    connect(&store, &Store::externallyChanged, this, &HostListModel::reload);
    reload();
}

void HostListModel::reload()
{
    beginResetModel();
    m_rows = store().hostSummaries();
    rebuildIndex();
    endResetModel();
}

int HostListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HostListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case AddressColumn: return tr("Address");
    case OsColumn: return tr("OS");
    case LcaPortColumn: return tr("LCA Port");
    case StateColumn: return tr("State");
    }
    return {};
}

QVariant HostListModel::displayData(int row, int column) const
{
    const HostSummary &h = m_rows.at(row);
    switch (column) {
    case NameColumn: return h.name;
    case AddressColumn: return h.address;
    case OsColumn: return osTypeName(h.osType);
    case LcaPortColumn: return h.lcaPort;
    case StateColumn: return stateText(h.enabled);
    }
    return {};
}

int HostListModel::compareRows(int column, int a, int b) const
{
    const HostSummary &x = m_rows.at(a), &y = m_rows.at(b);
    switch (column) {
    case AddressColumn: return naturalCompare(x.address, y.address);
    case OsColumn: return naturalCompare(osTypeName(x.osType), osTypeName(y.osType));
    case LcaPortColumn: return x.lcaPort == y.lcaPort ? 0 : (x.lcaPort < y.lcaPort ? -1 : 1);
    case StateColumn: return int(y.enabled) - int(x.enabled); // enabled first
    default: return naturalCompare(x.name, y.name);
    }
}

void HostListModel::onSaved(ObjectRef ref)
{
    if (ref.kind != ObjectKind::Host || deferToReload())
        return;
    updateRow(m_rows, ref.id, store().hostSummary(ref.id));
}

void HostListModel::permuteRows(const QVector<int> &order)
{
    permute(m_rows, order);
}

void HostListModel::onRemoved(ObjectRef ref)
{
    if (ref.kind != ObjectKind::Host || deferToReload())
        return;
    removeRowOf(m_rows, ref.id);
}

} // namespace confman
