#pragma once
// The certificate fields of S4.1-S4.3 (Certificate, Certificate Key,
// Trusted CA, optionally Description) with Browse... (the store browser for
// the host) and Clear. Browsing runs the S4.5 checks and shows what they
// found under the fields.
#include "models/config/Host.h"
#include "models/security/CertificateChecks.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace confman {

class CertificateFieldsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit CertificateFieldsEditor(bool withDescription, QWidget *parent = nullptr);

    void setContext(const Host &host, security::ApplicationKind kind);
    const Host &host() const { return m_host; }
    security::ApplicationKind kind() const { return m_kind; }

    CertificateFields fields() const;
    void setFields(const CertificateFields &fields);
    QString description() const;
    void setDescription(const QString &text);
    void setNote(const QString &text);
    // The fields the last Browse... assigned after the checks (already confirmed).
    const CertificateFields &browsedFields() const { return m_browsed; }

    QLineEdit *certificateEdit() const { return m_certificate; }
    QLineEdit *certificateKeyEdit() const { return m_certificateKey; }
    QLineEdit *trustedCaEdit() const { return m_trustedCa; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QPushButton *browseButton() const { return m_browse; }
    QPushButton *clearButton() const { return m_clear; }
    QLabel *noteLabel() const { return m_note; }

public Q_SLOTS:
    void browse();
    void clear();

Q_SIGNALS:
    void edited(); // by typing, browsing or clearing (not by setFields)

private:
    Host m_host;
    CertificateFields m_browsed;
    security::ApplicationKind m_kind = security::ApplicationKind::Server;
    QLineEdit *m_certificate = nullptr;
    QLineEdit *m_certificateKey = nullptr;
    QLineEdit *m_trustedCa = nullptr;
    QLineEdit *m_description = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_clear = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace confman
