// Certificate::from*: bytes → certificates, with a typed error for anything
// else (a key, a CSR, a truncated file, random bytes).
#include "models/security/Certificate.h"

#include "models/security/CertificateAccess.h"
#include "models/security/DerInspector.h"
#include "models/security/FileReader.h"
#include "models/security/PemReader.h"

#include <openssl/err.h>
#include <openssl/pem.h>

namespace confman::security {

namespace {

using CertList = QVector<Certificate>;

template <class T, class Free>
bool decodesAs(const QByteArray &der, T *(*d2i)(T **, const unsigned char **, long), Free free)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    T *obj = d2i(nullptr, &p, long(der.size()));
    ERR_clear_error();
    if (!obj)
        return false;
    free(obj);
    return true;
}

// Names what well-formed DER that is not a certificate holds.
QString describeDer(const QByteArray &der)
{
    if (decodesAs<PKCS12>(der, d2i_PKCS12, PKCS12_free))
        return QStringLiteral("file is a PKCS#12 bundle (open it as .pfx/.p12 with its password)");
    if (decodesAs<X509_REQ>(der, d2i_X509_REQ, X509_REQ_free))
        return QStringLiteral("file is a certificate request");
    if (decodesAs<X509_CRL>(der, d2i_X509_CRL, X509_CRL_free))
        return QStringLiteral("file is a certificate revocation list");
    if (decodesAs<X509_SIG>(der, d2i_X509_SIG, X509_SIG_free)
        || decodesAs<EVP_PKEY>(der, d2i_AutoPrivateKey, EVP_PKEY_free))
        return QStringLiteral("file is a private key");
    if (decodesAs<EVP_PKEY>(der, d2i_PUBKEY, EVP_PKEY_free))
        return QStringLiteral("file is a public key");
    return QStringLiteral("the DER data is not an X.509 certificate");
}

Result<Certificate> decodeDer(const QByteArray &der, bool trusted)
{
    ossl::clearErrors();
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    if (trusted) {
        // A TRUSTED CERTIFICATE's aux block (trust settings, alias) follows
        // the certificate and is not part of its bytes or thumbprint.
        if (ossl::X509Ptr x{d2i_X509_AUX(nullptr, &p, long(der.size()))}) {
            ERR_clear_error();
            return CertificateAccess::adopt(std::move(x));
        }
    } else if (ossl::CertOutlinePtr outline{d2i_CONFMAN_CERT_OUTLINE(nullptr, &p, long(der.size()))}) {
        // Everything but the public key; the full decode waits until a key,
        // a signature or a chain is needed (see CertificateOutline.h).
        ERR_clear_error();
        const qsizetype consumed = p - reinterpret_cast<const unsigned char *>(der.constData());
        return CertificateAccess::fromOutline(std::move(outline), der.left(consumed));
    }
    const QString reason = ossl::takeErrorText();
    if (auto defect = findDerDefect(der))
        return *defect;
    return Result<Certificate>::failure(
        ErrorKind::Malformed,
        QStringLiteral("malformed certificate: %1").arg(reason.isEmpty() ? QStringLiteral("does not decode") : reason));
}

bool looksLikeText(const QByteArray &data)
{
    const qsizetype n = qMin<qsizetype>(data.size(), 512);
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(data.at(i));
        if (c < 0x09 || (c > 0x0d && c < 0x20 && c != 0x1b))
            return false;
    }
    return true;
}

} // namespace

Result<CertList> Certificate::fromPem(const QByteArray &pem)
{
    auto blocks = readPemBlocks(pem);
    if (!blocks)
        return blocks.error();
    CertList certs;
    int index = 0;
    for (const PemBlock &b : blocks.value()) {
        if (!b.isCertificate())
            continue;
        ++index;
        auto c = decodeDer(b.der, b.label == "TRUSTED CERTIFICATE");
        if (!c) {
            SecurityError e = c.error();
            e.message = QStringLiteral("certificate %1 of the PEM file: %2").arg(index).arg(e.message);
            return e;
        }
        certs.append(std::move(c).value());
    }
    if (certs.isEmpty())
        return Result<CertList>::failure(
            ErrorKind::NotACertificate,
            QStringLiteral("not a certificate: %1").arg(describeContents(blocks.value())));
    return certs;
}

Result<Certificate> Certificate::fromDer(const QByteArray &der)
{
    if (der.isEmpty())
        return Result<Certificate>::failure(ErrorKind::EmptyFile, QStringLiteral("empty file"));
    auto c = decodeDer(der, false);
    if (!c && c.errorKind() == ErrorKind::Malformed && !findDerDefect(der)) {
        // Well-formed DER of another kind: say what it is.
        const QString what = describeDer(der);
        if (!what.startsWith(QLatin1String("the DER")))
            return Result<Certificate>::failure(ErrorKind::NotACertificate,
                                                QStringLiteral("not a certificate: %1").arg(what));
    }
    return c;
}

Result<CertList> Certificate::fromData(const QByteArray &data)
{
    if (data.trimmed().isEmpty())
        return Result<CertList>::failure(ErrorKind::EmptyFile, QStringLiteral("empty file"));
    if (data.size() > kMaxFileSize)
        return Result<CertList>::failure(ErrorKind::FileTooLarge,
                                         QStringLiteral("file too large: over %1 bytes").arg(kMaxFileSize));
    if (looksLikePem(data))
        return fromPem(data);
    if (static_cast<unsigned char>(data.at(0)) == 0x30) {
        auto c = fromDer(data);
        if (!c)
            return c.error();
        return CertList{std::move(c).value()};
    }
    if (looksLikeText(data))
        return Result<CertList>::failure(ErrorKind::NotACertificate,
                                         QStringLiteral("not a certificate: text without any PEM block"));
    return Result<CertList>::failure(ErrorKind::Malformed,
                                     QStringLiteral("not a certificate: neither PEM nor DER"));
}

Result<CertList> Certificate::fromFile(const QString &path)
{
    auto data = readCappedFile(path);
    if (!data)
        return data.error();
    auto certs = fromData(data.value());
    if (!certs)
        return inFile(certs.error(), path);
    return certs;
}

} // namespace confman::security
