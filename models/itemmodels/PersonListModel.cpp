#include "models/itemmodels/PersonListModel.h"

#include "models/itemmodels/NaturalCompare.h"
#include "models/store/PersonStore.h"

#include <algorithm>

namespace confman {

PersonListModel::PersonListModel(PersonStore &persons, QObject *parent)
    : ObjectListModel(ObjectKind::Person, parent), m_persons(persons)
{
    connect(&persons, &PersonStore::objectSaved, this, &PersonListModel::onSaved);
    connect(&persons, &PersonStore::objectRemoved, this, &PersonListModel::onRemoved);
    reload();
}

PersonListModel::Row PersonListModel::makeRow(const Person &p) const
{
    Row r;
    r.id = p.id;
    r.folderId = p.folderId;
    r.userName = p.userName;
    r.firstName = p.firstName;
    r.lastName = p.lastName;
    r.employeeId = p.employeeId;
    r.enabled = p.enabled;
    QStringList groups;
    for (DbId g : p.memberOf)
        if (const auto it = m_groupNames.constFind(g); it != m_groupNames.constEnd())
            groups.append(*it); // a group the user may not read stays unnamed
    std::sort(groups.begin(), groups.end(), [](const QString &a, const QString &b) { return naturalCompare(a, b) < 0; });
    r.memberOf = groups.join(QStringLiteral(", "));
    r.lastLogin = m_persons.lastLogin(p.id);
    return r;
}

void PersonListModel::reload()
{
    beginResetModel();
    m_groupNames.clear();
    for (const AccessGroup &g : m_persons.accessGroups())
        m_groupNames.insert(g.id, g.name);
    m_rows.clear();
    const QVector<Person> persons = m_persons.persons();
    m_rows.reserve(persons.size());
    for (const Person &p : persons)
        m_rows.append(makeRow(p));
    rebuildIndex();
    endResetModel();
}

int PersonListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UserNameColumn: return tr("User Name");
    case FirstNameColumn: return tr("First Name");
    case LastNameColumn: return tr("Last Name");
    case EmployeeIdColumn: return tr("Employee ID");
    case StateColumn: return tr("State");
    case MemberOfColumn: return tr("Member Of");
    case LastLoginColumn: return tr("Last Login");
    }
    return {};
}

QString PersonListModel::lastLoginText(const LoginRecord &login)
{
    if (login.isNull())
        return {};
    const QString at = login.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return login.applicationName.isEmpty() ? at : tr("%1 from %2").arg(at, login.applicationName);
}

QVariant PersonListModel::displayData(int row, int column) const
{
    const Row &p = m_rows.at(row);
    switch (column) {
    case UserNameColumn: return p.userName;
    case FirstNameColumn: return p.firstName;
    case LastNameColumn: return p.lastName;
    case EmployeeIdColumn: return p.employeeId;
    case StateColumn: return p.enabled ? tr("Enabled") : tr("Disabled");
    case MemberOfColumn: return p.memberOf;
    case LastLoginColumn: return lastLoginText(p.lastLogin);
    }
    return {};
}

int PersonListModel::compareRows(int column, int a, int b) const
{
    const Row &x = m_rows.at(a), &y = m_rows.at(b);
    switch (column) {
    case FirstNameColumn: return naturalCompare(x.firstName, y.firstName);
    case LastNameColumn: return naturalCompare(x.lastName, y.lastName);
    case EmployeeIdColumn: return naturalCompare(x.employeeId, y.employeeId);
    case StateColumn: return int(y.enabled) - int(x.enabled); // enabled first
    case MemberOfColumn: return naturalCompare(x.memberOf, y.memberOf);
    case LastLoginColumn: {
        // Never logged in sorts first; then oldest to newest.
        const qint64 tx = x.lastLogin.isNull() ? -1 : x.lastLogin.at.toMSecsSinceEpoch();
        const qint64 ty = y.lastLogin.isNull() ? -1 : y.lastLogin.at.toMSecsSinceEpoch();
        return tx == ty ? 0 : (tx < ty ? -1 : 1);
    }
    default: return naturalCompare(x.userName, y.userName);
    }
}

void PersonListModel::onSaved(ObjectRef ref)
{
    if (ref.kind == ObjectKind::AccessGroup) {
        // Group names and memberships show in every row.
        if (!deferToReload())
            reload();
        return;
    }
    if (ref.kind != ObjectKind::Person || deferToReload())
        return;
    const auto person = m_persons.person(ref.id);
    updateRow(m_rows, ref.id, person ? std::optional<Row>(makeRow(*person)) : std::nullopt);
}

void PersonListModel::onRemoved(ObjectRef ref)
{
    if (ref.kind == ObjectKind::AccessGroup) {
        if (!deferToReload())
            reload();
        return;
    }
    if (ref.kind != ObjectKind::Person || deferToReload())
        return;
    removeRowOf(m_rows, ref.id);
}

void PersonListModel::permuteRows(const QVector<int> &order)
{
    permute(m_rows, order);
}

} // namespace confman
