#include "models/itemmodels/AuditListModel.h"

#include "models/itemmodels/ItemRoles.h"
#include "models/store/PersonStore.h"

#include <QSet>

#include <algorithm>

namespace confman {

AuditListModel::AuditListModel(PersonStore &persons, AuditQuery query, QObject *parent)
    : QAbstractTableModel(parent), m_persons(persons), m_query(std::move(query))
{
    refresh();
}

void AuditListModel::setQuery(const AuditQuery &query)
{
    m_query = query;
    beginResetModel();
    m_entries.clear();
    m_haystacks.clear();
    endResetModel();
    refresh();
}

void AuditListModel::refresh()
{
    QVector<AuditEntry> fresh = m_persons.audit(m_query);
    // The trail only grows: when what we show is still its beginning, insert
    // the tail; otherwise (a limit cut old entries off, a store was swapped)
    // start over.
    const bool extends = fresh.size() >= m_entries.size()
        && std::equal(m_entries.cbegin(), m_entries.cend(), fresh.cbegin(),
                      [](const AuditEntry &a, const AuditEntry &b) { return a.id == b.id; });
    if (extends) {
        if (fresh.size() > m_entries.size()) {
            const int first = int(m_entries.size());
            beginInsertRows({}, first, int(fresh.size()) - 1);
            for (qsizetype i = first; i < fresh.size(); ++i) {
                m_haystacks.append(haystack(fresh.at(i)));
                m_entries.append(fresh.at(i));
            }
            endInsertRows();
        }
    } else {
        beginResetModel();
        m_entries = std::move(fresh);
        m_haystacks.clear();
        for (const auto &e : std::as_const(m_entries))
            m_haystacks.append(haystack(e));
        endResetModel();
    }
    Q_EMIT refreshed();
}

QString AuditListModel::objectText(const AuditEntry &e)
{
    if (!e.object)
        return e.objectName;
    return QStringLiteral("%1 %2").arg(objectKindName(e.object->kind),
                                       e.objectName.isEmpty() ? QString::number(e.object->id) : e.objectName);
}

QString AuditListModel::whenText(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString AuditListModel::haystack(const AuditEntry &e) const
{
    return QStringList{whenText(e.at), e.who, auditActionName(e.action), objectText(e), e.application, e.details}
        .join(QLatin1Char('\n'))
        .toLower();
}

QStringList AuditListModel::users() const
{
    QSet<QString> seen;
    for (const auto &e : m_entries)
        if (!e.who.isEmpty())
            seen.insert(e.who);
    QStringList result(seen.cbegin(), seen.cend());
    result.sort(Qt::CaseInsensitive);
    return result;
}

int AuditListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_entries.size()); }

int AuditListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AuditListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn: return whenText(e.at);
        case WhoColumn: return e.who;
        case ActionColumn: return auditActionName(e.action);
        case ObjectColumn: return objectText(e);
        case ApplicationColumn: return e.application;
        case DetailsColumn: {
            // One line in the table; the tooltip has them all.
            QString oneLine = e.details;
            return oneLine.replace(QLatin1Char('\n'), QStringLiteral("; "));
        }
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DetailsColumn)
            return e.details;
        if (index.column() == WhenColumn)
            return e.at.toUTC().toString(Qt::ISODate);
        return data(index, Qt::DisplayRole);
    case ObjectIdRole: return e.object ? QVariant(qint64(e.object->id)) : QVariant();
    case ObjectKindRole: return e.object ? QVariant(int(e.object->kind)) : QVariant();
    case FilterHaystackRole: return m_haystacks.value(index.row());
    default: return {};
    }
}

QVariant AuditListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn: return tr("When");
    case WhoColumn: return tr("Who");
    case ActionColumn: return tr("Action");
    case ObjectColumn: return tr("Object");
    case ApplicationColumn: return tr("Application");
    case DetailsColumn: return tr("Details");
    }
    return {};
}

void AuditFilterProxy::setUser(const QString &user)
{
    if (user == m_user)
        return;
    m_user = user;
    invalidateFilter();
}

void AuditFilterProxy::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_needle = text.trimmed().toLower();
    invalidateFilter();
}

bool AuditFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const AuditListModel *>(sourceModel());
    if (!model || sourceParent.isValid())
        return true;
    if (!m_user.isEmpty() && model->entryAt(sourceRow).who != m_user)
        return false;
    if (m_needle.isEmpty())
        return true;
    return model->index(sourceRow, 0).data(FilterHaystackRole).toString().contains(m_needle);
}

QVector<AuditEntry> AuditFilterProxy::visibleEntries() const
{
    QVector<AuditEntry> result;
    const auto *model = qobject_cast<const AuditListModel *>(sourceModel());
    if (!model)
        return result;
    result.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row)
        result.append(model->entryAt(mapToSource(index(row, 0)).row()));
    return result;
}

} // namespace confman
