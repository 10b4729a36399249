#pragma once
// INTERNAL to models/security: an X.509 certificate decoded with OpenSSL's
// own templates for every field except the public key, which stays a bit
// string. OpenSSL 3's d2i_X509 turns the key into an EVP_PKEY through its
// provider decoders, about 95% of the cost of reading a certificate, and a
// list shows no key. The structure accepted is exactly d2i_X509's (the key
// decode there never fails a certificate), so a file that lists also decodes
// fully when a key, a chain or a signature is needed.
#include <openssl/asn1t.h>
#include <openssl/x509.h>

#include <memory>

extern "C" {

typedef struct
{
    X509_ALGOR *algorithm;
    ASN1_BIT_STRING *key;
} CONFMAN_PUBKEY_OUTLINE;

typedef struct
{
    ASN1_INTEGER *version;
    ASN1_INTEGER *serialNumber;
    X509_ALGOR *signature;
    X509_NAME *issuer;
    X509_VAL *validity;
    X509_NAME *subject;
    CONFMAN_PUBKEY_OUTLINE *key;
    ASN1_BIT_STRING *issuerUID;
    ASN1_BIT_STRING *subjectUID;
    STACK_OF(X509_EXTENSION) *extensions;
} CONFMAN_TBS_OUTLINE;

typedef struct
{
    CONFMAN_TBS_OUTLINE *tbs;
    X509_ALGOR *signatureAlgorithm;
    ASN1_BIT_STRING *signature;
} CONFMAN_CERT_OUTLINE;

DECLARE_ASN1_FUNCTIONS(CONFMAN_CERT_OUTLINE)

} // extern "C"

namespace confman::security::ossl {

struct CertOutlineFree
{
    void operator()(CONFMAN_CERT_OUTLINE *p) const { CONFMAN_CERT_OUTLINE_free(p); }
};
using CertOutlinePtr = std::unique_ptr<CONFMAN_CERT_OUTLINE, CertOutlineFree>;

} // namespace confman::security::ossl
