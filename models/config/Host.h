#pragma once
#include "models/config/ObjectTypes.h"
#include "models/config/OptionSections.h"

namespace confman {

// The certificate fields shared by Host Default Certificate (S4.1),
// Application Certificate View (S4.2) and port certificates (S4.3).
struct CertificateFields
{
    QString certificate;    // thumbprint (Windows) or path of the certificate file (UNIX)
    QString certificateKey; // path of the private key file (UNIX)
    QString trustedCa;      // path of the CA certificate file (UNIX)
    bool isEmpty() const { return certificate.isEmpty() && certificateKey.isEmpty() && trustedCa.isEmpty(); }
    friend bool operator==(const CertificateFields &, const CertificateFields &) = default;
};

// Annex / Options section and option names that mirror CertificateFields (S4.1, S4.2).
inline const QString kSecuritySection = QStringLiteral("security");
inline const QString kCertificateOption = QStringLiteral("certificate");
inline const QString kCertificateKeyOption = QStringLiteral("certificate-key");
inline const QString kTrustedCaOption = QStringLiteral("trusted-ca");

// Reads / writes the three certificate options of section `security`; the
// options area is the one place they are stored, so "editing either place
// edits both" holds by construction. Writing empty fields removes the options.
CertificateFields certificateFieldsFrom(const OptionSections &options);
void setCertificateFields(OptionSections &options, const CertificateFields &fields);

struct Host
{
    DbId id = 0;
    int version = 0; // store version; 0 = never saved
    QString name;
    DbId folderId = 0;
    bool enabled = true;

    QString address; // IP address or DNS name (FQDN)
    OsType osType = OsType::Windows;
    int lcaPort = 4999;
    QString certificateDescription; // Default Certificate "Description" (optional)
    OptionSections annex;

    CertificateFields defaultCertificate() const { return certificateFieldsFrom(annex); }
    void setDefaultCertificate(const CertificateFields &f) { setCertificateFields(annex, f); }

    friend bool operator==(const Host &, const Host &) = default;
};

} // namespace confman
