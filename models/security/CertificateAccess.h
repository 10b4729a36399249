#pragma once
// INTERNAL to models/security: the bridge between Certificate and the
// OpenSSL code of its sibling classes (PrivateKey, Pkcs12Bundle, ChainVerifier).
#include "models/security/Certificate.h"
#include "models/security/CertificateOutline.h"
#include "models/security/OpenSslPtr.h"

namespace confman::security {

struct CertificateAccess
{
    // Borrowed; null for a null Certificate. Decodes the full X509 on first use.
    static X509 *x509(const Certificate &c);
    // Takes ownership. der: the exact encoded bytes when known (else re-encoded).
    static Certificate adopt(ossl::X509Ptr x, QByteArray der = {});
    // A certificate read for listing: der are its exact bytes, outline their decode.
    static Certificate fromOutline(ossl::CertOutlinePtr outline, QByteArray der);
};

} // namespace confman::security

#include "models/security/PrivateKey.h"

namespace confman::security {

struct PrivateKeyAccess
{
    static EVP_PKEY *pkey(const PrivateKey &k); // borrowed; null for a null key
    static PrivateKey adopt(ossl::EvpPkeyPtr key);
};

} // namespace confman::security
