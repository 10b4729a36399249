#pragma once
// Whether a connection to a server's port is secure (SPEC S1 Connection Mode):
// Secured ports are; Auto Detect ports are when the server has security
// configured (a certificate on the port, the application or its host).
#include "models/config/Application.h"

namespace confman {

class Store;

bool hasCertificateConfigured(const Application &server, const Port &port, const Store &store);
bool isSecureConnection(const Application &server, const QString &portId, const Store &store);

} // namespace confman
