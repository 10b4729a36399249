#include "models/itemmodels/ProblemsModel.h"

#include "models/itemmodels/ItemRoles.h"
#include "models/store/Store.h"

#include <QBrush>
#include <QColor>

namespace confman {

ProblemsModel::ProblemsModel(Store &store, QObject *parent) : QAbstractTableModel(parent), m_store(store)
{
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(300);
    connect(&m_refresh, &QTimer::timeout, this, &ProblemsModel::reload);
    auto schedule = [this] { m_refresh.start(); };
    connect(&store, &Store::objectSaved, this, schedule);
    connect(&store, &Store::objectRemoved, this, schedule);
    connect(&store, &Store::externallyChanged, this, schedule);
    reload();
}

void ProblemsModel::reload()
{
    m_refresh.stop();
    beginResetModel();
    m_findings = m_store.problems();
    endResetModel();
    Q_EMIT reloaded();
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_findings.size();
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_findings.size())
        return {};
    const Finding &f = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case SeverityColumn: return f.isError() ? tr("Error") : tr("Warning");
        case ObjectColumn:
            return QStringLiteral("%1 %2").arg(objectKindName(f.object.kind),
                                               f.objectName.isEmpty() ? QString::number(f.object.id)
                                                                      : f.objectName);
        case MessageColumn: return f.message;
        }
        return {};
    case Qt::ForegroundRole:
        if (f.isError() && index.column() == SeverityColumn)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case ObjectIdRole:
        return f.object.id;
    case ObjectKindRole:
        return int(f.object.kind);
    case SeverityRole:
        return int(f.severity);
    default:
        return {};
    }
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case ObjectColumn: return tr("Object");
    case MessageColumn: return tr("Problem");
    }
    return {};
}

} // namespace confman
