#pragma once
// Where certificates come from for the store browser (S4.4): a folder of
// files here (FolderSource), the Windows system stores on Windows.
#include "models/security/Certificate.h"
#include "models/security/SecurityError.h"

#include <optional>

namespace confman::security {

// One file (or store item) and what it holds; a file that cannot be read is
// an entry too, with the reason in `error`.
struct CertificateEntry
{
    QString filePath;
    QString fileName;
    QVector<Certificate> certificates;
    bool hasPrivateKey = false; // a PKCS#12 bundle with a key
    // A file holding only a private key (`*_priv_key.pem`): not a certificate
    // and not broken either. `error` says NotACertificate; a store list
    // leaves it out, key matching still reads it.
    bool isKeyOnly = false;
    std::optional<SecurityError> error;

    bool ok() const { return !error.has_value(); }
};

class CertificateSource
{
public:
    virtual ~CertificateSource() = default;

    virtual QString displayName() const = 0;
    // Every entry, sorted by file name. Decodes only what a list shows:
    // no verification and no key loading happen here.
    virtual QVector<CertificateEntry> entries() = 0;
    // The file holding the private key of cert ("" if none was found).
    virtual QString findPrivateKeyFile(const Certificate &cert) = 0;
    // The file holding the certificate that issued cert ("" if none).
    virtual QString findIssuerFile(const Certificate &cert) = 0;

    // The first certificate with this SHA-1 or SHA-256 thumbprint.
    std::optional<Certificate> findByThumbprint(const Thumbprint &thumbprint);
};

} // namespace confman::security
