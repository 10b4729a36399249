#pragma once
// The Person list (SPEC S1 Person): User Name, First Name, Last Name,
// Employee ID, State, Member Of (access group names) and Last Login (when and
// from which application, SPEC S8). Follows the PersonStore's signals: a saved
// or removed Person updates its row; a saved or removed Access Group reloads
// the list, because memberships and group names show in every row. Logins
// emit no signal: Last Login is as fresh as the last reload (F5).
// The password hash is never kept in a row.
#include "models/config/Person.h"
#include "models/itemmodels/ObjectListModel.h"

#include <QHash>

namespace confman {

class PersonStore;

class PersonListModel : public ObjectListModel
{
    Q_OBJECT
public:
    enum Column {
        UserNameColumn,
        FirstNameColumn,
        LastNameColumn,
        EmployeeIdColumn,
        StateColumn,
        MemberOfColumn,
        LastLoginColumn,
        ColumnCount
    };

    struct Row
    {
        DbId id = 0;
        DbId folderId = 0;
        QString userName;
        QString firstName;
        QString lastName;
        QString employeeId;
        bool enabled = true;
        QString memberOf; // group names, natural order, ", " separated
        LoginRecord lastLogin;
    };

    explicit PersonListModel(PersonStore &persons, QObject *parent = nullptr);

    PersonStore &persons() const { return m_persons; }
    void reload() override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    DbId idAt(int row) const override { return m_rows.at(row).id; }
    DbId folderIdAt(int row) const override { return m_rows.at(row).folderId; }
    bool enabledAt(int row) const override { return m_rows.at(row).enabled; }
    const Row &rowAt(int row) const { return m_rows.at(row); }

    int compareRows(int column, int a, int b) const override;

    // "yyyy-MM-dd HH:mm from <application>" in local time; "" when never.
    static QString lastLoginText(const LoginRecord &login);

protected:
    int objectCount() const override { return m_rows.size(); }
    QVariant displayData(int row, int column) const override;
    void permuteRows(const QVector<int> &order) override;
    void moveRowData(int from, int to) override { m_rows.move(from, to); }

private:
    Row makeRow(const Person &p) const;
    void onSaved(ObjectRef ref);
    void onRemoved(ObjectRef ref);

    PersonStore &m_persons;
    QHash<DbId, QString> m_groupNames;
    QVector<Row> m_rows;
};

} // namespace confman
