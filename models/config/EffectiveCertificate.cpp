#include "models/config/EffectiveCertificate.h"

#include "models/config/TransportString.h"

#include <QCoreApplication>

namespace confman {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("EffectiveCertificate", text); }
} // namespace

QString certificateOriginName(CertificateOrigin origin)
{
    switch (origin) {
    case CertificateOrigin::Port: return tr("Port");
    case CertificateOrigin::Application: return tr("Application");
    case CertificateOrigin::Host: return tr("Host");
    case CertificateOrigin::None: break;
    }
    return tr("None");
}

EffectiveCertificate EffectiveCertificate::of(const Port &port, const Application &app, const Host *host)
{
    EffectiveCertificate e;
    const auto transport = TransportString::parse(port.transport);
    e.transportValid = transport.ok();
    e.secured = port.listeningMode == ListeningMode::Secured || (transport.ok() && transport.value.tls);

    // Only a certificate (thumbprint or path) makes a level count: a key or CA
    // path alone cannot serve TLS, so it does not hide the next level.
    if (transport.ok() && !transport.value.certificate.certificate.isEmpty()) {
        e.fields = transport.value.certificate;
        e.origin = CertificateOrigin::Port;
    } else if (const CertificateFields own = app.ownCertificate(); !own.certificate.isEmpty()) {
        e.fields = own;
        e.origin = CertificateOrigin::Application;
    } else if (host && !host->defaultCertificate().certificate.isEmpty()) {
        e.fields = host->defaultCertificate();
        e.origin = CertificateOrigin::Host;
    }

    const QString field = QStringLiteral("ports[%1].transport").arg(port.id);
    const ObjectRef ref{ObjectKind::Application, app.id};
    if (e.secured && !e.hasCertificate())
        e.findings.append(Finding{Severity::Error, kNoCertificateOnSecuredPort,
                                  tr("Port \"%1\": none — this secured port has no certificate (set one on the port, "
                                     "the application or its host).")
                                      .arg(port.id),
                                  ref, field, app.name});
    if (port.haSync && e.origin == CertificateOrigin::Port)
        e.findings.append(Finding{Severity::Warning, kPortCertificateOnHaSync,
                                  tr("Port \"%1\" is the HA sync port and has its own certificate; a host or "
                                     "application certificate is recommended so primary and backup match.")
                                      .arg(port.id),
                                  ref, field, app.name});
    return e;
}

QString EffectiveCertificate::describe() const
{
    if (hasCertificate())
        return QStringLiteral("%1: %2").arg(certificateOriginName(origin), fields.certificate);
    if (secured)
        return tr("none — this secured port has no certificate");
    return {};
}

} // namespace confman
