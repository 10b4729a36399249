#include "widgets/certificates/CertificateAssigner.h"

#include "models/security/CertificateFolders.h"
#include "models/security/FolderSource.h"
#include "widgets/certificates/CertificateAssignment.h"
#include "widgets/certificates/CertificatePickerDialog.h"
#include "widgets/certificates/PasswordDialog.h"
#include "widgets/common/MessageBox.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace confman {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("CertificateAssigner", text); }
} // namespace

std::optional<AssignedCertificate> CertificateAssigner::browse(QWidget *parent, const Host &host,
                                                                security::ApplicationKind kind)
{
    CertificatePickerDialog picker(host, parent);
    if (!picker.run())
        return std::nullopt;
    const CertificateChoice &choice = picker.choice();
    QString summary;
    if (!confirm(parent, choice.fields, host, kind, picker.sources(), &picker.passwords(), &summary))
        return std::nullopt;
    QStringList lines = choice.notes;
    if (!summary.isEmpty())
        lines.append(summary);
    return AssignedCertificate{choice.fields, lines.join(QLatin1Char('\n'))};
}

bool CertificateAssigner::confirm(QWidget *parent, const CertificateFields &fields, const Host &host,
                                  security::ApplicationKind kind, QString *summary)
{
    DialogPasswordProvider passwords(parent);
    std::vector<std::unique_ptr<security::FolderSource>> owned;
    QVector<security::CertificateSource *> sources;
    for (const QString &folder : security::CertificateFolders::folders()) {
        owned.push_back(std::make_unique<security::FolderSource>(folder, &passwords));
        sources.append(owned.back().get());
    }
    return confirm(parent, fields, host, kind, sources, &passwords, summary);
}

bool CertificateAssigner::confirm(QWidget *parent, const CertificateFields &fields, const Host &host,
                                  security::ApplicationKind kind, const QVector<security::CertificateSource *> &sources,
                                  security::PasswordProvider *passwords, QString *summary)
{
    const Findings findings = checkAssignment(fields, host, kind, sources, passwords);
    const QString text = describeFindings(findings);
    if (summary)
        *summary = text;
    if (!hasErrors(findings))
        return true;
    const auto answer = MessageBox::question(
        parent, tr("Certificate Does Not Meet the Requirements"),
        tr("The certificate for %1 does not meet the requirements:\n\n%2\n\nAssign anyway?").arg(host.name, text),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    return answer == QMessageBox::Yes;
}

} // namespace confman
