#include "models/security/CertificateChecks.h"

#include "models/security/ChainVerifier.h"

namespace confman::security {

namespace {

Finding finding(const QString &code, const QString &message, Severity severity = Severity::Error)
{
    Finding f;
    f.severity = severity;
    f.code = code;
    f.message = message;
    f.field = QStringLiteral("certificate");
    return f;
}

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QString normalizedHost(QString h)
{
    h = h.trimmed().toLower();
    while (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    return h;
}

bool isIpAddress(const QString &s)
{
    // Enough to tell an address from a host name: names never contain ':'
    // and never consist of digits and dots only.
    if (s.contains(QLatin1Char(':')))
        return true;
    for (QChar c : s)
        if (!c.isDigit() && c != QLatin1Char('.'))
            return false;
    return !s.isEmpty();
}

void checkValidity(const Certificate &c, const QDateTime &at, const QString &prefix,
                   const QString &who, Findings &out)
{
    const QDateTime from = c.notBefore(), to = c.notAfter();
    if (!to.isValid() || !from.isValid()) {
        out << finding(prefix + QStringLiteral("expired"),
                       QStringLiteral("%1 has an unreadable validity period").arg(who));
        return;
    }
    if (at > to)
        out << finding(prefix + QStringLiteral("expired"),
                       QStringLiteral("%1 expired on %2").arg(who, isoUtc(to)));
    else if (at < from)
        out << finding(prefix + QStringLiteral("not-yet-valid"),
                       QStringLiteral("%1 is not valid before %2").arg(who, isoUtc(from)));
}

} // namespace

QStringList CertificateChecks::requiredExtendedKeyUsage(ApplicationKind kind)
{
    if (kind == ApplicationKind::Server)
        return {QStringLiteral("serverAuth"), QStringLiteral("clientAuth"), QStringLiteral("emailProtection")};
    return {QStringLiteral("clientAuth"), QStringLiteral("emailProtection")};
}

bool CertificateChecks::nameMatches(const QString &patternIn, const QString &hostIn)
{
    const QString pattern = normalizedHost(patternIn);
    const QString host = normalizedHost(hostIn);
    if (pattern.isEmpty() || host.isEmpty())
        return false;
    if (pattern == host)
        return true;
    if (!pattern.startsWith(QLatin1String("*.")))
        return false;
    const QString suffix = pattern.mid(1); // ".example.com"
    if (!host.endsWith(suffix) || suffix.count(QLatin1Char('.')) < 2)
        return false; // "*.com" never matches
    const QString label = host.left(host.size() - suffix.size());
    return !label.isEmpty() && !label.contains(QLatin1Char('.'));
}

bool CertificateChecks::hostMatches(const Certificate &cert, const QString &fqdn)
{
    const QString host = normalizedHost(fqdn);
    const SubjectAltNames san = cert.subjectAltNames();
    if (isIpAddress(host)) {
        for (const QString &ip : san.ip)
            if (ip.compare(host, Qt::CaseInsensitive) == 0)
                return true;
        return cert.subjectCommonName().trimmed() == host;
    }
    for (const QString &dns : san.dns)
        if (nameMatches(dns, host))
            return true;
    return nameMatches(cert.subjectCommonName(), host);
}

Findings CertificateChecks::check(const CertificateCheckInput &in)
{
    Findings out;
    const Certificate &cert = in.certificate;
    if (cert.isNull()) {
        out << finding(QStringLiteral("cert.missing"), QStringLiteral("no certificate to check"));
        return out;
    }
    checkValidity(cert, in.at, QStringLiteral("cert."), QStringLiteral("the certificate"), out);

    if (in.kind) {
        const QStringList have = cert.extendedKeyUsage();
        if (!have.contains(QLatin1String("anyExtendedKeyUsage"))) {
            QStringList missing;
            for (const QString &need : requiredExtendedKeyUsage(*in.kind))
                if (!have.contains(need))
                    missing << need;
            if (!missing.isEmpty()) {
                const QString kindName = *in.kind == ApplicationKind::Server
                    ? QStringLiteral("server") : QStringLiteral("GUI");
                out << finding(QStringLiteral("cert.eku-missing"),
                               QStringLiteral("the certificate lacks the extended key usage %1 that %2 "
                                              "applications need (it has: %3)")
                                   .arg(missing.join(QStringLiteral(", ")), kindName,
                                        have.isEmpty() ? QStringLiteral("none") : have.join(QStringLiteral(", "))));
            }
        }
    }

    if (!in.hostFqdn.trimmed().isEmpty() && !hostMatches(cert, in.hostFqdn)) {
        QStringList names = cert.subjectAltNames().dns + cert.subjectAltNames().ip;
        if (!cert.subjectCommonName().isEmpty())
            names.prepend(QStringLiteral("CN=") + cert.subjectCommonName());
        out << finding(QStringLiteral("cert.host-mismatch"),
                       QStringLiteral("the host %1 is neither in the certificate's subject alternative names "
                                      "nor its common name (%2)")
                           .arg(in.hostFqdn.trimmed(),
                                names.isEmpty() ? QStringLiteral("no names") : names.join(QStringLiteral(", "))));
    }

    if (in.privateKey && !in.privateKey->matches(cert))
        out << finding(QStringLiteral("cert.key-mismatch"),
                       QStringLiteral("the private key does not match the certificate's public key"));

    if (in.trustedCa) {
        const ChainVerifier verifier(*in.trustedCa, in.intermediates);
        const ChainResult chain = verifier.verify(cert, in.at, /*ignoreTime=*/true);
        // The CAs whose validity matters: those of the path when one was
        // built, else every certificate of the trusted CA file.
        QVector<Certificate> cas = chain.path.mid(1);
        if (cas.isEmpty() && !cert.isSelfIssued())
            cas = *in.trustedCa;
        for (const Certificate &ca : cas)
            checkValidity(ca, in.at, QStringLiteral("cert.ca-"),
                          QStringLiteral("the CA certificate \"%1\"").arg(ca.issuedTo()), out);
        if (!chain.ok)
            out << finding(QStringLiteral("cert.chain-invalid"),
                           QStringLiteral("the certificate does not verify against the trusted CA: %1")
                               .arg(chain.reason));
    }
    return out;
}

} // namespace confman::security
