#pragma once
// "Certificate Properties" of an application (S4.2): the S4.1 fields with
// Browse... OK runs the S4.5 checks; errors need "Assign anyway".
#include "models/config/Host.h"
#include "models/security/CertificateChecks.h"

#include <QDialog>

class QDialogButtonBox;

namespace confman {

class CertificateFieldsEditor;

class CertificatePropertiesDialog : public QDialog
{
    Q_OBJECT
public:
    CertificatePropertiesDialog(const CertificateFields &fields, const Host &host, security::ApplicationKind kind,
                                QWidget *parent = nullptr);

    CertificateFields fields() const;
    CertificateFieldsEditor *editor() const { return m_editor; }
    QDialogButtonBox *buttons() const { return m_buttons; }

public Q_SLOTS:
    void accept() override;

private:
    CertificateFields m_initial;
    CertificateFieldsEditor *m_editor = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace confman
