#pragma once
// INTERNAL to models/security: RAII holders for OpenSSL objects and small
// helpers shared by the .cpp files. Public headers never include this, so
// nothing outside models/security sees an OpenSSL type.
#include "models/security/Certificate.h"

#include <QByteArray>
#include <QString>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <memory>

namespace confman::security::ossl {

template <auto Fn>
struct Deleter
{
    template <class T>
    void operator()(T *p) const { Fn(p); }
};

using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using EvpPkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using Pkcs12Ptr = std::unique_ptr<PKCS12, Deleter<PKCS12_free>>;
using X509StorePtr = std::unique_ptr<X509_STORE, Deleter<X509_STORE_free>>;
using X509StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX_free>>;
using X509NamePtr = std::unique_ptr<X509_NAME, Deleter<X509_NAME_free>>;
using X509ExtensionPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>>;
using EvpPkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX_free>>;
using Asn1IntegerPtr = std::unique_ptr<ASN1_INTEGER, Deleter<ASN1_INTEGER_free>>;
using BignumPtr = std::unique_ptr<BIGNUM, Deleter<BN_free>>;
using GeneralNamesPtr = std::unique_ptr<GENERAL_NAMES, Deleter<GENERAL_NAMES_free>>;
using EkuPtr = std::unique_ptr<EXTENDED_KEY_USAGE, Deleter<EXTENDED_KEY_USAGE_free>>;
using BasicConstraintsPtr = std::unique_ptr<BASIC_CONSTRAINTS, Deleter<BASIC_CONSTRAINTS_free>>;

struct X509StackFree
{
    void operator()(STACK_OF(X509) *s) const { sk_X509_pop_free(s, X509_free); }
};
using X509StackPtr = std::unique_ptr<STACK_OF(X509), X509StackFree>;

struct OpenSslStringFree
{
    void operator()(unsigned char *p) const { OPENSSL_free(p); }
    void operator()(char *p) const { OPENSSL_free(p); }
};

// A read-only memory BIO over bytes that outlive it.
inline BioPtr memBio(const QByteArray &data)
{
    return BioPtr(BIO_new_mem_buf(data.constData(), int(data.size())));
}

// The oldest queued OpenSSL error as text ("" when none); clears the queue.
QString takeErrorText();
// Clears the thread's OpenSSL error queue (before an operation whose errors we read).
void clearErrors();

QString asn1StringToQString(const ASN1_STRING *s);
QString objectName(const ASN1_OBJECT *obj, bool preferShortName = false);
QByteArray i2dBytes(const X509 *x);

KeyInfo describeKey(const EVP_PKEY *key);

// Loads the "legacy" provider (RC2, 40-bit PBEs) once, beside "default".
// Returns false when the module is not installed.
bool ensureLegacyProvider();

} // namespace confman::security::ossl
