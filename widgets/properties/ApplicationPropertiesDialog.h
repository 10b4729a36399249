#pragma once
// Application properties (SPEC S1, S1.2, S1.3, S5-S7; issue 2 point 4):
// General, Server Info (not for GUI types), Start Info, Connections, Options,
// Annex. Edits a copy; OK saves and closes, Apply saves and stays.
#include "models/config/Application.h"
#include "models/store/Store.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QComboBox;
class QTabWidget;

namespace confman {

class ApplicationPropertiesDialog : public QDialog
{
    Q_OBJECT
public:
    ApplicationPropertiesDialog(Store &store, Application app, QWidget *parent = nullptr);

    Application editedApplication() const;
    QTabWidget *tabs() const { return m_tabs; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *typeCombo() const { return m_type; }

    bool apply();

Q_SIGNALS:
    void saved(confman::ObjectRef ref);

public Q_SLOTS:
    void accept() override;

private:
    Store &m_store;
    Application m_app;
    QTabWidget *m_tabs = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_type = nullptr;
};

} // namespace confman
