#pragma once
// Filters the store browser's list (S4.4): by default only certificates
// whose subject CN / SAN matches one of the host's names (name, FQDN);
// "Show all" lifts that. The search text matches any column, case-insensitive.
// Unreadable files stay listed (matching the search) so their reason is seen.
#include <QSortFilterProxyModel>
#include <QStringList>

namespace confman {

class CertificateListModel;

class CertificateFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CertificateFilterProxy(QObject *parent = nullptr);

    void setHostNames(const QStringList &names);
    void setShowAll(bool showAll);
    void setSearchText(const QString &text);
    bool showAll() const { return m_showAll; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_hostNames;
    bool m_showAll = false;
    QString m_search;
};

} // namespace confman
