#pragma once
// "Browse" for a server application (SPEC S1.3): a searchable list of the
// store's server applications (GUI types cannot be connected to).
#include "models/config/Summaries.h"

#include <QDialog>

class QLineEdit;
class QListWidget;
class QDialogButtonBox;

namespace confman {

class Store;

class ServerPickerDialog : public QDialog
{
    Q_OBJECT
public:
    // `exclude`: the application being edited (it cannot connect to itself).
    ServerPickerDialog(const Store &store, DbId exclude, QWidget *parent = nullptr);

    DbId selectedId() const;
    void select(DbId id);
    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *list() const { return m_list; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void filter(const QString &text);

    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace confman
