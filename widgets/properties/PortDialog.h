#pragma once
// Port properties (SPEC S1 Port, S1.2, S5): Port Info (Port ID, Communication
// Port, Connection Protocol, Listening Mode, HA sync) and Advanced (the
// transport parameter string, parsed as it is typed). OK refuses what cannot
// even be read (not a number, a transport string that does not parse); the
// rules across ports (unique ids, ranges, host-wide ports) are the store's.
#include "models/config/Application.h"
#include "models/security/CertificateChecks.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace confman {

class CertificateFieldsEditor;
class NumberEdit;

class PortDialog : public QDialog
{
    Q_OBJECT
public:
    // `autoDetectAllowed`: offer Auto Detect (a Configuration Server's port only).
    PortDialog(const Port &port, bool autoDetectAllowed, QWidget *parent = nullptr);

    Port port() const; // the fields read back (valid after accept)
    // The host the Certificate tab browses, and the S4.5 kind its checks use.
    void setCertificateContext(const Host &host, security::ApplicationKind kind);

    QTabWidget *tabs() const { return m_tabs; }
    QLineEdit *portIdEdit() const { return m_id; }
    NumberEdit *portNumberEdit() const { return m_number; }
    QComboBox *protocolCombo() const { return m_protocol; }
    QComboBox *listeningModeCombo() const { return m_mode; }
    QCheckBox *haSyncCheck() const { return m_haSync; }
    QLineEdit *transportEdit() const { return m_transport; }
    QLabel *transportStatus() const { return m_transportStatus; }
    QLabel *problemLabel() const { return m_problem; }
    CertificateFieldsEditor *certificateEditor() const { return m_certificate; }
    QDialogButtonBox *buttons() const { return m_buttons; }

public Q_SLOTS:
    void accept() override;

private:
    void transportEdited();
    void certificateEdited();

    Port m_port;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_id = nullptr;
    NumberEdit *m_number = nullptr;
    QComboBox *m_protocol = nullptr;
    QComboBox *m_mode = nullptr;
    QCheckBox *m_haSync = nullptr;
    QLineEdit *m_transport = nullptr;
    QLabel *m_transportStatus = nullptr;
    QLabel *m_problem = nullptr;
    CertificateFieldsEditor *m_certificate = nullptr;
    bool m_syncing = false;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace confman
