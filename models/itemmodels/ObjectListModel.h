#pragma once
// Base of the object lists (hosts, applications): one row per object summary,
// kept current from the store's signals. Besides data() it offers typed,
// allocation-free access (haystack, rank, folder) so ObjectFilterProxy can
// filter and sort 50,000 rows within a keystroke.
#include "models/config/ObjectTypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace confman {

class Store;

class ObjectListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    ObjectListModel(Store &store, ObjectKind kind, QObject *parent = nullptr);

    ObjectKind kind() const { return m_kind; }
    Store &store() const { return m_store; }

    // Reads every summary from the store again (externallyChanged, F5).
    virtual void reload() = 0;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    virtual DbId idAt(int row) const = 0;
    virtual DbId folderIdAt(int row) const = 0;
    virtual bool enabledAt(int row) const = 0;
    ObjectRef refAt(int row) const { return {m_kind, idAt(row)}; }
    int rowOf(DbId id) const { return m_rowById.value(id, -1); }
    // Lowercase text of all visible columns of `row`, tab separated.
    const QString &haystackAt(int row) const { return m_haystacks.at(row); }
    // Position of `row` when the whole list is sorted by `column` (ascending).
    int rankAt(int column, int row) const;
    // Ranks are computed once per full sort and dropped on any change; single
    // row changes are placed with compareRows instead of re-ranking 50,000 rows.
    bool hasRanks(int column) const;
    void ensureRanks(int column) const;
    // <0, 0, >0 like strcmp, in the column's natural order (numbers numerically).
    virtual int compareRows(int column, int a, int b) const = 0;

protected:
    virtual int objectCount() const = 0;
    virtual QVariant displayData(int row, int column) const = 0;
    virtual QString displayText(int row, int column) const;

    // Subclasses call these after changing their rows.
    void rebuildIndex();                 // every haystack, the id index, ranks
    void refreshRow(int row);            // one row's haystack + ranks (also a row just appended)
    void forgetRow(int row);             // after removing `row` from the subclass's rows
    void invalidateRanks();
    QString computeHaystack(int row) const;
    // True when a burst of store signals (an import, a batch) is better
    // served by one reload at the next event-loop turn: the caller drops the signal.
    bool deferToReload();

private:
    Store &m_store;
    ObjectKind m_kind;
    QVector<QString> m_haystacks;
    QHash<DbId, int> m_rowById;
    mutable QVector<QVector<int>> m_ranks; // per column, empty when stale
    int m_burst = 0;
    bool m_reloadScheduled = false;
};

} // namespace confman
