#include "widgets/properties/HostPropertiesDialog.h"

#include "widgets/certificates/CertificateAssigner.h"
#include "widgets/common/MessageBox.h"
#include "widgets/properties/ConflictDialog.h"
#include "widgets/properties/NumberEdit.h"
#include "widgets/properties/ObjectFieldText.h"
#include "widgets/properties/OptionsEditor.h"
#include "widgets/properties/PropertiesTabs.h"
#include "widgets/properties/ReadOnlyMode.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace confman {

namespace {
QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}
} // namespace

HostPropertiesDialog::HostPropertiesDialog(Store &store, Host host, QWidget *parent)
    : QDialog(parent), m_store(store), m_host(std::move(host))
{
    m_tabs = new PropertiesTabs(this);
    m_general = buildGeneralTab();
    m_tabs->addPage(m_general, tr("&General"), {QStringLiteral("name"), QStringLiteral("address"),
                                                QStringLiteral("lcaPort"), QStringLiteral("osType")});
    m_annex = new OptionsEditor;
    m_tabs->addPage(m_annex, tr("A&nnex"), {QStringLiteral("annex")});
    m_tabs->setLocator([this](const QString &field) { return widgetForField(field); });

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &HostPropertiesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &HostPropertiesDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &HostPropertiesDialog::apply);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_buttons);

    for (auto *edit : {m_certificate, m_certificateKey, m_trustedCa})
        connect(edit, &QLineEdit::textEdited, this, &HostPropertiesDialog::certificateFieldsEdited);
    connect(m_annex, &OptionsEditor::changed, this, &HostPropertiesDialog::annexEdited);

    loadFields(m_host);
    setMinimumSize(minimumSizeHint().expandedTo(QSize(560, 480)));
    ReadOnlyMode::apply(EditRight::of(m_store, ObjectKind::Host, m_host.folderId, m_host.id == 0), this, m_buttons,
                        layout);
    m_name->setFocus();
}

QWidget *HostPropertiesDialog::buildGeneralTab()
{
    auto *tab = new QWidget;
    m_name = new QLineEdit;
    m_address = new QLineEdit;
    m_address->setPlaceholderText(tr("e.g. 10.0.0.12 or voice-01.example.com"));
    m_osType = new QComboBox;
    for (OsType os : allOsTypes())
        m_osType->addItem(osTypeName(os), int(os));
    m_lcaPort = new NumberEdit;
    m_enabled = new QCheckBox(tr("State &enabled"));

    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("&Name:"), m_name), m_name);
    form->addRow(buddyLabel(tr("&IP address or DNS name:"), m_address), m_address);
    form->addRow(buddyLabel(tr("&OS type:"), m_osType), m_osType);
    form->addRow(buddyLabel(tr("&LCA port:"), m_lcaPort), m_lcaPort);
    form->addRow(QString(), m_enabled);

    auto *certBox = new QGroupBox(tr("Default Certificate"));
    m_certificate = new QLineEdit;
    m_certificate->setPlaceholderText(tr("thumbprint (Windows) or path of the certificate file (UNIX)"));
    m_certificateKey = new QLineEdit;
    m_certificateKey->setPlaceholderText(tr("path of the private key file (UNIX)"));
    m_trustedCa = new QLineEdit;
    m_trustedCa->setPlaceholderText(tr("path of the CA certificate file (UNIX)"));
    m_description = new QLineEdit;
    m_description->setPlaceholderText(tr("optional"));
    m_browseCertificate = new QPushButton(tr("&Browse..."));
    m_browseCertificate->setToolTip(tr("Select the certificate in the certificate store browser"));
    m_clearCertificate = new QPushButton(tr("Clea&r"));
    m_clearCertificate->setToolTip(tr("Remove the default certificate (all fields)"));
    m_certificateNote = new QLabel;
    m_certificateNote->setWordWrap(true);
    m_certificateNote->hide();
    auto *certRow = new QHBoxLayout;
    certRow->addWidget(m_certificate, 1);
    certRow->addWidget(m_browseCertificate);
    certRow->addWidget(m_clearCertificate);
    auto *certForm = new QFormLayout(certBox);
    certForm->addRow(buddyLabel(tr("&Certificate:"), m_certificate), certRow);
    certForm->addRow(buddyLabel(tr("Certificate &Key:"), m_certificateKey), m_certificateKey);
    certForm->addRow(buddyLabel(tr("&Trusted CA:"), m_trustedCa), m_trustedCa);
    certForm->addRow(buddyLabel(tr("&Description:"), m_description), m_description);
    certForm->addRow(QString(), m_certificateNote);
    connect(m_browseCertificate, &QPushButton::clicked, this, &HostPropertiesDialog::browseCertificate);
    connect(m_clearCertificate, &QPushButton::clicked, this, &HostPropertiesDialog::clearCertificate);

    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(form);
    layout->addWidget(certBox);
    layout->addStretch(1);

    setTabOrder(m_name, m_address);
    setTabOrder(m_address, m_osType);
    setTabOrder(m_osType, m_lcaPort);
    setTabOrder(m_lcaPort, m_enabled);
    setTabOrder(m_enabled, m_certificate);
    setTabOrder(m_certificate, m_certificateKey);
    setTabOrder(m_certificateKey, m_trustedCa);
    setTabOrder(m_trustedCa, m_description);
    return tab;
}

void HostPropertiesDialog::updateTitle()
{
    setWindowTitle(m_host.id == 0 ? tr("New Host") : tr("Host Properties - %1").arg(m_host.name));
}

void HostPropertiesDialog::loadFields(const Host &host)
{
    m_syncing = true;
    m_name->setText(host.name);
    m_address->setText(host.address);
    m_osType->setCurrentIndex(m_osType->findData(int(host.osType)));
    m_lcaPort->setValue(host.lcaPort);
    m_enabled->setChecked(host.enabled);
    const CertificateFields cert = host.defaultCertificate();
    m_certificate->setText(cert.certificate);
    m_certificateKey->setText(cert.certificateKey);
    m_trustedCa->setText(cert.trustedCa);
    m_description->setText(host.certificateDescription);
    m_annex->setOptions(host.annex);
    m_syncing = false;
    updateTitle();
}

void HostPropertiesDialog::certificateFieldsEdited()
{
    if (m_syncing)
        return;
    m_syncing = true;
    OptionSections annex = m_annex->options();
    setCertificateFields(annex, {m_certificate->text(), m_certificateKey->text(), m_trustedCa->text()});
    m_annex->setOptions(annex);
    m_syncing = false;
}

void HostPropertiesDialog::annexEdited()
{
    if (m_syncing)
        return;
    m_syncing = true;
    const CertificateFields cert = certificateFieldsFrom(m_annex->options());
    m_certificate->setText(cert.certificate);
    m_certificateKey->setText(cert.certificateKey);
    m_trustedCa->setText(cert.trustedCa);
    m_syncing = false;
}

void HostPropertiesDialog::browseCertificate()
{
    // The picker lists the certificates naming the host as it is being edited.
    const auto assigned = CertificateAssigner::browse(this, editedHost(), security::ApplicationKind::Server);
    if (!assigned)
        return;
    m_certificate->setText(assigned->fields.certificate);
    m_certificateKey->setText(assigned->fields.certificateKey);
    m_trustedCa->setText(assigned->fields.trustedCa);
    certificateFieldsEdited(); // the Annex `security` section follows
    m_certificateNote->setText(assigned->summary);
    m_certificateNote->setVisible(!assigned->summary.isEmpty());
}

void HostPropertiesDialog::clearCertificate()
{
    // S4.1: removing the certificate = clearing all fields.
    m_certificate->clear();
    m_certificateKey->clear();
    m_trustedCa->clear();
    m_description->clear();
    certificateFieldsEdited();
    m_certificateNote->hide();
}

Host HostPropertiesDialog::editedHost() const
{
    Host h = m_host;
    h.name = m_name->text();
    h.address = m_address->text();
    h.osType = OsType(m_osType->currentData().toInt());
    h.lcaPort = m_lcaPort->value().value_or(0);
    h.enabled = m_enabled->isChecked();
    h.annex = m_annex->options();
    h.setDefaultCertificate({m_certificate->text(), m_certificateKey->text(), m_trustedCa->text()});
    h.certificateDescription = m_description->text();
    return h;
}

QWidget *HostPropertiesDialog::widgetForField(const QString &field) const
{
    if (PropertiesTabs::fieldMatches(field, QStringLiteral("name")))
        return m_name;
    if (PropertiesTabs::fieldMatches(field, QStringLiteral("address")))
        return m_address;
    if (PropertiesTabs::fieldMatches(field, QStringLiteral("lcaPort")))
        return m_lcaPort;
    if (PropertiesTabs::fieldMatches(field, QStringLiteral("osType")))
        return m_osType;
    if (PropertiesTabs::fieldMatches(field, QStringLiteral("annex")))
        return m_annex->sectionList();
    return nullptr;
}

bool HostPropertiesDialog::apply()
{
    if (!m_lcaPort->value()) {
        // Not a number at all: the Validator never sees it, so say it here.
        m_tabs->showFindings({Finding{Severity::Error, QStringLiteral("host.lca-port-not-number"),
                                      tr("LCA Port: \"%1\" is not a whole number; enter a port number (1..65535).")
                                          .arg(m_lcaPort->text()),
                                      ObjectRef{ObjectKind::Host, m_host.id}, QStringLiteral("lcaPort"), m_host.name}});
        return false;
    }
    Host edited = editedHost();
    SaveResult r = m_store.save(edited);
    while (!r.ok && r.conflict) {
        const Conflict conflict = *r.conflict;
        const Host *current = std::get_if<Host>(&conflict.current);
        const auto choice = ConflictDialog::ask(this, conflict, edited.name,
                                                current ? fieldTexts(*current) : QMap<QString, QString>{},
                                                fieldTexts(edited));
        if (choice == ConflictDialog::Choice::Reload && current) {
            m_host = *current;
            loadFields(m_host);
            m_tabs->clearFindings();
            return false;
        }
        if (choice != ConflictDialog::Choice::Overwrite)
            return false;
        if (conflict.deleted) {
            edited.id = 0; // saved again as a new host
            edited.version = 0;
        }
        r = m_store.save(edited, ConflictPolicy::Overwrite);
    }
    m_tabs->showFindings(r.findings);
    if (!r.ok) {
        if (!r.error.isEmpty())
            MessageBox::critical(this, tr("Host Not Saved"), r.error);
        return false;
    }
    const auto stored = m_store.host(r.id);
    m_host = stored ? *stored : edited;
    m_host.id = r.id;
    m_host.version = r.version;
    loadFields(m_host);
    Q_EMIT saved(ObjectRef{ObjectKind::Host, r.id});
    return true;
}

void HostPropertiesDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace confman
