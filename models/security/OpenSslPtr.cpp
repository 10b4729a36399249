#include "models/security/OpenSslPtr.h"

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/provider.h>


namespace confman::security::ossl {

QString takeErrorText()
{
    const unsigned long e = ERR_get_error();
    ERR_clear_error();
    if (e == 0)
        return {};
    const char *reason = ERR_reason_error_string(e);
    if (reason)
        return QString::fromUtf8(reason);
    char buf[256];
    ERR_error_string_n(e, buf, sizeof buf);
    return QString::fromUtf8(buf);
}

void clearErrors()
{
    ERR_clear_error();
}

QString asn1StringToQString(const ASN1_STRING *s)
{
    if (!s)
        return {};
    unsigned char *utf8 = nullptr;
    const int n = ASN1_STRING_to_UTF8(&utf8, s);
    if (n < 0) {
        ERR_clear_error();
        // Invalid for its type (e.g. bad UTF-8): show the raw bytes, never fail.
        return QString::fromLatin1(reinterpret_cast<const char *>(ASN1_STRING_get0_data(s)),
                                   ASN1_STRING_length(s));
    }
    std::unique_ptr<unsigned char, OpenSslStringFree> hold(utf8);
    return QString::fromUtf8(reinterpret_cast<const char *>(utf8), n);
}

QString objectName(const ASN1_OBJECT *obj, bool preferShortName)
{
    if (!obj)
        return {};
    const int nid = OBJ_obj2nid(obj);
    if (nid != NID_undef) {
        const char *n = preferShortName ? OBJ_nid2sn(nid) : OBJ_nid2ln(nid);
        if (n)
            return QString::fromLatin1(n);
    }
    char buf[128];
    const int len = OBJ_obj2txt(buf, sizeof buf, obj, 1);
    if (len <= 0)
        return QStringLiteral("(unknown)");
    if (len >= int(sizeof buf)) {
        QByteArray big(len + 1, '\0');
        OBJ_obj2txt(big.data(), len + 1, obj, 1);
        return QString::fromLatin1(big.constData());
    }
    return QString::fromLatin1(buf, len);
}

QByteArray i2dBytes(const X509 *x)
{
    const int n = i2d_X509(x, nullptr);
    if (n <= 0)
        return {};
    QByteArray out(n, Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(out.data());
    i2d_X509(x, &p);
    return out;
}

KeyInfo describeKey(const EVP_PKEY *key)
{
    KeyInfo info;
    if (!key)
        return info;
    info.bits = EVP_PKEY_get_bits(key);
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA: info.type = QStringLiteral("RSA"); break;
    case EVP_PKEY_RSA_PSS: info.type = QStringLiteral("RSA-PSS"); break;
    case EVP_PKEY_DSA: info.type = QStringLiteral("DSA"); break;
    case EVP_PKEY_DH: case EVP_PKEY_DHX: info.type = QStringLiteral("DH"); break;
    case EVP_PKEY_ED25519: info.type = QStringLiteral("Ed25519"); break;
    case EVP_PKEY_ED448: info.type = QStringLiteral("Ed448"); break;
    case EVP_PKEY_X25519: info.type = QStringLiteral("X25519"); break;
    case EVP_PKEY_X448: info.type = QStringLiteral("X448"); break;
    case EVP_PKEY_SM2: info.type = QStringLiteral("SM2"); break;
    case EVP_PKEY_EC: {
        info.type = QStringLiteral("EC");
        char group[80] = {};
        size_t len = 0;
        if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &len) == 1)
            info.curve = QString::fromLatin1(group, int(len));
        else
            info.curve = QStringLiteral("explicit parameters");
        break;
    }
    default: {
        const char *name = EVP_PKEY_get0_type_name(key);
        info.type = name ? QString::fromLatin1(name) : QStringLiteral("unknown");
    }
    }
    ERR_clear_error();
    return info;
}

bool ensureLegacyProvider()
{
    // The legacy provider is held until exit and unloaded then: OpenSSL tears
    // a provider down (and frees the child library context the legacy one
    // makes) only when its last reference goes, which OPENSSL_cleanup alone
    // never does. This destructor runs before OpenSSL's own atexit cleanup,
    // registered when OpenSSL first initialized.
    struct Providers
    {
        OSSL_PROVIDER *legacy = nullptr;
        Providers()
        {
            // retain_fallbacks: keep the implicit default provider (every
            // modern algorithm). Loading "default" explicitly instead orphans
            // the implicit one's state once it was activated (LeakSanitizer).
            legacy = OSSL_PROVIDER_try_load(nullptr, "legacy", 1);
            ERR_clear_error();
        }
        Providers(const Providers &) = delete;
        Providers &operator=(const Providers &) = delete;
        ~Providers()
        {
            if (legacy)
                OSSL_PROVIDER_unload(legacy);
        }
    };
    static const Providers providers; // thread-safe, once
    return providers.legacy != nullptr;
}

} // namespace confman::security::ossl
