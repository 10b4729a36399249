#include "widgets/certificates/CertificateDetailsDialog.h"

#include "models/itemmodels/CertificateListModel.h"
#include "models/security/ChainVerifier.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace confman {

using security::Certificate;

namespace {
QString dateText(const QDateTime &t)
{
    return t.isValid() ? t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) : QObject::tr("(invalid)");
}

QLabel *valueLabel(const QString &text)
{
    auto *label = new QLabel(text.isEmpty() ? QStringLiteral("—") : text);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QString sanText(const security::SubjectAltNames &san)
{
    QStringList parts;
    for (const QString &d : san.dns)
        parts.append(QStringLiteral("DNS:") + d);
    for (const QString &i : san.ip)
        parts.append(QStringLiteral("IP:") + i);
    for (const QString &e : san.email)
        parts.append(QStringLiteral("email:") + e);
    return parts.join(QStringLiteral(", "));
}
} // namespace

CertificateDetailsDialog::CertificateDetailsDialog(const Certificate &cert,
                                                   const QVector<security::CertificateSource *> &sources, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Certificate - %1").arg(cert.issuedTo()));
    m_tabs = new QTabWidget;
    m_tabs->addTab(buildGeneral(cert), tr("&General"));
    m_tabs->addTab(buildDetails(cert), tr("&Details"));
    m_tabs->addTab(buildPath(cert, sources), tr("Certification &Path"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(620, 520);
}

QWidget *CertificateDetailsDialog::buildGeneral(const Certificate &cert)
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->addRow(tr("Issued to:"), valueLabel(cert.issuedTo()));
    form->addRow(tr("Issued by:"), valueLabel(cert.issuedBy()));
    form->addRow(tr("Valid from:"), valueLabel(dateText(cert.notBefore())));
    form->addRow(tr("Valid to:"), valueLabel(dateText(cert.notAfter())));
    form->addRow(tr("Intended purposes:"), valueLabel(CertificateListModel::intendedPurposes(cert)));
    if (!cert.isValidAt(QDateTime::currentDateTimeUtc())) {
        auto *warning = valueLabel(tr("This certificate is not valid now (expired or not yet valid)."));
        warning->setStyleSheet(QStringLiteral("color: #c62828;"));
        form->addRow(QString(), warning);
    }
    return page;
}

QWidget *CertificateDetailsDialog::buildDetails(const Certificate &cert)
{
    m_fields = new QTreeWidget;
    m_fields->setColumnCount(2);
    m_fields->setHeaderLabels({tr("Field"), tr("Value")});
    m_fields->setRootIsDecorated(false);
    const auto san = cert.subjectAltNames();
    const QList<std::pair<QString, QString>> rows{
        {tr("Subject"), cert.subject()},
        {tr("Issuer"), cert.issuer()},
        {tr("Serial number"), cert.serialNumber()},
        {tr("Valid from"), dateText(cert.notBefore())},
        {tr("Valid to"), dateText(cert.notAfter())},
        {tr("Public key"), cert.keyInfo().display()},
        {tr("Signature algorithm"), cert.signatureAlgorithm()},
        {tr("Subject alternative names"), sanText(san)},
        {tr("Key usage"), cert.keyUsage().join(QStringLiteral(", "))},
        {tr("Enhanced key usage"), cert.hasExtendedKeyUsageExtension() ? cert.extendedKeyUsage().join(QStringLiteral(", "))
                                                                       : QString()},
        {tr("Certificate authority"), cert.isCA() ? tr("Yes") : tr("No")},
        {tr("Friendly name"), cert.friendlyName()},
        {tr("Thumbprint (SHA-1)"), cert.sha1().toString()},
        {tr("Thumbprint (SHA-256)"), cert.sha256().toString()},
    };
    for (const auto &[name, value] : rows) {
        auto *item = new QTreeWidgetItem(m_fields, {name, value});
        item->setToolTip(1, value);
    }
    m_fields->resizeColumnToContents(0);
    return m_fields;
}

QWidget *CertificateDetailsDialog::buildPath(const Certificate &cert, const QVector<security::CertificateSource *> &sources)
{
    // Self-issued certificates of the sources anchor the path; the others help build it.
    QVector<Certificate> trusted;
    QVector<Certificate> intermediates;
    for (security::CertificateSource *s : sources)
        for (const auto &entry : s->entries())
            for (const Certificate &c : entry.certificates)
                (c.isSelfIssued() ? trusted : intermediates).append(c);
    const security::ChainVerifier verifier(trusted, intermediates);
    const security::ChainResult chain = verifier.verify(cert);

    auto *page = new QWidget;
    m_path = new QTreeWidget;
    m_path->setHeaderHidden(true);
    QVector<Certificate> path = chain.path.isEmpty() ? QVector<Certificate>{cert} : chain.path;
    QTreeWidgetItem *parent = nullptr;
    for (auto it = path.crbegin(); it != path.crend(); ++it) { // anchor at the top, leaf at the bottom
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_path);
        item->setText(0, it->issuedTo());
        item->setToolTip(0, it->subject());
        parent = item;
    }
    m_path->expandAll();
    if (parent)
        m_path->setCurrentItem(parent);
    m_pathStatus = new QLabel(chain.ok ? tr("This certificate's path is complete and verifies.")
                                       : tr("The path is incomplete or does not verify: %1").arg(chain.reason));
    m_pathStatus->setWordWrap(true);
    if (!chain.ok)
        m_pathStatus->setStyleSheet(QStringLiteral("color: #c62828;"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_path, 1);
    layout->addWidget(m_pathStatus);
    return page;
}

QString CertificateDetailsDialog::fieldValue(const QString &name) const
{
    for (int i = 0; i < m_fields->topLevelItemCount(); ++i)
        if (m_fields->topLevelItem(i)->text(0) == name)
            return m_fields->topLevelItem(i)->text(1);
    return {};
}

} // namespace confman
