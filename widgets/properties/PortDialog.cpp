#include "widgets/properties/PortDialog.h"

#include "models/config/TransportString.h"
#include "widgets/certificates/CertificateAssigner.h"
#include "widgets/certificates/CertificateFieldsEditor.h"
#include "widgets/properties/NumberEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace confman {

PortDialog::PortDialog(const Port &port, bool autoDetectAllowed, QWidget *parent) : QDialog(parent), m_port(port)
{
    setWindowTitle(tr("Port Properties"));
    m_tabs = new QTabWidget;

    auto *info = new QWidget;
    m_id = new QLineEdit(port.id);
    m_number = new NumberEdit;
    if (port.port != 0)
        m_number->setValue(port.port);
    m_protocol = new QComboBox;
    m_protocol->setEditable(true);
    m_protocol->addItems({QString(), QStringLiteral("addp")});
    m_protocol->setCurrentText(port.protocol);
    m_mode = new QComboBox;
    for (auto mode : {ListeningMode::Unsecured, ListeningMode::Secured, ListeningMode::AutoDetect})
        if (mode != ListeningMode::AutoDetect || autoDetectAllowed || port.listeningMode == mode)
            m_mode->addItem(listeningModeName(mode), int(mode));
    m_mode->setCurrentIndex(m_mode->findData(int(port.listeningMode)));
    m_haSync = new QCheckBox(tr("&HA sync"));
    m_haSync->setChecked(port.haSync);
    m_haSync->setToolTip(tr("The port the former primary uses to reach the new primary after a failover"));
    auto *form = new QFormLayout(info);
    form->addRow(tr("Port &ID:"), m_id);
    form->addRow(tr("Communication &Port:"), m_number);
    form->addRow(tr("Connection P&rotocol:"), m_protocol);
    form->addRow(tr("&Listening Mode:"), m_mode);
    form->addRow(QString(), m_haSync);
    m_tabs->addTab(info, tr("Port &Info"));

    auto *advanced = new QWidget;
    m_transport = new QLineEdit(port.transport);
    m_transport->setPlaceholderText(QStringLiteral("tls=1;certificate=<thumbprint or path>"));
    m_transportStatus = new QLabel;
    m_transportStatus->setWordWrap(true);
    auto *advForm = new QFormLayout(advanced);
    advForm->addRow(tr("&Transport parameters:"), m_transport);
    advForm->addRow(QString(), m_transportStatus);
    // The Certificate tab edits the certificate part of the same transport string (S4.3).
    m_certificate = new CertificateFieldsEditor(false);
    auto *certificatePage = new QWidget;
    auto *certificateLayout = new QVBoxLayout(certificatePage);
    auto *inherit = new QLabel(tr("Empty: a secured port uses the application's certificate, else the host's."));
    inherit->setWordWrap(true);
    certificateLayout->addWidget(m_certificate);
    certificateLayout->addWidget(inherit);
    certificateLayout->addStretch(1);
    m_tabs->addTab(advanced, tr("&Advanced"));
    m_tabs->addTab(certificatePage, tr("&Certificate"));
    connect(m_certificate, &CertificateFieldsEditor::edited, this, &PortDialog::certificateEdited);

    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a12a1c;"));
    m_problem->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PortDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_transport, &QLineEdit::textChanged, this, &PortDialog::transportEdited);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    transportEdited();
    setMinimumSize(minimumSizeHint().expandedTo(QSize(460, 280)));
}

void PortDialog::setCertificateContext(const Host &host, security::ApplicationKind kind)
{
    m_certificate->setContext(host, kind);
}

void PortDialog::certificateEdited()
{
    if (m_syncing)
        return;
    auto parsed = TransportString::parse(m_transport->text());
    if (!parsed.ok()) {
        m_certificate->setNote(tr("Fix the transport parameters on the Advanced tab first: %1.")
                                   .arg(parsed.error->describe()));
        return;
    }
    TransportString transport = parsed.value;
    transport.certificate = m_certificate->fields();
    if (!transport.certificate.isEmpty())
        transport.tls = true; // a port certificate only makes sense with TLS on
    m_syncing = true;
    m_transport->setText(transport.serialize());
    m_syncing = false;
}

void PortDialog::transportEdited()
{
    const auto parsed = TransportString::parse(m_transport->text());
    if (parsed.ok() && !m_syncing) {
        m_syncing = true;
        m_certificate->setFields(parsed.value.certificate);
        m_syncing = false;
    }
    if (parsed.ok()) {
        m_transportStatus->setStyleSheet(QString());
        m_transportStatus->setText(parsed.value.tls ? tr("Valid: TLS on.") : tr("Valid: TLS off."));
    } else {
        m_transportStatus->setStyleSheet(QStringLiteral("color: #a12a1c;"));
        m_transportStatus->setText(tr("Not valid: %1.").arg(parsed.error->describe()));
    }
}

Port PortDialog::port() const
{
    Port p = m_port;
    p.id = m_id->text();
    p.port = m_number->value().value_or(0);
    p.protocol = m_protocol->currentText();
    p.listeningMode = ListeningMode(m_mode->currentData().toInt());
    p.haSync = m_haSync->isChecked();
    p.transport = m_transport->text();
    return p;
}

void PortDialog::accept()
{
    QString problem;
    QWidget *field = nullptr;
    int tab = 0;
    if (m_id->text().trimmed().isEmpty()) {
        problem = tr("Port ID: every port needs an id.");
        field = m_id;
    } else if (!m_number->value()) {
        problem = tr("Communication Port: \"%1\" is not a whole number.").arg(m_number->text());
        field = m_number;
    } else if (const auto parsed = TransportString::parse(m_transport->text()); !parsed.ok()) {
        problem = tr("Transport parameters: %1.").arg(parsed.error->describe());
        field = m_transport;
        tab = m_tabs->indexOf(m_transport->parentWidget());
    } else if (const auto before = TransportString::parse(m_port.transport);
               parsed.value.certificate != (before.ok() ? before.value.certificate : CertificateFields{})
               && parsed.value.certificate != m_certificate->browsedFields()
               && !m_certificate->host().name.isEmpty()) {
        // A port certificate typed by hand gets the S4.5 checks too.
        QString summary;
        if (!CertificateAssigner::confirm(this, parsed.value.certificate, m_certificate->host(), m_certificate->kind(),
                                          &summary)) {
            m_certificate->setNote(summary);
            m_tabs->setCurrentIndex(m_tabs->indexOf(m_certificate->parentWidget()));
            return;
        }
    }
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        m_tabs->setCurrentIndex(tab);
        field->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace confman
