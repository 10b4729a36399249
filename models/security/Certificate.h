#pragma once
// One X.509 certificate (wraps OpenSSL's X509; the type never leaks out).
// A cheap, immutable value: copies share the decoded certificate. Every
// accessor decodes on demand, so a list that shows subject, issuer, expiry
// and SHA-1 never pays for SANs, key details or SHA-256.
#include "models/security/SecurityError.h"
#include "models/security/Thumbprint.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

namespace confman::security {

struct SubjectAltNames
{
    QStringList dns;
    QStringList ip;    // "192.0.2.1", "2001:db8::1"
    QStringList email;
    bool isEmpty() const { return dns.isEmpty() && ip.isEmpty() && email.isEmpty(); }
};

struct KeyInfo
{
    QString type;  // "RSA", "RSA-PSS", "EC", "Ed25519", "Ed448", "X25519", "DSA", ... or the OID
    QString curve; // EC only: "prime256v1", "secp384r1", ...
    int bits = 0;  // 0 when unknown
    QString display() const; // "RSA (2048 bits)", "EC (prime256v1, 256 bits)", "Ed25519"
};

class Certificate
{
public:
    Certificate(); // null
    ~Certificate();
    Certificate(const Certificate &);
    Certificate &operator=(const Certificate &);
    Certificate(Certificate &&) noexcept;
    Certificate &operator=(Certificate &&) noexcept;

    // Decoding. PEM accepts CERTIFICATE, X509 CERTIFICATE and TRUSTED
    // CERTIFICATE blocks anywhere among other blocks and text; a file with
    // only keys, CSRs or CRLs fails with NotACertificate saying what it holds.
    static Result<QVector<Certificate>> fromPem(const QByteArray &pem);
    static Result<Certificate> fromDer(const QByteArray &der);
    // PEM or DER, sniffed from the bytes (for PKCS#12 use Pkcs12Bundle).
    static Result<QVector<Certificate>> fromData(const QByteArray &data);
    // Reads a file (size-capped) then fromData(); messages name the file.
    static Result<QVector<Certificate>> fromFile(const QString &path);

    bool isNull() const { return !d; }

    // Names as Windows shows them: most specific first, "CN=x, O=y, C=z".
    QString subject() const;
    QString issuer() const;
    QString subjectCommonName() const; // the last CN, "" if none
    QString issuerCommonName() const;
    // "Issued To" / "Issued By" of a store list: CN, else the first other field.
    QString issuedTo() const;
    QString issuedBy() const;
    QString serialNumber() const; // lower-case hex, no separators ("-" prefix if negative)
    QDateTime notBefore() const;  // UTC; invalid when the time field is malformed
    QDateTime notAfter() const;
    bool isValidAt(const QDateTime &when) const;
    KeyInfo keyInfo() const;
    QString signatureAlgorithm() const; // "sha256WithRSAEncryption", "ecdsa-with-SHA256", "ED25519", ...
    SubjectAltNames subjectAltNames() const;
    QStringList keyUsage() const;          // "digitalSignature", "keyCertSign", ...
    QStringList extendedKeyUsage() const;  // "serverAuth", ..., or a dotted OID
    bool hasExtendedKeyUsageExtension() const;
    bool isCA() const;                     // basicConstraints CA:TRUE
    bool isSelfIssued() const;             // subject == issuer
    // Whether this certificate's subject and key issued child (names match and the signature verifies).
    bool isIssuerOf(const Certificate &child) const;
    QString friendlyName() const;          // PKCS#12 / trusted-cert alias, if any
    Thumbprint sha1() const;
    Thumbprint sha256() const;
    QByteArray der() const;
    QByteArray toPem() const;

    friend bool operator==(const Certificate &a, const Certificate &b) { return a.der() == b.der(); }

private:
    struct Data;
    std::shared_ptr<const Data> d;
    friend struct CertificateAccess;
};

} // namespace confman::security
