#include "widgets/certificates/CertificateFieldsEditor.h"

#include "widgets/certificates/CertificateAssigner.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace confman {

CertificateFieldsEditor::CertificateFieldsEditor(bool withDescription, QWidget *parent) : QWidget(parent)
{
    m_certificate = new QLineEdit;
    m_certificate->setPlaceholderText(tr("thumbprint (Windows) or path of the certificate file (UNIX)"));
    m_certificateKey = new QLineEdit;
    m_certificateKey->setPlaceholderText(tr("path of the private key file (UNIX)"));
    m_trustedCa = new QLineEdit;
    m_trustedCa->setPlaceholderText(tr("path of the CA certificate file (UNIX)"));
    m_browse = new QPushButton(tr("&Browse..."));
    m_browse->setToolTip(tr("Select the certificate in the certificate store browser"));
    m_clear = new QPushButton(tr("Clea&r"));
    m_note = new QLabel;
    m_note->setWordWrap(true);
    m_note->hide();

    auto *certRow = new QHBoxLayout;
    certRow->addWidget(m_certificate, 1);
    certRow->addWidget(m_browse);
    certRow->addWidget(m_clear);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    auto add = [form](const QString &text, QWidget *buddy, QLayout *row = nullptr) {
        auto *label = new QLabel(text);
        label->setBuddy(buddy);
        if (row)
            form->addRow(label, row);
        else
            form->addRow(label, buddy);
    };
    add(tr("&Certificate:"), m_certificate, certRow);
    add(tr("Certificate &Key:"), m_certificateKey);
    add(tr("&Trusted CA:"), m_trustedCa);
    if (withDescription) {
        m_description = new QLineEdit;
        m_description->setPlaceholderText(tr("optional"));
        add(tr("&Description:"), m_description);
    }
    form->addRow(QString(), m_note);

    for (QLineEdit *edit : {m_certificate, m_certificateKey, m_trustedCa})
        connect(edit, &QLineEdit::textEdited, this, &CertificateFieldsEditor::edited);
    if (m_description)
        connect(m_description, &QLineEdit::textEdited, this, &CertificateFieldsEditor::edited);
    connect(m_browse, &QPushButton::clicked, this, &CertificateFieldsEditor::browse);
    connect(m_clear, &QPushButton::clicked, this, &CertificateFieldsEditor::clear);
}

void CertificateFieldsEditor::setContext(const Host &host, security::ApplicationKind kind)
{
    m_host = host;
    m_kind = kind;
    m_browse->setEnabled(!host.name.isEmpty());
    m_browse->setToolTip(host.name.isEmpty() ? tr("Choose a host first: the browser lists the host's certificates")
                                             : tr("Select certificate on host %1").arg(host.name));
}

CertificateFields CertificateFieldsEditor::fields() const
{
    return {m_certificate->text().trimmed(), m_certificateKey->text().trimmed(), m_trustedCa->text().trimmed()};
}

void CertificateFieldsEditor::setFields(const CertificateFields &fields)
{
    m_certificate->setText(fields.certificate);
    m_certificateKey->setText(fields.certificateKey);
    m_trustedCa->setText(fields.trustedCa);
}

QString CertificateFieldsEditor::description() const { return m_description ? m_description->text() : QString(); }

void CertificateFieldsEditor::setDescription(const QString &text)
{
    if (m_description)
        m_description->setText(text);
}

void CertificateFieldsEditor::setNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

void CertificateFieldsEditor::browse()
{
    const auto assigned = CertificateAssigner::browse(this, m_host, m_kind);
    if (!assigned)
        return;
    m_browsed = assigned->fields;
    setFields(assigned->fields);
    setNote(assigned->summary);
    Q_EMIT edited();
}

void CertificateFieldsEditor::clear()
{
    setFields({});
    if (m_description)
        m_description->clear();
    setNote({});
    Q_EMIT edited();
}

} // namespace confman
