#include "models/itemmodels/AccessGroupListModel.h"

#include "models/itemmodels/NaturalCompare.h"
#include "models/store/PersonStore.h"

namespace confman {

AccessGroupListModel::AccessGroupListModel(PersonStore &persons, QObject *parent)
    : ObjectListModel(ObjectKind::AccessGroup, parent), m_persons(persons)
{
    connect(&persons, &PersonStore::objectSaved, this, &AccessGroupListModel::onSaved);
    connect(&persons, &PersonStore::objectRemoved, this, &AccessGroupListModel::onRemoved);
    reload();
}

AccessGroupListModel::Row AccessGroupListModel::makeRow(const AccessGroup &g)
{
    Row r;
    r.id = g.id;
    r.folderId = g.folderId;
    r.name = g.name;
    r.members = int(g.members.size());
    r.isDefault = g.isDefault;
    for (const PermissionGrant &grant : g.permissions)
        r.rights |= grant.rights;
    return r;
}

void AccessGroupListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    const QVector<AccessGroup> groups = m_persons.accessGroups();
    m_rows.reserve(groups.size());
    for (const AccessGroup &g : groups)
        m_rows.append(makeRow(g));
    rebuildIndex();
    endResetModel();
}

int AccessGroupListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccessGroupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case MembersColumn: return tr("Members");
    case DefaultColumn: return tr("Default");
    case RightsColumn: return tr("Rights");
    }
    return {};
}

QString AccessGroupListModel::rightsText(Permissions rights)
{
    if (rights == allPermissions())
        return tr("All");
    return permissionNames(rights).join(QStringLiteral(", "));
}

QVariant AccessGroupListModel::displayData(int row, int column) const
{
    const Row &g = m_rows.at(row);
    switch (column) {
    case NameColumn: return g.name;
    case MembersColumn: return g.members;
    case DefaultColumn: return g.isDefault ? tr("Yes") : tr("No");
    case RightsColumn: return rightsText(g.rights);
    }
    return {};
}

int AccessGroupListModel::compareRows(int column, int a, int b) const
{
    const Row &x = m_rows.at(a), &y = m_rows.at(b);
    switch (column) {
    case MembersColumn: return x.members == y.members ? 0 : (x.members < y.members ? -1 : 1);
    case DefaultColumn: return int(y.isDefault) - int(x.isDefault); // default groups first
    case RightsColumn: {
        // More rights sort after fewer; equal counts by the bits.
        const int cx = permissionNames(x.rights).size(), cy = permissionNames(y.rights).size();
        if (cx != cy)
            return cx < cy ? -1 : 1;
        const unsigned bx = x.rights.toInt(), by = y.rights.toInt();
        return bx == by ? 0 : (bx < by ? -1 : 1);
    }
    default: return naturalCompare(x.name, y.name);
    }
}

void AccessGroupListModel::onSaved(ObjectRef ref)
{
    if (ref.kind == ObjectKind::Person) {
        // A Person's Member Of changes the counts of the groups it joins or leaves.
        if (!deferToReload())
            reload();
        return;
    }
    if (ref.kind != ObjectKind::AccessGroup || deferToReload())
        return;
    const auto group = m_persons.accessGroup(ref.id);
    updateRow(m_rows, ref.id, group ? std::optional<Row>(makeRow(*group)) : std::nullopt);
}

void AccessGroupListModel::onRemoved(ObjectRef ref)
{
    if (ref.kind == ObjectKind::Person) {
        if (!deferToReload())
            reload();
        return;
    }
    if (ref.kind != ObjectKind::AccessGroup || deferToReload())
        return;
    removeRowOf(m_rows, ref.id);
}

void AccessGroupListModel::permuteRows(const QVector<int> &order)
{
    permute(m_rows, order);
}

} // namespace confman
