#pragma once
// Filters an object list as the user types (every visible column, case
// insensitive) and by folder. Sorting is passed on to the ObjectListModel,
// which keeps its rows sorted itself: the proxy never sorts, so each
// keystroke is one pass over the source's precomputed lowercase haystacks
// with no QVariant or QString made per row.
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
    // Sorts the source (an ObjectListModel); other sources sort here.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QString filterText() const { return m_text; }
    void setFilterText(const QString &text);

    // Only objects in these folders; std::nullopt = every folder.
    void setFolderFilter(std::optional<QSet<DbId>> folders);
    const std::optional<QSet<DbId>> &folderFilter() const { return m_folders; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ObjectListModel *m_list = nullptr;
    QString m_text;   // as typed
    QString m_needle; // trimmed, lowercase
    std::optional<QSet<DbId>> m_folders;
};

} // namespace confman
