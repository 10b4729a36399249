#pragma once
// SPEC S5: the `transport` option / a port's transport parameter string,
// `tls=0` | `tls=1[;certificate=<thumbprint or path>][;certificate-key=<path>][;trusted-ca=<path>]`.
//
// Decisions beyond the spec's grammar (see KeyValueString.h for the delimiters):
// - "" means tls=0 (a port without transport parameters); serialize() writes
//   "tls=0" for it, which is the canonical form.
// - `tls` is required in a non-empty string; keys may come in any order,
//   serialize() writes tls, certificate, certificate-key, trusted-ca.
// - `tls=1` alone is valid: the secure port uses the application's or the
//   host's certificate (S4.3 precedence).
// - Certificate fields with tls=0 are an error (they would be ignored), and
//   certificate-key / trusted-ca need a certificate.
// - Key names are case-sensitive, as all option names are (S1).
#include "models/config/Host.h"
#include "models/config/ParseResult.h"

namespace confman {

struct TransportString
{
    bool tls = false;
    CertificateFields certificate; // the port certificate (S4.3); empty = inherit

    static ParseResult<TransportString> parse(const QString &text);
    QString serialize() const;

    friend bool operator==(const TransportString &, const TransportString &) = default;
};

} // namespace confman
