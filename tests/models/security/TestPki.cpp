#include "tests/models/security/TestPki.h"

#include <QFile>
#include <QProcess>

#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509v3.h>

namespace testpki {

Key makeKey(KeyType type)
{
    EVP_PKEY *k = nullptr;
    switch (type) {
    case KeyType::Rsa2048: k = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048)); break;
    case KeyType::EcP256: k = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"); break;
    case KeyType::Ed25519: k = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"); break;
    }
    return Key(k, KeyFree());
}

namespace {
void addExt(X509 *cert, X509 *issuer, int nid, const QString &value)
{
    if (value.isEmpty())
        return;
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.toLatin1().constData());
    if (ext) {
        X509_add_ext(cert, ext, -1);
        X509_EXTENSION_free(ext);
    }
}
} // namespace

Cert makeCert(const CertSpec &spec, const Key &key, const Cert &issuer, const Key &issuerKey)
{
    Cert c(X509_new(), CertFree());
    X509 *x = c.get();
    X509_set_version(x, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(x), spec.serial);
    X509_gmtime_adj(X509_getm_notBefore(x), long(spec.notBeforeDays) * 86400);
    X509_gmtime_adj(X509_getm_notAfter(x), long(spec.notAfterDays) * 86400);
    X509_set_pubkey(x, key.get());
    X509_NAME *name = X509_get_subject_name(x);
    auto add = [name](const char *field, const QString &v) {
        if (!v.isEmpty())
            X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                       reinterpret_cast<const unsigned char *>(v.toUtf8().constData()), -1, -1, 0);
    };
    add("C", spec.country);
    add("O", spec.org);
    add("CN", spec.cn);
    X509 *signerCert = issuer ? issuer.get() : x;
    X509_set_issuer_name(x, X509_get_subject_name(signerCert));
    addExt(x, signerCert, NID_basic_constraints, spec.ca ? QStringLiteral("critical,CA:TRUE") : QStringLiteral("CA:FALSE"));
    addExt(x, signerCert, NID_key_usage, spec.ca ? QStringLiteral("critical,keyCertSign,cRLSign")
                                                 : QStringLiteral("digitalSignature,keyEncipherment"));
    addExt(x, signerCert, NID_subject_key_identifier, QStringLiteral("hash"));
    if (issuer)
        addExt(x, signerCert, NID_authority_key_identifier, QStringLiteral("keyid"));
    addExt(x, signerCert, NID_ext_key_usage, spec.eku);
    addExt(x, signerCert, NID_subject_alt_name, spec.san);
    EVP_PKEY *signKey = issuerKey ? issuerKey.get() : key.get();
    const bool noDigest = EVP_PKEY_get_base_id(signKey) == EVP_PKEY_ED25519;
    X509_sign(x, signKey, noDigest ? nullptr : EVP_sha256());
    return c;
}

QByteArray certPem(const Cert &c)
{
    BIO *b = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(b, c.get());
    char *mem = nullptr;
    const long n = BIO_get_mem_data(b, &mem);
    QByteArray out(mem, int(n));
    BIO_free(b);
    return out;
}

QByteArray certDer(const Cert &c)
{
    unsigned char *buf = nullptr;
    const int n = i2d_X509(c.get(), &buf);
    QByteArray out(reinterpret_cast<const char *>(buf), n);
    OPENSSL_free(buf);
    return out;
}

QByteArray keyPem(const Key &k, const QString &password)
{
    BIO *b = BIO_new(BIO_s_mem());
    const QByteArray pw = password.toUtf8();
    if (password.isEmpty())
        PEM_write_bio_PrivateKey(b, k.get(), nullptr, nullptr, 0, nullptr, nullptr);
    else
        PEM_write_bio_PKCS8PrivateKey(b, k.get(), EVP_aes_256_cbc(), pw.constData(), int(pw.size()), nullptr, nullptr);
    char *mem = nullptr;
    const long n = BIO_get_mem_data(b, &mem);
    QByteArray out(mem, int(n));
    BIO_free(b);
    return out;
}

QByteArray pkcs12(const Cert &c, const Key &k, const QString &password, const QList<Cert> &chain)
{
    STACK_OF(X509) *ca = sk_X509_new_null();
    for (const Cert &x : chain)
        sk_X509_push(ca, x.get()); // borrowed; the stack is freed without its items
    const QByteArray pw = password.toUtf8();
    PKCS12 *p12 = PKCS12_create(pw.constData(), "test", k.get(), c.get(), ca, 0, 0, 0, 0, 0);
    sk_X509_free(ca);
    unsigned char *buf = nullptr;
    const int n = i2d_PKCS12(p12, &buf);
    QByteArray out(reinterpret_cast<const char *>(buf), n);
    OPENSSL_free(buf);
    PKCS12_free(p12);
    return out;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QString opensslFingerprint(const QString &file, const QString &alg)
{
    QProcess p;
    p.start(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
                                        QStringLiteral("-") + alg, QStringLiteral("-in"), file});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    // "SHA1 Fingerprint=7B:DA:..." → "7b da ..."
    QString out = QString::fromLatin1(p.readAllStandardOutput()).trimmed();
    out = out.mid(out.indexOf(QLatin1Char('=')) + 1);
    return out.replace(QLatin1Char(':'), QLatin1Char(' ')).toLower();
}

} // namespace testpki
