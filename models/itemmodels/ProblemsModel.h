#pragma once
// The Problems panel: Store::problems() as rows (severity, object, message),
// each linking to the object to open. Re-reads shortly after any change so a
// burst of saves costs one whole-configuration check.
#include "models/config/Finding.h"

#include <QAbstractTableModel>
#include <QTimer>

namespace confman {

class Store;

class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, ObjectColumn, MessageColumn, ColumnCount };

    explicit ProblemsModel(Store &store, QObject *parent = nullptr);

    void reload();
    // Delay between a change in the store and the re-read (0 = immediately).
    void setRefreshDelay(int ms) { m_refresh.setInterval(ms); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Finding &findingAt(int row) const { return m_findings.at(row); }
    ObjectRef objectAt(int row) const { return m_findings.at(row).object; }

Q_SIGNALS:
    void reloaded();

private:
    Store &m_store;
    Findings m_findings;
    QTimer m_refresh;
};

} // namespace confman
