#include "models/security/PrivateKey.h"

#include "models/security/CertificateAccess.h"
#include "models/security/FileReader.h"
#include "models/security/PemReader.h"

#include <openssl/err.h>
#include <openssl/pem.h>

#include <cstring>

namespace confman::security {

struct PrivateKey::Data
{
    ossl::EvpPkeyPtr key;
};

PrivateKey::PrivateKey() = default;
PrivateKey::~PrivateKey() = default;
PrivateKey::PrivateKey(const PrivateKey &) = default;
PrivateKey &PrivateKey::operator=(const PrivateKey &) = default;
PrivateKey::PrivateKey(PrivateKey &&) noexcept = default;
PrivateKey &PrivateKey::operator=(PrivateKey &&) noexcept = default;

EVP_PKEY *PrivateKeyAccess::pkey(const PrivateKey &k)
{
    return k.d ? k.d->key.get() : nullptr;
}

PrivateKey PrivateKeyAccess::adopt(ossl::EvpPkeyPtr key)
{
    PrivateKey k;
    if (key) {
        auto d = std::make_shared<PrivateKey::Data>();
        d->key = std::move(key);
        k.d = std::move(d);
    }
    return k;
}

namespace {

struct PasswordSource
{
    QByteArray password;
    bool asked = false;
};

int passwordCallback(char *buf, int size, int, void *user)
{
    auto *src = static_cast<PasswordSource *>(user);
    src->asked = true;
    const int n = int(qMin<qsizetype>(src->password.size(), size));
    std::memcpy(buf, src->password.constData(), size_t(n));
    return n;
}

bool isDerEncryptedKey(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509_SIG *sig = d2i_X509_SIG(nullptr, &p, long(der.size()));
    ERR_clear_error();
    X509_SIG_free(sig);
    return sig != nullptr;
}

// Names the algorithm of a PKCS#8 key OpenSSL could not turn into a key.
QString pkcs8Algorithm(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    PKCS8_PRIV_KEY_INFO *p8 = d2i_PKCS8_PRIV_KEY_INFO(nullptr, &p, long(der.size()));
    ERR_clear_error();
    if (!p8)
        return {};
    const ASN1_OBJECT *alg = nullptr;
    PKCS8_pkey_get0(&alg, nullptr, nullptr, nullptr, p8);
    QString name = ossl::objectName(alg);
    PKCS8_PRIV_KEY_INFO_free(p8);
    return name;
}

Result<PrivateKey> failedDecrypt(const QString &password)
{
    if (password.isEmpty())
        return Result<PrivateKey>::failure(ErrorKind::PasswordRequired,
                                           QStringLiteral("the private key is encrypted: a password is needed"));
    return Result<PrivateKey>::failure(ErrorKind::WrongPassword,
                                       QStringLiteral("wrong password for the private key"));
}

} // namespace

bool PrivateKey::isEncrypted(const QByteArray &data)
{
    if (looksLikePem(data)) {
        auto blocks = readPemBlocks(data);
        if (!blocks)
            return false;
        for (const auto &b : blocks.value())
            if (b.isPrivateKey())
                return b.isEncryptedKey();
        return false;
    }
    return isDerEncryptedKey(data);
}

bool PrivateKey::isKeyOnlyFile(const QByteArray &data)
{
    if (looksLikePem(data)) {
        auto blocks = readPemBlocks(data);
        if (!blocks)
            return false; // a damaged file says so in the list
        bool key = false;
        for (const auto &b : blocks.value()) {
            if (b.isPrivateKey())
                key = true;
            else if (!b.label.endsWith("PARAMETERS")) // "EC PARAMETERS" precede `openssl ecparam -genkey` keys
                return false;
        }
        return key;
    }
    if (isDerEncryptedKey(data))
        return true;
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    ossl::EvpPkeyPtr key(d2i_AutoPrivateKey(nullptr, &p, long(data.size())));
    ERR_clear_error();
    return key != nullptr;
}

Result<PrivateKey> PrivateKey::fromData(const QByteArray &data, const QString &password)
{
    if (data.trimmed().isEmpty())
        return Result<PrivateKey>::failure(ErrorKind::EmptyFile, QStringLiteral("empty file"));
    PasswordSource pw{password.toUtf8(), false};
    ossl::clearErrors();
    if (looksLikePem(data)) {
        auto blocks = readPemBlocks(data);
        if (!blocks)
            return blocks.error();
        const PemBlock *keyBlock = nullptr;
        for (const auto &b : blocks.value())
            if (!keyBlock && b.isPrivateKey())
                keyBlock = &b;
        if (!keyBlock) {
            const bool hasCert = std::any_of(blocks->begin(), blocks->end(),
                                             [](const PemBlock &b) { return b.isCertificate(); });
            return Result<PrivateKey>::failure(
                ErrorKind::NoPrivateKey,
                hasCert ? QStringLiteral("not a private key: file is a certificate")
                        : QStringLiteral("no private key in the file: %1").arg(describeContents(blocks.value())));
        }
        auto bio = ossl::memBio(data);
        ossl::EvpPkeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, passwordCallback, &pw));
        if (key) {
            ERR_clear_error();
            return PrivateKeyAccess::adopt(std::move(key));
        }
        const QString reason = ossl::takeErrorText();
        if (keyBlock->isEncryptedKey())
            return failedDecrypt(password);
        if (keyBlock->label == "PRIVATE KEY") {
            const QString alg = pkcs8Algorithm(keyBlock->der);
            if (!alg.isEmpty())
                return Result<PrivateKey>::failure(
                    ErrorKind::UnsupportedKeyType,
                    QStringLiteral("key type %1 is not supported by this OpenSSL").arg(alg));
        }
        return Result<PrivateKey>::failure(ErrorKind::Malformed,
                                           QStringLiteral("malformed private key: %1").arg(reason));
    }
    auto bio = ossl::memBio(data);
    if (isDerEncryptedKey(data)) {
        ossl::EvpPkeyPtr key(d2i_PKCS8PrivateKey_bio(bio.get(), nullptr, passwordCallback, &pw));
        ERR_clear_error();
        if (!key)
            return failedDecrypt(password);
        return PrivateKeyAccess::adopt(std::move(key));
    }
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    ossl::EvpPkeyPtr key(d2i_AutoPrivateKey(nullptr, &p, long(data.size())));
    ERR_clear_error();
    if (key)
        return PrivateKeyAccess::adopt(std::move(key));
    const QString alg = pkcs8Algorithm(data);
    if (!alg.isEmpty())
        return Result<PrivateKey>::failure(ErrorKind::UnsupportedKeyType,
                                           QStringLiteral("key type %1 is not supported by this OpenSSL").arg(alg));
    if (!Certificate::fromDer(data).ok())
        return Result<PrivateKey>::failure(ErrorKind::NoPrivateKey,
                                           QStringLiteral("no private key in the file (neither PEM nor a DER key)"));
    return Result<PrivateKey>::failure(ErrorKind::NoPrivateKey,
                                       QStringLiteral("not a private key: file is a certificate"));
}

Result<PrivateKey> PrivateKey::fromFile(const QString &path, const QString &password)
{
    auto data = readCappedFile(path);
    if (!data)
        return data.error();
    auto key = fromData(data.value(), password);
    if (!key)
        return inFile(key.error(), path);
    return key;
}

Result<PrivateKey> PrivateKey::generate(Type type, int rsaBits)
{
    ossl::clearErrors();
    EVP_PKEY *raw = nullptr;
    switch (type) {
    case Type::Rsa: raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(rsaBits)); break;
    case Type::EcP256: raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"); break;
    case Type::EcP384: raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384"); break;
    case Type::Ed25519: raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"); break;
    }
    if (!raw)
        return Result<PrivateKey>::failure(ErrorKind::InvalidArgument,
                                           QStringLiteral("key generation failed: %1").arg(ossl::takeErrorText()));
    return PrivateKeyAccess::adopt(ossl::EvpPkeyPtr(raw));
}

KeyInfo PrivateKey::keyInfo() const
{
    return ossl::describeKey(d ? d->key.get() : nullptr);
}

bool PrivateKey::matches(const Certificate &cert) const
{
    X509 *x = CertificateAccess::x509(cert);
    if (!d || !x)
        return false;
    EVP_PKEY *pub = X509_get0_pubkey(x);
    const bool same = pub && EVP_PKEY_eq(pub, d->key.get()) == 1;
    ERR_clear_error();
    return same;
}

QByteArray PrivateKey::publicKeyDer() const
{
    if (!d)
        return {};
    unsigned char *buf = nullptr;
    const int n = i2d_PUBKEY(d->key.get(), &buf);
    if (n <= 0)
        return {};
    std::unique_ptr<unsigned char, ossl::OpenSslStringFree> hold(buf);
    return QByteArray(reinterpret_cast<const char *>(buf), n);
}

QByteArray PrivateKey::toPem(const QString &password) const
{
    if (!d)
        return {};
    auto bio = ossl::BioPtr(BIO_new(BIO_s_mem()));
    const QByteArray pw = password.toUtf8();
    const int ok = password.isEmpty()
        ? PEM_write_bio_PKCS8PrivateKey(bio.get(), d->key.get(), nullptr, nullptr, 0, nullptr, nullptr)
        : PEM_write_bio_PKCS8PrivateKey(bio.get(), d->key.get(), EVP_aes_256_cbc(),
                                        pw.constData(), int(pw.size()), nullptr, nullptr);
    if (ok != 1) {
        ERR_clear_error();
        return {};
    }
    char *mem = nullptr;
    const long n = BIO_get_mem_data(bio.get(), &mem);
    return QByteArray(mem, int(n));
}

} // namespace confman::security
