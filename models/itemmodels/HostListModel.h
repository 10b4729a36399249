#pragma once
// The host list: Name, Address, OS, LCA Port, State. Loads summaries only and
// follows the store's signals row by row.
#include "models/config/Summaries.h"
#include "models/itemmodels/ObjectListModel.h"

namespace confman {

class Store;

class HostListModel : public ObjectListModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, AddressColumn, OsColumn, LcaPortColumn, StateColumn, ColumnCount };

    explicit HostListModel(Store &store, QObject *parent = nullptr);

    Store &store() const { return m_store; }
    void reload() override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    DbId idAt(int row) const override { return m_rows.at(row).id; }
    DbId folderIdAt(int row) const override { return m_rows.at(row).folderId; }
    bool enabledAt(int row) const override { return m_rows.at(row).enabled; }
    const HostSummary &summaryAt(int row) const { return m_rows.at(row); }

    int compareRows(int column, int a, int b) const override;

protected:
    int objectCount() const override { return m_rows.size(); }
    QVariant displayData(int row, int column) const override;
    void permuteRows(const QVector<int> &order) override;
    void moveRowData(int from, int to) override { m_rows.move(from, to); }

private:
    Store &m_store;
    void onSaved(ObjectRef ref);
    void onRemoved(ObjectRef ref);

    QVector<HostSummary> m_rows;
};

} // namespace confman
