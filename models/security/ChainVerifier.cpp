#include "models/security/ChainVerifier.h"

#include "models/security/CertificateAccess.h"

#include <openssl/err.h>

namespace confman::security {

ChainVerifier::ChainVerifier(QVector<Certificate> trusted, QVector<Certificate> intermediates)
    : m_trusted(std::move(trusted)), m_intermediates(std::move(intermediates))
{
}

ChainResult ChainVerifier::verify(const Certificate &cert, const QDateTime &at, bool ignoreTime) const
{
    ChainResult result;
    X509 *leaf = CertificateAccess::x509(cert);
    if (!leaf) {
        result.reason = QStringLiteral("no certificate");
        return result;
    }
    ossl::clearErrors();
    ossl::X509StorePtr store(X509_STORE_new());
    for (const Certificate &c : m_trusted)
        if (X509 *x = CertificateAccess::x509(c))
            X509_STORE_add_cert(store.get(), x); // takes its own reference
    ERR_clear_error(); // duplicates in the trusted file are harmless

    ossl::X509StackPtr untrusted(sk_X509_new_null());
    for (const Certificate &c : m_intermediates) {
        X509 *x = CertificateAccess::x509(c);
        if (x && X509_up_ref(x) == 1 && sk_X509_push(untrusted.get(), x) <= 0)
            X509_free(x);
    }

    ossl::X509StoreCtxPtr ctx(X509_STORE_CTX_new());
    if (!ctx || X509_STORE_CTX_init(ctx.get(), store.get(), leaf, untrusted.get()) != 1) {
        result.reason = ossl::takeErrorText();
        return result;
    }
    if (ignoreTime)
        X509_STORE_CTX_set_flags(ctx.get(), X509_V_FLAG_NO_CHECK_TIME);
    else
        X509_STORE_CTX_set_time(ctx.get(), 0, time_t(at.toSecsSinceEpoch()));

    const int ok = X509_verify_cert(ctx.get());
    result.ok = ok == 1;
    if (!result.ok) {
        const int err = X509_STORE_CTX_get_error(ctx.get());
        result.reason = QString::fromUtf8(X509_verify_cert_error_string(err));
        result.errorDepth = X509_STORE_CTX_get_error_depth(ctx.get());
    }
    ossl::X509StackPtr chain(X509_STORE_CTX_get1_chain(ctx.get()));
    for (int i = 0; chain && i < sk_X509_num(chain.get()); ++i) {
        X509 *x = sk_X509_value(chain.get(), i);
        X509_up_ref(x);
        result.path.append(CertificateAccess::adopt(ossl::X509Ptr(x)));
    }
    if (result.path.isEmpty())
        result.path.append(cert);
    ERR_clear_error();
    return result;
}

} // namespace confman::security
