#pragma once
// Host properties (SPEC S1, issue 2 point 4): General and Annex tabs. Edits a
// copy of the host; OK saves and closes, Apply saves and stays, Cancel discards.
#include "models/config/Host.h"
#include "models/store/Store.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QComboBox;
class QTabWidget;

namespace confman {

class HostPropertiesDialog : public QDialog
{
    Q_OBJECT
public:
    HostPropertiesDialog(Store &store, Host host, QWidget *parent = nullptr);

    // The host as the dialog currently has it (fields read back), for tests.
    Host editedHost() const;
    QTabWidget *tabs() const { return m_tabs; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *addressEdit() const { return m_address; }
    QComboBox *osTypeCombo() const { return m_osType; }
    QLineEdit *lcaPortEdit() const { return m_lcaPort; }

    // Saves the edited copy; true when the store took it.
    bool apply();

Q_SIGNALS:
    void saved(confman::ObjectRef ref);

public Q_SLOTS:
    void accept() override;

private:
    void loadFields();

    Store &m_store;
    Host m_host;
    QTabWidget *m_tabs = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_address = nullptr;
    QComboBox *m_osType = nullptr;
    QLineEdit *m_lcaPort = nullptr;
};

} // namespace confman
