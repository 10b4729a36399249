#include "models/itemmodels/CertificateFilterProxy.h"

#include "models/itemmodels/CertificateListModel.h"
#include "models/itemmodels/ItemRoles.h"
#include "models/security/CertificateChecks.h"

namespace confman {

CertificateFilterProxy::CertificateFilterProxy(QObject *parent) : QSortFilterProxyModel(parent) {}

void CertificateFilterProxy::setHostNames(const QStringList &names)
{
    m_hostNames.clear();
    for (const QString &n : names)
        if (!n.trimmed().isEmpty() && !m_hostNames.contains(n.trimmed(), Qt::CaseInsensitive))
            m_hostNames.append(n.trimmed());
    invalidateFilter();
}

void CertificateFilterProxy::setShowAll(bool showAll)
{
    m_showAll = showAll;
    invalidateFilter();
}

void CertificateFilterProxy::setSearchText(const QString &text)
{
    m_search = text.trimmed().toLower();
    invalidateFilter();
}

bool CertificateFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const CertificateListModel *>(sourceModel());
    if (!model)
        return true;
    const QModelIndex index = model->index(sourceRow, 0, sourceParent);
    if (!m_search.isEmpty() && !model->data(index, FilterHaystackRole).toString().contains(m_search))
        return false;
    const CertificateRow &row = model->rowAt(sourceRow);
    if (!row.ok() || m_showAll || m_hostNames.isEmpty())
        return true;
    for (const QString &name : m_hostNames)
        if (security::CertificateChecks::hostMatches(row.certificate, name))
            return true;
    return false;
}

} // namespace confman
