#pragma once
// SPEC S4.3: the certificate a port of an application actually uses, and
// where it comes from. Precedence: port (transport string) > application
// (Options `security`) > host (Default Certificate). A secured port with
// none is an error; a port-level certificate on an HA sync port a warning
// (host or application level is recommended so primary and backup agree).
#include "models/config/Application.h"
#include "models/config/Finding.h"
#include "models/config/Host.h"

namespace confman {

enum class CertificateOrigin { None, Port, Application, Host };
QString certificateOriginName(CertificateOrigin origin); // "Port", "Application", "Host", "None"

struct EffectiveCertificate
{
    CertificateFields fields;                    // what the port uses; empty when origin is None
    CertificateOrigin origin = CertificateOrigin::None;
    bool secured = false;                        // Secured listening mode or tls=1
    bool transportValid = true;                  // false: the port's transport string does not parse
    Findings findings;                           // cert.none-on-secured-port (error), cert.port-level-on-ha-sync (warning)

    bool hasCertificate() const { return origin != CertificateOrigin::None; }

    // host: the application's host, null when it has none (or it is unknown).
    static EffectiveCertificate of(const Port &port, const Application &app, const Host *host);

    // What a ports list shows: "Port: <certificate>", "Application: ...",
    // "Host: ...", "none — this secured port has no certificate", or "" for
    // an unsecured port without one.
    QString describe() const;
};

// Finding codes.
inline const QString kNoCertificateOnSecuredPort = QStringLiteral("cert.none-on-secured-port");
inline const QString kPortCertificateOnHaSync = QStringLiteral("cert.port-level-on-ha-sync");

} // namespace confman
