#include "models/security/PemReader.h"

#include "models/security/OpenSslPtr.h"

#include <openssl/err.h>
#include <openssl/pem.h>

namespace confman::security {

bool PemBlock::isCertificate() const
{
    return label == "CERTIFICATE" || label == "X509 CERTIFICATE" || label == "TRUSTED CERTIFICATE";
}

bool PemBlock::isPrivateKey() const
{
    return label.endsWith("PRIVATE KEY");
}

bool PemBlock::isEncryptedKey() const
{
    return label == "ENCRYPTED PRIVATE KEY" || (isPrivateKey() && header.contains("ENCRYPTED"));
}

bool looksLikePem(const QByteArray &data)
{
    return data.contains("-----BEGIN ");
}

Result<QVector<PemBlock>> readPemBlocks(const QByteArray &data)
{
    QVector<PemBlock> blocks;
    auto bio = ossl::memBio(data);
    for (;;) {
        char *name = nullptr;
        char *header = nullptr;
        unsigned char *der = nullptr;
        long len = 0;
        ossl::clearErrors();
        const int ok = PEM_read_bio(bio.get(), &name, &header, &der, &len);
        std::unique_ptr<char, ossl::OpenSslStringFree> n(name), h(header);
        std::unique_ptr<unsigned char, ossl::OpenSslStringFree> d(der);
        if (!ok) {
            const unsigned long e = ERR_peek_last_error();
            ERR_clear_error();
            if (ERR_GET_LIB(e) == ERR_LIB_PEM && ERR_GET_REASON(e) == PEM_R_NO_START_LINE)
                break; // no more blocks
            const int reason = ERR_GET_REASON(e);
            const int index = int(blocks.size()) + 1;
            if (reason == PEM_R_BAD_BASE64_DECODE)
                return Result<QVector<PemBlock>>::failure(
                    ErrorKind::Malformed,
                    QStringLiteral("PEM block %1 is not valid base64").arg(index));
            return Result<QVector<PemBlock>>::failure(
                ErrorKind::Truncated,
                QStringLiteral("truncated PEM: block %1 has no valid END line").arg(index));
        }
        PemBlock b;
        b.label = QByteArray(name);
        b.header = QByteArray(header);
        b.der = QByteArray(reinterpret_cast<const char *>(der), int(len));
        blocks.append(std::move(b));
    }
    return blocks;
}

QString describeContents(const QVector<PemBlock> &blocks)
{
    if (blocks.isEmpty())
        return QStringLiteral("no PEM block found");
    bool key = false, csr = false, crl = false, pub = false, acert = false, params = false;
    for (const auto &b : blocks) {
        key |= b.isPrivateKey();
        csr |= b.label.contains("CERTIFICATE REQUEST");
        crl |= b.label == "X509 CRL";
        pub |= b.label.endsWith("PUBLIC KEY");
        acert |= b.label == "ATTRIBUTE CERTIFICATE";
        params |= b.label.endsWith("PARAMETERS");
    }
    if (key)
        return QStringLiteral("file is a private key");
    if (acert)
        return QStringLiteral("file is an attribute certificate (not supported)");
    if (csr)
        return QStringLiteral("file is a certificate request");
    if (crl)
        return QStringLiteral("file is a certificate revocation list");
    if (pub)
        return QStringLiteral("file is a public key");
    if (params)
        return QStringLiteral("file holds key parameters");
    return QStringLiteral("file holds a PEM block of type \"%1\"")
        .arg(QString::fromLatin1(blocks.first().label));
}

} // namespace confman::security
