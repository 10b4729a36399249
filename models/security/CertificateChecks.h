#pragma once
// SPEC S4.5: what a certificate configured for an application must satisfy.
// Each problem is one Finding with a stable code:
//   cert.expired, cert.not-yet-valid      the certificate at `at`
//   cert.ca-expired, cert.ca-not-yet-valid a CA of its path (or of the trusted CA file)
//   cert.eku-missing                       EKU lacks what the application kind needs
//   cert.host-mismatch                     host FQDN in neither SAN nor subject CN
//   cert.key-mismatch                      the private key is not the certificate's
//   cert.chain-invalid                     does not verify against the trusted CA (OpenSSL's reason)
// Time problems are reported by their own codes only: the chain is checked
// for trust and signatures with time checks off, so an expired CA gives
// cert.ca-expired and not also cert.chain-invalid.
#include "models/config/Finding.h"
#include "models/security/Certificate.h"
#include "models/security/PrivateKey.h"

#include <QDateTime>
#include <optional>

namespace confman::security {

enum class ApplicationKind { Server, Gui };

struct CertificateCheckInput
{
    Certificate certificate;
    std::optional<PrivateKey> privateKey;   // unset: key not checked
    std::optional<QVector<Certificate>> trustedCa; // unset: chain and CA expiry not checked
    QVector<Certificate> intermediates;     // untrusted helpers for the path
    QString hostFqdn;                       // empty: host not checked
    std::optional<ApplicationKind> kind;    // unset: EKU not checked
    QDateTime at = QDateTime::currentDateTimeUtc();
};

class CertificateChecks
{
public:
    static Findings check(const CertificateCheckInput &input);

    // The EKU names S4.5 requires for a kind of application.
    static QStringList requiredExtendedKeyUsage(ApplicationKind kind);
    // Case-insensitive; "*.example.com" matches exactly one leftmost label;
    // a trailing dot is ignored. IP addresses compare with SAN IP entries.
    static bool hostMatches(const Certificate &cert, const QString &fqdn);
    static bool nameMatches(const QString &pattern, const QString &host);
};

} // namespace confman::security
