#pragma once
// Host properties (SPEC S1, S4.1; issue 2 point 4): General (with the Default
// Certificate section) and Annex. Edits a copy of the host; OK saves and
// closes, Apply saves and stays, Cancel discards. The Default Certificate
// fields and the Annex section `security` are the same data: editing either
// updates the other while the dialog is open.
#include "models/config/Host.h"
#include "models/store/Store.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace confman {

class NumberEdit;
class OptionsEditor;
class PropertiesTabs;

class HostPropertiesDialog : public QDialog
{
    Q_OBJECT
public:
    HostPropertiesDialog(Store &store, Host host, QWidget *parent = nullptr);

    // The host as the dialog currently has it (fields read back).
    Host editedHost() const;
    // The copy the dialog started from (after Apply/Reload: the stored one).
    const Host &originalHost() const { return m_host; }

    PropertiesTabs *tabs() const { return m_tabs; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QWidget *generalTab() const { return m_general; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *addressEdit() const { return m_address; }
    QComboBox *osTypeCombo() const { return m_osType; }
    NumberEdit *lcaPortEdit() const { return m_lcaPort; }
    QCheckBox *enabledCheck() const { return m_enabled; }
    QLineEdit *certificateEdit() const { return m_certificate; }
    QLineEdit *certificateKeyEdit() const { return m_certificateKey; }
    QLineEdit *trustedCaEdit() const { return m_trustedCa; }
    QLineEdit *certificateDescriptionEdit() const { return m_description; }
    OptionsEditor *annexEditor() const { return m_annex; }
    QPushButton *browseCertificateButton() const { return m_browseCertificate; }
    QPushButton *clearCertificateButton() const { return m_clearCertificate; }
    QLabel *certificateNote() const { return m_certificateNote; }

public Q_SLOTS:
    // Saves the edited copy; true when the store took it. Refusals and
    // conflicts are shown and leave the dialog open.
    bool apply();
    void accept() override;

Q_SIGNALS:
    void saved(confman::ObjectRef ref);

private:
    QWidget *buildGeneralTab();
    void loadFields(const Host &host);
    void certificateFieldsEdited();
    void annexEdited();
    void browseCertificate();
    void clearCertificate();
    QWidget *widgetForField(const QString &field) const;
    void updateTitle();

    Store &m_store;
    Host m_host;
    PropertiesTabs *m_tabs = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QWidget *m_general = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_address = nullptr;
    QComboBox *m_osType = nullptr;
    NumberEdit *m_lcaPort = nullptr;
    QCheckBox *m_enabled = nullptr;
    QLineEdit *m_certificate = nullptr;
    QLineEdit *m_certificateKey = nullptr;
    QLineEdit *m_trustedCa = nullptr;
    QLineEdit *m_description = nullptr;
    OptionsEditor *m_annex = nullptr;
    QPushButton *m_browseCertificate = nullptr;
    QPushButton *m_clearCertificate = nullptr;
    QLabel *m_certificateNote = nullptr;
    bool m_syncing = false;
};

} // namespace confman
