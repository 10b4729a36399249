#include "widgets/properties/ConnectionSecurity.h"

#include "models/config/TransportString.h"
#include "models/store/Store.h"

namespace confman {

bool hasCertificateConfigured(const Application &server, const Port &port, const Store &store)
{
    const auto transport = TransportString::parse(port.transport);
    if (transport.ok() && !transport.value.certificate.certificate.isEmpty())
        return true;
    if (!server.ownCertificate().certificate.isEmpty())
        return true;
    const auto host = server.hostId ? store.host(server.hostId) : std::nullopt;
    return host && !host->defaultCertificate().certificate.isEmpty();
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
