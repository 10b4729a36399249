#include "models/itemmodels/ApplicationListModel.h"

#include "models/itemmodels/NaturalCompare.h"
#include "models/store/Store.h"

namespace confman {

namespace {
QString stateText(bool enabled)
{
    return enabled ? QStringLiteral("Enabled") : QStringLiteral("Disabled");
}
int compareInts(int a, int b) { return a == b ? 0 : (a < b ? -1 : 1); }
} // namespace

ApplicationListModel::ApplicationListModel(Store &store, QObject *parent)
    : ObjectListModel(ObjectKind::Application, parent), m_store(store)
{
    connect(&store, &Store::objectSaved, this, &ApplicationListModel::onSaved);
    connect(&store, &Store::objectRemoved, this, &ApplicationListModel::onRemoved);
    connect(&store, &Store::externallyChanged, this, &ApplicationListModel::reload);
    reload();
}

int ApplicationListModel::firstPortNumber(QStringView text)
{
    // Prefer the number after the first "id:"; fall back to the first digit run.
    qsizetype start = text.indexOf(u':');
    for (int pass = 0; pass < 2; ++pass) {
        qsizetype i = pass == 0 ? (start < 0 ? text.size() : start + 1) : 0;
        while (i < text.size() && text[i] == u' ')
            ++i;
        if (pass == 1)
            while (i < text.size() && !text[i].isDigit())
                ++i;
        int value = 0, digits = 0;
        while (i < text.size() && text[i] >= u'0' && text[i] <= u'9' && digits < 9) {
            value = value * 10 + (text[i].unicode() - u'0');
            ++i;
            ++digits;
        }
        if (digits)
            return value;
    }
    return -1;
}

void ApplicationListModel::reload()
{
    beginResetModel();
    m_hostNames.clear();
    const auto hosts = store().hostSummaries();
    m_hostNames.reserve(hosts.size());
    for (const auto &h : hosts)
        m_hostNames.insert(h.id, h.name);
    m_rows = store().applicationSummaries();
    m_appNames.clear();
    m_appNames.reserve(m_rows.size());
    m_firstPorts.resize(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        m_appNames.insert(m_rows[i].id, m_rows[i].name);
        m_firstPorts[i] = firstPortNumber(m_rows[i].portsText);
    }
    rebuildIndex();
    endResetModel();
}

int ApplicationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApplicationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case TypeColumn: return tr("Type");
    case HostColumn: return tr("Host");
    case StateColumn: return tr("State");
    case PortsColumn: return tr("Ports");
    case BackupColumn: return tr("Backup");
    }
    return {};
}

QVariant ApplicationListModel::displayData(int row, int column) const
{
    const ApplicationSummary &a = m_rows.at(row);
    switch (column) {
    case NameColumn: return a.name;
    case TypeColumn: return appTypeName(a.type);
    case HostColumn: return a.hostId ? m_hostNames.value(a.hostId) : QString();
    case StateColumn: return stateText(a.enabled);
    case PortsColumn: return a.portsText;
    case BackupColumn: return a.backupId ? m_appNames.value(a.backupId) : QString();
    }
    return {};
}

int ApplicationListModel::compareRows(int column, int a, int b) const
{
    const ApplicationSummary &x = m_rows.at(a), &y = m_rows.at(b);
    switch (column) {
    case TypeColumn: return naturalCompare(appTypeName(x.type), appTypeName(y.type));
    case HostColumn: return naturalCompare(displayText(a, HostColumn), displayText(b, HostColumn));
    case StateColumn: return int(y.enabled) - int(x.enabled); // enabled first
    case PortsColumn: return compareInts(m_firstPorts.at(a), m_firstPorts.at(b));
    case BackupColumn: return naturalCompare(displayText(a, BackupColumn), displayText(b, BackupColumn));
    default: return naturalCompare(x.name, y.name);
    }
}

template <typename Pred>
void ApplicationListModel::refreshRowsWhere(Pred pred, bool reread)
{
    QVector<DbId> ids;
    for (const ApplicationSummary &a : std::as_const(m_rows))
        if (pred(a))
            ids.append(a.id);
    for (DbId id : std::as_const(ids)) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        if (reread)
            if (const auto s = store().applicationSummary(id))
                m_rows[row] = *s;
        m_firstPorts[row] = firstPortNumber(m_rows.at(row).portsText);
        refreshRow(row);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        placeRow(row);
    }
}

void ApplicationListModel::permuteRows(const QVector<int> &order)
{
    QVector<ApplicationSummary> rows(order.size());
    QVector<int> ports(order.size());
    for (int i = 0; i < order.size(); ++i) {
        rows[i] = std::move(m_rows[order[i]]);
        ports[i] = m_firstPorts[order[i]];
    }
    m_rows = std::move(rows);
    m_firstPorts = std::move(ports);
}

void ApplicationListModel::onHostSaved(DbId hostId)
{
    const auto host = store().hostSummary(hostId);
    if (!host)
        return;
    const QString old = m_hostNames.value(hostId);
    m_hostNames.insert(hostId, host->name);
    if (old != host->name)
        refreshRowsWhere([&](const ApplicationSummary &a) { return a.hostId == hostId; }, false);
}

void ApplicationListModel::onSaved(ObjectRef ref)
{
    if ((ref.kind != ObjectKind::Host && ref.kind != ObjectKind::Application) || deferToReload())
        return;
    if (ref.kind == ObjectKind::Host) {
        onHostSaved(ref.id);
        return;
    }
    if (ref.kind != ObjectKind::Application)
        return;
    const auto summary = store().applicationSummary(ref.id);
    if (!summary) {
        onRemoved(ref);
        return;
    }
    const QString oldName = m_appNames.value(ref.id);
    m_appNames.insert(ref.id, summary->name);
    int row = rowOf(ref.id);
    if (row >= 0) {
        m_rows[row] = *summary;
        m_firstPorts[row] = firstPortNumber(summary->portsText);
        refreshRow(row);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        placeRow(row);
    } else {
        row = m_rows.size();
        beginInsertRows({}, row, row);
        m_rows.append(*summary);
        m_firstPorts.append(firstPortNumber(summary->portsText));
        refreshRow(row);
        endInsertRows();
        placeRow(row);
    }
    if (!oldName.isEmpty() && oldName != summary->name) {
        const DbId id = ref.id;
        refreshRowsWhere([id](const ApplicationSummary &a) { return a.backupId == id; }, false);
    }
}

void ApplicationListModel::onRemoved(ObjectRef ref)
{
    if ((ref.kind != ObjectKind::Host && ref.kind != ObjectKind::Application) || deferToReload())
        return;
    if (ref.kind == ObjectKind::Host) {
        m_hostNames.remove(ref.id);
        return;
    }
    if (ref.kind != ObjectKind::Application)
        return;
    m_appNames.remove(ref.id);
    const int row = rowOf(ref.id);
    if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        m_firstPorts.removeAt(row);
        forgetRow(row);
        endRemoveRows();
    }
    // The store drops backup references to a deleted application: re-read those rows.
    const DbId id = ref.id;
    refreshRowsWhere([id](const ApplicationSummary &a) { return a.backupId == id; }, true);
}

} // namespace confman
