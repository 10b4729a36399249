#pragma once
// The application list: Name, Type, Host, State, Ports, Backup. Loads
// summaries only; host and backup names come from in-memory hashes so 50,000
// rows load without a query per row.
#include "models/config/Summaries.h"
#include "models/itemmodels/ObjectListModel.h"

namespace confman {

class Store;

class ApplicationListModel : public ObjectListModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, TypeColumn, HostColumn, StateColumn, PortsColumn, BackupColumn, ColumnCount };

    explicit ApplicationListModel(Store &store, QObject *parent = nullptr);

    Store &store() const { return m_store; }
    void reload() override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    DbId idAt(int row) const override { return m_rows.at(row).id; }
    DbId folderIdAt(int row) const override { return m_rows.at(row).folderId; }
    bool enabledAt(int row) const override { return m_rows.at(row).enabled; }
    const ApplicationSummary &summaryAt(int row) const { return m_rows.at(row); }

    // The first port number in a ports text ("default:2020, ..." -> 2020), -1 when none.
    static int firstPortNumber(QStringView portsText);

    int compareRows(int column, int a, int b) const override;

protected:
    int objectCount() const override { return m_rows.size(); }
    QVariant displayData(int row, int column) const override;
    void permuteRows(const QVector<int> &order) override;
    void moveRowData(int from, int to) override
    {
        m_rows.move(from, to);
        m_firstPorts.move(from, to);
    }

private:
    Store &m_store;
    void onSaved(ObjectRef ref);
    void onRemoved(ObjectRef ref);
    void onHostSaved(DbId hostId);
    // Re-reads the rows matching `pred` and tells the views.
    template <typename Pred>
    void refreshRowsWhere(Pred pred, bool reread);

    QVector<ApplicationSummary> m_rows;
    QVector<int> m_firstPorts; // parallel to m_rows, for numeric sorting
    QHash<DbId, QString> m_hostNames;
    QHash<DbId, QString> m_appNames; // for the Backup column
};

} // namespace confman
