#pragma once
// Filters an object list as the user types (every visible column, case
// insensitive) and by folder, and sorts it in each column's natural order.
// With an ObjectListModel source it reads precomputed haystacks and ranks
// directly: no QVariant or QString is made per row on a keystroke.
#include "models/config/ObjectTypes.h"

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace confman {

class ObjectListModel;

class ObjectFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ObjectFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QString filterText() const { return m_text; }
    void setFilterText(const QString &text);

    // Only objects in these folders; std::nullopt = every folder.
    void setFolderFilter(std::optional<QSet<DbId>> folders);
    const std::optional<QSet<DbId>> &folderFilter() const { return m_folders; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void prepareFullSort() const;

    ObjectListModel *m_list = nullptr;
    QString m_text;   // as typed
    QString m_needle; // trimmed, lowercase
    std::optional<QSet<DbId>> m_folders;
};

} // namespace confman
