#include "widgets/properties/ConnectionSecurity.h"

#include "models/config/EffectiveCertificate.h"
#include "models/store/Store.h"

namespace confman {

bool hasCertificateConfigured(const Application &server, const Port &port, const Store &store)
{
    // S4.3 precedence: port > application > host.
    const auto host = server.hostId ? store.host(server.hostId) : std::nullopt;
    return EffectiveCertificate::of(port, server, host ? &*host : nullptr).hasCertificate();
}

bool isSecureConnection(const Application &server, const QString &portId, const Store &store)
{
    const Port *port = server.serverInfo.port(portId);
    if (!port)
        return false;
    switch (port->listeningMode) {
    case ListeningMode::Secured:
        return true;
    case ListeningMode::AutoDetect:
        return hasCertificateConfigured(server, *port, store);
    case ListeningMode::Unsecured:
        break;
    }
    return false;
}

} // namespace confman
