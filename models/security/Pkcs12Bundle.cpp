#include "models/security/Pkcs12Bundle.h"

#include "models/security/CertificateAccess.h"
#include "models/security/FileReader.h"

#include <openssl/err.h>

#include <QFileInfo>

namespace confman::security {

namespace {

// Every reason in the error queue, joined; clears it.
QString drainErrors(bool *unsupported)
{
    QStringList reasons;
    *unsupported = false;
    for (unsigned long e = ERR_get_error(); e != 0; e = ERR_get_error()) {
        const char *r = ERR_reason_error_string(e);
        const QString text = r ? QString::fromUtf8(r) : QStringLiteral("error %1").arg(e);
        const int reason = ERR_GET_REASON(e);
        if (reason == ERR_R_UNSUPPORTED || text.contains(QLatin1String("unsupported"), Qt::CaseInsensitive)
            || text.contains(QLatin1String("fetch failed")))
            *unsupported = true;
        if (!reasons.contains(text))
            reasons << text;
    }
    return reasons.join(QStringLiteral("; "));
}

Result<Pkcs12Bundle> unsupported(const QString &name, const QString &detail)
{
    const QString msg = Pkcs12Bundle::legacyProviderAvailable()
        ? QStringLiteral("%1 uses an algorithm this OpenSSL does not support (%2)").arg(name, detail)
        : QStringLiteral("%1 uses a legacy algorithm (such as RC2-40) that needs the OpenSSL "
                         "\"legacy\" provider, which is not installed (%2)").arg(name, detail);
    return Result<Pkcs12Bundle>::failure(ErrorKind::UnsupportedAlgorithm, msg);
}

} // namespace

bool Pkcs12Bundle::legacyProviderAvailable()
{
    return ossl::ensureLegacyProvider();
}

bool Pkcs12Bundle::looksLikePkcs12(const QByteArray &data)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    ossl::Pkcs12Ptr p12(d2i_PKCS12(nullptr, &p, long(data.size())));
    ERR_clear_error();
    return p12 != nullptr;
}

Result<Pkcs12Bundle> Pkcs12Bundle::fromData(const QByteArray &der, const QString &password, const QString &name)
{
    if (der.trimmed().isEmpty())
        return Result<Pkcs12Bundle>::failure(ErrorKind::EmptyFile, QStringLiteral("empty file: %1").arg(name));
    ossl::ensureLegacyProvider();
    ossl::clearErrors();
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    ossl::Pkcs12Ptr p12(d2i_PKCS12(nullptr, &p, long(der.size())));
    if (!p12) {
        ERR_clear_error();
        auto certs = Certificate::fromData(der);
        if (certs)
            return Result<Pkcs12Bundle>::failure(
                ErrorKind::Malformed, QStringLiteral("%1 is not a PKCS#12 bundle but a certificate file").arg(name));
        return Result<Pkcs12Bundle>::failure(
            ErrorKind::Malformed, QStringLiteral("%1 is not a PKCS#12 bundle (damaged or another format)").arg(name));
    }

    const QByteArray pw = password.toUtf8();
    // The password as OpenSSL will be given it: an empty one may mean
    // "empty string" or "no password"; the MAC tells which.
    const char *pass = pw.constData();
    bool unsupportedAlg = false;
    if (PKCS12_mac_present(p12.get())) {
        bool macOk = PKCS12_verify_mac(p12.get(), pass, int(pw.size())) == 1;
        if (!macOk && pw.isEmpty()) {
            ERR_clear_error();
            macOk = PKCS12_verify_mac(p12.get(), nullptr, 0) == 1;
            if (macOk)
                pass = nullptr;
        }
        if (!macOk) {
            const QString detail = drainErrors(&unsupportedAlg);
            if (unsupportedAlg)
                return unsupported(name, detail);
            if (pw.isEmpty())
                return Result<Pkcs12Bundle>::failure(ErrorKind::PasswordRequired,
                                                     QStringLiteral("%1 is protected by a password").arg(name));
            return Result<Pkcs12Bundle>::failure(ErrorKind::WrongPassword,
                                                 QStringLiteral("wrong password for %1").arg(name));
        }
    }

    EVP_PKEY *rawKey = nullptr;
    X509 *rawCert = nullptr;
    STACK_OF(X509) *rawCa = nullptr;
    const int parsed = PKCS12_parse(p12.get(), pass, &rawKey, &rawCert, &rawCa);
    ossl::EvpPkeyPtr key(rawKey);
    ossl::X509Ptr cert(rawCert);
    ossl::X509StackPtr ca(rawCa);
    if (parsed != 1) {
        const QString detail = drainErrors(&unsupportedAlg);
        if (unsupportedAlg)
            return unsupported(name, detail);
        if (!PKCS12_mac_present(p12.get()))
            return Result<Pkcs12Bundle>::failure(
                pw.isEmpty() ? ErrorKind::PasswordRequired : ErrorKind::WrongPassword,
                pw.isEmpty() ? QStringLiteral("%1 is protected by a password").arg(name)
                             : QStringLiteral("wrong password for %1").arg(name));
        return Result<Pkcs12Bundle>::failure(ErrorKind::Malformed,
                                             QStringLiteral("%1 cannot be read: %2").arg(name, detail));
    }
    ERR_clear_error();

    Pkcs12Bundle bundle;
    if (cert)
        bundle.m_certificates.append(CertificateAccess::adopt(std::move(cert)));
    while (ca && sk_X509_num(ca.get()) > 0)
        bundle.m_certificates.append(CertificateAccess::adopt(ossl::X509Ptr(sk_X509_shift(ca.get()))));
    bundle.m_key = PrivateKeyAccess::adopt(std::move(key));
    return bundle;
}

Result<Pkcs12Bundle> Pkcs12Bundle::fromFile(const QString &path, const QString &password)
{
    auto data = readCappedFile(path);
    if (!data)
        return data.error();
    return fromData(data.value(), password, QFileInfo(path).fileName());
}

Result<QByteArray> Pkcs12Bundle::create(const Certificate &cert, const PrivateKey &key,
                                        const QVector<Certificate> &chain, const QString &password,
                                        const QString &friendlyName)
{
    ossl::clearErrors();
    ossl::X509StackPtr extra(sk_X509_new_null());
    for (const Certificate &c : chain) {
        X509 *x = CertificateAccess::x509(c);
        if (x && X509_up_ref(x) == 1 && sk_X509_push(extra.get(), x) <= 0)
            X509_free(x);
    }
    const QByteArray pw = password.toUtf8();
    const QByteArray fn = friendlyName.toUtf8();
    // NID 0 = OpenSSL 3's defaults: AES-256-CBC with PBKDF2, SHA-256 MAC.
    ossl::Pkcs12Ptr p12(PKCS12_create(pw.constData(), fn.isEmpty() ? nullptr : fn.constData(),
                                      PrivateKeyAccess::pkey(key), CertificateAccess::x509(cert),
                                      extra.get(), 0, 0, 0, 0, 0));
    if (!p12)
        return Result<QByteArray>::failure(ErrorKind::InvalidArgument,
                                           QStringLiteral("cannot create the PKCS#12 bundle: %1").arg(ossl::takeErrorText()));
    const int n = i2d_PKCS12(p12.get(), nullptr);
    QByteArray out(n, Qt::Uninitialized);
    auto *w = reinterpret_cast<unsigned char *>(out.data());
    i2d_PKCS12(p12.get(), &w);
    return out;
}

} // namespace confman::security
