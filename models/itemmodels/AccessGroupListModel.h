#pragma once
// The Access Group list (SPEC S1 Access Group): Name, Members (count),
// Default (new Persons join it when no-default-access is 1, SPEC S8) and
// Rights (every right some grant of the group gives, "All" when all seven).
// Follows the PersonStore's signals: a saved or removed group updates its
// row; a saved or removed Person reloads the list, because a Person's Member
// Of changes the member counts. Access groups have no enabled state: every
// row shows enabled.
#include "models/config/AccessGroup.h"
#include "models/itemmodels/ObjectListModel.h"

namespace confman {

class PersonStore;

class AccessGroupListModel : public ObjectListModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, MembersColumn, DefaultColumn, RightsColumn, ColumnCount };

    struct Row
    {
        DbId id = 0;
        DbId folderId = 0;
        QString name;
        int members = 0;
        bool isDefault = false;
        Permissions rights; // union over the group's grants
    };

    explicit AccessGroupListModel(PersonStore &persons, QObject *parent = nullptr);

    PersonStore &persons() const { return m_persons; }
    void reload() override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    DbId idAt(int row) const override { return m_rows.at(row).id; }
    DbId folderIdAt(int row) const override { return m_rows.at(row).folderId; }
    bool enabledAt(int) const override { return true; }
    const Row &rowAt(int row) const { return m_rows.at(row); }

    int compareRows(int column, int a, int b) const override;

    // "All", "" or the rights' names in SPEC order, ", " separated.
    static QString rightsText(Permissions rights);

protected:
    int objectCount() const override { return m_rows.size(); }
    QVariant displayData(int row, int column) const override;
    void permuteRows(const QVector<int> &order) override;
    void moveRowData(int from, int to) override { m_rows.move(from, to); }

private:
    static Row makeRow(const AccessGroup &g);
    void onSaved(ObjectRef ref);
    void onRemoved(ObjectRef ref);

    PersonStore &m_persons;
    QVector<Row> m_rows;
};

} // namespace confman
