#include "widgets/certificates/CertificateAssignment.h"

#include "models/security/PasswordProvider.h"
#include "models/security/Pkcs12Bundle.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace confman {

using namespace security;

namespace {
QString tr(const char *text) { return QCoreApplication::translate("CertificateAssignment", text); }

Finding finding(Severity severity, const QString &code, const QString &message, const QString &field)
{
    return Finding{severity, code, message, {}, field, {}};
}

// The issuer's file in any of the sources ("" if none holds it).
QString findIssuerFile(const Certificate &cert, const QVector<CertificateSource *> &sources)
{
    for (CertificateSource *s : sources)
        if (const QString f = s->findIssuerFile(cert); !f.isEmpty())
            return f;
    return {};
}

// Certificate and (for a bundle) key of a file: PEM/DER, else PKCS#12.
Result<Certificate> readCertificate(const QString &path, PasswordProvider *passwords, std::optional<PrivateKey> *key)
{
    auto certs = Certificate::fromFile(path);
    if (certs.ok() && !certs->isEmpty())
        return certs->first();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pfx") || suffix == QLatin1String("p12")) {
        auto bundle = Pkcs12Bundle::fromFile(path, QString());
        for (int attempt = 1; !bundle.ok() && passwords
             && (bundle.errorKind() == ErrorKind::PasswordRequired || bundle.errorKind() == ErrorKind::WrongPassword)
             && attempt <= 3;
             ++attempt) {
            const auto password = passwords->password(path, attempt);
            if (!password)
                break;
            bundle = Pkcs12Bundle::fromFile(path, *password);
        }
        if (!bundle.ok())
            return bundle.error();
        if (bundle->certificates().isEmpty())
            return Result<Certificate>::failure(ErrorKind::NotACertificate, tr("%1 holds no certificate.").arg(path));
        if (bundle->hasPrivateKey())
            *key = bundle->privateKey();
        return bundle->certificates().first();
    }
    if (!certs.ok())
        return certs.error();
    return Result<Certificate>::failure(ErrorKind::NotACertificate, tr("%1 holds no certificate.").arg(path));
}
} // namespace

ApplicationKind applicationKindOf(AppType type) { return isGuiType(type) ? ApplicationKind::Gui : ApplicationKind::Server; }

CertificateChoice chooseCertificate(const CertificateRow &row, const QVector<CertificateSource *> &sources, OsType hostOs)
{
    CertificateChoice choice;
    choice.certificate = row.certificate;
    if (!isUnix(hostOs)) {
        // Windows: the store keeps key and chain; the thumbprint names the certificate (S4.1).
        choice.fields.certificate = row.certificate.sha1().toString();
        return choice;
    }
    choice.fields.certificate = row.filePath;
    CertificateSource *own = row.sourceIndex >= 0 && row.sourceIndex < sources.size() ? sources.at(row.sourceIndex) : nullptr;
    if (own)
        choice.fields.certificateKey = own->findPrivateKeyFile(row.certificate);
    if (choice.fields.certificateKey.isEmpty())
        choice.notes.append(tr("Certificate Key left empty: no private key in %1 matches this certificate's public key.")
                                .arg(own ? own->displayName() : tr("its folder")));
    if (row.certificate.isSelfIssued() && row.certificate.isCA()) {
        choice.fields.trustedCa = row.filePath; // a self-signed CA certificate trusts itself
    } else {
        choice.fields.trustedCa = findIssuerFile(row.certificate, sources);
        if (choice.fields.trustedCa.isEmpty())
            choice.notes.append(tr("Trusted CA left empty: the certificate of its issuer (%1) is in none of the folders.")
                                    .arg(row.certificate.issuer()));
    }
    return choice;
}

Findings checkAssignment(const CertificateFields &fields, const Host &host, ApplicationKind kind,
                         const QVector<CertificateSource *> &sources, PasswordProvider *passwords)
{
    Findings findings;
    if (fields.certificate.trimmed().isEmpty())
        return findings; // clearing is always allowed
    CertificateCheckInput input;
    input.kind = kind;
    input.hostFqdn = host.address.trimmed().isEmpty() ? host.name : host.address.trimmed();

    if (!isUnix(host.osType)) {
        const auto thumbprint = Thumbprint::parse(fields.certificate);
        if (!thumbprint.ok()) {
            findings.append(finding(Severity::Error, QStringLiteral("cert.thumbprint-invalid"),
                                    tr("Certificate: %1").arg(thumbprint.errorMessage()), QStringLiteral("certificate")));
            return findings;
        }
        std::optional<Certificate> cert;
        for (CertificateSource *s : sources)
            if ((cert = s->findByThumbprint(thumbprint.value())))
                break;
        if (!cert) {
            findings.append(finding(Severity::Warning, QStringLiteral("cert.not-found"),
                                    tr("Certificate %1 is in none of the certificate folders, so it was not checked.")
                                        .arg(thumbprint->toString()),
                                    QStringLiteral("certificate")));
            return findings;
        }
        input.certificate = *cert;
        if (const QString ca = findIssuerFile(*cert, sources); !ca.isEmpty()) {
            if (auto cas = Certificate::fromFile(ca); cas.ok())
                input.trustedCa = cas.value();
        }
        return CertificateChecks::check(input);
    }

    std::optional<PrivateKey> bundleKey;
    const auto cert = readCertificate(fields.certificate, passwords, &bundleKey);
    if (!cert.ok()) {
        findings.append(finding(Severity::Error, QStringLiteral("cert.unreadable"),
                                tr("Certificate: %1").arg(cert.errorMessage()), QStringLiteral("certificate")));
        return findings;
    }
    input.certificate = cert.value();
    if (!fields.certificateKey.trimmed().isEmpty()) {
        auto key = PrivateKey::fromFile(fields.certificateKey);
        if (!key.ok() && key.errorKind() == ErrorKind::PasswordRequired && passwords)
            if (const auto password = passwords->password(fields.certificateKey, 1))
                key = PrivateKey::fromFile(fields.certificateKey, *password);
        if (key.ok())
            input.privateKey = key.value();
        else
            findings.append(finding(Severity::Error, QStringLiteral("cert.key-unreadable"),
                                    tr("Certificate Key: %1").arg(key.errorMessage()), QStringLiteral("certificateKey")));
    } else if (bundleKey) {
        input.privateKey = bundleKey;
    } else {
        findings.append(finding(Severity::Warning, QStringLiteral("cert.key-missing"),
                                tr("Certificate Key is empty: whether the private key matches cannot be checked."),
                                QStringLiteral("certificateKey")));
    }
    if (!fields.trustedCa.trimmed().isEmpty()) {
        const auto cas = Certificate::fromFile(fields.trustedCa);
        if (cas.ok())
            input.trustedCa = cas.value();
        else
            findings.append(finding(Severity::Error, QStringLiteral("cert.ca-unreadable"),
                                    tr("Trusted CA: %1").arg(cas.errorMessage()), QStringLiteral("trustedCa")));
    }
    findings += CertificateChecks::check(input);
    return findings;
}

QString describeFindings(const Findings &findings)
{
    QStringList lines;
    for (bool errors : {true, false})
        for (const Finding &f : findings)
            if (f.isError() == errors)
                lines.append((errors ? tr("Error: %1") : tr("Warning: %1")).arg(f.message));
    return lines.join(QLatin1Char('\n'));
}

} // namespace confman
