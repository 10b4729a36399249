#pragma once
// Access Group properties (SPEC S1 Access Group, issue 5): General (name,
// default group for new Persons), Members, and Permissions as a checkbox
// grid: one row per object kind (the whole kind) and per folder of that kind,
// one column per right. Edits a copy; OK saves and closes, Apply saves and
// stays. Grants on rows the grid does not show are kept as they are.
#include "models/config/AccessGroup.h"
#include "models/store/PersonStore.h"
#include "models/store/Store.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;
class QTabWidget;

namespace confman {

class AccessGroupPropertiesDialog : public QDialog
{
    Q_OBJECT
public:
    AccessGroupPropertiesDialog(PersonStore &persons, const Store &store, AccessGroup group,
                                QWidget *parent = nullptr);

    AccessGroup editedGroup() const;
    const AccessGroup &originalGroup() const { return m_group; }

    // The grid row of a kind (folderId 0) or of one of its folders; -1 when absent.
    int permissionRow(ObjectKind kind, DbId folderId = 0) const;
    // The grid column of a right.
    static int permissionColumn(Permission p);

    QTabWidget *tabs() const { return m_tabs; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QLineEdit *nameEdit() const { return m_name; }
    QCheckBox *defaultCheck() const { return m_default; }
    QListWidget *membersList() const { return m_members; }
    QTableWidget *permissionGrid() const { return m_grid; }
    QLabel *messageLabel() const { return m_message; }

public Q_SLOTS:
    bool apply();
    void accept() override;

Q_SIGNALS:
    void saved(confman::ObjectRef ref);

private:
    struct Row
    {
        ObjectKind kind;
        DbId folderId;
    };
    QWidget *buildGeneralTab();
    QWidget *buildMembersTab();
    QWidget *buildPermissionsTab();
    void loadFields(const AccessGroup &group);
    void showMessage(const QString &text);

    PersonStore &m_persons;
    const Store &m_store;
    AccessGroup m_group;
    QVector<Row> m_rows;
    QTabWidget *m_tabs = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QLineEdit *m_name = nullptr;
    QCheckBox *m_default = nullptr;
    QListWidget *m_members = nullptr;
    QTableWidget *m_grid = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace confman
