#pragma once
// Base of the object lists (hosts, applications, persons, access groups): one
// row per object summary, kept current from its store's signals (the
// subclass knows which store: Store or PersonStore). Besides data() it offers typed,
// allocation-free access (haystack, folder) and keeps its rows sorted, so
// ObjectFilterProxy filters 50,000 rows within a keystroke.
#include "models/config/ObjectTypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

#include <optional>

namespace confman {

class ObjectListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ObjectListModel(ObjectKind kind, QObject *parent = nullptr);

    ObjectKind kind() const { return m_kind; }

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
    // <0, 0, >0 like strcmp, in the column's natural order (numbers numerically).
    virtual int compareRows(int column, int a, int b) const = 0;

    // The model keeps its rows sorted itself (header clicks reach it through
    // ObjectFilterProxy::sort), so the proxy only filters: a keystroke is
    // one pass over precomputed haystacks, never a re-sort of 50,000 rows.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

protected:
    virtual int objectCount() const = 0;
    virtual QVariant displayData(int row, int column) const = 0;
    virtual QString displayText(int row, int column) const;

    // Subclasses call these after changing their rows.
    void rebuildIndex();                 // every haystack and the id index
    void rebuildIds();
    void refreshRow(int row);            // one row's haystack (also a row just appended)
    void forgetRow(int row);             // after removing `row` from the subclass's rows
    QString computeHaystack(int row) const;
    // Sorts the rows by the current sort column without signals (inside a reset).
    void sortRowsSilently();
    // Moves `row` to where the sort order wants it (after an insert or an edit).
    void placeRow(int row);
    // Subclasses reorder their own row data: new row i = old row order[i].
    virtual void permuteRows(const QVector<int> &order) = 0;
    virtual void moveRowData(int from, int to) = 0;
    // True when a burst of store signals (an import, a batch) is better
    // served by one reload at the next event-loop turn: the caller drops the signal.
    bool deferToReload();

    // Following the store one row at a time, for subclasses whose rows are a
    // QVector<Row> with nothing else per row. `fresh` is the object as the
    // store has it now; nullopt (gone, or no longer readable) removes its row.
    template <typename Row>
    void updateRow(QVector<Row> &rows, DbId id, std::optional<Row> fresh)
    {
        if (!fresh) {
            removeRowOf(rows, id);
            return;
        }
        if (const int row = rowOf(id); row >= 0) {
            rows[row] = std::move(*fresh);
            refreshRow(row);
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
            placeRow(row);
            return;
        }
        const int at = int(rows.size());
        beginInsertRows({}, at, at);
        rows.append(std::move(*fresh));
        refreshRow(at);
        endInsertRows();
        placeRow(at);
    }
    template <typename Row>
    void removeRowOf(QVector<Row> &rows, DbId id)
    {
        const int row = rowOf(id);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        rows.removeAt(row);
        forgetRow(row);
        endRemoveRows();
    }
    // permuteRows for such rows: new row i = old row order[i].
    template <typename Row>
    static void permute(QVector<Row> &rows, const QVector<int> &order)
    {
        QVector<Row> sorted(order.size());
        for (int i = 0; i < order.size(); ++i)
            sorted[i] = std::move(rows[order[i]]);
        rows = std::move(sorted);
    }

private:
    ObjectKind m_kind;
    QVector<QString> m_haystacks;
    QHash<DbId, int> m_rowById;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_burst = 0;
    bool m_reloadScheduled = false;
};

} // namespace confman
