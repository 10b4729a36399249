#pragma once
// A PKCS#12 bundle (.pfx / .p12): certificates and, usually, one private key.
// Loading tries the OpenSSL "legacy" provider for old bundles (RC2-40,
// 40-bit PBEs); when a bundle needs it and it is missing, the error says so
// (ErrorKind::UnsupportedAlgorithm).
#include "models/security/Certificate.h"
#include "models/security/PrivateKey.h"
#include "models/security/SecurityError.h"

#include <optional>

namespace confman::security {

class Pkcs12Bundle
{
public:
    // An empty password also tries the "no password" (NULL) form, as
    // OpenSSL's own tools do. A bundle whose MAC fails with an empty
    // password gives PasswordRequired; with a non-empty one, WrongPassword.
    // name: the file name used in messages ("wrong password for bundle.pfx").
    static Result<Pkcs12Bundle> fromData(const QByteArray &der, const QString &password,
                                         const QString &name = QStringLiteral("the bundle"));
    static Result<Pkcs12Bundle> fromFile(const QString &path, const QString &password);
    // True when the bytes decode as PKCS#12 at all (no password needed).
    static bool looksLikePkcs12(const QByteArray &data);
    static bool legacyProviderAvailable();

    // Writes a bundle (AES-256 / PBKDF2 / SHA-256 MAC, OpenSSL 3 defaults);
    // an empty password is allowed. chain: extra certificates (CA).
    static Result<QByteArray> create(const Certificate &cert, const PrivateKey &key,
                                     const QVector<Certificate> &chain, const QString &password,
                                     const QString &friendlyName = {});

    // The key's certificate first (when there is a key), then the others.
    const QVector<Certificate> &certificates() const { return m_certificates; }
    bool hasPrivateKey() const { return !m_key.isNull(); }
    const PrivateKey &privateKey() const { return m_key; }

private:
    QVector<Certificate> m_certificates;
    PrivateKey m_key;
};

} // namespace confman::security
