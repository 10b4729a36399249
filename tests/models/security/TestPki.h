#pragma once
// Test factory: real certificates and keys made with OpenSSL's APIs, written
// as files into a temporary folder (a CA, server certificates with and
// without the right EKU/SAN, expired ones, ECDSA/Ed25519 keys, PKCS#12).
#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>
#include <ostream>

// Readable QString / QStringList in gtest failure messages.
inline void PrintTo(const QString &s, std::ostream *os) { *os << '"' << s.toStdString() << '"'; }
inline void PrintTo(const QStringList &l, std::ostream *os) { *os << '[' << l.join(QStringLiteral(", ")).toStdString() << ']'; }

namespace testpki {

struct KeyFree { void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); } };
struct CertFree { void operator()(X509 *x) const { X509_free(x); } };
using Key = std::shared_ptr<EVP_PKEY>;
using Cert = std::shared_ptr<X509>;

enum class KeyType { Rsa2048, EcP256, Ed25519 };
Key makeKey(KeyType type = KeyType::Rsa2048);

struct CertSpec
{
    QString cn = QStringLiteral("host.example.com");
    QString org = QStringLiteral("Confman Test");
    QString country = QStringLiteral("US");
    int notBeforeDays = -1;   // relative to now
    int notAfterDays = 365;
    bool ca = false;
    QString eku;              // OpenSSL syntax, e.g. "serverAuth,clientAuth,emailProtection"
    QString san;              // e.g. "DNS:host.example.com,IP:127.0.0.1"
    long serial = 2;
};

// issuer/issuerKey null: self-signed with key.
Cert makeCert(const CertSpec &spec, const Key &key, const Cert &issuer = {}, const Key &issuerKey = {});

QByteArray certPem(const Cert &c);
QByteArray certDer(const Cert &c);
QByteArray keyPem(const Key &k, const QString &password = {}); // PKCS#8, AES-256 if password
QByteArray pkcs12(const Cert &c, const Key &k, const QString &password, const QList<Cert> &chain = {});

bool writeFile(const QString &path, const QByteArray &data);

// The fingerprint `openssl x509 -noout -fingerprint -<alg>` prints for a
// file, normalized to "aa bb ..." (empty on failure).
QString opensslFingerprint(const QString &file, const QString &alg);

} // namespace testpki
